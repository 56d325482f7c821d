/**
 * What the facts of their words say of the tokens (Tokens.starts, vocabulary and rare), and the lists
 * of capitalised and Han tokens: one pass over the tokens once they are all read.
 */
import type { Scratch } from './scratch';
import type { TokenColumns } from './tokenColumns';
import { IndexList, Tokens } from './tokens';
import type { WordTable } from './wordTable';

/**
 * The facts of the words of the table that are copied to each token (Tokens.starts, vocabulary and
 * rare), for the words whose facts are known: ids below `known`. A word new to the table starts no
 * phrase; whether it has a rare trait is for the caller to see to once it knows.
 */
export interface WordFactsView {
  known: number;
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
  const known = facts ? facts.known : 0;
  const startBits = facts ? facts.starts : starts;
  const traits = facts ? facts.traits : starts;
  const rareTraits = facts ? facts.rareTraits : 0;
  for (let i = 0; i < count; i++) {
    const w = word[i];
    let s = 0;
    if (w < known) {
      if (traits[w] & rareTraits) {
        rare.push(i);
        rareWordTraits.push(traits[w]);
      }
      s = startBits[w];
    }
    starts[i] = s;
    vocabulary[vocabularyCount] = i;
    vocabularyCount += s !== 0 ? 1 : 0;
  }
  return new Tokens(text, words, count, columns.start, columns.end, kind, flags, word, capitalized, han,
    starts, vocabulary.subarray(0, vocabularyCount), rare.toArray(), rareWordTraits.toArray(), scratch);
}
