// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { PopupEntry } from './PopupEntry';
import { type PopupPorts, PopupRoot } from './PopupRoot';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => new Promise((ok) => setTimeout(ok, 0)));

function ports(initial: Partial<Settings>, summary: PageSummary | undefined) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const listeners: ((s: Settings) => void)[] = [];
  const p: PopupPorts = {
    loadSettings: async () => stored,
    saveSettings: vi.fn(async (patch: Partial<Settings>) => {
      stored = { ...stored, ...patch };
      for (const l of listeners) l(stored);
      return stored;
    }),
    watchSettings: (cb) => {
      listeners.push(cb);
      return () => undefined;
    },
    pageSummary: vi.fn(async () => summary),
    reveal: vi.fn(),
    openOptions: vi.fn(),
  };
  return {
    p,
    stored: () => stored,
    set: (s: Partial<Settings>) => {
      for (const l of listeners) l({ ...stored, ...s });
    },
  };
}

async function mount(p: PopupPorts) {
  act(() =>
    render(
      <PopupRoot
        ports={p}
        search={() => ({
          results: [
            {
              id: 'cauda-equina-syndrome',
              title: 'Cauda equina syndrome',
              kind: 'condition',
              urgency: 'emergency',
            },
          ],
          checks: [],
        })}
        disclaimer="d"
        debounceMs={0}
        initialRoute={{ query: 'numb groin' }}
        renderEntry={(id, n) => <PopupEntry id={id} emergencyNumber={n} />}
      />,
      root,
    ),
  );
  await flush();
}

const SUMMARY: PageSummary = { url: 'https://www.example.com/x', items: [], total: 0 };

test('the switch adds and removes the page host in disabledSites', async () => {
  const { p, stored } = ports({ disabledSites: ['other.org'] }, SUMMARY);
  await mount(p);
  const input = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
  expect(root.querySelector('.site-switch')!.textContent).toContain('www.example.com');
  expect(input.checked).toBe(true);
  act(() => input.click());
  await flush();
  expect(stored().disabledSites).toEqual(['other.org', 'www.example.com']);
  expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
  act(() => root.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
  await flush();
  expect(stored().disabledSites).toEqual(['other.org']);
});

test('a parent domain in the list turns the switch off', async () => {
  const { p } = ports({ disabledSites: ['example.com'] }, SUMMARY);
  await mount(p);
  expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
});

test('the emergency number follows the region live', async () => {
  const { p, set } = ports({ region: 'uk' }, SUMMARY);
  await mount(p);
  expect(root.querySelector('.result')!.textContent).toContain('Call 999 now');
  act(() => set({ region: 'us' }));
  expect(root.querySelector('.result')!.textContent).toContain('Call 911 now');
  act(() => set({ region: 'au' }));
  expect(root.querySelector('.result')!.textContent).toContain('Call 000 now');
});

test('a page without a content script gets a friendly line and no switch', async () => {
  const { p } = ports({}, undefined);
  p.pageSummary = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  await mount(p);
  expect(root.querySelector('.page')!.textContent).toContain('can’t read this page');
  expect(root.querySelector('input[role="switch"]')).toBeNull();
});
