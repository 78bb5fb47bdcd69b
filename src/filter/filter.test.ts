import { expect } from '@open-wc/testing';
import type { Resource } from '../feed/model.js';
import {
  EMPTY_FILTERS,
  applyFilters,
  hasActiveFilters,
  indexResources,
  matchKnownValues,
  tagOptions,
  toggleValue,
  typeOptions,
  yearOptions,
  type FilterState,
} from './filter.js';
import { foldForSearch, searchTerms } from './search.js';

function resource(id: string, type: string, isoDay: string | undefined, tags: string[] = [], title = id, excerpt = ''): Resource {
  const date = isoDay ? { iso: isoDay, time: Date.parse(`${isoDay}T00:00:00Z`), calendarDate: true } : undefined;
  return { id, title, excerpt, type, tags, ...(date ? { date } : {}) };
}

const resources = [
  resource('a', 'News', '2022-05-31', ['workforce'], 'Workforce Development'),
  resource('b', 'News', '2022-05-17', ['digital equity'], 'Closing equity gaps'),
  resource('c', 'Webinar', '2022-05-05', ['covid-19'], 'We Can’t Go It Alone'),
  resource('d', 'Webinar', '2022-02-03', ['digital equity'], 'Growing digital equity'),
  resource('e', 'News', '2021-12-16', [], 'Legal Assistance Across Colorado', 'Ric Morgan is a humble man'),
  resource('f', '', undefined, [], 'Café culture at the branch'),
];
const index = indexResources(resources);
const ids = (state: Partial<FilterState>): string[] => applyFilters(index, { ...EMPTY_FILTERS, ...state }).map((r) => r.id);

describe('filters', () => {
  it('sorts newest first by default, undated last', () => {
    expect(ids({})).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('sorts oldest first and by title with a collator', () => {
    expect(ids({ sort: 'oldest' })).to.deep.equal(['e', 'd', 'c', 'b', 'a', 'f']);
    expect(ids({ sort: 'title' })).to.deep.equal(['f', 'b', 'd', 'e', 'c', 'a']);
  });

  it('combines types with OR and facets with AND', () => {
    expect(ids({ types: ['Webinar'] })).to.deep.equal(['c', 'd']);
    expect(ids({ types: ['Webinar', 'News'] })).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ tags: ['digital equity'] })).to.deep.equal(['b', 'd']);
    expect(ids({ tags: ['digital equity'], types: ['Webinar'] })).to.deep.equal(['d']);
    expect(ids({ tags: ['digital equity'], types: ['Webinar', 'News'] })).to.deep.equal(['b', 'd']);
  });

  it('searches title, excerpt and tags, case- and accent-insensitively, every word', () => {
    expect(ids({ query: 'COLORADO' })).to.deep.equal(['e']);
    expect(ids({ query: 'humble' })).to.deep.equal(['e']);
    expect(ids({ query: 'covid' })).to.deep.equal(['c']);
    expect(ids({ query: 'cafe' })).to.deep.equal(['f']);
    expect(ids({ query: 'equity growing' })).to.deep.equal(['d']);
    expect(ids({ query: 'equity nowhere' })).to.deep.equal([]);
    expect(ids({ query: '   ' })).to.have.length(6);
  });

  it('filters by year', () => {
    expect(ids({ year: 2021 })).to.deep.equal(['e']);
  });

  it('counts each option against the other facets', () => {
    expect(typeOptions(index, EMPTY_FILTERS)).to.deep.equal([
      { value: 'News', count: 3 },
      { value: 'Webinar', count: 2 },
    ]);
    // Choosing a type does not zero the other types' counts (OR within the facet)…
    expect(typeOptions(index, { ...EMPTY_FILTERS, types: ['Webinar'] })).to.deep.equal([
      { value: 'News', count: 3 },
      { value: 'Webinar', count: 2 },
    ]);
    // …but other facets narrow them, and an option with no results stays listed.
    expect(typeOptions(index, { ...EMPTY_FILTERS, query: 'covid' })).to.deep.equal([
      { value: 'News', count: 0 },
      { value: 'Webinar', count: 1 },
    ]);
    expect(tagOptions(index, { ...EMPTY_FILTERS, types: ['News'] }).find((o) => o.value === 'digital equity')?.count).to.equal(1);
    expect(yearOptions(index, EMPTY_FILTERS)).to.deep.equal([
      { value: 2022, count: 4 },
      { value: 2021, count: 1 },
    ]);
  });

  it('knows when a filter is active, toggles values and matches typed values to the feed', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: 'title' })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: 'x' })).to.equal(true);
    expect(toggleValue(['a', 'b'], 'a')).to.deep.equal(['b']);
    expect(toggleValue(['b'], 'a')).to.deep.equal(['b', 'a']);
    expect(matchKnownValues(['webinar', 'Podcast'], ['News', 'Webinar'])).to.deep.equal(['Webinar', 'Podcast']);
  });

  it('folds accents and splits words', () => {
    expect(foldForSearch('Équité Café')).to.equal('equite cafe');
    expect(searchTerms('  Digital   ÉQUITY ')).to.deep.equal(['digital', 'equity']);
  });
});

describe('filters while the patron types', () => {
  it('narrows from the previous match as the query grows, and widens again when it shrinks', () => {
    const state = (query: string, types: string[] = []): FilterState => ({ ...EMPTY_FILTERS, query, types });
    const typed = ['e', 'eq', 'equ', 'equi', 'equity', 'equity gr', 'equity', 'e', ''].map((query) => ids({ query }));
    expect(typed).to.deep.equal([
      ['a', 'b', 'c', 'd', 'e', 'f'].filter((id) => ids({ query: 'e' }).includes(id)),
      ['b', 'd'],
      ['b', 'd'],
      ['b', 'd'],
      ['b', 'd'],
      ['d'],
      ['b', 'd'],
      ids({ query: 'e' }),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    ]);
    // A change of facet is never mistaken for a narrower query.
    expect(applyFilters(index, state('equity', ['News'])).map((r) => r.id)).to.deep.equal(['b']);
    expect(applyFilters(index, state('equity', [])).map((r) => r.id)).to.deep.equal(['b', 'd']);
    expect(typeOptions(index, state('equity'))).to.deep.equal([
      { value: 'News', count: 1 },
      { value: 'Webinar', count: 1 },
    ]);
  });
});
