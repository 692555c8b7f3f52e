import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A bare import found on the static import path: which package, imported from which file. */
export interface PackageImport {
  pkg: string;
  specifier: string;
  from: string;
}

/**
 * Walks the modules a Node process loads before any code runs: static `import`/`export … from`
 * (not `import type`, which type stripping erases; not `import()`, which runs only when called),
 * from `entry` through every relative `.ts` file, plus worker entry points written as
 * `new URL('./x.ts', import.meta.url)`. Returns the files visited and every bare import.
 */
export function staticImportGraph(entry: string): { files: string[]; packages: PackageImport[] } {
  const seen = new Set<string>();
  const packages: PackageImport[] = [];
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visitSpecifier = (specifier: string) => {
      if (specifier.startsWith('.') || specifier.startsWith('/')) queue.push(resolve(dirname(file), specifier));
      else packages.push({ pkg: packageName(specifier), specifier, from: file });
    };
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        if (statement.importClause?.isTypeOnly) continue;
        visitSpecifier(statement.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        if (statement.isTypeOnly) continue;
        visitSpecifier(statement.moduleSpecifier.text);
      }
    }
    // Worker threads: new URL('./pipeline-worker.ts', import.meta.url)
    const visit = (node: ts.Node) => {
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'URL' &&
        node.arguments?.length === 2 &&
        ts.isStringLiteral(node.arguments[0]!) &&
        /^\.\.?\/.*\.ts$/.test(node.arguments[0].text) &&
        node.arguments[1]!.getText(source) === 'import.meta.url'
      ) {
        queue.push(resolve(dirname(file), node.arguments[0].text));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { files: [...seen].sort(), packages };
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs` → `node:fs`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));
}

/** Bare imports on the graph that a production install (`npm ci --omit=dev`) would not have. */
export function importsMissingFromDependencies(entry: string, packageJsonFile: string): string[] {
  const pkg = JSON.parse(readFileSync(packageJsonFile, 'utf8')) as { dependencies?: Record<string, string> };
  const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
  const root = dirname(packageJsonFile);
  return staticImportGraph(entry)
    .packages.filter((p) => !isBuiltin(p.specifier) && !dependencies.has(p.pkg))
    .map((p) => `${relative(root, p.from)} imports ${p.specifier} (${p.pkg} is not in "dependencies")`);
}
