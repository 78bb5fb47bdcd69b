import { expect } from '@open-wc/testing';
import { LIMITS } from './model.js';
import { validateJsonFeed, type Problem } from './validate.js';
import { SAMPLE_FEED } from '../test-support/scenario.js';

const SCHEMA = '/schema/partnership-feed.schema.json';

function feedWith(items: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Topic', ...extra, items };
}

/** A resource with everything the validator asks for, so each test sees only its own problem. */
function good(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    url: `https://example.org/${id}`,
    title: `Title ${id}`,
    summary: 'A sentence.',
    date_published: '2022-05-31T00:00:00Z',
    tags: ['partnerships'],
    _resource: { type: 'Webinar' },
    ...extra,
  };
}

function problemsOf(items: unknown[], extra?: Record<string, unknown>): Problem[] {
  return validateJsonFeed(feedWith(items, extra));
}

function only(problems: Problem[]): Problem {
  expect(problems, JSON.stringify(problems, null, 1)).to.have.length(1);
  return problems[0]!;
}

describe('validateJsonFeed', () => {
  it('finds nothing wrong with the sample topic', async () => {
    const document = await (await fetch(SAMPLE_FEED)).json();
    // The sample's topic image is relative on purpose (it sits beside the feed).
    const problems = validateJsonFeed(document).filter((problem) => !/relative address/.test(problem.message));
    expect(problems).to.deep.equal([]);
  });

  it('refuses what is not a feed: not an object, no items list', () => {
    for (const document of [null, [], 'text', 42]) {
      const problem = only(validateJsonFeed(document));
      expect(problem).to.include({ level: 'error', where: 'feed' });
      expect(problem.fix).to.contain('"items"');
    }
    const noItems = validateJsonFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T' });
    expect(only(noItems).message).to.contain('no "items" list');
    expect(only(validateJsonFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: {} })).message).to.contain(
      '"items" is an object, not a list',
    );
  });

  it('warns about a missing or foreign version, and a missing title', () => {
    const problems = validateJsonFeed({ items: [] });
    expect(problems.map((problem) => problem.level)).to.deep.equal(['warning', 'warning']);
    expect(problems[0]!.fix).to.contain('"version": "https://jsonfeed.org/version/1.1"');
    expect(problems[1]!.message).to.contain('no "title"');
    expect(only(validateJsonFeed({ version: 'https://example.org/rss', title: 'T', items: [] })).message).to.contain(
      'not a JSON Feed version',
    );
    expect(validateJsonFeed({ version: 'https://jsonfeed.org/version/1', title: 'T', items: [] })).to.deep.equal([]);
  });

  it('names items by position and id', () => {
    const problems = problemsOf([good('a'), good('abc', { date_published: 'soon' }), good('', { date_published: 'soon' })]);
    expect(problems.map((problem) => problem.where)).to.deep.equal(['item 2 (id "abc")', 'item 3', 'item 3']);
  });

  it('errors on an item that is not an object, or has neither title nor text', () => {
    const problems = problemsOf([good('a'), 'just text', good('b', { title: ' ', summary: undefined })]);
    expect(problems[0]).to.include({ level: 'error', where: 'item 2' });
    expect(problems[0]!.message).to.contain('not an object');
    const skipped = problems.find((problem) => problem.where === 'item 3 (id "b")')!;
    expect(skipped.level).to.equal('error');
    expect(skipped.message).to.contain('skipped');
  });

  it('warns about an item without a title that has text', () => {
    const problem = only(problemsOf([good('a', { title: undefined, content_html: '<p>Hello</p>', summary: undefined })]));
    expect(problem.level).to.equal('warning');
    expect(problem.message).to.contain('first words of its text');
  });

  it('warns about title and summary that are not text', () => {
    const problems = problemsOf([good('a', { title: 42, summary: { text: 'x' } })]);
    expect(problems[0]!.message).to.equal('"title" is a number, not text, so it is ignored.');
    expect(problems[1]!.message).to.equal('"summary" is an object, not text, so it is ignored.');
    // With neither usable, the item is skipped too.
    expect(problems.some((problem) => problem.level === 'error')).to.equal(true);
  });

  it('errors on unsafe link schemes in any disguise, and warns about relative or odd ones', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      const problem = only(problemsOf([good('a', { url })]));
      expect(problem.level, url).to.equal('error');
      expect(problem.fix).to.contain('https://');
    }
    expect(only(problemsOf([good('a', { url: '../page.html' })])).message).to.contain('relative address');
    const bare = only(problemsOf([good('a', { url: 'www.library.org/page' })]));
    expect(bare.fix).to.equal('Write it as "https://www.library.org/page".');
    expect(only(problemsOf([good('a', { url: 7 })])).message).to.contain('not an address in quotes');
    expect(only(problemsOf([good('a', { url: undefined })])).message).to.contain('no "url"');
    expect(problemsOf([good('a', { url: undefined, external_url: 'https://example.org/x' })])).to.deep.equal([]);
  });

  it('warns about unreadable and missing dates', () => {
    expect(only(problemsOf([good('a', { date_published: 'May 31, 2022' })])).message).to.contain(
      '"date_published" ("May 31, 2022") is not a date',
    );
    expect(only(problemsOf([good('a', { date_published: '2022-02-30' })])).level).to.equal('warning');
    expect(only(problemsOf([good('a', { date_published: undefined })])).message).to.contain('no date');
    expect(problemsOf([good('a', { date_published: undefined, date_modified: '2022-05-31' })])).to.deep.equal([]);
  });

  it('warns about a missing type, and tags that are not a list of text', () => {
    expect(only(problemsOf([good('a', { _resource: undefined })])).message).to.contain('no type');
    expect(only(problemsOf([good('a', { _resource: { type: 3 } })])).message).to.contain('"_resource.type" is a number');
    expect(only(problemsOf([good('a', { tags: 'a, b' })])).message).to.contain('"tags" is text, not a list');
    expect(only(problemsOf([good('a', { tags: ['ok', 1, null] })])).message).to.equal(
      'Tags 2, 3 in "tags" are not text, so they are ignored.',
    );
  });

  it('errors on duplicate ids, naming the first item with it', () => {
    const problem = only(problemsOf([good('a'), good('b'), good('a')]));
    expect(problem).to.include({ level: 'error', where: 'item 3 (id "a")' });
    expect(problem.message).to.contain('Item 1 has the same id');
    expect(only(problemsOf([good('1'), good('x', { id: 1 })])).message).to.contain('Item 1 has the same id');
  });

  it('warns about a missing id', () => {
    expect(only(problemsOf([good('a', { id: undefined })])).message).to.contain('no "id"');
  });

  it('warns about an image without alt text', () => {
    const problem = only(problemsOf([good('a', { image: 'https://example.org/a.png' })]));
    expect(problem.message).to.contain('no alt text');
    expect(problem.fix).to.contain('"image_alt"');
    expect(problemsOf([good('a', { image: 'https://example.org/a.png', _resource: { type: 'News', image_alt: 'A map' } })])).to.deep.equal(
      [],
    );
    expect(only(problemsOf([good('a', { image: 'javascript:x' })])).level).to.equal('error');
  });

  it('warns about titles and excerpts past the caps, and feeds past the item limit', () => {
    const problems = problemsOf([
      good('a', { title: 'x'.repeat(LIMITS.maxTitleLength + 1), summary: 'y'.repeat(LIMITS.maxExcerptLength + 1) }),
    ]);
    expect(problems.map((problem) => problem.message)).to.deep.equal([
      'The title is 501 characters long; cards show only the first 500.',
      'The text in "summary" is 5,001 characters long; the widget keeps only the first 5,000.',
    ]);
    const many = Array.from({ length: LIMITS.maxItems + 1 }, (_, index) => good(`i${index}`));
    expect(only(problemsOf(many)).message).to.equal('The feed has 10,001 items; only the first 10,000 are shown.');
  });

  it('checks the topic extension', () => {
    const problems = validateJsonFeed(
      feedWith([good('a')], {
        _topic: { image: { url: 'javascript:alert(1)' }, related: [{ url: 'https://example.org' }, { title: 'R', url: 'data:x' }] },
      }),
    );
    expect(problems.map((problem) => [problem.level, problem.where])).to.deep.equal([
      ['error', 'feed'],
      ['warning', 'feed'],
      ['error', 'feed'],
    ]);
    expect(problems[0]!.message).to.match(/^In "_topic.image", "url" is a "javascript:" address/);
    expect(problems[1]!.message).to.equal('Related topic 1 has no "title", so it is not shown.');
    expect(only(validateJsonFeed(feedWith([good('a')], { _topic: { image: { url: 'https://example.org/i.png' } } }))).message).to.contain(
      'topic image has no alt text',
    );
  });

  it('gives every problem a message and a fix in full sentences', () => {
    const problems = validateJsonFeed({
      version: 1,
      title: ['x'],
      next_url: 'ftp://x',
      language: 'not a language',
      _topic: 'x',
      items: [null, {}, { id: {}, title: 1, url: 'mailto:a@b', image: 'x.png', tags: {}, date_modified: 3, _resource: [] }],
    });
    expect(problems.length).to.be.greaterThan(10);
    for (const problem of problems) {
      expect(problem.message, problem.message).to.match(/^[A-Z"].*\.$/s);
      expect(problem.fix, problem.fix).to.match(/^[A-Z].*[.)]$/s);
    }
  });
});

