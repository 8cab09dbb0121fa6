// Writes lib/match/lexicon-trie.generated.ts from lib/knowledge/lexicon.ts (see trie-codec.ts).
// Run after editing the lexicon: npx tsx lib/match/generate-lexicon-trie.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTerms } from './terms';
import { renderTrieModule } from './trie-codec';

const out = join(import.meta.dirname, 'lexicon-trie.generated.ts');
writeFileSync(out, renderTrieModule(compileTerms()));
console.log(`wrote ${out}`);
