// Black-box tests of the built command-line tool (`dist/cli.js`, from `vite build --mode cli`):
// each test runs `node dist/cli.js …` and checks its exit status and output.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root, run, serveRoutes } from './support.mjs';

const fixture = (name) => join(root, 'test/fixtures', name);

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'partnership-feed-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('partnership-feed --help and usage errors', () => {
  it('prints the usage and exits 0 with --help', async () => {
    const { code, stdout } = await run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /partnership-feed validate <file-or-url>/);
    assert.match(stdout, /partnership-feed convert <file-or-url>/);
    assert.match(stdout, /--format <format> +auto \(default\), jsonfeed, wordpress, drupal, rss/);
  });

  it('exits 2 with the usage when no command is given', async () => {
    const { code, stdout, stderr } = await run();
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /no command given/);
    assert.match(stderr, /Usage:/);
  });

  for (const [args, message] of [
    [['publish', 'x.json'], /unknown command "publish"/],
    [['validate'], /validate needs a file or URL/],
    [['validate', 'x.json', '--format', 'xml'], /unknown format "xml"/],
    [['validate', 'x.json', '--nope'], /Unknown option '--nope'/],
    [['convert', 'x.json', '--base-url', 'example.org'], /--base-url must be a full http\(s\) address/],
  ]) {
    it(`exits 2 on: ${args.join(' ')}`, async () => {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.match(stderr, /--help/);
    });
  }

  it('exits 2 when the file cannot be read', async () => {
    const { code, stderr } = await run('validate', join(dir, 'missing.json'));
    assert.equal(code, 2);
    assert.match(stderr, /no such file: .*missing\.json/);
  });
});

describe('partnership-feed validate', () => {
  it('passes the sample topic, with one warning about its relative image', async () => {
    const { code, stdout } = await run('validate', fixture('partnerships.json'));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning feed: In "_topic.image", "url" \("partnerships-header.svg"\) is a relative address/m);
    assert.match(stdout, /partnerships\.json: 0 errors, 1 warning\. 10 of 10 items become cards\.\n$/);
  });

  it('prints each problem of a broken JSON Feed with the item and a fix, and exits 1', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(
      broken,
      JSON.stringify({
        title: 'Broken topic',
        items: [
          {
            id: 'ok',
            url: 'https://example.org/ok',
            title: 'Fine',
            summary: 'S',
            date_published: '2024-01-02',
            _resource: { type: 'News' },
          },
          { id: 'empty', url: 'https://example.org/empty', date_published: '2024-01-02', _resource: { type: 'News' } },
          { id: 'ok', url: 'javascript:alert(document.cookie)', title: 'Twin', date_published: 'May 5th', _resource: { type: 'News' } },
          'not an item',
        ],
      }),
    );
    const { code, stdout } = await run('validate', broken);
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      /^warning feed: The feed does not say which format it is \(no "version"\)\.\n {8}Fix: Add "version": "https:\/\/jsonfeed\.org\/version\/1\.1"/m,
    );
    assert.match(stdout, /^error {3}item 2 \(id "empty"\): The item has neither a title nor any text .* so it is skipped/m);
    assert.match(stdout, /^error {3}item 3 \(id "ok"\): Item 1 has the same id\./m);
    assert.match(stdout, /^error {3}item 3 \(id "ok"\): "url" is a "javascript:" address/m);
    assert.match(stdout, /^warning item 3 \(id "ok"\): "date_published" \("May 5th"\) is not a date/m);
    assert.match(stdout, /^error {3}item 4: The item is text, not an object, so it is skipped\./m);
    assert.match(stdout, /broken\.json: 4 errors, 2 warnings\. 2 of 4 items become cards\.\n$/);
    for (const line of stdout.split('\n').filter((text) => /^(error|warning)/.test(text))) {
      assert.ok(stdout.includes(`${line}\n        Fix: `), `no fix after: ${line}`);
    }
  });

  it('says where a JSON syntax error is', async () => {
    const file = join(dir, 'comma.json');
    await writeFile(file, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [ { "id": "a", } ]\n}\n');
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    assert.match(stdout, /^error {3}feed: The file is not valid JSON at line 3, column \d+/m);
  });

  it('fails a JSON document that is no feed, and an HTML page', async () => {
    const json = join(dir, 'other.json');
    await writeFile(json, '{"hello": "world"}');
    const page = join(dir, 'page.html');
    await writeFile(page, '<!doctype html><html><head><title>Library</title></head><body></body></html>');
    for (const file of [json, page]) {
      const { code, stdout } = await run('validate', file);
      assert.equal(code, 1, stdout);
      assert.match(stdout, /^error {3}feed: The feed cannot be read: /m);
    }
  });

  it('refuses what the widget refuses: a feed over 10 MB', async () => {
    const big = join(dir, 'big.json');
    const item = {
      id: 'x',
      title: 'T',
      summary: 'y'.repeat(4000),
      date_published: '2024-01-02',
      url: 'https://example.org/',
      _resource: { type: 'News' },
    };
    const items = Array.from({ length: 2700 }, (_, index) => ({ ...item, id: `i${index}` }));
    await writeFile(big, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items }));
    const { code, stdout } = await run('validate', big);
    assert.equal(code, 1);
    assert.match(stdout, /^error {3}feed: The feed is 10\.\d MB; the widget refuses feeds over 10 MB\./m);
  });

  it('reads a spreadsheet and names its rows', async () => {
    const { code, stdout } = await run('validate', fixture('resources.csv'));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning row 8: The link "javascript:alert\(1\)" is not a full web address/m);
    assert.match(stdout, /^warning row 8: The date "sometime in 2022" cannot be read/m);
    assert.match(stdout, /resources\.csv: 0 errors, 3 warnings\. 8 of 8 items become cards\.\n$/);
  });

  for (const name of ['wordpress-posts.json', 'drupal-jsonapi.json', 'partnerships.rss.xml', 'partnerships.atom.xml']) {
    it(`reads ${name} with the adapters`, async () => {
      const { code, stdout } = await run('validate', fixture(name));
      assert.equal(code, 0, stdout);
      assert.match(stdout, /: (no problems found|0 errors, \d+ warnings?)\. \d+ items become cards\.\n$/);
      assert.doesNotMatch(stdout, /: no problems found\. 0 items/);
    });
  }

  it('reads an old ISO-8859-1 RSS file in its declared encoding, and counts one card in the singular', async () => {
    const file = join(dir, 'latin1.rss');
    const rss =
      '\n<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="0.91"><channel><title>Caf\u00e9</title>' +
      '<item><title>Une soir\u00e9e</title><link>https://example.org/a</link></item></channel></rss>';
    await writeFile(file, Buffer.from(rss, 'latin1'));
    const validated = await run('validate', file);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /latin1\.rss: no problems found\. 1 item becomes a card\.\n$/);
    const converted = await run('convert', file);
    assert.equal(JSON.parse(converted.stdout).items[0].title, 'Une soir\u00e9e');
  });

  it('fails an XML file that is not well-formed', async () => {
    const file = join(dir, 'cut.xml');
    await writeFile(file, '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</title><item><title>A');
    const { code, stdout } = await run('validate', file, '--format', 'rss');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /not well-formed XML/);
  });
});

