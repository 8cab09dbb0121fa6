import { describe, expect, test } from 'vitest';
import { buildCardData } from './card-data';
import { withContextRedFlag } from './card-lead';

describe('a card led by the red flag reported around its term (issue 8)', () => {
  test('the reported flag and its level lead; the card keeps its own content', () => {
    const card = withContextRedFlag(
      buildCardData('nonspecific-low-back-pain'),
      'rf-saddle-numbness',
      'emergency',
    );
    expect(card?.contextRedFlag).toMatchObject({ id: 'rf-saddle-numbness', level: 'emergency' });
    expect(card?.id).toBe('nonspecific-low-back-pain');
  });
  test('no flag or an unknown id: the plain card', () => {
    const plain = buildCardData('nonspecific-low-back-pain');
    expect(withContextRedFlag(plain, undefined)).toBe(plain);
    expect(withContextRedFlag(plain, 'no-such-id')).toBe(plain);
  });
});
