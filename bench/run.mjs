// `npm run bench`: the widget against a hand-written baseline and List.js, in headless Chromium.
//
// Builds the widget (dist/), writes the feeds (bench/generate-feed.mjs), serves the project on
// 127.0.0.1 (bench/server.mjs), and for every run, feed size and page kind (kinds interleaved and
// rotated run by run) opens the page in a fresh browser context and measures:
//   - first 12 cards painted: ms from navigation start to the frame that shows them;
//   - type filter: a type button pressed and released (median of 4), ms to the painted change;
//   - search: "equity" typed a character at a time (median of 6 keystrokes), ms to the painted change;
//   - first search: the page's first search set at once (one input event), "equity" in even runs and a
//     report number that matches one title in odd runs, ms to the painted change;
//   - longest task: the longest main-thread task over 50 ms before the first cards were painted;
//   - JS heap: used size after load and a forced garbage collection;
//   - layout shift: the page's cumulative layout shift while loading.
// Then prints a Markdown report (medians, the widget's ratio to each peer, bundle sizes) and writes
// it to bench/results.md. Bounded: every wait has a timeout, and the whole run stops by itself.
//
//   node bench/run.mjs [--runs 7] [--sizes 100,1000,10000] [--no-build] [--profile] [--out bench/results.md]
//
// --profile also records, for the widget at the largest size, a Chromium performance trace and a
// CPU profile of load and interactions into bench/.out/, and prints where the time goes.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  VIEWPORT,
  build,
  launchChromium,
  measureInterference,
  otherBrowserProcesses,
  waitForBrowserIdle,
  waitForQuiet,
} from './chromium.mjs';
import { DEFAULT_SIZES, pastedNumber, writeFeeds } from './generate-feed.mjs';
import { ROOT, startServer } from './server.mjs';
import { profileWidget } from './profile.mjs';
import { writeSection } from './sections.mjs';

const KINDS = ['widget', 'baseline', 'listjs'];
const KIND_LABELS = { widget: 'partnership-feed', baseline: 'hand-written baseline', listjs: 'List.js 2.3.1' };
const FILTER_TYPES = ['Toolkit', 'Article']; // the rarest and the most common type
const SEARCH_WORD = 'equity';
const PAGE_TIMEOUT_MS = 60_000;
const RUN_DEADLINE_MS = 12 * 60_000;
/** Time for the measured runs themselves; extra runs to replace noisy loads stop when it is spent. */
const MEASURE_BUDGET_MS = 7 * 60_000;
/** A page load is noisy when other programs used more than this share of the machine's CPU meanwhile. */
const NOISE_LIMIT = 0.15;

function parseArgs(argv) {
  const options = { runs: 7, sizes: DEFAULT_SIZES, build: true, profile: false, out: path.join(ROOT, 'bench/results.md') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10));
    else if (arg === '--sizes')
      options.sizes = value()
        .split(',')
        .map((s) => Number.parseInt(s, 10));
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/run.mjs [--runs 7] [--sizes 100,1000,10000] [--no-build] [--profile] [--out bench/results.md]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!options.sizes.every((size) => Number.isInteger(size) && size > 0 && size <= 10_000)) throw new Error('sizes must be 1–10000');
  return options;
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** One page load and its interactions, in a fresh browser context (cold HTTP cache, empty storage). */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the page's status line (the widget's, or the peers'). */
const readStatus = (page) =>
  page.evaluate(() => {
    const root = window.__benchActions.root;
    return (root.querySelector('[part~="status"], .status')?.textContent ?? '').trim().replace(/\s+/g, ' ');
  });

async function measurePage(browser, baseUrl, kind, size, { checkStatus = false, firstSearch = 'word' } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await waitForBrowserIdle(browser);
    const { result, others } = await measureInterference(browser, () =>
      measureOpenPage(page, cdp, baseUrl, kind, size, checkStatus, firstSearch),
    );
    return { ...result, others };
  } finally {
    await context.close();
  }
}

