/**
 * What recording costs the bot's main thread per event (node bench/recording-cost.ts):
 * the hook (building the record, no I/O) and the batched write (building the INSERT and, for
 * the embedded store, PostgreSQL itself, which runs in this thread). Prints CPU µs per event.
 * With DATABASE_URL, the same against PostgreSQL (where the database's work is elsewhere).
 */
import { openEmbeddedStore } from '../src/store/embedded-store.ts';
import { createPostgresStore } from '../src/store/postgres-store.ts';
import { migrate } from '../src/store/migrations.ts';
import { createRecorder } from '../src/reports/recorder.ts';
import { eventRecord } from '../src/reports/event-record.ts';
import type { SqlStore } from '../src/store/sql-store.ts';

const N = Number(process.env['EVENTS'] ?? 20_000);
const summaries = [
  { decision: 'answer', intent: 'scam.refund_atm', confidence: 0.97, flags: ['urgent'], redFlags: ['phone'] },
  { decision: 'answer', intent: 'scam.phishing', confidence: 0.88, flags: [], redFlags: ['link', 'money_demand'] },
  { decision: 'answer', intent: 'meta.out_of_scope', confidence: 0.4, flags: [], redFlags: [] },
];

async function measure(name: string, store: SqlStore): Promise<void> {
  await migrate(store);
  const recorder = createRecorder({ store: () => store, deployment: null, maxBuffered: N, batchSize: 500, flushIntervalMs: 3_600_000 });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const at = new Date(Date.UTC(2026, 11, 7, 0, 0, i % 86_400));
    recorder.record(eventRecord({ kind: 'text', chat: 'user', at, userKey: `u_${i % 3000}`, text: 'x' }, summaries[i % 3]!, false, 'line', false));
  }
  const hookCpu = process.cpuUsage(cpu0);
  const hookMs = performance.now() - t0;
  const cpu1 = process.cpuUsage();
  const t1 = performance.now();
  await recorder.flush();
  const flushCpu = process.cpuUsage(cpu1);
  const flushMs = performance.now() - t1;
  const us = (c: NodeJS.CpuUsage) => ((c.user + c.system) / N).toFixed(1);
  process.stdout.write(
    `${name}: ${N} events — hook ${us(hookCpu)} µs CPU/event (${hookMs.toFixed(0)} ms), write ${us(flushCpu)} µs CPU/event in this process (${flushMs.toFixed(0)} ms wall); recorded ${recorder.stats().recorded}, lost ${recorder.stats().lost}\n`,
  );
  await recorder.close();
  await store.close();
}

await measure('embedded (PGlite, in memory)', await openEmbeddedStore(null));
if (process.env['DATABASE_URL']) await measure('PostgreSQL', createPostgresStore({ connectionString: process.env['DATABASE_URL'] }));
