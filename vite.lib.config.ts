import { defineConfig } from 'vite';

// The <batch-stream-lab> custom element, built in library mode next to the app
// (dist/element/batch-stream-lab.js) after `vite build`: the element finds the lab one folder up.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/element',
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: 'src/app/embed/element/index.ts',
      formats: ['es'],
      fileName: () => 'batch-stream-lab.js',
    },
  },
});
