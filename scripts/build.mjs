#!/usr/bin/env node
// Builds everything: the TextMate grammar (from server/data), the server bundle (standalone,
// every dependency inlined; bin of the server package and shipped inside the VSIX), the client
// bundle (vscode external) and the extension-host test suite.
//   node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/package.json'), 'utf8')).version;

execFileSync(process.execPath, [path.join(ROOT, 'scripts/generate-grammar.mjs'), '--quiet'], { stdio: 'inherit' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler
  mainFields: ['module', 'main'],
};

/** Copies the server bundle into the extension's dist/ after each build. */
const copyServerIntoExtension = {
  name: 'copy-server',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      fs.mkdirSync(path.join(ROOT, 'dist/server'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'server/dist/report-lens.js'), path.join(ROOT, 'dist/server/report-lens.js'));
      // the lexicon schema, for the jsonValidation contribution
      fs.mkdirSync(path.join(ROOT, 'dist/schemas'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'server/schemas/lexicon.schema.json'), path.join(ROOT, 'dist/schemas/lexicon.schema.json'));
      fs.chmodSync(path.join(ROOT, 'server/dist/report-lens.js'), 0o755);
    });
  },
};

fs.rmSync(path.join(ROOT, 'out/e2e'), { recursive: true, force: true });
const suiteEntries = fs.readdirSync(path.join(ROOT, 'test/e2e/suite')).filter((f) => f.endsWith('.ts')).map((f) => `test/e2e/suite/${f}`);

const builds = [
  {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'server/dist/report-lens.js',
    sourcemap: false,
    define: { REPORT_LENS_VERSION: JSON.stringify(version) },
    plugins: [copyServerIntoExtension],
  },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...common, entryPoints: suiteEntries, outdir: 'out/e2e/suite', external: ['vscode', 'mocha'], sourcemap: 'inline' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('build: watching for changes');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`build: server/dist/report-lens.js, dist/client/extension.js, out/e2e/suite (${Date.now() - t0} ms)`);
}
