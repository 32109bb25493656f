// Serves the built app (dist/, or the folder in E2E_DIST) with `vite preview` on a free localhost
// port for the browser tests. E2E_DIST lets several people test their own builds side by side:
// `npx vite build --outDir /tmp/mine && E2E_DIST=/tmp/mine npx vitest run --config vitest.e2e.config.ts …`
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from './freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the app under test, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests.`);
  }
  const port = await freePort();
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    build: { outDir },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
