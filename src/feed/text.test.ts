import { expect } from '@open-wc/testing';
import * as table from './entities.js';
import * as htmlModule from './html.js';
import { htmlText } from './html.js';
import { capLength, cleanText, decodeEntities, htmlEntitiesToNumeric, htmlToText, truncateWords, withTextTables } from './text.js';

describe('text', () => {
  it('keeps markup in plain-text fields as literal characters', () => {
    expect(cleanText('<b>Bold</b> & <script>x</script>', 100)).to.equal('<b>Bold</b> & <script>x</script>');
  });

  it('folds white space, drops control characters and ignores non-strings', () => {
    expect(cleanText('  a\n\n b\u0000c\u0007 ', 100)).to.equal('a bc');
    expect(cleanText({ toString: () => 'x' }, 100)).to.equal('');
    expect(cleanText(42, 100)).to.equal('');
    expect(cleanText('a\uD800b\uDC00c\uD83D\uDE00', 100)).to.equal('abc\uD83D\uDE00');
  });

  it('caps length without splitting a surrogate pair', () => {
    expect(capLength('ab😀', 3)).to.equal('ab');
    expect(cleanText('x'.repeat(600), 500)).to.have.length(500);
  });

  it('decodes numeric and named references, and leaves unknown ones as written', () => {
    expect(decodeEntities('It&#8217;s &hellip; &#x2019; &amp;amp; &bogus;')).to.equal('It’s … ’ &amp; &bogus;');
    expect(decodeEntities('&#0; &#xD800;')).to.equal('\uFFFD \uFFFD');
  });

  it('turns HTML into text: drops scripts, styles and comments, decodes entities once', () => {
    const html =
      '<p>One&nbsp;<em>two</em></p><script>alert(1)</script><style>p{}</style><!-- c --><p>&lt;img src=x onerror=alert(1)&gt;</p>';
    expect(htmlText(html, 500)).to.equal('One two <img src=x onerror=alert(1)>');
  });

  it('reads a `>` inside a quoted attribute as part of the value, as browsers do', () => {
    expect(htmlText('<p title="a>b">Hello</p>', 100)).to.equal('Hello');
    expect(htmlText('<img alt="5 > 3" src=x>Caption', 100)).to.equal('Caption');
    expect(htmlText('<a title=\'x>y\' href="/>">Link</a>', 100)).to.equal('Link');
  });

  it('hides the doctype and head of a whole HTML document pasted into content', () => {
    const page =
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">' +
      '<html><head><meta charset="utf-8"><title>Page title</title><style>body{color:red}</style></head><body><p>Body text</p></body></html>';
    expect(htmlText(page, 500)).to.equal('Body text');
  });

  it('never shows the content of script, style, template, noscript or iframe, even with tags inside', () => {
    const html =
      '<script>if (a < b) document.write("</p>x")</script>A<style>p > b { }</style>B<template><p>t</p></template>C' +
      '<noscript><img src=x>enable JS</noscript>D<iframe><p>inner</p></iframe>E<script><!--<script></script>hidden</script>F';
    expect(htmlText(html, 500)).to.equal('ABCDEF');
  });

  it('hides everything after an unterminated comment, and bogus comments', () => {
    expect(htmlText('Shown<!-- never closed <p>hidden</p>', 100)).to.equal('Shown');
    expect(htmlText('a<!-->b<!--->c<?php echo 1 ?>d</ x>e<!x>f', 100)).to.equal('abcdef');
  });

  it('maps numeric references in the windows-1252 range as HTML does', () => {
    expect(decodeEntities('a&#150;b&#151;c&#146;d&#128;')).to.equal('a–b—c’d€');
    expect(decodeEntities('&#x110000; &#55296; &#0000065; &#65')).to.equal('\uFFFD \uFFFD A A');
  });

  it('decodes legacy names without a semicolon, by the longest match', async () => {
    expect(decodeEntities('&copy 2024 &amp &ampx Q&A')).to.equal('© 2024 & &x Q&A');
    const text = await withTextTables(() => decodeEntities('&notit; &not &frac12 &yuml'), {
      names: async () => table,
      html: async () => htmlModule,
    });
    expect(text).to.equal('¬it; ¬ ½ ÿ');
  });

  it('decodes every named reference once the full table is loaded', async () => {
    const names = ['rarr', 'plusmn', 'frac12', 'thinsp', 'larr', 'hearts', 'check', 'Uarr', 'NotNestedGreaterGreater'];
    const html = names.map((name) => `&${name};`).join('|');
    let loads = 0;
    const load = {
      names: async () => {
        loads += 1;
        return table;
      },
      html: async () => htmlModule,
    };
    const text = await withTextTables(() => decodeEntities(html), load);
    expect(text).to.equal('→|±|½|\u2009|←|♥|✓|↟|⪢̸');
    expect(await withTextTables(() => htmlEntitiesToNumeric('&rarr;'), load)).to.equal('&#8594;');
    expect(await withTextTables(() => decodeEntities('&hellip;'), load)).to.equal('…');
    expect(loads, 'the table loads once at most').to.be.at.most(1);
  });

  it('reads HTML fields crudely until the tokenizer is loaded, then again with it, loading it once', async () => {
    const field = '<p title="a>b">Hello&nbsp;&rarr;</p><script>x()</script>';
    let reads = 0;
    let loads = 0;
    const text = await withTextTables(
      () => {
        reads += 1;
        return htmlToText(field, 100);
      },
      {
        names: async () => table,
        html: async () => {
          loads += 1;
          return htmlModule;
        },
      },
    );
    expect(text).to.equal('Hello →');
    expect(await withTextTables(() => htmlToText(field, 100), { names: async () => table, html: async () => htmlModule })).to.equal(text);
    expect(loads).to.be.at.most(1);
    expect(reads).to.be.within(1, 3);
    expect(htmlToText('No markup &amp; no load', 100)).to.equal('No markup & no load');
  });

  it('cuts excerpts between words and marks the cut', () => {
    expect(truncateWords('one two three four', 2)).to.equal('one two…');
    expect(truncateWords('one two, three', 2)).to.equal('one two…');
    expect(truncateWords('one two', 5)).to.equal('one two');
    expect(truncateWords('one two', 0)).to.equal('');
  });
});
