/** The problems of a malformed lexicon file as one clear diagnostic: the first problem and how many others. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LexiconProblem } from '../lexicon/lexicon';
import { CHECKS_DOC_URL } from '../shared/protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { toRange } from './ranges';

export function lexiconDiagnostics(doc: TextDocument, problems: LexiconProblem[]): Diagnostic[] {
  const [first] = problems;
  if (!first) return [];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return [{
    range: toRange(doc, first),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'lexicon-invalid',
    codeDescription: { href: `${CHECKS_DOC_URL}#lexicon-invalid` },
    message: `${first.message}${more} Report Lens keeps using the last valid version of this lexicon until this is fixed.`,
  }];
}
