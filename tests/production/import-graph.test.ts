import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importsMissingFromDependencies, staticImportGraph } from '../support/import-graph.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'src', 'server.ts');
const PACKAGE_JSON = join(ROOT, 'package.json');

/**
 * The Docker image and any production install run `npm ci --omit=dev`: a devDependency on the
 * server's import path makes it exit with ERR_MODULE_NOT_FOUND before it listens (issue 17,
 * item 5: @resvg/resvg-js through the simulator's rich menu). .ci/run also starts the server
 * from such an install; this test names the file and import at once.
 */
describe('the server imports only production dependencies', () => {
  it('every bare import reachable from src/server.ts is a Node built-in or in "dependencies"', () => {
    expect(importsMissingFromDependencies(SERVER, PACKAGE_JSON)).toEqual([]);
  });

  it('walks the whole server: the app, the simulator, the pipeline worker thread', () => {
    const { files } = staticImportGraph(SERVER);
    for (const f of ['src/app.ts', 'src/simulator/simulator-plugin.ts', 'src/pipeline/pipeline-worker.ts', 'src/nlu/tokenizer.ts']) {
      expect(files).toContain(join(ROOT, f));
    }
    // The rich-menu renderer (devDependency) is loaded only when the simulator draws the menu.
    expect(files).not.toContain(join(ROOT, 'src', 'richmenu', 'render-image.ts'));
  });

  const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags a devDependency imported through a re-export or a worker, and not a type-only or dynamic import', () => {
    writeFileSync(join(dir, 'entry.ts'), "import { a } from './a.ts';\nimport type { B } from 'vitest';\nnew Worker(new URL('./w.ts', import.meta.url));\nexport const x = () => import('fast-check');\n");
    writeFileSync(join(dir, 'a.ts'), "export { a } from './b.ts';\nimport { readFileSync } from 'node:fs';\nimport 'fs';\n");
    writeFileSync(join(dir, 'b.ts'), "import { Resvg } from '@resvg/resvg-js/index.js';\nexport const a = Resvg;\n");
    writeFileSync(join(dir, 'w.ts'), "import { z } from 'zod';\nimport ajv from 'ajv';\n");
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { zod: '*' }, devDependencies: { ajv: '*', '@resvg/resvg-js': '*' } }));
    expect(importsMissingFromDependencies(join(dir, 'entry.ts'), join(dir, 'package.json')).sort()).toEqual([
      'b.ts imports @resvg/resvg-js/index.js (@resvg/resvg-js is not in "dependencies")',
      'w.ts imports ajv (ajv is not in "dependencies")',
    ]);
  });
});
