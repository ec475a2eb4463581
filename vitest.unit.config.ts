import { defineConfig } from 'vitest/config';

// The tests that need no database or process: seconds while developing (`npm run test:unit`).
export default defineConfig({
  test: {
    include: ['test/domain/**/*.test.ts', 'test/core/i18n.test.ts', 'test/core/config.test.ts'],
    maxWorkers: 2,
  },
});
