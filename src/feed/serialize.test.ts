import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeJsonFeed } from './jsonfeed.js';
import type { Feed } from './model.js';
import { parseFeed } from './parse.js';
import { feedToJsonFeed, JSON_FEED_VERSION } from './serialize.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';

const BASE = 'https://example.org/feeds/topic.json';
const quiet = () => undefined;

function normalize(document: unknown, baseUrl: string | undefined = BASE): Feed {
  return normalizeJsonFeed(document, { baseUrl, warn: quiet });
}

function roundTrip(feed: Feed): Feed {
  // Through JSON text, as `convert` writes it and the widget reads it.
  return normalizeJsonFeed(JSON.parse(JSON.stringify(feedToJsonFeed(feed))), { warn: quiet });
}

describe('feedToJsonFeed', () => {
  it('writes the sample topic back as JSON Feed 1.1 and reads back the same model', async () => {
    const url = new URL(SAMPLE_FEED, location.href).href;
    const feed = normalize(await (await fetch(SAMPLE_FEED)).json(), url);
    const document = feedToJsonFeed(feed);
    expect(document.version).to.equal(JSON_FEED_VERSION);
    expect(document.title).to.equal('Partnerships & collaboration');
    expect(document.language).to.equal('en');
    expect(document._topic?.image).to.deep.equal({
      url: new URL('partnerships-header.svg', url).href,
      alt: 'Drawing of a group of people gathered around a tabletop whiteboard.',
      credit: 'jenlen',
      license: 'CC BY-NC-ND 2.0',
      license_url: 'https://creativecommons.org/licenses/by-nc-nd/2.0/',
    });
    expect(document._topic?.related).to.have.length(1);
    expect(document.items).to.have.length(10);
    expect(document.items[0]).to.deep.equal({
      id: 'workforce-development-library-partnership',
      url: 'https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html',
      title: 'Workforce Development: A Library Partnership Success Story',
      summary: feed.items[0]!.excerpt,
      date_published: '2022-05-31T00:00:00Z',
      tags: ['workforce', 'public libraries'],
      _resource: { type: 'News' },
    });
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  for (const name of ['wordpress-posts.json', 'drupal-jsonapi.json', 'partnerships.rss.xml', 'partnerships.atom.xml']) {
    it(`reads back what the adapters made of ${name}`, async () => {
      const url = new URL(`/test/fixtures/${name}`, location.href).href;
      const feed = await parseFeed(await (await fetch(url)).text(), { baseUrl: url, warn: quiet });
      expect(feed.items.length).to.be.greaterThan(0);
      expect(roundTrip(feed)).to.deep.equal(feed);
    });
  }

  it('puts the feed fields in JSON Feed order, items last', () => {
    const document = feedToJsonFeed(
      normalize({
        items: [{ id: 'a', title: 'A' }],
        next_url: 'page-2.json',
        _topic: { related: [{ title: 'R' }] },
        language: 'es',
        description: 'D',
        home_page_url: '/topic',
        title: 'T',
      }),
    );
    expect(Object.keys(document)).to.deep.equal([
      'version',
      'title',
      'home_page_url',
      'description',
      'language',
      'next_url',
      '_topic',
      'items',
    ]);
    expect(document.next_url).to.equal('https://example.org/feeds/page-2.json');
  });

  it('writes a calendar date as midnight UTC and a moment as its full timestamp', () => {
    const feed = normalize({
      items: [
        { id: 'a', title: 'A', date_published: '2022-05-31' },
        { id: 'b', title: 'B', date_published: '2022-05-31T09:30:00-04:00' },
        { id: 'c', title: 'C', date_modified: '2021-12-16T00:00:00+00:00' },
      ],
    });
    expect(feedToJsonFeed(feed).items.map((item) => item.date_published)).to.deep.equal([
      '2022-05-31T00:00:00Z',
      '2022-05-31T13:30:00.000Z',
      '2021-12-16T00:00:00Z',
    ]);
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  it('leaves out empty and missing fields', () => {
    const document = feedToJsonFeed(
      normalize({ title: '', description: '  ', items: [{ id: 'a', title: 'A', tags: [], _resource: { type: '' } }] }),
    );
    expect(document).to.deep.equal({ version: JSON_FEED_VERSION, title: '', items: [{ id: 'a', title: 'A' }] });
  });

  it('writes the image, its alt text, the type and the language of an item', () => {
    const feed = normalize({
      items: [{ id: 'a', title: 'A', image: 'a.png', language: 'es-MX', _resource: { type: 'Toolkit', image_alt: 'A toolkit cover' } }],
    });
    expect(feedToJsonFeed(feed).items[0]).to.deep.equal({
      id: 'a',
      title: 'A',
      image: 'https://example.org/feeds/a.png',
      language: 'es-MX',
      _resource: { type: 'Toolkit', image_alt: 'A toolkit cover' },
    });
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  it('writes the ids the normalizer made up, and the titles it took from the text', () => {
    const feed = normalize({
      items: [
        { title: 'No id', url: 'https://example.org/x' },
        { title: 'Same URL', url: 'https://example.org/x' },
        { content_text: 'A note without a title or id' },
        { id: 'dup', title: 'D1' },
        { id: 'dup', title: 'D2' },
      ],
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://example.org/x', 'https://example.org/x#2', 'item-3', 'dup', 'dup#2']);
    const document = feedToJsonFeed(feed);
    expect(document.items.map((item) => item.id)).to.deep.equal(feed.items.map((item) => item.id));
    expect(document.items[2]).to.deep.equal({ id: 'item-3', title: 'A note without a title or id' });
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  it('writes ids at the length limit so that the reader makes the same ids again', () => {
    const long = 'a'.repeat(5000);
    const feed = normalize({
      items: [
        { id: long, title: 'A' },
        { id: long, title: 'B' },
        { title: 'C', url: 'https://example.org/c' },
      ],
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal([long, `${long}#2`, 'https://example.org/c']);
    const document = feedToJsonFeed(feed);
    expect(document.items.map((item) => item.id)).to.deep.equal([long, `${long}#2`, 'https://example.org/c']);
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  // A text cut at its limit right after a space must not keep that space, or reading it again differs.
  it('round-trips a title cut at the length limit right after a space', () => {
    const feed = normalize({ items: [{ id: 'a', title: `${'a'.repeat(499)} b` }] });
    expect(roundTrip(feed)).to.deep.equal(feed);
  });

  it('round-trips whatever the normalizer makes of feed-shaped documents (property)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', ' ', '<b>bold</b> &amp; text', 'Title\twith\ncontrol\u0001chars ', 'Café ñ 🎉', '  padded  '),
    );
    const url = fc.constantFrom(
      'https://example.org/a',
      'http://example.org/a?b=c#d',
      '../relative/path.html',
      'javascript:alert(1)',
      ' HTTPS://EXAMPLE.ORG/Upper ',
      'data:text/html,x',
      'https://example.org/a b',
      '',
    );
    const date = fc.oneof(
      fc.constantFrom('2022-05-31', '2022-05-31T00:00:00Z', '2022-05-31T09:30:00+02:00', '2022-02-31', 'yesterday', '1999-12-31 23:59'),
      fc
        .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 0, 1)), noInvalidDate: true })
        .map((d) => d.toISOString()),
    );
    const item = fc.record(
      {
        id: fc.oneof(text, fc.integer(), fc.constantFrom('same', 'same#2')),
        url,
        external_url: url,
        title: text,
        summary: text,
        content_text: text,
        content_html: text,
        date_published: date,
        date_modified: date,
        image: url,
        banner_image: url,
        tags: fc.array(fc.oneof(text, fc.constantFrom('Equity', 'equity', 'EQUITY')), { maxLength: 5 }),
        language: fc.constantFrom('en', 'es-MX', ' fr ', 'not a language', ''),
        _resource: fc.record({ type: text, image_alt: text }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const document = fc.record(
      {
        title: text,
        description: text,
        home_page_url: url,
        language: fc.constantFrom('en', 'xx-invalid-!', ''),
        next_url: url,
        _topic: fc.record(
          {
            image: fc.record({ url, alt: text, credit: text, license: text, license_url: url }, { requiredKeys: [] }),
            related: fc.array(fc.record({ title: text, url, summary: text }, { requiredKeys: [] }), { maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
        items: fc.array(fc.oneof({ weight: 10, arbitrary: item }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 8 }),
      },
      { requiredKeys: ['items'] },
    );
    fc.assert(
      fc.property(document, (doc) => {
        const feed = normalize(doc);
        expect(roundTrip(feed)).to.deep.equal(feed);
      }),
      { numRuns: 300 },
    );
  });
});
