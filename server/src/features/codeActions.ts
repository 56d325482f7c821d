/** Quick fixes of the findings, and source.fixAll for the style-level ones. */
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../analysis/types';
import type { AnalysedDocument } from '../service/analysisCache';
import type { ReportLensSettings } from '../shared/protocol';
import { effectiveSeverity, toDiagnostic } from './diagnostics';
import { overlaps, toRange } from './ranges';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.report-lens';

function edits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText }));
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeActions(doc: TextDocument, analysed: AnalysedDocument, findings: Finding[], params: CodeActionParams, settings: ReportLensSettings): CodeAction[] {
  if (analysed.skipped || !settings.diagnostics.enable) return [];
  const only = params.context.only;
  const out: CodeAction[] = [];
  const visible = findings.filter((f) => effectiveSeverity(f, settings) !== undefined);
  if (wanted(only, CodeActionKind.QuickFix)) {
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    for (const f of visible) {
      const touches = overlaps(f, range) || (range.start === range.end && f.start <= range.start && range.start <= f.end);
      if (!touches) continue;
      const diagnostic = matchingDiagnostic(doc, f, params.context.diagnostics) ?? toDiagnostic(doc, f, effectiveSeverity(f, settings)!);
      for (const fix of f.fixes) {
        out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.isPreferred, edit: { changes: { [doc.uri]: edits(doc, fix) } } });
      }
    }
  }
  if (only && (wanted(only, FIX_ALL_KIND) || only.includes(CodeActionKind.SourceFixAll))) {
    const all = fixAllEdits(visible);
    if (all.length) out.push({ title: 'Make titles consistent (Report Lens)', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: all.map((e) => ({ range: toRange(doc, e), newText: e.newText })) } } });
  }
  return out;
}

/** The preferred style-level edits of all findings, without overlaps (first come, first kept). */
export function fixAllEdits(findings: Finding[]): Fix['edits'] {
  const chosen: Fix['edits'] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.fixAll);
    if (!fix) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e) || (c.start === e.start && c.end === e.end)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function matchingDiagnostic(doc: TextDocument, f: Finding, given: Diagnostic[]): Diagnostic | undefined {
  const start = doc.positionAt(f.start);
  return given.find((d) => d.code === f.code && d.range.start.line === start.line && d.range.start.character === start.character);
}
