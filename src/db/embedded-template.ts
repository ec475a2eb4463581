import { cpSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../migrations/index.ts';

/**
 * A migrated, empty embedded database, made once by the build (`npm ci` runs it): a first start
 * copies its folder instead of running initdb, which grows a process to ~900 MB. (Loading it as a
 * tarball with PGlite's loadDataDir also beats initdb, but leaves the bot ~130 MB larger for
 * as long as it runs: WebAssembly memory is never given back.) Found from the sources and from
 * dist/ alike, at the package root.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export const TEMPLATE_DIR = join(packageRoot(), 'dist', 'pglite-template');
/** The migrations the template holds: a template from other sources is not used. */
export const TEMPLATE_MIGRATIONS_FILE = join(packageRoot(), 'dist', 'pglite-template.json');

export const migrationNames = () => Object.keys(migrations);

function templateMatches(): boolean {
  try {
    const built = JSON.parse(readFileSync(TEMPLATE_MIGRATIONS_FILE, 'utf8')) as string[];
    return built.join('\n') === migrationNames().join('\n') && existsSync(join(TEMPLATE_DIR, 'PG_VERSION'));
  } catch {
    return false;
  }
}

/**
 * Makes `dataDir` (absent or an empty folder) a copy of the template; false when there is no
 * template for this code's migrations (the caller then runs initdb).
 */
export function copyTemplate(dataDir: string): boolean {
  if (!templateMatches()) return false;
  const copying = `${dataDir}.${process.pid}.new`;
  cpSync(TEMPLATE_DIR, copying, { recursive: true });
  // One step, so that a first start cut short leaves no half database behind.
  renameSync(copying, dataDir);
  return true;
}
