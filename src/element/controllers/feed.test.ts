import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { feedOfTitles, recordFetchSignals, scenario, storeCopy } from '../../test-support/scenario.js';
import { FeedController } from './feed.js';

class FeedHost extends ReactiveElement {
  static override properties = { src: {} };
  src?: string;
  failInShown = false;
  /** What `unusual` was asked for, and a gate the test opens: the outcome must wait for it. */
  unusualCalls = 0;
  openGate?: () => void;
  readonly feedState = new FeedController(
    this,
    () => ({ src: this.src, feed: undefined, format: 'auto', timeoutSeconds: 15, cacheTtlSeconds: 300 }),
    {
      prepare: () => Promise.resolve(),
      unusual: () => {
        this.unusualCalls += 1;
        return new Promise<void>((resolve) => (this.openGate = resolve));
      },
      shown: () => {
        if (this.failInShown) throw new Error('a bug in the host');
      },
    },
  );
}
customElements.define('feed-host', FeedHost);

const titles = (host: FeedHost): string[] => host.feedState.loaded?.feed.items.map((item) => item.title) ?? [];

async function mountHost(src: string): Promise<FeedHost> {
  const host = document.createElement('feed-host') as FeedHost;
  host.src = src;
  const loaded = oneEvent(host, 'pf-load');
  (await fixture<HTMLElement>(html`<div></div>`)).append(host);
  await loaded;
  return host;
}

describe('FeedController', () => {
  it('aborts its request when the host leaves the page, and loads again when it comes back', async () => {
    const feed = await scenario({ body: feedOfTitles(['one']), hold: true });
    const fetches = recordFetchSignals();
    try {
      const host = document.createElement('feed-host') as FeedHost;
      host.src = feed.url;
      const parent = await fixture<HTMLElement>(html`<div></div>`);
      parent.append(host);
      await host.updateComplete;
      host.remove();
      expect(fetches.signals.map((signal) => signal.aborted)).to.deep.equal([true]);
      const loaded = oneEvent(host, 'pf-load');
      parent.append(host);
      await feed.release();
      const { detail } = await loaded;
      expect(detail.total).to.equal(1);
      expect(fetches.signals).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('gives a stale-copy refresh and a next-page load each their own abort, both ended on removal', async () => {
    const second = await scenario({ body: feedOfTitles(['three']), hold: true });
    const first = await scenario({ body: feedOfTitles(['one, refreshed'], second.url), hold: true });
    storeCopy(first.url, feedOfTitles(['one'], second.url), Date.now() - 3_600_000);
    const fetches = recordFetchSignals();
    try {
      const host = await mountHost(first.url);
      const more = host.feedState.loadMore(
        () => false,
        () => undefined,
      );
      expect(host.feedState.nextPage).to.equal('loading');
      // The next page's request starts once the file that reads later documents has loaded.
      await waitUntil(() => fetches.signals.length === 2, 'both requests under way', { timeout: 5000 });
      host.remove();
      expect(fetches.signals.map((signal) => signal.aborted)).to.deep.equal([true, true]);
      await more;
      expect(host.feedState.nextPage).to.equal('idle');
      expect(titles(host)).to.deep.equal(['one']);
    } finally {
      fetches.restore();
      await Promise.all([first.release(), second.release()]);
    }
  });

  it('follows next_url until a document leads back to one already read', async () => {
    const first = await scenario({ body: feedOfTitles(['one']) });
    const second = await scenario({ body: feedOfTitles(['two'], first.url) });
    await fetch(`/scenario/${first.key}`, { method: 'POST', body: JSON.stringify({ body: feedOfTitles(['one'], second.url) }) });
    const host = await mountHost(first.url);
    let shown = 0;
    const loaded = oneEvent(host, 'pf-load');
    await host.feedState.loadMore(
      () => false,
      () => (shown += 1),
    );
    await loaded;
    expect(titles(host)).to.deep.equal(['one', 'two']);
    expect(host.feedState.loaded?.feed.nextUrl).to.equal(undefined);
    expect(shown).to.equal(1);
    expect((await first.log()).requests).to.equal(1);
  });

  it('keeps the cards and offers the failure when a later document fails', async () => {
    const second = await scenario({ status: 500 });
    const first = await scenario({ body: feedOfTitles(['one'], second.url) });
    const host = await mountHost(first.url);
    await host.feedState.loadMore(
      () => false,
      () => undefined,
    );
    expect(titles(host)).to.deep.equal(['one']);
    expect(host.feedState.nextPage).to.have.property('status', 500);
  });

  it('turns a failure in showing the loaded feed into pf-error and an error state', async () => {
    const feed = await scenario({ body: feedOfTitles(['one']) });
    const host = document.createElement('feed-host') as FeedHost;
    host.failInShown = true;
    host.src = feed.url;
    const failed = oneEvent(host, 'pf-error');
    (await fixture<HTMLElement>(html`<div></div>`)).append(host);
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'invalid' });
    expect(detail.message).to.contain('a bug in the host');
    expect(host.feedState.error?.message).to.equal('a bug in the host');
  });

  it('waits for what draws an error or an empty feed (`unusual`) before showing it, and not for a feed with items', async () => {
    const broken = await scenario({ status: 404 });
    const host = document.createElement('feed-host') as FeedHost;
    host.src = broken.url;
    const failed = oneEvent(host, 'pf-error');
    (await fixture<HTMLElement>(html`<div></div>`)).append(host);
    await waitUntil(() => host.openGate, 'the failed load asks for what draws the error');
    expect(host.feedState.error, 'no error state before it').to.equal(undefined);
    host.openGate!();
    expect((await failed).detail).to.include({ kind: 'http', status: 404 });

    const empty = await scenario({ body: feedOfTitles([]) });
    host.openGate = undefined;
    host.src = empty.url;
    const loaded = oneEvent(host, 'pf-load');
    await waitUntil(() => host.openGate, 'the empty feed asks for what draws the empty state');
    expect(host.feedState.loaded, 'no empty list before it').to.equal(undefined);
    host.openGate!();
    expect((await loaded).detail).to.include({ total: 0 });
    expect(host.unusualCalls).to.equal(2);

    const full = await scenario({ body: feedOfTitles(['one']) });
    host.src = full.url;
    await oneEvent(host, 'pf-load');
    expect(titles(host)).to.deep.equal(['one']);
    expect(host.unusualCalls).to.equal(2);
  });
});
