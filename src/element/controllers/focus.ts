import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Moves focus once the next update has rendered, to an element that may not exist before it. */
export class FocusController implements ReactiveController {
  private target?: () => HTMLElement | null | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** `find` runs after the next update and returns what to focus. */
  after(find: () => HTMLElement | null | undefined): void {
    this.target = find;
  }

  hostUpdated(): void {
    const find = this.target;
    this.target = undefined;
    find?.()?.focus();
  }
}

/** The card at `index` in the list: its link, or the card itself when it has none, so focus is not lost. */
export function cardFocusTarget(root: ParentNode, index: number): HTMLElement | undefined {
  const card = root.querySelectorAll<HTMLElement>('[part~="list"] > li')[index];
  const link = card?.querySelector('a');
  if (link || !card) return link ?? undefined;
  card.tabIndex = -1;
  return card;
}

/** The first filter control, where focus goes when the control that had it disappears. */
export function firstControl(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('[part~="controls"] :is(button, input, select)');
}

/** One option of a facet (`type`, `tag`, `year`), by position. */
export function facetOption(root: ParentNode, facet: string, index: number): HTMLElement | undefined {
  return root.querySelectorAll<HTMLElement>(`[aria-labelledby="${facet}-label"] [part~="filter-option"]`)[index];
}
