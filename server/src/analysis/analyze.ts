/**
 * The analysis pipeline: tokens -> name candidates -> titles -> resolved names -> attribution ->
 * roles -> persons -> themes -> meeting structure -> findings. Pure: text in, model out.
 */
import { Attribution, attribute } from './attribution/attribute';
import type { Element, NameElement, TitleElement } from './attribution/elements';
import { runChecks, CheckOptions } from './checks/runChecks';
import { builtinKnowledge, Knowledge } from './knowledge/knowledge';
import { meetingStructure } from './meeting/meetingStructure';
import { contextualCandidates } from './names/contextualNames';
import { findNameCandidates } from './names/findNameCandidates';
import { ResolvedName, resolveNames } from './names/resolveNames';
import { FoundRole, findRoles } from './roles/findRoles';
import { TokenKind, Tokens, markTokens } from './text/tokenize';
import { findThemes } from './themes/findThemes';
import { TitleIndex } from './titles/titleIndex';
import { TitleNormalizer } from './titles/titleNormalizer';
import { findTitles } from './titles/findTitles';
import { ParsedTitle, parsedTitle } from './titles/parseTitle';
import { ROLE_KINDS } from './types';
import type { DocumentAnalysis, Mention, Person, TitleOccurrence } from './types';

export interface AnalyzeOptions {
  /** The built-in knowledge, or the built-in knowledge extended by a workspace lexicon. */
  knowledge?: Knowledge;
  checks?: CheckOptions;
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const k = options.knowledge ?? builtinKnowledge();
  const tokens = k.tokenize(text);
  const pinyinNames = findNameCandidates(tokens, text, k);
  const inName = new Uint8Array(tokens.length);
  for (let i = 0; i < pinyinNames.length; i++) markTokens(inName, pinyinNames[i].first, pinyinNames[i].end);
  const parsedTitles = findTitles(tokens, text, k, inName);
  const titleIndex = new TitleIndex(parsedTitles, tokens.length);
  const candidates = pinyinNames.concat(contextualCandidates(tokens, text, k, pinyinNames, titleIndex)).sort((a, b) => a.first - b.first);
  const names = resolveNames(tokens, text, k, candidates, titleIndex);

  const { persons, personByKey, mentions, elements } = personsOf(names, tokens, text);
  for (let index = 0; index < parsedTitles.length; index++) {
    const t = parsedTitles[index];
    elements.push({ type: 'title', first: t.first, end: t.end, title: t, titleIndex: index });
  }
  elements.sort((a, b) => a.first - b.first);
  const attribution = attribute(tokens, elements);
  const normalizer = new TitleNormalizer(k);
  const { titles, attached } = titleOccurrences(parsedTitles, attribution, persons, tokens, text, normalizer);
  addRoles(findRoles(tokens, k, elements, attribution, attached), persons, text);
  addBylineRoles(parsedTitles, attribution, persons, tokens, text);
  addHanziBylines(names, personByKey, titles, k, normalizer);
  sortTitles(titles, persons);

  const themes = findThemes(tokens, text, k);
  const meeting = meetingStructure(text, persons);
  const model: DocumentAnalysis = { text, persons, mentions, titles, themes, meeting, findings: [] };
  model.findings = runChecks(model, options.checks);
  return model;
}

/** Persons by identity key, in order of first mention; their mentions; the names as elements. */
function personsOf(names: ResolvedName[], tokens: Tokens, text: string) {
  const persons: Person[] = [];
  const personByKey = new Map<string, Person>();
  const elements: Element[] = [];
  const mentions: Mention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    let p = personByKey.get(n.key);
    if (!p) {
      p = { id: persons.length, name: text.slice(n.start, n.stop).replace(/\s+/g, ' '), key: n.key, surname: n.surname, mentions: [], titleIds: [], roles: [] };
      persons.push(p);
      personByKey.set(n.key, p);
    }
    const m: Mention = { start: n.start, end: n.stop, personId: p.id, text: text.slice(n.start, n.stop), kind: n.mentionKind };
    p.mentions.push(m);
    mentions.push(m);
    const possessive = n.end < tokens.length && tokens.kind[n.end] === TokenKind.Possessive && tokens.start[n.end] === tokens.end[n.end - 1];
    elements.push({ type: 'name', first: n.first, end: n.end, personIndex: p.id, possessive, surnameOnly: n.mentionKind === 'surname' });
  }
  return { persons, personByKey, mentions, elements };
}

