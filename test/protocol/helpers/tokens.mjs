/** Decoding of LSP semantic tokens (relative encoding) with the legend the server announced. */
import { lineStarts, offsetAt } from './textEdits.mjs';

/**
 * Decodes `data` into tokens with absolute line/character, type and modifier names, and (given the
 * document text) UTF-16 offsets and the covered text. Throws on malformed data: a length that is
 * not a multiple of 5, an unknown type index or modifier bit, a token that is not sorted, crosses a
 * line end or lies outside the document.
 */
export function decodeSemanticTokens(data, legend, text) {
  if (!Array.isArray(data) || data.length % 5 !== 0) throw new Error(`semantic token data has length ${data?.length}, not a multiple of 5`);
  const starts = text === undefined ? undefined : lineStarts(text);
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, typeIndex, modifierBits] = data.slice(i, i + 5);
    for (const v of [deltaLine, deltaStart, length, typeIndex, modifierBits]) {
      if (!Number.isInteger(v) || v < 0) throw new Error(`token ${i / 5}: invalid number ${v}`);
    }
    if (length === 0) throw new Error(`token ${i / 5}: zero length`);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const type = legend.tokenTypes[typeIndex];
    if (type === undefined) throw new Error(`token ${i / 5}: type index ${typeIndex} not in the legend`);
    if (modifierBits >= 2 ** legend.tokenModifiers.length) throw new Error(`token ${i / 5}: modifier bits ${modifierBits} not in the legend`);
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    const token = { line, character, length, type, modifiers };
    if (text !== undefined) {
      token.start = offsetAt(text, { line, character }, { starts });
      token.end = offsetAt(text, { line, character: character + length }, { starts });
      token.text = text.slice(token.start, token.end);
    }
    const previous = tokens[tokens.length - 1];
    if (previous && (previous.line === line ? previous.character + previous.length > character : false)) {
      throw new Error(`token ${i / 5} at ${line}:${character} overlaps the previous one`);
    }
    tokens.push(token);
  }
  return tokens;
}
