// ESLint flat config: TypeScript, Lit, web-component and Lit accessibility rules, zero warnings.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/** Feed data is untrusted: none of these may reach the widget's source. */
const unsafeSinks = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'No innerHTML/outerHTML: feed data must stay text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: feed data must stay text.' },
  {
    selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/\\bstyle=[\"']?$/]",
    message: 'No style=${…} bindings: styles live in the styles module.',
  },
];
const unsafeImports = {
  paths: [
    { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: feed data must stay text.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG: feed data must stay text.' },
    { name: 'lit/directives/style-map.js', message: 'No styleMap: styles live in the styles module.' },
    { name: 'lit/static-html.js', message: 'No unsafeStatic/static templates.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', 'bench/.out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-syntax': ['error', ...unsafeSinks],
      'no-restricted-imports': ['error', unsafeImports],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Data and logic are plain TypeScript: no Lit, no element, no templates.
    files: ['src/feed/**/*.ts', 'src/filter/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...unsafeImports,
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '**/element/**', '**/i18n/**'],
              message: 'src/feed and src/filter stay free of Lit and the view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test-support/**/*.ts'],
    rules: {
      // Tests build hostile feeds and poke at the element on purpose.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Benchmark pages: the harness defines __bench; List.js comes from its own script tag.
    files: ['bench/pages/*.js'],
    languageOptions: { globals: { __bench: 'readonly', List: 'readonly' } },
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
