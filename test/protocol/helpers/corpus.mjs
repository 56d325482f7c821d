/** The seed reports, their gold files and the perturbed copies. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './lspClient.mjs';

export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const GOLD_DIR = path.join(REPO_ROOT, 'test/gold/seeds');
export const PERTURBED_DIR = path.join(REPO_ROOT, 'test/gold/seeds-perturbed');

/** The check code each kind of injected inconsistency must be reported with. */
export const CODE_OF_KIND = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/gold/kind-codes.json'), 'utf8'));

function readText(file) {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** [{ name, file, uri, text, gold }] for seeds/*.txt, sorted by name. */
export function loadSeeds() {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const file = path.join(SEEDS_DIR, f);
      return { name, file, uri: pathToFileURL(file).href, text: readText(file), gold: JSON.parse(readFileSync(path.join(GOLD_DIR, `${name}.json`), 'utf8')) };
    });
}

/** [{ name, file, uri, text, expected }] for test/gold/seeds-perturbed/*.txt, sorted by name. */
export function loadPerturbed() {
  return readdirSync(PERTURBED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const file = path.join(PERTURBED_DIR, f);
      return { name, file, uri: pathToFileURL(file).href, text: readText(file), expected: JSON.parse(readFileSync(path.join(PERTURBED_DIR, `${name}.expected.json`), 'utf8')) };
    });
}

/** Collapses whitespace and lower-cases, for comparing titles and names. */
export function normalize(s) {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Undoes the backslash escapes of Markdown punctuation ("\\(" -> "("). */
export function unescapeMarkdown(s) {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export function overlaps([aStart, aEnd], [bStart, bEnd]) {
  return aStart < bEnd && bStart < aEnd;
}
