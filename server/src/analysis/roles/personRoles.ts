/**
 * Each person's roles, in the order they are found: one role of a kind per person and cue position
 * (a cue can be read twice for one person), then the first byline label given to a person as their
 * byline role. Roles read from one cue share its string.
 */
import type { Attribution } from '../attribution/attribute';
import { Elements } from '../attribution/elements';
import type { Knowledge } from '../knowledge/knowledge';
import type { Tokens } from '../text/tokens';
import type { ParsedTitle } from '../titles/parseTitle';
import { ROLE_KINDS } from '../types';
import type { RoleEvidence } from '../types';
import { findRoles } from './findRoles';

/** Up to this many roles, a person's roles are compared one by one to find a role read twice. */
const FEW_ROLES = 16;

export function personRoles(tokens: Tokens, k: Knowledge, elements: Elements, parsedTitles: ParsedTitle[], attribution: Attribution, personCount: number): RoleEvidence[][] {
  const found = new FoundRoles(tokens);
  findRoles(tokens, k, elements, attribution, (e, role, start, end, subjectStart) => found.push(elements.ref[e], ROLE_KINDS.indexOf(role), start, end, subjectStart));
  addBylines(found, parsedTitles, attribution, elements, tokens);

  // the roles of each person in the order found (a counting sort by person), those read twice left out
  const { person, kind, start } = found;
  const count = found.count;
  const first = tokens.ints(personCount + 1);
  for (let r = 0; r < count; r++) first[person.get(r) + 1]++;
  for (let p = 0; p < personCount; p++) first[p + 1] += first[p];
  const order = tokens.ints(count, false);
  const filled = tokens.ints(personCount);
  for (let r = 0; r < count; r++) {
    const p = person.get(r);
    order[first[p] + filled[p]++] = r;
  }
  const kept = tokens.bytes(count);
  const keptOf = filled.fill(0);
  for (let p = 0; p < personCount; p++) {
    const from = first[p];
    const to = first[p + 1];
    const seen = to - from > FEW_ROLES ? new Set<number>() : undefined;
    for (let x = from; x < to; x++) {
      const r = order[x];
      // a byline role is never a repeat (one per person)
      let repeat = false;
      if (kind.get(r) !== BYLINE) {
        if (seen) {
          const key = start.get(r) * ROLE_KINDS.length + kind.get(r);
          repeat = seen.has(key);
          seen.add(key);
        } else {
          for (let y = from; y < x && !repeat; y++) repeat = start.get(order[y]) === start.get(r) && kind.get(order[y]) === kind.get(r);
        }
      }
      if (repeat) continue;
      kept[r] = 1;
      keptOf[p]++;
    }
  }
  const roles = new Array<RoleEvidence[]>(personCount);
  for (let p = 0; p < personCount; p++) {
    const list = keptOf[p] === 0 ? [] : new Array<RoleEvidence>(keptOf[p]);
    let n = 0;
    for (let x = first[p]; x < first[p + 1]; x++) {
      const r = order[x];
      if (kept[r]) list[n++] = { role: ROLE_KINDS[kind.get(r)], start: start.get(r), end: found.end.get(r), cue: found.cue[r], subjectStart: found.subjectStart.get(r) };
    }
    roles[p] = list;
  }
  return roles;
}

const BYLINE = ROLE_KINDS.indexOf('byline');

/** The first byline label given to a person is their byline role. */
function addBylines(found: FoundRoles, parsedTitles: ParsedTitle[], attribution: Attribution, elements: Elements, tokens: Tokens): void {
  const credited = new Set<number>();
  const holders = tokens.indexList();
  for (let g = 0; g < attribution.given.length; g++) {
    const index = attribution.given[g];
    const t = parsedTitles[index];
    if (t.kind !== 'byline') continue;
    const start = tokens.start[t.first];
    const end = tokens.end[t.end - 1];
    attribution.holdersOf(index, holders);
    for (let h = 0; h < holders.count; h++) {
      const e = holders.get(h);
      const p = elements.ref[e];
      if (credited.has(p)) continue;
      credited.add(p);
      found.push(p, BYLINE, start, end, tokens.start[elements.first[e]]);
    }
  }
}

/** The roles found, in order, as lists: role r of person person[r], of kind ROLE_KINDS[kind[r]], its cue text[start[r], end[r]). */
class FoundRoles {
  readonly person;
  readonly kind;
  readonly start;
  readonly end;
  readonly subjectStart;
  /** The text of each cue: one string for the roles read in a row from one cue. */
  readonly cue: string[] = [];
  count = 0;

  constructor(private readonly tokens: Tokens) {
    this.person = tokens.indexList();
    this.kind = tokens.indexList();
    this.start = tokens.indexList();
    this.end = tokens.indexList();
    this.subjectStart = tokens.indexList();
  }

  push(person: number, kind: number, start: number, end: number, subjectStart: number): void {
    const r = this.count++;
    this.person.push(person);
    this.kind.push(kind);
    this.start.push(start);
    this.end.push(end);
    this.subjectStart.push(subjectStart);
    this.cue.push(r > 0 && this.start.get(r - 1) === start && this.end.get(r - 1) === end ? this.cue[r - 1] : this.tokens.text.slice(start, end));
  }
}
