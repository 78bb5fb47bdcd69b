import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { Feed } from '../../feed/model.js';
import { pagedFeed, type PagedFeed } from '../../feed/pages.js';
import { indexResources } from '../../filter/filter.js';
import { feedOfTitles, scenario } from '../../test-support/scenario.js';
import type { LoadedFeed } from './feed.js';
import { FeedPaging } from './paging.js';

class PagingHost extends ReactiveElement {
  src?: string;
  readonly paging = new FeedPaging(this, () => ({
    src: this.src,
    feed: undefined,
    format: 'auto',
    timeoutSeconds: 15,
    cacheTtlSeconds: 300,
  }));
}
customElements.define('paging-host', PagingHost);

/** A first document of these titles, as shown, from `url`. */
function shown(url: string, titles: string[], nextUrl?: string): LoadedFeed {
  const items = titles.map((title) => ({ id: title, title, excerpt: '', type: '', tags: [] }));
  const feed: Feed = { title: 'Paged topic', description: '', related: [], items, ...(nextUrl ? { nextUrl } : {}) };
  return { ...pagedFeed(feed, url), key: url, index: indexResources(items) };
}

async function mountHost(src: string): Promise<PagingHost> {
  const host = await fixture<PagingHost>(html`<paging-host></paging-host>`);
  host.src = src;
  return host;
}

describe('FeedPaging', () => {
  it('reads later documents until the feed ends, then gives them all to show at once', async () => {
    const third = await scenario({ body: feedOfTitles(['three']) });
    const second = await scenario({ body: feedOfTitles(['two'], third.url) });
    const host = await mountHost('https://example.org/first.json');
    const loaded = shown(host.src!, ['one'], second.url);
    const showings: Array<{ paged: PagedFeed; from: LoadedFeed }> = [];
    const more = host.paging.loadMore(
      loaded,
      () => false,
      (paged, from) => showings.push({ paged, from }),
    );
    expect(host.paging.nextPage).to.equal('loading');
    await more;
    expect(host.paging.nextPage).to.equal('idle');
    expect(showings).to.have.length(1);
    expect(showings[0]?.from).to.equal(loaded);
    expect(showings[0]?.paged.feed.items.map((item) => item.title)).to.deep.equal(['one', 'two', 'three']);
  });

  it('stops at the first document that is enough', async () => {
    const third = await scenario({ body: feedOfTitles(['three']) });
    const second = await scenario({ body: feedOfTitles(['two'], third.url) });
    const host = await mountHost('https://example.org/first.json');
    let paged: PagedFeed | undefined;
    await host.paging.loadMore(
      shown(host.src!, ['one'], second.url),
      ({ feed }) => feed.items.length >= 2,
      (next) => (paged = next),
    );
    expect(paged?.feed.items.map((item) => item.title)).to.deep.equal(['one', 'two']);
    expect((await third.log()).requests).to.equal(0);
  });

  it('reads nothing when there is no later document, or a read is already under way', async () => {
    const second = await scenario({ body: feedOfTitles(['two']), hold: true });
    const host = await mountHost('https://example.org/first.json');
    let showings = 0;
    await host.paging.loadMore(
      shown(host.src!, ['one']),
      () => false,
      () => (showings += 1),
    );
    await host.paging.loadMore(
      undefined,
      () => false,
      () => (showings += 1),
    );
    expect(host.paging.nextPage).to.equal('idle');
    const loaded = shown(host.src!, ['one'], second.url);
    const first = host.paging.loadMore(
      loaded,
      () => false,
      () => (showings += 1),
    );
    await host.paging.loadMore(
      loaded,
      () => false,
      () => (showings += 1),
    );
    await second.release();
    await first;
    expect(showings).to.equal(1);
    expect((await second.log()).requests).to.equal(1);
  });

  it('offers a failed document as nextPage, to retry', async () => {
    const second = await scenario({ status: 500 });
    const host = await mountHost('https://example.org/first.json');
    let showings = 0;
    await host.paging.loadMore(
      shown(host.src!, ['one'], second.url),
      () => false,
      () => (showings += 1),
    );
    expect(host.paging.nextPage).to.have.property('status', 500);
    expect(showings).to.equal(0);
  });
});
