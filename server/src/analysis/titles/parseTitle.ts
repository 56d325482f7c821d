/**
 * The compositional title grammar. A title is
 *   [rank] [place|level|body]* POST [of [the] BODY-PHRASE]      ("Deputy County Mayor", "CPC Hunan Provincial Committee secretary")
 * where BODY-PHRASE is (place|level|body)+ optionally chained with "of [the]"
 *   ("Minister of the United Front Work Department of the Municipal Party Committee").
 * Group labels ("City leaders", "leaders of the county") and byline labels ("Reporter") are
 * parsed by their own tries. An " and " never splits a body name because body names are
 * matched whole by the body trie ("Political and Legal Committee").
 */
import type { Knowledge, PostInfo, RankInfo, BodyInfo, LevelInfo, BylineInfo, StatusInfo } from '../knowledge/knowledge';
import { parseOrganization } from './organization';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';

export interface ParsedTitle {
  /** Token range [first, end). */
  first: number;
  end: number;
  kind: 'post' | 'group' | 'byline';
  post?: PostInfo;
  rank?: RankInfo;
  /** "former", "honorary": not a current post. */
  status?: StatusInfo;
  /** Bodies innermost first. */
  bodies: BodyInfo[];
  level?: LevelInfo;
  place?: string;
  plural: boolean;
  /** A post word alone ("secretary", "head"): a title only when attached to a person. */
  bare: boolean;
  group?: string;
  byline?: BylineInfo;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const PLURAL_EXCEPTIONS = new Set(['boss', 'headquarters', 'chief']);

function isPlaceWord(t: Token | undefined, k: Knowledge): boolean {
  if (!t || t.kind !== TokenKind.Word || !(t.flags & TokenFlag.Capitalized) || t.flags & TokenFlag.HasDigit) return false;
  if (t.lower.length < 3) return false;
  // vocabulary words are not places
  return !k.levels.startsAt(t) && !k.bodies.startsAt(t) && !k.posts.startsAt(t) && !k.ranks.startsAt(t) && !ARTICLES.has(t.lower) && t.lower !== 'of' && t.lower !== 'and';
}

interface BodyPhrase {
  end: number;
  bodies: BodyInfo[];
  level?: LevelInfo;
  place?: string;
}

/** (place|level|body)+ with "of [the]" chains, starting at token i. Needs at least one body or level. */
function parseBodyPhrase(tokens: readonly Token[], i: number, k: Knowledge, text: string): BodyPhrase | undefined {
  const bodies: BodyInfo[] = [];
  let level: LevelInfo | undefined;
  let place: string | undefined;
  let j = i;
  let lastGood = -1;
  let placeLevelEnd = -1; // "Xiaxi Village": a place and its level, no body
  while (j < tokens.length) {
    const t = tokens[j];
    // "the Communist Party of China (CPC) Jiangxi Provincial Committee": an acronym in brackets
    if (t.lower === '(' && j > i && tokens[j + 1]?.flags & TokenFlag.AllCaps && tokens[j + 2]?.lower === ')') {
      j += 3;
      continue;
    }
    if (t.kind !== TokenKind.Word && t.kind !== TokenKind.Possessive) break;
    if (j > i && t.flags & TokenFlag.BlankLineBefore) break;
    const body = k.bodies.longest(tokens, j);
    const lvl = k.levels.longest(tokens, j);
    if (body && (!lvl || body.end >= lvl.end)) {
      bodies.push(body.value);
      j = body.end;
      lastGood = j;
      continue;
    }
    if (lvl) {
      level ??= lvl.value;
      j = lvl.end;
      if (place) placeLevelEnd = j;
      continue;
    }
    const nextIsVocabulary = (m: number) => m < tokens.length && (k.levels.startsAt(tokens[m]) || k.bodies.startsAt(tokens[m]));
    if (isPlaceWord(t, k) && (nextIsVocabulary(j + 1) || (isPlaceWord(tokens[j + 1], k) && nextIsVocabulary(j + 2)))) {
      place ??= text.slice(t.start, t.end);
      j++;
      continue;
    }
    if (t.lower === 'of' && lastGood === j) {
      let m = j + 1;
      if (tokens[m] && ARTICLES.has(tokens[m].lower)) m++;
      const inner = tokens[m];
      if (inner && (k.bodies.startsAt(inner) || k.levels.startsAt(inner) || isPlaceWord(inner, k))) {
        j = m;
        continue;
      }
    }
    break;
  }
  if (bodies.length === 0) return place && level && placeLevelEnd > 0 ? { end: placeLevelEnd, bodies, level, place } : undefined;
  // "X of Y" reads innermost first already
  return { end: lastGood, bodies, level, place };
}

export function parseTitleAt(tokens: readonly Token[], i: number, k: Knowledge, text: string): ParsedTitle | undefined {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== TokenKind.Word) return undefined;

