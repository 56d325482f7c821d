/** post-held-twice: a post only one person can hold (party secretary, mayor...) given to two people. */
import type { DocumentAnalysis, Finding, TitleOccurrence } from '../types';
import { groupByParts } from './helpers';
import { likelyOneName } from './nameVariant';
import { postsInReport } from './postsInReport';

export function postsHeldTwice(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  // in an appointment or removal notice, the outgoing and the incoming holder share one post
  const changeOfPost = changeOfPostReader(model.text);
  const report = postsInReport(model);
  const unique = model.titles.filter((t) => t.personIds.length === 1 && report.unique(t) && (t.norm.bodies.length > 0 || report.key(t) !== t.norm.postKey));
  // "first commander" and "commander" of one headquarters are two posts
  const withLevel = placesWithLevel(model);
  const isChinesePlace = (place: string) => withLevel.has(place);
  for (const post of groupByParts(unique, (t) => report.holderKey(t), (t) => t.norm.rank ?? '').flatMap((titles) => byPlace(titles, isChinesePlace))) {
    // only a post given to two persons needs its sentences read (findings are sorted by position in the end)
    if (post.every((t) => t.personIds[0] === post[0].personIds[0])) continue;
    const same = post.filter((t) => !changeOfPost(t));
    const byPerson = groupByParts(same, (t) => t.personIds[0]);
    if (byPerson.length < 2) continue;
    byPerson.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
    const [holder, ...others] = byPerson;
    const holderPerson = model.persons[holder[0].personIds[0]];
    const holderName = holderPerson.name;
    // built once and shared (read-only) by the findings about this post
    const related = holder.map((h) => ({ start: h.start, end: h.end, message: `${holderName}: '${h.text}'` }));
    for (const occs of others) {
      const p = model.persons[occs[0].personIds[0]];
      // "Zhou Haoren" for Zhou Haoran: one person misspelt (name-variant says so), not a second holder
      if (likelyOneName(p, holderPerson)) continue;
      for (const t of occs as TitleOccurrence[]) {
        out.push({
          code: 'post-held-twice', severity: 'warning', personId: p.id, start: t.start, end: t.end,
          message: `${p.name} is called '${t.text}', a post that ${holderName} holds in this report (${t.norm.chinese ?? t.norm.english}): one of the two is likely wrong.`,
          related,
          fixes: [],
        });
      }
    }
  }
  return out;
}

/**
 * The titles of one post by the place they name (a place is one however it is capitalised). Titles
 * that name none are of the one place the others name, when the report writes it as a place of ours
 * ("secretary of the Xinghe County Party Committee" ... "secretary of the county party committee");
 * when the others name several, or a place abroad ("Mayor of Villa Serena"), of none.
 */
function byPlace(titles: TitleOccurrence[], isChinesePlace: (place: string) => boolean): TitleOccurrence[][] {
  let place: string | undefined;
  for (const t of titles) {
    const p = t.norm.place?.toLowerCase();
    if (p === undefined || p === place) continue;
    // several places: each place's titles apart; those that name none are of no place in particular
    if (place !== undefined) return groupByParts(titles.filter((u) => u.norm.place), (u) => u.norm.place!.toLowerCase());
    place = p;
  }
  if (place !== undefined && !titles.every((t) => t.norm.place) && !isChinesePlace(place)) return [titles.filter((u) => u.norm.place)];
  return [titles];
}

/** The places (lower case) that a title writes with their level ("Xinghe County Party Committee"), as our places are written. */
function placesWithLevel(model: DocumentAnalysis): Set<string> {
  const out = new Set<string>();
  for (const t of model.titles) if (t.norm.place && t.norm.level && !t.norm.levelImplied) out.add(t.norm.place.toLowerCase());
  return out;
}

/**
 * Words of a sentence that speaks of a post someone leaves or left: its holder is not the post's holder
 * now. (A post someone is elected or appointed to is theirs: "He Zhengkun was elected secretary of the
 * county party committee" makes a second "secretary of the county party committee" a conflict.)
 */
const CHANGE_OF_POST = /\b(remov(e|ed|al)|dismiss(ed|al)?|reliev(e|ed)|resign(ed|ation)?|succeed(ed|s|ing)?|replac(e|ed|es|ing)|no longer|former(ly)?|outgoing|retir(e|ed|ement)|transferr?(ed)?|vacat(e|ed)|predecessor|successor|nominat(e|ed|ion)|candidate)\b/i;

const TABLE_CONTEXT = 600;

const isSentenceEnd = (c: number) => c === 46 /* . */ || c === 10 || c === 59 /* ; */ || c === 0x3002 /* 。 */;

/**
 * Whether the sentence of a title speaks of a change of post; for a line without a full stop (a table
 * row), the lines above it up to a blank line ("Removed:" over a list of posts). Titles in one
 * sentence share the answer.
 */
function changeOfPostReader(text: string): (t: TitleOccurrence) => boolean {
  // by sentence start: the end of the sentence read from there, and the answer (a title spanning a full stop
  // can give another end from one start: then the answer is not kept)
  const bySentence = new Map<number, { end: number; answer: boolean }>();
  return (t) => {
    let start = t.start;
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    let end = t.end;
    while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
    const known = bySentence.get(start);
    if (known?.end === end) return known.answer;
    const answer = changeOfPost(text, start, end);
    if (!known) bySentence.set(start, { end, answer });
    return answer;
  };
}

function changeOfPost(text: string, start: number, end: number): boolean {
  if (CHANGE_OF_POST.test(text.slice(start, end))) return true;
  if (text[end] === '.' || text[end] === '。') return false;
  const block = text.slice(Math.max(0, start - TABLE_CONTEXT), start);
  const sinceBlank = block.slice(Math.max(block.lastIndexOf('\n\n'), block.lastIndexOf('\n\r\n')) + 1);
  return CHANGE_OF_POST.test(sinceBlank.split(/[.。]/).pop() ?? '');
}
