/**
 * Inputs that break naive servers: CRLF, emoji and CJK before names (UTF-16 != code points), a
 * 3 MB document, NUL bytes, a burst of incremental edits, positions outside the document and
 * Markdown/HTML in the text that a hover must not render.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normalize } from './helpers/corpus.mjs';
import { startServer, testUri } from './helpers/lspClient.mjs';
import { applyTextEdits, lineStarts, positionAt, rangeToOffsets } from './helpers/textEdits.mjs';
import { decodeSemanticTokens } from './helpers/tokens.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');

const SHORT = fixture('short-report.txt');
const EMOJI = fixture('emoji-cjk.txt');
const MARKDOWN = fixture('markdown-injection.txt');

let client;
before(async () => {
  client = await startServer();
});
after(async () => {
  await client?.close();
});

/** [start, end) of every whole-word occurrence of the names, sorted. */
function occurrences(text, names) {
  const out = [];
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) out.push([m.index, m.index + name.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function walk(symbols, visit) {
  for (const s of symbols) {
    visit(s);
    walk(s.children ?? [], visit);
  }
}

/**
 * Opens `text`, waits for its diagnostics and checks that every range the server returns (tokens,
 * hovers on every token, symbols, diagnostics and their related places) lies inside the document;
 * returns what it got.
 */
async function openAndCollect(uri, text) {
  client.open(uri, text);
  const published = await client.waitForDiagnostics(uri, () => true, { version: 1 });
  return collect(uri, text, published);
}

async function collect(uri, text, published) {
  const starts = lineStarts(text);
  const inside = (range, what) => {
    try {
      return rangeToOffsets(text, range, { starts });
    } catch (e) {
      throw new Error(`${what}: ${e.message}`, { cause: e });
    }
  };
  const tokens = decodeSemanticTokens((await client.semanticTokens(uri)).data, client.legend, text);
  const hovers = [];
  for (const t of tokens) {
    const hover = await client.hover(uri, { line: t.line, character: t.character + Math.floor(t.length / 2) });
    if (t.type === 'date' && hover === null) continue; // dates have no hover
    assert.ok(hover, `no hover on the ${t.type} token ${JSON.stringify(t.text)}`);
    const [s, e] = inside(hover.range, `hover on ${JSON.stringify(t.text)}`);
    assert.ok(s <= t.start && t.end <= e, `hover range [${s},${e}) does not cover the token [${t.start},${t.end})`);
    if (t.type === 'person') assert.deepEqual([s, e], [t.start, t.end], `hover range of person ${JSON.stringify(t.text)}`);
    hovers.push({ token: t, hover, span: [s, e] });
  }
  const symbols = await client.documentSymbol(uri);
  walk(symbols, (s) => {
    inside(s.range, `range of symbol ${s.name}`);
    inside(s.selectionRange, `selectionRange of symbol ${s.name}`);
  });
  for (const d of published.diagnostics) {
    inside(d.range, `diagnostic ${d.code}`);
    // places in other documents (workspace-conflict) are checked against their own text elsewhere
    for (const r of d.relatedInformation ?? []) if (r.location.uri === uri) inside(r.location.range, `related place of ${d.code}`);
  }
  return { tokens, hovers, symbols, diagnostics: inDocument(published.diagnostics) };
}

/** This file opens several versions of one report: they conflict with each other (workspace-conflict), which is right but not what these tests are about. */
function inDocument(diagnostics) {
  return diagnostics.filter((d) => d.code !== 'workspace-conflict');
}

function persons(tokens) {
  return tokens.filter((t) => t.type === 'person').map((t) => [t.start, t.end]);
}

describe('line endings and characters outside ASCII', () => {
  it('CRLF: the same tokens, hovers, outline and diagnostics (positions) as with LF', async () => {
    const crlfText = SHORT.replace(/\n/g, '\r\n');
    assert.ok(crlfText.includes('\r\n') && !/\r(?!\n)|(?<!\r)\n/.test(crlfText));
    const lf = await openAndCollect(testUri('short-lf.report'), SHORT);
    const crlf = await openAndCollect(testUri('short-crlf.report'), crlfText);
    const pos = (tokens) => tokens.map(({ line, character, length, type, modifiers, text }) => ({ line, character, length, type, modifiers, text }));
    assert.deepEqual(pos(crlf.tokens), pos(lf.tokens));
    assert.deepEqual(crlf.hovers.map((h) => h.hover.range), lf.hovers.map((h) => h.hover.range));
    assert.deepEqual(crlf.symbols, lf.symbols);
    const diag = (ds) => ds.map((d) => ({ code: d.code, range: d.range, related: d.relatedInformation.map((r) => r.location.range) }));
    assert.deepEqual(diag(crlf.diagnostics), diag(lf.diagnostics));

    // and the offsets are right in the CRLF text itself
    assert.deepEqual(persons(crlf.tokens), occurrences(crlfText, ['Zhou Zhihong', 'Li Ming', 'Chen Guoli']));
    assert.deepEqual(crlf.diagnostics.map((d) => [d.code, crlfText.slice(...rangeToOffsets(crlfText, d.range))]), [['rank-conflict', 'Vice County Mayor']]);
    assert.ok(crlf.tokens.every((t) => !t.text.includes('\r')), 'a token includes a \\r');
  });

  it('emoji and CJK before names: person tokens slice exactly to the names in UTF-16', async () => {
    const uri = testUri('emoji-cjk.report');
    const got = await openAndCollect(uri, EMOJI);
    const names = ['贺予菁', 'Zhou Zhihong', 'Li Ming'];
    const expected = occurrences(EMOJI, names);
    assert.equal(expected.length, 5);
    assert.deepEqual(persons(got.tokens), expected);
    for (const t of got.tokens.filter((x) => x.type === 'person')) assert.ok(names.includes(t.text), `person token ${JSON.stringify(t.text)}`);
    // '👉' is two UTF-16 code units: the name starts at character 2, not 1
    const first = got.tokens.find((t) => t.text === 'Zhou Zhihong');
    assert.deepEqual([first.line, first.character, first.length], [4, 2, 12]);
    // '编辑：' is three code units
    const byline = got.tokens.find((t) => t.text === '贺予菁');
    assert.deepEqual([byline.line, byline.character, byline.length], [2, 3, 3]);
    // after '🇨🇳 Vice Mayor ' (a flag is four code units)
    const [rank] = got.diagnostics.filter((d) => d.code === 'rank-conflict');
    assert.ok(rank, `no rank-conflict: ${JSON.stringify(got.diagnostics)}`);
    assert.deepEqual(rank.range, { start: { line: 6, character: 5 }, end: { line: 6, character: 15 } });
    assert.equal(EMOJI.slice(...rangeToOffsets(EMOJI, rank.range)), 'Vice Mayor');
    // the outline puts Zhou Zhihong under Presided, with his selection range on the name after the emoji
    const presided = [];
    walk(got.symbols, (s) => s.name.startsWith('Presided') && presided.push(...s.children));
    assert.deepEqual(presided.map((s) => [s.name, EMOJI.slice(...rangeToOffsets(EMOJI, s.selectionRange))]), [['Zhou Zhihong', 'Zhou Zhihong']]);
  });

  it('a hover inside a surrogate pair or beyond the last line does not break the server', async () => {
    const uri = testUri('emoji-cjk.report');
    const [s] = occurrences(EMOJI, ['Zhou Zhihong'])[0];
    const between = positionAt(EMOJI, s - 1); // between the two halves of '👉'
    const hover = await client.hover(uri, between);
    assert.equal(hover, null);
    const tokens = await client.semanticTokensRange(uri, { start: between, end: { line: between.line, character: between.character + 13 } });
    const decoded = decodeSemanticTokens(tokens.data, client.legend, EMOJI).filter((t) => t.type === 'person');
    assert.deepEqual(decoded.map((t) => t.text), ['Zhou Zhihong']);
  });
});

describe('inputs that are not analysed', () => {
  it('a 3 MB document gets one information diagnostic saying it was not analysed', async () => {
    const line = 'Zhou Zhihong, Secretary of the Municipal Party Committee, presided over the meeting.\n';
    const big = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length));
    const uri = testUri('big.report');
    client.open(uri, big);
    const published = await client.waitForDiagnostics(uri, () => true, { version: 1, timeoutMs: 20000 });
    assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics));
    const [d] = published.diagnostics;
    assert.equal(d.severity, 3);
    assert.equal(d.source, 'report-lens');
    assert.equal(d.code, 'not-analysed');
    assert.match(d.message, /not analysed/);
    assert.match(d.message, /3073 KB/);
    rangeToOffsets(big, d.range);
    assert.deepEqual((await client.semanticTokens(uri)).data, []);
    assert.equal(await client.hover(uri, { line: 0, character: 2 }), null);
    assert.deepEqual(await client.documentSymbol(uri), []);
    assert.deepEqual(await client.codeAction(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, [d]), []);
    assert.deepEqual(await client.references(uri, { line: 0, character: 2 }), []);

    // shrunk to a report, it is analysed again
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: positionAt(big, big.length) }, text: SHORT }]);
    const analysed = await client.waitForDiagnostics(uri, () => true, { version: 2, timeoutMs: 20000 });
    assert.deepEqual(inDocument(analysed.diagnostics).map((x) => x.code), ['rank-conflict']);
  });

  it('a document with NUL characters gets one information diagnostic saying it was not analysed', async () => {
    const text = SHORT.replace('Zhou Zhihong emphasized', 'Zhou Zhihong\u0000\u0000 emphasized');
    const uri = testUri('nul.report');
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, () => true, { version: 1 });
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.source]), [['not-analysed', 3, 'report-lens']]);
    assert.match(published.diagnostics[0].message, /not analysed/);
    assert.match(published.diagnostics[0].message, /NUL/);
    assert.deepEqual((await client.semanticTokens(uri)).data, []);
    assert.equal(await client.hover(uri, { line: 4, character: 90 }), null);
  });
});

