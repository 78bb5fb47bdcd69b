import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** After „z” (genitive): „z 1 materiału”, „z 3 materiałów”, „z 10 materiałów”. */
  resources: { one: 'materiału', few: 'materiałów', many: 'materiałów', other: 'materiału' },
  matching: { one: 'pasującego', few: 'pasujących', many: 'pasujących', other: 'pasującego' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('pl', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Materiały',
  loading: 'Wczytywanie materiałów…',
  filterByType: 'Filtruj według typu',
  filterByTag: 'Filtruj według tagu',
  filterByAudience: 'Filtruj według odbiorców',
  filterBySource: 'Filtruj według źródła',
  filterByYear: 'Rok',
  anyYear: 'Dowolny rok',
  searchLabel: 'Szukaj materiałów',
  searchHint: 'Przeszukuje tytuły, streszczenia i tagi.',
  sortLabel: 'Sortuj według',
  sortNewest: 'Od najnowszych',
  sortOldest: 'Od najstarszych',
  sortTitle: 'Tytuł (A–Ż)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Wyświetlono ${n(shown)} z ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Wyświetlono ${n(shown)} z ${n(matching)} ${plural('pl', matching, plurals.matching)} ${resources(matching)}`,
  noMatch: 'Żaden materiał nie pasuje do wybranych filtrów.',
  clearFilters: 'Wyczyść filtry',
  emptyFeed: 'Ten kanał nie zawiera jeszcze materiałów.',
  showMore: 'Pokaż więcej',
  loadingMore: 'Wczytywanie kolejnych materiałów…',
  moreFailed: 'Nie udało się wczytać kolejnych materiałów.',
  errorTitle: 'Nie udało się wczytać materiałów.',
  errorDetail: (url, reason) => `Kanał ${url}: ${reason}.`,
  retry: 'Spróbuj ponownie',
  errorNetwork:
    'żądanie nie powiodło się, zanim serwer odpowiedział: sprawdź adres, połączenie oraz to, czy serwer zezwala na żądania z innych domen (CORS)',
  errorTimeout: (seconds) => `brak odpowiedzi w ciągu ${seconds} s`,
  errorHttp: (status) => `serwer odpowiedział kodem stanu HTTP ${status}`,
  errorInvalid: (detail) => `odpowiedź nie jest kanałem, który da się odczytać (${detail})`,
  offlineCopy: (savedAt) => `Nie udało się teraz połączyć z kanałem; wyświetlono kopię zapisaną ${savedAt}.`,
  feedsFailed: (feeds) => `Nie udało się wczytać ${feeds}; wyświetlono pozostałe kanały.`,
  relatedTopics: 'Powiązane tematy',
  photoCredit: 'Fot.',
  tagsLabel: 'Tagi',
  activeFilters: 'Aktywne filtry',
  removeFilter: (label) => `Usuń filtr: ${label}`,
  clearAll: 'Wyczyść wszystko',
  searchChip: (query) => `Wyszukiwanie: ${query}`,
  moreTags: (hidden) => `Więcej tagów (${hidden})`,
  filtersToggle: (active) => (active ? `Filtry (${active})` : 'Filtry'),
  opensInNewTab: '(otwiera się w nowej karcie)',
};
