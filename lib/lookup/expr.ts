// Evaluate the small feature expressions of profiles.ts: "a+b|c+!d" = (a and b) or (c and not d).

type Clause = { id: string; neg: boolean }[];
const cache = new Map<string, Clause[]>();

function parse(expr: string): Clause[] {
  let c = cache.get(expr);
  if (!c) {
    c = expr.split('|').map((group) =>
      group
        .split('+')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => (s.startsWith('!') ? { id: s.slice(1), neg: true } : { id: s, neg: false })),
    );
    cache.set(expr, c);
  }
  return c;
}

export function evalExpr(expr: string, present: Set<string>): boolean {
  return parse(expr).some((clause) => clause.length > 0 && clause.every((t) => present.has(t.id) !== t.neg));
}

/** Every feature id an expression mentions (for the table self-check test). */
export function exprIds(expr: string): string[] {
  return parse(expr).flatMap((c) => c.map((t) => t.id));
}
