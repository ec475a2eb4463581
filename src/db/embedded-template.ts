import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../migrations/index.ts';

/**
 * A migrated, empty embedded database, made once by the build (`npm ci` runs it): a first start
 * unpacks it instead of running initdb, which grows a process to ~900 MB it never gives back.
 * Found from the sources and from dist/ alike, at the package root.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export const TEMPLATE_FILE = join(packageRoot(), 'dist', 'pglite-template.tar.gz');
/** The migrations the template holds: a template from other sources is not used. */
export const TEMPLATE_MIGRATIONS_FILE = join(packageRoot(), 'dist', 'pglite-template.json');

export const migrationNames = () => Object.keys(migrations);

/** The template when it holds exactly this code's migrations; otherwise the caller runs initdb. */
export function readTemplate(): Blob | undefined {
  try {
    const built = JSON.parse(readFileSync(TEMPLATE_MIGRATIONS_FILE, 'utf8')) as string[];
    if (built.join('\n') !== migrationNames().join('\n')) return undefined;
    return new Blob([readFileSync(TEMPLATE_FILE)]);
  } catch {
    return undefined;
  }
}
