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

  /**
   * One batch in one transaction. Each table's rows travel as one JSON parameter expanded by
   * json_to_recordset: one statement and one parameter per table instead of a placeholder per
   * value, which cost this thread about 4× more CPU per event (bench/recording-cost.ts).
   */
  async function writeBatch(store: SqlStore, batch: EventRecord[]): Promise<void> {
    const events: unknown[] = [];
    const feedback: unknown[] = [];
    const unanswered: unknown[] = [];
    const residentRows: unknown[] = [];
    const deployment = options.deployment;
    for (const r of batch) {
      const at = r.at.toISOString();
      const day = jstDay(r.at);
      events.push({
        at,
        day,
        hour: jstHour(r.at),
        source: r.source,
        chat: r.chat,
        input: r.input,
        decision: r.decision,
        intent: r.intent,
        scenario: r.scenario,
        confidence_band: r.confidenceBand,
        flags: r.flags,
        red_flags: r.redFlags,
        deployment,
        silent: r.silent,
      });
      if (r.feedback) feedback.push({ at, day, source: r.source, intent: r.feedback.intent, helpful: r.feedback.helpful, deployment });
      if (r.unanswered?.maskedText) {
        const expires = new Date(r.at.getTime() + UNANSWERED_TEXT_DAYS * 86_400_000).toISOString();
        unanswered.push({ at, day, reason: r.unanswered.reason, intent: r.intent, masked_text: r.unanswered.maskedText, expires_at: expires });
      }
      const resident = r.userKey && r.source === 'line' ? residents.hashOnce(r.userKey, day) : null;
      if (resident) residentRows.push({ day, resident });
    }
    await inTransaction(store, async (tx) => {
      await tx.query(
        `INSERT INTO events (at, day, hour, source, chat, input, decision, intent, scenario, confidence_band, flags, red_flags, deployment, silent)
         SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, hour smallint, source text, chat text, input text,
           decision text, intent text, scenario text, confidence_band text, flags text[], red_flags text[], deployment text, silent boolean)`,
        [JSON.stringify(events)],
      );
      if (feedback.length) {
        await tx.query(
          `INSERT INTO feedback (at, day, source, intent, helpful, deployment)
           SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, source text, intent text, helpful boolean, deployment text)`,
          [JSON.stringify(feedback)],
        );
      }
      if (unanswered.length) {
        await tx.query(
          `INSERT INTO unanswered_texts (at, day, reason, intent, masked_text, expires_at)
           SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, reason text, intent text, masked_text text, expires_at timestamptz)`,
          [JSON.stringify(unanswered)],
        );
      }
      if (residentRows.length) {
        await tx.query(
          `INSERT INTO daily_residents (day, resident) SELECT * FROM json_to_recordset($1::json) AS x(day date, resident text) ON CONFLICT DO NOTHING`,
          [JSON.stringify(residentRows)],
        );
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

/**
 * Counts residents per day without a way to link days: a random key per Japan-time day, held
 * in this process's memory only (never stored, never logged), turns a user key into a hash
 * that means nothing on any other day. Keys of days before yesterday are forgotten.
 */
function createResidentHasher() {
  const days = new Map<string, { key: Buffer; seen: Map<string, string> }>();
  return {
    /** The day's hash of `userKey`, or null when it was already written today. */
    hashOnce(userKey: string, day: string): string | null {
      let entry = days.get(day);
      if (!entry) {
        entry = { key: randomBytes(32), seen: new Map() };
        days.set(day, entry);
        const sorted = [...days.keys()].sort();
        while (sorted.length > 2) days.delete(sorted.shift()!);
      }
      // Already written today: no second HMAC, no second row (the map lives in memory only).
      if (entry.seen.has(userKey)) return null;
      const hash = createHmac('sha256', entry.key).update(userKey).digest('base64url').slice(0, 22);
      if (entry.seen.size >= MAX_KNOWN_RESIDENTS) entry.seen.clear();
      entry.seen.set(userKey, hash);
      return hash;
    },
  };
}
