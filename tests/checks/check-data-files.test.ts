import { describe, expect, it } from 'vitest';
import { checkAllData, VALIDATORS } from '../../src/cli/check-data.ts';
import { checkCheckData } from '../../src/checks/load-check-data.ts';
import { copyOfData, DATA_DIR, editFile } from '../contacts/helpers.ts';
import { realCheckData } from './helpers.ts';

describe('the check data files', () => {
  it('are valid, and npm run check-data checks them', () => {
    expect(checkCheckData(DATA_DIR)).toEqual([]);
    const dir = copyOfData();
    editFile(dir, 'official-domains.yaml', (t) => t.replace('host: myna.go.jp', 'host: Myna Portal'));
    expect(VALIDATORS).toContain(checkCheckData);
    const messages = checkAllData(dir, [checkCheckData]).map((e) => e.message).join('\n');
    expect(messages).toContain('official-domains.yaml');
    expect(messages).toContain('officialHosts[0].host');
    expect(messages).toContain('ホスト名の形ではありません');
    expect(messages).toContain('"Myna Portal"');
  });

  it('name the file, field and value in Japanese for a broken official number', () => {
    const dir = copyOfData();
    editFile(dir, 'official-numbers.yaml', (t) => t.replace('verifiedOn: "2026-12-07"', 'verifiedOn: "2026-13-40"').replace('source: https://www.kokusen.go.jp/hello/data/soudan.html', 'source: kokusen'));
    const [error] = checkCheckData(dir);
    expect(error?.file).toContain('official-numbers.yaml');
    expect(error?.message).toMatch(/numbers\[(0|id: nenkin_dial)\]\.verifiedOn/);
    expect(error?.message).toContain('確認した日');
    expect(error?.message).toContain('"2026-13-40"');
    expect(error?.message).toMatch(/numbers\[(1|id: kokusen_lunch_line)\]\.source/);
    expect(error?.message).toContain('出典');
  });

  it('refuse a curated number that a contact already has', () => {
    const dir = copyOfData();
    editFile(dir, 'official-numbers.yaml', (t) => t.replace('display: 03-3446-0999\n        tel: tel:0334460999', 'display: 0120-95-0178\n        tel: tel:0120950178'));
    const [error] = checkCheckData(dir);
    expect(error?.message).toContain('numbers[1].numbers[0].display');
    expect(error?.message).toContain('mynumber_freedial');
  });

  it('carry a source and a verification date for every curated number and host', () => {
    const data = realCheckData();
    expect(data.domains.officialHosts.map((h) => h.host)).toEqual(expect.arrayContaining(['myna.go.jp', 'kojinbango-card.go.jp', 'digital.go.jp']));
    expect(data.domains.governmentSuffixes).toEqual(['go.jp', 'lg.jp']);
    expect(data.domains.shorteners.has('bit.ly')).toBe(true);
  });

  it('never make a retired number official', () => {
    const retired = ['0570200178', '0570200291', '0570783578', '0570064738', '0570010076', '0364413452'];
    for (const n of retired) expect(realCheckData().numbers.byNumber.has(n), n).toBe(false);
  });
});

describe('the check card words', () => {
  it('are checked by npm run check-data, naming a lost placeholder', () => {
    const dir = copyOfData();
    editFile(dir, 'replies/checks.yaml', (t) => t.replace('lookalike: 公式サイトに似せた別のアドレスです（正しくは {host}）', 'lookalike: 公式サイトに似せた別のアドレスです'));
    const [error] = checkCheckData(dir);
    expect(error?.file).toContain('checks.yaml');
    expect(error?.message).toContain('link.lookalike');
    expect(error?.message).toContain('{host}');
  });
});
