// Checks every offset and verbatim string of an annotated set of reports against its texts.
//   node test/goldkit/verify-set.mjs SET_DIR [--max-bytes 4096] [--persons 6-14] [--independent-of DIR,DIR]
// SET_DIR holds reports/*.txt (the texts), gold/*.json (gold, format of test/gold/seeds) and perturbed/*.txt
// + *.expected.json (perturbed copies; "source_report" is relative to SET_DIR, e.g. "reports/001_x.txt").
// Adapted from test/gold/verify.mjs. Differences from the seed checker: a leading UTF-8 BOM is removed before
// any offset is counted; characters outside the BMP are allowed (offsets are UTF-16 code units, JavaScript
// string indices), but no span may cut a surrogate pair; surname-only mentions must follow a title word and
// every other occurrence of the same "Title Surname" must be annotated too; reports are 1.5 KB to --max-bytes.
// --persons: the number of persons per report; --independent-of: gold folders (relative to SET_DIR) whose
// persons may not recur in this set (national leaders and historical persons excepted); the injected text
// of a perturbation must differ from the span it conflicts with.
// Prints one line per failed check and, as the last line, "N passed, M failed"; exit 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'max-bytes': { type: 'string', default: '5000' }, persons: { type: 'string' }, 'independent-of': { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node test/goldkit/verify-set.mjs SET_DIR [--max-bytes N] [--persons MIN-MAX] [--independent-of DIR,DIR]');
  process.exit(2);
}
const HERE = path.resolve(positionals[0]);
const MAX_BYTES = Number(opts['max-bytes']);
const [MIN_PERSONS, MAX_PERSONS] = opts.persons ? opts.persons.split('-').map(Number) : [1, Infinity];
const SEEDS = path.join(HERE, 'reports');
const GOLD = path.join(HERE, 'gold');
const PERT = path.join(HERE, 'perturbed');

const ROLES = new Set(['presided', 'attended', 'spoke', 'reported', 'byline']);
const KINDS = ['rank_conflict', 'same_person_title_conflict', 'duplicate_unique_post',
  'title_capitalization_inconsistency', 'name_spelling_variant', 'title_wording_variant'];

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log('FAIL ' + what); }
  return ok;
}
const read = (p) => fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, ''); // the BOM is not counted
const isSpan = (sp, len) => Array.isArray(sp) && sp.length === 2 && Number.isInteger(sp[0]) &&
  Number.isInteger(sp[1]) && sp[0] >= 0 && sp[0] < sp[1] && sp[1] <= len;
const wordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasLoneSurrogate = (t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
const cutsPair = (t, i) => i > 0 && i < t.length && /[\uD800-\uDBFF]/.test(t[i - 1]) && /[\uDC00-\uDFFF]/.test(t[i]);

// persons of the other test sets, for the independence check
const SHARED_OK = new Set(['Xi Jinping', 'Li Qiang', 'Lei Feng']);
const otherNames = new Map();
for (const dir of opts['independent-of'] ? opts['independent-of'].split(',') : []) {
  const d = path.join(HERE, dir);
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.json'))) {
    try { for (const p of JSON.parse(read(path.join(d, f))).persons) otherNames.set(p.name, `${dir}/${f}`); } catch { /* not a gold file */ }
  }
}

