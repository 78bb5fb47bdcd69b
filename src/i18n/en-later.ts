import type { LaterStringKey, UiStrings } from './types.js';

/** English for what only the code loaded after the first cards shows (types.ts, `LaterStringKey`). */
export const laterStrings: Pick<UiStrings, LaterStringKey> = {
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
};