describe('a burst of incremental edits', () => {
  it('30 didChange edits sent without waiting: tokens, hover and the last diagnostics are those of the final text', async () => {
    const uri = testUri('burst.report');
    let text = SHORT;
    client.open(uri, text);
    let version = 1;
    const send = (changes) => {
      // changes apply one after the other, each against the text left by the previous one
      for (const c of changes) text = applyTextEdits(text, [{ range: c.range, newText: c.text }]);
      client.change(uri, ++version, changes);
    };
    const at = (offset) => positionAt(text, offset);
    const insert = (offset, s) => ({ range: { start: at(offset), end: at(offset) }, text: s });

    // 20 edits: type a new sentence at the end of the "Vice County Mayor" line
    const sentence = '\n👉Wang Fang, Deputy Secretary of the County Party Committee, attended the meeting.';
    let cursor = text.indexOf('next step of work.') + 'next step of work.'.length;
    const size = Math.ceil(sentence.length / 20);
    for (let i = 0; i < 20; i++) {
      const chunk = sentence.slice(i * size, (i + 1) * size);
      send([insert(cursor, chunk)]);
      cursor += chunk.length;
    }
    // 3 edits: an emoji and CJK before a name, then a typo that is corrected
    send([insert(text.indexOf('Zhou Zhihong emphasized'), '🔥')]);
    send([insert(text.indexOf('(Reporter'), '记者：')]);
    send([insert(text.indexOf('Li Ming, County Mayor'), 'XX')]);
    send([{ range: { start: at(text.indexOf('XXLi Ming')), end: at(text.indexOf('XXLi Ming') + 2) }, text: '' }]);
    // 3 edits: rename the reporter by deleting and retyping
    const chen = text.indexOf('Chen Guoli');
    send([{ range: { start: at(chen), end: at(chen + 'Chen Guoli'.length) }, text: '' }]);
    send([insert(chen, 'Hu ')]);
    send([insert(chen + 3, 'Liang')]);
    // 1 edit across lines: drop the release time and the blank lines around it
    const head = text.indexOf('\n\nRelease time');
    send([{ range: { start: at(head), end: at(text.indexOf('\n', head + 2) + 1) }, text: '\n' }]);
    // 2 edits with two content changes each
    const title = text.indexOf('Work Meeting');
    send([insert(title, 'Big '), { range: { start: at(title), end: at(title + 4) }, text: 'Key ' }]);
    send([insert(text.length, '\n'), insert(text.length, '(End)')]); // '(End)' lands before the new '\n'
    assert.equal(version, 31);
    assert.ok(text.includes('Hu Liang') && text.includes('🔥Zhou Zhihong emphasized') && text.includes('Key Work Meeting') && text.endsWith(')\n(End)\n'));

    // answered on the final text: requests are handled after the notifications sent before them
    const tokens = decodeSemanticTokens((await client.semanticTokens(uri)).data, client.legend, text);
    assert.deepEqual(persons(tokens), occurrences(text, ['Zhou Zhihong', 'Li Ming', 'Hu Liang', 'Wang Fang']));
    assert.ok(!tokens.some((t) => t.text.includes('Chen')), 'a token from an old version survived');
    const [wang] = occurrences(text, ['Wang Fang']);
    const hover = await client.hover(uri, positionAt(text, wang[0] + 3));
    assert.deepEqual(rangeToOffsets(text, hover.range), wang);
    assert.match(hover.contents.value, /Deputy Secretary of the County Party Committee/);

    const published = await client.waitForDiagnostics(uri, () => true, { version: 31 });
    assert.deepEqual(inDocument(published.diagnostics).map((d) => [d.code, text.slice(...rangeToOffsets(text, d.range))]), [['rank-conflict', 'Vice County Mayor']]);
    // a request round trip later, nothing newer or older has been published after version 31
    await client.hover(uri, positionAt(text, wang[0]));
    const mine = client.published.filter((p) => p.uri === uri);
    assert.equal(mine[mine.length - 1].version, 31, `published versions: ${mine.map((p) => p.version)}`);
    const versions = mine.map((p) => p.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'diagnostics published out of order');
  });
});

