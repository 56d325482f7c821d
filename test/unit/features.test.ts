import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hover } from '../../server/src/features/hover';
import { escapeMarkdown } from '../../server/src/features/markdown';
import { legend, semanticTokens } from '../../server/src/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../../server/src/shared/protocol';
import { analysed } from './helpers';

const REPORT = 'Meeting on safety held\n\nOn October 10, Wu Zhongqiong, Secretary of the Municipal Party Committee, presided over the meeting and stressed "always rest assured".\nXi Jinping\'s thought was studied. Wu Zhongqiong, secretary of the Municipal Party Committee, asked for action.\n( Reporter Chen Guoli)';

function decode(data: number[]) {
  const out: { line: number; char: number; length: number; type: string; mods: number }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], mods: data[i + 4] });
  }
  return out;
}

test('semantic tokens: persons cover exactly the name, titles and themes are typed', () => {
  const { doc, model } = analysed(REPORT);
  const tokens = decode(semanticTokens(doc, model).data);
  const lines = REPORT.split('\n');
  const text = (t: (typeof tokens)[number]) => lines[t.line].slice(t.char, t.char + t.length);
  assert.deepEqual(tokens.filter((t) => t.type === 'person').map(text), ['Wu Zhongqiong', 'Xi Jinping', 'Wu Zhongqiong', 'Chen Guoli']);
  assert.ok(tokens.filter((t) => t.type === 'title').map(text).includes('Secretary of the Municipal Party Committee'));
  assert.ok(tokens.filter((t) => t.type === 'theme').map(text).includes('always rest assured'));
  for (const t of tokens) assert.ok(t.char + t.length <= lines[t.line].length, 'token inside its line');
});

test('semantic tokens never overlap and split at line breaks', () => {
  const text = 'The mayor Cai\nYongqiang, Secretary of the\nCounty Party Committee, presided over the meeting.';
  const { doc, model } = analysed(text);
  const tokens = decode(semanticTokens(doc, model).data);
  const lines = text.split('\n');
  for (const t of tokens) assert.ok(t.char + t.length <= lines[t.line].length);
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    assert.ok(b.line > a.line || b.char >= a.char + a.length, 'no overlap');
  }
});

test('hover on a person shows name, titles with Chinese, role; document text is escaped', () => {
  const { doc, model } = analysed(REPORT);
  const h = hover(doc, model, REPORT.indexOf('Wu Zhongqiong') + 2);
  assert.ok(h);
  const value = (h.contents as { value: string }).value;
  assert.match(value, /\*\*Wu Zhongqiong\*\*/);
  assert.match(value, /市委书记/);
  assert.match(value, /presided over the meeting/);
});

test('hover escapes markdown and HTML from the document; only our command links', () => {
  const text = 'Zhou Zhihong, Secretary of the Municipal Party Committee [x](command:workbench.action.files.delete) <img src=x>, presided over the meeting.';
  const { doc, model } = analysed(text);
  const value = (hover(doc, model, 2)!.contents as { value: string }).value;
  assert.ok(!/\]\(command:(?!reportLens\.)/.test(value), value);
  assert.equal(escapeMarkdown('[x](y) <b>'), '\\[x\\]\\(y\\) \\<b\\>');
});

test('outline follows the meeting: headline, date, presided, byline', () => {
  const { doc, model } = analysed(REPORT);
  const [root] = documentSymbols(doc, model);
  assert.equal(root.name, 'Meeting on safety held');
  const children = root.children!.map((c) => c.name);
  assert.ok(children[0].startsWith('Date: On October 10'), JSON.stringify(children));
  const presided = root.children!.find((c) => c.name.startsWith('Presided'))!;
  assert.deepEqual(presided.children!.map((c) => c.name), ['Wu Zhongqiong']);
  assert.ok(root.children!.some((c) => c.name.startsWith('Byline')));
});

test('diagnostics and quick fix for a capitalisation variant; severities configurable', () => {
  const { doc, model } = analysed(REPORT);
  const a = { uri: doc.uri, version: 1, model };
  const diags = diagnostics(doc, a, model.findings, DEFAULT_SETTINGS);
  const d = diags.find((x) => x.code === 'title-case');
  assert.ok(d, JSON.stringify(diags));
  assert.ok(d.codeDescription?.href.endsWith('#title-case'));
  const actions = codeActions(doc, a, model.findings, { textDocument: { uri: doc.uri }, range: d.range, context: { diagnostics: [d] } }, DEFAULT_SETTINGS);
  assert.ok(actions.length >= 1);
  const edit = actions[0].edit!.changes![doc.uri][0];
  assert.equal(edit.newText, 'Secretary of the Municipal Party Committee');
  const off = { ...DEFAULT_SETTINGS, diagnostics: { enable: true, severity: { 'title-case': 'off' as const } } };
  assert.equal(diagnostics(doc, a, model.findings, off).filter((x) => x.code === 'title-case').length, 0);
});
