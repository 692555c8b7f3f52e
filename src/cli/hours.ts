/**
 * `npm run -s hours -- --at <ISO-8601> [--deployment <id>] [--data-dir <dir>]`
 *
 * Prints one JSON object keyed by contact ID (national, then the deployment's `local_*`):
 * `{"open": bool, "closesAt": ISO|null, "nextOpen": ISO|null}`, instants in +09:00.
 * A contact whose hours are not known at that instant (188 on a weekday without a
 * deployment) prints `open: false` with both instants null.
 * Without `--at`, now. `--at` without an offset is read as Japan time.
 * Bad arguments or data: a message on stderr, exit 2. This output is a public interface.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContactDirectory } from '../contacts/contact-directory.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { toJstIso } from '../hours/jst.ts';
import { openingStatus } from '../hours/opening-status.ts';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));
const USAGE = 'usage: hours [--at <ISO-8601 date-time>] [--deployment <id>] [--data-dir <dir>]';
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** One contact's status as printed. */
interface PrintedStatus {
  open: boolean;
  closesAt: string | null;
  nextOpen: string | null;
}

/** Parses `--at`: ISO 8601 date and time, offset optional (Japan time when absent). */
export function parseInstant(text: string): Date | null {
  if (!ISO_DATE_TIME.test(text)) return null;
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d || Number(text.slice(11, 13)) > 23) return null;
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}+09:00`;
  const at = new Date(withOffset);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** What the command prints: the JSON on standard output (exit 0), or a message for standard error (exit 2). */
export type HoursOutcome = { ok: true; json: string } | { ok: false; message: string };

/**
 * The command without its process: arguments and the current instant in, what to print out.
 * It reads the data files but holds no state, so tests run it in-process (under any TZ).
 */
export function hoursCommand(argv: readonly string[], now: Date = new Date()): HoursOutcome {
  const fail = (message: string): HoursOutcome => ({ ok: false, message: `hours: ${message}\n${USAGE}\n` });
  let values: { at?: string | undefined; deployment?: string | undefined; 'data-dir'?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { at: { type: 'string' }, deployment: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return fail((err as Error).message);
  }
  const at = values.at === undefined ? now : parseInstant(values.at);
  if (at === null) return fail(`--at "${values.at}" is not an ISO 8601 date and time like 2026-01-04T09:30:00+09:00`);

  let directory;
  try {
    directory = loadContactDirectory(values['data-dir'] ?? DEFAULT_DATA_DIR, values.deployment ?? null);
  } catch (err) {
    if (err instanceof DataFileError) return fail(err.message);
    throw err;
  }
  const out: Record<string, PrintedStatus> = {};
  for (const [id, contact] of directory.contacts) {
    const s = openingStatus(contact.hours, at);
    out[id] = {
      open: s.open,
      closesAt: s.closesAt ? toJstIso(s.closesAt) : null,
      nextOpen: s.nextOpen ? toJstIso(s.nextOpen) : null,
    };
  }
  return { ok: true, json: `${JSON.stringify(out, null, 2)}\n` };
}

function main(argv: readonly string[]): void {
  const outcome = hoursCommand(argv);
  if (outcome.ok) {
    process.stdout.write(outcome.json);
  } else {
    process.stderr.write(outcome.message);
    process.exitCode = 2;
  }
}

if (import.meta.main) main(process.argv.slice(2));
