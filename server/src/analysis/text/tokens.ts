/**
 * The tokens of a document as a structure of arrays: token i spans text[start[i], end[i]), has a
 * kind, whitespace and case flags, and the id of its lower-cased text in a WordTable. No object per
 * token: the stages read the arrays and test bits.
 */
import type { Scratch } from './scratch';
import type { WordTable } from './wordTable';

export const enum TokenKind {
  Word = 1,
  Han = 2,
  Punct = 3,
  /** A possessive suffix 's / ’s split from the word before it. */
  Possessive = 4,
}

export const enum TokenFlag {
  Capitalized = 1,
  AllCaps = 2,
  SpaceBefore = 4,
  LineBreakBefore = 8,
  BlankLineBefore = 16,
  HasDigit = 32,
}

export class Tokens {
  constructor(
    readonly text: string,
    readonly words: WordTable,
    readonly length: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly kind: Uint8Array,
    readonly flags: Uint8Array,
    /** Id in `words` of the lower-cased text (’ read as ' in punctuation and suffixes). */
    readonly word: Int32Array,
    /** Indices of the capitalised words, ascending: most stages only look at these. */
    readonly capitalized: Int32Array,
    /** Indices of the Han tokens, ascending. */
    readonly han: Int32Array,
    /**
     * Per token, the bit set of the vocabulary tries a phrase can start at (see Knowledge.tokenize);
     * 0 for tokens that are not words.
     */
    readonly starts: Int32Array,
    /** Indices of the tokens whose `starts` is not 0, ascending. */
    readonly vocabulary: Int32Array,
    /**
     * Indices of the tokens whose word has one of the few traits some stages look for on the whole text
     * (courtesy titles, quotes, words holding "congress": see Knowledge.tokenize), ascending.
     */
    readonly rare: Int32Array,
    /** The traits of the words of the rare tokens, rareTraits[r] of token rare[r]: a stage looking for one reads no word. */
    readonly rareTraits: Int32Array,
    /** Where the arrays of this document's analysis come from (see ints and bytes), if anywhere. */
    private readonly scratch?: Scratch,
  ) {}

  /** A zeroed Int32Array for the analysis of this document (memory reused from document to document: never kept after it). */
  ints(n: number, zeroed = true): Int32Array {
    return this.scratch ? this.scratch.ints(n, zeroed) : new Int32Array(n);
  }

  /** A list of indices for the analysis of this document (see ints). */
  indexList(): IndexList {
    return new IndexList(this.scratch);
  }

  /** A zeroed Uint8Array for the analysis of this document (see ints). */
  bytes(n: number): Uint8Array {
    return this.scratch ? this.scratch.bytes(n) : new Uint8Array(n);
  }

  /** The tokens of `rare` whose word has one of `traits`, ascending. */
  rareWith(traits: number): Int32Array {
    const found = this.indexList();
    const { rare, rareTraits } = this;
    for (let r = 0; r < rare.length; r++) if (rareTraits[r] & traits) found.push(rare[r]);
    return found.toArray();
  }

  /** The token after token i and the full stop that may end it ("Ms." -> the token after the "."). */
  afterAbbreviation(i: number): number {
    const next = i + 1;
    return next < this.length && this.end[next] - this.start[next] === 1 && this.text.charCodeAt(this.start[next]) === 46 /* . */ ? next + 1 : next;
  }

  /** The lower-cased text of token i; '' past either end. */
  lower(i: number): string {
    return i >= 0 && i < this.length ? this.words.text(this.word[i]) : '';
  }

  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.length && this.kind[i] === TokenKind.Word;
  }

  /** Flags of token i; 0 past either end. */
  flagsAt(i: number): number {
    return i >= 0 && i < this.length ? this.flags[i] : 0;
  }

  /** The text of tokens [first, end) as written, with what lies between them. */
  slice(first: number, end: number): string {
    return this.text.slice(this.start[first], this.end[end - 1]);
  }
}

/** Sets `bit` in marks[first .. end): token ranges are short, and a loop beats a call to fill() per range. */
export function markTokens(marks: Uint8Array, first: number, end: number, bit = 1): void {
  for (let i = first; i < end; i++) marks[i] |= bit;
}

/** Whether `bit` is set in any of marks[first .. end). */
export function anyMarked(marks: Uint8Array, first: number, end: number, bit = 1): boolean {
  for (let i = first; i < end; i++) if (marks[i] & bit) return true;
  return false;
}

/** A growing list of indices (of tokens, elements...); emptied without giving its room back. */
export class IndexList {
  private items: Int32Array = new Int32Array(16); // 64 bytes: small enough to live in the JS heap
  count = 0;

  /** `scratch`: where more room comes from, when the list lives no longer than the analysis of a document. */
  constructor(private readonly scratch?: Scratch) {}

  get(k: number): number {
    return this.items[k];
  }

  set(k: number, i: number): void {
    this.items[k] = i;
  }

  clear(): void {
    this.count = 0;
  }

  includes(i: number): boolean {
    for (let k = 0; k < this.count; k++) if (this.items[k] === i) return true;
    return false;
  }

  /** The indices as a plain array of their exact size. */
  toNumbers(): number[] {
    const out = new Array<number>(this.count);
    for (let k = 0; k < this.count; k++) out[k] = this.items[k];
    return out;
  }

  push(i: number): void {
    if (this.count === this.items.length) {
      const items = this.scratch ? this.scratch.ints(this.items.length * 2, false) : new Int32Array(this.items.length * 2);
      items.set(this.items);
      this.items = items;
    }
    this.items[this.count++] = i;
  }

  toArray(): Int32Array {
    return this.items.subarray(0, this.count);
  }
}

/** The union of ascending index lists, ascending, each index once (`out` has room for both). */
export function mergeIndices(a: Int32Array, b: Int32Array, out: Int32Array = new Int32Array(a.length + b.length)): Int32Array {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === x) i++;
    if (j < b.length && b[j] === x) j++;
    out[n++] = x;
  }
  return out.subarray(0, n);
}
