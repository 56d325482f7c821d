/** post-conflict: one person given the same post of bodies at two levels (county vs municipal). */
import type { DocumentAnalysis, Finding, Person, TitleOccurrence } from '../types';
import { consistencyFindings, groupBy, groupByParts, isCurrentPost, pickFlagged, postTitlesOf, somePairOfPosts } from './helpers';

export function postConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < model.persons.length; i++) {
    const p = model.persons[i];
    if (p.titleIds.length < 2 || !postsAtTwoLevels(model, p) || !somePairOfPosts(model, p, oneRankAtTwoLevels)) continue; // one title conflicts with nothing
    const withLevel = postTitlesOf(model, p).filter((t) => t.norm.level);
    for (const same of groupByParts(withLevel, (t) => t.norm.bodies.join('>'), (t) => t.norm.post, (t) => t.norm.rankTier)) {
      const byLevel = [...groupBy(same, (t) => t.norm.level!).values()];
      if (byLevel.length < 2) continue;
      byLevel.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
      const [main, ...rest] = byLevel;
      for (const r of rest) {
        const { flagged, other, tie } = pickFlagged(r, main);
        out.push(...consistencyFindings({ code: 'post-conflict', severity: 'warning', personId: p.id }, flagged, other, tie,
          (f, o) => `${p.name} is '${f.text}' here but '${o.text}' elsewhere: one post at two levels (${flagged[0].norm.level} vs ${other[0].norm.level}).`, false));
      }
    }
  }
  return out;
}

/** One post at one rank, at two levels (what a conflict needs; the bodies are compared after). */
function oneRankAtTwoLevels(a: TitleOccurrence, b: TitleOccurrence): boolean {
  return !!a.norm.level && !!b.norm.level && a.norm.level !== b.norm.level && a.norm.post === b.norm.post && a.norm.rankTier === b.norm.rankTier;
}

/** Whether the person's current posts name two levels: a conflict needs them. */
function postsAtTwoLevels(model: DocumentAnalysis, p: Person): boolean {
  let level: string | undefined;
  for (let i = 0; i < p.titleIds.length; i++) {
    const norm = model.titles[p.titleIds[i]].norm;
    if (!norm.level || !isCurrentPost(norm)) continue;
    if (level === undefined) level = norm.level;
    else if (norm.level !== level) return true;
  }
  return false;
}
