// @vitest-environment happy-dom
// The guided flows as components: questions are native, labelled controls; the form asks for the
// three required answers; the result shows the outcome with reasons and the region's service;
// "Start again" clears it; "Before" offers the summary to copy (copy is injected).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { AfterMassageFlow } from './AfterMassageFlow';
import { BeforeMassageFlow } from './BeforeMassageFlow';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const click = (el: Element | null) => act(() => (el as HTMLElement).click());
const byValue = (v: string) => root.querySelector(`input[value="${v}"]`);
const submit = () =>
  act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  });

test('After my massage: every control is labelled; missing answers are asked for', async () => {
  await act(() => render(<AfterMassageFlow region="uk" />, root));
  for (const input of root.querySelectorAll('input'))
    expect(input.closest('label')?.textContent).toBeTruthy();
  expect(root.querySelectorAll('fieldset legend').length).toBe(4);
  await submit();
  expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/first three questions/);
  expect(root.querySelector('.flow-result')).toBeNull();
});

test('After my massage: a swollen calf in the US → get help today at urgent care; Start again clears', async () => {
  await act(() => render(<AfterMassageFlow region="us" />, root));
  await click(byValue('1-2-days'));
  await click(byValue('one-leg'));
  await click(byValue('same'));
  await submit();
  const result = root.querySelector('.flow-result')!;
  expect(result.getAttribute('data-outcome')).toBe('get-help-today');
  expect(result.textContent).toMatch(/urgent care/);
  expect(result.textContent).toMatch(/blood clot/);
  await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Start again')!);
  expect(root.querySelector('.flow-result')).toBeNull();
  expect((byValue('one-leg') as HTMLInputElement).checked).toBe(false);
});

test('Before a massage: nothing ticked → fine to go; the summary is copied through the injected copy', async () => {
  const copy = vi.fn(async () => undefined);
  await act(() => render(<BeforeMassageFlow region="uk" copy={copy} />, root));
  await submit();
  expect(root.querySelector('.flow-result')?.getAttribute('data-outcome')).toBe('fine');
  const copyButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy summary')!;
  await act(async () => {
    copyButton.click();
    await Promise.resolve();
  });
  expect(copy).toHaveBeenCalledWith('For my massage therapist:\nNothing to report.');
  expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied.');
});

test('Before a massage: fever → postpone, with the reason', async () => {
  await act(() => render(<BeforeMassageFlow region="uk" />, root));
  await click(byValue('fever'));
  await submit();
  const result = root.querySelector('.flow-result')!;
  expect(result.getAttribute('data-outcome')).toBe('postpone');
  expect(result.textContent).toMatch(/does not treat an infection/);
});