async function measureOpenPage(page, cdp, baseUrl, kind, size, checkStatus, firstSearch) {
  {
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(`${baseUrl}/bench/pages/${kind}.html?size=${size}`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const ok = await withTimeout(
      page.evaluate(() => window.__bench.loaded),
      PAGE_TIMEOUT_MS,
      `${kind} ${size}: first cards`,
    );
    if (!ok) throw new Error(`${kind} ${size}: ${await page.evaluate(() => window.__bench.error)}`);
    const load = await page.evaluate(() => ({ loadTime: window.__bench.loadTime, cards: window.__benchActions.cards() }));
    if (load.cards !== Math.min(12, size)) throw new Error(`${kind} ${size}: ${load.cards} cards shown, expected ${Math.min(12, size)}`);
    // Let late work (storage writes, fonts, idle callbacks) land before reading shifts and heap.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cls = await page.evaluate(() => window.__bench.cls);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const longTask = await page.evaluate(() => window.__bench.longestTaskBeforeCards());

    // The page's first search, set at once as a paste or an autofill does: one input event.
    const firstText = firstSearch === 'number' ? pastedNumber(size) : SEARCH_WORD;
    let firstMs = NaN;
    let firstStatus = '';
    if (firstText) {
      firstMs = await withTimeout(
        page.evaluate((t) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.paste(t)), firstText),
        10_000,
        `${kind} ${size}: first search ${firstText}`,
      );
      if (checkStatus) {
        await sleep(800);
        firstStatus = await readStatus(page);
      }
      // Cleared again, as the patron would, before the type filter and the typing are measured.
      await page.evaluate(() => window.__benchActions.paste(''));
      await sleep(300);
    }

    const filter = [];
    for (const type of FILTER_TYPES) {
      for (let press = 0; press < 2; press += 1) {
        filter.push(
          await withTimeout(
            page.evaluate((t) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.clickType(t)), type),
            10_000,
            `${kind} ${size}: filter ${type}`,
          ),
        );
      }
    }
    const search = [];
    for (let length = 1; length <= SEARCH_WORD.length; length += 1) {
      const text = SEARCH_WORD.slice(0, length);
      search.push(
        await withTimeout(
          page.evaluate((t) => window.__bench.measure(window.__benchActions.root, () => window.__benchActions.search(t)), text),
          10_000,
          `${kind} ${size}: search ${text}`,
        ),
      );
    }
    // The widget holds its status line while the patron types (it is a live region): read it after the pause.
    if (checkStatus) await new Promise((resolve) => setTimeout(resolve, 800));
    const status = await readStatus(page);
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new Error(`${kind} ${size}: ${error}`);
    if (consoleErrors.length) throw new Error(`${kind} ${size}: ${consoleErrors.join('; ')}`);
    return {
      loadTime: load.loadTime,
      cls,
      heap: usedSize,
      filter: median(filter),
      search: median(search),
      firstWord: firstSearch === 'number' ? NaN : firstMs,
      firstNumber: firstSearch === 'number' ? firstMs : NaN,
      longTask,
      firstStatus,
      filterSamples: filter,
      searchSamples: search,
      status,
    };
  }
}

