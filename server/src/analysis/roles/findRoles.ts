/**
 * Roles in the meeting. A subject group (names joined into a list, with their appositive titles)
 * takes the role cues that follow it in the same sentence: "Yu Ke, deputy Secretary ..., attended
 * the meeting and made a speech". Passive cues give the role to the names after them ("presided
 * over by ..."); a sentence starting with He/She follows the last subject. Byline labels give "byline".
 */
import type { Knowledge } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import { WordTrait } from '../knowledge/wordFacts';
import type { Attribution } from '../attribution/attribute';
import type { Element, NameElement } from '../attribution/elements';
import type { RoleKind } from '../types';

export interface FoundRole {
  element: NameElement;
  role: RoleKind;
  start: number;
  end: number;
  /** Offset of the subject the role was read from (the name, or a pronoun). The cue is text[start, end). */
  subjectStart: number;
}

const SENTENCE_END = new Set(['.', ';', '?', '!', '。', '；', '？', '！']);
const GROUP_GLUE = new Set(['comma', 'and', 'adjacent', 'including', 'colon', 'open-paren', 'slash']);
const SKIPPABLE = new Set(['etc', 'so', 'on', 'also', 'respectively', 'then', 'first', 'finally', 'jointly', 'together', 'all', 'both', 'have', 'has', 'had', 'successively', 'separately', 'each', 'later', 'further', 'again', 'specially', 'specifically']);
const PRONOUNS = new Set(['he', 'she', 'they']);
const MAX_SCAN = 60;

