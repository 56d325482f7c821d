/**
 * What the knowledge says about each word of its WordTable, computed once per word and kept in
 * arrays indexed by word id, so that the stages test bits instead of looking strings up.
 */
import type { WordFactsView } from '../text/tokenize';
import type { WordTable } from '../text/wordTable';
import { nameKey } from './nameKey';
import { normalizePinyin } from './pinyin';

export const enum WordTrait {
  /** A surname once normalised (tone marks dropped, ü as v). */
  Surname = 1 << 0,
  /** A surname that is also an English word (He, An, Sun...), once normalised. */
  WeakSurname = 1 << 1,
  /** A surname exactly as written (lower case, tone marks kept). */
  SurnameAsWritten = 1 << 2,
  WeakSurnameAsWritten = 1 << 3,
  EnglishPinyin = 1 << 4,
  PlaceSuffix = 1 << 5,
  LowercaseSuffix = 1 << 6,
  NotName = 1 << 7,
  /** A word of the title and place vocabulary. */
  Vocabulary = 1 << 8,
  CourtesyTitle = 1 << 9,
  NameParenthetical = 1 << 10,
  LightVerb = 1 << 11,
  /** Only letters, apostrophes and hyphens. */
  LettersOnly = 1 << 12,
  HasHyphen = 1 << 13,
  /** Two parts of 2 to 6 letters a-z joined by a hyphen ("hsiao-yen"). */
  HyphenatedShape = 1 << 14,
  // punctuation and function words (see functionWords.ts)
  ListComma = 1 << 15,
  OpenBracket = 1 << 16,
  CloseBracket = 1 << 17,
  Colon = 1 << 18,
  Slash = 1 << 19,
  And = 1 << 20,
  Article = 1 << 21,
  /** Words that open a list of names ("including", "namely", "comrades"). */
  Including = 1 << 22,
  SentenceEnd = 1 << 23,
  /** Words a role cue may come after in a subject's sentence ("also", "respectively", "jointly"). */
  BeforeCue = 1 << 24,
  /** Holds "congress", "plenary" or "sessions": numbered congresses and plenums are looked for around it. */
  CongressWord = 1 << 25,
  Quote = 1 << 26,
  /** What separates the names of a list (",", "、", "and", ";"). */
  ListSeparator = 1 << 27,
}

export interface WordDescription {
  traits: number;
  /** Bit set of the vocabulary tries that have a phrase starting with the word. */
  starts: number;
}

export class WordFacts {
  private traitBits = new Int32Array(1024);
  private startBits = new Int32Array(1024);
  /** Fewest pinyin syllables, -1 until asked for. */
  private syllableCounts = new Int8Array(1024);
  /** nameKey and normalizePinyin of each word, computed when first asked for. */
  private nameKeys: (string | undefined)[] = [];
  private pinyinKeys: (string | undefined)[] = [];
  private known = 0;

  constructor(
    private readonly words: WordTable,
    private readonly describe: (word: string, id: number) => WordDescription,
    private readonly countSyllables: (word: string) => number,
  ) {}

  /** Describes the words added to the table since the last call. */
  update(): void {
    const size = this.words.size;
    if (size > this.traitBits.length) {
      let capacity = this.traitBits.length * 2;
      while (capacity < size) capacity *= 2;
      this.traitBits = grown(this.traitBits, new Int32Array(capacity));
      this.startBits = grown(this.startBits, new Int32Array(capacity));
      this.syllableCounts = grown(this.syllableCounts, new Int8Array(capacity));
    }
    for (let id = this.known; id < size; id++) {
      const d = this.describe(this.words.text(id), id);
      this.traitBits[id] = d.traits;
      this.startBits[id] = d.starts;
      this.syllableCounts[id] = -1;
    }
    this.known = size;
  }

  /** Forgets the facts of words with ids >= size (see WordTable.truncate). */
  truncate(size: number): void {
    this.known = Math.min(this.known, size);
    if (this.nameKeys.length > size) this.nameKeys.length = size;
    if (this.pinyinKeys.length > size) this.pinyinKeys.length = size;
  }

  traits(id: number): number {
    return this.traitBits[id];
  }

  /** The facts known so far as arrays, for the tokenizer (valid until the next update). */
  view(rareTraits: number): WordFactsView {
    return { starts: this.startBits, traits: this.traitBits, rareTraits };
  }

  /** The identity key of the word as a name, or part of one (see nameKey). */
  nameKey(id: number): string {
    return (this.nameKeys[id] ??= nameKey(this.words.text(id)));
  }

  /** The word with tone marks dropped and ü as v (see normalizePinyin). */
  pinyinKey(id: number): string {
    return (this.pinyinKeys[id] ??= normalizePinyin(this.words.text(id)));
  }

  /** The smallest number of pinyin syllables the word splits into, 0 if it does not split (max 4). */
  syllables(id: number): number {
    let n = this.syllableCounts[id];
    if (n < 0) n = this.syllableCounts[id] = this.countSyllables(this.words.text(id));
    return n;
  }
}

function grown<T extends Int32Array | Int8Array>(a: T, b: T): T {
  b.set(a);
  return b;
}
