import { expect } from '@open-wc/testing';
import { FeedError } from './errors.js';
import { normalizeJsonFeed } from './jsonfeed.js';
import { LIMITS } from './model.js';
import { parseFeed } from './parse.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { htmlToText, withTextTables } from './text.js';

const BASE = 'https://example.org/feeds/topic.json';

function normalize(document: unknown, warnings: string[] = []) {
  return normalizeJsonFeed(document, { baseUrl: BASE, warn: (message) => warnings.push(message) });
}

describe('normalizeJsonFeed', () => {
  // As parseFeed has it once a feed holds HTML: the tokenizer the bundles load on demand.
  before(() => withTextTables(() => htmlToText('<b></b>', 1), { names: () => import('./entities.js'), html: () => import('./html.js') }));

  it('reads the sample topic: header, credit, related topic and ten cards', async () => {
    const text = await (await fetch(SAMPLE_FEED)).text();
    const feed = await parseFeed(text, { baseUrl: new URL(SAMPLE_FEED, location.href).href, warn: () => undefined });
    expect(feed.title).to.equal('Partnerships & collaboration');
    expect(feed.image).to.include({
      credit: 'jenlen',
      license: 'CC BY-NC-ND 2.0',
      licenseUrl: 'https://creativecommons.org/licenses/by-nc-nd/2.0/',
    });
    expect(feed.image?.url).to.equal(new URL('/test/fixtures/partnerships-header.svg', location.href).href);
    expect(feed.related).to.have.length(1);
    expect(feed.items).to.have.length(10);
    const first = feed.items[0]!;
    expect(first).to.include({ id: 'workforce-development-library-partnership', type: 'News' });
    expect(first.date).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(first.tags).to.deep.equal(['workforce', 'public libraries']);
    expect(feed.items.filter((item) => item.type === 'Webinar')).to.have.length(3);
  });

  it('takes the excerpt from summary, else content_text, else the text of content_html', () => {
    const feed = normalize({
      items: [
        { id: 'a', title: 'A', summary: 'S', content_text: 'T' },
        { id: 'b', title: 'B', content_text: 'T', content_html: '<p>H</p>' },
        { id: 'c', title: 'C', content_html: '<p>H &amp; <b>bold</b></p><script>alert(1)</script>' },
      ],
    });
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['S', 'T', 'H & bold']);
  });

  it('links to url, else external_url, resolved against the feed URL', () => {
    const feed = normalize({
      items: [
        { id: 'a', title: 'A', url: '../a.html' },
        { id: 'b', title: 'B', external_url: 'https://b.example/' },
      ],
    });
    expect(feed.items.map((item) => item.url)).to.deep.equal(['https://example.org/a.html', 'https://b.example/']);
  });

  it('falls back to date_modified and ignores dates it cannot read', () => {
    const feed = normalize({
      items: [
        { id: 'a', title: 'A', date_modified: '2021-12-16T00:00:00Z' },
        { id: 'b', title: 'B', date_published: 'last Tuesday', date_modified: 7 },
      ],
    });
    expect(feed.items[0]!.date?.iso).to.equal('2021-12-16');
    expect(feed.items[1]!.date).to.equal(undefined);
  });

  it('titles an untitled item with the first words of its text (microblog feeds)', () => {
    const feed = normalize({
      version: 'https://jsonfeed.org/version/1',
      author: { name: 'x' },
      items: [
        { id: 1, content_text: 'Just a short note about our new partnership with the county health department and its mobile clinic' },
      ],
    });
    expect(feed.items[0]!.title).to.equal('Just a short note about our new partnership with the county health…');
    expect(feed.items[0]!.excerpt).to.contain('and its mobile clinic');
    expect(feed.items[0]!.id).to.equal('1');
  });

  it('shows a note short enough to be its own title once, as the title', () => {
    const feed = normalize({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'n', content_text: 'Closed on Monday.' }] });
    expect([feed.items[0]!.title, feed.items[0]!.excerpt]).to.deep.equal(['Closed on Monday.', '']);
  });

  it('skips invalid items with one warning naming each, and keeps the rest', () => {
    const warnings: string[] = [];
    const feed = normalize({ items: [{ id: 'empty' }, 'not an item', null, { id: 'ok', title: 'Fine' }] }, warnings);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok']);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('item 1').and.contain('"empty"').and.contain('neither a title nor any text');
    expect(warnings[1]).to.contain('item 2');
  });

  it('keeps only http(s) URLs and renders no markup', () => {
    const feed = normalize({
      title: '<img src=x onerror=alert(1)>',
      _topic: { image: { url: 'javascript:alert(1)', alt: 'x' }, related: [{ title: 'R', url: 'data:text/html,x' }] },
      items: [{ id: 'x', title: '<script>alert(1)</script>', url: 'JAVASCRIPT:alert(1)', image: 'data:image/png;base64,AAAA' }],
    });
    expect(feed.title).to.equal('<img src=x onerror=alert(1)>');
    expect(feed.image).to.equal(undefined);
    expect(feed.related[0]!.url).to.equal(undefined);
    expect(feed.items[0]!.url).to.equal(undefined);
    expect(feed.items[0]!.image).to.equal(undefined);
    expect(feed.items[0]!.title).to.equal('<script>alert(1)</script>');
  });

  it('ignores inherited and wrong-typed fields', () => {
    const document = JSON.parse(
      '{"items":[{"__proto__":{"title":"polluted"},"id":"a","title":{"text":"x"},"summary":"Body","tags":"not-a-list","_resource":{"type":["News"]}}]}',
    );
    const feed = normalize(document);
    expect(feed.items[0]).to.include({ title: 'Body', type: '' });
    expect(feed.items[0]!.tags).to.deep.equal([]);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });

  it('makes ids unique', () => {
    const feed = normalize({
      items: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }, { title: 'C', url: 'https://c.example/' }, { title: 'D' }],
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'a#2', 'https://c.example/', 'item-4']);
  });

  it('caps text fields and the number of items', () => {
    const warnings: string[] = [];
    const items = Array.from({ length: LIMITS.maxItems + 5 }, (_, i) => ({
      id: String(i),
      title: i ? 'T' : 'x'.repeat(2000),
      summary: 's'.repeat(9000),
    }));
    const feed = normalize({ items }, warnings);
    expect(feed.items).to.have.length(LIMITS.maxItems);
    expect(feed.items[0]!.title).to.have.length(LIMITS.maxTitleLength);
    expect(feed.items[0]!.excerpt).to.have.length(LIMITS.maxExcerptLength);
    expect(warnings).to.deep.equal([
      `partnership-feed: the feed has ${LIMITS.maxItems + 5} items; only the first ${LIMITS.maxItems} are shown.`,
    ]);
  });

  it('fails as invalid when the document is not a feed', () => {
    for (const document of [null, [], 'text', { title: 'no items' }, { items: 'nope' }]) {
      expect(() => normalize(document))
        .to.throw(FeedError)
        .with.property('kind', 'invalid');
    }
  });
});

