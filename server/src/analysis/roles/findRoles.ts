/**
 * Roles in the meeting. A subject group (names joined into a list, with their appositive titles)
 * takes the role cues that follow it in the same sentence: "Yu Ke, deputy Secretary ..., attended
 * the meeting and made a speech". Passive cues give the role to the names after them ("presided
 * over by ..."); a sentence starting with He/She follows the last subject. Byline labels give "byline".
 */
import type { Knowledge } from '../knowledge/knowledge';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';
import type { Attribution } from '../attribution/attribute';
import type { Element, NameElement } from '../attribution/elements';
import type { RoleKind } from '../types';

export interface FoundRole {
  element: NameElement;
  role: RoleKind;
  start: number;
  end: number;
  cue: string;
  /** Offset of the subject the role was read from (the name, or a pronoun). */
  subjectStart: number;
}

const SENTENCE_END = new Set(['.', ';', '?', '!', '。', '；', '？', '！']);
const GROUP_GLUE = new Set(['comma', 'and', 'adjacent', 'including', 'colon', 'open-paren', 'slash']);
const SKIPPABLE = new Set(['etc', 'so', 'on', 'also', 'respectively', 'then', 'first', 'finally', 'jointly', 'together', 'all', 'both', 'have', 'has', 'had', 'successively', 'separately', 'each', 'later', 'further', 'again', 'specially', 'specifically']);
const PRONOUNS = new Set(['he', 'she', 'they']);
const MAX_SCAN = 60;

