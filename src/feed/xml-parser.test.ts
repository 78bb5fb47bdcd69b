import { expect } from '@open-wc/testing';
import { XmlSyntaxError, parseXml, textContent, type XmlElement } from './xml-parser.js';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** The message of the XmlSyntaxError that parsing `text` throws. */
function syntaxError(text: string): string {
  try {
    parseXml(text);
  } catch (error) {
    expect(error, text).to.be.instanceOf(XmlSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text.slice(0, 80))} to be refused`);
}

function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string');
}

function only(parent: XmlElement): XmlElement {
  const children = elements(parent);
  expect(children).to.have.length(1);
  return children[0]!;
}

describe('parseXml: the tree', () => {
  it('returns the root element with names, attributes, text children and parents', () => {
    const root = parseXml('<rss version="2.0"><channel><title>T</title> <item/></channel></rss>');
    expect(root).to.include({ name: 'rss', localName: 'rss', namespace: null, parent: null });
    expect([...root.attributes]).to.deep.equal([['version', '2.0']]);
    const channel = only(root);
    expect(channel.parent).to.equal(root);
    expect(channel.children.map((child) => (typeof child === 'string' ? child : child.name))).to.deep.equal(['title', ' ', 'item']);
    const [title, item] = elements(channel);
    expect(title!.children).to.deep.equal(['T']);
    expect(item!.children).to.deep.equal([]);
    expect(item!.attributes.size).to.equal(0);
  });

  it('skips the XML declaration, processing instructions and comments, anywhere they may be', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?xml-stylesheet href="feed.xsl" type="text/xsl"?><!-- generated -->\n' +
        '<a>one<!-- c --><?pi data?>two<?empty?></a>\n<!-- after --><?after?>\n',
    );
    expect(root.name).to.equal('a');
    expect(root.children).to.deep.equal(['onetwo']);
  });

  it('allows a byte-order mark before the document', () => {
    expect(parseXml('\uFEFF<?xml version="1.0"?><a/>').name).to.equal('a');
    expect(parseXml('\uFEFF<a/>').name).to.equal('a');
  });

  it('skips a DOCTYPE, with an external id and an internal subset whose literals hide "]" and ">"', () => {
    for (const doctype of [
      '<!DOCTYPE rss>',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
      "<!DOCTYPE rss SYSTEM 'rss.dtd' >",
      '<!DOCTYPE rss [<!ELEMENT rss ANY><!ATTLIST rss version CDATA "]>"><!-- ] > --><?pi ]>?>] >',
      '<!DOCTYPE rss SYSTEM "rss.dtd" [\n  <!ELEMENT rss ANY>\n]>',
    ]) {
      expect(parseXml(`<?xml version="1.0"?>\n${doctype}\n<rss version="0.91"/>`).name, doctype).to.equal('rss');
    }
  });

  it('makes CDATA sections text, joined with the text around them', () => {
    const root = parseXml('<a>x <![CDATA[<p>&amp; ]] > </p>]]><![CDATA[]]> y<b/><![CDATA[z]]></a>');
    expect(root.children.map((child) => (typeof child === 'string' ? child : child.name))).to.deep.equal([
      'x <p>&amp; ]] > </p> y',
      'b',
      'z',
    ]);
  });

  it('reads self-closing tags, with and without attributes and white space', () => {
    const root = parseXml('<a><b/><c x="1"/><d\n/><e x="1" /></a>');
    expect(elements(root).map((child) => child.name)).to.deep.equal(['b', 'c', 'd', 'e']);
    expect(elements(root).every((child) => child.children.length === 0)).to.equal(true);
  });

  it('reads names beyond ASCII, with dots, dashes and digits', () => {
    const root = parseXml('<été-1.x ñ_a="1"><日本語/><_𐀀/></été-1.x>');
    expect(root.name).to.equal('été-1.x');
    expect(root.attributes.get('ñ_a')).to.equal('1');
    expect(elements(root).map((child) => child.name)).to.deep.equal(['日本語', '_𐀀']);
  });
});

describe('parseXml: attributes', () => {
  it('reads single- and double-quoted values, with white space around "="', () => {
    const root = parseXml(`<a x="1" y='2' z = "it's" w='say "hi"'/>`);
    expect(Object.fromEntries(root.attributes)).to.deep.equal({ x: '1', y: '2', z: "it's", w: 'say "hi"' });
  });

  it('normalizes literal tabs and newlines to spaces, but not those written as references', () => {
    const root = parseXml('<a x="one\ttwo\nthree\r\nfour" y="&#9;&#10;&#13;" z="a  b"/>');
    expect(root.attributes.get('x')).to.equal('one two three four');
    expect(root.attributes.get('y')).to.equal('\t\n\r');
    expect(root.attributes.get('z')).to.equal('a  b');
  });

  it('decodes references in values', () => {
    expect(parseXml('<a href="?a=1&amp;b=&lt;2&gt;&#x26;&quot;&apos;"/>').attributes.get('href')).to.equal(`?a=1&b=<2>&"'`);
  });

  it('keys attributes by their qualified name as written', () => {
    const root = parseXml('<a xmlns:m="urn:m" m:url="u" xml:lang="fr" xml:base="https://example.org/"/>');
    expect([...root.attributes.keys()]).to.deep.equal(['xmlns:m', 'm:url', 'xml:lang', 'xml:base']);
    expect(root.attributes.get('xml:lang')).to.equal('fr');
  });

  it('refuses "<" in a value, a repeated attribute, and malformed attributes', () => {
    expect(syntaxError('<a x="<b>"/>')).to.contain('"<" is not allowed in an attribute value');
    expect(syntaxError("<a x='1 < 2'/>")).to.contain('"<" is not allowed in an attribute value');
    expect(syntaxError('<a x="1" x="2"/>')).to.contain('the attribute x appears twice');
    expect(syntaxError('<a x="1" y="2" x=\'1\'/>')).to.contain('appears twice');
    for (const text of ['<a x="1"y="2"/>', '<a x/>', '<a x=1/>', '<a x="1\'/>', '<a ="1"/>', '<a x=="1"/>', '<a/ >']) {
      expect(syntaxError(text), text).to.match(/malformed start tag|ends inside a tag/);
    }
  });
});

