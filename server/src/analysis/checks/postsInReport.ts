/**
 * The post each title names in this report. A title that leaves the level out ("secretary of the Party
 * Working Committee", "Governor", "political commissar") names the one post of that word (and body)
 * that the report writes out with its level ("secretary of the Party Working Committee of Lianhua
 * Street", "governor of the prefecture"), when it writes out only one: then it is that post, at that
 * level, and unique when that one is.
 */
import type { DocumentAnalysis, NormalizedTitle, TitleOccurrence } from '../types';

export interface PostsInReport {
  /** The post's identity (level|bodies|post), the written one's when the title was read as it. */
  key(t: TitleOccurrence): string;
  /**
   * The post for telling its holders apart: the key, and for a post that names no level or place the
   * organisation the next post of its chain names ("secretary of the Party Committee and president of
   * the Xiangcheng Sub-branch" is not the branch's secretary).
   */
  holderKey(t: TitleOccurrence): string;
  /** The level of the post before this one in its chain (for the same person), when that one writes it. */
  chainLevel(t: TitleOccurrence): string | undefined;
  /** The level written in the title or in the post it was read as; undefined when only implied. */
  level(t: TitleOccurrence): string | undefined;
  /** Whether only one person can hold the post (of the written post it was read as). */
  unique(t: TitleOccurrence): boolean;
}

const cache = new WeakMap<DocumentAnalysis, PostsInReport>();

export function postsInReport(model: DocumentAnalysis): PostsInReport {
  let posts = cache.get(model);
  if (!posts) cache.set(model, (posts = read(model)));
  return posts;
}

/** Not one post: the titles that write the level out name several. */
const SEVERAL = null;

/** A post as a title writes it out (or as its chain gives its level). */
interface WrittenPost {
  key: string;
  level: string;
  unique: boolean;
}

