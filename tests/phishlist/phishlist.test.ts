import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/phishlist.ts';
import { csvFields, parsePhishListCsv } from '../../src/phishlist/phishlist-csv.ts';
import { loadPhishList, readMeta } from '../../src/phishlist/phishlist-store.ts';
import { fastestCpuMs, realChecker } from '../checks/helpers.ts';
import { testTempDir } from '../support/temp-dir.ts';

/** Lines in JPCERT/CC's format (github.com/JPCERTCC/phishurl-list): `date,URL,description`. */
const SAMPLE = [
  'date,URL,description',
  '2025/10/01 10:25:00,https://driect-example00.com/client_pc/index.php#/ib/login,三井住友信託銀行',
  '2025/10/01 11:02:00,https://aqgnw.cn/jk,JCB',
  '2025/10/02 12:59:00,"https://quoted.example.sbs/a,b",三井住友カード',
  'not a line',
  '',
].join('\n');

function tempDir(): string {
  return testTempDir('phishlist');
}

/** A generated list of `lines` distinct URLs in JPCERT/CC's format. */
function generatedCsv(lines: number): string {
  const out = ['date,URL,description'];
  for (let i = 0; i < lines; i++) out.push(`2025/09/${String((i % 28) + 1).padStart(2, '0')} 10:00:00,https://p${i.toString(36)}.example-phish.cn/login/${i},ブランド${i % 50}`);
  return `${out.join('\n')}\n`;
}

describe('the phishing list import', () => {
  it('reads the CSV of JPCERT/CC by its header, quoted fields included', () => {
    expect(csvFields('a,"b,c",d')).toEqual(['a', 'b,c', 'd']);
    const parsed = parsePhishListCsv(SAMPLE);
    expect(parsed.keys).toEqual(['driect-example00.com/client_pc/index.php', 'aqgnw.cn/jk', 'quoted.example.sbs/a,b']);
    expect(parsed.newestEntry).toBe('2025-10-02');
    expect(parsed.skipped).toBe(1);
  });

  it('stores the list, adds later imports, records when, and the check names listed links', () => {
    const dir = tempDir();
    const csv = join(dir, '202510.csv');
    writeFileSync(csv, SAMPLE);
    const out = importFiles(dir, [csv], false, new Date('2025-10-03T01:00:00Z'));
    expect(out).toContain('3 URL(s)');
    expect(readMeta(dir)).toEqual({ importedAt: '2025-10-03T01:00:00.000Z', newestEntry: '2025-10-02', count: 3 });
    const more = join(dir, 'more.csv');
    writeFileSync(more, 'date,URL,description\n2025/11/05 09:00:00,https://new.example.top/x,Amazon\n2025/10/01 11:02:00,https://aqgnw.cn/jk,JCB\n');
    importFiles(dir, [more], false, new Date('2025-11-06T00:00:00Z'));
    expect(readMeta(dir)).toMatchObject({ newestEntry: '2025-11-05', count: 4 });
    expect(readFileSync(join(dir, 'urls.txt'), 'utf8').trim().split('\n')).toEqual([...readFileSync(join(dir, 'urls.txt'), 'utf8').trim().split('\n')].sort());

    const list = loadPhishList(dir);
    expect(list.newestEntry).toBe('2025-11-05');
    const r = realChecker(list).check('このリンクから https://aqgnw.cn/jk と https://new.example.top/x/y');
    expect(r.links.map((l) => l.verdict)).toEqual(['listed', 'listed']);

    importFiles(dir, [more], true, new Date('2025-11-07T00:00:00Z'));
    expect(readMeta(dir)).toMatchObject({ count: 2, importedAt: '2025-11-07T00:00:00.000Z' });
  });

  it('loads as empty when nothing was imported', () => {
    const list = loadPhishList(tempDir());
    expect(list.keys.size).toBe(0);
    expect(list.importedAt).toBeNull();
  });

  it('grows linearly: 50,000 lines take under 25 times as long as 5,000 (the 100,000-line time is in the benchmark)', () => {
    const dir = tempDir();
    const small = join(dir, 'small.csv');
    const big = join(dir, 'big.csv');
    writeFileSync(small, generatedCsv(5_000));
    writeFileSync(big, generatedCsv(50_000));
    // The least CPU time of three runs each (tests/checks/helpers.ts): a quadratic import would be ~100 times slower.
    // The small import has compiled the code the big one runs: no untimed run of the big one.
    const tSmall = fastestCpuMs(() => importFiles(join(dir, 's'), [small], true));
    const tBig = fastestCpuMs(() => importFiles(join(dir, 'b'), [big], true), { warmUp: false });
    expect(readMeta(join(dir, 'b'))?.count).toBe(50_000);
    expect(tBig / tSmall).toBeLessThan(25);
  }, 60_000);
});

describe('a damaged store', () => {
  it('stops start-up with the file named and how to rebuild it, in Japanese', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'urls.txt'), 'a.example/x\n');
    writeFileSync(join(dir, 'meta.json'), '{"importedAt": ');
    expect(() => loadPhishList(dir)).toThrow(/meta\.json[\s\S]*壊れています[\s\S]*--replace/);
  });
});
