/**
 * What the widget loads after its first cards (later.ts): it is there, styled, whenever a patron
 * can see it, and it is in the first cards when the attributes show it there. Runs against the
 * source and the built bundle (whose later code is dist/partnership-feed-later.js).
 */
import { expect, fixture } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED, scenario } from '../test-support/scenario.js';
import { html, mount, part, parts, text } from '../test-support/element.js';
import { declarationsByRule, parsedSheet } from '../test-support/stylesheet.js';
import { chipsSheet, statesSheet } from './later.js';
import { styles } from './partnership-feed.styles.js';

function chips(element: PartnershipFeed): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.chip')];
}

function chipLabels(element: PartnershipFeed): string[] {
  return chips(element).map((chip) => text(chip.querySelector('span')!));
}

/** What the chips look like where the later sheet applies (the main sheet alone leaves them plain buttons). */
function chipLooks(element: PartnershipFeed): { group: string; chip: string; radius: boolean } {
  const [chip] = chips(element);
  const style = getComputedStyle(chip!);
  return {
    group: getComputedStyle(element.shadowRoot!.querySelector('.chips')!).display,
    chip: style.display,
    radius: parseFloat(style.borderStartStartRadius) === parseFloat(style.fontSize) * 1.5,
  };
}

const STYLED = { group: 'flex', chip: 'inline-flex', radius: true };