describe('parseXml: namespaces', () => {
  it('resolves the default namespace and prefixes, on the element that declares them too', () => {
    const root = parseXml(
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><entry><media:content url="x"/></entry></feed>',
    );
    expect(root).to.include({ name: 'feed', localName: 'feed', namespace: 'http://www.w3.org/2005/Atom' });
    const entry = only(root);
    expect(entry.namespace).to.equal('http://www.w3.org/2005/Atom');
    expect(only(entry)).to.include({ name: 'media:content', localName: 'content', namespace: 'http://search.yahoo.com/mrss/' });
  });

  it('scopes declarations to the element and its descendants', () => {
    const root = parseXml(
      '<a xmlns="urn:one" xmlns:p="urn:p1"><b xmlns="urn:two" xmlns:p="urn:p2"><c/><p:d/></b><e/><p:f/><g xmlns=""><h/></g><i/></a>',
    );
    const [b, e, f, g, i] = elements(root);
    const [c, d] = elements(b!);
    expect([b, c, d, e, f, g, only(g!), i].map((element) => `${element!.localName} ${element!.namespace}`)).to.deep.equal([
      'b urn:two',
      'c urn:two',
      'd urn:p2',
      'e urn:one',
      'f urn:p1',
      'g null',
      'h null',
      'i urn:one',
    ]);
  });

  it('restores bindings after a self-closing element that declared them', () => {
    const root = parseXml('<a xmlns:p="urn:outer"><b xmlns:p="urn:inner"/><p:c/><d xmlns:q="urn:q"/></a>');
    expect(elements(root)[1]!.namespace).to.equal('urn:outer');
    expect(syntaxError('<a><b xmlns:q="urn:q"/><q:c/></a>')).to.contain('the prefix q of <q:c> is not declared');
  });

  it('binds the xml prefix without a declaration, and allows declaring it to its own URI only', () => {
    expect(parseXml('<xml:a/>').namespace).to.equal(XML_NAMESPACE);
    expect(parseXml(`<a xmlns:xml="${XML_NAMESPACE}" xml:lang="en"/>`).attributes.get('xml:lang')).to.equal('en');
    expect(syntaxError('<a xmlns:xml="urn:other"/>')).to.contain('the prefix xml is bound');
    expect(syntaxError(`<a xmlns:x="${XML_NAMESPACE}"/>`)).to.contain('the prefix xml is bound');
    expect(syntaxError(`<a xmlns="${XML_NAMESPACE}"/>`)).to.contain('the prefix xml is bound');
    expect(syntaxError('<a xmlns:xmlns="urn:x"/>')).to.contain('xmlns cannot be declared');
    expect(syntaxError('<a xmlns="http://www.w3.org/2000/xmlns/"/>')).to.contain('cannot be declared as a namespace');
  });

  it('refuses an unbound prefix on an element or an attribute, and undeclaring a prefix', () => {
    expect(syntaxError('<media:content url="x"/>')).to.contain('the prefix media of <media:content> is not declared');
    expect(syntaxError('<rss><channel><dc:date>2022</dc:date></channel></rss>')).to.contain('the prefix dc of <dc:date>');
    expect(syntaxError('<a rdf:about="x"/>')).to.contain('the prefix of the attribute rdf:about is not declared');
    expect(syntaxError('<a xmlns:p="urn:p"><b xmlns:p=""/></a>')).to.contain('cannot undeclare a prefix');
  });

  it('refuses two attributes with the same local name in the same namespace', () => {
    expect(syntaxError('<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>')).to.contain('repeats another in the same namespace');
    expect(parseXml('<a xmlns:p="urn:x" xmlns:q="urn:y" p:b="1" q:b="2" b="3"/>').attributes.size).to.equal(5);
  });

  it('refuses names with more than one colon, or a colon at either end', () => {
    for (const text of ['<a:b:c xmlns:a="urn:a"/>', '<:a/>', '<a: xmlns:a="urn:a"/>', '<a xmlns:p="urn:p" p:b:c="1"/>', '<?a:b?><a/>']) {
      expect(syntaxError(text), text).to.match(/malformed|starts no tag/);
    }
  });
});

