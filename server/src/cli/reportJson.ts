/** The `analyze --json` output for one file (schema: server/schemas/analyze-output.schema.json). */
import type { DocumentAnalysis, Finding, RoleKind } from '../analysis/types';

export interface FileReport {
  file: string;
  skipped?: string;
  warnings?: string[];
  persons: {
    name: string;
    key: string;
    titles: { text: string; start: number; end: number; english?: string; chinese?: string; kind: string; rankTier: number }[];
    roles: RoleKind[];
    roleEvidence: { role: RoleKind; cue: string; start: number; end: number }[];
    mentions: { start: number; end: number; text: string; kind: string }[];
  }[];
  themes: { text: string; start: number; end: number; kind: string; canonical?: string; chinese?: string }[];
  meeting: { headline?: string; date?: string } & Record<RoleKind, string[]>;
  diagnostics: { start: number; end: number; line: number; column: number; severity: string; code: string; message: string }[];
}

export function fileReport(file: string, model: DocumentAnalysis, findings: Finding[], position: (offset: number) => { line: number; character: number }): FileReport {
  const names = (entries: { personId: number }[]) => entries.map((e) => model.persons[e.personId].name);
  return {
    file,
    persons: model.persons.map((p) => ({
      name: p.name,
      key: p.key,
      titles: p.titleIds.map((id) => model.titles[id]).map((t) => ({
        text: t.text, start: t.start, end: t.end, english: t.norm.english, chinese: t.norm.chinese, kind: t.norm.kind, rankTier: t.norm.rankTier,
      })),
      roles: [...new Set(p.roles.map((r) => r.role))],
      roleEvidence: p.roles.map((r) => ({ role: r.role, cue: r.cue, start: r.start, end: r.end })),
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    })),
    themes: model.themes.map((t) => ({ text: t.text, start: t.start, end: t.end, kind: t.kind, canonical: t.canonical, chinese: t.chinese })),
    meeting: {
      headline: model.meeting.headline?.text,
      date: model.meeting.date?.text,
      presided: names(model.meeting.presided),
      spoke: names(model.meeting.spoke),
      reported: names(model.meeting.reported),
      attended: names(model.meeting.attended),
      byline: names(model.meeting.byline),
    },
    diagnostics: findings.map((f) => {
      const pos = position(f.start);
      return { start: f.start, end: f.end, line: pos.line + 1, column: pos.character + 1, severity: f.severity, code: f.code, message: f.message };
    }),
  };
}
