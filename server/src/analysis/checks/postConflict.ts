/**
 * post-conflict: one person given incompatible posts: the same post of bodies at two levels (county vs
 * municipal), of two places ("secretary of the Xinghe County Party Committee" / "... of the Lanxi County
 * Party Committee"), or the heads of two governments ("mayor" / "county head").
 */
import type { DocumentAnalysis, Finding, Person, TitleOccurrence } from '../types';
import { addressTitlesOf, consistencyFindings, groupBy, groupByParts, isCurrentPost, pickFlagged, postTitlesOf, somePairOfPosts } from './helpers';
import { postsInReport, type PostsInReport } from './postsInReport';

export function postConflicts(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const report = postsInReport(model);
  const incompatibleHere = (a: TitleOccurrence, b: TitleOccurrence) => incompatible(a, b, report);
  for (let i = 0; i < model.persons.length; i++) {
    const p = model.persons[i];
    if ((p.titleIds.length < 2 || !mayConflict(model, p, report) || !somePairOfPosts(model, p, incompatibleHere)) && !hasAddressedHead(model, p)) continue; // one title conflicts with nothing
    const posts = postTitlesOf(model, p);
    const levelOf = (t: TitleOccurrence) => report.level(t);
    const withLevel = posts.filter(levelOf);
    const flag = (groups: TitleOccurrence[][], why: (f: TitleOccurrence, o: TitleOccurrence) => string) => {
      groups.sort((a, b) => b.length - a.length || a[0].start - b[0].start);
      const [main, ...rest] = groups;
      for (const r of rest) {
        const { flagged, other, tie } = pickFlagged(r, main);
        out.push(...consistencyFindings({ code: 'post-conflict', severity: 'warning', personId: p.id }, flagged, other, tie,
          (f, o) => `${p.name} is '${f.text}' here but '${o.text}' elsewhere: ${why(flagged[0], other[0])}.`, false));
      }
    };
    // the innermost body is enough: "minister of the organization department" (of the county party committee
    // before it) and "head of the organization department of the municipal party committee"
    for (const same of groupByParts(withLevel, (t) => t.norm.bodies[0] ?? '', (t) => t.norm.post, (t) => t.norm.rankTier)) {
      const byLevel = [...groupBy(same, (t) => levelOf(t)!).values()];
      if (byLevel.length >= 2) flag(byLevel, (f, o) => `one post at two levels (${levelOf(f)} vs ${levelOf(o)})`);
    }
    // "Fenglin Mayor" / "Lucheng Mayor": the level a head of government implies is enough here
    // "director of the county agriculture bureau" / "director of the provincial department of agriculture":
    // one person heads no departments of two levels
    const heading = withLevel.filter((t) => t.norm.rankTier === 0 && isDepartment(t.norm.bodies[0]) && DEPARTMENT_HEADS.has(t.norm.post));
    if (heading.length >= 2) {
      // "head of the provincial water resources department" / "director of the municipal water resources bureau"
      const byLevel = [...groupBy(heading, (t) => levelOf(t)!).values()];
      // the same body at two levels is flagged above already
      if (byLevel.length >= 2 && new Set(heading.map((t) => t.norm.bodies[0])).size >= 2) {
        flag(byLevel, (f, o) => `the heads of departments at two levels (${levelOf(f)} vs ${levelOf(o)})`);
      }
    }
    // "president of the Municipal People's Hospital" / "president of the Municipal Hospital of Traditional
    // Chinese Medicine": one person heads one hospital, school or university
    const institutions = posts.filter((t) => t.norm.rankTier === 0 && isInstitution(t.norm.bodies[0]));
    if (institutions.length >= 2) {
      for (const same of groupByParts(institutions, (t) => t.norm.post)) {
        const byBody = [...groupBy(same, (t) => t.norm.bodies[0]).values()];
        if (byBody.length >= 2 && twoInstitutions(byBody.map((g) => g[0].norm.bodies[0]))) flag(byBody, () => 'the heads of two institutions');
      }
    }
    const placed = posts.filter((t) => t.norm.place && t.norm.level);
    for (const same of groupByParts(placed, (t) => report.key(t), (t) => t.norm.rankTier)) {
      const byPlace = [...groupBy(same, (t) => t.norm.place!.toLowerCase()).values()];
      if (byPlace.length >= 2) flag(byPlace, (f, o) => `one post in two places (${f.norm.place} vs ${o.norm.place})`);
    }
    // "Vice Mayor Kong" for the vice governor: the head of another government, even as a form of address
    // ("Mayor Lan" for a town mayor is the short form: only a governor against a mayor, or the other way, conflicts)
    const addressedAs = addressedHeads(model, p.id).filter((t) => posts.some((u) => u.norm.headOfGovernment && u.norm.rankTier === t.norm.rankTier && headFamily(u) !== headFamily(t)));
    const heads = [...posts.filter((t) => t.norm.headOfGovernment), ...addressedAs];
    for (const same of groupByParts(heads, (t) => t.norm.rankTier)) {
      // "the mayor" for a town or district mayor is the short form: a bare "mayor" is any mayor
      const byPost = [...groupBy(same, (t) => t.norm.post).values()];
      if (byPost.length >= 2 && !(byPost.length === 2 && byPost.some((g) => g.every((t) => isBareMayor(t, report))) && byPost.every((g) => g.every((t) => headFamily(t) === 'mayor')))) {
        flag(byPost, () => 'the heads of two governments');
      }
    }
    // the party secretary and the head of the government of one place are different people
    const secretaries = posts.filter((t) => isPartySecretary(t));
    const governs = posts.filter((t) => t.norm.headOfGovernment && t.norm.rankTier === 0);
    if (secretaries.length > 0 && governs.length > 0) {
      const flagged = secretaries.filter((a) => governs.some((b) => samePlace(a, b, levelOf)));
      // the party post is flagged: a head of government is often also its party committee's deputy secretary,
      // and a slip that makes them "secretary" is the likelier one
      if (flagged.length > 0) {
        const other = governs.filter((b) => flagged.some((a) => samePlace(a, b, levelOf)));
        out.push(...consistencyFindings({ code: 'post-conflict', severity: 'warning', personId: p.id }, flagged, other, false,
          (f, o) => `${p.name} is '${f.text}' here but '${o.text}' elsewhere: the party secretary and the head of the government of one place.`, false));
      }
    }
    // "Mayor Gu" for the party secretary: the form of address is the slip
    const addressedAsHead = secretaries.length > 0 ? addressedHeads(model, p.id).filter((t) => t.norm.rankTier === 0 && secretaries.some((a) => samePlace(a, t, levelOf))) : [];
    if (addressedAsHead.length > 0) {
      out.push(...consistencyFindings({ code: 'post-conflict', severity: 'warning', personId: p.id }, addressedAsHead, secretaries, false,
        (f, o) => `${p.name} is addressed as '${f.text}' here but is '${o.text}': the party secretary and the head of the government of one place.`, false));
    }
    // the leaders of the people's congress, the government and the CPPCC of one place are different people
    const leading = posts.filter((t) => leadingBodyOf(t) !== undefined);
    if (leading.length >= 2) {
      const byBody = [...groupBy(leading, (t) => leadingBodyOf(t)!).values()];
      if (byBody.length >= 2 && levelsAgree(byBody, levelOf)) flag(byBody, (f, o) => `a leading post of the ${LEADING_BODY_NAMES[leadingBodyOf(f)!]} and one of the ${LEADING_BODY_NAMES[leadingBodyOf(o)!]}`);
    }
  }
  return onePerPlace(out);
}

