/**
 * The bundles are plain ASCII (build/ascii-only.mjs: V8 holds an all-Latin-1 script at one byte a
 * character, else at two, for the page's lifetime), and the escaping that makes them so changes no
 * value a program can read: checked against acorn's reading of both forms and by running both. The
 * source maps still point where they did. `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { SourceMapConsumer } from 'source-map-js';
import { LANGUAGES } from '../../build/on-demand.mjs';
import { escapeNonAscii, shiftMappings } from '../../build/ascii-only.mjs';
import { positionOf, readDist as dist } from '../support/dist.mjs';
const isAscii = (text) => !/[\u0080-\uFFFF]/.test(text);

/** Every place a minified bundle can hold a character outside ASCII, and what each reads as. */
const SAMPLE = String.raw`
const tag = (strings, ...values) => strings.join('|') + values.join('|');
const café = 'naïve';
const results = {
  double: "Loading resources…",
  single: 'Title (A–Z) ×',
  template: ${'`'}Showing ${'${'}café} — ${'${'}1 + 1}…${'`'},
  tagged: tag${'`'}content: '→' ${'${'}café} ‘quoted’${'`'},
  escapedCharacter: '\…',
  escapedBackslash: '\\…',
  astral: '📚 books',
  nbsp: 'a b',
  regex: /[–—]+/.test('a–b'),
  regexUnicode: /^\p{L}+📚$/u.test('éa📚'),
  regexClass: 'x…y'.replace(/[…]/g, '.'),
  identifier: café,
};
results;
`;

/** What acorn reads, without positions, raw spellings and regular expressions' spelling (run instead). */
function reading(code) {
  return JSON.parse(
    JSON.stringify(parse(code, { ecmaVersion: 'latest' }), (key, value) =>
      ['start', 'end', 'raw', 'regex'].includes(key) || (key === 'value' && value instanceof RegExp) ? undefined : value,
    ),
  );
}

describe('the ASCII-only bundles', () => {
  it('hold no character outside ASCII but the classic script’s byte-order mark, nor do the on-demand files but languages and named references', () => {
    const iife = dist('partnership-feed.iife.js');
    assert.equal(iife[0], '\uFEFF');
    assert.ok(isAscii(iife.slice(1)), 'partnership-feed.iife.js');
    const skipped = new Set(['partnership-feed-entities.js', ...LANGUAGES.map((code) => `partnership-feed-${code}.js`)]);
    const files = readdirSync(new URL('../../dist/', import.meta.url)).filter(
      (name) => /^partnership-feed(-.+)?\.js$/.test(name) && !name.endsWith('.iife.js') && !skipped.has(name),
    );
    assert.ok(files.includes('partnership-feed.js') && files.includes('partnership-feed-later.js'));
    for (const name of files) assert.ok(isAscii(dist(name)), name);
  });

  it('read and run as the text did before its escapes', () => {
    assert.ok(!isAscii(SAMPLE));
    const { code } = escapeNonAscii(SAMPLE);
    assert.ok(isAscii(code));
    assert.deepEqual(reading(code), reading(SAMPLE));
    // Compared as JSON: each run's objects come from its own context.
    assert.equal(JSON.stringify(runInNewContext(code)), JSON.stringify(runInNewContext(SAMPLE)));
    assert.equal(runInNewContext(code).escapedBackslash, '\\…');
  });

  it('keep a byte-order mark at the start, and move each source-map column by what was inserted before it on its line', () => {
    const { code, shifts } = escapeNonAscii('\uFEFFa="…";b="é…";\nc="…"');
    assert.equal(code, '\uFEFFa="\\u2026";b="\\u00e9\\u2026";\nc="\\u2026"');
    // A column at an escaped character stays; `b` (7) moves past one escape, its string (9) too;
    // the second line moves by its own escape only.
    const mappings = shiftMappings('AAAA,EAAE,EAAE,GAAG,EAAE;AAAA,IAAI', shifts);
    const consumer = new SourceMapConsumer({ version: 3, sources: ['x.js'], names: [], mappings });
    const columns = [];
    consumer.eachMapping((mapping) => columns.push(`${mapping.generatedLine}:${mapping.generatedColumn}`));
    assert.deepEqual(columns, ['1:0', '1:2', '1:4', '1:12', '1:14', '2:0', '2:9']);
  });

  it('map a string after many escapes in the bundle to its line in the source', () => {
    const code = dist('partnership-feed.js');
    const consumer = new SourceMapConsumer(JSON.parse(dist('partnership-feed.js.map')));
    assert.ok(code.slice(0, code.indexOf('Show more`')).split('\\u').length > 10, 'escapes before it');
    const { source, line: sourceLine } = consumer.originalPositionFor(positionOf(code, 'Show more`'));
    assert.match(source, /src\/i18n\/en\.ts$/);
    const enLines = readFileSync(new URL('../../src/i18n/en.ts', import.meta.url), 'utf8').split('\n');
    assert.match(enLines[sourceLine - 1], /showMore: 'Show more'/);
  });
});
