// Browser tests: a real Chromium (playwright-core) against `vite preview` of the built app.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    // Margins for a loaded machine: timings are measured by npm run bench:ui, not here.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // expect.poll waits 1 s by default: too little for a page on a busy machine (a link opened in
    // the tab, the first write of the address after the page is idle).
    expect: { poll: { timeout: 15_000 } },
  },
});
