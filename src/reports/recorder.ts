import { createHmac, randomBytes } from 'node:crypto';
import { inTransaction, type SqlStore } from '../store/sql-store.ts';
import type { EventRecord } from './event-record.ts';
import { jstDay, jstHour } from './jst-day.ts';

/**
 * The side path from the reply path to the store: `record` folds the record into what is
 * pending (no I/O, no await); a timer writes it once a second. Records alike in every column
 * but the time (same day and hour, chat, input, decision, intent, scenario, band, flags) are
 * kept as one row with their number `n` and the first one's time, so under load a second is a
 * few dozen rows instead of one per event: little for the database to write (on the bot's
 * machine, for the embedded store) and no per-event object kept alive on the HTTP thread until
 * the write (objects that outlive a scavenge are promoted, and old-generation collections
 * pause every event in flight). When the store cannot be reached or `maxBuffered` events are
 * pending, records are dropped and counted — never retried into an unbounded queue, never
 * slowing or failing a reply. The count is shown on the console and written to
 * `recording_gaps` once the store answers again.
 */
export interface Recorder {
  record(record: EventRecord): void;
  /** Writes what is pending now (also called by the timer). */
  flush(): Promise<void>;
  stats(): RecorderStats;
  /** Stops the timer and writes what is left (bounded by `timeoutMs`). */
  close(timeoutMs?: number): Promise<void>;
}

export interface RecorderStats {
  recorded: number;
  /** Records this process could not write since it started. */
  lost: number;
  /** Events pending (not yet written). */
  buffered: number;
  lastError: string | null;
  lastErrorAt: Date | null;
}

export interface RecorderOptions {
  /** The store, or null while it is not open yet (records wait, up to `maxBuffered` events). */
  store: () => SqlStore | null;
  deployment: string | null;
  /** Events that may wait for the store at most; more are dropped and counted. */
  maxBuffered?: number;
  flushIntervalMs?: number;
  onError?: (message: string) => void;
}

/** Resident hashes remembered per day to skip rewriting them (bounded). */
const MAX_KNOWN_RESIDENTS = 100_000;

interface EventRow {
  at: string;
  day: string;
  hour: number;
  source: string;
  chat: string;
  input: string;
  decision: string | null;
  intent: string | null;
  scenario: string | null;
  confidence_band: string | null;
  flags: string[];
  red_flags: string[];
  deployment: string | null;
  silent: boolean;
  n: number;
}

/** What waits for the next write: `events` holds one row per kind of event and hour. */
interface Pending {
  count: number;
  events: Map<string, EventRow>;
  feedback: unknown[];
  unanswered: unknown[];
  residents: { day: string; resident: string }[];
}

const nothingPending = (): Pending => ({ count: 0, events: new Map(), feedback: [], unanswered: [], residents: [] });

