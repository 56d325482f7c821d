/**
 * Decides which name candidates are persons, using evidence around them: a title next to the name,
 * a list of names around it, a role verb after it, or an earlier full mention. Adds garbled
 * single-token names inside name lists ("Qin Fengyu, Jihongwu, Chandu") and surname-only
 * references bound by a title ("Secretary Xu" -> Xu Dazhe).
 */
import type { Knowledge } from '../knowledge/knowledge';
import { normalizePinyin } from '../knowledge/pinyin';
import { glueBetween } from '../attribution/elements';
import type { ParsedTitle } from '../titles/parseTitle';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';
import { NameCandidate, nameKey } from './findNameCandidates';

export interface ResolvedName extends NameCandidate {
  mentionKind: 'full' | 'hanzi' | 'single-token' | 'surname';
  /** For surname-only references: the key of the full name they stand for. */
  refersTo?: string;
}

const LIST_GLUE = new Set(['comma', 'and', 'adjacent']);

export function resolveNames(
  tokens: readonly Token[], text: string, k: Knowledge, candidates: NameCandidate[], titles: ParsedTitle[],
): ResolvedName[] {
  const titleEndingAt = new Map<number, ParsedTitle>();
  const titleStartingAt = new Map<number, ParsedTitle>();
  for (const t of titles) {
    titleEndingAt.set(t.end, t);
    titleStartingAt.set(t.first, t);
  }
  const accepted = new Set<NameCandidate>();
  const acceptedKeys = new Set<string>();
  const byFirst = new Map<number, NameCandidate>();
  const byEnd = new Map<number, NameCandidate>();
  for (const c of candidates) {
    byFirst.set(c.first, c);
    byEnd.set(c.end, c);
  }
  /** The element just before token index `first` (skipping list glue), if a name. */
  const prevName = (first: number): NameCandidate | undefined => {
    for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
      const c = byEnd.get(j + 1);
      if (c && LIST_GLUE.has(glueBetween(tokens, j + 1, first))) return c;
    }
    return undefined;
  };
  const nextName = (end: number): NameCandidate | undefined => {
    for (let j = end; j <= Math.min(tokens.length - 1, end + 2); j++) {
      const c = byFirst.get(j);
      if (c && LIST_GLUE.has(glueBetween(tokens, end, j))) return c;
    }
    return undefined;
  };
  const titleNear = (c: NameCandidate): boolean => {
    if (titleEndingAt.has(c.first)) return true;
    // "Picture: Ran Feng", "Proofreader: Luo Fen"
    const colon = tokens[c.first - 1];
    if (colon && (colon.lower === ':' || colon.lower === '：') && titleEndingAt.get(c.first - 1)?.kind === 'byline') return true;
    for (let j = c.end; j <= Math.min(tokens.length - 1, c.end + 2); j++) {
      const t = titleStartingAt.get(j);
      if (t && !t.bare && glueBetween(tokens, c.end, j) !== 'break') return true;
    }
    return false;
  };
  const roleAfter = (c: NameCandidate): boolean => {
    let j = c.end;
    while (tokens[j] && (tokens[j].lower === 'also' || tokens[j].lower === 'respectively' || tokens[j].lower === 'then')) j++;
    return tokens[j] !== undefined && k.roleCues.longest(tokens, j) !== undefined && (tokens[j].flags & TokenFlag.Capitalized) === 0;
  };

  for (const c of candidates) {
    if (!c.needsEvidence || titleNear(c) || acceptedKeys.has(c.key)) {
      accepted.add(c);
      acceptedKeys.add(c.key);
    }
  }
  // evidence that spreads: lists of names, role verbs, later mentions of an accepted name
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const c of candidates) {
      if (accepted.has(c)) continue;
      const p = prevName(c.first);
      const n = nextName(c.end);
      if ((p && accepted.has(p)) || (n && accepted.has(n)) || acceptedKeys.has(c.key) || (roleAfter(c) && (p || n || c.kind === 'full'))) {
        accepted.add(c);
        acceptedKeys.add(c.key);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const out: ResolvedName[] = candidates.filter((c) => accepted.has(c)).map((c) => ({ ...c, mentionKind: c.kind === 'hanzi' ? 'hanzi' : 'full' }));

  out.push(...singleTokenListNames(tokens, text, k, out, titles));
  out.push(...surnameReferences(tokens, text, k, out, titles));
  out.sort((a, b) => a.first - b.first);
  return out;
}

function isListSep(t: Token | undefined): boolean {
  return !!t && (t.lower === ',' || t.lower === '、' || t.lower === '，' || t.lower === 'and' || t.lower === ';');
}

/** Capitalised one-word names of 2-3 pinyin syllables standing between names in a list. */
function singleTokenListNames(tokens: readonly Token[], text: string, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[]): ResolvedName[] {
  const n = tokens.length;
  const nameAtEnd = new Uint8Array(n + 1);
  const nameAtFirst = new Uint8Array(n + 1);
  const nameEnds = new Uint8Array(n + 1);
  for (const name of names) {
    nameAtEnd[name.end] = 1;
    nameEnds[name.end] = 1;
    nameAtFirst[name.first] = 1;
  }
  const inTitle = new Uint8Array(n + 1);
  const postTitleEnd = new Uint8Array(n + 1);
  const postTitleStart = new Uint8Array(n + 1);
  for (const t of titles) {
    if (t.kind === 'group') nameAtEnd[t.end] = 1; // "City leaders Jihongwu, ..."
    inTitle.fill(1, t.first, t.end);
    if (t.kind === 'post' && !t.bare) {
      postTitleEnd[t.end] = 1;
      postTitleStart[t.first] = 1;
    }
  }
  // capitalised one-word tokens of 2-3 pinyin syllables that are not vocabulary: computed once
  const shapedAt = new Uint8Array(n + 2);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || !(t.flags & TokenFlag.Capitalized) || t.flags & TokenFlag.HasDigit || inTitle[i] || nameAtFirst[i]) continue;
    if (t.lower.length < 4 || k.englishPinyinWords.has(t.lower) || k.placeSuffixes.has(t.lower)) continue;
    const syl = k.syllables.minSyllables(t.lower);
    if (syl >= 2 && syl <= 3) {
      shapedAt[i] = 1;
      candidates.push(i);
    }
  }
  const shaped = (i: number) => i >= 0 && shapedAt[i] === 1;
  const found = new Map<number, ResolvedName>();
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const i of candidates) {
      if (i < 1 || i + 1 >= n || found.has(i)) continue;
      const leftIsName = isListSep(tokens[i - 1]) && (nameAtEnd[i - 1] === 1 || found.has(i - 2));
      const leftShaped = isListSep(tokens[i - 1]) && shaped(i - 2);
      const rightIsName = isListSep(tokens[i + 1]) && (nameAtFirst[i + 2] === 1 || found.has(i + 2));
      const rightShaped = isListSep(tokens[i + 1]) && shaped(i + 2);
      const leftLabel = nameAtEnd[i] === 1 && !nameEnds[i]; // directly after a group label
      // "...: A, title; Jiaxiaodong, title; Pengli; B, title": items of a semicolon list of officials
      const leftItem = tokens[i - 1].lower === ';' && postTitleEnd[i - 1] === 1;
      const rightItem = tokens[i + 1].lower === ';' || tokens[i + 1].lower === '；' || (tokens[i + 1].lower === ',' && postTitleStart[i + 2] === 1);
      if ((leftIsName && (rightIsName || rightShaped)) || (rightIsName && (leftIsName || leftShaped)) || (leftLabel && (rightIsName || rightShaped)) || (leftItem && rightItem)) {
        const t = tokens[i];
        found.set(i, {
          first: i, end: i + 1, start: t.start, stop: t.end, kind: 'full', surname: text.slice(t.start, t.end),
          key: nameKey(text.slice(t.start, t.end)), needsEvidence: false, mentionKind: 'single-token',
        });
        changed = true;
      }
    }
    if (!changed) break;
  }
  // the same garbled name elsewhere in the text ("The meeting was chaired by Jiaxiaodong.")
  const keys = new Set([...found.values()].map((n) => n.key));
  for (let i = 0; i < tokens.length && keys.size > 0; i++) {
    const t = tokens[i];
    if (found.has(i) || nameAtFirst[i] || inTitle[i] || t.kind !== TokenKind.Word || !(t.flags & TokenFlag.Capitalized)) continue;
    const key = t.lower;
    if (!keys.has(key)) continue;
    found.set(i, { first: i, end: i + 1, start: t.start, stop: t.end, kind: 'full', surname: text.slice(t.start, t.end), key, needsEvidence: false, mentionKind: 'single-token' });
  }
  return [...found.values()];
}

