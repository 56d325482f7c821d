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

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day?: number): string | undefined {
  if (year < 1949 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function reportDate(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  const found: { index: number; value: string }[] = [];
  const add = (m: RegExpExecArray | null, value: string | undefined) => {
    if (m && value) found.push({ index: m.index, value });
  };
  let m = ISO.exec(head);
  add(m, m ? iso(+m[1], +m[2], +m[3]) : undefined);
  m = HAN.exec(head);
  add(m, m ? iso(+m[1], +m[2], m[3] ? +m[3] : undefined) : undefined);
  m = MONTH_FIRST.exec(head);
  add(m, m ? iso(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]) : undefined);
  m = DAY_FIRST.exec(head);
  add(m, m ? iso(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]) : undefined);
  found.sort((a, b) => a.index - b.index);
  return found[0]?.value;
}

/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; missing parts read as the middle of the period). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(toTime(a) - toTime(b)) / 86_400_000;
}

export function toTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m ?? 7) - 1, d ?? 15);
}
