/**
 * A Vite plugin for the bundles: takes out of Lit's production modules what no page of ours can use.
 *
 * - The hooks: `*PolyfillSupport` and `litElementHydrateSupport` call what the ShadyDOM/ShadyCSS
 *   polyfills (for browsers without shadow DOM: every browser we support has it) and Lit's SSR
 *   hydration (a widget is never server-rendered) put on `globalThis`; `lit*Versions` records Lit's
 *   version for its development build's warning about several copies on a page (the bundles stop a
 *   second copy of the widget themselves: build/second-copy-guard.mjs). Each becomes `(void 0)`,
 *   which the minifiers then drop with the calls on it.
 * - Standard decorators' support in ReactiveElement: reading properties from `Symbol.metadata`
 *   (which it would otherwise define on the page's `Symbol`, with a `litPropertyMetadata` global)
 *   and `addInitializer`. The element declares its properties statically and has no initializers;
 *   a subclass that needs decorators extends the npm package's class, whose Lit is the site's own.
 *
 * About 0.25 KB gzipped in all, of code that runs on every page and does nothing there. Each
 * module must hold exactly what is listed: if a Lit release changes it, the build stops rather
 * than quietly keeping some of it, and this list is brought up to date.
 */
const HOOK = /\b[\w$]+\.(?:litHtml|reactiveElement|litElement)(?:PolyfillSupport|HydrateSupport)\b/g;
const VERSION = /\([\w$]+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g;

/** Per module (its path under node_modules): how many hooks and version records it has, and its decorator support, text by text. */
const EXPECTED = {
  'lit-html/lit-html.js': { hooks: 1, versions: 1, decorators: [] },
  '@lit/reactive-element/reactive-element.js': {
    hooks: 1,
    versions: 1,
    decorators: [
      'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;',
      'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
      'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}',
      'void 0!==t.l&&(this.l=[...t.l]),',
      ',this.constructor.l?.forEach(t=>t(this))',
    ],
  },
  'lit-element/lit-element.js': { hooks: 2, versions: 1, decorators: [] },
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
      const { hooks, versions, decorators } = EXPECTED[module];
      const found = { hooks: code.match(HOOK)?.length ?? 0, versions: code.match(VERSION)?.length ?? 0 };
      if (found.hooks !== hooks || found.versions !== versions)
        this.error(`${module}: expected ${hooks} hooks and ${versions} version records, found ${found.hooks} and ${found.versions}`);
      let changed = code;
      for (const text of decorators) {
        if (changed.split(text).length !== 2) this.error(`${module}: expected the decorator support ${JSON.stringify(text)} once`);
        changed = changed.replace(text, '');
      }
      seen.add(module);
      // In parentheses: `void 0?.(…)` would call 0.
      return { code: changed.replace(HOOK, '(void 0)').replace(VERSION, '(void 0)'), map: null };
    },
    buildEnd() {
      const missing = Object.keys(EXPECTED).filter((module) => !seen.has(module));
      if (missing.length) this.error(`Lit's modules were not found to take the hooks out of: ${missing.join(', ')}`);
    },
  };
}
