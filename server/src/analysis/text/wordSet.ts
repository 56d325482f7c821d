import type { Tokens } from './tokens';

/**
 * A few words (punctuation, function words) as their ids in a document's word table: whether a
 * token is one of them is a comparison of numbers. Build it after the document is tokenized.
 */
export class WordSet {
  private readonly ids: Int32Array;

  constructor(tokens: Tokens, words: readonly string[]) {
    this.ids = Int32Array.from(words.map((w) => tokens.words.find(w)).filter((id) => id >= 0));
  }

  /** Whether token i is one of the words; false past either end. */
  has(tokens: Tokens, i: number): boolean {
    if (i < 0 || i >= tokens.length) return false;
    const w = tokens.word[i];
    for (let k = 0; k < this.ids.length; k++) if (this.ids[k] === w) return true;
    return false;
  }
}
