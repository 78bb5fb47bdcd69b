/**
 * The bugs issue 12 and issue 13 named, each pinned by a test that failed before the element was
 * split into controllers.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED, feedOfTitles, recordFetchSignals, scenario, storeCopy } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

const numbered = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `Item ${from + i}`);

describe('regressions: background jobs', () => {
  it('aborts a stale-copy refresh that is still running when Show more loaded the next page, once removed', async () => {
    const second = await scenario({ body: feedOfTitles(['Three', 'Four']) });
    const first = await scenario({ body: feedOfTitles(['One', 'Two'], second.url), hold: true });
    storeCopy(first.url, feedOfTitles(['One', 'Two'], second.url), Date.now() - 3_600_000);
    const fetches = recordFetchSignals();
    try {
      const element = await mount(html`<partnership-feed page-size="2" src=${first.url}></partnership-feed>`);
      const nextPage = oneEvent(element, 'pf-load');
      part<HTMLButtonElement>(element, 'more').click();
      await nextPage;
      expect(fetches.signals).to.have.length(2);
      element.remove();
      // The first request is the stale copy's refresh, still held by the server.
      expect(fetches.signals[0]!.aborted).to.equal(true);
    } finally {
      fetches.restore();
      await first.release();
    }
  });
});

describe('regressions: failures after loading', () => {
  it('turns an exception while showing the loaded feed into pf-error and the error state', async () => {
    const element = await fixture<PartnershipFeed>(html`<partnership-feed></partnership-feed>`);
    const failed = oneEvent(element, 'pf-error');
    // Indexing the feed reads each date's year: make that fail, as an unforeseen bug would.
    // Only the first call fails, so the test leaves nothing broken behind even when it fails.
    const original = Date.prototype.getUTCFullYear;
    Date.prototype.getUTCFullYear = () => {
      Date.prototype.getUTCFullYear = original;
      throw new Error('unexpected');
    };
    const document = JSON.parse(feedOfTitles(['One'])) as { items: Array<Record<string, unknown>> };
    document.items[0]!.date_published = '2024-01-02T00:00:00Z';
    element.feed = document;
    const { detail } = await failed;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.contain('unexpected');
    await element.updateComplete;
    expect(text(part(element, 'error'))).to.contain('unexpected');
  });
});

describe('regressions: the page language', () => {
  it('watches the page for lang changes with one observer for all widgets, and reads the language once per render', async () => {
    const observe = MutationObserver.prototype.observe;
    const canonical = Intl.getCanonicalLocales;
    let observers = 0;
    let canonicalCalls = 0;
    MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      if (target === document.documentElement && options?.attributeFilter?.includes('lang')) observers += 1;
      return observe.call(this, target, options);
    };
    let loads = 0;
    let allLoaded = (): void => undefined;
    const loaded = new Promise<void>((resolve) => (allLoaded = resolve));
    const countLoad = (): void => {
      loads += 1;
      if (loads === 3) allLoaded();
    };
    document.addEventListener('pf-load', countLoad);
    try {
      const host = await fixture<HTMLDivElement>(
        html`<div lang="fr">
          <partnership-feed filters="type tag" src=${SAMPLE_FEED}></partnership-feed>
          <partnership-feed filters="type tag" src=${SAMPLE_FEED}></partnership-feed>
          <partnership-feed filters="type tag" src=${SAMPLE_FEED}></partnership-feed>
        </div>`,
      );
      await loaded;
      const widgets = [...host.querySelectorAll('partnership-feed')];
      expect(observers).to.be.at.most(1);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      Intl.getCanonicalLocales = ((locales?: string | readonly string[]) => {
        canonicalCalls += 1;
        return canonical(locales);
      }) as typeof Intl.getCanonicalLocales;
      widgets[0]!.requestUpdate();
      await widgets[0]!.updateComplete;
      expect(canonicalCalls).to.be.at.most(1);
      host.lang = 'es';
      // The page-wide observer sees the change; the Spanish strings then load (from their own
      // file, when the element comes from the bundle).
      await waitUntil(() => part(widgets[0]!, 'status').textContent?.includes('Mostrando'), 'Spanish after the lang change', {
        timeout: 5000,
      });
    } finally {
      MutationObserver.prototype.observe = observe;
      Intl.getCanonicalLocales = canonical;
      document.removeEventListener('pf-load', countLoad);
    }
  });
});

describe('regressions: one Show more is one page (issue 13)', () => {
  it('fetches the next document in the same click when the loaded items run short', async () => {
    const second = await scenario({ body: feedOfTitles(numbered(9, 16)) });
    const first = await scenario({ body: feedOfTitles(numbered(1, 8), second.url) });
    const element = await mount(html`<partnership-feed page-size="6" cache-ttl="0" src=${first.url}></partnership-feed>`);
    expect(cardTitles(element)).to.have.length(6);
    const loaded = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'more').click();
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(numbered(1, 12));
    expect(element.shadowRoot!.activeElement?.textContent).to.equal('Item 7');
  });

  it('shows a full page on the first Show more when the first document is shorter than page-size', async () => {
    const third = await scenario({ body: feedOfTitles(['Five', 'Six']) });
    const second = await scenario({ body: feedOfTitles(['Three', 'Four'], third.url) });
    const first = await scenario({ body: feedOfTitles(['One', 'Two'], second.url) });
    const element = await mount(html`<partnership-feed page-size="3" cache-ttl="0" src=${first.url}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['One', 'Two']);
    const loaded = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'more').click();
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One', 'Two', 'Three', 'Four', 'Five']);
    expect(parts(element, 'more')).to.have.length(1);
  });
});
