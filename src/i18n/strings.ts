/**
 * The shape of the UI text, and how a language is chosen. Each language's strings live in one
 * file beside this one (en.ts, es.ts, fr.ts). Counts go through Intl.PluralRules and
 * Intl.NumberFormat, never through string concatenation.
 */
import { en } from './en.js';

/** Formats a number for the reader's locale ("10,000", "10 000"). */
export type NumberFormatter = (value: number) => string;

export interface UiStrings {
  /** Heading when neither the `heading` attribute nor the feed gives one. */
  defaultHeading: string;
  loading: string;
  filterByType: string;
  filterByTag: string;
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
  relatedTopics: string;
  /** Before the topic image's credit: "Photo:" in "Photo: jenlen, CC BY-NC-ND 2.0". */
  photoCredit: string;
  tagsLabel: string;
  activeFilters: string;
  removeFilter(label: string): string;
  clearAll: string;
  /** The chip for a search: "Search: equity". */
  searchChip(query: string): string;
  moreTags(hidden: number): string;
  /** The narrow-screen disclosure: "Filters (2)". */
  filtersToggle(active: number): string;
  /** Read after a link that opens a new tab (`link-target="_blank"`). */
  opensInNewTab: string;
}

/** English is always there; the other shipped languages are loaded when a widget needs them. */
const catalogs: Record<string, UiStrings> = { en };
const loaders: Record<string, () => Promise<UiStrings>> = {
  es: async () => (await import('./es.js')).es,
  fr: async () => (await import('./fr.js')).fr,
};
const loading = new Map<string, Promise<void>>();

/** The language code whose strings serve a BCP 47 tag: its own, else its base language's, else English. */
export function uiLanguage(lang: string | undefined, extra: Readonly<Record<string, Partial<UiStrings>>> = {}): string {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  for (const candidate of [tag, base]) {
    if (candidate && (catalogs[candidate] || loaders[candidate] || extra[candidate])) return candidate;
  }
  return 'en';
}

/** True when the shipped strings for `code` are loaded, or none ship for it (English serves). */
export function hasStrings(code: string): boolean {
  return !!catalogs[code] || !loaders[code];
}

/**
 * Loads the shipped strings for a language code. Never rejects: when the file cannot be loaded
 * (a copy of `dist/` missing it, a network failure), the language stays on English and a warning
 * says why, so the widget still renders.
 */
export function loadStrings(code: string, warn: (message: string) => void = console.warn): Promise<void> {
  const loader = loaders[code];
  if (catalogs[code] || !loader) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = loader().then(
      (strings) => {
        catalogs[code] = strings;
      },
      (error: unknown) => {
        // English from now on, rather than a new request at every render.
        catalogs[code] = en;
        warn(`partnership-feed: the "${code}" strings could not be loaded, so English is shown (${String(error)}).`);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The strings for a language. `overrides` (the element's `translations` property) adds languages
 * or replaces single strings; whatever it leaves out comes from the shipped catalog (once
 * `loadStrings` has loaded it), else English.
 */
export function stringsFor(lang: string | undefined, overrides: Readonly<Record<string, Partial<UiStrings>>> = {}): UiStrings {
  const code = uiLanguage(lang, overrides);
  return { ...en, ...catalogs[code], ...overrides[code] };
}
