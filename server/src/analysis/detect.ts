/**
 * Does a plain-text file read like a report of a government meeting? Used to give `.txt` reports
 * every feature without renaming them, while a README or a log gets nothing. Looks at the start of
 * the text only, so it costs the same for any file size.
 */
import { analyze } from './analyze';

const SAMPLE = 6000;
const MEETING_WORDS = /\b(meeting|conference|session|forum|symposium|plenary|congress|committee|work|inspection|seminar)\b/i;

export interface ReportEvidence {
  isReport: boolean;
  /** Persons with a title or a role in the meeting. */
  officials: number;
  titles: number;
}

export function detectReport(text: string): ReportEvidence {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes('\u0000')) return { isReport: false, officials: 0, titles: 0 };
  const model = analyze(sample, { checks: { enabled: false } });
  const officials = model.persons.filter((p) => p.titleIds.length > 0 || p.roles.length > 0).length;
  const titles = model.titles.filter((t) => t.norm.kind !== 'byline').length;
  const isReport = officials >= 1 && titles >= 1 && (officials >= 2 || MEETING_WORDS.test(sample));
  return { isReport, officials, titles };
}
