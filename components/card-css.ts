// The card's styles as a string, injected as a <style> inside the <backcheck-overlay> shadow root
// (DESIGN.md §6: page styles cannot reach the card and ours never leak). The popup may inject the
// same string. Sizes are in em from `font-size: medium` (the user's default size, not the page's
// root size), so the card follows the user's font setting and browser zoom.
export const CARD_CSS = `
:host { all: initial !important; }
/* Page styles cannot cross the shadow boundary; inherited ones stop at :host (all: initial). */
.bc-layer, .bc-layer *, .bc-layer *::before, .bc-layer *::after { box-sizing: border-box; }
.bc-layer {
  --bc-bg: #ffffff;
  --bc-fg: #1b1b1f;
  --bc-muted: #4a4a52;
  --bc-border: #c9c9d1;
  --bc-link: #0b57d0;
  --bc-red-bg: #fdecea;
  --bc-red-fg: #7a1210;
  --bc-red-border: #b3261e;
  --bc-amber-bg: #fff4e0;
  --bc-amber-fg: #6b3a00;
  --bc-blue-bg: #e8f0fe;
  --bc-blue-fg: #0b3d91;
  --bc-green-bg: #e6f4ea;
  --bc-green-fg: #0d5b26;
  --bc-shadow: 0 0.5em 1.5em rgba(0, 0, 0, 0.25);
  font: normal medium/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--bc-fg);
}
@media (prefers-color-scheme: dark) {
  .bc-layer {
    --bc-bg: #1e1f24;
    --bc-fg: #ececf1;
    --bc-muted: #c2c2cc;
    --bc-border: #4a4b55;
    --bc-link: #a8c7fa;
    --bc-red-bg: #3d1412;
    --bc-red-fg: #ffd9d5;
    --bc-red-border: #ff8a80;
    --bc-amber-bg: #3a2a0c;
    --bc-amber-fg: #ffdca8;
    --bc-blue-bg: #13284d;
    --bc-blue-fg: #d3e3fd;
    --bc-green-bg: #0f2e1a;
    --bc-green-fg: #c4eed0;
    --bc-shadow: 0 0.5em 1.5em rgba(0, 0, 0, 0.6);
  }
}
.bc-popover {
  position: fixed;
  top: 0;
  left: 0;
  z-index: 2147483647;
  width: min(26em, calc(100vw - 16px));
  max-height: min(34em, calc(100vh - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  background: var(--bc-bg);
  color: var(--bc-fg);
  border: 1px solid var(--bc-border);
  border-radius: 0.6em;
  box-shadow: var(--bc-shadow);
  padding: 0.9em 1em;
  font-size: 0.875em;
  text-align: left;
  animation: bc-fade-in 120ms ease-out;
}
.bc-popover:focus { outline: none; }
.bc-popover:focus-visible { outline: 3px solid var(--bc-link); outline-offset: 2px; }
@keyframes bc-fade-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) {
  .bc-popover { animation: none; }
}
.bc-card { display: block; margin: 0; }
.bc-card p, .bc-card ul { margin: 0 0 0.5em; }
.bc-card ul { padding-left: 1.2em; }
.bc-card li { margin: 0.15em 0; }
.bc-card h2, .bc-card h3 { font-family: inherit; color: inherit; }
.bc-card a { color: var(--bc-link); text-decoration: underline; }
.bc-card a:focus-visible, .bc-card button:focus-visible { outline: 3px solid var(--bc-link); outline-offset: 2px; }
.bc-icon { display: inline-block; vertical-align: -0.15em; width: 1.1em; height: 1.1em; margin-right: 0.35em; flex: none; }
.bc-header { position: relative; padding-right: 2em; margin-bottom: 0.5em; }
.bc-kind { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; color: var(--bc-muted); margin: 0 0 0.15em; }
.bc-title { font-size: 1.2em; line-height: 1.25; margin: 0; font-weight: 700; }
.bc-close {
  position: absolute; top: -0.25em; right: -0.4em;
  background: transparent; color: var(--bc-fg); border: 1px solid transparent; border-radius: 0.3em;
  padding: 0.25em; font: inherit; cursor: pointer; line-height: 1;
}
.bc-close .bc-icon { margin: 0; }
.bc-close:hover { border-color: var(--bc-border); }
.bc-urgency { border-radius: 0.4em; padding: 0.5em 0.65em; margin: 0 0 0.7em; border-left: 0.35em solid currentColor; }
.bc-urgency p { margin: 0 0 0.25em; }
.bc-urgency p:last-child { margin: 0; }
.bc-urgency-label { font-size: 1.05em; }
.bc-level-self-care.bc-urgency { background: var(--bc-green-bg); color: var(--bc-green-fg); }
.bc-level-see-gp-soon.bc-urgency { background: var(--bc-blue-bg); color: var(--bc-blue-fg); }
.bc-level-urgent-same-day.bc-urgency { background: var(--bc-amber-bg); color: var(--bc-amber-fg); }
.bc-level-emergency.bc-urgency { background: var(--bc-red-bg); color: var(--bc-red-fg); }
.bc-act-now { font-weight: 700; }
.bc-context-flag { border: 2px solid #b00020; border-radius: 6px; padding: 0.5em 0.65em; margin: 0 0 0.6em; background: #fff0f0; color: #5a0010; }
.bc-context-flag p { margin: 0 0 0.3em; }
.bc-emergency {
  background: var(--bc-red-bg); color: var(--bc-red-fg);
  border: 2px solid var(--bc-red-border); border-radius: 0.4em;
  padding: 0.55em 0.7em; margin: 0 0 0.8em;
}
.bc-emergency-heading { font-size: 1em; font-weight: 700; margin: 0 0 0.35em; display: flex; align-items: center; }
.bc-emergency p { margin: 0 0 0.3em; }
.bc-escalations { list-style: none; padding: 0 !important; margin: 0 !important; }
.bc-escalation { margin: 0.3em 0 !important; }
.bc-escalation-level { font-weight: 700; white-space: nowrap; }
.bc-escalation-level::after { content: ":"; }
.bc-section { margin: 0 0 0.7em; }
.bc-section h3 { font-size: 0.95em; font-weight: 700; margin: 0 0 0.25em; }
.bc-massage-status { border: 1px solid var(--bc-border); border-radius: 0.4em; padding: 0.45em 0.6em; margin: 0 0 0.45em; }
.bc-caveat, .bc-reviewed, .bc-claim { color: var(--bc-muted); font-size: 0.92em; }
.bc-sources ul { font-size: 0.92em; }
.bc-disclaimer {
  border-top: 1px solid var(--bc-border); padding-top: 0.5em; margin: 0.6em 0 0 !important;
  color: var(--bc-muted); font-size: 0.88em;
}
.bc-more { margin: 0.6em 0 0 !important; }
.bc-more button {
  font: inherit; color: var(--bc-link); background: none; border: none; padding: 0;
  text-decoration: underline; cursor: pointer;
}
@media (forced-colors: active) {
  .bc-popover, .bc-emergency, .bc-urgency, .bc-massage-status {
    border: 2px solid CanvasText; forced-color-adjust: auto;
  }
  .bc-emergency { border-width: 3px; }
  .bc-icon path { fill: CanvasText; }
}
`;
