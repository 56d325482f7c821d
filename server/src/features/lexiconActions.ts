/**
 * Code actions that write to the workspace lexicon: add a person (with their titles), accept two
 * wordings of a post, add a theme phrase, mark a word as never a name, ignore a diagnostic in this
 * file. Each is one workspace edit of the lexicon file that the user accepts; nothing is written
 * behind their back. A missing lexicon file is created by the same edit.
 */
import { CodeAction, CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentAnalysis, Finding, Span } from '../analysis/types';
import type { Edit } from 'jsonc-parser';
import {
  addIgnoredDiagnosticEdits, addIgnoredWordEdits, addOfficialEdits, addThemeEdits, addTitleVariantEdits,
} from '../lexicon/lexiconEdits';
import { contains, overlaps } from './ranges';

export const LEXICON_KIND = CodeActionKind.Refactor + '.lexicon';

export interface LexiconTarget {
  uri: string;
  /** Current text of the lexicon ('' when the file does not exist). */
  text: string;
  exists: boolean;
  /** Version of the open lexicon document, if the editor has it open. */
  version?: number;
  /** Whether the client accepts documentChanges with file creation. */
  canCreate: boolean;
}

function positionIn(text: string, offset: number) {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i + 1;
  }
  return { line, character: offset - last };
}

export function lexiconEdit(target: LexiconTarget, edits: Edit[]): WorkspaceEdit | undefined {
  if (edits.length === 0) return undefined;
  const textEdits: TextEdit[] = edits.map((e) => ({ range: { start: positionIn(target.text, e.offset), end: positionIn(target.text, e.offset + e.length) }, newText: e.content }));
  if (!target.exists) {
    if (!target.canCreate) return undefined;
    return { documentChanges: [CreateFile.create(target.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: target.uri, version: null }, textEdits)] };
  }
  if (target.version !== undefined) return { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, textEdits)] };
  return { changes: { [target.uri]: textEdits } };
}

function action(title: string, kind: string, edit: WorkspaceEdit | undefined): CodeAction[] {
  return edit ? [{ title, kind, edit }] : [];
}

export function lexiconActions(
  model: DocumentAnalysis, findings: Finding[], range: Span, target: LexiconTarget, relativePath: string | undefined,
): CodeAction[] {
  const out: CodeAction[] = [];
  const touching = (s: Span) => overlaps(s, range) || (range.start === range.end && contains(s, range.start));
  for (const f of findings.filter(touching)) {
    const flagged = model.text.slice(f.start, f.end);
    if (f.code === 'title-wording') {
      const other = f.fixes[0]?.edits[0]?.newText;
      if (other) out.push(...action(`Accept '${flagged}' and '${other}' as one post (workspace lexicon)`, CodeActionKind.QuickFix, lexiconEdit(target, addTitleVariantEdits(target.text, [flagged, other]))));
    }
    if (relativePath) {
      out.push(...action(`Ignore this ${f.code} in ${relativePath} (workspace lexicon)`, CodeActionKind.QuickFix, lexiconEdit(target, addIgnoredDiagnosticEdits(target.text, { code: f.code, file: relativePath, text: flagged }))));
    }
  }
  const mention = model.mentions.find(touching);
  if (mention) {
    const p = model.persons[mention.personId];
    const titles = [...new Set(p.titleIds.map((id) => model.titles[id]).filter((t) => t.norm.kind === 'post' || t.norm.kind === 'membership').map((t) => t.text.replace(/\s+/g, ' ')))];
    const date = model.meeting.isoDate;
    out.push(...action(`Add '${p.name}' to the workspace lexicon`, LEXICON_KIND, lexiconEdit(target, addOfficialEdits(target.text, p.name, titles.map((title) => (date ? { title, from: date } : { title }))))));
    out.push(...action(`'${mention.text.replace(/\s+/g, ' ')}' is not a person (workspace lexicon)`, LEXICON_KIND, lexiconEdit(target, addIgnoredWordEdits(target.text, mention.text.replace(/\s+/g, ' ')))));
  }
  const selected = model.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  if (selected.length >= 4 && selected.length <= 200 && /\s/.test(selected) && !model.themes.some((t) => t.start <= range.start && range.end <= t.end)) {
    out.push(...action(`Add '${selected}' to the workspace lexicon as a theme phrase`, LEXICON_KIND, lexiconEdit(target, addThemeEdits(target.text, selected))));
  }
  return out;
}
