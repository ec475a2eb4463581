import { defineConfig } from 'vitest/config';

/**
 * The dashboard in a real browser (Debian's Chromium driven by playwright-core) against the real
 * bot on the demo data: `npm run test:browser`, run by .ci/run, kept out of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // One bot and one Chromium at a time: the machine is shared.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
