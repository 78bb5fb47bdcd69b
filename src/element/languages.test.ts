/**
 * The widget in each shipped language, as a patron meets it (in the bundle group, from the built
 * bundle and its on-demand language files): its own words, the browser's own long date for that
 * language, digits that agree with the words, the right direction, and no axe violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { UiStrings } from '../i18n/types.js';
import { SHIPPED_LANGUAGES } from '../i18n/strings.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { html, mount, part, parts, text } from '../test-support/element.js';

const RIGHT_TO_LEFT = ['ar', 'fa', 'ur'];
/** The first card's date in the sample feed: a calendar date. */
const FIRST_DATE = Date.UTC(2022, 4, 31);

const catalog = async (code: string): Promise<UiStrings> => ((await import(`../i18n/${code}.ts`)) as { strings: UiStrings }).strings;

describe('the widget in each shipped language', () => {
  for (const code of SHIPPED_LANGUAGES) {
    it(`${code}: its own words, its long date, its direction, no axe violation`, async () => {
      const strings = await catalog(code);
      const element = await mount(html`<partnership-feed lang=${code} src=${SAMPLE_FEED} page-size="4"></partnership-feed>`);
      const numbers = new Intl.NumberFormat(code);
      expect(text(part(element, 'status'))).to.equal(
        strings
          .showingOfTotal(4, 10, (n) => numbers.format(n))
          .replace(/\s+/g, ' ')
          .trim(),
      );
      expect(element.shadowRoot!.querySelector('label[for="search"]')!.textContent!.trim()).to.equal(strings.searchLabel);
      expect(text(part(element, 'more'))).to.include(strings.showMore);
      expect(text(parts(element, 'card-date')[0]!)).to.equal(
        new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' }).format(FIRST_DATE),
      );
      const direction = getComputedStyle(part(element, 'list')).direction;
      expect(direction).to.equal(RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr');
      await expect(element).to.be.accessible();
    });
  }
});

describe('languages without shipped strings', () => {
  it("show English words with English digits and dates, not the page language's digits", async () => {
    // Marathi writes its own digits (०-९) and has no strings here: English throughout.
    const element = await mount(html`<partnership-feed lang="mr" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(text(part(element, 'status'))).to.equal('Showing 10 of 10 resources');
    expect(text(parts(element, 'card-date')[0]!)).to.equal('May 31, 2022');
  });
});

describe('right to left', () => {
  /** Horizontal position of a box within the widget: 0 at its left edge, 1 at its right edge. */
  const across = (element: HTMLElement, node: Element): { left: number; right: number } => {
    const outer = element.getBoundingClientRect();
    const inner = node.getBoundingClientRect();
    return { left: (inner.left - outer.left) / outer.width, right: (inner.right - outer.left) / outer.width };
  };

  it('lays out cards and controls from the right in Arabic, and in any dir="rtl" page', async () => {
    for (const template of [
      html`<div style="inline-size: 1000px"><partnership-feed lang="ar" src=${SAMPLE_FEED} page-size="4"></partnership-feed></div>`,
      html`<div dir="rtl" style="inline-size: 1000px">
        <partnership-feed lang="en" src=${SAMPLE_FEED} page-size="4"></partnership-feed>
      </div>`,
    ]) {
      const wrapper = await mount(template);
      const element = wrapper.querySelector('partnership-feed') ?? (wrapper as unknown as HTMLElement);
      const feed = element as Parameters<typeof parts>[0];
      await waitUntil(() => parts(feed, 'card').length === 4);
      const [first, second] = parts(feed, 'card');
      expect(across(element, first!).right).to.be.closeTo(1, 0.02);
      expect(across(element, second!).right).to.be.lessThan(across(element, first!).left + 0.01);
      const more = across(element, part(feed, 'more'));
      expect(more.left + more.right, '"Show more" stays centred').to.be.closeTo(1, 0.05);
      expect(across(element, element.shadowRoot!.querySelector('#search')!).right).to.be.greaterThan(0.5);
      await expect(element).to.be.accessible();
    }
  });

  it('folds the filters behind a button on the right on a narrow screen', async () => {
    const wrapper = await mount(
      html`<div style="inline-size: 320px"><partnership-feed lang="fa" src=${SAMPLE_FEED}></partnership-feed></div>`,
    );
    const element = wrapper.querySelector('partnership-feed')!;
    const toggle = element.shadowRoot!.querySelector('.filters-toggle')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(across(element, toggle).right).to.be.closeTo(1, 0.03);
    await expect(element).to.be.accessible();
  });
});
