import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../../feed/cache.js';

type LaterCode = typeof import('../later.js');

/** Loaded once per page, by the first widget that needs it. */
let code: LaterCode | undefined;
let loading: Promise<LaterCode> | undefined;

type LaterHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The code and styles a patron meets only after the first cards (`later.ts`: search highlighting,
 * the list and compact layouts). It is fetched right after the first cards have painted, so a
 * search never waits on the network in practice, or at once (`load`) when the first cards show it.
 * Until it is there the cards show without it; `settled` says when it is.
 */
export class LaterCodeController implements ReactiveController {
  private loaded?: Promise<void>;
  private pending?: Promise<void>;
  private adopted = false;

  constructor(
    private readonly host: LaterHost,
    /** Whether the host shows its first cards yet, whether its layout needs the layout styles, and whether it has a search to mark. */
    private readonly wanted: () => { shown: boolean; layout: boolean; search: boolean },
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  get code(): LaterCode | undefined {
    return code;
  }

  hostUpdated(): void {
    const { shown, layout } = this.wanted();
    if (layout) this.pending = this.load();
    else if (shown) this.pending ??= new Promise<void>((resolve) => afterNextPaint(resolve)).then(() => this.load());
    // Only where the layout needs them, so a grid's stylesheets stay the main one alone.
    const root = this.host.renderRoot as ShadowRoot;
    if (code && layout && !this.adopted && root.adoptedStyleSheets)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, code.layoutSheet];
    this.adopted ||= !!code && layout;
  }

  /** Loads the code now (once per page); settles when it is there or cannot be, never rejects. */
  load(): Promise<void> {
    return (this.loaded ??= (loading ??= import('../later.js')).then(
      (arrived) => {
        code = arrived;
        this.host.requestUpdate();
      },
      (error: unknown) =>
        this.warn(
          `partnership-feed: search highlighting and the list and compact layouts could not be loaded: keep the partnership-feed-*.js files beside the bundle (${String(error)}).`,
        ),
    ));
  }

  /** For the first cards: loads the code when they show it (a list or compact layout, a search), else settles at once. */
  ready(): Promise<void> {
    const { layout, search } = this.wanted();
    return layout || search ? this.load() : Promise.resolve();
  }

  /** Settles once the code is loaded (and rendered with) or has failed; at once when nothing asked for it yet. */
  settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }
}
