import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** Before «में से» (oblique): «1 संसाधन में से», «10 संसाधनों में से». */
  resources: { one: 'संसाधन', other: 'संसाधनों' },
  /** The verb agrees with the number shown. */
  shown: { one: 'दिखाया जा रहा है', other: 'दिखाए जा रहे हैं' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('hi', count, plurals.resources);
const shownVerb = (count: number): string => plural('hi', count, plurals.shown);

export const strings: UiStrings = {
  defaultHeading: 'संसाधन',
  loading: 'संसाधन लोड हो रहे हैं…',
  filterByType: 'प्रकार के अनुसार फ़िल्टर करें',
  filterByTag: 'टैग के अनुसार फ़िल्टर करें',
  filterByAudience: 'दर्शक के अनुसार फ़िल्टर करें',
  filterBySource: 'स्रोत के अनुसार फ़िल्टर करें',
  filterByYear: 'वर्ष',
  anyYear: 'कोई भी वर्ष',
  searchLabel: 'संसाधन खोजें',
  searchHint: 'शीर्षकों, सारांशों और टैग में खोजता है।',
  sortLabel: 'क्रम',
  sortNewest: 'सबसे नए पहले',
  sortOldest: 'सबसे पुराने पहले',
  sortTitle: 'शीर्षक (वर्णानुक्रम में)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `कुल ${n(total)} ${resources(total)} में से ${n(shown)} ${shownVerb(shown)}`,
  showingOfMatching: (shown, matching, n) => `मेल खाने वाले ${n(matching)} ${resources(matching)} में से ${n(shown)} ${shownVerb(shown)}`,
  noMatch: 'आपके फ़िल्टर से कोई संसाधन मेल नहीं खाता।',
  clearFilters: 'फ़िल्टर साफ़ करें',
  emptyFeed: 'इस फ़ीड में अभी कोई संसाधन नहीं है।',
  showMore: 'और दिखाएँ',
  loadingMore: 'और संसाधन लोड हो रहे हैं…',
  moreFailed: 'और संसाधन लोड नहीं हो सके।',
  errorTitle: 'संसाधन लोड नहीं हो सके।',
  errorDetail: (url, reason) => `फ़ीड ${url}: ${reason}।`,
  retry: 'फिर से कोशिश करें',
  errorNetwork:
    'सर्वर के जवाब देने से पहले ही अनुरोध विफल हो गया: पता और कनेक्शन जाँचें, और यह भी कि सर्वर दूसरे डोमेन से आने वाले अनुरोधों (CORS) की अनुमति देता है',
  errorTimeout: (seconds) => `${seconds} सेकंड में कोई जवाब नहीं मिला`,
  errorHttp: (status) => `सर्वर ने HTTP स्थिति कोड ${status} के साथ जवाब दिया`,
  errorInvalid: (detail) => `जवाब इस्तेमाल करने लायक फ़ीड नहीं है (${detail})`,
  offlineCopy: (savedAt) => `अभी फ़ीड तक नहीं पहुँचा जा सका, इसलिए ${savedAt} को सहेजी गई कॉपी दिखाई जा रही है।`,
  feedsFailed: (feeds) => `${feeds} लोड नहीं हो सका; अन्य फ़ीड दिखाई जा रही हैं।`,
  relatedTopics: 'संबंधित विषय',
  photoCredit: 'फ़ोटो:',
  tagsLabel: 'टैग',
  activeFilters: 'सक्रिय फ़िल्टर',
  removeFilter: (label) => `फ़िल्टर हटाएँ: ${label}`,
  clearAll: 'सब साफ़ करें',
  searchChip: (query) => `खोज: ${query}`,
  moreTags: (hidden) => `और टैग (${hidden})`,
  filtersToggle: (active) => (active ? `फ़िल्टर (${active})` : 'फ़िल्टर'),
  opensInNewTab: '(नए टैब में खुलता है)',
};
