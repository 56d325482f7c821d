/**
 * Pinyin-aware name candidates: Surname + Given (one or two syllables, one word or split in two),
 * compound surnames, Wade-Giles / Cantonese hyphenated given names, names in Han characters after
 * a byline label. Candidates whose surname is also an English word (He, An, Sun...) or whose given
 * name is an English word are marked `needsEvidence`; resolveNames decides on them.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import type { NameKeys } from './nameKeys';
import { TokenFlag, TokenKind, Tokens, anyMarked, mergeIndices } from '../text/tokenize';
import { mergeInOrder } from '../text/mergeInOrder';

const EMPTY = new Int32Array(0);

export interface NameCandidate {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Where the name starts in the text (a name in Han characters may follow its label in one token); it ends with its last token. */
  start: number;
  kind: 'full' | 'hanzi';
  /** Identity: lower-case letters of the whole name without spaces or hyphens. */
  key: string;
  needsEvidence: boolean;
  /** For names in Han characters: the byline label they follow (编辑：贺予菁); none for a bracketed alias (see isBracketedAlias). */
  hanziLabel?: { start: number; end: number; label: string };
  /** How the name mentions its person, once resolveNames accepts it. */
  mentionKind: 'full' | 'hanzi' | 'single-token' | 'surname';
}

/** A full name on tokens [first, end). Every candidate has every field, so that they share one shape. */
export function fullNameCandidate(tokens: Tokens, first: number, end: number, key: string, needsEvidence: boolean): NameCandidate {
  return { first, end, start: tokens.start[first], kind: 'full', key, needsEvidence, hanziLabel: undefined, mentionKind: 'full' };
}

const firstToken = (x: { first: number }) => x.first;

/** Two lists in token order as one (on the same first token, a's before b's). */
export function mergeByFirst<T extends { first: number }>(a: T[], b: T[]): T[] {
  return mergeInOrder(a, b, firstToken);
}

const AFTER_FUNCTION_WORD = new Set(['of', 'the', 'a', 'an']);
const MAX_NAME_GAP = 3; // characters of whitespace between surname and given name

function adjacent(tokens: Tokens, a: number, b: number): boolean {
  if (b >= tokens.length) return false;
  const flags = tokens.flags[b];
  if (flags & TokenFlag.BlankLineBefore) return false;
  const gap = tokens.start[b] - tokens.end[a];
  return gap >= 1 && (gap <= MAX_NAME_GAP || (flags & TokenFlag.LineBreakBefore) !== 0);
}

function isCapitalizedWord(tokens: Tokens, i: number): boolean {
  return tokens.isWord(i) && (tokens.flags[i] & (TokenFlag.Capitalized | TokenFlag.HasDigit)) === TokenFlag.Capitalized;
}

/** Syllable count of a given name token, 0 when it is not a plausible given name. */
function givenSyllables(tokens: Tokens, i: number, k: Knowledge): number {
  if (tokens.kind[i] !== TokenKind.Word || tokens.flags[i] & TokenFlag.HasDigit) return 0;
  if (k.traitsAt(tokens, i) & WordTrait.HasHyphen) return 0;
  return k.syllablesAt(tokens, i);
}

/** "Hsiao-yen", "Kam-sing": a hyphenated romanised given name. */
function isHyphenatedGiven(tokens: Tokens, i: number, k: Knowledge): boolean {
  if (tokens.kind[i] !== TokenKind.Word || !(tokens.flags[i] & TokenFlag.Capitalized)) return false;
  return (k.traitsAt(tokens, i) & WordTrait.HyphenatedShape) !== 0;
}

/** `notName`: the tokens of phrases that are never persons (see notNameTokens). */
/** Whether Han characters may be a name: two to four of them, starting with a surname (one or two characters). */
/** A name in Han characters in brackets right after the same person's name ("Gong Liming（龚立明）", see contextualNames): the only Han-character name without a byline label. */
export function isBracketedAlias(c: NameCandidate): boolean {
  return c.kind === 'hanzi' && c.hanziLabel === undefined;
}

export function isHanziName(s: string, k: Knowledge): boolean {
  return s.length >= 2 && s.length <= 4 && (k.hanziSurnames.has(s[0]) || k.hanziSurnames.has(s.slice(0, 2)));
}

/** "He Ping", "the Long March": an English-word surname needs evidence with a one-syllable given name, or after an article or "of". */
function weakSurnameNeedsEvidence(tokens: Tokens, k: Knowledge, i: number, end: number): boolean {
  let givenSyl = 0;
  for (let m = i + 1; m < end; m++) givenSyl += givenSyllables(tokens, m, k) || 1;
  return givenSyl < 2 || (i > 0 && tokens.kind[i - 1] === TokenKind.Word && AFTER_FUNCTION_WORD.has(tokens.lower(i - 1)));
}

