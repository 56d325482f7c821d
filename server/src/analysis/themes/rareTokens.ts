import type { Tokens } from '../text/tokenize';

/** The tokens of Tokens.rare whose word has one of `traits`, ascending. */
export function rareTokensWith(tokens: Tokens, traits: number): Int32Array {
  const found = tokens.indexList();
  const { rare, rareTraits } = tokens;
  for (let r = 0; r < rare.length; r++) if (rareTraits[r] & traits) found.push(rare[r]);
  return found.toArray();
}
