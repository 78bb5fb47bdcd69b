import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { BROWSERS, chromium, firefox, isInstalled, webkit } from './test/browsers.mjs';
import { mediaFeaturesPlugin } from './test/commands.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { scenarioMiddleware } from './test/scenario-server.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const factories = { chromium, firefox, webkit };

// PF_BROWSERS=chromium,firefox narrows a local run; by default every installed engine runs
// (scripts/ensure-browsers.mjs has already installed, or named, the missing ones).
const wanted = (process.env.PF_BROWSERS ?? Object.keys(BROWSERS).join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const present = wanted.filter((name) => name in factories && isInstalled(name));
if (!present.length)
  throw new Error(`No browser to test in: none of ${wanted.join(', ')} is installed (npm test installs them when run as root).`);

// Sites load dist/, not src/: every file that renders the element runs twice, once against the
// TypeScript source (the "source" group, for the edit-test loop: `wtr --group source`) and once
// against the minified ES bundle `npm run build` wrote (the "bundle" group). The bundle group's
// page names the module to register the element from; src/test-support/element.ts imports it.
const ELEMENT_TESTS = ['src/element/*.test.ts', '!src/element/format.test.ts'];
const BUNDLE_ONLY = 'src/element/*.bundle.test.ts';
const bundlePage = (testFramework) =>
  `<!DOCTYPE html><html><head><script>window.PF_ELEMENT_MODULE = '/dist/partnership-feed.js';</script></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  rootDir,
  groups: [
    { name: 'source', files: ['src/**/*.test.ts', `!${BUNDLE_ONLY}`] },
    { name: 'bundle', files: ELEMENT_TESTS, testRunnerHtml: bundlePage },
  ],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: await Promise.all(present.map((name) => factories[name]())),
  reporters: [defaultReporter(), countReporter()],
  middleware: [scenarioMiddleware(rootDir)],
  plugins: [mediaFeaturesPlugin(), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  testFramework: { config: { timeout: 10_000 } },
};
