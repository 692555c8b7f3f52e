import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of one source file: where it points (a path under src/) and whether only types cross. */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_RE = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import between the TypeScript files under `srcDir`, as paths relative to it. */
export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const from = relative(srcDir, file).split(sep).join('/');
    const add = (spec: string, typeOnly: boolean) => {
      if (!spec.startsWith('.')) return;
      const to = relative(srcDir, resolve(dirname(file), spec)).split(sep).join('/');
      edges.push({ from, to, typeOnly });
    };
    for (const m of text.matchAll(IMPORT_RE)) {
      // `import { type A, type B } from` is type-only too.
      const clause = m[0];
      const braces = /\{([^}]*)\}/.exec(clause);
      const allTypeNames = braces !== null && !/^\s*(import|export)\s+[\w$]+\s*,/.test(clause) &&
        braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
      add(m[3]!, m[2] !== undefined || allTypeNames);
    }
    for (const m of text.matchAll(DYNAMIC_RE)) add(m[1]!, false);
  }
  return edges;
}

/** The stage a file belongs to: its folder under src/, or the file itself for top-level files. */
export function stageOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path.replace(/\.ts$/, '') : path.slice(0, slash);
}

/** The cycles (as lists of nodes) of a directed graph: its strongly connected components of 2+ nodes. */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

export function graphOf(edges: readonly ImportEdge[], node: (path: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = node(e.from);
    const b = node(e.to);
    if (!graph.has(b)) graph.set(b, new Set());
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  return graph;
}
