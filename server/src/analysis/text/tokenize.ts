/**
 * Splits a document into word, Han, number and punctuation tokens in one pass over the
 * UTF-16 code units. Whitespace is not a token: it is recorded as flags on the next token.
 * Each token's lower-cased text is interned in a WordTable while it is scanned.
 */
import type { Scratch } from './scratch';
import { IndexList, TokenFlag, TokenKind, Tokens } from './tokens';
import { HASH_START, WordTable, hashStep } from './wordTable';

export { IndexList, TokenFlag, TokenKind, Tokens, anyMarked, markTokens, mergeIndices } from './tokens';

/**
 * The facts of the words of the table that the tokenizer copies to each token it reads (Tokens.starts,
 * vocabulary and rare), for the words whose facts are known: ids below `known`. A word new to the
 * table starts no phrase; whether it has a rare trait is for the caller to see to once it knows.
 */
export interface WordFactsView {
  known: number;
  /** Per word id, the vocabulary tries a phrase can start at (bits). */
  starts: Int32Array;
  /** Per word id, its traits (bits). */
  traits: Int32Array;
  /** The traits of the words whose tokens are listed in Tokens.rare. */
  rareTraits: number;
}

const enum Char {
  Space = 1,
  Upper = 2,
  /** A Latin letter (upper or lower case, Latin-1 and Latin Extended-A/B). */
  Letter = 4,
  Digit = 8,
  Han = 16,
  Apostrophe = 32,
  WordChar = Letter | Digit,
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x1d5 || c === 0x1d6 || c === 0x1d8 || c === 0x1da || c === 0x1dc;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatinLetter = (c: number) => isUpper(c) || isLower(c) || (c >= 0x100 && c <= 0x24f);
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x200b || c === 0x202f || c === 0xfeff || c === 11 || c === 12 || c === 0x2028 || c === 0x2029;

/** Character classes of every UTF-16 code unit, so that the scan tests one byte per character. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  CLASS[c] = (isSpace(c) ? Char.Space : 0) | (isUpper(c) ? Char.Upper : 0) | (isLatinLetter(c) ? Char.Letter : 0) | (isDigit(c) ? Char.Digit : 0)
    | (isHan(c) ? Char.Han : 0) | (c === 39 || c === 0x2019 ? Char.Apostrophe : 0);
}

/** An apostrophe followed by "s" and no further letter: a possessive. */
function isPossessiveAt(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return (s === 115 || s === 83) && !(CLASS[text.charCodeAt(i + 2)] & Char.Letter);
}

/** Collects tokens into growing typed arrays, with what the facts of their words say of them (see WordFactsView). */
class TokenArrays {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  word: Int32Array;
  starts: Int32Array;
  readonly capitalized: IndexList;
  readonly han: IndexList;
  readonly vocabulary: IndexList;
  readonly rare: IndexList;

  constructor(capacity: number, private readonly facts?: WordFactsView, private readonly scratch?: Scratch) {
    this.capitalized = new IndexList(scratch);
    this.han = new IndexList(scratch);
    this.vocabulary = new IndexList(scratch);
    this.rare = new IndexList(scratch);
    this.start = this.ints(capacity);
    this.end = this.ints(capacity);
    this.kind = this.bytes(capacity);
    this.flags = this.bytes(capacity);
    this.word = this.ints(capacity);
    this.starts = this.ints(capacity);
  }

  // every token is written before it is read: no need to zero what comes from the scratch memory
  private ints(n: number): Int32Array {
    return this.scratch ? this.scratch.ints(n, false) : new Int32Array(n);
  }

  private bytes(n: number): Uint8Array {
    return this.scratch ? this.scratch.bytes(n, false) : new Uint8Array(n);
  }

  push(start: number, end: number, kind: TokenKind, flags: number, word: number): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.word[i] = word;
    let starts = 0;
    const facts = this.facts;
    if (facts && word < facts.known) {
      if (facts.traits[word] & facts.rareTraits) this.rare.push(i);
      if (kind === TokenKind.Word) starts = facts.starts[word];
    }
    this.starts[i] = starts;
    if (starts !== 0) this.vocabulary.push(i);
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, this.ints(size));
    this.end = copy(this.end, this.ints(size));
    this.kind = copy(this.kind, this.bytes(size));
    this.flags = copy(this.flags, this.bytes(size));
    this.word = copy(this.word, this.ints(size));
    this.starts = copy(this.starts, this.ints(size));
  }
}

/** The lower-case code units of the token being scanned (shared by all calls, grown when a token is longer). */
let units: Uint16Array = new Uint16Array(256);

function grownUnits(): Uint16Array {
  const grown = new Uint16Array(units.length * 2);
  grown.set(units);
  return (units = grown);
}

/** Whether u[0 .. length) spells `word`. */
function spells(u: Uint16Array, length: number, word: string): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (u[k] !== word.charCodeAt(k)) return false;
  return true;
}

/** A word written before a hyphen that is a rank of the title after it ("vice-mayor"). */
function isRankPrefix(u: Uint16Array, length: number): boolean {
  return spells(u, length, 'vice') || spells(u, length, 'deputy') || spells(u, length, 'executive');
}

