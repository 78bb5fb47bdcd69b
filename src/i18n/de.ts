import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** After "von" (dative): "von 1 Ressource", "von 10 Ressourcen". */
  resources: { one: 'Ressource', other: 'Ressourcen' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('de', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Ressourcen',
  loading: 'Ressourcen werden geladen…',
  filterByType: 'Nach Typ filtern',
  filterByTag: 'Nach Schlagwort filtern',
  filterByAudience: 'Nach Zielgruppe filtern',
  filterBySource: 'Nach Quelle filtern',
  filterByYear: 'Jahr',
  anyYear: 'Alle Jahre',
  searchLabel: 'Ressourcen durchsuchen',
  searchHint: 'Durchsucht Titel, Zusammenfassungen und Schlagwörter.',
  sortLabel: 'Sortieren nach',
  sortNewest: 'Neueste zuerst',
  sortOldest: 'Älteste zuerst',
  sortTitle: 'Titel (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `${n(shown)} von ${n(total)} ${resources(total)} angezeigt`,
  showingOfMatching: (shown, matching, n) => `${n(shown)} von ${n(matching)} passenden ${resources(matching)} angezeigt`,
  noMatch: 'Keine Ressourcen entsprechen Ihren Filtern.',
  clearFilters: 'Filter zurücksetzen',
  emptyFeed: 'Dieser Feed enthält noch keine Ressourcen.',
  showMore: 'Mehr anzeigen',
  loadingMore: 'Weitere Ressourcen werden geladen…',
  moreFailed: 'Weitere Ressourcen konnten nicht geladen werden.',
  errorTitle: 'Die Ressourcen konnten nicht geladen werden.',
  errorDetail: (url, reason) => `Feed-Adresse ${url}: ${reason}.`,
  retry: 'Erneut versuchen',
  errorNetwork:
    'die Anfrage ist fehlgeschlagen, bevor der Server geantwortet hat: Prüfen Sie die Adresse, die Verbindung und ob der Server ursprungsübergreifende Anfragen (CORS) erlaubt',
  errorTimeout: (seconds) => `keine Antwort innerhalb von ${seconds} s`,
  errorHttp: (status) => `der Server hat mit dem HTTP-Status ${status} geantwortet`,
  errorInvalid: (detail) => `die Antwort ist kein verwendbarer Feed (${detail})`,
  offlineCopy: (savedAt) => `Der Feed ist gerade nicht erreichbar; angezeigt wird die gespeicherte Kopie vom ${savedAt}.`,
  feedsFailed: (feeds) => `${feeds} konnte nicht geladen werden; die anderen Feeds werden angezeigt.`,
  relatedTopics: 'Verwandte Themen',
  photoCredit: 'Foto:',
  tagsLabel: 'Schlagwörter',
  activeFilters: 'Aktive Filter',
  removeFilter: (label) => `Filter entfernen: ${label}`,
  clearAll: 'Alle zurücksetzen',
  searchChip: (query) => `Suche: ${query}`,
  moreTags: (hidden) => `Weitere Schlagwörter (${hidden})`,
  filtersToggle: (active) => (active ? `Filter (${active})` : 'Filter'),
  opensInNewTab: '(öffnet in einem neuen Tab)',
};
