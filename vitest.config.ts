import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests need Chromium and run apart: npm run test:browser (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // initdb and the migrations once per run; each file loads the migrated dump (support/database.ts).
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: a third worker mostly waits on the other two, and each holds a PGlite (~150 MB).
    maxWorkers: 2,
  },
});
