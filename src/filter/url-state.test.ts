import { expect } from '@open-wc/testing';
import type { FilterState } from './filter.js';
import { addressWithFilters, filtersFromQuery } from './url-state.js';

const none: FilterState = { types: [], tags: [], query: '', sort: 'newest' };

describe('the filters in a page address', () => {
  it('reads a widget’s own keys, else gives the fallback', () => {
    const events = filtersFromQuery('?pf-events-type=Webinar&pf-q=equity', 'events', none);
    expect([events.types, events.query]).to.deep.equal([['Webinar'], '']);
    const unnamed = filtersFromQuery('?pf-type=Webinar&pf-q=equity', '', none);
    expect([unnamed.types, unnamed.query]).to.deep.equal([['Webinar'], 'equity']);
    expect(filtersFromQuery('?page=2', 'events', none)).to.equal(none);
  });

  it('writes them beside the page’s own parameters and hash, and says when nothing changes', () => {
    const at = { pathname: '/topics/', search: '?page=2', hash: '#list' };
    expect(addressWithFilters(at, 'events', { ...none, types: ['Webinar'], sort: 'title' })).to.equal(
      '/topics/?page=2&pf-events-type=Webinar&pf-events-sort=title#list',
    );
    expect(addressWithFilters(at, 'events', none)).to.equal(undefined);
    expect(addressWithFilters({ ...at, search: '?pf-q=x' }, '', none)).to.equal('/topics/#list');
  });
});
