import { expect, oneEvent } from '@open-wc/testing';
import type { LoadDetail } from './events.js';
import { scenario } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

const jsonFeed = (title: string, items: object[], nextUrl?: string): string =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, ...(nextUrl ? { next_url: nextUrl } : {}), items });

const item = (id: string, title: string, date: string, type: string, url = `https://example.org/${id}`) => ({
  id,
  url,
  title,
  date_published: date,
  _resource: { type },
});

const rss = (title: string, items: Array<{ title: string; link: string; date: string }>): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://partner.example.org/</link><description>Partner news</description>${items
    .map(
      (entry) =>
        `<item><title>${entry.title}</title><link>${entry.link}</link><guid>${entry.link}</guid><pubDate>${entry.date}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

/** Two JSON Feeds and an RSS feed; the state library's feed repeats the blog's grant news (same link). */
async function threeFeeds() {
  const blog = await scenario({
    body: jsonFeed('Library blog', [
      item('grant', 'Grant news', '2024-05-01T00:00:00Z', 'News', 'https://example.org/shared-grant'),
      item('old', 'Old webinar', '2022-01-10T00:00:00Z', 'Webinar'),
    ]),
  });
  const state = await scenario({
    body: jsonFeed('State library', [
      item('toolkit', 'Toolkit', '2024-06-01T00:00:00Z', 'Toolkit'),
      item('grant-copy', 'Grant news (repeated)', '2024-05-01T00:00:00Z', 'News', 'https://example.org/shared-grant'),
    ]),
  });
  const partner = await scenario({
    contentType: 'application/rss+xml',
    body: rss('Partner news', [
      { title: 'Partner webinar', link: 'https://partner.example.org/webinar', date: 'Fri, 01 Mar 2024 00:00:00 GMT' },
    ]),
  });
  return { blog, state, partner, src: `${blog.url} ${state.url}  ${partner.url}` };
}

const sources = (element: HTMLElement): string[] => parts(element as never, 'card-source').map(text);

describe('several feeds in src', () => {
  it('merges two JSON Feeds and an RSS feed newest first, a shared resource once, each card naming its feed', async () => {
    const { src, blog, state, partner } = await threeFeeds();
    const loaded = oneEvent(document, 'pf-load');
    const element = await mount(html`<partnership-feed lang="en" src=${src}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['Toolkit', 'Grant news', 'Partner webinar', 'Old webinar']);
    expect(sources(element)).to.deep.equal(['State library', 'Library blog', 'Partner news', 'Library blog']);
    expect(text(part(element, 'status'))).to.equal('Showing 4 of 4 resources');
    const { detail } = (await loaded) as CustomEvent<LoadDetail>;
    expect(detail.total).to.equal(4);
    expect(detail.feeds).to.deep.equal([
      { url: blog.url, title: 'Library blog' },
      { url: state.url, title: 'State library' },
      { url: partner.url, title: 'Partner news' },
    ]);
    expect(element.shadowRoot!.querySelector('.notice')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers the feeds as a facet (filters="source"); hide="source" leaves the names off the cards', async () => {
    const { src } = await threeFeeds();
    const element = await mount(html`<partnership-feed lang="en" filters="source" src=${src}></partnership-feed>`);
    const options = parts<HTMLButtonElement>(element, 'filter-option');
    expect(options.map(text)).to.deep.equal(['Library blog (2)', 'Partner news (1)', 'State library (1)']);
    options[0]!.click();
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['Grant news', 'Old webinar']);
    expect(text(part(element, 'status'))).to.equal('Showing 2 of 4 resources');
    await expect(element).to.be.accessible();
    element.setAttribute('hide', 'source');
    await element.updateComplete;
    expect(sources(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows the feeds that loaded when one fails, with a polite notice naming it', async () => {
    const { blog, partner } = await threeFeeds();
    const missing = await scenario({ status: 404, body: 'Not found' });
    const loaded = oneEvent(document, 'pf-load');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const element = await mount(
      html`<partnership-feed lang="en" src=${`${blog.url} ${missing.url} ${partner.url}`}></partnership-feed>`,
    ).finally(() => (console.warn = original));
    expect(warnings.filter((warning) => warning.includes(missing.url))).to.have.length(1);
    expect(cardTitles(element)).to.deep.equal(['Grant news', 'Partner webinar', 'Old webinar']);
    const notice = element.shadowRoot!.querySelector('.notice[role="status"]')!;
    expect(text(notice)).to.equal(`Could not load ${missing.url}; showing the other feeds.`);
    expect(parts(element, 'error')).to.deep.equal([]);
    const { detail } = (await loaded) as CustomEvent<LoadDetail>;
    expect(detail.feeds?.map((feed) => ('error' in feed ? `${feed.url} ${feed.error.kind}` : feed.title))).to.deep.equal([
      'Library blog',
      `${missing.url} http`,
      'Partner news',
    ]);
    await expect(element).to.be.accessible();
  });

  it('is the error state when every feed fails', async () => {
    const missing = await scenario({ status: 404, body: 'Not found' });
    const broken = await scenario({ body: '{ not json' });
    const element = await mount(html`<partnership-feed lang="en" src=${`${missing.url} ${broken.url}`}></partnership-feed>`, 'pf-error');
    expect(text(part(element, 'error'))).to.contain(missing.url);
    expect(parts(element, 'card')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('"Show more" reads each feed’s next document as the list needs it', async () => {
    const blogPage2 = await scenario({ body: jsonFeed('Library blog', [item('b3', 'Blog page two', '2021-01-01T00:00:00Z', 'News')]) });
    const blog = await scenario({
      body: jsonFeed(
        'Library blog',
        [item('b1', 'Blog one', '2024-05-01T00:00:00Z', 'News'), item('b2', 'Blog two', '2023-05-01T00:00:00Z', 'News')],
        blogPage2.url,
      ),
    });
    const state = await scenario({ body: jsonFeed('State library', [item('s1', 'State one', '2024-04-01T00:00:00Z', 'Toolkit')]) });
    const element = await mount(html`<partnership-feed lang="en" page-size="3" src=${`${blog.url} ${state.url}`}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['Blog one', 'State one', 'Blog two']);
    expect((await blogPage2.log()).requests).to.equal(0);
    part<HTMLButtonElement>(element, 'more').click();
    await oneEvent(element, 'pf-load');
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['Blog one', 'State one', 'Blog two', 'Blog page two']);
    expect(sources(element)).to.deep.equal(['Library blog', 'State library', 'Library blog', 'Library blog']);
    expect(parts(element, 'more')).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('applies exclusions and since across the merged list, its counts and its facets', async () => {
    const { src } = await threeFeeds();
    const element = await mount(
      html`<partnership-feed lang="en" filters="type source" exclude-type="toolkit" since="2023-01-01" src=${src}></partnership-feed>`,
    );
    expect(cardTitles(element)).to.deep.equal(['Grant news', 'Partner webinar']);
    expect(text(part(element, 'status'))).to.equal('Showing 2 of 2 resources');
    const options = parts(element, 'filter-option').map(text);
    expect(options).to.include.members(['Library blog (1)', 'Partner news (1)']);
    expect(options.some((option) => /State library|Toolkit/.test(option))).to.equal(false);
    await expect(element).to.be.accessible();
  });
});
