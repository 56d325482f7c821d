/** post-conflict: one person given the same post of bodies at two levels (county vs municipal). */
import type { DocumentAnalysis, Finding } from '../types';
import { consistencyFindings, groupBy, groupByParts, pickFlagged, postTitlesOf } from './helpers';

export function postConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  for (const p of model.persons) {
    if (p.titleIds.length < 2) continue; // one title conflicts with nothing
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
