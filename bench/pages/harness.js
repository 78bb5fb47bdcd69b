// Measurement helpers shared by the three page kinds (a classic script, loaded first in <head>).
//
// - Long tasks: a buffered 'longtask' observer keeps every main-thread task over 50 ms (the API
//   reports none shorter); the report gives the longest one that started before the first cards.
// - Layout shift: a buffered 'layout-shift' observer sums every shift not caused by input (CLS as
//   a running total; the pages are short-lived, so session windows would not change the figure).
// - "Painted": the main thread has finished the rendering step (style, layout, paint) of the frame
//   that holds a change. A task posted from a requestAnimationFrame callback runs right after that
//   frame's rendering step, so its time is the time the change was painted.
// - Interactions (filter, search) start inside a rAF callback, at the start of a frame, so the
//   figure is the work the change costs up to its painted frame, not the wait for the next vsync:
//   if the page reacts synchronously (or in microtasks), the change is in that very frame and the
//   figure is script + style + layout + paint; if it defers (a timer, a debounce), the change lands
//   in a later frame and the figure includes that wait, as the patron sees it.
(() => {
  const bench = {
    cls: 0,
    shifts: 0,
    /** performance.now() (ms since navigation start) when the first cards were painted. */
    loadTime: undefined,
    error: undefined,
  };
  window.__bench = bench;
  /** Settles once the first cards are painted (true) or the page failed (false). */
  let settleLoaded;
  bench.loaded = new Promise((resolve) => (settleLoaded = resolve));

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        bench.cls += entry.value;
        bench.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    bench.cls = NaN;
  }

  bench.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = undefined;
  }
  /** The longest task over 50 ms that started before the first cards were painted; 0 when none. */
  bench.longestTaskBeforeCards = () =>
    bench.longTasks ? Math.max(0, ...bench.longTasks.filter((task) => task.start < bench.loadTime).map((task) => task.duration)) : NaN;

  /** Runs `callback` right after the rendering step of the next frame. */
  function afterNextPaint(callback) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });
  }
  bench.afterNextPaint = afterNextPaint;

  /** The page calls this once the first cards are in the DOM; loadTime is when they are painted. */
  bench.cardsReady = () => {
    if (bench.loadTime !== undefined || bench.pending) return;
    bench.pending = true;
    afterNextPaint((time) => {
      bench.loadTime = time;
      performance.mark('bench:cards-painted');
      settleLoaded(true);
    });
  };
  bench.fail = (error) => {
    bench.error = String(error && error.stack ? error.stack : error);
    settleLoaded(false);
  };
  window.addEventListener('error', (event) => bench.fail(event.error || event.message));
  window.addEventListener('unhandledrejection', (event) => bench.fail(event.reason));

  /**
   * Measures one interaction: `action` runs at the start of a frame; resolves to the milliseconds
   * until the frame holding the resulting change of `root`'s subtree has been painted (NaN when
   * nothing changes within `timeout`).
   */
  bench.measure = (root, action, timeout = 5000) =>
    new Promise((resolve) => {
      let t0 = 0;
      let inFrame = false;
      let mutatedInFrame = false;
      let settled = false;
      const finish = (time) => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(time - t0);
      };
      const observer = new MutationObserver(() => {
        observer.disconnect();
        // A change made before this frame's rendering step is painted in it; a later one, in the next.
        if (inFrame) mutatedInFrame = true;
        else afterNextPaint(finish);
      });
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        resolve(NaN);
      }, timeout);
      // Wait one frame so the measured one starts clean, then two callbacks in the same frame:
      // the first acts, the second (after the first one's microtasks) closes the frame's script.
      requestAnimationFrame(() => {
        requestAnimationFrame(() => {
          inFrame = true;
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
          t0 = performance.now();
          try {
            action();
          } catch (error) {
            bench.fail(error);
          }
        });
        requestAnimationFrame(() => {
          inFrame = false;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (mutatedInFrame) finish(performance.now());
          };
          channel.port2.postMessage(0);
        });
      });
    });

  /**
   * Sets the whole of `text` at once, as a paste or an autofill does: the value, then one `input`
   * event (no keystrokes).
   */
  bench.pasteInto = (input, text) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  };

  /** Types `text` into an input as a patron's keystroke would reach the page's listeners. */
  bench.typeInto = (input, text) => {
    input.focus();
    input.value = text;
    const key = text.slice(-1) || 'Backspace';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }));
    input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key }));
  };
})();
