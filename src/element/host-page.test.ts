/**
 * The widget on a host page, as a library theme meets it (docs/spec.md, "Embedding"): text size from
 * the page, the page's declared colour scheme, no background of its own, and the list layout.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { html, part, parts } from '../test-support/element.js';

/** Host-page CSS for one test, as a theme's stylesheet would set it. */
function pageStyle(cssText: string): () => void {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

function pageMeta(content: string): () => void {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.append(meta);
  return () => meta.remove();
}

async function mountIn(wrapperStyle: string, template: ReturnType<typeof html>): Promise<PartnershipFeed> {
  const loaded = oneEvent(document, 'pf-load');
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${wrapperStyle}>${template}</div>`);
  await loaded;
  const element = wrapper.querySelector('partnership-feed')!;
  await element.updateComplete;
  return element;
}

/** sRGB relative luminance of a computed colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const root = (element: PartnershipFeed): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('.root')!;
const surfaceOfFirstCard = (element: PartnershipFeed): number => luminance(getComputedStyle(parts(element, 'card')[0]!).backgroundColor);

/** Emulates the visitor's colour preference where the engine can (Chromium); false elsewhere. */
function prefersColorScheme(value: 'dark' | 'light'): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value }] });
}

describe('host page: text size and text properties follow the page', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = pageStyle(`
      html { font-size: 62.5%; }
      body { font-size: 20px; line-height: 2.4; letter-spacing: 0.2em; word-spacing: 0.5em; text-align: center; text-transform: uppercase; }`);
  });
  afterEach(() => restore());

  it('takes the body size, not the root size, and sets back line height, spacing, alignment and case', async () => {
    const element = await mountIn('inline-size: 1000px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const excerpt = getComputedStyle(parts(element, 'card-excerpt')[0]!);
    expect(excerpt.fontSize).to.equal('20px');
    expect(parseFloat(excerpt.lineHeight) / 20).to.be.within(1.4, 1.6);
    expect(excerpt.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(excerpt.wordSpacing).to.equal('0px');
    expect(excerpt.textAlign).to.be.oneOf(['start', 'left']);
    expect(excerpt.textTransform).to.equal('none');
    // Everything inside scales with the page's text: the heading is 1.75 times it.
    expect(getComputedStyle(part(element, 'heading')).fontSize).to.equal('35px');
    await expect(element).to.be.accessible();
  });

  it('scales with a theme author’s font size on the element', async () => {
    const element = await mountIn(
      'inline-size: 1000px',
      html`<partnership-feed style="font-size: 12px" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    expect(getComputedStyle(parts(element, 'card-excerpt')[0]!).fontSize).to.equal('12px');
    expect(getComputedStyle(part(element, 'heading')).fontSize).to.equal('21px');
  });
});

