import { expect } from '@open-wc/testing';
import { scenario } from '../test-support/scenario.js';
import { fetchText, textEncoding } from './fetch.js';
import { normalizeXmlFeed } from './xml.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** ISO-8859-1 / windows-1252 bytes of a string whose characters all have one-byte codes there. */
function singleByte(text: string): Uint8Array {
  const cp1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text], (character) => cp1252[character] ?? character.charCodeAt(0));
}

const base64 = (data: Uint8Array): string => btoa(String.fromCharCode(...data));

const LATIN1_RSS = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Bibliothèque municipale</title>
<item><title>Café des lecteurs – “Où lire ?”</title><link>https://example.org/cafe</link></item>
</channel></rss>`;

describe('textEncoding', () => {
  it('follows a byte-order mark first', () => {
    expect(textEncoding('text/xml; charset=iso-8859-1', Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c]))).to.equal('utf-8');
    expect(textEncoding('application/rss+xml', Uint8Array.from([0xff, 0xfe, 0x3c, 0x00]))).to.equal('utf-16le');
    expect(textEncoding('', Uint8Array.from([0xfe, 0xff, 0x00, 0x3c]))).to.equal('utf-16be');
  });

  it('reads JSON as UTF-8 whatever the charset says (RFC 8259)', () => {
    expect(textEncoding('application/feed+json; charset=iso-8859-1', bytes('{"items":[]}'))).to.equal('utf-8');
  });

  it("takes XML's encoding from the Content-Type charset, else the XML declaration, else UTF-8", () => {
    expect(textEncoding('application/rss+xml; charset="windows-1252"', bytes('<?xml version="1.0" encoding="UTF-8"?>'))).to.equal(
      'windows-1252',
    );
    expect(textEncoding('text/xml', bytes(`<?xml version="1.0" encoding='ISO-8859-1'?><rss/>`))).to.equal('ISO-8859-1');
    expect(textEncoding('text/xml', bytes('\n <?xml version="1.0" standalone="yes" encoding="latin1"?>'))).to.equal('latin1');
    expect(textEncoding('text/xml', bytes('<?xml version="1.0"?><rss/>'))).to.equal('utf-8');
    expect(textEncoding('', bytes('<rss encoding="latin1"/>'))).to.equal('utf-8');
  });
});

describe('fetchText and encodings', () => {
  for (const streamed of [false, true]) {
    const how = streamed ? 'streamed without Content-Length' : 'with Content-Length';
    it(`reads an ISO-8859-1 RSS feed that says so only in its XML declaration (${how})`, async () => {
      const feed = await scenario({ base64: base64(singleByte(LATIN1_RSS)), contentType: 'application/rss+xml', streamed });
      const { text, url } = await fetchText(feed.url, { timeoutMs: 5000 });
      const parsed = normalizeXmlFeed(text as string, { baseUrl: url });
      expect(parsed.title).to.equal('Bibliothèque municipale');
      expect(parsed.items[0]!.title).to.equal('Café des lecteurs – “Où lire ?”');
    });
  }

  for (const streamed of [false, true]) {
    it(`reads UTF-8 as TextDecoder does: the byte-order mark dropped, a broken sequence as U+FFFD (${streamed ? 'streamed' : 'with Content-Length'})`, async () => {
      const body = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('{"title":"Caf'), 0xc3, 0x28, ...bytes(' – é"}')]);
      const feed = await scenario({ base64: base64(body), contentType: 'application/feed+json', streamed });
      const { text } = await fetchText(feed.url, { timeoutMs: 5000 });
      expect(text).to.equal(new TextDecoder().decode(body));
      expect(text).to.equal('{"title":"Caf\uFFFD( – é"}');
    });
  }

  it('reads a windows-1252 feed named by the Content-Type charset', async () => {
    const text = LATIN1_RSS.replace(' encoding="ISO-8859-1"', '');
    const feed = await scenario({ base64: base64(singleByte(text)), contentType: 'text/xml; charset=windows-1252' });
    const fetched = await fetchText(feed.url, { timeoutMs: 5000 });
    expect(fetched.text).to.contain('Café des lecteurs – “Où lire ?”');
  });

  it('reads UTF-8 JSON, and an unknown charset label as UTF-8', async () => {
    const json = await scenario({ body: '{"title":"Bibliothèque"}', contentType: 'application/feed+json; charset=utf-8' });
    expect((await fetchText(json.url, { timeoutMs: 5000 })).text).to.equal('{"title":"Bibliothèque"}');
    const odd = await scenario({
      body: '<rss><channel><title>Bibliothèque</title></channel></rss>',
      contentType: 'text/xml; charset=x-nonsense',
    });
    expect((await fetchText(odd.url, { timeoutMs: 5000 })).text).to.contain('Bibliothèque');
  });
});
