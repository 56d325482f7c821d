/**
 * Rename a person: every mention in this report and in the other reports of the workspace that
 * name the same person. Surname-only mentions ("Secretary Xu") get the new surname.
 */
import { Range, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Mention, Person } from '../analysis/types';
import { personAt } from './references';
import { toRange } from './ranges';

export function prepareRename(doc: TextDocument, model: DocumentAnalysis, offset: number): { range: Range; placeholder: string } | null {
  const m = model.mentions.find((x) => x.start <= offset && offset <= x.end);
  if (!m) return null;
  return { range: toRange(doc, m), placeholder: m.kind === 'surname' ? model.persons[m.personId].name : m.text.replace(/\s+/g, ' ') };
}

/** A valid new name: letters (any script), spaces, hyphens and apostrophes, 2 to 80 characters. */
export function checkNewName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length < 2 || clean.length > 80 || !/^[\p{L}][\p{L}\p{M} '’-]*$/u.test(clean)) {
    throw new ResponseError(0, `'${name}' is not a name: use letters, spaces, hyphens or apostrophes.`);
  }
  return clean;
}

export function renameEdits(doc: TextDocument, person: Person, newName: string): TextEdit[] {
  const surname = newName.split(' ')[0];
  return person.mentions.map((m: Mention) => ({ range: toRange(doc, m), newText: m.kind === 'surname' ? surname : newName }));
}

/** Edits for this document and the other documents given (each already analysed). */
export function rename(
  doc: TextDocument, model: DocumentAnalysis, offset: number, newName: string,
  others: { doc: TextDocument; model: DocumentAnalysis }[],
): WorkspaceEdit | null {
  const person = personAt(model, offset);
  if (!person) return null;
  const name = checkNewName(newName);
  const changes: Record<string, TextEdit[]> = { [doc.uri]: renameEdits(doc, person, name) };
  for (const o of others) {
    const same = o.model.persons.find((p) => p.key === person.key);
    if (same) changes[o.doc.uri] = renameEdits(o.doc, same, name);
  }
  return { changes };
}
