import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The page's files: public/dashboard/ at the project root, and ECharts from node_modules, so
 * the page loads nothing from other hosts and works with no internet.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The project root: the nearest folder above this module with a package.json (src/ or dist/src/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above src/web');
    dir = parent;
  }
  return dir;
}

export const PUBLIC_DIR = join(projectRoot(), 'public', 'dashboard');
const ECHARTS_FILE = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * A file by its path under /dashboard/assets/: segments of letters, digits, `-`, `_` and
 * inner dots only, so no `..` or hidden file can be named.
 */
export async function assetFile(relative: string, publicDir = PUBLIC_DIR): Promise<StaticFile | null> {
  const segments = relative.split('/');
  if (segments.length > 3 || !segments.every((s) => /^[\w-][\w.-]{0,100}$/.test(s))) return null;
  const type = TYPES[extname(relative).toLowerCase()];
  if (!type) return null;
  const path = relative === 'echarts.min.js' ? ECHARTS_FILE : join(publicDir, ...segments);
  try {
    return { body: await readFile(path), type };
  } catch {
    return null;
  }
}

export async function indexPage(publicDir = PUBLIC_DIR): Promise<StaticFile | null> {
  try {
    return { body: await readFile(join(publicDir, 'index.html')), type: TYPES['.html'] };
  } catch {
    return null;
  }
}