  const group = k.groupLabels.longest(tokens, i);
  if (group) {
    const levelWord = tokens.slice(i, group.end).map((t) => k.groupLevelWords[t.lower]).find(Boolean);
    return {
      first: i, end: group.end, kind: 'group', bodies: [], plural: true, bare: false, group: group.value,
      level: levelWord ? k.levelByKey.get(levelWord) : undefined,
    };
  }

  let j = i;
  const status = k.statuses.longest(tokens, i);
  if (status) j = status.end;
  let rank: RankInfo | undefined;
  let level: LevelInfo | undefined;
  let place: string | undefined;
  const prefixBodies: BodyInfo[] = [];
  let post: { end: number; value: PostInfo } | undefined;
  let guard = 0;
  while (j < tokens.length && guard++ < 12) {
    const t = tokens[j];
    if (t.kind !== TokenKind.Word && t.kind !== TokenKind.Possessive) return undefined;
    if (j > i && t.flags & TokenFlag.BlankLineBefore) return undefined;
    post = k.posts.longest(tokens, j);
    // "county head" is a post, "county party secretary" is level + post: prefer the longest reading
    const lvl = k.levels.longest(tokens, j);
    const body = k.bodies.longest(tokens, j);
    if (post && (!body || post.end >= body.end) && (!lvl || post.end > lvl.end)) break;
    post = undefined;
    const r = !rank && prefixBodies.length === 0 ? k.ranks.longest(tokens, j) : undefined;
    if (r) {
      rank = r.value;
      j = r.end;
      continue;
    }
    if (body && (!lvl || body.end >= lvl.end)) {
      prefixBodies.push(body.value);
      j = body.end;
      continue;
    }
    if (lvl) {
      level ??= lvl.value;
      j = lvl.end;
      continue;
    }
    if (isPlaceWord(t, k) && j + 1 < tokens.length && (k.levels.startsAt(tokens[j + 1]) || k.bodies.startsAt(tokens[j + 1]))) {
      place ??= text.slice(t.start, t.end);
      j++;
      continue;
    }
    return undefined;
  }
  if (!post) return undefined;
  // a place may only open a title that goes on with level/body words ("Hunan Provincial ...")
  let end = post.end;
  const lastPostToken = tokens[end - 1];
  const plural = lastPostToken.lower.endsWith('s') && !PLURAL_EXCEPTIONS.has(lastPostToken.lower) && !lastPostToken.lower.endsWith('ss');
  let bodies = [...prefixBodies].reverse();
  // post-of phrase
  const ofTok = tokens[end];
  if (ofTok && ofTok.lower === 'of' && !(ofTok.flags & TokenFlag.BlankLineBefore)) {
    let m = end + 1;
    if (tokens[m] && ARTICLES.has(tokens[m].lower)) m++;
    const phrase = parseBodyPhrase(tokens, m, k, text);
    const organization = parseOrganization(tokens, m, k);
    if (organization && (!phrase || organization.end > phrase.end)) {
      // an organisation outside the vocabulary: its verbatim name is its identity
      const name = text.slice(tokens[m].start, tokens[organization.end - 1].end).replace(/\s+/g, ' ');
      end = organization.end;
      bodies = [{ key: `org:${name.toLowerCase()}`, zh: '', english: name }, ...bodies];
      level ??= organization.level;
    } else if (phrase) {
      end = phrase.end;
      bodies = [...phrase.bodies, ...bodies];
      level ??= phrase.level;
      place ??= phrase.place;
    } else if (isPlaceWord(tokens[m], k) && m === end + 1) {
      // "mayor of Lanjiang", "party secretary of Qingtan": the place the post is in
      const last = isPlaceWord(tokens[m + 1], k) && !(tokens[m + 1].flags & TokenFlag.SpaceBefore) ? m + 1 : m;
      end = last + 1;
      place ??= text.slice(tokens[m].start, tokens[last].end);
    }
  }
  const bare = !rank && !level && bodies.length === 0 && !place && post.end - i === 1 && end === post.end;
  return { first: i, end, kind: 'post', post: post.value, rank, status: status?.value, bodies, level, place, plural, bare: bare && !status };
}

export function parseBylineLabelAt(tokens: readonly Token[], i: number, k: Knowledge): ParsedTitle | undefined {
  const m = k.bylineLabels.longest(tokens, i);
  if (!m) return undefined;
  return { first: i, end: m.end, kind: 'byline', bodies: [], plural: false, bare: false, byline: m.value };
}
