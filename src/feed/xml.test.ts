import { expect } from '@open-wc/testing';
import { FeedError } from './errors.js';
import { LIMITS, type Feed } from './model.js';
import * as entityTable from './entities.js';
import * as html from './html.js';
import { parseFeed } from './parse.js';
import { normalizeXmlFeed, withTextTables } from './xml.js';

const BASE = 'https://example.org/feeds/topic.rss';
const RSS_SAMPLE = '/test/fixtures/partnerships.rss.xml';
const ATOM_SAMPLE = '/test/fixtures/partnerships.atom.xml';

function normalize(text: string, warnings: string[] = [], baseUrl = BASE): Feed {
  return normalizeXmlFeed(text, { baseUrl, warn: (message) => warnings.push(message) });
}

function rss(items: string, channel = '<title>T</title>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>${channel}${items}</channel></rss>`;
}

function atom(entries: string, feed = '<title>T</title>', attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"${attributes}>${feed}${entries}</feed>`;
}

function invalidReason(text: string): string {
  try {
    normalizeXmlFeed(text, { baseUrl: BASE, warn: () => undefined });
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError).with.property('kind', 'invalid');
    expect(error).to.have.property('url', BASE);
    return (error as Error).message;
  }
  throw new Error('expected the document to be refused');
}

async function fixture(path: string): Promise<string> {
  return (await fetch(path)).text();
}

function expectPlainSafeFeed(feed: Feed): void {
  for (const item of feed.items) {
    for (const text of [item.title, item.excerpt, item.type, ...item.tags]) expect(text).not.to.match(/<\/?[a-z][^>]*>|&[a-z]+;/i);
    for (const url of [item.url, item.image?.url].filter(Boolean)) expect(url).to.match(/^https:\/\//);
  }
}

describe('parseFeed: which reader takes a response', () => {
  async function refusal(text: string, contentType?: string): Promise<string> {
    const failure = await parseFeed(text, { baseUrl: BASE, contentType }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure, text).to.be.instanceOf(FeedError).with.property('kind', 'invalid');
    return (failure as FeedError).message;
  }

  it('reads RSS, Atom and RDF after a BOM, declaration, stylesheet, comment or doctype, whatever the content type', async () => {
    const item = '<item><title>One</title></item>';
    for (const [text, contentType] of [
      [`<rss version="2.0"><channel><title>T</title>${item}</channel></rss>`, 'application/json'],
      [`\uFEFF<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>${item}</channel></rss>`, 'text/plain'],
      [
        '<?xml version="1.0"?><?xml-stylesheet href="feed.xsl" type="text/xsl"?><!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>One</title></entry></feed>',
        undefined,
      ],
      [
        `  \n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel>${item}</rdf:RDF>`,
        'text/html',
      ],
      [
        `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title>${item}</channel></rss>`,
        'application/rss+xml',
      ],
    ] as const) {
      const feed = await parseFeed(text, { baseUrl: BASE, contentType });
      expect(feed.title, text).to.equal('T');
      expect(
        feed.items.map((resource) => resource.title),
        text,
      ).to.deep.equal(['One']);
    }
  });

  it('names an HTML page as one, whatever its content type says, before or after a prolog, and as XHTML', async () => {
    for (const [text, contentType] of [
      ['<!DOCTYPE html><html><head><title>rss</title></head></html>', 'application/xml'],
      ['  <html><body>Not found</body></html>', 'application/json'],
      ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'text/xml'],
      ['<!-- cached page --><!DOCTYPE html><html lang="en"></html>', undefined],
    ] as const) {
      expect(await refusal(text, contentType), text).to.contain('HTML page');
    }
  });

  it('names other markup by its root element, and an empty response as empty', async () => {
    expect(await refusal('<p>hello</p>', 'application/xhtml+xml')).to.contain('not an RSS or Atom feed (its root element is <p>)');
    expect(await refusal('<channel/>', 'application/rss+xml; charset=utf-8')).to.contain('its root element is <channel>');
    expect(await refusal('   ')).to.contain('empty');
  });

  it('reads JSON as JSON, whatever the content type says', async () => {
    const feed = await parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}', { contentType: 'text/xml' });
    expect(feed.title).to.equal('J');
  });
});

