import { plural, type PluralForms } from './plural.js';
import { isolate } from './bidi.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** Before «میں سے» (oblique): «1 وسیلے میں سے»، «10 وسائل میں سے». */
  resources: { one: 'وسیلے', other: 'وسائل' },
  /** The verb agrees with the number shown. */
  shown: { one: 'دکھایا جا رہا ہے', other: 'دکھائے جا رہے ہیں' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('ur', count, plurals.resources);
const shownVerb = (count: number): string => plural('ur', count, plurals.shown);

export const strings: UiStrings = {
  defaultHeading: 'وسائل',
  loading: 'وسائل لوڈ ہو رہے ہیں…',
  filterByType: 'قسم کے لحاظ سے فلٹر کریں',
  filterByTag: 'ٹیگ کے لحاظ سے فلٹر کریں',
  filterByAudience: 'سامعین کے لحاظ سے فلٹر کریں',
  filterBySource: 'ماخذ کے لحاظ سے فلٹر کریں',
  filterByYear: 'سال',
  anyYear: 'کوئی بھی سال',
  searchLabel: 'وسائل تلاش کریں',
  searchHint: 'عنوانات، خلاصوں اور ٹیگز میں تلاش کرتا ہے۔',
  sortLabel: 'ترتیب بلحاظ',
  sortNewest: 'نئے پہلے',
  sortOldest: 'پرانے پہلے',
  sortTitle: 'عنوان (ا–ی)',
  optionWithCount: (label, count) => `${isolate(label)} (${count})`,
  showingOfTotal: (shown, total, n) => `کل ${n(total)} ${resources(total)} میں سے ${n(shown)} ${shownVerb(shown)}`,
  showingOfMatching: (shown, matching, n) =>
    `فلٹرز سے مطابقت رکھنے والے ${n(matching)} ${resources(matching)} میں سے ${n(shown)} ${shownVerb(shown)}`,
  noMatch: 'آپ کے فلٹرز سے کوئی وسیلہ مطابقت نہیں رکھتا۔',
  clearFilters: 'فلٹرز صاف کریں',
  emptyFeed: 'اس فیڈ میں ابھی کوئی وسیلہ نہیں ہے۔',
  showMore: 'مزید دکھائیں',
  loadingMore: 'مزید وسائل لوڈ ہو رہے ہیں…',
  moreFailed: 'مزید وسائل لوڈ نہیں ہو سکے۔',
  errorTitle: 'وسائل لوڈ نہیں ہو سکے۔',
  errorDetail: (url, reason) => `فیڈ ${isolate(url)}: ${isolate(reason)}۔`,
  retry: 'دوبارہ کوشش کریں',
  errorNetwork:
    'سرور کے جواب دینے سے پہلے ہی درخواست ناکام ہو گئی: پتا اور کنکشن جانچیں، اور یہ بھی کہ سرور دوسرے ڈومینز سے آنے والی درخواستوں (CORS) کی اجازت دیتا ہے',
  errorTimeout: (seconds) => `${seconds} سیکنڈ میں کوئی جواب نہیں ملا`,
  errorHttp: (status) => `سرور نے HTTP اسٹیٹس کوڈ ${status} کے ساتھ جواب دیا`,
  errorInvalid: (detail) => `جواب قابلِ استعمال فیڈ نہیں ہے (${isolate(detail)})`,
  offlineCopy: (savedAt) => `اس وقت فیڈ تک رسائی نہیں ہو سکی، اس لیے ${isolate(savedAt)} کو محفوظ کی گئی کاپی دکھائی جا رہی ہے۔`,
  feedsFailed: (feeds) => `${isolate(feeds)} لوڈ نہیں ہو سکا؛ دوسری فیڈز دکھائی جا رہی ہیں۔`,
  relatedTopics: 'متعلقہ موضوعات',
  photoCredit: 'تصویر:',
  tagsLabel: 'ٹیگز',
  activeFilters: 'فعال فلٹرز',
  removeFilter: (label) => `فلٹر ہٹائیں: ${isolate(label)}`,
  clearAll: 'سب صاف کریں',
  searchChip: (query) => `تلاش: ${isolate(query)}`,
  moreTags: (hidden) => `مزید ٹیگز (${hidden})`,
  filtersToggle: (active) => (active ? `فلٹرز (${active})` : 'فلٹرز'),
  opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
};
