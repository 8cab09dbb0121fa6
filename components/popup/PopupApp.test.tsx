// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import type { PageState } from './PageTerms';
import { PopupApp, type PopupAppProps } from './PopupApp';
import type { CheckItem, ResultItem } from './types';

const RESULTS: Record<string, ResultItem[]> = {
  'numb groin': [
    {
      id: 'cauda-equina-syndrome',
      title: 'Cauda equina syndrome',
      kind: 'condition',
      urgency: 'emergency',
      score: 9,
    },
    {
      id: 'rf-saddle-numbness',
      title: 'Numb groin or bottom',
      kind: 'red-flag',
      urgency: 'emergency',
      score: 8,
    },
  ],
  'pain down leg': [
    { id: 'sciatica-herniated-disc', title: 'Sciatica', kind: 'condition', urgency: 'self-care', score: 5 },
  ],
  'massage with fever': [
    { id: 'ci-fever-acute-infection', title: 'Fever', kind: 'contraindication', score: 3 },
  ],
};

const CHECKS: Record<string, CheckItem[]> = {
  'pain down leg': [{ id: 'rf-bilateral-leg', question: 'Pain in both legs?' }],
};

const SUMMARY: PageSummary = {
  url: 'https://example.com/a',
  total: 5,
  items: [
    { conceptId: 'sciatica', term: 'sciatica', count: 3 },
    { conceptId: 'rf-saddle-numbness', term: 'numb groin', count: 2, urgent: true },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(overrides: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    search: vi.fn((q: string) => ({ results: RESULTS[q.trim()] ?? [], checks: CHECKS[q.trim()] ?? [] })),
    renderEntry: (id, open) => (
      <article>
        <h2 tabIndex={-1}>Entry {id}</h2>
        <button type="button" onClick={() => open('rf-saddle-numbness')}>
          related
        </button>
      </article>
    ),
    emergencyNumber: '999',
    disclaimer: 'General information only.',
    page: { status: 'ready', summary: SUMMARY },
    site: { host: 'example.com', enabled: true, globallyOn: true },
    onSiteChange: vi.fn(),
    onReveal: vi.fn(),
    onOpenOptions: vi.fn(),
    debounceMs: 0,
    ...overrides,
  };
  act(() => render(<PopupApp {...props} />, root));
  return props;
}

function type(text: string) {
  const input = root.querySelector<HTMLInputElement>('#symptom-query')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const resultIds = () =>
  [...root.querySelectorAll<HTMLElement>('.results .result')].map((li) => li.dataset.id);

describe('symptom search', () => {
  test('the search box is labelled and focused', () => {
    mount();
    const input = root.querySelector<HTMLInputElement>('#symptom-query')!;
    expect(root.querySelector('label[for="symptom-query"]')?.textContent).toBe('Look up a symptom');
    expect(document.activeElement).toBe(input);
  });

  test('results update as the user types', () => {
    mount();
    type('numb groin');
    expect(resultIds()).toEqual(['cauda-equina-syndrome', 'rf-saddle-numbness']);
    type('pain down leg');
    expect(resultIds()).toEqual(['sciatica-herniated-disc']);
    type('');
    expect(resultIds()).toEqual([]);
  });

  test.each([
    ['999', 'Call 999 now'],
    ['911', 'Call 911 now'],
  ])('an emergency reads as one, with the regional number %s', (number, text) => {
    mount({ emergencyNumber: number });
    type('numb groin');
    const first = root.querySelector<HTMLElement>('.result')!;
    expect(first.classList.contains('result--emergency')).toBe(true);
    expect(first.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(first.textContent).toContain('Emergency');
    expect(first.textContent).toContain(text);
  });

  test('non-urgent results show no call line; contraindications show their kind', () => {
    mount();
    type('pain down leg');
    expect(root.querySelector('.result')!.textContent).not.toContain('Call');
    type('massage with fever');
    expect(root.querySelector('.result')!.textContent).toContain('Massage precaution');
  });

  test('says so when nothing is found', () => {
    mount();
    type('zzzz');
    expect(root.querySelector('#search-status')!.textContent).toContain('Nothing found');
  });

  test('shows "Do you also have…?" checks under the results', () => {
    mount();
    type('numb groin');
    expect(root.querySelector('.checks')).toBeNull();
    type('pain down leg');
    expect(root.querySelector('.checks')!.textContent).toContain('Do you also have…?');
    expect(root.querySelector('.checks')!.textContent).toContain('Pain in both legs?');
  });

  test('prefills from the route', () => {
    mount({ initialRoute: { query: 'numb groin' } });
    expect(root.querySelector<HTMLInputElement>('#symptom-query')!.value).toBe('numb groin');
    expect(resultIds()[0]).toBe('cauda-equina-syndrome');
  });

  test('debounces lightly when asked to', async () => {
    vi.useFakeTimers();
    try {
      const props = mount({ debounceMs: 60 });
      type('numb');
      type('numb groin');
      expect(resultIds()).toEqual([]);
      await act(() => {
        vi.advanceTimersByTime(70);
      });
      expect(resultIds()[0]).toBe('cauda-equina-syndrome');
      expect(props.search).not.toHaveBeenCalledWith('numb');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('entry view', () => {
  test('a result opens the entry; back returns to the results with focus on that result', () => {
    const onRouteChange = vi.fn();
    mount({ onRouteChange });
    type('numb groin');
    act(() => root.querySelector<HTMLButtonElement>('.result button')!.click());
    expect(root.querySelector('h2')!.textContent).toBe('Entry cauda-equina-syndrome');
    expect(document.activeElement?.textContent).toBe('Entry cauda-equina-syndrome');
    expect(onRouteChange).toHaveBeenLastCalledWith({ entryId: 'cauda-equina-syndrome' });
    act(() => root.querySelector<HTMLButtonElement>('.back-button')!.click());
    expect(resultIds()[0]).toBe('cauda-equina-syndrome');
    expect(document.activeElement).toBe(root.querySelector('.result button'));
    expect(onRouteChange).toHaveBeenLastCalledWith({ query: 'numb groin' });
  });

  test('related entries stack, and back goes one step at a time', () => {
    mount({ initialRoute: { entryId: 'sciatica' } });
    expect(root.querySelector('h2')!.textContent).toBe('Entry sciatica');
    act(() => root.querySelector<HTMLButtonElement>('article button')!.click());
    expect(root.querySelector('h2')!.textContent).toBe('Entry rf-saddle-numbness');
    act(() => root.querySelector<HTMLButtonElement>('.back-button')!.click());
    expect(root.querySelector('h2')!.textContent).toBe('Entry sciatica');
    act(() => root.querySelector<HTMLButtonElement>('.back-button')!.click());
    expect(root.querySelector('#symptom-query')).not.toBeNull();
  });

  test('the disclaimer is always visible', () => {
    mount({ initialRoute: { entryId: 'sciatica' } });
    expect(root.querySelector('footer')!.textContent).toContain('General information only.');
    act(() => root.querySelector<HTMLButtonElement>('.back-button')!.click());
    expect(root.querySelector('footer')!.textContent).toContain('General information only.');
  });
});

describe('on this page', () => {
  test.each<[string, PageState, string]>([
    ['loading', { status: 'loading' }, 'Checking this page'],
    ['unavailable', { status: 'unavailable' }, 'can’t read this page'],
    ['disabled', { status: 'ready', summary: { ...SUMMARY, disabled: true } }, 'off for this site'],
    ['empty', { status: 'ready', summary: { ...SUMMARY, items: [], total: 0 } }, 'No back-pain'],
  ])('%s state', (_name, page, text) => {
    mount({ page });
    expect(root.querySelector('.page')!.textContent).toContain(text);
  });

  test('lists terms with counts; clicking reveals successive occurrences', () => {
    const props = mount();
    const items = [...root.querySelectorAll<HTMLElement>('.page-terms li')];
    expect(items.map((li) => li.dataset.id)).toEqual(['sciatica', 'rf-saddle-numbness']);
    expect(items[0].textContent).toContain('3');
    const button = items[0].querySelector('button')!;
    for (let i = 0; i < 4; i++) act(() => button.click());
    expect((props.onReveal as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['sciatica', 0],
      ['sciatica', 1],
      ['sciatica', 2],
      ['sciatica', 0],
    ]);
  });
});

describe('site switch and settings link', () => {
  test('the switch is a labelled role=switch that reports changes', () => {
    const props = mount();
    const input = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(input.checked).toBe(true);
    expect(input.closest('label')!.textContent).toContain('Highlight on this site');
    act(() => input.click());
    expect(props.onSiteChange).toHaveBeenCalledWith(false);
  });

  test('no switch without a web page', () => {
    mount({ site: { enabled: false, globallyOn: true } });
    expect(root.querySelector('input[role="switch"]')).toBeNull();
  });

  test('the settings button opens the options page', () => {
    const props = mount();
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Settings')!.click());
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});
