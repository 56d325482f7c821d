/** The meeting as the report tells it: headline, date, and who presided, spoke, reported, attended, wrote. */
import { reportDate } from './reportDate';
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
  for (const p of persons) {
    const seen = new Set<RoleKind>();
    for (const r of p.roles) {
      if (seen.has(r.role)) continue;
      seen.add(r.role);
      lists[r.role].push({ personId: p.id, evidence: { start: r.start, end: r.end } });
    }
  }
  for (const role of ['presided', 'spoke', 'reported', 'attended', 'byline'] as const) lists[role].sort((a, b) => a.evidence.start - b.evidence.start);
  return meeting;
}

function findHeadline(text: string): (MeetingStructure['headline']) | undefined {
  let offset = 0;
  let looked = 0;
  const head = text.slice(0, 4000);
  for (const line of head.split(/\r\n|\n|\r/)) {
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
