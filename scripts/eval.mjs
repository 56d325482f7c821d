#!/usr/bin/env node
// Scores the report-lens CLI against gold folders. Plain Node ESM, no dependencies.
//
//   node scripts/eval.mjs [--cli server/dist/report-lens.js] [--json] [--texts DIR]
//                         [--min metric=value]... [--max metric=value]... GOLD_DIR [GOLD_DIR...]
//
// A GOLD_DIR is either
//   (a) a gold folder: <name>.json files in the gold format of test/gold/seeds (file, persons, themes);
//       the texts are looked up in the --texts DIR given before it on the command line, or by default
//       test/gold/seeds -> seeds/, test/corpus/gold -> test/corpus/reports/, otherwise ../reports or
//       the folder itself;
//   (b) a perturbed folder: <name>.txt + <name>.expected.json (as test/gold/seeds-perturbed).
// The CLI is run once per folder:  node <cli> analyze --json <files...>
// With --lsp the diagnostics are taken from the language server instead (node <cli> --stdio, a real
// LSP client: each text opened, its first publishDiagnostics read, ranges turned into offsets), so
// the checks are measured from outside through the LSP; persons, titles, roles and themes still
// come from the CLI.
// and must print {"files":[{"file","persons":[{"name","titles":[{"text",...}],"roles":[...],
// "mentions":[{"start","end"}]}],"themes":[{"text","start","end"}],"diagnostics":[{"start","end",
// "severity","code","message"}]}]}; offsets are UTF-16 code units into the text with a BOM dropped.
//
// Metrics (per file, per folder, and micro-averaged over all folders):
//   mention   exact (start,end) match of all predicted vs all gold person-mention spans
//   name      distinct persons per file; a predicted person matches a gold person when the names are
//             equal after lower-casing and removing all whitespace, or when a predicted mention span
//             equals a gold mention span of that person (one-to-one matching)
//   title     (gold person, title) pairs; titles lower-cased, whitespace collapsed, a leading
//             "the "/"a "/"an " dropped; predicted persons are mapped to the gold person whose mentions
//             they overlap most (else to the gold person of the same normalised name); the titles of
//             unmapped predicted persons are false positives
//   role      (gold person, role) pairs, same mapping
//   theme     recall: a gold theme is found when a predicted theme span overlaps one of its verbatim
//             (case-insensitive) occurrences; precision: a predicted theme span is right when it
//             overlaps an occurrence of any gold theme
//   inconsistency (perturbed folders) recall: found when a diagnostic of severity error, warning or
//             information overlaps offsets[0] or offsets[1] and its code is the kind's code
//   unexplained  error/warning diagnostics per report: on gold folders every one counts; on perturbed
//             folders those overlapping no injected or pre-existing inconsistency
// Threshold names for --min / --max: mentionP mentionR mentionF1 nameP nameR nameF1 titleP titleR
// titleF1 roleP roleR roleF1 themeP themeR themeF1 inconsistencyR unexplainedPerReport
// (cleanUnexplainedPerReport, perturbedUnexplainedPerReport).
// Exit code: 0, or 1 when a --min/--max threshold fails, or 2 on a usage or I/O error.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the check code each kind of injected inconsistency (gold format) must be reported with
const KIND_CODE = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/gold/kind-codes.json'), 'utf8'));
const METRICS = ['mentionP', 'mentionR', 'mentionF1', 'nameP', 'nameR', 'nameF1', 'titleP', 'titleR', 'titleF1',
  'roleP', 'roleR', 'roleF1', 'themeP', 'themeR', 'themeF1', 'inconsistencyR',
  'unexplainedPerReport', 'cleanUnexplainedPerReport', 'perturbedUnexplainedPerReport'];

const USAGE = `usage: node scripts/eval.mjs [--cli PATH] [--lsp] [--json] [--texts DIR] [--min metric=value]... [--max metric=value]... GOLD_DIR [GOLD_DIR...]
  metrics: ${METRICS.join(' ')}`;

