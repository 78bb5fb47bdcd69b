/**
 * What the bundles load on demand, from files beside themselves: the readers for the CMS and XML
 * formats and the non-English strings. Most pages read a JSON Feed in English and never fetch them.
 * Source file (imported dynamically in `src/`) → file name in `dist/` (without `.js`).
 * Read by vite.config.ts and by scripts/build-on-demand.mjs.
 */
export const ON_DEMAND = {
  'src/feed/xml.ts': 'partnership-feed-rss',
  'src/feed/wordpress.ts': 'partnership-feed-wordpress',
  'src/feed/drupal.ts': 'partnership-feed-drupal',
  'src/i18n/es.ts': 'partnership-feed-es',
  'src/i18n/fr.ts': 'partnership-feed-fr',
};
