import type { SqlSession } from '../store/sql-store.ts';
import { shiftDay } from './jst-day.ts';

/**
 * What the console shows, read from the store. Days are Japan-time dates (`YYYY-MM-DD`).
 * A "report" is a reply that answered a scenario: an answer to a message, a finished guided
 * check, a group card (meta intents — greetings, thanks, out of scope —, topics chosen from a
 * menu and messages the bot stayed silent on in a group are not reports).
 */
const REPORT = "scenario IS NOT NULL AND scenario NOT LIKE 'meta.%' AND NOT silent";
// A row of `events` stands for `n` identical events written together (see recorder.ts), so
// events are counted with sum(n), never count(*).

/** A scenario is trending at this many reports in the week and at least this multiple of its four-week average. */
export const TREND_MIN_REPORTS = 5;
export const TREND_FACTOR = 2;

export interface WeekReport {
  days: string[];
  /** intent → counts per day (same order as `days`). */
  byIntent: Map<string, number[]>;
  /** intent → weekly average over the four weeks before `days`. */
  previousWeeklyAverage: Map<string, number>;
  trending: string[];
  urgentByDay: number[];
  images: { received: number; read: number };
  groups: { messages: number; spoke: number };
  byHour: number[];
  residentsByDay: number[];
  eventsTotal: number;
  simulatorEvents: number;
  lostRecorded: number;
}

async function rows<R>(db: SqlSession, sql: string, params: unknown[]): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

/** The seven days ending with `today`, compared with the 28 days before them. */
export async function weekReport(db: SqlSession, today: string): Promise<WeekReport> {
  const days = Array.from({ length: 7 }, (_, i) => shiftDay(today, i - 6));
  const from = days[0]!;
  const prevFrom = shiftDay(from, -28);
  const prevTo = shiftDay(from, -1);
  const index = new Map(days.map((d, i) => [d, i]));

  const byIntent = new Map<string, number[]>();
  for (const r of await rows<{ day: string; intent: string; n: number }>(
    db,
    `SELECT day::text AS day, scenario AS intent, sum(n)::int AS n FROM events WHERE day BETWEEN $1 AND $2 AND ${REPORT} GROUP BY 1, 2`,
    [from, today],
  )) {
    const counts = byIntent.get(r.intent) ?? new Array<number>(7).fill(0);
    counts[index.get(r.day)!] = Number(r.n);
    byIntent.set(r.intent, counts);
  }
  const previousWeeklyAverage = new Map<string, number>();
  for (const r of await rows<{ intent: string; n: number }>(
    db,
    `SELECT scenario AS intent, sum(n)::int AS n FROM events WHERE day BETWEEN $1 AND $2 AND ${REPORT} GROUP BY 1`,
    [prevFrom, prevTo],
  )) {
    previousWeeklyAverage.set(r.intent, Number(r.n) / 4);
  }
  const trending = [...byIntent]
    .filter(([intent, counts]) => {
      const total = counts.reduce((a, b) => a + b, 0);
      return total >= TREND_MIN_REPORTS && total >= TREND_FACTOR * (previousWeeklyAverage.get(intent) ?? 0);
    })
    .map(([intent]) => intent)
    .sort();

  const urgentByDay = new Array<number>(7).fill(0);
  for (const r of await rows<{ day: string; n: number }>(
    db,
    "SELECT day::text AS day, sum(n)::int AS n FROM events WHERE day BETWEEN $1 AND $2 AND 'urgent' = ANY (flags) GROUP BY 1",
    [from, today],
  )) {
    urgentByDay[index.get(r.day)!] = Number(r.n);
  }
  const [totals] = await rows<{ images: number; images_read: number; group_messages: number; group_spoke: number; total: number; simulator: number }>(
    db,
    `SELECT coalesce(sum(n) FILTER (WHERE input = 'image'), 0)::int AS images,
            coalesce(sum(n) FILTER (WHERE input = 'image' AND intent IS NOT NULL), 0)::int AS images_read,
            coalesce(sum(n) FILTER (WHERE chat <> 'user'), 0)::int AS group_messages,
            coalesce(sum(n) FILTER (WHERE chat <> 'user' AND NOT silent), 0)::int AS group_spoke,
            coalesce(sum(n), 0)::int AS total,
            coalesce(sum(n) FILTER (WHERE source = 'simulator'), 0)::int AS simulator
       FROM events WHERE day BETWEEN $1 AND $2`,
    [from, today],
  );
  const byHour = new Array<number>(24).fill(0);
  for (const r of await rows<{ hour: number; n: number }>(
    db,
    `SELECT hour, sum(n)::int AS n FROM events WHERE day BETWEEN $1 AND $2 AND ${REPORT} GROUP BY 1`,
    [from, today],
  )) {
    byHour[Number(r.hour)] = Number(r.n);
  }
  const residentsByDay = new Array<number>(7).fill(0);
  for (const r of await rows<{ day: string; n: number }>(
    db,
    `SELECT day, sum(n)::int AS n FROM (
       SELECT day::text AS day, residents AS n FROM resident_counts WHERE day BETWEEN $1 AND $2
       UNION ALL SELECT day::text, count(*) FROM daily_residents WHERE day BETWEEN $1 AND $2 GROUP BY 1
     ) x GROUP BY day`,
    [from, today],
  )) {
    residentsByDay[index.get(r.day)!] = Number(r.n);
  }
  const [gaps] = await rows<{ lost: number }>(db, 'SELECT coalesce(sum(lost), 0)::int AS lost FROM recording_gaps WHERE at >= $1::date - 28', [from]);
  return {
    days,
    byIntent,
    previousWeeklyAverage,
    trending,
    urgentByDay,
    images: { received: Number(totals?.images ?? 0), read: Number(totals?.images_read ?? 0) },
    groups: { messages: Number(totals?.group_messages ?? 0), spoke: Number(totals?.group_spoke ?? 0) },
    byHour,
    residentsByDay,
    eventsTotal: Number(totals?.total ?? 0),
    simulatorEvents: Number(totals?.simulator ?? 0),
    lostRecorded: Number(gaps?.lost ?? 0),
  };
}

