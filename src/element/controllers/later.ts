import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../../feed/yield.js';

type LaterCode = typeof import('../later.js');

/** Loaded once per page, by the first widget that needs it. */
let code: LaterCode | undefined;
let loading: Promise<LaterCode> | undefined;

type LaterHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * What the host shows, as far as the later code goes: its first cards yet; a list or compact
 * layout (the layout styles); an active filter (the chips and their styles; a search, which is one,
 * is also marked in the titles); a control the later code draws (and its styles); an empty or error
 * state (their styles).
 */
export interface LaterWanted {
  shown: boolean;
  layout: boolean;
  filtering?: boolean;
  /** A control in `filters` the later code draws: the sort control, a year or tags group. */
  controls?: boolean;
  /** The empty state, an error (the feed's, or "more failed"), or a notice under the status. */
  state?: boolean;
  /** What an attribute asks the later code for in the first cards, without its styles: a forced `theme`'s box, relative dates, `sync-url`, the exclusions. */
  code?: boolean;
}

/**
 * The code and styles a patron meets only after the first cards (`later.ts`: search highlighting,
 * the chips of active filters, the sort, year and tags controls, the list and compact layouts). It is fetched right after the first
 * cards have painted, so a click never waits on the network in practice, or at once (`load`) when
 * what the host shows needs it. Until it is there the cards show without it; `settled` says when it is.
 */
export class LaterCodeController implements ReactiveController {
  private loaded?: Promise<void>;
  private pending?: Promise<void>;
  /** The later sheets this host has adopted, each once. */
  private readonly adopted = new Set<CSSStyleSheet>();

  constructor(
    private readonly host: LaterHost,
    private readonly wanted: () => LaterWanted,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  get code(): LaterCode | undefined {
    return code;
  }

  /** Adopts the later sheets what is about to render needs, so they apply from its first paint. */
  hostUpdate(): void {
    const { layout, filtering, controls, state = false } = this.wanted();
    // Only where they are needed, so a grid without filters keeps the main stylesheet alone.
    const root = this.host.renderRoot as ShadowRoot;
    if (!code || !root.adoptedStyleSheets) return;
    for (const [needed, sheet] of [
      [layout, code.layoutSheet],
      [filtering || controls || false, code.chipsSheet],
      [state, code.statesSheet],
    ] as const) {
      if (!needed || this.adopted.has(sheet)) continue;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.adopted.add(sheet);
    }
  }

  hostUpdated(): void {
    const { shown, state } = this.wanted();
    if (state || this.atOnce()) this.pending = this.load();
    else if (shown) this.pending ??= new Promise<void>((resolve) => afterNextPaint(resolve)).then(() => this.load());
  }

  /** Loads the code now (once per page); settles when it is there or cannot be, never rejects. */
  load(): Promise<void> {
    return (this.loaded ??= (loading ??= import('../later.js')).then(
      (arrived) => {
        code = arrived;
        this.host.requestUpdate();
      },
      (error: unknown) =>
        // Short: every byte here is in the bundles. The cards, controls and states still show, plainer.
        this.warn(
          `partnership-feed: could not load partnership-feed-later.js: keep the partnership-feed-*.js files beside the bundle (${String(error)})`,
        ),
    ));
  }

  /** For the first cards: loads the code when they show it (a list or compact layout, a filter or search, a sort, year or tags control, a forced theme, relative dates), else settles at once. */
  ready(): Promise<void> {
    return this.atOnce() ? this.load() : Promise.resolve();
  }

  /** What the first cards show with the later code, so it loads before them. */
  private atOnce(): boolean {
    const { layout, filtering, controls, code } = this.wanted();
    return !!(layout || filtering || controls || code);
  }

  /** Settles once the code is loaded (and rendered with) or has failed; at once when nothing asked for it yet. */
  settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }
}
