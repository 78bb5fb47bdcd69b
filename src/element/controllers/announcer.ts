import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the result count is announced. */
export const TYPING_PAUSE_MS = 600;

export interface Clock {
  setTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(timer: ReturnType<typeof setTimeout> | undefined): void;
}

/**
 * What the live region says, and when. It stays silent (`aria-live="off"`) until the first results
 * have rendered, so the count is announced after the patron's changes, never on load; while the
 * patron types, it holds the last count until typing pauses.
 */
export class AnnouncerController implements ReactiveController {
  live = false;
  private held?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    /** True once there are results to announce. */
    private readonly ready: () => boolean,
    /** The live region in the host's render root, whose `aria-live` the host renders from `live`. */
    private readonly region: string,
    private readonly clock: Clock = globalThis,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The first results are on screen, rendered silent: changes from now on are announced. Set on
    // the region itself rather than by rendering again, which would cost the first cards a second
    // render before they paint; the host's next render says the same.
    if (this.live || !this.ready()) return;
    this.live = true;
    this.host.renderRoot.querySelector(this.region)?.setAttribute('aria-live', 'polite');
  }

  hostDisconnected(): void {
    this.clock.clearTimeout(this.timer);
  }

  /** Before a change: announce its result now, or, while typing, keep `current` until the pause. */
  changing(typing: boolean, current: () => string): void {
    this.clock.clearTimeout(this.timer);
    if (!typing) {
      this.held = undefined;
      return;
    }
    this.held ??= current();
    this.timer = this.clock.setTimeout(() => {
      this.held = undefined;
      this.host.requestUpdate();
    }, TYPING_PAUSE_MS);
  }

  /** The text the live region shows now. */
  text(current: string): string {
    return this.held ?? current;
  }
}
