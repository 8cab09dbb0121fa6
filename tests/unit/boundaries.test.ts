// Enforces the module boundaries of DESIGN.md §2 by reading the source files:
// - lib/knowledge, lib/match, lib/lookup: no DOM, no browser API, no UI or extension imports,
//   and only relative imports (so plain Node / `npx tsx` can run them);
// - lib/page: DOM allowed, extension API not;
// - only entrypoints/ and the settings and messages modules (lib/settings.ts, lib/settings-store.ts,
//   lib/messages.ts) talk to `browser`;
// - components/ never import entrypoints/ and use no browser API.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entries, URGENCY_LEVELS } from '../../lib/knowledge/index.ts';
import { COMMON_WORDS, COMPOUND, LEXICAL } from '../../lib/knowledge/lay.ts';
import { getLexicon } from '../../lib/knowledge/lexicon.ts';
import { EntryKind } from '../../lib/knowledge/schema.ts';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** Source text without comments, so prose like "the browser" in a comment does not count. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Code with string contents blanked, so medical text such as "a window of 6 weeks" is not code. */
function withoutStrings(src: string): string {
  return src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

function imports(src: string): string[] {
  return [
    ...src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);
}

const EXTENSION_API =
  /\b(browser|chrome)\s*\.\s*(runtime|tabs|storage|contextMenus|commands|scripting|action|i18n)\b/;
const EXTENSION_MODULES = /^(#imports|wxt|wxt\/.*|webextension-polyfill|@wxt-dev\/.*)$/;
// A DOM global used as such (`document.x`, `window.x`), not a property or variable named so.
const DOM_GLOBALS =
  /(?<![.\w])(document|window|navigator)\s*\.|\b(HTMLElement|CSS\.highlights|MutationObserver|TreeWalker)\b/;
/\b(document|window|navigator|HTMLElement|Node\.TEXT_NODE|CSS\.highlights|MutationObserver)\b/;

const pureFiles = ['lib/knowledge', 'lib/match', 'lib/lookup'].flatMap(sourceFiles);
const pageFiles = sourceFiles('lib/page');
const componentFiles = sourceFiles('components');
const libFiles = sourceFiles('lib');

describe('pure modules (knowledge, match, lookup) run under plain Node', () => {
  test('there are pure modules to check', () => {
    expect(pureFiles.length).toBeGreaterThan(0);
  });
  test.each(pureFiles)('%s uses no DOM, no browser API and only relative or package imports', (file) => {
    const src = code(file);
    expect(withoutStrings(src)).not.toMatch(DOM_GLOBALS);
    expect(withoutStrings(src)).not.toMatch(EXTENSION_API);
    for (const spec of imports(src)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(EXTENSION_MODULES);
      expect(spec, `${file} imports ${spec}`).not.toMatch(/^(@\/|~\/|@@\/|preact)/);
      if (spec.startsWith('.'))
        expect(spec, `${file} reaches into ${spec}`).not.toMatch(/\/(page|settings|messages)\b/);
    }
  });
});

describe('lib/page uses the DOM but not the extension API', () => {
  test.each(pageFiles.length ? pageFiles : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    const src = code(file);
    expect(src).not.toMatch(EXTENSION_API);
    for (const spec of imports(src)) expect(spec, `${file} imports ${spec}`).not.toMatch(EXTENSION_MODULES);
  });
});

// lib/settings-store.ts is the Zod-free half of lib/settings.ts (the storage reads the content
// script's second stage does without Zod).
const TALKS_TO_BROWSER = ['lib/settings.ts', 'lib/settings-store.ts', 'lib/messages.ts'];
describe('only entrypoints/ and the settings and messages modules talk to the browser', () => {
  const others = libFiles.filter((f) => !TALKS_TO_BROWSER.includes(f));
  test.each(others)('%s', (file) => {
    const src = code(file);
    expect(src).not.toMatch(EXTENSION_API);
    for (const spec of imports(src)) {
      if (spec === '#imports' && file.startsWith('lib/page/')) continue; // checked above (fails there)
      expect(spec, `${file} imports ${spec}`).not.toMatch(
        /^(webextension-polyfill|@wxt-dev\/webextension-polyfill)$/,
      );
    }
  });
});

describe('components are plain Preact: no entrypoints, no browser API', () => {
  test.each(componentFiles.length ? componentFiles : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    const src = code(file);
    expect(src).not.toMatch(EXTENSION_API);
    for (const spec of imports(src)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/entrypoints|^#imports$|^wxt/);
    }
  });
});

describe('the checker itself catches violations', () => {
  test('a DOM global and an extension import are detected', () => {
    expect('const x = document.body').toMatch(DOM_GLOBALS);
    expect('browser.runtime.sendMessage({})').toMatch(EXTENSION_API);
    expect(imports("import { storage } from '#imports';")).toEqual(['#imports']);
    expect(withoutStrings("const t = 'an open window'; window.x")).toMatch(DOM_GLOBALS);
    expect(withoutStrings("const t = 'an open window';")).not.toMatch(DOM_GLOBALS);
    expect('if (c.window === undefined) return; const window = 4;').not.toMatch(DOM_GLOBALS);
    expect('#imports').toMatch(EXTENSION_MODULES);
  });
});

describe('lib/lookup is a generic engine: no medical vocabulary or data (issue 8)', () => {
  const lookupFiles = sourceFiles('lib/lookup').filter((f) => !/\.test\.tsx?$/.test(f));
  // Every word of a lexicon term or entry title that is not everyday English, every entry id and
  // every lay-signal feature id: these belong to lib/knowledge.
  const medical = new Set<string>();
  // Everyday English, and the API's own names (entry kinds, levels, query intents).
  const everyday = new Set([...COMMON_WORDS, 'without', 'unable', 'parts']);
  const apiNames = new Set([...URGENCY_LEVELS, ...EntryKind.options, 'symptom', 'massage-safety', 'myth']);
  for (const g of getLexicon())
    for (const t of g.terms)
      for (const w of t.text.toLowerCase().split(/[^a-z]+/))
        if (w.length >= 4 && !everyday.has(w)) medical.add(w);
  for (const e of entries) {
    medical.add(e.id);
    for (const w of e.title.toLowerCase().split(/[^a-z]+/))
      if (w.length >= 5 && !everyday.has(w)) medical.add(w);
  }
  for (const f of LEXICAL) medical.add(f.id);
  for (const f of COMPOUND) medical.add(f.id);
  const strings = (src: string) =>
    [...src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );

  test('there is vocabulary to look for', () => {
    expect(medical.size).toBeGreaterThan(500);
    expect(lookupFiles.length).toBeGreaterThan(3);
  });
  test.each(lookupFiles)('%s names no medical word, entry id or feature id in its code', (file) => {
    const found: string[] = [];
    for (const s of strings(code(file))) {
      if (s.startsWith('.') || apiNames.has(s)) continue; // import paths, API names
      if (medical.has(s)) found.push(s);
      for (const w of s.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4 && medical.has(w)) found.push(w);
    }
    expect(found).toEqual([]);
  });
});
