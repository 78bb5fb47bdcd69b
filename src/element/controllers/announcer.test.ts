import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { AnnouncerController, TYPING_PAUSE_MS, type Clock } from './announcer.js';

/** A clock the test moves by hand. */
function manualClock(): Clock & { advance(ms: number): void; pending(): number } {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  return {
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: (timer) => void timers.delete(timer as unknown as number),
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
    },
    pending: () => timers.size,
  };
}

class AnnouncerHost extends ReactiveElement {
  ready = false;
  readonly clock = manualClock();
  readonly region = Object.assign(document.createElement('p'), { className: 'status' });
  readonly announcer = new AnnouncerController(this, () => this.ready, '.status', this.clock);

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.append(this.region);
  }
}
customElements.define('announcer-host', AnnouncerHost);

describe('AnnouncerController', () => {
  it('stays silent until the first results have rendered', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    expect(host.announcer.live).to.equal(false);
    await host.updateComplete;
    expect([host.announcer.live, host.region.getAttribute('aria-live')]).to.deep.equal([false, null]);
    host.ready = true;
    host.requestUpdate();
    await host.updateComplete;
    // After the update that rendered the results, on the region itself: no second update.
    expect([host.announcer.live, host.region.getAttribute('aria-live'), host.isUpdatePending]).to.deep.equal([true, 'polite', false]);
  });

  it('holds the count while the patron types, and announces it once typing pauses', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    host.announcer.changing(true, () => '10 resources');
    expect(host.announcer.text('4 resources')).to.equal('10 resources');
    host.clock.advance(TYPING_PAUSE_MS - 1);
    host.announcer.changing(true, () => '4 resources');
    expect(host.announcer.text('2 resources')).to.equal('10 resources');
    host.clock.advance(TYPING_PAUSE_MS);
    expect(host.announcer.text('2 resources')).to.equal('2 resources');
    host.announcer.changing(true, () => '2 resources');
    host.announcer.changing(false, () => '');
    expect(host.announcer.text('1 resource')).to.equal('1 resource');
  });

  it('clears its timer when the host leaves the page', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    host.announcer.changing(true, () => 'x');
    expect(host.clock.pending()).to.equal(1);
    host.remove();
    expect(host.clock.pending()).to.equal(0);
  });
});
