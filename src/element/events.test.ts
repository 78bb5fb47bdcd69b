/**
 * The events are typed for TypeScript users: this file only compiles (`npm run typecheck`) when
 * `HTMLElementEventMap` declares them; the test then checks the details at run time too.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { html, mount } from '../test-support/element.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';

describe('typed events', () => {
  it('types the detail of pf-load, pf-error and pf-filter-change in addEventListener', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const seen: string[] = [];
    element.addEventListener('pf-load', (event) => seen.push(`load ${event.detail.total} ${event.detail.feed.title}`));
    element.addEventListener('pf-error', (event) => seen.push(`error ${event.detail.kind} ${event.detail.status ?? ''}`));
    element.addEventListener('pf-filter-change', (event) => seen.push(`filter ${event.detail.shown}/${event.detail.total}`));
    const changed = oneEvent(element, 'pf-filter-change');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter-option"]')!.click();
    const { detail } = await changed;
    const shown: number = detail.shown;
    expect(seen).to.deep.equal([`filter ${shown}/10`]);
  });
});
