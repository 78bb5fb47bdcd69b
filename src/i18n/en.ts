import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'resource', other: 'resources' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('en', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Resources',
  loading: 'Loading resources…',
  filterByType: 'Filter by type',
  filterByTag: 'Filter by tag',
  filterByAudience: 'Filter by audience',
  filterBySource: 'Filter by source',
  filterByYear: 'Year',
  anyYear: 'Any year',
  searchLabel: 'Search resources',
  searchHint: 'Searches titles, summaries and tags.',
  sortLabel: 'Sort by',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortTitle: 'Title (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Showing ${n(shown)} of ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) => `Showing ${n(shown)} of ${n(matching)} matching ${resources(matching)}`,
  noMatch: 'No resources match your filters.',
  clearFilters: 'Clear filters',
  emptyFeed: 'There are no resources in this feed yet.',
  showMore: 'Show more',
  loadingMore: 'Loading more…',
  moreFailed: 'More resources could not be loaded.',
  errorTitle: 'The resources could not be loaded.',
  errorDetail: (url, reason) => `Feed ${url}: ${reason}.`,
  retry: 'Retry',
  errorNetwork:
    'the request failed before the server answered: check the address, the connection, and that the server allows cross-origin requests (CORS)',
  errorTimeout: (seconds) => `no answer within ${seconds} seconds`,
  errorHttp: (status) => `the server answered with HTTP status ${status}`,
  errorInvalid: (detail) => detail,
  offlineCopy: (savedAt) => `The feed could not be reached just now; showing the copy saved ${savedAt}.`,
  feedsFailed: (feeds) => `Could not load ${feeds}; showing the other feeds.`,
  relatedTopics: 'Related topics',
  photoCredit: 'Photo:',
  tagsLabel: 'Tags',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  searchChip: (query) => `Search: ${query}`,
  moreTags: (hidden) => `More tags (${hidden})`,
  filtersToggle: (active) => (active ? `Filters (${active})` : 'Filters'),
  opensInNewTab: '(opens in a new tab)',
};
