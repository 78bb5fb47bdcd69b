import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'recurso', many: 'recursos', other: 'recursos' },
  matching: { one: 'coincidente', many: 'coincidentes', other: 'coincidentes' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('es', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Recursos',
  loading: 'Cargando recursos…',
  filterByType: 'Filtrar por tipo',
  filterByTag: 'Filtrar por etiqueta',
  filterByAudience: 'Filtrar por público',
  filterBySource: 'Filtrar por fuente',
  filterByYear: 'Año',
  anyYear: 'Cualquier año',
  searchLabel: 'Buscar recursos',
  searchHint: 'Busca en títulos, resúmenes y etiquetas.',
  sortLabel: 'Ordenar por',
  sortNewest: 'Más recientes primero',
  sortOldest: 'Más antiguos primero',
  sortTitle: 'Título (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Mostrando ${n(shown)} de ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Mostrando ${n(shown)} de ${n(matching)} ${resources(matching)} ${plural('es', matching, plurals.matching)}`,
  noMatch: 'Ningún recurso coincide con los filtros.',
  clearFilters: 'Borrar filtros',
  emptyFeed: 'Este canal todavía no tiene recursos.',
  showMore: 'Mostrar más',
  loadingMore: 'Cargando más…',
  moreFailed: 'No se pudieron cargar más recursos.',
  errorTitle: 'No se pudieron cargar los recursos.',
  errorDetail: (url, reason) => `Canal ${url}: ${reason}.`,
  retry: 'Reintentar',
  errorNetwork:
    'la solicitud falló antes de que respondiera el servidor: compruebe la dirección, la conexión y que el servidor permita solicitudes de otros orígenes (CORS)',
  errorTimeout: (seconds) => `sin respuesta en ${seconds} segundos`,
  errorHttp: (status) => `el servidor respondió con el código HTTP ${status}`,
  errorInvalid: (detail) => `la respuesta no es un canal utilizable (${detail})`,
  offlineCopy: (savedAt) => `No se pudo acceder al canal; se muestra la copia guardada el ${savedAt}.`,
  feedsFailed: (feeds) => `No se pudo cargar ${feeds}; se muestran los demás canales.`,
  relatedTopics: 'Temas relacionados',
  photoCredit: 'Foto:',
  tagsLabel: 'Etiquetas',
  activeFilters: 'Filtros activos',
  removeFilter: (label) => `Quitar filtro: ${label}`,
  clearAll: 'Borrar todo',
  searchChip: (query) => `Búsqueda: ${query}`,
  moreTags: (hidden) => `Más etiquetas (${hidden})`,
  filtersToggle: (active) => (active ? `Filtros (${active})` : 'Filtros'),
  opensInNewTab: '(se abre en una pestaña nueva)',
};
