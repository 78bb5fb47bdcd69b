/**
 * A Vite plugin for the bundles, after every minifier: writes each character outside ASCII as a
 * `\u` escape. V8 keeps a script's source text for as long as the page lives, as one byte per
 * character when it is all Latin-1 and as two otherwise, so one "…" in the bundle doubled the 69 KB
 * it holds on every page. Neither minifier can be asked for this: terser's `ascii_only` leaves
 * template literals alone, and Rolldown's, which runs last, writes escapes back as characters. The
 * escaped file is also smaller gzipped.
 *
 * Safe where a minified bundle can hold such a character: in a string or a template literal (the
 * cooked value is the same; nothing in the bundles reads a template's `raw`), in a regular
 * expression (an escape matches the same character, with or without the `u` flag) and in an
 * identifier (an escape is the same name). test/bundle/ascii-only.test.mjs checks this against the
 * JavaScript parser (acorn) and by running both forms.
 */
import { decode, encode } from '@jridgewell/sourcemap-codec';

const NON_ASCII = /\\*[\u0080-\uFFFF]/g;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * `code` with each character outside ASCII as `\uXXXX` (an astral one as its two surrogates),
 * except a byte-order mark that starts it; and, per line, where the text grew, to move a source map.
 */
export function escapeNonAscii(code) {
  /** @type {Array<Array<[number, number]>>} per line: [column in `code`, columns added there] */
  const shifts = [];
  let line = 0;
  let lineStart = 0;
  let escaped = '';
  let copied = 0;
  for (const match of code.matchAll(NON_ASCII)) {
    const slashes = match[0].length - 1;
    const at = match.index + slashes;
    if (at === 0 && code[0] === BYTE_ORDER_MARK) continue;
    for (let newline = code.indexOf('\n', lineStart); newline !== -1 && newline < at; newline = code.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = newline + 1;
    }
    // An escaped character ("\…") means the character itself: drop that backslash, or the new
    // escape would read as an escaped backslash.
    const from = slashes % 2 ? at - 1 : at;
    const escape = `\\u${code.charCodeAt(at).toString(16).padStart(4, '0')}`;
    escaped += code.slice(copied, from) + escape;
    copied = at + 1;
    (shifts[line] ??= []).push([at - lineStart + 1, escape.length - (at + 1 - from)]);
  }
  return { code: escaped + code.slice(copied), shifts };
}

/** A source map's mappings with each generated column moved by the text inserted before it. */
export function shiftMappings(mappings, shifts) {
  const lines = decode(mappings);
  shifts.forEach((lineShifts, line) => {
    for (const segment of lines[line] ?? []) {
      let added = 0;
      for (const [column, grew] of lineShifts) if (column <= segment[0]) added += grew;
      segment[0] += added;
    }
  });
  return encode(lines);
}

/**
 * @param {{ skip?: (fileName: string) => boolean }} [options] Files left as they are: those that are
 *   mostly text in other scripts (a language's strings, the table of named references), where escapes
 *   would cost more bytes than the memory they save.
 * @returns {import('vite').Plugin}
 */
export function asciiOnly({ skip = () => false } = {}) {
  return {
    name: 'ascii-only',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || skip(chunk.fileName) || !/[\u0080-\uFFFF]/.test(chunk.code.replace(/^\uFEFF/, ''))) continue;
        const { code, shifts } = escapeNonAscii(chunk.code);
        chunk.code = code;
        if (chunk.map) chunk.map.mappings = shiftMappings(chunk.map.mappings, shifts);
        // Rolldown has already put the map in the bundle as a file of its own by now.
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const map = JSON.parse(String(mapFile.source));
          map.mappings = shiftMappings(map.mappings, shifts);
          mapFile.source = JSON.stringify(map);
        }
      }
    },
  };
}
