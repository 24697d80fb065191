import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app and its unit/property tests; browser tests live in playwright.config.ts.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // papaparse is CommonJS, so the bundler must assume importing it has side effects and keeps
      // it in the page's first download through the engine's barrel, although only the import
      // worker calls it. It has none: let tree-shaking drop it where it is unused.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]papaparse[\\/]/.test(id),
      },
    },
  },
  // An embed in <iframe sandbox="allow-scripts"> has an opaque origin ("null"), and browsers fetch
  // module scripts with CORS: the static files must say anyone may load them (docs/embedding.md).
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // A test that makes no assertion fails (loops and ifs cannot hide an empty check), and
    // property tests start from a fixed seed (FUZZ_SEED replays another).
    setupFiles: ['tests/setup/every-test-asserts.ts', 'tests/setup/fuzz-seed.ts'],
    // The lint-rule test spins up ESLint; give slow CI machines room.
    testTimeout: 30_000,
  },
});
