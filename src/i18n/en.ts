import { laterStrings } from './en-later.js';
import { resources } from './en-plurals.js';
import type { LaterStringKey, UiStrings } from './types.js';

export { plurals } from './en-plurals.js';

/** What the first cards show, in English: the bundles carry these from the start. */
export const firstStrings: Omit<UiStrings, LaterStringKey> = {
  defaultHeading: 'Resources',
  loading: 'Loading resources…',
  filterByType: 'Filter by type',
  filterByAudience: 'Filter by audience',
  filterBySource: 'Filter by source',
  searchLabel: 'Search resources',
  searchHint: 'Searches titles, summaries and tags.',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Showing ${n(shown)} of ${n(total)} ${resources(total)}`,
  showMore: 'Show more',
  loadingMore: 'Loading more…',
  moreFailed: 'More resources could not be loaded.',
  errorTitle: 'The resources could not be loaded.',
  errorDetail: (url, reason) => `Feed ${url}: ${reason}.`,
  retry: 'Retry',
  relatedTopics: 'Related topics',
  photoCredit: 'Photo:',
  tagsLabel: 'Tags',
  filtersToggle: (active) => (active ? `Filters (${active})` : 'Filters'),
  opensInNewTab: '(opens in a new tab)',
};

/** Every English string. */
export const strings: UiStrings = { ...firstStrings, ...laterStrings };
