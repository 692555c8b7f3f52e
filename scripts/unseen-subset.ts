import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnseenEntry } from './render-unseen-images.ts';

/**
 * Copies an unseen set's committed subset (the images named in `names`, without `.jpg`) from the
 * rendered folder `out` to the fixtures folder `committed`, with the subset's own manifest.json.
 * Used by the render scripts of sets 3, 4 and 5 (`--commit`, `--commit-only`).
 */
export function copySubset(out: string, committed: string, names: ReadonlySet<string>, manifest: readonly UnseenEntry[]): void {
  mkdirSync(committed, { recursive: true });
  const subset = manifest.filter((m) => names.has(m.file.replace(/\.jpg$/, '')));
  for (const m of subset) copyFileSync(join(out, m.file), join(committed, m.file));
  writeFileSync(join(committed, 'manifest.json'), `${JSON.stringify(subset, null, 2)}\n`);
  console.log(`committed subset: ${subset.length} images`);
}

/** `--commit-only`: the subset of an earlier render in `out`. */
export function copySubsetOfEarlierRender(out: string, committed: string, names: ReadonlySet<string>): void {
  if (!existsSync(join(out, 'manifest.json'))) throw new Error(`no earlier render in ${out}`);
  copySubset(out, committed, names, JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as UnseenEntry[]);
}
