/**
 * The findings shown for a document: those of the report itself, plus the conflicts with the rest
 * of the workspace, minus what the lexicon says to ignore.
 */
import picomatch from 'picomatch';
import type { KnownOfficial } from '../analysis/checks/workspaceConflict';
import { workspaceConflicts } from '../analysis/checks/workspaceConflict';
import type { DocumentAnalysis, Finding } from '../analysis/types';
import type { ReportSummary } from '../analysis/workspace/reportSummary';
import type { IgnoredDiagnostic } from '../lexicon/lexicon';

export interface FindingContext {
  others: ReportSummary[];
  officials: KnownOfficial[];
  ignored: IgnoredDiagnostic[];
  /** Path of the document relative to its workspace folder, for the ignore rules' globs. */
  relativePath?: string;
}

export function allFindings(model: DocumentAnalysis, ctx: FindingContext): Finding[] {
  const all = [...model.findings, ...workspaceConflicts(model, ctx.others, ctx.officials)];
  if (ctx.ignored.length === 0) return all;
  return all.filter((f) => !ctx.ignored.some((rule) => matches(rule, f, model.text, ctx.relativePath)));
}

function matches(rule: IgnoredDiagnostic, f: Finding, text: string, relativePath: string | undefined): boolean {
  if (rule.code !== f.code) return false;
  if (rule.text !== undefined && rule.text !== text.slice(f.start, f.end)) return false;
  if (rule.file !== undefined && (relativePath === undefined || !picomatch.isMatch(relativePath, rule.file, { dot: true }))) return false;
  return true;
}
