import { plural, type PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {
  resources: { one: 'recurso', many: 'recursos', other: 'recursos' },
  matching: { one: 'correspondente', many: 'correspondentes', other: 'correspondentes' },
} satisfies Record<string, PluralForms>;

const resources = (count: number): string => plural('pt', count, plurals.resources);

export const strings: UiStrings = {
  defaultHeading: 'Recursos',
  loading: 'Carregando recursos…',
  filterByType: 'Filtrar por tipo',
  filterByTag: 'Filtrar por etiqueta',
  filterByAudience: 'Filtrar por público',
  filterBySource: 'Filtrar por fonte',
  filterByYear: 'Ano',
  anyYear: 'Qualquer ano',
  searchLabel: 'Pesquisar recursos',
  searchHint: 'Pesquisa em títulos, resumos e etiquetas.',
  sortLabel: 'Ordenar por',
  sortNewest: 'Mais recentes primeiro',
  sortOldest: 'Mais antigos primeiro',
  sortTitle: 'Título (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Mostrando ${n(shown)} de ${n(total)} ${resources(total)}`,
  showingOfMatching: (shown, matching, n) =>
    `Mostrando ${n(shown)} de ${n(matching)} ${resources(matching)} ${plural('pt', matching, plurals.matching)}`,
  noMatch: 'Nenhum recurso corresponde aos filtros.',
  clearFilters: 'Limpar filtros',
  emptyFeed: 'Ainda não há recursos neste feed.',
  showMore: 'Mostrar mais',
  loadingMore: 'Carregando mais…',
  moreFailed: 'Não foi possível carregar mais recursos.',
  errorTitle: 'Não foi possível carregar os recursos.',
  errorDetail: (url, reason) => `Erro no feed ${url}: ${reason}.`,
  retry: 'Tentar novamente',
  errorNetwork:
    'a solicitação falhou antes de o servidor responder: verifique o endereço, a conexão e se o servidor permite solicitações de outras origens (CORS)',
  errorTimeout: (seconds) => `sem resposta em ${seconds} segundos`,
  errorHttp: (status) => `o servidor respondeu com o código HTTP ${status}`,
  errorInvalid: (detail) => `a resposta não é um feed utilizável (${detail})`,
  offlineCopy: (savedAt) => `Não foi possível acessar o feed agora; mostrando a cópia salva em ${savedAt}.`,
  feedsFailed: (feeds) => `Não foi possível carregar ${feeds}; mostrando os outros feeds.`,
  relatedTopics: 'Temas relacionados',
  photoCredit: 'Foto:',
  tagsLabel: 'Etiquetas',
  activeFilters: 'Filtros ativos',
  removeFilter: (label) => `Remover filtro: ${label}`,
  clearAll: 'Limpar tudo',
  searchChip: (query) => `Pesquisa: ${query}`,
  moreTags: (hidden) => `Mais etiquetas (${hidden})`,
  filtersToggle: (active) => (active ? `Filtros (${active})` : 'Filtros'),
  opensInNewTab: '(abre em uma nova aba)',
};