describe('parseXml: references', () => {
  it("decodes XML's five entities and decimal and hexadecimal character references", () => {
    const root = parseXml('<a>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42;&#x1F600;&#0000233;&#x00E9;&#x00000041;</a>');
    expect(textContent(root)).to.equal(`<b> & "q" 's' AB😀ééA`);
  });

  it('refuses references to code points XML does not allow', () => {
    for (const reference of [
      '&#0;',
      '&#x0;',
      '&#8;',
      '&#x1F;',
      '&#xD800;',
      '&#xDFFF;',
      '&#xFFFE;',
      '&#xFFFF;',
      '&#x110000;',
      '&#99999999999;',
    ]) {
      expect(syntaxError(`<a>${reference}</a>`), reference).to.contain('refers to a character XML does not allow');
    }
    expect(textContent(parseXml('<a>&#9;&#xA;&#xD;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;</a>'))).to.have.length(11);
  });

  it('refuses every other named entity, so that the feed reader can retry with HTML names converted', () => {
    expect(syntaxError('<a>caf&eacute;</a>')).to.contain('unknown entity &eacute;');
    expect(syntaxError('<a>&nbsp;</a>')).to.contain('unknown entity &nbsp;');
    expect(syntaxError('<a x="&nbsp;"/>')).to.contain('unknown entity &nbsp;');
    expect(syntaxError('<a>&constructor;</a>')).to.contain('unknown entity &constructor;');
  });

  it('refuses a bare "&" and references that are not finished', () => {
    for (const text of [
      '<a>A & B</a>',
      '<a>AT&T</a>',
      '<a>&amp</a>',
      '<a>&#;</a>',
      '<a>&#x;</a>',
      '<a>&#X41;</a>',
      '<a>&#12a;</a>',
      '<a>&</a>',
      '<a x="a&b"/>',
    ]) {
      expect(syntaxError(text), text).to.contain('"&" must start a reference');
    }
  });
});

