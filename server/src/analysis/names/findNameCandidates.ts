/**
 * Pinyin-aware name candidates: Surname + Given (one or two syllables, one word or split in two),
 * compound surnames, Wade-Giles / Cantonese hyphenated given names, names in Han characters after
 * a byline label. Candidates whose surname is also an English word (He, An, Sun...) or whose given
 * name is an English word are marked `needsEvidence`; resolveNames decides on them.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { nameKey } from '../knowledge/nameKey';
import { normalizePinyin } from '../knowledge/pinyin';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';

export interface NameCandidate {
  /** Token range [first, end). */
  first: number;
  end: number;
  start: number;
  stop: number;
  kind: 'full' | 'hanzi';
  surname: string;
  /** Identity: lower-case letters of the whole name without spaces or hyphens. */
  key: string;
  needsEvidence: boolean;
  /** For names in Han characters: the byline label they follow (编辑：贺予菁). */
  hanziLabel?: { start: number; end: number; label: string };
}

const AFTER_FUNCTION_WORD = new Set(['of', 'the', 'a', 'an']);
const MAX_NAME_GAP = 3; // characters of whitespace between surname and given name

function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const tb = tokens[b];
  if (!tb || tb.flags & TokenFlag.BlankLineBefore) return false;
  const gap = tb.start - tokens[a].end;
  return gap >= 1 && (gap <= MAX_NAME_GAP || (tb.flags & TokenFlag.LineBreakBefore) !== 0);
}

function isCapitalizedWord(t: Token | undefined): t is Token {
  return !!t && t.kind === TokenKind.Word && (t.flags & TokenFlag.Capitalized) !== 0 && !(t.flags & TokenFlag.HasDigit);
}

/** Syllable count of a given name token, 0 when it is not a plausible given name. */
function givenSyllables(t: Token, k: Knowledge): number {
  if (t.kind !== TokenKind.Word || t.flags & TokenFlag.HasDigit) return 0;
  if (t.lower.includes('-')) return 0;
  return k.syllables.minSyllables(t.lower);
}

/** "Hsiao-yen", "Kam-sing": a hyphenated romanised given name. */
function isHyphenatedGiven(t: Token): boolean {
  if (t.kind !== TokenKind.Word || !(t.flags & TokenFlag.Capitalized)) return false;
  const parts = t.lower.split('-');
  return parts.length === 2 && parts.every((p) => p.length >= 2 && p.length <= 6 && /^[a-z]+$/.test(p));
}

