/**
 * Writes the attribute facts of src/element/attributes.ts where they are needed without it: the
 * element's `@attr` documentation, and its `static properties` and typed fields in the class it
 * extends, src/element/attributes.generated.ts (the manifest analyzer
 * reads them from the source, and the bundle must not carry the descriptions), the WordPress
 * block's attributes, the attributes the editor's controls offer, and the plugin's attribute check.
 *
 *   node build/generate-attributes.mjs           rewrites the files that are stale
 *   node build/generate-attributes.mjs --check   lists them and fails instead (npm run lint)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { build } from 'vite';

const ELEMENT = 'src/element/partnership-feed.ts';
const ELEMENT_ATTRIBUTES = 'src/element/attributes.generated.ts';
const BLOCK = 'integrations/wordpress/block/block.json';
const EDITOR_DATA = 'integrations/wordpress/block/attributes.json';
const PHP = 'integrations/wordpress/includes/attributes.php';
const START = 'Generated from src/element/attributes.ts by `npm run generate`: edit the table, not these lines.';
const END = 'End of the generated lines.';
/** The block's own attributes, which are not the element's: whether the page reads the feed through the site's relay. */
const BLOCK_ONLY = { relay: { type: 'boolean', default: true } };

/** The table, bundled with what it imports (TypeScript, as the element's own constants are). */
async function loadTable() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/element/attributes.ts', formats: ['es'], fileName: 'attributes' },
    },
  });
  const chunk = [result].flat()[0].output.find((output) => output.type === 'chunk' && output.isEntry);
  return import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
}

/** `text` with the lines between each START/END comment pair replaced by the next of `bodies`. */
function replaceRegions(text, file, bodies) {
  const lines = text.split('\n');
  const out = [];
  let region = 0;
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (!lines[i].includes(START)) continue;
    const end = lines.findIndex((line, j) => j > i && line.includes(END));
    if (end < 0) throw new Error(`${file}: "${START}" without "${END}"`);
    if (region >= bodies.length) throw new Error(`${file}: more generated regions than expected`);
    const indent = lines[i].match(/^\s*/)[0];
    out.push(...bodies[region++].map((line) => (line ? indent + line : line)), lines[end]);
    i = end;
  }
  if (region !== bodies.length) throw new Error(`${file}: ${bodies.length} generated regions expected, ${region} found`);
  return out.join('\n');
}

const quote = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function tsType(spec) {
  if (spec.kind === 'boolean') return 'boolean';
  if (spec.kind === 'keyword') return spec.values.map(quote).join(' | ');
  if (spec.kind === 'number') return spec.values ? spec.values.join(' | ') : 'number';
  return 'string';
}

/** The element's class comment, with an `@attr` line for every attribute, the global `lang` included. */
function element(text, { ATTRIBUTES }) {
  const attrLines = ATTRIBUTES.map((spec) => ` * @attr ${spec.name} - ${spec.description}`);
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith(' * @attr '));
  let last = first;
  while (lines[last + 1].startsWith(' * @attr ')) last++;
  lines.splice(first, last - first + 1, ...attrLines);
  return lines.join('\n');
}

/** The class the element extends: each attribute's reactive property and typed field, with its default. */
function elementAttributes({ ATTRIBUTES, propertyName }) {
  const own = ATTRIBUTES.filter((spec) => !spec.global);
  const properties = own.map((spec) => {
    const property = propertyName(spec.name);
    const options = [
      ...(property === spec.name ? [] : [`attribute: ${quote(spec.name)}`]),
      ...(spec.kind === 'number' ? ['type: Number'] : spec.kind === 'boolean' ? ['type: Boolean'] : []),
      ...(spec.reflect ? ['reflect: true'] : []),
    ];
    return `${property}: {${options.length ? ` ${options.join(', ')} ` : ''}},`;
  });
  const fields = own.flatMap((spec) => {
    const property = propertyName(spec.name);
    const comment = `/** ${spec.description}${spec.reflect ? ` Reflected: ${spec.reflect}.` : ''} */`;
    const value = typeof spec.default === 'string' ? quote(spec.default) : spec.default;
    return [comment, spec.default === undefined ? `${property}?: ${tsType(spec)};` : `${property}: ${tsType(spec)} = ${value};`];
  });
  return [
    `// ${START.replace('these lines', 'this file')}`,
    "import { LitElement, type PropertyDeclarations } from 'lit';",
    '',
    '/**',
    ' * The attributes of `<partnership-feed>` as reactive properties, typed as unions of their values',
    ' * where the values are a fixed set: the class PartnershipFeed extends. Declared statically rather',
    ' * than with decorators, whose calls and helper cost the bundles 0.4 KB gzipped (`npm run size`).',
    ' */',
    'export class PartnershipFeedAttributes extends LitElement {',
    '  static override properties: PropertyDeclarations = {',
    ...properties.map((line) => `    ${line}`),
    '  };',
    '',
    ...fields.map((line) => `  ${line}`),
    '}',
    '',
  ].join('\n');
}

