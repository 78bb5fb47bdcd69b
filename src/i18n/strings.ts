/**
 * Every string the widget shows or announces, in one place per language. Counts go through
 * Intl.PluralRules and Intl.NumberFormat, never through string concatenation.
 */

export interface UiStrings {
  /** Heading when neither the `heading` attribute nor the feed gives one. */
  defaultHeading: string;
  loading: string;
  filterByType: string;
  searchLabel: string;
  /** Hint under the search box, read with it by screen readers. */
  searchHint: string;
  /** A filter option with the number of results choosing it would give: "Webinar (3)". */
  optionWithCount(label: string, count: string): string;
  /** Status when every matching card is shown: "Showing 3 of 10 resources". */
  showingOfTotal(shown: number, total: number, format: (n: number) => string): string;
  /** Status when "Show more" still has cards to reveal, with filters on. */
  showingOfMatching(shown: number, matching: number, format: (n: number) => string): string;
  noMatch: string;
  clearFilters: string;
  emptyFeed: string;
  showMore: string;
  errorTitle: string;
  /** The technical detail an editor can act on, prefixed by the feed's URL. */
  errorDetail(url: string, reason: string): string;
  retry: string;
  relatedTopics: string;
  /** The topic image's credit line: "Photo: jenlen, CC BY-NC-ND 2.0" (the licence part is linked). */
  photoCredit: string;
  tagsLabel: string;
  filterByTag: string;
  filterByYear: string;
  anyYear: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  sortTitle: string;
  /** Under the status when the network failed and a stored copy is shown. */
  offlineCopy(savedAt: string): string;
  moreFailed: string;
  loadingMore: string;
  activeFilters: string;
  removeFilter(label: string): string;
  clearAll: string;
  /** The chip for a search: "Search: equity". */
  searchChip(query: string): string;
  moreTags(hidden: number): string;
  /** The narrow-screen disclosure: "Filters (2)". */
  filtersToggle(active: number): string;
}

function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

export const en: UiStrings = {
  defaultHeading: 'Resources',
  loading: 'Loading resources…',
  filterByType: 'Filter by type',
  searchLabel: 'Search resources',
  searchHint: 'Searches titles, summaries and topics.',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) =>
    `Showing ${n(shown)} of ${n(total)} ${plural('en', total, { one: 'resource', other: 'resources' })}`,
  showingOfMatching: (shown, matching, n) =>
    `Showing ${n(shown)} of ${n(matching)} matching ${plural('en', matching, { one: 'resource', other: 'resources' })}`,
  noMatch: 'No resources match your filters.',
  clearFilters: 'Clear filters',
  emptyFeed: 'There are no resources in this feed yet.',
  showMore: 'Show more',
  errorTitle: 'The resources could not be loaded.',
  errorDetail: (url, reason) => `Feed ${url}: ${reason}.`,
  retry: 'Retry',
  relatedTopics: 'Related topics',
  photoCredit: 'Photo:',
  tagsLabel: 'Topics',
  filterByTag: 'Filter by tag',
  filterByYear: 'Year',
  anyYear: 'Any year',
  sortLabel: 'Sort by',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortTitle: 'Title (A–Z)',
  offlineCopy: (savedAt) => `The feed could not be reached just now; showing the copy saved ${savedAt}.`,
  moreFailed: 'More resources could not be loaded.',
  loadingMore: 'Loading more…',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  searchChip: (query) => `Search: ${query}`,
  moreTags: (hidden) => `More tags (${hidden})`,
  filtersToggle: (active) => (active ? `Filters (${active})` : 'Filters'),
};

const catalogs: Record<string, UiStrings> = { en };

/** The strings for a BCP 47 language tag: its own, else its base language's, else English. */
export function stringsFor(lang: string | undefined): UiStrings {
  const tag = (lang ?? '').toLowerCase();
  return catalogs[tag] ?? catalogs[tag.split('-')[0] ?? ''] ?? en;
}
