import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MARKUP, UNSAFE_URLS } from '../test-support/hostile.js';
import {
  EMPTY_FILTERS,
  applyFilters,
  indexResources,
  tagOptions,
  typeOptions,
  yearOptions,
  type FilterState,
  type IndexedResource,
} from '../filter/filter.js';
import { foldSearchTexts, matching } from '../filter/match.js';
import { normalizeJsonFeed } from './jsonfeed.js';
import type { Feed } from './model.js';
import { plainCopy } from './read-on-demand.js';
import { parseFeed } from './parse.js';
import { htmlToText, withTextTables } from './text.js';
import { normalizeWordPress } from './wordpress.js';

const BASE = 'https://library.example.org/feeds/topic.json';

/** Everything the widget shows or filters by, for a list of states. */
function facetsAndMatches(index: readonly IndexedResource[], states: readonly FilterState[]): unknown[] {
  return states.map((state) => ({
    ids: applyFilters(index, state, matching).map((resource) => resource.id),
    types: typeOptions(index, state, matching),
    tags: tagOptions(index, state, matching),
    years: yearOptions(index, state, matching),
  }));
}

function normalizeBoth(document: unknown): { eager: Feed; lazy: Feed; eagerWarnings: string[]; lazyWarnings: string[] } {
  const eagerWarnings: string[] = [];
  const lazyWarnings: string[] = [];
  const eager = normalizeJsonFeed(document, { baseUrl: BASE, warn: (message) => eagerWarnings.push(message) });
  const lazy = normalizeJsonFeed(document, { baseUrl: BASE, warn: (message) => lazyWarnings.push(message), deferred: true });
  return { eager, lazy, eagerWarnings, lazyWarnings };
}

// First in this file, while this page has loaded neither text.ts's tokenizer nor its table of names.
describe('deferred resources read as the widget reads them (parseFeed)', () => {
  it('read an item with markup or references at once, so the tokenizer and the names load before any card is shown', async () => {
    const document = { items: [{ id: 'h', title: 'T', content_html: '<p><script>window.pwned=1</script>Next &rarr; safe</p>' }] };
    const feed = await parseFeed(JSON.stringify(document), { baseUrl: BASE, deferred: true });
    expect(feed.items[0]!.excerpt).to.equal('Next → safe');
  });
});