export interface FeedbackRow {
  intent: string;
  yes: number;
  no: number;
}

export interface FeedbackWeek {
  from: string;
  to: string;
  yes: number;
  no: number;
}

export interface FeedbackReport {
  /** The 7-day blocks ending `today`, oldest first. */
  weeks: { from: string; to: string }[];
  /** Per intent, all weeks together (sorted by intent ID). */
  byIntent: FeedbackRow[];
  /** All intents together, per week (same order as `weeks`). */
  byWeek: FeedbackWeek[];
  /** Per intent, per week (same order as `weeks`); only intents with at least one answer. */
  byIntentWeek: { intent: string; weeks: FeedbackWeek[] }[];
}

/** 「役に立った」 yes/no per intent and per week over `weeks` 7-day blocks ending `today` (Japan-time days; Monday-based weeks are not needed). */
export async function feedbackReport(db: SqlSession, today: string, weeks: number): Promise<FeedbackReport> {
  const from = shiftDay(today, -7 * weeks + 1);
  const blocks = Array.from({ length: weeks }, (_, i) => {
    const to = shiftDay(today, -7 * (weeks - 1 - i));
    return { from: shiftDay(to, -6), to };
  });
  const empty = () => blocks.map((b) => ({ ...b, yes: 0, no: 0 }));
  const perIntent = new Map<string, FeedbackWeek[]>();
  const byWeek = empty();
  // `back`: how many whole weeks before the block ending today (0 = the last block).
  for (const r of await rows<{ intent: string; back: number; yes: number; no: number }>(
    db,
    `SELECT intent, (($2::date - day) / 7)::int AS back,
            count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no
       FROM feedback WHERE day BETWEEN $1 AND $2 GROUP BY 1, 2`,
    [from, today],
  )) {
    const i = weeks - 1 - Number(r.back);
    const list = perIntent.get(r.intent) ?? empty();
    list[i]!.yes += Number(r.yes);
    list[i]!.no += Number(r.no);
    byWeek[i]!.yes += Number(r.yes);
    byWeek[i]!.no += Number(r.no);
    perIntent.set(r.intent, list);
  }
  const intents = [...perIntent.keys()].sort();
  const total = (list: FeedbackWeek[], key: 'yes' | 'no') => list.reduce((s, w) => s + w[key], 0);
  return {
    weeks: blocks,
    byIntent: intents.map((intent) => ({ intent, yes: total(perIntent.get(intent)!, 'yes'), no: total(perIntent.get(intent)!, 'no') })),
    byWeek,
    byIntentWeek: intents.map((intent) => ({ intent, weeks: perIntent.get(intent)! })),
  };
}

