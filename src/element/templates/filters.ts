import { nothing, type TemplateResult } from 'lit';
import {
  tagOptions,
  toggleValue,
  typeOptions,
  yearOptions,
  type FacetOption,
  type FilterState,
  type IndexedResource,
} from '../../filter/filter.js';
import type { NumberFormatter, UiStrings } from '../../i18n/types.js';
import { sortOption, type ControlName, type Warn } from '../options.js';
import { activeFilterCount } from '../view-model.js';
import { renderControls, renderFacet, renderSearch, renderSort, type FacetGroup } from './controls.js';

/** Tags shown before the "More tags" disclosure. */
export const COLLAPSED_TAG_COUNT = 8;

export interface FilterPanel {
  index: readonly IndexedResource[];
  state: FilterState;
  controls: ReadonlySet<ControlName>;
  /** The disclosures: every tag shown; the narrow-screen panel open. */
  open: { tags: boolean; controls: boolean };
  /** A change the patron made; `typing` while they type in the search box. */
  onChange: (next: FilterState, typing?: boolean) => void;
  warn: Warn;
  onExpandTags: () => void;
  onToggleControls: () => void;
}

/** The controls `filters` asks for: type, tag and year facets, search and sort. */
export function renderFilters(panel: FilterPanel, strings: UiStrings, format: NumberFormatter): TemplateResult | typeof nothing {
  const { index, state, controls, onChange } = panel;
  const facet = <T extends string | number>(
    id: string,
    options: Array<FacetOption<T>>,
    label: string,
    selected: readonly T[],
    onToggle: (value: T) => void,
    more?: Partial<FacetGroup<T>>,
  ): TemplateResult | typeof nothing =>
    options.length ? renderFacet({ id, label, options, selected, onToggle, ...more }, strings, format) : nothing;
  const tagsMore = {
    collapsedLimit: COLLAPSED_TAG_COUNT,
    expanded: panel.open.tags,
    moreLabel: strings.moreTags,
    onExpand: panel.onExpandTags,
  };
  const anyYear = { anyOption: { label: strings.anyYear, onSelect: () => onChange({ ...state, year: undefined }) } };
  const parts: Array<TemplateResult | typeof nothing> = [
    facet('type', controls.has('type') ? typeOptions(index, state) : [], strings.filterByType, state.types, (type) =>
      onChange({ ...state, types: toggleValue(state.types, type) }),
    ),
    facet(
      'tag',
      controls.has('tag') ? tagOptions(index, state) : [],
      strings.filterByTag,
      state.tags,
      (tag) => onChange({ ...state, tags: toggleValue(state.tags, tag) }),
      tagsMore,
    ),
    facet(
      'year',
      controls.has('date') ? yearOptions(index, state) : [],
      strings.filterByYear,
      state.year === undefined ? [] : [state.year],
      (year) => onChange({ ...state, year: state.year === year ? undefined : year }),
      anyYear,
    ),
    controls.has('search')
      ? renderSearch({ value: state.query, onInput: (query) => onChange({ ...state, query }, true) }, strings)
      : nothing,
    controls.has('sort')
      ? renderSort({ value: state.sort, onChange: (sort) => onChange({ ...state, sort: sortOption(sort, panel.warn) }) }, strings)
      : nothing,
  ];
  return renderControls(
    { parts, activeCount: activeFilterCount(state), expanded: panel.open.controls, onToggle: panel.onToggleControls },
    strings,
    format,
  );
}
