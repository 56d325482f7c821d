/**
 * title-wording: one person's post worded two ways ("Deputy County Mayor" / "Vice County Mayor").
 * title-case: the same words in two capitalisations.
 */
import type { DocumentAnalysis, Finding, Person, TitleOccurrence } from '../types';
import { addressTitlesOf, consistencyFindings, groupBy, groupByParts, isCurrentPost, pickFlagged, postTitlesOf, somePairOfPosts } from './helpers';
import { postsInReport, type PostsInReport } from './postsInReport';

/** Whether two wordings differ only by swapping accepted variants ("deputy county mayor" ~ "vice county mayor"). */
export function acceptedAsSame(a: string, b: string, accepted: string[][]): boolean {
  for (const group of accepted) {
    const variants = group.map((v) => v.toLowerCase().replace(/\s+/g, ' ').trim());
    for (const v of variants) {
      const re = new RegExp(`(^|\\s)${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`);
      if (!re.test(a)) continue;
      for (const u of variants) if (u !== v && a.replace(re, `$1${u}`) === b) return true;
    }
  }
  return false;
}

export function wordingAndCase(model: DocumentAnalysis, accepted: string[][] = []): Finding[] {
  const out: Finding[] = [];
  const report = postsInReport(model);
  const mayBeOnePost = (a: TitleOccurrence, b: TitleOccurrence) => mayBeOnePostWrittenTwoWays(a, b, report);
  const addressed = writtenOutAddresses(model, report);
  for (let i = 0; i < model.persons.length; i++) {
    const p = model.persons[i];
    const forms = addressed.get(p.id);
    const labels = postTitlesOf(model, p).filter(isListLabel);
    if (!forms && !labels.length && (p.titleIds.length < 2 || !titlesWrittenTwoWays(model, p) || !somePairOfPosts(model, p, mayBeOnePost, ownTitle))) continue; // one title conflicts with nothing
    const own = postTitlesOf(model, p).filter(ownTitle);
    const titles = forms ? [...own, ...labels, ...forms] : labels.length ? [...own, ...labels] : own;
    const samePostKey = samePostKeys(titles, report);
    for (const same of groupByParts(titles, samePostKey, (t) => t.norm.rank ?? '', (t) => t.norm.rankTier)) {
      const byWording = [...groupBy(same, wordingOfOne).values()];
      if (byWording.length >= 2) {
        byWording.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
        const [main, ...rest] = byWording;
        for (const r of rest) {
          if (acceptedAsSame(r[0].norm.wording, main[0].norm.wording, accepted) || inTwoPlaces(r[0], main[0])) continue;
          const { flagged, other, tie } = pickFlagged(r, main);
          out.push(...consistencyFindings({ code: 'title-wording', severity: 'information', personId: p.id }, flagged, other, tie,
            (f, o) => `${p.name}'s post is worded '${f.text}' here and '${o.text}' elsewhere; use one wording.`, true));
        }
      }
      for (const allWords of byWording) {
        // a list's label and one person's post differ in case as the plural does ("Vice Presidents" / "vice president")
        const sameWords = allWords.filter(ownTitle);
        if (sameWords.length < 2 || sameWords.every((t) => t.text === sameWords[0].text)) continue; // written alike: one capitalisation
        const byCase = [...groupBy(sameWords, (t) => caseKey(t, model.text)).values()];
        if (byCase.length < 2) continue;
        byCase.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
        const [main, ...rest] = byCase;
        for (const r of rest) {
          const { flagged, other, tie } = pickFlagged(r, main);
          out.push(...consistencyFindings({ code: 'title-case', severity: 'information', personId: p.id }, flagged, other, tie,
            (f, o) => `'${f.text}' is capitalised differently from '${o.text}' for the same post of ${p.name}.`, true));
        }
      }
    }
  }
  return out;
}

/**
 * "Provincial Party Secretary Yang": a post with its level written out, used to address a person, is
 * a wording of the person's post ("Secretary Yang", "Mayor Ye" say no more than the post's word).
 */
function writtenOutAddresses(model: DocumentAnalysis, report: PostsInReport): Map<number, TitleOccurrence[]> {
  const out = new Map<number, TitleOccurrence[]>();
  for (const [id, titles] of addressTitlesOf(model)) {
    const written = titles.filter((t) => t.norm.level && !t.norm.levelImplied && report.level(t));
    if (written.length) out.set(id, written);
  }
  return out;
}

