/**
 * `npm run size`: the gzip -9 size of each bundle against its budget (issue: features must earn
 * their bytes). Prints a table; exits 1 when a bundle is over budget. Builds first if dist/ is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { file: 'dist/partnership-feed.js', budget: 20 * 1024 },
  { file: 'dist/partnership-feed.iife.js', budget: 24 * 1024 },
];

if (BUDGETS.some(({ file }) => !existsSync(file))) execSync('npm run build --silent', { stdio: 'inherit' });

let over = 0;
console.log('| bundle | minified | gzip -9 | budget | |');
console.log('|---|---:|---:|---:|---|');
for (const { file, budget } of BUDGETS) {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const ok = gzipped <= budget;
  if (!ok) over += 1;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`| ${file} | ${kb(bytes.length)} | ${kb(gzipped)} | ${kb(budget)} | ${ok ? 'ok' : `over by ${kb(gzipped - budget)}`} |`);
}
process.exit(over ? 1 : 0);
