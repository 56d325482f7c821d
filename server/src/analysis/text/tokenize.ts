/**
 * Splits a document into word, Han, number and punctuation tokens in one pass over the
 * UTF-16 code units. Whitespace is not a token: it is recorded as flags on the next token.
 * Each token's lower-cased text is interned in a WordTable while it is scanned.
 */
import { CLASS, Char, LOWER, spell, spells } from './characters';
import { codeUnitsOf } from './codeUnits';
import { PACKED_MAX_LENGTH, PACKED_UNIT_LIMIT, packHigh, packLow, packTop } from './packedWords';
import type { Scratch } from './scratch';
import { TokenColumns } from './tokenColumns';
import { WordFactsView, tokensWithFacts } from './tokenFacts';
import { IndexList, TokenFlag, TokenKind, Tokens } from './tokens';
import type { WordTable } from './wordTable';

export type { WordFactsView } from './tokenFacts';
export { IndexList, TokenFlag, TokenKind, Tokens, anyMarked, markTokens, mergeIndices } from './tokens';

/** An apostrophe followed by "s" and no further letter: a possessive. */
function isPossessiveAt(t: Uint16Array, i: number): boolean {
  const s = t[i + 1];
  return (s === 115 || s === 83) && !(CLASS[t[i + 2]] & Char.Letter);
}

/** A word written before a hyphen that is a rank of the title after it ("vice-mayor"). */
function isRankPrefix(t: Uint16Array, start: number, end: number): boolean {
  return spells(t, start, end, 'vice') || spells(t, start, end, 'deputy') || spells(t, start, end, 'executive');
}

/**
 * One pass over the code units. A short ASCII token is packed as it is read (see packedWords.ts) and
 * its id found with the packed words of the table; other tokens, and packed ones new to the table,
 * are spelt once read. The loop over the letters a-z of a word does no more than it must.
 */
export function tokenize(text: string, words: WordTable, facts?: () => WordFactsView, scratch?: Scratch): Tokens {
  const n = text.length;
  const t = codeUnitsOf(text, scratch); // t[n] is 0: no letter, digit, hyphen or apostrophe ends every word
  const columns = new TokenColumns(Math.max(16, n >> 2), scratch);
  let { start: starts, end: ends, kind: kinds, flags: flagsOf, word: wordOf } = columns;
  // module constants are variables once bundled: read through local constants, they are checked once
  const classOf = CLASS;
  const lowerOf = LOWER;
  const capitalized = new IndexList(scratch);
  const han = new IndexList(scratch);
  let count = 0;
  let i = 0;
  let pending = 0; // whitespace flags for the next token
  let newlines = 0;
  let afterWord = false; // the last token is a word read by the word loop: a suffix may follow it
  while (i < n) {
    const c = t[i];
    if (c === 32) {
      // most spaces: told without the class table, no line break to count
      pending |= TokenFlag.SpaceBefore;
      afterWord = false;
      i++;
      continue;
    }
    const cls = classOf[c];
    if (cls & Char.Space) {
      pending |= TokenFlag.SpaceBefore;
      if (c === 10 || c === 0x2028 || c === 0x2029) {
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
      // only the characters other than a-z are counted (the rest of the word is a-z)
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
      if (cls & Char.Upper) {
        flags |= TokenFlag.Capitalized;
        capitalized.push(count);
      }
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
      han.push(count);
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
  return tokensWithFacts(text, words, columns, count, capitalized.toArray(), han.toArray(), facts?.(), scratch);
}