describe('parseXml: what is not well-formed', () => {
  it('refuses mismatched and unclosed tags, and end tags with nothing open', () => {
    expect(syntaxError('<a><b></a></b>')).to.contain('the end tag </a> does not match the open <b>');
    expect(syntaxError('<a></A>')).to.contain('does not match');
    expect(syntaxError('<a></ab>')).to.contain('does not match');
    expect(syntaxError('<a><b></b>')).to.contain('ends before <a> is closed');
    expect(syntaxError('<a/></a>')).to.contain('closes no open element');
    expect(syntaxError('<a></ a>')).to.contain('malformed end tag');
    expect(syntaxError('<a></a x="1">')).to.contain('malformed end tag');
    expect(parseXml('<a></a \n>').name).to.equal('a');
  });

  it('refuses a document cut off anywhere', () => {
    const whole =
      '<?xml version="1.0"?><!DOCTYPE rss><rss version="2.0"><!-- c --><channel><title>A &amp; B</title><![CDATA[x]]><?pi x?></channel></rss>';
    expect(parseXml(whole).name).to.equal('rss');
    for (let end = 0; end < whole.length; end += 1) {
      const cut = whole.slice(0, end);
      expect(() => parseXml(cut), cut).to.throw(XmlSyntaxError);
    }
    expect(syntaxError('<rss><channel><title>cut off')).to.contain('it may be cut off');
    expect(syntaxError('<rss><channel><title x="cut')).to.contain('it may be cut off');
    expect(syntaxError('<rss><!-- cut')).to.contain('ends inside a comment');
    expect(syntaxError('<rss><![CDATA[cut')).to.contain('ends inside a CDATA section');
    expect(syntaxError('<!DOCTYPE rss [<!ELEMENT rss ANY>')).to.contain('ends inside the DOCTYPE');
  });

  it('refuses a document without a root element, or with two', () => {
    for (const text of ['', '   \n', '<?xml version="1.0"?>', '<!-- only a comment -->', '<!DOCTYPE rss>']) {
      expect(syntaxError(text), text).to.contain('no root element');
    }
    expect(syntaxError('<a/><b/>')).to.contain('a second root element <b>');
    expect(syntaxError('<a></a>\n<a></a>')).to.contain('a second root element');
  });

  it('refuses content other than white space, comments and processing instructions outside the root', () => {
    expect(syntaxError('text<a/>')).to.contain('text before the root element');
    expect(syntaxError('<a/>text')).to.contain('text after the root element');
    expect(syntaxError('<a/>&amp;')).to.contain('text after the root element');
    expect(syntaxError('\u00A0<a/>')).to.contain('text before the root element');
    expect(syntaxError('<![CDATA[x]]><a/>')).to.contain('CDATA section outside the root element');
    expect(syntaxError('<a/><!DOCTYPE a>')).to.contain('DOCTYPE is allowed only once, before the root element');
    expect(syntaxError('<!DOCTYPE a><!DOCTYPE a><a/>')).to.contain('DOCTYPE is allowed only once');
    expect(syntaxError('<a><!DOCTYPE a></a>')).to.contain('DOCTYPE is allowed only once');
  });

  it('refuses a misplaced or malformed XML declaration, and malformed comments, PIs and markup', () => {
    expect(syntaxError(' <?xml version="1.0"?><a/>')).to.contain('XML declaration is allowed only at the very start');
    expect(syntaxError('<a><?xml version="1.0"?></a>')).to.contain('XML declaration is allowed only at the very start');
    expect(syntaxError('<?xml encoding="UTF-8"?><a/>')).to.contain('malformed XML declaration');
    expect(syntaxError('<?xml version="2.0"?><a/>')).to.contain('malformed XML declaration');
    expect(syntaxError('<a><!-- a -- b --></a>')).to.contain('"--" is not allowed inside a comment');
    expect(syntaxError('<a><!-- a ---></a>')).to.contain('"--" is not allowed inside a comment');
    expect(syntaxError('<a><?123?></a>')).to.contain('malformed processing instruction');
    expect(syntaxError('<a><?pi"x"?></a>')).to.contain('malformed processing instruction');
    expect(syntaxError('<a><!ELEMENT a ANY></a>')).to.contain('"<!" starts no comment');
    expect(syntaxError('<!doctype rss><rss/>')).to.contain('"<!" starts no comment');
    expect(syntaxError('<!DOCTYPE><a/>')).to.contain('malformed DOCTYPE');
  });

  it('refuses "<" and "]]>" in text, and malformed element names', () => {
    expect(syntaxError('<a>1 < 2</a>')).to.contain('a "<" that starts no tag');
    expect(syntaxError('<a>x ]]> y</a>')).to.contain('"]]>" is not allowed in text');
    for (const text of ['<1a/>', '<-a/>', '<.a/>', '< a/>', '<a>< b/></a>', '<a><b!/></a>']) {
      expect(syntaxError(text), text).to.match(/starts no tag|malformed start tag/);
    }
  });

  it('refuses characters XML does not allow, even written literally', () => {
    for (const character of [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDC00',
      'x\uDBFF',
    ]) {
      expect(syntaxError(`<a>${character}</a>`), JSON.stringify(character)).to.contain('is not allowed in XML');
    }
    expect(syntaxError('<a x="\u0007"/>')).to.contain('U+0007 is not allowed in XML');
    expect(textContent(parseXml('<a>\t\n\u0085\u2028😀\uE000\uFFFD</a>'))).to.equal('\t\n\u0085\u2028😀\uE000\uFFFD');
  });

  it('says where the problem is', () => {
    try {
      parseXml('<a>\n  <b>\n    <c></b>\n</a>');
      expect.fail('not refused');
    } catch (error) {
      expect(error).to.be.instanceOf(XmlSyntaxError).and.to.be.instanceOf(Error);
      expect(error).to.include({ name: 'XmlSyntaxError', line: 3, column: 8 });
      expect((error as Error).message).to.contain('(line 3, column 8)');
    }
  });
});

