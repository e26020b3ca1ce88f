// ESLint (flat config): typescript-eslint's recommended rules, the layer rules and the size limits
// of the house style. Formatting is Prettier's (`npm run format`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import paths a layer must not use: `no-restricted-imports` groups (gitignore-style). */
const NODE_IO = [
  'fs',
  'node:fs',
  'fs/*',
  'node:fs/*',
  'child_process',
  'node:child_process',
  'worker_threads',
  'node:worker_threads',
];
const layer = (message, groups) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] });

export default tseslint.config(
  // Fixtures are scanned, not run: they imitate other people's code on purpose.
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'test-results/',
      '.vscode-test/',
      'test/unit/fixtures/',
      '.bench-cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120 (.prettierrc.json); strings, regexes, templates and comments
      // with URLs may run longer.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          ignoreComments: true,
        },
      ],
    },
  },
  {
    // Patterns are data: a control character or a redundant escape in one is deliberate.
    files: ['src/core/rules/**/*.ts'],
    rules: { 'no-control-regex': 'off', 'no-useless-escape': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // The layers: core → nothing; scan (the Node I/O both fronts share) → core; cli and extension →
  // scan and core, never each other. test/unit/architecture.test.ts checks the same by grepping.
  {
    files: ['src/core/**/*.ts'],
    rules: layer('src/core is plain computation: no editor, no Node I/O, no outer layer.', [
      'vscode',
      ...NODE_IO,
      '**/scan',
      '**/scan/**',
      '**/cli',
      '**/cli/**',
      '**/extension',
      '**/extension/**',
    ]),
  },
  {
    files: ['src/scan/**/*.ts'],
    rules: layer('src/scan is shared by the CLI and the extension: it imports neither, nor vscode.', [
      'vscode',
      '**/cli',
      '**/cli/**',
      '**/extension',
      '**/extension/**',
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer('The CLI never imports the extension (nor vscode).', ['vscode', '**/extension', '**/extension/**']),
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: layer('The extension never imports the CLI; shared Node code lives in src/scan.', ['**/cli', '**/cli/**']),
  },
  {
    // Plain Node scripts (the build, a bench probe): CommonJS; TypeScript checks the rest.
    files: ['esbuild.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-undef': 'off' },
  },
  {
    // The webview's script runs in a browser page.
    files: ['media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        document: 'readonly',
        window: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLSelectElement: 'readonly',
        Event: 'readonly',
        KeyboardEvent: 'readonly',
        MessageEvent: 'readonly',
        CSS: 'readonly',
      },
    },
  },
);