describe('positions outside the document', () => {
  it('a hover beyond the end returns null or an error, and the server keeps serving', async () => {
    const uri = testUri('outside.report');
    client.open(uri, SHORT);
    await client.waitForDiagnostics(uri, () => true, { version: 1 });
    const lines = lineStarts(SHORT).length;
    for (const position of [{ line: lines + 100, character: 0 }, { line: 0, character: 10000 }, { line: lines - 1, character: 50 }]) {
      let answer;
      try {
        answer = await client.hover(uri, position);
      } catch (e) {
        assert.ok(Number.isInteger(e.code), `not a JSON-RPC error response: ${e}`);
        answer = null;
      }
      assert.equal(answer, null, `hover at ${JSON.stringify(position)}: ${JSON.stringify(answer)}`);
    }
    const missing = await client.hover(testUri('never-opened.report'), { line: 0, character: 0 });
    assert.equal(missing, null);
    client.assertAlive();
    const [zhou] = occurrences(SHORT, ['Zhou Zhihong']);
    const hover = await client.hover(uri, positionAt(SHORT, zhou[0]));
    assert.deepEqual(rangeToOffsets(SHORT, hover.range), zhou);
    const ranged = await client.semanticTokensRange(uri, { start: { line: 0, character: 0 }, end: { line: lines + 50, character: 0 } });
    assert.deepEqual(persons(decodeSemanticTokens(ranged.data, client.legend, SHORT)), occurrences(SHORT, ['Zhou Zhihong', 'Li Ming', 'Chen Guoli']));
  });
});

