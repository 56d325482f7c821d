/** Findings of the title checks as LSP diagnostics, with their documentation link and the conflicting places. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/types';
import type { AnalysedDocument } from '../service/analysisCache';
import { CHECKS_DOC_URL, ReportLensSettings } from '../shared/protocol';
import { toRange } from './ranges';

export const DIAGNOSTIC_SOURCE = 'report-lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a finding is shown with, or undefined when its check is turned off. */
export function effectiveSeverity(f: Finding, settings: ReportLensSettings): Severity | undefined {
  const chosen = settings.diagnostics.severity[f.code];
  if (chosen === 'off') return undefined;
  return chosen ?? f.severity;
}

export function toDiagnostic(doc: TextDocument, f: Finding, severity: Severity): Diagnostic {
  return {
    range: toRange(doc, f),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    codeDescription: { href: `${CHECKS_DOC_URL}#${f.code}` },
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: r.uri ?? doc.uri, range: r.uri && r.range ? r.range : toRange(doc, r) }, message: r.message })),
  };
}

export function diagnostics(doc: TextDocument, analysed: AnalysedDocument, findings: Finding[], settings: ReportLensSettings): Diagnostic[] {
  if (analysed.skipped) {
    return [{ range: toRange(doc, { start: 0, end: 0 }), severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'not-analysed', codeDescription: { href: `${CHECKS_DOC_URL}#not-analysed` }, message: analysed.skipped }];
  }
  if (!settings.diagnostics.enable) return [];
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = effectiveSeverity(f, settings);
    if (!severity) continue;
    out.push(toDiagnostic(doc, f, severity));
  }
  return out;
}
