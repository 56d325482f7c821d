/**
 * The reviewed data files (server/data/*.json) turned into lookup structures, built once.
 * Nothing here knows about any particular report.
 */
import surnamesData from '../../../data/surnames.json';
import syllablesData from '../../../data/syllables.json';
import themesData from '../../../data/themes.json';
import titlesData from '../../../data/titles.json';
import nonPersonsData from '../../../data/non-persons.json';
import rolesData from '../../../data/roles.json';
import personContextData from '../../../data/person-context.json';
import { spellsAWord } from '../text/characters';
import { PhraseTrie } from '../text/phraseTrie';
import { Tokens, tokenize } from '../text/tokenize';
import { Scratch } from '../text/scratch';
import { WordTable } from '../text/wordTable';
import { PinyinSyllables, isPlainLowerAscii, normalizePinyin } from './pinyin';
import { nameKey } from './nameKey';
import { WordDescription, WordFacts, WordTrait } from './wordFacts';
import { FUNCTION_WORDS } from './functionWords';
import type { RoleKind } from '../types';

export interface LevelInfo { key: string; zh: string; english: string }
export interface RankInfo { key: string; tier: number; zh: string; english: string }
export interface BodyInfo {
  key: string;
  zh: string;
  /** The Chinese name when no level comes before it (委 -> 党委), if it differs. */
  zhWithoutLevel?: string;
  english: string;
}
export interface PostInfo {
  key: string;
  zh: string;
  english: string;
  unique: boolean;
  impliedBodies?: string[];
  impliedLevel?: string;
  headPost?: boolean;
  /** Held in many kinds of body ("director"): written without its body it names no particular post. */
  generic?: boolean;
  membership?: boolean;
  normalizeTo?: string;
  zhByBody?: Record<string, string>;
}
export interface BylineInfo {
  key: string;
  zh: string;
  english: string;
  /** A credit only before a colon or a bar ("Planning: X"), the word being common in running text. */
  colonOnly?: boolean;
}
export interface StatusInfo { key: string; zh: string; english: string }
export interface ThemeEntry { id: string; category: string; chinese: string; canonical: string; variants: string[] }
export interface RoleCue { role: RoleKind; passive?: boolean }

/** What a workspace lexicon adds to the built-in knowledge. */
export interface KnowledgeExtras {
  /** Known persons: every spelling maps to the canonical name's identity key. */
  persons?: { name: string; variants?: string[] }[];
  themes?: { phrase: string; chinese?: string; variants?: string[] }[];
  /** Words and phrases that are never person names. */
  nonPersons?: string[];
}

/** The memory of the analysis of the document being read (one at a time). */
const scratch = new Scratch();

