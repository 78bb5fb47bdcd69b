/**
 * html.ts against a maintained HTML tokenizer: parse5's (the one jsdom uses), driven the way
 * parse5's tree builder drives it for raw-text elements, keeping the text tokens outside the
 * elements html.ts drops. Both sides then go through the same white-space folding. Decoding is
 * checked against the same tokenizer (which decodes with the `entities` package's data) for every
 * name and for numeric references. Not against `entities`' own decodeHTML: its 7.0 release decodes
 * `&Gdot z` as `Âz`, where HTML (and parse5, on entities 6) leaves it as written.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFragment, Tokenizer, TokenizerMode, type DefaultTreeAdapterMap, type TokenHandler } from 'parse5';
import * as table from './entities.js';
import { htmlText } from './html.js';
import * as html from './html.js';
import { cleanText, decodeEntities, withTextTables } from './text.js';

const MAX = 1_000_000;
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote pre figure figcaption dd dt dl hr'.split(
    ' ',
  ),
);
const HIDDEN = new Set(['template']);
/** What the tree builder switches the tokenizer to after these start tags (noscript: scripting on). */
const RAW: Record<string, Tokenizer['state']> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
const SHOWN_RAW = new Set(['xmp', 'plaintext']);

/** The text parse5's tokenizer finds in `html`, by html.ts's rules for which elements show. */
function reference(html: string): string {
  return cleanText(tokenizedText(html), MAX);
}

function tokenizedText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  let raw: string | undefined;
  const text = (token: { chars: string }): void => {
    if (!hidden && (!raw || SHOWN_RAW.has(raw))) out.push(token.chars);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const name = token.tagName;
      if (!hidden && BLOCK.has(name)) out.push(' ');
      if (HIDDEN.has(name)) hidden += 1;
      else if (RAW[name] !== undefined) {
        tokenizer.state = RAW[name];
        raw = name;
      }
    },
    onEndTag(token) {
      const name = token.tagName;
      if (!hidden && BLOCK.has(name)) out.push(' ');
      if (HIDDEN.has(name) && hidden) hidden -= 1;
      raw = undefined;
    },
    onCharacter: text,
    onWhitespaceCharacter: text,
    onNullCharacter: text,
    onComment() {},
    onDoctype() {},
    onEof() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  return out.join('');
}

type ParsedNode = DefaultTreeAdapterMap['node'];

/** The text of the tree parse5's full parser builds (as a browser's innerHTML would), by the same rules. */
function treeText(html: string): string {
  const out: string[] = [];
  const walk = (node: ParsedNode): void => {
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    const name = node.nodeName;
    if (HIDDEN.has(name) || (RAW[name] !== undefined && !SHOWN_RAW.has(name))) return;
    if (BLOCK.has(name)) out.push(' ');
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if (BLOCK.has(name)) out.push(' ');
  };
  walk(parseFragment(html));
  return cleanText(out.join(''), MAX);
}

const expectSame = (html: string): void => {
  expect(htmlText(html, MAX), JSON.stringify(html)).to.equal(reference(html));
};

const NAMES = Object.keys(table.ENTITIES);

/** Loads the full table into text.ts, as parseFeed does when a feed needs it. */
const loadTable = () => withTextTables(() => decodeEntities('&rarr;'), { names: async () => table, html: async () => html });

