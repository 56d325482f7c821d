/**
 * Quick fixes, rename and the workspace lexicon in a real extension host. Runs after
 * features.test.ts (files are loaded in name order): it creates the lexicon file, which changes
 * what the other tests would see.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { decodeTokens, listFiles, openReport, poll, workspaceFile } from './helpers';

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const IN_DOCUMENT = new Set(['rank-conflict', 'post-conflict', 'post-held-twice', 'name-variant', 'title-wording', 'title-case']);

/**
 * Ends a test that wrote the lexicon: empties it, then deletes the file. An editor that still shows
 * a deleted file keeps its text (and the server reads an open lexicon from the editor), so the text
 * is emptied first: whichever the server reads, the next test starts without a lexicon.
 */
async function removeLexicon(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const empty = new vscode.WorkspaceEdit();
  empty.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), '{}\n');
  assert.ok(await vscode.workspace.applyEdit(empty));
  await doc.save();
  await vscode.workspace.fs.delete(uri);
}

async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await poll('the revert', () => doc.isDirty, (dirty) => !dirty);
}

suite('Quick fixes, rename and the workspace lexicon', function () {
  this.timeout(180_000);

  test('every quick fix on the perturbed copies writes the form its title names', async () => {
    let applied = 0;
    for (const name of await listFiles('perturbed', '.txt')) {
      const doc = await openReport(workspaceFile('perturbed', name));
      const diagnostics = await poll(`diagnostics of ${name}`, () => vscode.languages.getDiagnostics(doc.uri).filter((d) => IN_DOCUMENT.has(codeOf(d))), (ds) => ds.length > 0);
      for (const d of diagnostics) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const rewrites = actions.filter((a) => /^Change (the other )?to '/.test(a.title));
        // which of two people holds a post cannot be decided by rewriting text: no rewrite is offered
        if (codeOf(d) !== 'post-held-twice') assert.ok(rewrites.length > 0, `${name}: ${codeOf(d)} has a rewrite`);
        for (const action of rewrites) {
          const target = /'(.*)'$/.exec(action.title)![1];
          const before = doc.getText();
          assert.ok(await vscode.workspace.applyEdit(action.edit!), `${action.title} applies`);
          assert.notStrictEqual(doc.getText(), before, `${action.title} changes the text`);
          const changedAt = [...action.edit!.entries()].flatMap(([, edits]) => edits);
          for (const e of changedAt) assert.strictEqual(e.newText, target, `${name}: ${action.title}`);
          assert.ok(doc.getText().includes(target));
          applied++;
          await revert(doc);
          assert.strictEqual(doc.getText(), before);
        }
      }
    }
    assert.ok(applied >= 6, `applied ${applied} quick fixes`);
  });

  test('rename a person: this report and every other report that names them', async () => {
    const doc = await openReport(workspaceFile('seeds', '000_b1b8ca11255dba96.txt'));
    const at = doc.positionAt(doc.getText().indexOf('Yu Ke') + 1);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Yu Kai');
    const files = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri)).sort();
    assert.deepStrictEqual(files, ['perturbed/000_b1b8ca11255dba96.txt', 'seeds/000_b1b8ca11255dba96.txt']);
    for (const [, edits] of edit.entries()) for (const e of edits) assert.strictEqual(e.newText, 'Yu Kai');
  });

  test('adding a person creates the lexicon; a broken lexicon gives one clear problem', async () => {
    const doc = await openReport(workspaceFile('seeds', '000_b1b8ca11255dba96.txt'));
    const at = doc.positionAt(doc.getText().indexOf('Zhou Zhihong') + 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
    const add = actions.find((a) => a.title === "Add 'Zhou Zhihong' to the workspace lexicon");
    assert.ok(add?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const lexiconUri = workspaceFile('.report-lens.json');
    // the editor may reopen the new file (its language is settled after creation): always ask for the current document
    const current = () => vscode.workspace.openTextDocument(lexiconUri);
    await (await current()).save();
    const written = JSON.parse((await current()).getText());
    assert.deepStrictEqual(written.officials, [{ name: 'Zhou Zhihong', titles: [{ title: 'Secretary of the Municipal Party Committee', from: '2019-10-10' }] }]);

    const INSERTED = '"officers": [],\n  ';
    const broken = new vscode.WorkspaceEdit();
    const before = await current();
    await vscode.window.showTextDocument(before);
    broken.insert(lexiconUri, before.positionAt(before.getText().indexOf('"officials"')), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(broken));
    const ours = await poll('the lexicon problem', () => vscode.languages.getDiagnostics(lexiconUri).filter((d) => d.source === 'report-lens'), (ds) => ds.some((d) => /officers/.test(d.message)));
    assert.strictEqual(ours.length, 1);
    assert.match(ours[0].message, /last valid version/);
    // VS Code's own JSON support validates the file with the schema the extension contributes
    await poll('the schema problem from the JSON language features', () => vscode.languages.getDiagnostics(lexiconUri).filter((d) => d.source !== 'report-lens'), (ds) => ds.some((d) => /not allowed|officers/i.test(d.message)), 30_000);
    // the last good lexicon stays in use: Zhou Zhihong is still listed (no rank conflict with it either)
    const fixed = new vscode.WorkspaceEdit();
    const brokenDoc = await current();
    const insertedAt = brokenDoc.getText().indexOf(INSERTED);
    assert.ok(insertedAt > 0);
    fixed.delete(lexiconUri, new vscode.Range(brokenDoc.positionAt(insertedAt), brokenDoc.positionAt(insertedAt + INSERTED.length)));
    assert.ok(await vscode.workspace.applyEdit(fixed));
    await poll('the problem to go away', () => vscode.languages.getDiagnostics(lexiconUri).filter((d) => d.source === 'report-lens'), (ds) => ds.length === 0);
    await removeLexicon(lexiconUri);
  });

  test('Fix All rewrites the minority form once one form is in the majority', async () => {
    // one form against one other is a tie (no Fix All edit, see the protocol tests): first write the
    // correct form once more, as an editor would
    const doc = await openReport(workspaceFile('perturbed', '001_ec2f909355716f5f.txt'));
    const original = doc.getText();
    const plain = 'Wu Zhongqiong emphasized that';
    const at = original.indexOf(plain);
    assert.ok(at >= 0);
    const majority = new vscode.WorkspaceEdit();
    majority.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + plain.length)), 'Wu Zhongqiong, Secretary of the Municipal Party Committee, emphasized that');
    assert.ok(await vscode.workspace.applyEdit(majority));
    const flagged = await poll('the title-case finding', () => vscode.languages.getDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'title-case'));
    const finding = flagged.find((d) => codeOf(d) === 'title-case')!;
    assert.strictEqual(doc.getText(finding.range), 'secretary of the municipal party committee');
    const everything = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, everything, vscode.CodeActionKind.SourceFixAll.value);
    const fixAll = actions.find((a) => a.kind?.value.startsWith('source.fixAll'));
    assert.ok(fixAll?.edit, JSON.stringify(actions.map((a) => a.title)));
    const findingStart = doc.offsetAt(finding.range.start);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.strictEqual(doc.getText().slice(findingStart, findingStart + 42), 'Secretary of the Municipal Party Committee');
    await poll('the finding to go away', () => vscode.languages.getDiagnostics(doc.uri), (ds) => !ds.some((d) => codeOf(d) === 'title-case'));
    await revert(doc);
    assert.strictEqual(doc.getText(), original);
  });

  test('lexicon quick fixes: accept two wordings, ignore a finding in a file, a name that is not a person', async () => {
    const lexiconUri = workspaceFile('.report-lens.json');
    const fixesAt = (doc: vscode.TextDocument, range: vscode.Range) => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const applyTitled = async (doc: vscode.TextDocument, range: vscode.Range, title: RegExp) => {
      const actions = await fixesAt(doc, range);
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action?.edit, `${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      await (await vscode.workspace.openTextDocument(lexiconUri)).save();
    };

    const wording = await openReport(workspaceFile('perturbed', '002_77ff26448a554fe6.txt'));
    const worded = (await poll('title-wording', () => vscode.languages.getDiagnostics(wording.uri), (ds) => ds.some((d) => codeOf(d) === 'title-wording'))).find((d) => codeOf(d) === 'title-wording')!;
    await applyTitled(wording, worded.range, /^Accept '.+' and '.+' as one post/);
    await poll('title-wording to go away once both wordings are accepted', () => vscode.languages.getDiagnostics(wording.uri), (ds) => !ds.some((d) => codeOf(d) === 'title-wording'));

    const twice = await openReport(workspaceFile('perturbed', '004_d79585fb137e0d63.txt'));
    const held = (await poll('post-held-twice', () => vscode.languages.getDiagnostics(twice.uri), (ds) => ds.some((d) => codeOf(d) === 'post-held-twice'))).find((d) => codeOf(d) === 'post-held-twice')!;
    await applyTitled(twice, held.range, /^Ignore this post-held-twice in perturbed\/004_d79585fb137e0d63\.txt/);
    await poll('the ignored finding to go away', () => vscode.languages.getDiagnostics(twice.uri), (ds) => !ds.some((d) => codeOf(d) === 'post-held-twice'));
    const lexicon = JSON.parse((await vscode.workspace.openTextDocument(lexiconUri)).getText());
    assert.strictEqual(lexicon.titleVariants.length, 1, JSON.stringify(lexicon));
    assert.strictEqual(lexicon.ignore.diagnostics.length, 1, JSON.stringify(lexicon));

    const seed = await openReport(workspaceFile('seeds', '000_b1b8ca11255dba96.txt'));
    const personTokens = async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', seed.uri);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', seed.uri);
      return tokens ? decodeTokens(seed, legend, tokens).filter((t) => t.type === 'person').map((t) => t.text) : [];
    };
    await poll('Zhou Zhihong as a person', personTokens, (names) => names.includes('Zhou Zhihong'));
    const at = seed.positionAt(seed.getText().indexOf('Zhou Zhihong') + 1);
    await applyTitled(seed, new vscode.Range(at, at), /^'Zhou Zhihong' is not a person/);
    await poll('Zhou Zhihong to be no person any more', personTokens, (names) => names.length > 0 && !names.includes('Zhou Zhihong'));

    await removeLexicon(lexiconUri);
    await poll('Zhou Zhihong to be a person again once the lexicon is gone', personTokens, (names) => names.includes('Zhou Zhihong'));
  });
});
