/**
 * Both bundles start with V8's compile hint (vite.config.ts): Chromium compiles every function of
 * a script whose first line is `//# allFunctionsCalledOnLoad` while it downloads, instead of one
 * at a time on the main thread when each is first called. The hint only works as the script's
 * first line (after the classic script's byte-order mark), and it must stay a comment that moves
 * no source-map position. `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'acorn';
import { SourceMapConsumer } from 'source-map-js';
import { positionOf, readDist as dist } from '../support/dist.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';

describe('the bundles’ compile hint', () => {
  for (const [name, start] of [
    ['partnership-feed.js', HINT],
    ['partnership-feed.iife.js', `\uFEFF${HINT}`],
  ]) {
    it(`is the first line of ${name}, a comment, and the source map still points into the source`, () => {
      const code = dist(name);
      assert.ok(code.startsWith(start), `${name} starts with the hint`);
      const sourceType = name.endsWith('.iife.js') ? 'script' : 'module';
      const program = parse(code.replace(/^\uFEFF/, ''), { ecmaVersion: 'latest', sourceType });
      assert.ok(program.body.length > 0);
      assert.equal(code.split(HINT).length, 2, 'the hint appears once');

      const map = new SourceMapConsumer(JSON.parse(dist(`${name}.map`)));
      const message = 'could not load partnership-feed-later.js';
      const original = map.originalPositionFor(positionOf(code, message));
      assert.match(original.source ?? '', /src\/element\/controllers\/later\.ts$/);
      const source = readFileSync(new URL('../../src/element/controllers/later.ts', import.meta.url), 'utf8');
      assert.equal(original.line, positionOf(source, message).line);
    });
  }
});
