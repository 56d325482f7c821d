/** The test helpers themselves: UTF-16 positions, text edits and semantic-token decoding. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, applyWorkspaceEdit, lineStarts, offsetAt, offsetsToRange, positionAt, rangeToOffsets } from './helpers/textEdits.mjs';
import { decodeSemanticTokens } from './helpers/tokens.mjs';

const pos = (line, character) => ({ line, character });
const range = (l1, c1, l2, c2) => ({ start: pos(l1, c1), end: pos(l2, c2) });

describe('positions', () => {
  it('counts lines at \\n, \\r\\n and a lone \\r', () => {
    assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
    assert.deepEqual(lineStarts(''), [0]);
    assert.deepEqual(lineStarts('x\n'), [0, 2]);
  });

  it('maps positions to UTF-16 offsets across CRLF and surrogate pairs', () => {
    const text = 'ab\r\n👉Zhou\nend';
    assert.equal(offsetAt(text, pos(0, 2)), 2);
    assert.equal(offsetAt(text, pos(1, 0)), 4);
    assert.equal(offsetAt(text, pos(1, 2)), 6); // after the two code units of 👉
    assert.equal(text.slice(offsetAt(text, pos(1, 2)), offsetAt(text, pos(1, 6))), 'Zhou');
    assert.equal(offsetAt(text, pos(2, 3)), text.length);
  });

  it('rejects positions beyond a line end or the last line unless told to clamp', () => {
    const text = 'ab\r\ncd';
    assert.throws(() => offsetAt(text, pos(0, 3)), /beyond the end of line 0/); // would point between \r and \n
    assert.throws(() => offsetAt(text, pos(2, 0)), /beyond the last line/);
    assert.throws(() => offsetAt(text, pos(0, -1)), /invalid position/);
    assert.equal(offsetAt(text, pos(0, 9), { strict: false }), 2);
    assert.equal(offsetAt(text, pos(7, 0), { strict: false }), text.length);
    assert.throws(() => rangeToOffsets(text, range(1, 1, 0, 0)), /inverted/);
  });

  it('round-trips offsets and ranges', () => {
    const text = 'a\r\n👉b\nc\rd';
    for (let s = 0; s <= text.length; s++) {
      if (text[s - 1] === '\r' && text[s] === '\n') continue; // between \r and \n: no position of its own
      assert.equal(offsetAt(text, positionAt(text, s)), s);
      for (let e = s; e <= text.length; e++) {
        if (text[e - 1] === '\r' && text[e] === '\n') continue;
        assert.deepEqual(rangeToOffsets(text, offsetsToRange(text, s, e)), [s, e]);
      }
    }
    assert.deepEqual(positionAt(text, 3), pos(1, 0));
    assert.deepEqual(positionAt(text, 5), pos(1, 2));
  });
});

describe('text edits', () => {
  it('applies several edits given against the original text, in any order', () => {
    const text = 'Vice Mayor Yu Ke\r\nand Mayor Yu Ke\n';
    const out = applyTextEdits(text, [
      { range: range(1, 4, 1, 9), newText: 'Vice Mayor' },
      { range: range(0, 0, 0, 10), newText: 'Mayor' },
    ]);
    assert.equal(out, 'Mayor Yu Ke\r\nand Vice Mayor Yu Ke\n');
  });

  it('applies edits across line breaks, inserts and deletions', () => {
    const text = 'one\r\ntwo\nthree';
    assert.equal(applyTextEdits(text, [{ range: range(0, 3, 1, 0), newText: ' ' }]), 'one two\nthree');
    assert.equal(applyTextEdits(text, [{ range: range(2, 0, 2, 0), newText: '>' }, { range: range(2, 0, 2, 0), newText: '>' }, { range: range(1, 0, 1, 3), newText: '' }]), 'one\r\n\n>>three');
  });

  it('rejects overlapping edits and edits outside the text', () => {
    const text = 'abcdef';
    assert.throws(() => applyTextEdits(text, [{ range: range(0, 0, 0, 3), newText: 'x' }, { range: range(0, 2, 0, 4), newText: 'y' }]), /overlapping/);
    assert.throws(() => applyTextEdits(text, [{ range: range(0, 0, 0, 7), newText: 'x' }]), /beyond the end/);
    assert.throws(() => applyTextEdits(text, [{ range: range(0, 0, 0, 1) }]), /newText/);
  });

  it('applies the changes of a WorkspaceEdit for one document only', () => {
    const uri = 'file:///a.report';
    assert.equal(applyWorkspaceEdit('Vice Mayor', { changes: { [uri]: [{ range: range(0, 0, 0, 5), newText: '' }] } }, uri), 'Mayor');
    assert.equal(applyWorkspaceEdit('Vice Mayor', { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: range(0, 0, 0, 4), newText: 'Deputy' }] }] }, uri), 'Deputy Mayor');
    assert.throws(() => applyWorkspaceEdit('x', { changes: { 'file:///b.report': [] } }, uri), /another document/);
  });
});

describe('semantic token decoding', () => {
  const legend = { tokenTypes: ['person', 'title', 'theme'], tokenModifiers: ['declaration', 'surnameOnly'] };

  it('decodes relative lines and characters, types and modifier bits', () => {
    const text = '👉Zhou Zhihong, Mayor\r\nSecretary Zhou';
    const tokens = decodeSemanticTokens([0, 2, 12, 0, 1, 0, 14, 5, 1, 0, 1, 10, 4, 0, 2], legend, text);
    assert.deepEqual(tokens.map((t) => [t.line, t.character, t.type, t.modifiers, t.start, t.end, t.text]), [
      [0, 2, 'person', ['declaration'], 2, 14, 'Zhou Zhihong'],
      [0, 16, 'title', [], 16, 21, 'Mayor'],
      [1, 10, 'person', ['surnameOnly'], 33, 37, 'Zhou'],
    ]);
  });

  it('rejects malformed data', () => {
    assert.throws(() => decodeSemanticTokens([0, 0, 1, 0], legend, 'ab'), /multiple of 5/);
    assert.throws(() => decodeSemanticTokens([0, 0, 1, 7, 0], legend, 'ab'), /not in the legend/);
    assert.throws(() => decodeSemanticTokens([0, 0, 1, 0, 4], legend, 'ab'), /modifier bits/);
    assert.throws(() => decodeSemanticTokens([0, 0, 3, 0, 0], legend, 'ab\ncd'), /beyond the end of line/);
    assert.throws(() => decodeSemanticTokens([0, 0, 2, 0, 0, 0, 1, 1, 0, 0], legend, 'abcd'), /overlaps/);
    assert.throws(() => decodeSemanticTokens([0, 0, 0, 0, 0], legend, 'ab'), /zero length/);
  });
});
