/**
 * Semantic tokens: persons, titles, themes and the meeting date. Tokens may not overlap and may
 * not cross a line, so lower-priority spans are cut around higher-priority ones (a name inside a
 * theme phrase stays a person) and every span is split at line breaks.
 */
import { SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Span } from '../analysis/types';
import { TOKEN_MODIFIERS, TOKEN_TYPES, TokenModifier, TokenType } from '../shared/protocol';

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Colored extends Span {
  type: TokenType;
  modifiers: number;
}

const PRIORITY: Record<TokenType, number> = { person: 0, title: 1, date: 2, theme: 3 };

function modifierBits(...mods: TokenModifier[]): number {
  return mods.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
}

export function coloredSpans(model: DocumentAnalysis): Colored[] {
  const all: Colored[] = [];
  for (const p of model.persons) {
    p.mentions.forEach((m, i) => {
      const mods: TokenModifier[] = [];
      if (i === 0) mods.push('declaration');
      if (m.kind === 'surname') mods.push('surnameOnly');
      all.push({ start: m.start, end: m.end, type: 'person', modifiers: modifierBits(...mods) });
    });
  }
  for (const t of model.titles) all.push({ start: t.start, end: t.end, type: 'title', modifiers: 0 });
  for (const t of model.themes) all.push({ start: t.start, end: t.end, type: 'theme', modifiers: 0 });
  if (model.meeting.date) all.push({ start: model.meeting.date.start, end: model.meeting.date.end, type: 'date', modifiers: 0 });
  return all;
}

/**
 * Paints each span's index over the characters it covers, lowest priority first, so that higher
 * priority spans win; runs of one index, cut at line breaks and trimmed of blanks, become tokens.
 * Linear in the text length.
 */
export function semanticTokens(doc: TextDocument, model: DocumentAnalysis, range?: Span): SemanticTokens {
  const text = model.text;
  const from = Math.max(0, range?.start ?? 0);
  const to = Math.min(text.length, range?.end ?? text.length);
  const spans = coloredSpans(model)
    .filter((s) => s.end > from && s.start < to)
    .sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type]);
  const owner = new Int32Array(Math.max(0, to - from)).fill(-1);
  spans.forEach((s, index) => owner.fill(index, Math.max(s.start, from) - from, Math.min(s.end, to) - from));

  const builder = new SemanticTokensBuilder();
  const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
  let i = 0;
  while (i < owner.length) {
    const index = owner[i];
    if (index < 0 || isBlank(text.charCodeAt(from + i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < owner.length && owner[j] === index && text.charCodeAt(from + j) !== 10 && text.charCodeAt(from + j) !== 13) j++;
    let end = j;
    while (end > i && isBlank(text.charCodeAt(from + end - 1))) end--;
    const pos = doc.positionAt(from + i);
    const s = spans[index];
    builder.push(pos.line, pos.character, end - i, TOKEN_TYPES.indexOf(s.type), s.modifiers);
    i = j;
  }
  return builder.build();
}