function die(msg, code = 2) {
  process.stderr.write(`eval: ${msg}\n`);
  process.exit(code);
}

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { cli: path.join(ROOT, 'server', 'dist', 'report-lens.js'), json: false, lsp: false, dirs: [], min: [], max: [] };
  let texts = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const a = eq > 0 ? arg.slice(0, eq) : arg;
    const val = () => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) die(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '-h' || a === '--help') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    else if (a === '--json') o.json = true;
    else if (a === '--lsp') o.lsp = true;
    else if (a === '--cli') o.cli = path.resolve(val());
    else if (a === '--texts') texts = path.resolve(val());
    else if (a === '--min' || a === '--max') {
      const spec = val();
      const m = /^([A-Za-z0-9]+)=([0-9]*\.?[0-9]+)$/.exec(spec);
      if (!m) die(`bad ${a} ${JSON.stringify(spec)} (expected metric=value)\n${USAGE}`);
      if (!METRICS.includes(m[1])) die(`unknown metric ${m[1]}\n${USAGE}`);
      o[a.slice(2)].push({ metric: m[1], value: Number(m[2]) });
    } else if (a.startsWith('-')) die(`unknown option ${arg}\n${USAGE}`);
    else o.dirs.push({ dir: path.resolve(arg), given: arg, texts });
  }
  if (!o.dirs.length) die(`no GOLD_DIR given\n${USAGE}`);
  return o;
}

// ---------------------------------------------------------------- helpers
const readText = (p) => fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
const readJson = (p) => {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch (e) { die(`cannot read ${p}: ${e.message}`); }
};
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normName = (s) => String(s ?? '').toLowerCase().replace(/\s+/gu, '');
const normTitle = (s) => String(s ?? '').toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^(the|a|an) /, '');
const overlaps = (a0, a1, b0, b1) => (a0 === a1 ? b0 <= a0 && a0 < b1 : b0 === b1 ? a0 <= b0 && b0 < a1 : a0 < b1 && b0 < a1);
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : (tp + fn ? 0 : 1);
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const add = (a, b) => { for (const k of Object.keys(b)) a[k] = (a[k] || 0) + b[k]; return a; };
const relForCli = (abs) => {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
};

function span(x) {
  if (Array.isArray(x) && x.length >= 2) return [Number(x[0]), Number(x[1])];
  if (x && typeof x === 'object') {
    if (Number.isFinite(x.start) && Number.isFinite(x.end)) return [x.start, x.end];
    if (x.span) return span(x.span);
  }
  return null;
}
function severityName(s) {
  if (typeof s === 'number') return ['', 'error', 'warning', 'information', 'hint'][s] || String(s);
  const v = String(s ?? '').toLowerCase();
  return v === 'info' ? 'information' : v;
}
const codeTail = (c) => String(c ?? '').split(/[/:.]/).pop();

// normalise one predicted file entry
function normPrediction(f) {
  const persons = (Array.isArray(f?.persons) ? f.persons : []).map((p) => ({
    name: String(p?.name ?? ''),
    mentions: (Array.isArray(p?.mentions) ? p.mentions : []).map(span).filter(Boolean),
    titles: (Array.isArray(p?.titles) ? p.titles : []).map((t) => (typeof t === 'string' ? t : t?.text ?? t?.title ?? '')).filter((t) => t !== ''),
    roles: (Array.isArray(p?.roles) ? p.roles : []).map((r) => (typeof r === 'string' ? r : r?.role ?? '')).filter(Boolean).map((r) => r.toLowerCase()),
  }));
  // merge persons with the same normalised name ("set of names per file")
  const byName = new Map();
  for (const p of persons) {
    const k = normName(p.name) || `#${byName.size}`;
    const q = byName.get(k);
    if (q) { q.mentions.push(...p.mentions); q.titles.push(...p.titles); q.roles.push(...p.roles); }
    else byName.set(k, { ...p, mentions: [...p.mentions], titles: [...p.titles], roles: [...p.roles] });
  }
  const themes = (Array.isArray(f?.themes) ? f.themes : []).map(span).filter(Boolean);
  const diagnostics = (Array.isArray(f?.diagnostics) ? f.diagnostics : []).map((d) => {
    const sp = span(d) || [0, 0];
    return { start: sp[0], end: sp[1], severity: severityName(d?.severity), code: String(d?.code ?? ''), message: String(d?.message ?? '') };
  });
  return { persons: [...byName.values()], themes, diagnostics };
}

