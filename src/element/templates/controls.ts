import { html, nothing, type TemplateResult } from 'lit';
import type { FacetOption } from '../../filter/filter.js';
import type { ShownStrings } from '../../i18n/strings.js';

export interface FacetGroup<T extends string | number> {
  id: string;
  label: string;
  options: Array<FacetOption<T>>;
  selected: readonly T[];
  onToggle: (value: T) => void;
  /**
   * For a facet with an "any" option or a "More" disclosure (the year, the tags), what the later
   * code adds: a button before the options, the options shown while collapsed, a button after them.
   */
  first?: TemplateResult;
  shown?: Array<FacetOption<T>>;
  last?: TemplateResult;
}

/** One option's toggle button; the later code draws its "any" option the same way. */
export function optionButton(label: string, pressed: boolean, empty: boolean, value: string, onClick: () => void): TemplateResult {
  return html`<button
    type="button"
    part=${pressed ? 'filter-option filter-option-selected' : 'filter-option'}
    class=${empty ? 'filter-option filter-option-empty' : 'filter-option'}
    aria-pressed=${pressed ? 'true' : 'false'}
    data-value=${value}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** A group of toggle buttons (`aria-pressed`), each with the count choosing it would give. */
export function renderFacet<T extends string | number>(
  group: FacetGroup<T>,
  strings: ShownStrings,
  format: (n: number) => string,
): TemplateResult {
  return html`<div part="filter" class="filter" role="group" aria-labelledby="${group.id}-label">
    <span class="filter-label" id="${group.id}-label">${group.label}</span>
    <div class="filter-options">
      ${group.first ?? nothing}
      ${(group.shown ?? group.options).map(({ value, count }) =>
        optionButton(
          strings.optionWithCount(String(value), format(count)),
          group.selected.includes(value),
          count === 0,
          String(value),
          () => group.onToggle(value),
        ),
      )}
      ${group.last ?? nothing}
    </div>
  </div>`;
}

export interface SearchBox {
  value: string;
  onInput: (value: string) => void;
}

export function renderSearch(search: SearchBox, strings: ShownStrings): TemplateResult {
  return html`<div class="search">
    <label class="control-label" for="search">${strings.searchLabel}</label>
    <input
      id="search"
      part="search"
      class="search-input"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="search-hint"
      .value=${search.value}
      @input=${(event: Event) => search.onInput((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        // Some engines (Firefox) give type=search no built-in Escape-to-clear.
        if (event.key === 'Escape' && (event.target as HTMLInputElement).value) {
          event.preventDefault();
          search.onInput('');
        }
      }}
    />
    <span class="hint" id="search-hint">${strings.searchHint}</span>
  </div>`;
}

export interface ControlsPanel {
  parts: ReadonlyArray<TemplateResult | typeof nothing>;
  /** How many filters are active, shown on the narrow-screen disclosure button. */
  activeCount: number;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * The controls, behind a "Filters (n)" disclosure on narrow widgets. The button and the folding
 * exist only under the container query in the styles, so wide layouts never see them.
 */
export function renderControls(
  panel: ControlsPanel,
  strings: ShownStrings,
  format: (n: number) => string,
): TemplateResult | typeof nothing {
  const present = panel.parts.filter((part) => part !== nothing);
  if (!present.length) return nothing;
  return html`<button
      type="button"
      class="button filters-toggle"
      aria-expanded=${panel.expanded ? 'true' : 'false'}
      aria-controls="controls"
      @click=${panel.onToggle}
    >
      ${strings.filtersToggle(panel.activeCount ? format(panel.activeCount) : '')}
    </button>
    <div part="controls" id="controls" class=${panel.expanded ? 'controls expanded' : 'controls'}>${present}</div>`;
}
