/**
 * What the facts of their words say of the tokens (Tokens.starts, vocabulary and rare): one pass
 * over the tokens once they are all read and every word of the table is described.
 */
import type { Scratch } from './scratch';
import type { TokenColumns } from './tokenColumns';
import { IndexList, Tokens } from './tokens';
import type { WordTable } from './wordTable';

/** The facts of the words of the table that are copied to each token (Tokens.starts, vocabulary and rare), for every word of the table. */
export interface WordFactsView {
  /** Per word id, the vocabulary tries a phrase can start at (bits); 0 for the words spellsAWord says no to. */
  starts: Int32Array;
  /** Per word id, its traits (bits). */
  traits: Int32Array;
  /** The traits of the words whose tokens are listed in Tokens.rare. */
  rareTraits: number;
}

/** The Tokens of the `count` tokens written to `columns`, with the indices of the capitalised and of the Han ones. */
export function tokensWithFacts(text: string, words: WordTable, columns: TokenColumns, count: number, capitalized: Int32Array, han: Int32Array,
  facts?: WordFactsView, scratch?: Scratch): Tokens {
  const ints = (n: number) => (scratch ? scratch.ints(n, false) : new Int32Array(n));
  const { kind, flags, word } = columns;
  const starts = ints(count);
  // an index is written at the end of a list and kept (the count moved on) when it belongs there: no branch
  const vocabulary = ints(count + 1);
  let vocabularyCount = 0;
  const rare = new IndexList(scratch);
  const rareWordTraits = new IndexList(scratch);
  if (facts) {
    const { starts: startBits, traits, rareTraits } = facts;
    for (let i = 0; i < count; i++) {
      const w = word[i];
      if (traits[w] & rareTraits) {
        rare.push(i);
        rareWordTraits.push(traits[w]);
      }
      const s = startBits[w];
      starts[i] = s;
      vocabulary[vocabularyCount] = i;
      vocabularyCount += s !== 0 ? 1 : 0;
    }
  } else starts.fill(0);
  return new Tokens(text, words, count, columns.start, columns.end, kind, flags, word, capitalized, han,
    starts, vocabulary.subarray(0, vocabularyCount), rare.toArray(), rareWordTraits.toArray(), scratch);
}
