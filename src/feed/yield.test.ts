import { expect } from '@open-wc/testing';
import { idleScheduler, type IdleTime } from './yield.js';

describe('idleScheduler', () => {
  it('schedules with the browser: requestIdleCallback where there is one, else a timer', async () => {
    const deadline = await new Promise<IdleTime>((resolve) => idleScheduler(resolve));
    expect(deadline.timeRemaining()).to.be.a('number');
    let ran = false;
    const cancel = idleScheduler(() => (ran = true));
    cancel();
    await new Promise<void>((resolve) => idleScheduler(() => resolve()));
    expect(ran).to.equal(false);
  });
});
