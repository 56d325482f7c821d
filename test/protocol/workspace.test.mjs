// The workspace features over stdio: a folder with reports on disk and a lexicon file.
// workspace-conflict across reports, "also in" hovers, the lexicon (live edits, a malformed
// version keeps the last good one, code actions that write to it), ignore rules, rename.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { RenameRequest, PrepareRenameRequest } from 'vscode-languageserver-protocol/node';
import { CLIENT_CAPABILITIES, startServer } from './helpers/lspClient.mjs';
import { applyTextEdits, rangeToOffsets } from './helpers/textEdits.mjs';
import { decodeSemanticTokens } from './helpers/tokens.mjs';

const A = 'Release time: 2022-09-28\n\nYu Ke, Vice Mayor, presided over the work meeting on flood control. Zhou Zhihong, Secretary of the Municipal Party Committee, attended and made a speech.\n';
const B = 'Release time: 2022-10-05\n\nYu Ke, Mayor, attended the safety meeting. Chen Hong, deputy mayor, reported the work.\n';
const C = 'Release time: 2022-11-01\n\nErkin Tursun, Secretary of the County Party Committee, presided over the meeting and stressed safety.\n';
const LEXICON = '{\n  // team lexicon\n  "officials": [\n    { "name": "Erkin Tursun", "chinese": "艾尔肯·吐尔逊", "titles": [{ "title": "Secretary of the County Party Committee", "from": "2022-01" }] }\n  ]\n}\n';
const CAPS = {
  ...CLIENT_CAPABILITIES,
  workspace: { ...CLIENT_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, workspaceFolders: true },
};

let dir;
let client;
const uriOf = (name) => pathToFileURL(path.join(dir, name)).href;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-ws-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  fs.writeFileSync(path.join(dir, 'b.txt'), B);
  fs.writeFileSync(path.join(dir, 'c.report'), C);
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'Shopping list: rice, tea, paper.\n');
  fs.writeFileSync(path.join(dir, '.report-lens.json'), LEXICON);
  client = await startServer({ rootUri: pathToFileURL(dir).href, capabilities: CAPS });
});

after(async () => {
  await client?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The WorkspaceEdit's edits for one document, from `changes` or `documentChanges`. */
function editsFor(edit, uri) {
  if (edit.changes?.[uri]) return edit.changes[uri];
  return (edit.documentChanges ?? []).filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
}

describe('reports of the workspace', () => {
  it('workspace-conflict: another report on disk at a close date gives Yu Ke another rank', async () => {
    client.open(uriOf('a.txt'), A);
    const published = await client.waitForDiagnostics(uriOf('a.txt'), (p) => p.diagnostics.some((d) => d.code === 'workspace-conflict'), { timeoutMs: 15000 });
    const d = published.diagnostics.find((x) => x.code === 'workspace-conflict');
    assert.equal(A.slice(...rangeToOffsets(A, d.range)), 'Vice Mayor');
    assert.equal(d.severity, 3, 'information by default');
    assert.match(d.message, /b\.txt \(2022-10-05\)/);
    const [related] = d.relatedInformation;
    assert.equal(related.location.uri, uriOf('b.txt'));
    assert.equal(B.slice(...rangeToOffsets(B, related.location.range)), 'Mayor');
    assert.ok(d.codeDescription.href.endsWith('#workspace-conflict'));
  });

  it('hover tells where else a person appears', async () => {
    const hover = await client.hover(uriOf('a.txt'), { line: 2, character: 1 });
    assert.match(hover.contents.value, /Also in:/);
    assert.match(hover.contents.value, /b\\\.txt/);
  });

  it('rename: every mention in this report and in the reports on disk', async () => {
    const prepared = await client.request(PrepareRenameRequest.type, { textDocument: { uri: uriOf('a.txt') }, position: { line: 2, character: 1 } });
    assert.equal(prepared.placeholder, 'Yu Ke');
    const edit = await client.request(RenameRequest.type, { textDocument: { uri: uriOf('a.txt') }, position: { line: 2, character: 1 }, newName: 'Yu Kai' });
    assert.ok(applyTextEdits(A, editsFor(edit, uriOf('a.txt'))).includes('Yu Kai, Vice Mayor'));
    assert.ok(applyTextEdits(B, editsFor(edit, uriOf('b.txt'))).includes('Yu Kai, Mayor'));
    assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), B, 'the server never writes files itself');
    await assert.rejects(client.request(RenameRequest.type, { textDocument: { uri: uriOf('a.txt') }, position: { line: 2, character: 1 }, newName: '[x](y)' }));
  });
});

