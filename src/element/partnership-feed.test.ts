import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FilterChangeDetail, LoadDetail } from './partnership-feed.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

const NEWEST = 'Workforce Development: A Library Partnership Success Story';
const OLDEST = 'Successful Partnership Model Provides Legal Assistance Across Colorado';

function button(element: HTMLElement, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function typeInSearch(element: HTMLElement, value: string): Promise<void> {
  const input = part<HTMLInputElement>(element as never, 'search');
  input.focus();
  await sendKeys({ type: value });
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

describe('<partnership-feed> with the sample topic', () => {
  it('renders the header, ten cards newest first, and the related topic', async () => {
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture(html`<partnership-feed lang="en-US" src=${SAMPLE_FEED}></partnership-feed>`);
    const { detail } = (await loaded) as CustomEvent<LoadDetail>;
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const feed = element as never;
    expect(detail.total).to.equal(10);
    expect(detail.feed.title).to.equal('Partnerships & collaboration');

    const heading = part(feed, 'heading');
    expect(heading.tagName).to.equal('H2');
    expect(text(heading)).to.equal('Partnerships & collaboration');
    expect(text(part(feed, 'description'))).to.match(/^When the library builds partnerships/);
    const image = part<HTMLImageElement>(feed, 'image');
    expect(image.alt).to.equal('Drawing of a group of people gathered around a tabletop whiteboard.');
    expect(image.src).to.match(/\/test\/fixtures\/partnerships-header\.svg$/);
    const credit = part(feed, 'credit');
    expect(text(credit)).to.equal('Photo: jenlen, CC BY-NC-ND 2.0');
    expect(credit.querySelector('a')?.getAttribute('href')).to.equal('https://creativecommons.org/licenses/by-nc-nd/2.0/');

    expect(part(feed, 'list').tagName).to.equal('UL');
    const cards = parts(feed, 'card');
    expect(cards).to.have.length(10);
    expect(cards.every((card) => card.tagName === 'LI')).to.equal(true);
    expect(cardTitles(feed)[0]).to.equal(NEWEST);
    expect(cardTitles(feed)[9]).to.equal(OLDEST);

    const first = cards[0]!;
    const title = first.querySelector('[part~="card-title"]')!;
    expect(title.tagName).to.equal('H3');
    const links = first.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.closest('h3')).to.equal(title);
    expect(links[0]!.getAttribute('part')).to.equal('card-link');
    expect(links[0]!.href).to.equal(
      'https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html',
    );
    expect(text(first.querySelector('[part~="card-type"]')!)).to.equal('News');
    const time = first.querySelector('time')!;
    expect(time.getAttribute('part')).to.equal('card-date');
    expect(time.dateTime).to.equal('2022-05-31');
    expect(text(time)).to.equal('May 31, 2022');
    expect(text(first.querySelector('[part~="card-excerpt"]')!)).to.match(/^OCLC’s headquarters are in Dublin, Ohio/);
    expect(parts(feed, 'card-tags')[0]!.querySelectorAll('li')).to.have.length(2);

    expect(text(part(feed, 'status'))).to.equal('Showing 10 of 10 resources');
    expect(part(feed, 'status').getAttribute('role')).to.equal('status');
    const related = part(feed, 'related');
    expect(text(related)).to.contain('Community engagement');
    expect(part<HTMLAnchorElement>(feed, 'related-link').href).to.equal(
      'https://www.webjunction.org/explore-topics/community-engagement.html',
    );
    expect(parts(feed, 'more')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('filters by type with toggle buttons that carry counts, OR across types', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const options = parts(element, 'filter-option');
    expect(options.map(text)).to.deep.equal(['News (7)', 'Webinar (3)']);
    expect(options.every((option) => option.getAttribute('aria-pressed') === 'false')).to.equal(true);

    const changed = oneEvent(element, 'pf-filter-change');
    button(element, 'Webinar').click();
    const { detail } = (await changed) as CustomEvent<FilterChangeDetail>;
    await element.updateComplete;
    expect(detail).to.deep.equal({ types: ['Webinar'], tags: [], query: '', sort: 'newest', shown: 3, total: 10 });
    expect(parts(element, 'card')).to.have.length(3);
    expect(parts(element, 'card-type').map(text)).to.deep.equal(['Webinar', 'Webinar', 'Webinar']);
    expect(button(element, 'Webinar').getAttribute('aria-pressed')).to.equal('true');
    expect(button(element, 'Webinar').getAttribute('part')).to.equal('filter-option filter-option-selected');
    expect(text(part(element, 'status'))).to.equal('Showing 3 of 10 resources');
    expect(element.resources.map((resource) => resource.type)).to.deep.equal(['Webinar', 'Webinar', 'Webinar']);
    await expect(element).to.be.accessible();

    button(element, 'News').click();
    await element.updateComplete;
    expect(parts(element, 'card')).to.have.length(10);
  });

  it('lets a keyboard user reach a filter with Tab and toggle it with Space', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const webinar = button(element, 'Webinar');
    for (let presses = 0; presses < 10 && element.shadowRoot!.activeElement !== webinar; presses += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(element.shadowRoot!.activeElement).to.equal(webinar);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(webinar.getAttribute('aria-pressed')).to.equal('true');
    expect(parts(element, 'card')).to.have.length(3);
    expect(element.shadowRoot!.activeElement).to.equal(webinar);
  });

  it('narrows the cards as the patron types, over titles, excerpts and tags', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const search = part<HTMLInputElement>(element, 'search');
    expect(element.shadowRoot!.querySelector(`label[for="${search.id}"]`)?.textContent).to.equal('Search resources');
    await typeInSearch(element, 'COLORADO');
    expect(cardTitles(element)).to.deep.equal([OLDEST]);
    // The count is announced once typing pauses, not on every keystroke.
    await waitUntil(() => text(part(element, 'status')) === 'Showing 1 of 10 resources', 'status after typing pauses', { timeout: 5000 });
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    await typeInSearch(element, 'humble');
    expect(cardTitles(element)).to.deep.equal([OLDEST]);
    search.value = 'covid-19';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(cardTitles(element)).to.have.length(1);
    expect(cardTitles(element)[0]).to.contain('COVID-19');
    await expect(element).to.be.accessible();
  });

  it('shows a no-match state whose Clear filters button restores every card and keeps focus in the widget', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    button(element, 'Webinar').click();
    await element.updateComplete;
    await typeInSearch(element, 'colorado');
    expect(parts(element, 'card')).to.have.length(0);
    const empty = part(element, 'empty');
    expect(text(empty)).to.contain('No resources match your filters.');
    await waitUntil(() => text(part(element, 'status')) === 'No resources match your filters.', 'no-match status', { timeout: 5000 });
    await expect(element).to.be.accessible();

    part<HTMLButtonElement>(element, 'clear').click();
    await element.updateComplete;
    expect(parts(element, 'card')).to.have.length(10);
    expect(part<HTMLInputElement>(element, 'search').value).to.equal('');
    expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'filter-option')[0]);
  });

  it('reveals the next page with Show more and moves focus to the first new card', async () => {
    const element = await mount(html`<partnership-feed page-size="4" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(element, 'card')).to.have.length(4);
    expect(text(part(element, 'status'))).to.equal('Showing 4 of 10 resources');
    part<HTMLButtonElement>(element, 'more').click();
    await element.updateComplete;
    expect(parts(element, 'card')).to.have.length(8);
    expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'card-link')[4]);
    expect(text(part(element, 'status'))).to.equal('Showing 8 of 10 resources');
    part<HTMLButtonElement>(element, 'more').click();
    await element.updateComplete;
    expect(parts(element, 'card')).to.have.length(10);
    expect(parts(element, 'more')).to.have.length(0);
    await expect(element).to.be.accessible();
  });
});

describe('<partnership-feed> attributes', () => {
  it('takes its heading, heading level and excerpt length from attributes', async () => {
    const element = await mount(
      html`<partnership-feed heading="Working together" heading-level="3" excerpt-words="5" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    expect(part(element, 'heading').tagName).to.equal('H3');
    expect(text(part(element, 'heading'))).to.equal('Working together');
    expect(parts(element, 'card-title')[0]!.tagName).to.equal('H4');
    expect(text(parts(element, 'card-excerpt')[0]!)).to.equal('OCLC’s headquarters are in Dublin…');
  });

  it('opens with the type, query and sort it is given', async () => {
    const webinars = await mount(html`<partnership-feed type="webinar" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(webinars, 'card')).to.have.length(3);
    expect(button(webinars, 'Webinar').getAttribute('aria-pressed')).to.equal('true');

    const colorado = await mount(html`<partnership-feed query="colorado" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(cardTitles(colorado)).to.deep.equal([OLDEST]);
    expect(part<HTMLInputElement>(colorado, 'search').value).to.equal('colorado');

    const oldest = await mount(html`<partnership-feed sort="oldest" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(cardTitles(oldest)[0]).to.equal(OLDEST);
  });

  it('shows only the controls `filters` names', async () => {
    const none = await mount(html`<partnership-feed filters="none" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(none, 'controls')).to.have.length(0);
    expect(parts(none, 'card')).to.have.length(10);
    const searchOnly = await mount(html`<partnership-feed filters="search" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(searchOnly, 'search')).to.have.length(1);
    expect(parts(searchOnly, 'filter')).to.have.length(0);
  });

  it('falls back to the default for a bad value, with one console warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await mount(
        html`<partnership-feed
          heading-level="9"
          page-size="lots"
          sort="random"
          filters="type colour"
          src=${SAMPLE_FEED}
        ></partnership-feed>`,
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(part(element, 'heading').tagName).to.equal('H2');
      expect(parts(element, 'card')).to.have.length(10);
      expect(cardTitles(element)[0]).to.equal(NEWEST);
      expect(parts(element, 'filter')).to.have.length(1);
      expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('page-size'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('sort='))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('"colour"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});

describe('<partnership-feed> feed property and content', () => {
  it('renders a feed object set directly, and an empty feed says so', async () => {
    const element = await fixture(html`<partnership-feed></partnership-feed>`);
    const feedElement = element as never as import('./partnership-feed.js').PartnershipFeed;
    const loaded = oneEvent(element, 'pf-load');
    feedElement.feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: [] };
    await loaded;
    await feedElement.updateComplete;
    expect(text(part(feedElement, 'heading'))).to.equal('Nothing yet');
    expect(text(part(feedElement, 'empty'))).to.equal('There are no resources in this feed yet.');
    expect(parts(feedElement, 'list')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('renders hostile text as text and drops unsafe URLs', async () => {
    const element = await fixture(html`<partnership-feed></partnership-feed>`);
    const feedElement = element as never as import('./partnership-feed.js').PartnershipFeed;
    const loaded = oneEvent(element, 'pf-load');
    (window as unknown as { pwned?: boolean }).pwned = false;
    feedElement.feed = {
      title: '<img src=x onerror="window.pwned=true">',
      items: [
        {
          id: 'x',
          title: '<script>window.pwned=true</script>',
          url: 'javascript:window.pwned=true',
          summary: '<img src=x onerror="window.pwned=true">',
          tags: ['<b>tag</b>'],
          _resource: { type: '<i>News</i>' },
        },
      ],
    };
    await loaded;
    await feedElement.updateComplete;
    const root = feedElement.shadowRoot!;
    expect(root.querySelectorAll('script, [onerror]')).to.have.length(0);
    expect(root.querySelector('[part~="card"] img')).to.equal(null);
    expect(text(part(feedElement, 'card-title'))).to.equal('<script>window.pwned=true</script>');
    expect(parts(feedElement, 'card-link')).to.have.length(0);
    expect([...root.querySelectorAll('[href]')].every((node) => /^https?:/.test(node.getAttribute('href')!))).to.equal(true);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('hides its light-DOM fallback once it renders', async () => {
    const element = await mount(
      html`<partnership-feed src=${SAMPLE_FEED}><a href="/topics/partnerships">Browse partnership resources</a></partnership-feed>`,
    );
    expect(element.querySelector('a')!.getClientRects().length).to.equal(0);
  });
});
