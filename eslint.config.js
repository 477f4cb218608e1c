// ESLint flat config (`npm run lint`). Formatting is Prettier's job (.prettierrc.json); this file only holds
// rules about correctness: typescript-eslint, Lit templates, web-component conventions, unused code, console.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Unused imports, variables and parameters are errors; a leading `_` marks a parameter that a signature needs. */
const unusedVars = ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }];

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'test/e2e/.output/', '.cache/']),
  js.configs.recommended,
  {
    // Everything outside src/ and test/*.ts: Node scripts, the bench, the demo pages, e2e tests. They run in Node
    // or are injected into a page (page.evaluate, the demo), so both sets of globals are known.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      'no-unused-vars': unusedVars,
    },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedVars,
    },
  },
  {
    // src/ gets the type-aware rules too (floating promises, unsafe any, needless assertions): about 15 s on two
    // cores. test/ does not: @open-wc's chai typings make every `expect(…).to.equal` look like a floating promise.
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly, lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      // Our elements extend AsskommElement (src/element/base-element.ts), a LitElement.
      wc: { elementBaseClasses: ['LitElement', 'AsskommElement'] },
    },
    rules: {
      // Warnings reach the page author through one channel: src/util/warn.ts.
      'no-console': 'error',
      // Lit calls `@event=${handler}` listeners with the host as `this` (and our handler objects hold arrow
      // functions typed with method syntax), so an "unbound" method in a template is not a bug.
      '@typescript-eslint/unbound-method': 'off',
      // LitElement always implements connectedCallback/disconnectedCallback, and TypeScript checks that the
      // super method exists: a guard would be dead code.
      'wc/guard-super-call': 'off',
      // Passing on a reason we were given (an AbortSignal's, a rejection's) is right; only a reason we make up
      // must be an Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    files: ['src/util/warn.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.mocha },
    },
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**/*.ts'],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
);
