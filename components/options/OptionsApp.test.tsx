// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { OptionsApp } from './OptionsApp';
import { OptionsRoot } from './OptionsRoot';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(settings: Partial<Settings> = {}) {
  const onChange = vi.fn();
  act(() =>
    render(
      <OptionsApp
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onChange={onChange}
        disclaimer="Disclaimer."
      />,
      root,
    ),
  );
  return onChange;
}

const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
function change(el: HTMLInputElement | HTMLSelectElement, value?: string) {
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('each control sends its patch', () => {
  test('highlighting switch', () => {
    const onChange = mount();
    act(() => q<HTMLInputElement>('input[name="highlighting"]').click());
    expect(onChange).toHaveBeenCalledWith({ highlighting: false });
  });

  test('categories keep their order', () => {
    const onChange = mount({ categories: ['red-flag', 'massage'] });
    act(() => q<HTMLInputElement>('input[value="condition"]').click());
    expect(onChange).toHaveBeenCalledWith({ categories: ['red-flag', 'condition', 'massage'] });
  });

  test.each(['background', 'hover-only'] as const)('highlight style %s', (style) => {
    const onChange = mount();
    act(() => q<HTMLInputElement>(`input[value="${style}"]`).click());
    expect(onChange).toHaveBeenCalledWith({ highlightStyle: style });
  });

  test.each([
    ['400', 400],
    ['-5', 0],
    ['99999', 2000],
    ['12.6', 13],
  ])('hover delay %s → %d', (input, expected) => {
    const onChange = mount();
    change(q<HTMLInputElement>('#hover-delay'), input);
    expect(onChange).toHaveBeenCalledWith({ hoverDelayMs: expected });
  });

  test.each([
    ['us', '911'],
    ['au', '000'],
    ['eu', '112'],
  ] as const)('region %s', (region, number) => {
    const onChange = mount();
    change(q<HTMLSelectElement>('#region'), region);
    expect(onChange).toHaveBeenCalledWith({ region });
    expect(q('#region').textContent).toContain(number);
  });

  test.each(['calmMode', 'scanCode'] as const)('%s checkbox', (name) => {
    const onChange = mount();
    act(() => q<HTMLInputElement>(`input[name="${name}"]`).click());
    expect(onChange).toHaveBeenCalledWith({ [name]: true });
  });
});

describe('site list', () => {
  test('adds a cleaned hostname and removes one', () => {
    const onChange = mount({ disabledSites: ['a.org'] });
    const input = q<HTMLInputElement>('#add-site');
    act(() => {
      input.value = 'https://www.Example.com/page';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      q<HTMLFormElement>('form.add-site').dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['a.org', 'example.com'] });
    act(() => q<HTMLButtonElement>('.sites button').click());
    expect(onChange).toHaveBeenCalledWith({ disabledSites: [] });
  });

  test('rejects a bad hostname with a message', () => {
    const onChange = mount();
    const input = q<HTMLInputElement>('#add-site');
    act(() => {
      input.value = 'not a site';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      q<HTMLFormElement>('form.add-site').dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(q('#add-site-error').textContent).toContain('example.com');
  });
});

test('shows the disclaimer and the privacy line', () => {
  mount();
  expect(root.textContent).toContain('Disclaimer.');
  expect(root.textContent).toContain('No network, no tracking.');
});

test('OptionsRoot saves changes and follows changes made elsewhere', async () => {
  let stored: Settings = { ...DEFAULT_SETTINGS };
  let listener: (s: Settings) => void = () => undefined;
  const ports = {
    loadSettings: async () => stored,
    saveSettings: vi.fn(async (patch: Partial<Settings>) => (stored = { ...stored, ...patch })),
    watchSettings: (cb: (s: Settings) => void) => {
      listener = cb;
      return () => undefined;
    },
  };
  await act(async () => render(<OptionsRoot ports={ports} disclaimer="d" />, root));
  change(q<HTMLSelectElement>('#region'), 'us');
  await act(async () => undefined);
  expect(stored.region).toBe('us');
  expect(q('[role="status"]').textContent).toContain('Saved');
  act(() => listener({ ...stored, calmMode: true }));
  expect(q<HTMLInputElement>('input[name="calmMode"]').checked).toBe(true);
});
