import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { hoursCommand } from '../../src/cli/hours.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = 'src/cli/hours.ts';
const ZONES = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles'];

type Printed = Record<string, { open: boolean; closesAt: string | null; nextOpen: string | null }>;

/** The command as an operator runs it: a process of its own, under the time zone `tz`. */
async function hours(args: string[], tz: string): Promise<Printed> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TZ: tz } });
  return JSON.parse(stdout) as Printed;
}

async function failing(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  try {
    await run(process.execPath, [CLI, ...args], { cwd: ROOT });
  } catch (err) {
    const e = err as { code: number; stderr: string; stdout: string };
    return { code: e.code, stderr: e.stderr, stdout: e.stdout };
  }
  throw new Error(`expected hours ${args.join(' ')} to fail`);
}

// The same command in this process, under the time zone `tz` (Node applies a change of
// process.env.TZ at once): the table below runs here, not in 39 processes of its own.
const savedTz = process.env['TZ'];
afterEach(() => {
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

function hoursHere(args: string[], tz: string): Printed {
  process.env['TZ'] = tz;
  const outcome = hoursCommand(args);
  if (!outcome.ok) throw new Error(outcome.message);
  return JSON.parse(outcome.json) as Printed;
}

/** Instants (Japan time) and what the CLI must print for some contacts. */
const EXPECTED: [string, string | null, Record<string, [boolean, string | null, string | null]>][] = [
  ['2026-05-06T18:00:00+09:00', null, { mynumber_freedial: [false, null, '2026-05-07T09:30:00+09:00'] }],
  ['2026-09-22T10:00:00+09:00', null, { mynumber_freedial: [true, '2026-09-22T17:30:00+09:00', null], police_consultation: [false, null, '2026-09-24T08:30:00+09:00'] }],
  ['2026-11-24T19:59:00+09:00', null, { mynumber_freedial: [true, '2026-11-24T20:00:00+09:00', null] }],
  ['2026-11-24T20:00:00+09:00', null, { mynumber_freedial: [false, null, '2026-11-25T09:30:00+09:00'] }],
  ['2026-11-28T17:29:00+09:00', null, { mynumber_freedial: [true, '2026-11-28T17:30:00+09:00', null] }],
  ['2026-11-28T17:30:00+09:00', null, { mynumber_freedial: [false, null, '2026-11-29T09:30:00+09:00'] }],
  ['2026-12-28T21:00:00+09:00', null, { mynumber_freedial: [false, null, '2027-01-04T09:30:00+09:00'], mynumber_card_suspension: [true, null, null] }],
  ['2026-12-29T10:00:00+09:00', null, { mynumber_freedial: [false, null, '2027-01-04T09:30:00+09:00'], police_emergency: [true, null, null] }],
  ['2027-01-03T23:59:00+09:00', null, { mynumber_freedial: [false, null, '2027-01-04T09:30:00+09:00'] }],
  ['2027-01-04T09:29:00+09:00', null, { mynumber_freedial: [false, null, '2027-01-04T09:30:00+09:00'] }],
  ['2027-01-04T09:30:00+09:00', null, { mynumber_freedial: [true, '2027-01-04T20:00:00+09:00', null] }],
  ['2026-11-24T12:30:00+09:00', 'shiki', { local_consumer_center: [false, null, '2026-11-24T13:00:00+09:00'], consumer_hotline: [false, null, '2026-11-24T13:00:00+09:00'], local_police_hq: [true, null, null] }],
  // The same instant written in UTC: 2026-11-24T15:00 UTC is 2026-11-25 00:00 in Japan.
  ['2026-11-24T15:00:00Z', 'shimada', { local_city_office: [false, null, '2026-11-25T08:30:00+09:00'] }],
];

describe('npm run hours', { timeout: 30_000 }, () => {
  it.each(EXPECTED)('at %s (deployment %s) prints the same statuses under every TZ', (at, deployment, expected) => {
    const args = ['--at', at, ...(deployment ? ['--deployment', deployment] : [])];
    const outputs = ZONES.map((tz) => hoursHere(args, tz));
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    for (const [id, [open, closesAt, nextOpen]] of Object.entries(expected)) {
      expect(outputs[0]?.[id], id).toEqual({ open, closesAt, nextOpen });
    }
  });

  it('as a process of its own, prints the same under every TZ of the machine', async () => {
    const args = ['--at', '2026-12-28T21:00:00+09:00'];
    const outputs = await Promise.all(ZONES.map((tz) => hours(args, tz)));
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    expect(outputs[0]).toEqual(hoursHere(args, 'Asia/Tokyo'));
    expect(outputs[0]?.mynumber_freedial).toEqual({ open: false, closesAt: null, nextOpen: '2027-01-04T09:30:00+09:00' });
  });

  it('prints exactly {open, closesAt, nextOpen} for every national and local contact', async () => {
    const out = await hours(['--at', '2026-11-24T10:00:00+09:00', '--deployment', 'shiki'], 'UTC');
    expect(Object.keys(out)).toEqual([
      'mynumber_freedial', 'mynumber_card_suspension', 'mynumber_freedial_foreign', 'consumer_hotline',
      'police_consultation', 'police_emergency', 'ppc_mynumber_complaints', 'intl_call_block', 'antiphishing_report',
      'local_consumer_center', 'local_city_office', 'local_police_hq',
    ]);
    for (const value of Object.values(out)) {
      expect(Object.keys(value)).toEqual(['open', 'closesAt', 'nextOpen']);
      expect(typeof value.open).toBe('boolean');
      for (const instant of [value.closesAt, value.nextOpen]) {
        if (instant !== null) expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      }
    }
  });

  it('lists only national contacts without a deployment, and reads --at without offset as Japan time', async () => {
    const out = await hours(['--at', '2026-11-24T19:59'], 'America/Los_Angeles');
    expect(Object.keys(out).some((id) => id.startsWith('local_'))).toBe(false);
    expect(out.mynumber_freedial).toEqual({ open: true, closesAt: '2026-11-24T20:00:00+09:00', nextOpen: null });
  });

  it('uses the current time without --at', () => {
    const out = hoursHere([], 'UTC');
    expect(out.police_emergency).toEqual({ open: true, closesAt: null, nextOpen: null });
  });

  it.each([
    [['--at', 'tomorrow'], /--at "tomorrow"/],
    [['--at', '2026-13-01T10:00:00+09:00'], /--at/],
    [['--at', '2026-02-30T10:00:00+09:00'], /--at/],
    [['--deployment', 'atlantis'], /あるもの: shiki, shimada/],
    [['--verbose'], /Unknown option/],
  ])('rejects %j with a message for standard error and nothing to print', (args, message) => {
    const outcome = hoursCommand(args);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });

  it('exits 2 with the message on stderr and nothing on stdout', async () => {
    for (const [args, message] of [[['--at', 'tomorrow'], /--at "tomorrow"/], [['--deployment', 'atlantis'], /あるもの: shiki, shimada/]] as const) {
      const r = await failing([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('usage: hours');
      expect(r.stdout).toBe('');
    }
  });
});
