import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** The verb agrees with the number shown: «Показан 1 …», «Показано 3 …». */
  shown: { one: 'Показан', few: 'Показано', many: 'Показано', other: 'Показано' },
  /** After «из» (genitive): «из 1 материала», «из 3 материалов», «из 10 материалов». */
  resources: { one: 'материала', few: 'материалов', many: 'материалов', other: 'материала' },
  found: { one: 'найденного', few: 'найденных', many: 'найденных', other: 'найденного' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('ru', count, plurals.resources);
const shownVerb = (count: number): string => plural('ru', count, plurals.shown);

export const strings: UiStrings = {
  defaultHeading: 'Материалы',
  loading: 'Загрузка материалов…',
  filterByType: 'Фильтр по типу',
  filterByTag: 'Фильтр по тегу',
  filterByAudience: 'Фильтр по аудитории',
  filterBySource: 'Фильтр по источнику',
  filterByYear: 'Год',
  anyYear: 'Любой год',
  searchLabel: 'Поиск по материалам',
  searchHint: 'Поиск по названиям, описаниям и тегам.',
  sortLabel: 'Сортировка',
  sortNewest: 'Сначала новые',
  sortOldest: 'Сначала старые',
  sortTitle: 'По названию (А–Я)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `${shownVerb(shown)} ${n(shown)} из ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `${shownVerb(shown)} ${n(shown)} из ${n(matching)} ${plural('ru', matching, plurals.found)} ${resources(matching)}`,
  noMatch: 'Нет материалов, соответствующих фильтрам.',
  clearFilters: 'Сбросить фильтры',
  emptyFeed: 'В этой ленте пока нет материалов.',
  showMore: 'Показать ещё',
  loadingMore: 'Загрузка следующих материалов…',
  moreFailed: 'Не удалось загрузить следующие материалы.',
  errorTitle: 'Не удалось загрузить материалы.',
  errorDetail: (url, reason) => `Лента ${url}: ${reason}.`,
  retry: 'Повторить',
  errorNetwork:
    'запрос завершился ошибкой ещё до ответа сервера: проверьте адрес, подключение и то, разрешает ли сервер междоменные запросы (CORS)',
  errorTimeout: (seconds) => `нет ответа в течение ${seconds} с`,
  errorHttp: (status) => `сервер ответил с кодом состояния HTTP ${status}`,
  errorInvalid: (detail) => `ответ не является пригодной для использования лентой (${detail})`,
  offlineCopy: (savedAt) => `Сейчас не удалось связаться с лентой; показана копия, сохранённая ${savedAt}.`,
  feedsFailed: (feeds) => `Не удалось загрузить ${feeds}; показаны остальные ленты.`,
  relatedTopics: 'Связанные темы',
  photoCredit: 'Фото:',
  tagsLabel: 'Теги',
  activeFilters: 'Активные фильтры',
  removeFilter: (label) => `Убрать фильтр: ${label}`,
  clearAll: 'Сбросить все',
  searchChip: (query) => `Поиск: ${query}`,
  moreTags: (hidden) => `Ещё теги (${hidden})`,
  filtersToggle: (active) => (active ? `Фильтры (${active})` : 'Фильтры'),
  opensInNewTab: '(откроется в новой вкладке)',
};
