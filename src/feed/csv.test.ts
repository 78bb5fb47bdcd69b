import { expect } from '@open-wc/testing';
import { columnKey, feedFromRows, parseSpreadsheetDate, splitTags } from './csv.js';
import { normalizeJsonFeed } from './jsonfeed.js';
import { LIMITS } from './model.js';
import { feedToJsonFeed } from './serialize.js';

const BASE = 'https://library.example.org/resources/list.csv';

function convert(rows: Array<Record<string, string>>, warnings: string[] = [], title?: string) {
  return feedFromRows(rows, { baseUrl: BASE, title, warn: (message) => warnings.push(message) });
}

describe('feedFromRows', () => {
  it('maps a resource list with the usual column names', () => {
    const warnings: string[] = [];
    const feed = convert(
      [
        {
          ID: 'toolkit-1',
          Title: 'Community Partnership Toolkit',
          URL: 'https://library.example.org/toolkit',
          Type: 'Toolkit',
          Date: '2024-03-15',
          Summary: 'Templates, checklists and sample agreements.',
          Tags: 'partnerships; planning, budgets',
          Image: '/img/toolkit.png',
          'Image alt': 'Cover of the toolkit',
        },
      ],
      warnings,
      'Partnerships & collaboration',
    );
    expect(warnings).to.deep.equal([]);
    expect(feed.title).to.equal('Partnerships & collaboration');
    expect(feed.items).to.deep.equal([
      {
        id: 'toolkit-1',
        title: 'Community Partnership Toolkit',
        url: 'https://library.example.org/toolkit',
        excerpt: 'Templates, checklists and sample agreements.',
        date: { iso: '2024-03-15', time: Date.UTC(2024, 2, 15), calendarDate: true },
        type: 'Toolkit',
        tags: ['partnerships', 'planning, budgets'],
        image: { url: 'https://library.example.org/img/toolkit.png', alt: 'Cover of the toolkit' },
      },
    ]);
  });

  it('reads the synonyms of every column, in any case and spacing', () => {
    const feed = convert([
      {
        guid: 'g1',
        NAME: 'Webinar recording',
        Link: 'https://example.org/w',
        Category: 'Webinar',
        'Date Published': '5/31/2022',
        Description: 'An hour on grant writing.',
        Keywords: 'grants, funding',
        image_url: 'https://example.org/w.jpg',
        'Alt Text': 'Presenter at a podium',
        Lang: 'es',
      },
    ]);
    expect(feed.items[0]).to.deep.equal({
      id: 'g1',
      title: 'Webinar recording',
      url: 'https://example.org/w',
      excerpt: 'An hour on grant writing.',
      date: { iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true },
      type: 'Webinar',
      tags: ['grants', 'funding'],
      image: { url: 'https://example.org/w.jpg', alt: 'Presenter at a podium' },
      language: 'es',
    });
    expect(columnKey('\uFEFF Image-URL ')).to.equal('image_url');
  });

  it('prefers the first synonym when a sheet has several, and falls back when its cell is blank', () => {
    const feed = convert([
      { Description: 'Long description', Summary: 'Short summary', Title: 'A' },
      { Description: 'Only a description', Summary: ' ', Title: 'B' },
    ]);
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['Short summary', 'Only a description']);
  });

  it('leaves out blank rows, skips rows without title or summary, and names the spreadsheet row', () => {
    const warnings: string[] = [];
    const feed = convert(
      [
        { title: 'First', url: 'https://example.org/1' },
        { title: '', url: '' },
        { title: '  ', url: 'https://example.org/nothing', id: 'x9' },
        { title: '', summary: 'A note about the mobile clinic with the county health department' },
      ],
      warnings,
    );
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'First',
      'A note about the mobile clinic with the county health department',
    ]);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://example.org/1', 'item-3']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/skipped item 2 \(id "x9"\): it has neither a title nor a summary \(spreadsheet row 4\)/);
  });

  it('keeps only http(s) links and images, and warns about the rest', () => {
    const warnings: string[] = [];
    const feed = convert(
      [
        { title: 'A', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' },
        { title: 'B', url: ' JaVaScRiPt:alert(1)' },
        { title: 'C', url: 'resources/c.html' },
      ],
      warnings,
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      undefined,
      undefined,
      'https://library.example.org/resources/resources/c.html',
    ]);
    expect(feed.items[0]!.image).to.equal(undefined);
    expect(warnings.filter((message) => /not a full web address/.test(message))).to.have.length(3);
  });

  it('keeps markup as text and drops control characters', () => {
    const feed = convert([{ title: '<img src=x onerror=alert(1)>Title\u0000', summary: '<script>alert(1)</script>', tags: '<b>x</b>;' }]);
    expect(feed.items[0]).to.include({ title: '<img src=x onerror=alert(1)>Title', excerpt: '<script>alert(1)</script>' });
    expect(feed.items[0]!.tags).to.deep.equal(['<b>x</b>']);
  });

  it('reads prototype-named headers as plain columns, never as members', () => {
    const row = JSON.parse('{"title":"A","__proto__":"x","constructor":"y"}') as Record<string, string>;
    const warnings: string[] = [];
    const feed = convert([row], warnings);
    expect(feed.items[0]!.title).to.equal('A');
    expect(warnings[0]).to.match(/the columns "__proto__", "constructor" are not used/);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('warns once about columns it does not use, and when no column holds titles', () => {
    const warnings: string[] = [];
    convert([{ Notes: 'n', Owner: 'o' }], warnings);
    expect(warnings[0]).to.match(/no column holds the titles/);
    expect(warnings[1]).to.match(/"Notes", "Owner" are not used/);
  });

  it('warns about a date it cannot read and leaves the card without a date', () => {
    const warnings: string[] = [];
    const feed = convert(
      [
        { title: 'A', date: 'next Tuesday' },
        { title: 'B', date: '31/5/2022' },
      ],
      warnings,
    );
    expect(feed.items.map((item) => item.date)).to.deep.equal([undefined, undefined]);
    expect(warnings[0]).to.match(/row 2: the date "next Tuesday" cannot be read \(write 2024-03-15 or 3\/15\/2024\)/);
    expect(warnings[1]).to.match(/row 3/);
  });

  it('caps titles, excerpts and tags, makes ids unique, and stops at the item limit', () => {
    const warnings: string[] = [];
    const feed = convert(
      [
        { id: 'same', title: 'x'.repeat(600), summary: 'y'.repeat(6000), tags: Array.from({ length: 80 }, (_, i) => `t${i}`).join(';') },
        { id: 'same', title: 'Second' },
      ],
      warnings,
    );
    expect(feed.items[0]!.title).to.have.length(LIMITS.maxTitleLength);
    expect(feed.items[0]!.excerpt).to.have.length(LIMITS.maxExcerptLength);
    expect(feed.items[0]!.tags).to.have.length(LIMITS.maxTagsPerItem);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['same', 'same#2']);
    const many = Array.from({ length: LIMITS.maxItems + 5 }, (_, i) => ({ title: `T${i}` }));
    const big = convert(many, warnings);
    expect(big.items).to.have.length(LIMITS.maxItems);
    expect(warnings.at(-1)).to.match(/10005 items/);
  });

  it('gives a model that survives being written as JSON Feed and read again', () => {
    const feed = convert(
      [
        {
          title: 'A',
          url: 'https://example.org/a',
          date: '3/4/2024',
          tags: 'one, Two, two',
          type: 'Guide',
          image: 'a.png',
          alt: 'An image',
        },
        { summary: 'Only text here, no title', date: '2024-03-04T15:30:00-05:00' },
      ],
      [],
      'List',
    );
    expect(normalizeJsonFeed(feedToJsonFeed(feed), { warn: () => undefined })).to.deep.equal(feed);
  });
});

describe('parseSpreadsheetDate', () => {
  it('reads ISO dates and US month/day/year, as calendar dates when there is no time', () => {
    expect(parseSpreadsheetDate('2024-03-15')).to.deep.equal({ iso: '2024-03-15', time: Date.UTC(2024, 2, 15), calendarDate: true });
    expect(parseSpreadsheetDate(' 3/4/2024 ')?.iso).to.equal('2024-03-04');
    expect(parseSpreadsheetDate('12/31/1999')?.iso).to.equal('1999-12-31');
    expect(parseSpreadsheetDate('2024-03-15T14:00:00Z')?.calendarDate).to.equal(false);
  });

  it('refuses days that do not exist, day-first dates past 12, and other text', () => {
    for (const value of ['2/30/2024', '13/1/2024', '31/5/2022', '0/1/2024', '3/15/24', 'March 15, 2024', '', undefined, 20240315]) {
      expect(parseSpreadsheetDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('splitTags', () => {
  it('splits on semicolons when there are any, else on commas', () => {
    expect(splitTags('a; b, c')).to.deep.equal(['a', ' b, c']);
    expect(splitTags('a, b')).to.deep.equal(['a', ' b']);
    expect(splitTags('one')).to.deep.equal(['one']);
  });
});
