import { html, nothing, type TemplateResult } from 'lit';
import type { FacetOption, SortOrder } from '../../filter/filter.js';
import type { UiStrings } from '../../i18n/strings.js';

export interface FacetGroup<T extends string | number> {
  id: string;
  label: string;
  options: Array<FacetOption<T>>;
  selected: readonly T[];
  describe: (value: T) => string;
  onToggle: (value: T) => void;
}

/** A group of toggle buttons (`aria-pressed`), each with the count choosing it would give. */
export function renderFacet<T extends string | number>(group: FacetGroup<T>, strings: UiStrings, format: (n: number) => string): TemplateResult {
  return html`<div part="filter" class="filter" role="group" aria-labelledby="${group.id}-label">
    <span class="filter-label" id="${group.id}-label">${group.label}</span>
    <div class="filter-options">
      ${group.options.map(({ value, count }) => {
        const selected = group.selected.includes(value);
        return html`<button
          type="button"
          part=${selected ? 'filter-option filter-option-selected' : 'filter-option'}
          class="filter-option"
          aria-pressed=${selected ? 'true' : 'false'}
          data-value=${String(value)}
          @click=${() => group.onToggle(value)}
        >
          ${strings.optionWithCount(group.describe(value), format(count))}
        </button>`;
      })}
    </div>
  </div>`;
}

export interface SearchBox {
  value: string;
  onInput: (value: string) => void;
}

export function renderSearch(search: SearchBox, strings: UiStrings): TemplateResult {
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

export interface SortControl {
  value: SortOrder;
  onChange: (value: string) => void;
}

export function renderSort(sort: SortControl, strings: UiStrings): TemplateResult {
  const option = (value: SortOrder, label: string): TemplateResult =>
    html`<option value=${value} ?selected=${sort.value === value}>${label}</option>`;
  return html`<div class="sort">
    <label class="control-label" for="sort">${strings.sortLabel}</label>
    <select id="sort" part="sort" class="sort-select" @change=${(event: Event) => sort.onChange((event.target as HTMLSelectElement).value)}>
      ${option('newest', strings.sortNewest)} ${option('oldest', strings.sortOldest)} ${option('title', strings.sortTitle)}
    </select>
  </div>`;
}

export function renderControls(parts: ReadonlyArray<TemplateResult | typeof nothing>): TemplateResult | typeof nothing {
  const present = parts.filter((part) => part !== nothing);
  return present.length ? html`<div part="controls" class="controls">${present}</div>` : nothing;
}
