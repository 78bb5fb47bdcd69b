/**
 * The private members whose names terser shortens in the bundles (PRIVATE_MEMBERS in
 * build/terser.mjs) stay private: property mangling renames a name everywhere in a chunk, so a name
 * must not be read by the files the bundles load on demand (built apart, unmangled), be public in
 * custom-elements.json, or be used in src/ as anything but a `private` class member (a feed field,
 * a stored copy's key, an event's detail, a string key). The built bundles no longer hold the names,
 * and their source maps still give them back. `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { SourceMapConsumer } from 'source-map-js';
import ts from 'typescript';
import { PRIVATE_MEMBERS } from '../../build/terser.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${ROOT}${path}`, 'utf8');
const MANGLED = new Set(PRIVATE_MEMBERS);

/** Every property name a file uses (`a.name`, `a['name']`, `{ name }`, class members, `'name' in a`), with its place. */
function properties(code) {
  const found = [];
  const key = (node) => (node.type === 'Identifier' ? node.name : typeof node.value === 'string' ? node.value : undefined);
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'MemberExpression') {
      const name = node.computed ? key(node.property.type === 'Literal' ? node.property : {}) : node.property.name;
      if (name !== undefined) found.push({ name, node: node.property });
    } else if (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(node.type)) {
      const name = node.computed ? (node.key.type === 'Literal' ? key(node.key) : undefined) : key(node.key);
      if (name !== undefined) found.push({ name, node: node.key });
    } else if (node.type === 'BinaryExpression' && node.operator === 'in' && node.left.type === 'Literal') {
      found.push({ name: String(node.left.value), node: node.left });
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === 'loc') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }));
  return found;
}

describe('the private members the bundles shorten', () => {
  it('are not properties in any file the bundles load on demand', () => {
    const files = readdirSync(`${ROOT}dist`).filter((name) => /^partnership-feed-.+\.js$/.test(name));
    for (const name of ['later', 'several', 'pages', 'rss', 'html', 'fr']) assert.ok(files.includes(`partnership-feed-${name}.js`), name);
    const shared = files.flatMap((file) =>
      [...new Set(properties(read(`dist/${file}`)).map(({ name }) => name))]
        .filter((name) => MANGLED.has(name))
        .map((name) => `${file}: ${name}`),
    );
    assert.deepEqual(shared, [], shared.join('\n'));
  });

  it('are not public in custom-elements.json', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'partnership-feed');
    assert.ok(element.members.some(({ name }) => name === 'src'));
    const publicNames = new Set();
    JSON.stringify(manifest, (_key, value) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && value.privacy !== 'private') {
        for (const field of ['name', 'fieldName']) if (typeof value[field] === 'string') publicNames.add(value[field]);
      }
      return value;
    });
    assert.deepEqual(
      PRIVATE_MEMBERS.filter((name) => publicNames.has(name)),
      [],
    );
  });

  it('are, wherever src/ uses them, private members of its classes, and no string in src/ spells one out', () => {
    const files = ts.sys
      .readDirectory(`${ROOT}src`, ['.ts'])
      .filter((file) => !file.endsWith('.test.ts') && !file.includes('/src/test-support/'));
    const { config } = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
    const program = ts.createProgram(files, { ...options, types: [], noEmit: true });
    const checker = program.getTypeChecker();
    const isPrivate = (declaration) =>
      (ts.isClassElement(declaration) || ts.isParameter(declaration)) &&
      (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Private) !== 0;
    const allPrivate = (symbol) => !!symbol?.declarations?.length && symbol.declarations.every(isPrivate);
    // Lit's `static properties = { filterState: { state: true } }` beside `private filterState`: the
    // key is renamed with the member, and Lit makes the reactive accessor under the new name.
    const litDeclaration = (name) => {
      const declaration = name.parent.parent.parent;
      return (
        ts.isPropertyAssignment(name.parent) &&
        ts.isPropertyDeclaration(declaration) &&
        declaration.name.getText() === 'properties' &&
        (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Static) !== 0 &&
        declaration.parent.members.some((member) => member.name?.getText() === name.text && isPrivate(member))
      );
    };
    const declared = new Set();
    const wrong = [];
    for (const file of program.getSourceFiles().filter((source) => files.includes(source.fileName))) {
      const where = (node, what) =>
        `${file.fileName.slice(ROOT.length)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`;
      const visit = (node) => {
        const parent = node.parent;
        if (ts.isIdentifier(node) && MANGLED.has(node.text) && parent) {
          const name = node.text;
          if (ts.isBindingElement(parent) && ts.isObjectBindingPattern(parent.parent) && (parent.propertyName ?? parent.name) === node) {
            const property = checker.getTypeAtLocation(parent.parent).getProperty(name);
            if (!allPrivate(property)) wrong.push(where(node, 'destructured from something else'));
          } else if (ts.isParameter(parent) && parent.name === node) {
            if (ts.isParameterPropertyDeclaration(parent, parent.parent) && isPrivate(parent)) declared.add(name);
            else if (ts.isParameterPropertyDeclaration(parent, parent.parent)) wrong.push(where(node, 'a parameter property'));
          } else if (ts.isShorthandPropertyAssignment(parent)) {
            wrong.push(where(node, 'an object key'));
          } else if (
            (ts.isPropertyAccessExpression(parent) ||
              ts.isPropertyAssignment(parent) ||
              ts.isClassElement(parent) ||
              ts.isTypeElement(parent) ||
              ts.isEnumMember(parent)) &&
            parent.name === node
          ) {
            if (ts.isClassElement(parent) && isPrivate(parent)) declared.add(name);
            else if (!allPrivate(checker.getSymbolAtLocation(node)) && !litDeclaration(node))
              wrong.push(where(node, ts.SyntaxKind[parent.kind]));
          }
          // Anything else is a local name (a variable, a parameter, a function), which property mangling leaves alone.
        } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
          // `changed.has('filterState')`, `this['filterState']`, a template's `.filterState=${…}` binding.
          const spelled = MANGLED.has(node.text)
            ? [node.text]
            : [...node.text.matchAll(/\.([\w$]+)=/g)].map((match) => match[1]).filter((name) => MANGLED.has(name));
          for (const name of spelled) wrong.push(where(node, `${name} in a string`));
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    assert.deepEqual(wrong, [], wrong.join('\n'));
    assert.deepEqual(
      PRIVATE_MEMBERS.filter((name) => !declared.has(name)),
      [],
      'names no class in src/ declares private any more',
    );
  });

  for (const file of ['partnership-feed.js', 'partnership-feed.iife.js']) {
    it(`are gone from ${file}, whose source map names each one where its short name stands`, () => {
      const code = read(`dist/${file}`);
      const found = properties(code);
      assert.deepEqual(
        [...new Set(found.map(({ name }) => name))].filter((name) => MANGLED.has(name)),
        [],
      );
      const consumer = new SourceMapConsumer(JSON.parse(read(`dist/${file}.map`)));
      const renamed = new Map();
      for (const { name, node } of found) {
        const original = consumer.originalPositionFor({ line: node.loc.start.line, column: node.loc.start.column });
        if (!MANGLED.has(original.name)) continue;
        assert.match(original.source, /\/src\/.+\.ts$/);
        assert.ok(!renamed.has(original.name) || renamed.get(original.name) === name, original.name);
        renamed.set(original.name, name);
      }
      assert.deepEqual(
        PRIVATE_MEMBERS.filter((name) => !renamed.has(name)),
        [],
        'names the source map does not give back',
      );
      assert.ok([...renamed.values()].every((name) => name.length <= 2));
    });
  }
});
