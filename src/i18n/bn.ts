import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/**
 * Every plural form set the strings use, one form per plural category of the language (the catalog test checks them).
 * Bengali counts with the classifier «টি» and keeps the noun unmarked: «১০টি রিসোর্সের মধ্যে».
 */
export const plurals = {
  resources: { one: 'রিসোর্সের', other: 'রিসোর্সের' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('bn', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'রিসোর্স',
  loading: 'রিসোর্স লোড হচ্ছে…',
  filterByType: 'ধরন অনুযায়ী ফিল্টার করুন',
  filterByTag: 'ট্যাগ অনুযায়ী ফিল্টার করুন',
  filterByAudience: 'দর্শক অনুযায়ী ফিল্টার করুন',
  filterBySource: 'উৎস অনুযায়ী ফিল্টার করুন',
  filterByYear: 'বছর',
  anyYear: 'যেকোনো বছর',
  searchLabel: 'রিসোর্স অনুসন্ধান করুন',
  searchHint: 'শিরোনাম, সারসংক্ষেপ ও ট্যাগে অনুসন্ধান করে।',
  sortLabel: 'সাজানোর ক্রম',
  sortNewest: 'নতুনগুলো আগে',
  sortOldest: 'পুরোনোগুলো আগে',
  sortTitle: 'শিরোনাম (বর্ণানুক্রমে)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `মোট ${n(total)}টি ${resources(total)} মধ্যে ${n(shown)}টি দেখানো হচ্ছে`,
  showingOfMatching: (shown, matching, n) => `মিলে যাওয়া ${n(matching)}টি ${resources(matching)} মধ্যে ${n(shown)}টি দেখানো হচ্ছে`,
  noMatch: 'আপনার ফিল্টারের সঙ্গে কোনো রিসোর্স মেলেনি।',
  clearFilters: 'ফিল্টার মুছুন',
  emptyFeed: 'এই ফিডে এখনও কোনো রিসোর্স নেই।',
  showMore: 'আরও দেখুন',
  loadingMore: 'আরও রিসোর্স লোড হচ্ছে…',
  moreFailed: 'আরও রিসোর্স লোড করা যায়নি।',
  errorTitle: 'রিসোর্স লোড করা যায়নি।',
  errorDetail: (url, reason) => `ফিড ${url}: ${reason}।`,
  retry: 'আবার চেষ্টা করুন',
  errorNetwork:
    'সার্ভার উত্তর দেওয়ার আগেই অনুরোধটি ব্যর্থ হয়েছে: ঠিকানা ও সংযোগ যাচাই করুন, আর দেখুন সার্ভার অন্য ডোমেন থেকে আসা অনুরোধ (CORS) অনুমোদন করে কি না',
  errorTimeout: (seconds) => `${seconds} সেকেন্ডের মধ্যে কোনো উত্তর আসেনি`,
  errorHttp: (status) => `সার্ভার HTTP স্ট্যাটাস কোড ${status} দিয়ে উত্তর দিয়েছে`,
  errorInvalid: (detail) => `উত্তরটি ব্যবহারযোগ্য কোনো ফিড নয় (${detail})`,
  offlineCopy: (savedAt) => `এই মুহূর্তে ফিডে পৌঁছানো যায়নি, তাই সংরক্ষিত কপি (${savedAt}) দেখানো হচ্ছে।`,
  feedsFailed: (feeds) => `${feeds} লোড করা যায়নি; অন্য ফিডগুলো দেখানো হচ্ছে।`,
  relatedTopics: 'সম্পর্কিত বিষয়',
  photoCredit: 'ছবি:',
  tagsLabel: 'ট্যাগ',
  activeFilters: 'সক্রিয় ফিল্টার',
  removeFilter: (label) => `ফিল্টার সরান: ${label}`,
  clearAll: 'সব মুছুন',
  searchChip: (query) => `অনুসন্ধান: ${query}`,
  moreTags: (hidden) => `আরও ট্যাগ (${hidden})`,
  filtersToggle: (active) => (active ? `ফিল্টার (${active})` : 'ফিল্টার'),
  opensInNewTab: '(নতুন ট্যাবে খোলে)',
};
