import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { LoadTask, type LoadTaskOptions } from './load-task.js';

/**
 * The same API over @lit/task's Task, the maintained library LoadTask stands in for (the bundles
 * cannot afford Task's 0.35 KB): every test below runs against both, so LoadTask keeps Task's
 * behaviour (when it runs, aborts, drops answers, calls back and reports busy and error).
 */
class LitTaskLoad<Args extends object, Result> {
  private readonly task: Task<unknown[], Result>;

  constructor(host: ReactiveControllerHost, options: LoadTaskOptions<Args, Result>) {
    let names: string[] = [];
    this.task = new Task(host, {
      args: () => {
        const args = options.args();
        names = Object.keys(args);
        return Object.values(args);
      },
      task: (values, { signal }) => options.task(Object.fromEntries(names.map((name, i) => [name, values[i]])) as Args, signal),
      onComplete: options.onComplete,
      onError: options.onError,
    });
  }

  /** A run is under way. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Why the last run failed, until the next starts. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  run(): Promise<void> {
    return this.task.run();
  }

  abort(): void {
    this.task.abort();
  }
}

const IMPLEMENTATIONS = { LoadTask, 'Task (@lit/task)': LitTaskLoad };

for (const [name, Implementation] of Object.entries(IMPLEMENTATIONS)) {
  class TaskHost extends ReactiveElement {
    static override properties = { src: {}, other: {} };
    src = 'a';
    /** Not among the task's args: changing it must not run the task. */
    other = 0;
    runs: string[] = [];
    signals: AbortSignal[] = [];
    completed: string[] = [];
    errors: unknown[] = [];
    /** What each run waits for before it answers. */
    gate: Promise<void> = Promise.resolve();
    readonly task = new Implementation<{ src: string }, string>(this, {
      args: () => ({ src: this.src }),
      task: async ({ src }, signal) => {
        this.runs.push(src);
        this.signals.push(signal);
        await Promise.race([this.gate, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]);
        if (src === 'bad') throw new Error('a bad source');
        return src;
      },
      onComplete: (result) => this.completed.push(result),
      onError: (error) => this.errors.push(error),
    });
  }
  const tag = `load-task-host-${name === 'LoadTask' ? 'own' : 'lit'}`;
  customElements.define(tag, TaskHost);

  function held(): { gate: Promise<void>; release: () => void } {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    return { gate, release };
  }

  const settled = (host: TaskHost): Promise<void> => waitUntil(() => !host.task.busy, 'the run ended');

  describe(name, () => {
    it('runs on the first update, then only when one of its named args changes value', async () => {
      const host = await fixture<TaskHost>(html`${document.createElement(tag)}`);
      await settled(host);
      host.other = 1;
      await host.updateComplete;
      // A new args object of the same values is the same load.
      host.src = 'a';
      host.requestUpdate();
      await host.updateComplete;
      expect(host.runs).to.deep.equal(['a']);
      host.src = 'b';
      await host.updateComplete;
      await settled(host);
      expect(host.runs).to.deep.equal(['a', 'b']);
      expect(host.completed).to.deep.equal(['a', 'b']);
    });

    it('aborts the run under way when a newer one starts, and drops its answer', async () => {
      const { gate, release } = held();
      const host = document.createElement(tag) as TaskHost;
      host.gate = gate;
      await fixture(html`<div>${host}</div>`);
      host.src = 'b';
      await host.updateComplete;
      expect(host.signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
      release();
      await settled(host);
      expect(host.completed).to.deep.equal(['b']);
      expect(host.errors).to.deep.equal([]);
    });

    it('is busy while a run is under way; a failure is its error until the next run starts', async () => {
      const { gate, release } = held();
      const host = document.createElement(tag) as TaskHost;
      host.src = 'bad';
      host.gate = gate;
      await fixture(html`<div>${host}</div>`);
      expect(host.task.busy).to.equal(true);
      release();
      await settled(host);
      expect((host.task.error as Error).message).to.equal('a bad source');
      expect(host.errors).to.have.length(1);
      host.src = 'c';
      await host.updateComplete;
      expect(host.task.error).to.equal(undefined);
      await settled(host);
      expect(host.completed).to.deep.equal(['c']);
    });

    it('abort() ends the run under way, which fails with the abort; run() starts again with the current args', async () => {
      const { gate, release } = held();
      const host = document.createElement(tag) as TaskHost;
      host.gate = gate;
      await fixture(html`<div>${host}</div>`);
      host.task.abort();
      await settled(host);
      expect(host.errors).to.have.length(1);
      expect((host.errors[0] as DOMException).name).to.equal('AbortError');
      release();
      await host.task.run();
      expect(host.runs).to.deep.equal(['a', 'a']);
      expect(host.completed).to.deep.equal(['a']);
    });
  });
}