describe('parseFeed', () => {
  it('tells an HTML page, a truncated file and an empty body apart', async () => {
    const reason = async (text: string): Promise<string> => {
      try {
        await parseFeed(text);
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError).with.property('kind', 'invalid');
        return (error as Error).message;
      }
      throw new Error('expected a failure');
    };
    expect(await reason('<!DOCTYPE html><html><body>Not found</body></html>')).to.contain('HTML page');
    expect(await reason('{"version":"https://jsonfeed.org/version/1.1","items":[{"id"')).to.contain('not valid JSON');
    expect(await reason('')).to.contain('empty');
  });
});

describe('parseFeed and byte-order marks', () => {
  it('reads a JSON Feed that starts with a byte-order mark', async () => {
    const feed = await parseFeed('\uFEFF{"version":"https://jsonfeed.org/version/1.1","title":"BOM","items":[{"id":"a","title":"A"}]}');
    expect(feed.title).to.equal('BOM');
  });
});

describe('normalizeJsonFeed: _resource.audience', () => {
  it('reads one audience or a list, cleaned like tags, and leaves the field out when there is none', () => {
    const feed = normalize({
      items: [
        { id: 'a', title: 'A', _resource: { audience: ' Teens ' } },
        { id: 'b', title: 'B', _resource: { audience: ['Parents', 'parents', '', 42, 'Caregivers'] } },
        { id: 'c', title: 'C', _resource: { audience: { not: 'a list' } } },
        { id: 'd', title: 'D' },
      ],
    });
    expect(feed.items.map((item) => item.audiences)).to.deep.equal([['Teens'], ['Parents', 'Caregivers'], undefined, undefined]);
  });
});
