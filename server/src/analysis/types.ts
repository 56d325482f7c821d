/** The analysis model of one document. Offsets are UTF-16 code units, half-open [start, end). */

/** Zero-based line and UTF-16 character positions, as in LSP. */
export interface LineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface Span {
  start: number;
  end: number;
}

export type RoleKind = 'presided' | 'attended' | 'spoke' | 'reported' | 'byline';
export const ROLE_KINDS: readonly RoleKind[] = ['presided', 'spoke', 'reported', 'attended', 'byline'];

export type TitleKind = 'post' | 'group' | 'byline' | 'membership';

/** What a title means, independent of how it is worded. */
export interface NormalizedTitle {
  kind: TitleKind;
  /** Post key from titles.json ("secretary", "mayor", "director"...); group/byline keys for labels. */
  post: string;
  /** Body keys, innermost first ("united-front-work-department", "party-committee"). */
  bodies: string[];
  /** Level key ("municipal", "county"...), or undefined when the text gives none. */
  level?: string;
  /** Whether the level is only the one the post implies ("Mayor": municipal), not written. */
  levelImplied: boolean;
  /** Place name given in the title ("Hunan"), if any. */
  place?: string;
  /** Rank modifier key ("deputy", "executive-deputy"...), undefined for the full post. */
  rank?: string;
  /** 0 = head of the body, 1 = deputy, 2 = member or other. */
  rankTier: number;
  /** "former" or "honorary": the title is not a current post (no consistency checks). */
  status?: string;
  plural: boolean;
  /** Identity of the post ignoring rank and wording: level|bodies|post. */
  postKey: string;
  /** Whether only one person can hold this post at a time (for the rank tier 0). */
  unique: boolean;
  /** Whether the post is the head of a government (mayor, county head, governor...): a person heads one. */
  headOfGovernment: boolean;
  /** Whether the post word is held in many kinds of body ("director", "secretary"). */
  genericPost: boolean;
  /** Canonical English ("Deputy Secretary of the Municipal Party Committee"). */
  english: string;
  /** Chinese original (市委副书记), when it can be composed. */
  chinese?: string;
  /** Wording signature: the verbatim words lower-cased with articles removed ("vice county mayor"). */
  wording: string;
}

export interface TitleOccurrence extends Span {
  id: number;
  text: string;
  norm: NormalizedTitle;
  /** Persons this occurrence is attributed to. */
  personIds: number[];
  /** "Secretary Xu": the person a post is used to address (not one of their titles, but the checks compare it with them); -1 when none. */
  addressee: number;
}

export type MentionKind = 'full' | 'surname' | 'hanzi' | 'single-token';

export interface Mention extends Span {
  personId: number;
  text: string;
  kind: MentionKind;
}

export interface RoleEvidence extends Span {
  role: RoleKind;
  /** The cue as written ("presided over", "Reporter"). */
  cue: string;
  /** Offset of the mention (or pronoun) the role was read from. */
  subjectStart: number;
}

export interface Person {
  id: number;
  /** Display name: the first full mention as written. */
  name: string;
  /** Case- and space-insensitive identity ("zhouzhihong"). */
  key: string;
  surname: string;
  mentions: Mention[];
  /** Title occurrences attributed to this person, in document order. */
  titleIds: number[];
  roles: RoleEvidence[];
}

export type ThemeKind = 'lexicon' | 'quoted' | 'congress' | 'formula';

export interface ThemeOccurrence extends Span {
  text: string;
  kind: ThemeKind;
  /** Lexicon entry id, when the phrase is in the lexicon. */
  entryId?: string;
  canonical?: string;
  chinese?: string;
  variants?: string[];
  category?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const CHECK_CODES = ['rank-conflict', 'post-conflict', 'post-held-twice', 'name-variant', 'title-wording', 'title-case', 'workspace-conflict'] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** Style-level fixes are safe to apply in bulk (source.fixAll). */
  fixAll?: boolean;
}

export interface Finding extends Span {
  code: CheckCode;
  severity: Severity;
  message: string;
  personId?: number;
  /** The conflicting places: in this document, or in another one when `uri` (and its line/character `range`) is set. */
  related: (Span & { message: string; uri?: string; range?: LineRange })[];
  fixes: Fix[];
}

export interface MeetingRoleEntry {
  personId: number;
  /** Where the role is stated. */
  evidence: Span;
}

export interface MeetingStructure {
  headline?: Span & { text: string };
  date?: Span & { text: string };
  /** The report's date as YYYY-MM-DD or YYYY-MM, when the text gives a year. */
  isoDate?: string;
  presided: MeetingRoleEntry[];
  spoke: MeetingRoleEntry[];
  reported: MeetingRoleEntry[];
  attended: MeetingRoleEntry[];
  byline: MeetingRoleEntry[];
}

export interface DocumentAnalysis {
  /** The analysed text (BOM dropped). */
  text: string;
  persons: Person[];
  /** All mentions of all persons, sorted by start. */
  mentions: Mention[];
  /** All title occurrences, sorted by start. */
  titles: TitleOccurrence[];
  themes: ThemeOccurrence[];
  meeting: MeetingStructure;
  findings: Finding[];
}
