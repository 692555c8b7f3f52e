import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTokenizer, kuromojiDictPath, kuromojiVersion, loadDictionary, tokenizerFrom, type Tokenizer } from '../../src/nlu/tokenizer.ts';
import { DICTIONARY_FILES, type DictionaryBuffers } from '../../src/nlu/dictionary-cache.ts';
import { LABELLED_SET_FILES } from '../../src/runtime/project-paths.ts';

/**
 * kuromoji's dictionary is inflated once and kept beside the model (var/cache): a start then
 * reads plain bytes instead of inflating 100 MB (issue #17, item 17). The cache must give the
 * tokenizer exactly the bytes the `.gz` files give, be used when it is there, and be replaced
 * when kuromoji's version changes.
 */

const dirs: string[] = [];
const tempDir = (label: string) => {
  const d = mkdtempSync(join(tmpdir(), `dict-cache-${label}-`));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // already gone
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('kuromoji-dict-'));
const sameBytes = (a: DictionaryBuffers, b: DictionaryBuffers) =>
  DICTIONARY_FILES.every((name) => Buffer.compare(Buffer.from(a.get(name)!), Buffer.from(b.get(name)!)) === 0);

const sentences = LABELLED_SET_FILES.slice(0, 2).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

describe('the inflated dictionary in the cache directory', () => {
  let inflated: DictionaryBuffers;
  let fromGz: Tokenizer;
  /** A folder holding a written cache file, copied by the tests that need one present (inflating and writing 70 MB costs ~1 s each). */
  let seeded: string;
  const withCache = (label: string) => {
    const dir = tempDir(label);
    for (const f of cacheFiles(seeded)) copyFileSync(join(seeded, f), join(dir, f));
    return dir;
  };
  beforeAll(async () => {
    const first = await loadDictionary({ cacheDir: null });
    expect(first.source).toBe('inflated-no-cache');
    inflated = first.buffers;
    // The tokenizer of the .gz files, over the buffers just inflated from them (inflating again cost ~1.5 s).
    fromGz = tokenizerFrom(inflated);
    seeded = tempDir('seed');
    expect((await loadDictionary({ cacheDir: seeded })).source).toBe('inflated-and-written');
  }, 60_000);

  it('is written on the first start and read on the next, byte for byte what the .gz files hold', async () => {
    // The first start was the seeding in beforeAll ('inflated-and-written' there): its folder is read here.
    const dir = withCache('rw');
    expect(cacheFiles(dir)).toHaveLength(1);
    // The padding is not stored: the file is well under the 100 MB kuromoji inflates to.
    expect(statSync(join(dir, cacheFiles(dir)[0]!)).size).toBeLessThan(70 * 1024 * 1024);
    const read = await loadDictionary({ cacheDir: dir });
    expect(read.source).toBe('cache');
    expect(DICTIONARY_FILES.map((n) => read.buffers.get(n)!.byteLength)).toEqual(DICTIONARY_FILES.map((n) => inflated.get(n)!.byteLength));
    expect(sameBytes(read.buffers, inflated)).toBe(true);
  }, 60_000);

  it('is used when present: the .gz files are not read at all', async () => {
    const dir = withCache('used');
    // A copy of the dictionary folder with the same file sizes but empty contents: only a
    // tokenizer read from the cache can tokenise with it.
    const fakeDict = tempDir('fake-dict');
    for (const name of DICTIONARY_FILES) {
      writeFileSync(join(fakeDict, name), '');
      truncateSync(join(fakeDict, name), statSync(join(kuromojiDictPath(), name)).size);
    }
    const { source } = await loadDictionary({ cacheDir: dir, dictDir: fakeDict });
    expect(source).toBe('cache');
    const tk = await buildTokenizer({ cacheDir: dir, dictDir: fakeDict });
    expect(tk.tokenize('マイナンバーカードを返納してください').map((m) => m.base)).toEqual(fromGz.tokenize('マイナンバーカードを返納してください').map((m) => m.base));
    await expect(buildTokenizer({ cacheDir: null, dictDir: fakeDict })).rejects.toThrow(/cannot build the kuromoji tokenizer/);
  }, 60_000);

  it('is replaced when kuromoji’s version changes (the old file is removed)', async () => {
    const dir = withCache('version');
    const [old] = cacheFiles(dir);
    expect(old).toContain(kuromojiVersion());
    const next = await loadDictionary({ cacheDir: dir, version: '9.9.9' });
    expect(next.source).toBe('inflated-and-written');
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cacheFiles(dir)[0]).toContain('9.9.9');
    expect(cacheFiles(dir)[0]).not.toBe(old);
    expect((await loadDictionary({ cacheDir: dir, version: '9.9.9' })).source).toBe('cache');
  }, 60_000);

  it('a damaged file or a read-only folder only means inflating as before', async () => {
    const dir = withCache('damaged');
    const file = join(dir, cacheFiles(dir)[0]!);
    truncateSync(file, statSync(file).size - 1000);
    const again = await loadDictionary({ cacheDir: dir });
    expect(again.source).toBe('inflated-and-written');
    expect(sameBytes(again.buffers, inflated)).toBe(true);

    const readOnly = tempDir('read-only');
    mkdirSync(join(readOnly, 'cache'));
    chmodSync(join(readOnly, 'cache'), 0o555);
    const notWritten = await loadDictionary({ cacheDir: join(readOnly, 'cache') });
    // root may write anyway; either way the start goes on with the right bytes.
    expect(['inflated-not-written', 'inflated-and-written']).toContain(notWritten.source);
    expect(sameBytes(notWritten.buffers, inflated)).toBe(true);
  }, 60_000);

  it('a tokenizer read from the cache splits every labelled sentence as the one from the .gz files', async () => {
    const dir = withCache('same');
    const fromCache = await buildTokenizer({ cacheDir: dir });
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) expect(fromCache.tokenize(s)).toEqual(fromGz.tokenize(s));
  }, 60_000);
});
