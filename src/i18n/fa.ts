import { plural, type PluralForms } from './plural.js';
import { isolate } from './bidi.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** After a number Persian keeps the noun singular: «۱ منبع»، «۱۰ منبع». */
  resources: { one: 'منبع', other: 'منبع' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('fa', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'منابع',
  loading: 'در حال بارگیری منابع…',
  filterByType: 'فیلتر بر اساس نوع',
  filterByTag: 'فیلتر بر اساس برچسب',
  filterByAudience: 'فیلتر بر اساس مخاطب',
  filterBySource: 'فیلتر بر اساس منبع',
  filterByYear: 'سال',
  anyYear: 'همهٔ سال‌ها',
  searchLabel: 'جست‌وجو در منابع',
  searchHint: 'در عنوان‌ها، خلاصه‌ها و برچسب‌ها جست‌وجو می‌کند.',
  sortLabel: 'مرتب‌سازی بر اساس',
  sortNewest: 'جدیدترین‌ها اول',
  sortOldest: 'قدیمی‌ترین‌ها اول',
  sortTitle: 'عنوان (الف–ی)',
  optionWithCount: (label, count) => `${isolate(label)} (${count})`,
  showingOfTotal: (shown, total, n) => `نمایش ${n(shown)} از ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) => `نمایش ${n(shown)} از ${n(matching)} ${resources(matching)} یافت‌شده`,
  noMatch: 'هیچ منبعی با فیلترهای شما مطابقت ندارد.',
  clearFilters: 'پاک کردن فیلترها',
  emptyFeed: 'این خوراک هنوز هیچ منبعی ندارد.',
  showMore: 'نمایش بیشتر',
  loadingMore: 'در حال بارگیری منابع بیشتر…',
  moreFailed: 'بارگیری منابع بیشتر ممکن نشد.',
  errorTitle: 'بارگیری منابع ممکن نشد.',
  errorDetail: (url, reason) => `خوراک ${isolate(url)}: ${isolate(reason)}.`,
  retry: 'تلاش دوباره',
  errorNetwork:
    'درخواست پیش از پاسخ سرور ناموفق بود: نشانی و اتصال را بررسی کنید و مطمئن شوید که سرور درخواست‌های بین‌دامنه‌ای (CORS) را می‌پذیرد',
  errorTimeout: (seconds) => `در ${seconds} ثانیه پاسخی دریافت نشد`,
  errorHttp: (status) => `سرور با کد وضعیت HTTP ${status} پاسخ داد`,
  errorInvalid: (detail) => `پاسخ دریافتی خوراک قابل‌استفاده‌ای نیست (${isolate(detail)})`,
  offlineCopy: (savedAt) => `اکنون دسترسی به خوراک ممکن نشد؛ نسخهٔ ذخیره‌شده در ${isolate(savedAt)} نمایش داده می‌شود.`,
  feedsFailed: (feeds) => `بارگیری ${isolate(feeds)} ممکن نشد؛ خوراک‌های دیگر نمایش داده می‌شوند.`,
  relatedTopics: 'موضوعات مرتبط',
  photoCredit: 'عکس:',
  tagsLabel: 'برچسب‌ها',
  activeFilters: 'فیلترهای فعال',
  removeFilter: (label) => `حذف فیلتر: ${isolate(label)}`,
  clearAll: 'پاک کردن همه',
  searchChip: (query) => `جست‌وجو: ${isolate(query)}`,
  moreTags: (hidden) => `برچسب‌های بیشتر (${hidden})`,
  filtersToggle: (active) => (active ? `فیلترها (${active})` : 'فیلترها'),
  opensInNewTab: '(در زبانهٔ جدید باز می‌شود)',
};