describe('the code loaded after the first cards', () => {
  it('shows a chosen filter as a styled chip, with Clear all, and stays accessible', async () => {
    const element = await mount(html`<partnership-feed filters="type tag search" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(chips(element)).to.deep.equal([]);
    parts<HTMLButtonElement>(element, 'filter-option')
      .find((button) => text(button).startsWith('Webinar'))!
      .click();
    await element.updateComplete;
    expect(chipLabels(element)).to.deep.equal(['Webinar']);
    expect(chipLooks(element)).to.deep.equal(STYLED);
    expect(text(part(element, 'clear'))).to.equal('Clear all');
    await expect(element).to.be.accessible();
  });

  it('is in the first cards when the attributes choose filters: styled chips and marked matches at pf-load', async () => {
    const seen = new Promise<{ labels: string[]; looks: ReturnType<typeof chipLooks>; marks: number }>((resolve) =>
      document.addEventListener(
        'pf-load',
        (event) => {
          const element = event.target as PartnershipFeed;
          resolve({
            labels: chipLabels(element),
            looks: chipLooks(element),
            marks: element.shadowRoot!.querySelectorAll('[part~="card-title"] mark').length,
          });
        },
        { once: true },
      ),
    );
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed type="Webinar" query="equity" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    const first = await seen;
    expect(first.labels).to.deep.equal(['Webinar', 'Search: equity']);
    expect(first.looks).to.deep.equal(STYLED);
    expect(first.marks).to.be.greaterThan(0);
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('adopts the chips sheet only with an active filter, declaration by declaration as its source says', async () => {
    const element = await mount(html`<partnership-feed filters="type" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(element.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    parts<HTMLButtonElement>(element, 'filter-option')[0]!.click();
    await element.updateComplete;
    const shipped = declarationsByRule(element.shadowRoot!.adoptedStyleSheets);
    const source = declarationsByRule([parsedSheet(styles.cssText), chipsSheet]);
    expect(Object.keys(source).some((rule) => rule.endsWith('.chip'))).to.equal(true);
    expect(shipped).to.deep.equal(source);
  });

  it('styles the empty and error states with their own sheet, adopted when one shows, declaration by declaration as its source says', async () => {
    const source = declarationsByRule([parsedSheet(styles.cssText), statesSheet]);
    expect(Object.keys(source).some((rule) => rule.endsWith('.error'))).to.equal(true);

    const empty = await mount(html`<partnership-feed .feed=${{ items: [] }}></partnership-feed>`);
    expect(getComputedStyle(part(empty, 'empty')).borderTopStyle).to.equal('dashed');
    expect(declarationsByRule(empty.shadowRoot!.adoptedStyleSheets)).to.deep.equal(source);
    await expect(empty).to.be.accessible();

    const failing = await scenario({ status: 404, body: 'Not found', contentType: 'text/plain' });
    const failed = await mount(html`<partnership-feed src=${failing.url}></partnership-feed>`, 'pf-error');
    const error = getComputedStyle(part(failed, 'error'));
    expect([error.display, error.borderTopStyle]).to.deep.equal(['grid', 'solid']);
    expect(declarationsByRule(failed.shadowRoot!.adoptedStyleSheets)).to.deep.equal(source);
    await expect(failed).to.be.accessible();
  });

  it('keeps its chips after the filter is cleared and chosen again, without adopting the sheet twice', async () => {
    const element = await mount(html`<partnership-feed type="Webinar" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(element.shadowRoot!.adoptedStyleSheets).to.have.length(2);
    part(element, 'clear').click();
    await element.updateComplete;
    expect(chips(element)).to.deep.equal([]);
    element.setAttribute('type', 'News');
    await element.updateComplete;
    expect(chipLabels(element)).to.deep.equal(['News']);
    expect(element.shadowRoot!.adoptedStyleSheets).to.have.length(2);
  });

  it('draws the sort control in the first cards when filters asks for it, styled, with the attribute’s order selected', async () => {
    const seen = new Promise<{ value: string; label: string; height: number }>((resolve) =>
      document.addEventListener(
        'pf-load',
        (event) => {
          const select = (event.target as PartnershipFeed).shadowRoot!.querySelector<HTMLSelectElement>('[part~="sort"]');
          const style = getComputedStyle(select ?? document.body);
          resolve({
            value: select?.value ?? '',
            label: text(select?.labels?.[0] ?? document.body),
            height: parseFloat(style.minBlockSize) / parseFloat(style.fontSize),
          });
        },
        { once: true },
      ),
    );
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed filters="type sort" sort="title" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    expect(await seen).to.deep.equal({ value: 'title', label: 'Sort by', height: 2.75 });
    await element.updateComplete;
    // Its styles are the chips' sheet's, adopted for it without an active filter, as their source says.
    const source = declarationsByRule([parsedSheet(styles.cssText), chipsSheet]);
    expect(Object.keys(source).some((rule) => rule.endsWith('.sort-select'))).to.equal(true);
    expect(declarationsByRule(element.shadowRoot!.adoptedStyleSheets)).to.deep.equal(source);
    await expect(element).to.be.accessible();
  });

  it('draws the year group’s "Any year" and the tags group’s "More" in the first cards when filters asks for them', async () => {
    const seen = new Promise<{ year: string[]; more: string }>((resolve) =>
      document.addEventListener(
        'pf-load',
        (event) => {
          const root = (event.target as PartnershipFeed).shadowRoot!;
          resolve({
            year: [...root.querySelectorAll('[aria-labelledby="date-label"] [part~="filter-option"]')].map(text),
            more: text(root.querySelector('[aria-labelledby="tag-label"] .more-options') ?? document.createElement('i')),
          });
        },
        { once: true },
      ),
    );
    const tags = Array.from({ length: 12 }, (_, i) => `tag ${String(i + 1).padStart(2, '0')}`);
    const items = tags.map((tag, i) => ({
      id: String(i),
      title: `Item ${i}`,
      date_published: `${2020 + (i % 2)}-05-01T00:00:00Z`,
      tags: i === 0 ? tags : [tag],
    }));
    const element = await fixture<PartnershipFeed>(html`<partnership-feed filters="tag date" .feed=${{ items }}></partnership-feed>`);
    const first = await seen;
    expect(first).to.deep.equal({ year: ['Any year', '2021 (6)', '2020 (6)'], more: 'More tags (4)' });
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
