import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/runtime/runtime.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import { testClassifier } from '../support/test-runtime.ts';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await testClassifier();
});

const intentOf = (text: string) => classifier.classify(text).intent;

describe('classifier', () => {
  it('returns a ranking of known intents with scores in [0, 1], best first', () => {
    const c = classifier.classify('市役所の人から電話でマイナンバー教えてって');
    expect(INTENT_IDS).toContain(c.intent);
    expect(c.ranking[0]!.intent).toBe(c.intent);
    expect(c.confidence).toBe(c.ranking[0]!.score);
    for (let i = 1; i < c.ranking.length; i++) expect(c.ranking[i]!.score).toBeLessThanOrEqual(c.ranking[i - 1]!.score);
    for (const r of c.ranking) expect(r.score).toBeGreaterThanOrEqual(0);
    expect(c.ranking.reduce((s, r) => s + r.score, 0)).toBeLessThanOrEqual(1.0001);
  });

  it.each([
    ['市役所の人から電話でマイナンバー教えてって', 'scam.fake_official_call'],
    ['しやくしょのひとから でんわで まいなんばー おしえてって いわれた', 'scam.fake_official_call'],
    ['けいさつから でんわ あって まいなんばーかーどが はんざいに つかわれてるって', 'scam.fake_police'],
    ['うちのおかんが役所の人に通帳見せてって言われたらしいねん、家まで来たらしいわ', 'scam.fake_official_visit'],
    ['マイナンバーカードを落としてしまったようです', 'faq.lost_card'],
    ['マイナ保険証に切り替えないと保険証が使えなくなると電話がありました', 'scam.health_insurance'],
  ])('recognises %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('reads a long forwarded SMS with a link as phishing and lists the link as a warning sign', () => {
    const sms =
      '【マイナポイント事務局】マイナポイント第3弾のお知らせ。対象者にポイントを付与します。受け取りには本日中に下記URLから登録が必要です。' +
      'https://myna-point.kakunin-top.xyz/entry ' +
      'ご登録にはマイナンバーカードの情報とクレジットカード情報が必要です。期限を過ぎると権利が失効します。'.repeat(8);
    const c = classifier.classify(sms);
    expect(c.intent).toBe('scam.phishing');
    expect(c.redFlags).toContainEqual({ kind: 'link', host: 'myna-point.kakunin-top.xyz', government: false, shortener: false });
    expect(c.redFlags.some((r) => r.kind === 'urgency_threat')).toBe(true);
  });

  it('answers English with the foreign-language intent', () => {
    expect(intentOf('Someone called me and asked for my My Number card PIN. Is this a scam?')).toBe('faq.foreign_language');
  });

  it.each(['明日の天気はどうですか', 'おいしいお蕎麦屋さんを知りませんか', '市役所の駐車場は何時まで使えますか', 'ゴミの収集日を教えて', 'asdfghjk', '😀😀'])(
    'does not force the unrelated %s into a scam intent',
    (text) => {
      expect(intentOf(text).startsWith('scam.')).toBe(false);
    },
  );

  it('raises urgent only for a scam that is happening now or money already gone', () => {
    expect(classifier.classify('市の職員と名乗る男が今玄関に来ていて、カードを預かると言っています').flags).toContain('urgent');
    expect(classifier.classify('還付金があると言われて今ATMの前にいます').flags).toContain('urgent');
    expect(classifier.classify('先週、市役所を名乗る電話がありました').flags).not.toContain('urgent');
    expect(classifier.classify('マイナンバーカードをなくしてしまいました').flags).not.toContain('urgent');
  });

  it('survives empty, whitespace-only and 5,000-character input', () => {
    expect(classifier.classify('').intent).toBe('meta.out_of_scope');
    expect(classifier.classify('   \n\t ').intent).toBe('meta.out_of_scope');
    expect(INTENT_IDS).toContain(classifier.classify('あ'.repeat(10_000)).intent);
  });
});
