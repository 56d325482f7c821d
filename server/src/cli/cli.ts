/**
 * `report-lens analyze --json FILE...` and `report-lens check FILE...`: the same analysis as the
 * language server, for batch checks and pipelines.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../analysis/analyze';
import { LineIndex } from '../analysis/text/lineIndex';
import type { Severity } from '../analysis/types';
import { emptyAnalysis } from '../service/analysisCache';
import { whyNotAnalysed } from '../service/inputGuards';
import { DEFAULT_SETTINGS } from '../shared/protocol';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentAnalysis } from '../analysis/types';
import { summarize } from '../analysis/workspace/reportSummary';
import { allFindings } from '../features/findings';
import { lexiconContext } from '../lexicon/lexiconContext';
import { findLexicon, loadLexicon, LoadedLexicon } from './lexiconFile';
import { readReport } from './readReport';
import { FileReport, fileReport } from './reportJson';

export const USAGE = `usage: report-lens analyze [--json] FILE...     print persons, titles, roles, themes and diagnostics
       report-lens check FILE...              print diagnostics as path:line:col: severity: message [code]
       report-lens --stdio                    serve the Language Server Protocol on stdin/stdout
options: --lexicon FILE (default: the nearest .report-lens.json above the current directory; --no-lexicon for none)
         --max-size-kb N (default ${DEFAULT_SETTINGS.files.maxSizeKB})  --version  --help
The files of one run are one workspace: titles that contradict each other across them are reported (workspace-conflict).`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const FAILING: ReadonlySet<Severity> = new Set(['error', 'warning']);

/** Runs the command line; returns the exit code (0 ok, 1 findings, 2 usage or I/O error). */
export function runCli(argv: string[], io: Io, version: string): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
        'max-size-kb': { type: 'string' }, lexicon: { type: 'string' }, 'no-lexicon': { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`report-lens: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(version);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'analyze' && command !== 'check') {
    io.err(command ? `report-lens: unknown command '${command}' (use analyze or check; --help)` : `report-lens: no command given (use analyze or check; --help)`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`report-lens: ${command} needs at least one FILE`);
    return 2;
  }
  const maxSizeKB = values['max-size-kb'] === undefined ? DEFAULT_SETTINGS.files.maxSizeKB : Number(values['max-size-kb']);
  if (!(maxSizeKB > 0)) {
    io.err(`report-lens: --max-size-kb must be a positive number`);
    return 2;
  }

  let lexicon: LoadedLexicon | undefined;
  if (!values['no-lexicon']) {
    const given = values.lexicon;
    const file = given ?? findLexicon(process.cwd());
    if (file) {
      try {
        lexicon = loadLexicon(file);
      } catch (e) {
        const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `cannot read the lexicon ${file}: no such file` : `the lexicon is not valid: ${(e as Error).message}`;
        io.err(`report-lens: ${message}`);
        if (given) return 2; // asked for explicitly: do not go on without it
      }
    }
  }
  const context = lexicon?.context ?? lexiconContext();
  const options = { knowledge: context.knowledge, checks: { acceptedWordings: context.acceptedWordings } };

  let ioError = false;
  const analysed: { file: string; model: DocumentAnalysis; skipped?: string; warnings: string[] }[] = [];
  for (const file of files) {
    let read;
    try {
      read = readReport(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.err(`report-lens: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}`);
      ioError = true;
      continue;
    }
    for (const w of read.warnings) io.err(`report-lens: ${file}: ${w}`);
    const skipped = whyNotAnalysed(read.text, maxSizeKB);
    analysed.push({ file, model: skipped ? emptyAnalysis(read.text) : analyze(read.text, options), skipped, warnings: read.warnings });
  }
  // the files of one run are one workspace
  const summaries = analysed.map((a) => summarize(pathToFileURL(path.resolve(a.file)).href, a.model, a.file));
  const reports: FileReport[] = analysed.map((a, i) => {
    const findings = a.skipped ? [] : allFindings(a.model, {
      others: summaries.filter((_, j) => j !== i),
      officials: context.officials,
      ignored: context.ignoredDiagnostics,
      relativePath: path.relative(lexicon ? path.dirname(lexicon.path) : process.cwd(), path.resolve(a.file)).split(path.sep).join('/'),
    });
    const lines = new LineIndex(a.model.text);
    const report = fileReport(a.file, a.model, findings, (o) => lines.position(o));
    if (a.skipped) report.skipped = a.skipped;
    if (a.warnings.length) report.warnings = a.warnings;
    return report;
  });

  if (command === 'analyze') {
    io.out(values.json ? JSON.stringify({ files: reports }) : reports.map(summary).join('\n'));
    return ioError ? 2 : 0;
  }
  let failing = false;
  for (const r of reports) {
    if (r.skipped) io.out(`${r.file}:1:1: information: ${r.skipped} [not-analysed]`);
    for (const d of r.diagnostics) {
      io.out(`${r.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`);
      if (FAILING.has(d.severity as Severity)) failing = true;
    }
  }
  return ioError ? 2 : failing ? 1 : 0;
}

function summary(r: FileReport): string {
  const lines = [`${r.file}${r.skipped ? ` (not analysed: ${r.skipped})` : ''}`];
  if (r.meeting.headline) lines.push(`  meeting: ${r.meeting.headline}${r.meeting.date ? ` (${r.meeting.date})` : ''}`);
  for (const p of r.persons) {
    const titles = [...new Set(p.titles.map((t) => t.text))].join('; ');
    lines.push(`  ${p.name}${titles ? ` — ${titles}` : ''}${p.roles.length ? ` [${p.roles.join(', ')}]` : ''}`);
  }
  if (r.themes.length) lines.push(`  themes: ${[...new Set(r.themes.map((t) => t.text))].join(' | ')}`);
  for (const d of r.diagnostics) lines.push(`  ${d.line}:${d.column} ${d.severity}: ${d.message} [${d.code}]`);
  return lines.join('\n');
}
