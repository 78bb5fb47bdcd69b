import { plural, type PluralForms } from './plural.js';
import { isolate } from './bidi.js';
import type { NumberFormatter, UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * The counted noun after «من أصل»: one and two stand without the numeral («مورد واحد»، «موردين»), 3–10 take the
 * plural («٣ موارد»), 11–99 the singular accusative («١١ موردًا»), 100 and up the singular («١٠٠ مورد»).
 */
export const plurals = {
  resources: { zero: 'مورد', one: 'مورد واحد', two: 'موردين', few: 'موارد', many: 'موردًا', other: 'مورد' },
  matchingResources: {
    zero: 'مورد مطابق',
    one: 'مورد واحد مطابق',
    two: 'موردين مطابقين',
    few: 'موارد مطابقة',
    many: 'موردًا مطابقًا',
    other: 'مورد مطابق',
  },
} satisfies Record<string, PluralForms>;

/** The number with its counted noun, the numeral left out where Arabic says the count with the noun alone (1, 2). */
const counted = (count: number, n: NumberFormatter, forms: PluralForms): string => {
  const category = new Intl.PluralRules('ar').select(count);
  const noun = plural('ar', count, forms);
  return category === 'one' || category === 'two' ? noun : `${n(count)} ${noun}`;
};

export const strings: UiStrings = {
  defaultHeading: 'الموارد',
  loading: 'جارٍ تحميل الموارد…',
  filterByType: 'التصفية حسب النوع',
  filterByTag: 'التصفية حسب الوسم',
  filterByAudience: 'التصفية حسب الجمهور',
  filterBySource: 'التصفية حسب المصدر',
  filterByYear: 'السنة',
  anyYear: 'كل السنوات',
  searchLabel: 'البحث في الموارد',
  searchHint: 'يبحث في العناوين والملخصات والوسوم.',
  sortLabel: 'الترتيب حسب',
  sortNewest: 'الأحدث أولًا',
  sortOldest: 'الأقدم أولًا',
  sortTitle: 'العنوان (أ–ي)',
  optionWithCount: (label, count) => `${isolate(label)} (${count})`,
  showingOfTotal: (shown, total, n) => `عرض ${n(shown)} من أصل ${counted(total, n, plurals.resources)}`,
  showingOfMatching: (shown, matching, n) => `عرض ${n(shown)} من أصل ${counted(matching, n, plurals.matchingResources)}`,
  noMatch: 'لا توجد موارد تطابق عوامل التصفية.',
  clearFilters: 'مسح عوامل التصفية',
  emptyFeed: 'لا يحتوي هذا الموجز على أي موارد حتى الآن.',
  showMore: 'عرض المزيد',
  loadingMore: 'جارٍ تحميل المزيد…',
  moreFailed: 'تعذّر تحميل مزيد من الموارد.',
  errorTitle: 'تعذّر تحميل الموارد.',
  errorDetail: (url, reason) => `الموجز ${isolate(url)}: ${isolate(reason)}.`,
  retry: 'إعادة المحاولة',
  errorNetwork: 'فشل الطلب قبل أن يردّ الخادم: تحقّق من العنوان والاتصال، ومن أن الخادم يسمح بالطلبات القادمة من مصادر أخرى (CORS)',
  errorTimeout: (seconds) => `انتهت مهلة الانتظار دون أي رد (المهلة بالثواني: ${seconds})`,
  errorHttp: (status) => `ردّ الخادم برمز حالة HTTP ${status}`,
  errorInvalid: (detail) => `الاستجابة ليست موجزًا صالحًا للاستخدام (${isolate(detail)})`,
  offlineCopy: (savedAt) => `تعذّر الوصول إلى الموجز حاليًا، لذا تُعرض النسخة المحفوظة بتاريخ ${isolate(savedAt)}.`,
  feedsFailed: (feeds) => `تعذّر تحميل ${isolate(feeds)}؛ تُعرض الموجزات الأخرى.`,
  relatedTopics: 'موضوعات ذات صلة',
  photoCredit: 'الصورة:',
  tagsLabel: 'الوسوم',
  activeFilters: 'عوامل التصفية النشطة',
  removeFilter: (label) => `إزالة عامل التصفية: ${isolate(label)}`,
  clearAll: 'مسح الكل',
  searchChip: (query) => `البحث: ${isolate(query)}`,
  moreTags: (hidden) => `مزيد من الوسوم (${hidden})`,
  filtersToggle: (active) => (active ? `عوامل التصفية (${active})` : 'عوامل التصفية'),
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
};