// maximum bipartite matching (Kuhn); adj[i] = gold indices predicted i may match
function maxMatching(adj, nGold) {
  const matchG = new Array(nGold).fill(-1);
  const tryK = (i, seen) => {
    for (const j of adj[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (matchG[j] < 0 || tryK(matchG[j], seen)) { matchG[j] = i; return true; }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < adj.length; i++) if (tryK(i, new Array(nGold).fill(false))) n++;
  return n;
}

// ---------------------------------------------------------------- scoring one clean file
function scoreGoldFile(gold, text, pred) {
  const G = gold.persons || [];
  const P = pred.persons;
  const key = (s) => `${s[0]}:${s[1]}`;
  // mentions
  const goldM = new Set(G.flatMap((g) => g.mentions.map(key)));
  const predM = new Set(P.flatMap((p) => p.mentions.map(key)));
  let tp = 0;
  for (const k of predM) if (goldM.has(k)) tp++;
  const mention = { tp, fp: predM.size - tp, fn: goldM.size - tp };
  // distinct names
  const goldKeys = G.map((g) => new Set(g.mentions.map(key)));
  const adj = P.map((p) => {
    const n = normName(p.name);
    const pk = p.mentions.map(key);
    const out = [];
    G.forEach((g, j) => { if (normName(g.name) === n || pk.some((k) => goldKeys[j].has(k))) out.push(j); });
    return out;
  });
  const matched = maxMatching(adj, G.length);
  const name = { tp: matched, fp: P.length - matched, fn: G.length - matched };
  // mapping predicted -> gold by mention overlap
  const mapTo = P.map((p) => {
    let best = -1, bestOv = 0;
    G.forEach((g, j) => {
      let ov = 0;
      for (const [a, b] of p.mentions) for (const [c, d] of g.mentions) ov += Math.max(0, Math.min(b, d) - Math.max(a, c));
      if (ov > bestOv) { bestOv = ov; best = j; }
    });
    if (best < 0) best = G.findIndex((g) => normName(g.name) === normName(p.name));
    return best;
  });
  const pairScore = (goldPairs, predPairsOf) => {
    const gs = new Set();
    G.forEach((g, j) => { for (const x of goldPairs(g)) gs.add(`${j}\u0000${x}`); });
    const ps = new Set();
    let unmappedFp = 0;
    P.forEach((p, i) => {
      const xs = new Set(predPairsOf(p));
      if (mapTo[i] < 0) unmappedFp += xs.size;
      else for (const x of xs) ps.add(`${mapTo[i]}\u0000${x}`);
    });
    let t = 0;
    for (const k of ps) if (gs.has(k)) t++;
    return { tp: t, fp: ps.size - t + unmappedFp, fn: gs.size - t };
  };
  const title = pairScore((g) => g.titles.map(normTitle), (p) => p.titles.map(normTitle));
  const role = pairScore((g) => g.roles.map((r) => r.toLowerCase()), (p) => p.roles);
  // themes
  const occ = (gold.themes || []).map((th) => [...text.matchAll(new RegExp(esc(th), 'giu'))].map((m) => [m.index, m.index + m[0].length]));
  const predT = [...new Map(pred.themes.map((s) => [key(s), s])).values()];
  let found = 0;
  occ.forEach((os) => { if (os.some(([a, b]) => predT.some(([c, d]) => overlaps(c, d, a, b)))) found++; });
  const allOcc = occ.flat();
  let right = 0;
  for (const [c, d] of predT) if (allOcc.some(([a, b]) => overlaps(c, d, a, b))) right++;
  const theme = { found, gold: occ.length, right, pred: predT.length };
  const ew = pred.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  return { mention, name, title, role, theme, unexplained: ew.length, unexplainedDiags: ew };
}

// ---------------------------------------------------------------- scoring one perturbed file
function scorePerturbedFile(exp, pred) {
  const incs = (exp.inconsistencies || []).map((inc) => {
    const want = KIND_CODE[inc.kind];
    const spans = (inc.offsets || []).slice(0, 2);
    const hit = pred.diagnostics.find((d) => ['error', 'warning', 'information'].includes(d.severity) &&
      codeTail(d.code) === want && spans.some(([a, b]) => overlaps(d.start, d.end, a, b)));
    return { kind: inc.kind, person: inc.person, code: want, found: !!hit, by: hit ? { start: hit.start, end: hit.end, code: hit.code, severity: hit.severity } : null };
  });
  const explained = [...(exp.inconsistencies || []), ...(exp.preexisting_not_injected || [])]
    .flatMap((inc) => (Array.isArray(inc?.offsets) ? inc.offsets : [])).map(span).filter(Boolean);
  const ew = pred.diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') &&
    !explained.some(([a, b]) => overlaps(d.start, d.end, a, b)));
  return { incs, found: incs.filter((x) => x.found).length, total: incs.length, unexplained: ew.length, unexplainedDiags: ew };
}

// ---------------------------------------------------------------- folders
function defaultTexts(dir) {
  const cands = [];
  if (dir.endsWith(path.join('test', 'gold', 'seeds'))) cands.push(path.join(ROOT, 'seeds'));
  if (dir.endsWith(path.join('corpus', 'gold'))) cands.push(path.join(path.dirname(dir), 'reports'));
  cands.push(path.join(path.dirname(dir), 'reports'), path.join(path.dirname(path.dirname(dir)), 'seeds'), dir);
  return cands;
}

function loadFolder({ dir, given, texts }) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) die(`not a folder: ${given}`);
  const names = fs.readdirSync(dir).sort();
  const exps = names.filter((f) => f.endsWith('.expected.json'));
  if (exps.length) {
    const items = exps.map((x) => {
      const exp = readJson(path.join(dir, x));
      const file = exp.file || x.replace(/\.expected\.json$/, '.txt');
      const abs = path.join(dir, file);
      if (!fs.existsSync(abs)) die(`${given}: text ${file} not found`);
      return { id: file, abs, exp, text: readText(abs) };
    });
    return { type: 'perturbed', dir, given, items };
  }
  const golds = names.filter((f) => f.endsWith('.json'));
  if (!golds.length) die(`${given}: no *.json gold files and no *.expected.json files`);
  const gs = golds.map((g) => ({ g, gold: readJson(path.join(dir, g)) }));
  for (const { g, gold } of gs) if (!gold || typeof gold.file !== 'string' || !Array.isArray(gold.persons)) die(`${given}/${g}: not in the gold format`);
  let tdir = texts;
  if (!tdir) tdir = defaultTexts(dir).find((c) => gs.every(({ gold }) => fs.existsSync(path.join(c, gold.file))));
  if (!tdir) die(`${given}: cannot find the texts (give --texts DIR before the folder)`);
  const items = gs.map(({ gold }) => {
    const abs = path.join(tdir, gold.file);
    if (!fs.existsSync(abs)) die(`${given}: text ${abs} not found`);
    return { id: gold.file, abs, gold, text: readText(abs) };
  });
  return { type: 'gold', dir, given, texts: tdir, items };
}

