import { TokenFlag, TokenKind, Tokens, tokenize } from './tokenize';
import type { WordTable } from './wordTable';

/** The bit of an edge among 2^16 (8 KB) for the edges of a trie, a few thousand at most: few words pass for an edge they are not. */
const edgeBitOf = (node: number, word: number) => edgeHash(node, word) >>> 16;

/** A hash of the edge from `node` by `word`. */
function edgeHash(node: number, word: number): number {
  return Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
}

/**
 * Word-level trie over lower-cased tokens, for multi-word vocabulary (titles, bodies, theme phrases).
 * Nodes are numbers (0 is the root); the edges (node, word id) -> child live in one hash table while
 * phrases are added, then (see compact) in arrays where the edges of a node are next to each other.
 * The edges of the root are an array by word id (the first word of a phrase is read most).
 */
export class PhraseTrie<V> {
  private readonly values: (V | undefined)[] = [undefined];
  private readonly childCount: number[] = [0];
  private readonly edges = new EdgeTable();
  /** The child of the root by word id, -1 when none. */
  private rootChild = new Int32Array(0);
  /** Once compacted: the edges of node n are (edgeWord[e], edgeChild[e]) for e in firstEdge[n] .. firstEdge[n + 1]. */
  private firstEdge: Int32Array | undefined;
  private edgeWord = new Int32Array(0);
  private edgeChild = new Int32Array(0);
  /**
   * Once compacted: a bit per hash of (node, word), set for every edge. Most words read after a
   * phrase's first word continue no phrase: one bit tells so, without searching the node's edges.
   */
  private edgeBits = new Int32Array(0);
  size = 0;
  /** This trie's bit in Tokens.starts, given by the Knowledge that owns it. */
  bit = 0;

  constructor(private readonly words: WordTable) {}

