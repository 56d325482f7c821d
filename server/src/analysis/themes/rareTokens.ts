import type { Knowledge } from '../knowledge/knowledge';
import type { Tokens } from '../text/tokenize';

/**
 * The tokens of Tokens.rare whose word has one of `traits`, ascending. Read in a loop of their own,
 * the words of far apart tokens do not wait for one another (nor for the work done on each).
 */
export function rareTokensWith(tokens: Tokens, k: Knowledge, traits: number): Int32Array {
  const found = tokens.indexList();
  const rare = tokens.rare;
  for (let r = 0; r < rare.length; r++) if (k.facts.traits(tokens.word[rare[r]]) & traits) found.push(rare[r]);
  return found.toArray();
}
