/**
 * Names outside the pinyin grammar (Tibetan, Uyghur, Mongolian, Kazakh, Singaporean: "Losang
 * Gyatso", "Abdukerim Rozi", "Tan Boon Huat", "Bateer") found by what surrounds them: an appositive
 * post ("X, deputy secretary of ..."), an ethnicity in brackets ("X (female, Uyghur)"), a byline or
 * group label, a passive role cue ("presided over by X"), or a place in a list of names. Once found,
 * every other occurrence of the same words is the same person.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { nameKey } from '../knowledge/nameKey';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';
import type { ParsedTitle } from '../titles/parseTitle';
import type { NameCandidate } from './findNameCandidates';

const MAX_WORDS = 3;
const LIST_SEPARATORS = new Set([',', '、', '，', 'and', ';']);

export function contextualCandidates(tokens: readonly Token[], text: string, k: Knowledge, candidates: NameCandidate[], titles: ParsedTitle[]): NameCandidate[] {
  const n = tokens.length;
  const covered = new Uint8Array(n + 1);
  const candidateEnd = new Uint8Array(n + 1);
  const candidateFirst = new Uint8Array(n + 1);
  for (const c of candidates) {
    covered.fill(1, c.first, c.end);
    candidateEnd[c.end] = 1;
    candidateFirst[c.first] = 1;
  }
  const titleAt = new Map<number, ParsedTitle>();
  const labelEnd = new Uint8Array(n + 1);
  for (const t of titles) {
    covered.fill(1, t.first, t.end);
    titleAt.set(t.first, t);
    if (t.kind !== 'post') labelEnd[t.end] = 1;
  }

  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== TokenKind.Word || covered[i] || !(t.flags & TokenFlag.Capitalized) || t.flags & TokenFlag.HasDigit) return false;
    if (t.starts !== 0 && t.starts !== -1) return false; // vocabulary (titles, themes, role words...)
    if (t.lower.length < 2 || k.notNames.has(t.lower) || k.vocabularyWords.has(t.lower)) return false;
    if (t.flags & TokenFlag.AllCaps && t.lower.length <= 5) return false; // CPC, CPPCC, NPC
    return /^[\p{L}'’-]+$/u.test(t.lower);
  };
  const joined = (a: number, b: number): boolean => {
    const gap = text.slice(tokens[a].end, tokens[b].start);
    return gap === ' ' || gap === '·' || gap === '\u00b7' || gap === '\u00a0';
  };
  /** The run of name words starting at i (token range), if any. */
  const runAt = (i: number): number => {
    if (!nameWord(i)) return i;
    let j = i + 1;
    while (j < n && j - i < MAX_WORDS && nameWord(j) && joined(j - 1, j)) j++;
    // a '·' between two words is inside one name
    if (j < n && tokens[j].lower === '·' && nameWord(j + 1)) j += 2;
    return j;
  };

  const appositive = (end: number): boolean => {
    if (tokens[end]?.lower !== ',' && tokens[end]?.lower !== '，') return false;
    const t = titleAt.get(end + 1);
    if (!t || t.kind !== 'post' || t.bare || t.plural) return false;
    // "Meanwhile, deputy mayor Zhang Wei said": the title belongs to the name after it
    return !candidateFirst[t.end];
  };
  const bracketedEthnicity = (end: number): boolean =>
    (tokens[end]?.lower === '(' || tokens[end]?.lower === '（') && k.nameParentheticals.has(tokens[end + 1]?.lower ?? '');
  const afterLabel = (first: number): boolean => {
    if (labelEnd[first]) return true;
    const colon = tokens[first - 1];
    return !!colon && (colon.lower === ':' || colon.lower === '：') && labelEnd[first - 1] === 1;
  };
  const afterPassiveCue = (first: number): boolean => {
    for (let m = Math.max(0, first - 5); m < first; m++) {
      const cue = k.roleCues.longest(tokens, m, first);
      if (cue?.value.passive && cue.end === first) return true;
    }
    return false;
  };

  /** A lower-case word before the run ("in Taichung", "of Heping Commune"): a place or a thing, not a person. */
  const afterLowerWord = (first: number): boolean => {
    const t = tokens[first - 1];
    return !!t && t.kind === TokenKind.Word && !(t.flags & TokenFlag.Capitalized) && t.lower !== 'and' && !(tokens[first].flags & TokenFlag.LineBreakBefore);
  };
  /** A name ends before punctuation, a line break or a capitalised word, not before "will", "the"... */
  const endsLikeName = (end: number): boolean => {
    const t = tokens[end];
    return !t || t.kind !== TokenKind.Word || (t.flags & TokenFlag.Capitalized) !== 0 || (t.flags & TokenFlag.LineBreakBefore) !== 0 || k.roleCues.startsAt(t);
  };
  const found = new Map<number, NameCandidate>();
  const accept = (i: number, j: number) => {
    const name = text.slice(tokens[i].start, tokens[j - 1].end);
    found.set(i, { first: i, end: j, start: tokens[i].start, stop: tokens[j - 1].end, kind: 'full', surname: text.slice(tokens[i].start, tokens[i].end), key: nameKey(name), needsEvidence: false });
    covered.fill(1, i, j);
  };
  const runs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const j = runAt(i);
    if (j === i) continue;
    runs.push([i, j]);
    const byContext = (!afterLowerWord(i) && (appositive(j) || bracketedEthnicity(j))) || ((afterLabel(i) || afterPassiveCue(i)) && endsLikeName(j));
    if (byContext) accept(i, j);
    i = j - 1;
  }
  // a place in a comma list with known names on either side
  const nameEndsAt = (end: number) => candidateEnd[end] === 1 || [...found.values()].some((f) => f.end === end);
  for (let pass = 0; pass < 2; pass++) {
    for (const [i, j] of runs) {
      if (found.has(i)) continue;
      // both sides of the run are list separators (or a label, or the end of the list), one side a name
      const leftSep = i >= 1 && (LIST_SEPARATORS.has(tokens[i - 1].lower) || labelEnd[i] === 1);
      const rightSep = j < n && (LIST_SEPARATORS.has(tokens[j].lower) || tokens[j].lower === '(' || tokens[j].lower === '（' || k.roleCues.startsAt(tokens[j]) || tokens[j].lower === 'etc');
      const leftName = i >= 2 && LIST_SEPARATORS.has(tokens[i - 1].lower) && nameEndsAt(i - 1);
      const rightName = j + 1 < n && LIST_SEPARATORS.has(tokens[j].lower) && (candidateFirst[j + 1] === 1 || found.has(j + 1));
      if (leftSep && rightSep && (leftName || rightName || labelEnd[i] === 1)) accept(i, j);
    }
  }
  // "Gong Liming（龚立明）": the name in Chinese characters, in brackets right after it
  for (const c of candidates) {
    const open = tokens[c.end];
    const han = tokens[c.end + 1];
    const close = tokens[c.end + 2];
    if (c.kind !== 'full' || !open || !han || !close || (open.lower !== '(' && open.lower !== '（') || han.kind !== TokenKind.Han) continue;
    if ((close.lower !== ')' && close.lower !== '）') || han.lower.length < 2 || han.lower.length > 4 || !k.hanziSurnames.has(han.lower[0])) continue;
    found.set(c.end + 1, { first: c.end + 1, end: c.end + 2, start: han.start, stop: han.end, kind: 'hanzi', surname: han.lower[0], key: c.key, needsEvidence: c.needsEvidence });
  }
  // "Acting county magistrate bai shengli": a lower-case pinyin name right after a post
  for (const t of titles) {
    const s = tokens[t.end];
    const g = tokens[t.end + 1];
    if (t.kind !== 'post' || !s || !g || covered[t.end] || covered[t.end + 1] || s.kind !== TokenKind.Word || g.kind !== TokenKind.Word) continue;
    if (s.flags & TokenFlag.Capitalized || g.flags & TokenFlag.Capitalized || !k.surnames.has(s.lower) || k.weakSurnames.has(s.lower)) continue;
    const syllables = k.syllables.minSyllables(g.lower);
    if (syllables < 1 || syllables > 2 || k.englishPinyinWords.has(g.lower) || !endsLikeName(t.end + 2)) continue;
    accept(t.end, t.end + 2);
  }
  // every other occurrence of a name found here
  const keys = new Set([...found.values()].map((f) => f.key));
  if (keys.size > 0) {
    for (const [i, j] of runs) {
      if (found.has(i)) continue;
      if (keys.has(nameKey(text.slice(tokens[i].start, tokens[j - 1].end)))) accept(i, j);
    }
  }
  return [...found.values()];
}