describe('parseXml: line ends', () => {
  it('reads CR LF and lone CR as LF, in text and in attribute values', () => {
    const root = parseXml('<a x="1\r\n2\r3">one\r\ntwo\rthree<![CDATA[\r\n]]></a>');
    expect(root.attributes.get('x')).to.equal('1 2 3');
    expect(textContent(root)).to.equal('one\ntwo\nthree\n');
  });
});

describe('textContent', () => {
  it('joins the text of every descendant in document order', () => {
    const root = parseXml('<a>1<b>2<c>3</c><d/>4</b><![CDATA[5]]><e>6</e>7</a>');
    expect(textContent(root)).to.equal('1234567');
    expect(textContent(elements(root)[0]!)).to.equal('234');
    expect(textContent(parseXml('<a/>'))).to.equal('');
  });
});

describe('parseXml and hostile documents', () => {
  it('reads 100,000 nested elements without a RangeError, and textContent walks them', () => {
    const depth = 100_000;
    const root = parseXml(`<a xmlns="urn:a">${'<b xmlns:p="urn:p">'.repeat(depth)}deep${'</b>'.repeat(depth)}</a>`);
    expect(textContent(root)).to.equal('deep');
    let innermost = root;
    let levels = 0;
    for (let next = elements(root)[0]; next; next = elements(next)[0]) {
      innermost = next;
      levels += 1;
    }
    expect(levels).to.equal(depth);
    expect(innermost).to.include({ localName: 'b', namespace: 'urn:a' });
    expect(syntaxError(`${'<b>'.repeat(depth)}${'</b>'.repeat(depth - 1)}`)).to.contain('ends before <b> is closed');
  });

  it('reads a 10 MB feed', () => {
    const item = (index: number): string =>
      `<item><title>Item ${index} &amp; more</title><link>https://example.org/${index}</link>` +
      `<media:thumbnail url="https://example.org/${index}.jpg" width="120"/>` +
      `<description><![CDATA[<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(3)}</p>]]></description>` +
      `<content:encoded>&lt;p&gt;${'Sed do eiusmod tempor &amp; incididunt ut labore. '.repeat(3)}&lt;/p&gt;</content:encoded></item>\n`;
    const items: string[] = [];
    let size = 0;
    while (size < 10 * 1024 * 1024) {
      items.push(item(items.length));
      size += items[items.length - 1]!.length;
    }
    const text = `<?xml version="1.0"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n${items.join('')}</channel></rss>`;
    const channel = only(parseXml(text));
    const parsed = elements(channel);
    expect(parsed).to.have.length(items.length);
    const last = parsed[parsed.length - 1]!;
    expect(textContent(elements(last)[0]!)).to.equal(`Item ${items.length - 1} & more`);
    expect(elements(last)[2]!).to.include({ localName: 'thumbnail', namespace: 'http://search.yahoo.com/mrss/' });
    expect(textContent(elements(last)[4]!)).to.match(/^<p>Sed do eiusmod tempor & incididunt/);
  });

  it('stays linear on inputs built to be slow', () => {
    const many = 200_000;
    expect(textContent(parseXml(`<a>${'x<!---->'.repeat(many)}</a>`))).to.have.length(many);
    expect(textContent(parseXml(`<a>${'&amp;&#65;'.repeat(many)}</a>`))).to.have.length(2 * many);
    const attributes = Array.from({ length: 20_000 }, (_, index) => `p:a${index}="v"`).join(' ');
    expect(parseXml(`<a xmlns:p="urn:p" ${attributes}/>`).attributes.size).to.equal(20_001);
    const declarations = Array.from({ length: 20_000 }, (_, index) => `<p${index}:b xmlns:p${index}="urn:${index}">`).join('');
    const closing = Array.from({ length: 20_000 }, (_, index) => `</p${19_999 - index}:b>`).join('');
    expect(parseXml(`<a>${declarations}${closing}</a>`).name).to.equal('a');
    expect(syntaxError(`<a x="${'y'.repeat(1_000_000)}`)).to.contain('cut off');
    expect(syntaxError(`<a>${'<'.repeat(1_000_000)}`)).to.contain('starts no tag');
    expect(syntaxError(`<a>${'&'.repeat(1_000_000)}</a>`)).to.contain('"&" must start a reference');
    expect(syntaxError(`<${'a'.repeat(1_000_000)}>`)).to.contain('ends before');
  });
});
