import { describe, expect, test } from 'vitest';
import {
  canScript,
  cleanSelection,
  normaliseHostInput,
  parseRoute,
  routeToHash,
  setSiteEnabled,
  targetTabId,
  webHostname,
} from './popup-state';

describe('parseRoute', () => {
  test.each([
    ['', {}],
    ['#', {}],
    ['#q=numb%20groin', { query: 'numb groin' }],
    ['#q=numb+groin', { query: 'numb groin' }],
    ['q=sciatica', { query: 'sciatica' }],
    ['#q=%20%20', {}],
    ['#entry=cauda-equina-syndrome', { entryId: 'cauda-equina-syndrome' }],
    ['#entry=<script>', {}],
    ['#entry=Bad_Id', {}],
    ['#q=leg%20pain&entry=sciatica', { query: 'leg pain', entryId: 'sciatica' }],
    ['#other=1', {}],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  test('caps very long queries', () => {
    expect(parseRoute(`#q=${'a'.repeat(2000)}`).query).toHaveLength(500);
  });

  test.each([{ query: 'numb groin' }, { entryId: 'rf-ces' }, { query: 'a&b=c', entryId: 'x' }, {}])(
    'routeToHash round-trips %o',
    (route) => {
      expect(parseRoute(routeToHash(route))).toEqual(route);
    },
  );
});

test.each([
  ['?tab=12', 12],
  ['tab=7', 7],
  ['', undefined],
  ['?tab=', undefined],
  ['?tab=-3', undefined],
  ['?tab=0', undefined],
  ['?tab=1.5', undefined],
  ['?tab=abc', undefined],
  ['?tab=99999999999999999999', undefined],
])('targetTabId(%s) = %s', (search, expected) => {
  expect(targetTabId(search)).toBe(expected);
});

test.each([
  ['https://www.NHS.uk/conditions/back-pain/', 'www.nhs.uk'],
  ['http://127.0.0.1:8080/fixtures/a.html', '127.0.0.1'],
  ['chrome://extensions', undefined],
  ['chrome-extension://abc/popup.html', undefined],
  ['file:///tmp/a.html', undefined],
  ['not a url', undefined],
  [undefined, undefined],
])('webHostname(%s) = %s', (url, expected) => {
  expect(webHostname(url)).toBe(expected);
});

test.each([
  ['https://example.com/', true],
  ['http://127.0.0.1/x', true],
  ['file:///tmp/a.html', true],
  ['chrome://newtab', false],
  ['about:blank', false],
  ['chrome-extension://abc/popup.html', false],
  ['https://chromewebstore.google.com/detail/x', false],
  ['https://addons.mozilla.org/en-GB/firefox/', false],
  [undefined, false],
])('canScript(%s) = %s', (url, expected) => {
  expect(canScript(url)).toBe(expected);
});

describe('setSiteEnabled', () => {
  test.each([
    { list: [], host: 'example.com', on: false, expected: ['example.com'] },
    { list: ['example.com'], host: 'example.com', on: false, expected: ['example.com'] },
    { list: ['example.com'], host: 'example.com', on: true, expected: [] },
    { list: ['example.com', 'a.org'], host: 'www.example.com', on: true, expected: ['a.org'] },
    { list: ['a.org'], host: 'WWW.B.org', on: false, expected: ['a.org', 'www.b.org'] },
    { list: ['a.org'], host: 'b.org', on: true, expected: ['a.org'] },
    { list: ['a.org'], host: '  ', on: false, expected: ['a.org'] },
  ])('$list, $host → on=$on gives $expected', ({ list, host, on, expected }) => {
    expect(setSiteEnabled(list, host, on)).toEqual(expected);
  });
});

test.each([
  ['example.com', 'example.com'],
  ['  Example.COM ', 'example.com'],
  ['https://www.nhs.uk/conditions/', 'nhs.uk'],
  ['news.bbc.co.uk:8080', 'news.bbc.co.uk'],
  ['127.0.0.1', '127.0.0.1'],
  ['localhost', 'localhost'],
  ['', ''],
  ['not a host', ''],
  ['nodot', ''],
])('normaliseHostInput(%s) = %s', (input, expected) => {
  expect(normaliseHostInput(input)).toBe(expected);
});

test.each([
  ['  numb\n  groin ', 'numb groin'],
  [undefined, ''],
  ['x'.repeat(600), 'x'.repeat(500)],
])('cleanSelection(%j)', (input, expected) => {
  expect(cleanSelection(input)).toBe(expected);
});
