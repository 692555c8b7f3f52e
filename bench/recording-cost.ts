/**
 * What recording costs per event, by thread (node bench/recording-cost.ts): the hook (building
 * the record and appending it, on the reply path) and the batched write (building the INSERT
 * on the HTTP thread, and PostgreSQL's own work). Prints CPU µs per event on the calling
 * thread (the bot's HTTP thread) and, for the embedded store, on its worker thread — and, for
 * comparison, the embedded store run on the calling thread as it was before (`here`).
 * With DATABASE_URL, also PostgreSQL (whose own work is on its server, not counted here).
 * EVENTS (default 20,000) events from RESIDENTS (default 3,000) different users, written PER_WRITE
 * (default 1,000: one second at 1,000 events/s) at a time, as the recorder's timer does; the embedded
 * store is in a temporary folder, as `npm start` keeps it in var/db. CPU is read per thread
 * from /proc (10 ms ticks), so run it on a quiet machine or read it as a rough figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../src/store/embedded-store.ts';
import { createPostgresStore } from '../src/store/postgres-store.ts';
import { migrate } from '../src/store/migrations.ts';
import { createRecorder } from '../src/reports/recorder.ts';
import { eventRecord } from '../src/reports/event-record.ts';
import type { SqlStore } from '../src/store/sql-store.ts';
import { cpuBetween, cpuSnapshot } from './cpu.ts';

const N = Number(process.env['EVENTS'] ?? 20_000);
const RESIDENTS = Number(process.env['RESIDENTS'] ?? 3000);
const PER_WRITE = Number(process.env['PER_WRITE'] ?? 1000);
const summaries = [
  { decision: 'answer', intent: 'scam.refund_atm', confidence: 0.97, flags: ['urgent'], redFlags: ['phone'], answer: 'scam.refund_atm' },
  { decision: 'answer', intent: 'scam.phishing', confidence: 0.88, flags: [], redFlags: ['link', 'money_demand'], answer: 'scam.phishing' },
  { decision: 'answer', intent: 'meta.out_of_scope', confidence: 0.4, flags: [], redFlags: [] },
];

async function measure(name: string, store: SqlStore): Promise<void> {
  await migrate(store);
  const recorder = createRecorder({ store: () => store, deployment: null, maxBuffered: N, flushIntervalMs: 3_600_000 });
  const at = (i: number) => new Date(Date.UTC(2026, 11, 7, 0, 0, i % 86_400));
  const one = (i: number) =>
    recorder.record(eventRecord({ kind: 'text', chat: 'user', at: at(i), userKey: `u_${i % RESIDENTS}`, text: 'x' }, summaries[i % 3]!, false, 'line', false));
  // The hook alone (records kept, then dropped unwritten): what the reply path pays.
  const hook = createRecorder({ store: () => null, deployment: null, maxBuffered: N, flushIntervalMs: 3_600_000 });
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < N; i++) hook.record(eventRecord({ kind: 'text', chat: 'user', at: at(i), userKey: `h_${i % RESIDENTS}`, text: 'x' }, summaries[i % 3]!, false, 'line', false));
  const hookCpu = process.cpuUsage(cpu0);
  await hook.close(0);
  // Recording and writing, PER_WRITE events at a time.
  const middle = cpuSnapshot(process.pid);
  const t1 = performance.now();
  for (let i = 0; i < N; i++) {
    one(i);
    if ((i + 1) % PER_WRITE === 0) await recorder.flush();
  }
  await recorder.flush();
  const flushMs = performance.now() - t1;
  const threads = cpuBetween(middle, cpuSnapshot(process.pid));
  const us = (ms: number | undefined) => ((1000 * (ms ?? 0)) / N).toFixed(1);
  process.stdout.write(
    `${name}: ${N} events, ${RESIDENTS} residents, ${PER_WRITE} per write — hook ${((hookCpu.user + hookCpu.system) / N).toFixed(1)} µs/event; ` +
      `hook and write: calling thread ${us(threads['MainThread'])} µs/event, store thread ${us(threads['store'])}, process ${us(threads['total'])} (${flushMs.toFixed(0)} ms wall); ` +
      `recorded ${recorder.stats().recorded}, lost ${recorder.stats().lost}\n`,
  );
  await recorder.close();
  await store.close();
}

for (const thread of ['worker', 'here'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'recording-cost-'));
  try {
    await measure(`embedded (PGlite, ${thread === 'worker' ? 'on its own thread' : 'on the calling thread'})`, await openEmbeddedStore(join(dir, 'db'), { thread }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (process.env['DATABASE_URL']) await measure('PostgreSQL', createPostgresStore({ connectionString: process.env['DATABASE_URL'] }));