describe('htmlText against parse5', () => {
  before(loadTable);

  it('reads generated HTML as parse5 does (10,000 cases)', () => {
    const tagName = fc.constantFrom(
      ...'p div br b span li a img h2 script style title textarea xmp iframe noembed noframes noscript plaintext template object svg math'.split(
        ' ',
      ),
      'SCRIPT',
      'Style',
      'P',
      'scriptx',
      'a<b',
      'x"y',
    );
    const attribute = fc.constantFrom(
      '',
      ' x',
      ' x=y',
      ' title="a>b"',
      " alt='5 > 3'",
      ' x="it\'s"',
      ' x=a/',
      ' /',
      '/',
      ' =x',
      ' "q',
      ' x = "v" ',
      ' x=">',
      ' a="1"b="2"',
      '\ty\n=\fz',
    );
    const ending = fc.constantFrom('>', '/>', ' >', '');
    const tag = fc
      .tuple(fc.constantFrom('<', '</'), tagName, attribute, ending)
      .map(([open, name, attributes, end]) => open + name + attributes + end);
    const markup = fc.constantFrom(
      '<!--',
      '-->',
      '--!>',
      '<!-->',
      '<!--->',
      '<!---->',
      '<!-- c -->',
      '<!DOCTYPE html>',
      '<!doctype html PUBLIC "-//W3C//DTD >" "x">',
      '<?php x ?>',
      '</ x>',
      '</>',
      '</',
      '<',
      '<![CDATA[x]]>',
      '<!x>',
      '<1>',
      '< p>',
      '<script><!--<script>',
      '</script>-->',
    );
    const words = fc.constantFrom(
      'a',
      'b c',
      ' ',
      '\n',
      '\r\n',
      '&amp;',
      '&lt;p&gt;',
      '&copy',
      '&copy 2024',
      '&notit;',
      '&notin;',
      '&ampx',
      '&#150;',
      '&#x2019;',
      '&#0;',
      '&#1114112;',
      '&#xD800;',
      '&#65',
      '&#x;',
      '&#',
      '&rarr;',
      '&frac12;',
      '&bogus;',
      'Q&A',
      '&',
      '>',
      '"',
      "'",
      '=',
      '/',
      '-',
      '!',
      '?',
      ';',
      'é',
      '😀',
    );
    const piece = fc.oneof({ weight: 3, arbitrary: words }, { weight: 3, arbitrary: tag }, { weight: 2, arbitrary: markup });
    const noise = fc.string({ unit: fc.constantFrom(...'<>/!-="\' a&;#xp\n'), maxLength: 12 });
    const html = fc.oneof(
      { weight: 4, arbitrary: fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: noise },
    );
    fc.assert(
      fc.property(html, (input) => expectSame(input)),
      { numRuns: 10_000, seed: 13 },
    );
  });

  it('reads the project fixtures and real-world excerpts as parse5 does', async () => {
    const excerpts: string[] = [
      '<p title="a>b">Hello</p>',
      '<img alt="5 > 3" src=x>Caption',
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Newsletter</title><style type="text/css">td{padding:0}</style></head><body><table><tr><td>Hello&nbsp;readers &#151; welcome</td></tr></table></body></html>',
      '<p>The library&#146;s new hours &#150; see below.</p><p>Mon&ndash;Fri 9&ndash;5 &rarr; <a href="/hours?x=1&amp;y=2">details</a></p>',
      '<figure><img src="a.jpg" alt="Reading &quot;room&quot;"><figcaption>Reading room &copy 2024</figcaption></figure>',
      '<div class="embed"><iframe src="https://www.youtube.com/embed/x" allowfullscreen><p>Your browser does not support iframes.</p></iframe></div><p>Watch the webinar.</p>',
      '<p>Before</p><script type="text/javascript">//<![CDATA[\nvar a = "<p>" + b + "</p>";\n//]]></script><noscript><img src="pixel.gif"></noscript><p>After</p>',
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--><p class="MsoNormal">Word&nbsp;paste<o:p></o:p></p>',
      '<p>Temperature: 21&deg;C &plusmn; 0.5 &frac12; &thinsp;ok</p><template><p>not shown</p></template>',
      '<svg viewBox="0 0 10 10"><title>icon</title><path d="M0 0h10"/></svg> Download <svg/> now',
      '<ul><li>One</li><li>Two<br/>lines</li></ul><h3>Heading</h3>text',
    ];
    for (const file of [
      'partnerships.json',
      'wordpress-posts.json',
      'drupal-jsonapi.json',
      'partnerships.rss.xml',
      'partnerships.atom.xml',
    ]) {
      const text = await (await fetch(`/test/fixtures/${file}`)).text();
      if (file.endsWith('.json')) {
        const walk = (value: unknown): void => {
          if (typeof value === 'string') excerpts.push(value);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(JSON.parse(text));
      } else {
        // The XML's text content as a reader gets it: CDATA sections and the escaped markup inside elements.
        for (const [, cdata, escaped] of text.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|>([^<]+)</g)) {
          excerpts.push(
            cdata ??
              escaped!
                .replace(/&lt;/g, '<')
                .replace(/&gt;/g, '>')
                .replace(/&quot;/g, '"')
                .replace(/&amp;/g, '&'),
          );
        }
      }
    }
    expect(excerpts.length).to.be.greaterThan(100);
    excerpts.forEach(expectSame);
    // Real content is tidy enough that the tree parse5 builds from it reads the same as its tokens.
    for (const excerpt of excerpts) expect(htmlText(excerpt, MAX), excerpt).to.equal(treeText(excerpt));
  });
});

describe('decodeEntities against parse5', () => {
  before(loadTable);

  it('decodes every named reference, with and without a semicolon, as in HTML text', () => {
    expect(NAMES.length).to.be.greaterThan(2100);
    for (const name of NAMES) {
      for (const written of [`&${name};`, `x&${name}`, `&${name}y`, `&${name} z`, `&${name}=`, `&${name}1;`]) {
        expect(decodeEntities(written), written).to.equal(tokenizedText(written));
      }
    }
  });

  it('decodes numeric references as HTML does: windows-1252, surrogates, out of range, no semicolon', () => {
    const codes = [
      ...Array(0x3000).keys(),
      0xd7ff,
      0xd800,
      0xdbff,
      0xdc00,
      0xdfff,
      0xe000,
      0xfffd,
      0xfffe,
      0xffff,
      0x10000,
      0x1f600,
      0x10fffe,
      0x10ffff,
      0x110000,
      0xffffffff,
      2 ** 40,
    ];
    for (const code of codes) {
      for (const written of [`&#${code};`, `&#x${code.toString(16)};`, `&#X${code.toString(16).toUpperCase()}`, `&#000${code}a`]) {
        expect(decodeEntities(written), written).to.equal(tokenizedText(written));
      }
    }
    expect(decodeEntities('&#99999999999999999999;')).to.equal(tokenizedText('&#99999999999999999999;'));
  });
});
