import type { CheckCode, DocumentAnalysis, Finding, Severity } from '../types';
import { nameVariants } from './nameVariant';
import { postConflicts } from './postConflict';
import { postsHeldTwice } from './postHeldTwice';
import { rankConflicts } from './rankConflict';
import { wordingAndCase } from './titleWording';

export interface CheckOptions {
  /** Severity per code; 'off' turns a check off. */
  severity?: Partial<Record<CheckCode, Severity | 'off'>>;
  enabled?: boolean;
  /** Groups of wordings a team accepts as one ("deputy" / "vice"): title-wording is not flagged between them. */
  acceptedWordings?: string[][];
}

export function runChecks(model: DocumentAnalysis, options: CheckOptions = {}): Finding[] {
  if (options.enabled === false) return [];
  const all = [...rankConflicts(model), ...postConflicts(model), ...postsHeldTwice(model), ...nameVariants(model), ...wordingAndCase(model, options.acceptedWordings)];
  const out: Finding[] = [];
  for (const f of all) {
    const s = options.severity?.[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
