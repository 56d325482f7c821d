/** A title written on its own (in the workspace lexicon, in another report) read with the same grammar as in text. */
import type { Knowledge } from '../knowledge/knowledge';
import type { NormalizedTitle } from '../types';
import { normalizeTitle } from './normalize';
import { parseBylineLabelAt, parseTitleAt } from './parseTitle';

export function normalizeTitleText(text: string, k: Knowledge): NormalizedTitle | undefined {
  const tokens = k.tokenize(text);
  if (tokens.length === 0) return undefined;
  const parsed = parseTitleAt(tokens, 0, k, text) ?? parseBylineLabelAt(tokens, 0, k);
  if (!parsed) return undefined;
  return normalizeTitle(parsed, tokens.slice(parsed.first, parsed.end), k);
}
