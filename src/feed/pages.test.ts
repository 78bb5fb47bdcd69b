import { expect } from '@open-wc/testing';
import { LIMITS, type Feed, type Resource } from './model.js';
import { appendPage, followPages } from './follow.js';
import { pagedFeed, withFirstPage } from './pages.js';

const item = (id: string): Resource => ({ id, title: id, excerpt: '', type: '', tags: [] });
const feed = (ids: string[], nextUrl?: string): Feed => ({ title: 'T', description: '', related: [], items: ids.map(item), nextUrl });
const ids = (paged: { feed: Feed }): string[] => paged.feed.items.map((resource) => resource.id);

describe('pages', () => {
  it('appends a document and follows its next_url', () => {
    const paged = appendPage(pagedFeed(feed(['a'], 'https://x/2'), 'https://x/1'), 'https://x/2', feed(['b'], 'https://x/3'));
    expect(ids(paged)).to.deep.equal(['a', 'b']);
    expect(paged.feed.nextUrl).to.equal('https://x/3');
    expect(paged.firstPageCount).to.equal(1);
  });

  it('ends a chain that leads back to a document already read', () => {
    const paged = appendPage(pagedFeed(feed(['a'], 'https://x/2'), 'https://x/1'), 'https://x/2', feed(['b'], 'https://x/1'));
    expect(paged.feed.nextUrl).to.equal(undefined);
  });

  it('keeps to the item limit across documents, and stops there', () => {
    const many = Array.from({ length: LIMITS.maxItems - 1 }, (_, i) => `i${i}`);
    const paged = appendPage(pagedFeed(feed(many, 'https://x/2')), 'https://x/2', feed(['b', 'c'], 'https://x/3'));
    expect(paged.feed.items).to.have.length(LIMITS.maxItems);
    expect(paged.feed.nextUrl).to.equal(undefined);
  });

  it('loads until enough, passing the ids already used', async () => {
    const documents: Record<string, Feed> = { 'https://x/2': feed(['b'], 'https://x/3'), 'https://x/3': feed(['c'], 'https://x/4') };
    const used: string[][] = [];
    const paged = await followPages(
      pagedFeed(feed(['a'], 'https://x/2'), 'https://x/1'),
      async (url, usedIds) => {
        used.push([...usedIds]);
        return documents[url]!;
      },
      ({ feed }) => feed.items.length >= 3,
    );
    expect(ids(paged)).to.deep.equal(['a', 'b', 'c']);
    expect(used).to.deep.equal([['a'], ['a', 'b']]);
    expect(paged.feed.nextUrl).to.equal('https://x/4');
  });

  it('puts a refreshed first document before the items later documents brought, without repeats', () => {
    const read = appendPage(pagedFeed(feed(['a', 'b'], 'https://x/2'), 'https://x/1'), 'https://x/2', feed(['c', 'd'], 'https://x/3'));
    const refreshed = withFirstPage(read, feed(['new', 'a', 'c'], 'https://x/2'));
    expect(ids(refreshed)).to.deep.equal(['new', 'a', 'c', 'd']);
    expect(refreshed.feed.nextUrl).to.equal('https://x/3');
    expect(refreshed.firstPageCount).to.equal(3);
  });
});
