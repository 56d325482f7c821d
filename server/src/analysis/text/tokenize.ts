/**
 * Splits a document into word, Han, number and punctuation tokens in one pass over the
 * UTF-16 code units. Whitespace is not a token: it is recorded as flags on the next token.
 * Each token's lower-cased text is interned in a WordTable while it is scanned.
 */
import { IndexList, TokenFlag, TokenKind, Tokens } from './tokens';
import { HASH_START, WordTable, hashStep } from './wordTable';

export { IndexList, TokenFlag, TokenKind, Tokens, anyMarked, markTokens, mergeIndices } from './tokens';

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

/** Collects tokens into growing typed arrays. */
class TokenArrays {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  word: Int32Array;
  readonly capitalized = new IndexList();
  readonly han = new IndexList();

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.word = new Int32Array(capacity);
  }

  push(start: number, end: number, kind: TokenKind, flags: number, word: number): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.word[i] = word;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.kind = copy(this.kind, new Uint8Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
    this.word = copy(this.word, new Int32Array(size));
  }
}

/** The lower-case code units of the token being scanned, and their hash. */
class Spelling {
  units = new Uint16Array(256);
  length = 0;
  hash = HASH_START;
  /** The text lower-cased by lowerCaseSameLength, for code units outside ASCII (made only when one is met). */
  private lowerText: string | undefined;

  reset(): void {
    this.length = 0;
    this.hash = HASH_START;
  }

  startDocument(): void {
    this.lowerText = undefined;
  }

  add(code: number): void {
    if (this.length === this.units.length) {
      const units = new Uint16Array(this.units.length * 2);
      units.set(this.units);
      this.units = units;
    }
    this.units[this.length++] = code;
    this.hash = hashStep(this.hash, code);
  }

  /** Adds text[i] lower-cased. */
  addLower(text: string, i: number, code: number): void {
    if (code < 128) this.add(code >= 65 && code <= 90 ? code + 32 : code);
    else this.add((this.lowerText ??= lowerCaseSameLength(text)).charCodeAt(i));
  }

  is(word: string): boolean {
    if (word.length !== this.length) return false;
    for (let k = 0; k < word.length; k++) if (this.units[k] !== word.charCodeAt(k)) return false;
    return true;
  }

  /** A word written before a hyphen that is a rank of the title after it ("vice-mayor"). */
  isRankPrefix(): boolean {
    return this.is('vice') || this.is('deputy') || this.is('executive');
  }
}

const spelling = new Spelling();

export function tokenize(text: string, words: WordTable): Tokens {
  const out = new TokenArrays(Math.max(16, text.length >> 2));
  const n = text.length;
  const s = spelling;
  s.startDocument();
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
    s.reset();
    if (cls & Char.WordChar) {
      let upper = 0;
      let letters = 0;
      let digit = false;
      let hyphenAfter = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = CLASS[d];
        if (dc & Char.WordChar) {
          if (dc & Char.Digit) digit = true;
          else {
            letters++;
            if (dc & Char.Upper) upper++;
          }
          s.addLower(text, i, d);
          i++;
        } else if (d === 45 /* - */ && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.WordChar && i > start) {
          // "vice-mayor", "Vice-Governor": the rank is a word of its own, the hyphen a space
          if (s.isRankPrefix()) {
            hyphenAfter = true;
            break;
          }
          s.add(45);
          i++;
        } else if (dc & Char.Apostrophe && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.Letter) {
          // "Long'an", "Xi'an", "Ma'anshan": an apostrophe inside a capitalised place name belongs to it;
          // people's -> people + 's, don't -> don + 't (split so that names keep their span)
          if (cls & Char.Upper && !isPossessiveAt(text, i)) {
            s.add(d);
            i++;
            continue;
          }
          break;
        } else break;
      }
      if (cls & Char.Upper) flags |= TokenFlag.Capitalized;
      if (letters > 1 && upper === letters) flags |= TokenFlag.AllCaps;
      if (digit) flags |= TokenFlag.HasDigit;
      if (flags & TokenFlag.Capitalized) out.capitalized.push(out.count);
      out.push(start, i, TokenKind.Word, flags, words.intern(s.units, s.length, s.hash));
      if (hyphenAfter) {
        i++;
        pending = TokenFlag.SpaceBefore;
        continue;
      }
      // possessive or contraction suffix, written with a plain apostrophe
      if (i < n && CLASS[text.charCodeAt(i)] & Char.Apostrophe && i + 1 < n && CLASS[text.charCodeAt(i + 1)] & Char.Letter) {
        const from = i;
        s.reset();
        s.add(39);
        i++;
        for (let d = text.charCodeAt(i); i < n && CLASS[d] & Char.Letter; d = text.charCodeAt(++i)) s.addLower(text, i, d);
        out.push(from, i, s.is("'s") ? TokenKind.Possessive : TokenKind.Word, 0, words.intern(s.units, s.length, s.hash));
      }
      continue;
    }
    if (cls & Char.Han) {
      while (i < n && CLASS[text.charCodeAt(i)] & Char.Han) s.add(text.charCodeAt(i++));
      out.han.push(out.count);
      out.push(start, i, TokenKind.Han, flags, words.intern(s.units, s.length, s.hash));
      continue;
    }
    // surrogate pairs (emoji...) form one punctuation token so no token splits a pair
    s.add(c === 0x2019 ? 39 : c);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        s.add(d);
        i += 2;
      } else i++;
    } else i++;
    out.push(start, i, TokenKind.Punct, flags, words.intern(s.units, s.length, s.hash));
  }
  s.startDocument();
  return new Tokens(text, words, out.count, out.start, out.end, out.kind, out.flags, out.word, out.capitalized.toArray(), out.han.toArray());
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
