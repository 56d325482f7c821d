/**
 * Decides which name candidates are persons, using evidence around them: a title next to the name,
 * a list of names around it, a role verb after it, or an earlier full mention. Adds garbled
 * single-token names inside name lists ("Qin Fengyu, Jihongwu, Chandu") and surname-only
 * references bound by a title ("Secretary Xu" -> Xu Dazhe).
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import { glueBetween } from '../attribution/elements';
import type { ParsedTitle } from '../titles/parseTitle';
import type { TitleIndex } from '../titles/titleIndex';
import { TokenFlag, TokenKind, Tokens, markTokens } from '../text/tokenize';
import { WordSet } from '../text/wordSet';
import { NameCandidate, fullNameCandidate } from './findNameCandidates';

/** A name candidate accepted as a mention of a person (its mentionKind set). */
export type ResolvedName = NameCandidate;

/** Marks a candidate as a mention of a person. */
function resolvedName(c: NameCandidate, mentionKind: NameCandidate['mentionKind'], refersTo?: string): ResolvedName {
  c.mentionKind = mentionKind;
  c.refersTo = refersTo;
  return c;
}

const LIST_GLUE = new Set(['comma', 'and', 'adjacent']);
const NONE = -1;

export function resolveNames(tokens: Tokens, text: string, k: Knowledge, candidates: NameCandidate[], titleIndex: TitleIndex): ResolvedName[] {
  const titles = titleIndex.list;
  const n = tokens.length;
  // candidates by first token and by end (the last one wins)
  const byFirst = new Map<number, number>();
  const byEnd = new Map<number, number>();
  candidates.forEach((c, index) => {
    byFirst.set(c.first, index);
    byEnd.set(c.end, index);
  });
  const accepted = new Uint8Array(candidates.length);
  const acceptedKeys = new Set<string>();
  /** The candidate just before token index `first` (skipping list glue), or NONE. */
  const prevName = (first: number): number => {
    for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
      const c = byEnd.get(j + 1) ?? NONE;
      if (c !== NONE && LIST_GLUE.has(glueBetween(tokens, j + 1, first))) return c;
    }
    return NONE;
  };
  const nextName = (end: number): number => {
    for (let j = end; j <= Math.min(n - 1, end + 2); j++) {
      const c = byFirst.get(j) ?? NONE;
      if (c !== NONE && LIST_GLUE.has(glueBetween(tokens, end, j))) return c;
    }
    return NONE;
  };
  const titleNear = (c: NameCandidate): boolean => {
    if (titleIndex.endingAt(c.first)) return true;
    // "Picture: Ran Feng", "Proofreader: Luo Fen"
    const colon = tokens.lower(c.first - 1);
    if ((colon === ':' || colon === '：') && titleIndex.endingAt(c.first - 1)?.kind === 'byline') return true;
    for (let j = c.end; j <= Math.min(n - 1, c.end + 2); j++) {
      const t = titleIndex.startingAt(j);
      if (t && !t.bare && glueBetween(tokens, c.end, j) !== 'break') return true;
    }
    return false;
  };
  const roleAfter = (c: NameCandidate): boolean => {
    let j = c.end;
    for (let w = tokens.lower(j); w === 'also' || w === 'respectively' || w === 'then'; w = tokens.lower(j)) j++;
    return j < n && k.roleCues.longest(tokens, j) !== undefined && (tokens.flags[j] & TokenFlag.Capitalized) === 0;
  };

  candidates.forEach((c, index) => {
    if (!c.needsEvidence || titleNear(c) || acceptedKeys.has(c.key)) {
      accepted[index] = 1;
      acceptedKeys.add(c.key);
    }
  });
  // evidence that spreads: lists of names, role verbs, later mentions of an accepted name
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    candidates.forEach((c, index) => {
      if (accepted[index]) return;
      const p = prevName(c.first);
      const q = nextName(c.end);
      if ((p !== NONE && accepted[p]) || (q !== NONE && accepted[q]) || acceptedKeys.has(c.key) || (roleAfter(c) && (p !== NONE || q !== NONE || c.kind === 'full'))) {
        accepted[index] = 1;
        acceptedKeys.add(c.key);
        changed = true;
      }
    });
    if (!changed) break;
  }
  const out: ResolvedName[] = [];
  candidates.forEach((c, index) => {
    if (accepted[index]) out.push(resolvedName(c, c.kind === 'hanzi' ? 'hanzi' : 'full'));
  });

  out.push(...singleTokenListNames(tokens, text, k, out, titles));
  out.push(...surnameReferences(tokens, text, k, out, titles));
  out.sort((a, b) => a.first - b.first);
  return out;
}


