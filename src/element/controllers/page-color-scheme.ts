import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ColorScheme = 'light' | 'dark';

/**
 * The colour scheme the host page shows around the widget, as a browser resolves it: the
 * `color-scheme` the widget's parent computes (CSS on `:root` or any ancestor), else the page's
 * `<meta name="color-scheme">`; between `light` and `dark`, the visitor's preference. A page that
 * declares neither is light, whatever the visitor prefers (CSS Color Adjust 1).
 *
 * The element paints a padded box only where a forced `theme` differs from this, so it is read only
 * for a forced theme (never in the default `auto`, which costs no style lookup on each render), and
 * a change of the visitor's preference renders again.
 */
export class PageColorSchemeController implements ReactiveController {
  private readonly changed = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly preference: MediaQueryList = matchMedia('(prefers-color-scheme: dark)'),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.preference.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.preference.removeEventListener('change', this.changed);
  }

  /** A forced `theme` unlike the page's colours, which gets a box of its own (the page shows through otherwise). */
  differsFrom(theme: string): boolean {
    return (theme === 'light' || theme === 'dark') && theme !== this.scheme;
  }

  /** The page's scheme, now. */
  get scheme(): ColorScheme {
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host ?? document.documentElement;
    let declared = getComputedStyle(parent).colorScheme || 'normal';
    if (declared === 'normal') declared = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
    const schemes = declared.split(/\s+/);
    if (!schemes.includes('dark')) return 'light';
    return schemes.includes('light') && !this.preference.matches ? 'light' : 'dark';
  }
}
