/**
 * Splits a document into word, Han, number and punctuation tokens in one pass over the
 * UTF-16 code units. Whitespace is not a token: it is recorded as flags on the next token.
 * Each token's lower-cased text is interned in a WordTable while it is scanned.
 */
import { codeUnitsOf } from './codeUnits';
import { PACKED_MAX_LENGTH, PACKED_UNIT_LIMIT, packHigh, packLow, packTop } from './packedWords';
import type { Scratch } from './scratch';
import { TokenColumns } from './tokenColumns';
import { WordFactsView, tokensWithFacts } from './tokenFacts';
import { TokenFlag, TokenKind, Tokens } from './tokens';
import type { WordTable } from './wordTable';

export type { WordFactsView } from './tokenFacts';
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

/**
 * The lower case of each letter and digit (all below LOWER.length), kept as is where lower-casing
 * changes the length ("İ"): what lowerCaseSameLength gives for these characters, without lower-casing
 * the whole text.
 */
const LOWER = new Uint16Array(0x250);
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** An apostrophe followed by "s" and no further letter: a possessive. */
function isPossessiveAt(t: Uint16Array, i: number): boolean {
  const s = t[i + 1];
  return (s === 115 || s === 83) && !(CLASS[t[i + 2]] & Char.Letter);
}

/** The code unit of the lower-cased text of a token, at position k of the text: letters and digits lower-cased, the rest as is. */
function lowerUnit(t: Uint16Array, k: number): number {
  const d = t[k];
  return CLASS[d] & Char.WordChar ? LOWER[d] : d;
}

