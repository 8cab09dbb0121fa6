// The content script's side of 'gate:check' (issue 10): the first stage's question, asked of the
// background (lib/gate-service.ts). Where the background does not answer, or answers nonsense,
// the answer is "maybe": the second stage then loads and reads the page itself (remote-reader.ts
// falls back to reading here), so no term is lost to a missing background. No DOM, no browser API:
// `send` is injected.

/** A page id for the background's per-page memory: random, so pages never share one. */
export function newPageId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

import { MAX_GATE_TEXT } from '../messages';
// A longer text goes in the first stage's own pieces, each starting with the last one's tail.
import { CARRY_CHARS as CARRY, CHECK_CHARS as PIECE } from './gate';

type GateMessage = { type: 'gate:check'; page: string; text: string; glued?: number[] };

/** Returns the check PageGate calls: a promise of the background's verdict on one piece of text. */
export function createRemoteGate(
  page: string,
  send: (message: GateMessage) => Promise<unknown>,
): (text: string, glued?: readonly number[]) => Promise<boolean> {
  const ask = (text: string, glued: readonly number[]) =>
    send({ type: 'gate:check', page, text, ...(glued.length > 0 ? { glued: [...glued] } : {}) }).then(
      (answer) => answer !== false,
      () => true,
    );
  return async (text, glued = []) => {
    if (text.length <= MAX_GATE_TEXT) return ask(text, glued);
    // A text past the message's limit (one huge text node) is asked about in overlapping pieces.
    const asks: Promise<boolean>[] = [];
    for (let start = 0; start < text.length; start += PIECE) {
      const from = Math.max(0, start - CARRY);
      const to = Math.min(text.length, start + PIECE);
      asks.push(
        ask(
          text.slice(from, to),
          glued.filter((g) => g >= from && g < to).map((g) => g - from),
        ),
      );
    }
    return (await Promise.all(asks)).some(Boolean);
  };
}
