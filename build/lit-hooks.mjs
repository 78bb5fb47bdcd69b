/**
 * A Vite plugin for the bundles: takes out of Lit's production modules the hooks no page of ours
 * can use. `*PolyfillSupport` and `litElementHydrateSupport` call what the ShadyDOM/ShadyCSS
 * polyfills (for browsers without shadow DOM: every browser we support has it) and Lit's SSR
 * hydration (a widget is never server-rendered) put on `globalThis`; `lit*Versions` records Lit's
 * version for its development build's warning about several copies on a page (the bundles stop a
 * second copy of the widget themselves: build/second-copy-guard.mjs). Each hook becomes
 * `undefined`, which the minifiers then drop with the calls on it.
 *
 * Each module must have exactly the hooks listed: if a Lit release changes them, the build stops
 * rather than quietly keeping some, and this list is brought up to date.
 */
const HOOK = /\b[\w$]+\.(?:litHtml|reactiveElement|litElement)(?:PolyfillSupport|HydrateSupport)\b/g;
const VERSION = /\([\w$]+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g;

/** Per module (its path under node_modules): how many hooks and version records it has. */
const EXPECTED = {
  'lit-html/lit-html.js': { hooks: 1, versions: 1 },
  '@lit/reactive-element/reactive-element.js': { hooks: 1, versions: 1 },
  'lit-element/lit-element.js': { hooks: 2, versions: 1 },
};

/** @returns {import('vite').Plugin} */
export function withoutLitHooks() {
  const seen = new Set();
  return {
    name: 'without-lit-hooks',
    apply: 'build',
    transform(code, id) {
      const module = Object.keys(EXPECTED).find((path) => id.endsWith(`/node_modules/${path}`));
      if (!module) return null;
      const { hooks, versions } = EXPECTED[module];
      const found = { hooks: code.match(HOOK)?.length ?? 0, versions: code.match(VERSION)?.length ?? 0 };
      if (found.hooks !== hooks || found.versions !== versions)
        this.error(`${module}: expected ${hooks} hooks and ${versions} version records, found ${found.hooks} and ${found.versions}`);
      seen.add(module);
      // In parentheses: `void 0?.(…)` would call 0.
      return { code: code.replace(HOOK, '(void 0)').replace(VERSION, '(void 0)'), map: null };
    },
    buildEnd() {
      const missing = Object.keys(EXPECTED).filter((module) => !seen.has(module));
      if (missing.length) this.error(`Lit's modules were not found to take the hooks out of: ${missing.join(', ')}`);
    },
  };
}
