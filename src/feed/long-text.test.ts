import { expect } from '@open-wc/testing';
import { scenario } from '../test-support/scenario.js';
import { fetchText } from './fetch.js';
import { parseJsonInSlices, readLongBody, SLICE_BYTES } from './long-text.js';
import { parseFeed } from './parse.js';
import { needsHtml, needsNames } from './text.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Megabytes of JSON a test, in three engines at once on CI's two cores: more than mocha's default 10 s there. */
const MEGABYTES_MS = 40_000;

/** A seeded generator (mulberry32), so a failing document can be made again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What makes following a JSON text hard: quotes and backslashes escaped, brackets, commas and colons
// inside strings, characters of two, three and four UTF-8 bytes, escapes of every kind, markup.
const PIECES = ['"', '\\', '\\"', '[', ']', '{', '}', ',', ':', 'é', '“', '😀', '\u2028', '&amp;', '&eacute;', '<b>', '\\u0022', ' ', 'ab'];

function randomString(next: () => number): string {
  let text = '';
  for (let count = Math.floor(next() * 12); count > 0; count -= 1) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function randomValue(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 2 || pick < 0.35) return randomString(next);
  if (pick < 0.45) return Math.round(next() * 1e6) / 100;
  if (pick < 0.5) return [true, false, null][Math.floor(next() * 3)];
  if (pick < 0.75) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [randomString(next), randomValue(next, depth + 1)]));
}

/** A JSON Feed of `bytes` or more, its items full of what makes following JSON hard. */
function longFeedText(seed: number, bytes = 3 * SLICE_BYTES, pretty = false): string {
  const next = random(seed);
  const items: unknown[] = [];
  let length = 0;
  while (length < bytes) {
    // Related items open with the items' own first key: where one ends looks like where an item ends.
    const related = Array.from({ length: Math.floor(next() * 4) }, (_, index) => ({ id: `s${index}`, title: randomString(next) }));
    const item = {
      id: `r${items.length}`,
      title: randomString(next),
      content_html: randomString(next),
      extra: randomValue(next, 0),
      related,
    };
    items.push(item);
    length += JSON.stringify(item).length + 4;
  }
  const document = { version: 'https://jsonfeed.org/version/1.1', title: randomString(next), items, after: { '[': randomString(next) } };
  return JSON.stringify(document, null, pretty ? 2 : undefined);
}

const warn = (): undefined => undefined;
const needs = { names: needsNames, html: needsHtml };

