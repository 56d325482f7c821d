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
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import { WordTrait } from '../knowledge/wordFacts';

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

/** A parsed title with every field set (undefined when absent), so that all parsed titles share one shape. */
export function parsedTitle(t: Pick<ParsedTitle, 'first' | 'end' | 'kind' | 'bodies' | 'plural' | 'bare'> & Partial<ParsedTitle>): ParsedTitle {
  return {
    first: t.first, end: t.end, kind: t.kind, post: t.post, rank: t.rank, status: t.status, bodies: t.bodies, level: t.level, place: t.place,
    plural: t.plural, bare: t.bare, group: t.group, byline: t.byline,
  };
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** The bodies of a title that names none (shared: parsed titles are never changed). */
const NO_BODIES: BodyInfo[] = [];
const PLURAL_EXCEPTIONS = new Set(['boss', 'headquarters', 'chief']);

/**
 * A word that says where a body is: a capitalised name ("Hunan Provincial Committee") or, in any case,
 * the one-word institution it belongs to ("the university party committee", "Hospital Party Committee").
 */
function isPlaceWord(tokens: Tokens, i: number, k: Knowledge): boolean {
  if (!tokens.isWord(i) || tokens.flags[i] & TokenFlag.HasDigit) return false;
  // vocabulary words are not places
  if (tokens.starts[i] & (k.levels.bit | k.bodies.bit | k.posts.bit | k.ranks.bit)) return false;
  if (!(tokens.flags[i] & TokenFlag.Capitalized)) return (tokens.starts[i] & k.organizationHeads.bit) !== 0 && k.organizationHeads.match(tokens, i) === i + 1;
  if (tokens.end[i] - tokens.start[i] < 3) return false;
  const lower = tokens.lower(i);
  if (ARTICLES.has(lower) || lower === 'of' || lower === 'and') return false;
  // "Later Town mayor ...": an English word capitalised because it opens a sentence is no place
  return !opensSentence(tokens, i, k) || k.syllablesAt(tokens, i) > 0;
}

function opensSentence(tokens: Tokens, i: number, k: Knowledge): boolean {
  return i === 0 || (tokens.flags[i] & TokenFlag.LineBreakBefore) !== 0 || (k.traitsAt(tokens, i - 1) & WordTrait.SentenceEnd) !== 0;
}

interface BodyPhrase {
  end: number;
  bodies: BodyInfo[];
  level?: LevelInfo;
  place?: string;
}

/** The list with one more body: a list of one body is made to its size (most titles name one). */
function withBody(bodies: BodyInfo[] | undefined, body: BodyInfo): BodyInfo[] {
  if (!bodies) return [body];
  bodies.push(body);
  return bodies;
}

function startsLevelOrBody(tokens: Tokens, m: number, k: Knowledge): boolean {
  return m < tokens.length && (tokens.starts[m] & (k.levels.bit | k.bodies.bit)) !== 0;
}

/** (place|level|body)+ with "of [the]" chains, starting at token i. Needs at least one body or level. */
function parseBodyPhrase(tokens: Tokens, i: number, k: Knowledge, text: string): BodyPhrase | undefined {
  let bodies: BodyInfo[] | undefined;
  let level: LevelInfo | undefined;
  let place: string | undefined;
  let j = i;
  let lastGood = -1;
  let placeLevelEnd = -1; // "Xiaxi Village": a place and its level, no body
  // bodies written side by side ("People's Congress Standing Committee") read outermost first: each run
  // between two "of"s is turned round so that the list reads innermost first, as "X of Y" does
  let runStart = 0;
  let bareBefore = -1; // where a committee without a party word went into `bodies`, or -1
  while (j < tokens.length) {
    const lower = tokens.lower(j);
    // "the Communist Party of China (CPC) Jiangxi Provincial Committee": an acronym in brackets
    if (lower === '(' && j > i && tokens.flagsAt(j + 1) & TokenFlag.AllCaps && tokens.lower(j + 2) === ')') {
      j += 3;
      continue;
    }
    const kind = tokens.kind[j];
    if (kind !== TokenKind.Word && kind !== TokenKind.Possessive) break;
    if (j > i && tokens.flags[j] & TokenFlag.BlankLineBefore) break;
    const bodyEnd = k.bodies.match(tokens, j);
    const levelEnd = k.levels.match(tokens, j);
    if (bodyEnd >= 0 && bodyEnd >= levelEnd) {
      const body = k.bodies.matched;
      // "County Committee": the level is part of the body's name
      if (levelEnd >= 0) level ??= k.levels.matched;
      // "the CPPCC Xinghe County Committee", "the CPC Xinghe County Committee": a committee without a
      // party word, after a body of the same run, is that body's committee
      if (!(bodies && bodies.length > runStart && isBareCommittee(tokens, j, bodyEnd, body, k))) {
        // "the Qingzhang Municipal Committee of the CPPCC": a committee without a party word, then "of" that body
        if (bareBefore >= 0 && bodies && bodies.length === bareBefore + 1 && OWN_COMMITTEES.has(body.key) && runStart === bodies.length) bodies.pop();
        bareBefore = isBareCommittee(tokens, j, bodyEnd, body, k) ? bodies?.length ?? 0 : -1;
        bodies = withBody(bodies, body);
      }
      j = bodyEnd;
      lastGood = j;
      continue;
    }
    if (levelEnd >= 0) {
      level ??= k.levels.matched;
      j = levelEnd;
      if (place) placeLevelEnd = j;
      // "the Party Working Committee of Lianhua Street": the place and level after "of" end the phrase
      if (bodies && runStart > 0 && place) lastGood = j;
      continue;
    }
    if (isPlaceWord(tokens, j, k) && (startsLevelOrBody(tokens, j + 1, k) || (isPlaceWord(tokens, j + 1, k) && startsLevelOrBody(tokens, j + 2, k)))) {
      // "the County Education Bureau": a word after the level names a line of work, not a place; the
      // phrase is the name of an organisation outside the vocabulary
      if (level && !place && !bodies) return undefined;
      place ??= text.slice(tokens.start[j], tokens.end[j]);
      j++;
      continue;
    }
    if (lower === 'of' && lastGood === j) {
      let m = j + 1;
      if (ARTICLES.has(tokens.lower(m))) m++;
      if (tokens.has(m) && (k.bodies.startsAt(tokens, m) || k.levels.startsAt(tokens, m) || isPlaceWord(tokens, m, k))) {
        if (bodies) reverseRun(bodies, runStart);
        runStart = bodies?.length ?? 0;
        j = m;
        continue;
      }
    }
    break;
  }
  if (!bodies) return place && level && placeLevelEnd > 0 ? { end: placeLevelEnd, bodies: NO_BODIES, level, place } : undefined;
  reverseRun(bodies, runStart);
  return { end: lastGood, bodies, level, place };
}

const PARTY_WORDS = new Set(['party', 'cpc', 'communist']);
/** Bodies whose committees are named "the X Committee of the <body>". */
const OWN_COMMITTEES = new Set(['cppcc', 'youth-league']);

/** Whether tokens [from, end) name the party committee body without a party word ("Committee", "County Committee"). */
function isBareCommittee(tokens: Tokens, from: number, end: number, body: BodyInfo, k: Knowledge): boolean {
  if (body !== k.bodyByKey.get('party-committee')) return false;
  for (let m = from; m < end; m++) if (PARTY_WORDS.has(tokens.lower(m))) return false;
  return true;
}

function reverseRun(bodies: BodyInfo[], from: number): void {
  for (let a = from, b = bodies.length - 1; a < b; a++, b--) [bodies[a], bodies[b]] = [bodies[b], bodies[a]];
}

export function parseTitleAt(tokens: Tokens, i: number, k: Knowledge, text: string): ParsedTitle | undefined {
  if (!tokens.isWord(i)) return undefined;

  const startsAtI = tokens.starts[i];
  const groupEnd = startsAtI & k.groupLabels.bit ? k.groupLabels.match(tokens, i) : -1;
  if (groupEnd >= 0) {
    let levelWord: string | undefined;
    for (let m = i; m < groupEnd && !levelWord; m++) levelWord = k.groupLevelWords[tokens.lower(m)];
    return parsedTitle({
      first: i, end: groupEnd, kind: 'group', bodies: NO_BODIES, plural: true, bare: false, group: k.groupLabels.matched,
      level: levelWord ? k.levelByKey.get(levelWord) : undefined,
    });
  }

  let j = i;
  const statusEnd = startsAtI & k.statuses.bit ? k.statuses.match(tokens, i) : -1;
  const status = statusEnd >= 0 ? k.statuses.matched : undefined;
  if (status) j = statusEnd;
  let rank: RankInfo | undefined;
  let level: LevelInfo | undefined;
  let place: string | undefined;
  let prefixBodies: BodyInfo[] | undefined;
  let post: PostInfo | undefined;
  let postEnd = -1;
  let guard = 0;
  const { posts, levels, bodies: bodyNames, ranks } = k;
  while (j < tokens.length && guard++ < 12) {
    const kind = tokens.kind[j];
    if (kind !== TokenKind.Word && kind !== TokenKind.Possessive) return undefined;
    if (j > i && tokens.flags[j] & TokenFlag.BlankLineBefore) return undefined;
    // most tokens start no phrase of most tries: their bits say which to read
    const starts = tokens.starts[j];
    postEnd = starts & posts.bit ? posts.match(tokens, j) : -1;
    // "county head" is a post, "county party secretary" is level + post: prefer the longest reading
    const levelEnd = starts & levels.bit ? levels.match(tokens, j) : -1;
    const bodyEnd = starts & bodyNames.bit ? bodyNames.match(tokens, j) : -1;
    if (postEnd >= 0 && postEnd >= bodyEnd && postEnd > levelEnd) {
      post = posts.matched;
      break;
    }
    // "county party committee deputy secretary": in Chinese word order the rank comes after the bodies
    const rankEnd = !rank && starts & ranks.bit ? ranks.match(tokens, j) : -1;
    if (rankEnd >= 0) {
      rank = k.ranks.matched;
      j = rankEnd;
      continue;
    }
    if (bodyEnd >= 0 && bodyEnd >= levelEnd) {
      const body = k.bodies.matched;
      if (levelEnd >= 0) level ??= k.levels.matched;
      if (!(prefixBodies && isBareCommittee(tokens, j, bodyEnd, body, k))) prefixBodies = withBody(prefixBodies, body);
      j = bodyEnd;
      continue;
    }
    if (levelEnd >= 0) {
      level ??= k.levels.matched;
      j = levelEnd;
      continue;
    }
    if (j + 1 < tokens.length && tokens.starts[j + 1] & (levels.bit | bodyNames.bit) && isPlaceWord(tokens, j, k)) {
      place ??= text.slice(tokens.start[j], tokens.end[j]);
      j++;
      continue;
    }
    // "Fengbei mayor", "Lanxi Vice Mayor": a place name in pinyin right before the head of its government
    if (j === i && !place && placeBeforeHead(tokens, j, k)) {
      place = text.slice(tokens.start[j], tokens.end[j]);
      j++;
      continue;
    }
    return undefined;
  }
  if (!post) return undefined;
  // "mayor-designate": the acting mayor until the congress elects one
  if (!rank && tokens.lower(postEnd - 1).endsWith('-designate')) rank = k.rankByKey.get('acting');
  // "head of the county development and reform bureau": the post is "head", of what the words after say
  if (postEnd - j > 2 && tokens.lower(j + 1) === 'of' && continuesBodyName(tokens, postEnd, k)) {
    post = k.postByKey.get('head')!;
    postEnd = j + 1;
  }
  // a place may only open a title that goes on with level/body words ("Hunan Provincial ...")
  let end = postEnd;
  let lastPostWord = tokens.lower(end - 1);
  // "deputy to the National People's Congress": the post's own "to" opens its body as "of" does
  const to = lastPostWord === 'to';
  if (to) lastPostWord = tokens.lower(end - 2);
  const plural = (lastPostWord.endsWith('s') && !PLURAL_EXCEPTIONS.has(lastPostWord) && !lastPostWord.endsWith('ss')) || lastPostWord.endsWith('men');
  let bodies = prefixBodies ? prefixBodies.reverse() : NO_BODIES;
  if (to && !k.bodies.startsAt(tokens, ARTICLES.has(tokens.lower(end)) ? end + 1 : end) && !k.levels.startsAt(tokens, ARTICLES.has(tokens.lower(end)) ? end + 1 : end)) return undefined;
  // post-of phrase
  if ((to || tokens.lower(end) === 'of') && !(tokens.flags[end] & TokenFlag.BlankLineBefore)) {
    let m = to ? end : end + 1;
    if (ARTICLES.has(tokens.lower(m))) m++;
    const phrase = parseBodyPhrase(tokens, m, k, text);
    const organization = parseOrganization(tokens, m, k);
    if (organization && (!phrase || organization.end > phrase.end) && onlyLevelWords(tokens, m, organization.end, k)) {
      // "Party secretary of the county", "mayor of the city": the level alone, the body is the post's own
      end = organization.end;
      level ??= organization.level;
    } else if (organization && (!phrase || organization.end > phrase.end)) {
      // an organisation outside the vocabulary: its verbatim name is its identity, without the place and
      // level in front ("the Zuoyuan Municipal Bureau of Commerce": Zuoyuan, municipal, "Bureau of Commerce")
      let n = m;
      if (isPlaceWord(tokens, n, k) && n + 1 < organization.end && startsLevelOrBody(tokens, n + 1, k) && k.levels.startsAt(tokens, n + 1)) {
        place ??= text.slice(tokens.start[n], tokens.end[n]);
        n++;
      }
      for (let e = k.levels.match(tokens, n); e > n && e < organization.end; e = k.levels.match(tokens, n)) n = e;
      const name = tokens.slice(n, organization.end).replace(/\s+/g, ' ');
      end = organization.end;
      bodies = [{ key: `org:${organizationKey(name)}`, zh: '', english: name }, ...bodies];
      level ??= organization.level;
    } else if (phrase) {
      end = phrase.end;
      bodies = bodies.length === 0 ? phrase.bodies : [...phrase.bodies, ...bodies];
      level ??= phrase.level;
      place ??= phrase.place;
    } else if (isPlaceWord(tokens, m, k) && m === end + 1 && !to) {
      const run = capitalisedRun(tokens, m, k);
      if (run - m >= 2 && !post.headPost && !post.normalizeTo) {
        // "chairwoman of Tanzhou Yuanfeng Robotics", "chief executive of Lanxin Biotech": a company by its name
        const name = tokens.slice(m, run).replace(/\s+/g, ' ');
        end = run;
        bodies = [{ key: `org:${name.toLowerCase()}`, zh: '', english: name }, ...bodies];
      } else {
        // "mayor of Lanjiang", "party secretary of Qingtan": the place the post is in
        const last = isPlaceWord(tokens, m + 1, k) && !(tokens.flags[m + 1] & TokenFlag.SpaceBefore) ? m + 1 : m;
        end = last + 1;
        place ??= text.slice(tokens.start[m], tokens.end[last]);
      }
    }
  }
  const bare = !rank && !level && bodies.length === 0 && !place && postEnd - i === 1 && end === postEnd;
  return parsedTitle({ first: i, end, kind: 'post', post, rank, status, bodies, level, place, plural, bare: bare && !status });
}

/** Whether token j is a capitalised pinyin name of two or more syllables followed by a (ranked) head of government. */
function placeBeforeHead(tokens: Tokens, j: number, k: Knowledge): boolean {
  if (!(tokens.flags[j] & TokenFlag.Capitalized) || k.syllablesAt(tokens, j) < 2 || !isPlaceWord(tokens, j, k)) return false;
  let m = j + 1;
  const rankEnd = m < tokens.length && tokens.starts[m] & k.ranks.bit ? k.ranks.match(tokens, m) : -1;
  if (rankEnd >= 0) m = rankEnd;
  return m < tokens.length && (tokens.starts[m] & k.posts.bit) !== 0 && k.posts.match(tokens, m) >= 0 && !!k.posts.matched.headPost;
}

/** Whether token i goes on naming a body after "head of the county": a lower-case word that is no verb or function word, or a body word. */
function continuesBodyName(tokens: Tokens, i: number, k: Knowledge): boolean {
  if (!tokens.isWord(i) || tokens.flags[i] & TokenFlag.LineBreakBefore) return false;
  if (k.bodies.startsAt(tokens, i)) return true;
  const organization = parseOrganization(tokens, i, k);
  return !!organization && organization.end > i + 1;
}

const MAX_NAME_WORDS = 4;

/** The end of a run of two to four capitalised words from token m that ends the title (punctuation or a lower-case word follows), else m. */
function capitalisedRun(tokens: Tokens, m: number, k: Knowledge): number {
  let e = m;
  while (e < tokens.length && e - m < MAX_NAME_WORDS && isPlaceWord(tokens, e, k) && (e === m || tokens.flags[e] & TokenFlag.SpaceBefore) && !(tokens.flags[e] & TokenFlag.LineBreakBefore)) e++;
  if (e - m < 2 || (e < tokens.length && tokens.isWord(e) && tokens.flags[e] & TokenFlag.Capitalized)) return m;
  return e;
}

/** An organisation's identity: its name in lower case, "Bureau of Commerce" read as "Commerce Bureau". */
function organizationKey(name: string): string {
  // "Xingrun Textile Co., Ltd." is "Xingrun Textile"
  const lower = name.toLowerCase().replace(/[\s,]+(co\.?,?\s*ltd\.?|company limited|ltd\.?|inc\.?|corp\.?)$/, '');
  const m = /^(bureau|department|commission|office|administration) of (?:the )?(.+)$/.exec(lower);
  return m ? `${m[2]} ${m[1]}` : lower;
}

/** Whether tokens [from, end) are level words and nothing else ("county", "city"). */
function onlyLevelWords(tokens: Tokens, from: number, end: number, k: Knowledge): boolean {
  let j = from;
  while (j < end) {
    const next = tokens.starts[j] & k.levels.bit ? k.levels.match(tokens, j) : -1;
    if (next < 0 || next > end) return false;
    j = next;
  }
  return j === end && end > from;
}

export function parseBylineLabelAt(tokens: Tokens, i: number, k: Knowledge): ParsedTitle | undefined {
  const end = tokens.starts[i] & k.bylineLabels.bit ? k.bylineLabels.match(tokens, i) : -1;
  if (end < 0) return undefined;
  if (k.bylineLabels.matched.colonOnly && !(k.traitsAt(tokens, end) & (WordTrait.Colon | WordTrait.Slash))) return undefined;
  return parsedTitle({ first: i, end, kind: 'byline', bodies: NO_BODIES, plural: false, bare: false, byline: k.bylineLabels.matched });
}