/** Whether t[start, end) lower-cased spells `word`. */
function spells(t: Uint16Array, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (lowerUnit(t, start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** A word written before a hyphen that is a rank of the title after it ("vice-mayor"). */
function isRankPrefix(t: Uint16Array, start: number, end: number): boolean {
  return spells(t, start, end, 'vice') || spells(t, start, end, 'deputy') || spells(t, start, end, 'executive');
}

/** The lower-case code units of a token, spelt by `spell` (shared by all calls, grown when a token is longer). */
let units: Uint16Array = new Uint16Array(256);

/**
 * The code units the word table knows the token t[start, end) by, in `units`: lower-cased, and a
 * token that starts with an apostrophe (a suffix, or one written ’) starts with a plain one.
 */
function spell(t: Uint16Array, start: number, end: number): Uint16Array {
  if (end - start > units.length) units = new Uint16Array(2 * (end - start));
  const u = units;
  u[0] = CLASS[t[start]] & Char.Apostrophe ? 39 : lowerUnit(t, start);
  for (let k = start + 1; k < end; k++) u[k - start] = lowerUnit(t, k);
  return u;
}

/**
 * One pass over the code units. A short ASCII token is packed as it is read (see packedWords.ts) and
 * its id found with the packed words of the table; other tokens, and packed ones new to the table,
 * are spelt once read. The loop over the letters a-z of a word does no more than it must.
 */
export function tokenize(text: string, words: WordTable, facts?: WordFactsView, scratch?: Scratch): Tokens {
  const n = text.length;
  const t = codeUnitsOf(text, scratch); // t[n] is 0: no letter, digit, hyphen or apostrophe ends every word
  const columns = new TokenColumns(Math.max(16, n >> 2), scratch);
  let { start: starts, end: ends, kind: kinds, flags: flagsOf, word: wordOf } = columns;
  // module constants are variables once bundled: read through local constants, they are checked once
  const classOf = CLASS;
  const lowerOf = LOWER;
  let count = 0;
  let i = 0;
  let pending = 0; // whitespace flags for the next token
  let newlines = 0;
  let afterWord = false; // the last token is a word read by the word loop: a suffix may follow it
  while (i < n) {
    const c = t[i];
    const cls = classOf[c];
    if (cls & Char.Space) {
      pending |= TokenFlag.SpaceBefore;
      if (c === 32) {
        // most spaces: no line break to count
      } else if (c === 10 || c === 0x2028 || c === 0x2029) {
        newlines++;
        pending |= newlines >= 2 ? TokenFlag.LineBreakBefore | TokenFlag.BlankLineBefore : TokenFlag.LineBreakBefore;
      } else if (c === 13 && t[i + 1] !== 10) {
        newlines++;
        pending |= TokenFlag.LineBreakBefore;
      }
      afterWord = false;
      i++;
      continue;
    }
    const start = i;
    let flags = pending;
    let kind: TokenKind;
    let end: number;
    pending = 0;
    newlines = 0;
    let top = 0;
    let high = 0;
    let low = 0;
    let wide = 0; // the code units other than a-z or-ed: PACKED_UNIT_LIMIT or more when one is not packable
    if (cls & Char.WordChar) {
      // only the other characters than a-z are counted: a-z are the units that are not
      let others = 0;
      let upper = 0;
      let lowerOthers = 0;
      let digit = false;
      let hyphenAfter = false;
      for (;;) {
        // a-z, most of the text: packed as they are, in a loop of their own that calls nothing
        let d = t[i];
        while (d >= 97 && d <= 122) {
          top = packTop(top, high);
          high = packHigh(high, low);
          low = packLow(low, d);
          d = t[++i];
        }
        if (d === 32) break; // the usual end of a word, told without the class table
        const dc = classOf[d];
        if (dc & Char.WordChar) {
          if (dc & Char.Digit) digit = true;
          else if (dc & Char.Upper) upper++;
          else lowerOthers++;
          d = lowerOf[d];
        } else if (d === 45 /* - */ && i + 1 < n && classOf[t[i + 1]] & Char.WordChar) {
          // "vice-mayor", "Vice-Governor": the rank is a word of its own, the hyphen a space
          if (isRankPrefix(t, start, i)) {
            hyphenAfter = true;
            break;
          }
        } else if (dc & Char.Apostrophe && i + 1 < n && classOf[t[i + 1]] & Char.Letter) {
          // "Long'an", "Xi'an", "Ma'anshan": an apostrophe inside a capitalised place name belongs to it (as written);
          // people's -> people + 's, don't -> don + 't (split so that names keep their span)
          if (!(cls & Char.Upper) || isPossessiveAt(t, i)) break;
        } else break;
        others++;
        wide |= d;
        top = packTop(top, high);
        high = packHigh(high, low);
        low = packLow(low, d);
        i++;
      }
      if (cls & Char.Upper) flags |= TokenFlag.Capitalized;
      if (upper > 1 && lowerOthers === 0 && others === i - start) flags |= TokenFlag.AllCaps;
      if (digit) flags |= TokenFlag.HasDigit;
      kind = TokenKind.Word;
      afterWord = !hyphenAfter;
      end = i;
      if (hyphenAfter) {
        i++;
        pending = TokenFlag.SpaceBefore;
      }
    } else if (afterWord && cls & Char.Apostrophe && i + 1 < n && classOf[t[i + 1]] & Char.Letter) {
      // possessive or contraction suffix right after a word, written with a plain apostrophe
      low = 39;
      i++;
      for (let d = t[i]; classOf[d] & Char.Letter; d = t[++i]) {
        const l = lowerOf[d];
        top = packTop(top, high);
        high = packHigh(high, low);
        low = packLow(low, l);
        wide |= l;
      }
      kind = i - start === 2 && lowerOf[t[start + 1]] === 115 /* 's */ ? TokenKind.Possessive : TokenKind.Word;
      afterWord = false;
      end = i;
    } else if (cls & Char.Han) {
      for (let d = c; classOf[d] & Char.Han; d = t[++i]);
      wide = c;
      kind = TokenKind.Han;
      afterWord = false;
      end = i;
    } else {
      // surrogate pairs (emoji...) form one punctuation token so no token splits a pair
      low = c === 0x2019 ? 39 : c;
      wide = low === 0 ? PACKED_UNIT_LIMIT : low; // no packed word is 0
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < n && t[i] >= 0xdc00 && t[i] <= 0xdfff) i++;
      kind = TokenKind.Punct;
      afterWord = false;
      end = i;
    }
    const length = end - start;
    let id = length <= PACKED_MAX_LENGTH && wide < PACKED_UNIT_LIMIT ? words.packedId(top, high, low) : -1;
    if (id < 0) id = words.intern(spell(t, start, end), length) | 0; // (| 0: the id stays a small integer for the compiler)
    if (count === starts.length) {
      columns.grow();
      ({ start: starts, end: ends, kind: kinds, flags: flagsOf, word: wordOf } = columns);
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    flagsOf[count] = flags;
    wordOf[count] = id;
    count++;
  }
  return tokensWithFacts(text, words, columns, count, facts, scratch);
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
