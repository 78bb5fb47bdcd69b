import { plural, type PluralForms } from './plural.js';
import { laterStrings } from './en-later.js';
import type { LaterStringKey, UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'resource', other: 'resources' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('en', count, plurals.resources);

/** What the first cards show, in English: the bundles carry these from the start. */
export const firstStrings: Omit<UiStrings, LaterStringKey> = {
  defaultHeading: 'Resources',
  loading: 'Loading resources…',
  filterByType: 'Filter by type',
  filterByTag: 'Filter by tag',
  filterByAudience: 'Filter by audience',
  filterBySource: 'Filter by source',
  filterByYear: 'Year',
  searchLabel: 'Search resources',
  searchHint: 'Searches titles, summaries and tags.',
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
  filtersToggle: (active) => (active ? `Filters (${active})` : 'Filters'),
  opensInNewTab: '(opens in a new tab)',
};

/** Every English string. */
export const strings: UiStrings = { ...firstStrings, ...laterStrings };
