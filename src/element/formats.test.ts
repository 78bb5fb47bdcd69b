import { expect } from '@open-wc/testing';
import { scenario } from '../test-support/scenario.js';
import { UNSAFE_URLS, hostileDocuments } from '../test-support/hostile.js';
import { cardTitles, html, mount, parts, text } from '../test-support/element.js';

const SAMPLES = [
  { name: 'WordPress REST', file: 'test/fixtures/wordpress-posts.json', contentType: 'application/json; charset=UTF-8' },
  { name: 'Drupal JSON:API', file: 'test/fixtures/drupal-jsonapi.json', contentType: 'application/vnd.api+json' },
  { name: 'RSS 2.0', file: 'test/fixtures/partnerships.rss.xml', contentType: 'application/rss+xml; charset=utf-8' },
  { name: 'Atom', file: 'test/fixtures/partnerships.atom.xml', contentType: 'application/atom+xml' },
  // Servers often send feeds with a generic type: the shape must be enough.
  { name: 'RSS as text/plain', file: 'test/fixtures/partnerships.rss.xml', contentType: 'text/plain' },
];

describe('<partnership-feed format="auto"> reads what CMSs publish', () => {
  for (const sample of SAMPLES) {
    it(`renders the ${sample.name} sample as clean cards`, async () => {
      const feed = await scenario({ file: sample.file, contentType: sample.contentType });
      const element = await mount(html`<partnership-feed lang="en-US" src=${feed.url}></partnership-feed>`);
      const titles = cardTitles(element);
      expect(titles).to.have.length(5);
      expect(titles[0]).to.equal('Workforce Development: A Library Partnership Success Story');
      expect(titles.join(' ')).not.to.match(/<|&[a-z#0-9]+;/i);
      // Absolute links; Drupal's path aliases resolve against the site the document's own
      // links.self names, not against where this copy was fetched from (the test server).
      const origin = sample.name.startsWith('Drupal') ? 'https://library.example.org' : 'https://www.webjunction.org';
      for (const link of parts<HTMLAnchorElement>(element, 'card-link'))
        expect(new URL(link.getAttribute('href')!).origin).to.equal(origin);
      const first = parts(element, 'card')[0]!;
      expect(first.querySelector('time')!.dateTime).to.equal('2022-05-31');
      expect(text(first.querySelector('time')!)).to.equal('May 31, 2022');
      expect(text(first.querySelector('[part~="card-type"]')!)).to.equal('News');
      for (const excerpt of parts(element, 'card-excerpt')) expect(text(excerpt)).not.to.match(/<\/?[a-z]+>|&[a-z#0-9]+;/i);
      await expect(element).to.be.accessible();
    });
  }

  it('honours an explicit format', async () => {
    const feed = await scenario({ file: 'test/fixtures/partnerships.rss.xml', contentType: 'text/plain' });
    const element = await mount(html`<partnership-feed format="rss" src=${feed.url}></partnership-feed>`);
    expect(cardTitles(element)).to.have.length(5);
  });
});

describe('<partnership-feed> with hostile feeds', () => {
  const CONTENT_TYPES: Record<string, string> = { rss: 'application/rss+xml' };
  for (const [name, body, format] of hostileDocuments(UNSAFE_URLS[0]!)) {
    it(`${name}: renders the good items and executes nothing`, async () => {
      const win = window as unknown as { pwned?: number };
      delete win.pwned;
      const feed = await scenario({ body, contentType: CONTENT_TYPES[format] ?? 'application/json' });
      const element = await mount(html`<partnership-feed src=${feed.url}></partnership-feed>`);
      const root = element.shadowRoot!;
      expect(cardTitles(element)).to.include('Good item');
      expect(root.querySelectorAll('script, [onerror]')).to.have.length(0);
      for (const node of root.querySelectorAll('[href], [src]')) {
        expect(node.getAttribute('href') ?? node.getAttribute('src')).to.match(/^https?:\/\//);
      }
      expect(win.pwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  }
});
