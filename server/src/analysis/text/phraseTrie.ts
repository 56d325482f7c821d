import { Token, TokenKind, tokenize } from './tokenize';

interface Node<V> {
  next?: Map<string, Node<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  /** Index of the token after the match. */
  end: number;
  value: V;
}

/** Word-level trie over lower-cased tokens, for multi-word vocabulary (titles, bodies, theme phrases). */
export class PhraseTrie<V> {
  private readonly root: Node<V> = {};
  size = 0;
  /** This trie's bit in Token.starts (0: not registered, always look the word up). */
  bit = 0;

  /** Adds a phrase, tokenised exactly as documents are. The first value added for a phrase wins. */
  add(phrase: string, value: V): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = {}));
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  hasStart(word: string): boolean {
    return this.root.next?.has(word) ?? false;
  }

  /** Whether a phrase can start at this token: a bit test once tokens are annotated. */
  startsAt(t: Token | undefined): boolean {
    if (!t) return false;
    return this.bit !== 0 && t.starts !== -1 ? (t.starts & this.bit) !== 0 : this.hasStart(t.lower);
  }

  /**
   * Longest phrase starting at token i. Tokens must be adjacent except for spaces
   * (a line break is allowed, a blank line is not); hyphens inside words are part of words.
   */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<V> | undefined {
    const first = tokens[i];
    if (!first || (this.bit !== 0 && first.starts !== -1 && (first.starts & this.bit) === 0)) return undefined;
    let node: Node<V> | undefined = this.root;
    let best: PhraseMatch<V> | undefined;
    for (let j = i; j < limit && node?.next; j++) {
      const t = tokens[j];
      if (j > i && t.flags & 16 /* BlankLineBefore */) break;
      node = node.next.get(t.lower);
      if (!node) break;
      if (node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }
}

export function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.kind !== TokenKind.Han)
    .map((t) => t.lower);
}
