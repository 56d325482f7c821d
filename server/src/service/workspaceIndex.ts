/**
 * Who appears where across the reports of the workspace: the open documents (latest version) and
 * the files found on disk by the scanner. Feeds "also in" hovers, the workspace-conflict check and
 * renames across files. Cheap to query; updated one report at a time.
 */
import type { DocumentAnalysis } from '../analysis/types';
import { ReportSummary, summarize } from '../analysis/workspace/reportSummary';
import type { OtherReport } from '../features/hover';

export class WorkspaceIndex {
  private readonly open = new Map<string, ReportSummary>();
  private readonly onDisk = new Map<string, ReportSummary>();
  /** Bumped on every change, so that derived results can be cached. */
  generation = 0;

  /** Names reports in messages by their path in the workspace folder (set by the workspace service). */
  labelFor: (uri: string) => string | undefined = () => undefined;

  updateOpen(uri: string, model: DocumentAnalysis): void {
    this.open.set(uri, summarize(uri, model, this.labelFor(uri)));
    this.generation++;
  }

  closeOpen(uri: string): void {
    if (this.open.delete(uri)) this.generation++;
  }

  updateDisk(uri: string, model: DocumentAnalysis | undefined): void {
    if (model) this.onDisk.set(uri, summarize(uri, model, this.labelFor(uri)));
    else this.onDisk.delete(uri);
    this.generation++;
  }

  clearDisk(): void {
    this.onDisk.clear();
    this.generation++;
  }

  /** Every report but one, the open version first. */
  others(exceptUri: string): ReportSummary[] {
    const out: ReportSummary[] = [];
    for (const [uri, s] of this.open) if (uri !== exceptUri) out.push(s);
    for (const [uri, s] of this.onDisk) if (uri !== exceptUri && !this.open.has(uri)) out.push(s);
    return out;
  }

  elsewhere(personKey: string, exceptUri: string): OtherReport[] {
    return this.others(exceptUri)
      .filter((s) => s.persons.has(personKey))
      .map((s) => ({ label: s.date ? `${s.label} (${s.date})` : s.label, titles: [...new Set(s.persons.get(personKey)!.titles.map((t) => t.text))] }));
  }

  /** Reports that name a person, for renames. */
  reportsNaming(personKey: string, exceptUri: string): string[] {
    return this.others(exceptUri).filter((s) => s.persons.has(personKey)).map((s) => s.uri);
  }
}