/** The first finding at each place (two of the rules above may see one pair of posts). */
function onePerPlace(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A government department, bureau, commission or administration (by its key or its name). */
function isDepartment(body: string | undefined): boolean {
  return !!body && DEPARTMENT.test(body);
}
const DEPARTMENT = /(^|[:\s])(bureau|department|commission|administration)(\s|$)/;
/** The words for the head of a department (director, minister, chief, head). */
const DEPARTMENT_HEADS = new Set(['director', 'minister', 'chief', 'head']);

/** A hospital, school or university (by its name). */
function isInstitution(body: string | undefined): boolean {
  return !!body && INSTITUTION.test(body);
}
const INSTITUTION = /^org:.*\b(hospital|university|college|school|kindergarten)\b/;

/**
 * Whether institution names are of different institutions: "the university" may be any of them, and
 * "Xinghe People's Hospital" is "Xinghe Municipal People's Hospital" (one name's words all in the other).
 */
function twoInstitutions(names: string[]): boolean {
  const words = names.map((n) => n.slice(4).split(/[\s,.]+/).filter((w) => w && !LEVEL_OR_ARTICLE.has(w)));
  if (words.some((w) => w.length <= 1)) return false;
  for (let a = 0; a < words.length; a++) {
    for (let b = 0; b < words.length; b++) if (a !== b && words[a].every((w) => words[b].includes(w))) return false;
  }
  return true;
}
const LEVEL_OR_ARTICLE = new Set(['the', 'municipal', 'city', 'county', 'district', 'provincial', 'prefecture', 'prefectural', 'township', 'town']);

/** The posts of heads of government used to address person `id` ("Vice Mayor Kong"). */
function addressedHeads(model: DocumentAnalysis, id: number): TitleOccurrence[] {
  return addressTitlesOf(model).get(id)?.filter((t) => t.norm.headOfGovernment) ?? [];
}

/** "Mayor", "the mayor": a mayor of no level written (not one chained after a post of the city). */
function isBareMayor(t: TitleOccurrence, report: PostsInReport): boolean {
  return t.norm.post === 'mayor' && t.norm.levelImplied && !t.norm.place && report.chainLevel(t) !== 'municipal';
}

/** Governors head provinces (and prefectures), county heads counties; city, district and township heads are all called mayor. */
function headFamily(t: TitleOccurrence): string {
  return t.norm.post === 'governor' ? 'governor' : t.norm.post === 'county-head' ? 'county' : 'mayor';
}

function hasAddressedHead(model: DocumentAnalysis, p: Person): boolean {
  return addressTitlesOf(model).get(p.id)?.some((t) => t.norm.headOfGovernment) ?? false;
}

function isPartySecretary(t: TitleOccurrence): boolean {
  const n = t.norm;
  return n.post === 'secretary' && n.rankTier === 0 && n.bodies.length === 1 && n.bodies[0] === 'party-committee' && !n.plural;
}

/** Whether two posts are of one place: the same level (the one a head of government implies will do), and no two place names. */
function samePlace(a: TitleOccurrence, b: TitleOccurrence, levelOf: (t: TitleOccurrence) => string | undefined): boolean {
  const la = levelOf(a) ?? a.norm.level;
  const lb = levelOf(b) ?? b.norm.level;
  if (!la || !lb || la !== lb) return false;
  return !a.norm.place || !b.norm.place || a.norm.place.toLowerCase() === b.norm.place.toLowerCase();
}

const LEADING_BODY_NAMES: Record<string, string> = { congress: "people's congress", government: 'government', cppcc: 'CPPCC' };

/**
 * The body a title leads, of the three whose leaders are never one person: the people's congress
 * (its standing committee's director or deputy director), the government (its head or deputy head)
 * and the CPPCC (its chairman or vice chairman).
 */
function leadingBodyOf(t: TitleOccurrence): string | undefined {
  const n = t.norm;
  if (n.rankTier > 1 || n.plural) return undefined;
  if (n.headOfGovernment) return 'government';
  if (n.bodies[0] === 'cppcc' && n.post === 'chairman') return 'cppcc';
  if (n.bodies[0] === 'standing-committee' && n.bodies[1] === 'peoples-congress' && n.post === 'director') return 'congress';
  return undefined;
}

/** Whether the titles of the groups are at one level, as far as they say (a county and a city post are no conflict). */
function levelsAgree(groups: TitleOccurrence[][], levelOf: (t: TitleOccurrence) => string | undefined): boolean {
  let level: string | undefined;
  for (const g of groups) {
    for (const t of g) {
      const l = levelOf(t);
      if (!l) continue;
      if (level === undefined) level = l;
      else if (l !== level) return false;
    }
  }
  return true;
}

/** Two posts that one person cannot hold together (what a conflict needs; the bodies are compared after). */
function incompatible(a: TitleOccurrence, b: TitleOccurrence, report: PostsInReport): boolean {
  const x = a.norm;
  const y = b.norm;
  if (x.rankTier !== y.rankTier) return false;
  const xLevel = report.level(a);
  const yLevel = report.level(b);
  if (x.post === y.post && xLevel && yLevel && xLevel !== yLevel) return true;
  if (x.post === y.post && x.level && x.level === y.level && !!x.place && !!y.place && x.place.toLowerCase() !== y.place.toLowerCase()) return true;
  if (x.headOfGovernment && y.headOfGovernment && x.post !== y.post && !(isBareMayor(a, report) && headFamily(b) === 'mayor') && !(isBareMayor(b, report) && headFamily(a) === 'mayor')) return true;
  if ((isPartySecretary(a) && y.headOfGovernment && y.rankTier === 0) || (isPartySecretary(b) && x.headOfGovernment && x.rankTier === 0)) return true;
  if (DEPARTMENT_HEADS.has(x.post) && DEPARTMENT_HEADS.has(y.post) && x.rankTier === 0 && xLevel && yLevel && xLevel !== yLevel && isDepartment(x.bodies[0]) && isDepartment(y.bodies[0])) return true;
  if (x.post === y.post && x.rankTier === 0 && x.bodies[0] !== y.bodies[0] && isInstitution(x.bodies[0]) && isInstitution(y.bodies[0]) && twoInstitutions([x.bodies[0], y.bodies[0]])) return true;
  const xBody = leadingBodyOf(a);
  const yBody = leadingBodyOf(b);
  return !!xBody && !!yBody && xBody !== yBody && (!xLevel || !yLevel || xLevel === yLevel);
}

/** Whether the person's current posts name two levels, two places or two heads of government: a conflict needs them. */
function mayConflict(model: DocumentAnalysis, p: Person, report: PostsInReport): boolean {
  let level: string | undefined;
  let place: string | undefined;
  let head: string | undefined;
  let leads: string | undefined;
  let secretary = false;
  let governs = false;
  let institution: string | undefined;
  for (let i = 0; i < p.titleIds.length; i++) {
    const t = model.titles[p.titleIds[i]];
    const norm = t.norm;
    if (!isCurrentPost(norm)) continue;
    const tLevel = report.level(t);
    if (tLevel) {
      if (level === undefined) level = tLevel;
      else if (tLevel !== level) return true;
    }
    if (norm.place && norm.level) {
      if (place === undefined) place = norm.place.toLowerCase();
      else if (norm.place.toLowerCase() !== place) return true;
    }
    if (norm.headOfGovernment) {
      if (head === undefined) head = norm.post;
      else if (norm.post !== head) return true;
    }
    if (norm.rankTier === 0 && isInstitution(norm.bodies[0])) {
      if (institution === undefined) institution = norm.bodies[0];
      else if (institution !== norm.bodies[0]) return true;
    }
    if (isPartySecretary(t)) secretary = true;
    if (norm.headOfGovernment && norm.rankTier === 0) governs = true;
    if (secretary && governs) return true;
    const body = leadingBodyOf(t);
    if (body) {
      if (leads === undefined) leads = body;
      else if (body !== leads) return true;
    }
  }
  return false;
}