describe('normalizeXmlFeed: the samples', () => {
  it('reads the RSS sample: header, clean text, absolute links, dates, types, tags and thumbnails', async () => {
    const feed = normalize(await fixture(RSS_SAMPLE), [], 'https://www.webjunction.org/feeds/partnerships.rss');
    expect(feed).to.include({
      title: 'Partnerships & collaboration',
      homePageUrl: 'https://www.webjunction.org/explore-topics/partnerships.html',
      language: 'en-us',
    });
    expect(feed.description).to.match(/^When the library builds partnerships/);
    expect(feed.related).to.deep.equal([]);
    expect(feed.image).to.equal(undefined);
    expect(feed.nextUrl).to.equal(undefined);
    expect(feed.items).to.have.length(5);
    const first = feed.items[0]!;
    const firstUrl = 'https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html';
    expect(first).to.include({
      id: firstUrl,
      url: firstUrl,
      title: 'Workforce Development: A Library Partnership Success Story',
      type: 'News',
    });
    expect(first.date).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(first.tags).to.deep.equal(['workforce', 'public libraries']);
    expect(first.image).to.deep.equal({ url: 'https://www.example.org/thumbs/0.jpg', alt: '' });
    expect(first.excerpt).to.match(/^OCLC’s headquarters are in Dublin, Ohio/);
    expect(feed.items[1]!.image).to.equal(undefined);
    expect(feed.items[2]!.title).to.equal("We Can't Go It Alone: Community-Centered Collaborations during COVID-19");
    expect(feed.items.map((item) => item.type)).to.deep.equal(['News', 'News', 'Webinar', 'Webinar', 'News']);
    expect(feed.items.every((item) => item.date?.calendarDate)).to.equal(true);
    expectPlainSafeFeed(feed);
  });

  it('reads the Atom sample into the same cards', async () => {
    const feed = normalize(await fixture(ATOM_SAMPLE), [], 'https://www.webjunction.org/feeds/partnerships.atom');
    const fromRss = normalize(await fixture(RSS_SAMPLE), [], 'https://www.webjunction.org/feeds/partnerships.rss');
    expect(feed).to.include({
      title: 'Partnerships & collaboration',
      homePageUrl: 'https://www.webjunction.org/explore-topics/partnerships.html',
    });
    expect(feed.items).to.have.length(5);
    const first = feed.items[0]!;
    expect(first.date).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(first).to.include({ type: 'News' });
    expect(feed.items[1]!.excerpt).to.contain('"Digital equity through community partnerships,"');
    for (const key of ['id', 'url', 'title', 'excerpt', 'date', 'type'] as const) {
      expect(
        feed.items.map((item) => item[key]),
        key,
      ).to.deep.equal(fromRss.items.map((item) => item[key]));
    }
    expectPlainSafeFeed(feed);
  });
});

