/**
 * The analysis pipeline: tokens -> name candidates -> titles -> resolved names -> attribution ->
 * roles -> persons -> themes -> meeting structure -> findings. Pure: text in, model out.
 */
import { Attribution, attribute } from './attribution/attribute';
import { ElementFlag, Elements } from './attribution/elements';
import { runChecks, CheckOptions } from './checks/runChecks';
import { builtinKnowledge, Knowledge } from './knowledge/knowledge';
import { meetingStructure } from './meeting/meetingStructure';
import { contextualCandidates } from './names/contextualNames';
import { findNameCandidates, isBracketedAlias, mergeByFirst } from './names/findNameCandidates';
import { notNameTokens } from './names/notNames';
import { PersonIdentities, displayName, identifyPersons, mentionsOf, surnameOf } from './names/persons';
import { ResolvedName, resolveNames } from './names/resolveNames';
import { NameKeys } from './names/nameKeys';
import { personRoles } from './roles/personRoles';
import { ListsByOwner } from './text/listsByOwner';
import { IndexList, TokenKind, Tokens, markTokens } from './text/tokenize';
import { findThemes } from './themes/findThemes';
import { TitleIndex } from './titles/titleIndex';
import { normalizeTitle } from './titles/normalize';
import { TitleNormalizer } from './titles/titleNormalizer';
import { findTitles } from './titles/findTitles';
import { ParsedTitle, parsedTitle } from './titles/parseTitle';
import type { DocumentAnalysis, Mention, Person, RoleEvidence, TitleOccurrence } from './types';

export interface AnalyzeOptions {
  /** The built-in knowledge, or the built-in knowledge extended by a workspace lexicon. */
  knowledge?: Knowledge;
  checks?: CheckOptions;
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const k = options.knowledge ?? builtinKnowledge();
  const tokens = k.tokenize(text);
  const { persons, mentions, titles } = personsAndTitles(tokens, text, k);
  const themes = findThemes(tokens, text, k);
  const meeting = meetingStructure(text, persons);
  const model: DocumentAnalysis = { text, persons, mentions, titles, themes, meeting, findings: [] };
  model.findings = runChecks(model, options.checks);
  return model;
}

/** The names and titles of the document: what it is read into is dropped on return (only the model's part stays). */
function namesAndTitles(tokens: Tokens, text: string, k: Knowledge): { names: ResolvedName[]; parsedTitles: ParsedTitle[] } {
  const notName = notNameTokens(tokens, k);
  const nameKeys = new NameKeys(tokens, k);
  const pinyinNames = findNameCandidates(tokens, k, notName, nameKeys);
  const inName = tokens.bytes(tokens.length);
  for (let i = 0; i < pinyinNames.length; i++) markTokens(inName, pinyinNames[i].first, pinyinNames[i].end);
  const parsedTitles = findTitles(tokens, text, k, inName);
  const titleIndex = new TitleIndex(parsedTitles, tokens);
  const candidates = mergeByFirst(pinyinNames, contextualCandidates(tokens, text, k, pinyinNames, titleIndex, notName, nameKeys).sort((a, b) => a.first - b.first));
  return { names: resolveNames(tokens, k, candidates, titleIndex, notName), parsedTitles };
}

/** The persons with their mentions, titles and roles, and the titles (what they are read from is dropped on return). */
function personsAndTitles(tokens: Tokens, text: string, k: Knowledge): { persons: Person[]; mentions: Mention[]; titles: TitleOccurrence[] } {
  const { names, parsedTitles } = namesAndTitles(tokens, text, k);
  const identities = identifyPersons(names);
  const { mentions, byPerson } = mentionsOf(names, identities, tokens);
  const elements = elementsOf(names, identities, parsedTitles, tokens, k);
  const attribution = attribute(elements, parsedTitles, tokens);
  const normalizer = new TitleNormalizer(k);
  const titleIds = new ListsByOwner<number>();
  const titles = titleOccurrences(parsedTitles, attribution, elements, tokens, normalizer, titleIds);
  const roles = personRoles(tokens, k, elements, parsedTitles, attribution, identities.count);
  const persons = personsOf(names, identities, tokens, byPerson, titleIds.lists(identities.count), roles, k);
  addHanziBylines(names, identities, persons, titles, k);
  sortTitles(titles, persons);
  return { persons, mentions, titles };
}

/** The names (with their persons) and the parsed titles as one sequence in token order (a name first on the same token). */
function elementsOf(names: ResolvedName[], identities: PersonIdentities, parsedTitles: ParsedTitle[], tokens: Tokens, k: Knowledge): Elements {
  const elements = new Elements(names.length + parsedTitles.length, tokens);
  let t = 0;
  const pushTitles = (before: number) => {
    for (; t < parsedTitles.length && parsedTitles[t].first < before; t++) elements.push(parsedTitles[t].first, parsedTitles[t].end, t, ElementFlag.Title);
  };
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // "Vice Presidents Shen Peiling (沈佩玲), Chai Yongkang ...": the name again in Han characters, in
    // brackets right after it, is an aside of that name (a mention, not an element), so the list reads on
    if (isBracketedAlias(n)) continue;
    pushTitles(n.first);
    const possessive = n.end < tokens.length && tokens.kind[n.end] === TokenKind.Possessive && tokens.start[n.end] === tokens.end[n.end - 1];
    elements.push(n.first, n.end, identities.personOf[i], (possessive ? ElementFlag.Possessive : 0) | (n.mentionKind === 'surname' ? ElementFlag.SurnameOnly : 0));
  }
  pushTitles(Number.MAX_SAFE_INTEGER);
  elements.classifyGlue(tokens, k);
  return elements;
}