/** `attachedTitles[i]` is 1 when title i was given to someone. */
export function findRoles(tokens: Tokens, k: Knowledge, elements: Element[], attribution: Attribution, attachedTitles: Uint8Array): FoundRole[] {
  const roles: FoundRole[] = [];
  const { glue } = attribution;
  const isSkippableElement = (e: Element) => e.type === 'title' && !attachedTitles[e.titleIndex];
  const pronouns = capitalizedPronouns(tokens);
  let nextPronoun = 0; // index into pronouns
  let lastSubject: NameElement[] = [];

  let i = 0;
  while (i < elements.length) {
    if (isSkippableElement(elements[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < elements.length && GROUP_GLUE.has(glue[j + 1]) && !isSkippableElement(elements[j + 1])) j++;
    const last = elements[j];
    const subjects: NameElement[] = [];
    for (let m = i; m <= j; m++) {
      const e = elements[m];
      if (e.type === 'name' && !e.possessive) subjects.push(e);
    }
    // passive cue before this group: "presided over by Zhao Guibo"
    const passive = passiveBefore(tokens, k, elements[i].first);
    let active = subjects;
    if (subjects.length > 0 && !(last.type === 'name' && last.possessive)) {
      const found = scanCues(tokens, k, last.end, nextBlockingStart(elements, j + 1, isSkippableElement));
      // "presided over by A, and B delivered the eulogy": the passive clause ends at the last "and"
      if (passive && found.length > 0) active = subjects.slice(lastAndSplit(subjects, elements, glue, i, j));
      for (const f of found) for (const n of active) roles.push({ element: n, role: f.role, start: f.start, end: f.end, subjectStart: tokens.start[n.first] });
      if (found.length > 0) lastSubject = active;
    }
    if (passive) {
      const passiveSubjects = active === subjects ? subjects : subjects.filter((n) => !active.includes(n));
      for (const n of passiveSubjects) roles.push({ element: n, role: passive.role, start: passive.start, end: passive.end, subjectStart: tokens.start[n.first] });
    }
    // "Pan Jinglong:" at the start of a line: the person answers (a question-and-answer report)
    const afterName = tokens.lower(elements[i].end);
    if (i === j && elements[i].type === 'name' && tokens.flags[elements[i].first] & TokenFlag.LineBreakBefore && (afterName === ':' || afterName === '：')) {
      const n = elements[i] as NameElement;
      const colon = n.end;
      roles.push({ element: n, role: 'spoke', start: tokens.start[colon], end: tokens.end[colon], subjectStart: tokens.start[n.first] });
    }
    // "Attending the meeting at the branch venue were: A, B, C"
    const inverted = invertedAttendance(tokens, elements[i].first);
    if (inverted) for (const n of subjects) roles.push({ element: n, role: 'attended', start: inverted.start, end: inverted.end, subjectStart: tokens.start[n.first] });
    // the subject of a sentence is who a following "He" or "She" is, whatever the sentence says they did
    if (subjects.length > 0 && startsSentence(tokens, elements[i].first)) lastSubject = active;
    // pronoun subjects between this group and the next one: "He" and "She" stand for one person
    const stop = j + 1 < elements.length ? elements[j + 1].first : tokens.length;
    const lastRole = roles.length ? roles[roles.length - 1].role : undefined;
    while (nextPronoun < pronouns.length && pronouns[nextPronoun] < last.end) nextPronoun++;
    for (let p = nextPronoun; p < pronouns.length && pronouns[p] < stop && lastSubject.length > 0; p++) {
      const m = pronouns[p];
      if (tokens.lower(m) !== 'they' && lastSubject.length > 1) continue;
      if (m > 0 && !SENTENCE_END.has(tokens.lower(m - 1)) && !(tokens.flags[m] & TokenFlag.LineBreakBefore)) continue;
      // "X made a statement. He said ...": what follows a report is its content, not another role
      const found = scanCues(tokens, k, m + 1, stop).filter((f) => !(f.role === 'spoke' && lastRole === 'reported'));
      for (const f of found) for (const n of lastSubject) roles.push({ element: n, role: f.role, start: f.start, end: f.end, subjectStart: tokens.start[m] });
    }
    i = j + 1;
  }
  return roles;
}

/** Indices of the tokens He, She and They (capitalised), ascending. */
function capitalizedPronouns(tokens: Tokens): number[] {
  const ids = [...PRONOUNS].map((w) => tokens.words.find(w));
  const out: number[] = [];
  for (let c = 0; c < tokens.capitalized.length; c++) {
    const i = tokens.capitalized[c];
    if (ids.includes(tokens.word[i])) out.push(i);
  }
  return out;
}

/** Index (into `subjects`) of the first name after the last "and" of the group elements[i..j]; 0 when none. */
function lastAndSplit(subjects: NameElement[], elements: Element[], glue: string[], i: number, j: number): number {
  for (let m = j; m > i; m--) {
    if (glue[m] !== 'and') continue;
    const after = elements.slice(m, j + 1);
    const idx = subjects.findIndex((s) => after.includes(s));
    return idx < 0 ? 0 : idx;
  }
  return 0;
}

function startsSentence(tokens: Tokens, first: number): boolean {
  if (first === 0) return true;
  const prev = tokens.lower(first - 1);
  return SENTENCE_END.has(prev) || (tokens.flags[first] & TokenFlag.LineBreakBefore) !== 0 || tokens.kind[first - 1] !== TokenKind.Word && !/[,，、(（]/.test(prev);
}

const INVERTED_OPENERS = new Set(['attending', 'present', 'attendees', 'participants']);

/** "Attending the meeting ... were: A, B": the sentence opens with attendance and names come after "were". */
function invertedAttendance(tokens: Tokens, first: number): { start: number; end: number } | undefined {
  let m = first - 1;
  const colon = tokens.lower(m);
  if (colon === ':' || colon === '：') m--;
  const verb = tokens.lower(m);
  if (verb !== 'were' && verb !== 'was' && verb !== 'are' && verb !== 'include' && verb !== 'included') return undefined;
  for (let b = m - 1; b >= Math.max(0, m - 30); b--) {
    const w = tokens.lower(b);
    if (SENTENCE_END.has(w)) return undefined;
    if (INVERTED_OPENERS.has(w) && startsSentence(tokens, b)) return { start: tokens.start[b], end: tokens.end[m] };
  }
  return undefined;
}

function nextBlockingStart(elements: Element[], from: number, skippable: (e: Element) => boolean): number {
  for (let m = from; m < elements.length; m++) if (!skippable(elements[m])) return elements[m].first;
  return Number.MAX_SAFE_INTEGER;
}

interface Cue {
  role: RoleKind;
  start: number;
  end: number;
}

const NO_CUES: readonly Cue[] = [];

function scanCues(tokens: Tokens, k: Knowledge, from: number, stop: number): readonly Cue[] {
  let out: Cue[] | undefined;
  let spoke = false;
  const limit = Math.min(stop, tokens.length, from + MAX_SCAN);
  for (let m = from; m < limit; m++) {
    const flags = tokens.flags[m];
    if (flags & TokenFlag.BlankLineBefore && m > from) break;
    const kind = tokens.kind[m];
    if (kind === TokenKind.Punct) {
      const w = tokens.lower(m);
      if (SENTENCE_END.has(w) && !(w === '.' && tokens.lower(m - 1) === 'etc')) break;
    }
    if (kind !== TokenKind.Word) continue;
    const w = tokens.lower(m);
    if (spoke && w === 'that') break;
    if (SKIPPABLE.has(w) || flags & TokenFlag.Capitalized) continue;
    const cue = k.roleCues.longest(tokens, m, limit);
    if (cue && !cue.value.passive) {
      (out ??= []).push({ role: cue.value.role, start: tokens.start[m], end: tokens.end[cue.end - 1] });
      if (cue.value.role === 'spoke') spoke = true;
      m = cue.end - 1;
    } else if (cue && cue.value.passive) break;
    else if (k.facts.traits(tokens.word[m]) & WordTrait.LightVerb) {
      const light = lightVerbObject(tokens, k, m, limit);
      if (light) {
        (out ??= []).push({ role: light.role, start: tokens.start[m], end: tokens.end[light.end - 1] });
        if (light.role === 'spoke') spoke = true;
        m = light.end - 1;
      }
    }
  }
  return out ?? NO_CUES;
}

/** "delivered a welcome speech", "made a work report": the object within three words names the role. */
function lightVerbObject(tokens: Tokens, k: Knowledge, m: number, limit: number): { role: RoleKind; end: number } | undefined {
  for (let j = m + 1; j < Math.min(limit, m + 5); j++) {
    if (tokens.kind[j] !== TokenKind.Word) return undefined;
    const role = k.lightVerbObjects.get(tokens.lower(j));
    if (role) return { role, end: j + 1 };
  }
  return undefined;
}

function passiveBefore(tokens: Tokens, k: Knowledge, first: number): { role: RoleKind; start: number; end: number } | undefined {
  for (let m = Math.max(0, first - 6); m < first; m++) {
    const cue = k.roleCues.longest(tokens, m, first);
    if (cue && cue.value.passive && cue.end >= first - 2) {
      return { role: cue.value.role, start: tokens.start[m], end: tokens.end[cue.end - 1] };
    }
  }
  return undefined;
}
