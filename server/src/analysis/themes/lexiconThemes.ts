/**
 * The phrases of the theme lexicon in a document: at each token, the longest phrase that starts
 * there, then on after it.
 */
import type { Knowledge, ThemeEntry } from '../knowledge/knowledge';
import type { Tokens } from '../text/tokenize';
import type { ThemeOccurrence } from '../types';

export function lexiconThemes(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  // First the phrases' tokens, then their offsets and text. The tokens of the phrases are far apart
  // in a large document, and their offsets rarely in the processor's caches: read in a loop of their
  // own, the loads do not wait for one another.
  const firstTokens = tokens.indexList();
  const lastTokens = tokens.indexList();
  const entries: ThemeEntry[] = [];
  const themes = k.themes;
  const bit = themes.bit;
  let next = 0; // the first token after the last phrase
  for (let v = 0; v < tokens.vocabulary.length; v++) {
    const i = tokens.vocabulary[v];
    if (i < next || !(tokens.starts[i] & bit)) continue;
    const matchEnd = themes.match(tokens, i);
    if (matchEnd < 0) continue;
    firstTokens.push(i);
    lastTokens.push(matchEnd - 1);
    entries.push(themes.matched);
    next = matchEnd;
  }
  const count = entries.length;
  const lexicon = new Array<ThemeOccurrence>(count);
  for (let m = 0; m < count; m++) {
    const e = entries[m];
    const start = tokens.start[firstTokens.get(m)];
    const end = tokens.end[lastTokens.get(m)];
    lexicon[m] = { start, end, text: text.slice(start, end), kind: 'lexicon', entryId: e.id, canonical: e.canonical, chinese: e.chinese, variants: e.variants, category: e.category };
  }
  return lexicon;
}
