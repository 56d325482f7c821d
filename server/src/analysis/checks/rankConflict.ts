/** rank-conflict: one person holds a post and its deputy form ("Mayor" ... "Vice Mayor"). */
import type { DocumentAnalysis, Finding, Person, TitleOccurrence } from '../types';
import { consistencyFindings, groupBy, isCurrentPost, pickFlagged, postTitlesOf, somePairOfPosts } from './helpers';

export function rankConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < model.persons.length; i++) {
    const p = model.persons[i];
    if (p.titleIds.length < 2 || !holdsBothTiers(model, p) || !somePairOfPosts(model, p, fullAndDeputy)) continue; // one title conflicts with nothing
    for (const same of groupBy(postTitlesOf(model, p), (t) => t.norm.postKey).values()) {
      const byTier = groupBy(same, (t) => String(t.norm.rankTier));
      const full = byTier.get('0');
      const deputy = byTier.get('1');
      if (!full || !deputy) continue;
      const { flagged, other, tie } = pickFlagged(full, deputy);
      out.push(...consistencyFindings({ code: 'rank-conflict', severity: 'warning', personId: p.id }, flagged, other, tie,
        (f, o) => `${p.name} is called '${f.text}' here but '${o.text}' elsewhere: the same post at two ranks.`, false));
    }
  }
  return out;
}

/** A post and its deputy form. */
function fullAndDeputy(a: TitleOccurrence, b: TitleOccurrence): boolean {
  return a.norm.postKey === b.norm.postKey && a.norm.rankTier <= 1 && b.norm.rankTier <= 1 && a.norm.rankTier !== b.norm.rankTier;
}

/** Whether the person's current posts include a full post (rank tier 0) and a deputy one (tier 1): a conflict needs both. */
function holdsBothTiers(model: DocumentAnalysis, p: Person): boolean {
  let tiers = 0;
  for (let i = 0; i < p.titleIds.length; i++) {
    const norm = model.titles[p.titleIds[i]].norm;
    if (norm.rankTier <= 1 && isCurrentPost(norm)) tiers |= 1 << norm.rankTier;
  }
  return tiers === 3;
}