describe('host page: no background of its own', () => {
  it('lets a coloured page show around the header and the cards, which keep their surface', async () => {
    const element = await mountIn(
      'inline-size: 1000px; background: #d1e4dd',
      html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`,
    );
    expect(getComputedStyle(element).backgroundColor).to.equal(TRANSPARENT);
    expect(getComputedStyle(root(element)).backgroundColor).to.equal(TRANSPARENT);
    expect(getComputedStyle(part(element, 'header')).backgroundColor).to.equal(TRANSPARENT);
    expect(surfaceOfFirstCard(element)).to.be.above(0.9);
    await expect(element).to.be.accessible();
  });

  it('paints a padded box where a forced theme differs from the page', async () => {
    const element = await mountIn('inline-size: 1000px', html`<partnership-feed theme="dark" src=${SAMPLE_FEED}></partnership-feed>`);
    const box = root(element);
    expect(luminance(getComputedStyle(box).backgroundColor)).to.be.below(0.05);
    expect(parseFloat(getComputedStyle(box).paddingInlineStart)).to.be.at.least(12);
    const heading = part(element, 'heading').getBoundingClientRect();
    const inside = box.getBoundingClientRect();
    expect(heading.left - inside.left).to.be.at.least(12);
    expect(heading.top - inside.top).to.be.at.least(12);
    expect(luminance(getComputedStyle(part(element, 'heading')).color)).to.be.above(0.7);
    await expect(element).to.be.accessible();
  });

  it('paints no box where the forced theme is the page’s own', async () => {
    const element = await mountIn(
      'inline-size: 1000px; background: #d1e4dd',
      html`<partnership-feed theme="light" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    expect(getComputedStyle(root(element)).backgroundColor).to.equal(TRANSPARENT);
    expect(getComputedStyle(root(element)).paddingInlineStart).to.equal('0px');
  });
});

describe('host page: theme="auto" follows the page’s declared colour scheme', () => {
  afterEach(async () => {
    await prefersColorScheme('light');
  });

  it('stays light on a page that declares no dark scheme, whatever the visitor prefers', async () => {
    const emulated = await prefersColorScheme('dark');
    if (emulated) expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const element = await mountIn('inline-size: 1000px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    expect(surfaceOfFirstCard(element)).to.be.above(0.9);
    expect(luminance(getComputedStyle(part(element, 'heading')).color)).to.be.below(0.05);
    await expect(element).to.be.accessible();
  });

  for (const [how, declare] of [
    // Such a page paints its canvas in the scheme's colours; axe needs it painted to measure.
    ['CSS on :root', () => pageStyle(':root { color-scheme: light dark; } body { background: Canvas; }')],
    [
      'a color-scheme meta tag',
      () => {
        const removeMeta = pageMeta('light dark');
        const removeStyle = pageStyle('body { background: Canvas; }');
        return () => (removeMeta(), removeStyle());
      },
    ],
  ] as const) {
    it(`follows the visitor’s preference on a "light dark" page (${how})`, async () => {
      const restore = declare();
      try {
        const light = await mountIn('inline-size: 1000px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
        expect(surfaceOfFirstCard(light)).to.be.above(0.9);
        if (await prefersColorScheme('dark')) {
          const dark = await mountIn('inline-size: 1000px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
          expect(surfaceOfFirstCard(dark)).to.be.below(0.05);
          expect(luminance(getComputedStyle(part(dark, 'heading')).color)).to.be.above(0.7);
          // The page turns dark with it: no box of its own.
          expect(getComputedStyle(root(dark)).backgroundColor).to.equal(TRANSPARENT);
          await expect(dark).to.be.accessible();
        }
      } finally {
        restore();
      }
    });
  }

  it('is dark on a dark-only page', async () => {
    const restore = pageStyle(':root { color-scheme: dark; } body { background: #121212; }');
    try {
      const element = await mountIn('inline-size: 1000px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
      expect(surfaceOfFirstCard(element)).to.be.below(0.05);
      expect(getComputedStyle(root(element)).backgroundColor).to.equal(TRANSPARENT);
      const forcedLight = await mountIn(
        'inline-size: 1000px',
        html`<partnership-feed theme="light" src=${SAMPLE_FEED}></partnership-feed>`,
      );
      expect(luminance(getComputedStyle(root(forcedLight)).backgroundColor)).to.be.above(0.9);
      await expect(element).to.be.accessible();
      await expect(forcedLight).to.be.accessible();
    } finally {
      restore();
    }
  });
});

/** Cards with pictures, for the list layout. */
const PICTURED = {
  title: 'Pictured resources',
  items: ['One', 'Two', 'Three'].map((title, index) => ({
    id: String(index),
    title,
    url: `https://example.org/${index}`,
    summary: `The ${title.toLowerCase()} resource, with a picture beside it.`,
    image: '/test/fixtures/partnerships-header.svg',
    _resource: { type: 'News', image_alt: `Picture for ${title}` },
  })),
};

function imageAndTitle(element: PartnershipFeed): { image: DOMRect; title: DOMRect } {
  const card = parts(element, 'card')[0]!;
  return {
    image: card.querySelector('.card-media')!.getBoundingClientRect(),
    title: card.querySelector('[part~="card-title"]')!.getBoundingClientRect(),
  };
}

describe('host page: layouts at their widths', () => {
  it('list: from 40em up, each image sits beside its text', async () => {
    const element = await mountIn('inline-size: 1200px', html`<partnership-feed layout="list" .feed=${PICTURED}></partnership-feed>`);
    const { image, title } = imageAndTitle(element);
    expect(image.right).to.be.at.most(title.left);
    expect(image.width).to.be.below(300);
    expect(Math.abs(image.top - title.top)).to.be.below(40);
    await expect(element).to.be.accessible();
  });

  it('list: on a narrow widget, the image sits above its text', async () => {
    const element = await mountIn('inline-size: 500px', html`<partnership-feed layout="list" .feed=${PICTURED}></partnership-feed>`);
    const { image, title } = imageAndTitle(element);
    expect(image.bottom).to.be.at.most(title.top);
  });

  it('folds the controls behind "Filters" in a 320px widget', async () => {
    const element = await mountIn('inline-size: 320px', html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(getComputedStyle(part(element, 'controls')).display).to.equal('none');
    await expect(element).to.be.accessible();
  });
});

describe('host page: several widgets on one page', () => {
  it('gives each widget’s landmarks names of their own', async () => {
    const other = {
      title: 'Community engagement',
      _topic: { related: [{ title: 'Partnerships & collaboration', url: 'https://example.org/partnerships' }] },
      items: [{ id: 'a', title: 'Listening sessions', url: 'https://example.org/a' }],
    };
    const loaded = new Promise<void>((resolve) => {
      let count = 0;
      document.addEventListener('pf-load', function counted() {
        count += 1;
        if (count < 2) return;
        document.removeEventListener('pf-load', counted);
        resolve();
      });
    });
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <partnership-feed src=${SAMPLE_FEED}></partnership-feed>
        <partnership-feed .feed=${other}></partnership-feed>
      </div>`,
    );
    await loaded;
    const widgets = [...page.querySelectorAll('partnership-feed')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => parts(widget, 'related').length)).to.deep.equal([1, 1]);
    await expect(page).to.be.accessible();
  });
});
