import { builtinModules } from 'node:module';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { asciiOnly } from './build/ascii-only.mjs';
import { LANGUAGES, loadOnDemand, ON_DEMAND, stringsOnDemand, tablesOnDemand } from './build/on-demand.mjs';
import { secondCopyGuard } from './build/second-copy-guard.mjs';
import { terserBundle } from './build/terser.mjs';
import { withoutLitHooks } from './build/lit-hooks.mjs';

/**
 * One config, four builds (see `npm run build`):
 * - default: `dist/partnership-feed.js`, the ES bundle (Lit inside) that registers the element, and
 *   `dist/partnership-feed.iife.js`, the same as a classic script: one build, two outputs;
 * - `--mode on-demand`: `dist/partnership-feed-{rss,wordpress,drupal,html,entities,<language>…}.js`, what
 *   both bundles load when a page needs it (build/on-demand.mjs), and the chunks they share;
 * - `--mode package`: `dist/index.js` and `dist/define.js` for bundler users, with Lit left as a dependency;
 * - `--mode cli`: `dist/cli.js`, the `partnership-feed validate|convert` command (Node 20+).
 * `npm start` serves `demo/`.
 */
/**
 * The CSS and HTML inside `css`…` and `html`…` literals, which no bundler touches (to a bundler they
 * are only strings): lightningcss and html-minifier-next, through Lit's own plugin. A failure stops
 * the build rather than shipping a literal half-minified.
 */
function minifyLiterals(): Plugin {
  return minifyHtmlLiterals({
    include: ['src/element/**/*.ts'],
    exclude: ['**/*.test.ts'],
    failOnError: true,
    // Empty attributes stay: `alt=""` marks an image as decorative.
    options: { minifyOptions: { removeEmptyAttributes: false } },
  });
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      server: { host: '127.0.0.1', port: 5173 },
      plugins: [
        {
          name: 'demo-at-root',
          configureServer(server) {
            server.middlewares.use((request, response, next) => {
              if (request.url !== '/') return next();
              response.writeHead(302, { location: '/demo/' });
              response.end();
            });
          },
        },
      ],
    };
  }
  const shared: UserConfig = {
    build: {
      outDir: 'dist',
      emptyOutDir: mode === 'production',
      sourcemap: true,
      minify: mode !== 'package',
      target: 'es2021',
    },
  };
  if (mode === 'package') {
    return {
      ...shared,
      plugins: [stringsOnDemand({ bundled: false }), tablesOnDemand()],
      build: {
        ...shared.build,
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
        rolldownOptions: { external: [/^lit(\/|$)/, /^@lit\//], output: { chunkFileNames: 'lib/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'on-demand') {
    // What both bundles load on demand, built together: code two of them use (text.ts, the HTML
    // tokenizer, normalize.ts…) is a chunk they share, not a copy in each. They are ES modules,
    // which the classic script loads too, with import().
    return {
      ...shared,
      plugins: [
        tablesOnDemand(),
        // The later code's templates and sheets (later.ts), downloaded right after the first cards.
        minifyLiterals(),
        asciiOnly({
          skip: (name) => name === 'partnership-feed-entities.js' || LANGUAGES.some((code) => name === `partnership-feed-${code}.js`),
        }),
      ],
      build: {
        ...shared.build,
        emptyOutDir: false,
        lib: {
          entry: Object.fromEntries(Object.entries(ON_DEMAND).map(([source, name]) => [name, source])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        // `allow-extension`: html.js (the tokenizer, with text.ts) may hold what the readers share
        // with it, rather than re-export it from a chunk a page would then wait for. parse.ts fetches
        // html.js beside a reader whenever the text has markup.
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: { minify: true, chunkFileNames: 'partnership-feed-shared-[hash].js' },
        },
      },
    };
  }
  if (mode === 'cli') {
    // `dist/cli.js`, the `partnership-feed` command for feed publishers: a Node ES module with the
    // feed code bundled in and its own dependencies left to npm.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        target: 'node20',
        ssr: 'src/cli/main.ts',
        rolldownOptions: {
          external: [/^node:/, ...builtinModules, 'csv-parse', /^csv-parse\//],
          output: { format: 'es', entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' },
        },
      },
    };
  }
  return {
    ...shared,
    plugins: [
      loadOnDemand(),
      stringsOnDemand({ bundled: true }),
      tablesOnDemand(),
      minifyLiterals(),
      withoutLitHooks(),
      secondCopyGuard(),
      terserBundle(),
      asciiOnly(),
    ],
    build: {
      ...shared.build,
      lib: {
        entry: 'src/define.ts',
        formats: ['es', 'iife'],
        name: 'PartnershipFeed',
        fileName: (format) => (format === 'iife' ? 'partnership-feed.iife.js' : 'partnership-feed.js'),
      },
      // Vite leaves ES library output unminified (to keep pure annotations for the user's bundler);
      // this file goes to sites as it is, so it is minified like the classic script.
      // A classic script is decoded in the page's encoding unless it starts with a byte-order mark:
      // the mark keeps "affichées" readable on pages that declare no charset (ES modules are always UTF-8).
      // Neither splits: a classic script cannot import a chunk, and the module would wait for one.
      // V8's compile hint (Chromium 136+; a comment elsewhere) compiles every function of the bundle
      // while it downloads, off the main thread: most of them run before the first cards, and
      // compiling them one by one when first called was about 10 ms of the parser's last task,
      // the longest before the cards (A/B at 10,000 items, 2026-12-06).
      rolldownOptions: {
        output: {
          minify: true,
          comments: false,
          codeSplitting: false,
          postBanner: (chunk) => `${chunk.fileName.endsWith('.iife.js') ? '\uFEFF' : ''}//# allFunctionsCalledOnLoad\n`,
        },
      },
    },
  };
});
