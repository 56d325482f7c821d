/** References and highlights: every mention of the person under the cursor. */
import { DocumentHighlight, DocumentHighlightKind, Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Person } from '../analysis/types';
import { contains, toRange } from './ranges';

export function personAt(model: DocumentAnalysis, offset: number): Person | undefined {
  const m = model.mentions.find((x) => contains(x, offset));
  return m ? model.persons[m.personId] : undefined;
}

export function references(doc: TextDocument, model: DocumentAnalysis, offset: number): Location[] {
  const p = personAt(model, offset);
  return p ? p.mentions.map((m) => ({ uri: doc.uri, range: toRange(doc, m) })) : [];
}

export function highlights(doc: TextDocument, model: DocumentAnalysis, offset: number): DocumentHighlight[] {
  const p = personAt(model, offset);
  return p ? p.mentions.map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text })) : [];
}