/** Words a document may add to the knowledge's word table before the table is reset (between documents). */
const MAX_DOCUMENT_WORDS = 1 << 18;
const LETTERS_ONLY = /^[\p{L}'’-]+$/u;
const HYPHENATED_SHAPE = /^[a-z]{2,6}-[a-z]{2,6}$/;
/** The words around which congresses and plenums are looked for (themes/congresses.ts): their tokens are rare. */
export const CONGRESS_WORDS = 'congress|plenary|sessions';
const CONGRESS_WORD = new RegExp(CONGRESS_WORDS);
/** The traits of the words listed in Tokens.rare. */
const RARE_TRAITS = WordTrait.CourtesyTitle | WordTrait.Quote | WordTrait.CongressWord;

export class Knowledge {
  /** Every word of the vocabulary, then the words of the documents read (see tokenize). */
  readonly words = new WordTable();
  readonly facts: WordFacts = new WordFacts(this.words, (word, id) => this.describe(word, id), (word) => this.syllables.minSyllables(word));
  readonly syllables = new PinyinSyllables(syllablesData.syllables);
  /** Normalised pinyin surnames. */
  private readonly surnames = new Set<string>();
  /** Surnames that are also English words: they need evidence to start a name. */
  private readonly weakSurnames = new Set<string>();
  /**
   * The traits the word lists of the knowledge give its own words (English words that are pinyin,
   * place suffixes, words that never start a name...): read when a word is described.
   */
  private readonly ownTraits = new Map<string, number>();
  readonly hanziSurnames = new Set<string>();
  readonly levels = new PhraseTrie<LevelInfo>(this.words);
  readonly ranks = new PhraseTrie<RankInfo>(this.words);
  readonly bodies = new PhraseTrie<BodyInfo>(this.words);
  readonly posts = new PhraseTrie<PostInfo>(this.words);
  /** "former", "honorary": a title that is not a current post. */
  readonly statuses = new PhraseTrie<StatusInfo>(this.words);
  /** Head nouns that end an organisation name not in the body vocabulary ("... Planning Bureau"). */
  readonly organizationHeads = new PhraseTrie<true>(this.words);
  readonly groupLabels = new PhraseTrie<string>(this.words);
  readonly groupLevelWords: Record<string, string>;
  readonly bylineLabels = new PhraseTrie<BylineInfo>(this.words);
  /** Han-character byline labels (编辑, 记者...), longest first. */
  readonly hanziBylineLabels: string[];
  readonly hanziBylineInfo = new Map<string, BylineInfo>();
  readonly levelByKey = new Map<string, LevelInfo>();
  readonly rankByKey = new Map<string, RankInfo>();
  readonly bodyByKey = new Map<string, BodyInfo>();
  readonly postByKey = new Map<string, PostInfo>();
  /** The head of the government of each level (county: county head), from the posts marked headPost. */
  readonly headOfGovernmentAt = new Map<string, PostInfo>();
  readonly themes = new PhraseTrie<ThemeEntry>(this.words);
  /** The entry of numbered congresses and plenums (the first of its category). */
  readonly congressEntry: ThemeEntry | undefined;
  readonly congressNames = new PhraseTrie<ThemeEntry>(this.words);
  readonly nonPersonPhrases = new PhraseTrie<true>(this.words);
  readonly roleCues = new PhraseTrie<RoleCue>(this.words);
  /** Names listed in the workspace lexicon (any spelling) -> identity key of the canonical name. */
  readonly listedNames = new PhraseTrie<string>(this.words);
  /** Object of a light verb -> role ("speech" -> spoke, "report" -> reported). */
  readonly lightVerbObjects: ReadonlyMap<string, RoleKind> = new Map(Object.entries(rolesData.lightVerbs.objects) as [string, RoleKind][]);

  constructor(extras: KnowledgeExtras = {}) {
    for (const s of surnamesData.single) this.addSurname(s.pinyin, s.hanzi);
    for (const s of surnamesData.compound) this.addSurname(s.pinyin, s.hanzi);
    for (const s of surnamesData.wadeGilesAndOther ?? []) this.addSurname(s.spelling, []);
    for (const w of surnamesData.englishWordSurnames) this.weakSurnames.add(normalizePinyin(w));

    for (const l of titlesData.levels) {
      const info = { key: l.key, zh: l.zh, english: l.english };
      this.levelByKey.set(l.key, info);
      for (const w of l.words) this.levels.add(w, info);
    }
    for (const r of titlesData.ranks) {
      const info = { key: r.key, tier: r.tier, zh: r.zh, english: r.english };
      this.rankByKey.set(r.key, info);
      for (const w of r.words) this.ranks.add(w, info);
    }
    for (const st of titlesData.statuses) {
      for (const w of st.words) this.statuses.add(w, { key: st.key, zh: st.zh, english: st.english });
    }
    for (const w of titlesData.organizationHeads.words) this.organizationHeads.add(w, true);
    for (const b of titlesData.bodies) {
      const info: BodyInfo = { key: b.key, zh: b.zh, zhWithoutLevel: 'zhWithoutLevel' in b ? b.zhWithoutLevel : undefined, english: b.english };
      this.bodyByKey.set(b.key, info);
      for (const w of b.names) this.bodies.add(w, info);
    }
    for (const p of titlesData.posts as (PostInfo & { words: string[] })[]) {
      const { words, ...info } = p;
      this.postByKey.set(p.key, info);
      if (info.headPost && info.impliedLevel) this.headOfGovernmentAt.set(info.impliedLevel, info);
      for (const w of words) this.posts.add(w, info);
    }
    for (const g of titlesData.groupLabels.patterns) this.groupLabels.add(g.join(' '), g.join(' '));
    this.groupLevelWords = titlesData.groupLabels.levelWords;
    const bylineByKey = new Map<string, BylineInfo>();
    for (const b of titlesData.bylineLabels) {
      const info: BylineInfo = { key: b.key, zh: b.zh, english: b.english, colonOnly: 'colonOnly' in b && b.colonOnly === true };
      bylineByKey.set(b.key, info);
      for (const w of b.words) this.bylineLabels.add(w, info);
    }
    for (const [label, key] of Object.entries(titlesData.hanziBylineLabels as Record<string, string>)) {
      const info = bylineByKey.get(key);
      if (info) this.hanziBylineInfo.set(label, { ...info, zh: label });
    }
    this.hanziBylineLabels = [...this.hanziBylineInfo.keys()].sort((a, b) => b.length - a.length);

    for (const e of themesData.entries as ThemeEntry[]) {
      if (e.category === 'congress') this.congressEntry ??= e;
      const target = e.category === 'congress' ? this.congressNames : this.themes;
      target.add(e.canonical, e);
      for (const v of e.variants) target.add(v, e);
    }
    for (const p of nonPersonsData.phrases) this.nonPersonPhrases.add(p, true);
    for (const [role, cues] of Object.entries(rolesData.active)) {
      for (const c of cues) this.roleCues.add(c, { role: role as RoleKind });
    }
    for (const [role, cues] of Object.entries(rolesData.passive)) {
      for (const c of cues) this.roleCues.add(c, { role: role as RoleKind, passive: true });
    }
    this.addExtras(extras);
    this.registerTries();
    // Every word of the lists below gets an id now, so that a word first seen in a document is in none of them.
    for (const w of this.surnames) this.addOwnTraits([w], WordTrait.SurnameAsWritten);
    this.addOwnTraits(this.weakSurnames, WordTrait.WeakSurnameAsWritten);
    this.addOwnTraits((surnamesData.englishWordsThatArePinyin ?? []).map((w) => w.toLowerCase()), WordTrait.EnglishPinyin);
    this.addOwnTraits(nonPersonsData.placeSuffixes.map((w) => w.toLowerCase()), WordTrait.PlaceSuffix);
    // lower-case words that show the capitalised pair before them names a business ("Zhou Heiya franchise stores")
    this.addOwnTraits(nonPersonsData.lowercaseSuffixes, WordTrait.LowercaseSuffix);
    // capitalised English words that never start a person's name
    this.addOwnTraits(personContextData.notNames, WordTrait.NotName);
    // every word of the title and place vocabulary ("congress", "commune"...): never part of a name found by context
    const vocabularyWords = (phrases: string[]) => phrases.flatMap((p) => p.toLowerCase().split(/[\s-]+/).filter((w) => w));
    this.addOwnTraits(vocabularyWords([
      ...[...titlesData.levels, ...titlesData.ranks, ...titlesData.posts, ...titlesData.statuses, ...titlesData.bylineLabels].flatMap((x) => x.words),
      ...titlesData.bodies.flatMap((b) => b.names), ...titlesData.organizationHeads.words, ...titlesData.groupLabels.patterns.flat(), ...nonPersonsData.placeSuffixes,
    ]), WordTrait.Vocabulary);
    // "Translated by: Ms. Tang Qianyu": a courtesy title stands before a name, it never is one
    this.addOwnTraits(titlesData.courtesyTitles, WordTrait.CourtesyTitle | WordTrait.NotName);
    // first words in brackets after a name that mark it as a person ("(female, Uyghur)")
    this.addOwnTraits(personContextData.parentheticalAfterName, WordTrait.NameParenthetical);
    this.addOwnTraits(rolesData.lightVerbs.verbs, WordTrait.LightVerb);
    for (const [trait, list] of FUNCTION_WORDS) this.addOwnTraits(list, trait);
    this.vocabularySize = this.words.size;
    this.facts.update();
  }

  private tries: PhraseTrie<unknown>[] = [];
  /** Words with ids below this are the knowledge's own; the others come from documents. */
  private readonly vocabularySize: number;

  /** Gives every vocabulary trie a bit, so that tokens can carry which tries start at them. */
  private registerTries(): void {
    this.tries = [
      this.levels, this.ranks, this.bodies, this.posts, this.statuses, this.organizationHeads, this.groupLabels, this.bylineLabels,
      this.themes, this.congressNames, this.nonPersonPhrases, this.roleCues, this.listedNames,
    ] as PhraseTrie<unknown>[];
    this.tries.forEach((t, i) => {
      t.bit = 1 << i;
      t.compact();
    });
  }

  /**
   * Tokenizes a document with this knowledge's word table and sets Tokens.starts. The table keeps the
   * words of earlier documents (their facts are computed once) until it grows too large. The arrays
   * of the tokens (and those the stages take from them) are valid until the next call, which reuses
   * their memory: one document is analysed at a time, and nothing of the model is made of them.
   */
  tokenize(text: string): Tokens {
    if (this.words.size > this.vocabularySize + MAX_DOCUMENT_WORDS) {
      this.words.truncate(this.vocabularySize);
      this.facts.truncate(this.vocabularySize);
    }
    scratch.reset();
    // the tokens carry the vocabulary phrases that can start at them and the rare traits of their words:
    // the words first read in this document are described once the scan has read them all
    return tokenize(text, this.words, () => {
      this.facts.update();
      return this.facts.view(RARE_TRAITS);
    }, scratch);
  }

  /** The traits of token i's word (WordTrait bits); 0 past either end. */
  traitsAt(tokens: Tokens, i: number): number {
    return i >= 0 && i < tokens.length ? this.facts.traits(tokens.word[i]) : 0;
  }

  /** The fewest pinyin syllables token i's word splits into (0: it does not split). */
  syllablesAt(tokens: Tokens, i: number): number {
    return this.facts.syllables(tokens.word[i]);
  }

  private describe(word: string, id: number): WordDescription {
    // the vocabulary is interned first: a later word starts no phrase and is in no word list, except once normalised
    const own = id < this.vocabularySize;
    let starts = 0;
    // only words start phrases (see WordFactsView.starts)
    if (own && spellsAWord(word)) for (const trie of this.tries) if (trie.hasStart(id)) starts |= trie.bit;
    const key = normalizePinyin(word);
    let traits = 0;
    if (own || key !== word) {
      if (this.surnames.has(key)) traits |= WordTrait.Surname;
      if (this.weakSurnames.has(key)) traits |= WordTrait.WeakSurname;
    }
    if (own) traits |= this.ownTraits.get(word) ?? 0;
    // most words are plain lower-case ASCII: letters only, no hyphen (and the regular expressions are not run)
    const plain = word.length > 0 && isPlainLowerAscii(word);
    if (plain || LETTERS_ONLY.test(word)) traits |= WordTrait.LettersOnly;
    if (!plain && word.includes('-')) {
      traits |= WordTrait.HasHyphen;
      if (HYPHENATED_SHAPE.test(word)) traits |= WordTrait.HyphenatedShape;
    }
    if (word.length >= 'plenary'.length && CONGRESS_WORD.test(word)) traits |= WordTrait.CongressWord;
    return { traits, starts };
  }

  private addExtras(extras: KnowledgeExtras): void {
    for (const p of extras.persons ?? []) {
      const key = nameKey(p.name);
      for (const spelling of [p.name, ...(p.variants ?? [])]) this.listedNames.add(spelling, key);
    }
    (extras.themes ?? []).forEach((t, i) => {
      const entry: ThemeEntry = { id: `lexicon-${i}`, category: 'lexicon', chinese: t.chinese ?? '', canonical: t.phrase, variants: t.variants ?? [] };
      for (const phrase of [t.phrase, ...entry.variants]) this.themes.add(phrase, entry);
    });
    for (const w of extras.nonPersons ?? []) this.nonPersonPhrases.add(w, true);
  }

  private addSurname(pinyin: string, hanzi: string[]): void {
    this.surnames.add(normalizePinyin(pinyin));
    for (const h of hanzi) this.hanziSurnames.add(h);
  }

  /** Gives the words (lower-cased) `traits` and an id. */
  private addOwnTraits(words: Iterable<string>, traits: number): void {
    for (const w of words) {
      this.ownTraits.set(w, (this.ownTraits.get(w) ?? 0) | traits);
      this.words.internString(w);
    }
  }

}

let shared: Knowledge | undefined;
/** The built-in knowledge, built on first use. */
export function builtinKnowledge(): Knowledge {
  return (shared ??= new Knowledge());
}
