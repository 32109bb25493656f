// Vite: the React app in src/ and the module worker in workers/ (bundled as an ES module chunk).
// base './': every URL in the build is relative, so dist/ works from any folder of any static
// server (https://school.example/some/path/, GitHub Pages), not only from the root.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Preloads from the HTML what its entry chunk imports with import(): the entry (src/main.tsx)
 * starts the lab worker and only then imports the page's bundle, and the browser fetches that
 * bundle (its chunks and styles) while the HTML is parsed, as it would a static import. Only the
 * entry's own import() calls: the chunks those import lazily (a task's panels) stay lazy.
 */
function preloadEntryImports(): Plugin {
  let base = './';
  return {
    name: 'preload-entry-imports',
    apply: 'build',
    configResolved(config) {
      base = config.base === '' ? './' : config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string): void => {
          const c = bundle[file];
          if (!c || c.type !== 'chunk' || file === chunk.fileName || chunk.imports.includes(file))
            return;
          if (scripts.has(file)) return;
          scripts.add(file);
          for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const f of c.imports) visit(f);
        };
        for (const f of chunk.dynamicImports) visit(f);
        return [
          ...[...styles].map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: base + href },
            injectTo: 'head' as const,
          })),
          ...[...scripts].map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + href },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), preloadEntryImports()],
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
    // Every browser the lab supports (es2022) preloads modules itself; the polyfill was a chunk of
    // its own that the entry had to fetch before it could run.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', bell: 'bell.html' } },
  },
});
