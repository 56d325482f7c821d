/** Titles in document order: where a title word (or a place before a level or body word) starts one, outside names. */
import type { Knowledge } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens, anyMarked, mergeIndices } from '../text/tokenize';
import { ParsedTitle, parseBylineLabelAt, parseTitleAt } from './parseTitle';

/** `inName[i]` is 1 for the tokens of the name candidates found so far. */
export function findTitles(tokens: Tokens, text: string, k: Knowledge, inName: Uint8Array): ParsedTitle[] {
  const out: ParsedTitle[] = [];
  const { kind, flags, starts } = tokens;
  const titleStart = k.posts.bit | k.ranks.bit | k.statuses.bit | k.levels.bit | k.bodies.bit | k.groupLabels.bit | k.bylineLabels.bit;
  const levelOrBody = k.levels.bit | k.bodies.bit;
  let next = 0; // the first token after the last title
  const candidates = mergeIndices(tokens.vocabulary, tokens.capitalized, tokens.ints(tokens.vocabulary.length + tokens.capitalized.length, false));
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c];
    if (i < next || kind[i] !== TokenKind.Word || inName[i]) continue;
    // outside the vocabulary, only a capitalised place before a level or body word ("Hunan Provincial ...") opens a title
    if (!(starts[i] & titleStart) && !(flags[i] & TokenFlag.Capitalized && i + 1 < tokens.length && starts[i + 1] & levelOrBody)) continue;
    let parsed = parseTitleAt(tokens, i, k, text);
    if (parsed && anyMarked(inName, parsed.first, parsed.end)) parsed = undefined;
    if (!parsed && flags[i] & TokenFlag.Capitalized) parsed = parseBylineLabelAt(tokens, i, k);
    if (!parsed) continue;
    out.push(parsed);
    next = parsed.end;
  }
  return out;
}