/** Heap of the same host page with no listing at all: the floor under every heap figure. */
async function measureEmptyHeap(browser, baseUrl) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await waitForBrowserIdle(browser);
    await page.goto(`${baseUrl}/bench/pages/empty.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Bundle sizes

async function minifiedSize(file) {
  try {
    const { minifySync } = await import('rolldown/utils');
    const code = await readFile(file, 'utf8');
    return Buffer.from(minifySync(path.basename(file), code, { compress: true, mangle: true }).code);
  } catch {
    return undefined;
  }
}

export async function bundleSizes() {
  const entry = async (label, relative, note = '') => {
    const file = path.join(ROOT, relative);
    const bytes = await readFile(file);
    return { label, file: relative, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, note };
  };
  const version = async (name) =>
    JSON.parse(await readFile(path.join(ROOT, 'bench', 'node_modules', name, 'package.json'), 'utf8')).version;
  const rows = [
    await entry('partnership-feed (ES module, Lit inside)', 'dist/partnership-feed.js'),
    await entry('partnership-feed (classic script)', 'dist/partnership-feed.iife.js'),
    await entry(`list.js ${await version('list.js')}`, 'bench/node_modules/list.js/dist/list.min.js'),
    await entry(`isotope-layout ${await version('isotope-layout')}`, 'bench/node_modules/isotope-layout/dist/isotope.pkgd.min.js'),
    await entry(`mixitup ${await version('mixitup')}`, 'bench/node_modules/mixitup/dist/mixitup.min.js'),
  ];
  const pagefindVersion = await version('@pagefind/default-ui');
  const pagefindFile = 'bench/node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
  rows.push(await entry(`@pagefind/default-ui ${pagefindVersion}`, pagefindFile, 'as installed: not minified'));
  const minified = await minifiedSize(path.join(ROOT, pagefindFile));
  if (minified) {
    rows.push({
      label: `@pagefind/default-ui ${pagefindVersion}, minified here`,
      file: pagefindFile,
      raw: minified.length,
      gzip: gzipSync(minified, { level: 9 }).length,
      note: 'oxc minify (rolldown/utils); plus its CSS, and the pagefind runtime + WASM index it loads',
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const fmtMb = (v) => (Number.isFinite(v) ? (v / 1024 / 1024).toFixed(2) : '—');
const fmtCls = (v) => (Number.isFinite(v) ? v.toFixed(3) : '—');
const fmtRatio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const fmtKb = (v) => (v / 1024).toFixed(1);
/** The long-task API reports only tasks over 50 ms: 0 means there was none. */
const fmtLongTask = (v) => (v === 0 ? 'none > 50' : fmtMs(v));

const METRICS = [
  { key: 'loadTime', label: 'first 12 cards painted (ms)', fmt: fmtMs },
  { key: 'filter', label: 'type filter, click → painted (ms)', fmt: fmtMs },
  { key: 'search', label: 'search, keystroke → painted (ms)', fmt: fmtMs },
  { key: 'firstWord', label: 'first search, "equity" at once → painted (ms)', fmt: fmtMs },
  { key: 'firstNumber', label: 'first search, a pasted number → painted (ms)', fmt: fmtMs },
  { key: 'longTask', label: 'longest task before the first cards (ms)', fmt: fmtLongTask, noRatio: true },
  { key: 'heap', label: 'JS heap after load + GC (MB)', fmt: fmtMb },
  { key: 'cls', label: 'layout shift while loading (CLS)', fmt: fmtCls },
];

/** Issue 23's size target for each main bundle, gzip -9 (the CI ceiling, scripts/size.mjs, is 25,600 B). */
const BUNDLE_TARGET_BYTES = 23_500;

function targetChecks(summary, sizes, bundles = []) {
  const checks = [];
  for (const bundle of bundles.filter((row) => /^dist\/partnership-feed(\.iife)?\.js$/.test(row.file))) {
    const over = bundle.gzip - BUNDLE_TARGET_BYTES;
    checks.push({
      ok: over <= 0,
      text: `${bundle.file}: ${bundle.gzip.toLocaleString('en')} B gzip -9 (target ≤ ${BUNDLE_TARGET_BYTES.toLocaleString('en')} B${over > 0 ? `; ${over} B over` : ''})`,
    });
  }
  const largest = Math.max(...sizes);
  for (const size of sizes) {
    const s = summary[size];
    const ratio = s.widget.loadTime / s.baseline.loadTime;
    checks.push({
      ok: ratio <= 1.3,
      text: `${size} items: first cards ${fmtMs(s.widget.loadTime)} ms = ${ratio.toFixed(2)}× baseline (target ≤ 1.3×)`,
    });
  }
  for (const size of sizes) {
    for (const [key, name] of [
      ['firstWord', 'a whole word'],
      ['firstNumber', 'a pasted number'],
    ]) {
      const ratio = summary[size].widget[key] / summary[size].baseline[key];
      checks.push({
        ok: ratio <= 1.5,
        text: `${size} items: first search, ${name} at once, ${fmtMs(summary[size].widget[key])} ms = ${ratio.toFixed(2)}× baseline (target ≤ 1.5×)`,
      });
    }
  }
  const big = summary[largest];
  for (const key of ['filter', 'search']) {
    const name = key === 'filter' ? 'type filter' : 'search';
    checks.push({ ok: big.widget[key] <= 16, text: `${largest} items: ${name} ${fmtMs(big.widget[key])} ms (target ≤ 16 ms)` });
  }
  for (const [key, name] of [
    ['firstWord', 'first search, a whole word at once,'],
    ['firstNumber', 'first search, a pasted number,'],
  ]) {
    checks.push({ ok: big.widget[key] <= 16, text: `${largest} items: ${name} ${fmtMs(big.widget[key])} ms (target ≤ 16 ms)` });
  }
  checks.push({
    ok: big.widget.longTask <= 50,
    text: `${largest} items: longest main-thread task while the first page appears: ${big.widget.longTask === 0 ? 'none over 50 ms' : `${fmtMs(big.widget.longTask)} ms`} (target: none over 50 ms)`,
  });
  for (const size of sizes) {
    for (const key of ['filter', 'search']) {
      const name = key === 'filter' ? 'type filter' : 'search';
      const w = summary[size].widget[key];
      const l = summary[size].listjs[key];
      checks.push({ ok: w <= l, text: `${size} items: ${name} ${fmtMs(w)} ms vs List.js ${fmtMs(l)} ms (target: never slower)` });
    }
  }
  for (const size of sizes) {
    const s = summary[size];
    checks.push({ ok: s.widget.cls < 0.02, text: `${size} items: layout shift ${fmtCls(s.widget.cls)} (target < 0.02)` });
    const ratio = s.widget.heap / s.baseline.heap;
    checks.push({
      ok: ratio <= 1.5,
      text: `${size} items: heap ${fmtMb(s.widget.heap)} MB = ${ratio.toFixed(2)}× baseline (target ≤ 1.5×)`,
    });
  }
  return checks;
}

function report({ summary, sizes, machine, bundles, feeds, emptyHeap, statuses, numberStatuses, command, seconds }) {
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(`Made by \`${command}\` on ${machine.date} (${seconds.toFixed(0)} s).`, '');
  lines.push(`- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} GiB; load average at start ${machine.load}`);
  lines.push(
    `- Browser: ${machine.browser}, headless, ${VIEWPORT.width}×${VIEWPORT.height}, no CPU or network throttling; Node ${process.version}`,
  );
  lines.push(
    `- Feeds: ${feeds.map((f) => `${f.size.toLocaleString('en')} items (${fmtKb(f.bytes)} KiB)`).join(', ')}; six types, 1–4 tags, 2–4 sentence excerpts, unsorted (bench/generate-feed.mjs, seeded)`,
  );
  lines.push(
    `- Each run loads every page kind at every size in a fresh browser context, kinds interleaved and rotated run by run; ${machine.noise}`,
  );
  lines.push('');
  lines.push('## Results (medians; lower is better)', '');
  lines.push(`| items | metric | ${KINDS.map((k) => KIND_LABELS[k]).join(' | ')} | widget ÷ baseline | widget ÷ List.js |`);
  lines.push(`|--:|---|${KINDS.map(() => '--:').join('|')}|--:|--:|`);
  for (const size of sizes) {
    for (const metric of METRICS) {
      const s = summary[size];
      const cells = KINDS.map((kind) => metric.fmt(s[kind][metric.key]));
      const ratios =
        metric.key === 'cls' || metric.noRatio
          ? ['—', '—']
          : [fmtRatio(s.widget[metric.key], s.baseline[metric.key]), fmtRatio(s.widget[metric.key], s.listjs[metric.key])];
      lines.push(`| ${size.toLocaleString('en')} | ${metric.label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push(`Heap floor: the same host page with no listing uses ${fmtMb(emptyHeap)} MB after GC.`, '');
  lines.push('After typing "equity", each page said (a check that all three find the same resources):', '');
  for (const size of sizes) lines.push(`- ${size} items: ${KINDS.map((k) => `${KIND_LABELS[k]}: "${statuses[size][k]}"`).join('; ')}`);
  lines.push('');
  if (sizes.some((size) => Object.keys(numberStatuses[size]).length)) {
    lines.push('After pasting the report number (one title has it), each page said:', '');
    for (const size of sizes) {
      lines.push(
        `- ${size} items, "${pastedNumber(size)}": ${KINDS.map((k) => `${KIND_LABELS[k]}: "${numberStatuses[size][k] ?? '—'}"`).join('; ')}`,
      );
    }
    lines.push('');
  }
  lines.push('## Bundle sizes', '');
  lines.push('| file | minified (KiB) | gzip -9 (KiB) | note |', '|---|--:|--:|---|');
  for (const row of bundles)
    lines.push(
      `| ${row.label} — \`${row.file.replace(/^bench\/node_modules\//, '')}\` | ${fmtKb(row.raw)} | ${fmtKb(row.gzip)} | ${row.note} |`,
    );
  lines.push('');
  lines.push('## Targets', '');
  for (const check of targetChecks(summary, sizes, bundles)) lines.push(`- ${check.ok ? '✅ met' : '❌ missed'}: ${check.text}`);
  lines.push('');
  lines.push('## How it is measured', '');
  lines.push(
    '- Pages: `bench/pages/widget.html` loads `dist/partnership-feed.js` and has `<partnership-feed src=…>` in its HTML; `baseline.html` is plain JavaScript (fetch, sort newest first, count types, one `innerHTML` per change); `listjs.html` gives List.js the same items with an item template, `page: 12`, `list.sort()` newest first, `list.filter()` type buttons and its own search box. All three show the same header, type buttons with counts, a search box, a status line and the same 12 cards, with content below the listing.',
    '- First cards painted: `performance.now()` in a task posted from the `requestAnimationFrame` after the cards are in the DOM (the widget: after `pf-load`), i.e. when the frame that shows them has been rendered; 0 is navigation start.',
    '- Filter and search: the action runs at the start of a frame (in a `requestAnimationFrame` callback) and the figure runs until the frame holding the change has been rendered: script, style, layout and paint when the page reacts within the frame; plus the wait for the next frame when it defers (none of the three does). Filter: press and release the rarest and the most common type (4 samples a run); search: type "equity" one character at a time (6 samples).',
    '- First search: 500 ms after the first cards, the page\'s first search is set at once, as a paste or an autofill does (`input.value = …` and one `input` event; List.js, which searches on keyup, is given the same event): "equity" in even-numbered runs, in odd-numbered runs a report number that only one title has (one item in ten has one, `bench/generate-feed.mjs`). Then the box is cleared before the type filter and the typing are measured.',
    '- Longest task: a buffered `longtask` PerformanceObserver on the page; the longest task that started before the first cards were painted ("none > 50": the API reports no task shorter than 50 ms).',
    '- Heap: `HeapProfiler.collectGarbage` twice, then `Runtime.getHeapUsage` (used size) after load. Layout shift: sum of `layout-shift` entries without recent input, from navigation to 500 ms after the first cards.',
    "- DevTools' Network domain stays off (puppeteer `networkEnabled: false`): with it on, Chromium keeps and decodes on the page's main thread a copy of every body a page reads as a stream, a cost no patron's browser has. Figures from 2026-12-05 on are not comparable with earlier ones.",
    `- Cold loads: each in a fresh browser context, started once the browser is idle after opening the window. Noise: the CPU time other programs took is measured during every load; medians use the loads where it stayed under ${NOISE_LIMIT * 100}% (when at least 3 such loads exist), and runs are added until each cell has \`--runs\` of them (at most twice as many runs, within ${MEASURE_BUDGET_MS / 60_000} minutes). Raw samples: \`bench/.out/samples.json\`; method in \`bench/README.md\`.`,
  );
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const deadline = setTimeout(() => {
    console.error(`bench: still running after ${RUN_DEADLINE_MS / 60_000} minutes; stopping.`);
    process.exit(2);
  }, RUN_DEADLINE_MS);
  deadline.unref();

  if (options.build || !existsSync(path.join(ROOT, 'dist/partnership-feed.js'))) build();
  const feeds = await writeFeeds(path.join(ROOT, 'bench/.out/feeds'), options.sizes);
  const server = await startServer();
  await waitForQuiet();
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  const ourPid = browser.process()?.pid ?? -1;
  let noisyPages = 0;
  try {
    const machine = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      memory: Math.round(totalmem() / 1024 ** 3),
      load: loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
      browser: `Chromium ${/[\d.]+$/.exec(await browser.version())?.[0] ?? (await browser.version())}`,
    };
    console.log(
      `${machine.browser} on ${machine.cpu} × ${machine.cores}; ${options.runs} runs of ${KINDS.length} kinds × sizes ${options.sizes.join(', ')}`,
    );

    // Warm-up: one untimed load of each kind, so the first timed run does not pay for the OS cache.
    for (const kind of KINDS) await measurePage(browser, server.url, kind, options.sizes[0]);

    const samples = {};
    const statuses = {};
    const numberStatuses = {};
    for (const size of options.sizes) {
      samples[size] = Object.fromEntries(KINDS.map((kind) => [kind, []]));
      statuses[size] = {};
      numberStatuses[size] = {};
    }
    // A page load is "clean" when other programs used under NOISE_LIMIT of the machine meanwhile.
    // Runs go on (up to twice the asked number, within the time budget) until every page kind and
    // size has the asked number of clean loads; medians are taken over the clean ones.
    const isClean = (result) => !(result.others > NOISE_LIMIT);
    const cleanCount = () => Math.min(...options.sizes.flatMap((size) => KINDS.map((kind) => samples[size][kind].filter(isClean).length)));
    const measureUntil = Date.now() + MEASURE_BUDGET_MS;
    let run = 0;
    while (run < options.runs || (cleanCount() < options.runs && run < options.runs * 2 && Date.now() < measureUntil)) {
      if (otherBrowserProcesses(ourPid)) await waitForQuiet(60_000);
      for (const size of options.sizes) {
        const order = KINDS.map((_, i) => KINDS[(i + run) % KINDS.length]);
        const line = [];
        for (const kind of order) {
          if (otherBrowserProcesses(ourPid)) noisyPages += 1;
          const firstSearch = run % 2 ? 'number' : 'word';
          const result = await measurePage(browser, server.url, kind, size, { checkStatus: run < 2, firstSearch });
          samples[size][kind].push(result);
          if (run === 0) statuses[size][kind] = result.status;
          if (run === 1) numberStatuses[size][kind] = result.firstStatus;
          line.push(
            `${kind} ${fmtMs(result.loadTime)}/${fmtMs(result.filter)}/${fmtMs(result.search)}/${fmtMs(firstSearch === 'number' ? result.firstNumber : result.firstWord)} ms${isClean(result) ? '' : ` (others ${(result.others * 100).toFixed(0)}%)`}`,
          );
        }
        console.log(`run ${run + 1}, ${String(size).padStart(5)} items: ${line.join(' · ')}`);
      }
      run += 1;
    }
    const emptyHeap = median([
      await measureEmptyHeap(browser, server.url),
      await measureEmptyHeap(browser, server.url),
      await measureEmptyHeap(browser, server.url),
    ]);

    const summary = {};
    let used = 0;
    let total = 0;
    let fallback = 0;
    for (const size of options.sizes) {
      summary[size] = {};
      for (const kind of KINDS) {
        const all = samples[size][kind];
        const clean = all.filter(isClean);
        const chosen = clean.length >= 3 ? clean : all;
        if (chosen === all && clean.length < all.length) fallback += 1;
        used += chosen.length;
        total += all.length;
        summary[size][kind] = Object.fromEntries(METRICS.map(({ key }) => [key, median(chosen.map((r) => r[key]))]));
      }
    }
    const interference = samples[options.sizes[0]][KINDS[0]].some((r) => Number.isFinite(r.others));
    machine.noise = interference
      ? `${run} runs; medians over ${used} of ${total} page loads: the clean ones, during which other programs used under ${NOISE_LIMIT * 100}% of the CPU${fallback ? ` (all loads for the ${fallback} of ${options.sizes.length * KINDS.length} page kind × size cells with fewer than 3 clean ones)` : ''}${noisyPages ? `; another browser was running during ${noisyPages} loads` : ''}`
      : `${run} runs, medians over all page loads`;
    const bundles = await bundleSizes();
    const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const markdown = report({
      summary,
      sizes: options.sizes,
      machine,
      bundles,
      feeds,
      emptyHeap,
      statuses,
      numberStatuses,
      command,
      seconds: (Date.now() - started) / 1000,
    });
    await mkdir(path.join(ROOT, 'bench/.out'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench/.out/samples.json'), JSON.stringify({ machine, samples, emptyHeap }, null, 1));
    await writeSection(options.out, 'bench', markdown);
    console.log(`\n${markdown}`);
    console.log(`Written to ${path.relative(process.cwd(), options.out)} (raw samples: bench/.out/samples.json)`);

    if (options.profile) await profileWidget(browser, server.url, Math.max(...options.sizes));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
