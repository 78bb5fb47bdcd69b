/**
 * Lit's polyfill, hydration and version hooks and its standard-decorator support are out of the
 * bundles (build/lit-hooks.mjs): a page that loads one keeps its globals as they were and still
 * gets its cards; the plugin stops the build when a Lit module is not as it knows it. `npm test`
 * builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { withoutLitHooks } from '../../build/lit-hooks.mjs';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { bundleScript, widgetPage } from '../support/pages.mjs';
import { serveFolder } from '../support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIT_HTML = `${ROOT}node_modules/lit-html/lit-html.js`;

/** Runs the plugin's transform on `code` as if it were `id`: its result, or the error it raised, thrown. */
function transform(code, id) {
  const plugin = withoutLitHooks();
  const context = {
    error(message) {
      throw new Error(message);
    },
  };
  return plugin.transform.call(context, code, id);
}

describe('the bundles without Lit’s unused hooks', () => {
  for (const file of ['partnership-feed.js', 'partnership-feed.iife.js'])
    it(`${file} calls no polyfill or hydration hook, records no Lit version and has no decorator support`, () => {
      const bundle = readFileSync(`${ROOT}dist/${file}`, 'utf8');
      assert.doesNotMatch(
        bundle,
        /PolyfillSupport|HydrateSupport|lit(?:Html|Element)Versions|reactiveElementVersions|litPropertyMetadata|addInitializer/,
      );
      // Still Lit: its template marker and the element's shadow root.
      assert.match(bundle, /lit\$/);
      assert.match(bundle, /attachShadow/);
    });

  it('turns each hook of Lit’s own modules into undefined, and leaves other modules alone', () => {
    const code = readFileSync(LIT_HTML, 'utf8');
    const { code: changed } = transform(code, LIT_HTML);
    assert.doesNotMatch(changed, /litHtmlPolyfillSupport|litHtmlVersions/);
    const element = `${ROOT}node_modules/lit-element/lit-element.js`;
    // `s.litElementHydrateSupport?.(…)` must become `(void 0)?.(…)`, a call skipped, not `void 0?.(…)`, a call of 0.
    assert.match(transform(readFileSync(element, 'utf8'), element).code, /\(void 0\)\?\.\(\{LitElement:i\}\)/);
    assert.equal(transform('export const x = 1;', '/src/element/other.js'), null);
  });

  it('stops the build when ReactiveElement’s decorator support is not the one it knows', () => {
    const module = `${ROOT}node_modules/@lit/reactive-element/reactive-element.js`;
    const code = readFileSync(module, 'utf8').replace('static addInitializer(t){', 'static addInitializer(e){');
    assert.throws(() => transform(code, module), /reactive-element\.js: expected the decorator support "static addInitializer/);
  });

  it('stops the build when a Lit module’s hooks are not the ones it knows', () => {
    const code = readFileSync(LIT_HTML, 'utf8').replace('litHtmlPolyfillSupport', 'litHtmlPolyfillHooks');
    assert.throws(() => transform(code, LIT_HTML), /lit-html\/lit-html\.js: expected 1 hooks and 1 version records, found 0 and 1/);
  });

  describe('on a page', () => {
    let server;
    let browser;
    before(async () => {
      const pages = Object.fromEntries(
        ['module', 'classic'].map((kind) => [
          `/${kind}.html`,
          widgetPage({ head: bundleScript(kind), attributes: { src: '/test/fixtures/partnerships.json' } }),
        ]),
      );
      server = await serveFolder(ROOT, { pages });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const kind of ['module', 'classic'])
      it(`leaves the page's globals as they were and shows the cards (${kind})`, async () => {
        const tab = await browser.newPage();
        await tab.evaluateOnNewDocument(() => {
          window.metadataBefore = Object.getOwnPropertyDescriptor(Symbol, 'metadata') !== undefined;
        });
        await tab.goto(`${server.url}/${kind}.html`);
        await waitForCards(tab, 10);
        const globals = await tab.evaluate(() => ({
          metadata: (Object.getOwnPropertyDescriptor(Symbol, 'metadata') !== undefined) === window.metadataBefore,
          lit: Object.keys(globalThis).filter((name) => /^(lit|reactiveElement)/.test(name)),
        }));
        assert.deepEqual(globals, { metadata: true, lit: [] });
        await tab.close();
      });
  });
});
