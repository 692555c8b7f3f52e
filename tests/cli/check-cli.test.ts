import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { testTempDir } from '../support/temp-dir.ts';

function run(script: string, args: string[], input: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', script), ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
}

describe('npm run -s check', () => {
  it('reads JSON Lines and writes one JSON line per input, in order, in the documented format', () => {
    const dir = testTempDir('check-cli');
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, 'date,URL,description\n2025/10/01 11:02:00,https://aqgnw.cn/jk,JCB\n');
    const imported = run('phishlist.ts', ['import', csv], '', { PHISHLIST_DIR: dir });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('1 URL(s)');

    const input = [
      { text: 'マイナンバー総合フリーダイヤル ０１２０－９５－０１７８ からのSMSです https://mynaportal-go.jp/login' },
      { text: '+44 20 7946 0018 と 090-1234-5678 と #9110' },
      { text: 'https://myna.go.jp/ https://bit.ly/x https://aqgnw.cn/jk https://example.com/' },
      { text: 'こんにちは' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = run('check.ts', [], `${input}\nnot json\n{"nope":1}\n`, { PHISHLIST_DIR: dir });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(0, 4)) expect(Object.keys(line)).toEqual(['numbers', 'links']);
    expect(lines[0]).toEqual({
      numbers: [{ text: '0120-95-0178', normalized: '0120950178', verdict: 'official', contact: 'mynumber_freedial' }],
      links: [{ url: 'https://mynaportal-go.jp/login', host: 'mynaportal-go.jp', verdict: 'lookalike', officialHost: 'myna.go.jp' }],
    });
    expect(lines[1]!.numbers).toEqual([
      { text: '+44 20 7946 0018', normalized: '+442079460018', verdict: 'international', contact: null },
      { text: '090-1234-5678', normalized: '09012345678', verdict: 'unknown', contact: null },
      { text: '#9110', normalized: '#9110', verdict: 'official', contact: 'police_consultation' },
    ]);
    expect((lines[2]!.links as { verdict: string }[]).map((l) => l.verdict)).toEqual(['official', 'shortener', 'listed', 'unknown']);
    expect(lines[3]).toEqual({ numbers: [], links: [] });
    expect(lines[4]).toHaveProperty('error');
    expect(lines[5]).toHaveProperty('error');
  });
});