describe('deferred resources (what the widget reads before the first page paints)', () => {
  // The readers below are called directly, without parseFeed's loading of text.ts's tables.
  before(() =>
    withTextTables(() => htmlToText('<b>&rarr;</b>', 1), { names: () => import('./entities.js'), html: () => import('./html.js') }),
  );

  // Real and hostile values side by side: markup, control characters, unsafe and relative URLs.
  const text = fc.oneof(
    fc.string({ maxLength: 24 }),
    fc.constantFrom('', '   ', MARKUP, 'Équité numérique', 'A\u0000B\u200Bc', 'Report 10057', 'x '.repeat(30), '&lt;b&gt;'),
  );
  const url = fc.oneof(
    fc.constantFrom(...UNSAFE_URLS),
    fc.constantFrom('https://example.org/a', '/relative/b', 'HTTPS://EXAMPLE.ORG/C', 'https://example.org/a b', ''),
  );
  const feedItem = fc.record(
    {
      id: fc.oneof(text, fc.integer(), fc.constantFrom('dup', 'dup#2')),
      title: text,
      summary: text,
      content_text: text,
      content_html: fc.oneof(text, fc.constant(`<p>${MARKUP}</p><script>x()</script>`)),
      url,
      external_url: url,
      image: url,
      banner_image: url,
      date_published: fc.constantFrom('2024-02-29', '2021-06-01T10:00:00-05:00', '2022-02-31', 'soon', ''),
      tags: fc.array(fc.oneof(text, fc.constantFrom('Equity', 'equity')), { maxLength: 4 }),
      language: fc.constantFrom('es', 'fr-CA', '<en>', ''),
      _resource: fc.record({ type: fc.oneof(text, fc.constantFrom('Webinar', 'News')), image_alt: text }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  const feedDocument = fc.record({
    items: fc.array(fc.oneof({ weight: 12, arbitrary: feedItem }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 10 }),
  });

  it('gives the cards, warnings, facet counts and matches eager normalizing gives (property)', () => {
    fc.assert(
      fc.property(feedDocument, fc.integer({ min: 1, max: 4 }), fc.string({ maxLength: 6 }), (document, chunk, query) => {
        const { eager, lazy, eagerWarnings, lazyWarnings } = normalizeBoth(document);
        expect(lazyWarnings).to.deep.equal(eagerWarnings);
        const eagerIndex = indexResources(eager.items);
        const lazyIndex = indexResources(lazy.items);
        const type = eager.items.find((item) => item.type)?.type;
        const states: FilterState[] = [
          EMPTY_FILTERS,
          { ...EMPTY_FILTERS, sort: 'title' },
          { ...EMPTY_FILTERS, types: type ? [type] : [], sort: 'oldest' },
          { ...EMPTY_FILTERS, query },
          { ...EMPTY_FILTERS, query: 'equity report' },
        ];
        // Facets and sorts first, before any card field is read; searching then settles what it reads.
        expect(facetsAndMatches(lazyIndex, states.slice(0, 3))).to.deep.equal(facetsAndMatches(eagerIndex, states.slice(0, 3)));
        for (let next = 0; next < lazyIndex.length;) next = foldSearchTexts(lazyIndex, next, chunk);
        expect(facetsAndMatches(lazyIndex, states)).to.deep.equal(facetsAndMatches(eagerIndex, states));
        expect(lazy.items.map(plainCopy)).to.deep.equal(eager.items);
        expect(JSON.parse(JSON.stringify(lazy))).to.deep.equal(JSON.parse(JSON.stringify(eager)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the WordPress cards and counts eager normalizing gives (property)', () => {
    const rendered = fc.record({ rendered: fc.oneof(text, fc.constant(`<p>${MARKUP}</p>&amp;#8217;s`)) }, { requiredKeys: [] });
    const term = (taxonomy: string) =>
      fc.record({ taxonomy: fc.constant(taxonomy), name: text, slug: fc.constantFrom('uncategorized', 'x') });
    const post = fc.record(
      {
        id: fc.oneof(fc.integer({ min: 1, max: 5 }), text),
        link: url,
        date_gmt: fc.constantFrom('2023-01-31T12:00:00', '2023-02-30T00:00:00', 'never'),
        title: rendered,
        excerpt: rendered,
        content: rendered,
        _embedded: fc.record(
          {
            'wp:term': fc.array(fc.array(fc.oneof(term('category'), term('post_tag')), { maxLength: 3 }), { maxLength: 2 }),
            'wp:featuredmedia': fc.array(fc.record({ source_url: url, alt_text: text }, { requiredKeys: [] }), { maxLength: 1 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['id', 'title'] },
    );
    fc.assert(
      fc.property(fc.array(post, { maxLength: 8 }), (posts) => {
        const options = { baseUrl: 'https://news.example.org/wp-json/wp/v2/posts?_embed', warn: () => undefined };
        // A list that is not WordPress's is refused, deferred or not.
        const read = (deferred: boolean): Feed | string => {
          try {
            return normalizeWordPress(posts, { ...options, deferred });
          } catch (error) {
            return String(error);
          }
        };
        const [eager, lazy] = [read(false), read(true)];
        if (typeof eager === 'string' || typeof lazy === 'string') {
          expect(lazy).to.equal(eager);
          return;
        }
        const states = [EMPTY_FILTERS, { ...EMPTY_FILTERS, query: 'a' }];
        expect(facetsAndMatches(indexResources(lazy.items), states)).to.deep.equal(facetsAndMatches(indexResources(eager.items), states));
        expect(lazy.items.map(plainCopy)).to.deep.equal(eager.items);
      }),
      { numRuns: 200 },
    );
  });

  it('cleans and checks every deferred field when it is read: nothing unsafe, no markup', () => {
    const items = UNSAFE_URLS.map((unsafe, position) => ({
      id: `i${position}`,
      title: `Item ${position}`,
      summary: MARKUP,
      content_html: MARKUP,
      url: unsafe,
      external_url: unsafe,
      image: unsafe,
      banner_image: unsafe,
    }));
    const { lazy } = normalizeBoth({ items });
    for (const item of lazy.items) {
      expect(item.url).to.equal(undefined);
      expect(item.image).to.equal(undefined);
      expect(item.excerpt).to.equal(MARKUP);
    }
    const { lazy: htmlOnly } = normalizeBoth({ items: [{ id: 'h', title: 'T', content_html: `<p>${MARKUP}</p>safe` }] });
    expect(htmlOnly.items[0]!.excerpt).to.equal('safe');
  });

  it('keeps the invalid-item rule and the id fallbacks: untitled items take their text, id-less ones their URL', () => {
    const { lazy, lazyWarnings } = normalizeBoth({
      items: [
        { summary: 'A short note', url: '/notes/1' },
        { id: 'b', content_html: '<p>Only <b>markup</b> text</p>' },
        { id: 'c', url: 'https://example.org/no-text' },
        { title: 'Same link', url: '/notes/1' },
        { title: 'No link at all' },
      ],
    });
    expect(lazy.items.map((item) => [item.id, item.title, item.excerpt])).to.deep.equal([
      ['https://library.example.org/notes/1', 'A short note', ''],
      ['b', 'Only markup text', ''],
      ['https://library.example.org/notes/1#2', 'Same link', ''],
      ['item-5', 'No link at all', ''],
    ]);
    expect(lazyWarnings).to.deep.equal(['partnership-feed: skipped item 3 (id "c"): it has neither a title nor any text.']);
  });

  it('reads each item once, whatever reads it first, and serializes as plain values', () => {
    let reads = 0;
    const item = { id: 'a', title: 'T', url: 'https://example.org/a' };
    Object.defineProperty(item, 'summary', {
      enumerable: true,
      get: () => {
        reads += 1;
        return 'Text';
      },
    });
    const { lazy } = normalizeBoth({ items: [item] });
    reads = 0;
    const [resource] = lazy.items;
    expect([resource!.url, resource!.excerpt, resource!.excerpt, resource!.image]).to.deep.equal([
      'https://example.org/a',
      'Text',
      'Text',
      undefined,
    ]);
    expect(reads).to.equal(1);
    expect(Object.keys(resource!)).to.deep.equal(['id', 'title', 'type', 'tags']);
    expect(JSON.stringify(resource)).to.equal('{"id":"a","title":"T","type":"","tags":[],"excerpt":"Text","url":"https://example.org/a"}');
  });
});