// ---------- gold for the report texts ----------
const goldFiles = fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();
check(goldFiles.length > 0, 'no gold files in gold/');
const goldByFile = {};
for (const g of goldFiles) {
  const tag = `gold/${g}`;
  let gold;
  try { gold = JSON.parse(read(path.join(GOLD, g))); } catch (e) { check(false, `${tag}: invalid JSON (${e.message})`); continue; }
  goldByFile[gold.file] = gold;
  check(gold.file === g.replace(/\.json$/, '.txt'), `${tag}: "file" is ${gold.file}`);
  const seedPath = path.join(SEEDS, gold.file);
  if (!check(fs.existsSync(seedPath), `${tag}: report text ${gold.file} not found`)) continue;
  const text = read(seedPath);
  const bytes = fs.statSync(seedPath).size;
  check(bytes >= 1500 && bytes <= MAX_BYTES, `${tag}: report is ${bytes} bytes (must be 1500-${MAX_BYTES})`);
  check(!hasLoneSurrogate(text), `${tag}: text has a lone surrogate`);
  check(Array.isArray(gold.persons) && Array.isArray(gold.themes) && typeof gold.notes === 'string', `${tag}: schema (persons[], themes[], notes)`);
  const names = new Set();
  const all = []; // every mention of every person, for the overlap check
  for (const p of gold.persons) {
    const who = `${tag}: ${p.name}`;
    check(typeof p.name === 'string' && p.name.length > 0 && !names.has(p.name), `${who}: name missing or duplicated`);
    names.add(p.name);
    check(Array.isArray(p.titles) && Array.isArray(p.mentions) && Array.isArray(p.roles), `${who}: schema (titles[], mentions[], roles[])`);
    const forms = p.surface_forms || [p.name];
    check(forms.includes(p.name), `${who}: surface_forms must include the name`);
    const surnames = new Set(forms.filter((f) => /\s/.test(f)).map((f) => f.split(/\s+/)[0]));
    check(p.mentions.length > 0, `${who}: no mentions`);
    const seen = new Set();
    for (const sp of p.mentions) {
      if (!check(isSpan(sp, text.length), `${who}: mention ${JSON.stringify(sp)} out of range`)) continue;
      const [s, e] = sp;
      const sl = text.slice(s, e);
      check(forms.includes(sl) || surnames.has(sl), `${who}: mention [${s},${e}] is ${JSON.stringify(sl)}, not a surface form or surname`);
      check(!cutsPair(text, s) && !cutsPair(text, e), `${who}: mention [${s},${e}] cuts a surrogate pair`);
      if (!forms.includes(sl) && surnames.has(sl)) {
        // surname-only mention: must be bound by a title word right before it ("Secretary Xu")
        const m = /([A-Z][A-Za-z-]*)[ \u00A0]$/.exec(text.slice(Math.max(0, s - 40), s));
        if (check(!!m, `${who}: surname-only mention [${s},${e}] is not preceded by a title word`)) {
          const ctx = m[1] + ' ' + sl;
          const re = new RegExp(`(?<![\\p{L}\\p{N}\\-])${esc(m[1])}[ \\u00A0]${esc(sl)}(?![\\p{L}\\p{N}\\-])`, 'gu');
          for (const o of text.matchAll(re)) {
            const at = o.index + o[0].length - sl.length;
            check(p.mentions.some(([a, b]) => a === at && b === at + sl.length), `${who}: occurrence of ${JSON.stringify(ctx)} at ${o.index} not annotated`);
          }
        }
      }
      check(!wordChar(text[s - 1]) && !wordChar(text[e]), `${who}: mention [${s},${e}] ${JSON.stringify(sl)} is not on word boundaries`);
      check(!seen.has(`${s}:${e}`), `${who}: mention [${s},${e}] listed twice`);
      seen.add(`${s}:${e}`);
      all.push([s, e, p.name]);
    }
    for (let i = 1; i < p.mentions.length; i++) {
      check(p.mentions[i - 1][0] < p.mentions[i][0], `${who}: mentions not sorted at index ${i}`);
    }
    // completeness: every whole-word occurrence of every surface form is annotated
    for (const f of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}\\-])${esc(f)}(?![\\p{L}\\p{N}\\-])`, 'gu');
      let n = 0;
      for (const m of text.matchAll(re)) {
        n++;
        check(seen.has(`${m.index}:${m.index + f.length}`), `${who}: occurrence of ${JSON.stringify(f)} at ${m.index} not annotated`);
      }
      check(n > 0, `${who}: surface form ${JSON.stringify(f)} does not occur`);
    }
    for (const t of p.titles) check(typeof t === 'string' && t.length > 0 && text.includes(t), `${who}: title ${JSON.stringify(t)} not verbatim in text`);
    check(new Set(p.titles).size === p.titles.length, `${who}: duplicated title`);
    for (const r of p.roles) check(ROLES.has(r), `${who}: unknown role ${JSON.stringify(r)}`);
    if ('note' in p) check(typeof p.note === 'string' && p.note.length > 0, `${who}: empty note`);
  }
  check(gold.persons.length >= MIN_PERSONS && gold.persons.length <= MAX_PERSONS, `${tag}: ${gold.persons.length} persons (must be ${MIN_PERSONS}-${MAX_PERSONS})`);
  for (const p of gold.persons) {
    if (SHARED_OK.has(p.name)) continue;
    check(!otherNames.has(p.name), `${tag}: ${p.name} is also a person of another test set (${otherNames.get(p.name)})`);
  }
  all.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < all.length; i++) {
    check(all[i - 1][1] <= all[i][0], `${tag}: mentions overlap: ${all[i - 1][2]} [${all[i - 1][0]},${all[i - 1][1]}] and ${all[i][2]} [${all[i][0]},${all[i][1]}]`);
  }
  for (const th of gold.themes) check(typeof th === 'string' && th.length > 0 && text.includes(th), `${tag}: theme ${JSON.stringify(th)} not verbatim in text`);
  check(new Set(gold.themes).size === gold.themes.length, `${tag}: duplicated theme`);
}

// ---------- perturbed copies ----------
const kindsSeen = new Set();
const expFiles = fs.existsSync(PERT) ? fs.readdirSync(PERT).filter((f) => f.endsWith('.expected.json')).sort() : [];
check(expFiles.length > 0, 'no perturbed files in perturbed/');
for (const x of expFiles) {
  const tag = `perturbed/${x}`;
  let exp;
  try { exp = JSON.parse(read(path.join(PERT, x))); } catch (e) { check(false, `${tag}: invalid JSON (${e.message})`); continue; }
  check(exp.file === x.replace(/\.expected\.json$/, '.txt'), `${tag}: "file" is ${exp.file}`);
  const pPath = path.join(PERT, exp.file);
  const sPath = path.join(HERE, exp.source_report || '');
  check(exp.source_report === `reports/${exp.file}`, `${tag}: source_report must be reports/${exp.file}`);
  if (!check(fs.existsSync(pPath), `${tag}: perturbed text ${exp.file} not found`)) continue;
  if (!check(typeof exp.source_report === 'string' && fs.existsSync(sPath) && fs.statSync(sPath).isFile(), `${tag}: source_report ${exp.source_report} not found`)) continue;
  const ptext = read(pPath);
  check(!hasLoneSurrogate(ptext), `${tag}: perturbed text has a lone surrogate`);
  check(Array.isArray(exp.edits) && exp.edits.length >= 1 && exp.edits.length <= 2, `${tag}: expected 1-2 edits`);
  check(Array.isArray(exp.inconsistencies) && exp.inconsistencies.length >= 1, `${tag}: no inconsistencies`);
  check(Array.isArray(exp.preexisting_not_injected), `${tag}: preexisting_not_injected must be a list`);
  // re-apply the edits to the seed: must give the perturbed text exactly
  let t = read(sPath);
  let editsOk = true;
  for (const ed of exp.edits) {
    const n = t.split(ed.old).length - 1;
    editsOk = check(n === 1, `${tag}: edit "old" ${JSON.stringify(ed.old)} occurs ${n} times in the seed (must be 1)`) && editsOk;
    if (n === 1) t = t.replace(ed.old, () => ed.new);
  }
  if (editsOk) check(t === ptext, `${tag}: applying the edits to the seed does not reproduce the perturbed text`);
  // regions of the perturbed text that were written by an edit
  const regions = [];
  for (const ed of exp.edits) {
    const i = ptext.indexOf(ed.new);
    if (check(i >= 0 && ptext.indexOf(ed.new, i + 1) < 0, `${tag}: edit "new" ${JSON.stringify(ed.new)} not found exactly once in the perturbed text`)) regions.push([i, i + ed.new.length]);
  }
  const gold = goldByFile[exp.file];
  check(!!gold, `${tag}: no gold file for the seed ${exp.file}`);
  for (const inc of exp.inconsistencies) {
    const who = `${tag}: ${inc.kind} / ${inc.person}`;
    check(KINDS.includes(inc.kind), `${who}: unknown kind`);
    kindsSeen.add(inc.kind);
    if (gold) check(gold.persons.some((p) => p.name === inc.person), `${who}: person not in the report gold`);
    check(typeof inc.description === 'string' && inc.description.length > 0, `${who}: empty description`);
    if (!check(Array.isArray(inc.offsets) && inc.offsets.length === 2, `${who}: offsets must hold 2 spans`)) continue;
    const [a, b] = inc.offsets;
    const aOk = check(isSpan(a, ptext.length), `${who}: offsets[0] ${JSON.stringify(a)} out of range`);
    const bOk = check(isSpan(b, ptext.length), `${who}: offsets[1] ${JSON.stringify(b)} out of range`);
    if (aOk) {
      // a post given to a second person is worded as the first one's: the same text is the point there
      if (bOk && inc.kind !== 'duplicate_unique_post') check(ptext.slice(a[0], a[1]) !== ptext.slice(b[0], b[1]), `${who}: injected text equals the original span`);
      check(ptext.slice(a[0], a[1]) === inc.injected_text, `${who}: offsets[0] text ${JSON.stringify(ptext.slice(a[0], a[1]))} != injected_text ${JSON.stringify(inc.injected_text)}`);
      check(regions.some(([s, e]) => s <= a[0] && a[1] <= e), `${who}: offsets[0] is not inside an edited region`);
      check(!wordChar(ptext[a[0] - 1]) && !wordChar(ptext[a[1]]), `${who}: offsets[0] not on word boundaries`);
    }
    if (bOk) {
      check(!regions.some(([s, e]) => b[0] < e && s < b[1]), `${who}: offsets[1] overlaps an edited region (must be original text)`);
      check(!wordChar(ptext[b[0] - 1]) && !wordChar(ptext[b[1]]), `${who}: offsets[1] not on word boundaries`);
      // the original span must be what the seed gold says: a surface form of the person (name variants),
      // one of the person's titles, or (duplicate post) a title of another person
      const orig = ptext.slice(b[0], b[1]);
      const me = gold && gold.persons.find((p) => p.name === inc.person);
      if (gold && me) {
        let ok;
        if (inc.kind === 'name_spelling_variant') ok = (me.surface_forms || [me.name]).includes(orig);
        else if (inc.kind === 'duplicate_unique_post') ok = gold.persons.some((p) => p.name !== inc.person && p.titles.includes(orig));
        else ok = me.titles.includes(orig);
        check(ok, `${who}: offsets[1] text ${JSON.stringify(orig)} does not match the seed gold for this kind`);
      }
    }
  }
}
for (const k of KINDS) check(kindsSeen.has(k), `perturbed set: kind ${k} not covered`);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