describe('the workspace lexicon', () => {
  it('a listed name is a person, even when it is not pinyin', async () => {
    client.open(uriOf('c.report'), C);
    await client.waitForDiagnostics(uriOf('c.report'));
    const tokens = decodeSemanticTokens((await client.semanticTokens(uriOf('c.report'))).data, client.legend, C);
    assert.ok(tokens.some((t) => t.type === 'person' && t.text === 'Erkin Tursun'), JSON.stringify(tokens.map((t) => t.text)));
  });

  it('the hover of a listed person shows the lexicon entry', async () => {
    const hover = await client.hover(uriOf('c.report'), { line: 2, character: 2 });
    assert.match(hover.contents.value, /Workspace lexicon: \*\*Erkin Tursun\*\* 艾尔肯·吐尔逊/);
    assert.match(hover.contents.value, /Secretary of the County Party Committee” \(2022\\-01 to now\)/);
  });

  it('a malformed lexicon gives one diagnostic in that file; the last good version stays in use', async () => {
    const lexUri = uriOf('.report-lens.json');
    client.open(lexUri, LEXICON, 'json');
    const broken = LEXICON.replace('"name"', '"nmae"');
    client.change(lexUri, 2, [{ text: broken }]);
    const published = await client.waitForDiagnostics(lexUri, (p) => p.diagnostics.length > 0);
    assert.equal(published.diagnostics.length, 1);
    assert.match(published.diagnostics[0].message, /last valid version/);
    assert.equal(broken.slice(...rangeToOffsets(broken, published.diagnostics[0].range)).includes('nmae'), true);
    const tokens = decodeSemanticTokens((await client.semanticTokens(uriOf('c.report'))).data, client.legend, C);
    assert.ok(tokens.some((t) => t.type === 'person' && t.text === 'Erkin Tursun'), 'last good lexicon still in use');
    client.change(lexUri, 3, [{ text: LEXICON }]);
    await client.waitForDiagnostics(lexUri, (p) => p.diagnostics.length === 0);
  });

  it('code actions add a person to the open lexicon, and ignore a diagnostic in this file', async () => {
    const lexUri = uriOf('.report-lens.json');
    const actions = await client.codeAction(uriOf('a.txt'), { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } });
    const add = actions.find((a) => a.title === "Add 'Yu Ke' to the workspace lexicon");
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const [change] = add.edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri: lexUri, version: 3 });
    const lexicon = applyTextEdits(LEXICON, change.edits);
    assert.ok(lexicon.startsWith('{\n  // team lexicon\n'), 'comments and layout kept');
    const parsed = JSON.parse(lexicon.replace(/\/\/.*\n/g, '\n'));
    assert.deepEqual(parsed.officials[1], { name: 'Yu Ke', titles: [{ title: 'Vice Mayor', from: '2022-09-28' }] });

    // ignore the workspace-conflict in a.txt: once the lexicon says so, the diagnostic goes away
    const before = client.published.filter((p) => p.uri === uriOf('a.txt')).at(-1);
    const d = before.diagnostics.find((x) => x.code === 'workspace-conflict');
    const fixes = await client.codeAction(uriOf('a.txt'), d.range, [d]);
    const ignore = fixes.find((a) => a.title === 'Ignore this workspace-conflict in a.txt (workspace lexicon)');
    assert.ok(ignore, JSON.stringify(fixes.map((a) => a.title)));
    const ignored = applyTextEdits(LEXICON, ignore.edit.documentChanges[0].edits);
    client.change(lexUri, 4, [{ text: ignored }]);
    await client.waitForDiagnostics(uriOf('a.txt'), (p) => !p.diagnostics.some((x) => x.code === 'workspace-conflict'));
  });
});

