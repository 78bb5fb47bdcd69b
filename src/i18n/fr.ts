import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'ressource', many: 'ressources', other: 'ressources' },
  shown: { one: 'affichée', many: 'affichées', other: 'affichées' },
  matching: { one: 'correspondante', many: 'correspondantes', other: 'correspondantes' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('fr', count, plurals.resources);
const shownWord = (count: number): string => plural('fr', count, plurals.shown);

export const strings: UiStrings = {
  defaultHeading: 'Ressources',
  loading: 'Chargement des ressources…',
  filterByType: 'Filtrer par type',
  filterByTag: 'Filtrer par mot-clé',
  filterByAudience: 'Filtrer par public',
  filterBySource: 'Filtrer par source',
  filterByYear: 'Année',
  anyYear: 'Toutes les années',
  searchLabel: 'Rechercher des ressources',
  searchHint: 'Recherche dans les titres, résumés et mots-clés.',
  sortLabel: 'Trier par',
  sortNewest: 'Plus récentes d’abord',
  sortOldest: 'Plus anciennes d’abord',
  sortTitle: 'Titre (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `${n(shown)} ${resources(shown)} ${shownWord(shown)} sur ${n(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `${n(shown)} ${resources(shown)} ${shownWord(shown)} sur ${n(matching)} ${plural('fr', matching, plurals.matching)}`,
  noMatch: 'Aucune ressource ne correspond à vos filtres.',
  clearFilters: 'Effacer les filtres',
  emptyFeed: 'Ce flux ne contient pas encore de ressources.',
  showMore: 'Afficher plus',
  loadingMore: 'Chargement…',
  moreFailed: 'Impossible de charger plus de ressources.',
  errorTitle: 'Les ressources n’ont pas pu être chargées.',
  errorDetail: (url, reason) => `Flux ${url} : ${reason}.`,
  retry: 'Réessayer',
  errorNetwork:
    'la requête a échoué avant la réponse du serveur : vérifiez l’adresse, la connexion et que le serveur autorise les requêtes d’autres origines (CORS)',
  errorTimeout: (seconds) => `aucune réponse en ${seconds} secondes`,
  errorHttp: (status) => `le serveur a répondu avec le code HTTP ${status}`,
  errorInvalid: (detail) => `la réponse n’est pas un flux utilisable (${detail})`,
  offlineCopy: (savedAt) => `Le flux est injoignable pour le moment ; copie enregistrée le ${savedAt}.`,
  feedsFailed: (feeds) => `Impossible de charger ${feeds} ; les autres flux sont affichés.`,
  relatedTopics: 'Sujets connexes',
  photoCredit: 'Photo :',
  tagsLabel: 'Mots-clés',
  activeFilters: 'Filtres actifs',
  removeFilter: (label) => `Retirer le filtre : ${label}`,
  clearAll: 'Tout effacer',
  searchChip: (query) => `Recherche : ${query}`,
  moreTags: (hidden) => `Plus de mots-clés (${hidden})`,
  filtersToggle: (active) => (active ? `Filtres (${active})` : 'Filtres'),
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
};
