import { defineConfig } from 'vite';

export default defineConfig({
  // relative asset URLs: dist/ can be served from any path
  base: './',
  build: {
    target: 'es2022',
    // the whole dataset (about 3.5 MB of JSON, about 400 kB gzipped) is in the bundle by design
    chunkSizeWarningLimit: 8000,
  },
});