/** The few JSON Schema keywords the schema uses, enough to check documents against it here. */
type Schema = Record<string, unknown>;
function schemaErrors(root: Schema, schema: Schema, value: unknown, path: string, errors: string[]): void {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace('#/', '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key], root) as Schema;
    expect(target, schema.$ref).to.be.an('object');
    schemaErrors(root, target, value, path, errors);
  }
  const type = schema.type as string | undefined;
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type && type !== typeOf) errors.push(`${path}: expected ${type}, got ${typeOf}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    const not = schema.not as Schema | undefined;
    if (typeof not?.pattern === 'string' && new RegExp(not.pattern, 'u').test(value))
      errors.push(`${path}: matches the forbidden ${not.pattern}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: too long`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: too short`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((entry, index) => schemaErrors(root, schema.items as Schema, entry, `${path}[${index}]`, errors));
  if (typeOf === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) errors.push(`${path}: missing ${key}`);
    const anyOf = schema.anyOf as Schema[] | undefined;
    if (anyOf && !anyOf.some((option) => ((option.required as string[]) ?? []).every((key) => key in record)))
      errors.push(`${path}: none of anyOf`);
    const properties = schema.properties as Record<string, Schema> | undefined;
    if (properties) {
      for (const [key, entry] of Object.entries(record)) {
        if (key in properties) schemaErrors(root, properties[key]!, entry, `${path}.${key}`, errors);
        else errors.push(`${path}.${key}: not described by the schema`);
      }
    }
  }
}

