import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LaterCodeController } from './later.js';

class LaterHost extends ReactiveElement {
  static override properties = { shown: {}, layout: {} };
  shown = false;
  layout = false;
  readonly warnings: string[] = [];
  readonly later = new LaterCodeController(
    this,
    () => ({ shown: this.shown, layout: this.layout }),
    (message) => this.warnings.push(message),
  );
}
customElements.define('later-host', LaterHost);

async function settled(host: LaterHost): Promise<void> {
  await host.updateComplete;
  await host.later.settled();
  await host.updateComplete;
}

describe('LaterCodeController', () => {
  it('waits for nothing before the first cards, loads the code once they have painted, and adopts no layout styles in the grid', async () => {
    const host = await fixture<LaterHost>(html`<later-host></later-host>`);
    await settled(host);
    const before = host.later.code;
    host.shown = true;
    await settled(host);
    expect(host.later.code?.highlightRanges('Équité and equite', ['equite'])).to.deep.equal([
      [0, 6],
      [11, 17],
    ]);
    expect(before === undefined || before === host.later.code).to.equal(true);
    expect(host.shadowRoot!.adoptedStyleSheets).to.deep.equal([]);
    expect(host.warnings).to.deep.equal([]);
  });

  it('adopts the list and compact layouts’ styles when the layout needs them, before the first cards', async () => {
    const host = await fixture<LaterHost>(html`<later-host .layout=${true}></later-host>`);
    await settled(host);
    const sheets = host.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.have.length(1);
    expect([...sheets[0]!.cssRules].map((rule) => rule.cssText).join('\n')).to.contain('.layout-compact .card');
  });
});
