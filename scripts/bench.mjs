#!/usr/bin/env node
// Throughput benchmark of the analysis, side by side with peers in the same process on one core:
// report-lens `analyze()` (bundled from TypeScript with esbuild at startup), a plain regex scan for
// capitalised name-like runs, and wink-nlp (wink-eng-lite-web-model). Results are ratios against
// report-lens, plus a linearity check of the analysis on growing prefixes of the corpus.
//
//   node scripts/bench.mjs [--mb 10] [--wink-mb 1] [--min-seconds 2] [--check] [--no-pin]
//
// The corpus is seeds/*.txt and test/corpus/reports/*.txt, concatenated (blank line between
// documents) until it holds at least --mb MB. 1 MB = 2^20 bytes of UTF-8. Each measurement: one
// warm-up run, then runs until at least 3 runs and --min-seconds in total; the median is reported.
// --check exits 1 if report-lens is below 50 MB/s on the corpus or the linearity ratio is above 1.5.
// Results also go to test-artifacts/bench.json.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const MB = 1 << 20;
const MIN_MBPS = 50;
const MAX_LINEARITY = 1.5;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`${name} needs a positive number`);
    process.exit(2);
  }
  return v;
};
const corpusMB = option('--mb', 10);
const winkMB = option('--wink-mb', 1);
const minMs = option('--min-seconds', 2) * 1000;
const check = flag('--check');

// One core: re-run pinned to a single CPU where `taskset` exists (Linux), unless told not to.
let pinnedTo = process.env.REPORT_LENS_BENCH_PINNED;
if (!pinnedTo && !flag('--no-pin') && process.platform === 'linux') {
  const cpu = String(Math.max(0, (os.cpus().length || 1) - 1));
  const probe = spawnSync('taskset', ['-c', cpu, process.execPath, '-e', '0'], { stdio: 'ignore' });
  if (probe.status === 0) {
    const r = spawnSync('taskset', ['-c', cpu, process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
      stdio: 'inherit',
      env: { ...process.env, REPORT_LENS_BENCH_PINNED: `cpu ${cpu}` },
    });
    process.exit(r.status ?? 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus

function readDocs() {
  const docs = [];
  for (const dir of ['seeds', 'test/corpus/reports']) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs).filter((n) => n.endsWith('.txt')).sort()) {
      docs.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(abs, f), 'utf8') });
    }
  }
  if (docs.length === 0) throw new Error('no seeds/*.txt or test/corpus/reports/*.txt');
  return docs;
}

/** Concatenates the documents, round after round, until the corpus has `bytes` bytes; keeps the
 * UTF-16 offsets and byte counts at each document boundary so that prefixes end between documents. */
function buildCorpus(docs, bytes) {
  const SEP = '\n\n';
  const parts = [];
  const boundaries = []; // { chars, bytes } after each document
  let chars = 0;
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const d = docs[i % docs.length].text.replace(/\s+$/, '');
    if (parts.length) {
      parts.push(SEP);
      chars += SEP.length;
      size += SEP.length;
    }
    parts.push(d);
    chars += d.length;
    size += Buffer.byteLength(d, 'utf8');
    boundaries.push({ chars, bytes: size });
  }
  return { text: parts.join(''), bytes: size, boundaries };
}

/** The shortest prefix of the corpus that ends between documents and holds at least `bytes` bytes. */
function prefix(corpus, bytes) {
  const b = corpus.boundaries.find((x) => x.bytes >= bytes) ?? corpus.boundaries[corpus.boundaries.length - 1];
  return { text: corpus.text.slice(0, b.chars), bytes: b.bytes };
}

// ---------------------------------------------------------------------------------------------
// Tools

async function loadAnalyze() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-bench-'));
  const outfile = path.join(dir, 'analyze.cjs');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'server/src/analysis/analyze.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  const mod = require(outfile);
  if (typeof mod.analyze !== 'function') throw new Error('server/src/analysis/analyze.ts exports no analyze()');
  return mod.analyze;
}