describe('every lexicon quick fix, applied', () => {
  const W = 'Release time: 2022-12-01\n\nFu Qingjian, Deputy County Mayor, reported the work. Fu Qingjian, Vice County Mayor, made a speech on rural road upkeep. County leaders Zhang Fei attended.\n';
  const lexUri = () => uriOf('.report-lens.json');
  let lexicon;
  let version = 4;
  const accept = async (action) => {
    lexicon = applyTextEdits(lexicon, action.edit.documentChanges[0].edits);
    client.change(lexUri(), ++version, [{ text: lexicon }]);
  };

  it('accepting two wordings as one post silences title-wording', async () => {
    lexicon = LEXICON;
    client.change(lexUri(), ++version, [{ text: lexicon }]);
    client.open(uriOf('w.report'), W);
    const published = await client.waitForDiagnostics(uriOf('w.report'), (p) => p.diagnostics.some((d) => d.code === 'title-wording'));
    const d = published.diagnostics.find((x) => x.code === 'title-wording');
    const actions = await client.codeAction(uriOf('w.report'), d.range, [d]);
    const acceptAction = actions.find((a) => a.title.startsWith('Accept '));
    assert.ok(acceptAction, JSON.stringify(actions.map((a) => a.title)));
    await accept(acceptAction);
    assert.deepEqual(JSON.parse(lexicon.replace(/\/\/.*\n/g, '\n')).titleVariants, [[W.slice(...rangeToOffsets(W, d.range)), d.range.start.character < 60 ? 'Vice County Mayor' : 'Deputy County Mayor']]);
    await client.waitForDiagnostics(uriOf('w.report'), (p) => !p.diagnostics.some((x) => x.code === 'title-wording'));
  });

  it("'X' is not a person: the name goes away", async () => {
    const at = W.indexOf('Zhang Fei');
    const range = { start: { line: 2, character: at - W.indexOf('Fu Qingjian') }, end: { line: 2, character: at - W.indexOf('Fu Qingjian') } };
    const tokens = () => client.semanticTokens(uriOf('w.report')).then((t) => decodeSemanticTokens(t.data, client.legend, W).filter((x) => x.type === 'person').map((x) => x.text));
    assert.ok((await tokens()).includes('Zhang Fei'), JSON.stringify(await tokens()));
    const actions = await client.codeAction(uriOf('w.report'), range);
    const notPerson = actions.find((a) => a.title === "'Zhang Fei' is not a person (workspace lexicon)");
    assert.ok(notPerson, JSON.stringify(actions.map((a) => a.title)));
    // the new lexicon is in use once the report's diagnostics are published again
    const published = client.published.length;
    await accept(notPerson);
    await client.waitForDiagnostics(uriOf('w.report'), () => client.published.length > published);
    assert.ok(!(await tokens()).includes('Zhang Fei'), JSON.stringify(await tokens()));
  });

  it('a selected phrase becomes a theme', async () => {
    const line = W.split('\n')[2];
    const range = { start: { line: 2, character: line.indexOf('rural road upkeep') }, end: { line: 2, character: line.indexOf('rural road upkeep') + 'rural road upkeep'.length } };
    const actions = await client.codeAction(uriOf('w.report'), range);
    const theme = actions.find((a) => a.title === "Add 'rural road upkeep' to the workspace lexicon as a theme phrase");
    assert.ok(theme, JSON.stringify(actions.map((a) => a.title)));
    const published = client.published.length;
    await accept(theme);
    assert.deepEqual(JSON.parse(lexicon.replace(/\/\/.*\n/g, '\n')).themes, [{ phrase: 'rural road upkeep' }]);
    await client.waitForDiagnostics(uriOf('w.report'), () => client.published.length > published);
    const themes = decodeSemanticTokens((await client.semanticTokens(uriOf('w.report'))).data, client.legend, W).filter((x) => x.type === 'theme').map((x) => x.text);
    assert.ok(themes.includes('rural road upkeep'), JSON.stringify(themes));
  });
});

describe('a workspace without a lexicon', () => {
  it('adding to the lexicon creates the file in the same edit', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-bare-'));
    fs.writeFileSync(path.join(bare, 'a.txt'), A);
    const other = await startServer({ rootUri: pathToFileURL(bare).href, capabilities: CAPS });
    try {
      const uri = pathToFileURL(path.join(bare, 'a.txt')).href;
      other.open(uri, A);
      await other.waitForDiagnostics(uri);
      const actions = await other.codeAction(uri, { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } });
      const add = actions.find((a) => a.title === "Add 'Yu Ke' to the workspace lexicon");
      const [create, edit] = add.edit.documentChanges;
      assert.deepEqual(create, { kind: 'create', uri: pathToFileURL(path.join(bare, '.report-lens.json')).href, options: { ignoreIfExists: true } });
      const text = applyTextEdits('', edit.edits);
      assert.equal(JSON.parse(text).officials[0].name, 'Yu Ke');
      assert.ok(!fs.existsSync(path.join(bare, '.report-lens.json')), 'nothing written without the user');
    } finally {
      await other.close();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
