/**
 * The date of a report as an ISO string (YYYY-MM-DD, or YYYY-MM), read from the first dated line:
 * "Updated: 2019-10-10", "Release time: 2022-09-28", "November 17, 2021", "2020年8月28日".
 * Used to compare titles across reports: titles change over time.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const HEAD = 3000;
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const HAN = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;
const MONTH_FIRST = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i;
/** The same patterns matched at one offset (sticky), and where they can start: a month name, a number. */
const MONTH_FIRST_AT = new RegExp(MONTH_FIRST.source, 'iy');
const DAY_FIRST_AT = new RegExp(DAY_FIRST.source, 'iy');
const MONTH_START = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/gi;
const NUMBER_START = /\b\d/g;
/** Below this offset, the starts of a later pattern are tried one by one rather than the pattern searched for. */
const FEW_STARTS = 600;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day?: number): string | undefined {
  if (year < 1949 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The date of the earliest of the first matches of the four patterns (on one offset, the earlier
 * pattern); a pattern whose first match is no date gives none. A pattern is only looked for before
 * the date found so far: once a date is found early, the later patterns are tried at the few
 * offsets where they can start rather than searched for through the whole head.
 */
export function reportDate(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  let index = head.length;
  let value: string | undefined;
  const consider = (m: RegExpExecArray | null, date: string | undefined) => {
    if (m && date && m.index < index) {
      index = m.index;
      value = date;
    }
  };
  let m = ISO.exec(head);
  consider(m, m ? iso(+m[1], +m[2], +m[3]) : undefined);
  m = head.includes('年') ? HAN.exec(head) : null;
  consider(m, m ? iso(+m[1], +m[2], m[3] ? +m[3] : undefined) : undefined);
  m = firstMatchBefore(head, MONTH_FIRST, MONTH_FIRST_AT, MONTH_START, index);
  consider(m, m ? iso(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]) : undefined);
  m = firstMatchBefore(head, DAY_FIRST, DAY_FIRST_AT, NUMBER_START, index);
  consider(m, m ? iso(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]) : undefined);
  return value;
}

/**
 * The first match of `pattern` in the head if it starts before `before` (else null, or a later match):
 * `at` is the pattern made sticky, `starts` finds the offsets where it can start.
 */
function firstMatchBefore(head: string, pattern: RegExp, at: RegExp, starts: RegExp, before: number): RegExpExecArray | null {
  if (before > FEW_STARTS) return pattern.exec(head);
  const prefix = head.slice(0, before + 3); // a start found in it is whole (a number or a month name at a word boundary)
  starts.lastIndex = 0;
  for (let s = starts.exec(prefix); s && s.index < before; s = starts.exec(prefix)) {
    at.lastIndex = s.index;
    const m = at.exec(head);
    if (m) return m;
  }
  return null;
}

/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; missing parts read as the middle of the period). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(toTime(a) - toTime(b)) / 86_400_000;
}

export function toTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m ?? 7) - 1, d ?? 15);
}
