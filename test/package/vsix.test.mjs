// The VSIX holds only what runs: the two bundles, the grammar, the language configuration,
// the manifest and the documents vsce adds. Reads the zip's central directory (no dependency).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = path.join(ROOT, 'report-lens.vsix');

function zipEntries(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names.sort();
}

test('the VSIX holds exactly what runs', () => {
  assert.ok(fs.existsSync(VSIX), 'report-lens.vsix exists (npm run package)');
  const files = zipEntries(VSIX);
  const expected = [
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/LICENSE.txt',
    'extension/changelog.md',
    'extension/dist/client/extension.js',
    'extension/dist/schemas/lexicon.schema.json',
    'extension/dist/server/report-lens.js',
    'extension/language-configuration.json',
    'extension/package.json',
    'extension/readme.md',
    'extension/syntaxes/meeting-report.tmLanguage.json',
  ];
  assert.deepEqual(files, expected);
});

test('the manifest points at files inside the VSIX', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const files = new Set(zipEntries(VSIX));
  const inside = (p) => files.has('extension/' + p.replace(/^\.\//, ''));
  assert.ok(inside(manifest.main), manifest.main);
  for (const g of manifest.contributes.grammars) assert.ok(inside(g.path), g.path);
  for (const l of manifest.contributes.languages) if (l.configuration) assert.ok(inside(l.configuration), l.configuration);
  for (const j of manifest.contributes.jsonValidation ?? []) assert.ok(inside(j.url), j.url);
});