describe('parseJsonInSlices', function () {
  this.timeout(MEGABYTES_MS);
  it('gives what JSON.parse of the whole text gives, for documents full of escapes, brackets in strings and multi-byte characters', async () => {
    for (const [seed, pretty] of [
      [1, false],
      [2, true],
      [3, false],
    ] as const) {
      const text = longFeedText(seed, 3 * SLICE_BYTES, pretty);
      const parsed = await parseJsonInSlices(encode(text), needs);
      expect(parsed?.document, `seed ${seed}`).to.deep.equal(JSON.parse(text));
      // What it tells textTables() to load is what the whole text needs.
      expect(needsNames(parsed!.needs)).to.equal(needsNames(text));
      expect(needsHtml(parsed!.needs)).to.equal(needsHtml(text));
    }
    const plain = JSON.stringify({ items: Array.from({ length: 40_000 }, (_, index) => ({ id: `r${index}`, title: 'Plain title' })) });
    expect((await parseJsonInSlices(encode(plain), needs))?.needs).to.equal('');
  });

  it('reads long arrays whose elements are not objects, or are objects of no one first key', async () => {
    const next = random(7);
    /** Elements made by `element` until their JSON is over the 1 MB the reader slices. */
    const longArray = (element: (index: number) => unknown): unknown[] => {
      const items: unknown[] = [];
      for (let length = 0; length <= 2 * SLICE_BYTES; length += JSON.stringify(items.at(-1)).length + 1) items.push(element(items.length));
      return items;
    };
    for (const items of [
      longArray(() => randomString(next)),
      longArray((index) => (index % 3 ? { id: `r${index}`, title: randomString(next) } : { title: randomString(next), id: `r${index}` })),
      longArray((index) => (index % 2 ? [randomString(next), { id: index }] : { id: `r${index}`, more: [{ id: 1 }] })),
    ]) {
      const text = JSON.stringify({ version: '1', items, after: items.slice(0, 3) });
      // The same text again is the same value (a deep comparison of a megabyte's values is slow in CI).
      expect(JSON.stringify((await parseJsonInSlices(encode(text), needs))?.document) === text).to.equal(true);
    }
  });

  it('reads a document that is one long array (a WordPress REST answer)', async () => {
    const items = (JSON.parse(longFeedText(4)) as { items: unknown[] }).items;
    const text = JSON.stringify(items);
    expect((await parseJsonInSlices(encode(text), needs))?.document).to.deep.equal(items);
  });

  it('keeps a top-level key named __proto__ an own property, as JSON.parse does', async () => {
    const text = longFeedText(5).replace('"items":', '"__proto__":');
    const document = (await parseJsonInSlices(encode(text), needs))?.document as Record<string, unknown>;
    expect(Object.getPrototypeOf(document)).to.equal(Object.prototype);
    expect(Object.keys(document)).to.deep.equal(Object.keys(JSON.parse(text) as object));
    expect(Object.getOwnPropertyDescriptor(document, '__proto__')?.value).to.deep.equal(
      Object.getOwnPropertyDescriptor(JSON.parse(text), '__proto__')?.value,
    );
  });

  it('gives up, for JSON.parse of the whole text to judge, when the JSON is not well-formed or its items cannot be told apart', async () => {
    const text = longFeedText(6);
    const broken = {
      'a trailing comma': text.replace(/\],"after":/, ',],"after":'),
      'two commas': text.replace('},{"id":"r1",', '},,{"id":"r1",'),
      'an unclosed string': text.replace('"id":"r0"', '"id":"r0'),
      'a bracket that does not match': text.replace(/\],"after":/, '},"after":'),
      'the items given twice (JSON.parse keeps the second)': text.replace(/,"after":/, ',"items":[1],"after":'),
      'text after the document': `${text} x`,
    };
    for (const [what, body] of Object.entries(broken)) {
      expect(body, what).to.not.equal(text);
      const bytes = encode(body);
      expect(await parseJsonInSlices(bytes, needs), what).to.equal(undefined);
      // The bytes are left as they came, for the whole text to be decoded and judged.
      expect(new TextDecoder().decode(bytes) === body, `${what}: the bytes as they came`).to.equal(true);
    }
  });

  it('stops when the reading is given up', async () => {
    const controller = new AbortController();
    const reading = parseJsonInSlices(encode(longFeedText(9)), needs, controller.signal);
    controller.abort();
    const error = await reading.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

const blob = (bytes: Uint8Array): Blob => new Blob([bytes as BlobPart]);

/**
 * A plain JSON Feed of over 1 MB (what the reader slices) with accents and curly quotes across its
 * slices' edges: light enough for a whole feed's reading to be compared in every engine.
 */
function plainLongFeedText(): string {
  const items = Array.from({ length: 9000 }, (_, index) => ({
    id: `r${index}`,
    title: `Résumé ${index + 1}`,
    date_published: '2024-05-01',
    content_text: 'Words of a “long” report, with accents: é, ü, ñ.',
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Long', items });
}

describe('readLongBody', function () {
  this.timeout(MEGABYTES_MS);
  const read = (text: string): ReturnType<typeof readLongBody> => readLongBody(blob(encode(text)), {}, needsNames, needsHtml);

  it('parses the items while the rest is read, and keeps the longest array as the items, whichever comes first', async () => {
    const items = (JSON.parse(longFeedText(12)) as { items: unknown[] }).items;
    const shorter = items.slice(0, Math.floor(items.length / 2));
    for (const document of [
      { version: '1', others: shorter, items },
      { version: '1', items, others: shorter },
    ]) {
      const text = JSON.stringify(document);
      const parsed = await read(text);
      expect(typeof parsed, 'parsed, not text').to.equal('object');
      expect((parsed as { document: unknown }).document).to.deep.equal(JSON.parse(text));
    }
  });

  it('gives the text as it came when the JSON is broken, after parsing some of its items', async () => {
    const text = longFeedText(13);
    for (const broken of [text.replace(/\],"after":/, ',],"after":'), text.replace(/\],"after":/, '},"after":'), `${text} x`]) {
      expect((await read(broken)) === broken).to.equal(true);
    }
  });
});

describe('parseFeed with a long body (a Blob)', function () {
  this.timeout(MEGABYTES_MS);
  it('comes to the feed parseFeed makes of the text: JSON, and JSON with a byte-order mark', async () => {
    const text = plainLongFeedText();
    expect(encode(text).byteLength).to.be.above(2 * SLICE_BYTES);
    expect(await parseFeed(blob(encode(text)), { warn })).to.deep.equal(await parseFeed(text, { warn }));
    const withMark = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)]);
    expect(await parseFeed(blob(withMark), { warn, contentType: 'application/feed+json' })).to.deep.equal(await parseFeed(text, { warn }));
  });

  it('decodes RSS in the encoding its XML declaration names', async () => {
    const item =
      '<item><title>Caf\u00e9 des lecteurs</title><link>https://example.org/</link><description>Lecture \u00e0 voix haute.</description></item>';
    const rss = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9</title>${item.repeat(2000)}<!-- ${'\u00e9'.repeat(SLICE_BYTES)} --></channel></rss>`;
    const latin1 = Uint8Array.from([...rss], (character) => character.charCodeAt(0));
    const feed = await parseFeed(blob(latin1), { warn, contentType: 'application/rss+xml' });
    expect(feed).to.deep.equal(await parseFeed(rss, { warn }));
    expect(feed.title).to.equal('Café');
    expect(feed.items[0]?.excerpt).to.equal('Lecture à voix haute.');
  });

  it('says what JSON.parse says of broken JSON', async () => {
    const broken = longFeedText(11).replace(/\],"after":/, ',],"after":');
    const failure = await parseFeed(blob(encode(broken)), { warn }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((failure as Error).message).to.match(/not valid JSON/);
  });
});

describe('fetchText and parseFeed with a long body', function () {
  this.timeout(MEGABYTES_MS);

  it('leave it undecoded, with or without a Content-Length, until parseFeed reads it a slice a task, to the feed the whole text gives', async () => {
    const text = plainLongFeedText();
    const expected = await parseFeed(text, { warn });
    for (const streamed of [false, true]) {
      const feed = await scenario({ body: text, contentType: 'application/feed+json', streamed });
      const fetched = await fetchText(feed.url, { timeoutMs: 20_000 });
      expect(fetched.text, `streamed: ${streamed}`).to.be.instanceOf(Blob);
      expect(await parseFeed(fetched.text, { warn }), `streamed: ${streamed}`).to.deep.equal(expected);
    }
  });

  it('stop reading a long body when the request is given up, with an AbortError', async () => {
    const feed = await scenario({ body: plainLongFeedText(), contentType: 'application/feed+json', streamed: true });
    const controller = new AbortController();
    const fetched = await fetchText(feed.url, { timeoutMs: 20_000, signal: controller.signal });
    const reading = parseFeed(fetched.text, { warn, signal: controller.signal });
    controller.abort();
    const error = await reading.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
