import type { Knowledge } from '../knowledge/knowledge';
import { nameKey } from '../knowledge/nameKey';
import { TokenKind, Tokens } from '../text/tokenize';

/**
 * nameKey of the text of tokens [first, end), built from the keys of their words: on word tokens
 * (Latin letters, digits, hyphens, apostrophes) nameKey works character by character, and it drops
 * the white space between tokens, all but the zero-width space. Other tokens, or a gap holding a
 * zero-width space, take the text itself.
 */
export function tokensNameKey(tokens: Tokens, k: Knowledge, first: number, end: number): string {
  let key = '';
  for (let m = first; m < end; m++) {
    if (tokens.kind[m] !== TokenKind.Word) return nameKey(tokens.slice(first, end));
    if (m > first) {
      for (let c = tokens.end[m - 1]; c < tokens.start[m]; c++) {
        if (tokens.text.charCodeAt(c) === 0x200b) return nameKey(tokens.slice(first, end));
      }
    }
    key += k.facts.nameKey(tokens.word[m]);
  }
  return key;
}
