/**
 * src/feed/xml-parser.ts against saxes, a maintained strict XML parser with namespaces: on
 * generated documents (10,000, seeded) and on the project's XML fixtures, both build the same tree
 * (names, namespaces, attributes, text) or both refuse the document. A node test because saxes is
 * CommonJS, which the browser test runner does not load; the parser is compiled on the fly with
 * TypeScript (it imports nothing).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import saxes from 'saxes';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url);
let parseXml;
let dir;

before(async () => {
  const source = readFileSync(new URL('src/feed/xml-parser.ts', ROOT), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  dir = mkdtempSync(join(tmpdir(), 'pf-xml-'));
  writeFileSync(join(dir, 'xml-parser.mjs'), outputText);
  ({ parseXml } = await import(pathToFileURL(join(dir, 'xml-parser.mjs')).href));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** One element as both sides are compared: attributes sorted, adjacent text joined, empty text left out. */
function node(name, namespace, attributes, children) {
  const merged = [];
  for (const child of children) {
    if (typeof child === 'string' && typeof merged.at(-1) === 'string') merged[merged.length - 1] += child;
    else merged.push(child);
  }
  return {
    name,
    namespace: namespace || null,
    attributes: [...attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    children: merged.filter((child) => child !== ''),
  };
}

function ours(text) {
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error.name !== 'XmlSyntaxError') throw error;
    return 'refused';
  }
  const convert = (element) =>
    node(
      element.name,
      element.namespace,
      element.attributes,
      element.children.map((child) => (typeof child === 'string' ? child : convert(child))),
    );
  return convert(root);
}

function theirs(text) {
  const parser = new saxes.SaxesParser({ xmlns: true });
  let failed = false;
  const stack = [{ children: [] }];
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]);
    stack.push({ name: tag.name, namespace: tag.uri, attributes, children: [] });
  });
  parser.on('closetag', () => {
    const { name, namespace, attributes, children } = stack.pop();
    stack.at(-1).children.push(node(name, namespace, attributes, children));
  });
  const text_ = (data) => stack.length > 1 && stack.at(-1).children.push(data);
  parser.on('text', text_);
  parser.on('cdata', text_);
  try {
    parser.write(text).close();
  } catch {
    failed = true;
  }
  return failed ? 'refused' : stack[0].children[0];
}

let accepted = 0;
const compare = (text) => {
  const tree = ours(text);
  assert.deepStrictEqual(tree, theirs(text), JSON.stringify(text));
  if (tree !== 'refused') accepted += 1;
};

describe('xml-parser.ts against saxes', () => {
  it('builds the same tree, or refuses, on generated documents (10,000 cases)', () => {
    /** Mostly what is allowed, sometimes what is not: both sides must agree on either. */
    const mostly = (allowed, refused) =>
      fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...refused) });
    const name = mostly(['a', 'b', 'item', 'x:a', 'xml:a', '_a', 'a.b-c', 'é'], ['y:b', 'xmlns:a', '1a', 'a:b:c', ':a', 'a:']);
    const attribute = mostly(
      [
        ' x="1"',
        " x='2'",
        ' y="a&amp;b&#x41;&#65;"',
        ' x=">"',
        ' z="a\tb\nc\r\nd"',
        ' xmlns="urn:d"',
        ' xmlns=""',
        ' xmlns:x="urn:x"',
        ' xmlns:x="urn:x2"',
        ' xmlns:xml="http://www.w3.org/XML/1998/namespace"',
        ' x:z="1"',
        ' xml:lang="en"',
        ' y = "spaced"',
      ],
      [' x="<"', ' z="&bogus;"', ' z="&#0;"', ' xmlns:x=""', ' xmlns:xmlns="urn:z"', ' y:z="1"', ' x=1', ' x', '="v"', 'x="no space"'],
    );
    const text = mostly(
      [
        'text',
        ' ',
        '\n',
        '\r\n',
        '\r',
        '&amp;',
        '&lt;&gt;&quot;&apos;',
        '&#x41;',
        '&#65;',
        '&#x1F600;',
        '>',
        ']]',
        '<![CDATA[ <raw> & ]]>',
        '<![CDATA[]]>',
        '<!-- c -->',
        '<?pi data?>',
        'é😀',
      ],
      ['&#0;', '&#xD800;', '&nbsp;', '&', '&amp', ']]>', '<!-- a -- b -->', '<!--->', '<?xml version="1.0"?>', '\u0001', '\uFFFE'],
    );
    const element = fc.letrec((tie) => ({
      element: fc
        .tuple(
          name,
          fc.array(attribute, { maxLength: 3 }),
          fc.array(fc.oneof({ weight: 3, arbitrary: text }, { weight: 2, arbitrary: tie('element') }), { maxLength: 4 }),
          mostly(['close', 'close', 'close', 'empty'], ['open', 'mismatch']),
        )
        .map(([tag, attributes, children, ending]) => {
          const start = `<${tag}${attributes.join('')}`;
          if (ending === 'empty' && !children.length) return `${start}/>`;
          const end = ending === 'open' ? '' : ending === 'mismatch' ? '</other>' : `</${tag}>`;
          return `${start}>${children.join('')}${end}`;
        }),
    })).element;
    const prolog = mostly(
      [
        '',
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<?xml version='1.0' standalone='yes'?>",
        '<!DOCTYPE rss>',
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
        '<!DOCTYPE a [ <!ELEMENT a ANY> ]>',
        '<!-- before -->\n',
      ],
      ['<?xml version="2.0"?>', ' <?xml version="1.0"?>', '\uFEFF'],
    );
    const epilog = mostly(['', '\n', '<!-- after -->', '<?pi?>'], ['text', '<b/>']);
    const document = fc.tuple(prolog, element, epilog).map((parts) => parts.join(''));
    accepted = 0;
    fc.assert(fc.property(document, compare), { numRuns: 10_000, seed: 13 });
    // Both kinds of case are many: documents both accept, and documents both refuse.
    assert.ok(accepted > 2_000 && accepted < 8_000, `${accepted} of 10,000 accepted`);
  });

  it('builds the same tree from the project fixtures and real-world feeds', () => {
    const fixtures = readdirSync(new URL('test/fixtures/', ROOT)).filter((file) => file.endsWith('.xml') || file.endsWith('.svg'));
    const documents = fixtures.map((file) => readFileSync(new URL(`test/fixtures/${file}`, ROOT), 'utf8'));
    documents.push(
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<channel><dc:title>Channel</dc:title>
<item><title>A &amp; B</title><xhtml:body><xhtml:p>Body <xhtml:b>text</xhtml:b></xhtml:p></xhtml:body></item>
<item><description><![CDATA[<p>Old CMS &#150; <b>dash</b></p>]]></description></item>
</channel></rss>`,
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X<br/>Y</div></title><entry><id>urn:1</id></entry></feed>`,
      '<rss><channel><title>Caf&eacute;</title></channel></rss>',
      '<rss><channel><title>a & b</title></channel></rss>',
      '<media:content url="x"/>',
    );
    accepted = 0;
    for (const text of documents) compare(text);
    assert.ok(fixtures.length >= 3);
    assert.equal(accepted, documents.length - 3, 'all but an HTML entity, a bare "&" and an undeclared prefix are well-formed');
  });
});
