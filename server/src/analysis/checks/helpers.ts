import type { DocumentAnalysis, Finding, Fix, NormalizedTitle, Person, TitleOccurrence } from '../types';

/** Whether a title names a current post (not a group, a byline, a former or honorary post). */
export function isCurrentPost(norm: NormalizedTitle): boolean {
  return (norm.kind === 'post' || norm.kind === 'membership') && !norm.status;
}

/** The person's current posts, in document order (read-only: persons without titles share one empty list). */
export function postTitlesOf(model: DocumentAnalysis, p: Person): readonly TitleOccurrence[] {
  if (p.titleIds.length === 0) return NO_TITLES;
  const out: TitleOccurrence[] = [];
  for (let i = 0; i < p.titleIds.length; i++) {
    const t = model.titles[p.titleIds[i]];
    if (isCurrentPost(t.norm)) out.push(t);
  }
  return out;
}

const NO_TITLES: readonly TitleOccurrence[] = [];

const addressCache = new WeakMap<DocumentAnalysis, Map<number, TitleOccurrence[]>>();

/**
 * "Secretary Xu", "Deputy Mayor Lan": the current posts used to address each person (by person id),
 * read once per report for every check that compares them.
 */
export function addressTitlesOf(model: DocumentAnalysis): ReadonlyMap<number, readonly TitleOccurrence[]> {
  let out = addressCache.get(model);
  if (out) return out;
  out = new Map<number, TitleOccurrence[]>();
  for (let i = 0; i < model.titles.length; i++) {
    const t = model.titles[i];
    if (t.addressee < 0 || !isCurrentPost(t.norm)) continue;
    const list = out.get(t.addressee);
    if (list) list.push(t);
    else out.set(t.addressee, [t]);
  }
  addressCache.set(model, out);
  return out;
}

/** Up to this many titles, a person's titles are compared pair by pair to tell quickly that a check finds nothing. */
const FEW_TITLES = 8;
const few: TitleOccurrence[] = [];

/**
 * Whether two of the person's current posts (those passing `only`) pass `pair`, a condition a finding
 * needs; true without looking when the person has more than a few.
 */
export function somePairOfPosts(model: DocumentAnalysis, p: Person, pair: (a: TitleOccurrence, b: TitleOccurrence) => boolean, only?: (t: TitleOccurrence) => boolean): boolean {
  let count = 0;
  for (let i = 0; i < p.titleIds.length; i++) {
    const t = model.titles[p.titleIds[i]];
    if (!isCurrentPost(t.norm) || (only && !only(t))) continue;
    if (count === FEW_TITLES) return true;
    few[count++] = t;
  }
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (pair(few[a], few[b])) return true;
  return false;
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/**
 * Groups items by several key parts, as groupBy would by the parts joined with a separator that
 * none of them contains, without building a key string per item. Groups come in order of first
 * appearance.
 */
export function groupByParts<T>(items: readonly T[], ...parts: ((t: T) => string | number)[]): T[][] {
  const root = new Map<string | number, unknown>();
  const groups: T[][] = [];
  for (const it of items) {
    let node = root;
    for (let k = 0; k < parts.length - 1; k++) {
      const part = parts[k](it);
      let child = node.get(part) as Map<string | number, unknown> | undefined;
      if (!child) node.set(part, (child = new Map()));
      node = child;
    }
    const last = parts[parts.length - 1](it);
    let group = node.get(last) as T[] | undefined;
    if (!group) {
      node.set(last, (group = []));
      groups.push(group);
    }
    group.push(it);
  }
  return groups;
}

/** Of two competing forms, the one to flag: the rarer, or the later when both are as frequent. */
export function pickFlagged<T extends { start: number }>(a: T[], b: T[]): { flagged: T[]; other: T[]; tie: boolean } {
  if (a.length !== b.length) return a.length < b.length ? { flagged: a, other: b, tie: false } : { flagged: b, other: a, tie: false };
  return a[0].start > b[0].start ? { flagged: a, other: b, tie: true } : { flagged: b, other: a, tie: true };
}

/** One finding per flagged occurrence, with "make consistent" fixes in one or both directions. */
export function consistencyFindings(
  base: Omit<Finding, 'start' | 'end' | 'related' | 'fixes' | 'message'>,
  flagged: TitleOccurrence[] | { start: number; end: number; text: string }[],
  other: { start: number; end: number; text: string }[],
  tie: boolean,
  message: (f: { text: string }, o: { text: string }) => string,
  fixAll: boolean,
): Finding[] {
  const target = other[0];
  return flagged.map((f) => {
    const fixes: Fix[] = [{ title: `Change to '${target.text}'`, edits: [{ start: f.start, end: f.end, newText: target.text }], isPreferred: !tie, fixAll: fixAll && !tie }];
    if (tie) fixes.push({ title: `Change the other to '${f.text}'`, edits: other.map((o) => ({ start: o.start, end: o.end, newText: f.text })) });
    return {
      ...base, start: f.start, end: f.end, message: message(f, target),
      related: other.map((o) => ({ start: o.start, end: o.end, message: `'${o.text}' here` })), fixes,
    };
  });
}
