import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A digest of every file under the content folder (names and bytes). The build records
 * it; a server started on other content (a deploy that forgot to rebuild, a broken copy)
 * refuses to start, since the build's pages and rewrites describe the content it saw.
 * No `@/` imports: next.config.ts loads this file directly.
 */
export function contentFingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(path.relative(root, full)).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
