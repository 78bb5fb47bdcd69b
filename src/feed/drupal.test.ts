import { expect } from '@open-wc/testing';
import { looksLikeDrupal } from './detect.js';
import { normalizeDrupal } from './drupal.js';
import { FeedError } from './errors.js';
import type { ParseOptions } from './parse.js';

const BASE = 'https://library.example.org/jsonapi/node/article?include=field_tags';

async function fixture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${name}`)).json();
}

function normalize(document: unknown, warnings: string[] = [], options: ParseOptions = {}) {
  return normalizeDrupal(document, { baseUrl: BASE, warn: (message) => warnings.push(message), ...options });
}

/** A node as JSON:API gives it, with only what a test needs. */
function node(attributes: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'node--article', id: 'n1', attributes: { title: 'A node', ...attributes }, ...rest };
}

function collection(data: unknown[], rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { jsonapi: { version: '1.0' }, data, ...rest };
}

function term(id: string, name: unknown, type = 'taxonomy_term--tags') {
  return { type, id, attributes: { name } };
}

function relationships(fields: Record<string, unknown>) {
  return { relationships: Object.fromEntries(Object.entries(fields).map(([field, data]) => [field, { data }])) };
}

describe('normalizeDrupal', () => {
  it('reads the sample collection: clean text, absolute links, dates, types, tags and the next page', async () => {
    const warnings: string[] = [];
    const feed = normalize(await fixture('drupal-jsonapi.json'), warnings);
    expect(warnings).to.deep.equal([]);
    expect(feed.items).to.have.length(5);
    expect(feed).to.include({
      title: '',
      description: '',
      homePageUrl: 'https://library.example.org/',
      nextUrl: 'https://library.example.org/jsonapi/node/article?include=field_tags&page%5Boffset%5D=5&page%5Blimit%5D=5',
    });
    const [first, , third] = feed.items;
    expect(first).to.include({
      id: '0b7c0000-1111-4222-8333-444455550000',
      title: 'Workforce Development: A Library Partnership Success Story',
      url: 'https://library.example.org/news/workforce-development-library-partnership',
      type: 'News',
    });
    expect(first!.date).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(first!.excerpt)
      .to.match(/^OCLC’s headquarters are in Dublin, Ohio/)
      .and.match(/from time \.\.\.$/);
    expect(first!.tags).to.deep.equal(['workforce', 'public libraries']);
    expect(first!.image).to.equal(undefined);
    expect(first!.language).to.equal(undefined);
    expect(third!.title).to.equal("We Can't Go It Alone: Community-Centered Collaborations during COVID-19");
    expect(feed.items.map((item) => item.type)).to.deep.equal(['News', 'News', 'Webinar', 'Webinar', 'News']);
    for (const item of feed.items) {
      expect(item.url).to.match(/^https:\/\/library\.example\.org\/news\//);
      expect(item.excerpt).not.to.match(/[<>]/);
    }
  });

  it('takes the excerpt from body.summary, else the text of body.processed, else of body.value', () => {
    const feed = normalize(
      collection([
        node({ body: { summary: 'The <em>summary</em>', processed: '<p>Processed</p>', value: 'Value' } }, { id: 'a' }),
        node(
          { body: { summary: '', processed: '<p>Processed &amp; <b>bold</b></p><script>alert(1)</script>', value: 'Value' } },
          { id: 'b' },
        ),
        node({ body: { summary: null, processed: null, value: '<p>Raw value</p>' } }, { id: 'c' }),
      ]),
    );
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['The summary', 'Processed & bold', 'Raw value']);
  });

  describe('the type', () => {
    const included = [
      term('t-webinar', 'Webinar', 'taxonomy_term--resource_type'),
      term('t-toolkit', 'Toolkit', 'taxonomy_term--resource_type'),
    ];

    it('comes from field_resource_type when it is text', () => {
      const feed = normalize(
        collection(
          [
            node(
              { field_resource_type: 'Toolkit' },
              relationships({ field_type: { type: 'taxonomy_term--resource_type', id: 't-webinar' } }),
            ),
          ],
          { included },
        ),
      );
      expect(feed.items[0]!.type).to.equal('Toolkit');
    });

    it('else from the term a field_resource_type or field_type relationship names in included', () => {
      const feed = normalize(
        collection(
          [
            node(
              { field_resource_type: ['Ignored'] },
              { id: 'a', ...relationships({ field_resource_type: [{ type: 'taxonomy_term--resource_type', id: 't-webinar' }] }) },
            ),
            node({}, { id: 'b', ...relationships({ field_type: { type: 'taxonomy_term--resource_type', id: 't-toolkit' } }) }),
            node({}, { id: 'c', ...relationships({ field_type: { type: 'taxonomy_term--tags', id: 't-toolkit' } }) }),
          ],
          { included },
        ),
      );
      expect(feed.items.map((item) => item.type)).to.deep.equal(['Webinar', 'Toolkit', 'Article']);
    });

    it('else from the content type', () => {
      const feed = normalize(
        collection([
          node({}, { id: 'a', type: 'node--event_page' }),
          node({}, { id: 'b', type: 'page' }),
          node({}, { id: 'c', type: 'node--' }),
        ]),
      );
      expect(feed.items.map((item) => item.type)).to.deep.equal(['Event page', '', '']);
    });
  });

  it('resolves tags and the image from included, and ignores references it cannot find', () => {
    const included = [
      term('t1', 'equity'),
      term('t2', 'Equity'),
      term('t3', { value: 'x' }),
      { type: 'file--file', id: 'f1', attributes: { uri: { value: 'public://a.jpg', url: '/sites/default/files/a.jpg' } } },
      { type: 'file--file', id: 'f2', attributes: { uri: { url: 'javascript:alert(1)' } } },
    ];
    const tags = [
      { type: 'taxonomy_term--tags', id: 't1' },
      { type: 'taxonomy_term--tags', id: 't2' },
      { type: 'taxonomy_term--tags', id: 't3' },
      { type: 'taxonomy_term--tags', id: 'missing' },
      { id: 't1' },
      'junk',
    ];
    const feed = normalize(
      collection(
        [
          node(
            {},
            {
              id: 'a',
              ...relationships({ field_tags: tags, field_image: { type: 'file--file', id: 'f1', meta: { alt: 'A <b>reading</b> room' } } }),
            },
          ),
          node(
            {},
            { id: 'b', ...relationships({ field_tags: 'nope', field_image: { type: 'file--file', id: 'f2', meta: { alt: 'x' } } }) },
          ),
          node({}, { id: 'c', ...relationships({ field_image: { type: 'file--file', id: 'missing' } }) }),
        ],
        { included },
      ),
    );
    expect(feed.items[0]!.tags).to.deep.equal(['equity']);
    expect(feed.items[0]!.image).to.deep.equal({
      url: 'https://library.example.org/sites/default/files/a.jpg',
      alt: 'A <b>reading</b> room',
    });
    expect(feed.items[1]!.tags).to.deep.equal([]);
    expect(feed.items[1]!.image).to.equal(undefined);
    expect(feed.items[2]!.image).to.equal(undefined);
  });

  it('links to the path alias on the site root, else to /node/{nid}, and only over http(s)', () => {
    const base = 'https://x.example/library/jsonapi/node/article';
    const feed = normalize(
      collection([
        node({ path: { alias: '/news/a' } }, { id: 'a' }),
        node({ path: { alias: null }, drupal_internal__nid: 7 }, { id: 'b' }),
        node({ path: { alias: '//evil.example/x' } }, { id: 'c' }),
        node({ path: { alias: 'javascript:alert(1)' } }, { id: 'd' }),
        node({ path: { alias: ' \tjava\nscript:alert(1)' }, drupal_internal__nid: '8' }, { id: 'e' }),
        node({ path: '/news/f' }, { id: 'f', links: { self: { href: 'https://x.example/library/jsonapi/node/article/f' } } }),
      ]),
      [],
      { baseUrl: base },
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      'https://x.example/library/news/a',
      'https://x.example/library/node/7',
      'https://x.example/library/evil.example/x',
      undefined,
      undefined,
      undefined,
    ]);
    expect(feed.homePageUrl).to.equal('https://x.example/library/');
  });

  it('resolves aliases against the site the document names in its absolute links.self, not where it was fetched', () => {
    const links = { self: { href: 'https://www.library.example/jsonapi/node/article?page=1' } };
    const copy = normalize(collection([node({ path: { alias: '/news/a' } })], { links }), [], {
      baseUrl: 'https://mirror.example.net/cache/jsonapi/node/article.json',
    });
    expect(copy.items[0]!.url).to.equal('https://www.library.example/news/a');
    expect(copy.homePageUrl).to.equal('https://www.library.example/');
    // A relative links.self names no site: the feed URL stays the base.
    const relative = normalize(collection([node({ path: { alias: '/news/a' } })], { links: { self: '/jsonapi/node/article' } }));
    expect(relative.items[0]!.url).to.equal('https://library.example.org/news/a');
  });

  it('has no links to aliases without an http(s) feed URL', () => {
    const feed = normalizeDrupal(collection([node({ path: { alias: '/news/a' } })]), { warn: () => undefined });
    expect(feed.items[0]!.url).to.equal(undefined);
    expect(feed.homePageUrl).to.equal(undefined);
  });

  it('reads created, else changed (also as Unix seconds), and ignores dates it cannot read', () => {
    const feed = normalize(
      collection([
        node({ created: '2022-05-05T10:30:00-04:00', changed: '2023-01-01T00:00:00+00:00' }, { id: 'a' }),
        node({ created: 'yesterday', changed: '2022-04-26T00:00:00+00:00' }, { id: 'b' }),
        node({ created: 1653955200 }, { id: 'c' }),
        node({ created: '2022-02-30T00:00:00+00:00', changed: { value: '2022' } }, { id: 'd' }),
        node({ created: Number.NaN, changed: 1e20 }, { id: 'e' }),
      ]),
    );
    expect(feed.items.map((item) => item.date?.iso)).to.deep.equal([
      '2022-05-05T14:30:00.000Z',
      '2022-04-26',
      '2022-05-31',
      undefined,
      undefined,
    ]);
  });

  it('reads the language from langcode, but not Drupal\'s "undetermined"', () => {
    const feed = normalize(
      collection([
        node({ langcode: 'es' }, { id: 'a' }),
        node({ langcode: 'und' }, { id: 'b' }),
        node({ langcode: 'not a language!' }, { id: 'c' }),
        node({ langcode: 3 }, { id: 'd' }),
      ]),
    );
    expect(feed.items.map((item) => item.language)).to.deep.equal(['es', undefined, undefined, undefined]);
  });

  it('ignores fields of the wrong type', () => {
    const warnings: string[] = [];
    const feed = normalize(
      collection([
        node({}, { id: 'ok' }),
        node({ title: 42, body: '<p>Body as a string</p>', field_resource_type: 7 }, { id: 'a', type: 5, relationships: 'nope' }),
        { type: 'node--article', id: 'b', attributes: 'nope' },
        node(
          { title: 'Fine', body: { summary: ['x'], processed: { text: 'x' } }, path: { alias: 9 } },
          { id: ['c'], relationships: { field_tags: { data: null } } },
        ),
      ]),
      warnings,
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok', 'item-4']);
    expect(feed.items[1]).to.deep.equal({ id: 'item-4', title: 'Fine', excerpt: '', type: 'Article', tags: [] });
    expect(warnings).to.have.length(2);
  });

  it('ignores inherited keys: __proto__ and constructor are inert, and such ids are just ids', () => {
    const document = JSON.parse(
      '{"data":[' +
        '{"type":"node--article","id":"a","attributes":{"title":"A","__proto__":{"field_resource_type":"Evil"}},' +
        '"relationships":{"__proto__":{"field_tags":{"data":[{"type":"taxonomy_term--tags","id":"t"}]}},' +
        '"field_image":{"data":{"type":"file--file","id":"constructor"}},' +
        '"field_type":{"data":{"type":"taxonomy_term--tags","id":"__proto__"}}}},' +
        '{"type":"node--article","id":"b","attributes":{"__proto__":{"title":"polluted"}}}],' +
        '"included":[{"type":"taxonomy_term--tags","id":"t","attributes":{"name":"tag"}},' +
        '{"type":"taxonomy_term--tags","id":"__proto__","attributes":{"name":"Proto type"}}],' +
        '"links":{"__proto__":{"next":{"href":"https://evil.example/"}}}}',
    );
    const warnings: string[] = [];
    const feed = normalize(document, warnings);
    expect(feed.items).to.deep.equal([{ id: 'a', title: 'A', excerpt: '', type: 'Proto type', tags: [] }]);
    expect(feed.nextUrl).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });

  it('skips a node with neither title nor text with exactly one warning naming it, and keeps the rest', () => {
    const warnings: string[] = [];
    const feed = normalize(
      collection([
        node({}, { id: 'a' }),
        node({ title: '  ', body: { processed: '<p>&nbsp;</p>' } }, { id: 'empty-one' }),
        node({}, { id: 'c' }),
      ]),
      warnings,
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'c']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('item 2').and.contain('"empty-one"').and.contain('neither a title nor any text');
  });

  it('makes ids unique, also across pages', () => {
    const feed = normalize(collection([node({}, { id: 'x' }), node({}, { id: 'x' }), node({}, { id: 'y' })]), [], {
      usedIds: new Set(['y']),
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['x', 'x#2', 'y#2']);
  });

  it('pages through links.next, as an object or a string, over http(s) only', () => {
    const next = (links: unknown) => normalize(collection([node()], { links })).nextUrl;
    expect(next({ next: { href: '?page[offset]=10' } })).to.equal('https://library.example.org/jsonapi/node/article?page[offset]=10');
    expect(next({ next: 'https://library.example.org/jsonapi/node/article?page%5Boffset%5D=20' })).to.equal(
      'https://library.example.org/jsonapi/node/article?page%5Boffset%5D=20',
    );
    expect(next({ next: { href: 'javascript:alert(1)' } })).to.equal(undefined);
    expect(next({ next: { href: BASE } })).to.equal(undefined);
    expect(next({ self: { href: BASE } })).to.equal(undefined);
    expect(next('nope')).to.equal(undefined);
  });

  it('reads an empty collection as an empty feed', () => {
    expect(normalize(collection([])).items).to.deep.equal([]);
  });

  it('fails as invalid when the document is not a JSON:API collection', async () => {
    const others = [
      null,
      [],
      'text',
      {},
      { data: 'x' },
      { data: [1, 2] },
      { data: { type: 'node--article', id: 'a', attributes: {} } },
      await fixture('partnerships.json'),
      await fixture('wordpress-posts.json'),
    ];
    for (const document of others) {
      expect(() => normalize(document), JSON.stringify(document).slice(0, 40))
        .to.throw(FeedError)
        .with.property('kind', 'invalid');
    }
  });

  it('passes on the message of a JSON:API error response', () => {
    const error = {
      jsonapi: { version: '1.0' },
      errors: [{ title: 'Forbidden', status: '403', detail: 'The current user is not allowed to GET the selected resource.' }],
    };
    expect(() => normalize(error)).to.throw(FeedError, 'the Drupal site answered with an error: The current user is not allowed');
  });
});

describe('looksLikeDrupal', () => {
  it('recognises the Drupal sample and nothing else', async () => {
    expect(looksLikeDrupal(await fixture('drupal-jsonapi.json'))).to.equal(true);
    expect(looksLikeDrupal(await fixture('wordpress-posts.json'))).to.equal(false);
    expect(looksLikeDrupal(await fixture('partnerships.json'))).to.equal(false);
  });

  it('needs resources with type, id and attributes, or an empty list that says it is JSON:API', () => {
    expect(looksLikeDrupal(collection([null, node()]))).to.equal(true);
    expect(looksLikeDrupal(collection([]))).to.equal(true);
    expect(looksLikeDrupal({ data: [] })).to.equal(false);
    expect(looksLikeDrupal({ data: [{ type: 'node--article', id: 1, attributes: {} }] })).to.equal(false);
    expect(looksLikeDrupal({ data: [{ type: 'node--article', id: 'a' }] })).to.equal(false);
    expect(looksLikeDrupal(JSON.parse('{"__proto__":{"data":[{"type":"t","id":"a","attributes":{}}]}}'))).to.equal(false);
  });
});
