/**
 * The later code (later.ts) draws the empty state, the notices, an error's reason in the widget's
 * words and a forced theme's box, and leaves out what `exclude-type` asks. Loaded once per page, so this file is a page of its own: the
 * widgets below start together, before any has the code, and each must show its state drawn
 * by it from its first render, never a plainer one first.
 */
import { expect, fixture } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED, scenario } from '../test-support/scenario.js';
import { html, text } from '../test-support/element.js';

/** The first text `selector` shows in the widget's shadow root (watched from before its first render). */
function firstSeen(element: PartnershipFeed, selector: string, look: (found: HTMLElement) => string): Promise<string> {
  return new Promise((resolve) =>
    new MutationObserver((_records, observer) => {
      const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
      if (found) resolve((observer.disconnect(), look(found)));
    }).observe(element.shadowRoot!, { childList: true, subtree: true, attributes: true }),
  );
}

describe('the later code, in a page that has not loaded it yet', () => {
  it('is there at the first render of an error, an empty feed, a forced theme and an exclusion', async () => {
    const failing = await scenario({ status: 404, body: 'Not found', contentType: 'text/plain' });
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const [failed, empty, dark, excluding] = [0, 1, 2, 3].map(() => document.createElement('partnership-feed'));
    failed!.src = failing.url;
    empty!.feed = { items: [] };
    dark!.setAttribute('theme', 'dark');
    dark!.src = SAMPLE_FEED;
    excluding!.setAttribute('exclude-type', 'Webinar');
    excluding!.src = SAMPLE_FEED;
    container.append(failed!, empty!, dark!, excluding!);
    const seen = await Promise.all([
      firstSeen(failed!, '.error-detail', text),
      firstSeen(empty!, '[part~="empty"]', text),
      // The first cards' root: boxed or not (a dark widget on this light page is boxed).
      firstSeen(dark!, '.root:has([part~="card"])', (root) => root.className),
      // The first cards' types: no Webinar among them.
      firstSeen(excluding!, '[part~="list"]:has([part~="card"])', (list) =>
        [...new Set([...list.querySelectorAll('[part~="card-type"]')].map((type) => type.textContent))].sort().join(', '),
      ),
    ]);
    expect(seen).to.deep.equal([
      `Feed ${failing.url}: the server answered with HTTP status 404.`,
      'There are no resources in this feed yet.',
      'root layout-grid boxed',
      'News',
    ]);
    for (const element of [failed!, empty!, dark!, excluding!]) {
      await element.updateComplete;
      await expect(element).to.be.accessible();
    }
  });
});