/** "Secretary Xu", "Mayor Li": a title right before a lone surname of a person named in full elsewhere. */
function surnameReferences(tokens: readonly Token[], text: string, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[]): ResolvedName[] {
  // distinct full names per surname
  const bySurname = new Map<string, Map<string, ResolvedName>>();
  for (const n of names) {
    if (n.kind !== 'full' || n.mentionKind !== 'full') continue;
    const s = normalizePinyin(n.surname);
    let keys = bySurname.get(s);
    if (!keys) bySurname.set(s, (keys = new Map()));
    if (!keys.has(n.key)) keys.set(n.key, n);
  }
  const taken = new Uint8Array(tokens.length);
  for (const n of names) taken.fill(1, n.first, n.end);
  const inOrder = [...names].sort((a, b) => a.first - b.first);
  const lastMention = new Map<string, number>(); // key -> token index of its latest mention so far
  let cursor = 0;
  const out: ResolvedName[] = [];
  // where a surname may stand for a person: after a post ("Secretary Xu") or a courtesy title ("Mr Zhou")
  const positions: number[] = titles.filter((t) => t.kind === 'post').map((t) => t.end);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].kind !== TokenKind.Word || !k.courtesyTitles.has(tokens[i].lower)) continue;
    positions.push(tokens[i + 1].lower === '.' ? i + 2 : i + 1);
  }
  for (const i of [...new Set(positions)].sort((a, b) => a - b)) {
    for (; cursor < inOrder.length && inOrder[cursor].first < i; cursor++) lastMention.set(inOrder[cursor].key, inOrder[cursor].first);
    const t = tokens[i];
    if (!t || taken[i] || t.kind !== TokenKind.Word || !(t.flags & TokenFlag.Capitalized) || glueBetween(tokens, i, i) === 'break') continue;
    if (t.start - tokens[i - 1].end > 2) continue;
    const persons = bySurname.get(normalizePinyin(t.lower));
    if (!persons || persons.size === 0) continue;
    // prefer the person named most recently before this reference, else the only one
    let target: ResolvedName | undefined;
    let latest = -1;
    for (const [key, n] of persons) {
      const at = lastMention.get(key);
      if (at !== undefined && at > latest) {
        latest = at;
        target = n;
      }
    }
    if (!target && persons.size === 1) target = persons.values().next().value;
    if (!target) continue;
    out.push({
      first: i, end: i + 1, start: t.start, stop: t.end, kind: 'full', surname: text.slice(t.start, t.end),
      key: target.key, needsEvidence: false, mentionKind: 'surname', refersTo: target.key,
    });
  }
  return out;
}
