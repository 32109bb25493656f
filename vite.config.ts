// Vite: the React app in src/ and the module worker in workers/ (bundled as an ES module chunk).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', bell: 'bell.html' } },
  },
});
