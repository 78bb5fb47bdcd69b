/**
 * `npm run size`: the gzip -9 size of each bundle against its budget (issue: features must earn
 * their bytes), then the files the bundles load on demand (readers for RSS, WordPress and Drupal;
 * Spanish and French strings), which only the pages that need them download. Prints a table;
 * exits 1 when a bundle is over budget. Builds first if dist/ is missing.
 *
 * `--known-over <file>` reports that bundle's overage without failing: CI uses it for a budget
 * that is not met yet and tracked in an open issue, so every other budget still fails the run.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { file: 'dist/partnership-feed.js', budget: 20 * 1024 },
  { file: 'dist/partnership-feed.iife.js', budget: 24 * 1024 },
];

const BUILT = [...BUDGETS.map(({ file }) => file), 'dist/partnership-feed-rss.js'];
if (BUILT.some((file) => !existsSync(file))) execSync('npm run build --silent', { stdio: 'inherit' });

const knownOver = process.argv.flatMap((arg, index, args) => (arg === '--known-over' ? [args[index + 1]] : []));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (file) => {
  const bytes = readFileSync(file);
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
};

let over = 0;
console.log('| file | minified | gzip -9 | budget | |');
console.log('|---|---:|---:|---:|---|');
for (const { file, budget } of BUDGETS) {
  const { minified, gzipped } = sizes(file);
  const ok = gzipped <= budget;
  const known = knownOver.includes(file);
  if (!ok && !known) over += 1;
  const verdict = ok ? 'ok' : `over by ${kb(gzipped - budget)}${known ? ' (known, not failing)' : ''}`;
  console.log(`| ${file} | ${kb(minified)} | ${kb(gzipped)} | ${kb(budget)} | ${verdict} |`);
}
const onDemand = readdirSync('dist').filter((name) => /^partnership-feed-.+\.js$/.test(name));
for (const name of onDemand.sort()) {
  const { minified, gzipped } = sizes(`dist/${name}`);
  console.log(`| dist/${name} (on demand) | ${kb(minified)} | ${kb(gzipped)} | — | |`);
}
process.exit(over ? 1 : 0);
