import type { PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * Hmong nouns do not change with number ("${n} yam ntaub ntawv" reads right for any count), so there is none.
 */
export const plurals = {} satisfies Record<string, PluralForms>;

export const strings: UiStrings = {
  defaultHeading: 'Cov Ntaub Ntawv',
  loading: 'Tab tom thauj cov ntaub ntawv…',
  filterByType: 'Lim raws li hom',
  filterByTag: 'Lim raws li cim',
  filterByAudience: 'Lim raws li cov neeg siv',
  filterBySource: 'Lim raws li qhov chaw los',
  filterByYear: 'Xyoo',
  anyYear: 'Txhua xyoo',
  searchLabel: 'Nrhiav cov ntaub ntawv',
  searchHint: 'Nrhiav hauv cov npe, cov lus piav qhia luv thiab cov cim.',
  sortLabel: 'Teev raws li',
  sortNewest: 'Tshiab tshaj ua ntej',
  sortOldest: 'Qub tshaj ua ntej',
  sortTitle: 'Npe (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Tab tom qhia ${n(shown)} ntawm ${n(total)} yam ntaub ntawv`,
  showingOfMatching: (shown, matching, n) => `Tab tom qhia ${n(shown)} ntawm ${n(matching)} yam ntaub ntawv uas phim cov kev lim`,
  noMatch: 'Tsis muaj ntaub ntawv twg phim cov kev lim uas koj xaiv.',
  clearFilters: 'Tshem cov kev lim',
  emptyFeed: 'Lub feed no tseem tsis tau muaj ntaub ntawv.',
  showMore: 'Qhia ntxiv',
  loadingMore: 'Tab tom thauj ntxiv…',
  moreFailed: 'Thauj tsis tau cov ntaub ntawv ntxiv.',
  errorTitle: 'Thauj tsis tau cov ntaub ntawv.',
  errorDetail: (url, reason) => `Lub feed ${url}: ${reason}.`,
  retry: 'Sim dua',
  errorNetwork:
    'qhov kev thov tsis tiav ua ntej lub server teb: xyuas qhov chaw nyob (URL), kev sib txuas, thiab seb lub server puas pub kev thov los ntawm lwm qhov chaw (CORS)',
  errorTimeout: (seconds) => `tsis muaj lus teb hauv ${seconds} vib nas this`,
  errorHttp: (status) => `lub server teb rov qab nrog tus lej HTTP ${status}`,
  errorInvalid: (detail) => `cov lus teb tsis yog ib lub feed uas siv tau (${detail})`,
  offlineCopy: (savedAt) => `Tam sim no nkag tsis tau rau lub feed; tab tom qhia daim ntawv theej uas tau khaws cia thaum ${savedAt}.`,
  feedsFailed: (feeds) => `Thauj tsis tau ${feeds}; tab tom qhia lwm cov feed.`,
  relatedTopics: 'Cov ntsiab lus cuam tshuam',
  photoCredit: 'Duab:',
  tagsLabel: 'Cov cim',
  activeFilters: 'Cov kev lim uas siv tam sim no',
  removeFilter: (label) => `Tshem kev lim: ${label}`,
  clearAll: 'Tshem tag nrho',
  searchChip: (query) => `Nrhiav: ${query}`,
  moreTags: (hidden) => `Cov cim ntxiv (${hidden})`,
  filtersToggle: (active) => (active ? `Kev lim (${active})` : 'Kev lim'),
  opensInNewTab: '(qhib rau hauv ib lub tab tshiab)',
};
