// The CLI's advice follows each problem's code (src/feed/diagnostics.ts), for every format it reads.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from './support.mjs';

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'partnership-feed-diagnostics-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function validated(name, text, ...args) {
  const file = join(dir, name);
  await writeFile(file, text);
  return run('validate', file, ...args);
}

describe('partnership-feed validate: advice by code', () => {
  it('names the skipped posts of a WordPress list, with the fix for each reason, and the missing _embed', async () => {
    const posts = [
      { id: 1, title: { rendered: 'A' }, link: 'https://example.org/a' },
      { id: 2, title: { rendered: '' }, link: 'https://example.org/b' },
      7,
    ];
    const { code, stdout } = await validated('posts.json', JSON.stringify(posts));
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      /^error {3}item 2 \(id "2"\): The item is skipped: it has neither a title nor any text\.\n {8}Fix: Give the item a title/m,
    );
    assert.match(stdout, /^error {3}item 3: The item is skipped: it is not an object\.\n {8}Fix: Fix or remove the item/m);
    assert.match(stdout, /^warning feed: The WordPress posts come without types, tags or pictures.*\n {8}Fix: Add _embed to the address/m);
    assert.match(stdout, /: 2 errors, 1 warning\. 1 item becomes a card\.\n$/);
  });

  it('gives a spreadsheet’s unused columns and unreadable cells their own fixes', async () => {
    const { code, stdout } = await validated('sheet.csv', 'title,url,date,colour\nA,ftp://x,soon,red\n');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning feed: The column "colour" is not used\.\n {8}Fix: Rename the column/m);
    assert.match(stdout, /^warning row 2: The link "ftp:\/\/x" is not a full web address.*\n {8}Fix: Write the full address/m);
    assert.match(stdout, /^warning row 2: The date "soon" cannot be read.*\n {8}Fix: Write the date as 2024-03-15/m);
  });

  it('tells an HTML page, in JSON or XML clothing, from a feed it cannot read', async () => {
    for (const format of [[], ['--format', 'rss']]) {
      const { code, stdout } = await validated('page.html', '<!doctype html><html><body>Library</body></html>', ...format);
      assert.equal(code, 1, stdout);
      assert.match(stdout, /Fix: Use the address of the feed itself/);
    }
    const other = await validated('other.xml', '<?xml version="1.0"?><catalog/>');
    assert.equal(other.code, 1, other.stdout);
    assert.doesNotMatch(other.stdout, /Use the address of the feed itself/);
  });
});
