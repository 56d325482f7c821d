/**
 * UTF-16 positions and LSP text edits on plain strings, written independently of the server's
 * TextDocument so that the tests check its conversions instead of repeating them.
 *
 * A line ends at "\n", "\r\n" or a lone "\r" (as in LSP); `character` counts UTF-16 code units.
 */

/** Offsets at which each line starts. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Offset where the content of a line ends (before its line break). */
function lineContentEnd(text, starts, line) {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * The offset of an LSP position. Strict by default: a position outside the document, or beyond the
 * end of its line, throws (a server that produces one has a bug). With `{ strict: false }` it is
 * clamped like vscode-languageserver-textdocument does.
 */
export function offsetAt(text, position, { strict = true, starts = lineStarts(text) } = {}) {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) {
    throw new RangeError(`invalid position ${JSON.stringify(position)}`);
  }
  if (line >= starts.length) {
    if (strict) throw new RangeError(`position ${line}:${character} is beyond the last line (${starts.length - 1})`);
    return text.length;
  }
  const end = lineContentEnd(text, starts, line);
  const offset = starts[line] + character;
  if (offset > end) {
    if (strict) throw new RangeError(`position ${line}:${character} is beyond the end of line ${line} (length ${end - starts[line]})`);
    return end;
  }
  return offset;
}

/** The LSP position of an offset (0 <= offset <= text.length). */
export function positionAt(text, offset, { starts = lineStarts(text) } = {}) {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) throw new RangeError(`offset ${offset} outside [0, ${text.length}]`);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  // an offset between "\r" and "\n" belongs to the line the "\r" ends
  return { line: lo, character: offset - starts[lo] };
}

/** [start, end) offsets of an LSP range; throws when it is inverted or outside the document. */
export function rangeToOffsets(text, range, options = {}) {
  const starts = options.starts ?? lineStarts(text);
  const start = offsetAt(text, range.start, { ...options, starts });
  const end = offsetAt(text, range.end, { ...options, starts });
  if (end < start) throw new RangeError(`inverted range ${JSON.stringify(range)}`);
  return [start, end];
}

export function offsetsToRange(text, start, end) {
  const starts = lineStarts(text);
  return { start: positionAt(text, start, { starts }), end: positionAt(text, end, { starts }) };
}

/**
 * Applies LSP TextEdits (all relative to `text`, as in a WorkspaceEdit) and returns the new text.
 * Edits must not overlap; inserts at the same offset keep their given order.
 */
export function applyTextEdits(text, edits) {
  const starts = lineStarts(text);
  const resolved = edits.map((e, index) => {
    if (typeof e.newText !== 'string') throw new TypeError(`edit ${index} has no newText`);
    const [start, end] = rangeToOffsets(text, e.range, { starts });
    return { start, end, newText: e.newText, index };
  });
  resolved.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].start < resolved[i - 1].end) {
      throw new RangeError(`overlapping edits [${resolved[i - 1].start},${resolved[i - 1].end}) and [${resolved[i].start},${resolved[i].end})`);
    }
  }
  let out = '';
  let at = 0;
  for (const e of resolved) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The TextEdits a WorkspaceEdit makes to one document (`changes`, or `documentChanges` made of
 * TextDocumentEdits); throws when it touches any other document or creates/renames/deletes files.
 */
export function workspaceEditFor(edit, uri) {
  const out = [];
  for (const [u, edits] of Object.entries(edit.changes ?? {})) {
    if (u !== uri) throw new Error(`edit touches another document: ${u}`);
    out.push(...edits);
  }
  for (const dc of edit.documentChanges ?? []) {
    if (!dc.textDocument) throw new Error(`unexpected resource operation ${JSON.stringify(dc)}`);
    if (dc.textDocument.uri !== uri) throw new Error(`edit touches another document: ${dc.textDocument.uri}`);
    out.push(...dc.edits);
  }
  return out;
}

/** Applies the part of a WorkspaceEdit that concerns `uri` to `text`. */
export function applyWorkspaceEdit(text, edit, uri) {
  return applyTextEdits(text, workspaceEditFor(edit, uri));
}
