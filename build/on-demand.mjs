/**
 * What the bundles load on demand, from files beside themselves: the readers for the CMS and XML
 * formats, the HTML tokenizer and table of named references, and the non-English strings. Most pages read a JSON
 * Feed in English and never fetch them.
 * Read by vite.config.ts, for the bundles and for the files themselves (`--mode on-demand`).
 */
import { readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * The shipped languages besides English: every strings file in src/i18n/ named by a language code
 * (es.ts, zh-TW.ts …). src/i18n/strings.ts lists the same codes (its test checks they agree).
 */
export const LANGUAGES = readdirSync('src/i18n')
  .map((file) => /^([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1])
  .filter((code) => code && code !== 'en')
  .sort();

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
  // A response over a megabyte (thousands of items), decoded and parsed a slice a task.
  'src/feed/long-text.ts': 'partnership-feed-long',
  // Several feeds in one list, for a widget whose src has more than one address.
  'src/feed/several.ts': 'partnership-feed-several',
  // What a patron meets only after the first cards (search highlighting, the chips, the empty state…),
  // or what some attributes ask for before them (the list and compact layouts, sync-url, relative dates).
  'src/element/later.ts': 'partnership-feed-later',
  ...Object.fromEntries(LANGUAGES.map((code) => [`src/i18n/${code}.ts`, `partnership-feed-${code}`])),
};

/** The strings loader's import in src/i18n/strings.ts, a template the bundlers cannot follow by themselves. */
const STRINGS_IMPORT = 'import(/* @vite-ignore */ `./${code}.ts`)';

/**
 * A Vite plugin for the strings loader: in the bundles, a language's file is
 * `partnership-feed-<code>.js` beside the bundle; in the npm package (`bundled: false`), each
 * language becomes a chunk of its own, through one static import each.
 * @param {{ bundled: boolean }} options
 * @returns {import('vite').Plugin}
 */
export function stringsOnDemand({ bundled }) {
  return {
    name: 'strings-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/strings.ts')) return null;
      if (!code.includes(STRINGS_IMPORT)) this.error(`src/i18n/strings.ts no longer has ${STRINGS_IMPORT}`);
      const load = bundled
        ? 'import(/* @vite-ignore */ `./partnership-feed-${code}.js`)'
        : `({ ${LANGUAGES.map((code) => `'${code}': () => import('./${code}.js')`).join(', ')} })[code]()`;
      return { code: code.replace(STRINGS_IMPORT, load), map: null };
    },
  };
}

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

/**
 * A Vite plugin that leaves text.ts's default tables out (src/feed/text-defaults.ts imports every
 * table, for the tests and the CLI): a bundle has them as on-demand files, which parse.ts loads
 * before reading a feed that needs them and passes down with the options.
 * @returns {import('vite').Plugin}
 */
export function tablesOnDemand() {
  const id = '\0text-defaults';
  return {
    name: 'tables-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './text-defaults.js' && importer?.endsWith('/src/feed/text.ts') ? id : null;
    },
    load(loaded) {
      return loaded === id ? 'export const DEFAULT_TABLES = {};' : null;
    },
  };
}
