/**
 * The trained model on disk, so start-up loads it (~50 ms) instead of training it (~1.5–3 s).
 *
 * A cache file is named by a SHA-256 key of everything training depends on: the intents' ids,
 * key terms and examples, the lexicon's terms (ids, tags, folded forms), the classifier
 * options, the source of the modules training runs (classifier.ts, and features, tf-idf,
 * model and tokenizer with everything they import), kuromoji's version and V8's (whose Math.log/exp the training runs on). Any change gives a new
 * key, and the model is trained and written again. The file holds the TF-IDF vocabulary and
 * weights and the model's weights and bias exactly (as the same float32/float64 bytes), so a
 * loaded model classifies bit for bit as the trained one (tests/nlu/model-cache.test.ts).
 *
 * Writing is atomic (a temporary file renamed into place, so several processes and worker
 * threads can start at once) and best-effort: a read-only or missing directory, or a damaged
 * file, only means training as before — never a failed start.
 *
 * Format: "MNSGMDL1", uint32 LE header length, the header (JSON), then the arrays, each at an
 * 8-byte-aligned offset given in the header; the header carries the SHA-256 of the arrays.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { writeAtomically } from '../files/write-atomically.ts';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { IntentDefinition } from './intents-loader.ts';
import type { Lexicon } from './lexicon.ts';
import type { ClassifierOptions, TrainedModel } from './classifier.ts';
import { tfidfFrom, type FeatureKey } from './tfidf.ts';
import { softmaxModelFrom } from './softmax-regression.ts';

const MAGIC = 'MNSGMDL1';
const FORMAT = 1;
const PREFIX = 'nlu-model-';
/** Older cache files beyond this many (newest first) are removed after a write. */
const KEEP_FILES = 4;

export type ModelCacheStatus =
  /** Loaded from the cache. */
  | 'loaded'
  /** Trained, and written to the cache. */
  | 'trained-and-written'
  /** Trained; the cache could not be written (read-only or missing directory). */
  | 'trained-not-written'
  /** Trained; no cache directory configured, or a model the cache does not hold (naive Bayes). */
  | 'trained-no-cache';

interface Header {
  format: number;
  key: string;
  classes: string[];
  temperature: number;
  vocabulary: FeatureKey[];
  arrays: { tfidfWeights: Slot; weights: Slot; bias: Slot };
  sha256: string;
}

/** Byte offset and length in the file. */
type Slot = [offset: number, length: number];

let codeVersion: string | null = null;

/**
 * The source files training runs: classifier.ts (trainModel) and the modules that make the
 * features, fit the TF-IDF and the model, and tokenise, with every module they import (not
 * `import type`). Classification-only modules (signals, language, My Number) are not among
 * them: editing those needs no retraining.
 */
export function trainingSourceFiles(): string[] {
  const dir = import.meta.dirname;
  const files = new Set<string>([join(dir, 'classifier.ts')]);
  const queue = ['features.ts', 'tfidf.ts', 'softmax-regression.ts', 'tokenizer.ts'].map((f) => join(dir, f));
  const importRe = /^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm;
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const target = resolve(dirname(file), m[1]!);
      if (!files.has(target)) queue.push(target);
    }
  }
  return [...files].sort();
}

/** Hash of the training code: a change to how features are made or a model is fitted retrains. */
function nluCodeVersion(): string {
  if (codeVersion === null) {
    const hash = createHash('sha256');
    const root = resolve(import.meta.dirname, '..', '..');
    for (const file of trainingSourceFiles()) {
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
    const kuromoji = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('kuromoji/package.json'), 'utf8')) as { version: string };
    hash.update(`kuromoji ${kuromoji.version}; v8 ${process.versions.v8}`);
    codeVersion = hash.digest('hex');
  }
  return codeVersion;
}

