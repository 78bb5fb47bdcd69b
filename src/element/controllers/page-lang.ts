import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `lang` is HTMLElement's own property, not one Lit can observe, and it may be set on any
 * ancestor: a page that switches language (a bilingual site's toggle) changes it after render.
 * One observer serves every widget on the page, as Shoelace's localize module does.
 */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Renders the host again when a `lang` on the page changes (locale.ts reads it at every update).
 * It comes with the later code (later.ts): the first render reads the `lang` it finds, and a change
 * before the code arrives is read by the update its arrival brings.
 */
export class PageLangObserver implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    // Lit connects a controller added to a connected host at once.
    host.addController(this);
  }

  hostConnected(): void {
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (!hosts.size) observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) observer?.disconnect();
  }
}
