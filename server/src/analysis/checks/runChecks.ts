import { CHECK_CODES } from '../types';
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

/** Findings at one offset are ordered by code as localeCompare orders the codes: ranked once here, compared as numbers. */
const CODE_RANK = new Map<string, number>([...CHECK_CODES].sort((a, b) => a.localeCompare(b)).map((code, i) => [code, i]));

export function runChecks(model: DocumentAnalysis, options: CheckOptions = {}): Finding[] {
  if (options.enabled === false) return [];
  const out: Finding[] = [];
  const severity = options.severity;
  for (const findings of [rankConflicts(model), postConflicts(model), postsHeldTwice(model), nameVariants(model), wordingAndCase(model, options.acceptedWordings)]) {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const s = severity?.[f.code];
      if (s === 'off') continue;
      out.push(s ? { ...f, severity: s } : f);
    }
  }
  return inOrder(out);
}

const FEW_FINDINGS = 64;

/**
 * The findings by start, then code, then as they came (what a stable sort by start and code gives), sorted
 * as numbers: (start, code, index) packed in one exact double per finding.
 */
function inOrder(findings: Finding[]): Finding[] {
  const n = findings.length;
  let maxStart = 0;
  for (let i = 0; i < n; i++) maxStart = Math.max(maxStart, findings[i].start);
  // a few findings, or so many that the packed numbers would not be exact: a plain stable sort
  if (n < FEW_FINDINGS || (maxStart + 1) * CHECK_CODES.length * n > Number.MAX_SAFE_INTEGER) {
    return findings.sort((a, b) => a.start - b.start || CODE_RANK.get(a.code)! - CODE_RANK.get(b.code)!);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (findings[i].start * CHECK_CODES.length + CODE_RANK.get(findings[i].code)!) * n + i;
  keys.sort();
  const out = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = findings[keys[k] % n];
  return out;
}
