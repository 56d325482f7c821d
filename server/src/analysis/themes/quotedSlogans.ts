/** Text between two quotes on one line: a slogan, unless it is too short, too long or holds no letter. */
import { WordTrait } from '../knowledge/wordFacts';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import { isWhiteSpace } from '../text/whiteSpace';
import type { ThemeOccurrence } from '../types';

const MAX_QUOTE = 160;
const LETTER = /\p{L}/u;

export function quotedSlogans(tokens: Tokens, text: string): ThemeOccurrence[] {
  // the pairs of quotes first, then the text between them: far apart in a large text, read in loops of their own
  const quotes = tokens.rareWith(WordTrait.Quote);
  const opening = tokens.indexList();
  const closing = tokens.indexList();
  let open = -1; // the opening quote
  for (let q = 0; q < quotes.length; q++) {
    const i = quotes[q];
    if (tokens.kind[i] !== TokenKind.Punct) continue;
    // a line break between two quotes: they are no pair
    for (let j = open + 1; open >= 0 && j <= i; j++) if (tokens.flags[j] & TokenFlag.LineBreakBefore) open = -1;
    if (open < 0) {
      open = i;
      continue;
    }
    opening.push(open);
    closing.push(i);
    open = -1;
  }
  const out: ThemeOccurrence[] = [];
  for (let p = 0; p < opening.count; p++) {
    const start = tokens.end[opening.get(p)];
    const end = tokens.start[closing.get(p)];
    let trimmedStart = start;
    while (trimmedStart < end && isWhiteSpace(text.charCodeAt(trimmedStart))) trimmedStart++;
    let trimmedEnd = end;
    while (trimmedEnd > trimmedStart && isWhiteSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    if (trimmedEnd - trimmedStart < 2 || trimmedEnd - trimmedStart > MAX_QUOTE || !hasLetter(text, start, end)) continue;
    out.push({ start: trimmedStart, end: trimmedEnd, text: text.slice(trimmedStart, trimmedEnd), kind: 'quoted' });
  }
  return out;
}

/** Whether text[start, end) holds a letter (\p{L}): a letter a-z or A-Z is looked for before the regular expression is run. */
function hasLetter(text: string, start: number, end: number): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && LETTER.test(text.slice(start, end));
}
