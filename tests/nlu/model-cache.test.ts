import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassifier, loadNluData, type NluData } from '../../src/nlu/build-classifier.ts';
import { DEFAULT_CLASSIFIER_OPTIONS, classifierFrom, trainModel, type TrainedModel } from '../../src/nlu/classifier.ts';
import { deserialiseModel, modelCacheFile, modelCacheKey, serialiseModel, trainingSourceFiles } from '../../src/nlu/model-cache.ts';
import { countingSink, analyseText } from '../../src/nlu/features.ts';
import { readLabelledSet } from '../../src/nlu/evaluation.ts';
import type { Tokenizer } from '../../src/nlu/tokenizer.ts';
import { DATA_DIR, INTENTS_DIR, LABELLED_SET_FILES, MODEL_CACHE_DIR } from '../../src/runtime/project-paths.ts';
import { testTokenizer } from '../support/test-runtime.ts';

/**
 * Start-up loads the trained model from var/cache instead of training it (issue 17, item 17).
 * A loaded model must answer exactly as a freshly trained one, any change to what training
 * depends on must retrain, and a cache that cannot be read or written must never stop start-up.
 */
const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data: NluData = loadNluData(DATA_DIR, INTENTS_DIR);
// Every fourth labelled sentence of every set (~290 of 1,172): a wrong byte in the saved model
// shows on any sentence, and classifying all of them twice cost ~5 s of the suite's CPU here.
const texts = LABELLED_SET_FILES.flatMap((f) => readLabelledSet(f).map((c) => c.text)).filter((_, i) => i % 4 === 0);
const options = DEFAULT_CLASSIFIER_OPTIONS;
// A small model (three examples per intent) for the checks that train: training the full one
// costs 3-6 s of CPU, and start-up's own model is checked from its file below.
const small: NluData = { ...data, intents: data.intents.map((i) => ({ ...i, examples: i.examples.slice(0, 3) })) };
let tokenizer: Tokenizer;
let trained: TrainedModel;

beforeAll(async () => {
  tokenizer = await testTokenizer();
  trained = trainModel(small.intents, { tokenizer, lexicon: small.lexicon, signals: small.signals }, options);
});

