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
    // A worker keeps the modules it loaded from one file to the next: loading the app's graph
    // (grammY, the Lark SDK, exceljs, the parser) per file was a third of the run. The state
    // that must not leak lives in each file's own database; the one process-wide thing, the
    // metrics registry, is read as a difference (test/server/metrics.test.ts).
    isolate: false,
  },
});
