/**
 * Names outside the pinyin grammar (Tibetan, Uyghur, Mongolian, Kazakh, Singaporean: "Losang
 * Gyatso", "Abdukerim Rozi", "Tan Boon Huat", "Bateer") found by what surrounds them: an appositive
 * post ("X, deputy secretary of ..."), an ethnicity in brackets ("X (female, Uyghur)"), a byline or
 * group label, a passive role cue ("presided over by X"), or a place in a list of names. Once found,
 * every other occurrence of the same words is the same person.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import { TokenFlag, TokenKind, Tokens, markTokens } from '../text/tokenize';
import type { IndexList } from '../text/tokens';
import { atMostOneSlip } from '../text/spelling';
import type { TitleIndex } from '../titles/titleIndex';
import { NameCandidate, fullNameCandidate, isHanziName } from './findNameCandidates';
import { FirstLetters } from './firstLetters';
import type { NameKeys } from './nameKeys';

const MAX_WORDS = 3;
/** Lower-case words a person's name follows: "led by X, Mayor of ...", "met with X, Ambassador of ...". */
const BEFORE_A_PERSON = new Set(['by', 'with', 'met', 'received', 'welcomed', 'accompanied', 'thanked', 'congratulated']);

/** What is known about a token, as bits of one array. */
const enum At {
  /** In a name candidate, a title or a name found here. */
  Covered = 1,
  CandidateFirst = 2,
  /** The token after a candidate. */
  CandidateEnd = 4,
  /** The token after a group or byline label. */
  LabelEnd = 8,
  FoundFirst = 16,
  FoundEnd = 32,
}

