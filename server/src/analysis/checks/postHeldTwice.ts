/** post-held-twice: a post only one person can hold (party secretary, mayor...) given to two people. */
import type { DocumentAnalysis, Finding, TitleOccurrence } from '../types';
import { groupBy } from './helpers';

export function postsHeldTwice(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const unique = model.titles.filter((t) => t.norm.unique && t.personIds.length === 1 && t.norm.bodies.length > 0);
  for (const same of groupBy(unique, (t) => `${t.norm.postKey}|${t.norm.place ?? ''}`).values()) {
    const byPerson = [...groupBy(same, (t) => String(t.personIds[0])).values()];
    if (byPerson.length < 2) continue;
    byPerson.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
    const [holder, ...others] = byPerson;
    const holderName = model.persons[holder[0].personIds[0]].name;
    for (const occs of others) {
      const p = model.persons[occs[0].personIds[0]];
      for (const t of occs as TitleOccurrence[]) {
        out.push({
          code: 'post-held-twice', severity: 'warning', personId: p.id, start: t.start, end: t.end,
          message: `${p.name} is called '${t.text}', a post that ${holderName} holds in this report (${t.norm.chinese ?? t.norm.english}): one of the two is likely wrong.`,
          related: holder.map((h) => ({ start: h.start, end: h.end, message: `${holderName}: '${h.text}'` })),
          fixes: [],
        });
      }
    }
  }
  return out;
}
