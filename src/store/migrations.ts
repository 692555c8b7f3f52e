import type { SqlStore } from './sql-store.ts';

/**
 * The schema, as numbered steps applied in order and recorded in `schema_migrations`.
 * Never edit a step that has shipped: add the next one. Plain PostgreSQL, run unchanged by
 * PostgreSQL and by the embedded PGlite.
 *
 * Nothing here holds what a resident wrote, a user ID or a reply token — except
 * `unanswered_texts`, which only fills when the operator sets STORE_UNANSWERED_TEXT=true,
 * holds masked texts and is purged after 30 days.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'report records',
    sql: `
      CREATE TABLE events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        day date NOT NULL,            -- Japan-time date of at
        hour smallint NOT NULL,       -- Japan-time hour of at (0–23)
        source text NOT NULL,         -- line | simulator
        chat text NOT NULL,           -- user | group | room
        input text NOT NULL,          -- text | postback | follow | join | image | sticker | …
        decision text,                -- the decision kind, null when nothing was decided
        intent text,                  -- classified intent (texts), null otherwise
        confidence_band text,         -- high | medium | low, null without a classification
        flags text[] NOT NULL DEFAULT '{}',
        red_flags text[] NOT NULL DEFAULT '{}',
        deployment text,
        silent boolean NOT NULL
      );
      CREATE INDEX events_day_idx ON events USING brin (day);  -- appended in time order: a BRIN index costs little to keep
      CREATE TABLE feedback (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        day date NOT NULL,
        source text NOT NULL,
        intent text NOT NULL,
        helpful boolean NOT NULL,
        deployment text
      );
      CREATE INDEX feedback_day_idx ON feedback (day);
      -- Keyed hashes of the day's residents (the key lives in one process's memory for one day
      -- and is never stored). Folded into resident_counts and deleted once the day is over.
      CREATE TABLE daily_residents (
        day date NOT NULL,
        resident text NOT NULL,
        PRIMARY KEY (day, resident)
      );
      CREATE TABLE resident_counts (
        day date PRIMARY KEY,
        residents integer NOT NULL
      );
      -- Records a process could not write (database down, buffer full), reported once it could.
      CREATE TABLE recording_gaps (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        lost integer NOT NULL
      );
      CREATE TABLE unanswered_texts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        day date NOT NULL,
        reason text NOT NULL,         -- out_of_scope | low_confidence
        intent text,
        masked_text text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX unanswered_texts_expires_idx ON unanswered_texts (expires_at);
    `,
  },
  {
    id: 2,
    name: 'operators, sessions, audit log',
    sql: `
      CREATE TABLE operators (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
        password_hash text NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        operator_id bigint NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        operator text,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_at_idx ON audit_log (at);
    `,
  },
  {
    id: 3,
    name: 'local warnings and broadcasts',
    sql: `
      CREATE TABLE local_warnings (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        text text NOT NULL,
        intents text[] NOT NULL,
        expires_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      );
      CREATE TABLE broadcasts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        text text NOT NULL,
        retry_key uuid NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'draft', -- draft | sent | failed
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_by text,
        sent_at timestamptz,
        line_request_id text,
        error text
      );
    `,
  },
  {
    id: 4,
    name: 'the scenario a reply answered',
    sql: `
      -- A message's answer, a finished guided check or a group card: what "reports by scenario" count.
      ALTER TABLE events ADD COLUMN scenario text;
      UPDATE events SET scenario = intent WHERE decision IN ('answer', 'group_answer') AND input = 'text';
    `,
  },
  {
    id: 5,
    name: 'narrowcasts',
    sql: `
      -- A draft is a broadcast (every friend) or a narrowcast (friends LINE picks by estimated
      -- area / age, or an audience group, at most limit_max of them). No resident data.
      ALTER TABLE broadcasts ADD COLUMN kind text NOT NULL DEFAULT 'broadcast'; -- broadcast | narrowcast
      ALTER TABLE broadcasts ADD COLUMN target jsonb;                           -- narrowcast: the chosen conditions
      ALTER TABLE broadcasts ADD COLUMN progress jsonb;                         -- narrowcast: LINE's last progress answer
      ALTER TABLE broadcasts ADD COLUMN progress_at timestamptz;
    `,
  },
  {
    id: 6,
    name: 'alike events written together share a row',
    sql: `
      -- A row stands for n events alike in every column but the time, written in one batch
      -- (at: the first one's time); reports count with sum(n). Under load this writes a few
      -- dozen rows a second instead of one per event (see src/reports/recorder.ts).
      ALTER TABLE events ADD COLUMN n integer NOT NULL DEFAULT 1 CHECK (n > 0);
    `,
  },
  {
    id: 7,
    name: 'interrupted broadcast sends',
    sql: `
      -- A send claims its draft (status 'sending') with a claim of its own; a send that was cut
      -- off (the process stopped, the answer was never recorded) is found by the claim's age and
      -- can be sent again with the same retry key while LINE still honours it (24 hours from the
      -- first attempt). See src/broadcast/interrupted-send.ts. Operator names only, no resident data.
      ALTER TABLE broadcasts ADD COLUMN claim_id uuid;                  -- the send that holds 'sending'
      ALTER TABLE broadcasts ADD COLUMN claimed_at timestamptz;         -- when it started
      ALTER TABLE broadcasts ADD COLUMN claimed_by text;
      ALTER TABLE broadcasts ADD COLUMN first_attempt_at timestamptz;   -- the retry key's first use
      ALTER TABLE broadcasts ADD COLUMN delivery_unknown boolean NOT NULL DEFAULT false; -- an attempt ended without LINE's answer
      ALTER TABLE broadcasts ADD COLUMN replaces bigint REFERENCES broadcasts (id); -- made from a draft closed with its delivery unknown
      ALTER TABLE broadcasts ADD COLUMN closed_by text;                 -- status 'closed_unknown': who closed it, when
      ALTER TABLE broadcasts ADD COLUMN closed_at timestamptz;
      -- Drafts from before: one left in 'sending', or failed without LINE's answer, may have been
      -- delivered. Their first attempt's time is unknown; created_at is the safe bound used instead.
      UPDATE broadcasts SET delivery_unknown = true
        WHERE status = 'sending' OR (status = 'failed' AND error LIKE 'LINE に届いたかどうかわかりません%');
    `,
  },
];

/** Key of the advisory lock that serialises migrations between instances starting at once. */
const MIGRATION_LOCK = 7_240_019;

/**
 * Applies the steps not yet in `schema_migrations`, each in its own transaction, holding a
 * session-level advisory lock so that several instances starting together migrate once.
 * Returns the ids applied now.
 */
export async function migrate(store: SqlStore, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return store.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await session.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = new Set((await session.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => Number(r.id)));
      const applied: number[] = [];
      for (const step of [...migrations].sort((a, b) => a.id - b.id)) {
        if (done.has(step.id)) continue;
        await session.exec('BEGIN');
        try {
          await session.exec(step.sql);
          await session.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [step.id, step.name]);
          await session.exec('COMMIT');
        } catch (err) {
          await session.exec('ROLLBACK').catch(() => undefined);
          throw new Error(`migration ${step.id} (${step.name}) failed: ${err instanceof Error ? err.message : String(err)}`);
        }
        applied.push(step.id);
      }
      return applied;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  });
}
