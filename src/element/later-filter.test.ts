/**
 * The matching of filters and search comes with the later code (later.ts), loaded once per page, so
 * this file is a page of its own: the patron chooses a type in the first cards, before any widget
 * has the code. The list must never show cards the chosen filter leaves out, and the widget must
 * filter as soon as the code is there.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { html, laterCodeRequested, parts, text } from '../test-support/element.js';

function cardTypes(element: PartnershipFeed): string[] {
  return [...new Set(parts(element, 'card-type').map(text))].sort();
}

describe('a filter chosen before the later code has come', () => {
  it('keeps the list as it was until the code comes, then shows the matches and tells their number', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('partnership-feed');
    element.src = SAMPLE_FEED;
    const changed = oneEvent(element, 'pf-filter-change');
    container.append(element);
    const listsSeen: string[][] = [];
    let codeRequested: boolean | undefined;
    const chosen = new Promise<void>((resolve) =>
      // Called in the task that renders the first cards, before the later code is fetched after their paint.
      new MutationObserver((_records, observer) => {
        const webinar = parts<HTMLButtonElement>(element, 'filter-option').find((button) => text(button).startsWith('Webinar'));
        if (!webinar) return;
        observer.disconnect();
        expect(cardTypes(element).length, 'the first cards show more than one type').to.be.above(1);
        codeRequested = laterCodeRequested();
        webinar.click();
        new MutationObserver(() => listsSeen.push(cardTypes(element))).observe(element.shadowRoot!.querySelector('[part~="list"]')!, {
          childList: true,
        });
        resolve();
      }).observe(element.shadowRoot!, { childList: true, subtree: true }),
    );
    await chosen;
    const { detail } = await changed;
    await element.updateComplete;

    expect(codeRequested, 'the later code was requested before the click').to.equal(false);
    expect(listsSeen.length, 'the list changed').to.be.above(0);
    expect(
      listsSeen.every((types) => types.join() === 'Webinar'),
      JSON.stringify(listsSeen),
    ).to.equal(true);
    expect(cardTypes(element)).to.deep.equal(['Webinar']);
    expect(detail.types).to.deep.equal(['Webinar']);
    expect(detail.shown).to.equal(parts(element, 'card').length);
    expect(text(element.shadowRoot!.querySelector('.chip span')!)).to.equal('Webinar');
    await expect(element).to.be.accessible();
  });
});
