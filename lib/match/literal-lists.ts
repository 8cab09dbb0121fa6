// Which of many literal lists a text holds, in one pass over the text (issue 10). The claim reader
// rules a myth out of a sentence when the sentence lacks its effects', targets' or needs' literals
// (claim-literals.ts); testing ~500 literals one `includes` at a time cost a term-dense forum page
// ~50 ms for ~2,900 sentences. A trie of all literals reads each sentence once instead. The trie is
// a flat table over the literals' own letters (a–z and space, ~2,800 nodes): a Map per node was
// itself ~17 ms on that page in Chromium, where the code mostly runs before it is optimised.

/** Table column of each character code below 128 that literals use; -1 for every other one. */
function alphabetOf(lists: readonly (readonly string[] | undefined)[]): Int8Array {
  const column = new Int8Array(128).fill(-1);
  let next = 0;
  for (const list of lists)
    for (const lit of list ?? [])
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (c >= 128) throw new Error(`claim literal ${JSON.stringify(lit)} is not ASCII`);
        if (column[c] < 0) column[c] = next++;
      }
  return column;
}

export class LiteralLists {
  private readonly column: Int8Array;
  private readonly width: number;
  /** Node n's child on column c is next[n * width + c] (0: none; node 0 is the root). */
  private next: Int32Array;
  /** Lists holding the literal that ends at each node. */
  private readonly ends: number[][] = [[]];
  /** Lists with no certain literal: every text may hold them. */
  private readonly always: number[] = [];

  /** `lists[k]` undefined: no literal is certain, so every text counts as holding list k. */
  constructor(private readonly lists: readonly (readonly string[] | undefined)[]) {
    this.column = alphabetOf(lists);
    this.width = Math.max(1, Math.max(...this.column) + 1);
    this.next = new Int32Array(this.width * 64);
    lists.forEach((list, k) => {
      if (list === undefined) {
        this.always.push(k);
        return;
      }
      for (const lit of list) {
        let at = 0;
        for (let i = 0; i < lit.length; i++) at = this.child(at, this.column[lit.charCodeAt(i)]);
        if (!this.ends[at].includes(k)) this.ends[at].push(k);
      }
    });
  }

  /** The child of `node` on `col`, made if missing. */
  private child(node: number, col: number): number {
    const slot = node * this.width + col;
    if (this.next[slot] > 0) return this.next[slot];
    const made = this.ends.length;
    this.ends.push([]);
    if ((made + 1) * this.width > this.next.length) {
      const grown = new Int32Array(this.next.length * 2);
      grown.set(this.next);
      this.next = grown;
    }
    this.next[slot] = made;
    return made;
  }

  /** Which lists `lower` (a lower-cased text) holds a literal of: 1 at their index. */
  held(lower: string): Uint8Array {
    const out = new Uint8Array(this.lists.length);
    for (const k of this.always) out[k] = 1;
    const { column, next, width, ends } = this;
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      let at = 0;
      for (let j = i; j < n; j++) {
        const code = lower.charCodeAt(j);
        const col = code < 128 ? column[code] : -1;
        if (col < 0) break;
        at = next[at * width + col];
        if (at === 0) break;
        const lists = ends[at];
        for (let e = 0; e < lists.length; e++) out[lists[e]] = 1;
      }
    }
    return out;
  }
}
