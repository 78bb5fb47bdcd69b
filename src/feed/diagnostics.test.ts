import { expect } from '@open-wc/testing';
import { feedFromRows } from './csv.js';
import { CHECK_CODES, NORMALIZER_CODES, NORMALIZER_DIAGNOSTICS, type NormalizerCode } from './diagnostics.js';
import { FeedError } from './errors.js';
import { LIMITS, type WarningSink } from './model.js';
import { parseFeed } from './parse.js';
import { problemSink, validateJsonFeed, type Problem } from './validate.js';

interface Warning {
  message: string;
  code: NormalizerCode;
  where: string | undefined;
}

function recorder(): { warnings: Warning[]; warn: WarningSink } {
  const warnings: Warning[] = [];
  return { warnings, warn: (message, code, where) => warnings.push({ message, code: NORMALIZER_CODES[code], where }) };
}

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

describe('diagnostics', () => {
  it('has one kebab-case name per code, and a fix for each the normalizer reports', () => {
    const names = [...Object.values(NORMALIZER_CODES), ...CHECK_CODES];
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(KEBAB);
    expect(Object.keys(NORMALIZER_DIAGNOSTICS).sort()).to.deep.equal([...Object.values(NORMALIZER_CODES)].sort());
    for (const { fix } of Object.values(NORMALIZER_DIAGNOSTICS)) expect(fix).to.match(/^[A-Z].*\.$/);
  });

  it('gives a skipped item its code and place beside the message, for every format', async () => {
    const json = recorder();
    await parseFeed(JSON.stringify({ items: [{ id: 'a', title: 'A' }, 'text', { id: 'b' }] }), { warn: json.warn });
    expect(json.warnings).to.deep.equal([
      { message: 'partnership-feed: skipped item 2: it is not an object.', code: 'item-not-object', where: 'item 2' },
      {
        message: 'partnership-feed: skipped item 3 (id "b"): it has neither a title nor any text.',
        code: 'item-without-title-or-text',
        where: 'item 3 (id "b")',
      },
    ]);

    const rss = recorder();
    await parseFeed('<rss version="2.0"><channel><item><guid>g</guid></item></channel></rss>', { format: 'rss', warn: rss.warn });
    expect(rss.warnings.map(({ code, where }) => [code, where])).to.deep.equal([['item-without-title-or-text', 'item 1 (id "g")']]);

    const wordpress = recorder();
    await parseFeed(JSON.stringify([{ id: 7, title: { rendered: 'Post' }, link: 'https://example.org/p' }]), { warn: wordpress.warn });
    expect(wordpress.warnings.map(({ code, where }) => [code, where])).to.deep.equal([['wordpress-without-embed', undefined]]);
  });

  it('names the limit on items', async () => {
    const { warnings, warn } = recorder();
    const items = Array.from({ length: LIMITS.maxItems + 1 }, (_, index) => ({ id: `i${index}`, title: 'T' }));
    await parseFeed(JSON.stringify({ items }), { warn });
    expect(warnings.map(({ code, where }) => [code, where])).to.deep.equal([['too-many-items', undefined]]);
  });

  it('names a spreadsheet row in the problems of its cells', () => {
    const { warnings, warn } = recorder();
    feedFromRows([{ title: 'A', url: 'ftp://x', date: 'soon', image: 'x', colour: 'red' }], { warn });
    expect(warnings.map(({ code, where }) => [code, where])).to.deep.equal([
      ['csv-unused-columns', undefined],
      ['csv-unusable-link', 'row 2'],
      ['csv-unreadable-date', 'row 2'],
      ['csv-unusable-image', 'row 2'],
    ]);
  });

  it('prints the message alone in the console when no sink is given', async () => {
    const calls: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      await parseFeed(JSON.stringify({ items: [{ id: 'b' }] }));
    } finally {
      console.warn = original;
    }
    expect(calls).to.deep.equal([['partnership-feed: skipped item 1 (id "b"): it has neither a title nor any text.']]);
  });

  it('turns the warnings into problems by their code, with the fix the table gives', async () => {
    const problems: Problem[] = [];
    await parseFeed(JSON.stringify([{ id: 7, title: { rendered: '' }, link: 'https://example.org/p' }, 3]), {
      warn: problemSink(problems),
    });
    expect(problems).to.deep.equal([
      {
        code: 'item-without-title-or-text',
        level: 'error',
        where: 'item 1 (id "7")',
        message: 'The item is skipped: it has neither a title nor any text.',
        fix: NORMALIZER_DIAGNOSTICS['item-without-title-or-text'].fix,
      },
      {
        code: 'item-not-object',
        level: 'error',
        where: 'item 2',
        message: 'The item is skipped: it is not an object.',
        fix: NORMALIZER_DIAGNOSTICS['item-not-object'].fix,
      },
      {
        code: 'wordpress-without-embed',
        level: 'warning',
        where: 'feed',
        message:
          'The WordPress posts come without types, tags or pictures: add _embed to the address (…/wp-json/wp/v2/posts?_embed) to show them.',
        fix: NORMALIZER_DIAGNOSTICS['wordpress-without-embed'].fix,
      },
    ]);
  });

  it('validates a JSON Feed with the codes of the normalizer and of its own checks', () => {
    const problems = validateJsonFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        'text',
        { id: 'a', url: 'https://example.org/a', date_published: '2024-01-02', _resource: { type: 'News' } },
        { id: 'a', title: 'A', url: 'javascript:x', date_published: '2024-01-02', _resource: { type: 'News' } },
      ],
    });
    expect(problems.map(({ code, where }) => [code, where])).to.deep.equal([
      ['item-not-object', 'item 1'],
      ['item-without-title-or-text', 'item 2 (id "a")'],
      ['duplicate-id', 'item 3 (id "a")'],
      ['address-unsafe-scheme', 'item 3 (id "a")'],
    ]);
  });

  it('tells an HTML page from other failures by its code', async () => {
    const failure = (text: string) =>
      parseFeed(text).then(
        () => expect.fail('read'),
        (error: FeedError) => error,
      );
    expect((await failure('<!doctype html><html><body></body></html>')).code).to.equal('html-page');
    expect((await failure('<html><head><title>x</title></head></html>')).code).to.equal('html-page');
    expect((await failure('{"items": ')).code).to.equal(undefined);
  });
});