/**
 * A plural title ("Vice Presidents A, B and C") names a group, not one person's own post to word: a
 * person's "Vice President" elsewhere is no second wording of it, even when the list around the
 * plural was read short and it went to that person alone.
 */
function ownTitle(t: TitleOccurrence): boolean {
  return !t.norm.plural;
}

/**
 * A plural title over a list of several persons ("vice mayors A, B and C"): its wording, made singular,
 * is the wording of each one's post ("vice mayor" against a "deputy mayor" elsewhere is two wordings).
 */
function isListLabel(t: TitleOccurrence): boolean {
  return t.norm.plural && t.personIds.length >= 2 && t.norm.kind === 'post';
}

/** A title's wording, a plural one made singular ("vice mayors" -> "vice mayor", "chairmen" -> "chairman"). */
function wordingOfOne(t: TitleOccurrence): string {
  if (!t.norm.plural) return t.norm.wording;
  return t.norm.wording.replace(/\b(\w+?)(men|ies|s)\b/, (word, stem: string, end: string) => (end === 'men' ? `${stem}man` : end === 'ies' ? `${stem}y` : word.endsWith('ss') ? word : stem));
}

/** Two titles written differently that may name one post at one rank (a generic head may be the person's other post of its body). */
function mayBeOnePostWrittenTwoWays(a: TitleOccurrence, b: TitleOccurrence, report: PostsInReport): boolean {
  return a.text !== b.text && (a.norm.rank ?? '') === (b.norm.rank ?? '') && a.norm.rankTier === b.norm.rankTier
    && (report.key(a) === report.key(b) || GENERIC_HEADS.has(a.norm.post) || GENERIC_HEADS.has(b.norm.post));
}

/** Whether the person's own current posts are written in two ways: a finding needs two. */
function titlesWrittenTwoWays(model: DocumentAnalysis, p: Person): boolean {
  let text: string | undefined;
  for (let i = 0; i < p.titleIds.length; i++) {
    const t = model.titles[p.titleIds[i]];
    if (!isCurrentPost(t.norm) || !ownTitle(t)) continue;
    if (text === undefined) text = t.text;
    else if (t.text !== text) return true;
  }
  return false;
}

/** The same post in two named places is a post-conflict, not a second wording. */
function inTwoPlaces(a: TitleOccurrence, b: TitleOccurrence): boolean {
  return !!a.norm.place && !!b.norm.place && a.norm.place.toLowerCase() !== b.norm.place.toLowerCase();
}

/**
 * The title as written for comparing capitalisations: a capital that only opens a sentence or a line
 * ("Deputy county head Xiao ...") is grammar, not the way the title is written.
 */
function caseKey(t: TitleOccurrence, text: string): string {
  const written = stripArticle(t);
  if (written.length < 2 || !opensSentence(text, t.start) || written[1] !== written[1].toLowerCase()) return written;
  return written[0].toLowerCase() + written.slice(1);
}

/** Whether offset `at` opens a sentence or a line (only spaces and an opening quote between it and the end before). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“')) i--;
  return i < 0 || '.!?\n。！？'.includes(text[i]);
}

function stripArticle(t: TitleOccurrence): string {
  return t.text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ');
}

const GENERIC_HEADS = new Set(['head', 'chief']);

/**
 * The post a title names, where "head of X" or "chief of X" is the same post as the person's other
 * top post of X ("commander of the front command" / "head of the front command"): the first of the
 * person's titles with a specific post, the same rank tier and the same bodies.
 */
function samePostKeys(titles: TitleOccurrence[], report: PostsInReport): (t: TitleOccurrence) => string {
  const specific = new Map<string, TitleOccurrence>();
  for (const u of titles) {
    if (GENERIC_HEADS.has(u.norm.post) || u.norm.bodies.length === 0) continue;
    const key = `${u.norm.rankTier}|${u.norm.bodies.join('>')}`;
    if (!specific.has(key)) specific.set(key, u);
  }
  return (t) => {
    if (!GENERIC_HEADS.has(t.norm.post)) return report.key(t);
    const u = specific.get(`${t.norm.rankTier}|${t.norm.bodies.join('>')}`);
    return u ? report.key(u) : report.key(t);
  };
}
