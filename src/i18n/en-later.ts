import { resources } from './en-plurals.js';
import type { LaterStringKey, UiStrings } from './types.js';

/** English for what only the code loaded after the first cards shows (types.ts, `LaterStringKey`). */
export const laterStrings: Pick<UiStrings, LaterStringKey> = {
  // The tags' and the year's groups, which the later code draws (templates/filters.ts).
  filterByTag: 'Filter by tag',
  filterByYear: 'Year',
  showingOfMatching: (shown, matching, n) => `Showing ${n(shown)} of ${n(matching)} matching ${resources(matching)}`,
  noMatch: 'No resources match your filters.',
  anyYear: 'Any year',
  sortLabel: 'Sort by',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortTitle: 'Title (A–Z)',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  searchChip: (query) => `Search: ${query}`,
  moreTags: (hidden) => `More tags (${hidden})`,
  clearFilters: 'Clear filters',
  emptyFeed: 'There are no resources in this feed yet.',
  errorNetwork:
    'the request failed before the server answered: check the address, the connection, and that the server allows cross-origin requests (CORS)',
  errorTimeout: (seconds) => `no answer within ${seconds} seconds`,
  errorHttp: (status) => `the server answered with HTTP status ${status}`,
  errorInvalid: (detail) => detail,
  offlineCopy: (savedAt) => `The feed could not be reached just now; showing the copy saved ${savedAt}.`,
  feedsFailed: (feeds) => `Could not load ${feeds}; showing the other feeds.`,
};
