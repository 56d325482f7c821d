#!/usr/bin/env node
// Person-mention F1 of simple baselines on gold folders, next to report-lens:
//   regex       capitalised runs of two or more words
//   wink-nlp    runs of PROPN tokens (wink-eng-lite-web-model)
//   compromise  doc.people()
//   node scripts/baselines.mjs [GOLD_DIR...]   (default: test/gold/seeds)
// Texts are found as scripts/eval.mjs finds them (seeds/ for test/gold/seeds, ../reports otherwise).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const nlpCompromise = require('compromise');

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/gold/seeds'];
const textsOf = (dir) => (path.resolve(dir) === path.join(ROOT, 'test/gold/seeds') ? path.join(ROOT, 'seeds') : path.resolve(dir, '../reports'));

const baselines = {
  regex: (text) => [...text.matchAll(/\b[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-zA-Z]+)+\b/g)].map((m) => [m.index, m.index + m[0].length]),
  'wink-nlp': (text) => {
    const spans = [];
    const tokens = nlp.readDoc(text).tokens();
    let run = null;
    let at = 0;
    tokens.each((t) => {
      const s = t.out();
      const start = text.indexOf(s, at);
      if (start >= 0) at = start + s.length;
      if (t.out(its.pos) === 'PROPN' && start >= 0) {
        if (run && /^[ \u00a0]+$/.test(text.slice(run[1], start))) run[1] = start + s.length;
        else {
          if (run) spans.push(run);
          run = [start, start + s.length];
        }
      } else if (run) {
        spans.push(run);
        run = null;
      }
    });
    if (run) spans.push(run);
    return spans;
  },
  compromise: (text) => {
    const spans = [];
    let at = 0;
    for (const p of nlpCompromise(text).people().out('array')) {
      const name = p.replace(/[^\p{L} '’-]+$/u, '').replace(/['’]s$/, '').trim();
      const start = text.indexOf(name, at);
      if (start < 0 || !name) continue;
      spans.push([start, start + name.length]);
      at = start + name.length;
    }
    return spans;
  },
};

function reportLens(files) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'server/dist/report-lens.js'), 'analyze', '--json', '--no-lexicon', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).files.map((f) => f.persons.flatMap((p) => p.mentions.map((m) => [m.start, m.end])));
}

const totals = {};
const count = (name, predicted, gold) => {
  const g = new Set(gold.map(([s, e]) => `${s}:${e}`));
  const p = new Set(predicted.map(([s, e]) => `${s}:${e}`));
  const t = (totals[name] ??= { tp: 0, fp: 0, fn: 0 });
  for (const x of p) {
    if (g.has(x)) t.tp++;
    else t.fp++;
  }
  for (const x of g) if (!p.has(x)) t.fn++;
};
for (const dir of dirs) {
  const golds = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  const files = golds.map((g) => path.join(textsOf(dir), g.file));
  const ours = reportLens(files);
  golds.forEach((g, i) => {
    const text = fs.readFileSync(files[i], 'utf8').replace(/^\ufeff/, '');
    const gold = g.persons.flatMap((p) => p.mentions);
    count('report-lens', ours[i], gold);
    for (const [name, run] of Object.entries(baselines)) count(name, run(text), gold);
  });
}
console.log(`person-mention F1 on ${dirs.join(', ')}`);
for (const [name, t] of Object.entries(totals)) {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  console.log(`  ${name.padEnd(12)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(2 * p * r / (p + r || 1)).toFixed(3)}`);
}
