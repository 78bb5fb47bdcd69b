/** Reading the built files in dist/ (`npm test` builds them first) and finding text in them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** A file of dist/, as text. */
export const readDist = (name) => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');

/** Line (1-based) and column (0-based) of `text`'s first occurrence in `code`, as source maps count them. */
export function positionOf(code, text) {
  const index = code.indexOf(text);
  assert.ok(index >= 0, `${text} is in the file`);
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') - 1 };
}
