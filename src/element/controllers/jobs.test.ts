import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import { BackgroundJobs } from './jobs.js';

/** `run` is for subclasses; this one lets the test start jobs. */
class Jobs extends BackgroundJobs {
  start(work: (signal: AbortSignal) => Promise<() => void>, failed: (failure: FeedError) => void): Promise<void> {
    return this.run(work, failed);
  }
}

class JobsHost extends ReactiveElement {
  src = 'https://example.org/feed.json';
  readonly jobs = new Jobs(this, () => ({ src: this.src, feed: undefined, format: 'auto', timeoutSeconds: 15, cacheTtlSeconds: 300 }));
}
customElements.define('jobs-host', JobsHost);

/** A job that waits for `answer()`, or fails with its abort. */
function job(): { work: (signal: AbortSignal) => Promise<() => void>; answer: () => void; signal?: AbortSignal; applied: boolean } {
  const state = {
    applied: false,
    signal: undefined as AbortSignal | undefined,
    answer: () => {},
    work: (signal: AbortSignal) =>
      new Promise<() => void>((resolve, reject) => {
        state.signal = signal;
        state.answer = () => resolve(() => (state.applied = true));
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
  };
  return state;
}

describe('BackgroundJobs', () => {
  it('gives each job its own AbortController, and applies its answer while the feed is still the one wanted', async () => {
    const host = await fixture<JobsHost>(html`<jobs-host></jobs-host>`);
    const [first, second] = [job(), job()];
    const failures: FeedError[] = [];
    const runs = [host.jobs.start(first.work, (failure) => failures.push(failure)), host.jobs.start(second.work, (f) => failures.push(f))];
    expect(first.signal).to.not.equal(second.signal);
    first.answer();
    await runs[0];
    host.src = 'https://example.org/other.json';
    second.answer();
    await Promise.all(runs);
    expect([first.applied, second.applied]).to.deep.equal([true, false]);
    expect(failures).to.deep.equal([]);
  });

  it('aborts every job when the host leaves the page or a new load starts, and tells no failure', async () => {
    const host = await fixture<JobsHost>(html`<jobs-host></jobs-host>`);
    const failures: FeedError[] = [];
    const [first, second] = [job(), job()];
    const runs = [host.jobs.start(first.work, (f) => failures.push(f)), host.jobs.start(second.work, (f) => failures.push(f))];
    host.remove();
    expect([first.signal?.aborted, second.signal?.aborted]).to.deep.equal([true, true]);
    const third = job();
    runs.push(host.jobs.start(third.work, (f) => failures.push(f)));
    host.jobs.abort();
    expect(third.signal?.aborted).to.equal(true);
    await Promise.all(runs);
    expect(failures).to.deep.equal([]);
    expect([first.applied, second.applied, third.applied]).to.deep.equal([false, false, false]);
  });

  it('tells a failure as a FeedError', async () => {
    const host = await fixture<JobsHost>(html`<jobs-host></jobs-host>`);
    const failures: FeedError[] = [];
    await host.jobs.start(
      () => Promise.reject(new Error('a bug')),
      (failure) => failures.push(failure),
    );
    expect(failures.map(({ kind, message }) => ({ kind, message }))).to.deep.equal([{ kind: 'invalid', message: 'a bug' }]);
  });
});
