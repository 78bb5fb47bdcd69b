/**
 * What the bundles load on demand, from files beside themselves: the readers for the CMS and XML
 * formats, the HTML tokenizer and table of named references, and the non-English strings. Most pages read a JSON
 * Feed in English and never fetch them.
 * Read by vite.config.ts (the bundles) and build/build-on-demand.mjs (the files themselves).
 */
import { dirname, relative, resolve } from 'node:path';

/** Source file (imported dynamically in `src/`) → file name in `dist/` (without `.js`). */
export const ON_DEMAND = {
  'src/feed/xml.ts': 'partnership-feed-rss',
  'src/feed/wordpress.ts': 'partnership-feed-wordpress',
  'src/feed/drupal.ts': 'partnership-feed-drupal',
  // Every HTML named reference, for the rare feed that uses one text.ts does not know by itself.
  'src/feed/entities.ts': 'partnership-feed-entities',
  // The HTML tokenizer, for a JSON Feed whose text is HTML (the readers above carry their own).
  'src/feed/html.ts': 'partnership-feed-html',
  // Reading a feed's later documents, the first time "Show more" needs one.
  'src/feed/follow.ts': 'partnership-feed-pages',
  // Reading and writing the page's query string, for a widget with sync-url.
  'src/filter/url-state.ts': 'partnership-feed-url',
  'src/i18n/es.ts': 'partnership-feed-es',
  'src/i18n/fr.ts': 'partnership-feed-fr',
};

/**
 * A Vite plugin that leaves the on-demand modules out of a bundle: `import('./xml.js')` becomes
 * `import('./partnership-feed-rss.js')`, resolved against the bundle's own URL. That holds for the
 * classic script too: a classic script's dynamic import resolves against the script's URL.
 * @returns {import('vite').Plugin}
 */
export function loadOnDemand() {
  return {
    name: 'load-on-demand',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!importer || options.kind !== 'dynamic-import') return null;
      const file = relative(process.cwd(), resolve(dirname(importer), source.replace(/\.js$/, '.ts')));
      const name = ON_DEMAND[file];
      return name ? { id: `./${name}.js`, external: true } : null;
    },
  };
}