/** What singleTokenListNames knows about a token, as bits of one array. */
const enum At {
  /** After a name or a group label. */
  NameOrLabelEnd = 1,
  /** After a name. */
  NameEnd = 2,
  NameFirst = 4,
  InTitle = 8,
  PostTitleFirst = 16,
  PostTitleEnd = 32,
  /** A capitalised one-word token of 2-3 pinyin syllables that is not vocabulary. */
  Shaped = 64,
  Found = 128,
}

/** Capitalised one-word names of 2-3 pinyin syllables standing between names in a list. */
function singleTokenListNames(tokens: Tokens, text: string, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[]): ResolvedName[] {
  const n = tokens.length;
  const { flags, word } = tokens;
  const at = new Uint8Array(n + 2);
  for (let x = 0; x < names.length; x++) {
    const name = names[x];
    at[name.end] |= At.NameOrLabelEnd | At.NameEnd;
    at[name.first] |= At.NameFirst;
  }
  for (let x = 0; x < titles.length; x++) {
    const t = titles[x];
    if (t.kind === 'group') at[t.end] |= At.NameOrLabelEnd; // "City leaders Jihongwu, ..."
    markTokens(at, t.first, t.end, At.InTitle);
    if (t.kind === 'post' && !t.bare) {
      at[t.end] |= At.PostTitleEnd;
      at[t.first] |= At.PostTitleFirst;
    }
  }
  const candidates: number[] = [];
  for (let c = 0; c < tokens.capitalized.length; c++) {
    const i = tokens.capitalized[c];
    if (flags[i] & TokenFlag.HasDigit || at[i] & (At.InTitle | At.NameFirst)) continue;
    if (tokens.end[i] - tokens.start[i] < 4 || k.facts.traits(word[i]) & (WordTrait.EnglishPinyin | WordTrait.PlaceSuffix)) continue;
    const syl = k.facts.syllables(word[i]);
    if (syl >= 2 && syl <= 3) {
      at[i] |= At.Shaped;
      candidates.push(i);
    }
  }
  const has = (i: number, bit: At) => i >= 0 && (at[i] & bit) !== 0;
  const listSeparators = new WordSet(tokens, [',', '、', '，', 'and', ';']);
  const isListSep = (i: number) => listSeparators.has(tokens, i);
  const found = new Map<number, ResolvedName>();
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let x = 0; x < candidates.length; x++) {
      const i = candidates[x];
      if (i < 1 || i + 1 >= n || at[i] & At.Found) continue;
      const leftIsName = isListSep(i - 1) && (has(i - 1, At.NameOrLabelEnd) || has(i - 2, At.Found));
      const leftShaped = isListSep(i - 1) && has(i - 2, At.Shaped);
      const rightIsName = isListSep(i + 1) && has(i + 2, At.NameFirst | At.Found);
      const rightShaped = isListSep(i + 1) && has(i + 2, At.Shaped);
      const leftLabel = has(i, At.NameOrLabelEnd) && !has(i, At.NameEnd); // directly after a group label
      // "...: A, title; Jiaxiaodong, title; Pengli; B, title": items of a semicolon list of officials
      const leftItem = tokens.lower(i - 1) === ';' && has(i - 1, At.PostTitleEnd);
      const right = tokens.lower(i + 1);
      const rightItem = right === ';' || right === '；' || (right === ',' && has(i + 2, At.PostTitleFirst));
      if ((leftIsName && (rightIsName || rightShaped)) || (rightIsName && (leftIsName || leftShaped)) || (leftLabel && (rightIsName || rightShaped)) || (leftItem && rightItem)) {
        const written = text.slice(tokens.start[i], tokens.end[i]);
        found.set(i, resolvedName(fullNameCandidate(tokens, i, i + 1, written, k.facts.nameKey(word[i]), false), 'single-token'));
        at[i] |= At.Found;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // the same garbled name elsewhere in the text ("The meeting was chaired by Jiaxiaodong.")
  const keyWords = new Set<number>();
  for (const f of found.values()) {
    const id = tokens.words.find(f.key);
    if (id >= 0) keyWords.add(id);
  }
  for (let c = 0; c < tokens.capitalized.length && keyWords.size > 0; c++) {
    const i = tokens.capitalized[c];
    if (!keyWords.has(word[i]) || at[i] & (At.Found | At.NameFirst | At.InTitle)) continue;
    found.set(i, resolvedName(fullNameCandidate(tokens, i, i + 1, text.slice(tokens.start[i], tokens.end[i]), tokens.lower(i), false), 'single-token'));
    at[i] |= At.Found;
  }
  return [...found.values()];
}

/** "Secretary Xu", "Mayor Li": a title right before a lone surname of a person named in full elsewhere. */
function surnameReferences(tokens: Tokens, text: string, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[]): ResolvedName[] {
  const { kind, word } = tokens;
  const taken = new Uint8Array(tokens.length);
  for (let x = 0; x < names.length; x++) markTokens(taken, names[x].first, names[x].end);
  // where a surname may stand for a person: after a post ("Secretary Xu") or a courtesy title ("Mr Zhou")
  const positions: number[] = [];
  for (let x = 0; x < titles.length; x++) if (titles[x].kind === 'post') positions.push(titles[x].end);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (kind[i] !== TokenKind.Word || !(k.facts.traits(word[i]) & WordTrait.CourtesyTitle)) continue;
    positions.push(tokens.lower(i + 1) === '.' ? i + 2 : i + 1);
  }
  positions.sort((a, b) => a - b);
  const references: number[] = [];
  const surnames = new Set<string>(); // normalised, of the references
  for (let x = 0; x < positions.length; x++) {
    const i = positions[x];
    if (x > 0 && i === positions[x - 1]) continue;
    if (!tokens.has(i) || taken[i] || kind[i] !== TokenKind.Word || !(tokens.flags[i] & TokenFlag.Capitalized) || glueBetween(tokens, i, i) === 'break') continue;
    if (tokens.start[i] - tokens.end[i - 1] > 2) continue;
    references.push(i);
    surnames.add(k.facts.pinyinKey(word[i]));
  }
  if (references.length === 0) return [];
  // distinct full names per surname, for the surnames referred to (a full name's surname is its first word)
  const bySurname = new Map<string, Map<string, ResolvedName>>();
  const keysReferred = new Set<string>();
  for (let x = 0; x < names.length; x++) {
    const n = names[x];
    if (n.kind !== 'full' || n.mentionKind !== 'full') continue;
    const s = k.facts.pinyinKey(word[n.first]);
    if (!surnames.has(s)) continue;
    let keys = bySurname.get(s);
    if (!keys) bySurname.set(s, (keys = new Map()));
    if (!keys.has(n.key)) keys.set(n.key, n);
    keysReferred.add(n.key);
  }
  // every mention of those persons, whatever its kind, in document order
  const inOrder = names.filter((n) => keysReferred.has(n.key)).sort((a, b) => a.first - b.first);
  const lastMention = new Map<string, number>(); // key -> token index of its latest mention so far
  let cursor = 0;
  const out: ResolvedName[] = [];
  for (const i of references) {
    for (; cursor < inOrder.length && inOrder[cursor].first < i; cursor++) lastMention.set(inOrder[cursor].key, inOrder[cursor].first);
    const persons = bySurname.get(k.facts.pinyinKey(word[i]));
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
    out.push(resolvedName(fullNameCandidate(tokens, i, i + 1, text.slice(tokens.start[i], tokens.end[i]), target.key, false), 'surname', target.key));
  }
  return out;
}
