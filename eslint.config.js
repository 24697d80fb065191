// Lint rules, including the engine boundary: src/engine must stay pure, seeded and UI-free so it
// can run in tests, benchmarks, workers and embedding sites exactly as it runs in the lab. Views
// and the app start no timers (time comes from the lab store's scheduler), pass the store's hook
// named selectors, never inline ones, and views never import the app, which mounts them.
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

const namespaceWhy =
  "Destructuring one of the engine's namespaces (`const { runLab } = lab`) makes the bundler keep " +
  'every member of it in the page: write `lab.runLab(…)`, or alias one member ' +
  '(`const runLab = lab.runLab`). See docs/engine.md.';

/** The engine's namespaces, as src/engine/index.ts exports them. */
const engineNamespaces = [
  'time',
  'windows',
  'pipelines',
  'scenarios',
  'sampling',
  'metrics',
  'lab',
  'io',
  'guarantees',
];
const destructuresNamespace = {
  selector: `VariableDeclarator[id.type='ObjectPattern'][init.type='Identifier'][init.name=/^(${engineNamespaces.join('|')})$/]`,
  message: namespaceWhy,
};

/**
 * Engine namespaces are used member by member, exported so the boundary test lints fixtures with
 * the very same rule. Views and the app get the same selector in noTimersInUi, whose
 * no-restricted-syntax replaces this one there.
 */
export const namespacesMemberByMember = {
  files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'tests/**/*.ts', 'e2e/**/*.ts'],
  rules: { 'no-restricted-syntax': ['error', destructuresNamespace] },
};

const timerWhy =
  "src/views and src/app start no timers and read no clock: go through the lab store's scheduler " +
  '(store.scheduler, src/store/scheduler.ts), the one source of time, which tests crank by hand.';
const timers = [
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'clearTimeout',
  'clearInterval',
  'cancelAnimationFrame',
];

const inlineSelectorWhy =
  'Pass useLab a named selector from src/store/selectors.ts (or a module-scope one beside the ' +
  'view), not an arrow built in render: one stable function per value, shared where two panels ' +
  'read the same thing. A selector with an argument comes from a selectorFactory (STYLE.md).';

/**
 * Views and the app pass useLab no inline selector, exported so the boundary test lints fixtures
 * with the very same rule: `useLab((s) => …)` and `useLab(useShallow((s) => …))`.
 */
export const inlineSelectors = [
  { selector: "CallExpression[callee.name='useLab'] > :function", message: inlineSelectorWhy },
  {
    selector:
      "CallExpression[callee.name='useLab'] > CallExpression[callee.name='useShallow'] > :function",
    message: inlineSelectorWhy,
  },
];

/**
 * Views and the app start no timers, exported so the boundary test lints fixtures with the very
 * same rule. Globals catch `setTimeout(…)`; the syntax rule catches a timer on any object
 * (`window.setTimeout`, an iframe's `win.requestAnimationFrame`) and `performance.now()` however
 * reached. Its no-restricted-syntax also carries the namespace and inline-selector rules: a later
 * config's list would replace this one for the same files, not add to it.
 */
export const noTimersInUi = {
  files: ['src/views/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-globals': ['error', ...timers.map((name) => ({ name, message: timerWhy }))],
    'no-restricted-syntax': [
      'error',
      {
        selector: `MemberExpression[property.name=/^(${timers.join('|')})$/]`,
        message: timerWhy,
      },
      {
        selector: "MemberExpression[property.name='now'][object.name='performance']",
        message: timerWhy,
      },
      {
        selector: "MemberExpression[property.name='now'][object.property.name='performance']",
        message: timerWhy,
      },
      destructuresNamespace,
      ...inlineSelectors,
    ],
  },
};

const layerWhy =
  'src/views never imports src/app: the app mounts the views, not the other way round. Move the ' +
  'shared piece to src/store (state) or a neutral module, or pass it in as a prop.';

/** Views never import the app, exported for the boundary test like the others. */
export const viewsNeverImportApp = {
  files: ['src/views/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['**/app', '**/app/**'], message: layerWhy }] },
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
  namespacesMemberByMember,
  noTimersInUi,
  viewsNeverImportApp,
);
