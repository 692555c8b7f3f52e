import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openParsedYamlCache, yamlParserVersion } from '../../src/data/parsed-yaml-cache.ts';
import { readYamlFile, useParsedYamlCache } from '../../src/data/read-yaml-file.ts';
import { DataFileError } from '../../src/data/data-file-error.ts';
import { loadRuntimeData } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';

/**
 * The server keeps the data files as last parsed (var/cache/parsed-yaml.json) so a start parses
 * only what changed (issue #17, item 17: parsing YAML was ~0.3 s of every start). It must give
 * exactly what parsing gives, notice any edit, and never keep a file the parser refused.
 */

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'parsed-yaml-'));
  dirs.push(d);
  return d;
};
afterEach(() => useParsedYamlCache(null));
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const ANY = z.unknown();

describe('the parsed data files kept between starts', () => {
  it('gives for every file of data/ and intents/ exactly what the parser gives', () => {
    const dir = tempDir();
    // A copy of the files as they are now (they may be edited while the test runs).
    const copy = tempDir();
    const files = [...yamlFiles(DATA_DIR), ...yamlFiles(INTENTS_DIR)].map((f, i) => {
      const to = join(copy, `${i}.yaml`);
      writeFileSync(to, readFileSync(f));
      return to;
    });
    expect(files.length).toBeGreaterThan(40);
    const first = openParsedYamlCache(dir, yamlParserVersion());
    useParsedYamlCache(first);
    for (const f of files) readYamlFile(f, ANY);
    expect(first.save()).toBe(true);
    // A later start: every value comes from the file, and equals a fresh parse.
    const later = openParsedYamlCache(dir, yamlParserVersion());
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(later.get(text), f).toEqual(parseDocument(text).toJS());
    }
  });

  it('is used by the next start: the runtime data loads the same from it', () => {
    const dir = tempDir();
    const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' };
    const plain = loadRuntimeData(sources);
    const write = openParsedYamlCache(dir, yamlParserVersion());
    useParsedYamlCache(write);
    loadRuntimeData(sources);
    write.save();
    const read = openParsedYamlCache(dir, yamlParserVersion());
    let hits = 0;
    const counting = { ...read, get: (text: string) => { const v = read.get(text); if (v !== undefined) hits++; return v; } };
    useParsedYamlCache(counting);
    const cached = loadRuntimeData(sources);
    expect(hits).toBeGreaterThan(40);
    expect(cached.nlu).toEqual(plain.nlu);
    expect(JSON.stringify(cached.knowledge)).toBe(JSON.stringify(plain.knowledge));
  });

  it('parses a file again once its text changes, and never keeps a file the parser refused', () => {
    const dir = tempDir();
    const file = join(dir, 'x.yaml');
    useParsedYamlCache(openParsedYamlCache(dir, yamlParserVersion()));
    writeFileSync(file, 'a: 1\n');
    expect(readYamlFile(file, ANY)).toEqual({ a: 1 });
    writeFileSync(file, 'a: 2\n');
    expect(readYamlFile(file, ANY)).toEqual({ a: 2 });
    writeFileSync(file, 'a: 1\na: 3\n');
    expect(() => readYamlFile(file, ANY)).toThrow(DataFileError);
    // The same broken text a second time: still the parser's error, not a kept value.
    expect(() => readYamlFile(file, ANY)).toThrow(DataFileError);
  });

  it('keeps only values JSON carries exactly (not .nan, .inf or sets), and another parser version starts afresh', () => {
    const dir = tempDir();
    const cache = openParsedYamlCache(dir, 'yaml 1');
    cache.set('a', { x: NaN });
    cache.set('b', { x: Infinity });
    cache.set('c', new Set([1]));
    cache.set('d', { x: [1, 'two', null, { y: true }] });
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('d')).toEqual({ x: [1, 'two', null, { y: true }] });
    cache.save();
    expect(openParsedYamlCache(dir, 'yaml 1').get('d')).toEqual({ x: [1, 'two', null, { y: true }] });
    expect(openParsedYamlCache(dir, 'yaml 2').get('d')).toBeUndefined();
  });
});
