// Lints all of src/ with typescript-eslint's recommended rules and Microsoft's Office add-in rules
// (eslint-plugin-office-addins): no context.sync() in a loop, load before read, sync after load, test
// for null with isNullObject, no Office.initialize (the page uses Office.onReady). `npm test` runs it,
// so CI (tests/run.sh) does too.
//
// The toolchain lives in lint/ with its own packages (see lint/package.json for why), installed by
// this package's postinstall: its modules are resolved from there.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./lint/package.json', import.meta.url));
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

export default [
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    // A leading underscore marks what is left out on purpose (a property taken off with a rest pattern).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.ts'],
    // The fake stands in for Word: it is Word's side of the calls, not a caller.
    ignores: ['src/word/fake/**'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'office-addins': officeAddins },
    // Not no-navigational-load: its list of Word's properties predates WordApi 1.3 and takes
    // isListItem or firstLineIndent for navigation properties.
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
];
