/**
 * Splits a document into word, Han, number and punctuation tokens in one pass over the
 * UTF-16 code units. Whitespace is not a token: it is recorded as flags on the next token.
 */

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

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  flags: number;
  /** Lower-cased text with ’ normalised to ' (for words and punctuation). */
  lower: string;
  /**
   * Bit set of the vocabulary tries a phrase can start at this token (Knowledge.annotate), so that
   * most lookups are a bit test. -1 (every bit) until annotated: then the tries look the word up.
   */
  starts: number;
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x1d5 || c === 0x1d6 || c === 0x1d8 || c === 0x1da || c === 0x1dc;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatinLetter = (c: number) => isUpper(c) || isLower(c) || (c >= 0x100 && c <= 0x24f);
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x200b || c === 0x202f || c === 0xfeff || c === 11 || c === 12 || c === 0x2028 || c === 0x2029;
const isWordChar = (c: number) => isLatinLetter(c) || isDigit(c);
const APOSTROPHES = new Set([39, 0x2019]);
/** Words written before a hyphen that are ranks of the title after it ("vice-mayor"). */
const RANK_PREFIXES = new Set(['vice', 'deputy', 'executive']);

/** An apostrophe followed by "s" and no further letter: a possessive. */
function isPossessiveAt(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return (s === 115 || s === 83) && !isLatinLetter(text.charCodeAt(i + 2));
}

export function tokenize(text: string, lowerText: string = lowerCaseSameLength(text)): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let pending = 0; // whitespace flags for the next token
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
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
    if (isWordChar(c)) {
      let upper = 0;
      let letters = 0;
      let digit = false;
      let hyphenAfter = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (isDigit(d)) digit = true;
          else {
            letters++;
            if (isUpper(d)) upper++;
          }
          i++;
        } else if (d === 45 /* - */ && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && i > start) {
          // "vice-mayor", "Vice-Governor": the rank is a word of its own, the hyphen a space
          if (RANK_PREFIXES.has(lowerText.slice(start, i))) {
            hyphenAfter = true;
            break;
          }
          i++;
        } else if (APOSTROPHES.has(d) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1))) {
          // "Long'an", "Xi'an", "Ma'anshan": an apostrophe inside a capitalised place name belongs to it;
          // people's -> people + 's, don't -> don + 't (split so that names keep their span)
          if (isUpper(c) && !isPossessiveAt(text, i)) {
            i++;
            continue;
          }
          break;
        } else break;
      }
      if (isUpper(c)) flags |= TokenFlag.Capitalized;
      if (letters > 1 && upper === letters) flags |= TokenFlag.AllCaps;
      if (digit) flags |= TokenFlag.HasDigit;
      tokens.push({ start, end: i, kind: TokenKind.Word, flags, lower: lowerText.slice(start, i), starts: -1 });
      if (hyphenAfter) {
        i++;
        pending = TokenFlag.SpaceBefore;
        continue;
      }
      // possessive or contraction suffix
      if (i < n && APOSTROPHES.has(text.charCodeAt(i)) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1))) {
        const s = i;
        i++;
        while (i < n && isLatinLetter(text.charCodeAt(i))) i++;
        const suffix = "'" + lowerText.slice(s + 1, i);
        tokens.push({ start: s, end: i, kind: suffix === "'s" ? TokenKind.Possessive : TokenKind.Word, flags: 0, lower: suffix, starts: -1 });
      }
      continue;
    }
    if (isHan(c)) {
      while (i < n && isHan(text.charCodeAt(i))) i++;
      tokens.push({ start, end: i, kind: TokenKind.Han, flags, lower: text.slice(start, i), starts: -1 });
      continue;
    }
    // surrogate pairs (emoji...) form one punctuation token so no token splits a pair
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
    const ch = text.slice(start, i);
    tokens.push({ start, end: i, kind: TokenKind.Punct, flags, lower: ch === '\u2019' ? "'" : ch, starts: -1 });
  }
  return tokens;
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

export function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === TokenKind.Word;
}
