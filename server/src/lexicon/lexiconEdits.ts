/**
 * Edits that add entries to the lexicon file, as minimal text edits that keep the user's comments,
 * order and indentation (jsonc-parser's modify). The editor applies them as one workspace edit.
 */
import { applyEdits, Edit, findNodeAtLocation, FormattingOptions, modify, parseTree } from 'jsonc-parser';
import { nameKey } from '../analysis/knowledge/nameKey';
import type { IgnoredDiagnostic, LexiconTitle } from './lexicon';

function formatting(text: string): FormattingOptions {
  const indented = /^([ \t]+)\S/m.exec(text);
  const indent = indented?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A new lexicon starts empty: VS Code finds its schema by the file name (jsonValidation), offline too. */
function start(text: string): string {
  return text.trim() ? text : '{\n}\n';
}

function append(text: string, path: (string | number)[], value: unknown): Edit[] {
  const base = start(text);
  const edits = modify(base, [...path, -1], value, { formattingOptions: formatting(base) });
  // from an empty file: one edit that writes the whole document
  return base === text ? edits : [{ offset: 0, length: text.length, content: applyEdits(base, edits) }];
}

function arrayAt(text: string, path: (string | number)[]): unknown[] {
  const tree = parseTree(text);
  const node = tree && findNodeAtLocation(tree, path);
  return node?.type === 'array' ? (node.children ?? []).map((c) => c.value ?? c) : [];
}

function officialIndex(text: string, name: string): number {
  const tree = parseTree(text);
  const list = tree && findNodeAtLocation(tree, ['officials']);
  if (list?.type !== 'array') return -1;
  return (list.children ?? []).findIndex((o) => {
    const n = findNodeAtLocation(o, ['name']);
    return typeof n?.value === 'string' && nameKey(n.value) === nameKey(name);
  });
}

/** Adds a person (or the titles they lack, when they are listed already). */
export function addOfficialEdits(text: string, name: string, titles: LexiconTitle[]): Edit[] {
  const at = officialIndex(text, name);
  if (at < 0) return append(text, ['officials'], titles.length ? { name, titles } : { name });
  const tree = parseTree(text)!;
  const known = new Set(
    (findNodeAtLocation(tree, ['officials', at, 'titles'])?.children ?? []).map((c) => String(findNodeAtLocation(c, ['title'])?.value ?? '').toLowerCase()),
  );
  const missing = titles.filter((t) => !known.has(t.title.toLowerCase()));
  let current = text;
  for (const t of missing) current = applyEdits(current, append(current, ['officials', at, 'titles'], t));
  return current === text ? [] : [minimalEdit(text, current)];
}

export function addTitleVariantEdits(text: string, wordings: string[]): Edit[] {
  return append(text, ['titleVariants'], wordings);
}

export function addThemeEdits(text: string, phrase: string): Edit[] {
  const known = arrayAt(text, ['themes']).some((t) => typeof t === 'object' && t !== null && JSON.stringify(t).toLowerCase().includes(JSON.stringify(phrase.toLowerCase())));
  return known ? [] : append(text, ['themes'], { phrase });
}

export function addIgnoredWordEdits(text: string, word: string): Edit[] {
  const known = arrayAt(text, ['ignore', 'words']).some((w) => String(w).toLowerCase() === word.toLowerCase());
  return known ? [] : append(text, ['ignore', 'words'], word);
}

export function addIgnoredDiagnosticEdits(text: string, rule: IgnoredDiagnostic): Edit[] {
  return append(text, ['ignore', 'diagnostics'], rule);
}

/** One edit covering only the changed middle of the text. */
function minimalEdit(before: string, after: string): Edit {
  let s = 0;
  while (s < before.length && s < after.length && before[s] === after[s]) s++;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { offset: s, length: before.length - s - e, content: after.slice(s, after.length - e) };
}
