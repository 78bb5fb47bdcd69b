import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * Filipino does not inflect a noun after a numeral ("1 mapagkukunan", "10 mapagkukunan"): both forms are the same.
 */
export const plurals = {
  resources: { one: 'mapagkukunan', other: 'mapagkukunan' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('tl', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Mga Mapagkukunan',
  loading: 'Nilo-load ang mga mapagkukunan…',
  filterByType: 'I-filter ayon sa uri',
  filterByTag: 'I-filter ayon sa tag',
  filterByAudience: 'I-filter ayon sa madla',
  filterBySource: 'I-filter ayon sa pinagmulan',
  filterByYear: 'Taon',
  anyYear: 'Anumang taon',
  searchLabel: 'Maghanap ng mga mapagkukunan',
  searchHint: 'Naghahanap sa mga pamagat, buod, at tag.',
  sortLabel: 'Pagsunud-sunurin ayon sa',
  sortNewest: 'Pinakabago muna',
  sortOldest: 'Pinakaluma muna',
  sortTitle: 'Pamagat (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Ipinapakita ang ${n(shown)} sa ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) => `Ipinapakita ang ${n(shown)} sa ${n(matching)} tumutugmang ${resources(matching)}`,
  noMatch: 'Walang mapagkukunang tumutugma sa iyong mga filter.',
  clearFilters: 'Alisin ang mga filter',
  emptyFeed: 'Wala pang mapagkukunan sa feed na ito.',
  showMore: 'Magpakita pa',
  loadingMore: 'Naglo-load pa…',
  moreFailed: 'Hindi ma-load ang iba pang mapagkukunan.',
  errorTitle: 'Hindi ma-load ang mga mapagkukunan.',
  errorDetail: (url, reason) => `May problema sa feed na ${url}: ${reason}.`,
  retry: 'Subukang muli',
  errorNetwork:
    'nabigo ang kahilingan bago sumagot ang server: suriin ang address, ang koneksyon, at kung pinapayagan ng server ang mga kahilingang cross-origin (CORS)',
  errorTimeout: (seconds) => `walang sagot sa loob ng ${seconds} segundo`,
  errorHttp: (status) => `sumagot ang server ng HTTP status na ${status}`,
  errorInvalid: (detail) => `hindi magagamit na feed ang sagot (${detail})`,
  offlineCopy: (savedAt) => `Hindi maabot ang feed sa ngayon; ipinapakita ang kopyang na-save noong ${savedAt}.`,
  feedsFailed: (feeds) => `Hindi ma-load ang ${feeds}; ipinapakita ang iba pang feed.`,
  relatedTopics: 'Mga kaugnay na paksa',
  photoCredit: 'Larawan:',
  tagsLabel: 'Mga tag',
  activeFilters: 'Mga aktibong filter',
  removeFilter: (label) => `Alisin ang filter: ${label}`,
  clearAll: 'Alisin lahat',
  searchChip: (query) => `Paghahanap: ${query}`,
  moreTags: (hidden) => `Iba pang tag (${hidden})`,
  filtersToggle: (active) => (active ? `Mga filter (${active})` : 'Mga filter'),
  opensInNewTab: '(magbubukas sa bagong tab)',
};
