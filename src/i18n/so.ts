import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * After a numeral Somali keeps the noun in the singular ("1 khayraad", "10 khayraad"): both forms are the same.
 */
export const plurals = {
  resources: { one: 'khayraad', other: 'khayraad' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('so', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Khayraadka',
  loading: 'Khayraadka waa la soo rarayaa…',
  filterByType: 'Ku shaandhee nooca',
  filterByTag: 'Ku shaandhee calaamadda',
  filterByAudience: 'Ku shaandhee dhagaystayaasha',
  filterBySource: 'Ku shaandhee isha',
  filterByYear: 'Sannad',
  anyYear: 'Sannad kasta',
  searchLabel: 'Raadi khayraad',
  searchHint: 'Waxay ka raadisaa cinwaannada, soo koobidda iyo calaamadaha.',
  sortLabel: 'Kala sooc',
  sortNewest: 'Kuwa ugu cusub marka hore',
  sortOldest: 'Kuwa ugu qadiimsan marka hore',
  sortTitle: 'Cinwaan (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Waxaa la muujinayaa ${n(shown)} ka mid ah ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Waxaa la muujinayaa ${n(shown)} ka mid ah ${n(matching)} ${resources(matching)} oo u dhigma shaandhaynta`,
  noMatch: 'Ma jiro khayraad u dhigma shaandhaynta aad dooratay.',
  clearFilters: 'Tirtir shaandhaynta',
  emptyFeed: 'Weli wax khayraad ah kuma jiraan feed-kan.',
  showMore: 'Muuji wax dheeraad ah',
  loadingMore: 'Waa la soo rarayaa wax dheeraad ah…',
  moreFailed: 'Khayraad dheeraad ah lama soo rari karin.',
  errorTitle: 'Khayraadka lama soo rari karin.',
  errorDetail: (url, reason) => `Feed-ka ${url}: ${reason}.`,
  retry: 'Isku day mar kale',
  errorNetwork:
    'codsigu wuu fashilmay ka hor inta uusan server-ku jawaabin: hubi cinwaanka, xiriirka, iyo in server-ku oggol yahay codsiyada ka imanaya asal kale (CORS)',
  errorTimeout: (seconds) => `jawaab lagama helin ${seconds} ilbiriqsi gudahood`,
  errorHttp: (status) => `server-ku wuxuu ku jawaabay koodhka xaaladda HTTP ${status}`,
  errorInvalid: (detail) => `jawaabtu ma aha feed la isticmaali karo (${detail})`,
  offlineCopy: (savedAt) => `Hadda feed-ka lama gaari karo; waxaa la muujinayaa nuqul la kaydiyay ${savedAt}.`,
  feedsFailed: (feeds) => `Lama soo dejin karin ${feeds}; waxaa la muujinayaa feed-yada kale.`,
  relatedTopics: 'Mawduucyo la xiriira',
  photoCredit: 'Sawir:',
  tagsLabel: 'Calaamadaha',
  activeFilters: 'Shaandhaynta la isticmaalayo',
  removeFilter: (label) => `Ka saar shaandhaynta: ${label}`,
  clearAll: 'Tirtir dhammaan',
  searchChip: (query) => `Raadin: ${query}`,
  moreTags: (hidden) => `Calaamado kale (${hidden})`,
  filtersToggle: (active) => (active ? `Shaandhayn (${active})` : 'Shaandhayn'),
  opensInNewTab: '(wuxuu ka furmayaa tab cusub)',
};
