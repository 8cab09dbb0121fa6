// Plain text of the corpus pages (tags, scripts and styles stripped crudely), for the
// findTerms benchmark and the corpus review. Paragraph-level tags become blank lines.
// The pages are the 89-page corpus of ../shared when it is there, else the repository's four real
// pages (tests/fixtures/pages), with a note saying so: figures from four pages are not the
// README's corpus figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, REPO_PAGES_DIR } from '../conformance/shared.ts';

export interface BenchPages {
  dir: string;
  /** Path under the e2e server (tests/e2e/server.ts) that serves `dir`. */
  urlPrefix: string;
  label: string;
}

let noted = false;
export function benchPages(): BenchPages {
  if (existsSync(CORPUS_DIR)) return { dir: CORPUS_DIR, urlPrefix: '/corpus/', label: 'corpus' };
  if (!noted) {
    noted = true;
    console.log(
      `note: ${CORPUS_DIR} not found (the corpus belongs to the shared specification, not to this ` +
        'repository): using the 4 real pages of tests/fixtures/pages instead, so page figures are ' +
        'not comparable with the README.',
    );
  }
  return { dir: REPO_PAGES_DIR, urlPrefix: '/fixtures/pages/', label: 'repository' };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<\/?(p|div|li|h[1-6]|td|th|dt|dd|blockquote|pre|section|article|br|tr|ul|ol|header|footer|nav)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n');
}

export function corpusPages(): { name: string; text: string }[] {
  const { dir } = benchPages();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, text: htmlToText(readFileSync(join(dir, name), 'utf8')) }));
}
