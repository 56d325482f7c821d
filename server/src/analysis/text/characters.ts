/**
 * What the tokenizer knows of each UTF-16 code unit: its class (space, letter, digit...) and its
 * lower case; and how the word table spells a token.
 */
export const enum Char {
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
export const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  CLASS[c] = (isSpace(c) ? Char.Space : 0) | (isUpper(c) ? Char.Upper : 0) | (isLatinLetter(c) ? Char.Letter : 0) | (isDigit(c) ? Char.Digit : 0)
    | (isHan(c) ? Char.Han : 0) | (c === 39 || c === 0x2019 ? Char.Apostrophe : 0);
}

/**
 * The lower case of each letter and digit (all below LOWER.length), kept as is where lower-casing
 * changes the length ("İ"), so that a token's offsets stay those of its text.
 */
export const LOWER = new Uint16Array(0x250);
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** The code unit of the lower-cased text of a token, at position k of the text: letters and digits lower-cased, the rest as is. */
export function lowerUnit(t: Uint16Array, k: number): number {
  const d = t[k];
  return CLASS[d] & Char.WordChar ? LOWER[d] : d;
}

/** Whether t[start, end) lower-cased spells `word`. */
export function spells(t: Uint16Array, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (lowerUnit(t, start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether the tokens the word table knows by this spelling are words (TokenKind.Word): those that
 * start with a letter or digit, and the suffixes after a word ("'t", "'ve"; "'s" is a possessive).
 */
export function spellsAWord(word: string): boolean {
  if (CLASS[word.charCodeAt(0)] & Char.WordChar) return true;
  return word.charCodeAt(0) === 39 && word.length >= 2 && word !== "'s";
}

/** The lower-case code units of a token, spelt by `spell` (shared by all calls, grown when a token is longer). */
let units: Uint16Array = new Uint16Array(256);

/**
 * The code units the word table knows the token t[start, end) by, in `units`: lower-cased, and a
 * token that starts with an apostrophe (a suffix, or one written ’) starts with a plain one.
 */
export function spell(t: Uint16Array, start: number, end: number): Uint16Array {
  if (end - start > units.length) units = new Uint16Array(2 * (end - start));
  const u = units;
  u[0] = CLASS[t[start]] & Char.Apostrophe ? 39 : lowerUnit(t, start);
  for (let k = start + 1; k < end; k++) u[k - start] = lowerUnit(t, k);
  return u;
}
