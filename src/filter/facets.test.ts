import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Resource } from '../feed/model.js';
import { FACETS, alphabetical, selectedValues, withSelected } from './facets.js';
import { EMPTY_FILTERS, applyFilters, facetOptions, hasActiveFilters, indexResources } from './filter.js';
import { matching } from './match.js';
import { filtersFromParams, paramsWithFilters } from './url-state.js';

const audience = FACETS.find((facet) => facet.key === 'audiences')!;
const year = FACETS.find((facet) => facet.key === 'year')!;

const resource = (id: string, audiences: string[] | undefined, date: string): Resource => ({
  id,
  title: id,
  excerpt: '',
  type: 'News',
  tags: [],
  date: { iso: date, time: Date.parse(date), calendarDate: true },
  ...(audiences ? { audiences } : {}),
});

const index = indexResources([
  resource('a', ['Teens'], '2024-01-01'),
  resource('b', ['Teens', 'Adults'], '2023-01-01'),
  resource('c', undefined, '2023-06-01'),
]);

describe('facet descriptors', () => {
  it('filter, count and activate the audience facet like the others', () => {
    const state = withSelected(EMPTY_FILTERS, audience, ['Adults']);
    expect(applyFilters(index, state, matching).map((entry) => entry.id)).to.deep.equal(['b']);
    expect(hasActiveFilters(state)).to.equal(true);
    expect(facetOptions(index, EMPTY_FILTERS, audience, matching)).to.deep.equal([
      { value: 'Teens', count: 2 },
      { value: 'Adults', count: 1 },
    ]);
    expect(facetOptions(index, withSelected(EMPTY_FILTERS, year, [2024]), audience, matching)).to.deep.equal([
      { value: 'Teens', count: 1 },
      { value: 'Adults', count: 0 },
    ]);
  });

  it('hold a single-choice facet as its value and a list facet as a list', () => {
    expect(withSelected(EMPTY_FILTERS, year, [2023]).year).to.equal(2023);
    expect(selectedValues({ ...EMPTY_FILTERS, year: 2023 }, year)).to.deep.equal([2023]);
    expect(withSelected(EMPTY_FILTERS, year, []).year).to.equal(undefined);
    expect(selectedValues(EMPTY_FILTERS, audience)).to.deep.equal([]);
  });

  it('give every facet its key in the query string, read back as the same state', () => {
    const state = { ...withSelected(EMPTY_FILTERS, audience, ['Teens', 'Adults']), year: 2023, types: ['News'], tags: [] };
    const params = paramsWithFilters(new URLSearchParams('page=2'), 'pf-', state);
    expect(params.toString()).to.equal('page=2&pf-type=News&pf-audience=Teens&pf-audience=Adults&pf-year=2023');
    const read = filtersFromParams(params, 'pf-', EMPTY_FILTERS);
    expect(read).to.deep.include({ types: ['News'], tags: [], audiences: ['Teens', 'Adults'], year: 2023, query: '', sort: 'newest' });
    expect(filtersFromParams(new URLSearchParams('pf-year=20x4&pf-audience='), 'pf-', EMPTY_FILTERS)).to.deep.include({
      year: undefined,
      audiences: [],
    });
  });
});

describe('alphabetical', () => {
  it('orders letters, digits and spaces as an English collator does (differential), without loading one', () => {
    const english = new Intl.Collator('en');
    const plain = fc.string({ unit: fc.constantFrom(...'aAbBeEzZ019 '.split('')), maxLength: 8 });
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        expect(Math.sign(alphabetical(a, b)), `${a} / ${b}`).to.equal(Math.sign(english.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves other text, and words that differ only in case, to localeCompare', () => {
    for (const [a, b] of [
      ['Éclairage', 'Events'],
      ['e-book', 'ebook'],
      ['News', 'news'],
    ])
      expect(Math.sign(alphabetical(a!, b!)), `${a} / ${b}`).to.equal(Math.sign(a!.localeCompare(b!)));
  });
});
