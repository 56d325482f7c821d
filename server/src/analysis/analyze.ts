/**
 * The analysis pipeline: tokens -> name candidates -> titles -> resolved names -> attribution ->
 * roles -> persons -> themes -> meeting structure -> findings. Pure: text in, model out.
 */
import { attribute } from './attribution/attribute';
import type { Element, NameElement, TitleElement } from './attribution/elements';
import { runChecks, CheckOptions } from './checks/runChecks';
import { builtinKnowledge, Knowledge } from './knowledge/knowledge';
import { meetingStructure } from './meeting/meetingStructure';
import { contextualCandidates } from './names/contextualNames';
import { findNameCandidates } from './names/findNameCandidates';
import { ResolvedName, resolveNames } from './names/resolveNames';
import { findRoles } from './roles/findRoles';
import { Token, TokenKind, lowerCaseSameLength, tokenize } from './text/tokenize';
import { findThemes } from './themes/findThemes';
import { normalizeTitle } from './titles/normalize';
import { ParsedTitle, parseBylineLabelAt, parseTitleAt } from './titles/parseTitle';
import type { DocumentAnalysis, Mention, Person, TitleOccurrence } from './types';

export interface AnalyzeOptions {
  /** The built-in knowledge, or the built-in knowledge extended by a workspace lexicon. */
  knowledge?: Knowledge;
  checks?: CheckOptions;
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const k = options.knowledge ?? builtinKnowledge();
  const tokens = tokenize(text, lowerCaseSameLength(text));
  k.annotate(tokens);
  const candidates = findNameCandidates(tokens, text, k);
  const inName = new Uint8Array(tokens.length);
  for (const c of candidates) inName.fill(1, c.first, c.end);
  const parsedTitles = findTitles(tokens, text, k, inName);
  candidates.push(...contextualCandidates(tokens, text, k, candidates, parsedTitles));
  candidates.sort((a, b) => a.first - b.first);
  const names = resolveNames(tokens, text, k, candidates, parsedTitles);

  // persons by identity key, in order of first mention
  const persons: Person[] = [];
  const personByKey = new Map<string, Person>();
  const elements: Element[] = [];
  const mentions: Mention[] = [];
  for (const n of names) {
    let p = personByKey.get(n.key);
    if (!p) {
      p = { id: persons.length, name: text.slice(n.start, n.stop).replace(/\s+/g, ' '), key: n.key, surname: n.surname, mentions: [], titleIds: [], roles: [] };
      persons.push(p);
      personByKey.set(n.key, p);
    }
    const m: Mention = { start: n.start, end: n.stop, personId: p.id, text: text.slice(n.start, n.stop), kind: n.mentionKind };
    p.mentions.push(m);
    mentions.push(m);
    const next = tokens[n.end];
    elements.push({ type: 'name', first: n.first, end: n.end, personIndex: p.id, possessive: next?.kind === TokenKind.Possessive && next.start === tokens[n.end - 1].end, surnameOnly: n.mentionKind === 'surname' });
  }
  parsedTitles.forEach((t, titleIndex) => elements.push({ type: 'title', first: t.first, end: t.end, title: t, titleIndex }));
  elements.sort((a, b) => a.first - b.first);

  const attribution = attribute(tokens, elements);
  const titles: TitleOccurrence[] = [];
  const attached = new Set<number>();
  parsedTitles.forEach((t, index) => {
    const all = attribution.holders.get(index) ?? [];
    // "Secretary Xu": a post used to address a person named in full elsewhere is a title, but not another one of theirs
    const holders = all.filter((h) => !(h.surnameOnly && h.first === t.end));
    if (all.length > 0) attached.add(index);
    // bare posts, group and byline labels are titles only when they belong to someone
    if (all.length === 0 && (t.bare || t.kind !== 'post')) return;
    const start = tokens[t.first].start;
    const end = tokens[t.end - 1].end;
    const verbatim = text.slice(start, end);
    const occ: TitleOccurrence = { id: titles.length, start, end, text: verbatim, norm: normalizeTitle(t, verbatim, k), personIds: [] };
    for (const h of holders) {
      const p = persons[h.personIndex];
      if (!occ.personIds.includes(p.id)) occ.personIds.push(p.id);
      p.titleIds.push(occ.id);
    }
    titles.push(occ);
  });

