// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildCardData } from '../lib/card-data';
import { notices } from '../lib/knowledge/index';
import { Card } from './Card';
import { formatReviewed } from './SourceList';

let host: HTMLElement;

function show(id: string, emergencyNumber = '999', extra: Record<string, unknown> = {}, variant?: string) {
  host = document.createElement('div');
  document.body.append(host);
  const card = buildCardData(id, variant)!;
  render(<Card card={card} emergencyNumber={emergencyNumber} {...extra} />, host);
  return host;
}

/** Class names of the blocks after the header, in order. */
function blocks(el: HTMLElement): string[] {
  return [...el.querySelector('.bc-card')!.children].slice(1).map((c) => c.className);
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Card', () => {
  test.each([
    ['nonspecific-low-back-pain'],
    ['rf-saddle-numbness'],
    ['massage'],
    ['post-massage-soreness'],
    ['rf-age'],
  ])('%s: title, disclaimer and source links that open safely', (id) => {
    const el = show(id);
    expect(el.querySelector('h2')!.textContent).toBe(buildCardData(id)!.title);
    expect(el.querySelector('.bc-disclaimer')!.textContent).toBe(notices.disclaimer);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('.bc-sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
    expect(el.querySelector('.bc-reviewed')!.textContent).toMatch(/Reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  test('a condition opens with its base level, never with the red box', () => {
    const el = show('nonspecific-low-back-pain', '112');
    expect(blocks(el)[0]).toContain('bc-urgency');
    expect(blocks(el)[0]).toContain('bc-level-self-care');
    expect(blocks(el)[1]).toContain('bc-emergency');
    const box = el.querySelector('.bc-emergency')!;
    expect(box.querySelector('h3')!.textContent).toBe('Get help urgently if you also have…');
    // The emergency rows name the region's number, in words next to an icon.
    expect(box.textContent).toContain('Emergency: call 112');
    expect(box.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  test.each([
    ['999', 'Call 999 now'],
    ['911', 'Call 911 now'],
    ['000', 'Call 000 now'],
  ])('an emergency red flag leads with its box and the number %s', (num, heading) => {
    const el = show('rf-saddle-numbness', num);
    expect(blocks(el)[0]).toContain('bc-lead');
    expect(el.querySelector('.bc-lead h3')!.textContent).toBe(heading);
  });

  test('the act-now line shows under an act_now level', () => {
    const el = show('rf-progressive-weakness');
    expect(el.textContent).toContain('do not wait until later today');
  });

  test('massage status, after-massage line and the contraindication caveat', () => {
    const el = show('cauda-equina-syndrome');
    const massage = el.querySelector('.bc-massage')!;
    expect(massage.querySelector('[data-massage]')!.getAttribute('data-massage')).toBe('avoid');
    expect(massage.textContent).toContain('Avoid massage');
    expect(massage.textContent).toContain('Pain after a massage?');
    expect(massage.querySelector('.bc-caveat')!.textContent).toBe(notices.contraindicationCaveat);
  });

  test('the bladder note is calm: no lead box, see-a-GP heading, 999 only in the box', () => {
    const el = show('cauda-equina-syndrome', '999', {}, 'neutral-bladder');
    expect(el.querySelector('.bc-lead')).toBeNull();
    expect(blocks(el)[0]).toContain('bc-level-see-gp-soon');
    expect(el.querySelector('.bc-emergency')!.textContent).toContain('Emergency: call 999');
  });

  test('disagreements are shown under their own heading', () => {
    const el = show('nonspecific-low-back-pain');
    expect(el.querySelector('.bc-disagreements h3')!.textContent).toBe('Sources disagree');
  });

  test('"More" calls back with the entry id; close calls onClose', () => {
    const onMore = vi.fn();
    const onClose = vi.fn();
    const el = show('massage', '999', { onMore, onClose });
    el.querySelector<HTMLButtonElement>('.bc-more button')!.click();
    expect(onMore).toHaveBeenCalledWith('massage');
    el.querySelector<HTMLButtonElement>('.bc-close')!.click();
    expect(onClose).toHaveBeenCalled();
  });

  test('"More" can be a plain link', () => {
    const el = show('massage', '999', { moreHref: 'chrome-extension://x/popup.html#entry=massage' });
    const a = el.querySelector<HTMLAnchorElement>('.bc-more a')!;
    expect(a.getAttribute('href')).toBe('chrome-extension://x/popup.html#entry=massage');
  });
});

test.each([
  ['2026-11-25', '25 November 2026'],
  ['2025-01-05', '5 January 2025'],
  ['not a date', 'not a date'],
])('formatReviewed(%s) → %s', (iso, out) => {
  expect(formatReviewed(iso)).toBe(out);
});
