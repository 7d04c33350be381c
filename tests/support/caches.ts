/**
 * Vitest global setup. Tests build content folders made in the system's
 * temporary folder, and each `CONTENT_DIR` gets its own Astro cache under
 * node_modules/.astro-cache/ (astro.config.mjs). Their folders are gone
 * after the run; their caches would stay and grow with every run. This
 * removes the caches made while the tests ran, and nothing that was there before.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const caches = join(process.cwd(), 'node_modules', '.astro-cache');
const list = () => {
  try {
    return readdirSync(caches);
  } catch {
    return [];
  }
};

export default function setup() {
  const before = new Set(list());
  return () => {
    for (const name of list()) if (!before.has(name)) rmSync(join(caches, name), { recursive: true, force: true });
  };
}
