/**
 * The WordPress plugin's zip carries every script the bundle may load from beside itself: the two
 * entry scripts, each on-demand file (every language, `zh-CN` and `zh-TW` included) and the chunks
 * they share. A missing one means a WordPress site falls back to English, or loses a reader, where
 * a page loading dist/ does not. `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The names in a zip's central directory. */
function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + skip;
  }
  return names;
}

describe('the WordPress plugin zip', () => {
  it('holds every script dist/ has beside the bundle, for the plugin to serve', () => {
    const scripts = readdirSync(DIST).filter((name) => /^partnership-feed([.-].*)?\.js$/.test(name));
    const zipped = zipEntries(readFileSync(`${DIST}partnership-feed-wordpress.zip`))
      .filter((name) => name.startsWith('partnership-feed/assets/'))
      .map((name) => name.slice('partnership-feed/assets/'.length));
    assert.ok(scripts.includes('partnership-feed-zh-TW.js'), 'the build writes the Chinese strings');
    assert.deepEqual(zipped.filter((name) => name.endsWith('.js')).sort(), scripts.sort());
  });
});
