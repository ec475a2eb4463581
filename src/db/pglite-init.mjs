// Creates a PGlite data directory and exits, when the build made no template (embedded-template.ts).
// Run in a child process by database.ts: initdb
// grows the WebAssembly heap to ~900 MB, which a process can never give back, so the bot
// itself opens the directory only once it exists and stays small.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create({ dataDir: process.argv[2] });
await db.query('select 1');
await db.close();