describe('normalizeXmlFeed: what is not a feed', () => {
  it('refuses what is not well-formed XML', () => {
    expect(invalidReason('{"items":[]}')).to.contain('not well-formed XML');
    expect(invalidReason('<rss version="2.0"><channel><item><title>cut off')).to.contain('not well-formed XML');
    expect(invalidReason('<rss><channel><title>A</titel></channel></rss>')).to.contain('not well-formed XML');
  });

  it('says when the response is empty or an HTML page', () => {
    expect(invalidReason('  \n')).to.contain('empty');
    expect(invalidReason('<!DOCTYPE html><html><head><title>Not found</title></head><body></body></html>')).to.contain('HTML page');
    expect(invalidReason('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).to.contain('HTML page');
  });

  it('refuses XML that is neither RSS nor Atom, naming its root element', () => {
    expect(invalidReason('<?xml version="1.0"?><note><to>Tove</to></note>')).to.contain('not an RSS or Atom feed').and.contain('<note>');
    expect(invalidReason('<feed xmlns="urn:example:not-atom"><entry/></feed>')).to.contain('not an RSS or Atom feed');
  });

  it('refuses entity declarations before parsing (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
      <rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&secret;</title></channel></rss>`;
    // The parser would only say "not well-formed" (it reads no DTD): this message is the refusal's.
    expect(invalidReason(laughs)).to.contain('entity declarations are not allowed');
    expect(invalidReason(external)).to.contain('entity declarations are not allowed');
  });

  it('accepts a doctype without entity declarations (RSS 0.91)', () => {
    const feed = normalize(`<?xml version="1.0"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old</title><item><title>One</title><link>https://example.org/1</link></item></channel></rss>`);
    expect(feed.items.map((item) => item.url)).to.deep.equal(['https://example.org/1']);
  });

  it('never uses DOMParser, a Trusted Types sink that a strict Content-Security-Policy blocks', () => {
    const original = window.DOMParser;
    window.DOMParser = class {
      constructor() {
        throw new Error('DOMParser was used');
      }
    } as unknown as typeof DOMParser;
    try {
      expect(normalize(rss('<item><title>A</title></item>')).items).to.have.length(1);
      expect(normalize(atom('<entry><title>A</title></entry>')).items).to.have.length(1);
      expect(invalidReason(rss('<item>'))).to.contain('not well-formed XML');
    } finally {
      window.DOMParser = original;
    }
  });
});

describe('normalizeXmlFeed: RSS items', () => {
  it('skips an item without title or text with exactly one warning naming it, and keeps the rest', () => {
    const warnings: string[] = [];
    const feed = normalize(
      rss(`<item><title>Kept</title></item>
           <item><guid isPermaLink="false">empty-one</guid><link>https://example.org/x</link><description>  <![CDATA[<p> </p>]]> </description></item>
           <item><description>Only a description, which becomes the title</description></item>`),
      warnings,
    );
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Kept', 'Only a description, which becomes the title']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('item 2').and.contain('"empty-one"').and.contain('neither a title nor any text');
  });

  it('takes the excerpt from description, else content:encoded, as text', () => {
    const feed = normalize(
      rss(`<item><title>A</title><description>&lt;p&gt;Desc &amp;amp; more&lt;/p&gt;</description><content:encoded>Body</content:encoded></item>
           <item><title>B</title><content:encoded><![CDATA[<h2>Body</h2><p>text &hellip;</p>]]></content:encoded></item>`),
    );
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['Desc & more', 'Body text …']);
  });

  it('turns entity soup in titles into plain text', () => {
    const feed = normalize(
      rss(`<item><title>R&amp;amp;D &lt;b&gt;bold&lt;/b&gt; &amp;lt;i&amp;gt; &#8217;quoted&#x2019; &amp;hellip;</title></item>
           <item><title>AT&amp;T Q&amp;As &amp;unknown; 5 &lt; 6</title></item>`),
    );
    expect(feed.items[0]!.title).to.equal('R&D bold <i> ’quoted’ …');
    expect(feed.items[1]!.title).to.equal('AT&T Q&As &unknown; 5 < 6');
  });

  it('strips CDATA markup and never keeps a script', () => {
    const feed = normalize(
      rss(`<item><title><![CDATA[<img src=x onerror="alert(1)">Safe <script>alert(2)</script>title]]></title>
           <description><![CDATA[<script>alert(3)</script><style>p{}</style><p>Hello <b onclick="alert(4)">there</b></p><iframe src="javascript:alert(5)"></iframe>]]></description>
           <category><![CDATA[<b>News</b>]]></category></item>`),
    );
    const item = feed.items[0]!;
    expect(item.title).to.equal('Safe title');
    expect(item.excerpt).to.equal('Hello there');
    expect(item.type).to.equal('<b>News</b>');
    expect(JSON.stringify(feed)).not.to.contain('alert(');
  });

  it('keeps only http(s) links, resolved against the feed URL', () => {
    const feed = normalize(
      rss(`<item><title>A</title><link>javascript:alert(1)</link></item>
           <item><title>B</title><link> JaVaScRiPt&#x09;:alert(1)</link></item>
           <item><title>C</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link></item>
           <item><title>D</title><link>../pages/d.html</link></item>
           <item><title>E</title><guid>https://example.org/e</guid></item>
           <item><title>F</title><guid isPermaLink="false">https://example.org/not-a-page</guid></item>
           <item><title>G</title><guid>javascript:alert(1)</guid></item>
           <item><title>H</title><link href="https://example.org/h"/></item>`),
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      'https://example.org/pages/d.html',
      'https://example.org/e',
      undefined,
      undefined,
      'https://example.org/h',
    ]);
  });

  it('reads categories: the first is the type, the rest are tags, blanks and repeats left out', () => {
    const feed = normalize(
      rss(`<item><title>A</title><category> </category><category>Webinar</category><category>equity</category><category>Equity</category><category domain="x">  local   history </category></item>
           <item><title>B</title></item>`),
    );
    expect(feed.items[0]).to.include({ type: 'Webinar' });
    expect(feed.items[0]!.tags).to.deep.equal(['equity', 'local history']);
    expect(feed.items[1]).to.include({ type: '' });
    expect(feed.items[1]!.tags).to.deep.equal([]);
  });

  it('reads pubDate as RFC 822, falls back to ISO dates and dc:date, and leaves unreadable dates out', () => {
    const feed = normalize(
      rss(`<item><title>A</title><pubDate>Wed, 01 Jun 2022 09:30:00 EDT</pubDate></item>
           <item><title>B</title><pubDate>2022-06-02T00:00:00Z</pubDate></item>
           <item><title>C</title><dc:date>2022-06-03</dc:date></item>
           <item><title>D</title><pubDate>Tue, 31 Feb 2022 00:00:00 +0000</pubDate></item>
           <item><title>E</title><pubDate>last Tuesday</pubDate><dc:date>soon</dc:date></item>
           <item><title>F</title><pubDate>garbage</pubDate><dc:date>2022-06-06T12:00:00+02:00</dc:date></item>`),
    );
    expect(feed.items.map((item) => item.date?.iso)).to.deep.equal([
      '2022-06-01T13:30:00.000Z',
      '2022-06-02',
      '2022-06-03',
      undefined,
      undefined,
      '2022-06-06T10:00:00.000Z',
    ]);
  });

  it('finds images in media:thumbnail, media:content, media:group and image enclosures, with alt text', () => {
    const feed = normalize(
      rss(`<item><title>Thumb</title><media:content url="https://example.org/big.jpg" medium="image"/><media:thumbnail url="thumb.jpg"/><media:description>A reading room</media:description></item>
           <item><title>Content medium</title><media:content url="https://example.org/m.jpg" medium="image"><media:description type="html">&lt;b&gt;Stacks&lt;/b&gt;</media:description></media:content></item>
           <item><title>Content type</title><media:content url="https://example.org/video.mp4" type="video/mp4"/><media:content url="https://example.org/t.png" type="image/png"/></item>
           <item><title>Group</title><media:group><media:thumbnail url="https://example.org/g.jpg"/><media:description>Group alt</media:description></media:group></item>
           <item><title>Inside content</title><media:content url="https://example.org/v.mp4" medium="video"><media:thumbnail url="https://example.org/v.jpg"/></media:content></item>
           <item><title>Enclosure</title><enclosure url="https://example.org/e.png" type="image/png" length="1"/></item>
           <item><title>Audio</title><enclosure url="https://example.org/e.mp3" type="audio/mpeg" length="1"/></item>
           <item><title>Unsafe</title><media:thumbnail url="javascript:alert(1)"/><enclosure url="data:image/png;base64,AAAA" type="image/png"/></item>
           <item><title>Unsafe first</title><media:thumbnail url="javascript:alert(1)"/><media:thumbnail url="https://example.org/second.jpg"/></item>`),
    );
    expect(feed.items.map((item) => item.image)).to.deep.equal([
      { url: 'https://example.org/feeds/thumb.jpg', alt: 'A reading room' },
      { url: 'https://example.org/m.jpg', alt: 'Stacks' },
      { url: 'https://example.org/t.png', alt: '' },
      { url: 'https://example.org/g.jpg', alt: 'Group alt' },
      { url: 'https://example.org/v.jpg', alt: '' },
      { url: 'https://example.org/e.png', alt: '' },
      undefined,
      undefined,
      { url: 'https://example.org/second.jpg', alt: '' },
    ]);
  });

  it('reads a Media RSS namespace written without its trailing slash', () => {
    const feed = normalize(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss"><channel><title>T</title>
      <item><title>A</title><media:thumbnail url="https://example.org/a.jpg"/></item></channel></rss>`);
    expect(feed.items[0]!.image?.url).to.equal('https://example.org/a.jpg');
  });

  it('makes ids unique, falling back to the link, then the position, and honours earlier pages', () => {
    const feed = normalizeXmlFeed(
      rss(`<item><title>A</title><guid>x</guid></item><item><title>B</title><guid>x</guid></item>
           <item><title>C</title><link>https://example.org/c</link></item><item><title>D</title></item>
           <item><title>E</title><guid>seen</guid></item>`),
      { baseUrl: BASE, warn: () => undefined, usedIds: new Set(['seen']) },
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['x', 'x#2', 'https://example.org/c', 'item-4', 'seen#2']);
  });

  it('caps titles and excerpts and drops items past the limit with one warning', () => {
    const warnings: string[] = [];
    const items = Array.from({ length: LIMITS.maxItems + 3 }, (_, i) =>
      i
        ? `<item><title>T${i}</title></item>`
        : `<item><title>${'x'.repeat(2000)}</title><description>${'s'.repeat(9000)}</description></item>`,
    ).join('');
    const feed = normalize(rss(items), warnings);
    expect(feed.items).to.have.length(LIMITS.maxItems);
    expect(feed.items[0]!.title).to.have.length(LIMITS.maxTitleLength);
    expect(feed.items[0]!.excerpt).to.have.length(LIMITS.maxExcerptLength);
    expect(warnings).to.deep.equal([
      `partnership-feed: the feed has ${LIMITS.maxItems + 3} items; only the first ${LIMITS.maxItems} are shown.`,
    ]);
  });

  it('reads the channel: title, description as text, home page, language, and RFC 5005 next page', () => {
    const feed = normalize(
      rss(
        '',
        `<title>News &amp;amp; events</title><description>&lt;p&gt;About &lt;em&gt;us&lt;/em&gt;&lt;/p&gt;</description>
         <link>/library/</link><language>es-MX</language>
         <atom:link rel="self" href="https://example.org/feeds/topic.rss"/><atom:link rel="next" href="topic.rss?page=2"/>`,
      ),
    );
    expect(feed).to.deep.equal({
      title: 'News & events',
      description: 'About us',
      homePageUrl: 'https://example.org/library/',
      language: 'es-MX',
      nextUrl: 'https://example.org/feeds/topic.rss?page=2',
      related: [],
      items: [],
    });
  });

  it('leaves out a next page that is not http(s) or is this same document', () => {
    const unsafe = normalize(rss('', '<title>T</title><atom:link rel="next" href="javascript:alert(1)"/>'));
    const same = normalize(rss('', `<title>T</title><atom:link rel="next" href="${BASE}"/>`));
    const plainRssLink = normalize(rss('', '<title>T</title><link rel="next">https://example.org/2</link>'));
    expect([unsafe.nextUrl, same.nextUrl, plainRssLink.nextUrl]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('survives a feed with nothing in it but a channel', () => {
    expect(normalize('<rss version="2.0"><channel/></rss>')).to.deep.equal({ title: '', description: '', related: [], items: [] });
  });

  it('reads RSS 1.0 (RDF): items beside the channel, dc:date and dc:subject', () => {
    const feed = normalize(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link><description>D</description></channel>
        <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link><dc:date>2022-05-31T00:00:00Z</dc:date>
          <dc:subject>News</dc:subject><dc:subject>history</dc:subject><description>First</description></item>
      </rdf:RDF>`);
    expect(feed).to.include({ title: 'RDF feed', homePageUrl: 'https://example.org/' });
    expect(feed.items[0]).to.deep.include({
      title: 'One',
      url: 'https://example.org/1',
      type: 'News',
      tags: ['history'],
      excerpt: 'First',
    });
    expect(feed.items[0]!.date?.iso).to.equal('2022-05-31');
  });
});

