/**
 * Roles in the meeting. A subject group (names joined into a list, with their appositive titles)
 * takes the role cues that follow it in the same sentence: "Yu Ke, deputy Secretary ..., attended
 * the meeting and made a speech". Passive cues give the role to the names after them ("presided
 * over by ..."); a sentence starting with He/She follows the last subject. (Byline roles come from
 * the byline labels given to persons: see personRoles.)
 */
import type { Knowledge } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import { WordTrait } from '../knowledge/wordFacts';
import { ElementFlag, Elements, Glue } from '../attribution/elements';
import type { Attribution } from '../attribution/attribute';
import type { RoleKind } from '../types';

/**
 * Where the roles found go, in the order they are found: the role of name element e, its cue
 * text[start, end), read from the subject (the name, or a pronoun) at offset subjectStart.
 */
export type RoleSink = (e: number, role: RoleKind, start: number, end: number, subjectStart: number) => void;

/** Role cues found after a subject: cue c has role[c] and spans text[start[c], end[c]). Emptied without giving its room back. */
class Cues {
  readonly role: RoleKind[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  count = 0;
  /** Ids of the words the scan stops at ("etc." does not end a sentence). */
  readonly fullStop: number;
  readonly etc: number;
  readonly that: number;

  constructor(tokens: Tokens) {
    [this.fullStop, this.etc, this.that] = ['.', 'etc', 'that'].map((w) => tokens.words.find(w));
  }

  clear(): void {
    this.count = 0;
  }

  push(role: RoleKind, start: number, end: number): void {
    this.role[this.count] = role;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

const isGroupGlue = (g: Glue) => g !== Glue.Cell && g !== Glue.Break;
const MAX_SCAN = 60;
const NO_SUBJECTS: readonly number[] = [];

/** `attribution`: which titles were given to someone (a title given to nobody is skipped). */
export function findRoles(tokens: Tokens, k: Knowledge, elements: Elements, attribution: Attribution, found: RoleSink): void {
  let lastRole: RoleKind | undefined;
  const role = (e: number, kind: RoleKind, start: number, end: number, subjectStart: number) => {
    lastRole = kind;
    found(e, kind, start, end, subjectStart);
  };
  const { count, glue, flags, ref, first: firstToken, end: endToken } = elements;
  const isSkippable = (e: number) => (flags[e] & ElementFlag.Title) !== 0 && !attribution.isGiven(ref[e]);
  const isSubject = (e: number) => (flags[e] & (ElementFlag.Title | ElementFlag.Possessive)) === 0;
  const pronouns = capitalizedPronouns(tokens);
  const they = tokens.words.find('they');
  const cues = new Cues(tokens);
  let nextPronoun = 0; // index into pronouns
  let lastSubject: readonly number[] = NO_SUBJECTS;
  // the attendance list the last group was in, which goes on after a semicolon
  let attendanceList: { start: number; end: number } | undefined;

  let i = 0;
  while (i < count) {
    if (isSkippable(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < count && isGroupGlue(glue[j + 1]) && !isSkippable(j + 1)) j++;
    const last = j;
    const subjects = subjectsOf(i, j, isSubject);
    // passive cue before this group: "presided over by Zhao Guibo"
    const passive = passiveBefore(tokens, k, firstToken[i]);
    let active = subjects;
    if (subjects.length > 0 && !(flags[last] & ElementFlag.Possessive)) {
      scanCues(tokens, k, endToken[last], nextBlockingStart(elements, j + 1, isSkippable), cues);
      // "presided over by A, and B delivered the eulogy": the passive clause ends at the last "and"
      if (passive && cues.count > 0) active = subjects.slice(lastAndSplit(subjects, glue, i, j));
      for (let f = 0; f < cues.count; f++) {
        for (let s = 0; s < active.length; s++) role(active[s], cues.role[f], cues.start[f], cues.end[f], tokens.start[firstToken[active[s]]]);
      }
      if (cues.count > 0) lastSubject = active;
    }
    if (passive) {
      const passiveSubjects = active === subjects ? subjects : subjects.filter((n) => !active.includes(n));
      for (let s = 0; s < passiveSubjects.length; s++) {
        const n = passiveSubjects[s];
        role(n, passive.role, passive.start, passive.end, tokens.start[firstToken[n]]);
      }
    }
    // "Pan Jinglong:" at the start of a line: the person answers (a question-and-answer report)
    if (i === j && !(flags[i] & ElementFlag.Title) && tokens.flags[firstToken[i]] & TokenFlag.LineBreakBefore && k.traitsAt(tokens, endToken[i]) & WordTrait.Colon) {
      const colon = endToken[i];
      role(i, 'spoke', tokens.start[colon], tokens.end[colon], tokens.start[firstToken[i]]);
    }
    // "Attending the meeting at the branch venue were: A, B, C"; "Accompanying the inspection were A, post; B, post; and C"
    const inverted = invertedAttendance(tokens, k, firstToken[i]) ?? (afterSemicolon(tokens, k, firstToken[i]) ? attendanceList : undefined);
    for (let s = 0; inverted && s < subjects.length; s++) role(subjects[s], 'attended', inverted.start, inverted.end, tokens.start[firstToken[subjects[s]]]);
    attendanceList = inverted;
    // the subject of a sentence is who a following "He" or "She" is, whatever the sentence says they did
    if (subjects.length > 0 && startsSentence(tokens, k, firstToken[i])) lastSubject = active;
    // pronoun subjects between this group and the next one: "He" and "She" stand for one person
    const stop = j + 1 < count ? firstToken[j + 1] : tokens.length;
    const roleBefore = lastRole;
    while (nextPronoun < pronouns.length && pronouns[nextPronoun] < endToken[last]) nextPronoun++;
    for (let p = nextPronoun; p < pronouns.length && pronouns[p] < stop && lastSubject.length > 0; p++) {
      const m = pronouns[p];
      if (tokens.word[m] !== they && lastSubject.length > 1) continue;
      if (m > 0 && !(k.traitsAt(tokens, m - 1) & WordTrait.SentenceEnd) && !(tokens.flags[m] & TokenFlag.LineBreakBefore)) continue;
      scanCues(tokens, k, m + 1, stop, cues);
      for (let f = 0; f < cues.count; f++) {
        // "X made a statement. He said ...": what follows a report is its content, not another role
        if (cues.role[f] === 'spoke' && roleBefore === 'reported') continue;
        for (let s = 0; s < lastSubject.length; s++) role(lastSubject[s], cues.role[f], cues.start[f], cues.end[f], tokens.start[m]);
      }
    }
    i = j + 1;
  }
}

/** The elements i..j that pass `isSubject`, in an array of their number (most groups have one). */
function subjectsOf(i: number, j: number, isSubject: (e: number) => boolean): readonly number[] {
  let count = 0;
  for (let m = i; m <= j; m++) if (isSubject(m)) count++;
  if (count === 0) return NO_SUBJECTS;
  const subjects = new Array<number>(count);
  count = 0;
  for (let m = i; m <= j; m++) if (isSubject(m)) subjects[count++] = m;
  return subjects;
}

/** Indices of the tokens He, She and They (capitalised), ascending. */
function capitalizedPronouns(tokens: Tokens): number[] {
  const he = tokens.words.find('he');
  const she = tokens.words.find('she');
  const they = tokens.words.find('they');
  const out: number[] = [];
  for (let c = 0; c < tokens.capitalized.length; c++) {
    const i = tokens.capitalized[c];
    const w = tokens.word[i];
    if (w === he || w === she || w === they) out.push(i);
  }
  return out;
}

/** Index (into `subjects`) of the first name after the last "and" of the group elements[i..j]; 0 when none. */
function lastAndSplit(subjects: readonly number[], glue: Uint8Array, i: number, j: number): number {
  for (let m = j; m > i; m--) {
    if (glue[m] !== Glue.And) continue;
    const idx = subjects.findIndex((s) => s >= m && s <= j);
    return idx < 0 ? 0 : idx;
  }
  return 0;
}

function startsSentence(tokens: Tokens, k: Knowledge, first: number): boolean {
  if (first === 0) return true;
  const prev = k.traitsAt(tokens, first - 1);
  return (prev & WordTrait.SentenceEnd) !== 0 || (tokens.flags[first] & TokenFlag.LineBreakBefore) !== 0
    || (tokens.kind[first - 1] !== TokenKind.Word && !(prev & (WordTrait.ListComma | WordTrait.OpenBracket)));
}

const INVERTED_OPENERS = new Set(['attending', 'present', 'attendees', 'participants', 'accompanying']);

/** Whether a semicolon (and perhaps "and") comes right before token `first`: the next item of a list of "name, post" items. */
function afterSemicolon(tokens: Tokens, k: Knowledge, first: number): boolean {
  let m = first - 1;
  if (m >= 0 && k.traitsAt(tokens, m) & WordTrait.And) m--;
  return m >= 0 && (tokens.lower(m) === ';' || tokens.lower(m) === '；');
}

/** "Attending the meeting ... were: A, B": the sentence opens with attendance and names come after "were". */
function invertedAttendance(tokens: Tokens, k: Knowledge, first: number): { start: number; end: number } | undefined {
  let m = first - 1;
  if (k.traitsAt(tokens, m) & WordTrait.Colon) m--;
  const verb = tokens.lower(m);
  if (verb !== 'were' && verb !== 'was' && verb !== 'are' && verb !== 'include' && verb !== 'included') return undefined;
  for (let b = m - 1; b >= Math.max(0, m - 30); b--) {
    if (k.traitsAt(tokens, b) & WordTrait.SentenceEnd) return undefined;
    if (INVERTED_OPENERS.has(tokens.lower(b)) && startsSentence(tokens, k, b)) return { start: tokens.start[b], end: tokens.end[m] };
  }
  return undefined;
}

function nextBlockingStart(elements: Elements, from: number, skippable: (e: number) => boolean): number {
  for (let m = from; m < elements.count; m++) if (!skippable(m)) return elements.first[m];
  return Number.MAX_SAFE_INTEGER;
}

/** The role cues after a subject, up to the end of its sentence, into `out` (emptied first). */
function scanCues(tokens: Tokens, k: Knowledge, from: number, stop: number, out: Cues): void {
  out.clear();
  let spoke = false;
  const limit = Math.min(stop, tokens.length, from + MAX_SCAN);
  const { word, starts } = tokens;
  const roleCueBit = k.roleCues.bit;
  for (let m = from; m < limit; m++) {
    const flags = tokens.flags[m];
    if (flags & TokenFlag.BlankLineBefore && m > from) break;
    const kind = tokens.kind[m];
    const traits = k.facts.traits(word[m]);
    if (kind === TokenKind.Punct && traits & WordTrait.SentenceEnd && !(word[m] === out.fullStop && m > 0 && word[m - 1] === out.etc)) break;
    if (kind !== TokenKind.Word) continue;
    if (spoke && word[m] === out.that) break;
    if (traits & WordTrait.BeforeCue || flags & TokenFlag.Capitalized) continue;
    const cueEnd = starts[m] & roleCueBit ? k.roleCues.match(tokens, m, limit) : -1;
    const cue = cueEnd >= 0 ? k.roleCues.matched : undefined;
    if (cue && !cue.passive) {
      out.push(cue.role, tokens.start[m], tokens.end[cueEnd - 1]);
      if (cue.role === 'spoke') spoke = true;
      m = cueEnd - 1;
    } else if (cue && cue.passive) break;
    else if (traits & WordTrait.LightVerb) {
      const lightEnd = lightVerbObjectEnd(tokens, k, m, limit);
      if (lightEnd >= 0) {
        const role = k.lightVerbObjects.get(tokens.lower(lightEnd - 1))!;
        out.push(role, tokens.start[m], tokens.end[lightEnd - 1]);
        if (role === 'spoke') spoke = true;
        m = lightEnd - 1;
      }
    }
  }
}

/** "delivered a welcome speech", "made a work report": the object within three words names the role; the end of the object, or -1. */
function lightVerbObjectEnd(tokens: Tokens, k: Knowledge, m: number, limit: number): number {
  for (let j = m + 1; j < Math.min(limit, m + 5); j++) {
    if (tokens.kind[j] !== TokenKind.Word) return -1;
    if (k.lightVerbObjects.has(tokens.lower(j))) return j + 1;
  }
  return -1;
}

function passiveBefore(tokens: Tokens, k: Knowledge, first: number): { role: RoleKind; start: number; end: number } | undefined {
  for (let m = Math.max(0, first - 6); m < first; m++) {
    const cueEnd = tokens.starts[m] & k.roleCues.bit ? k.roleCues.match(tokens, m, first) : -1;
    if (cueEnd >= 0 && k.roleCues.matched.passive && cueEnd >= first - 2) {
      return { role: k.roleCues.matched.role, start: tokens.start[m], end: tokens.end[cueEnd - 1] };
    }
  }
  return undefined;
}
