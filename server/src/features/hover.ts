/** Hover: who a person is, what a title means, what a theme phrase stands for. */
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Person, RoleKind, ThemeOccurrence, TitleOccurrence } from '../analysis/types';
import type { LexiconOfficial } from '../lexicon/lexicon';
import { Command } from '../shared/protocol';
import { escapeMarkdown, quoteText } from './markdown';
import { contains, toRange } from './ranges';

export interface OtherReport {
  /** Display name of the other report (file name). */
  label: string;
  /** Titles the person has there. */
  titles: string[];
}

/** What the workspace knows of a person: the other reports naming them, the lexicon's entry. */
export interface PersonContext {
  elsewhere(personKey: string): OtherReport[];
  lexiconEntry(personKey: string): LexiconOfficial | undefined;
}

const ROLE_LABEL: Record<RoleKind, string> = {
  presided: 'presided over the meeting',
  spoke: 'spoke',
  reported: 'reported',
  attended: 'attended',
  byline: 'credited in the byline',
};

const TIER_LABEL = ['head of the body', 'deputy', 'member / other'];

export function hover(doc: TextDocument, model: DocumentAnalysis, offset: number, context?: PersonContext): Hover | null {
  const mention = model.mentions.find((m) => contains(m, offset));
  if (mention) {
    const person = model.persons[mention.personId];
    const lines = personMarkdown(doc, model, person, context);
    if (mention.kind === 'surname') lines.unshift(`${quoteText(mention.text)} refers to **${escapeMarkdown(person.name)}**`, '');
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, mention) };
  }
  const title = model.titles.find((t) => contains(t, offset));
  if (title) return { contents: { kind: 'markdown', value: titleMarkdown(model, title).join('\n') }, range: toRange(doc, title) };
  const theme = model.themes.find((t) => contains(t, offset));
  if (theme) return { contents: { kind: 'markdown', value: themeMarkdown(theme).join('\n') }, range: toRange(doc, theme) };
  return null;
}

function personMarkdown(doc: TextDocument, model: DocumentAnalysis, p: Person, context?: PersonContext): string[] {
  const out = [`**${escapeMarkdown(p.name)}** (person)`, ''];
  const titles = distinctTitles(model, p);
  if (titles.length) {
    out.push('Titles in this report:', '');
    for (const t of titles) out.push(`- ${titleLine(t)}`);
    out.push('');
  } else {
    out.push('No title given in this report.', '');
  }
  const roles = distinctRoles(p);
  if (roles.length) {
    out.push(`Role in the meeting: ${roles.map((r) => `${ROLE_LABEL[r.role]} (${quoteText(r.cue)})`).join('; ')}`, '');
  } else {
    out.push('Role in the meeting: only mentioned.', '');
  }
  const lines = [...new Set(p.mentions.map((m) => doc.positionAt(m.start).line + 1))];
  const first = doc.positionAt(p.mentions[0].start);
  // encodeURIComponent leaves ( ) raw, and an unbalanced one would end the link destination early
  const args = encodeURIComponent(JSON.stringify([doc.uri, first.line, first.character])).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  out.push(`Mentioned ${p.mentions.length} time${p.mentions.length === 1 ? '' : 's'}, on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} ([show all](command:${Command.showMentions}?${args})).`);
  const variants = [...new Set(p.mentions.filter((m) => m.kind !== 'surname').map((m) => m.text.replace(/\s+/g, ' ')))];
  if (variants.length > 1) out.push('', `Written as: ${variants.map(quoteText).join(', ')}`);
  const entry = context?.lexiconEntry(p.key);
  if (entry) {
    out.push('', `Workspace lexicon: **${escapeMarkdown(entry.name)}**${entry.chinese ? ` ${escapeMarkdown(entry.chinese)}` : ''}`);
    for (const t of entry.titles ?? []) {
      const when = t.from || t.to ? ` (${escapeMarkdown(t.from ?? '…')} to ${escapeMarkdown(t.to ?? 'now')})` : '';
      out.push(`- ${quoteText(t.title)}${t.chinese ? ` · ${escapeMarkdown(t.chinese)}` : ''}${t.place ? `, ${escapeMarkdown(t.place)}` : ''}${when}`);
    }
    if (entry.note) out.push('', escapeMarkdown(entry.note));
  }
  const others = context?.elsewhere(p.key) ?? [];
  if (others.length) {
    out.push('', 'Also in:', '');
    for (const o of others.slice(0, 8)) out.push(`- ${escapeMarkdown(o.label)}${o.titles.length ? ': ' + o.titles.map(quoteText).join(', ') : ''}`);
    if (others.length > 8) out.push(`- … and ${others.length - 8} more reports`);
  }
  return out;
}

function distinctTitles(model: DocumentAnalysis, p: Person): TitleOccurrence[] {
  const seen = new Set<string>();
  const out: TitleOccurrence[] = [];
  for (const id of p.titleIds) {
    const t = model.titles[id];
    if (seen.has(t.norm.wording)) continue;
    seen.add(t.norm.wording);
    out.push(t);
  }
  return out;
}

function distinctRoles(p: Person) {
  const seen = new Set<RoleKind>();
  return p.roles.filter((r) => !seen.has(r.role) && seen.add(r.role));
}

function titleLine(t: TitleOccurrence): string {
  const n = t.norm;
  const parts = [quoteText(t.text)];
  if (n.chinese) parts.push(escapeMarkdown(n.chinese));
  if (n.kind === 'post' && n.english.toLowerCase() !== n.wording) parts.push(`= ${escapeMarkdown(n.english)}`);
  return parts.join(' · ');
}

function titleMarkdown(model: DocumentAnalysis, t: TitleOccurrence): string[] {
  const n = t.norm;
  const out = [`**${escapeMarkdown(t.text)}** (title)`, ''];
  if (n.kind === 'post' || n.kind === 'membership') {
    out.push(`Normalised: ${escapeMarkdown(n.english)}`);
    if (n.chinese) out.push('', `Chinese: ${escapeMarkdown(n.chinese)}`);
    out.push('', `Rank: ${TIER_LABEL[n.rankTier] ?? 'other'}${n.unique ? ' (one holder at a time)' : ''}`);
  } else if (n.kind === 'byline') {
    out.push(`Byline credit: ${escapeMarkdown(n.english)}${n.chinese ? ' · ' + escapeMarkdown(n.chinese) : ''}`);
  } else {
    out.push(`Group label: ${escapeMarkdown(n.english)}${n.chinese ? ' · ' + escapeMarkdown(n.chinese) : ''}`);
  }
  const holders = t.personIds.map((id) => model.persons[id].name);
  if (holders.length) out.push('', `Held by: ${holders.map((h) => escapeMarkdown(h)).join(', ')}`);
  return out;
}

function themeMarkdown(t: ThemeOccurrence): string[] {
  const out = [`**${escapeMarkdown(t.text)}** (${t.kind === 'quoted' ? 'quoted slogan' : 'theme phrase'})`, ''];
  if (t.canonical) out.push(`Canonical English: ${escapeMarkdown(t.canonical)}`, '');
  if (t.chinese) out.push(`Chinese: ${escapeMarkdown(t.chinese)}`, '');
  if (t.category) out.push(`Category: ${escapeMarkdown(t.category)}`, '');
  const variants = (t.variants ?? []).filter((v) => v.toLowerCase() !== t.text.toLowerCase());
  if (variants.length) out.push(`Also written: ${variants.map(quoteText).join(', ')}`);
  return out;
}
