// Writes lib/match/claim-literals.generated.ts from lib/knowledge/data/myth-claims.ts (see
// claim-literals.ts). Run after editing the claim data: npx tsx lib/match/generate-claim-literals.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderClaimLiterals } from './claim-literals';

const out = join(import.meta.dirname, 'claim-literals.generated.ts');
writeFileSync(out, renderClaimLiterals());
console.log(`wrote ${out}`);
