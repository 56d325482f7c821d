/**
 * The tokens no name may use: those of a phrase that is never a person (the built-in non-persons,
 * the words a workspace lexicon ignores). Marked once, so that every way of finding a name (pinyin
 * grammar, context, lists) leaves the whole phrase alone, not only its first word.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { Tokens, markTokens } from '../text/tokenize';

/** 1 at the tokens of a non-person phrase, 0 elsewhere. */
export function notNameTokens(tokens: Tokens, k: Knowledge): Uint8Array {
  const marks = tokens.bytes(tokens.length + 1);
  const trie = k.nonPersonPhrases;
  const bit = trie.bit;
  // a phrase may start at a lower-case word ("magistrate bai shengli"): every phrase start is read
  const starts = tokens.vocabulary;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s];
    if (!(tokens.starts[i] & bit)) continue;
    const end = trie.match(tokens, i);
    if (end > i) markTokens(marks, i, end);
  }
  return marks;
}
