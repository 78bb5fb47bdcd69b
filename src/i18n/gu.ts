import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** Before «માંથી»: «1 સંસાધનમાંથી», «10 સંસાધનોમાંથી». */
  resources: { one: 'સંસાધન', other: 'સંસાધનો' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('gu', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'સંસાધનો',
  loading: 'સંસાધનો લોડ થઈ રહ્યાં છે…',
  filterByType: 'પ્રકાર પ્રમાણે ફિલ્ટર કરો',
  filterByTag: 'ટૅગ પ્રમાણે ફિલ્ટર કરો',
  filterByAudience: 'પ્રેક્ષક પ્રમાણે ફિલ્ટર કરો',
  filterBySource: 'સ્રોત પ્રમાણે ફિલ્ટર કરો',
  filterByYear: 'વર્ષ',
  anyYear: 'કોઈપણ વર્ષ',
  searchLabel: 'સંસાધનો શોધો',
  searchHint: 'શીર્ષકો, સારાંશો અને ટૅગમાં શોધે છે.',
  sortLabel: 'ગોઠવવાનો ક્રમ',
  sortNewest: 'નવાં પહેલાં',
  sortOldest: 'જૂનાં પહેલાં',
  sortTitle: 'શીર્ષક (કક્કાવાર)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `કુલ ${n(total)} ${resources(total)}માંથી ${n(shown)} બતાવેલ છે`,
  showingOfMatching: (shown, matching, n) => `મેળ ખાતા ${n(matching)} ${resources(matching)}માંથી ${n(shown)} બતાવેલ છે`,
  noMatch: 'તમારા ફિલ્ટર સાથે કોઈ સંસાધન મેળ ખાતું નથી.',
  clearFilters: 'ફિલ્ટર સાફ કરો',
  emptyFeed: 'આ ફીડમાં હજુ કોઈ સંસાધન નથી.',
  showMore: 'વધુ બતાવો',
  loadingMore: 'વધુ સંસાધનો લોડ થઈ રહ્યાં છે…',
  moreFailed: 'વધુ સંસાધનો લોડ થઈ શક્યાં નહીં.',
  errorTitle: 'સંસાધનો લોડ થઈ શક્યાં નહીં.',
  errorDetail: (url, reason) => `ફીડ ${url}: ${reason}.`,
  retry: 'ફરી પ્રયાસ કરો',
  errorNetwork: 'સર્વર જવાબ આપે તે પહેલાં જ વિનંતી નિષ્ફળ ગઈ: સરનામું અને કનેક્શન તપાસો, અને એ પણ કે સર્વર અન્ય ડોમેનથી આવતી વિનંતીઓ (CORS)ને મંજૂરી આપે છે',
  errorTimeout: (seconds) => `${seconds} સેકન્ડમાં કોઈ જવાબ મળ્યો નથી`,
  errorHttp: (status) => `સર્વરે HTTP સ્ટેટસ કોડ ${status} સાથે જવાબ આપ્યો`,
  errorInvalid: (detail) => `જવાબ ઉપયોગમાં લઈ શકાય તેવી ફીડ નથી (${detail})`,
  offlineCopy: (savedAt) => `અત્યારે ફીડ સુધી પહોંચી શકાયું નથી, તેથી સાચવેલી નકલ (${savedAt}) બતાવવામાં આવી રહી છે.`,
  feedsFailed: (feeds) => `${feeds} લોડ કરી શકાયું નથી; અન્ય ફીડ બતાવવામાં આવી રહી છે.`,
  relatedTopics: 'સંબંધિત વિષયો',
  photoCredit: 'ફોટો:',
  tagsLabel: 'ટૅગ',
  activeFilters: 'સક્રિય ફિલ્ટર',
  removeFilter: (label) => `ફિલ્ટર દૂર કરો: ${label}`,
  clearAll: 'બધું સાફ કરો',
  searchChip: (query) => `શોધ: ${query}`,
  moreTags: (hidden) => `વધુ ટૅગ (${hidden})`,
  filtersToggle: (active) => (active ? `ફિલ્ટર (${active})` : 'ફિલ્ટર'),
  opensInNewTab: '(નવા ટૅબમાં ખૂલે છે)',
};
