/**
 * The outline follows the meeting as the report tells it: the headline, the date, who presided,
 * who spoke, who reported, who attended, who wrote it, then anyone else named.
 */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, MeetingRoleEntry, Person, RoleKind, Span } from '../analysis/types';
import { toRange } from './ranges';

const SECTIONS: { role: RoleKind; label: string }[] = [
  { role: 'presided', label: 'Presided' },
  { role: 'spoke', label: 'Spoke' },
  { role: 'reported', label: 'Reported' },
  { role: 'attended', label: 'Attended' },
  { role: 'byline', label: 'Byline' },
];

function union(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function personSymbol(doc: TextDocument, model: DocumentAnalysis, p: Person, evidence: Span): DocumentSymbol {
  const mention = p.mentions.find((m) => m.start <= evidence.start) ?? p.mentions[0];
  const titles = [...new Set(p.titleIds.map((id) => model.titles[id].text.replace(/\s+/g, ' ')))];
  return {
    name: p.name,
    detail: titles.join('; '),
    kind: SymbolKind.Constructor,
    range: toRange(doc, union([mention, evidence])),
    selectionRange: toRange(doc, mention),
  };
}

function section(doc: TextDocument, label: string, children: DocumentSymbol[], spans: Span[], kind = SymbolKind.Namespace): DocumentSymbol {
  const range = toRange(doc, union(spans));
  return { name: label, kind, range, selectionRange: { start: range.start, end: range.start }, children };
}

export function documentSymbols(doc: TextDocument, model: DocumentAnalysis): DocumentSymbol[] {
  const { meeting } = model;
  const out: DocumentSymbol[] = [];
  if (meeting.date) out.push({ name: `Date: ${meeting.date.text.replace(/\s+/g, ' ')}`, kind: SymbolKind.Event, range: toRange(doc, meeting.date), selectionRange: toRange(doc, meeting.date) });
  const withRole = new Set<number>();
  for (const { role, label } of SECTIONS) {
    const entries: MeetingRoleEntry[] = meeting[role];
    if (entries.length === 0) continue;
    const children = entries.map((e) => {
      withRole.add(e.personId);
      return personSymbol(doc, model, model.persons[e.personId], e.evidence);
    });
    const spans = entries.flatMap((e) => [e.evidence, model.persons[e.personId].mentions.find((m) => m.start <= e.evidence.start) ?? model.persons[e.personId].mentions[0]]);
    out.push(section(doc, `${label} (${children.length})`, children, spans));
  }
  const others = model.persons.filter((p) => !withRole.has(p.id));
  if (others.length) {
    const children = others.map((p) => personSymbol(doc, model, p, p.mentions[0]));
    out.push(section(doc, `Also named (${others.length})`, children, others.map((p) => p.mentions[0])));
  }
  if (!meeting.headline) return out;
  const headline = meeting.headline;
  const whole = { start: Math.min(headline.start, ...out.map((s) => doc.offsetAt(s.range.start))), end: doc.getText().length };
  return [{
    name: headline.text.replace(/\s+/g, ' '),
    detail: 'meeting',
    kind: SymbolKind.Event,
    range: toRange(doc, whole),
    selectionRange: toRange(doc, headline),
    children: out,
  }];
}
