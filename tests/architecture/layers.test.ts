import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, graphOf, importEdges, stageOf, type ImportEdge } from './import-graph.ts';
import { testTempDir } from '../support/temp-dir.ts';

/**
 * The one-way house (issue #21): data flows webhook → normalise → classify → decide → render →
 * send, and the code's imports follow it. A new back-import fails here, naming the files.
 */

const SRC = join(import.meta.dirname, '../../src');
const edges = importEdges(SRC);

/** Stages that compute plain data from plain data: they never reach into I/O or the wiring. */
const PURE_STAGES = ['nlu', 'hours', 'contacts', 'content', 'postback', 'incoming', 'decide', 'replies', 'checks', 'local-warnings', 'privacy', 'data'];
/** Stages and files that do I/O or wire things together: only the entry points import them. */
const OUTER = ['webhook', 'line', 'simulator', 'pipeline', 'dedupe', 'rate-limit', 'reports', 'store', 'console', 'broadcast', 'images', 'ocr', 'cli', 'app', 'server'];

const crossing = (from: string, to: string, list: readonly ImportEdge[] = edges) =>
  list.filter((e) => stageOf(e.from) === from && stageOf(e.to) === to);
const describeEdges = (list: readonly ImportEdge[]) => list.map((e) => `${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);

describe('imports go one way', () => {
  it('finds the imports (the scan itself works)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'pipeline/pipeline.ts', to: 'decide/decide.ts', typeOnly: false });
    expect(edges).toContainEqual({ from: 'replies/render.ts', to: 'decide/decision.ts', typeOnly: true });
  });

  it('no stage imports a stage that imports it back (folders, types included)', () => {
    expect(cyclesOf(graphOf(edges, stageOf))).toEqual([]);
  });

  it('no file imports a file that imports it back', () => {
    expect(cyclesOf(graphOf(edges, (path) => path))).toEqual([]);
  });

  it('decide imports nothing from replies', () => {
    expect(describeEdges(crossing('decide', 'replies'))).toEqual([]);
  });

  it('replies imports only types from decide (the Decision it renders)', () => {
    expect(describeEdges(crossing('replies', 'decide').filter((e) => !e.typeOnly))).toEqual([]);
  });

  it('the pure stages import no I/O stage and none of the wiring', () => {
    const bad = edges.filter((e) => PURE_STAGES.includes(stageOf(e.from)) && OUTER.includes(stageOf(e.to)));
    expect(describeEdges(bad)).toEqual([]);
  });

  it('nothing imports the entry points (app, server, cli)', () => {
    const bad = edges.filter((e) => ['app', 'server', 'cli'].includes(stageOf(e.to)) && stageOf(e.from) !== stageOf(e.to) && !['server', 'cli'].includes(stageOf(e.from)));
    expect(describeEdges(bad)).toEqual([]);
  });
});

describe('the check catches a back-import', () => {
  it('reports two folders that import each other, and a type-only back-import too', () => {
    const dir = testTempDir('layers');
    mkdirSync(join(dir, 'decide'));
    mkdirSync(join(dir, 'replies'));
    writeFileSync(join(dir, 'decide/decide.ts'), "import { render } from '../replies/render.ts';\nexport const decide = () => render();\n");
    writeFileSync(join(dir, 'replies/render.ts'), "import type { Decision } from '../decide/decision.ts';\nexport const render = (d?: Decision) => d;\n");
    writeFileSync(join(dir, 'decide/decision.ts'), 'export interface Decision { kind: string }\n');
    const found = importEdges(dir);
    expect(found).toContainEqual({ from: 'replies/render.ts', to: 'decide/decision.ts', typeOnly: true });
    expect(cyclesOf(graphOf(found, stageOf))).toEqual([['decide', 'replies']]);
    expect(crossing('decide', 'replies', found)).toHaveLength(1);
  });

  it('counts `import { type A }` as type-only and `import { A, type B }` as a value import', () => {
    const dir = testTempDir('layers');
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/x.ts'), "import { type T } from './t.ts';\nimport { v, type U } from './u.ts';\nconst m = await import('./d.ts');\n");
    const found = importEdges(dir);
    expect(found).toEqual([
      { from: 'a/x.ts', to: 'a/t.ts', typeOnly: true },
      { from: 'a/x.ts', to: 'a/u.ts', typeOnly: false },
      { from: 'a/x.ts', to: 'a/d.ts', typeOnly: false },
    ]);
  });
});
