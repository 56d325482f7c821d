/**
 * Every feature on the sample reports, through the commands VS Code itself uses
 * (vscode.execute*Provider), in a real extension host with the packaged extension.
 * The workspace is prepared by test/e2e/run-all.mjs: seeds/ (the sample reports), gold/ (their
 * hand annotations), perturbed/ (copies with injected inconsistencies), notes/README.txt.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import codeOfKind from '../../gold/kind-codes.json';
import { decodeTokens, hoverText, listFiles, openReport, poll, readJson, workspaceFile } from './helpers';

interface GoldPerson { name: string; titles: string[]; mentions: [number, number][]; roles: string[] }
interface Gold { persons: GoldPerson[] }
interface Expected { inconsistencies: { kind: string; offsets: [number, number][]; injected_text: string }[] }

const CODE_OF_KIND: Record<string, string> = codeOfKind;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

suite('Report Lens in VS Code', function () {
  this.timeout(120_000);

  test('sample .txt reports become Meeting Reports; an unrelated .txt stays plain text', async () => {
    for (const name of await listFiles('seeds', '.txt')) await openReport(workspaceFile('seeds', name));
    const readme = await vscode.workspace.openTextDocument(workspaceFile('notes', 'README.txt'));
    await vscode.window.showTextDocument(readme);
    const seed = await openReport(workspaceFile('seeds', (await listFiles('seeds', '.txt'))[0]));
    assert.strictEqual(seed.languageId, 'meeting-report');
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === readme.uri.toString())?.languageId, 'plaintext');
    const ext = vscode.extensions.getExtension('report-lens.report-lens');
    assert.ok(ext?.isActive, 'extension active');
  });

  test('semantic tokens: person tokens match the gold mentions on every seed (F1 >= 0.97)', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const name of await listFiles('seeds', '.txt')) {
      const doc = await openReport(workspaceFile('seeds', name));
      const legend = await poll('legend', () => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri), (l) => !!l);
      for (const t of ['person', 'title', 'theme']) assert.ok(legend.tokenTypes.includes(t), `legend has ${t}`);
      const tokens = await poll(`tokens of ${name}`, () => vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri), (t) => !!t && t.data.length > 0);
      const decoded = decodeTokens(doc, legend, tokens);
      assert.ok(decoded.some((t) => t.type === 'title'), `${name} has title tokens`);
      assert.ok(decoded.some((t) => t.type === 'theme'), `${name} has theme tokens`);
      const predicted = new Set(decoded.filter((t) => t.type === 'person').map((t) => `${t.offset}:${t.offset + t.length}`));
      const gold = await readJson<Gold>(workspaceFile('gold', name.replace(/\.txt$/, '.json')));
      const expected = new Set(gold.persons.flatMap((p) => p.mentions.map(([s, e]) => `${s}:${e}`)));
      for (const p of predicted) {
        if (expected.has(p)) tp++;
        else fp++;
      }
      for (const e of expected) if (!predicted.has(e)) fn++;
      for (const t of decoded.filter((x) => x.type === 'person')) assert.ok(!/['’]s$/.test(t.text), `possessive outside the person token: ${t.text}`);
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    assert.ok(f1 >= 0.97, `person-mention F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  });

  test('hover on a person shows the full name, a title and the role', async () => {
    for (const name of await listFiles('seeds', '.txt')) {
      const doc = await openReport(workspaceFile('seeds', name));
      const gold = await readJson<Gold>(workspaceFile('gold', name.replace(/\.txt$/, '.json')));
      const p = [...gold.persons].sort((a, b) => b.titles.length - a.titles.length)[0];
      const at = doc.positionAt(p.mentions[0][0] + 1);
      const text = hoverText(await poll(`hover on ${p.name}`, () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at), (h) => !!h && h.length > 0));
      assert.ok(text.includes(p.name), `hover names ${p.name}: ${text}`);
      assert.ok(p.titles.some((t) => norm(text).includes(norm(t))), `hover shows one of ${JSON.stringify(p.titles)}: ${text}`);
      if (p.roles.length) assert.match(text, /Role in the meeting: (?!only)/);
    }
  });

  test('outline follows the meeting: presided, spoke, attended, byline', async () => {
    const doc = await openReport(workspaceFile('seeds', '000_b1b8ca11255dba96.txt'));
    const symbols = await poll('document symbols', () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => !!s && s.length > 0);
    const flat = (s: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
    const section = (label: string) => flat(symbols).find((s) => s.name.startsWith(label));
    assert.deepStrictEqual(section('Presided')?.children.map((c) => c.name), ['Guo Shengyuan']);
    assert.ok(section('Spoke')?.children.some((c) => c.name === 'Zhou Zhihong'));
    assert.ok(section('Attended')?.children.some((c) => c.name === 'Yu Ke'));
    assert.deepStrictEqual(section('Byline')?.children.map((c) => c.name), ['Chen Guoli', 'Hu Liang']);
  });

  test('clean seeds have no warnings; each injected inconsistency is flagged with its code', async () => {
    for (const name of await listFiles('seeds', '.txt')) {
      const doc = await openReport(workspaceFile('seeds', name));
      // the server publishes once per version: wait for the first publication of this document
      await poll(`diagnostics of ${name}`, () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => !!s && s.length > 0);
      const bad = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual(bad.map((d) => d.message), [], name);
    }
    for (const name of await listFiles('perturbed', '.txt')) {
      const doc = await openReport(workspaceFile('perturbed', name));
      const expected = await readJson<Expected>(workspaceFile('perturbed', name.replace(/\.txt$/, '.expected.json')));
      for (const inc of expected.inconsistencies) {
        const code = CODE_OF_KIND[inc.kind];
        const spans = inc.offsets.map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e)));
        await poll(`${code} in ${name}`, () => vscode.languages.getDiagnostics(doc.uri), (ds) => ds.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === code && spans.some((r) => r.intersection(d.range) !== undefined)));
      }
    }
  });

  test('a quick fix makes the titles consistent and the problem goes away', async () => {
    const doc = await openReport(workspaceFile('perturbed', '000_b1b8ca11255dba96.txt'));
    const code = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    const [diag] = (await poll('rank-conflict', () => vscode.languages.getDiagnostics(doc.uri), (ds) => ds.some((d) => code(d) === 'rank-conflict'))).filter((d) => code(d) === 'rank-conflict');
    const flagged = doc.getText(diag.range);
    const actions = await poll('code actions', () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value), (a) => !!a && a.length > 0);
    const fix = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.notStrictEqual(doc.getText(diag.range.with({ end: diag.range.start.translate(0, flagged.length) })), flagged);
    assert.ok(doc.getText().includes('deputy Secretary of the Municipal Party Committee and Mayor'));
    await poll('rank-conflict to disappear', () => vscode.languages.getDiagnostics(doc.uri), (ds) => !ds.some((d) => code(d) === 'rank-conflict'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