/**
 * The parsed titles that are titles of the report, given to their holders (each person's title ids go
 * to `titleIds`).
 */
function titleOccurrences(parsedTitles: ParsedTitle[], attribution: Attribution, elements: Elements, tokens: Tokens, normalizer: TitleNormalizer, titleIds: ListsByOwner<number>) {
  const titles: TitleOccurrence[] = [];
  const holders = new IndexList();
  const personIds = new IndexList();
  for (let index = 0; index < parsedTitles.length; index++) {
    const t = parsedTitles[index];
    const given = attribution.isGiven(index);
    // bare posts, group and byline labels are titles only when they belong to someone
    if (!given && (t.bare || t.kind !== 'post')) continue;
    const start = tokens.start[t.first];
    const end = tokens.end[t.end - 1];
    const id = titles.length;
    personIds.clear();
    let addressee = -1;
    if (given) {
      attribution.holdersOf(index, holders);
      for (let h = 0; h < holders.count; h++) {
        const e = holders.get(h);
        // "Secretary Xu": a post used to address a person named in full elsewhere is a title, but not another one of theirs
        if (elements.flags[e] & ElementFlag.SurnameOnly && elements.first[e] === t.end) {
          addressee = elements.ref[e];
          continue;
        }
        const p = elements.ref[e];
        if (!personIds.includes(p)) personIds.push(p);
        titleIds.push(p, id);
      }
    }
    const { verbatim, norm } = normalizer.normalizeAt(t, tokens, start, end);
    titles.push({ id, start, end, text: verbatim, norm, personIds: personIds.toNumbers(), addressee });
  }
  return titles;
}

function personsOf(names: ResolvedName[], identities: PersonIdentities, tokens: Tokens, mentions: Mention[][], titleIds: number[][], roles: RoleEvidence[][], k: Knowledge): Person[] {
  const persons = new Array<Person>(identities.count);
  for (let id = 0; id < identities.count; id++) {
    const first = names[identities.firstName[id]];
    persons[id] = { id, name: displayName(mentions[id][0].text), key: first.key, surname: surnameOf(first, tokens, k), mentions: mentions[id], titleIds: titleIds[id], roles: roles[id] };
  }
  return persons;
}

/** Titles in document order, numbered in that order. */
function sortTitles(titles: TitleOccurrence[], persons: Person[]): void {
  // mostly nothing to do: titles are found in order, only Han-character bylines come after the others
  const byStart = (a: number, b: number) => titles[a].start - titles[b].start;
  for (let i = 0; i < persons.length; i++) if (!idsInOrder(persons[i].titleIds, titles)) persons[i].titleIds.sort(byStart);
  if (titlesInOrder(titles)) return;
  titles.sort((a, b) => a.start - b.start);
  const newId = new Int32Array(titles.length);
  for (let i = 0; i < titles.length; i++) {
    newId[titles[i].id] = i;
    titles[i].id = i;
  }
  for (let i = 0; i < persons.length; i++) {
    const ids = persons[i].titleIds;
    for (let k = 0; k < ids.length; k++) ids[k] = newId[ids[k]];
  }
}

/** Whether the titles are in document order (then each one's id is its index already). */
function titlesInOrder(titles: TitleOccurrence[]): boolean {
  for (let i = 1; i < titles.length; i++) if (titles[i].start < titles[i - 1].start) return false;
  return true;
}

function idsInOrder(ids: number[], titles: TitleOccurrence[]): boolean {
  for (let i = 1; i < ids.length; i++) if (titles[ids[i]].start < titles[ids[i - 1]].start) return false;
  return true;
}

/** 编辑：贺予菁 — the Han-character label is the title of the names after it, with the byline role. */
function addHanziBylines(names: ResolvedName[], identities: PersonIdentities, persons: Person[], titles: TitleOccurrence[], k: Knowledge): void {
  const bySpan = new Map<string, TitleOccurrence>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const label = n.hanziLabel;
    const info = label && k.hanziBylineInfo.get(label.label);
    if (!label || !info) continue;
    const person = persons[identities.personOf[i]];
    const spanKey = `${label.start}:${label.end}`;
    let occ = bySpan.get(spanKey);
    if (!occ) {
      const parsed = parsedTitle({ first: n.first, end: n.first + 1, kind: 'byline', bodies: [], plural: false, bare: false, byline: info });
      occ = { id: titles.length, start: label.start, end: label.end, text: label.label, norm: normalizeTitle(parsed, label.label, k), personIds: [], addressee: -1 };
      titles.push(occ);
      bySpan.set(spanKey, occ);
    }
    if (!occ.personIds.includes(person.id)) occ.personIds.push(person.id);
    if (!person.titleIds.includes(occ.id)) person.titleIds.push(occ.id);
    if (!person.roles.some((r) => r.role === 'byline')) person.roles.push({ role: 'byline', start: label.start, end: label.end, cue: label.label, subjectStart: n.start });
  }
}
