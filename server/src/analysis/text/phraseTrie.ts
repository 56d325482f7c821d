import { TokenFlag, TokenKind, Tokens, tokenize } from './tokenize';
import type { WordTable } from './wordTable';

export interface PhraseMatch<V> {
  /** Index of the token after the match. */
  end: number;
  value: V;
}

/**
 * Word-level trie over lower-cased tokens, for multi-word vocabulary (titles, bodies, theme phrases).
 * Nodes are numbers (0 is the root); the edges (node, word id) -> child live in one hash table.
 */
export class PhraseTrie<V> {
  private readonly values: (V | undefined)[] = [undefined];
  private readonly childCount: number[] = [0];
  private readonly edges = new EdgeTable();
  size = 0;
  /** This trie's bit in Tokens.starts, given by the Knowledge that owns it. */
  bit = 0;

  constructor(private readonly words: WordTable) {}

  /** Adds a phrase, tokenised exactly as documents are. The first value added for a phrase wins. */
  add(phrase: string, value: V): void {
    const ids = phraseWords(phrase, this.words);
    if (ids.length === 0) return;
    let node = 0;
    for (const w of ids) {
      let child = this.edges.get(node, w);
      if (child < 0) {
        child = this.values.length;
        this.values.push(undefined);
        this.childCount.push(0);
        this.childCount[node]++;
        this.edges.set(node, w, child);
      }
      node = child;
    }
    if (this.values[node] === undefined) {
      this.values[node] = value;
      this.size++;
    }
  }

  /** Whether a phrase starts with this word. */
  hasStart(word: number): boolean {
    return this.edges.get(0, word) >= 0;
  }

  /** Whether a phrase can start at token i: a bit test. */
  startsAt(tokens: Tokens, i: number): boolean {
    return i >= 0 && i < tokens.length && (tokens.starts[i] & this.bit) !== 0;
  }

  /**
   * Longest phrase starting at token i. Tokens must be adjacent except for spaces
   * (a line break is allowed, a blank line is not); hyphens inside words are part of words.
   */
  longest(tokens: Tokens, i: number, limit = tokens.length): PhraseMatch<V> | undefined {
    if (i < 0 || i >= tokens.length || (tokens.starts[i] & this.bit) === 0) return undefined;
    let node = 0;
    let best: PhraseMatch<V> | undefined;
    for (let j = i; j < limit && this.childCount[node] > 0; j++) {
      if (j > i && tokens.flags[j] & TokenFlag.BlankLineBefore) break;
      node = this.edges.get(node, tokens.word[j]);
      if (node < 0) break;
      const value = this.values[node];
      if (value !== undefined) best = { end: j + 1, value };
    }
    return best;
  }
}

/** The word ids of a phrase, as the tokenizer reads it (Han characters left out). */
export function phraseWords(phrase: string, words: WordTable): number[] {
  const tokens = tokenize(phrase, words);
  const ids: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens.kind[i] !== TokenKind.Han) ids.push(tokens.word[i]);
  return ids;
}

/** Open addressing (linear probing) from (node, word) to child node. */
class EdgeTable {
  private nodes = new Int32Array(64).fill(-1);
  private words = new Int32Array(64);
  private children = new Int32Array(64);
  private count = 0;

  get(node: number, word: number): number {
    const mask = this.nodes.length - 1;
    for (let slot = slotOf(node, word) & mask; ; slot = (slot + 1) & mask) {
      const n = this.nodes[slot];
      if (n < 0) return -1;
      if (n === node && this.words[slot] === word) return this.children[slot];
    }
  }

  set(node: number, word: number, child: number): void {
    if ((this.count + 1) * 2 > this.nodes.length) this.grow();
    const mask = this.nodes.length - 1;
    let slot = slotOf(node, word) & mask;
    while (this.nodes[slot] >= 0) slot = (slot + 1) & mask;
    this.nodes[slot] = node;
    this.words[slot] = word;
    this.children[slot] = child;
    this.count++;
  }

  private grow(): void {
    const { nodes, words, children } = this;
    this.nodes = new Int32Array(nodes.length * 2).fill(-1);
    this.words = new Int32Array(nodes.length * 2);
    this.children = new Int32Array(nodes.length * 2);
    this.count = 0;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] >= 0) this.set(nodes[slot], words[slot], children[slot]);
  }
}

function slotOf(node: number, word: number): number {
  const h = Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
