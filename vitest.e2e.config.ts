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
  },
});
