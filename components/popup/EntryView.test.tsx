// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { entries } from '../../lib/knowledge/index';
import { EntryView } from './EntryView';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test.each(entries.map((e) => [e.id, e.title]))('%s renders its title and sources', (id, title) => {
  render(<EntryView entryId={id} emergencyNumber="112" />, root);
  expect(root.querySelector('h2')!.textContent).toBe(title);
  expect(root.querySelector('.entry__sources li')).not.toBeNull();
});

test('emergency entries say to call the regional number', () => {
  const emergency = entries.find((e) => 'urgency' in e && e.urgency?.base === 'emergency');
  expect(emergency).toBeDefined();
  render(<EntryView entryId={emergency!.id} emergencyNumber="911" />, root);
  expect(root.querySelector('.emergency-box')!.textContent).toContain('Call 911 now');
});

test('an unknown id says so', () => {
  render(<EntryView entryId="no-such-entry" emergencyNumber="999" />, root);
  expect(root.textContent).toContain('not found');
});
