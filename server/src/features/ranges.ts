import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../analysis/types';

/** An LSP range for a span of the analysed text, always inside the document. */
export function toRange(doc: TextDocument, span: Span): Range {
  const length = doc.getText().length;
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
