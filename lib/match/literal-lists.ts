// Which of many literal lists a text holds, in one pass over the text (issue 10). The claim reader
// rules a myth out of a sentence when the sentence lacks its effects', targets' or needs' literals
// (claim-literals.ts); testing ~500 literals one `includes` at a time cost a term-dense forum page
// ~50 ms for ~2,900 sentences. A trie of all literals reads each sentence once instead.

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Lists holding the literal that ends here. */
  lists: number[];
}

const node = (): TrieNode => ({ next: new Map(), lists: [] });

export class LiteralLists {
  private readonly root = node();
  /** Lists with no certain literal: every text may hold them. */
  private readonly always: number[] = [];

  /** `lists[k]` undefined: no literal is certain, so every text counts as holding list k. */
  constructor(private readonly lists: readonly (readonly string[] | undefined)[]) {
    lists.forEach((list, k) => {
      if (list === undefined) {
        this.always.push(k);
        return;
      }
      for (const lit of list) {
        let at = this.root;
        for (let i = 0; i < lit.length; i++) {
          const c = lit.charCodeAt(i);
          let child = at.next.get(c);
          if (!child) {
            child = node();
            at.next.set(c, child);
          }
          at = child;
        }
        if (!at.lists.includes(k)) at.lists.push(k);
      }
    });
  }

  /** Which lists `lower` (a lower-cased text) holds a literal of: 1 at their index. */
  held(lower: string): Uint8Array {
    const out = new Uint8Array(this.lists.length);
    for (const k of this.always) out[k] = 1;
    for (let i = 0; i < lower.length; i++) {
      let at = this.root.next.get(lower.charCodeAt(i));
      for (let j = i + 1; at; j++) {
        for (const k of at.lists) out[k] = 1;
        if (j >= lower.length) break;
        at = at.next.get(lower.charCodeAt(j));
      }
    }
    return out;
  }
}
