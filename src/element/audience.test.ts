import { expect, oneEvent } from '@open-wc/testing';
import type { FilterChangeDetail } from './partnership-feed.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

/** Five resources for three audiences: one audience as a string, several as a list, one with none. */
const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Early literacy',
  items: [
    { id: '1', title: 'Storytime basics', date_published: '2024-05-01', _resource: { type: 'Webinar', audience: 'Library staff' } },
    { id: '2', title: 'Rhymes at home', date_published: '2024-04-01', _resource: { type: 'News', audience: ['Parents', 'Caregivers'] } },
    { id: '3', title: 'Board book picks', date_published: '2024-03-01', _resource: { type: 'News', audience: ['Parents'] } },
    { id: '4', title: 'Outreach to daycares', date_published: '2024-02-01', _resource: { type: 'Toolkit', audience: 'Library staff' } },
    { id: '5', title: 'Annual report', date_published: '2024-01-01', _resource: { type: 'News' } },
  ],
};

function option(element: HTMLElement, label: string): HTMLButtonElement {
  const group = parts(element as never, 'filter').find((candidate) => text(candidate).startsWith('Filter by audience'));
  const found = [...(group?.querySelectorAll('button') ?? [])].find((button) => text(button).startsWith(label));
  if (!found) throw new Error(`no audience option "${label}"`);
  return found;
}

describe('the audience facet', () => {
  it('offers each audience with its count when filters asks for it, and narrows the cards to the chosen ones', async () => {
    const element = await mount(html`<partnership-feed lang="en" filters="audience" .feed=${FEED}></partnership-feed>`);
    const group = parts(element, 'filter');
    expect(group.map((candidate) => text(candidate.querySelector('.filter-label')!))).to.deep.equal(['Filter by audience']);
    expect([...group[0]!.querySelectorAll('button')].map(text)).to.deep.equal(['Library staff (2)', 'Parents (2)', 'Caregivers (1)']);
    await expect(element).to.be.accessible();

    const changed = oneEvent(element, 'pf-filter-change');
    option(element, 'Parents').click();
    const { detail } = (await changed) as CustomEvent<FilterChangeDetail>;
    await element.updateComplete;
    expect(detail).to.deep.equal({ types: [], tags: [], audiences: ['Parents'], query: '', sort: 'newest', shown: 2, total: 5 });
    expect(cardTitles(element)).to.deep.equal(['Rhymes at home', 'Board book picks']);
    expect(option(element, 'Parents').getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(element, 'status'))).to.equal('Showing 2 of 5 resources');
    expect(parts(element, 'filter-option-selected').map(text)).to.deep.equal(['Parents (2)']);
    await expect(element).to.be.accessible();
  });

  it('is preselected by the audience attribute in the feed’s own spelling, shown as a chip that clear-all removes', async () => {
    const element = await mount(
      html`<partnership-feed lang="en" filters="type audience" audience="library STAFF" .feed=${FEED}></partnership-feed>`,
    );
    expect(cardTitles(element)).to.deep.equal(['Storytime basics', 'Outreach to daycares']);
    expect(option(element, 'Library staff').getAttribute('aria-pressed')).to.equal('true');
    expect([...element.shadowRoot!.querySelectorAll('.chip > span:first-child')].map(text)).to.deep.equal(['Library staff']);
    await expect(element).to.be.accessible();

    const changed = oneEvent(element, 'pf-filter-change');
    const clearAll = [...element.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === 'Clear all');
    clearAll!.click();
    const { detail } = (await changed) as CustomEvent<FilterChangeDetail>;
    await element.updateComplete;
    expect(detail.audiences).to.equal(undefined);
    expect(cardTitles(element)).to.have.length(5);
    expect(element.shadowRoot!.querySelectorAll('.chip')).to.have.length(0);
  });

  it('counts each audience against the other facets’ selection', async () => {
    const element = await mount(html`<partnership-feed lang="en" filters="type audience" type="News" .feed=${FEED}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['Rhymes at home', 'Board book picks', 'Annual report']);
    expect(text(option(element, 'Library staff'))).to.equal('Library staff (0)');
    expect(text(option(element, 'Parents'))).to.equal('Parents (2)');
  });
});
