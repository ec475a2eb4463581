#!/usr/bin/env node
// Runs the compiled command line: `npm ci` builds dist/ (the `prepare` script); `npm run cli` runs the sources.
await import('../dist/src/cli.js');
