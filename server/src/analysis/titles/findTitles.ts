/** Titles in document order: where a title word (or a place before a title word) starts one, outside names. */
import type { Knowledge } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens, anyMarked } from '../text/tokenize';
import { ParsedTitle, parseBylineLabelAt, parseTitleAt } from './parseTitle';

/** `inName[i]` is 1 for the tokens of the name candidates found so far. */
export function findTitles(tokens: Tokens, text: string, k: Knowledge, inName: Uint8Array): ParsedTitle[] {
  const out: ParsedTitle[] = [];
  const { kind, flags, starts } = tokens;
  const titleStart = k.posts.bit | k.ranks.bit | k.statuses.bit | k.levels.bit | k.bodies.bit | k.groupLabels.bit | k.bylineLabels.bit;
  const levelOrBody = k.levels.bit | k.bodies.bit;
  let next = 0; // the first token after the last title
  const titleAt = (i: number): void => {
    if (i < next || kind[i] !== TokenKind.Word || inName[i]) return;
    let parsed = parseTitleAt(tokens, i, k, text);
    if (parsed && anyMarked(inName, parsed.first, parsed.end)) parsed = undefined;
    if (!parsed && flags[i] & TokenFlag.Capitalized) parsed = parseBylineLabelAt(tokens, i, k);
    if (!parsed) return;
    out.push(parsed);
    next = parsed.end;
  };
  // a title starts at a vocabulary word, or at the token before one
  const vocabulary = tokens.vocabulary;
  for (let v = 0; v < vocabulary.length; v++) {
    const i = vocabulary[v];
    // outside the title vocabulary, only a capitalised place before a level or body word ("Hunan Provincial ...") opens a title
    const place = i - 1;
    const placeTriedAlready = v > 0 && vocabulary[v - 1] === place && (starts[place] & titleStart) !== 0;
    // ... and a place before a rank or post ("Fengbei mayor": parseTitleAt takes it only before a head of government)
    if (starts[i] & (levelOrBody | k.ranks.bit | k.posts.bit) && place >= 0 && !placeTriedAlready && flags[place] & TokenFlag.Capitalized) titleAt(place);
    if (starts[i] & titleStart) titleAt(i);
  }
  return out;
}
