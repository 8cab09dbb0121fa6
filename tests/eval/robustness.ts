// A robustness probe for the lookup (issue 8): every emergency of the tune halves and banks that is
// first today should stay first when the same message is written differently — all lower case
// without punctuation, in capitals, with chatter before it or after it, or with spoken punctuation
// ("comma", "full stop"). A variant that loses its emergency shows a reading that depends on the
// wrong thing (the thirteenth session found 66 lost to one chatty last line ending in a question).
// Tune halves only: holdout halves are never read.
// Run: npx tsx tests/eval/robustness.ts [--failures <variant>]
import { readFileSync } from 'node:fs';
import { lookupSymptoms } from '../../lib/lookup/index.ts';
import { freshFiles } from './fresh.ts';

const VARIANTS: Record<string, (s: string) => string> = {
  'lower case, no punctuation': (s) => s.toLowerCase().replace(/[.,!?;:()"]/g, ' '),
  capitals: (s) => s.toUpperCase(),
  'chatter before': (s) =>
    `Hi, sorry for the long message, I was going to ask about memory foam mattresses and the kids are off school so it is chaos. Anyway. ${s}`,
  'chatter after': (s) => `${s} Anyway thanks, also does anyone know a good physio near the station? Cheers.`,
  'spoken punctuation': (s) => s.replace(/\./g, ' full stop').replace(/,/g, ' comma'),
};

interface Query {
  id: string;
  query: string;
  level: string | null;
}

const emergencies: Query[] = freshFiles('tune', /^queries-.*\.json$/)
  .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { queries: Query[] }).queries)
  .filter((q) => q.level === 'emergency' && lookupSymptoms(q.query)[0]?.urgency === 'emergency');

const i = process.argv.indexOf('--failures');
const listed = i >= 0 ? process.argv[i + 1] : undefined;
console.log(`Robustness: ${emergencies.length} tune emergencies that are first as written`);
for (const [name, rewrite] of Object.entries(VARIANTS)) {
  const lost = emergencies.filter((q) => lookupSymptoms(rewrite(q.query))[0]?.urgency !== 'emergency');
  console.log(`  ${name.padEnd(28)} still first ${emergencies.length - lost.length}/${emergencies.length}`);
  if (listed && name.startsWith(listed)) for (const q of lost) console.log(`    ${q.id} ${rewrite(q.query)}`);
}
