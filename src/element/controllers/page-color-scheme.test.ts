import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PageColorSchemeController } from './page-color-scheme.js';

/** The visitor's `prefers-color-scheme: dark`, as a test sets it. */
class Preference extends EventTarget {
  matches = false;
  change(dark: boolean): void {
    this.matches = dark;
    this.dispatchEvent(new Event('change'));
  }
}

let nextPreference = new Preference();

class SchemeHost extends LitElement {
  readonly preference = nextPreference;
  readonly pageScheme = new PageColorSchemeController(this, this.preference as unknown as MediaQueryList);
  updates = 0;
  override updated(): void {
    this.updates += 1;
  }
}
customElements.define('scheme-host', SchemeHost);

async function hostIn(parentStyle: string, prefersDark = false): Promise<SchemeHost> {
  nextPreference = new Preference();
  nextPreference.matches = prefersDark;
  const parent = await fixture<HTMLDivElement>(html`<div style=${parentStyle}><scheme-host></scheme-host></div>`);
  const host = parent.querySelector<SchemeHost>('scheme-host')!;
  await host.updateComplete;
  return host;
}

describe('PageColorSchemeController', () => {
  afterEach(() => document.querySelector('meta[name="color-scheme"]')?.remove());

  it('reads a page that declares no scheme as light, even for a visitor who prefers dark', async () => {
    const host = await hostIn('', true);
    expect(host.pageScheme.scheme).to.equal('light');
    expect(host.pageScheme.differsFrom('dark')).to.equal(true);
    expect(host.pageScheme.differsFrom('light')).to.equal(false);
    expect(host.pageScheme.differsFrom('auto')).to.equal(false);
  });

  it('reads the scheme an ancestor declares: dark-only is dark whatever the visitor prefers', async () => {
    const host = await hostIn('color-scheme: dark');
    expect(host.pageScheme.scheme).to.equal('dark');
    expect(host.pageScheme.differsFrom('light')).to.equal(true);
  });

  it('follows the visitor on a "light dark" page, and renders again when the preference changes', async () => {
    const host = await hostIn('color-scheme: light dark');
    expect(host.pageScheme.scheme).to.equal('light');
    const before = host.updates;
    host.preference.change(true);
    await host.updateComplete;
    expect(host.updates).to.equal(before + 1);
    expect(host.pageScheme.scheme).to.equal('dark');
  });

  it('reads a color-scheme meta tag where no CSS declares a scheme', async () => {
    document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' }));
    expect((await hostIn('', true)).pageScheme.scheme).to.equal('dark');
    expect((await hostIn('', false)).pageScheme.scheme).to.equal('light');
    expect((await hostIn('color-scheme: light', true)).pageScheme.scheme).to.equal('light');
  });

  it('stops listening for the preference once disconnected', async () => {
    const host = await hostIn('color-scheme: light dark');
    host.remove();
    const before = host.updates;
    host.preference.change(true);
    await host.updateComplete;
    expect(host.updates).to.equal(before);
  });
});