export function findRoles(tokens: readonly Token[], text: string, k: Knowledge, elements: Element[], attribution: Attribution, attachedTitles: ReadonlySet<number>): FoundRole[] {
  const roles: FoundRole[] = [];
  const { glue } = attribution;
  const isSkippableElement = (e: Element) => e.type === 'title' && !attachedTitles.has(e.titleIndex);
  let lastSubject: NameElement[] = [];

  let i = 0;
  while (i < elements.length) {
    if (isSkippableElement(elements[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < elements.length && GROUP_GLUE.has(glue[j + 1]) && !isSkippableElement(elements[j + 1])) j++;
    const names = elements.slice(i, j + 1).filter((e): e is NameElement => e.type === 'name');
    const last = elements[j];
    const subjects = names.filter((n) => !n.possessive);
    // passive cue before this group: "presided over by Zhao Guibo"
    const passive = passiveBefore(tokens, k, elements[i].first);
    let active = subjects;
    if (subjects.length > 0 && !(last.type === 'name' && last.possessive)) {
      const found = scanCues(tokens, k, last.end, nextBlockingStart(elements, j + 1, isSkippableElement));
      // "presided over by A, and B delivered the eulogy": the passive clause ends at the last "and"
      if (passive && found.length > 0) active = subjects.slice(lastAndSplit(subjects, elements, glue, i, j));
      for (const f of found) for (const n of active) roles.push({ element: n, role: f.role, start: f.start, end: f.end, cue: text.slice(f.start, f.end), subjectStart: tokens[n.first].start });
      if (found.length > 0) lastSubject = active;
    }
    if (passive) {
      const passiveSubjects = active === subjects ? subjects : subjects.filter((n) => !active.includes(n));
      for (const n of passiveSubjects) roles.push({ element: n, role: passive.role, start: passive.start, end: passive.end, cue: text.slice(passive.start, passive.end), subjectStart: tokens[n.first].start });
    }
    // "Pan Jinglong:" at the start of a line: the person answers (a question-and-answer report)
    if (i === j && elements[i].type === 'name' && tokens[elements[i].first].flags & TokenFlag.LineBreakBefore && (tokens[elements[i].end]?.lower === ':' || tokens[elements[i].end]?.lower === '：')) {
      const n = elements[i] as NameElement;
      const colon = tokens[n.end];
      roles.push({ element: n, role: 'spoke', start: colon.start, end: colon.end, cue: text.slice(colon.start, colon.end), subjectStart: tokens[n.first].start });
    }
    // "Attending the meeting at the branch venue were: A, B, C"
    const inverted = invertedAttendance(tokens, elements[i].first);
    if (inverted) for (const n of subjects) roles.push({ element: n, role: 'attended', start: inverted.start, end: inverted.end, cue: text.slice(inverted.start, inverted.end), subjectStart: tokens[n.first].start });
    // the subject of a sentence is who a following "He" or "She" is, whatever the sentence says they did
    if (subjects.length > 0 && startsSentence(tokens, elements[i].first)) lastSubject = active;
    // pronoun subjects between this group and the next one: "He" and "She" stand for one person
    const stop = j + 1 < elements.length ? elements[j + 1].first : tokens.length;
    const lastRole = roles.length ? roles[roles.length - 1].role : undefined;
    for (let m = last.end; m < stop && lastSubject.length > 0; m++) {
      const t = tokens[m];
      if (!PRONOUNS.has(t.lower) || !(t.flags & TokenFlag.Capitalized)) continue;
      if (t.lower !== 'they' && lastSubject.length > 1) continue;
      const prev = tokens[m - 1];
      if (prev && !SENTENCE_END.has(prev.lower) && !(t.flags & TokenFlag.LineBreakBefore)) continue;
      // "X made a statement. He said ...": what follows a report is its content, not another role
      const found = scanCues(tokens, k, m + 1, stop).filter((f) => !(f.role === 'spoke' && lastRole === 'reported'));
      for (const f of found) for (const n of lastSubject) roles.push({ element: n, role: f.role, start: f.start, end: f.end, cue: text.slice(f.start, f.end), subjectStart: t.start });
    }
    i = j + 1;
  }
  return roles;
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

function startsSentence(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return !prev || SENTENCE_END.has(prev.lower) || (tokens[first].flags & TokenFlag.LineBreakBefore) !== 0 || prev.kind !== TokenKind.Word && !/[,，、(（]/.test(prev.lower);
}

const INVERTED_OPENERS = new Set(['attending', 'present', 'attendees', 'participants']);

/** "Attending the meeting ... were: A, B": the sentence opens with attendance and names come after "were". */
function invertedAttendance(tokens: readonly Token[], first: number): { start: number; end: number } | undefined {
  let m = first - 1;
  if (tokens[m]?.lower === ':' || tokens[m]?.lower === '：') m--;
  const verb = tokens[m];
  if (!verb || (verb.lower !== 'were' && verb.lower !== 'was' && verb.lower !== 'are' && verb.lower !== 'include' && verb.lower !== 'included')) return undefined;
  for (let b = m - 1; b >= Math.max(0, m - 30); b--) {
    const t = tokens[b];
    if (SENTENCE_END.has(t.lower)) return undefined;
    if (INVERTED_OPENERS.has(t.lower) && startsSentence(tokens, b)) return { start: t.start, end: verb.end };
  }
  return undefined;
}

function nextBlockingStart(elements: Element[], from: number, skippable: (e: Element) => boolean): number {
  for (let m = from; m < elements.length; m++) if (!skippable(elements[m])) return elements[m].first;
  return Number.MAX_SAFE_INTEGER;
}

function scanCues(tokens: readonly Token[], k: Knowledge, from: number, stop: number): { role: RoleKind; start: number; end: number }[] {
  const out: { role: RoleKind; start: number; end: number }[] = [];
  let spoke = false;
  const limit = Math.min(stop, tokens.length, from + MAX_SCAN);
  for (let m = from; m < limit; m++) {
    const t = tokens[m];
    if (t.flags & TokenFlag.BlankLineBefore && m > from) break;
    if (t.kind === TokenKind.Punct && SENTENCE_END.has(t.lower) && !(t.lower === '.' && tokens[m - 1]?.lower === 'etc')) break;
    if (t.kind !== TokenKind.Word) continue;
    if (spoke && t.lower === 'that') break;
    if (SKIPPABLE.has(t.lower) || t.flags & TokenFlag.Capitalized) continue;
    const cue = k.roleCues.longest(tokens, m, limit);
    if (cue && !cue.value.passive) {
      out.push({ role: cue.value.role, start: t.start, end: tokens[cue.end - 1].end });
      if (cue.value.role === 'spoke') spoke = true;
      m = cue.end - 1;
    } else if (cue && cue.value.passive) break;
    else if (k.lightVerbs.has(t.lower)) {
      const light = lightVerbObject(tokens, k, m, limit);
      if (light) {
        out.push({ role: light.role, start: t.start, end: tokens[light.end - 1].end });
        if (light.role === 'spoke') spoke = true;
        m = light.end - 1;
      }
    }
  }
  return out;
}

/** "delivered a welcome speech", "made a work report": the object within three words names the role. */
function lightVerbObject(tokens: readonly Token[], k: Knowledge, m: number, limit: number): { role: RoleKind; end: number } | undefined {
  for (let j = m + 1; j < Math.min(limit, m + 5); j++) {
    const t = tokens[j];
    if (t.kind !== TokenKind.Word) return undefined;
    const role = k.lightVerbObjects.get(t.lower);
    if (role) return { role, end: j + 1 };
  }
  return undefined;
}

function passiveBefore(tokens: readonly Token[], k: Knowledge, first: number): { role: RoleKind; start: number; end: number } | undefined {
  for (let m = Math.max(0, first - 6); m < first; m++) {
    const cue = k.roleCues.longest(tokens, m, first);
    if (cue && cue.value.passive && cue.end >= first - 2) {
      return { role: cue.value.role, start: tokens[m].start, end: tokens[cue.end - 1].end };
    }
  }
  return undefined;
}
