/**
 * The later code (later.ts) matches filter values an editor typed to the feed's own spelling. This
 * file is a page of its own, so no widget has that code yet: a script sets `type` in lower case on
 * a widget whose first cards are showing, before the code has come. The filter must take the feed's
 * spelling and narrow the list once the code is there.
 */
import { expect, fixture } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { html, laterCodeRequested, parts, text } from '../test-support/element.js';

describe('a filter attribute set before the later code has come', () => {
  it('takes the feed’s spelling and narrows the list once the code is there', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('partnership-feed') as PartnershipFeed;
    element.src = SAMPLE_FEED;
    container.append(element);
    let codeRequested: boolean | undefined;
    await new Promise<void>((resolve) =>
      // Called in the task that renders the first cards, before the later code is fetched after their paint.
      new MutationObserver((_records, observer) => {
        if (!parts(element, 'card').length) return;
        observer.disconnect();
        codeRequested = laterCodeRequested();
        element.setAttribute('type', 'webinar');
        resolve();
      }).observe(element.shadowRoot!, { childList: true, subtree: true }),
    );
    await element.updateComplete;

    expect(codeRequested, 'the later code was requested before the attribute changed').to.equal(false);
    expect([...new Set(parts(element, 'card-type').map(text))]).to.deep.equal(['Webinar']);
    expect(
      parts<HTMLButtonElement>(element, 'filter-option')
        .filter((button) => button.getAttribute('aria-pressed') === 'true')
        .map((button) => text(button)),
    ).to.have.length(1);
    expect(text(element.shadowRoot!.querySelector('.chip span')!)).to.equal('Webinar');
    await expect(element).to.be.accessible();
  });
});
