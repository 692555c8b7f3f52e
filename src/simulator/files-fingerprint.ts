import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A cheap summary of every file under the given directories (path, size, mtime): it changes
 * when a file is edited, added, removed or renamed. Missing directories count as empty.
 * Walks ~50 small files in well under a millisecond, so it runs on every simulator request.
 */
export function filesFingerprint(dirs: readonly string[]): string {
  const parts: string[] = [];
  for (const dir of dirs) walk(dir, parts);
  return parts.sort().join('\n');
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push(`${dir} (missing)`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(path, out);
    } else if (entry.isFile()) {
      try {
        const s = statSync(path);
        out.push(`${path}\t${s.size}\t${s.mtimeMs}`);
      } catch {
        // Removed between readdir and stat: the next call sees the directory without it.
      }
    }
  }
}
