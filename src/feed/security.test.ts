/**
 * docs/spec.md's bad-input rules, checked across every format: property tests over arbitrary input and
 * a table of known XSS vectors.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from './errors.js';
import { LIMITS, type Feed } from './model.js';
import { normalizeFeedDocument, parseFeed, type FeedFormat } from './parse.js';
import { UNSAFE_URLS, hostileDocuments } from '../test-support/hostile.js';

const BASE = 'https://library.example.org/feeds/topic.json';
const JSON_FORMATS: FeedFormat[] = ['auto', 'jsonfeed', 'wordpress', 'drupal'];
const quiet = { baseUrl: BASE, warn: () => undefined };

function urlsOf(feed: Feed): string[] {
  const urls = [feed.homePageUrl, feed.nextUrl, feed.image?.url, feed.image?.licenseUrl, ...feed.related.map((topic) => topic.url)];
  for (const item of feed.items) urls.push(item.url, item.image?.url);
  return urls.filter((url): url is string => url !== undefined);
}

function textsOf(feed: Feed): string[] {
  const texts = [feed.title, feed.description, feed.image?.alt, feed.image?.credit, feed.image?.license];
  for (const topic of feed.related) texts.push(topic.title, topic.summary);
  for (const item of feed.items) texts.push(item.id, item.title, item.excerpt, item.type, item.image?.alt, ...item.tags);
  return texts.filter((text): text is string => text !== undefined);
}

function checkInvariants(feed: Feed): void {
  for (const url of urlsOf(feed)) expect(url, url).to.match(/^https?:\/\//);
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  for (const item of feed.items) {
    expect(item.title.length).to.be.within(1, LIMITS.maxTitleLength);
    expect(item.excerpt.length).to.be.at.most(LIMITS.maxExcerptLength);
    expect(Array.isArray(item.tags)).to.equal(true);
  }
  for (const text of textsOf(feed)) expect(typeof text).to.equal('string');
}

/** Normalizes, accepting only the one way a document may fail: a FeedError of kind `invalid`. */
async function normalizeOrInvalid(document: unknown, format: FeedFormat): Promise<Feed | undefined> {
  try {
    return await normalizeFeedDocument(document, { ...quiet, format });
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('invalid');
    return undefined;
  }
}

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'https://ok.example/a',
    '/relative/path',
    '2022-05-31T00:00:00Z',
    'x'.repeat(6000),
  ),
);
const fieldValue = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }));
const jsonFeedLike = fc.record({
  version: fc.constant('https://jsonfeed.org/version/1.1'),
  title: fieldValue,
  home_page_url: fieldValue,
  next_url: fieldValue,
  _topic: fc.record({
    image: fc.record({ url: fieldValue, alt: fieldValue, license_url: fieldValue }),
    related: fc.array(fc.record({ title: fieldValue, url: fieldValue })),
  }),
  items: fc.array(
    fc.record(
      {
        id: fieldValue,
        url: fieldValue,
        external_url: fieldValue,
        title: fieldValue,
        summary: fieldValue,
        content_html: fieldValue,
        date_published: fieldValue,
        image: fieldValue,
        tags: fc.oneof(fc.array(fieldValue), fieldValue),
        _resource: fc.record({ type: fieldValue, image_alt: fieldValue }),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 8 },
  ),
});

describe('normalizers under arbitrary input (fast-check)', () => {
  it('never throw anything but an `invalid` FeedError, for any JSON value, in any format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...JSON_FORMATS), async (document, format) => {
        const feed = await normalizeOrInvalid(document, format);
        if (feed) checkInvariants(feed);
      }),
      { numRuns: 300 },
    );
  });

  it('keep every URL http(s), ids unique and strings capped, for feed-shaped hostile documents', async () => {
    await fc.assert(
      fc.asyncProperty(jsonFeedLike, async (document) => {
        const feed = await normalizeOrInvalid(document, 'jsonfeed');
        expect(feed).not.to.equal(undefined);
        checkInvariants(feed!);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on arbitrary text, whatever the format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            '<rss><channel><item><title>x</title></item></channel></rss>',
            '<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>',
            '<html><body>x</body></html>',
          ),
        ),
        fc.constantFrom<FeedFormat>('auto', 'rss'),
        async (text, format) => {
          try {
            checkInvariants(await parseFeed(text, { ...quiet, format }));
          } catch (error) {
            expect(error).to.be.instanceOf(FeedError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('known XSS vectors, in every format', () => {
  for (const url of UNSAFE_URLS) {
    for (const [name, text, format] of hostileDocuments(url)) {
      it(`${name}: ${JSON.stringify(url)} becomes no link or image, markup stays text, good items stay`, async () => {
        // XML 1.0 cannot carry C0 control characters at all: such a document is refused whole.
        // eslint-disable-next-line no-control-regex
        if (format === 'rss' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(url)) {
          const refused = await parseFeed(text, { ...quiet, format }).then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(refused).to.be.instanceOf(FeedError).with.property('kind', 'invalid');
          return;
        }
        for (const requested of [format, 'auto'] as FeedFormat[]) {
          const feed = await parseFeed(text, { ...quiet, format: requested });
          checkInvariants(feed);
          expect(feed.items.map((item) => item.title)).to.include('Good item');
          expect(feed.items.some((item) => item.title === 'polluted')).to.equal(false);
          expect(Object.prototype).not.to.have.property('title');
        }
      });
    }
  }
});
