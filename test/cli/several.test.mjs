// `validate` and `convert` with several inputs (docs/spec.md: a `src` with several addresses is
// one merged list, and the CLI gives a publisher the same): black-box, on the built dist/cli.js.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from './support.mjs';

let dir;
const file = (name) => join(dir, name);
const jsonFeed = (title, items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'partnership-feed-several-'));
  await writeFile(
    file('blog.json'),
    jsonFeed('Library blog', [
      { id: 'b1', title: 'Story time returns', url: 'https://library.example.org/story-time', date_published: '2024-02-01' },
      { id: 'shared', title: 'Grant awarded', url: 'https://state.example.org/grant', date_published: '2024-01-10' },
    ]),
  );
  await writeFile(
    file('state.json'),
    jsonFeed('State library', [
      { id: 's1', title: 'Grant awarded', url: 'https://state.example.org/grant', date_published: '2024-01-10' },
      { id: 's2', title: 'New toolkit', url: 'https://state.example.org/toolkit', date_published: '2024-03-05' },
    ]),
  );
  await writeFile(file('broken.json'), jsonFeed('Broken', [{ id: 'x' }]));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('partnership-feed with several inputs', () => {
  it('convert merges them newest first, a resource they share once, under the first one’s title', async () => {
    const { code, stderr } = await run('convert', file('blog.json'), file('state.json'), '-o', file('merged.json'));
    assert.equal(code, 0);
    assert.match(stderr, /Merged 2 feeds into 3 items\./);
    const merged = JSON.parse(await readFile(file('merged.json'), 'utf8'));
    assert.equal(merged.title, 'Library blog');
    assert.deepEqual(
      merged.items.map((item) => item.title),
      ['New toolkit', 'Story time returns', 'Grant awarded'],
    );
  });

  it('convert --title names the merged feed', async () => {
    const { code, stdout } = await run('convert', file('blog.json'), file('state.json'), '--title', 'Partnerships');
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).title, 'Partnerships');
  });

  it('validate reports each input in turn and exits 1 when one has errors', async () => {
    const { code, stdout } = await run('validate', file('blog.json'), file('broken.json'));
    assert.equal(code, 1);
    assert.match(stdout, /blog\.json: 0 errors, 2 warnings\. 2 of 2 items become cards\./);
    assert.match(stdout, /broken\.json: 1 error, 3 warnings\. 0 of 1 item become cards\./);
  });

  it('validate still checks the others when one cannot be read, and exits 2', async () => {
    const { code, stdout, stderr } = await run('validate', file('missing.json'), file('state.json'));
    assert.equal(code, 2);
    assert.match(stderr, /no such file: .*missing\.json/);
    assert.match(stdout, /state\.json: 0 errors, 2 warnings\. 2 of 2 items become cards\./);
  });
});
