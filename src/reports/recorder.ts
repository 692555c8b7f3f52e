import { createHmac, randomBytes } from 'node:crypto';
import { inTransaction, type SqlStore } from '../store/sql-store.ts';
import type { EventRecord } from './event-record.ts';
import { jstDay, jstHour } from './jst-day.ts';

/**
 * The side path from the reply path to the store: `record` only appends to a bounded buffer
 * (no I/O, no await); a timer writes the buffer in batches. When the store cannot be reached
 * or the buffer is full, records are dropped and counted — never retried into an unbounded
 * queue, never slowing or failing a reply. The count is shown on the console and written to
 * `recording_gaps` once the store answers again.
 */
export interface Recorder {
  record(record: EventRecord): void;
  /** Writes what is buffered now (also called by the timer). */
  flush(): Promise<void>;
  stats(): RecorderStats;
  /** Stops the timer and writes what is left (bounded by `timeoutMs`). */
  close(timeoutMs?: number): Promise<void>;
}

export interface RecorderStats {
  recorded: number;
  /** Records this process could not write since it started. */
  lost: number;
  buffered: number;
  lastError: string | null;
  lastErrorAt: Date | null;
}

export interface RecorderOptions {
  /** The store, or null while it is not open yet (records wait in the buffer). */
  store: () => SqlStore | null;
  deployment: string | null;
  maxBuffered?: number;
  batchSize?: number;
  flushIntervalMs?: number;
  onError?: (message: string) => void;
}

/** Resident hashes remembered per day to skip rewriting them (bounded). */
const MAX_KNOWN_RESIDENTS = 100_000;

export function createRecorder(options: RecorderOptions): Recorder {
  const maxBuffered = options.maxBuffered ?? 10_000;
  const batchSize = options.batchSize ?? 500;
  let buffer: EventRecord[] = [];
  let recorded = 0;
  let lost = 0;
  let unreportedLoss = 0;
  let lastError: string | null = null;
  let lastErrorAt: Date | null = null;
  let flushing: Promise<void> | null = null;
  let closed = false;
  const residents = createResidentHasher();

  const lose = (n: number) => {
    lost += n;
    unreportedLoss += n;
  };

  async function writeBatch(store: SqlStore, batch: EventRecord[]): Promise<void> {
    const eventParams: unknown[] = [];
    const eventRows: string[] = [];
    const feedbackParams: unknown[] = [];
    const feedbackRows: string[] = [];
    const unansweredParams: unknown[] = [];
    const unansweredRows: string[] = [];
    const residentParams: unknown[] = [];
    const residentRows: string[] = [];
    for (const r of batch) {
      const day = jstDay(r.at);
      const values = [r.at, day, jstHour(r.at), r.source, r.chat, r.input, r.decision, r.intent, r.confidenceBand, r.flags, r.redFlags, options.deployment, r.silent];
      eventRows.push(placeholders(eventParams.length, values.length));
      eventParams.push(...values);
      if (r.feedback) {
        const f = [r.at, day, r.source, r.feedback.intent, r.feedback.helpful, options.deployment];
        feedbackRows.push(placeholders(feedbackParams.length, f.length));
        feedbackParams.push(...f);
      }
      if (r.unanswered?.maskedText) {
        const u = [r.at, day, r.unanswered.reason, r.intent, r.unanswered.maskedText, new Date(r.at.getTime() + UNANSWERED_TEXT_DAYS * 86_400_000)];
        unansweredRows.push(placeholders(unansweredParams.length, u.length));
        unansweredParams.push(...u);
      }
      const resident = r.userKey && r.source === 'line' ? residents.hashOnce(r.userKey, day) : null;
      if (resident) {
        residentRows.push(placeholders(residentParams.length, 2));
        residentParams.push(day, resident);
      }
    }
    await inTransaction(store, async (tx) => {
    await tx.query(
      `INSERT INTO events (at, day, hour, source, chat, input, decision, intent, confidence_band, flags, red_flags, deployment, silent) VALUES ${eventRows.join(',')}`,
      eventParams,
    );
    if (feedbackRows.length) {
      await tx.query(`INSERT INTO feedback (at, day, source, intent, helpful, deployment) VALUES ${feedbackRows.join(',')}`, feedbackParams);
    }
    if (unansweredRows.length) {
      await tx.query(`INSERT INTO unanswered_texts (at, day, reason, intent, masked_text, expires_at) VALUES ${unansweredRows.join(',')}`, unansweredParams);
    }
    if (residentRows.length) {
      await tx.query(`INSERT INTO daily_residents (day, resident) VALUES ${residentRows.join(',')} ON CONFLICT DO NOTHING`, residentParams);
    }
    });
  }

  async function flushOnce(): Promise<void> {
    const store = options.store();
    if (!store) return;
    while (buffer.length > 0) {
      const batch = buffer.length <= batchSize ? buffer : buffer.slice(0, batchSize);
      buffer = batch === buffer ? [] : buffer.slice(batchSize);
      try {
        await writeBatch(store, batch);
        recorded += batch.length;
        if (unreportedLoss > 0) {
          const n = unreportedLoss;
          unreportedLoss = 0;
          await store.query('INSERT INTO recording_gaps (at, lost) VALUES ($1, $2)', [new Date(), n]).catch(() => {
            unreportedLoss += n;
          });
        }
      } catch (err) {
        lose(batch.length);
        lastError = err instanceof Error ? err.message : String(err);
        lastErrorAt = new Date();
        options.onError?.(lastError);
        // The store is failing: what is still buffered would most likely fail too; keep it for the next tick.
        return;
      }
    }
  }

  const flush = (): Promise<void> => {
    if (flushing) return flushing;
    if (buffer.length === 0) return Promise.resolve();
    flushing = flushOnce().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 1000);
  timer.unref();

  return {
    record(record) {
      if (closed || buffer.length >= maxBuffered) {
        lose(1);
        return;
      }
      buffer.push(record);
    },
    flush,
    stats: () => ({ recorded, lost, buffered: buffer.length, lastError, lastErrorAt }),
    async close(timeoutMs = 3000) {
      closed = true;
      clearInterval(timer);
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        (async () => {
          await flushing;
          await flush();
        })(),
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timeout);
    },
  };
}

/** How long a kept (masked) unanswered text lives before the purge job deletes it. */
export const UNANSWERED_TEXT_DAYS = 30;

function placeholders(offset: number, count: number): string {
  const list: string[] = [];
  for (let i = 1; i <= count; i++) list.push(`$${offset + i}`);
  return `(${list.join(',')})`;
}

/**
 * Counts residents per day without a way to link days: a random key per Japan-time day, held
 * in this process's memory only (never stored, never logged), turns a user key into a hash
 * that means nothing on any other day. Keys of days before yesterday are forgotten.
 */
function createResidentHasher() {
  const days = new Map<string, { key: Buffer; seen: Set<string> }>();
  return {
    /** The day's hash of `userKey`, or null when it was already written today. */
    hashOnce(userKey: string, day: string): string | null {
      let entry = days.get(day);
      if (!entry) {
        entry = { key: randomBytes(32), seen: new Set() };
        days.set(day, entry);
        const sorted = [...days.keys()].sort();
        while (sorted.length > 2) days.delete(sorted.shift()!);
      }
      const hash = createHmac('sha256', entry.key).update(userKey).digest('base64url').slice(0, 22);
      if (entry.seen.has(hash)) return null;
      if (entry.seen.size >= MAX_KNOWN_RESIDENTS) entry.seen.clear();
      entry.seen.add(hash);
      return hash;
    },
  };
}
