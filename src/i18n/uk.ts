import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** After «з» (genitive): «з 1 матеріалу», «з 3 матеріалів», «з 10 матеріалів». */
  resources: { one: 'матеріалу', few: 'матеріалів', many: 'матеріалів', other: 'матеріалу' },
  found: { one: 'знайденого', few: 'знайдених', many: 'знайдених', other: 'знайденого' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('uk', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Матеріали',
  loading: 'Завантаження матеріалів…',
  filterByType: 'Фільтр за типом',
  filterByTag: 'Фільтр за тегом',
  filterByAudience: 'Фільтр за аудиторією',
  filterBySource: 'Фільтр за джерелом',
  filterByYear: 'Рік',
  anyYear: 'Будь-який рік',
  searchLabel: 'Пошук матеріалів',
  searchHint: 'Пошук у назвах, описах і тегах.',
  sortLabel: 'Сортування',
  sortNewest: 'Спершу нові',
  sortOldest: 'Спершу старі',
  sortTitle: 'За назвою (А–Я)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Показано ${n(shown)} з ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Показано ${n(shown)} з ${n(matching)} ${plural('uk', matching, plurals.found)} ${resources(matching)}`,
  noMatch: 'Жоден матеріал не відповідає фільтрам.',
  clearFilters: 'Скинути фільтри',
  emptyFeed: 'У цій стрічці ще немає матеріалів.',
  showMore: 'Показати більше',
  loadingMore: 'Завантаження наступних матеріалів…',
  moreFailed: 'Не вдалося завантажити наступні матеріали.',
  errorTitle: 'Не вдалося завантажити матеріали.',
  errorDetail: (url, reason) => `Стрічка ${url}: ${reason}.`,
  retry: 'Спробувати ще раз',
  errorNetwork:
    'запит завершився помилкою ще до відповіді сервера: перевірте адресу, з’єднання і те, чи дозволяє сервер міждоменні запити (CORS)',
  errorTimeout: (seconds) => `немає відповіді протягом ${seconds} с`,
  errorHttp: (status) => `сервер відповів кодом стану HTTP ${status}`,
  errorInvalid: (detail) => `відповідь не є придатною для використання стрічкою (${detail})`,
  offlineCopy: (savedAt) => `Зараз не вдалося зв’язатися зі стрічкою; показано копію, збережену ${savedAt}.`,
  feedsFailed: (feeds) => `Не вдалося завантажити ${feeds}; показано інші стрічки.`,
  relatedTopics: 'Пов’язані теми',
  photoCredit: 'Фото:',
  tagsLabel: 'Теги',
  activeFilters: 'Активні фільтри',
  removeFilter: (label) => `Прибрати фільтр: ${label}`,
  clearAll: 'Скинути все',
  searchChip: (query) => `Пошук: ${query}`,
  moreTags: (hidden) => `Більше тегів (${hidden})`,
  filtersToggle: (active) => (active ? `Фільтри (${active})` : 'Фільтри'),
  opensInNewTab: '(відкриється в новій вкладці)',
};