function runCli(cli, folder) {
  const files = folder.items.map((it) => relForCli(it.abs));
  const res = spawnSync(process.execPath, [cli, 'analyze', '--json', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.error) die(`cannot run ${cli}: ${res.error.message}`);
  let out;
  try { out = JSON.parse(res.stdout); } catch (e) {
    die(`${relForCli(cli)} analyze --json (exit ${res.status}) did not print JSON for ${folder.given}: ${e.message}\n${(res.stderr || '').slice(0, 2000)}`);
  }
  if (!out || !Array.isArray(out.files)) die(`${relForCli(cli)}: output has no "files" array`);
  const byPath = new Map();
  for (const f of out.files) if (f && typeof f.file === 'string') byPath.set(path.resolve(f.file), f);
  const byBase = new Map();
  for (const f of out.files) if (f && typeof f.file === 'string' && !byBase.has(path.basename(f.file))) byBase.set(path.basename(f.file), f);
  const warnings = [];
  const preds = folder.items.map((it) => {
    const f = byPath.get(path.resolve(it.abs)) || byBase.get(path.basename(it.abs));
    if (!f) warnings.push(`no output for ${relForCli(it.abs)} (scored as empty)`);
    return normPrediction(f || {});
  });
  if (res.status !== 0) warnings.push(`CLI exited with status ${res.status}`);
  return { preds, warnings };
}

/** The diagnostics the language server publishes for each text of the folder, as offsets. */
async function lspDiagnostics(cli, folder) {
  const [{ startServer }, { TextDocument }] = await Promise.all([
    import('../test/protocol/helpers/lspClient.mjs'),
    import('vscode-languageserver-textdocument'),
  ]);
  const client = await startServer({ serverJs: cli });
  try {
    // all open at once (the server publishes each after its own short delay), read in order
    const uris = folder.items.map((it) => pathToFileURL(it.abs).href);
    folder.items.forEach((it, i) => client.open(uris[i], it.text));
    const published = await Promise.all(uris.map((uri) => client.waitForDiagnostics(uri, () => true, { version: 1, timeoutMs: 60000 })));
    return published.map(({ diagnostics }, i) => {
      const doc = TextDocument.create(uris[i], 'meeting-report', 1, folder.items[i].text);
      return diagnostics.map((d) => ({ start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end), severity: severityName(d.severity),
        code: String(d.code ?? ''), message: String(d.message ?? '') }));
    });
  } finally {
    await client.close();
  }
}

