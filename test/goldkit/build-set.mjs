// Builds gold/*.json and perturbed/* of an annotated set from its annotations.mjs and reports/*.txt.
// Fails when a surname-only span starts where
// another mention already starts (e.g. "Mr Chen" inside "Mr Chen Guodong"), when a name has no mention,
// when a title or theme is listed twice, or when a role is unknown.
//   node test/goldkit/build-set.mjs SET_DIR
// Offsets are JavaScript string indices (UTF-16 code units) into the report text with a leading
// UTF-8 BOM removed. Every mention is found by the script: all whole-word occurrences of every
// surface form, plus the surname inside every whole-word occurrence of a `surnameIn` context.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

if (process.argv.length !== 3) {
  console.error('usage: node test/goldkit/build-set.mjs SET_DIR');
  process.exit(2);
}
const HERE = path.resolve(process.argv[2]);
const { reports, perturbed } = await import(pathToFileURL(path.join(HERE, 'annotations.mjs')).href);
const REPORTS = path.join(HERE, 'reports');
const GOLD = path.join(HERE, 'gold');
const PERT = path.join(HERE, 'perturbed');

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s) => new RegExp(`(?<![\\p{L}\\p{N}\\-])${esc(s)}(?![\\p{L}\\p{N}\\-])`, 'gu');
const readText = (p) => {
  const raw = fs.readFileSync(p, 'utf8');
  return { bom: raw.startsWith('\uFEFF'), text: raw.replace(/^\uFEFF/, '') };
};
const ROLES = new Set(['presided', 'attended', 'spoke', 'reported', 'byline']);
let errors = 0;
const fail = (msg) => { errors++; console.error('ERROR ' + msg); };

fs.mkdirSync(GOLD, { recursive: true });
fs.mkdirSync(PERT, { recursive: true });

const goldBySlug = {};
for (const [slug, ann] of Object.entries(reports)) {
  const file = `${slug}.txt`;
  const { text } = readText(path.join(REPORTS, file));
  const persons = [];
  for (const p of ann.persons) {
    const forms = p.forms || [p.name];
    const spans = new Map();
    for (const f of forms) {
      let n = 0;
      for (const m of text.matchAll(wordRe(f))) { n++; spans.set(m.index, [m.index, m.index + f.length]); }
      if (!n) fail(`${slug}: ${p.name}: form ${JSON.stringify(f)} not found`);
    }
    const surname = p.surname || p.name.split(/\s+/)[0];
    for (const ctx of p.surnameIn || []) {
      const k = ctx.lastIndexOf(surname);
      if (k < 0) { fail(`${slug}: ${p.name}: context ${JSON.stringify(ctx)} lacks the surname ${surname}`); continue; }
      let n = 0;
      for (const m of text.matchAll(wordRe(ctx))) {
        n++;
        if (spans.has(m.index + k)) fail(`${slug}: ${p.name}: surname context ${JSON.stringify(ctx)} at ${m.index} collides with a full-name mention`);
        spans.set(m.index + k, [m.index + k, m.index + k + surname.length]);
      }
      if (!n) fail(`${slug}: ${p.name}: context ${JSON.stringify(ctx)} not found`);
    }
    const mentions = [...spans.values()].sort((a, b) => a[0] - b[0]);
    if (!mentions.length) fail(`${slug}: ${p.name}: no mention`);
    if (new Set(p.titles).size !== p.titles.length) fail(`${slug}: ${p.name}: duplicated title`);
    for (const r of p.roles) if (!ROLES.has(r)) fail(`${slug}: ${p.name}: unknown role ${r}`);
    for (const t of p.titles) if (!text.includes(t)) fail(`${slug}: ${p.name}: title ${JSON.stringify(t)} not verbatim`);
    const out = { name: p.name, titles: p.titles, mentions, roles: p.roles };
    if (p.forms && p.forms.length > 1) out.surface_forms = p.forms;
    if (p.note) out.note = p.note;
    persons.push(out);
  }
  if (new Set(ann.themes).size !== ann.themes.length) fail(`${slug}: duplicated theme`);
  for (const th of ann.themes) if (!text.includes(th)) fail(`${slug}: theme ${JSON.stringify(th)} not verbatim`);
  const gold = { file, persons, themes: ann.themes, notes: ann.notes };
  goldBySlug[slug] = gold;
  fs.writeFileSync(path.join(GOLD, `${slug}.json`), JSON.stringify(gold, null, 1) + '\n');
}

for (const [slug, spec] of Object.entries(perturbed)) {
  const file = `${slug}.txt`;
  const { bom, text: src } = readText(path.join(REPORTS, file));
  let t = src;
  for (const ed of spec.edits) {
    const n = t.split(ed.old).length - 1;
    if (n !== 1) fail(`perturbed ${slug}: edit old ${JSON.stringify(ed.old)} occurs ${n} times`);
    t = t.replace(ed.old, () => ed.new);
  }
  const incs = [];
  for (const inc of spec.inconsistencies) {
    const ed = spec.edits[inc.edit];
    const at = t.indexOf(ed.new);
    const k = ed.new.indexOf(inc.injected);
    if (at < 0 || t.indexOf(ed.new, at + 1) >= 0 || k < 0) fail(`perturbed ${slug}: cannot place injected ${JSON.stringify(inc.injected)}`);
    const a = [at + k, at + k + inc.injected.length];
    const c = t.indexOf(inc.orig.ctx);
    if (c < 0 || t.indexOf(inc.orig.ctx, c + 1) >= 0) fail(`perturbed ${slug}: context ${JSON.stringify(inc.orig.ctx)} not unique`);
    const j = inc.orig.ctx.indexOf(inc.orig.text);
    const b = [c + j, c + j + inc.orig.text.length];
    incs.push({ kind: inc.kind, person: inc.person, offsets: [a, b], injected_text: inc.injected,
      description: inc.description + ' offsets[0] = injected/altered span; offsets[1] = the conflicting original span.' });
  }
  fs.writeFileSync(path.join(PERT, file), (bom ? '\uFEFF' : '') + t);
  const exp = { file, source_report: `reports/${file}`, edits: spec.edits, inconsistencies: incs, preexisting_not_injected: [] };
  fs.writeFileSync(path.join(PERT, `${slug}.expected.json`), JSON.stringify(exp, null, 1) + '\n');
}

// summary
let P = 0, M = 0, T = 0, H = 0;
for (const g of Object.values(goldBySlug)) {
  P += g.persons.length; M += g.persons.reduce((s, p) => s + p.mentions.length, 0);
  T += new Set(g.persons.flatMap((p) => p.titles)).size; H += g.themes.length;
}
console.log(`${Object.keys(goldBySlug).length} reports, ${P} persons, ${M} mentions, ${T} distinct titles (per file), ${H} themes; ${Object.keys(perturbed).length} perturbed copies`);
process.exit(errors ? 1 : 0);