export function findNameCandidates(tokens: readonly Token[], text: string, k: Knowledge): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === TokenKind.Han) {
      i = hanziNames(tokens, i, k, out);
      continue;
    }
    // a name listed in the workspace lexicon is a person, in any of its spellings
    const listed = t.kind === TokenKind.Word ? k.listedNames.longest(tokens, i) : undefined;
    if (listed) {
      const last = tokens[listed.end - 1];
      out.push({ first: i, end: listed.end, start: t.start, stop: last.end, kind: 'full', surname: text.slice(t.start, t.end), key: listed.value, needsEvidence: false });
      i = listed.end - 1;
      continue;
    }
    const allCaps = (t.flags & TokenFlag.AllCaps) !== 0;
    if (!isCapitalizedWord(t)) continue;
    const surnameKey = normalizePinyin(t.lower);
    if (!k.surnames.has(surnameKey)) continue;
    if (k.nonPersonPhrases.longest(tokens, i)) {
      i = k.nonPersonPhrases.longest(tokens, i)!.end - 1;
      continue;
    }
    const g = tokens[i + 1];
    if (!g || !adjacent(tokens, i, i + 1) || g.kind !== TokenKind.Word) continue;
    const gCap = (g.flags & TokenFlag.Capitalized) !== 0;
    let end = -1;
    let englishGiven = false;
    if (isHyphenatedGiven(g)) {
      end = i + 2;
    } else {
      const syl = givenSyllables(g, k);
      if (syl === 0 || syl > 2) continue;
      // lower-case given names only with two syllables ("Wang xiaoming"), or after an all-caps surname
      if (!gCap && !(syl === 2 || allCaps)) continue;
      englishGiven = k.englishPinyinWords.has(g.lower) || (!gCap && k.englishPinyinWords.has(g.lower));
      end = i + 2;
      // "Li Xiao Ming": a two-syllable given name written as two words
      const h = tokens[i + 2];
      if (syl === 1 && h && isCapitalizedWord(h) && adjacent(tokens, i + 1, i + 2) && givenSyllables(h, k) === 1 && !k.englishPinyinWords.has(h.lower)) {
        const next = tokens[i + 3];
        const hStartsName = k.surnames.has(normalizePinyin(h.lower)) && next && isCapitalizedWord(next) && adjacent(tokens, i + 2, i + 3) && givenSyllables(next, k) > 0;
        if (!hStartsName) end = i + 3;
      }
    }
    const after = tokens[end];
    const suffix = after && after.kind === TokenKind.Word && adjacent(tokens, end - 1, end)
      && ((after.flags & TokenFlag.Capitalized && k.placeSuffixes.has(after.lower)) || (!(after.flags & TokenFlag.Capitalized) && k.lowercaseSuffixes.has(after.lower)));
    if (suffix) {
      i = end; // "Mei County", "Changxing Town": a place
      continue;
    }
    const name = text.slice(t.start, tokens[end - 1].end);
    const given = tokens.slice(i + 1, end);
    const givenSyl = given.reduce((n, x) => n + (givenSyllables(x, k) || 1), 0);
    // "Rule of Law Nanhu", "the Long March": an English-word surname after an article or "of"
    const before = tokens[i - 1];
    const afterFunctionWord = before?.kind === TokenKind.Word && AFTER_FUNCTION_WORD.has(before.lower);
    const weakSurname = k.weakSurnames.has(surnameKey);
    out.push({
      first: i, end, start: t.start, stop: tokens[end - 1].end, kind: 'full', surname: text.slice(t.start, t.end),
      key: nameKey(name),
      needsEvidence: englishGiven || (weakSurname && (givenSyl < 2 || afterFunctionWord)) || (!gCap && !allCaps),
    });
    i = end - 1;
  }
  return out;
}

/** Han-character names after a byline label: 编辑：贺予菁, 记者张宗兴, 摄影 王小明、李四. */
function hanziNames(tokens: readonly Token[], i: number, k: Knowledge, out: NameCandidate[]): number {
  const t = tokens[i];
  let j = i;
  let label = k.hanziBylineLabels.find((l) => t.lower.startsWith(l));
  if (!label) return i;
  const hanziLabel = { start: t.start, end: t.start + label.length, label };
  const pushName = (tok: Token, offset: number): boolean => {
    const s = tok.lower.slice(offset);
    if (s.length < 2 || s.length > 4) return false;
    if (!k.hanziSurnames.has(s[0]) && !k.hanziSurnames.has(s.slice(0, 2))) return false;
    out.push({ first: j, end: j + 1, start: tok.start + offset, stop: tok.end, kind: 'hanzi', surname: s[0], key: s, needsEvidence: false, hanziLabel });
    return true;
  };
  if (t.lower.length > label.length) {
    if (!pushName(t, label.length)) return i;
  } else {
    // label then ： or : then the name
    const sep = tokens[j + 1];
    if (!sep || (sep.lower !== '：' && sep.lower !== ':')) return i;
    j += 2;
    const name = tokens[j];
    if (!name || name.kind !== TokenKind.Han || !pushName(name, 0)) return i;
  }
  // more names separated by 、 ， or spaces
  while (j + 1 < tokens.length) {
    let m = j + 1;
    if (tokens[m].lower === '、' || tokens[m].lower === '，' || tokens[m].lower === ',') m++;
    const next = tokens[m];
    if (!next || next.kind !== TokenKind.Han || next.flags & TokenFlag.LineBreakBefore) break;
    label = k.hanziBylineLabels.find((l) => next.lower.startsWith(l));
    if (label) break;
    const save = j;
    j = m;
    if (!pushName(next, 0)) {
      j = save;
      break;
    }
  }
  return j;
}

export { nameKey };
