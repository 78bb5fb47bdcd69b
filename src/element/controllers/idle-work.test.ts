import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { indexResources } from '../../filter/filter.js';
import type { IdleScheduler, IdleTime } from '../../feed/yield.js';
import { IdleWorkController, SearchTextFolding } from './idle-work.js';

/** A scheduler the test runs by hand: each pending callback, with as much idle time as it says. */
class ManualScheduler {
  pending: Array<(deadline: IdleTime) => void> = [];
  cancelled = 0;
  readonly schedule: IdleScheduler = (callback) => {
    this.pending.push(callback);
    return () => {
      const at = this.pending.indexOf(callback);
      if (at >= 0) {
        this.pending.splice(at, 1);
        this.cancelled += 1;
      }
    };
  };

  /** Runs the next idle period, `steps` chunks long (its clock runs one unit per chunk done). */
  idle(steps: number, clock: { now: number }): void {
    const callback = this.pending.shift();
    const end = clock.now + steps;
    callback?.({ timeRemaining: () => end - clock.now });
  }
}

const scheduler = new ManualScheduler();

class IdleHost extends ReactiveElement {
  readonly work = new IdleWorkController(this, scheduler.schedule);
  readonly folding = new SearchTextFolding(this, scheduler.schedule);
}
customElements.define('idle-work-host', IdleHost);

describe('IdleWorkController', () => {
  let clock: { now: number };
  let done: number[];
  /** A job of `total` chunks; each chunk takes one unit of the fake clock. */
  const job =
    (total: number, label = 0) =>
    (): boolean => {
      clock.now += 1;
      done.push(label);
      return done.filter((l) => l === label).length < total;
    };

  beforeEach(() => {
    scheduler.pending = [];
    scheduler.cancelled = 0;
    clock = { now: 0 };
    done = [];
  });

  /** Runs a job of `total` chunks through idle periods this many chunks long: the chunks done after each. */
  async function chunksDone(total: number, periods: readonly number[]): Promise<number[]> {
    const host = await fixture<IdleHost>(html`<idle-work-host></idle-work-host>`);
    host.work.run(job(total));
    const counts = [done.length];
    for (const steps of periods) {
      scheduler.idle(steps, clock);
      counts.push(done.length);
    }
    return counts;
  }

  it('does nothing until the browser is idle, then as many chunks as the idle period holds', async () => {
    expect(await chunksDone(10, [3, 4, 50])).to.deep.equal([0, 3, 7, 10]);
    // Finished: nothing more is asked of the browser.
    expect(scheduler.pending).to.have.length(0);
  });

  it('does one chunk even in an idle period with no time left, so the work always ends', async () => {
    expect(await chunksDone(2, [0, 0])).to.deep.equal([0, 1, 2]);
    expect(scheduler.pending).to.have.length(0);
  });

  it('cancels the old work when new work starts (a new feed replaces the old one)', async () => {
    const host = await fixture<IdleHost>(html`<idle-work-host></idle-work-host>`);
    host.work.run(job(10, 1));
    scheduler.idle(2, clock);
    host.work.run(job(3, 2));
    expect(scheduler.pending).to.have.length(1);
    scheduler.idle(50, clock);
    expect(done).to.deep.equal([1, 1, 2, 2, 2]);
  });

  it('cancels the work when the element leaves the page', async () => {
    const host = await fixture<IdleHost>(html`<idle-work-host></idle-work-host>`);
    host.work.run(job(10));
    scheduler.idle(1, clock);
    host.remove();
    expect(scheduler.pending).to.have.length(0);
    expect(scheduler.cancelled).to.equal(1);
    expect(done).to.have.length(1);
  });

  it('SearchTextFolding folds every entry’s search text, a hundred per chunk, in idle time', async () => {
    const host = await fixture<IdleHost>(html`<idle-work-host></idle-work-host>`);
    const index = indexResources(
      Array.from({ length: 250 }, (_, i) => ({ id: String(i), title: `Équité ${i}`, excerpt: 'Café', type: '', tags: ['Tag'] })),
    );
    host.folding.fold(index);
    expect(index.filter((entry) => entry.searchText !== undefined)).to.have.length(0);
    scheduler.idle(0, clock);
    expect(index.filter((entry) => entry.searchText !== undefined)).to.have.length(100);
    scheduler.idle(50, { now: 0 });
    expect(index.every((entry) => entry.searchText === `equite ${entry.position}\ncafe\ntag`)).to.equal(true);
    expect(scheduler.pending).to.have.length(0);
  });

  it('SearchTextFolding starts once per index however often the host asks, and again after the host comes back to the page', async () => {
    const host = await fixture<IdleHost>(html`<idle-work-host></idle-work-host>`);
    const index = indexResources([{ id: '1', title: 'Équité', excerpt: '', type: '', tags: [] }]);
    host.folding.fold(index);
    host.folding.fold(index);
    expect(scheduler.pending).to.have.length(1);
    expect(scheduler.cancelled).to.equal(0);
    const parent = host.parentElement!;
    host.remove();
    expect(scheduler.pending).to.have.length(0);
    parent.append(host);
    host.folding.fold(index);
    scheduler.idle(1, clock);
    expect(index[0]!.searchText).to.equal('equite\n\n');
    host.folding.fold(index);
    expect(scheduler.pending).to.have.length(0);
  });
});
