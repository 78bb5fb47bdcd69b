import { expect } from '@open-wc/testing';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Partnerships',
  items: [
    { id: '1', title: 'Grant news', date_published: '2024-05-01', tags: ['Grants'], _resource: { type: 'News' } },
    { id: '2', title: 'Old webinar', date_published: '2019-03-01', tags: ['Training'], _resource: { type: 'Webinar' } },
    { id: '3', title: 'New webinar', date_published: '2024-04-01', tags: ['Training'], _resource: { type: 'Webinar' } },
    { id: '4', title: 'Staff toolkit', date_published: '2024-02-01', tags: ['Internal'], _resource: { type: 'Toolkit' } },
    { id: '5', title: 'Undated guide', tags: ['Training'], _resource: { type: 'Guide' } },
  ],
};

const options = (element: HTMLElement) => parts(element as never, 'filter-option').map(text);

describe('exclude-type, exclude-tag and since', () => {
  it('leave resources out of the list, the status and the facets’ options and counts', async () => {
    const element = await mount(
      html`<partnership-feed lang="en" filters="type tag" exclude-type="toolkit" exclude-tag="grants" .feed=${FEED}></partnership-feed>`,
    );
    expect(cardTitles(element)).to.deep.equal(['New webinar', 'Old webinar', 'Undated guide']);
    expect(text(part(element, 'status'))).to.equal('Showing 3 of 3 resources');
    expect(options(element)).to.include.members(['Webinar (2)', 'Guide (1)', 'Training (3)']);
    expect(options(element).some((option) => /Toolkit|News|Grants|Internal/.test(option))).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('since leaves out what is older, by date or by days back; undated resources stay', async () => {
    const element = await mount(html`<partnership-feed lang="en" since="2024-03-01" .feed=${FEED}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['Grant news', 'New webinar', 'Undated guide']);
    element.setAttribute('since', '36500');
    await element.updateComplete;
    expect(cardTitles(element)).to.have.length(5);
    await expect(element).to.be.accessible();
  });

  it('ignores a since it cannot read, with one warning naming it', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await mount(html`<partnership-feed lang="en" since="last spring" .feed=${FEED}></partnership-feed>`);
      expect(cardTitles(element)).to.have.length(5);
      expect(warnings.filter((message) => message.includes('since='))).to.deep.equal([
        'partnership-feed: since="last spring" is not a date (2024-01-01) or a number of days; ignoring it.',
      ]);
    } finally {
      console.warn = original;
    }
  });

  it('shows the empty-feed message when everything is left out', async () => {
    const element = await mount(
      html`<partnership-feed lang="en" since="2030-01-01" exclude-type="guide" .feed=${FEED}></partnership-feed>`,
    );
    expect(parts(element, 'card')).to.have.length(0);
    expect(text(part(element, 'empty'))).to.contain('There are no resources in this feed yet.');
    await expect(element).to.be.accessible();
  });
});
