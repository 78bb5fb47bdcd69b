import { expect } from '@open-wc/testing';
import { idleScheduler, nextTask, type IdleTime } from './yield.js';

describe('nextTask', () => {
  it('resolves in a later task, after the microtasks queued behind it', async () => {
    const order: string[] = [];
    const yielded = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('microtask'));
    void Promise.resolve().then(() => order.push('promise reaction'));
    await yielded;
    expect(order).to.deep.equal(['microtask', 'promise reaction', 'next task']);
  });
});

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
