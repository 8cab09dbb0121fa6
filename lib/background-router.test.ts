import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, OPEN_CARD_COMMAND } from './background-router';
import { MAX_GATE_TEXT, MAX_READ_TEXT, MAX_READ_TEXTS } from './messages';

function setup(
  options: { sendFails?: boolean; answer?: unknown; active?: { id?: number; url?: string } } = {},
) {
  const deps = {
    cardData: vi.fn(({ conceptId: id }: { conceptId: string }) => (id === 'sciatica' ? { id } : undefined)),
    lookup: vi.fn((q: string) => [{ id: 'x', query: q }]),
    sendToTab: vi.fn(async () => {
      if (options.sendFails) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'answer' in options ? options.answer : true;
    }),
    openExtensionPage: vi.fn(async () => undefined),
    activeTab: vi.fn(async () => options.active),
  };
  return { deps, handlers: createBackgroundHandlers(deps) };
}

describe('onMessage', () => {
  test.each([
    [{ type: 'card:get', conceptId: 'sciatica' }, { id: 'sciatica' }],
    [{ type: 'card:get', conceptId: 'unknown-thing' }, null],
    [{ type: 'lookup:query', query: 'leg pain' }, [{ id: 'x', query: 'leg pain' }]],
    [{ type: 'page:summary' }, undefined],
    [{ type: 'card:get' }, undefined],
    [{ type: 'card:get', conceptId: '' }, undefined],
    [{ type: 'evil', payload: '<img>' }, undefined],
    ['card:get', undefined],
    [null, undefined],
  ])('%j → %j', (raw, expected) => {
    expect(setup().handlers.onMessage(raw)).toEqual(expected);
  });
});

test("'page:read' reads the chunks in the background, with the document's expansions; a malformed one gets no answer", () => {
  const { deps } = setup();
  const read = vi.fn((texts: string[], expansions: string[]) => ({
    readings: texts.map(() => ({ terms: [] })),
    expansions,
  }));
  const handlers = createBackgroundHandlers({ ...deps, read });
  expect(
    handlers.onMessage({ type: 'page:read', texts: ['Back pain.', 'CES'], expansions: ['ces'] }),
  ).toEqual({
    readings: [{ terms: [] }, { terms: [] }],
    expansions: ['ces'],
  });
  expect(read).toHaveBeenCalledWith(['Back pain.', 'CES'], ['ces']);
  for (const bad of [
    { type: 'page:read', texts: ['x'.repeat(MAX_READ_TEXT + 1)], expansions: [] },
    { type: 'page:read', texts: Array.from({ length: MAX_READ_TEXTS + 1 }, () => 'x'), expansions: [] },
    { type: 'page:read', texts: [42], expansions: [] },
    { type: 'page:read', texts: ['x'] },
  ])
    expect(handlers.onMessage(bad)).toBeUndefined();
  expect(read).toHaveBeenCalledTimes(1);
  // A background without a reader answers null: the content script reads the text itself.
  expect(setup().handlers.onMessage({ type: 'page:read', texts: ['x'], expansions: [] })).toBeNull();
});

test("'gate:check' asks the first stage's check in the background; a malformed one gets no answer", () => {
  const { deps } = setup();
  const gate = vi.fn((_page: string, text: string) => text.includes('back'));
  const handlers = createBackgroundHandlers({ ...deps, gate });
  expect(handlers.onMessage({ type: 'gate:check', page: 'p1', text: 'my back hurts', glued: [3] })).toBe(
    true,
  );
  expect(handlers.onMessage({ type: 'gate:check', page: 'p1', text: 'sunny' })).toBe(false);
  expect(gate).toHaveBeenCalledWith('p1', 'my back hurts', [3]);
  for (const bad of [
    { type: 'gate:check', page: 'p1', text: 'x'.repeat(MAX_GATE_TEXT + 1) },
    { type: 'gate:check', page: '', text: 'x' },
    { type: 'gate:check', text: 'x' },
    { type: 'gate:check', page: 'p1', text: 'x', glued: [-1] },
    { type: 'gate:check', page: 'p1', text: 42 },
  ])
    expect(handlers.onMessage(bad)).toBeUndefined();
  expect(gate).toHaveBeenCalledTimes(2);
  // A background without the check answers null: the content script takes that as "maybe".
  expect(setup().handlers.onMessage({ type: 'gate:check', page: 'p', text: 'x' })).toBeNull();
});

test("'entry:open' opens the full entry in an extension page (the card's More link)", async () => {
  const { deps, handlers } = setup();
  await expect(handlers.onMessage({ type: 'entry:open', id: 'cauda-equina-syndrome' })).resolves.toBe(true);
  expect(deps.openExtensionPage).toHaveBeenCalledWith('popup.html#entry=cauda-equina-syndrome');
  expect(handlers.onMessage({ type: 'entry:open', id: '' })).toBeUndefined();
});

describe('onLookupText (context menu)', () => {
  test('sends the cleaned selection to a tab that can take it', async () => {
    const { deps, handlers } = setup();
    await expect(
      handlers.onLookupText('  numb \n groin ', { id: 4, url: 'https://example.com/' }),
    ).resolves.toBe('tab');
    expect(deps.sendToTab).toHaveBeenCalledWith(4, { type: 'card:lookup-text', text: 'numb groin' });
    expect(deps.openExtensionPage).not.toHaveBeenCalled();
  });

  test.each([
    ['a chrome:// page', { id: 4, url: 'chrome://settings' }, false],
    ['no tab', undefined, false],
    ['a tab whose content script does not answer', { id: 4, url: 'https://example.com/' }, true],
    ['a tab that finds no term in the text', { id: 4, url: 'https://example.com/' }, false, false],
    ['a tab that answers nothing', { id: 4, url: 'https://example.com/' }, false, undefined],
  ])('opens the popup page with #q= for %s', async (_name, tab, sendFails, ...answer) => {
    const { deps, handlers } = setup({ sendFails, ...(answer.length ? { answer: answer[0] } : {}) });
    await expect(handlers.onLookupText('numb groin', tab)).resolves.toBe('popup');
    expect(deps.openExtensionPage).toHaveBeenCalledWith('popup.html#q=numb+groin');
  });

  test('does nothing for an empty selection', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.onLookupText('   ', { id: 1 })).resolves.toBe('none');
    expect(deps.sendToTab).not.toHaveBeenCalled();
    expect(deps.openExtensionPage).not.toHaveBeenCalled();
  });
});

describe('onCommand', () => {
  test('asks the active tab to open the card at the selection', async () => {
    const { deps, handlers } = setup({ active: { id: 9, url: 'https://example.com/' } });
    await expect(handlers.onCommand(OPEN_CARD_COMMAND)).resolves.toBe('tab');
    expect(deps.sendToTab).toHaveBeenCalledWith(9, { type: 'card:open-at-selection' });
  });

  test.each([
    ['another command', 'other', { id: 9 }, false],
    ['no active tab', OPEN_CARD_COMMAND, undefined, false],
    ['a browser page', OPEN_CARD_COMMAND, { id: 9, url: 'chrome://newtab' }, false],
    ['no receiver', OPEN_CARD_COMMAND, { id: 9, url: 'https://example.com/' }, true],
    ['no term at the selection', OPEN_CARD_COMMAND, { id: 9, url: 'https://example.com/' }, false, undefined],
  ])('does nothing for %s', async (_name, command, active, sendFails, ...answer) => {
    const { handlers } = setup({ active, sendFails, ...(answer.length ? { answer: answer[0] } : {}) });
    await expect(handlers.onCommand(command)).resolves.toBe('none');
  });
});
