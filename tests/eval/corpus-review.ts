// Corpus review in real Chromium: opens every page of ../shared/corpus/pages with the built
// extension, waits for the scan to settle, and prints every range of every `backcheck*`
// highlight with its highlight name and the text around it, so each one can be judged by eye
// (a genuine medical or massage use, or a false positive), plus totals per page and per name.
//
//   WXT_OUT_DIR=.output-acc npx wxt build   (or npm run build → .output)
//   WXT_OUT_DIR=.output-acc npx tsx tests/eval/corpus-review.ts [--json out.json] [--only name,name]
//
// Pages are served from 127.0.0.1 by tests/e2e/server.ts; nothing is fetched from the internet.
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { exitUnlessShared, htmlFiles } from '../conformance/shared';
import { launchWithExtension } from '../e2e/browser';
import { inExtension } from '../e2e/extension-world';
import { CORPUS_DIR, startServer } from '../e2e/server';

export interface ReviewedRange {
  page: string;
  name: string;
  text: string;
  before: string;
  after: string;
}

const CONTEXT_CHARS = 60;

/**
 * Every painted BackCheck range (canonical name) with ~60 characters of its block's text either
 * side. Read in BackCheck's isolated world, where the random names map to canonical ones.
 */
export function readRangesWithContext(page: Page, chars = CONTEXT_CHARS) {
  return inExtension(
    page,
    (n: number) => {
      const out: { name: string; text: string; before: string; after: string }[] = [];
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const kinds = globalThis.__backcheck!.highlightKinds();
      for (const [registered, h] of registry) {
        const name = kinds[registered];
        if (!name) continue;
        for (const r of h) {
          const doc = r.startContainer.ownerDocument ?? document;
          const root = r.startContainer.getRootNode();
          const scope = root.nodeType === 11 ? root : doc.body;
          const pre = doc.createRange();
          pre.setStart(scope, 0);
          pre.setEnd(r.startContainer, r.startOffset);
          const post = doc.createRange();
          post.setStart(r.endContainer, r.endOffset);
          post.setEnd(scope, scope.childNodes.length);
          out.push({
            name,
            text: r.toString(),
            // (No helper functions in here: tsx's name-keeping wrapper does not exist in the page.)
            before: pre
              .toString()
              .slice(-4 * n)
              .replace(/\s+/g, ' ')
              .slice(-n),
            after: post
              .toString()
              .slice(0, 4 * n)
              .replace(/\s+/g, ' ')
              .slice(0, n),
          });
        }
      }
      return out;
    },
    chars,
  );
}

/**
 * Opens a corpus page: only 127.0.0.1 is reachable (the saved pages still point at their
 * sites' images and scripts, which would otherwise hold the load event until they time out).
 * Only the network is cut off: the extension's own files (page-scan.js, which the content script
 * imports on pages that may hold a term, and card-ui.js) must still load.
 */
export async function openCorpusPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  await page.route(
    (u) => u.protocol !== 'chrome-extension:' && u.origin !== origin,
    (route) => route.abort(),
  );
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // A missing page must fail the caller, not be reviewed as a clean 404 page.
  if (!response?.ok()) {
    await page.close();
    throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'} (is the page there?)`);
  }
  return page;
}

/** Waits until the highlight count has not changed for `quietMs` (the scan has settled). */
export async function waitForSettledScan(page: Page, quietMs = 1500, maxMs = 30_000): Promise<number> {
  const count = () =>
    page.evaluate(() => {
      let n = 0;
      // Every highlight counts: the names are random, and these pages register none of their own.
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      for (const [, h] of registry) n += h.size;
      return n;
    });
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await count();
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return n;
    if (Date.now() - started > maxMs) return n;
    await page.waitForTimeout(250);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : undefined;
  // htmlFiles says plainly when the shared corpus is not beside the repo (a bare clone).
  const pages = htmlFiles(CORPUS_DIR).filter((f) => !only || only.has(f.replace(/\.html$/, '')));

  const server = await startServer();
  const browser = await launchWithExtension();
  const all: ReviewedRange[] = [];
  const perPage: { page: string; count: number; errors: number }[] = [];
  try {
    for (const file of pages) {
      const errorsBefore = browser.extensionErrors.length;
      const page = await openCorpusPage(browser.context, server.url(`/corpus/${file}`));
      await page.waitForTimeout(500);
      await waitForSettledScan(page);
      const ranges = await readRangesWithContext(page);
      for (const r of ranges) all.push({ page: file, ...r });
      perPage.push({
        page: file,
        count: ranges.length,
        errors: browser.extensionErrors.length - errorsBefore,
      });
      await page.close();
      process.stderr.write(`${file}: ${ranges.length}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  console.log(`${pad('page', 34)} ${pad('highlight', 27)} ${pad('text', 28)} context`);
  for (const r of all) {
    console.log(
      `${pad(r.page, 34)} ${pad(r.name, 27)} ${pad(r.text, 28)} …${r.before}[${r.text}]${r.after}…`,
    );
  }
  console.log('\nPer page (pages with highlights):');
  for (const p of perPage.filter((x) => x.count > 0 || x.errors > 0))
    console.log(
      `  ${pad(p.page, 36)} ${String(p.count).padStart(4)}${p.errors ? `  errors: ${p.errors}` : ''}`,
    );
  const byName = new Map<string, number>();
  for (const r of all) byName.set(r.name, (byName.get(r.name) ?? 0) + 1);
  console.log('\nPer highlight name:');
  for (const [name, n] of [...byName].sort()) console.log(`  ${pad(name, 30)} ${n}`);
  console.log(
    `\nTotal: ${all.length} highlights on ${perPage.filter((p) => p.count > 0).length} of ${pages.length} pages; ` +
      `extension errors: ${browser.extensionErrors.length}`,
  );
  for (const e of browser.extensionErrors) console.log(`  error: ${e}`);
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ ranges: all, pages: perPage }, null, 2));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  exitUnlessShared('tests/eval/corpus-review.ts', [CORPUS_DIR]);
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