describe('normalizeXmlFeed: Atom entries', () => {
  it('reads text, html and xhtml titles and content as plain text', () => {
    const feed = normalize(
      atom(`<entry><title type="html">&lt;em&gt;Hi&lt;/em&gt; &amp;amp; bye</title><summary type="text">5 &lt; 6 &lt;b&gt;literal&lt;/b&gt;</summary></entry>
            <entry><title>&lt;b&gt;shown as written&lt;/b&gt;</title>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p><script>alert(1)</script><style>p{}</style><p>Again&#160;&amp; again</p></div></content></entry>
            <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X<em>HTML</em> title</div></title><content type="html"><![CDATA[<p>From <i>content</i></p><script>alert(2)</script>]]></content></entry>
            <entry><title>Media</title><content type="image/png" src="https://example.org/i.png"/></entry>`),
    );
    expect(feed.items.map((item) => [item.title, item.excerpt])).to.deep.equal([
      ['Hi & bye', '5 < 6 <b>literal</b>'],
      ['<b>shown as written</b>', 'Hello world Again & again'],
      ['XHTML title', 'From content'],
      ['Media', ''],
    ]);
    expect(JSON.stringify(feed)).not.to.contain('alert(');
  });

  it('links to rel="alternate" (or no rel), resolved against xml:base and the feed URL', () => {
    const feed = normalize(
      atom(
        `<entry><title>A</title><link rel="self" href="https://example.org/self"/><link rel="enclosure" href="https://example.org/a.mp3"/><link rel="alternate" href="a.html"/></entry>
         <entry xml:base="https://other.example/blog/"><title>B</title><link href="b.html"/></entry>
         <entry xml:base="javascript:alert(1)//"><title>C</title><link href="c.html"/></entry>
         <entry><title>D</title><link href="javascript:alert(1)"/><link rel="alternate" href="vbscript:x"/></entry>`,
        '<title>T</title>',
        ' xml:base="https://example.org/atom/"',
      ),
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      'https://example.org/atom/a.html',
      'https://other.example/blog/b.html',
      'https://example.org/atom/c.html',
      undefined,
    ]);
  });

  it('dates an entry by published, else updated, and ignores dates it cannot read', () => {
    const feed = normalize(
      atom(`<entry><title>A</title><updated>2022-06-02T00:00:00Z</updated><published>2022-06-01T00:00:00Z</published></entry>
            <entry><title>B</title><updated>2022-06-02T10:15:00-05:00</updated></entry>
            <entry><title>C</title><published>1 June 2022</published><updated>2022-02-30T00:00:00Z</updated></entry>`),
    );
    expect(feed.items.map((item) => item.date?.iso)).to.deep.equal(['2022-06-01', '2022-06-02T15:15:00.000Z', undefined]);
  });

  it('reads categories by label, else term: the first is the type, the rest tags', () => {
    const feed = normalize(
      atom(
        `<entry><title>A</title><category term="webinar" label="Webinar"/><category term="equity"/><category scheme="x"/><category term="local-history" label="Local history"/></entry>`,
      ),
    );
    expect(feed.items[0]).to.deep.include({ type: 'Webinar', tags: ['equity', 'Local history'] });
  });

  it('reads the feed: title, subtitle, home page, language, next page; entry language and image', () => {
    const feed = normalize(
      atom(
        `<entry xml:lang="fr"><title>A</title><id>tag:example.org,2022:1</id><media:thumbnail url="https://example.org/a.jpg"/></entry>
         <entry><title>B</title><link rel="enclosure" type="image/jpeg" href="/b.jpg"/></entry>`,
        `<title type="html">Topic &amp;amp; more</title><subtitle>About</subtitle><link rel="self" href="https://example.org/self"/>
         <link rel="alternate" type="text/html" href="/topic.html"/><link rel="next" href="?page=2"/>`,
        ' xml:lang="en"',
      ),
      [],
      'https://example.org/feeds/topic.atom',
    );
    expect(feed).to.include({
      title: 'Topic & more',
      description: 'About',
      homePageUrl: 'https://example.org/topic.html',
      language: 'en',
      nextUrl: 'https://example.org/feeds/topic.atom?page=2',
    });
    expect(feed.items[0]).to.deep.include({
      id: 'tag:example.org,2022:1',
      language: 'fr',
      image: { url: 'https://example.org/a.jpg', alt: '' },
    });
    expect(feed.items[1]!.image).to.deep.equal({ url: 'https://example.org/b.jpg', alt: '' });
  });

  it('skips an entry without title or text with one warning naming its id', () => {
    const warnings: string[] = [];
    const feed = normalize(
      atom('<entry><id>urn:x:1</id><title> </title><summary type="html">&lt;br/&gt;</summary></entry><entry><title>Ok</title></entry>'),
      warnings,
    );
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Ok']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('item 1').and.contain('"urn:x:1"');
  });

  it('reads deeply nested xhtml, and never overflows the stack on deeper', () => {
    const nestedEntry = (depth: number): string =>
      atom(
        `<entry><title>A</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}</div></content></entry>`,
      );
    expect(normalize(nestedEntry(200)).items[0]!.excerpt).to.equal('deep');
    expect(normalize(nestedEntry(100_000)).items[0]!.excerpt).to.equal('deep');
  });

  it('reads an Atom feed without a namespace as Atom', () => {
    const feed = normalize('<feed><title>Plain</title><entry><title>One</title><link href="https://example.org/1"/></entry></feed>');
    expect(feed.items.map((item) => item.url)).to.deep.equal(['https://example.org/1']);
  });
});

