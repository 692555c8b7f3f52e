import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreInBackground } from '../../src/store/store-slot.ts';
import { testPgliteTemplate } from '../support/pglite-template.ts';

/** The server opens the report store only once it is ready, so the two do not compete for the CPU. */
describe('openStoreInBackground waits for start-up', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-slot-'));
    dirs.push(dir);
    return join(dir, 'db');
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('touches nothing before `startAfter` settles, then opens the store', async () => {
    const dbDir = freshDir();
    let ready!: () => void;
    const startAfter = new Promise<void>((resolve) => (ready = resolve));
    // From the saved fresh folder: initdb (~5 s of CPU) is not what this tests.
    const slot = openStoreInBackground({ databaseUrl: null, embeddedDbDir: dbDir, embeddedTemplate: testPgliteTemplate() }, () => undefined, 15_000, startAfter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slot.get()).toBeNull();
    expect(existsSync(dbDir) && readdirSync(dbDir).length > 0).toBe(false);
    ready();
    const deadline = Date.now() + 60_000;
    while (!slot.get() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slot.get()).not.toBeNull();
    await slot.close();
  }, 90_000);

  it('a shutdown before start-up ends closes at once and never opens the store', async () => {
    const dbDir = freshDir();
    let ready!: () => void;
    const slot = openStoreInBackground({ databaseUrl: null, embeddedDbDir: dbDir }, () => undefined, 15_000, new Promise<void>((resolve) => (ready = resolve)));
    const t0 = performance.now();
    await slot.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    ready();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slot.get()).toBeNull();
    expect(existsSync(dbDir) && readdirSync(dbDir).length > 0).toBe(false);
  });
});
