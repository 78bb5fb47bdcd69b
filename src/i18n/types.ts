/**
 * The shape of the UI text, in a module of its own so the language files (en.ts, es.ts, fr.ts) and
 * strings.ts, which loads them, do not import each other.
 */

/** Formats a number for the reader's locale ("10,000", "10 000"). */
export type NumberFormatter = (value: number) => string;

export interface UiStrings {
  /** Heading when neither the `heading` attribute nor the feed gives one. */
  defaultHeading: string;
  loading: string;
  filterByType: string;
  filterByTag: string;
  filterByAudience: string;
  filterBySource: string;
  filterByYear: string;
  anyYear: string;
  searchLabel: string;
  /** Hint under the search box, read with it by screen readers. */
  searchHint: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  sortTitle: string;
  /** A filter option with the number of results choosing it would give: "Webinar (3)". */
  optionWithCount(label: string, count: string): string;
  /** Status when every matching card is shown: "Showing 3 of 10 resources". */
  showingOfTotal(shown: number, total: number, format: NumberFormatter): string;
  /** Status when "Show more" still has cards to reveal, with filters on. */
  showingOfMatching(shown: number, matching: number, format: NumberFormatter): string;
  noMatch: string;
  clearFilters: string;
  emptyFeed: string;
  showMore: string;
  loadingMore: string;
  moreFailed: string;
  errorTitle: string;
  /** The technical detail an editor can act on, with the feed's URL. */
  errorDetail(url: string, reason: string): string;
  retry: string;
  /** Why loading failed, by kind; `invalid` wraps the technical detail the parser gives (in English). */
  errorNetwork: string;
  errorTimeout(seconds: string): string;
  errorHttp(status: string): string;
  errorInvalid(detail: string): string;
  /** Under the status when the network failed and a stored copy is shown. */
  offlineCopy(savedAt: string): string;
  /** Under the status when some of several feeds could not be loaded: their addresses. */
  feedsFailed(feeds: string): string;
  relatedTopics: string;
  /** Before the topic image's credit: "Photo:" in "Photo: jenlen, CC BY-NC-ND 2.0". */
  photoCredit: string;
  tagsLabel: string;
  activeFilters: string;
  removeFilter(label: string): string;
  clearAll: string;
  /** The chip for a search: "Search: equity". */
  searchChip(query: string): string;
  /** "More tags (4)": `hidden` is the number, formatted for the locale. */
  moreTags(hidden: string): string;
  /** The narrow-screen disclosure: "Filters (2)"; `active` is the formatted count, '' when no filter is on. */
  filtersToggle(active: string): string;
  /** Read after a link that opens a new tab (`link-target="_blank"`). */
  opensInNewTab: string;
}

/**
 * The strings only the code loaded after the first cards shows (src/element/later.ts: the status
 * line of a filtered list, the sort control, the chips, "Any year", "More tags", the empty state, the notices under the status, why
 * a feed failed). Every catalog has them; English's come with that
 * code (en-later.ts), so the bundles do not carry them before the first cards.
 */
export type LaterStringKey =
  | 'filterByTag'
  | 'filterByYear'
  | 'showingOfMatching'
  | 'noMatch'
  | 'anyYear'
  | 'sortLabel'
  | 'sortNewest'
  | 'sortOldest'
  | 'sortTitle'
  | 'activeFilters'
  | 'removeFilter'
  | 'clearAll'
  | 'searchChip'
  | 'moreTags'
  | 'clearFilters'
  | 'emptyFeed'
  | 'errorNetwork'
  | 'errorTimeout'
  | 'errorHttp'
  | 'errorInvalid'
  | 'offlineCopy'
  | 'feedsFailed';

/** The strings a widget holds: all of them, except that English's later ones may still be on their way. */
export type ShownStrings = Omit<UiStrings, LaterStringKey> & Partial<Pick<UiStrings, LaterStringKey>>;