export function findNameCandidates(tokens: Tokens, k: Knowledge, notName: Uint8Array, nameKeys: NameKeys): NameCandidate[] {
  const out: NameCandidate[] = [];
  const { kind, flags, word } = tokens;
  const listedBit = k.listedNames.bit;
  // a name starts at a Han token, a lexicon name or a capitalised word
  const listed = listedBit && k.listedNames.size ? tokens.vocabulary : EMPTY;
  const hanOrCapitalized = mergeIndices(tokens.han, tokens.capitalized, tokens.ints(tokens.han.length + tokens.capitalized.length, false));
  const starts = listed.length ? mergeIndices(hanOrCapitalized, listed, tokens.ints(hanOrCapitalized.length + listed.length, false)) : hanOrCapitalized;
  let next = 0; // the first token after the last name (or non-name phrase) read
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s];
    if (i < next) continue;
    const ki = kind[i];
    if (ki === TokenKind.Han) {
      next = hanziNames(tokens, i, k, out) + 1;
      continue;
    }
    // a name listed in the workspace lexicon is a person, in any of its spellings
    const listedEnd = tokens.starts[i] & listedBit ? k.listedNames.match(tokens, i) : -1;
    if (listedEnd >= 0) {
      out.push(fullNameCandidate(tokens, i, listedEnd, k.listedNames.matched, false));
      next = listedEnd;
      continue;
    }
    if (ki !== TokenKind.Word || (flags[i] & (TokenFlag.Capitalized | TokenFlag.HasDigit)) !== TokenFlag.Capitalized || notName[i]) continue;
    const traits = k.facts.traits(word[i]);
    if (!(traits & WordTrait.Surname)) continue;
    const allCaps = (flags[i] & TokenFlag.AllCaps) !== 0;
    const g = i + 1;
    if (!adjacent(tokens, i, g) || kind[g] !== TokenKind.Word) continue;
    const gCap = (flags[g] & TokenFlag.Capitalized) !== 0;
    let end = -1;
    let englishGiven = false;
    const gTraits = k.facts.traits(word[g]);
    if (isHyphenatedGiven(tokens, g, k)) {
      end = i + 2;
    } else {
      const syl = givenSyllables(tokens, g, k);
      if (syl === 0 || syl > 2) continue;
      // lower-case given names only with two syllables ("Wang xiaoming"), or after an all-caps surname
      if (!gCap && !(syl === 2 || allCaps)) continue;
      englishGiven = (gTraits & WordTrait.EnglishPinyin) !== 0;
      // "Mayor Zou made arrangements": a lower-case English word is never a given name
      if (!gCap && englishGiven) continue;
      end = i + 2;
      // "Li Xiao Ming": a two-syllable given name written as two words
      const h = i + 2;
      if (syl === 1 && isCapitalizedWord(tokens, h) && adjacent(tokens, i + 1, h) && givenSyllables(tokens, h, k) === 1 && !(k.traitsAt(tokens, h) & WordTrait.EnglishPinyin)) {
        const next = i + 3;
        const hStartsName = k.traitsAt(tokens, h) & WordTrait.Surname && isCapitalizedWord(tokens, next) && adjacent(tokens, h, next) && givenSyllables(tokens, next, k) > 0;
        if (!hStartsName) end = i + 3;
      }
    }
    if (end < tokens.length && kind[end] === TokenKind.Word && adjacent(tokens, end - 1, end)) {
      const afterTraits = k.facts.traits(word[end]);
      const capitalized = flags[end] & TokenFlag.Capitalized;
      if ((capitalized && afterTraits & WordTrait.PlaceSuffix) || (!capitalized && afterTraits & WordTrait.LowercaseSuffix)) {
        next = end + 1; // "Mei County", "Changxing Town": a place
        continue;
      }
    }
    if (anyMarked(notName, i + 1, end)) continue;
    const needsEvidence = englishGiven || ((traits & WordTrait.WeakSurname) !== 0 && weakSurnameNeedsEvidence(tokens, k, i, end)) || (!gCap && !allCaps);
    out.push(fullNameCandidate(tokens, i, end, nameKeys.of(i, end), needsEvidence));
    next = end;
  }
  return out;
}

/** Han-character names after a byline label: 编辑：贺予菁, 记者张宗兴, 摄影 王小明、李四. */
function hanziNames(tokens: Tokens, i: number, k: Knowledge, out: NameCandidate[]): number {
  const lower = tokens.lower(i);
  let j = i;
  let label = k.hanziBylineLabels.find((l) => lower.startsWith(l));
  if (!label) return i;
  const hanziLabel = { start: tokens.start[i], end: tokens.start[i] + label.length, label };
  const pushName = (m: number, offset: number): boolean => {
    const s = tokens.lower(m).slice(offset);
    if (!isHanziName(s, k)) return false;
    out.push({ first: j, end: j + 1, start: tokens.start[m] + offset, kind: 'hanzi', key: s, needsEvidence: false, hanziLabel, mentionKind: 'hanzi' });
    return true;
  };
  if (lower.length > label.length) {
    if (!pushName(i, label.length)) return i;
  } else {
    // label then ： or : then the name
    const sep = tokens.lower(j + 1);
    if (sep !== '：' && sep !== ':') return i;
    j += 2;
    if (!tokens.has(j) || tokens.kind[j] !== TokenKind.Han || !pushName(j, 0)) return i;
  }
  // more names separated by 、 ， or spaces
  while (j + 1 < tokens.length) {
    let m = j + 1;
    const w = tokens.lower(m);
    if (w === '、' || w === '，' || w === ',') m++;
    if (!tokens.has(m) || tokens.kind[m] !== TokenKind.Han || tokens.flags[m] & TokenFlag.LineBreakBefore) break;
    const next = tokens.lower(m);
    label = k.hanziBylineLabels.find((l) => next.startsWith(l));
    if (label) break;
    const save = j;
    j = m;
    if (!pushName(m, 0)) {
      j = save;
      break;
    }
  }
  return j;
}