/** The parsed titles that are titles of the report, given to their holders; `attached[i]` is 1 when title i went to someone. */
function titleOccurrences(parsedTitles: ParsedTitle[], attribution: Attribution, persons: Person[], tokens: Tokens, text: string, normalizer: TitleNormalizer) {
  const titles: TitleOccurrence[] = [];
  const attached = new Uint8Array(parsedTitles.length);
  for (let index = 0; index < parsedTitles.length; index++) {
    const t = parsedTitles[index];
    const all = attribution.holders[index];
    if (all) attached[index] = 1;
    // bare posts, group and byline labels are titles only when they belong to someone
    else if (t.bare || t.kind !== 'post') continue;
    const start = tokens.start[t.first];
    const end = tokens.end[t.end - 1];
    const verbatim = text.slice(start, end);
    const occ: TitleOccurrence = { id: titles.length, start, end, text: verbatim, norm: normalizer.normalize(t, verbatim, tokens), personIds: [] };
    for (let h = 0; all && h < all.length; h++) {
      // "Secretary Xu": a post used to address a person named in full elsewhere is a title, but not another one of theirs
      if (all[h].surnameOnly && all[h].first === t.end) continue;
      const p = persons[all[h].personIndex];
      if (!occ.personIds.includes(p.id)) occ.personIds.push(p.id);
      p.titleIds.push(occ.id);
    }
    titles.push(occ);
  }
  return { titles, attached };
}

/** One role of a kind per person and cue position. */
function addRoles(found: FoundRole[], persons: Person[], text: string): void {
  const seen: (Set<number> | undefined)[] = []; // per person: start * kinds + kind
  for (let i = 0; i < found.length; i++) {
    const r = found[i];
    const p = persons[r.element.personIndex];
    const id = r.start * ROLE_KINDS.length + ROLE_KINDS.indexOf(r.role);
    const done = (seen[p.id] ??= new Set());
    if (done.has(id)) continue;
    done.add(id);
    p.roles.push({ role: r.role, start: r.start, end: r.end, cue: text.slice(r.start, r.end), subjectStart: r.subjectStart });
  }
}

/** The first byline label given to a person is their byline role. */
function addBylineRoles(parsedTitles: ParsedTitle[], attribution: Attribution, persons: Person[], tokens: Tokens, text: string): void {
  const credited = new Set<number>();
  for (const index of attribution.given) {
    const t = parsedTitles[index];
    const holders = attribution.holders[index]!;
    if (t.kind !== 'byline') continue;
    const start = tokens.start[t.first];
    const end = tokens.end[t.end - 1];
    for (const h of holders) {
      if (credited.has(h.personIndex)) continue;
      credited.add(h.personIndex);
      persons[h.personIndex].roles.push({ role: 'byline', start, end, cue: text.slice(start, end), subjectStart: tokens.start[h.first] });
    }
  }
}

/** Titles in document order, numbered in that order. */
function sortTitles(titles: TitleOccurrence[], persons: Person[]): void {
  for (const p of persons) p.titleIds.sort((a, b) => titles[a].start - titles[b].start);
  titles.sort((a, b) => a.start - b.start);
  const newId = new Int32Array(titles.length);
  titles.forEach((t, i) => {
    newId[t.id] = i;
    t.id = i;
  });
  for (const p of persons) p.titleIds = p.titleIds.map((id) => newId[id]);
}

/** 编辑：贺予菁 — the Han-character label is the title of the names after it, with the byline role. */
function addHanziBylines(names: ResolvedName[], personByKey: Map<string, Person>, titles: TitleOccurrence[], k: Knowledge, normalizer: TitleNormalizer): void {
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
      const parsed = parsedTitle({ first: n.first, end: n.first + 1, kind: 'byline', bodies: [], plural: false, bare: false, byline: info });
      occ = { id: titles.length, start: label.start, end: label.end, text: label.label, norm: normalizer.normalize(parsed, label.label), personIds: [] };
      titles.push(occ);
      bySpan.set(spanKey, occ);
    }
    if (!occ.personIds.includes(person.id)) occ.personIds.push(person.id);
    if (!person.titleIds.includes(occ.id)) person.titleIds.push(occ.id);
    if (!person.roles.some((r) => r.role === 'byline')) person.roles.push({ role: 'byline', start: label.start, end: label.end, cue: label.label, subjectStart: n.start });
  }
}

export type { NameElement, TitleElement };
