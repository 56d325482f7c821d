/** rank-conflict: one person holds a post and its deputy form ("Mayor" ... "Vice Mayor"). */
import type { DocumentAnalysis, Finding, Person, TitleOccurrence } from '../types';
import { addressTitlesOf, consistencyFindings, groupBy, isCurrentPost, pickFlagged, postTitlesOf } from './helpers';
import { postsInReport, type PostsInReport } from './postsInReport';

export function rankConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const addressed = addressTitles(model);
  const report = postsInReport(model);
  for (let i = 0; i < model.persons.length; i++) {
    const p = model.persons[i];
    const forms = addressed.get(p.id);
    if (p.titleIds.length + (forms?.length ?? 0) < 2 || !holdsBothTiers(model, p, forms)) continue; // one title conflicts with nothing
    const posts = forms ? [...postTitlesOf(model, p), ...forms] : postTitlesOf(model, p);
    for (const same of groupBy(posts, postKeyIn(posts, report)).values()) {
      const byTier = groupBy(same, (t) => String(t.norm.rankTier));
      // "appointed deputy county head and acting county head": a new head is made deputy and acting at once
      const full = byTier.get('0')?.filter((t) => t.norm.rank !== 'acting');
      const deputy = byTier.get('1');
      if (!full?.length || !deputy) continue;
      const { flagged, other, tie } = pickFlagged(full, deputy);
      out.push(...consistencyFindings({ code: 'rank-conflict', severity: 'warning', personId: p.id }, flagged, other, tie,
        (f, o) => `${p.name} is called '${f.text}' here but '${o.text}' elsewhere: the same post at two ranks.`, false));
    }
  }
  return out;
}

/**
 * "Deputy Secretary Zhao": the deputy posts used to address each person. A deputy is often addressed
 * by the full post out of courtesy ("Director Hao" for a deputy director), so only the deputy form of
 * an address can conflict.
 */
function addressTitles(model: DocumentAnalysis): Map<number, TitleOccurrence[]> {
  const out = new Map<number, TitleOccurrence[]>();
  for (const [id, titles] of addressTitlesOf(model)) {
    const deputy = titles.filter((t) => t.norm.rankTier === 1);
    if (deputy.length) out.set(id, deputy);
  }
  return out;
}

/**
 * The post of each title, where a title that leaves the level or the body out ("Deputy chief
 * procurator", "Secretary Zhao") is the one post of the person it can be: that of every title of the
 * same post word that names them, when those all name one.
 */
function postKeyIn(posts: readonly TitleOccurrence[], report: PostsInReport): (t: TitleOccurrence) => string {
  return (t) => {
    const n = t.norm;
    const key = report.key(t);
    const level = report.level(t);
    // a title is read by the person's other posts only when it names no level, or is a form of address
    // ("town mayor" names its level in its word; "Deputy Mayor Lan" only addresses)
    if (key !== n.postKey || (level && n.bodies.length > 0) || (n.level && t.addressee < 0)) return key;
    let only: string | undefined;
    for (const u of posts) {
      const m = u.norm;
      const uLevel = report.level(u) ?? m.level; // a level the post implies ("town mayor") will do here
      // "Deputy Mayor Lan" for the town mayor: a head of government without a level is the person's head post
      const samePost = m.post === n.post || (!level && n.headOfGovernment && m.headOfGovernment);
      if (u === t || u.addressee >= 0 || !samePost || !uLevel || (level && uLevel !== level)) continue;
      // "Deputy Secretary Li" names the party committee's secretary, not a party group's
      if (t.addressee >= 0 && n.post === 'secretary' && n.bodies.length === 0 && m.bodies[0] !== 'party-committee') continue;
      if (n.bodies.length > 0 && m.bodies.join('>') !== n.bodies.join('>') && m.post === n.post) continue;
      const uKey = report.key(u);
      if (only === undefined) only = uKey;
      else if (only !== uKey) return key;
    }
    return only ?? key;
  };
}

/** Whether the person's current posts (and the posts they are addressed by) include a full post (rank tier 0) and a deputy one (tier 1): a conflict needs both. */
function holdsBothTiers(model: DocumentAnalysis, p: Person, forms: TitleOccurrence[] | undefined): boolean {
  let tiers = 0;
  for (let i = 0; i < p.titleIds.length; i++) {
    const norm = model.titles[p.titleIds[i]].norm;
    if (norm.rankTier <= 1 && isCurrentPost(norm)) tiers |= 1 << norm.rankTier;
  }
  if (forms) for (const t of forms) tiers |= 1 << t.norm.rankTier;
  return tiers === 3;
}
