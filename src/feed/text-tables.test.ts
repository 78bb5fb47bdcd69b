import { expect } from '@open-wc/testing';
import * as names from './entities.js';
import * as html from './html.js';
import { normalizeJsonFeed } from './jsonfeed.js';
import { parseFeed } from './parse.js';
import { decodeEntities, htmlEntitiesToNumeric, htmlToText, needsHtml, needsNames } from './text.js';
import { normalizeXmlFeed } from './xml.js';

const BASE = 'https://example.org/feed.json';

describe('text tables passed with the options', () => {
  it('asks for the table of names only when the raw text has a name text.ts does not know', () => {
    for (const raw of [
      '&rarr;',
      'x&notit',
      '"Caf&eacute;"',
      '&amp;eacute;',
      String.raw`"a\u0026rarr;b"`,
      '&AMP;',
      '&rarr;=',
      '&notit x=',
    ]) {
      expect(needsNames(raw), raw).to.equal(true);
    }
    for (const raw of [
      '&amp; &lt; &gt; &quot; &nbsp; &hellip; &rsquo;',
      '&#8217; &#x2019;',
      'Q & A',
      '?a=1&b=2',
      '&amp;lt;p&amp;gt;',
      '?a=1&utm_source=x',
      '?p=1&amp;page=2',
    ]) {
      expect(needsNames(raw), raw).to.equal(false);
    }
  });

  it('asks for the tokenizer only when the raw text may hold markup', () => {
    expect(needsHtml('"<p>x</p>"')).to.equal(true);
    expect(needsHtml(String.raw`"\u003cp\u003ex"`)).to.equal(true);
    expect(needsHtml('{"title": "a > b"}')).to.equal(false);
  });

  it('decodes with the tables it is given, not with any the module was left with', () => {
    expect(decodeEntities('&rarr; &hellip; &not', {})).to.equal('&rarr; … &not');
    expect(decodeEntities('&rarr; &hellip; &not', { names })).to.equal('→ … ¬');
    expect(decodeEntities('&rarr;', {}), 'a reading with the table leaves nothing behind').to.equal('&rarr;');
    expect(htmlEntitiesToNumeric('&rarr;', {})).to.equal('&rarr;');
    expect(htmlEntitiesToNumeric('&rarr;', { names })).to.equal('&#8594;');
  });

  it('reads HTML with the tokenizer it is given, crudely without', () => {
    const field = '<p title="a>b">Hello&nbsp;&rarr;</p><script>x()</script>';
    expect(htmlToText(field, 100, { names, html })).to.equal('Hello →');
    expect(htmlToText(field, 100, {})).to.equal('b">Hello &rarr; x()');
  });

  it('reaches every reader through the options, deferred text included', () => {
    const document = { items: [{ id: 'a', title: 'T', content_html: '<p>Next &rarr;</p>' }] };
    const read = (tables: object) =>
      normalizeJsonFeed(document, { baseUrl: BASE, deferred: true, tables, warn: () => undefined }).items[0]!.excerpt;
    expect(read({ names, html })).to.equal('Next →');
    expect(read({})).to.equal('Next &rarr;');
    const rss =
      '<rss version="2.0"><channel><title>Caf&eacute;</title><item><title>A &rarr; B</title><link>https://example.org/a</link></item></channel></rss>';
    expect(normalizeXmlFeed(rss, { warn: () => undefined, tables: { names } }).items[0]!.title).to.equal('A → B');
    expect(normalizeXmlFeed(rss, { warn: () => undefined, tables: { names } }).title).to.equal('Café');
  });

  it('parseFeed reads once, with the tables it was given or loaded first', async () => {
    const text = JSON.stringify({ items: [{ id: 'a', title: 'T', content_html: '<b>x</b> &rarr;' }] });
    expect((await parseFeed(text, { baseUrl: BASE, tables: {} })).items[0]!.excerpt).to.equal('x &rarr;');
    expect((await parseFeed(text, { baseUrl: BASE })).items[0]!.excerpt).to.equal('x →');
  });
});