/** The block stores every value as typed (a string), so "Default" can be an empty choice. */
function blockAttributes({ ATTRIBUTES, propertyName }) {
  const attributes = {};
  for (const spec of ATTRIBUTES) attributes[propertyName(spec.name)] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' };
  const { src, ...rest } = attributes;
  return { src, ...BLOCK_ONLY, ...rest };
}

function blockJson(text, table) {
  // Only the attributes are rewritten, one line each, as the rest of the file was written by hand.
  const lines = Object.entries(blockAttributes(table)).map(
    ([name, value]) =>
      `    ${JSON.stringify(name)}: ${JSON.stringify(value)
        .replace(/^\{(.*)\}$/, '{ $1 }')
        .replace(/,"/g, ', "')
        .replace(/":/g, '": ')},`,
  );
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, -1);
  const replaced = text.replace(/("attributes": \{\n)[\s\S]*?(\n {2}\})/, (_, open, close) => `${open}${lines.join('\n')}${close}`);
  if (replaced === text && !text.includes(lines.join('\n'))) throw new Error(`${BLOCK}: no "attributes" object`);
  return replaced;
}

/**
 * What the editor's controls offer (block/editor.js has no build step: the plugin hands it this
 * file with its other data): block attribute → element attribute, kind, values, default.
 */
function editorData({ ATTRIBUTES, propertyName }) {
  const entries = ATTRIBUTES.map(({ name, kind, values, none, default: fallback }) => [
    propertyName(name),
    { name, kind, ...(values && { values }), ...(none && { none }), ...(fallback !== undefined && { default: fallback }) },
  ]);
  return JSON.stringify(Object.fromEntries(entries));
}

/** The plugin's check (partnership_feed_clean_value): a kind word, a list of allowed values, or 'tokens' and the words. */
function phpKind(spec) {
  const list = (words) => `array( ${words.map(quote).join(', ')} )`;
  switch (spec.kind) {
    case 'url':
    case 'boolean':
    case 'text':
      return quote(spec.kind);
    case 'list':
      return quote('text');
    case 'language':
      return quote('lang');
    case 'keyword':
      return list(spec.values);
    case 'words':
      return list(['tokens', ...spec.values, ...(spec.none ? ['none'] : [])]);
    case 'number':
      return spec.values ? list(spec.values.map(String)) : quote('count');
    default:
      throw new Error(`no PHP kind for ${spec.kind}`);
  }
}

function php(text, { ATTRIBUTES }) {
  const width = Math.max(...ATTRIBUTES.map((spec) => quote(spec.name).length));
  const lines = ATTRIBUTES.map((spec) => `${quote(spec.name).padEnd(width)} => ${phpKind(spec)},`);
  return replaceRegions(text, PHP, [lines]);
}

async function formatted(file, text) {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

const check = process.argv.includes('--check');
const table = await loadTable();
const read = (file) => readFileSync(file, 'utf8');
const outputs = [
  [ELEMENT, await formatted(ELEMENT, element(read(ELEMENT), table))],
  [ELEMENT_ATTRIBUTES, await formatted(ELEMENT_ATTRIBUTES, elementAttributes(table))],
  [BLOCK, await formatted(BLOCK, blockJson(read(BLOCK), table))],
  [EDITOR_DATA, await formatted(EDITOR_DATA, editorData(table))],
  [PHP, php(read(PHP), table)],
];
const stale = outputs.filter(([file, text]) => {
  try {
    return read(file) !== text;
  } catch {
    return true;
  }
});
if (check) {
  if (stale.length) {
    console.error(`Stale (run npm run generate): ${stale.map(([file]) => file).join(', ')}`);
    process.exit(1);
  }
} else {
  for (const [file, text] of stale) writeFileSync(file, text);
  console.log(stale.length ? `Wrote ${stale.map(([file]) => file).join(', ')}` : 'Up to date.');
}