/** `notName`: the tokens of phrases that are never persons (see notNameTokens). */
export function contextualCandidates(tokens: Tokens, text: string, k: Knowledge, candidates: NameCandidate[], titleIndex: TitleIndex, notName: Uint8Array, nameKeys: NameKeys): NameCandidate[] {
  const titles = titleIndex.list;
  const n = tokens.length;
  const { kind, flags, word } = tokens;
  const [comma, wideComma, middleDot, and, etc] = [',', '，', '·', 'and', 'etc'].map((w) => tokens.words.find(w));
  const at = tokens.bytes(n + 2);
  for (let x = 0; x < candidates.length; x++) {
    const c = candidates[x];
    markTokens(at, c.first, c.end, At.Covered);
    at[c.end] |= At.CandidateEnd;
    at[c.first] |= At.CandidateFirst;
  }
  for (let x = 0; x < titles.length; x++) {
    const t = titles[x];
    markTokens(at, t.first, t.end, At.Covered);
    if (t.kind !== 'post') at[t.end] |= At.LabelEnd;
  }

  const themeBits = k.themes.bit | k.congressNames.bit;
  const phraseOnlyBits = themeBits | k.nonPersonPhrases.bit;
  const nameWord = (i: number): boolean => {
    if (i >= n || kind[i] !== TokenKind.Word || at[i] & At.Covered || notName[i] || (flags[i] & (TokenFlag.Capitalized | TokenFlag.HasDigit)) !== TokenFlag.Capitalized) return false;
    // vocabulary (titles, role words...); a word that only may open a theme or a non-person phrase ("Fu",
    // "Ma") is out only where one is written (notName covers the non-person phrases)
    const starts = tokens.starts[i];
    if (starts & ~phraseOnlyBits) return false;
    if (starts & themeBits && (k.themes.match(tokens, i) >= 0 || k.congressNames.match(tokens, i) >= 0)) return false;
    const length = tokens.end[i] - tokens.start[i];
    const traits = k.facts.traits(tokens.word[i]);
    if (length < 2 || traits & (WordTrait.NotName | WordTrait.Vocabulary)) return false;
    // "Li Xiuyun (Bai, executive deputy county head)": an ethnicity in the brackets after a name
    if (traits & WordTrait.NameParenthetical && k.traitsAt(tokens, i - 1) & WordTrait.OpenBracket) return false;
    if (flags[i] & TokenFlag.AllCaps && length <= 5) return false; // CPC, CPPCC, NPC
    return (traits & WordTrait.LettersOnly) !== 0;
  };
  /** Whether one space, middle dot or no-break space separates tokens a and b. */
  const joined = (a: number, b: number): boolean => {
    const from = tokens.end[a];
    if (tokens.start[b] - from !== 1) return false;
    const c = text.charCodeAt(from);
    return c === 32 || c === 0xb7 || c === 0xa0;
  };
  /** The run of name words starting at i (token range), if any. */
  const runAt = (i: number): number => {
    if (!nameWord(i)) return i;
    let j = i + 1;
    while (j < n && j - i < MAX_WORDS && nameWord(j) && joined(j - 1, j)) j++;
    // a '·' between two words is inside one name
    if (j < n && word[j] === middleDot && nameWord(j + 1)) j += 2;
    return j;
  };

  const appositive = (end: number): boolean => {
    if (end >= n || (word[end] !== comma && word[end] !== wideComma)) return false;
    const t = titleIndex.startingAt(end + 1);
    if (!t || t.kind !== 'post' || t.bare || t.plural) return false;
    // "Meanwhile, deputy mayor Zhang Wei said": the title belongs to the name after it
    return !(at[t.end] & At.CandidateFirst);
  };
  const bracketedEthnicity = (end: number): boolean => {
    return (k.traitsAt(tokens, end) & WordTrait.OpenBracket) !== 0 && (k.traitsAt(tokens, end + 1) & WordTrait.NameParenthetical) !== 0;
  };
  const afterLabel = (first: number): boolean => {
    if (at[first] & At.LabelEnd) return true;
    return (k.traitsAt(tokens, first - 1) & WordTrait.Colon) !== 0 && (at[first - 1] & At.LabelEnd) !== 0;
  };
  const roleCueBit = k.roleCues.bit;
  const afterPassiveCue = (first: number): boolean => {
    for (let m = Math.max(0, first - 5); m < first; m++) {
      if (tokens.starts[m] & roleCueBit && k.roleCues.match(tokens, m, first) === first && k.roleCues.matched.passive) return true;
    }
    return false;
  };

  /**
   * A lower-case word before the run ("in Taichung", "of Heping Commune"): a place or a thing, not a
   * person; but a person is met, received or led by ("the delegation led by Marisol Quintero, Mayor of ...").
   */
  const afterLowerWord = (first: number): boolean => {
    const before = first - 1;
    return before >= 0 && kind[before] === TokenKind.Word && !(flags[before] & TokenFlag.Capitalized) && word[before] !== and && !(flags[first] & TokenFlag.LineBreakBefore)
      && !BEFORE_A_PERSON.has(tokens.lower(before));
  };
  /** A name ends before punctuation, a line break, a capitalised word or a number (a date), not before "will", "the"... */
  const endsLikeName = (end: number): boolean =>
    end >= n || kind[end] !== TokenKind.Word || (flags[end] & (TokenFlag.Capitalized | TokenFlag.LineBreakBefore | TokenFlag.HasDigit)) !== 0 || k.roleCues.startsAt(tokens, end);
  const found = new Map<number, NameCandidate>();
  const accept = (i: number, j: number) => {
    found.set(i, fullNameCandidate(tokens, i, j, nameKeys.of(i, j), false));
    at[i] |= At.FoundFirst;
    at[j] |= At.FoundEnd;
    markTokens(at, i, j, At.Covered);
  };
  const runs = tokens.indexList(); // [first, end) pairs
  let next = 0; // the first token after the last run
  for (let c = 0; c < tokens.capitalized.length; c++) {
    const i = tokens.capitalized[c];
    if (i < next) continue;
    const j = runAt(i);
    if (j === i) continue;
    runs.push(i);
    runs.push(j);
    const byContext = (!afterLowerWord(i) && (appositive(j) || bracketedEthnicity(j))) || ((afterLabel(i) || afterPassiveCue(i)) && endsLikeName(j));
    if (byContext) accept(i, j);
    next = j;
  }
  // a place in a comma list with known names on either side
  const isListSeparator = (i: number) => (k.traitsAt(tokens, i) & WordTrait.ListSeparator) !== 0;
  // the runs not found yet with a list separator (or a label, or the end of the list) on both sides
  const listed = tokens.indexList(); // [first, end) pairs
  for (let r = 0; r < runs.count; r += 2) {
    const i = runs.get(r);
    const j = runs.get(r + 1);
    if (at[i] & At.FoundFirst) continue;
    const leftSep = i >= 1 && (isListSeparator(i - 1) || (at[i] & At.LabelEnd) !== 0);
    const rightSep = j < n && ((k.traitsAt(tokens, j) & (WordTrait.ListSeparator | WordTrait.OpenBracket)) !== 0 || (tokens.starts[j] & roleCueBit) !== 0 || word[j] === etc);
    if (!leftSep || !rightSep) continue;
    listed.push(i);
    listed.push(j);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < listed.count; r += 2) {
      const i = listed.get(r);
      const j = listed.get(r + 1);
      if (at[i] & At.FoundFirst) continue;
      // one side of the list item is a name
      const leftName = i >= 2 && isListSeparator(i - 1) && (at[i - 1] & (At.CandidateEnd | At.FoundEnd)) !== 0;
      const rightName = j + 1 < n && isListSeparator(j) && (at[j + 1] & (At.CandidateFirst | At.FoundFirst)) !== 0;
      if (leftName || rightName || (at[i] & At.LabelEnd) !== 0) accept(i, j);
    }
  }
  // "Gong Liming（龚立明）": the name in Chinese characters, in brackets right after it
  // (Han tokens are few: each is looked at, with the candidate ending two tokens before it; the candidates do not overlap)
  for (let h = 0, x = 0; h < tokens.han.length; h++) {
    const han = tokens.han[h];
    for (; x < candidates.length && candidates[x].end < han - 1; x++);
    if (x === candidates.length) break;
    const c = candidates[x];
    if (c.end !== han - 1 || c.kind !== 'full' || han + 1 >= n) continue;
    if (!(k.traitsAt(tokens, c.end) & WordTrait.OpenBracket) || !(k.traitsAt(tokens, han + 1) & WordTrait.CloseBracket)) continue;
    if (!isHanziName(tokens.lower(han), k)) continue;
    found.set(han, { first: han, end: han + 1, start: tokens.start[han], kind: 'hanzi', key: c.key, needsEvidence: c.needsEvidence, hanziLabel: undefined, mentionKind: 'hanzi' });
    at[han] |= At.FoundFirst;
  }
  // "Acting county magistrate bai shengli": a lower-case pinyin name right after a post
  for (let x = 0; x < titles.length; x++) {
    const t = titles[x];
    const s = t.end;
    const g = t.end + 1;
    if (t.kind !== 'post' || g >= n || at[s] & At.Covered || at[g] & At.Covered || notName[s] || notName[g] || kind[s] !== TokenKind.Word || kind[g] !== TokenKind.Word) continue;
    const surnameTraits = k.facts.traits(tokens.word[s]);
    if (flags[s] & TokenFlag.Capitalized || flags[g] & TokenFlag.Capitalized || !(surnameTraits & WordTrait.SurnameAsWritten) || surnameTraits & WordTrait.WeakSurnameAsWritten) continue;
    const syllables = k.syllablesAt(tokens, g);
    if (syllables < 1 || syllables > 2 || k.traitsAt(tokens, g) & WordTrait.EnglishPinyin || !endsLikeName(t.end + 2)) continue;
    accept(s, g + 1);
  }
  // every other occurrence of a name found here
  const keys = new Set([...found.values()].map((f) => f.key));
  if (keys.size > 0) {
    // a run's key begins with its first word's key: most runs are ruled out by that word alone
    const prefixes = new Set<string>();
    const firstLetters = new FirstLetters();
    for (const key of keys) {
      firstLetters.add(key);
      for (let l = 1; l <= key.length; l++) prefixes.add(key.slice(0, l));
    }
    for (let r = 0; r < runs.count; r += 2) {
      const i = runs.get(r);
      const j = runs.get(r + 1);
      if (at[i] & At.FoundFirst || !firstLetters.mayHave(tokens.lower(i)) || !prefixes.has(k.facts.nameKey(tokens.word[i]))) continue;
      if (keys.has(nameKeys.of(i, j))) accept(i, j);
    }
  }
  acceptMisspellings(tokens, k, [...candidates, ...found.values()], runs, (i) => (at[i] & At.FoundFirst) !== 0, accept);
  return [...found.values()];
}

