import { expect, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { PartnershipFeed } from '../element/partnership-feed.js';
import { DATE_STYLES as ELEMENT_DATE_STYLES } from '../element/format.js';
import {
  CONTROL_NAMES,
  DEFAULTS as ELEMENT_DEFAULTS,
  HIDEABLE_PARTS,
  LAYOUTS as ELEMENT_LAYOUTS,
  THEMES as ELEMENT_THEMES,
} from '../element/options.js';
import { FEED_FORMATS } from '../feed/parse.js';
import { SORT_ORDERS } from '../filter/filter.js';
import {
  CONTROLS,
  DATE_STYLES,
  DEFAULT_SCRIPT_BASE,
  DEFAULTS,
  FORMATS,
  HIDEABLE,
  LAYOUTS,
  SORTS,
  THEMES,
  embedSnippet,
  escapeHtml,
  feedAttributes,
  scriptUrl,
  type EmbedSettings,
} from './snippet.js';

const HOSTILE = `"><script>alert(1)</script>'&`;

/** Parses a snippet as a browser would (scripts in a DOMParser document never run). */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
}

function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

/** Every attribute away from its default. */
const EVERYTHING: EmbedSettings = {
  id: 'news',
  src: 'https://library.example.org/feeds/partnerships.json?a=1&b=2',
  format: 'jsonfeed',
  heading: 'Partnerships & "collaboration"',
  headingLevel: '3',
  layout: 'list',
  pageSize: '6',
  filters: ['search', 'type', 'tag', 'date', 'sort'],
  type: 'Webinar, Toolkit',
  tag: 'digital equity',
  query: "children's <services>",
  sort: 'title',
  hide: ['credit', 'image'],
  excerptWords: '25',
  dateStyle: 'relative',
  lang: 'es',
  linkTarget: '_blank',
  syncUrl: true,
  timeout: '30',
  cacheTtl: '0',
  theme: 'dark',
  bundle: 'module',
  fallbackHref: 'https://library.example.org/topics/partnerships?x=1&y=2',
  fallbackText: 'Browse partnership resources',
};

const EXPECTED_ATTRIBUTES = {
  id: 'news',
  src: 'https://library.example.org/feeds/partnerships.json?a=1&b=2',
  format: 'jsonfeed',
  heading: 'Partnerships & "collaboration"',
  'heading-level': '3',
  layout: 'list',
  'page-size': '6',
  filters: 'type tag search sort date',
  type: 'Webinar, Toolkit',
  tag: 'digital equity',
  query: "children's <services>",
  sort: 'title',
  hide: 'image credit',
  'excerpt-words': '25',
  'date-style': 'relative',
  lang: 'es',
  'link-target': '_blank',
  'sync-url': '',
  timeout: '30',
  'cache-ttl': '0',
  theme: 'dark',
};

