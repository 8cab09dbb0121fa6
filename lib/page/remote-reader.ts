// The content script's side of 'page:read' (issue 10): chunks of page text go to the background,
// which reads them (lib/page/read-chunks.ts) off the page's main thread. Chunks asked for while an
// answer is awaited travel together in the next message, so a long page costs a few messages, not
// one per chunk, and they are read in document order: an abbreviation licensed by an earlier
// chunk (§6.1 A2) is known to the later ones. Where the background does not answer (or answers
// nonsense), the chunks are read here instead (`local`), and so is the rest of the document: no
// term is lost. No DOM, no browser API: `send` and `local` are injected.
import type { ScanContext } from '../match/index';
import { MAX_EXPANSIONS, MAX_READ_CHARS, MAX_READ_TEXT, MAX_READ_TEXTS } from '../messages';
import type { ChunkReading } from './read-chunks';

export interface RemoteReaderDeps {
  /** Sends one 'page:read' message; resolves to the background's answer. */
  send(texts: string[], expansions: string[]): Promise<unknown>;
  /** Reads one chunk here, with the document's context (the content script's own matcher). */
  local(text: string, context: ScanContext): ChunkReading | Promise<ChunkReading>;
}

interface Pending {
  text: string;
  resolve: (r: ChunkReading) => void;
  reject: (e: unknown) => void;
}

/** The answer, if it is one: a reading per text sent, and the expansions known now. */
function validAnswer(
  raw: unknown,
  count: number,
): { readings: ChunkReading[]; expansions: string[] } | undefined {
  const a = raw as { readings?: unknown; expansions?: unknown } | null | undefined;
  if (!a || !Array.isArray(a.readings) || a.readings.length !== count || !Array.isArray(a.expansions))
    return undefined;
  if (!a.readings.every((r) => r && Array.isArray((r as ChunkReading).terms))) return undefined;
  if (!a.expansions.every((e) => typeof e === 'string')) return undefined;
  return a as { readings: ChunkReading[]; expansions: string[] };
}

/** Returns the reader the page scanner calls per chunk. */
export function createRemoteReader(deps: RemoteReaderDeps): (text: string) => Promise<ChunkReading> {
  /** The document's context: the same set whether the background or the content script reads. */
  const context: ScanContext = { expansions: new Set() };
  const queue: Pending[] = [];
  let inFlight = false;
  let flushQueued = false;
  /** Set once the background failed to answer: the rest of the document is read here. */
  let alone = false;

  const readHere = async (batch: Pending[]) => {
    for (const p of batch) {
      try {
        p.resolve(await deps.local(p.text, context));
      } catch (err) {
        p.reject(err);
      }
    }
  };

  /** The next message: queued texts in order, up to the message's limits. */
  const takeBatch = (): Pending[] => {
    let chars = 0;
    let n = 0;
    while (
      n < queue.length &&
      n < MAX_READ_TEXTS &&
      (n === 0 || chars + queue[n].text.length <= MAX_READ_CHARS)
    )
      chars += queue[n++].text.length;
    return queue.splice(0, n);
  };

  const flush = async (): Promise<void> => {
    flushQueued = false;
    if (inFlight || queue.length === 0) return;
    inFlight = true;
    try {
      while (queue.length > 0) {
        const batch = takeBatch();
        if (alone) {
          await readHere(batch);
          continue;
        }
        const expansions = [...context.expansions].slice(0, MAX_EXPANSIONS);
        const raw = await deps
          .send(
            batch.map((p) => p.text),
            expansions,
          )
          .catch(() => undefined);
        const answer = validAnswer(raw, batch.length);
        if (!answer) {
          alone = true;
          await readHere(batch);
          continue;
        }
        for (const e of answer.expansions) context.expansions.add(e);
        for (let i = 0; i < batch.length; i++) batch[i].resolve(answer.readings[i]);
      }
    } finally {
      inFlight = false;
    }
  };

  return (text) => {
    // Longer than a chunk can be: not one for a message (the background would refuse it).
    if (text.length > MAX_READ_TEXT) return Promise.resolve(deps.local(text, context));
    return new Promise<ChunkReading>((resolve, reject) => {
      queue.push({ text, resolve, reject });
      // Everything asked for in this task (one slice of the scan) goes in one message.
      if (!flushQueued && !inFlight) {
        flushQueued = true;
        queueMicrotask(() => void flush());
      }
    });
  };
}
