// Vite: the React app in src/ and the module worker in workers/ (bundled as an ES module chunk).
// base './': every URL in the build is relative, so dist/ works from any folder of any static
// server (https://school.example/some/path/, GitHub Pages), not only from the root.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // The dev server pre-bundles tfjs at start: the worker imports it lazily, and discovering it on
  // the first visit made Vite reload the page, losing whatever the visitor had started.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-core/dist/register_all_gradients',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', bell: 'bell.html' } },
  },
});
