// Styles of the glance card (issue 9), added after CARD_CSS in the card's shadow root. Compact:
// the whole card fits its box without scrolling at 1280×800 and 800×600 (tests/e2e).
export const GLANCE_CSS = `
.bc-popover:has(> .bc-glance) { width: min(30em, calc(100vw - 16px)); padding: 0.7em 0.9em; }
.bc-glance { line-height: 1.3; }
.bc-glance .bc-header { margin-bottom: 0.35em; }
.bc-glance .bc-title { font-size: 1.1em; }
.bc-verdict { font-weight: 700; margin: 0 0 0.4em; padding: 0.35em 0.55em; border-radius: 0.4em; border-left: 0.3em solid currentColor; }
.bc-verdict--self-care { background: var(--bc-green-bg); color: var(--bc-green-fg); }
.bc-verdict--see-gp-soon { background: var(--bc-blue-bg); color: var(--bc-blue-fg); }
.bc-verdict--urgent-same-day { background: var(--bc-amber-bg); color: var(--bc-amber-fg); }
.bc-verdict--emergency { background: var(--bc-red-bg); color: var(--bc-red-fg); border-left-color: var(--bc-red-border); }
.bc-tier { margin: 0 0 0.35em; }
.bc-tier__heading { font-size: 0.95em; margin: 0 0 0.1em; font-weight: 700; display: flex; align-items: center; }
.bc-tier--emergency .bc-tier__heading { color: var(--bc-red-fg); }
.bc-tier--emergency { background: var(--bc-red-bg); border: 1px solid var(--bc-red-border); border-radius: 0.4em; padding: 0.25em 0.5em; }
.bc-tier--urgent-same-day .bc-tier__heading { color: var(--bc-amber-fg); }
.bc-tier--see-gp-soon .bc-tier__heading { color: var(--bc-blue-fg); }
.bc-glance .bc-tier ul { margin: 0; padding-left: 1.1em; }
.bc-glance .bc-tier li { margin: 0; }
.bc-massage-line { margin: 0.3em 0 0.4em; }
.bc-glance .bc-more { margin: 0 0 0.3em; }
.bc-glance .bc-more button { font: inherit; color: var(--bc-link); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
.bc-glance__footer { border-top: 1px solid var(--bc-border); padding-top: 0.3em; font-size: 0.85em; color: var(--bc-muted); }
.bc-glance__footer p { margin: 0; }
.bc-glance .bc-disclaimer { border-top: 0; padding-top: 0; margin: 0 !important; font-size: inherit; }
.bc-glance .bc-more { margin: 0 0 0.3em !important; }
`;