  /** Adds a phrase, tokenised exactly as documents are. The first value added for a phrase wins. */
  add(phrase: string, value: V): void {
    const ids = phraseWords(phrase, this.words);
    if (ids.length === 0) return;
    this.firstEdge = undefined;
    let node = 0;
    for (const w of ids) {
      let child = this.child(node, w);
      if (child < 0) {
        child = this.values.length;
        this.values.push(undefined);
        this.childCount.push(0);
        this.childCount[node]++;
        if (node === 0) this.setRootChild(w, child);
        else this.edges.set(node, w, child);
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
    return this.child(0, word) >= 0;
  }

  private child(node: number, word: number): number {
    if (node === 0) return word < this.rootChild.length ? this.rootChild[word] : -1;
    const first = this.firstEdge;
    if (!first) return this.edges.get(node, word);
    const bit = edgeBitOf(node, word);
    if ((this.edgeBits[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    // the edges of a node by word, ascending: a few are read one by one, more are searched
    let lo = first[node];
    let hi = first[node + 1];
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      if (this.edgeWord[mid] <= word) lo = mid;
      else hi = mid;
    }
    for (let e = lo; e < hi; e++) if (this.edgeWord[e] === word) return this.edgeChild[e];
    return -1;
  }

  /** Puts the edges of each node next to each other (call once every phrase is added: reading a node's edges then touches one place). */
  compact(): void {
    const nodes = this.values.length;
    const first = new Int32Array(nodes + 1);
    this.edges.forEach((node) => first[node + 1]++);
    for (let n = 0; n < nodes; n++) first[n + 1] += first[n];
    const filled = first.slice(0, nodes);
    this.edgeWord = new Int32Array(first[nodes]);
    this.edgeChild = new Int32Array(first[nodes]);
    this.edgeBits = new Int32Array((1 << 16) >>> 5);
    this.edges.forEach((node, word, child) => {
      const e = filled[node]++;
      this.edgeWord[e] = word;
      this.edgeChild[e] = child;
      const bit = edgeBitOf(node, word);
      this.edgeBits[bit >>> 5] |= 1 << (bit & 31);
    });
    for (let n = 0; n < nodes; n++) sortByWord(this.edgeWord, this.edgeChild, first[n], first[n + 1]);
    this.firstEdge = first;
  }

  private setRootChild(word: number, child: number): void {
    if (word >= this.rootChild.length) {
      const grown = new Int32Array(Math.max(2 * this.rootChild.length, word + 1)).fill(-1);
      grown.set(this.rootChild);
      this.rootChild = grown;
    }
    this.rootChild[word] = child;
  }

  /** Whether a phrase can start at token i: a bit test. */
  startsAt(tokens: Tokens, i: number): boolean {
    return i >= 0 && i < tokens.length && (tokens.starts[i] & this.bit) !== 0;
  }

  /** The value of the phrase found by the last call of `match` that found one. */
  matched!: V;

  /**
   * The longest phrase starting at token i: the index of the token after it, or -1 when there is
   * none; its value is then `matched` (no object per match). Tokens must be adjacent except for
   * spaces (a line break is allowed, a blank line is not); hyphens inside words are part of words.
   */
  match(tokens: Tokens, i: number, limit = tokens.length): number {
    if (i < 0 || i >= tokens.length || i >= limit || (tokens.starts[i] & this.bit) === 0) return -1;
    const first = tokens.word[i];
    let node = first < this.rootChild.length ? this.rootChild[first] : -1;
    if (node < 0) return -1;
    let end = -1;
    let value = this.values[node];
    if (value !== undefined) end = i + 1;
    for (let j = i + 1; j < limit && this.childCount[node] > 0; j++) {
      if (tokens.flags[j] & TokenFlag.BlankLineBefore) break;
      node = this.child(node, tokens.word[j]);
      if (node < 0) break;
      const v = this.values[node];
      if (v !== undefined) {
        end = j + 1;
        value = v;
      }
    }
    if (end >= 0) this.matched = value as V;
    return end;
  }
}

/** Sorts the edges [from, to) by word (insertion sort: a node has a few edges). */
function sortByWord(words: Int32Array, children: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const w = words[i];
    const c = children[i];
    let j = i - 1;
    for (; j >= from && words[j] > w; j--) {
      words[j + 1] = words[j];
      children[j + 1] = children[j];
    }
    words[j + 1] = w;
    children[j + 1] = c;
  }
}

/** The word ids of a phrase, as the tokenizer reads it (Han characters left out). */
export function phraseWords(phrase: string, words: WordTable): number[] {
  const tokens = tokenize(phrase, words);
  const ids: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens.kind[i] !== TokenKind.Han) ids.push(tokens.word[i]);
  return ids;
}

/**
 * Open addressing (linear probing) from (node, word) to child node. Slot s holds node, word and child
 * at 4s, 4s + 1, 4s + 2 (node -1: empty), so that a probe reads one cache line.
 */
class EdgeTable {
  private slots = emptySlots(64);
  private count = 0;

  get(node: number, word: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = slotOf(node, word) & mask; ; slot = (slot + 1) & mask) {
      const n = slots[4 * slot];
      if (n < 0) return -1;
      if (n === node && slots[4 * slot + 1] === word) return slots[4 * slot + 2];
    }
  }

  set(node: number, word: number, child: number): void {
    if ((this.count + 1) * 8 > this.slots.length) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = slotOf(node, word) & mask;
    while (slots[4 * slot] >= 0) slot = (slot + 1) & mask;
    slots[4 * slot] = node;
    slots[4 * slot + 1] = word;
    slots[4 * slot + 2] = child;
    this.count++;
  }

  /** Calls f with every edge. */
  forEach(f: (node: number, word: number, child: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 4) if (slots[at] >= 0) f(slots[at], slots[at + 1], slots[at + 2]);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots(old.length / 2);
    this.count = 0;
    for (let at = 0; at < old.length; at += 4) if (old[at] >= 0) this.set(old[at], old[at + 1], old[at + 2]);
  }
}

/** A table of `slots` empty slots. */
function emptySlots(slots: number): Int32Array {
  const table = new Int32Array(4 * slots);
  for (let at = 0; at < table.length; at += 4) table[at] = -1;
  return table;
}

function slotOf(node: number, word: number): number {
  const h = edgeHash(node, word);
  return h ^ (h >>> 15);
}