describe('embed snippet builder', () => {
  it('knows the same values and defaults as the element', () => {
    expect([...FORMATS]).to.deep.equal([...FEED_FORMATS]);
    expect([...LAYOUTS]).to.deep.equal([...ELEMENT_LAYOUTS]);
    expect([...CONTROLS]).to.deep.equal([...CONTROL_NAMES]);
    expect([...SORTS]).to.deep.equal([...SORT_ORDERS]);
    expect([...HIDEABLE]).to.deep.equal([...HIDEABLE_PARTS]);
    expect([...DATE_STYLES]).to.deep.equal([...ELEMENT_DATE_STYLES]);
    expect([...THEMES].sort()).to.deep.equal([...ELEMENT_THEMES].sort());
    expect(DEFAULTS.headingLevel).to.equal(ELEMENT_DEFAULTS.headingLevel);
    expect(DEFAULTS.pageSize).to.equal(ELEMENT_DEFAULTS.pageSize);
    expect(DEFAULTS.filters.join(' ')).to.equal(ELEMENT_DEFAULTS.filters);
    expect(DEFAULTS.sort).to.equal(ELEMENT_DEFAULTS.sort);
    expect(DEFAULTS.excerptWords).to.equal(ELEMENT_DEFAULTS.excerptWords);
    expect(DEFAULTS.timeout).to.equal(ELEMENT_DEFAULTS.timeout);
    expect(DEFAULTS.cacheTtl).to.equal(ELEMENT_DEFAULTS.cacheTtl);
    const element = document.createElement('partnership-feed');
    expect(element.format).to.equal(DEFAULTS.format);
    expect(element.layout).to.equal(DEFAULTS.layout);
    expect(element.dateStyle).to.equal(DEFAULTS.dateStyle);
    expect(element.theme).to.equal(DEFAULTS.theme);
  });

  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).to.equal('a &amp; b &lt; c &gt; d &quot; e &#39; f');
    expect(escapeHtml('&amp;')).to.equal('&amp;amp;');
  });

  it('omits every attribute left at its default', () => {
    const defaults: EmbedSettings = {
      src: './partnerships.json',
      format: 'auto',
      heading: '  ',
      headingLevel: '2',
      layout: 'grid',
      pageSize: 12,
      filters: ['search', 'type'],
      type: '',
      tag: '',
      query: '',
      sort: 'newest',
      hide: [],
      excerptWords: '40',
      dateStyle: 'long',
      lang: '',
      linkTarget: '',
      syncUrl: false,
      timeout: '15',
      cacheTtl: '300',
      theme: 'auto',
    };
    expect(feedAttributes(defaults)).to.deep.equal([['src', './partnerships.json']]);
    expect(feedAttributes({ ...defaults, linkTarget: '_self', pageSize: '', timeout: ' ' })).to.deep.equal([
      ['src', './partnerships.json'],
    ]);
    expect(feedAttributes({})).to.deep.equal([]);
    expect(embedSnippet({ src: './partnerships.json', fallbackHref: '/topics/partnerships' })).to.equal(
      `<script type="module" src="${DEFAULT_SCRIPT_BASE}partnership-feed.js"></script>\n` +
        '<partnership-feed src="./partnerships.json">\n' +
        '  <a href="/topics/partnerships">Browse resources</a>\n' +
        '</partnership-feed>\n',
    );
  });

  it('writes every attribute away from its default, in the README order', () => {
    expect(feedAttributes(EVERYTHING).map(([name]) => name)).to.deep.equal(Object.keys(EXPECTED_ATTRIBUTES));
    expect(attributesOf(parse(embedSnippet(EVERYTHING)).querySelector('partnership-feed')!)).to.deep.equal(EXPECTED_ATTRIBUTES);
  });

  it('writes filters: none for no controls, and only known words otherwise', () => {
    expect(feedAttributes({ filters: 'none' })).to.deep.equal([['filters', 'none']]);
    expect(feedAttributes({ filters: [] })).to.deep.equal([['filters', 'none']]);
    expect(feedAttributes({ filters: ['sort', 'bogus', 'sort'] })).to.deep.equal([['filters', 'sort']]);
    expect(feedAttributes({ hide: ['bogus'] })).to.deep.equal([]);
  });

  it('writes several feed addresses with one space between them, however they were typed', () => {
    expect(feedAttributes({ src: ' a.json\n\thttps://example.org/b.json?x=1&y=2   /c.xml ', since: ' 365 ' })).to.deep.equal([
      ['src', 'a.json https://example.org/b.json?x=1&y=2 /c.xml'],
      ['since', '365'],
    ]);
    expect(embedSnippet({ src: 'a.json  b.json' })).to.contain('<partnership-feed src="a.json b.json">');
  });

  it('writes sync-url as a boolean attribute, present only when on', () => {
    const snippet = embedSnippet({ src: 'a.json', syncUrl: true });
    expect(snippet).to.contain('<partnership-feed src="a.json" sync-url>');
    expect(parse(snippet).querySelector('partnership-feed')!.hasAttribute('sync-url')).to.equal(true);
    expect(embedSnippet({ src: 'a.json', syncUrl: false })).not.to.contain('sync-url');
  });

  it('escapes hostile values everywhere, so the pasted code holds one script and the exact text', () => {
    const settings: EmbedSettings = {
      src: HOSTILE,
      heading: HOSTILE,
      type: HOSTILE,
      tag: HOSTILE,
      query: HOSTILE,
      lang: HOSTILE,
      id: HOSTILE,
      fallbackHref: HOSTILE,
      fallbackText: `<img src=x onerror=alert(1)>`,
      scriptBase: `https://cdn.example.org/"><script>alert(2)</script>/`,
    };
    const snippet = embedSnippet(settings);
    expect(snippet).not.to.contain('<script>');
    expect(snippet).not.to.contain('<img');
    expect(snippet).to.contain('heading="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp;"');

    const doc = parse(snippet);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(
      `https://cdn.example.org/"><script>alert(2)</script>/partnership-feed.js`,
    );
    expect(doc.querySelectorAll('img')).to.have.length(0);
    const element = doc.querySelector('partnership-feed')!;
    for (const name of ['src', 'heading', 'type', 'tag', 'query', 'lang', 'id']) expect(element.getAttribute(name), name).to.equal(HOSTILE);
    const link = element.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(HOSTILE);
    expect(link.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(element.children).to.have.length(1);
  });

  it('writes the ES module or the classic script, from a folder or a bundle URL', () => {
    expect(embedSnippet({ src: 'a.json' })).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/partnership-feed@[\d.]+\/dist\/partnership-feed\.js"><\/script>\n/,
    );
    const classic = embedSnippet({ src: 'a.json', bundle: 'classic', scriptBase: 'https://unpkg.com/partnership-feed@0.1.0/dist' });
    expect(classic.split('\n')[0]).to.equal(
      '<script src="https://unpkg.com/partnership-feed@0.1.0/dist/partnership-feed.iife.js" defer></script>',
    );
    const script = parse(classic).querySelector('script')!;
    expect(script.hasAttribute('defer')).to.equal(true);
    expect(script.hasAttribute('type')).to.equal(false);

    expect(scriptUrl('/assets/partnership-feed.js', 'classic')).to.equal('/assets/partnership-feed.iife.js');
    expect(scriptUrl('/assets/partnership-feed.iife.js', 'module')).to.equal('/assets/partnership-feed.js');
    expect(scriptUrl('/assets/', 'module')).to.equal('/assets/partnership-feed.js');
    expect(scriptUrl('  ', 'module')).to.equal(`${DEFAULT_SCRIPT_BASE}partnership-feed.js`);
    expect(parse(embedSnippet({ bundle: 'module' })).querySelector('script')!.type).to.equal('module');
  });

  it('leaves the fallback link out when it has no address, and defaults its text', () => {
    expect(embedSnippet({ src: 'a.json' })).to.contain('<partnership-feed src="a.json"></partnership-feed>');
    expect(embedSnippet({ src: 'a.json', fallbackHref: '/t', fallbackText: ' ' })).to.contain('<a href="/t">Browse resources</a>');
  });

  it('inserted into a page, yields a <partnership-feed> with the same attributes and fallback link', () => {
    const snippet = embedSnippet(EVERYTHING);
    // A trusted test string: the snippet this test just built from known values.
    const fragment = document.createRange().createContextualFragment(snippet);
    const container = document.createElement('div');
    container.append(fragment);
    const element = container.querySelector('partnership-feed')!;
    // Read before connecting, so sync-url does not touch this page's address and nothing is fetched.
    expect(attributesOf(element)).to.deep.equal(EXPECTED_ATTRIBUTES);
    expect(element.querySelector('a')!.getAttribute('href')).to.equal(EVERYTHING.fallbackHref);
    expect(container.querySelectorAll('script')).to.have.length(1);
    customElements.upgrade(element);
    expect(element).to.be.instanceOf(customElements.get('partnership-feed')!);
    const feed = element as PartnershipFeed;
    expect(feed.syncUrl).to.equal(true);
    expect(feed.pageSize).to.equal(6);
    expect(feed.heading).to.equal('Partnerships & "collaboration"');
  });

  it("renders the snippet's element, which loads its feed", async () => {
    const snippet = embedSnippet({
      src: '/test/fixtures/partnerships.json',
      layout: 'compact',
      heading: 'Partnerships <& friends>',
      filters: ['type', 'tag'],
      cacheTtl: '0',
      fallbackHref: '/topics/partnerships',
    });
    const parsed = parse(snippet).querySelector('partnership-feed')!;
    const element = document.createElement('partnership-feed');
    for (const { name, value } of [...parsed.attributes]) element.setAttribute(name, value);
    const link = document.createElement('a');
    link.setAttribute('href', parsed.querySelector('a')!.getAttribute('href')!);
    link.textContent = parsed.querySelector('a')!.textContent;
    element.append(link);
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const loaded = oneEvent(element, 'pf-load');
      container.append(element);
      const { detail } = await loaded;
      expect(detail.total).to.equal(10);
      await element.updateComplete;
      const heading = element.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Partnerships <& friends>');
      expect(element.shadowRoot!.querySelectorAll('[part~="card"]').length).to.be.greaterThan(0);
      expect(element.getAttribute('layout')).to.equal('compact');
    } finally {
      container.remove();
    }
  });
});
