// Unit tests: pure code (sim, ml, experiment, bridge) in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Margins for a loaded machine (CI shares its cores): a correctness test never fails on time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
