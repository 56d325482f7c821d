/** rank-conflict: one person holds a post and its deputy form ("Mayor" ... "Vice Mayor"). */
import type { DocumentAnalysis, Finding } from '../types';
import { consistencyFindings, groupBy, pickFlagged, postTitlesOf } from './helpers';

export function rankConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  for (const p of model.persons) {
    if (p.titleIds.length < 2) continue; // one title conflicts with nothing
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