  const seenRoles = new Set<string>();
  for (const r of findRoles(tokens, text, k, elements, attribution, attached)) {
    const p = persons[r.element.personIndex];
    const id = `${p.id}:${r.role}:${r.start}`;
    if (seenRoles.has(id)) continue;
    seenRoles.add(id);
    p.roles.push({ role: r.role, start: r.start, end: r.end, cue: r.cue, subjectStart: r.subjectStart });
  }
  const credited = new Set<number>();
  for (const [index, holders] of attribution.holders) {
    const t = parsedTitles[index];
    if (t.kind !== 'byline') continue;
    const start = tokens[t.first].start;
    const end = tokens[t.end - 1].end;
    for (const h of holders) {
      if (credited.has(h.personIndex)) continue;
      credited.add(h.personIndex);
      persons[h.personIndex].roles.push({ role: 'byline', start, end, cue: text.slice(start, end), subjectStart: tokens[h.first].start });
    }
  }
  addHanziBylines(names, personByKey, titles, k);
  for (const p of persons) p.titleIds.sort((a, b) => titles[a].start - titles[b].start);
  titles.sort((a, b) => a.start - b.start);
  const newId = new Map(titles.map((t, i) => [t.id, i]));
  titles.forEach((t, i) => (t.id = i));
  for (const p of persons) p.titleIds = p.titleIds.map((id) => newId.get(id)!);

  const themes = findThemes(tokens, text, k);
  const meeting = meetingStructure(text, persons);
  const model: DocumentAnalysis = { text, persons, mentions, titles, themes, meeting, findings: [] };
  model.findings = runChecks(model, options.checks);
  return model;
}

/** 编辑：贺予菁 — the Han-character label is the title of the names after it, with the byline role. */
function addHanziBylines(names: ResolvedName[], personByKey: Map<string, Person>, titles: TitleOccurrence[], k: Knowledge): void {
  const bySpan = new Map<string, TitleOccurrence>();
  for (const n of names) {
    const label = n.hanziLabel;
    const info = label && k.hanziBylineInfo.get(label.label);
    if (!label || !info) continue;
    const person = personByKey.get(n.key);
    if (!person) continue;
    const spanKey = `${label.start}:${label.end}`;
    let occ = bySpan.get(spanKey);
    if (!occ) {
      const parsed: ParsedTitle = { first: n.first, end: n.first + 1, kind: 'byline', bodies: [], plural: false, bare: false, byline: info };
      occ = { id: titles.length, start: label.start, end: label.end, text: label.label, norm: normalizeTitle(parsed, label.label, k), personIds: [] };
      titles.push(occ);
      bySpan.set(spanKey, occ);
    }
    if (!occ.personIds.includes(person.id)) occ.personIds.push(person.id);
    if (!person.titleIds.includes(occ.id)) person.titleIds.push(occ.id);
    if (!person.roles.some((r) => r.role === 'byline')) person.roles.push({ role: 'byline', start: label.start, end: label.end, cue: label.label, subjectStart: n.start });
  }
}

function findTitles(tokens: readonly Token[], text: string, k: Knowledge, inName: Uint8Array): ParsedTitle[] {
  const out: ParsedTitle[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || inName[i]) continue;
    if (!k.posts.startsAt(t) && !k.ranks.startsAt(t) && !k.statuses.startsAt(t) && !k.levels.startsAt(t) && !k.bodies.startsAt(t) && !k.groupLabels.startsAt(t) && !k.bylineLabels.startsAt(t) && !(t.flags & 1)) continue;
    let parsed = parseTitleAt(tokens, i, k, text);
    if (parsed && inName.subarray(parsed.first, parsed.end).some((x) => x === 1)) parsed = undefined;
    if (!parsed && t.flags & 1 /* Capitalized */) parsed = parseBylineLabelAt(tokens, i, k);
    if (!parsed) continue;
    out.push(parsed);
    i = parsed.end - 1;
  }
  return out;
}

export type { NameElement, TitleElement };
