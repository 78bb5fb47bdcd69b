/**
 * A Vite plugin for the bundles: minifies each chunk with terser (two compress passes) after
 * Rolldown's own minifier, which leaves about 0.3 KB gzipped on the table. The bundles go to sites
 * as they are, so those bytes are paid on every page; the size budget has no room for them.
 */
import { minify } from 'terser';

/** @returns {import('vite').Plugin} */
export function terserBundle() {
  return {
    name: 'terser-bundle',
    apply: 'build',
    async renderChunk(code, chunk, options) {
      const result = await minify(code, {
        module: options.format === 'es',
        compress: { passes: 2, pure_getters: true },
        sourceMap: { asObject: true },
        // The byte-order mark the classic script starts with is added after this hook.
        format: { comments: false },
      });
      return { code: result.code, map: result.map };
    },
  };
}
