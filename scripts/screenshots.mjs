/**
 * `npm run screenshots`: the demo in headless Chromium, one PNG per look an editor can choose,
 * written to docs/screenshots/ (the README shows them). Builds dist/ first.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCards } from '../test/support/chromium.mjs';
import { serveFolder } from '../test/support/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'docs/screenshots';

/** name, query string for demo/embed.html, viewport width, emulated media features. */
const VIEWS = [
  ['light', '', 1200],
  ['dark', 'page-theme=dark', 1200],
  ['coloured-page', 'page-theme=mint', 1200],
  ['list', 'layout=list', 1200],
  ['compact', 'layout=compact', 900],
  ['narrow-320', '', 320],
  ['spanish', 'lang=es&filters=type+tag+search', 1200],
  ['arabic', 'lang=ar&filters=type+tag+search', 1200],
  ['arabic-narrow-320', 'lang=ar', 320],
  [
    'forced-colors',
    '',
    1200,
    [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  ],
];

execSync('npm run build --silent', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync(`${ROOT}/${OUT}`, { recursive: true });
const server = await serveFolder(ROOT);
const browser = await launchChromium();
try {
  for (const [name, query, width, features] of VIEWS) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    // Puppeteer refuses forced-colors in emulateMediaFeatures; the DevTools protocol takes it.
    if (features) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
    await page.goto(`${server.url}/demo/embed.html?${query}`);
    await waitForCards(page, 10);
    const file = `${OUT}/${name}.png`;
    // The first screenful: the header, the controls and the first cards, as an editor first sees them.
    await page.screenshot({ path: `${ROOT}/${file}` });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
