/**
 * The UTF-16 code units of a text in a typed array. A loop reads a Uint16Array faster than it calls
 * charCodeAt, which looks at how the string is stored (flat or not, one or two bytes a character) at
 * every call.
 */
import type { Scratch } from './scratch';

/** Code units past the end of the text, all 0, so that looking one or two units ahead needs no bounds test. */
export const PADDING = 2;

/** Whether Buffer's "utf16le" encoding writes code units as this machine stores a Uint16Array. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** text's code units, then PADDING zeros (from the scratch memory when there is one). */
export function codeUnitsOf(text: string, scratch?: Scratch): Uint16Array {
  const n = text.length;
  const units = scratch ? scratch.units(n + PADDING) : new Uint16Array(n + PADDING);
  if (LITTLE_ENDIAN && n > 64) {
    // one copy in native code, lone surrogates included
    Buffer.from(units.buffer, units.byteOffset, 2 * n).write(text, 0, 'utf16le');
  } else {
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  }
  for (let i = n; i < n + PADDING; i++) units[i] = 0;
  return units;
}
