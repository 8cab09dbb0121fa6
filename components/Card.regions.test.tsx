// @vitest-environment happy-dom
// Issue 13: numbers and services come from the region, never from text. Every card (every entry
// and every neutral variant) is rendered in full for each of the five regions; the text a person
// sees holds only that region's numbers, no other emergency number, no unfilled placeholder and
// no internal reference (FACTS.md section marks, source keys, entry ids, "seed article").
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { buildCardData, type CardData } from '../lib/card-data';
import { entries } from '../lib/knowledge/index';
import { REGION_SERVICES, REGIONS, type Region } from '../lib/region';
import { ALL_CARDS } from '../tests/unit/all-cards';
import { Card } from './Card';

function renderText(card: CardData, region: Region): string {
  const host = document.createElement('div');
  render(<Card card={card} region={region} emergencyNumber={REGION_SERVICES[region].emergency} />, host);
  const text = host.textContent ?? '';
  render(null, host);
  return text;
}

/** Every phone number any region uses, as a pattern that does not match inside "1,000" or "24". */
const NUMBER_PATTERNS: Record<string, RegExp> = {
  '999': /(?<![\d,.])999(?![\d,])/,
  '112': /(?<![\d,.])112(?![\d,])/,
  '911': /(?<![\d,.])911(?![\d,])/,
  '000': /(?<![\d,.])000(?![\d,])/,
  '111': /(?<![\d,.])111(?![\d,])/,
  '1800 022 222': /1800 022 222/,
};
const REGION_NUMBERS: Record<Region, string[]> = {
  uk: ['999', '111'],
  us: ['911'],
  eu: ['112'],
  au: ['000', '1800 022 222'],
  other: ['112'],
};

const ENTRY_IDS = entries.map((e) => e.id).filter((id) => id.includes('-'));

describe.each(REGIONS.map((r) => [r]))('every card in region %s', (region) => {
  test.each(ALL_CARDS.map(([key, card]) => [key, card] as const))('%s', (_key, card) => {
    const text = renderText(card, region);
    const own = REGION_NUMBERS[region];
    for (const [number, pattern] of Object.entries(NUMBER_PATTERNS)) {
      if (!own.includes(number)) expect(text, `${number} in a ${region} card`).not.toMatch(pattern);
    }
    if (region !== 'uk') expect(text).not.toMatch(/NHS (111|24)/);
    expect(text).not.toMatch(/\{[a-z-]+\}/);
    // Internal references: FACTS.md sections, source keys, entry ids, the seed article.
    expect(text).not.toMatch(/§/);
    expect(text).not.toMatch(/\bS\d{1,3}\b/);
    expect(text).not.toMatch(/seed article/i);
    for (const id of ENTRY_IDS)
      expect(text, `entry id ${id}`).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
  });
});

describe('the emergency rows name the region number', () => {
  test.each(REGIONS.map((r) => [r]))('%s', (region) => {
    const text = renderText(buildCardData('rf-saddle-numbness')!, region);
    expect(text).toContain(`Call ${REGION_SERVICES[region].emergency}`);
  });
  test('same-day cards in the UK show the Northern Ireland route and the safety net', () => {
    const text = renderText(buildCardData('pyelonephritis')!, 'uk');
    expect(text).toContain('Northern Ireland');
    expect(text).toContain(
      'If you get worse while you wait, or you feel very unwell, go to A&E or call 999.',
    );
  });
  test('Australia: 000 and healthdirect', () => {
    const text = renderText(buildCardData('pyelonephritis')!, 'au');
    expect(text).toContain('1800 022 222');
    expect(text).toContain('call 000');
  });
});