/** Out-of-scope and low-confidence messages per 7-day block ending `today`. */
export async function unansweredByWeek(db: SqlSession, today: string, weeks: number): Promise<{ from: string; to: string; outOfScope: number; lowConfidence: number }[]> {
  const out = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const to = shiftDay(today, -7 * w);
    const from = shiftDay(to, -6);
    const [r] = await rows<{ oos: number; low: number }>(
      db,
      `SELECT coalesce(sum(n) FILTER (WHERE intent = 'meta.out_of_scope'), 0)::int AS oos,
              coalesce(sum(n) FILTER (WHERE intent <> 'meta.out_of_scope' AND confidence_band = 'low'), 0)::int AS low
         FROM events WHERE day BETWEEN $1 AND $2 AND input = 'text' AND NOT silent`,
      [from, to],
    );
    out.push({ from, to, outOfScope: Number(r?.oos ?? 0), lowConfidence: Number(r?.low ?? 0) });
  }
  return out;
}

/** The kept masked texts (STORE_UNANSWERED_TEXT), newest first, not yet expired. */
export async function unansweredTexts(db: SqlSession, now: Date, limit = 200): Promise<{ at: Date; reason: string; intent: string | null; text: string; expiresAt: Date }[]> {
  return (
    await rows<{ at: Date; reason: string; intent: string | null; masked_text: string; expires_at: Date }>(
      db,
      'SELECT at, reason, intent, masked_text, expires_at FROM unanswered_texts WHERE expires_at > $1 ORDER BY at DESC LIMIT $2',
      [now, limit],
    )
  ).map((r) => ({ at: r.at, reason: r.reason, intent: r.intent, text: r.masked_text, expiresAt: r.expires_at }));
}

export interface ExportRow {
  date: string;
  intent: string;
  scenario: string;
  decision: string;
  input: string;
  count: number;
  urgent: number;
  containsMyNumber: number;
  groupChats: number;
  silent: number;
}

/** Daily counts by intent, decision and input kind in [from, to] (Japan-time days), for the CSV. */
export async function exportRows(db: SqlSession, from: string, to: string): Promise<ExportRow[]> {
  return (
    await rows<{ date: string; intent: string; scenario: string; decision: string; input: string; n: number; urgent: number; my_number: number; groups: number; silent: number }>(
      db,
      `SELECT day::text AS date, coalesce(intent, '') AS intent, coalesce(scenario, '') AS scenario, coalesce(decision, '') AS decision, input,
              sum(n)::int AS n,
              coalesce(sum(n) FILTER (WHERE 'urgent' = ANY (flags)), 0)::int AS urgent,
              coalesce(sum(n) FILTER (WHERE 'contains_my_number' = ANY (flags)), 0)::int AS my_number,
              coalesce(sum(n) FILTER (WHERE chat <> 'user'), 0)::int AS groups,
              coalesce(sum(n) FILTER (WHERE silent), 0)::int AS silent
         FROM events WHERE day BETWEEN $1 AND $2
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      [from, to],
    )
  ).map((r) => ({
    date: r.date,
    intent: r.intent,
    scenario: r.scenario,
    decision: r.decision,
    input: r.input,
    count: Number(r.n),
    urgent: Number(r.urgent),
    containsMyNumber: Number(r.my_number),
    groupChats: Number(r.groups),
    silent: Number(r.silent),
  }));
}
