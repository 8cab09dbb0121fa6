// Reading grade of card text (issue 9): Flesch–Kincaid grade level computed by the `flesch-kincaid`
// package from word, sentence and syllable counts (syllables from the `syllable` package). Each
// line of a card (verdict, tier heading, bullet, massage line, disclaimer) is a sentence of its
// own, and so is every full stop inside a line.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
}

export function readability(lines: readonly string[]): Readability {
  const sentences = lines
    .flatMap((l) => l.split(/[.!?:;]+(?:\s|$)/))
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s));
  const words = sentences.flatMap((s) => s.match(/[A-Za-z0-9][A-Za-z0-9'’&-]*/g) ?? []);
  const syllables = words.reduce((n, w) => n + Math.max(1, /^\d/.test(w) ? 1 : syllable(w)), 0);
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return {
    grade: sentences.length && words.length ? fleschKincaid(counts) : 0,
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: sentences.length ? words.length / sentences.length : 0,
  };
}
