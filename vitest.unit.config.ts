import { defineConfig } from 'vitest/config';

// The tests that need no database or process: seconds while developing (`npm run test:unit`).
export default defineConfig({
  test: {
    include: ['test/domain/**/*.test.ts', 'test/core/i18n.test.ts', 'test/core/actions.test.ts', 'test/core/config.test.ts'],
    // As in vitest.config.ts: some property checks run many cases, and the machine is shared.
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
