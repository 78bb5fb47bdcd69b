import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED, scenario } from '../test-support/scenario.js';
import { cardTitles, expectBrokenImageHidden, html, part, parts, text } from '../test-support/element.js';

/** Mounts the widget inside a wrapper of the given width and waits for it to render. */
async function mountAt(width: number, template: ReturnType<typeof html>): Promise<{ wrapper: HTMLDivElement; element: PartnershipFeed }> {
  const loaded = oneEvent(document, 'pf-load');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">${template}</div>`);
  await loaded;
  const element = wrapper.querySelector('partnership-feed')!;
  await element.updateComplete;
  return { wrapper, element };
}

function columns(element: PartnershipFeed): number {
  return getComputedStyle(part(element, 'list')).gridTemplateColumns.split(' ').filter(Boolean).length;
}

/** sRGB relative luminance, for checking a dark surface. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** A feed item whose picture never loads. */
const BROKEN_PICTURE = { id: 'a', title: 'Broken picture', image: '/no-such-image.png', _resource: { image_alt: 'A broken picture' } };

describe('presentation: layouts', () => {
  it('grid shows several columns at 1200px; list shows one', async () => {
    const grid = await mountAt(1200, html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    expect(columns(grid.element)).to.be.at.least(3);
    const list = await mountAt(1200, html`<partnership-feed layout="list" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(columns(list.element)).to.equal(1);
    await expect(list.element).to.be.accessible();
  });

  it('compact shows only title, type and date', async () => {
    const { element } = await mountAt(900, html`<partnership-feed layout="compact" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(element, 'card')).to.have.length(10);
    expect(parts(element, 'card-type')).to.have.length(10);
    expect(parts(element, 'card-date')).to.have.length(10);
    expect(parts(element, 'card-excerpt')).to.have.length(0);
    expect(parts(element, 'card-tags')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('never scrolls sideways at 320px, even with long unbroken words', async () => {
    const longWord = 'Intergovernmentalorganizationalpartnershipcollaborationframeworks'.repeat(2);
    const feed = {
      title: 'Narrow',
      items: [
        {
          id: 'a',
          title: longWord,
          summary: `https://example.org/${longWord}`,
          url: 'https://example.org/a',
          tags: [longWord],
          _resource: { type: 'News' },
        },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><partnership-feed .feed=${feed}></partnership-feed></div>`,
    );
    const element = wrapper.querySelector('partnership-feed')!;
    await element.updateComplete;
    const sample = await mountAt(320, html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    for (const widget of [element, sample.element]) {
      for (const node of widget.shadowRoot!.querySelectorAll<HTMLElement>('.root, [part~="card"], [part~="header"]')) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
      }
      expect(widget.getBoundingClientRect().width).to.be.at.most(320);
    }
    await expect(sample.element).to.be.accessible();
  });
});

describe('presentation: options', () => {
  it('hides the parts `hide` names', async () => {
    const { element } = await mountAt(
      1000,
      html`<partnership-feed hide="image excerpt date type tags related credit" src=${SAMPLE_FEED}></partnership-feed>`,
    );
    for (const name of ['image', 'card-excerpt', 'card-date', 'card-type', 'card-tags', 'related', 'credit'])
      expect(parts(element, name), name).to.have.length(0);
    expect(parts(element, 'card-title')).to.have.length(10);
    const { element: headerless } = await mountAt(1000, html`<partnership-feed hide="header" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(parts(headerless, 'header')).to.have.length(0);
    // The heading stays for screen readers: it names the widget's region.
    expect(part(headerless, 'heading').closest('.visually-hidden')).not.to.equal(null);
    await expect(headerless).to.be.accessible();
  });

  it('formats dates in the date-style asked for', async () => {
    const { element } = await mountAt(1000, html`<partnership-feed lang="en-US" date-style="short" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(text(parts(element, 'card-date')[0]!)).to.equal('5/31/22');
    element.dateStyle = 'relative';
    await element.updateComplete;
    expect(text(parts(element, 'card-date')[0]!)).to.match(/years ago$/);
    expect(parts(element, 'card-date')[0]!.getAttribute('datetime')).to.equal('2022-05-31');
  });

  it('opens links in a new tab with link-target="_blank", and says so', async () => {
    const { element } = await mountAt(1000, html`<partnership-feed link-target="_blank" src=${SAMPLE_FEED}></partnership-feed>`);
    for (const link of element.shadowRoot!.querySelectorAll('a')) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link.querySelector('.visually-hidden')!)).to.equal('(opens in a new tab)');
    }
    await expect(element).to.be.accessible();
  });

  it('keeps the card’s shape when an image fails, with lazy, async, no-referrer images', async () => {
    const feed = { items: [{ ...BROKEN_PICTURE, url: 'https://example.org/' }] };
    const element = await fixture<PartnershipFeed>(html`<partnership-feed .feed=${feed}></partnership-feed>`);
    await element.updateComplete;
    const image = part<HTMLImageElement>(element, 'card-image');
    expect(image.loading).to.equal('lazy');
    expect(image.decoding).to.equal('async');
    expect(image.referrerPolicy).to.equal('no-referrer');
    await expectBrokenImageHidden(image, 'broken image');
  });

  it('gives a card that shows another resource after a filter that resource’s own picture, not the broken state of the one before', async () => {
    const feed = {
      items: [
        { ...BROKEN_PICTURE, date_published: '2024-02-01', _resource: { ...BROKEN_PICTURE._resource, type: 'News' } },
        {
          id: 'b',
          title: 'Working picture',
          content_text: 'Webinar',
          date_published: '2024-01-01',
          image: '/test/fixtures/partnerships-header.svg',
          _resource: { type: 'Webinar', image_alt: 'A header picture' },
        },
      ],
    };
    const element = await fixture<PartnershipFeed>(html`<partnership-feed .feed=${feed}></partnership-feed>`);
    await element.updateComplete;
    await expectBrokenImageHidden(part<HTMLImageElement>(element, 'card-image'), 'broken image');
    parts<HTMLButtonElement>(element, 'filter-option')
      .find((button) => text(button).startsWith('Webinar'))!
      .click();
    await element.updateComplete;
    const image = part<HTMLImageElement>(element, 'card-image');
    expect([text(part(element, 'card-title')), image.alt]).to.deep.equal(['Working picture', 'A header picture']);
    if (!image.complete) await oneEvent(image, 'load');
    expect(image.closest('.media')!.classList.contains('media-broken')).to.equal(false);
    expect(getComputedStyle(image).visibility).to.equal('visible');
  });
});

describe('presentation: themes and modes', () => {
  it('theme="dark" has a dark surface and passes contrast', async () => {
    const { element } = await mountAt(1000, html`<partnership-feed theme="dark" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(luminance(getComputedStyle(parts(element, 'card')[0]!).backgroundColor)).to.be.below(0.05);
    expect(luminance(getComputedStyle(parts(element, 'card')[0]!).color)).to.be.above(0.7);
    await expect(element).to.be.accessible();
  });

  it('theme="light" stays light when the reader prefers dark, on a page that follows the preference', async () => {
    const emulated = await executeServerCommand<boolean, unknown>('emulate-media-features', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const { element } = await mountAt(1000, html`<partnership-feed theme="light" src=${SAMPLE_FEED}></partnership-feed>`);
      expect(luminance(getComputedStyle(parts(element, 'card')[0]!).backgroundColor)).to.be.above(0.9);
      expect(luminance(getComputedStyle(parts(element, 'card')[0]!).color)).to.be.below(0.05);
      // Where the page has turned dark, the light widget brings its own light box.
      if (emulated) expect(luminance(getComputedStyle(element.shadowRoot!.querySelector('.root')!).backgroundColor)).to.be.above(0.9);
      await expect(element).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      if (emulated) await executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    }
  });

  it('under forced colors with reduced motion: system colours, outlined focus, nothing animates', async () => {
    const emulated = await executeServerCommand<boolean, unknown>('emulate-media-features', {
      features: [
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ],
    });
    const held = await scenario({ file: 'test/fixtures/partnerships.json', hold: true });
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${held.url}></partnership-feed>`);
    const skeletonLine = element.shadowRoot!.querySelector<HTMLElement>('.skeleton-line')!;
    const styleRules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const conditions = styleRules
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .map((rule) => rule.conditionText.replace(/\s+/g, ''));
    expect(conditions).to.include('(forced-colors:active)');
    expect(conditions).to.include('(prefers-reduced-motion:reduce)');
    if (emulated) {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(skeletonLine).animationName).to.equal('none');
    }
    const loaded = oneEvent(element, 'pf-load');
    await held.release();
    await loaded;
    await element.updateComplete;
    const option = parts<HTMLButtonElement>(element, 'filter-option')[0]!;
    option.focus();
    const focused = getComputedStyle(option);
    expect(focused.outlineStyle).to.equal('solid');
    expect(parseFloat(focused.outlineWidth)).to.be.greaterThan(1);
    expect(getComputedStyle(parts(element, 'card')[0]!).borderStyle).to.equal('solid');
    await expect(element).to.be.accessible();
    if (emulated) {
      await executeServerCommand('emulate-media-features', {
        features: [
          { name: 'forced-colors', value: 'none' },
          { name: 'prefers-reduced-motion', value: 'no-preference' },
        ],
      });
    }
  });

  it('mirrors under dir="rtl": the topic image moves to the left', async () => {
    const { wrapper, element } = await mountAt(1000, html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const textLeft = part(element, 'heading').getBoundingClientRect().left;
    const imageLeft = part(element, 'image').getBoundingClientRect().left;
    expect(imageLeft).to.be.greaterThan(textLeft);
    wrapper.dir = 'rtl';
    await element.updateComplete;
    expect(part(element, 'image').getBoundingClientRect().left).to.be.lessThan(part(element, 'heading').getBoundingClientRect().left);
    expect(getComputedStyle(parts(element, 'card')[0]!).direction).to.equal('rtl');
    await expect(element).to.be.accessible();
  });
});

describe('presentation: languages', () => {
  it('speaks Spanish and French, dates included', async () => {
    const spanish = await mountAt(1000, html`<partnership-feed lang="es" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(text(parts(spanish.element, 'card-date')[0]!)).to.equal('31 de mayo de 2022');
    expect(text(part(spanish.element, 'status'))).to.equal('Mostrando 10 de 10 recursos');
    expect(spanish.element.shadowRoot!.querySelector('label[for="search"]')!.textContent).to.equal('Buscar recursos');
    expect(text(part(spanish.element, 'credit'))).to.match(/^Foto: jenlen/);
    await expect(spanish.element).to.be.accessible();

    // `fr_FR`: a server locale some CMSs write into lang, for the tag `fr-FR`.
    const french = await mountAt(1000, html`<div lang="fr_FR"><partnership-feed src=${SAMPLE_FEED}></partnership-feed></div>`);
    expect(text(parts(french.element, 'card-date')[0]!)).to.equal('31 mai 2022');
    expect(text(part(french.element, 'status'))).to.equal('10 ressources affichées sur 10');
    expect(text(parts(french.element, 'filter-option')[1]!)).to.equal('Webinar (3)');
  });

  it('follows a language change made after render, on the element or an ancestor', async () => {
    const { wrapper, element } = await mountAt(1000, html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    expect(text(part(element, 'status'))).to.equal('Showing 10 of 10 resources');
    wrapper.lang = 'fr';
    await waitUntil(() => text(part(element, 'status')) === '10 ressources affichées sur 10', 'the status is in French');
    expect(text(parts(element, 'card-date')[0]!)).to.equal('31 mai 2022');
    element.lang = 'es';
    await waitUntil(() => text(part(element, 'status')) === 'Mostrando 10 de 10 recursos', 'the status is in Spanish');
    await expect(element).to.be.accessible();
  });

  it('falls back to English for a language without strings, and takes a site’s own strings', async () => {
    const dutch = await mountAt(1000, html`<partnership-feed lang="nl" src=${SAMPLE_FEED}></partnership-feed>`);
    expect(text(part(dutch.element, 'status'))).to.equal('Showing 10 of 10 resources');
    expect(text(parts(dutch.element, 'card-date')[0]!)).to.equal('May 31, 2022');
    dutch.element.translations = {
      nl: { searchLabel: 'Zoeken in bronnen', showingOfTotal: (shown, total) => `${shown} van ${total} bronnen` },
    };
    await dutch.element.updateComplete;
    expect(dutch.element.shadowRoot!.querySelector('label[for="search"]')!.textContent).to.equal('Zoeken in bronnen');
    expect(text(part(dutch.element, 'status'))).to.equal('10 van 10 bronnen');
    expect(text(parts(dutch.element, 'card-date')[0]!)).to.equal('31 mei 2022');
  });

  it('marks a card whose item has its own language', async () => {
    const feed = {
      language: 'en',
      items: [
        { id: 'a', title: 'Alianzas con la comunidad', language: 'es' },
        { id: 'b', title: 'Community partnerships' },
      ],
    };
    const element = await fixture<PartnershipFeed>(html`<partnership-feed .feed=${feed}></partnership-feed>`);
    await element.updateComplete;
    expect(parts(element, 'card').map((card) => card.getAttribute('lang'))).to.deep.equal(['es', null]);
  });
});

describe('presentation: a host page with hostile global CSS', () => {
  it('still shows readable cards', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { text-transform: uppercase !important; letter-spacing: 0.5em !important; line-height: 0 !important; text-align: right !important; word-spacing: 3em !important; }
      ul, li { list-style: square !important; margin: 5em !important; }
      a { color: yellow !important; display: none !important; }
      button, input { display: none !important; }
      h1, h2, h3 { font-size: 5px !important; }
    `;
    document.head.append(style);
    try {
      const { element } = await mountAt(1000, html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
      const title = parts(element, 'card-title')[0]!;
      const styles = getComputedStyle(title);
      expect(styles.textTransform).to.equal('none');
      expect(styles.letterSpacing).to.equal('normal');
      expect(parseFloat(styles.lineHeight)).to.be.greaterThan(10);
      expect(parseFloat(styles.fontSize)).to.be.greaterThan(15);
      expect(getComputedStyle(parts(element, 'card-link')[0]!).display).not.to.equal('none');
      expect(getComputedStyle(parts(element, 'filter-option')[0]!).display).not.to.equal('none');
      expect(cardTitles(element)).to.have.length(10);
      await expect(element).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});

describe('presentation: theme authors', () => {
  it('restyle the widget with ::part() and --pf-* properties from the host page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed partnership-feed::part(card) { border-block-start-width: 7px; }
      .themed partnership-feed::part(filter-option-selected) { background-color: rgb(122, 31, 92); }
      .themed partnership-feed { --pf-color-accent: rgb(122, 31, 92); --pf-radius: 0px; }
    `;
    document.head.append(style);
    try {
      const { element } = await mountAt(
        1000,
        html`<div class="themed"><partnership-feed type="Webinar" src=${SAMPLE_FEED}></partnership-feed></div>`,
      );
      const card = parts(element, 'card')[0]!;
      expect(getComputedStyle(card).borderTopWidth).to.equal('7px');
      expect(getComputedStyle(card).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(parts(element, 'filter-option-selected')[0]!).backgroundColor).to.equal('rgb(122, 31, 92)');
      expect(getComputedStyle(parts(element, 'card-link')[0]!).color).to.equal('rgb(122, 31, 92)');
    } finally {
      style.remove();
    }
  });
});

describe('presentation: host layouts that size by content', () => {
  // The widget measures its own width for the narrow layout (a container query); that must not
  // collapse it where a host page sizes things by their content.
  for (const [name, style] of [
    ['a flex row', 'display: flex'],
    ['an auto grid column', 'display: grid; grid-template-columns: auto'],
    ['an inline block', 'display: inline-block'],
    ['a float', 'float: left'],
  ]) {
    it(`is usable in ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 900px">
          <div style=${style}><partnership-feed src=${SAMPLE_FEED}></partnership-feed></div>
        </div>`,
      );
      const element = wrapper.querySelector('partnership-feed')!;
      if (!element.shadowRoot?.querySelector('[part~="card"]')) await oneEvent(element, 'pf-load');
      await element.updateComplete;
      expect(element.getBoundingClientRect().width).to.be.greaterThan(280);
      expect(parts(element, 'card')[0]!.getBoundingClientRect().width).to.be.greaterThan(200);
    });
  }
});

describe('presentation: default colours meet WCAG 2.2 AA', () => {
  function rgb(color: string): [number, number, number] {
    const hex = color.trim().replace('#', '');
    if (/^[0-9a-f]{6}$/i.test(hex)) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    const channels = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    return channels as [number, number, number];
  }
  function relativeLuminance([r, g, b]: [number, number, number]): number {
    const linear = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }
  function contrast(a: string, b: string): number {
    const [l1, l2] = [relativeLuminance(rgb(a)), relativeLuminance(rgb(b))].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  }

  for (const theme of ['light', 'dark']) {
    it(`in the ${theme} theme: text 4.5:1, borders and focus 3:1`, async () => {
      const { element } = await mountAt(1000, html`<partnership-feed theme=${theme} src=${SAMPLE_FEED}></partnership-feed>`);
      // Each palette token as the browser resolves it in the widget (light-dark(), the theme).
      const token = (name: string): string => {
        const probe = document.createElement('span');
        probe.style.color = `var(${name})`;
        element.shadowRoot!.append(probe);
        const resolved = getComputedStyle(probe).color;
        probe.remove();
        return resolved;
      };
      const surface = token('--_surface');
      for (const text of ['--_text', '--_muted', '--_accent']) expect(contrast(token(text), surface), text).to.be.at.least(4.5);
      expect(contrast(token('--_on-accent'), token('--_accent')), 'pressed option text').to.be.at.least(4.5);
      for (const line of ['--_border', '--_focus']) expect(contrast(token(line), surface), line).to.be.at.least(3);
    });
  }
});