// ---------------------------------------------------------------- main
function metricsOf(c) {
  const out = {};
  if (c.mention) {
    for (const k of ['mention', 'name', 'title', 'role']) {
      const m = prf(c[k]);
      out[`${k}P`] = m.p; out[`${k}R`] = m.r; out[`${k}F1`] = m.f1;
    }
    out.themeR = c.theme.gold ? c.theme.found / c.theme.gold : 1;
    out.themeP = c.theme.pred ? c.theme.right / c.theme.pred : (c.theme.gold ? 0 : 1);
    out.themeF1 = out.themeP + out.themeR ? (2 * out.themeP * out.themeR) / (out.themeP + out.themeR) : 0;
  }
  if (c.incTotal !== undefined) out.inconsistencyR = c.incTotal ? c.incFound / c.incTotal : 1;
  if (c.cleanReports) out.cleanUnexplainedPerReport = c.cleanUnexplained / c.cleanReports;
  if (c.pertReports) out.perturbedUnexplainedPerReport = c.pertUnexplained / c.pertReports;
  if (c.cleanReports || c.pertReports) out.unexplainedPerReport = ((c.cleanUnexplained || 0) + (c.pertUnexplained || 0)) / ((c.cleanReports || 0) + (c.pertReports || 0));
  return out;
}

