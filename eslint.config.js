// Lint rules, including the engine boundary: src/engine must stay pure, seeded and UI-free so it
// can run in tests, benchmarks, workers and embedding sites exactly as it runs in the lab.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = [
  'react',
  'react-dom',
  'zustand',
  'motion',
  'framer-motion',
  'd3-selection',
  'd3-transition',
];
const why =
  'src/engine is pure and UI-free (see STYLE.md): pass time and randomness in as arguments.';

/** The engine boundary, exported so the boundary test can lint fixtures with the very same rule. */
export const engineBoundary = {
  files: ['src/engine/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: uiPackages.map((name) => ({ name, message: why })),
        patterns: [
          {
            group: ['react/*', 'react-dom/*', 'zustand/*', 'motion/*', 'framer-motion/*'],
            message: why,
          },
          {
            group: ['**/store', '**/store/**', '**/views', '**/views/**', '**/app', '**/app/**'],
            message: why,
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['Date', 'performance', 'setTimeout', 'setInterval', 'requestAnimationFrame'].map(
        (name) => ({
          name,
          message: why,
        }),
      ),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: why },
      { object: 'globalThis', property: 'Date', message: why },
      { object: 'globalThis', property: 'performance', message: why },
      { object: 'window', property: 'setTimeout', message: why },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  engineBoundary,
);
