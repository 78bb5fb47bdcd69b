// `npm run bench -- --profile` (or `node bench/profile.mjs [size] [--pasted-number]`): where the widget's time goes.
//
// Loads bench/pages/widget.html with a Chromium performance trace and a V8 CPU profile running,
// then does the benchmark's interactions (type buttons, typing), and prints:
//   - the renderer main thread's time by trace event (script, style, layout, paint, GC, parsing);
//   - the functions with the most self time, mapped through dist/partnership-feed.js.map to the
//     TypeScript source (file:line and name).
//   - for the load, the split of the main thread's time up to the first cards: module evaluation,
//     fetch and parse, normalizing, indexing, sorting, the skeleton frame, rendering the cards, and
//     the longest task;
// The trace files (open them in Chromium's Performance panel) and profiles go to bench/.out/.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForBrowserIdle } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'bench/.out');

async function loadSourceMap() {
  try {
    return new SourceMap(JSON.parse(await readFile(path.join(ROOT, 'dist/partnership-feed.js.map'), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Self time (ms) per function in a V8 CPU profile, from its samples and time deltas. */
function selfTimes(profile, sourceMap) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + delta);
  }
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id);
    let name = callFrame.functionName || '(anonymous)';
    let where = callFrame.url ? `${callFrame.url.replace(/^https?:\/\/[^/]+/, '')}:${callFrame.lineNumber + 1}` : '';
    let file = callFrame.url ? callFrame.url.replace(/^https?:\/\/[^/]+/, '') : name;
    if (sourceMap && callFrame.url.endsWith('/dist/partnership-feed.js') && callFrame.lineNumber >= 0) {
      const entry = sourceMap.findEntry(callFrame.lineNumber, callFrame.columnNumber);
      if (entry?.originalSource) {
        const source = entry.originalSource.replace(/^.*?(src\/|node_modules\/)/, '$1');
        where = `${source}:${entry.originalLine + 1}`;
        file = source;
        if (entry.name && name.length <= 2) name = `${name} ~${entry.name}`;
      }
    }
    const key = `${name}  ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { functions: top(byFunction, 25), files: top(byFile, 15) };
}

/** Where a function of the widget's source belongs in the load's split (undefined: look at its caller). */
const PHASE_BY_FILE = [
  [/^src\/feed\/(fetch|load|cache|parse|detect)\.ts$/, 'fetch and parse'],
  [/^src\/feed\//, 'normalizing'],
  [/^src\/filter\/filter\.ts$/, 'filter'],
  [/^src\/filter\//, 'filter'],
  [/^(src\/element\/|src\/i18n\/|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/task)\/)/, 'rendering'],
];

/** filter.ts's functions by line: which are indexing and which sorting (the rest is filtering). */
async function filterPhases() {
  const lines = (await readFile(path.join(ROOT, 'src/filter/filter.ts'), 'utf8')).split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const match = /^(?:export )?function (\w+)/.exec(line);
    if (match) starts.push([i + 1, match[1]]);
  });
  return (line) => {
    let name = '';
    for (const [start, fn] of starts) if (start <= line) name = fn;
    if (/^(indexResources|searchTextOf|foldSearchTexts)$/.test(name)) return name === 'indexResources' ? 'indexing' : 'search folding';
    if (/^(sortIndexed|sortedIndex|collatorFor)$/.test(name)) return 'sorting';
    return 'filtering and counting';
  };
}

/**
 * The load's main-thread time up to the first cards painted, by phase: each CPU-profile sample goes
 * to the innermost widget function on its stack that names a phase; style, layout and paint (trace
 * events) and Lit's rendering go to the skeleton frame before the feed's text arrives, to the cards
 * after. Module evaluation is the bundle's compile and evaluate trace events.
 */
async function loadSplit(profile, trace, sourceMap) {
  const filterPhase = await filterPhases();
  const events = trace.traceEvents ?? trace;
  const painted = events.find((e) => e.name === 'bench:cards-painted')?.ts ?? Infinity;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOf = new Map();
  const frameOf = (node) => {
    const { callFrame } = node;
    if (!callFrame.url.endsWith('/dist/partnership-feed.js') || callFrame.lineNumber < 0) return undefined;
    const entry = sourceMap?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    const source = entry?.originalSource?.replace(/^.*?(src\/|node_modules\/)/, '$1');
    if (!source) return undefined;
    const phase = PHASE_BY_FILE.find(([pattern]) => pattern.test(source))?.[1];
    return phase === 'filter' ? filterPhase(entry.originalLine + 1) : phase;
  };
  const classify = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    let phase;
    if (name === '(garbage collector)') phase = 'garbage collection';
    else if (name === '(idle)') phase = 'idle (waiting: network, timers, vsync)';
    else if (name === '(program)') phase = 'native (style, layout, paint, parsing HTML, other)';
    else if (name.startsWith('RegExp: ')) phase = 'normalizing';
    else phase = frameOf(node) ?? (parent.has(id) ? classify(parent.get(id)) : 'other scripts');
    phaseOf.set(id, phase);
    return phase;
  };
  const totals = new Map();
  const add = (phase, ms) => totals.set(phase, (totals.get(phase) ?? 0) + ms);
  let time = profile.startTime;
  let feedArrived = Infinity;
  const samples = [];
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i] ?? 0;
    const phase = classify(profile.samples[i]);
    if (phase === 'fetch and parse' || phase === 'normalizing') feedArrived = Math.min(feedArrived, time);
    samples.push([time, phase, (profile.timeDeltas[i + 1] ?? 0) / 1000]);
  }
  const rendering = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
  const renderingSpans = events
    .filter((e) => e.ph === 'X' && rendering.has(e.name) && e.ts < painted)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const inRendering = (t) => renderingSpans.some(([start, end]) => t >= start && t < end);
  for (const [t, phase, ms] of samples) {
    if (t > painted) continue;
    const renderingWork = phase === 'rendering' || (phase.startsWith('native') && inRendering(t));
    if (renderingWork)
      add(t < feedArrived ? 'skeleton frame (first render, style, layout, paint)' : 'rendering the cards (Lit, style, layout, paint)', ms);
    else add(phase, ms);
  }
  const module = events
    .filter((e) => e.ph === 'X' && /^v8\.(compileModule|evaluateModule)$|^EvaluateScript$/.test(e.name) && e.ts < painted)
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { totals: [...totals].sort((a, b) => b[1] - a[1]), module, painted };
}

/** Total duration per top-level event on the renderer main thread of the page. */
function traceTotals(trace) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  // The busiest CrRendererMain is the page's.
  const busy = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || threadNames.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map();
  const interesting = new Set([
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'v8.run',
    'ParseHTML',
    'ParseAuthorStyleSheet',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
    'ResourceReceivedData',
    'v8.parseOnBackground',
    'HitTest',
    'ScheduleStyleRecalculation',
  ]);
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || !interesting.has(e.name)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function record(page, cdp, name, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink',
      'blink.user_timing',
      'loading',
      'disabled-by-default-v8.gc',
    ],
  });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await writeFile(path.join(OUT, `profile-${name}.cpuprofile`), JSON.stringify(profile));
  await writeFile(path.join(OUT, `trace-${name}.json`), JSON.stringify(trace));
  return { profile, trace };
}

function print(title, { profile, trace }, sourceMap) {
  console.log(`\n## ${title}\n`);
  console.log('Renderer main thread, by trace event (ms; nested events overlap):');
  for (const [event, ms] of traceTotals(trace)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${event}`);
  const { functions, files } = selfTimes(profile, sourceMap);
  console.log('\nSelf time by source file (ms):');
  for (const [file, ms] of files) console.log(`  ${ms.toFixed(1).padStart(8)}  ${file}`);
  console.log('\nSelf time by function (ms):');
  for (const [fn, ms] of functions) console.log(`  ${ms.toFixed(1).padStart(8)}  ${fn}`);
}

export async function profileWidget(browser, baseUrl, size, searchText = 'equity') {
  await mkdir(OUT, { recursive: true });
  const sourceMap = await loadSourceMap();
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    // Start on the same origin so the profiler's renderer is the one the widget page loads in.
    await page.goto(`${baseUrl}/bench/pages/empty.html`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    await waitForBrowserIdle(browser);
    const load = await record(page, cdp, `load-${size}`, async () => {
      await page.goto(`${baseUrl}/bench/pages/widget.html?size=${size}`, { waitUntil: 'load', timeout: 60_000 });
      await page.evaluate(() => window.__bench.loaded);
    });
    console.log(`\n# Profile: the widget, ${size} items (bench/.out/trace-*.json, profile-*.cpuprofile)`);
    console.log(`first cards painted at ${(await page.evaluate(() => window.__bench.loadTime)).toFixed(0)} ms`);
    print(`Load, ${size} items`, load, sourceMap);
    const split = await loadSplit(load.profile, load.trace, sourceMap);
    const longest = await page.evaluate(() => window.__bench.longestTaskBeforeCards());
    console.log("\nWhere the first page's time goes, up to the first cards painted (ms of main-thread CPU samples):");
    console.log(
      `  ${split.module.toFixed(1).padStart(8)}  module evaluation (compile + evaluate, trace events; its samples are in the rows below)`,
    );
    for (const [phase, ms] of split.totals) console.log(`  ${ms.toFixed(1).padStart(8)}  ${phase}`);
    console.log(`  longest main-thread task before the first cards: ${longest === 0 ? 'none over 50 ms' : `${longest.toFixed(0)} ms`}`);
    // The page's first search, as the benchmark sets it (at once, as a paste does), then cleared.
    const what = /^\d+$/.test(searchText) ? `a pasted number, "${searchText}"` : `"${searchText}"`;
    await new Promise((resolve) => setTimeout(resolve, 500));
    let firstSearchMs = 0;
    const firstSearch = await record(page, cdp, `first-search-${size}`, async () => {
      firstSearchMs = await page.evaluate(
        (text) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.paste(text)),
        searchText,
      );
    });
    print(`First search, ${what} at once, ${size} items: ${firstSearchMs.toFixed(1)} ms to the painted change`, firstSearch, sourceMap);
    await page.evaluate(() => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.paste('')));
    const clicks = await record(page, cdp, `type-clicks-${size}`, async () => {
      for (const type of ['Toolkit', 'Toolkit', 'Article', 'Article', 'Toolkit', 'Toolkit']) {
        await page.evaluate((t) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.clickType(t)), type);
      }
    });
    print(`6 type clicks, ${size} items`, clicks, sourceMap);
    const keystrokes = await record(page, cdp, `keystrokes-${size}`, async () => {
      for (const text of ['e', 'eq', 'equ', 'equi', 'equit', 'equity', 'equit', 'equi', 'equ', 'eq', 'e', '']) {
        await page.evaluate((t) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.search(t)), text);
      }
    });
    print(`12 keystrokes, ${size} items`, keystrokes, sourceMap);
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchChromium, build } = await import('./chromium.mjs');
  const { writeFeeds, pastedNumber } = await import('./generate-feed.mjs');
  const { startServer } = await import('./server.mjs');
  const size = Number(process.argv[2] ?? 10000);
  if (!process.argv.includes('--no-build')) build();
  await writeFeeds(path.join(OUT, 'feeds'), [size]);
  const server = await startServer();
  const browser = await launchChromium();
  try {
    // --pasted-number: the first search is the report number the benchmark pastes, not "equity".
    await profileWidget(browser, server.url, size, process.argv.includes('--pasted-number') ? pastedNumber(size) : undefined);
  } finally {
    await browser.close();
    await server.close();
  }
}
