#!/usr/bin/env node
// Throughput benchmark of the analysis, side by side with peers in the same process on one core:
// report-lens `analyze()` (bundled from TypeScript with esbuild at startup), a plain regex scan for
// capitalised name-like runs, and wink-nlp (wink-eng-lite-web-model).
//
//   node scripts/bench.mjs [--mb 10] [--wink-mb 1] [--min-seconds 2] [--warmup-seconds 3] [--check] [--no-pin] [--save-corpora]
//
// What is measured (1 MB = 2^20 bytes of UTF-8; each row is the median, over runs, of ms/MB of one call):
//   - seeds corpus (the issue's "10 MB corpus built from the seeds"): seeds/*.txt concatenated (blank
//     line between documents), round after round, until it holds --mb MB; analyze() is called once on it.
//   - repeated corpus (harder: our own reports are denser in names and titles): seeds/*.txt and
//     test/corpus/reports/*.txt concatenated (blank line between
//     documents), round after round, until it holds --mb MB; analyze() is called once on all of it.
//   - unique corpus: the same reports, but every copy has its own names, place names and numbers:
//     the words of the persons' names (as analyze() finds them in the original report) and pinyin
//     place names (a word before "County", "City"...) are replaced, consistently within a copy, by
//     other surnames or random pinyin syllables, and digits by random digits, from a seeded PRNG
//     (deterministic from run to run). Every run analyses a corpus built with a new seed, so no name
//     or number was seen by an earlier run: whatever the analysis keeps between calls (the word table
//     of its knowledge) cannot stand in for analysing. Building a corpus is not timed.
//   - per report: analyze() on each report on its own (the language server's case).
//   - regex: one pass of a capitalised-run regex over the repeated corpus (a floor: no analysis).
//   - wink-nlp: readDoc + part-of-speech + entities on a --wink-mb MB prefix of the repeated corpus.
// Ratios are report-lens MB/s ÷ the row's MB/s, against the repeated corpus row.
// Linearity: analyze() on 1, 2, 4 and 8 MB of both corpora (prefixes of the repeated corpus ending
// between documents; new unique corpora of that size); ms/MB at 8 MB ÷ ms/MB at 1 MB must stay flat
// on the repeated corpus and on the unique corpus without the checks. With the checks, the unique
// corpus is shown but not held to it: as one document it names thousands of persons with the same
// hundred surnames, so its name-variant findings (pairs of similar names) grow with the square of
// its size, and reporting them does too.
// Each measurement: warm-up runs (at least one, at least --warmup-seconds: the JIT needs a few runs
// over a 10 MB text before the code is fully optimised; the first run's ms/MB is shown apart, though
// it is no cold start: building the unique corpus has run analyze() on each report before), then
// runs until at least 3 runs and --min-seconds in total. Results are not kept from one run to the
// next (only a digest of them).
// --save-corpora writes both corpora to test-artifacts/bench-{repeated,unique}.txt (to profile them).
// --check exits 1 if report-lens is below 50 MB/s on the --mb MB seeds corpus (the issue's target) or a
// checked linearity ratio is above 1.5; the harder corpora are reported against 50 MB/s too, not checked.
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
const warmupMs = option('--warmup-seconds', 3) * 1000;
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
function buildCorpus(docs, bytes, transform = (text) => text) {
  const SEP = '\n\n';
  const parts = [];
  const boundaries = []; // { chars, bytes } after each document
  let chars = 0;
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const d = transform(docs[i % docs.length].text, i).replace(/\s+$/, '');
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

/** mulberry32: a small seeded PRNG, so that the unique corpus is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACE_FOLLOWERS = /^(County|City|Province|District|Town|Township|Village|Prefecture|Municipality|Subdistrict|Region|Autonomous|Municipal|Provincial|New|Lake|River|Mountain|Road|Street)$/;

/**
 * Varies copies of the reports: the words of the persons' names (as analyze() finds them in the
 * original report), capitalised pinyin place names (a word before "County", "City", "Village"...) and
 * digits. Each copy maps every such word to a new surname, or to random pinyin syllables of the same
 * count, consistently within the copy, so that a person keeps one name through a copy.
 */
function makeVariation(docs, analyze) {
  const data = (f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'server/data', f), 'utf8'));
  const surnamesData = data('surnames.json');
  const syllables = data('syllables.json').syllables.filter((x) => /^[a-z]+$/.test(x));
  const syllableSet = new Set(syllables);
  const frequentSurnames = surnamesData.single.filter((x) => x.frequent && /^[A-Za-z]+$/.test(x.pinyin)).map((x) => x.pinyin.toLowerCase());
  const englishToo = new Set([...surnamesData.englishWordSurnames, ...surnamesData.englishWordsThatArePinyin].map((x) => x.toLowerCase()));
  /** Fewest syllables the word splits into, at most 3 (0: not pinyin). */
  const syllableCount = (w) => {
    const best = new Array(w.length + 1).fill(Infinity);
    best[0] = 0;
    for (let i = 0; i < w.length; i++) {
      if (best[i] >= 3) continue;
      for (let l = 1; l <= 6 && i + l <= w.length; l++) if (syllableSet.has(w.slice(i, i + l))) best[i + l] = Math.min(best[i + l], best[i] + 1);
    }
    return best[w.length] === Infinity ? 0 : best[w.length];
  };
  // per report: lower-case word -> 'surname' or a syllable count
  const variable = docs.map((d) => {
    const words = new Map();
    for (const m of analyze(d.text).mentions) {
      if (m.kind === 'hanzi') continue;
      const parts = m.text.split(/[^A-Za-z]+/).filter(Boolean);
      parts.forEach((w, i) => {
        const lower = w.toLowerCase();
        if (englishToo.has(lower) || words.has(lower)) return;
        words.set(lower, i === 0 && m.kind !== 'single-token' ? 'surname' : syllableCount(lower) || 2);
      });
    }
    for (const [, w, next] of d.text.matchAll(/\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b/g)) {
      const lower = w.toLowerCase();
      const n = syllableCount(lower);
      if (PLACE_FOLLOWERS.test(next) && n > 0 && !englishToo.has(lower) && !words.has(lower)) words.set(lower, n);
    }
    return words;
  });
  return (docIndex, text, seed) => {
    const rand = prng(seed);
    const pick = (list) => list[Math.floor(rand() * list.length)];
    const words = variable[docIndex];
    const mapping = new Map();
    const replacement = (lower) => {
      let r = mapping.get(lower);
      if (r === undefined) {
        const what = words.get(lower);
        r = what === 'surname' ? pick(frequentSurnames) : Array.from({ length: what }, () => pick(syllables)).join('');
        mapping.set(lower, r);
      }
      return r;
    };
    return text
      .replace(/\b[A-Z][A-Za-z]*\b/g, (w) => {
        const lower = w.toLowerCase();
        if (!words.has(lower)) return w;
        const r = replacement(lower);
        return w.length > 1 && w === w.toUpperCase() ? r.toUpperCase() : r[0].toUpperCase() + r.slice(1);
      })
      .replace(/\d/g, () => String(Math.floor(rand() * 10)));
  };
}

