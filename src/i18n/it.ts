import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  /** `many` is for round millions: "1.000.000 di risorse". */
  resources: { one: 'risorsa', many: 'di risorse', other: 'risorse' },
  found: { one: 'trovata', many: 'trovate', other: 'trovate' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('it', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Risorse',
  loading: 'Caricamento delle risorse…',
  filterByType: 'Filtra per tipo',
  filterByTag: 'Filtra per etichetta',
  filterByAudience: 'Filtra per pubblico',
  filterBySource: 'Filtra per fonte',
  filterByYear: 'Anno',
  anyYear: 'Tutti gli anni',
  searchLabel: 'Cerca risorse',
  searchHint: 'Cerca in titoli, riassunti ed etichette.',
  sortLabel: 'Ordina per',
  sortNewest: 'Più recenti prima',
  sortOldest: 'Meno recenti prima',
  sortTitle: 'Titolo (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Visualizzazione di ${n(shown)} ${resources(shown)} su ${n(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Visualizzazione di ${n(shown)} ${resources(shown)} su ${n(matching)} ${plural('it', matching, plurals.found)}`,
  noMatch: 'Nessuna risorsa corrisponde ai filtri.',
  clearFilters: 'Azzera i filtri',
  emptyFeed: 'Questo feed non contiene ancora risorse.',
  showMore: 'Mostra altro',
  loadingMore: 'Caricamento di altre risorse…',
  moreFailed: 'Impossibile caricare altre risorse.',
  errorTitle: 'Impossibile caricare le risorse.',
  errorDetail: (url, reason) => `Indirizzo del feed ${url}: ${reason}.`,
  retry: 'Riprova',
  errorNetwork:
    'la richiesta non è andata a buon fine prima della risposta del server: controlla l’indirizzo, la connessione e che il server consenta le richieste da altre origini (CORS)',
  errorTimeout: (seconds) => `nessuna risposta entro ${seconds} s`,
  errorHttp: (status) => `il server ha risposto con lo stato HTTP ${status}`,
  errorInvalid: (detail) => `la risposta non è un feed utilizzabile (${detail})`,
  offlineCopy: (savedAt) => `Il feed non è raggiungibile in questo momento; viene mostrata la copia salvata il ${savedAt}.`,
  feedsFailed: (feeds) => `Impossibile caricare ${feeds}; vengono mostrati gli altri feed.`,
  relatedTopics: 'Argomenti correlati',
  photoCredit: 'Foto:',
  tagsLabel: 'Etichette',
  activeFilters: 'Filtri attivi',
  removeFilter: (label) => `Rimuovi filtro: ${label}`,
  clearAll: 'Azzera tutto',
  searchChip: (query) => `Ricerca: ${query}`,
  moreTags: (hidden) => `Altre etichette (${hidden})`,
  filtersToggle: (active) => (active ? `Filtri (${active})` : 'Filtri'),
  opensInNewTab: '(si apre in una nuova scheda)',
};