export function createRecorder(options: RecorderOptions): Recorder {
  const maxBuffered = options.maxBuffered ?? 10_000;
  const deployment = options.deployment;
  let pending = nothingPending();
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

  function add(r: EventRecord): void {
    const at = r.at.toISOString(); // first: an invalid time throws here, before anything is changed
    const day = jstDay(r.at);
    const hour = jstHour(r.at);
    const key = groupKey(day, hour, r);
    const row = pending.events.get(key);
    if (row) row.n++;
    else {
      pending.events.set(key, {
        at,
        day,
        hour,
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
        n: 1,
      });
    }
    if (r.feedback) pending.feedback.push({ at, day, source: r.source, intent: r.feedback.intent, helpful: r.feedback.helpful, deployment });
    if (r.unanswered?.maskedText) {
      const expires = new Date(r.at.getTime() + UNANSWERED_TEXT_DAYS * 86_400_000).toISOString();
      pending.unanswered.push({ at, day, reason: r.unanswered.reason, intent: r.intent, masked_text: r.unanswered.maskedText, expires_at: expires });
    }
    const resident = r.userKey && r.source === 'line' ? residents.hashOnce(r.userKey, day) : null;
    if (resident) pending.residents.push({ day, resident });
    pending.count++;
  }

  /**
   * What was pending, in one transaction. Each table's rows travel as one JSON parameter
   * expanded by json_to_recordset: one statement and one parameter per table instead of a
   * placeholder per value, which cost this thread about 4× more CPU.
   */
  async function write(store: SqlStore, batch: Pending): Promise<void> {
    await inTransaction(store, async (tx) => {
      await tx.query(
        `INSERT INTO events (at, day, hour, source, chat, input, decision, intent, scenario, confidence_band, flags, red_flags, deployment, silent, n)
         SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, hour smallint, source text, chat text, input text,
           decision text, intent text, scenario text, confidence_band text, flags text[], red_flags text[], deployment text, silent boolean, n integer)`,
        [JSON.stringify([...batch.events.values()])],
      );
      if (batch.feedback.length) {
        await tx.query(
          `INSERT INTO feedback (at, day, source, intent, helpful, deployment)
           SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, source text, intent text, helpful boolean, deployment text)`,
          [JSON.stringify(batch.feedback)],
        );
      }
      if (batch.unanswered.length) {
        await tx.query(
          `INSERT INTO unanswered_texts (at, day, reason, intent, masked_text, expires_at)
           SELECT * FROM json_to_recordset($1::json) AS x(at timestamptz, day date, reason text, intent text, masked_text text, expires_at timestamptz)`,
          [JSON.stringify(batch.unanswered)],
        );
      }
      if (batch.residents.length) {
        await tx.query(
          `INSERT INTO daily_residents (day, resident) SELECT * FROM json_to_recordset($1::json) AS x(day date, resident text) ON CONFLICT DO NOTHING`,
          [JSON.stringify(batch.residents)],
        );
      }
    });
  }

  /**
   * Writes what is pending as one batch. What arrives during the write waits for the next
   * tick: writing it at once, as this did before, kept the store writing small batches back to
   * back under load (a write takes tens of milliseconds, in which more events arrive), each
   * with its transaction's fixed cost — about 10× the CPU per event of one write a second.
   */
  async function writePending(): Promise<void> {
    const store = options.store();
    if (!store || pending.count === 0) return;
    const batch = pending;
    pending = nothingPending();
    try {
      await write(store, batch);
      recorded += batch.count;
      if (unreportedLoss > 0) {
        const n = unreportedLoss;
        unreportedLoss = 0;
        await store.query('INSERT INTO recording_gaps (at, lost) VALUES ($1, $2)', [new Date(), n]).catch(() => {
          unreportedLoss += n;
        });
      }
    } catch (err) {
      lose(batch.count);
      lastError = err instanceof Error ? err.message : String(err);
      lastErrorAt = new Date();
      options.onError?.(lastError);
    }
  }

  const startWrite = (): Promise<void> => {
    flushing = writePending().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  /** Waits for a write under way, then writes what is pending now. */
  const flush = async (): Promise<void> => {
    while (flushing) await flushing;
    if (pending.count > 0) await startWrite();
  };

  // The timer's tick skips while a write is under way.
  const timer = setInterval(() => {
    if (!flushing && pending.count > 0) void startWrite();
  }, options.flushIntervalMs ?? 1000);
  timer.unref();

  return {
    record(record) {
      if (closed || pending.count >= maxBuffered) {
        lose(1);
        return;
      }
      try {
        add(record);
      } catch (err) {
        // Never into the reply path: a record that cannot be kept is a lost record.
        lose(1);
        lastError = err instanceof Error ? err.message : String(err);
        lastErrorAt = new Date();
      }
    },
    flush,
    stats: () => ({ recorded, lost, buffered: pending.count, lastError, lastErrorAt }),
    async close(timeoutMs = 3000) {
      closed = true;
      clearInterval(timer);
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        flush(),
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timeout);
    },
  };
}

/** The columns that make two records one row (all but the time); null and '' kept apart. */
function groupKey(day: string, hour: number, r: EventRecord): string {
  const v = (x: string | null) => (x === null ? '\u0001' : x);
  return [day, hour, r.source, r.chat, r.input, v(r.decision), v(r.intent), v(r.scenario), v(r.confidenceBand), r.flags.join(','), r.redFlags.join(','), r.silent ? 't' : 'f'].join('\u0000');
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
