// Answering an extension message with a promise, for the content script's first stage, which uses
// the browser's own extension API without webextension-polyfill (wxt.config.ts, issue 10). Firefox's
// `browser` takes a listener's returned promise as the answer; Chrome's `chrome` wants
// sendResponse and `true`. Senders use the polyfill, so a rejection is sent the way the polyfill
// sends one, and the sender's promise rejects as before. Pure: it is handed the API's own values.

/** The polyfill's marker for a rejected answer (webextension-polyfill's wrapped onMessage). */
const REJECT_MARKER = '__mozWebExtensionPolyfillReject__';

type Answer = (raw: unknown) => Promise<unknown> | undefined;
type RawListener = (
  raw: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean | Promise<unknown> | undefined;

/**
 * A runtime.onMessage listener for `answer`. `promisesWork` is true where the API itself accepts
 * a returned promise (Firefox's native `browser`).
 */
export function replyListener(answer: Answer, promisesWork: boolean): RawListener {
  if (promisesWork) return (raw) => answer(raw);
  return (raw, _sender, sendResponse) => {
    const result = answer(raw);
    if (result === undefined) return false;
    result
      .then(sendResponse, (err: unknown) => {
        const message = (err as { message?: unknown } | null)?.message;
        sendResponse({
          [REJECT_MARKER]: true,
          message: typeof message === 'string' ? message : 'An unexpected error occurred',
        });
      })
      .catch(() => undefined); // the sender is gone (its tab or popup closed)
    return true;
  };
}
