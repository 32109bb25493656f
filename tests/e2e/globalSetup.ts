// Serves the built app (dist/) with `vite preview` on a free localhost port for the browser tests.
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
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  const port = await freePort();
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