/**
 * Like buildCorpus, but every copy of a report is varied with its own seed. The first corpus built is
 * the same on every bench run; every later one has a seed of its own, so no two corpora share a copy.
 * (Collecting the garbage of building it with a forced gc() before the timed run was tried: the heap
 * V8 shrinks then has to grow again during the run, which made it several times slower, not fairer.)
 */
let variation;
let corpora = 0;
function buildUniqueCorpus(docs, bytes, analyze) {
  variation ??= makeVariation(docs, analyze);
  const corpusSeed = corpora++;
  return buildCorpus(docs, bytes, (text, copy) => variation(copy % docs.length, text, 0x5eed + copy + corpusSeed * 100_003));
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

let _sink = 0; // a digest of every result, so that no run is optimised away; results are not kept between runs

/** A small number that depends on the result (the model itself is dropped before the next run). */
function digest(result) {
  if (typeof result === 'number') return result;
  if (Array.isArray(result)) return result.reduce((s, r) => s + digest(r), 0);
  if (result && typeof result === 'object') return (result.mentions?.length ?? 0) + (result.persons?.length ?? result.persons ?? 0) + (result.propn ?? 0);
  return 0;
}

/**
 * Times fn(input). `input(run)` gives { text, bytes } before each run, untimed: the same input every
 * run, or a new one (unique text) every run. Warm-up runs come first (at least one, and at least
 * --warmup-seconds), so that the JIT has compiled what the runs execute; the first run is reported
 * apart. Then runs until at least 3 runs and --min-seconds; the median of ms/MB is reported.
 */
function measure(label, input, fn) {
  const runs = [];
  let firstMsPerMB;
  let warm = 0;
  let total = 0;
  for (let run = 0; warm < warmupMs || runs.length < 3 || total < minMs; run++) {
    const { text, bytes } = input(run);
    const t0 = process.hrtime.bigint();
    const result = fn(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    _sink += digest(result);
    firstMsPerMB ??= ms / (bytes / MB);
    if (run === 0 || warm < warmupMs) {
      warm += ms;
      continue;
    }
    runs.push({ ms, mb: bytes / MB });
    total += ms;
  }
  const msPerMB = runs.map((r) => r.ms / r.mb).sort((a, b) => a - b);
  const mid = msPerMB.length >> 1;
  const median = msPerMB.length % 2 ? msPerMB[mid] : (msPerMB[mid - 1] + msPerMB[mid]) / 2;
  const mb = runs[0].mb;
  const r = { label, mb, runs: runs.length, medianMs: median * mb, msPerMB: median, minMsPerMB: msPerMB[0], maxMsPerMB: msPerMB[msPerMB.length - 1], firstMsPerMB, mbps: 1000 / median };
  if (process.stderr.isTTY) process.stderr.write(`  measured ${label}: ${r.runs} runs, median ${median.toFixed(1)} ms/MB\n`);
  return r;
}

/** The same input on every run. */
const same = (x) => () => x;

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
const analyze = await loadAnalyze();
const wink = loadWink();
const seedDocs = docs.filter((d) => d.name.startsWith('seeds/'));
const seedsCorpus = buildCorpus(seedDocs, corpusMB * MB);
const corpus = buildCorpus(docs, corpusMB * MB);
const unique = buildUniqueCorpus(docs, corpusMB * MB, analyze);
const winkSample = prefix(corpus, winkMB * MB);
if (flag('--save-corpora')) {
  fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-artifacts/bench-repeated.txt'), corpus.text);
  fs.writeFileSync(path.join(ROOT, 'test-artifacts/bench-unique.txt'), unique.text);
}
console.log(
  `corpus: the ${seedDocs.length} seeds repeated to ${fmt(seedsCorpus.bytes / MB, 2)} MB; ${docs.length} reports (${(docBytes / 1024).toFixed(1)} KB) repeated to ${fmt(corpus.bytes / MB, 2)} MB, and varied copy by copy to ${fmt(unique.bytes / MB, 2)} MB of unique text; ` +
    `wink-nlp sample ${fmt(winkSample.bytes / MB, 2)} MB; warm-up ${warmupMs / 1000} s, then at least ${minMs / 1000} s per measurement\n`,
);

const rows = [];
const counts = {};
const found = (m) => ({ persons: m.persons.length, mentions: m.mentions.length, titles: m.titles.length, themes: m.themes.length, findings: m.findings.length });
rows.push({ tool: 'report-lens', what: `analyze(), ${mbLabel(corpusMB)} MB seeds corpus`, ...measure('report-lens seeds corpus', same(seedsCorpus), (t) => (counts.seeds = found(analyze(t)))) });
rows.push({ tool: 'report-lens', what: `analyze(), ${mbLabel(corpusMB)} MB repeated corpus`, ...measure('report-lens repeated corpus', same(corpus), (t) => (counts.repeated = found(analyze(t)))) });
// a new unique corpus for every run: no word, name or number of it was seen before
rows.push({ tool: 'report-lens', what: `analyze(), ${mbLabel(corpusMB)} MB unique corpus`, ...measure('report-lens unique corpus', (run) => (run === 1 ? unique : buildUniqueCorpus(docs, corpusMB * MB, analyze)), (t) => (counts.unique = found(analyze(t)))) });
const allDocs = { text: docs.map((d) => d.text), bytes: docBytes };
rows.push({ tool: 'report-lens', what: `analyze() per report (${docs.length} docs)`, ...measure('report-lens per document', same(allDocs), (texts) => texts.map((t) => analyze(t))) });
rows.push({ tool: 'regex', what: 'capitalised runs, repeated corpus', ...measure('regex', same(corpus), (t) => (counts.regex = regexScan(t))) });
rows.push({ tool: 'wink-nlp', what: `readDoc + PROPN + entities, ${fmt(winkSample.bytes / MB, 2)} MB sample`, ...measure('wink-nlp', same(winkSample), (t) => (counts.wink = wink(t))) });

const [seedsRow, repeatedRow, uniqueRow, perDocRow, regexRow, winkRow] = rows;
const ours = repeatedRow.mbps;
for (const r of rows) r.ratio = ours / r.mbps;
console.log(
  table(rows, [
    { head: 'tool', get: (r) => r.tool, left: true },
    { head: 'input', get: (r) => r.what, left: true },
    { head: 'MB', get: (r) => fmt(r.mb, 2) },
    { head: 'runs', get: (r) => r.runs },
    { head: 'median ms', get: (r) => fmt(r.medianMs) },
    { head: 'ms/MB', get: (r) => fmt(r.medianMs / r.mb) },
    { head: '1st run ms/MB', get: (r) => fmt(r.firstMsPerMB) },
    { head: 'MB/s', get: (r) => fmt(r.mbps) },
    { head: 'report-lens ÷ tool', get: (r) => `${fmt(r.ratio, 2)}x` },
  ]),
);
for (const [label, row] of [['seeds corpus', seedsRow], ['repeated corpus', repeatedRow], ['unique corpus', uniqueRow], ['per report', perDocRow]]) {
  console.log(`${`report-lens ${label} (${fmt(row.mbps)} MB/s)`.padEnd(40)} is ${fmt(row.mbps / winkRow.mbps, 2)}x wink-nlp, ${fmt(row.mbps / regexRow.mbps, 3)}x regex`);
}
const say = (c) => `${c.persons} persons / ${c.mentions} mentions / ${c.titles} titles / ${c.themes} themes / ${c.findings} findings`;
console.log(`found: seeds corpus ${say(counts.seeds)}; repeated corpus ${say(counts.repeated)}; unique corpus ${say(counts.unique)}`);
console.log(`       regex ${counts.regex} runs; wink-nlp ${counts.wink.propn} PROPN tokens / ${counts.wink.entities} entities (in its sample)`);

// Linearity: ms per MB on 1, 2, 4, 8 ... MB of each corpus; the unique corpus also without the checks.
const sizes = [1, 2, 4, 8].filter((s) => s <= corpusMB);
if (sizes.length < 2) sizes.splice(0, sizes.length, corpusMB / 4, corpusMB);
const SERIES = [
  { name: 'repeated', checked: true, input: (s) => same(prefix(corpus, s * MB)), options: undefined },
  { name: 'unique', checked: false, input: (s) => () => buildUniqueCorpus(docs, s * MB, analyze), options: undefined },
  { name: 'unique, no checks', checked: true, input: (s) => () => buildUniqueCorpus(docs, s * MB, analyze), options: { checks: { enabled: false } } },
];
const linearity = {};
for (const series of SERIES) {
  const prefixes = sizes.map((s) => {
    let findings = 0;
    const r = measure(`linearity ${series.name} ${s} MB`, series.input(s), (t) => {
      const m = analyze(t, series.options);
      findings = m.findings.length;
      return m;
    });
    return { mb: r.mb, medianMs: r.medianMs, msPerMB: r.msPerMB, runs: r.runs, findings };
  });
  linearity[series.name] = { prefixes, ratio: prefixes[prefixes.length - 1].msPerMB / prefixes[0].msPerMB, checked: series.checked };
}
console.log('\nlinearity of analyze(): ms/MB on 1 to 8 MB of text (findings: of the last run)');
console.log(
  table(
    sizes.map((_, i) => Object.fromEntries(SERIES.map((x) => [x.name, linearity[x.name].prefixes[i]]))),
    [
      { head: 'MB', get: (x) => fmt(x.repeated.mb, 2) },
      ...SERIES.flatMap((x) => [
        { head: `${x.name} ms/MB`, get: (row) => fmt(row[x.name].msPerMB, 2) },
        ...(x.options ? [] : [{ head: 'findings', get: (row) => row[x.name].findings }]),
      ]),
    ],
  ),
);
for (const { name } of SERIES) {
  const { prefixes, ratio, checked } = linearity[name];
  console.log(`${name}: ms/MB at ${fmt(prefixes[prefixes.length - 1].mb, 2)} MB ÷ ms/MB at ${fmt(prefixes[0].mb, 2)} MB = ${ratio.toFixed(2)}${checked ? '' : ' (not checked: see below)'}`);
}
console.log(
  'The unique corpus is one document naming thousands of persons with the same hundred surnames: the pairs of\n' +
    'similar names (name-variant findings) grow with the square of its size, and so does the time to report them.',
);

const speed = (row) => `${fmt(row.mbps)} MB/s on the ${row.what.replace(/^analyze\(\), /, '')}`;
const failures = [];
if (seedsRow.mbps < MIN_MBPS) failures.push(`report-lens ${speed(seedsRow)} < ${MIN_MBPS} MB/s`);
for (const [name, { ratio, checked }] of Object.entries(linearity)) if (checked && ratio > MAX_LINEARITY) failures.push(`${name} linearity ratio ${ratio.toFixed(2)} > ${MAX_LINEARITY}`);
console.log(failures.length ? `\nbelow target: ${failures.join('; ')}` : `\ntarget met: ${speed(seedsRow)} ≥ ${MIN_MBPS} MB/s, checked linearity ≤ ${MAX_LINEARITY}`);
const harder = [repeatedRow, uniqueRow].filter((row) => row.mbps < MIN_MBPS);
if (harder.length) console.log(`harder corpora below ${MIN_MBPS} MB/s (reported, not checked): ${harder.map(speed).join('; ')}`);

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
      corpus: { documents: docs.map((d) => d.name), documentBytes: docBytes, seedsBytes: seedsCorpus.bytes, repeatedBytes: corpus.bytes, uniqueBytes: unique.bytes, winkSampleBytes: winkSample.bytes },
      minSecondsPerMeasurement: minMs / 1000,
      warmupSecondsPerMeasurement: warmupMs / 1000,
      results: rows.map(({ tool, what, mb, runs, medianMs, msPerMB, minMsPerMB, maxMsPerMB, firstMsPerMB, mbps, ratio }) => ({ tool, input: what, mb, runs, medianMs, msPerMB, minMsPerMB, maxMsPerMB, firstMsPerMB, mbps, reportLensRatio: ratio })),
      counts,
      linearity: { ...linearity, max: MAX_LINEARITY },
      target: { minMBps: MIN_MBPS, met: failures.length === 0, failures },
    },
    null,
    2,
  ) + '\n',
);
console.log(`results: ${path.relative(ROOT, out)}`);
process.exit(check && failures.length ? 1 : 0);