function read(model: DocumentAnalysis): PostsInReport {
  // "member of the Standing Committee of the County Party Committee and minister of the organization
  // department": a post joined to the one before it by "and" or a comma, for the same person, is of the
  // level that one writes; "secretary of the Party Committee and president of the Xiangcheng Sub-branch":
  // a post that names no level or place is of the organisation the next one names
  const chainLevel = new Map<TitleOccurrence, string>();
  const chainOrg = new Map<TitleOccurrence, string>();
  const chainedImplied = new Map<TitleOccurrence, string>();
  for (let i = 1; i < model.titles.length; i++) {
    const prev = model.titles[i - 1];
    const t = model.titles[i];
    if (!joinedForOnePerson(model.text, prev, t)) continue;
    // ("town mayor" says its level itself; a "vice mayor" after a municipal post is the city's, as it implies)
    if (prev.norm.level && !prev.norm.levelImplied && !t.norm.level && !t.norm.place) chainLevel.set(t, prev.norm.level);
    if (prev.norm.level && !prev.norm.levelImplied && t.norm.levelImplied) chainedImplied.set(t, prev.norm.level);
    const org = t.norm.bodies[t.norm.bodies.length - 1];
    // "secretary of the party branch and director of the village committee of Nanyuan Village": of Nanyuan too
    if (!prev.norm.level && !prev.norm.place && (org?.startsWith('org:') || t.norm.place)) chainOrg.set(prev, t.norm.place ? `place:${t.norm.place.toLowerCase()}` : org);
  }
  // the posts written out, and (apart: a written-out post is read first) those whose chain gives their level
  // (occurrences of one wording share their normalised title: most work is done once per wording)
  const writtenOut = new Map<NormalizedTitle, WrittenPost>();
  const byChain = new Map<TitleOccurrence, WrittenPost>();
  for (const t of model.titles) {
    const n = t.norm;
    if (n.kind !== 'post' && n.kind !== 'membership') continue;
    if (n.level && !n.levelImplied && n.bodies.length > 0) {
      if (!writtenOut.has(n)) writtenOut.set(n, { key: n.postKey, level: n.level, unique: n.unique });
    } else if (chainLevel.has(t) && n.bodies.length > 0) {
      const level = chainLevel.get(t)!;
      byChain.set(t, { key: `${level}|${n.bodies.join('>')}|${n.post}`, level, unique: n.unique });
    }
  }
  // the written-out post of each post word (and of each post word with its bodies), or SEVERAL
  const byBodies = new Map<string, WrittenPost | typeof SEVERAL>();
  const byWord = new Map<string, WrittenPost | typeof SEVERAL>();
  // ... and of each post word with its bodies in each place ("Party secretary of Yanbo": the one of Yanbo)
  const inPlace = new Map<string, WrittenPost | typeof SEVERAL>();
  const note = (map: Map<string, WrittenPost | typeof SEVERAL>, k: string, w: WrittenPost) => {
    const known = map.get(k);
    if (known === undefined) map.set(k, w);
    else if (known !== SEVERAL && known.key !== w.key) map.set(k, SEVERAL);
  };
  const chainByBodies = new Map<string, WrittenPost | typeof SEVERAL>();
  for (const [t, w] of byChain) note(chainByBodies, `${t.norm.bodies.join('>')}|${t.norm.post}`, w);
  for (const [n, w] of writtenOut) {
    if (n.place) note(inPlace, `${n.place.toLowerCase()}|${n.bodies.join('>')}|${n.post}`, w);
    // "minister of the organization department" is read as "... of the organization department of the
    // municipal party committee": the bodies innermost first, as far as a title names them
    let bodies = '';
    for (let b = 0; b < n.bodies.length; b++) {
      bodies += (b > 0 ? '>' : '') + n.bodies[b];
      note(byBodies, `${bodies}|${n.post}`, w);
    }
    note(byWord, n.post, w);
  }
  const readAs = new Map<TitleOccurrence, WrittenPost>();
  // what a title of no chain is read as, by its normalised title (null: as nothing)
  const readByNorm = new Map<NormalizedTitle, WrittenPost | null>();
  for (const t of model.titles) {
    const n = t.norm;
    if (chainOrg.has(t) || (n.kind !== 'post' && n.kind !== 'membership')) continue;
    if (writtenOut.has(n)) continue;
    const own = byChain.get(t);
    if (!own) {
      const known = readByNorm.get(n);
      if (known !== undefined) {
        if (known) readAs.set(t, known);
        continue;
      }
    }
    // "director" alone names no particular body's director; "political commissar" alone may
    const bodiesKey = `${n.bodies.join('>')}|${n.post}`;
    // (a key noted as SEVERAL stops the search: several posts are written out, none is meant)
    const placeKey = `${n.place?.toLowerCase()}|${bodiesKey}`;
    let as: WrittenPost | typeof SEVERAL | undefined;
    if (n.place && n.bodies.length > 0 && inPlace.has(placeKey)) as = inPlace.get(placeKey);
    else if (n.bodies.length > 0) as = byBodies.has(bodiesKey) ? byBodies.get(bodiesKey) : own ? undefined : chainByBodies.get(bodiesKey);
    else as = n.genericPost ? undefined : byWord.get(n.post);
    // a post of the level its chain gives is read as a written-out one only at that level
    if (as && (!own || as.level === own.level)) readAs.set(t, as);
    else if (own) readAs.set(t, own);
    if (!own) readByNorm.set(n, as || null);
  }
  const key = (t: TitleOccurrence) => readAs.get(t)?.key ?? t.norm.postKey;
  return {
    key,
    chainLevel: (t) => chainLevel.get(t) ?? chainedImplied.get(t),
    holderKey: (t) => {
      const org = chainOrg.get(t);
      return org ? `${key(t)}@${org}` : key(t);
    },
    level: (t) => {
      const as = readAs.get(t);
      if (as) return as.level;
      return t.norm.levelImplied ? undefined : t.norm.level;
    },
    unique: (t) => {
      if (t.norm.unique) return true;
      const as = readAs.get(t);
      return !!as && as.unique && t.norm.rankTier === 0 && !t.norm.plural && !t.norm.status;
    },
  };
}

/** Whether title b follows title a for the same person, joined by "and" or a comma only. */
function joinedForOnePerson(text: string, a: TitleOccurrence, b: TitleOccurrence): boolean {
  if (a.personIds.length !== 1 || b.personIds.length !== 1 || a.personIds[0] !== b.personIds[0] || b.start - a.end > MAX_JOIN) return false;
  return JOIN.test(text.slice(a.end, b.start));
}

const MAX_JOIN = 8;
const JOIN = /^\s*(,\s*)?(and\s+)?$/;