/** The cache key: SHA-256 of everything the trained model depends on. */
export function modelCacheKey(intents: readonly IntentDefinition[], lexicon: Lexicon, options: ClassifierOptions): string {
  const inputs = {
    format: FORMAT,
    code: nluCodeVersion(),
    options,
    intents: intents.map((i) => ({ id: i.id, keyTerms: i.keyTerms, examples: i.examples })),
    lexicon: lexicon.terms.map((t) => ({ id: t.id, tags: t.tags, forms: t.forms })),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export function modelCacheFile(dir: string, key: string): string {
  return join(dir, `${PREFIX}${key.slice(0, 32)}.bin`);
}

/** The model as the bytes of a cache file. Only logistic regression carries its parameters. */
export function serialiseModel(key: string, trained: TrainedModel, temperature: number): Buffer | null {
  const parameters = trained.model.parameters;
  if (!parameters) return null;
  const blobs = [trained.tfidf.weights, parameters.weights, parameters.bias].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const vocabulary = [...trained.tfidf.vocabulary.keys()];
  if (vocabulary.some((k, i) => trained.tfidf.vocabulary.get(k) !== i)) return null;
  const sha256 = createHash('sha256');
  for (const b of blobs) sha256.update(b);
  // Offsets depend on the header's length; the header's length on the offsets' digits: fix both by iterating.
  let headerBytes = Buffer.alloc(0);
  let slots: Slot[] = [];
  for (let start = 0, pass = 0; pass < 4; pass++) {
    slots = [];
    let at = align(start);
    for (const b of blobs) {
      slots.push([at, b.length]);
      at = align(at + b.length);
    }
    const header: Header = {
      format: FORMAT,
      key,
      classes: [...trained.model.classes],
      temperature,
      vocabulary,
      arrays: { tfidfWeights: slots[0]!, weights: slots[1]!, bias: slots[2]! },
      sha256: sha256.copy().digest('hex'),
    };
    headerBytes = Buffer.from(JSON.stringify(header));
    const next = MAGIC.length + 4 + headerBytes.length;
    if (next === start) break;
    start = next;
  }
  if (slots[0]![0] < MAGIC.length + 4 + headerBytes.length) return null;
  const total = slots.length ? slots[slots.length - 1]![0] + slots[slots.length - 1]![1] : 0;
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  blobs.forEach((b, i) => b.copy(out, slots[i]![0]));
  return out;
}

/** The model from a cache file's bytes, or null when they are not a complete file for `key`. */
export function deserialiseModel(bytes: Buffer, key: string): TrainedModel | null {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + headerLength > bytes.length) return null;
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  if (header.format !== FORMAT || header.key !== key) return null;
  const slots = [header.arrays.tfidfWeights, header.arrays.weights, header.arrays.bias];
  if (slots.some(([offset, length]) => offset + length > bytes.length)) return null;
  const sha256 = createHash('sha256');
  for (const [offset, length] of slots) sha256.update(bytes.subarray(offset, offset + length));
  if (sha256.digest('hex') !== header.sha256) return null;
  // Copies, so each array starts on its own aligned buffer.
  const copy = ([offset, length]: Slot) => bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length);
  const tfidfWeights = new Float32Array(copy(header.arrays.tfidfWeights));
  const weights = new Float32Array(copy(header.arrays.weights));
  const bias = new Float64Array(copy(header.arrays.bias));
  const k = header.classes.length;
  if (tfidfWeights.length !== header.vocabulary.length || weights.length !== header.vocabulary.length * k || bias.length !== k) return null;
  const vocabulary = new Map<FeatureKey, number>(header.vocabulary.map((key, i) => [key, i]));
  return { tfidf: tfidfFrom(vocabulary, tfidfWeights), model: softmaxModelFrom(header.classes, { weights, bias }, header.temperature) };
}

/** The cached model for `key` in `dir`, or null (no file, unreadable, damaged, another key). */
export function readCachedModel(dir: string, key: string): TrainedModel | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(modelCacheFile(dir, key));
  } catch {
    return null;
  }
  try {
    return deserialiseModel(bytes, key);
  } catch {
    return null;
  }
}

/** Writes the model atomically; false when it cannot be written (never throws). */
export function writeCachedModel(dir: string, key: string, trained: TrainedModel, temperature: number): boolean {
  const bytes = serialiseModel(key, trained, temperature);
  if (!bytes) return false;
  if (!writeAtomically(modelCacheFile(dir, key), (temporary) => writeFileSync(temporary, bytes))) return false;
  pruneOldFiles(dir);
  return true;
}

/** Keeps the newest few cache files (each edit of intents/ in the simulator makes a new one). */
function pruneOldFiles(dir: string): void {
  try {
    const files = readdirSync(dir)
      .filter((f) => f.startsWith(PREFIX) && f.endsWith('.bin'))
      .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of files.slice(KEEP_FILES)) unlinkSync(old.path);
  } catch {
    // another process pruned at the same time, or the directory is read-only: harmless
  }
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
