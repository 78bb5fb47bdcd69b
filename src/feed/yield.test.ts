import { expect } from '@open-wc/testing';
import { nextTask } from './yield.js';

describe('nextTask', () => {
  it('resolves in a later task: after the microtasks queued behind it, and after a timer queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer queued first'));
    // A long-enough synchronous stretch that the timer is due before the message is posted.
    const until = performance.now() + 5;
    while (performance.now() < until);
    const yielded = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('microtask'));
    await yielded;
    expect(order).to.deep.equal(['microtask', 'timer queued first', 'next task']);
  });
});
