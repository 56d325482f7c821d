/**
 * workspace-conflict: a person's title here contradicts what the workspace lexicon or another report
 * of the workspace says at a compatible date (a post and its deputy form, or one post at two levels).
 * Titles change over time, so reports far apart in time are not compared, and lexicon titles only
 * count within their from/to dates.
 */
import { daysBetween, toTime } from '../meeting/reportDate';
import type { DocumentAnalysis, Finding, NormalizedTitle, TitleOccurrence } from '../types';
import type { ReportSummary } from '../workspace/reportSummary';
import { postTitlesOf } from './helpers';

/** Reports further apart than this are not compared. */
export const COMPATIBLE_DAYS = 183;

export interface KnownTitle {
  text: string;
  norm: NormalizedTitle;
  from?: string;
  to?: string;
}

export interface KnownOfficial {
  key: string;
  name: string;
  titles: KnownTitle[];
}

type Conflict = 'rank' | 'level';

export function conflictBetween(a: NormalizedTitle, b: NormalizedTitle): Conflict | undefined {
  if (a.kind !== 'post' || b.kind !== 'post' || a.status || b.status) return undefined;
  if (a.postKey === b.postKey && a.rankTier !== b.rankTier && a.rankTier <= 1 && b.rankTier <= 1) return 'rank';
  const sameBodyPost = a.bodies.join('>') === b.bodies.join('>') && a.post === b.post && a.rankTier === b.rankTier;
  if (sameBodyPost && a.level && b.level && a.level !== b.level) return 'level';
  return undefined;
}

function withinDates(date: string | undefined, t: KnownTitle): boolean {
  if (!date) return true;
  const time = toTime(date);
  if (t.from && time < toTime(t.from) - 31 * 86_400_000) return false;
  if (t.to && time > toTime(t.to) + 31 * 86_400_000) return false;
  return true;
}

const WHAT: Record<Conflict, string> = { rank: 'the same post at another rank', level: 'the same post at another level' };

export function workspaceConflicts(model: DocumentAnalysis, others: ReportSummary[], lexicon: KnownOfficial[] = []): Finding[] {
  const out: Finding[] = [];
  const date = model.meeting.isoDate;
  const lexiconByKey = new Map(lexicon.map((o) => [o.key, o]));
  for (const p of model.persons) {
    const here = postTitlesOf(model, p);
    if (here.length === 0) continue;
    const flag = (t: TitleOccurrence, message: string, related: Finding['related']) => {
      if (out.some((f) => f.start === t.start && f.end === t.end && f.message === message)) return;
      out.push({ code: 'workspace-conflict', severity: 'information', personId: p.id, start: t.start, end: t.end, message, related, fixes: [] });
    };
    const official = lexiconByKey.get(p.key);
    for (const known of official?.titles ?? []) {
      if (!withinDates(date, known)) continue;
      for (const t of here) {
        const c = conflictBetween(t.norm, known.norm);
        if (c) flag(t, `${p.name} is '${t.text}' here, but the workspace lexicon gives '${known.text}'${known.from || known.to ? ` (${known.from ?? '…'} to ${known.to ?? 'now'})` : ''}: ${WHAT[c]}.`, []);
      }
    }
    for (const other of others) {
      const there = other.persons.get(p.key);
      if (!there) continue;
      if (date && other.date && daysBetween(date, other.date) > COMPATIBLE_DAYS) continue;
      for (const t of here) {
        for (const o of there.titles) {
          const c = conflictBetween(t.norm, o.norm);
          if (!c) continue;
          flag(t, `${p.name} is '${t.text}' here, but ${other.label}${other.date ? ` (${other.date})` : ''} calls them '${o.text}': ${WHAT[c]}.`, [
            { uri: other.uri, start: o.start, end: o.end, range: o.range, message: `${other.label}: '${o.text}'` },
          ]);
        }
      }
    }
  }
  return out;
}
