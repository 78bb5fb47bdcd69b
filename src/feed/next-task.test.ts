import { expect } from '@open-wc/testing';
import { nextTask } from './next-task.js';

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
