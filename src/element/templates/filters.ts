import { nothing, type TemplateResult } from 'lit';
import { tagOptions, toggleValue, typeOptions, yearOptions, type FilterState, type IndexedResource } from '../../filter/filter.js';
import type { NumberFormatter, UiStrings } from '../../i18n/types.js';
import { sortOption, type ControlName, type Warn } from '../options.js';
import { activeFilterCount } from '../view-model.js';
import { renderControls, renderFacet, renderSearch, renderSort } from './controls.js';

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
  const facet = (name: 'type' | 'tag'): TemplateResult | typeof nothing => {
    const options = controls.has(name) ? (name === 'type' ? typeOptions : tagOptions)(index, state) : [];
    if (!options.length) return nothing;
    const key = name === 'type' ? 'types' : 'tags';
    const label = name === 'type' ? strings.filterByType : strings.filterByTag;
    const tagGroup = {
      collapsedLimit: COLLAPSED_TAG_COUNT,
      expanded: panel.open.tags,
      moreLabel: strings.moreTags,
      onExpand: panel.onExpandTags,
    };
    const onToggle = (value: string): void => onChange({ ...state, [key]: toggleValue(state[key], value) });
    return renderFacet(
      { id: name, label, options, selected: state[key], describe: String, onToggle, ...(name === 'tag' ? tagGroup : {}) },
      strings,
      format,
    );
  };
  const years = controls.has('date') ? yearOptions(index, state) : [];
  const yearFacet = years.length
    ? renderFacet(
        {
          id: 'year',
          label: strings.filterByYear,
          options: years,
          selected: state.year === undefined ? [] : [state.year],
          describe: String,
          onToggle: (year) => onChange({ ...state, year: state.year === year ? undefined : year }),
          anyOption: { label: strings.anyYear, onSelect: () => onChange({ ...state, year: undefined }) },
        },
        strings,
        format,
      )
    : nothing;
  const parts: Array<TemplateResult | typeof nothing> = [
    facet('type'),
    facet('tag'),
    yearFacet,
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
  );
}