function loadWink() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    let propn = 0;
    for (const pos of doc.tokens().out(its.pos)) if (pos === 'PROPN') propn++;
    return { propn, entities: doc.entities().out().length };
  };
}

const NAME_RUN = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g;
function regexScan(text) {
  NAME_RUN.lastIndex = 0;
  let n = 0;
  while (NAME_RUN.exec(text) !== null) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Measurement

let _sink; // keeps results alive so that no run is optimised away

function measure(label, bytes, fn) {
  _sink = fn(); // warm-up
  const times = [];
  let total = 0;
  while (times.length < 3 || total < minMs) {
    const t0 = process.hrtime.bigint();
    _sink = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    times.push(ms);
    total += ms;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const r = { label, mb: bytes / MB, runs: times.length, medianMs, minMs: times[0], maxMs: times[times.length - 1], mbps: bytes / MB / (medianMs / 1000) };
  if (process.stderr.isTTY) process.stderr.write(`  measured ${label}: ${r.runs} runs, median ${medianMs.toFixed(1)} ms\n`);
  return r;
}

const mbLabel = (x) => String(+x.toFixed(2));
const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x >= 0.1 || x === 0 ? x.toFixed(d) : x.toPrecision(2));
function table(rows, cols) {
  const cells = rows.map((r) => cols.map((c) => String(c.get(r))));
  const widths = cols.map((c, i) => Math.max(c.head.length, ...cells.map((r) => r[i].length)));
  const line = (vals) => vals.map((v, i) => (cols[i].left ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(cols.map((c) => c.head)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(`report-lens bench — Node ${process.version}, ${cpu} (${os.cpus().length} logical CPUs; ${pinnedTo ? `pinned to ${pinnedTo}` : 'not pinned'})`);

const docs = readDocs();
const docBytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);
const corpus = buildCorpus(docs, corpusMB * MB);
const winkSample = prefix(corpus, winkMB * MB);
console.log(`corpus: ${docs.length} reports (${(docBytes / 1024).toFixed(1)} KB) repeated to ${fmt(corpus.bytes / MB, 2)} MB; wink-nlp sample ${fmt(winkSample.bytes / MB, 2)} MB; min ${minMs / 1000} s per measurement\n`);

const analyze = await loadAnalyze();
const wink = loadWink();

const rows = [];
let lastModel;
rows.push({ tool: 'report-lens', what: `analyze(), ${mbLabel(corpusMB)} MB corpus`, ...measure('report-lens corpus', corpus.bytes, () => (lastModel = analyze(corpus.text))) });
const counts = { reportLens: { persons: lastModel.persons.length, mentions: lastModel.mentions.length, titles: lastModel.titles.length, themes: lastModel.themes.length } };
lastModel = undefined;
rows.push({ tool: 'report-lens', what: `analyze() per report (${docs.length} docs)`, ...measure('report-lens per document', docBytes, () => docs.map((d) => analyze(d.text))) });
rows.push({ tool: 'regex', what: 'capitalised runs, same corpus', ...measure('regex', corpus.bytes, () => (counts.regex = regexScan(corpus.text))) });
rows.push({ tool: 'wink-nlp', what: `readDoc + PROPN + entities, ${fmt(winkSample.bytes / MB, 2)} MB sample`, ...measure('wink-nlp', winkSample.bytes, () => (counts.wink = wink(winkSample.text))) });

const ours = rows[0].mbps;
for (const r of rows) r.ratio = ours / r.mbps;
console.log(
  table(rows, [
    { head: 'tool', get: (r) => r.tool, left: true },
    { head: 'input', get: (r) => r.what, left: true },
    { head: 'MB', get: (r) => fmt(r.mb, 2) },
    { head: 'runs', get: (r) => r.runs },
    { head: 'median ms', get: (r) => fmt(r.medianMs) },
    { head: 'MB/s', get: (r) => fmt(r.mbps) },
    { head: 'report-lens ÷ tool', get: (r) => `${fmt(r.ratio, 2)}x` },
  ]),
);
const regexRow = rows.find((r) => r.tool === 'regex');
const winkRow = rows.find((r) => r.tool === 'wink-nlp');
const perDoc = rows[1].mbps;
console.log(`\nreport-lens is ${fmt(ours / winkRow.mbps, 2)}x wink-nlp, ${fmt(ours / regexRow.mbps, 2)}x regex on the ${mbLabel(corpusMB)} MB corpus`);
console.log(`report-lens per report (${fmt(perDoc)} MB/s) is ${fmt(perDoc / winkRow.mbps, 2)}x wink-nlp, ${fmt(perDoc / regexRow.mbps, 2)}x regex`);
console.log(
  `found: report-lens ${counts.reportLens.persons} persons / ${counts.reportLens.mentions} mentions / ${counts.reportLens.titles} titles; regex ${counts.regex} runs; wink-nlp ${counts.wink.propn} PROPN tokens / ${counts.wink.entities} entities (in its sample)`,
);

// Linearity: ms per MB on prefixes of 1, 2, 4, 8 ... MB.
const sizes = [1, 2, 4, 8].filter((s) => s <= corpusMB);
if (sizes.length < 2) sizes.splice(0, sizes.length, corpusMB / 4, corpusMB);
const lin = sizes.map((s) => {
  const p = prefix(corpus, s * MB);
  const r = measure(`linearity ${s} MB`, p.bytes, () => analyze(p.text));
  return { mb: r.mb, medianMs: r.medianMs, msPerMB: r.medianMs / r.mb, runs: r.runs };
});
const linearity = lin[lin.length - 1].msPerMB / lin[0].msPerMB;
console.log('\nlinearity of analyze() on corpus prefixes');
console.log(
  table(lin, [
    { head: 'MB', get: (r) => fmt(r.mb, 2) },
    { head: 'runs', get: (r) => r.runs },
    { head: 'median ms', get: (r) => fmt(r.medianMs) },
    { head: 'ms/MB', get: (r) => fmt(r.msPerMB, 2) },
  ]),
);
console.log(`ms/MB at ${fmt(lin[lin.length - 1].mb, 2)} MB ÷ ms/MB at ${fmt(lin[0].mb, 2)} MB = ${linearity.toFixed(2)}`);
if (linearity > MAX_LINEARITY) console.log(`WARNING: analyze() is not linear (ratio ${linearity.toFixed(2)} > ${MAX_LINEARITY})`);

const failures = [];
if (ours < MIN_MBPS) failures.push(`report-lens ${fmt(ours)} MB/s < ${MIN_MBPS} MB/s on the ${mbLabel(corpusMB)} MB corpus`);
if (linearity > MAX_LINEARITY) failures.push(`linearity ratio ${linearity.toFixed(2)} > ${MAX_LINEARITY}`);
console.log(failures.length ? `\nbelow target: ${failures.join('; ')}` : `\ntarget met: ≥ ${MIN_MBPS} MB/s and linearity ≤ ${MAX_LINEARITY}`);

const out = path.join(ROOT, 'test-artifacts/bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu,
      logicalCpus: os.cpus().length,
      pinned: pinnedTo ?? null,
      mbDefinition: '2^20 bytes of UTF-8',
      corpus: { documents: docs.map((d) => d.name), documentBytes: docBytes, bytes: corpus.bytes, winkSampleBytes: winkSample.bytes },
      minSecondsPerMeasurement: minMs / 1000,
      results: rows.map(({ tool, what, mb, runs, medianMs, minMs: min, maxMs, mbps, ratio }) => ({ tool, input: what, mb, runs, medianMs, minMs: min, maxMs, mbps, reportLensRatio: ratio })),
      counts,
      linearity: { prefixes: lin, ratio: linearity, max: MAX_LINEARITY },
      target: { minMBps: MIN_MBPS, met: failures.length === 0, failures },
    },
    null,
    2,
  ) + '\n',
);
console.log(`results: ${path.relative(ROOT, out)}`);
process.exit(check && failures.length ? 1 : 0);
