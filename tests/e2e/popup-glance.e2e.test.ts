// The popup at a glance (issue 9) in real Chromium: the guided flows "After my massage" and
// "Before a massage" run with the mouse only and with the keyboard only, end in the outcome
// FACTS.md §3/§4 gives, and axe-core finds no violations in the form or the result; result rows
// carry their one-line answer, arrow keys move through them, and "On this page" names concepts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { axeViolations, openPopupFor, resetSettings, waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  await resetSettings(browser);
  article = await browser.newPage(server.url('/fixtures/source-article.html'));
  await waitForHighlights(article);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const outcome = (popup: Page) => popup.locator('.flow-result').getAttribute('data-outcome');

/** Tab until the focused element matches `selector` (and has `text`, if given), at most `max` presses. */
async function tabTo(popup: Page, selector: string, text?: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await popup.keyboard.press('Tab');
    const hit = await popup.evaluate(
      ([sel, t]) => {
        const el = document.activeElement;
        return !!el?.matches(sel) && (t === null || el.textContent?.trim() === t);
      },
      [selector, text ?? null] as const,
    );
    if (hit) return;
  }
  throw new Error(`focus never reached ${selector} ${text ?? ''}`);
}

test('After my massage, mouse only: dark pee after a massage → call 999, with the reason', async () => {
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('button', { name: 'After my massage' }).click();
  await popup.getByLabel('1 to 2 days ago').click();
  await popup.getByLabel('The muscles that were massaged').click();
  await popup.getByLabel('Getting worse').click();
  await popup.getByLabel(/dark pee/).click();
  expect(await axeViolations(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'See what to do' }).click();
  expect(await outcome(popup)).toBe('call-emergency');
  const text = await popup.locator('.flow-result').textContent();
  expect(text).toContain('Call 999 now');
  expect(text).toContain('muscle damage');
  expect(await axeViolations(popup)).toEqual([]);
  await popup.close();
});

test('After my massage, keyboard only: ache where worked, easing → normal soreness and what helps', async () => {
  const popup = await openPopupFor(browser, article);
  await tabTo(popup, 'button', 'After my massage');
  await popup.keyboard.press('Enter');
  // The first question has focus; arrows pick within a radio group, Tab moves to the next one.
  await expect
    .poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement)?.name), { timeout: 5000 })
    .toBe('when');
  await popup.keyboard.press('Space'); // "Less than a day ago"
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Space'); // "The muscles that were massaged"
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Space'); // "Getting better"
  await tabTo(popup, 'button', 'See what to do');
  await popup.keyboard.press('Enter');
  expect(await outcome(popup)).toBe('normal');
  expect(await popup.evaluate(() => document.activeElement?.id)).toBe('flow-result-title');
  expect(await popup.locator('.flow-result').textContent()).toMatch(/warm bath/);
  await popup.close();
});

test('Before a massage, mouse only: blood thinners + pregnancy → go, tell your therapist; summary to copy', async () => {
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('button', { name: 'Before a massage' }).click();
  await popup.getByLabel('Blood thinners, or a bleeding problem').click();
  await popup.getByLabel('Pregnancy').click();
  expect(await axeViolations(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Check' }).click();
  expect(await outcome(popup)).toBe('adapt');
  const summary = await popup.getByLabel('Summary for your therapist').inputValue();
  expect(summary).toContain('I take blood thinners');
  expect(summary).toContain('I am pregnant');
  expect(await axeViolations(popup)).toEqual([]);
  await popup.close();
});

test('Before a massage, keyboard only: a swollen calf → postpone, get help today (NHS 111)', async () => {
  const popup = await openPopupFor(browser, article);
  await tabTo(popup, 'button', 'Before a massage');
  await popup.keyboard.press('Enter');
  await tabTo(popup, 'input[value="calf-now"]');
  await popup.keyboard.press('Space');
  await tabTo(popup, 'button', 'Check');
  await popup.keyboard.press('Enter');
  expect(await outcome(popup)).toBe('postpone');
  expect(await popup.locator('.flow-result').textContent()).toMatch(/NHS 111/);
  // Back to the popup's home with the keyboard; focus returns to the flow's button.
  await tabTo(popup, '.back-button');
  await popup.keyboard.press('Enter');
  // Focus moves once the home view has rendered again (after a frame): wait for it, do not race it.
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.textContent), { timeout: 5000 })
    .toBe('Before a massage');
  await popup.close();
});

test('result rows answer in the row; arrow keys move through results; Enter opens one', async () => {
  const popup = await openPopupFor(browser, article);
  const box = popup.getByRole('searchbox', { name: 'Look up a symptom' });
  await box.fill('sore after a massage');
  const first = popup.locator('.results .result').first();
  await expect.poll(() => first.getAttribute('data-id')).toBe('post-massage-soreness');
  expect(await first.locator('.result__answer').textContent()).toContain('Common for 1–2 days');
  // More "Do you also have…?" follow-ups: the urgent red flags that fit soreness after massage.
  expect(await popup.locator('.checks__list li').count()).toBeGreaterThanOrEqual(3);
  await box.focus();
  await popup.keyboard.press('ArrowDown');
  expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).toBe(
    'post-massage-soreness',
  );
  await popup.keyboard.press('ArrowDown');
  const second = await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'));
  expect(second).not.toBe('post-massage-soreness');
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('ArrowUp');
  expect(await popup.evaluate(() => document.activeElement?.id)).toBe('symptom-query');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect
    .poll(() => popup.locator('.entry-view .bc-card').getAttribute('data-concept'))
    .toBe('post-massage-soreness');
  await popup.close();
});

test("urgent rows name the region's same-day service", async () => {
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('searchbox', { name: 'Look up a symptom' }).fill('back pain with a fever');
  const first = popup.locator('.results .result').first();
  await expect.poll(() => first.getAttribute('data-urgency')).toBe('urgent-same-day');
  expect(await first.locator('.result__answer').textContent()).toMatch(/NHS 111/);
  await popup.close();
});

test('"On this page" chips name the concept, the page\'s wording second', async () => {
  const popup = await openPopupFor(browser, article);
  const chips = popup.locator('.page-terms li');
  await expect.poll(() => chips.count()).toBeGreaterThan(3);
  // The article says "back pain", "pain in the lower back"…: one chip names the concept.
  const back = popup.locator('.page-terms li[data-id="nonspecific-low-back-pain"]');
  expect(await back.locator('.page-term__label').textContent()).toBe('Everyday low back pain');
  expect(await back.locator('.page-term__wording').textContent()).toMatch(/back pain|lower back/);
  const kidney = popup.locator('.page-terms li[data-id="pyelonephritis"] .page-term__label');
  expect(await kidney.textContent()).toBe('Kidney infection');
  expect(await axeViolations(popup)).toEqual([]);
  await popup.close();
});
