import { expect } from '@open-wc/testing';
import { FeedError } from './errors.js';
import type { ParseOptions } from './parse.js';
import { looksLikeWordPress } from './detect.js';
import { normalizeWordPress } from './wordpress.js';

const BASE = 'https://www.webjunction.org/wp-json/wp/v2/posts?_embed';

async function fixture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${name}`)).json();
}

function normalize(document: unknown, warnings: string[] = [], options: ParseOptions = {}) {
  return normalizeWordPress(document, { baseUrl: BASE, warn: (message) => warnings.push(message), ...options });
}

/** A post as `?_embed` gives it, with only what a test needs. */
function post(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 1, link: 'https://example.org/a/', title: { rendered: 'A post' }, _embedded: {}, ...fields };
}

function terms(...lists: Array<Array<{ taxonomy: string; name: unknown; slug?: string }>>) {
  return { 'wp:term': lists };
}

describe('normalizeWordPress', () => {
  it('reads the sample post list: clean text, absolute links, dates, types, tags and images', async () => {
    const warnings: string[] = [];
    const feed = normalize(await fixture('wordpress-posts.json'), warnings);
    expect(warnings).to.deep.equal([]);
    expect(feed.items).to.have.length(5);
    expect(feed).to.include({ title: '', description: '', homePageUrl: 'https://www.webjunction.org/' });
    expect(feed.nextUrl).to.equal(undefined);
    const [first, second, third] = feed.items;
    expect(first).to.include({ id: '1200', title: 'Workforce Development: A Library Partnership Success Story', type: 'News' });
    expect(first!.url).to.equal(
      'https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html',
    );
    expect(first!.date).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(first!.excerpt)
      .to.match(/^OCLC’s headquarters are in Dublin, Ohio/)
      .and.match(/from time …$/);
    expect(first!.tags).to.deep.equal(['workforce', 'public libraries']);
    expect(first!.image).to.deep.equal({
      url: 'https://www.example.org/wp-content/uploads/2022/05/photo-0.jpg',
      alt: 'Photo for Workforce Development: A Library Partnership Success Story',
    });
    expect(second!.image).to.equal(undefined);
    expect(third!.title).to.equal('We Can’t Go It Alone: Community-Centered Collaborations during COVID-19');
    expect(feed.items.map((item) => item.type)).to.deep.equal(['News', 'News', 'Webinar', 'Webinar', 'News']);
    for (const item of feed.items) {
      expect(item.url).to.match(/^https:\/\//);
      expect(`${item.title} ${item.excerpt}`).not.to.match(/[<>]|&[#a-z0-9]+;/i);
    }
  });

  it('takes the excerpt from excerpt.rendered, else content.rendered, as text', () => {
    const feed = normalize([
      post({ id: 1, excerpt: { rendered: '<p>Short &hellip;</p>' }, content: { rendered: '<p>Long</p>' } }),
      post({ id: 2, excerpt: { rendered: '' }, content: { rendered: '<p>Body <b>text</b></p>\n<p>more</p>' } }),
    ]);
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['Short …', 'Body text more']);
  });

  it('keeps a post that has only a title, with nothing made up', () => {
    const feed = normalize([{ id: 9, title: { rendered: 'Only a title' } }]);
    expect(feed.items).to.deep.equal([{ id: '9', title: 'Only a title', excerpt: '', type: '', tags: [] }]);
  });

  it('ignores fields of the wrong type', () => {
    const warnings: string[] = [];
    const feed = normalize(
      [
        post({
          id: 1,
          title: 42,
          content: { rendered: '<p>Body text</p>' },
          _embedded: 'nope',
          link: { href: 'https://x.example/' },
          date_gmt: 1653955200,
        }),
        post({ id: 2, excerpt: ['x'], _embedded: { 'wp:term': 'nope', 'wp:featuredmedia': { source_url: 'https://x.example/i.jpg' } } }),
        post({
          id: 3,
          _embedded: {
            'wp:term': ['nope', [null, 7, { taxonomy: 'category', name: { text: 'x' } }, { taxonomy: 'post_tag', name: ['t'] }]],
          },
        }),
      ],
      warnings,
    );
    expect(warnings).to.deep.equal([]);
    expect(feed.items[0]).to.deep.equal({ id: '1', title: 'Body text', excerpt: '', type: '', tags: [] });
    expect(feed.items[1]).to.deep.equal({ id: '2', title: 'A post', url: 'https://example.org/a/', excerpt: '', type: '', tags: [] });
    expect(feed.items[2]).to.include({ type: '' }).and.property('tags').that.deep.equals([]);
  });

  it('decodes entity soup once in text, and once more in titles WordPress escaped twice', () => {
    const feed = normalize([
      post({
        title: { rendered: 'Tom &amp;amp; Jerry&#x27;s &foo; <em>show</em> &#8211;' },
        excerpt: { rendered: '<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; B</p><script>alert(2)</script>' },
        _embedded: terms(
          [{ taxonomy: 'category', name: 'Arts &amp; Culture' }],
          [{ taxonomy: 'post_tag', name: '<b>kids</b> &amp; teens' }],
        ),
      }),
    ]);
    const [item] = feed.items;
    expect(item!.title).to.equal("Tom & Jerry's &foo; show –");
    expect(item!.excerpt).to.equal('A <script>alert(1)</script> &amp; B');
    expect(item!.type).to.equal('Arts & Culture');
    expect(item!.tags).to.deep.equal(['kids & teens']);
  });

  it('reads date_gmt as UTC, else date, else modified_gmt, and ignores dates it cannot read', () => {
    const feed = normalize([
      post({ id: 1, date_gmt: '2022-05-05T14:30:00', date: '2022-05-05T10:30:00' }),
      post({ id: 2, date_gmt: null, date: '2022-04-26T00:00:00' }),
      post({ id: 3, date_gmt: '2022-02-31T00:00:00', date: 'yesterday', modified_gmt: '2021-01-02T03:04:05' }),
      post({ id: 4, date_gmt: '', date: '31/05/2022', modified_gmt: { rendered: '2022-05-31' } }),
    ]);
    expect(feed.items.map((item) => item.date?.iso)).to.deep.equal([
      '2022-05-05T14:30:00.000Z',
      '2022-04-26',
      '2021-01-02T03:04:05.000Z',
      undefined,
    ]);
  });

  it('keeps only http(s) links and images, resolved against the feed URL', () => {
    const media = (url: string, extra: Record<string, unknown> = {}) => ({
      'wp:featuredmedia': [{ source_url: url, alt_text: 'Alt', ...extra }],
    });
    const feed = normalize([
      post({ id: 1, link: 'javascript:alert(1)', _embedded: media('data:image/png;base64,AAAA') }),
      post({ id: 2, link: ' \tjava\nscript:alert(1)', _embedded: media('vbscript:x') }),
      post({ id: 3, link: '/news/three/', _embedded: media('/wp-content/uploads/three.jpg') }),
    ]);
    expect(feed.items.map((item) => item.url)).to.deep.equal([undefined, undefined, 'https://www.webjunction.org/news/three/']);
    expect(feed.items.map((item) => item.image?.url)).to.deep.equal([
      undefined,
      undefined,
      'https://www.webjunction.org/wp-content/uploads/three.jpg',
    ]);
  });

  it('prefers a card-sized rendition of the featured image, and only images', () => {
    const sized = {
      source_url: 'https://x.example/full.jpg',
      media_details: { sizes: { large: { source_url: 'https://x.example/large.jpg' }, medium_large: { source_url: 'javascript:x' } } },
    };
    const feed = normalize([
      post({ id: 1, _embedded: { 'wp:featuredmedia': [sized] } }),
      post({ id: 2, _embedded: { 'wp:featuredmedia': [{ source_url: 'https://x.example/clip.mp4', media_type: 'file' }] } }),
      post({ id: 3, _embedded: { 'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry' }] } }),
    ]);
    expect(feed.items[0]!.image).to.deep.equal({ url: 'https://x.example/large.jpg', alt: '' });
    expect(feed.items[1]!.image).to.equal(undefined);
    expect(feed.items[2]!.image).to.equal(undefined);
  });

  it('types a post by its first category other than Uncategorized, and tags it with post_tag terms only', () => {
    const feed = normalize([
      post({
        _embedded: terms(
          [
            { taxonomy: 'category', name: 'Uncategorized', slug: 'uncategorized' },
            { taxonomy: 'category', name: 'Toolkit' },
            { taxonomy: 'category', name: 'News' },
          ],
          [
            { taxonomy: 'post_tag', name: 'equity' },
            { taxonomy: 'post_tag', name: 'Equity' },
            { taxonomy: 'post_format', name: 'Video' },
          ],
        ),
      }),
    ]);
    expect(feed.items[0]).to.include({ type: 'Toolkit' });
    expect(feed.items[0]!.tags).to.deep.equal(['equity']);
  });

  it('ignores inherited keys: __proto__ and constructor are inert', () => {
    const document = JSON.parse(
      '[{"__proto__":{"title":{"rendered":"polluted"},"link":"https://evil.example/"},"id":1,"excerpt":{"rendered":"Text"},' +
        '"_embedded":{"__proto__":{"wp:term":[[{"taxonomy":"category","name":"Evil"}]]},"constructor":{"wp:term":[]}}},' +
        '{"id":2,"title":{"__proto__":{"rendered":"polluted"}},"constructor":{"rendered":"x"}},{"id":3,"title":{"rendered":"Fine"}}]',
    );
    const warnings: string[] = [];
    const feed = normalize(document, warnings);
    expect(feed.items).to.deep.equal([
      { id: '1', title: 'Text', excerpt: '', type: '', tags: [] },
      { id: '3', title: 'Fine', excerpt: '', type: '', tags: [] },
    ]);
    expect(warnings).to.have.length(1);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });

  it('skips a post with neither title nor text with exactly one warning naming it, and keeps the rest', () => {
    const warnings: string[] = [];
    const feed = normalize(
      [post({ id: 1 }), post({ id: 77, title: { rendered: '<p> </p>' }, excerpt: { rendered: '&nbsp;' } }), 'not a post', post({ id: 3 })],
      warnings,
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '3']);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('item 2').and.contain('"77"').and.contain('neither a title nor any text');
    expect(warnings[1]).to.contain('item 3').and.contain('not an object');
  });

  it('says once how to get types, tags and pictures when the address lacks _embed', () => {
    const warnings: string[] = [];
    const bare = (id: number) => ({ id, link: `https://example.org/${id}/`, title: { rendered: `Post ${id}` }, categories: [3] });
    const feed = normalize([bare(1), bare(2)], warnings);
    expect(feed.items.map((item) => [item.title, item.type, item.tags])).to.deep.equal([
      ['Post 1', '', []],
      ['Post 2', '', []],
    ]);
    expect(warnings).to.deep.equal([
      'partnership-feed: the WordPress posts come without types, tags or pictures: add _embed to the address (…/wp-json/wp/v2/posts?_embed) to show them.',
    ]);
    normalize([post()], warnings);
    expect(warnings).to.have.length(1);
  });

  it('makes ids unique, also across pages', () => {
    const feed = normalize([post({ id: 5 }), post({ id: 5 }), post({ id: 6 })], [], { usedIds: new Set(['6']) });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['5', '5#2', '6#2']);
  });

  describe('paging', () => {
    const posts = (count: number) => Array.from({ length: count }, (_, index) => post({ id: index + 1 }));
    const header = (pages: string | null) => (name: string) => (name.toLowerCase() === 'x-wp-totalpages' ? pages : null);

    it('follows X-WP-TotalPages when the response has it', () => {
      expect(normalize(posts(3), [], { header: header('3') }).nextUrl).to.equal(`${BASE}&page=2`);
      const pageTwo = 'https://lib.example/wp-json/wp/v2/posts?_embed&page=2&per_page=3';
      expect(normalize(posts(3), [], { baseUrl: pageTwo, header: header('3') }).nextUrl).to.equal(
        'https://lib.example/wp-json/wp/v2/posts?_embed&per_page=3&page=3',
      );
      expect(normalize(posts(3), [], { baseUrl: pageTwo.replace('page=2', 'page=3'), header: header('3') }).nextUrl).to.equal(undefined);
      expect(normalize(posts(10), [], { header: header('1') }).nextUrl).to.equal(undefined);
    });

    it('without the header, takes a full page to mean there may be more', () => {
      expect(normalize(posts(10)).nextUrl).to.equal(`${BASE}&page=2`);
      expect(normalize(posts(9)).nextUrl).to.equal(undefined);
      expect(normalize(posts(10), [], { header: header(null) }).nextUrl).to.equal(`${BASE}&page=2`);
      expect(normalize(posts(10), [], { header: header('lots') }).nextUrl).to.equal(`${BASE}&page=2`);
      const fivePerPage = 'https://lib.example/wp-json/wp/v2/posts?per_page=5&page=4';
      expect(normalize(posts(5), [], { baseUrl: fivePerPage }).nextUrl).to.equal(
        'https://lib.example/wp-json/wp/v2/posts?per_page=5&page=5',
      );
      expect(normalize(posts(4), [], { baseUrl: fivePerPage }).nextUrl).to.equal(undefined);
      expect(normalize([], [], { baseUrl: 'https://lib.example/wp-json/wp/v2/posts?per_page=0' }).nextUrl).to.equal(undefined);
    });

    it('has no next page or home page without an http(s) feed URL', () => {
      const feed = normalizeWordPress(posts(10), { warn: () => undefined, header: header('5') });
      expect(feed.nextUrl).to.equal(undefined);
      expect(feed.homePageUrl).to.equal(undefined);
      expect(normalize(posts(10), [], { baseUrl: 'file:///posts.json' }).nextUrl).to.equal(undefined);
    });

    it('finds the home page of a site in a sub-folder', () => {
      expect(normalize([], [], { baseUrl: 'https://lib.example/branch/wp-json/wp/v2/posts' }).homePageUrl).to.equal(
        'https://lib.example/branch/',
      );
      expect(normalize([], [], { baseUrl: 'https://lib.example/blog/?rest_route=/wp/v2/posts' }).homePageUrl).to.equal(
        'https://lib.example/',
      );
    });
  });

  it('reads an empty post list as an empty feed', () => {
    expect(normalize([]).items).to.deep.equal([]);
  });

  it('fails as invalid when the document is not a WordPress post list', async () => {
    const others = [
      null,
      {},
      'text',
      [1, 2],
      ['x'],
      [{ title: 'plain' }],
      await fixture('partnerships.json'),
      await fixture('drupal-jsonapi.json'),
    ];
    for (const document of others) {
      expect(() => normalize(document), JSON.stringify(document).slice(0, 40))
        .to.throw(FeedError)
        .with.property('kind', 'invalid');
    }
  });

  it('passes on the message of a WordPress error response', () => {
    const error = {
      code: 'rest_post_invalid_page_number',
      message: 'The page number requested is larger than the number of pages available.',
      data: { status: 400 },
    };
    expect(() => normalize(error)).to.throw(FeedError, 'the WordPress site answered with an error: The page number requested is larger');
  });
});

describe('looksLikeWordPress', () => {
  it('recognises the WordPress sample and nothing else', async () => {
    expect(looksLikeWordPress(await fixture('wordpress-posts.json'))).to.equal(true);
    expect(looksLikeWordPress(await fixture('drupal-jsonapi.json'))).to.equal(false);
    expect(looksLikeWordPress(await fixture('partnerships.json'))).to.equal(false);
  });

  it('needs a post with a rendered title among the first few, and is not fooled by look-alikes', () => {
    expect(looksLikeWordPress([null, post()])).to.equal(true);
    expect(looksLikeWordPress([{ title: { rendered: 'T' } }])).to.equal(false);
    expect(looksLikeWordPress([{ id: 1, title: 'T' }])).to.equal(false);
    expect(looksLikeWordPress([])).to.equal(false);
    expect(looksLikeWordPress({ 0: post(), length: 1 })).to.equal(false);
    expect(looksLikeWordPress(JSON.parse('[{"__proto__":{"title":{"rendered":"T"}},"id":1}]'))).to.equal(false);
    expect(looksLikeWordPress([...Array(5).fill(null), post()])).to.equal(false);
  });
});
