/** The meeting as the report tells it: headline, date, and who presided, spoke, reported, attended, wrote. */
import { reportDate } from './reportDate';
import { ROLE_KINDS } from '../types';
import type { MeetingRoleEntry, MeetingStructure, Person, RoleKind } from '../types';

const CHROME = /^(updated|release time|released|source|author|editor|today is|time|date|published|posted|print|close|home|index|related posts?|share|font)\b|\[print\]|\[close\]|^index\/|\/.*\/|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/i;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = new RegExp(
  String.raw`\b(?:On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{4}年\d{1,2}月\d{1,2}日`,
  'g',
);

export function meetingStructure(text: string, persons: Person[]): MeetingStructure {
  const meeting: MeetingStructure = { presided: [], spoke: [], reported: [], attended: [], byline: [] };
  meeting.headline = findHeadline(text);
  meeting.date = findDate(text);
  meeting.isoDate = reportDate(text);
  const lists: Record<RoleKind, MeetingRoleEntry[]> = meeting;
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    let seen = 0; // bits of ROLE_KINDS
    for (let k = 0; k < p.roles.length; k++) {
      const r = p.roles[k];
      const bit = 1 << ROLE_KINDS.indexOf(r.role);
      if (seen & bit) continue;
      seen |= bit;
      lists[r.role].push({ personId: p.id, evidence: { start: r.start, end: r.end } });
    }
  }
  for (const role of ['presided', 'spoke', 'reported', 'attended', 'byline'] as const) lists[role].sort((a, b) => a.evidence.start - b.evidence.start);
  return meeting;
}

function findHeadline(text: string): (MeetingStructure['headline']) | undefined {
  let offset = 0; // counts one character per line break, also for \r\n
  let looked = 0;
  const head = text.slice(0, 4000);
  for (const lines = new Lines(head); lines.next(); ) {
    const line = lines.line;
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    const trimmed = line.trim().replace(/\u00a0/g, ' ').trim();
    if (!trimmed) continue;
    if (++looked > 6) break;
    if (CHROME.test(trimmed)) continue;
    const words = trimmed.split(/\s+/).length;
    if (trimmed.length > 180 || words < 3) return undefined;
    if (/[.。]$/.test(trimmed) && words > 12) return undefined;
    return { start, end: start + line.trim().length, text: line.trim() };
  }
  return undefined;
}

/** The lines of a text as split by /\r\n|\n|\r/, one at a time (most reports have their headline in the first lines). */
class Lines {
  line = '';
  private at = 0;
  private done = false;
  /** The next \n and \r at or after `at` (-1: none), each searched for again only once passed. */
  private lf = -1;
  private cr = -1;

  constructor(private readonly text: string) {
    this.lf = text.indexOf('\n');
    this.cr = text.indexOf('\r');
  }

  next(): boolean {
    if (this.done) return false;
    const { text, at } = this;
    if (this.lf >= 0 && this.lf < at) this.lf = text.indexOf('\n', at);
    if (this.cr >= 0 && this.cr < at) this.cr = text.indexOf('\r', at);
    const { lf, cr } = this;
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) {
      this.line = text.slice(at);
      this.done = true;
      return true;
    }
    this.line = text.slice(at, end);
    this.at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    return true;
  }
}

function findDate(text: string): MeetingStructure['date'] {
  DATE.lastIndex = 0;
  const head = text.slice(0, 6000);
  let first: RegExpExecArray | null = null;
  for (let m = DATE.exec(head); m; m = DATE.exec(head)) {
    if (/^On\b/i.test(m[0])) return { start: m.index, end: m.index + m[0].length, text: m[0] };
    first ??= m;
  }
  return first ? { start: first.index, end: first.index + first[0].length, text: first[0] } : undefined;
}