describe('normalizeXmlFeed and hand-made feeds', () => {
  it('reads HTML entity names that XML does not know', async () => {
    // As parseFeed reads it: with the full table of names, loaded once a name needs it.
    const feed = await withTextTables(
      () =>
        normalizeXmlFeed(
          '<rss version="2.0"><channel><title>Caf&eacute; &amp; more</title><item><title>Story&nbsp;time &mdash; for all &rarr;</title><link>https://example.org/a</link></item></channel></rss>',
          { baseUrl: 'https://example.org/feed.rss', warn: () => undefined },
        ),
      { names: async () => entityTable, html: async () => html },
    );
    expect(feed.title).to.equal('Café & more');
    expect(feed.items[0]!.title).to.equal('Story time — for all →');
  });

  it('titles a channel by dc:title when it has no <title>', () => {
    const feed = normalize(
      rss('<item><dc:title>Item by DC</dc:title><link>https://example.org/a</link></item>', '<dc:title>Channel by DC</dc:title>'),
    );
    expect(feed.title).to.equal('Channel by DC');
    expect(feed.items[0]!.title).to.equal('Item by DC');
  });

  it('reads an item whose only text is its XHTML body (the RSS XHTML module)', () => {
    const feed = normalize(
      rss(
        '<item><link>https://example.org/a</link><body xmlns="http://www.w3.org/1999/xhtml"><p>First <b>bold</b></p><p>second</p><script>x()</script></body></item>' +
          '<item xmlns:xhtml="http://www.w3.org/1999/xhtml"><link>https://example.org/b</link><xhtml:body><xhtml:p>Prefixed body</xhtml:p></xhtml:body></item>',
      ),
    );
    expect(feed.items.map((item) => item.title)).to.deep.equal(['First bold second', 'Prefixed body']);
  });

  it('reads items written straight under <rss>, without a <channel>, as feed readers do', () => {
    const feed = normalize(
      '<rss version="2.0"><title>No channel</title><item><title>One</title><link>https://example.org/1</link></item><item><title>Two</title></item></rss>',
    );
    expect(feed.title).to.equal('No channel');
    expect(feed.items.map((item) => item.title)).to.deep.equal(['One', 'Two']);
  });

  it('reads a feed with blank lines before its XML declaration, as some CMS plugins print it', () => {
    const feed = normalize(`\n\n  ${rss('<item><title>One</title><link>https://example.org/1</link></item>')}`);
    expect(feed.items.map((item) => item.title)).to.deep.equal(['One']);
  });

  it('reads bare ampersands in titles and links', () => {
    const feed = normalize(rss('<item><title>Books & Bytes</title><link>https://example.org/a?x=1&utm_source=rss</link></item>'));
    expect(feed.items[0]!.title).to.equal('Books & Bytes');
    expect(feed.items[0]!.url).to.equal('https://example.org/a?x=1&utm_source=rss');
  });

  it('reads the usual prefixes (media, dc) when the feed forgot to declare them', () => {
    const feed = normalize(
      '<rss version="2.0"><channel><title>T</title><item><title>One</title><link>https://example.org/1</link>' +
        '<dc:date>2024-03-01</dc:date><media:thumbnail url="https://example.org/1.jpg"/></item></channel></rss>',
    );
    expect(feed.items[0]!.image?.url).to.equal('https://example.org/1.jpg');
    expect(feed.items[0]!.date?.calendarDate).to.equal(true);
  });

  it('says what is wrong and on which line of the feed as served', () => {
    const text = '\n\n<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>Caf&eacute;</titel>\n</channel></rss>';
    expect(invalidReason(text)).to.contain('the end tag </titel> does not match the open <title> on line 5');
    expect(invalidReason('<rss><channel><title>cut off')).to.contain('ends before <title> is closed (it may be cut off) on line 1');
  });

  it('still refuses what cannot be mended, with the same message', () => {
    expect(invalidReason(rss('<item><title>One</title></channel>'))).to.contain('not well-formed XML');
    expect(invalidReason('<rss><channel><title>&unknownname;</title></channel></rss>')).to.contain('not well-formed XML');
    expect(invalidReason('<rss><channel><x:title>T</x:title></channel></rss>')).to.contain('not well-formed XML');
  });
});
