// The command-line tool follows a feed's paging to the end, as the widget's "Show more" does:
// a three-page WordPress REST feed (pages of the captured test/fixtures/wordpress-posts.json,
// with the headers WordPress sends) and a JSON Feed whose next_url loops back, served on loopback.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root, run, serveRoutes } from './support.mjs';

const pageFile = (number) => join(root, 'test/cli/fixtures/wordpress-pages', `page-${number}.json`);

const jsonFeed = (title, items, nextUrl) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    ...(nextUrl ? { next_url: nextUrl } : {}),
    items: items.map((id) => ({ id, title: `Item ${id}`, url: `https://example.org/${id}` })),
  });

describe('partnership-feed across pages', () => {
  let server;
  let origin;
  const requests = [];
  const feed = (body) => ({ type: 'application/feed+json', body });
  before(async () => {
    server = await serveRoutes({
      '/wp-json/wp/v2/posts': async (url, origin) => {
        requests.push(`${url.pathname}${url.search}`);
        const page = Number(url.searchParams.get('page') ?? 1);
        const next = `<${origin}/wp-json/wp/v2/posts?_embed&per_page=2&page=${page + 1}>; rel="next"`;
        const headers = { 'x-wp-total': '5', 'x-wp-totalpages': '3', ...(page < 3 ? { link: next } : {}) };
        return { type: 'application/json; charset=UTF-8', body: await readFile(pageFile(page)), headers };
      },
      '/loop/a.json': async (_url, origin) => feed(jsonFeed('Loop', ['a1', 'a2'], `${origin}/loop/b.json`)),
      // Repeats an id of the first page, and leads back to it.
      '/loop/b.json': async (_url, origin) => feed(jsonFeed('Loop', ['a1', 'b1'], `${origin}/loop/a.json`)),
    });
    origin = server.origin;
  });
  after(() => server.close());

  it('converts every page of a three-page WordPress REST feed, with a line per page', async () => {
    requests.length = 0;
    const { code, stdout, stderr } = await run('convert', `${origin}/wp-json/wp/v2/posts?_embed&per_page=2`);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    const expected = JSON.parse(await readFile(join(root, 'test/fixtures/wordpress-posts.json'), 'utf8')).map((post) => post.link);
    assert.deepEqual(
      feed.items.map((item) => item.url),
      expected,
    );
    assert.equal(feed.next_url, undefined);
    assert.deepEqual(requests, [
      '/wp-json/wp/v2/posts?_embed&per_page=2',
      '/wp-json/wp/v2/posts?_embed&per_page=2&page=2',
      '/wp-json/wp/v2/posts?_embed&per_page=2&page=3',
    ]);
    assert.match(stderr, /^page 1: 2 items$/m);
    assert.match(stderr, /^page 2: 2 items \(.*page=2\)$/m);
    assert.match(stderr, /^page 3: 1 item \(.*page=3\)$/m);
  });

  it('stops after --max-pages pages and says where the feed goes on', async () => {
    const { code, stdout, stderr } = await run('convert', `${origin}/wp-json/wp/v2/posts?_embed&per_page=2`, '--max-pages', '2');
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.items.length, 4);
    assert.match(feed.next_url, /page=3$/);
    assert.match(stderr, /stopped after 2 pages \(--max-pages\); the feed goes on at .*page=3/);
  });

  it('validates across all pages, counting every page’s cards', async () => {
    const { code, stdout } = await run('validate', `${origin}/wp-json/wp/v2/posts?_embed&per_page=2`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /5 items become cards\./);
  });

  it('stops where next_url leads back to a page already read, keeping repeated ids apart', async () => {
    const { code, stdout, stderr } = await run('convert', `${origin}/loop/a.json`);
    assert.equal(code, 0, stderr);
    const ids = JSON.parse(stdout).items.map((item) => item.id);
    assert.equal(ids.length, 4);
    assert.equal(new Set(ids).size, 4);
    assert.match(stderr, /^page 2: 2 items/m);
    assert.doesNotMatch(stderr, /^page 3/m);
  });

  it('rejects a --max-pages that is not a whole number of at least 1', async () => {
    for (const value of ['0', 'two']) {
      const { code, stderr } = await run('convert', `${origin}/loop/a.json`, '--max-pages', value);
      assert.equal(code, 2);
      assert.match(stderr, /--max-pages must be/);
    }
  });
});
