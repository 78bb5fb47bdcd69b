/**
 * A Vite plugin for the bundles: minifies each chunk with terser (two compress passes) after
 * Rolldown's own minifier, which leaves about 0.3 KB gzipped on the table. The bundles go to sites
 * as they are, so those bytes are paid on every page; the size budget has no room for them.
 */
import { minify } from 'terser';

/**
 * Private class members whose names terser shortens in the bundles (`mangle.properties`, about
 * 0.12 KB gzipped), which no minifier does by itself: a property's name is all that code outside the
 * chunk can find it by. Property mangling renames every `.name` and `name:` in a chunk, so a name is
 * here only if src/ uses it for nothing but `private` members of its classes (and, for `filterState`
 * and `visibleCount`, their keys in the element's `static properties`, renamed with them, so that Lit
 * makes the reactive accessors under the short names). Then no feed field, stored copy, event
 * detail, strings key, public property or Lit API shares it, and the files loaded on demand (`-later`,
 * `-url`, `-several`…, built apart and not mangled) have no way to read it. Names the DOM or
 * JavaScript also use (`open`, `options`, `show`, `stop`…) are left out: terser would keep them anyway.
 * test/bundle/private-members.test.mjs checks each rule against src/, custom-elements.json and the
 * built files; a name that fails it comes off this list.
 */
export const PRIVATE_MEMBERS = [
  // PartnershipFeed (src/element/partnership-feed.ts): its state, controllers and helpers.
  'filterState',
  'visibleCount',
  'warnOnce',
  'nextFocus',
  'pageColorScheme',
  'announcer',
  'feedState',
  'pageStep',
  'matched',
  'filtered',
  'changeFilters',
  'applyThenFocus',
  'renderLoaded',
  'panel',
  'urlSync',
  'restoreFromUrl',
  'forcedTheme',
  'kept',
  'pageLang',
  // The controllers (src/element/controllers/): what each keeps to itself.
  'clock', // AnnouncerController
  'held',
  'timer',
  'hooks', // FeedController
  'paging',
  'lastRefreshes',
  'guarded',
  'showFirst',
  'jobs', // Jobs
  'adopted', // LaterCodeController
  'wanted',
  'atOnce',
  'pendingLoad', // LoadEventsController
];

/** @returns {import('vite').Plugin} */
export function terserBundle() {
  return {
    name: 'terser-bundle',
    apply: 'build',
    async renderChunk(code, chunk, options) {
      const result = await minify(code, {
        module: options.format === 'es',
        compress: { passes: 2, pure_getters: true },
        mangle: { properties: { regex: new RegExp(`^(?:${PRIVATE_MEMBERS.join('|')})$`) } },
        sourceMap: { asObject: true },
        // The byte-order mark the classic script starts with is added after this hook.
        format: { comments: false },
      });
      return { code: result.code, map: result.map };
    },
  };
}