/** Server-made Markdown constructs that may contain unescaped brackets and parentheses. */
const TEMPLATES = [
  /\((?:person|title|quoted slogan|theme phrase|one holder at a time)\)/g,
  /\(\[show all\]\(command:reportLens\.showMentions\?[^)\s]*\)\)/g,
  /\(“/g, // a role cue: ' (“cue”)', the cue itself escaped
];

function assertSafeMarkdown(markdown, what) {
  // the only link targets, and the only command: URIs, are the show-mentions command
  for (const m of markdown.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) assert.match(m[1], /^command:reportLens\.showMentions\?/, `${what}: link to ${m[1]}`);
  for (const m of markdown.matchAll(/command:([^\s?)]*)/g)) assert.equal(m[1], 'reportLens.showMentions', `${what}: command:${m[1]}`);
  // no raw HTML, no unescaped [ ( < outside the server's own constructs
  let rest = markdown;
  for (const t of TEMPLATES) rest = rest.replace(t, '');
  const raw = [...rest.matchAll(/(?<!\\)(?:\\\\)*[[(<]/g)].map((m) => rest.slice(Math.max(0, m.index - 20), m.index + 20));
  assert.deepEqual(raw, [], `${what}: unescaped [ ( < in\n${markdown}`);
  assert.doesNotMatch(markdown, /(?<!\\)<\/?[a-z]/i, `${what}: raw HTML`);
}

describe('Markdown and HTML in the document', () => {
  // a file name full of Markdown, so that "Also in: <file name>" brings it into hovers too
  const evilUri = 'file:///tmp/%5Bx%5D(command%3Aworkbench.action.files.delete)%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.report';
  const uri = testUri('markdown-injection.report');

  before(async () => {
    client.open(evilUri, MARKDOWN);
    await client.waitForDiagnostics(evilUri, () => true, { version: 1 });
  });

  it('hovers on the person, the titles and the quoted slogan escape everything that comes from the document', async () => {
    const got = await openAndCollect(uri, MARKDOWN);
    assert.deepEqual(got.tokens.map((t) => [t.type, t.text]), [
      ['person', 'Zhou Zhihong'],
      ['title', 'Secretary of the Municipal Party Committee'],
      ['person', 'Zhou Zhihong'],
      ['theme', '[click](command:workbench.action.files.delete) <b>bold</b> (x)'],
      ['theme', 'two safeguards'],
      ['title', 'Secretary'],
      ['person', 'Zhou'],
    ]);
    for (const { token, hover } of got.hovers) {
      assert.equal(hover.contents.kind, 'markdown');
      assertSafeMarkdown(hover.contents.value, `hover on ${token.type} ${JSON.stringify(token.text)}`);
    }
    const person = got.hovers[0].hover.contents.value;
    assert.match(person, /^\*\*Zhou Zhihong\*\* \(person\)/);
    // the other report's file name is shown, escaped
    assert.ok(person.includes('\\[x\\]\\(command\\:workbench\\.action\\.files\\.delete\\) \\<img src\\=x onerror\\=alert\\(1\\)\\>\\.report'), person);
    const slogan = got.hovers[3].hover.contents.value;
    assert.ok(slogan.startsWith('**\\[click\\]\\(command\\:workbench\\.action\\.files\\.delete\\) \\<b\\>bold\\</b\\> \\(x\\)** (quoted slogan)'), slogan);
    // the surname-only mention quotes the document text
    assert.match(got.hovers[6].hover.contents.value, /^“Zhou” refers to \*\*Zhou Zhihong\*\*/);
  });

  it('the hover on the person of the evil file name links only to its own mentions', async () => {
    const [zhou] = occurrences(MARKDOWN, ['Zhou Zhihong']);
    const hover = await client.hover(evilUri, positionAt(MARKDOWN, zhou[0]));
    const markdown = hover.contents.value;
    // the link destination as CommonMark reads it: up to the ')' that balances the '(' after ']'
    const at = markdown.indexOf('](command:reportLens.showMentions?');
    assert.ok(at > 0, markdown);
    let depth = 0;
    let end = at + 2;
    for (; end < markdown.length; end++) {
      if (markdown[end] === '(') depth++;
      else if (markdown[end] === ')' && depth-- === 0) break;
    }
    const destination = markdown.slice(at + 2, end);
    const query = destination.slice(destination.indexOf('?') + 1);
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), [evilUri, 2, 0]);
    assertSafeMarkdown(markdown, 'hover in the evil file');
  });

  it('the show-mentions link survives a file name with an unbalanced parenthesis', async () => {
    // "minutes (draft.report": a legal file name; a ')' or '(' left raw in the link destination
    // ends the link early or swallows the text after it
    const oddUri = 'file:///tmp/minutes%20(draft.report';
    client.open(oddUri, SHORT);
    await client.waitForDiagnostics(oddUri, () => true, { version: 1 });
    const [zhou] = occurrences(SHORT, ['Zhou Zhihong']);
    const hover = await client.hover(oddUri, positionAt(SHORT, zhou[0]));
    const link = /\(\[show all\]\(command:reportLens\.showMentions\?([^\s]*?)\)\)\./.exec(hover.contents.value);
    assert.ok(link, hover.contents.value);
    assert.doesNotMatch(link[1], /[()]/, `raw parenthesis in the command arguments: ${link[1]}`);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [oddUri, 4, 86]);
  });

  it('the outline names are the plain document text (no Markdown there)', async () => {
    const symbols = await client.documentSymbol(uri);
    const names = [];
    walk(symbols, (s) => names.push(s.name));
    assert.ok(names.includes('Zhou Zhihong'));
    for (const s of names) assert.ok(!s.includes('\\'), `escaped outline name ${s}`);
    assert.equal(normalize(names[0]), 'municipal meeting held');
  });
});
