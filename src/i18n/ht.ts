import type { PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * Haitian Creole nouns do not change with number ("${n} resous" reads right for any count), so there is none.
 */
export const plurals = {} satisfies Record<string, PluralForms>;

export const strings: UiStrings = {
  defaultHeading: 'Resous',
  loading: 'N ap chaje resous yo…',
  filterByType: 'Filtre pa kalite',
  filterByTag: 'Filtre pa etikèt',
  filterByAudience: 'Filtre pa piblik',
  filterBySource: 'Filtre pa sous',
  filterByYear: 'Ane',
  anyYear: 'Nenpòt ane',
  searchLabel: 'Chèche resous',
  searchHint: 'Chèche nan tit, rezime ak etikèt yo.',
  sortLabel: 'Klase pa',
  sortNewest: 'Pi nouvo yo anvan',
  sortOldest: 'Pi ansyen yo anvan',
  sortTitle: 'Tit (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `N ap montre ${n(shown)} sou ${n(total)} resous`,
  showingOfMatching: (shown, matching, n) => `N ap montre ${n(shown)} sou ${n(matching)} resous ki koresponn ak filt yo`,
  noMatch: 'Pa gen okenn resous ki koresponn ak filt ou yo.',
  clearFilters: 'Efase filt yo',
  emptyFeed: 'Poko gen resous nan feed sa a.',
  showMore: 'Montre plis',
  loadingMore: 'N ap chaje plis…',
  moreFailed: 'Nou pa t kapab chaje plis resous.',
  errorTitle: 'Nou pa t kapab chaje resous yo.',
  errorDetail: (url, reason) => `Pwoblèm ak feed sa a (${url}): ${reason}.`,
  retry: 'Eseye ankò',
  errorNetwork:
    'demann lan echwe anvan sèvè a reponn: verifye adrès la, koneksyon an, epi si sèvè a aksepte demann ki soti nan lòt orijin (CORS)',
  errorTimeout: (seconds) => `pa gen repons nan ${seconds} segonn`,
  errorHttp: (status) => `sèvè a reponn ak kòd estati HTTP ${status}`,
  errorInvalid: (detail) => `repons lan pa yon feed nou ka itilize (${detail})`,
  offlineCopy: (savedAt) => `Nou pa ka jwenn feed la kounye a; n ap montre kopi ki te anrejistre ${savedAt}.`,
  feedsFailed: (feeds) => `Nou pa t ka chaje ${feeds}; n ap montre lòt feed yo.`,
  relatedTopics: 'Sijè ki gen rapò',
  photoCredit: 'Foto:',
  tagsLabel: 'Etikèt',
  activeFilters: 'Filt ki aktif',
  removeFilter: (label) => `Retire filt: ${label}`,
  clearAll: 'Efase tout',
  searchChip: (query) => `Rechèch: ${query}`,
  moreTags: (hidden) => `Plis etikèt (${hidden})`,
  filtersToggle: (active) => (active ? `Filt (${active})` : 'Filt'),
  opensInNewTab: '(ap louvri nan yon nouvo onglè)',
};
