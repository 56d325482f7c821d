import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis, Person } from '../../server/src/analysis/types';

export function analysed(text: string): { doc: TextDocument; model: DocumentAnalysis } {
  return { doc: TextDocument.create('file:///test.report', 'meeting-report', 1, text), model: analyze(text) };
}

export function names(model: DocumentAnalysis): string[] {
  return model.persons.map((p) => p.name);
}

export function person(model: DocumentAnalysis, name: string): Person {
  const p = model.persons.find((x) => x.name === name);
  if (!p) throw new Error(`no person '${name}' among ${JSON.stringify(names(model))}`);
  return p;
}

export function titlesOf(model: DocumentAnalysis, name: string): string[] {
  return person(model, name).titleIds.map((id) => model.titles[id].text);
}

export function rolesOf(model: DocumentAnalysis, name: string): string[] {
  return [...new Set(person(model, name).roles.map((r) => r.role))].sort();
}

export function mentionTexts(model: DocumentAnalysis): string[] {
  return model.mentions.map((m) => model.text.slice(m.start, m.end));
}