describe('schema/partnership-feed.schema.json', () => {
  let schema: Schema;
  before(async () => {
    schema = (await (await fetch(SCHEMA)).json()) as Schema;
  });

  it('is a draft 2020-12 schema of JSON Feed 1.1 with the two extensions', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['version', 'title', 'items']);
    const defs = schema.$defs as Record<string, Schema>;
    expect(Object.keys(defs.topic!.properties as Schema)).to.deep.equal(['image', 'related']);
    expect(Object.keys(defs.resource!.properties as Schema)).to.deep.equal(['type', 'audience', 'image_alt']);
  });

  it('describes every field of the sample topic, which it accepts', async () => {
    const sample = await (await fetch(SAMPLE_FEED)).json();
    const errors: string[] = [];
    schemaErrors(schema, schema, sample, 'feed', errors);
    expect(errors).to.deep.equal([]);
  });

  it('refuses unsafe URLs, unreadable dates and items with nothing to show', () => {
    const errors: string[] = [];
    schemaErrors(
      schema,
      schema,
      feedWith([
        { id: 'a', title: 'A', url: 'javascript:alert(1)', image: ' data:image/png,x', date_published: 'May 31' },
        { id: 'b', url: 'https://example.org/b' },
        { id: 'c', title: 'C', url: '../relative.html', external_url: 'HTTPS://EXAMPLE.ORG', date_published: '2022-05-31' },
      ]),
      'feed',
      errors,
    );
    expect(errors.map((error) => error.split(':')[0])).to.deep.equal([
      'feed.items[0].url',
      'feed.items[0].image',
      'feed.items[0].date_published',
      'feed.items[1]',
    ]);
  });
});
