import { expect } from '@open-wc/testing';
import type { Resource } from '../feed/model.js';
import { sinceTime, withoutExcluded } from './exclude.js';
import { indexResources } from './filter.js';

const day = (iso: string) => ({ iso, time: Date.parse(iso), calendarDate: true });
const resource = (id: string, fields: Partial<Resource>): Resource => ({ id, title: id, excerpt: '', type: '', tags: [], ...fields });
const index = indexResources([
  resource('news', { type: 'News', date: day('2024-05-01') }),
  resource('webinar', { type: 'Webinar', tags: ['Grants'], date: day('2023-01-01') }),
  resource('café', { type: 'Café', tags: ['Programs'] }),
]);
const ids = (kept: ReturnType<typeof withoutExcluded>) => kept.map((entry) => entry.resource.id);

describe('withoutExcluded', () => {
  it('leaves out types and tags as the type attribute matches them (case and accents aside), and what is older than since', () => {
    expect(ids(withoutExcluded(index, { types: ['news', 'CAFE'], tags: [] }))).to.deep.equal(['webinar']);
    expect(ids(withoutExcluded(index, { types: [], tags: ['grants'] }))).to.deep.equal(['news', 'café']);
    // Undated resources cannot be older than anything: they stay.
    expect(ids(withoutExcluded(index, { types: [], tags: [], since: Date.UTC(2024, 0, 1) }))).to.deep.equal(['news', 'café']);
  });

  it('gives the same array for the same exclusions, and the index itself for none', () => {
    expect(withoutExcluded(index, { types: [], tags: [] })).to.equal(index);
    const first = withoutExcluded(index, { types: ['News'], tags: [] });
    expect(withoutExcluded(index, { types: ['News'], tags: [] })).to.equal(first);
  });
});

describe('sinceTime', () => {
  const now = Date.UTC(2024, 5, 15, 13, 30);
  it('reads a date from its start in UTC, and days back from the start of today', () => {
    expect(sinceTime('2024-01-01', now)).to.equal(Date.UTC(2024, 0, 1));
    expect(sinceTime(' 30 ', now)).to.equal(Date.UTC(2024, 4, 16));
    expect(sinceTime('0', now)).to.equal(Date.UTC(2024, 5, 15));
  });

  it('reads nothing else', () => {
    for (const text of ['2024-02-31', '2024-1-1', 'last year', '-5', '1.5', '']) expect(sinceTime(text, now), text).to.equal(undefined);
  });
});
