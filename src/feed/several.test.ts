import { expect } from '@open-wc/testing';
import { FeedError } from './errors.js';
import type { LoadResult } from './load.js';
import type { Feed } from './model.js';
import { followPages } from './follow.js';
import { pagedFeed } from './pages.js';
import { loadSeveral, type MergedFeed } from './several.js';

const feed = (title: string, ids: string[], nextUrl?: string): Feed => ({
  title,
  description: '',
  related: [],
  items: ids.map((id) => ({ id, title: id, url: `https://example.org/${id}`, excerpt: '', type: '', tags: [] })),
  ...(nextUrl ? { nextUrl } : {}),
});

const loader =
  (answers: Record<string, LoadResult | Error>) =>
  async (url: string): Promise<LoadResult> => {
    const answer = answers[url];
    if (!answer || answer instanceof Error) throw answer ?? new Error(`unexpected ${url}`);
    return answer;
  };

describe('loadSeveral', () => {
  it('merges the feeds that loaded and tells each address’s outcome, in src order', async () => {
    const result = await loadSeveral(
      ['https://a/', 'https://b/', 'https://c/'],
      loader({
        'https://a/': { feed: feed('A', ['a1']), stale: false },
        'https://b/': new FeedError('http', 'HTTP 404', 'https://b/', 404),
        'https://c/': { feed: feed('C', ['c1']), stale: true },
      }),
    );
    expect(result.feed.items.map((item) => `${item.id} ${item.source}`)).to.deep.equal(['a1 A', 'c1 C']);
    expect((result.feed as MergedFeed).feeds).to.deep.equal([
      { url: 'https://a/', title: 'A' },
      { url: 'https://b/', error: { kind: 'http', message: 'HTTP 404' } },
      { url: 'https://c/', title: 'C' },
    ]);
    expect(result.stale).to.equal(true);
    expect(result.failure).to.equal(undefined);
  });

  it('fails with the first failure when none loads, and as an abort when the load was aborted', async () => {
    const first = new FeedError('timeout', 'no answer', 'https://a/');
    const none = loadSeveral(
      ['https://a/', 'https://b/'],
      loader({ 'https://a/': first, 'https://b/': new FeedError('network', 'offline') }),
    );
    expect(await none.catch((error: unknown) => error)).to.equal(first);
    const abort = new DOMException('aborted', 'AbortError');
    const aborted = loadSeveral(
      ['https://a/', 'https://b/'],
      loader({ 'https://a/': { feed: feed('A', ['a1']), stale: false }, 'https://b/': abort }),
    );
    expect(await aborted.catch((error: unknown) => error)).to.equal(abort);
  });

  it('is an offline copy, dated by the oldest, when a part came from storage because the network failed', async () => {
    const failure = new FeedError('network', 'offline', 'https://b/');
    const result = await loadSeveral(
      ['https://a/', 'https://b/'],
      loader({
        'https://a/': { feed: feed('A', ['a1']), stale: false },
        'https://b/': { feed: feed('B', ['b1']), stale: false, failure, savedAt: 1000 },
      }),
    );
    expect([result.failure, result.savedAt]).to.deep.equal([failure, 1000]);
  });
});

describe('followPages on a merged feed', () => {
  it('reads the next document of each part that has one until enough, and merges again', async () => {
    const { feed: merged } = await loadSeveral(
      ['https://a/', 'https://b/'],
      loader({
        'https://a/': { feed: feed('A', ['a1'], 'https://a/2'), stale: false },
        'https://b/': { feed: feed('B', ['b1']), stale: false },
      }),
    );
    expect(merged.nextUrl).to.equal('https://a/2');
    const read: string[] = [];
    const paged = await followPages(
      pagedFeed(merged, 'https://a/ https://b/'),
      async (url, usedIds) => {
        read.push(`${url} ${[...usedIds].join(',')}`);
        return feed('A', ['a2']);
      },
      ({ feed: current }) => current.items.length >= 3,
    );
    expect(read).to.deep.equal(['https://a/2 a1']);
    // Undated, so in feed order: A's second document follows its first.
    expect(paged.feed.items.map((item) => `${item.id} ${item.source}`)).to.deep.equal(['a1 A', 'a2 A', 'b1 B']);
    expect(paged.feed.nextUrl).to.equal(undefined);
  });
});
