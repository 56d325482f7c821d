/**
 * The post each title names in this report. A title that leaves the level out ("secretary of the Party
 * Working Committee", "Governor", "political commissar") names the one post of that word (and body)
 * that the report writes out with its level ("secretary of the Party Working Committee of Lianhua
 * Street", "governor of the prefecture"), when it writes out only one: then it is that post, at that
 * level, and unique when that one is.
 */
import type { DocumentAnalysis, TitleOccurrence } from '../types';

export interface PostsInReport {
  /** The post's identity (level|bodies|post), the written one's when the title was read as it. */
  key(t: TitleOccurrence): string;
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

function read(model: DocumentAnalysis): PostsInReport {
  // the written-out post of each post word (and of each post word with its bodies), or SEVERAL
  const byBodies = new Map<string, TitleOccurrence | typeof SEVERAL>();
  const byWord = new Map<string, TitleOccurrence | typeof SEVERAL>();
  const note = (map: Map<string, TitleOccurrence | typeof SEVERAL>, k: string, t: TitleOccurrence) => {
    const known = map.get(k);
    if (known === undefined) map.set(k, t);
    else if (known !== SEVERAL && known.norm.postKey !== t.norm.postKey) map.set(k, SEVERAL);
  };
  // ... and of each post word with its bodies in each place ("Party secretary of Yanbo": the one of Yanbo)
  const inPlace = new Map<string, TitleOccurrence | typeof SEVERAL>();
  for (const t of model.titles) {
    if (!written(t)) continue;
    if (t.norm.place) note(inPlace, `${t.norm.place.toLowerCase()}|${t.norm.bodies.join('>')}|${t.norm.post}`, t);
    // "minister of the organization department" is read as "... of the organization department of the
    // municipal party committee": the bodies innermost first, as far as a title names them
    let bodies = '';
    for (let b = 0; b < t.norm.bodies.length; b++) {
      bodies += (b > 0 ? '>' : '') + t.norm.bodies[b];
      note(byBodies, `${bodies}|${t.norm.post}`, t);
    }
    note(byWord, t.norm.post, t);
  }
  const readAs = new Map<TitleOccurrence, TitleOccurrence>();
  for (const t of model.titles) {
    const n = t.norm;
    if (written(t) || (n.kind !== 'post' && n.kind !== 'membership')) continue;
    // "director" alone names no particular body's director; "political commissar" alone may
    const placed = n.place && n.bodies.length > 0 ? inPlace.get(`${n.place.toLowerCase()}|${n.bodies.join('>')}|${n.post}`) : undefined;
    const as = placed ?? (n.bodies.length > 0 ? byBodies.get(`${n.bodies.join('>')}|${n.post}`) : n.genericPost ? undefined : byWord.get(n.post));
    if (as) readAs.set(t, as);
  }
  return {
    key: (t) => readAs.get(t)?.norm.postKey ?? t.norm.postKey,
    level: (t) => {
      const as = readAs.get(t);
      if (as) return as.norm.level;
      return t.norm.levelImplied ? undefined : t.norm.level;
    },
    unique: (t) => {
      if (t.norm.unique) return true;
      const as = readAs.get(t);
      return !!as && as.norm.unique && t.norm.rankTier === 0 && !t.norm.plural && !t.norm.status;
    },
  };
}

/** A post written out with its level. */
function written(t: TitleOccurrence): boolean {
  const n = t.norm;
  return (n.kind === 'post' || n.kind === 'membership') && !!n.level && !n.levelImplied && n.bodies.length > 0;
}
