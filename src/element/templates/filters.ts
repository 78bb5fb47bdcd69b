import { nothing, type TemplateResult } from 'lit';
import { FACETS, selectedValues, withSelected, type Facet } from '../../filter/facets.js';
import { activeFilterCount, facetOptions, toggleValue, type FilterState, type IndexedResource } from '../../filter/filter.js';
import type { NumberFormatter, UiStrings } from '../../i18n/types.js';
import { sortOption, type ControlName, type Warn } from '../options.js';
import type { SortControl } from '../later.js';
import { renderControls, renderFacet, renderSearch } from './controls.js';

export interface FilterPanel {
  index: readonly IndexedResource[];
  state: FilterState;
  controls: ReadonlySet<ControlName>;
  /** The disclosures: the facets shown whole (by control name); the narrow-screen panel open. */
  open: { expanded: ReadonlySet<string>; controls: boolean };
  /** A change the patron made; `typing` while they type in the search box. */
  onChange: (next: FilterState, typing?: boolean) => void;
  warn: Warn;
  onExpand: (facet: Facet) => void;
  onToggleControls: () => void;
  /** The sort control, from the later code (loaded before the first cards when `filters` asks for it). */
  renderSort?: (sort: SortControl) => TemplateResult;
}

/** One facet's group of options, when the feed has any. */
function renderFacetGroup(facet: Facet, panel: FilterPanel, strings: UiStrings, format: NumberFormatter): TemplateResult | typeof nothing {
  const { state, onChange } = panel;
  const options = facetOptions(panel.index, state, facet);
  const selected = selectedValues(state, facet);
  const select = (values: readonly (typeof selected)[number][]): void => onChange(withSelected(state, facet, values));
  const group = {
    id: facet.control,
    label: strings[facet.label],
    options,
    selected,
    onToggle: (value: (typeof selected)[number]) =>
      select('single' in facet && selected[0] !== value ? [value] : toggleValue(selected, value)),
    ...('single' in facet ? { anyOption: { label: strings[facet.single.any], onSelect: () => select([]) } } : {}),
    ...('collapsed' in facet
      ? {
          collapsedLimit: facet.collapsed.limit,
          expanded: panel.open.expanded.has(facet.control),
          moreLabel: strings[facet.collapsed.more],
          onExpand: () => panel.onExpand(facet),
        }
      : {}),
  };
  return options.length ? renderFacet(group, strings, format) : nothing;
}

/** The controls `filters` asks for: the facets (facets.ts), search and sort. */
export function renderFilters(panel: FilterPanel, strings: UiStrings, format: NumberFormatter): TemplateResult | typeof nothing {
  const { state, controls, onChange } = panel;
  const parts: Array<TemplateResult | typeof nothing> = [
    ...FACETS.map((facet) => (controls.has(facet.control as ControlName) ? renderFacetGroup(facet, panel, strings, format) : nothing)),
    controls.has('search')
      ? renderSearch({ value: state.query, onInput: (query) => onChange({ ...state, query }, true) }, strings)
      : nothing,
    controls.has('sort') && panel.renderSort
      ? panel.renderSort({ value: state.sort, onChange: (sort) => onChange({ ...state, sort: sortOption(sort, panel.warn) }) })
      : nothing,
  ];
  return renderControls(
    { parts, activeCount: activeFilterCount(state), expanded: panel.open.controls, onToggle: panel.onToggleControls },
    strings,
    format,
  );
}
