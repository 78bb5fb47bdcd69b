/**
 * The test pages the Node-side browser tests serve: one <partnership-feed> on a plain page, with
 * nothing inline (no inline script or style), so the same page also works under a strict CSP.
 */

/** The script tag for a bundle: the ES module, or the classic script as CMSs that strip modules use it. */
export function bundleScript(kind, folder = '/dist') {
  return kind === 'module'
    ? `<script type="module" src="${folder}/partnership-feed.js"></script>`
    : `<script src="${folder}/partnership-feed.iife.js" defer></script>`;
}

export function widgetPage({ lang = 'en', head = '', attributes }) {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>partnership-feed test page</title>
    ${head}
  </head>
  <body>
    <main>
      <partnership-feed${attributeText}>
        <a href="/topics/partnerships">Browse partnership resources</a>
      </partnership-feed>
    </main>
  </body>
</html>
`;
}
