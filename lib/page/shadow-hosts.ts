// Which elements can hold a shadow root, shared by the first stage (gate.ts) and the scanner:
// both look for open shadow roots, and visiting only these elements (selected natively) spares
// the isolated world a wrapper for every other element (about 1.6 µs each, issue 10).

/**
 * Elements that may hold a shadow root: attachShadow (and a declarative shadow root) accepts only
 * a custom element (a name with a hyphen, which no selector can ask for) or one of article, aside,
 * blockquote, body, div, footer, h1–h6, header, main, nav, p, section and span. So every element
 * except the standard ones outside that list: those are left out here (gate.test.ts checks that
 * none of them can hold one). An unknown name stays in: the selector may only ask too much.
 */
export const NEVER_SHADOW_HOSTS =
  'a abbr address area audio b base bdi bdo br button canvas caption cite code col colgroup data datalist dd del details dfn dialog dl dt em embed fieldset figcaption figure form head hr html i iframe img input ins kbd label legend li link map mark menu meta meter noscript object ol optgroup option output picture pre progress q rp rt ruby s samp script select slot small source strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr svg path g use circle rect symbol defs polygon polyline line ellipse tspan stop clippath lineargradient radialgradient mask pattern filter desc math'.split(
    ' ',
  );
/** Selects every element that may hold a shadow root (and some that cannot). */
export const MAY_HOST_SHADOW = `:not(${NEVER_SHADOW_HOSTS.join(',')})`;
