/**
 * Decides which name candidates are persons, using evidence around them: a title next to the name,
 * a list of names around it, a role verb after it, or an earlier full mention. Adds garbled
 * single-token names inside name lists ("Qin Fengyu, Jihongwu, Chandu") and surname-only
 * references bound by a title ("Secretary Xu" -> Xu Dazhe).
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import { Glue, glueBetween } from '../attribution/elements';
import type { ParsedTitle } from '../titles/parseTitle';
import type { TitleIndex } from '../titles/titleIndex';
import { TokenFlag, TokenKind, Tokens, markTokens, mergeIndices } from '../text/tokenize';
import { NameCandidate, fullNameCandidate, mergeByFirst } from './findNameCandidates';
import { FirstLetters } from './firstLetters';

/** A name candidate accepted as a mention of a person (its mentionKind set). */
export type ResolvedName = NameCandidate;

/** Marks a candidate as a mention of a person. */
function resolvedName(c: NameCandidate, mentionKind: NameCandidate['mentionKind']): ResolvedName {
  c.mentionKind = mentionKind;
  return c;
}

const isListGlue = (g: Glue) => g === Glue.Comma || g === Glue.And || g === Glue.Adjacent;
const NONE = -1;

/** `notName`: the tokens of phrases that are never persons (see notNameTokens). */
export function resolveNames(tokens: Tokens, k: Knowledge, candidates: NameCandidate[], titleIndex: TitleIndex, notName: Uint8Array): ResolvedName[] {
  const titles = titleIndex.list;
  const n = tokens.length;
  // candidates by first token and by end (the last one wins), NONE where none
  const byFirst = tokens.ints(n + 1, false).fill(NONE);
  const byEnd = tokens.ints(n + 1, false).fill(NONE);
  for (let index = 0; index < candidates.length; index++) {
    byFirst[candidates[index].first] = index;
    byEnd[candidates[index].end] = index;
  }
  const accepted = tokens.bytes(candidates.length);
  const acceptedKeys = new Set<string>();
  /** The candidate just before token index `first` (skipping list glue), or NONE. */
  const prevName = (first: number): number => {
    for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
      const c = byEnd[j + 1];
      if (c !== NONE && isListGlue(glueBetween(tokens, k, j + 1, first))) return c;
    }
    return NONE;
  };
  const nextName = (end: number): number => {
    for (let j = end; j <= Math.min(n - 1, end + 2); j++) {
      const c = byFirst[j];
      if (c !== NONE && isListGlue(glueBetween(tokens, k, end, j))) return c;
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
      if (t && !t.bare && glueBetween(tokens, k, c.end, j) !== Glue.Break) return true;
    }
    return false;
  };
  const roleAfter = (c: NameCandidate): boolean => {
    let j = c.end;
    for (let w = tokens.lower(j); w === 'also' || w === 'respectively' || w === 'then'; w = tokens.lower(j)) j++;
    return j < n && (tokens.flags[j] & TokenFlag.Capitalized) === 0 && (tokens.starts[j] & k.roleCues.bit) !== 0 && k.roleCues.match(tokens, j) >= 0;
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
  const resolved: ResolvedName[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index];
    if (accepted[index]) resolved.push(resolvedName(c, c.kind === 'hanzi' ? 'hanzi' : 'full'));
  }
  const singles = singleTokenListNames(tokens, k, resolved, titles, notName);
  const named = mergeByFirst(resolved, singles.sort((a, b) => a.first - b.first));
  return mergeByFirst(named, surnameReferences(tokens, k, named, titles));
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
function singleTokenListNames(tokens: Tokens, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[], notName: Uint8Array): ResolvedName[] {
  const n = tokens.length;
  const { flags, word } = tokens;
  const at = tokens.bytes(n + 2);
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
  const has = (i: number, bit: At) => i >= 0 && (at[i] & bit) !== 0;
  const isListSep = (i: number) => (k.traitsAt(tokens, i) & WordTrait.ListSeparator) !== 0;
  const [comma, semicolon, wideSemicolon] = [',', ';', '；'].map((w) => tokens.words.find(w));
  /** "...: A, title; Jiaxiaodong, title; Pengli; B, title": an item of a semicolon list of officials, on the left. */
  const leftItem = (i: number) => word[i - 1] === semicolon && has(i - 1, At.PostTitleEnd);
  // the shaped words; those a list separator follows (or a semicolon list item) may be names
  const candidates = tokens.indexList();
  for (let c = 0; c < tokens.capitalized.length; c++) {
    const i = tokens.capitalized[c];
    if (flags[i] & TokenFlag.HasDigit || at[i] & (At.InTitle | At.NameFirst) || notName[i]) continue;
    if (tokens.end[i] - tokens.start[i] < 4 || k.facts.traits(word[i]) & (WordTrait.EnglishPinyin | WordTrait.PlaceSuffix)) continue;
    const syl = k.facts.syllables(word[i]);
    if (syl < 2 || syl > 3) continue;
    at[i] |= At.Shaped;
    if (i >= 1 && i + 1 < n && (isListSep(i + 1) || leftItem(i))) candidates.push(i);
  }
  const found = new Map<number, ResolvedName>();
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let x = 0; x < candidates.count; x++) {
      const i = candidates.get(x);
      if (at[i] & At.Found) continue;
      const leftIsName = isListSep(i - 1) && (has(i - 1, At.NameOrLabelEnd) || has(i - 2, At.Found));
      const leftShaped = isListSep(i - 1) && has(i - 2, At.Shaped);
      const rightIsName = isListSep(i + 1) && has(i + 2, At.NameFirst | At.Found);
      const rightShaped = isListSep(i + 1) && has(i + 2, At.Shaped);
      const leftLabel = has(i, At.NameOrLabelEnd) && !has(i, At.NameEnd); // directly after a group label
      const right = word[i + 1];
      const rightItem = right === semicolon || right === wideSemicolon || (right === comma && has(i + 2, At.PostTitleFirst));
      if ((leftIsName && (rightIsName || rightShaped)) || (rightIsName && (leftIsName || leftShaped)) || (leftLabel && (rightIsName || rightShaped)) || (leftItem(i) && rightItem)) {
        found.set(i, resolvedName(fullNameCandidate(tokens, i, i + 1, k.facts.nameKey(word[i]), false), 'single-token'));
        at[i] |= At.Found;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // the same garbled name elsewhere in the text ("The meeting was chaired by Jiaxiaodong.")
  if (found.size === 0) return [];
  const isKeyWord = tokens.bytes(tokens.words.size); // by word id
  let keyWords = 0;
  for (const f of found.values()) {
    const id = tokens.words.find(f.key);
    if (id >= 0 && !isKeyWord[id]) {
      isKeyWord[id] = 1;
      keyWords++;
    }
  }
  for (let c = 0; c < tokens.capitalized.length && keyWords > 0; c++) {
    const i = tokens.capitalized[c];
    if (!isKeyWord[word[i]] || at[i] & (At.Found | At.NameFirst | At.InTitle)) continue;
    found.set(i, resolvedName(fullNameCandidate(tokens, i, i + 1, tokens.lower(i), false), 'single-token'));
    at[i] |= At.Found;
  }
  return [...found.values()];
}

/**
 * The persons named in full with one surname, and which of them was named most recently (read in
 * document order): the one a lone surname stands for.
 */
class SurnameGroup {
  /** Identity key -> the person's first full name, and its rank in order of first full name. */
  private readonly persons = new Map<string, { name: ResolvedName; rank: number }>();
  private latest = -1;
  private latestRank = 0;
  private latestName: ResolvedName | undefined;

  /** Adds a person's full name; false when the person is in the group already. */
  add(n: ResolvedName): boolean {
    if (this.persons.has(n.key)) return false;
    this.persons.set(n.key, { name: n, rank: this.persons.size });
    return true;
  }

  /** A mention of one of the persons, after every mention read before it. */
  mentioned(m: ResolvedName): void {
    const p = this.persons.get(m.key)!;
    // on one token, the person first named in full first
    if (m.first > this.latest || (m.first === this.latest && p.rank < this.latestRank)) {
      this.latest = m.first;
      this.latestRank = p.rank;
      this.latestName = p.name;
    }
  }

  /** The person named most recently, else the only one. */
  target(): ResolvedName | undefined {
    if (this.latestName) return this.latestName;
    return this.persons.size === 1 ? this.persons.values().next().value!.name : undefined;
  }
}

/** "Secretary Xu", "Mayor Li": a title right before a lone surname of a person named in full elsewhere (`names` in token order). */
function surnameReferences(tokens: Tokens, k: Knowledge, names: ResolvedName[], titles: ParsedTitle[]): ResolvedName[] {
  const { kind, word } = tokens;
  const taken = tokens.bytes(tokens.length);
  for (let x = 0; x < names.length; x++) markTokens(taken, names[x].first, names[x].end);
  // where a surname may stand for a person: after a post ("Secretary Xu") or a courtesy title ("Mr Zhou")
  const afterPosts = tokens.indexList();
  for (let x = 0; x < titles.length; x++) if (titles[x].kind === 'post') afterPosts.push(titles[x].end);
  const afterCourtesyTitles = tokens.indexList();
  const courtesyTitles = tokens.rareWith(WordTrait.CourtesyTitle);
  for (let c = 0; c < courtesyTitles.length; c++) {
    const i = courtesyTitles[c];
    if (i + 1 < tokens.length) afterCourtesyTitles.push(tokens.afterAbbreviation(i));
  }
  // both lists are in token order already
  const positions = mergeIndices(afterPosts.toArray(), afterCourtesyTitles.toArray(), tokens.ints(afterPosts.count + afterCourtesyTitles.count, false));
  const references: number[] = [];
  const surnames = new Set<string>(); // normalised, of the references
  const firstLetters = new FirstLetters();
  for (let x = 0; x < positions.length; x++) {
    const i = positions[x];
    if (x > 0 && i === positions[x - 1]) continue;
    if (!tokens.has(i) || taken[i] || kind[i] !== TokenKind.Word || !(tokens.flags[i] & TokenFlag.Capitalized) || glueBetween(tokens, k, i, i) === Glue.Break) continue;
    if (tokens.start[i] - tokens.end[i - 1] > 2) continue;
    references.push(i);
    surnames.add(k.facts.pinyinKey(word[i]));
    firstLetters.add(k.facts.pinyinKey(word[i]));
  }
  if (references.length === 0) return [];
  // distinct full names per surname, for the surnames referred to (a full name's surname is its first word)
  const bySurname = new Map<string, SurnameGroup>();
  const groupsOfKey = new Map<string, SurnameGroup[]>();
  for (let x = 0; x < names.length; x++) {
    const n = names[x];
    if (n.kind !== 'full' || n.mentionKind !== 'full' || !firstLetters.mayHave(tokens.lower(n.first))) continue;
    const s = k.facts.pinyinKey(word[n.first]);
    if (!surnames.has(s)) continue;
    let group = bySurname.get(s);
    if (!group) bySurname.set(s, (group = new SurnameGroup()));
    if (group.add(n)) {
      const groups = groupsOfKey.get(n.key);
      if (groups) groups.push(group);
      else groupsOfKey.set(n.key, [group]);
    }
  }
  // every mention of those persons, whatever its kind, in document order
  const inOrder = names.filter((n) => groupsOfKey.has(n.key));
  let cursor = 0;
  const out: ResolvedName[] = [];
  for (let r = 0; r < references.length; r++) {
    const i = references[r];
    for (; cursor < inOrder.length && inOrder[cursor].first < i; cursor++) {
      const groups = groupsOfKey.get(inOrder[cursor].key)!;
      for (let g = 0; g < groups.length; g++) groups[g].mentioned(inOrder[cursor]);
    }
    const target = bySurname.get(k.facts.pinyinKey(word[i]))?.target();
    if (!target) continue;
    out.push(resolvedName(fullNameCandidate(tokens, i, i + 1, target.key, false), 'surname'));
  }
  return out;
}
