// The command line as a batch checker of a workspace: the files of one run are compared with each
// other (workspace-conflict), and the lexicon is read (--lexicon, or found above the directory).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SERVER_JS } from './helpers/lspClient.mjs';

const A = 'Release time: 2022-09-28\n\nYu Ke, Vice Mayor, presided over the work meeting on flood control.\n';
const B = 'Release time: 2022-10-05\n\nYu Ke, Mayor, attended the safety meeting. Erkin Tursun, deputy mayor, reported the work.\n';
let dir;
const run = (args, cwd = dir) => spawnSync(process.execPath, [SERVER_JS, ...args], { cwd, encoding: 'utf8' });

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-'));
  fs.mkdirSync(path.join(dir, 'reports'));
  fs.writeFileSync(path.join(dir, 'reports', 'a.txt'), A);
  fs.writeFileSync(path.join(dir, 'reports', 'b.txt'), B);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('report-lens check on a workspace', () => {
  it('reports a title that contradicts another file of the run, with that file and its date', () => {
    const r = run(['check', '--no-lexicon', 'reports/a.txt', 'reports/b.txt']);
    assert.equal(r.status, 0, r.stderr); // information only
    assert.match(r.stdout, /^reports\/a\.txt:3:8: information: Yu Ke is 'Vice Mayor' here, but reports\/b\.txt \(2022-10-05\) calls them 'Mayor'.*\[workspace-conflict\]$/m);
    assert.doesNotMatch(run(['check', '--no-lexicon', 'reports/a.txt']).stdout, /workspace-conflict/);
  });

  it('reads the lexicon above the current directory: listed names, ignored diagnostics', () => {
    fs.writeFileSync(path.join(dir, '.report-lens.json'), JSON.stringify({
      officials: [{ name: 'Erkin Tursun' }],
      ignore: { diagnostics: [{ code: 'workspace-conflict', file: 'reports/a.txt' }] },
    }));
    const json = JSON.parse(run(['analyze', '--json', 'a.txt', 'b.txt'], path.join(dir, 'reports')).stdout);
    assert.ok(json.files[1].persons.some((p) => p.name === 'Erkin Tursun'));
    assert.deepEqual(json.files[0].diagnostics.filter((d) => d.code === 'workspace-conflict'), []);
    assert.equal(json.files[1].diagnostics.filter((d) => d.code === 'workspace-conflict').length, 1);
    fs.rmSync(path.join(dir, '.report-lens.json'));
  });

  it('a malformed lexicon given with --lexicon is a usage error with a one-line message', () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "officials": [ { "nam": "x" } ] }');
    const r = run(['check', '--lexicon', 'bad.json', 'reports/a.txt']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^report-lens: the lexicon is not valid: bad\.json:1: Lexicon: officials\.0/);
    const missing = run(['check', '--lexicon', 'nope.json', 'reports/a.txt']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
  });
});
