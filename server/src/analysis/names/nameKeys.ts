import type { Knowledge } from '../knowledge/knowledge';
import { nameKey } from '../knowledge/nameKey';
import { TokenKind, Tokens } from '../text/tokenize';

/** Whether the key of tokens [first, end) is made of the keys of their words alone. */
function keyedByWords(tokens: Tokens, first: number, end: number): boolean {
  for (let m = first; m < end; m++) {
    if (tokens.kind[m] !== TokenKind.Word) return false;
    if (m > first) {
      for (let c = tokens.end[m - 1]; c < tokens.start[m]; c++) if (tokens.text.charCodeAt(c) === 0x200b) return false;
    }
  }
  return true;
}

function keyOfWords(tokens: Tokens, k: Knowledge, first: number, end: number): string {
  let key = '';
  for (let m = first; m < end; m++) key += k.facts.nameKey(tokens.word[m]);
  return key;
}

/**
 * nameKey of the text of tokens, for the names of one document. The key of word tokens (Latin
 * letters, digits, hyphens, apostrophes) is made of the keys of their words: nameKey works character
 * by character, and it drops the white space between tokens, all but the zero-width space. Other
 * tokens, or a gap holding a zero-width space, take the text itself.
 *
 * A report names the same persons again and again: names written with the same words share one key
 * string, so that the many name candidates keep no string of their own.
 */
export class NameKeys {
  /**
   * The keys made last, by a hash of their words (a slot holds one key: a later key of its hash takes
   * its place), with the tokens [first, end) of the name each was made for.
   */
  private readonly keys = new Array<string | undefined>(SLOTS);
  private readonly firsts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    private readonly tokens: Tokens,
    private readonly k: Knowledge,
  ) {
    this.firsts = tokens.ints(SLOTS, false);
    this.ends = tokens.ints(SLOTS, false);
  }

  /** The key of tokens [first, end). */
  of(first: number, end: number): string {
    const { tokens } = this;
    if (!keyedByWords(tokens, first, end)) return nameKey(tokens.slice(first, end));
    const word = tokens.word;
    let hash = end - first;
    for (let m = first; m < end; m++) hash = Math.imul(hash ^ word[m], 0x01000193);
    const slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    const made = this.keys[slot];
    if (made !== undefined && sameWords(word, this.firsts[slot], this.ends[slot], first, end)) return made;
    const key = keyOfWords(tokens, this.k, first, end);
    this.keys[slot] = key;
    this.firsts[slot] = first;
    this.ends[slot] = end;
    return key;
  }
}

/** Enough for the persons of most documents (a document naming more shares the keys of fewer). */
const SLOTS = 4096;

function sameWords(word: Int32Array, aFirst: number, aEnd: number, bFirst: number, bEnd: number): boolean {
  if (aEnd - aFirst !== bEnd - bFirst) return false;
  for (let m = 0; m < aEnd - aFirst; m++) if (word[aFirst + m] !== word[bFirst + m]) return false;
  return true;
}