/**
 * One pass over the code units. The spelling of the token being read is kept in `units`, with its
 * length and hash in local variables: the loop over the letters of a word does no more than it must.
 */
export function tokenize(text: string, words: WordTable, facts?: WordFactsView, scratch?: Scratch): Tokens {
  const out = new TokenArrays(Math.max(16, text.length >> 2), facts, scratch);
  const n = text.length;
  /** The text lower-cased by lowerCaseSameLength, for code units outside ASCII (made only when one is met). */
  let lowerText: string | undefined;
  let u = units;
  let i = 0;
  let pending = 0; // whitespace flags for the next token
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls & Char.Space) {
      pending |= TokenFlag.SpaceBefore;
      if (c === 10 || c === 0x2028 || c === 0x2029) {
        newlines++;
        pending |= newlines >= 2 ? TokenFlag.LineBreakBefore | TokenFlag.BlankLineBefore : TokenFlag.LineBreakBefore;
      } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
        newlines++;
        pending |= TokenFlag.LineBreakBefore;
      }
      i++;
      continue;
    }
    const start = i;
    let flags = pending;
    pending = 0;
    newlines = 0;
    let length = 0;
    let hash = HASH_START;
    if (cls & Char.WordChar) {
      let upper = 0;
      let letters = 0;
      let digit = false;
      let hyphenAfter = false;
      while (i < n) {
        let d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) letters++; // a-z, most of the text: stored as is
        else {
          const dc = CLASS[d];
          if (dc & Char.WordChar) {
            if (dc & Char.Digit) digit = true;
            else {
              letters++;
              if (dc & Char.Upper) upper++;
            }
            if (d >= 128) d = (lowerText ??= lowerCaseSameLength(text)).charCodeAt(i);
            else if (d >= 65 && d <= 90) d += 32;
          } else if (d === 45 /* - */ && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.WordChar && i > start) {
            // "vice-mayor", "Vice-Governor": the rank is a word of its own, the hyphen a space
            if (isRankPrefix(u, length)) {
              hyphenAfter = true;
              break;
            }
          } else if (dc & Char.Apostrophe && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.Letter) {
            // "Long'an", "Xi'an", "Ma'anshan": an apostrophe inside a capitalised place name belongs to it (as written);
            // people's -> people + 's, don't -> don + 't (split so that names keep their span)
            if (!(cls & Char.Upper) || isPossessiveAt(text, i)) break;
          } else break;
        }
        if (length === u.length) u = grownUnits();
        u[length++] = d;
        hash = hashStep(hash, d);
        i++;
      }
      if (cls & Char.Upper) flags |= TokenFlag.Capitalized;
      if (letters > 1 && upper === letters) flags |= TokenFlag.AllCaps;
      if (digit) flags |= TokenFlag.HasDigit;
      if (flags & TokenFlag.Capitalized) out.capitalized.push(out.count);
      out.push(start, i, TokenKind.Word, flags, words.intern(u, length, hash));
      if (hyphenAfter) {
        i++;
        pending = TokenFlag.SpaceBefore;
        continue;
      }
      // possessive or contraction suffix, written with a plain apostrophe
      if (i < n && CLASS[text.charCodeAt(i)] & Char.Apostrophe && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.Letter) {
        const from = i;
        u[0] = 39;
        length = 1;
        hash = hashStep(HASH_START, 39);
        i++;
        for (let d = text.charCodeAt(i); i < n && CLASS[d] & Char.Letter; d = text.charCodeAt(++i)) {
          if (d >= 128) d = (lowerText ??= lowerCaseSameLength(text)).charCodeAt(i);
          else if (d >= 65 && d <= 90) d += 32;
          if (length === u.length) u = grownUnits();
          u[length++] = d;
          hash = hashStep(hash, d);
        }
        const possessive = length === 2 && u[1] === 115; /* 's */
        out.push(from, i, possessive ? TokenKind.Possessive : TokenKind.Word, 0, words.intern(u, length, hash));
      }
      continue;
    }
    if (cls & Char.Han) {
      for (let d = c; i < n && CLASS[d] & Char.Han; d = text.charCodeAt(++i)) {
        if (length === u.length) u = grownUnits();
        u[length++] = d;
        hash = hashStep(hash, d);
      }
      out.han.push(out.count);
      out.push(start, i, TokenKind.Han, flags, words.intern(u, length, hash));
      continue;
    }
    // surrogate pairs (emoji...) form one punctuation token so no token splits a pair
    const p = c === 0x2019 ? 39 : c;
    u[0] = p;
    length = 1;
    hash = hashStep(HASH_START, p);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        u[1] = d;
        length = 2;
        hash = hashStep(hash, d);
        i += 2;
      } else i++;
    } else i++;
    out.push(start, i, TokenKind.Punct, flags, words.intern(u, length, hash));
  }
  return new Tokens(text, words, out.count, out.start, out.end, out.kind, out.flags, out.word, out.capitalized.toArray(), out.han.toArray(),
    out.starts, out.vocabulary.toArray(), out.rare.toArray(), scratch);
}

/** Lower-cases the text, keeping every index valid (falls back per character when a case mapping changes length). */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i].toLowerCase();
    out += l.length === 1 ? l : text[i];
  }
  return out;
}
