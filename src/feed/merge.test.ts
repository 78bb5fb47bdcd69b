import { expect } from '@open-wc/testing';
import { mergeFeeds } from './merge.js';
import type { Feed, Resource } from './model.js';
import { parseFeed } from './parse.js';

const day = (iso: string) => ({ iso, time: Date.parse(iso), calendarDate: true });
const resource = (id: string, fields: Partial<Resource> = {}): Resource => ({ id, title: id, excerpt: '', type: '', tags: [], ...fields });
const feed = (title: string, items: Resource[]): Feed => ({
  title,
  description: `${title} feed`,
  related: [],
  items,
  nextUrl: `https://example.org/${title}?page=2`,
});

describe('mergeFeeds', () => {
  it('lists every feed’s resources newest first, undated ones last in feed order, each with its feed’s title', () => {
    const merged = mergeFeeds([
      feed('Blog', [resource('a', { date: day('2024-01-01') }), resource('b')]),
      feed('State library', [resource('c', { date: day('2024-03-01') }), resource('d'), resource('e', { date: day('2023-06-01') })]),
    ]);
    expect(merged.items.map((item) => `${item.id} ${item.source}`)).to.deep.equal([
      'c State library',
      'a Blog',
      'e State library',
      'b Blog',
      'd State library',
    ]);
    expect(merged).to.include({ title: 'Blog', description: 'Blog feed' });
    expect(merged.nextUrl).to.equal(undefined);
  });

  it('shows a resource two feeds share once (the same link, else the same id), and keeps ids unique', () => {
    const merged = mergeFeeds([
      feed('Blog', [resource('1', { url: 'https://example.org/story' }), resource('note')]),
      feed('Partner', [
        resource('p-9', { url: 'https://example.org/story' }),
        resource('note'),
        resource('1', { url: 'https://example.org/other' }),
      ]),
    ]);
    expect(merged.items.map((item) => [item.id, item.url ?? '', item.source])).to.deep.equal([
      ['1', 'https://example.org/story', 'Blog'],
      ['note', '', 'Blog'],
      ['1-2', 'https://example.org/other', 'Partner'],
    ]);
  });

  it('keeps a reader’s deferred resources readable', async () => {
    const text = JSON.stringify({
      title: 'Deferred',
      items: [{ id: 'x', title: 'X', summary: 'Later text', url: 'https://example.org/x' }],
    });
    const deferred = await parseFeed(text, { deferred: true, warn: () => undefined });
    const [item] = mergeFeeds([deferred, feed('Other', [])]).items;
    expect(item).to.include({
      id: 'x',
      excerpt: 'Later text',
      url: 'https://example.org/x',
      source: 'Deferred',
    });
  });
});
