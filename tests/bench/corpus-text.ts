// Plain text of the corpus pages (tags, scripts and styles stripped crudely), for the
// findTerms benchmark and the corpus review. Paragraph-level tags become blank lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/pages');

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
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, text: htmlToText(readFileSync(join(CORPUS_DIR, name), 'utf8')) }));
}
