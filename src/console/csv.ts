import type { ExportRow } from '../reports/report-queries.ts';
import { kindOf } from './pages/intent-kinds.ts';

/** Excel reads UTF-8 only with this mark first. */
export const BOM = '\uFEFF';

function cell(value: string | number): string {
  const s = String(value);
  // Quote what CSV needs quoted; a leading = + - @ would be a formula in Excel: prefix a quote mark.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The export: one row per Japan-time day, intent (as classified), scenario (as answered), decision and input kind, with a header line.
 * `intent_kind` is the console's word for the intent's category (手口 / よくある質問 / その他), so a monthly report can total by it.
 */
export function exportCsv(rows: ExportRow[], label: (intent: string) => string): string {
  const header = ['date', 'intent', 'intent_label', 'intent_kind', 'scenario', 'decision', 'input', 'count', 'urgent', 'contains_my_number', 'group_chats', 'silent'];
  const lines = [header.join(',')];
  for (const r of rows) {
    lines.push(
      [r.date, r.intent, r.intent ? label(r.intent) : '', r.intent ? kindOf(r.intent).label : '', r.scenario, r.decision, r.input, r.count, r.urgent, r.containsMyNumber, r.groupChats, r.silent].map(cell).join(','),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
