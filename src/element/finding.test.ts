import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

function option(element: PartnershipFeed, label: string): HTMLButtonElement {
  const found = parts<HTMLButtonElement>(element, 'filter-option').find((button) => text(button).startsWith(label));
  if (!found) throw new Error(`no option "${label}"`);
  return found;
}

async function click(element: PartnershipFeed, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

function chipLabels(element: PartnershipFeed): string[] {
  return [...element.shadowRoot!.querySelectorAll('.chip')].map((chip) => text(chip.querySelector('span')!));
}

describe('finding resources: facets', () => {
  it('combines tags and types: OR within a facet, AND across facets', async () => {
    const element = await mount(html`<partnership-feed filters="type tag search" src=${SAMPLE_FEED}></partnership-feed>`);
    await click(element, option(element, 'digital equity'));
    expect(parts(element, 'card')).to.have.length(2);
    await click(element, option(element, 'Webinar'));
    expect(parts(element, 'card')).to.have.length(1);
    await click(element, option(element, 'News'));
    expect(parts(element, 'card')).to.have.length(2);
    // Counts say what choosing an option would give with the other facets applied.
    expect(text(option(element, 'Webinar'))).to.equal('Webinar (1)');
    expect(text(option(element, 'News'))).to.equal('News (1)');
    await expect(element).to.be.accessible();
  });

  it('keeps options with no results visible, saying so', async () => {
    const element = await mount(html`<partnership-feed filters="type tag" src=${SAMPLE_FEED}></partnership-feed>`);
    await click(element, option(element, 'covid-19'));
    expect(text(option(element, 'News'))).to.equal('News (0)');
    expect(option(element, 'News').classList.contains('filter-option-empty')).to.equal(true);
  });

  it('folds a long tag list behind "More tags", most used first', async () => {
    const tags = Array.from({ length: 12 }, (_, i) => `tag ${String(i + 1).padStart(2, '0')}`);
    const items = tags.map((tag, i) => ({ id: String(i), title: `Item ${i}`, tags: i === 0 ? tags : [tag] }));
    const element = await fixture<PartnershipFeed>(html`<partnership-feed filters="tag" .feed=${{ items }}></partnership-feed>`);
    await element.updateComplete;
    const tagGroup = (): HTMLButtonElement[] => parts<HTMLButtonElement>(element, 'filter-option');
    expect(tagGroup()).to.have.length(8);
    const more = element.shadowRoot!.querySelector<HTMLButtonElement>('.more-options')!;
    expect(text(more)).to.equal('More tags (4)');
    await click(element, more);
    expect(tagGroup()).to.have.length(12);
    expect(element.shadowRoot!.activeElement).to.equal(tagGroup()[8]);
    await expect(element).to.be.accessible();
  });

  it('filters by year, with "Any year" first', async () => {
    const element = await mount(html`<partnership-feed filters="date" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(element, 'filter-option').map(text)).to.deep.equal(['Any year', '2022 (9)', '2021 (1)']);
    expect(option(element, 'Any year').getAttribute('aria-pressed')).to.equal('true');
    await click(element, option(element, '2021'));
    expect(cardTitles(element)).to.have.length(1);
    expect(option(element, 'Any year').getAttribute('aria-pressed')).to.equal('false');
    await click(element, option(element, 'Any year'));
    expect(cardTitles(element)).to.have.length(10);
  });

  it('sorts by newest, oldest and title from the sort control', async () => {
    const element = await mount(html`<partnership-feed filters="sort" src=${SAMPLE_FEED}></partnership-feed>`);
    const select = part<HTMLSelectElement>(element, 'sort');
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const titles = cardTitles(element);
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b)));
    expect(titles[0]).to.equal('Closing equity gaps with community partnerships: Key resources from WebJunction');
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(cardTitles(element)[0]).to.equal('Successful Partnership Model Provides Legal Assistance Across Colorado');
    await expect(element).to.be.accessible();
  });
});

describe('finding resources: search', () => {
  it('marks the matches in card titles and clears with Escape', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const search = part<HTMLInputElement>(element, 'search');
    search.focus();
    await sendKeys({ type: 'EQUITY' });
    await element.updateComplete;
    const marks = [...element.shadowRoot!.querySelectorAll('[part~="card-title"] mark')].map(text);
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((mark) => mark.toLowerCase() === 'equity')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(search.value).to.equal('');
    expect(parts(element, 'card')).to.have.length(10);
    expect(element.shadowRoot!.activeElement).to.equal(search);
  });
});

describe('finding resources: chips and status', () => {
  it('shows active filters as removable chips with Clear all, keeping focus in the widget', async () => {
    const element = await mount(html`<partnership-feed filters="type tag search" src=${SAMPLE_FEED}></partnership-feed>`);
    await click(element, option(element, 'Webinar'));
    await click(element, option(element, 'digital equity'));
    expect(chipLabels(element)).to.deep.equal(['Webinar', 'digital equity']);
    await expect(element).to.be.accessible();
    const firstChip = element.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    expect(firstChip.getAttribute('aria-label')).to.equal('Remove filter: Webinar');
    await click(element, firstChip);
    expect(chipLabels(element)).to.deep.equal(['digital equity']);
    expect(element.shadowRoot!.activeElement).to.equal(element.shadowRoot!.querySelector('.chip'));
    expect(parts(element, 'card')).to.have.length(2);
    await click(element, part(element, 'clear'));
    expect(chipLabels(element)).to.deep.equal([]);
    expect(parts(element, 'card')).to.have.length(10);
    expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'filter-option')[0]);
  });

  it('never announces on the first render, then announces each change', async () => {
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    // The live region's switches, from the value it was rendered with.
    const switches: string[] = [];
    new MutationObserver((records) => {
      for (const { oldValue, target } of records) {
        const value = (target as Element).getAttribute('aria-live');
        if (value !== oldValue) switches.push(`${oldValue} → ${value}`);
      }
    }).observe(element.shadowRoot!, { subtree: true, attributeFilter: ['aria-live'], attributeOldValue: true });
    await loaded;
    const status = part(element, 'status');
    expect(text(status)).to.equal('Showing 10 of 10 resources');
    await element.updateComplete;
    expect(switches).to.deep.equal(['off → polite']);
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await click(element, option(element, 'Webinar'));
    expect(text(status)).to.equal('Showing 3 of 10 resources');
  });
});

describe('finding resources: sync-url', () => {
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('opens with the filters of a shared link, leaving other parameters alone', async () => {
    history.replaceState(null, '', '?page=7&pf-type=Webinar&pf-q=digital');
    const element = await mount(html`<partnership-feed sync-url src=${SAMPLE_FEED}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal([
      'Digital Collections at Your Library: Community, Culture, and Connection',
      'Growing digital equity through community partnerships',
    ]);
    await click(element, option(element, 'News'));
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('7');
    expect(params.getAll('pf-type')).to.deep.equal(['Webinar', 'News']);
    expect(params.get('pf-q')).to.equal('digital');
  });

  it('pushes a history entry per discrete change, replaces it while typing, and restores on back', async () => {
    history.replaceState(null, '', '?');
    const element = await mount(html`<partnership-feed sync-url src=${SAMPLE_FEED}></partnership-feed>`);
    // Counted at the History API, not by history.length: the runner reuses a tab across test
    // files, and browsers cap a tab's history at 50 entries, where length stops growing.
    const pushed: string[] = [];
    const pushState = history.pushState;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      pushed.push(String(args[2]));
      return pushState.apply(this, args);
    };
    try {
      await click(element, option(element, 'Webinar'));
      expect(pushed).to.have.length(1);
      expect(location.search).to.equal('?pf-type=Webinar');
      part<HTMLInputElement>(element, 'search').focus();
      await sendKeys({ type: 'dig' });
      await element.updateComplete;
      expect(pushed).to.have.length(1);
      expect(new URLSearchParams(location.search).get('pf-q')).to.equal('dig');
    } finally {
      history.pushState = pushState;
    }

    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await element.updateComplete;
    expect(location.search).to.equal('');
    expect(parts(element, 'card')).to.have.length(10);
    expect(option(element, 'Webinar').getAttribute('aria-pressed')).to.equal('false');
  });

  it('namespaces the keys with the element id, so two widgets keep their own state', async () => {
    history.replaceState(null, '', '?pf-news-type=News&pf-events-type=Webinar');
    const news = await mount(html`<partnership-feed id="news" sync-url src=${SAMPLE_FEED}></partnership-feed>`);
    const events = await mount(html`<partnership-feed id="events" sync-url src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(news, 'card')).to.have.length(7);
    expect(parts(events, 'card')).to.have.length(3);
    await click(events, option(events, 'News'));
    expect(new URLSearchParams(location.search).getAll('pf-events-type')).to.deep.equal(['Webinar', 'News']);
    expect(new URLSearchParams(location.search).getAll('pf-news-type')).to.deep.equal(['News']);
  });
});

describe('finding resources: narrow screens', () => {
  it('folds the controls behind a "Filters (n)" disclosure under 600px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 400px"><partnership-feed type="Webinar" src=${SAMPLE_FEED}></partnership-feed></div>`,
    );
    const element = wrapper.querySelector('partnership-feed')!;
    if (!element.shadowRoot?.querySelector('[part~="card"]')) await oneEvent(element, 'pf-load');
    await element.updateComplete;
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
    const controls = part(element, 'controls');
    await waitUntil(() => getComputedStyle(toggle).display !== 'none', 'disclosure shown at 400px', { timeout: 5000 });
    expect(text(toggle)).to.equal('Filters (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(controls).display).to.equal('none');
    await expect(element).to.be.accessible();
    await click(element, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(controls).display).not.to.equal('none');
    await expect(element).to.be.accessible();

    wrapper.style.inlineSize = '900px';
    await waitUntil(() => getComputedStyle(toggle).display === 'none', 'disclosure hidden at 900px', { timeout: 5000 });
    expect(getComputedStyle(controls).display).not.to.equal('none');
  });
});

describe('finding resources: a 5,000-item feed', () => {
  it('keeps the type filter and status count correct', async () => {
    const types = ['News', 'Webinar', 'Toolkit', 'Course', 'Report', 'Podcast'];
    const items = Array.from({ length: 5000 }, (_, i) => ({
      id: `r${i}`,
      title: `Resource ${i} about ${i % 7 === 0 ? 'equity' : 'partnerships'}`,
      date_published: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      _resource: { type: types[i % types.length] },
    }));
    // A feed this long is read in slices, over several tasks: the cards come with pf-load.
    let loaded!: () => void;
    const load = new Promise<void>((resolve) => (loaded = resolve));
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed .feed=${{ items }} @pf-load=${() => loaded()}></partnership-feed>`,
    );
    await load;
    await element.updateComplete;
    expect(parts(element, 'card')).to.have.length(12);
    expect(text(option(element, 'Webinar'))).to.equal('Webinar (834)');
    await click(element, option(element, 'Webinar'));
    expect(text(part(element, 'status'))).to.equal('Showing 12 of 834 matching resources');
    expect(element.resources).to.have.length(834);
    expect(parts(element, 'card-type').every((type) => text(type) === 'Webinar')).to.equal(true);
    expect(cardTitles(element)[0]).to.equal('Resource 4999 about partnerships');
  });
});

describe('finding resources: initial tag and embedding', () => {
  it('opens with the tag it is given', async () => {
    const element = await mount(html`<partnership-feed filters="tag" tag="Digital Equity" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(element, 'card')).to.have.length(2);
    expect(chipLabels(element)).to.deep.equal(['digital equity']);
  });

  it('works inside another component’s shadow root, next to a second instance', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('partnership-feed');
    inner.setAttribute('src', SAMPLE_FEED);
    inner.setAttribute('type', 'Webinar');
    const loaded = oneEvent(inner, 'pf-load');
    shadow.append(inner);
    const outer = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    await loaded;
    await inner.updateComplete;
    expect(parts(inner, 'card')).to.have.length(3);
    expect(parts(outer, 'card')).to.have.length(10);
    await click(outer, option(outer, 'News'));
    expect(parts(inner, 'card')).to.have.length(3);
    expect(parts(outer, 'card')).to.have.length(7);
  });
});
