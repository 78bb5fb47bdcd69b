import { html, nothing, type TemplateResult } from 'lit';
import { FACETS, selectedValues, withSelected, type Facet } from '../../filter/facets.js';
import { activeFilterCount, facetOptions, toggleValue, type FilterState, type IndexedResource } from '../../filter/filter.js';
import type { NumberFormatter, ShownStrings } from '../../i18n/types.js';
import { sortOption, type ControlName, type Warn } from '../options.js';
import { optionButton, renderControls, renderFacet, renderSearch } from './controls.js';

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
  /**
   * The later code, once loaded: it draws the sort control and the year and tags groups' extras.
   * The element loads it before the first cards when `filters` asks for them (`drawnLater`).
   */
  later?: typeof import('../later.js');
}

/**
 * One facet's group of options, when the feed has any. A facet with an "any" option or a "More"
 * disclosure (the year, the tags) takes them from the later code (`facetExtras`), loaded before the
 * first cards when `filters` asks for it; without it, that facet is left out.
 */
function renderFacetGroup(
  facet: Facet,
  panel: FilterPanel,
  strings: ShownStrings,
  format: NumberFormatter,
): TemplateResult | typeof nothing {
  const { state, onChange } = panel;
  const options = facetOptions(panel.index, state, facet, panel.later?.matching);
  const selected = selectedValues(state, facet);
  const select = (values: readonly (typeof selected)[number][]): void => onChange(withSelected(state, facet, values));
  const group = {
    id: facet.control,
    // The tags' and the year's words come with the later code, which draws their groups (facetExtras).
    label: strings[facet.label] ?? '',
    options,
    selected,
    onToggle: (value: (typeof selected)[number]) => select(toggleValue(selected, value)),
  };
  if (!options.length) return nothing;
  if (!hasExtras(facet)) return renderFacet(group, strings, format);
  const { later, open, onExpand } = panel;
  return later
    ? renderFacet(
        later.facetExtras(html, optionButton, facet, group, select, { expanded: open.expanded, onExpand, strings, format }),
        strings,
        format,
      )
    : nothing;
}

/** A facet with an "any" option or a "More" disclosure, which the later code draws. */
const hasExtras = (facet: Facet): boolean => 'single' in facet || 'collapsed' in facet;

/** Whether `filters` asks for a control the later code draws: the sort control, a year or tags group. */
export function drawnLater(controls: ReadonlySet<ControlName>): boolean {
  return controls.has('sort') || FACETS.some((facet) => hasExtras(facet) && controls.has(facet.control));
}

/** The controls `filters` asks for: the facets (facets.ts), search and sort. */
export function renderFilters(panel: FilterPanel, strings: ShownStrings, format: NumberFormatter): TemplateResult | typeof nothing {
  const { state, controls, onChange } = panel;
  const parts: Array<TemplateResult | typeof nothing> = [
    ...FACETS.map((facet) => (controls.has(facet.control as ControlName) ? renderFacetGroup(facet, panel, strings, format) : nothing)),
    controls.has('search')
      ? renderSearch({ value: state.query, onInput: (query) => onChange({ ...state, query }, true) }, strings)
      : nothing,
    controls.has('sort') && panel.later
      ? panel.later.renderSort(
          html,
          { value: state.sort, onChange: (sort) => onChange({ ...state, sort: sortOption(sort, panel.warn) }) },
          strings,
        )
      : nothing,
  ];
  return renderControls(
    { parts, activeCount: activeFilterCount(state), expanded: panel.open.controls, onToggle: panel.onToggleControls },
    strings,
    format,
  );
}