function emptyCounts() {
  return { mention: { tp: 0, fp: 0, fn: 0 }, name: { tp: 0, fp: 0, fn: 0 }, title: { tp: 0, fp: 0, fn: 0 }, role: { tp: 0, fp: 0, fn: 0 },
    theme: { found: 0, gold: 0, right: 0, pred: 0 } };
}
function addGold(c, s) {
  for (const k of ['mention', 'name', 'title', 'role', 'theme']) add(c[k], s[k]);
  c.cleanUnexplained = (c.cleanUnexplained || 0) + s.unexplained;
  c.cleanReports = (c.cleanReports || 0) + 1;
}
function addPert(c, s) {
  c.incFound = (c.incFound || 0) + s.found;
  c.incTotal = (c.incTotal || 0) + s.total;
  c.pertUnexplained = (c.pertUnexplained || 0) + s.unexplained;
  c.pertReports = (c.pertReports || 0) + 1;
}

const opts = parseArgs(process.argv.slice(2));
if (!fs.existsSync(opts.cli)) die(`CLI not found: ${relForCli(opts.cli)} (build it, or pass --cli)`);
const folders = opts.dirs.map(loadFolder);
const overall = { gold: null, pert: null };
const report = { cli: relForCli(opts.cli), diagnosticsFrom: opts.lsp ? 'lsp' : 'cli', folders: [], totals: null, thresholds: [] };

for (const folder of folders) {
  const { preds, warnings } = runCli(opts.cli, folder);
  if (opts.lsp) {
    const published = await lspDiagnostics(opts.cli, folder).catch((e) => die(`language server: ${e.message}`));
    published.forEach((diagnostics, i) => { preds[i].diagnostics = diagnostics; });
  }
  const fo = { dir: folder.given, type: folder.type, texts: folder.texts ? relForCli(folder.texts) : undefined, warnings, files: [] };
  const counts = folder.type === 'gold' ? emptyCounts() : {};
  folder.items.forEach((it, i) => {
    if (folder.type === 'gold') {
      const s = scoreGoldFile(it.gold, it.text, preds[i]);
      addGold(counts, s);
      fo.files.push({ file: it.id, counts: { mention: s.mention, name: s.name, title: s.title, role: s.role, theme: s.theme, unexplained: s.unexplained },
        metrics: metricsOf({ ...s, cleanReports: 1, cleanUnexplained: s.unexplained }), unexplainedDiagnostics: s.unexplainedDiags });
    } else {
      const s = scorePerturbedFile(it.exp, preds[i]);
      addPert(counts, s);
      fo.files.push({ file: it.id, inconsistencies: s.incs, counts: { found: s.found, total: s.total, unexplained: s.unexplained },
        metrics: metricsOf({ incFound: s.found, incTotal: s.total, pertReports: 1, pertUnexplained: s.unexplained }), unexplainedDiagnostics: s.unexplainedDiags });
    }
  });
  fo.counts = counts;
  fo.metrics = metricsOf(counts);
  report.folders.push(fo);
  if (folder.type === 'gold') { overall.gold ??= emptyCounts(); for (const k of ['mention', 'name', 'title', 'role', 'theme']) add(overall.gold[k], counts[k]);
    overall.gold.cleanUnexplained = (overall.gold.cleanUnexplained || 0) + counts.cleanUnexplained; overall.gold.cleanReports = (overall.gold.cleanReports || 0) + counts.cleanReports; }
  else { overall.pert ??= {}; add(overall.pert, counts); }
}
const totalCounts = { ...(overall.gold || {}), ...(overall.pert || {}) };
report.totals = { counts: totalCounts, metrics: metricsOf(totalCounts) };

let failedThreshold = false;
for (const [kind, list] of [['min', opts.min], ['max', opts.max]]) {
  for (const { metric, value } of list) {
    const v = report.totals.metrics[metric];
    if (v === undefined) die(`metric ${metric} was not computed for these folders`);
    const ok = kind === 'min' ? v >= value - 1e-12 : v <= value + 1e-12;
    if (!ok) failedThreshold = true;
    report.thresholds.push({ metric, kind, value, actual: v, ok });
  }
}

