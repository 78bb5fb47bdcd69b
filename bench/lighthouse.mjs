// `npm run lighthouse`: Lighthouse 12.2.3 on the built demo page, in Debian's Chromium.
//
// Builds the widget, serves the project on 127.0.0.1 (bench/server.mjs serves demo/index.html at
// /demo/ with the dist/ bundle in place of Vite's dev entry), launches Chromium through
// puppeteer-core and points Lighthouse at it. Runs the mobile (default) and desktop presets, a few
// times each, and reports the median score per category, plus every audit that did not pass in
// accessibility, best practices and SEO. Prints the table and writes it into bench/results.md.
//
//   node bench/lighthouse.mjs [--runs 3] [--no-build] [--out bench/results.md]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { build, launchChromium, waitForQuiet } from './chromium.mjs';
import { ROOT, startServer } from './server.mjs';
import { writeSection } from './sections.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LABELS = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
const DEADLINE_MS = 10 * 60_000;

function parseArgs(argv) {
  const options = { runs: 3, build: true, out: path.join(ROOT, 'bench/results.md') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(argv[++i], 10));
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.out = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${arg} (use --runs N, --no-build, --out FILE)`);
  }
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const deadline = setTimeout(() => {
    console.error('lighthouse: still running after 10 minutes; stopping.');
    process.exit(2);
  }, DEADLINE_MS);
  deadline.unref();
  if (options.build) build();
  const server = await startServer({ compress: true });
  await waitForQuiet();
  const browser = await launchChromium();
  const url = `${server.url}/demo/`;
  const results = { mobile: [], desktop: [] };
  let version = '';
  let browserVersion;
  try {
    browserVersion = `Chromium ${/[\d.]+$/.exec(await browser.version())?.[0] ?? (await browser.version())}`;
    const port = Number(new URL(browser.wsEndpoint()).port);
    for (let run = 0; run < options.runs; run += 1) {
      for (const formFactor of ['mobile', 'desktop']) {
        const config = formFactor === 'desktop' ? desktopConfig : undefined;
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
        if (!result?.lhr) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        version = lhr.lighthouseVersion;
        results[formFactor].push(lhr);
        const scores = CATEGORIES.map((c) => `${c} ${Math.round(lhr.categories[c].score * 100)}`).join(', ');
        console.log(`run ${run + 1}/${options.runs} ${formFactor}: ${scores}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  await mkdir(path.join(ROOT, 'bench/.out'), { recursive: true });
  for (const formFactor of ['mobile', 'desktop']) {
    await writeFile(path.join(ROOT, `bench/.out/lighthouse-${formFactor}.json`), JSON.stringify(results[formFactor].at(-1)));
  }

  const lines = ['## Lighthouse', ''];
  lines.push(
    `Made by \`npm run lighthouse\` on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: Lighthouse ${version}, ${browserVersion} headless, ` +
      `on demo/index.html as a production page (the dist/ bundle in place of Vite's dev entry), served gzipped from 127.0.0.1; ` +
      `median of ${options.runs} runs per preset (mobile: Lighthouse's default simulated throttling; desktop: its desktop preset).`,
    '',
  );
  lines.push('| category | mobile | desktop |', '|---|--:|--:|');
  for (const category of CATEGORIES) {
    const cell = (formFactor) => {
      const scores = results[formFactor].map((lhr) => Math.round(lhr.categories[category].score * 100));
      const spread = Math.min(...scores) === Math.max(...scores) ? '' : ` (${Math.min(...scores)}–${Math.max(...scores)})`;
      return `${median(scores)}${spread}`;
    };
    lines.push(`| ${LABELS[category]} | ${cell('mobile')} | ${cell('desktop')} |`);
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  lines.push('', '| metric (median) | mobile | desktop |', '|---|--:|--:|');
  for (const id of metrics) {
    const cell = (formFactor) => {
      const audits = results[formFactor].map((lhr) => lhr.audits[id]);
      const values = audits.map((audit) => audit.numericValue);
      const value = median(values);
      return id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
    };
    lines.push(`| ${results.mobile[0].audits[id].title} | ${cell('mobile')} | ${cell('desktop')} |`);
  }
  // Audits that did not pass, from the last run of each preset.
  const failing = [];
  for (const formFactor of ['mobile', 'desktop']) {
    const lhr = results[formFactor].at(-1);
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight === 0 && category !== 'performance') continue;
        if (
          audit.score === null ||
          audit.score >= 1 ||
          audit.scoreDisplayMode === 'notApplicable' ||
          audit.scoreDisplayMode === 'informative' ||
          audit.scoreDisplayMode === 'manual'
        )
          continue;
        if (category === 'performance' && audit.score >= 0.9) continue;
        failing.push(
          `- ${formFactor}, ${LABELS[category]}: ${audit.title} (score ${Math.round(audit.score * 100)})${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
        );
      }
    }
  }
  lines.push('');
  if (failing.length) lines.push('Audits below full marks (last run):', '', ...[...new Set(failing)]);
  else lines.push('Every weighted accessibility, best-practices and SEO audit passed, and every performance audit scored 90 or more.');
  const markdown = `${lines.join('\n')}\n`;
  await writeSection(options.out, 'lighthouse', markdown);
  console.log(`\n${markdown}`);
  console.log(`Written to ${path.relative(process.cwd(), options.out)} (full reports: bench/.out/lighthouse-*.json)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
