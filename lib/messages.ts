// Every message between the extension's contexts, as one Zod discriminated union with
// namespaced types (DESIGN.md §7). Receivers call `parseMessage`: unknown or malformed messages
// are ignored and logged once per type, never trusted.
import { z } from 'zod/mini';

/**
 * Limits of a 'page:read' message (lib/page/remote-reader.ts builds it): texts per message, their
 * total length (the content script keeps to it), one text's length (a walker chunk is about 16 kB,
 * lib/page/text-walker.ts; a longer text is read in the content script), and the abbreviations
 * the document has licensed so far.
 */
export const MAX_READ_TEXTS = 64;
export const MAX_READ_CHARS = 131_072;
export const MAX_READ_TEXT = 200_000;
export const MAX_EXPANSIONS = 200;
/**
 * Limits of a 'gate:check' message (lib/page/gate.ts builds it): one piece of text (the first
 * stage checks 32 kB with a 1 kB overlap), the offsets where two of its pieces were joined, and
 * the page's id (lib/page/remote-gate.ts).
 */
export const MAX_GATE_TEXT = 40_000;
export const MAX_GATE_GLUED = 40_000;
export const MAX_PAGE_ID = 64;

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
     * content → background: read chunks of page text, in document order (lib/page/read-chunks.ts):
     * their terms, the claims they assert (issue 12) and the red flags told in lay words around
     * their terms (issue 8). The background does it, off the page's main thread (issue 10).
     * `expansions`: abbreviations licensed by the document's earlier text (§6.1 A2).
     */
    z.object({
      type: z.literal('page:read'),
      texts: z.array(z.string().check(z.maxLength(MAX_READ_TEXT))).check(z.maxLength(MAX_READ_TEXTS)),
      expansions: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(MAX_EXPANSIONS)),
    }),
    /**
     * content → background: could this text hold a term or a claim? (lib/gate-service.ts; the
     * first stage asks it off the page's main thread, issue 10). `page` keys what one page's
     * texts told before (an abbreviation's expansion, §6.1 A2); `glued`: offsets where two pieces
     * of text were joined with nothing between them.
     */
    z.object({
      type: z.literal('gate:check'),
      page: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_ID)),
      text: z.string().check(z.maxLength(MAX_GATE_TEXT)),
      glued: z.optional(z.array(z.number().check(z.int(), z.minimum(0))).check(z.maxLength(MAX_GATE_GLUED))),
    }),
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