// ---------------------------------------------------------------- output
const f3 = (x) => (x === undefined || Number.isNaN(x) ? '   - ' : x.toFixed(3));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
if (opts.json) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const L = [];
  L.push(`report-lens eval   cli: ${report.cli}   diagnostics from: ${report.diagnosticsFrom === 'lsp' ? 'the language server (LSP over stdio)' : 'the CLI'}`);
  for (const fo of report.folders) {
    L.push('');
    L.push(`== ${fo.dir}  (${fo.type}${fo.texts ? `, texts: ${fo.texts}` : ''}, ${fo.files.length} files)`);
    for (const w of fo.warnings) L.push(`   warning: ${w}`);
    const w = Math.max(24, ...fo.files.map((f) => f.file.length)) + 1;
    if (fo.type === 'gold') {
      L.push(`   ${pad('file', w)} ${['mentF1', 'nameF1', 'titleF1', 'roleF1', 'themeR', 'themeP'].map((h) => lpad(h, 7)).join(' ')}  E/W`);
      for (const f of fo.files) {
        const m = f.metrics;
        L.push(`   ${pad(f.file, w)} ${[m.mentionF1, m.nameF1, m.titleF1, m.roleF1, m.themeR, m.themeP].map((x) => lpad(f3(x), 7)).join(' ')}  ${lpad(f.counts.unexplained, 3)}`);
      }
    } else {
      L.push(`   ${pad('file', w)} found/injected  unexplained E/W  kinds`);
      for (const f of fo.files) {
        const kinds = f.inconsistencies.map((x) => `${x.found ? '+' : '-'}${x.code}`).join(' ');
        L.push(`   ${pad(f.file, w)} ${lpad(`${f.counts.found}/${f.counts.total}`, 14)}  ${lpad(f.counts.unexplained, 15)}  ${kinds}`);
      }
    }
    L.push(...summaryLines(fo.counts, fo.metrics, '   '));
  }
  L.push('');
  L.push(`== TOTAL (micro-averaged over ${report.folders.length} folder${report.folders.length === 1 ? '' : 's'})`);
  L.push(...summaryLines(report.totals.counts, report.totals.metrics, '   '));
  for (const t of report.thresholds) L.push(`   threshold ${t.metric} ${t.kind === 'min' ? '>=' : '<='} ${t.value}: ${f3(t.actual)} ${t.ok ? 'ok' : 'FAILED'}`);
  process.stdout.write(L.join('\n') + '\n');
}
// exit once the report is written out (a pipe may still hold it; the language server client would keep the process alive)
process.stdout.write('', () => process.exit(failedThreshold ? 1 : 0));

function summaryLines(c, m, ind) {
  const L = [];
  if (c.mention) {
    L.push(`${ind}${pad('', 16)} ${['P', 'R', 'F1'].map((h) => lpad(h, 6)).join(' ')}   tp/fp/fn`);
    for (const [k, label] of [['mention', 'person mentions'], ['name', 'distinct names'], ['title', '(person, title)'], ['role', '(person, role)']]) {
      L.push(`${ind}${pad(label, 16)} ${[m[`${k}P`], m[`${k}R`], m[`${k}F1`]].map((x) => lpad(f3(x), 6)).join(' ')}   ${c[k].tp}/${c[k].fp}/${c[k].fn}`);
    }
    L.push(`${ind}${pad('themes', 16)} ${[m.themeP, m.themeR, m.themeF1].map((x) => lpad(f3(x), 6)).join(' ')}   recall ${c.theme.found}/${c.theme.gold}, precision ${c.theme.right}/${c.theme.pred}`);
    L.push(`${ind}unexplained error/warning diagnostics per clean report: ${f3(m.cleanUnexplainedPerReport)} (${c.cleanUnexplained} in ${c.cleanReports})`);
  }
  if (c.incTotal !== undefined) {
    L.push(`${ind}injected-inconsistency recall: ${f3(m.inconsistencyR)} (${c.incFound}/${c.incTotal})`);
    L.push(`${ind}unexplained error/warning diagnostics per perturbed report: ${f3(m.perturbedUnexplainedPerReport)} (${c.pertUnexplained} in ${c.pertReports})`);
  }
  return L;
}
