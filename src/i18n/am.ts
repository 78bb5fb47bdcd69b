import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'ግብዓት', other: 'ግብዓቶች' },
  matching: { one: 'የሚዛመድ', other: 'የሚዛመዱ' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('am', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'ግብዓቶች',
  loading: 'ግብዓቶች በመጫን ላይ…',
  filterByType: 'በዓይነት አጣራ',
  filterByTag: 'በመለያ አጣራ',
  filterByAudience: 'በታዳሚ አጣራ',
  filterBySource: 'በምንጭ አጣራ',
  filterByYear: 'ዓመት',
  anyYear: 'ማንኛውም ዓመት',
  searchLabel: 'ግብዓቶችን ፈልግ',
  searchHint: 'በርዕሶች፣ በማጠቃለያዎች እና በመለያዎች ውስጥ ይፈልጋል።',
  sortLabel: 'ቅደም ተከተል',
  sortNewest: 'አዲሶቹ መጀመሪያ',
  sortOldest: 'የቆዩት መጀመሪያ',
  sortTitle: 'በርዕስ (በፊደል ቅደም ተከተል)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `ከ${n(total)} ${resources(total)} ውስጥ ${n(shown)} በመታየት ላይ`,
  showingOfMatching: (shown, matching, n) =>
    `ከ${n(matching)} ${plural('am', matching, plurals.matching)} ${resources(matching)} ውስጥ ${n(shown)} በመታየት ላይ`,
  noMatch: 'ከማጣሪያዎችዎ ጋር የሚዛመድ ግብዓት የለም።',
  clearFilters: 'ማጣሪያዎችን አጽዳ',
  emptyFeed: 'በዚህ ፊድ ውስጥ እስካሁን ምንም ግብዓት የለም።',
  showMore: 'ተጨማሪ አሳይ',
  loadingMore: 'ተጨማሪ በመጫን ላይ…',
  moreFailed: 'ተጨማሪ ግብዓቶችን መጫን አልተቻለም።',
  errorTitle: 'ግብዓቶቹን መጫን አልተቻለም።',
  errorDetail: (url, reason) => `ፊድ ${url}፦ ${reason}።`,
  retry: 'እንደገና ይሞክሩ',
  errorNetwork: 'አገልጋዩ ምላሽ ከመስጠቱ በፊት ጥያቄው አልተሳካም፦ አድራሻውን፣ ግንኙነቱን እና አገልጋዩ ከሌላ ምንጭ የሚመጡ ጥያቄዎችን (CORS) የሚፈቅድ መሆኑን ያረጋግጡ',
  errorTimeout: (seconds) => `በ${seconds} ሰከንድ ውስጥ ምላሽ አልተገኘም`,
  errorHttp: (status) => `አገልጋዩ በHTTP ሁኔታ ኮድ ${status} ምላሽ ሰጥቷል`,
  errorInvalid: (detail) => `ምላሹ ጥቅም ላይ ሊውል የሚችል ፊድ አይደለም (${detail})`,
  offlineCopy: (savedAt) => `ፊዱን አሁን ማግኘት አልተቻለም፤ በ${savedAt} የተቀመጠው ቅጂ እየታየ ነው።`,
  feedsFailed: (feeds) => `${feeds}ን መጫን አልተቻለም፤ ሌሎቹ ፊዶች እየታዩ ነው።`,
  relatedTopics: 'ተዛማጅ ርዕሶች',
  photoCredit: 'ፎቶ፦',
  tagsLabel: 'መለያዎች',
  activeFilters: 'የተተገበሩ ማጣሪያዎች',
  removeFilter: (label) => `ማጣሪያውን አስወግድ፦ ${label}`,
  clearAll: 'ሁሉንም አጽዳ',
  searchChip: (query) => `ፍለጋ፦ ${query}`,
  moreTags: (hidden) => `ተጨማሪ መለያዎች (${hidden})`,
  filtersToggle: (active) => (active ? `ማጣሪያዎች (${active})` : 'ማጣሪያዎች'),
  opensInNewTab: '(በአዲስ ትር ይከፈታል)',
};