describe('partnership-feed convert', () => {
  it('turns the spreadsheet into a JSON Feed, warning about the cells it could not use', async () => {
    const { code, stdout, stderr } = await run(
      'convert',
      fixture('resources.csv'),
      '--title',
      'Partnership resources',
      '--base-url',
      'https://library.example.org/feeds/partnerships.json',
    );
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Partnership resources');
    assert.equal(feed.items.length, 8);
    assert.deepEqual(feed.items[0], {
      id: 'partnership-toolkit',
      url: 'https://library.example.org/resources/partnership-toolkit',
      title: 'Community Partnership Toolkit',
      summary: 'Templates, checklists and a sample memorandum of understanding for working with local agencies.',
      date_published: '2024-03-15T00:00:00Z',
      image: 'https://library.example.org/img/toolkit-cover.png',
      tags: ['partnerships', 'planning'],
      _resource: { type: 'Toolkit', image_alt: 'Cover of the Community Partnership Toolkit' },
    });
    // The quoted cell with a comma and a line break is one summary; the US date is read.
    assert.equal(
      feed.items[1].summary,
      'Three library directors describe how they started working with their regional workforce boards, and what they would do differently.',
    );
    assert.equal(feed.items[1].date_published, '2024-02-07T00:00:00Z');
    assert.deepEqual(feed.items[1].tags, ['workforce', 'job seekers']);
    assert.equal(feed.items[3].title, 'Libraries & Health Departments: A Partnership Guide');
    // The relative link resolves against --base-url; the javascript: one is dropped.
    assert.equal(feed.items[4].url, 'https://library.example.org/resources/digital-equity-kit');
    assert.equal(feed.items[6].title, 'Partnership Evaluation Worksheet');
    assert.equal(feed.items[6].url, undefined);
    assert.equal(feed.items[6].date_published, undefined);
    assert.doesNotMatch(stdout, /javascript:/);
    assert.match(stderr, /^warning: row 8: the link "javascript:alert\(1\)"/m);
    assert.match(stderr, /^warning: row 8: the date "sometime in 2022" cannot be read/m);
  });

  it('writes to -o a feed that validate then passes', async () => {
    const out = join(dir, 'resources.json');
    const converted = await run(
      'convert',
      fixture('resources.csv'),
      '--title',
      'Resources',
      '--base-url',
      'https://library.example.org/feeds/r.json',
      '-o',
      out,
    );
    assert.equal(converted.code, 0, converted.stderr);
    assert.equal(converted.stdout, '');
    assert.match(converted.stderr, /Wrote 8 items to .*resources\.json\./);
    const validated = await run('validate', out);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /0 errors, \d+ warnings\. 8 of 8 items become cards\./);
  });

  it('reads a spreadsheet without the .csv extension with --format csv', async () => {
    const file = join(dir, 'list.txt');
    await writeFile(
      file,
      '\uFEFFName,Link,Category,Published,Keywords\n"Story time, in Spanish",https://example.org/st,Event,4/1/2024,"youth; spanish"\n',
    );
    const { code, stdout } = await run('convert', file, '--format', 'csv');
    assert.equal(code, 0);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed.items, [
      {
        id: 'https://example.org/st',
        url: 'https://example.org/st',
        title: 'Story time, in Spanish',
        date_published: '2024-04-01T00:00:00Z',
        tags: ['youth', 'spanish'],
        _resource: { type: 'Event' },
      },
    ]);
  });

  it('exits 1 on a spreadsheet the CSV parser cannot read', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'title,url\n"unterminated,https://example.org\n');
    const { code, stderr } = await run('convert', file);
    assert.equal(code, 1);
    assert.match(stderr, /cannot be read as CSV: .*line 2/);
    const validated = await run('validate', file);
    assert.equal(validated.code, 1);
    assert.match(validated.stdout, /^error {3}feed: The spreadsheet cannot be read as CSV/m);
  });

  it('converts the sample topic, resolving its relative image against --base-url, and converting again changes nothing', async () => {
    const first = await run('convert', fixture('partnerships.json'), '--base-url', 'https://library.example.org/feeds/partnerships.json');
    assert.equal(first.code, 0, first.stderr);
    const feed = JSON.parse(first.stdout);
    assert.equal(feed.items.length, 10);
    assert.equal(feed._topic.image.url, 'https://library.example.org/feeds/partnerships-header.svg');
    assert.equal(feed.user_comment, undefined);
    const file = join(dir, 'once.json');
    await writeFile(file, first.stdout);
    const second = await run('convert', file);
    assert.equal(second.code, 0);
    assert.equal(second.stdout, first.stdout);
  });

  it('says when relative addresses are left out for want of --base-url', async () => {
    const { code, stdout, stderr } = await run('convert', fixture('partnerships.json'));
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout)._topic.image, undefined);
    assert.match(stderr, /1 relative address left out; pass --base-url/);
  });

  it('exits 1 when the input is not a feed', async () => {
    const file = join(dir, 'not-a-feed.json');
    await writeFile(file, '[1, 2, 3]');
    const { code, stdout, stderr } = await run('convert', file);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot be converted: /);
  });

  for (const name of ['wordpress-posts.json', 'drupal-jsonapi.json', 'partnerships.rss.xml', 'partnerships.atom.xml']) {
    it(`converts ${name}`, async () => {
      const { code, stdout, stderr } = await run(
        'convert',
        fixture(name),
        '--title',
        'Partnerships',
        '--base-url',
        'https://www.webjunction.org/feed',
      );
      assert.equal(code, 0, stderr);
      const feed = JSON.parse(stdout);
      assert.equal(feed.title, 'Partnerships');
      assert.ok(feed.items.length > 0);
      for (const item of feed.items) {
        assert.ok(item.id && item.title, JSON.stringify(item));
        if (item.url) assert.match(item.url, /^https?:\/\//);
      }
    });
  }
});

describe('partnership-feed with a URL', () => {
  let server;
  let origin;
  before(async () => {
    server = await serveRoutes({
      '/feeds/partnerships.json': async () => ({ type: 'application/feed+json', body: await readFile(fixture('partnerships.json')) }),
    });
    origin = server.origin;
  });
  after(() => server.close());

  it('validates a feed by its URL', async () => {
    const { code, stdout } = await run('validate', `${origin}/feeds/partnerships.json`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /10 of 10 items become cards\./);
  });

  it('resolves relative addresses against the URL when converting', async () => {
    const { code, stdout } = await run('convert', `${origin}/feeds/partnerships.json`);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout)._topic.image.url, `${origin}/feeds/partnerships-header.svg`);
  });

  it('exits 2 when the server answers with an error', async () => {
    const { code, stderr } = await run('validate', `${origin}/feeds/missing.json`);
    assert.equal(code, 2);
    assert.match(stderr, /answered HTTP 404/);
  });
});
