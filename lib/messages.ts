// Every message between the extension's contexts, as one Zod discriminated union with
// namespaced types (DESIGN.md §7). Receivers call `parseMessage`: unknown or malformed messages
// are ignored and logged once per type, never trusted.
import { z } from 'zod/mini';

/**
 * Limits of a 'page:analyse' message (lib/page/context-windows.ts builds it): at most this many
 * windows, this much text from the first window's start to the last one's end, and this much per
 * window (a run-on "sentence" the length of a page is cut). A 16 kB chunk of a forum thread has a
 * couple of hundred sentences with terms; every one is analysed.
 */
export const MAX_WINDOWS = 400;
export const MAX_WINDOWS_SPAN = 200_000;
export const MAX_WINDOW_CHARS = 4000;
/**
 * Longest text of a 'page:claims' message: a walker chunk is about 16 kB (lib/page/text-walker.ts),
 * a huge text node is cut across chunks, so a longer text is not one the content script sends.
 */
export const MAX_CLAIM_TEXT = 200_000;

// The schemas are built on first use (`messageSchemas`), not at load: the content script loads this
// module on every page but parses a message only when the popup asks (DESIGN.md §5 start-up). The
// exported schema values below are marked pure, so bundles that only call `parseMessage` drop them.
function buildSchemas() {
  const conceptId = z.string().check(z.minLength(1), z.maxLength(100));

  const Message = z.discriminatedUnion('type', [
    /** content → background: the card data for a concept (card data lives in the background). */
    z.object({
      type: z.literal('card:get'),
      conceptId,
      term: z.optional(z.string().check(z.maxLength(200))),
      /** Neutral card variant chosen by the matcher (lib/card-data CARD_VARIANTS, FACTS.md §6.1). */
      variant: z.optional(z.string().check(z.maxLength(40))),
      /** A red flag reported in the term's context (issue 8): the card leads with it. */
      redFlag: z.optional(conceptId),
      /** Its level in that context. */
      redFlagLevel: z.optional(z.enum(['self-care', 'see-gp-soon', 'urgent-same-day', 'emergency'])),
    }),
    /**
     * content → background: red flags reported in lay words in the sentences around found terms.
     * The windows overlap (each is a few sentences around a term), so the text they lie in is sent
     * once and each window as [start, end) offsets into it (lib/page/context-windows.ts).
     */
    z.object({
      type: z.literal('page:analyse'),
      text: z.string().check(z.maxLength(MAX_WINDOWS_SPAN)),
      windows: z
        .array(z.tuple([z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0))]))
        .check(z.maxLength(MAX_WINDOWS)),
    }),
    /**
     * content → background: the sentences of one chunk of page text that assert a FACTS.md §5
     * myth (issue 12). The claim reader runs in the background, off the page's main thread
     * (issue 10: on a forum page it was a quarter of the extension's time there).
     */
    z.object({ type: z.literal('page:claims'), text: z.string().check(z.maxLength(MAX_CLAIM_TEXT)) }),
    /** popup → content: which terms were found on this page. */
    z.object({ type: z.literal('page:summary') }),
    /** popup → content: scroll to the n-th occurrence of a concept and flash it. */
    z.object({
      type: z.literal('page:reveal'),
      conceptId,
      index: z.number().check(z.int(), z.minimum(0)),
    }),
    /** background → content: open the card for the selection or the term at the caret (command). */
    z.object({ type: z.literal('card:open-at-selection') }),
    /** background → content: show the card for text chosen via the context menu. */
    z.object({ type: z.literal('card:lookup-text'), text: z.string().check(z.maxLength(500)) }),
    /** content → background: open the full entry in an extension page (the card's "More about…"). */
    z.object({ type: z.literal('entry:open'), id: conceptId }),
    /** any → background: symptom lookup (used where the lookup index is not bundled). */
    z.object({ type: z.literal('lookup:query'), query: z.string().check(z.maxLength(10_000)) }),
  ]);

  /** One row of the popup's "on this page" list. */
  const PageSummaryItem = z.object({
    conceptId,
    term: z.string(),
    count: z.number().check(z.int(), z.minimum(0)),
    urgent: z.optional(z.boolean()),
    /** A sentence asserting this FACTS.md §5 myth (issue 12); `term` quotes its words. */
    claim: z.optional(z.boolean()),
  });

  const PageSummary = z.object({
    url: z.string(),
    items: z.array(PageSummaryItem),
    total: z.number(),
    disabled: z.optional(z.boolean()),
  });

  return { Message, PageSummaryItem, PageSummary };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The message schemas, built on the first call and cached. */
export function messageSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

const messageSchema = () => messageSchemas().Message;
const pageSummaryItemSchema = () => messageSchemas().PageSummaryItem;
const pageSummarySchema = () => messageSchemas().PageSummary;

export const Message = /* @__PURE__ */ messageSchema();
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

/** One row of the popup's "on this page" list. */
export const PageSummaryItem = /* @__PURE__ */ pageSummaryItemSchema();
export type PageSummaryItem = z.infer<typeof PageSummaryItem>;

export const PageSummary = /* @__PURE__ */ pageSummarySchema();
export type PageSummary = z.infer<typeof PageSummary>;

const warned = new Set<string>();

/** Validate an incoming message; returns undefined (and warns once per kind) when it is bad. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = messageSchemas().Message.safeParse(raw);
  if (result.success) return result.data;
  const kind =
    raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string'
      ? String((raw as { type: string }).type).slice(0, 40)
      : typeof raw;
  if (!warned.has(kind)) {
    warned.add(kind);
    console.warn(`BackCheck ignored a malformed or unknown message (${kind}).`);
  }
  return undefined;
}
