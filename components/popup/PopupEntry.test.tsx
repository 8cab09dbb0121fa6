// @vitest-environment happy-dom
// Every entry of the knowledge module opens as a full card in the popup.
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { entries } from '../../lib/knowledge/index';
import { PopupEntry } from './PopupEntry';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test.each(entries.map((e) => [e.id, e.title]))(
  '%s renders its title, sources and disclaimer',
  (id, title) => {
    render(<PopupEntry id={id} emergencyNumber="112" />, root);
    expect(root.querySelector('#entry-title')?.textContent).toContain(title);
    expect(root.querySelectorAll('.bc-sources li').length).toBeGreaterThan(0);
    expect(root.textContent).toMatch(/Reviewed/);
    expect(root.textContent).toContain('not medical advice');
  },
);

test('emergency entries say to call the regional number', () => {
  const emergency = entries.find((e) => 'urgency' in e && e.urgency?.base === 'emergency');
  expect(emergency).toBeDefined();
  render(<PopupEntry id={emergency!.id} emergencyNumber="911" />, root);
  expect(root.textContent).toMatch(/call 911/i);
});

test('an unknown id says so', () => {
  render(<PopupEntry id="no-such-entry" emergencyNumber="999" />, root);
  expect(root.textContent).toContain('not found');
});
