import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';

describe('npm run -s classify', () => {
  it('reads JSON Lines and writes one JSON line per input, in order, with the documented fields', () => {
    const input = [
      { text: 'マイナンバーカードをなくしました' },
      { text: '私の番号は 1234 5678 9018 です' },
      { text: 'こんにちは' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'classify.ts')], {
      input: input + '\nnot json\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(0, 3)) {
      expect(Object.keys(line)).toEqual(['intent', 'confidence', 'flags', 'redFlags', 'ranking']);
    }
    expect(lines[0]!.intent).toBe('faq.lost_card');
    expect(lines[1]!.flags).toContain('contains_my_number');
    expect(lines[2]!.intent).toBe('meta.greeting');
    expect(lines[3]).toHaveProperty('error');
    expect(run.stdout).not.toContain('1234 5678 9018');
  });

  it('keeps the red flags in their public shape (kind and term, or the link and phone fields), nothing more', () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'classify.ts')], {
      input: JSON.stringify({ text: '市役所の者です。還付金があるので至急ATMへ行ってください 03-1234-5678' }) + '\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const flags = (JSON.parse(run.stdout.trim()) as { redFlags: Record<string, unknown>[] }).redFlags;
    expect(flags.length).toBeGreaterThan(1);
    for (const f of flags) {
      const allowed = f['kind'] === 'link' ? ['kind', 'host', 'government', 'shortener'] : f['kind'] === 'phone' ? ['kind', 'international', 'countryCode'] : ['kind', 'term'];
      expect(Object.keys(f).sort()).toEqual([...allowed].sort());
    }
  });
});