describe('the model cache', () => {
  it('a model read back from its bytes gives bit-identical probabilities on every fourth labelled sentence', () => {
    const key = modelCacheKey(small.intents, small.lexicon, options);
    const bytes = serialiseModel(key, trained, options.model.temperature)!;
    const loaded = deserialiseModel(bytes, key)!;
    expect(loaded.model.classes).toEqual(trained.model.classes);
    expect([...loaded.tfidf.vocabulary.keys()]).toEqual([...trained.tfidf.vocabulary.keys()]);
    let compared = 0;
    for (const text of texts) {
      const sink = countingSink();
      analyseText(text, { tokenizer, lexicon: data.lexicon }, sink);
      const a = trained.model.predict(trained.tfidf.transform(sink.counts));
      const b = loaded.model.predict(loaded.tfidf.transform(sink.counts));
      expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('start-up’s own model file (var/cache, trained from intents/) reads back whole and writes back to the same bytes', () => {
    const key = modelCacheKey(data.intents, data.lexicon, options);
    // The test set-up trains it when missing (tests/support/global-setup.ts), as the first npm start does.
    const bytes = readFileSync(modelCacheFile(MODEL_CACHE_DIR, key));
    const loaded = deserialiseModel(bytes, key)!;
    expect(loaded.model.classes).toEqual(data.intents.map((i) => i.id).sort());
    expect(loaded.tfidf.vocabulary.size).toBeGreaterThan(1000);
    expect(serialiseModel(key, loaded, options.model.temperature)!.equals(bytes)).toBe(true);
  });

  it('the first build trains and writes, the second loads, and both classify every fourth labelled sentence the same', async () => {
    const few = small;
    const own = join(dir, 'build-then-load');
    const first = await buildClassifier(few, options, tokenizer, own);
    expect(first.model).toBe('trained-and-written');
    const second = await buildClassifier(few, options, tokenizer, own);
    expect(second.model).toBe('loaded');
    for (const text of texts) expect(second.classifier.classify(text)).toEqual(first.classifier.classify(text));
    // …and it was not the full model's file that was loaded.
    expect(modelCacheKey(few.intents, few.lexicon, options)).not.toBe(modelCacheKey(data.intents, data.lexicon, options));
  }, 120_000);

  it('a change to an example, a key term, a lexicon form or an option gives another key (the model is retrained)', () => {
    const key = modelCacheKey(data.intents, data.lexicon, options);
    // The same content (a deep copy, as a second start reads it) gives the same key.
    expect(modelCacheKey(structuredClone(data.intents), structuredClone(data.lexicon), structuredClone(options))).toBe(key);
    const [first, ...rest] = data.intents;
    const oneMoreExample = [{ ...first!, examples: [...first!.examples, '市役所を名乗る電話がきた'] }, ...rest];
    const otherKeyTerm = [{ ...first!, keyTerms: [...first!.keyTerms.slice(1)] }, ...rest];
    const [term, ...terms] = data.lexicon.terms;
    const otherLexicon = { terms: [{ ...term!, forms: [...term!.forms, 'まいなんばー'] }, ...terms] };
    const otherOptions = { ...options, model: { ...options.model, epochs: options.model.epochs + 1 } };
    const keys = [
      modelCacheKey(oneMoreExample, data.lexicon, options),
      modelCacheKey(otherKeyTerm, data.lexicon, options),
      modelCacheKey(data.intents, otherLexicon, options),
      modelCacheKey(data.intents, data.lexicon, otherOptions),
    ];
    expect(new Set([key, ...keys]).size).toBe(5);
  });

  it('without a directory the model is trained every time', async () => {
    expect((await buildClassifier(small, options, tokenizer, null)).model).toBe('trained-no-cache');
  });

  it('the code in the key is what training runs: features, tokenizer, model — not the classification-only rules', () => {
    const names = trainingSourceFiles().map((f) => f.slice(f.indexOf('src/')));
    expect(names).toEqual(expect.arrayContaining(['src/nlu/classifier.ts', 'src/nlu/features.ts', 'src/nlu/tfidf.ts', 'src/nlu/softmax-regression.ts', 'src/nlu/tokenizer.ts', 'src/nlu/typed-lattice.ts', 'src/nlu/normalise-text.ts']));
    expect(names).not.toContain('src/nlu/signals.ts');
    expect(names).not.toContain('src/nlu/language.ts');
  });

  it('a damaged or truncated file is not used: the model is trained and the file rewritten', async () => {
    const data = small;
    const key = modelCacheKey(data.intents, data.lexicon, options);
    const file = modelCacheFile(dir, key);
    expect((await buildClassifier(data, options, tokenizer, dir)).model).toBe('trained-and-written');
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0x40;
    expect(deserialiseModel(flipped, key)).toBeNull();
    writeFileSync(file, flipped);
    expect((await buildClassifier(data, options, tokenizer, dir)).model).toBe('trained-and-written');
    writeFileSync(file, good.subarray(0, good.length >> 1));
    expect((await buildClassifier(data, options, tokenizer, dir)).model).toBe('trained-and-written');
    expect(readFileSync(file).equals(good)).toBe(true);
    expect((await buildClassifier(data, options, tokenizer, dir)).model).toBe('loaded');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a directory that cannot be written only means training: start-up goes on', async () => {
    const notADirectory = join(dir, 'plain-file');
    writeFileSync(notADirectory, '');
    const built = await buildClassifier(small, options, tokenizer, join(notADirectory, 'cache'));
    expect(built.model).toBe('trained-not-written');
    expect(built.classifier.classify('市役所の職員を名乗る人から電話があり、マイナンバーを教えてほしいと言われました').intent).toBe(
      'scam.fake_official_call',
    );
  });
});
