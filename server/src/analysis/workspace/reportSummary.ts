/** What other reports need to know about one report: its date and who holds which title where. */
import { LineIndex } from '../text/lineIndex';
import type { DocumentAnalysis, LineRange, NormalizedTitle, Span } from '../types';

export interface TitleAppearance extends Span {
  text: string;
  norm: NormalizedTitle;
  range: LineRange;
}

export interface PersonAppearance {
  name: string;
  /** Mentions in this report (for renames across the workspace). */
  mentions: (Span & { kind: string })[];
  titles: TitleAppearance[];
}

export interface ReportSummary {
  uri: string;
  /** Short name for messages (the file name). */
  label: string;
  date?: string;
  /** Person identity key -> appearance. */
  persons: Map<string, PersonAppearance>;
}

/** `label` names the report in messages (default: its file name). */
export function summarize(uri: string, model: DocumentAnalysis, label = labelOf(uri)): ReportSummary {
  const persons = new Map<string, PersonAppearance>();
  const lines = new LineIndex(model.text);
  for (const p of model.persons) {
    persons.set(p.key, {
      name: p.name,
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
      titles: p.titleIds.map((id) => model.titles[id]).map((t) => ({ start: t.start, end: t.end, text: t.text.replace(/\s+/g, ' '), norm: t.norm, range: { start: lines.position(t.start), end: lines.position(t.end) } })),
    });
  }
  return { uri, label, date: model.meeting.isoDate, persons };
}

export function labelOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
