import { expect } from '@open-wc/testing';
import { normalizeJsonFeed } from './jsonfeed.js';
import { parseFeed } from './parse.js';

async function failureOf(reading: Promise<unknown>): Promise<unknown> {
  return reading.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** A JSON Feed of `count` items, each titled by its position, with the oddities a long feed meets. */
function longFeed(count: number, odd: Record<number, unknown> = {}): { version: string; title: string; items: unknown[] } {
  const items = Array.from({ length: count }, (_, index) =>
    index in odd ? odd[index] : { id: `r${index}`, title: `Resource ${index + 1}`, date_published: '2024-05-01', tags: ['a'] },
  );
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Long', items };
}

// Each oddity sits where a slice of 1,000 items begins or ends, or past the item limit.
const ODD: Record<number, unknown> = {
  5: { id: 'same', title: 'First of two with one id' },
  999: { id: 'edge', title: 'Last of the first slice' },
  1000: { id: 'edge', title: 'First of the second slice, same id' },
  1001: { id: 'empty' },
  2200: { id: 'markup', title: 'Markup', content_html: '<p title="a>b">Caf&eacute; &amp; <script>x()</script>tea</p>' },
  2999: 'not an object',
  3000: { title: 'No id', url: 'https://example.org/no-id' },
  9999: { id: 'same', title: 'Last within the limit, a repeated id' },
  10500: { id: 'past', title: 'Past the limit' },
};

describe('parseFeed: a long JSON Feed, read in slices', () => {
  it('gives what one reading in one go gives: every item, in order, ids unique, each problem named once by its place', async () => {
    // First in this file, so the slice holding markup is the one that loads the tokenizer and the name table.
    const document = longFeed(12_000, ODD);
    const warnings: string[] = [];
    const feed = await parseFeed(JSON.stringify(document), { warn: (message) => warnings.push(message) });
    const inOneGo: string[] = [];
    const expected = normalizeJsonFeed(JSON.parse(JSON.stringify(document)), { warn: (message) => inOneGo.push(message) });

    expect(feed).to.deep.equal(expected);
    expect(warnings).to.deep.equal(inOneGo);
    expect(feed.items).to.have.length(9_998);
    expect(new Set(feed.items.map((item) => item.id)).size).to.equal(9_998);
    expect(feed.items.slice(999, 1002).map((item) => item.id)).to.deep.equal(['edge', 'edge#2', 'r1002']);
    expect(feed.items.find((item) => item.id === 'markup')?.excerpt).to.equal('Café & tea');
    expect(feed.items.find((item) => item.title === 'No id')?.id).to.equal('https://example.org/no-id');
    expect(feed.items.at(-1)?.id).to.equal('same#2');
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.match(/skipped item 1002 \(id "empty"\): it has neither a title nor any text/);
    expect(warnings[1]).to.match(/skipped item 3000: it is not an object/);
    expect(warnings[2]).to.match(/the feed has 12000 items; only the first 10000 are shown/);
  });

  it('gives deferred resources the same fields as plain ones', async () => {
    const text = JSON.stringify(longFeed(2_500, ODD));
    const plain = await parseFeed(text, { warn: () => undefined });
    const deferred = await parseFeed(text, { warn: () => undefined, deferred: true });
    expect(JSON.parse(JSON.stringify(deferred))).to.deep.equal(JSON.parse(JSON.stringify(plain)));
  });

  it('stops between slices once its signal is aborted: no later slice is read', async () => {
    const controller = new AbortController();
    const warnings: string[] = [];
    // Item 1,501's warning comes while the second slice is read; item 2,501's would come in the third.
    const document = longFeed(3_000, { 1500: { id: 'first-empty' }, 2500: { id: 'second-empty' } });
    const reading = parseFeed(JSON.stringify(document), {
      signal: controller.signal,
      warn: (message) => {
        warnings.push(message);
        controller.abort();
      },
    });
    expect(await failureOf(reading)).to.have.property('name', 'AbortError');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"first-empty"');
  });

  it('stops before reading the first slice when aborted at once (the widget moved on to another feed)', async () => {
    const controller = new AbortController();
    const reading = parseFeed(JSON.stringify(longFeed(3_000)), { signal: controller.signal });
    controller.abort();
    const failure = await failureOf(reading);
    expect(failure).to.be.instanceOf(DOMException);
    expect(failure).to.have.property('name', 'AbortError');
  });

  it('reads a body of more than 1 MB a slice a task, though it has few items: an abort at once stops it', async () => {
    const document = longFeed(400);
    for (const item of document.items as Array<Record<string, unknown>>) item.content_text = 'Words of a long report. '.repeat(120);
    const body = new Blob([JSON.stringify(document)]);
    expect(body.size).to.be.above(1 << 20);
    const controller = new AbortController();
    const reading = parseFeed(body, { signal: controller.signal });
    controller.abort();
    expect(await failureOf(reading)).to.have.property('name', 'AbortError');
    expect((await parseFeed(body)).items).to.have.length(400);
  });

  it('reads a feed of up to 500 items without a break: an abort once it has started changes nothing', async () => {
    const controller = new AbortController();
    const reading = parseFeed(JSON.stringify(longFeed(500)), { signal: controller.signal });
    controller.abort();
    expect((await reading).items).to.have.length(500);
  });

  it('breaks before reading a feed of 501 to 1,000 items, one slice: an abort at once stops it', async () => {
    const controller = new AbortController();
    const reading = parseFeed(JSON.stringify(longFeed(501)), { signal: controller.signal });
    controller.abort();
    expect(await failureOf(reading)).to.have.property('name', 'AbortError');
  });
});