/**
 * "Lihong Xia" where "Lihong Xiao" was found: a two-word run that has one word of a two-word name
 * found here and the other one letter off is that name misspelt (a person of its own, for the
 * name-variant check to tell).
 */
function acceptMisspellings(tokens: Tokens, k: Knowledge, names: NameCandidate[], runs: IndexList, isFound: (i: number) => boolean, accept: (i: number, j: number) => void): void {
  const { word } = tokens;
  // the words of the runs not found yet (most reports have few): only names sharing one are read
  const runWords = new Set<number>();
  for (let r = 0; r < runs.count; r += 2) {
    for (let i = runs.get(r); i < runs.get(r + 1) && !isFound(i); i++) runWords.add(word[i]);
  }
  if (runWords.size === 0) return;
  // the words of the two-word names found, by word id (the same words written the same way share one)
  const seconds = new Map<number, Set<number>>(); // first word -> second words
  const firsts = new Map<number, Set<number>>();
  for (const f of names) {
    if (f.kind !== 'full' || f.end - f.first !== 2) continue;
    const a = word[f.first];
    const b = word[f.first + 1];
    if (!runWords.has(a) && !runWords.has(b)) continue;
    let s = seconds.get(a);
    if (!s) seconds.set(a, (s = new Set()));
    s.add(b);
    let t = firsts.get(b);
    if (!t) firsts.set(b, (t = new Set()));
    t.add(a);
  }
  if (seconds.size === 0) return;
  const key = (id: number) => k.facts.nameKey(id);
  const oneOff = (x: number, known: Set<number> | undefined) => {
    if (!known || known.has(x)) return false;
    const xk = key(x);
    if (xk.length < MIN_MISSPELT) return false;
    for (const y of known) if (atMostOneSlip(xk, key(y))) return true;
    return false;
  };
  for (let r = 0; r < runs.count; r += 2) {
    // "Later Tashi Dondrup": any two words of the run, one of them a word of a name found
    for (let i = runs.get(r); i + 2 <= runs.get(r + 1) && !isFound(i); i++) {
      const a = word[i];
      const b = word[i + 1];
      if (!seconds.has(a) && !firsts.has(b)) continue;
      if (oneOff(b, seconds.get(a)) || oneOff(a, firsts.get(b))) {
        accept(i, i + 2);
        break;
      }
    }
  }
}

/** A misspelt word this short could be any word. */
const MIN_MISSPELT = 3;

