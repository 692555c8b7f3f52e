/**
 * A/B helper (not part of npm run bench): alternates bot variants (node flags / env) under the
 * same load, several rounds, and prints events/s, latency and CPU per event per thread, so a
 * change can be judged on a noisy shared machine by the median of interleaved runs.
 *   node bench/ab.ts 'A=' 'B=--max-semi-space-size=64' ...   (ROUNDS, SECONDS env)
 * Each variant is NAME=flags[;ENV=value...]; BOT_DIR=/some/copy/of/the/tree runs that copy's bot.
 * With two variants or more, each one after the first is also compared with the first round by
 * round (the runs next to each other in time): the median of its per-round ratios of CPU per
 * event, by thread, and of events/s — steadier than comparing the medians of the two.
 * Every variant starts with the server's own flags (`npm start`'s, bench/server-node-flags.ts);
 * a variant's flags come after them, so `--initial-old-space-size=0` undoes the default.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startReplySink } from './reply-sink.ts';
import { driveLoad } from './load.ts';
import { messageMix } from './messages.ts';
import { cpuBetween, cpuSnapshot } from './cpu.ts';
import { serverNodeFlags } from './server-node-flags.ts';

const SECRET = 'bench-channel-secret-0123456789ab';
const rounds = Number(process.env['ROUNDS'] ?? 3);
const seconds = Number(process.env['SECONDS'] ?? 8);
const variants = process.argv.slice(2).map((arg) => {
  const [name, rest = ''] = arg.split(/=(.*)/s) as [string, string?];
  const [flags = '', ...envs] = rest.split(';');
  return { name, flags: flags.split(' ').filter(Boolean), env: Object.fromEntries(envs.map((e) => e.split('=') as [string, string])) };
});
const sink = await startReplySink();
const messages = messageMix();
const rows: Record<string, string[]> = {};
const stats: Record<string, { eps: number[]; p50: number[]; p99: number[]; cpu: number[]; main: number[] }> = {};
/** Per variant, per round: events/s and CPU ms per event by thread (for the paired comparison). */
const perRound: Record<string, { eps: number; cpu: Record<string, number> }[]> = {};
for (let r = 0; r < rounds; r++) {
  // The order turns each round (A B C, B C A, …), so no variant always runs first or last.
  for (const v of variants.map((_, i) => variants[(i + r) % variants.length]!)) {
    const { BOT_DIR: dir, ...env } = v.env;
    const child = fork(dir ? `${dir}/bench/bot-process.ts` : fileURLToPath(new URL('./bot-process.ts', import.meta.url)), [], {
      env: { PATH: process.env['PATH'] ?? '', LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: 'bench-access-token-0123456789abcdefghij', LINE_API_BASE_URL: sink.baseUrl, LOG_LEVEL: 'info', USER_ID_HASH_KEY: 'k', ...env },
      execArgv: ['--expose-gc', ...serverNodeFlags(), ...v.flags],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { port: number }).port)));
    const common = { url: `http://127.0.0.1:${port}`, channelSecret: SECRET, sink, messages, connections: 10 };
    await driveLoad({ ...common, label: `w${r}${v.name}`, seconds: 3 });
    const c0 = cpuSnapshot(child.pid!);
    const res = await driveLoad({ ...common, label: `m${r}${v.name}`, seconds });
    const cpu = cpuBetween(c0, cpuSnapshot(child.pid!));
    const per = (ms: number | undefined) => ((ms ?? 0) / res.replied).toFixed(3);
    const line = `${v.name.padEnd(10)} ${String(res.eventsPerSecond).padStart(6)}/s p50 ${res.eventToReplyMs.p50} p99 ${res.eventToReplyMs.p99} lost ${res.lost} cpu ${per(cpu['total'])} (main ${per(cpu['MainThread'])} pipe ${per(cpu['pipeline'])} store ${per(cpu['store'])} gc ${per(cpu['V8Worker'])}) load ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`;
    console.log(line);
    (rows[v.name] ??= []).push(line);
    const s = (stats[v.name] ??= { eps: [], p50: [], p99: [], cpu: [], main: [] });
    s.eps.push(res.eventsPerSecond); s.p50.push(res.eventToReplyMs.p50); s.p99.push(res.eventToReplyMs.p99); s.cpu.push((cpu['total'] ?? 0) / res.replied); s.main.push((cpu['MainThread'] ?? 0) / res.replied);
    (perRound[v.name] ??= []).push({ eps: res.eventsPerSecond, cpu: Object.fromEntries(Object.entries(cpu).map(([thread, ms]) => [thread, ms / res.replied])) });
    await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.send({ kind: 'stop' }); });
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('--- medians');
for (const [name, s] of Object.entries(stats)) console.log(`${name.padEnd(10)} ${med(s.eps)}/s p50 ${med(s.p50)} p99 ${med(s.p99)} cpu/event ${med(s.cpu).toFixed(3)} ms (min ${Math.min(...s.cpu).toFixed(3)}), HTTP thread ${med(s.main).toFixed(3)} ms (min ${Math.min(...s.main).toFixed(3)})`);
const [first, ...others] = variants.map((v) => v.name);
if (first !== undefined && others.length > 0) {
  console.log(`--- paired with ${first}, round by round (median of the rounds' ratios − 1; + means more than ${first})`);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)} %`;
  const a = perRound[first]!;
  for (const name of others) {
    const b = perRound[name]!;
    const ratio = (f: (r: (typeof a)[number]) => number | undefined) =>
      med(b.map((r, i) => (f(r) ?? 0) / Math.max(1e-9, f(a[i]!) ?? 0) - 1));
    const threads = ['total', 'MainThread', 'pipeline', 'store', 'V8Worker'].filter((t) => a.some((r) => (r.cpu[t] ?? 0) > 0));
    console.log(`${name.padEnd(10)} events/s ${pct(ratio((r) => r.eps))}; CPU per event ${threads.map((t) => `${t === 'total' ? 'all threads' : t} ${pct(ratio((r) => r.cpu[t]))}`).join(', ')}`);
  }
}
await sink.close();
