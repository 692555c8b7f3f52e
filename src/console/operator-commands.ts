import type { SqlStore } from '../store/sql-store.ts';
import { addOperator, listOperators, OperatorError, removeOperator } from './operators.ts';

/** One `npm run operator` command, as the command line gives it (also sent over the operator socket). */
export type OperatorCommand =
  | { command: 'add'; name: string; role: string; password: string }
  | { command: 'remove'; name: string }
  | { command: 'list' };

/** What the command prints and its exit code (0 done, 1 refused). */
export interface OperatorOutcome {
  code: 0 | 1;
  out: string;
  err: string;
}

/** Runs an operator command against an open store; the operator's mistakes become exit 1 with the message. */
export async function runOperatorCommand(store: SqlStore, cmd: OperatorCommand, now: Date = new Date()): Promise<OperatorOutcome> {
  try {
    if (cmd.command === 'add') {
      const op = await addOperator(store, cmd.name, cmd.role, cmd.password, null);
      return { code: 0, out: `アカウント「${op.name}」（${op.role}）を追加しました。\n`, err: '' };
    }
    if (cmd.command === 'remove') {
      const removed = await removeOperator(store, cmd.name, null);
      return removed
        ? { code: 0, out: `アカウント「${cmd.name}」を削除しました。\n`, err: '' }
        : { code: 1, out: `アカウント「${cmd.name}」はありません。\n`, err: '' };
    }
    const list = await listOperators(store);
    if (list.length === 0) return { code: 0, out: 'アカウントはまだありません。\n', err: '' };
    const lines = list.map((op) => {
      const locked = op.lockedUntil && op.lockedUntil.getTime() > now.getTime() ? `  （${op.lockedUntil.toISOString()} までロック中）` : '';
      return `${op.name}\t${op.role}${locked}\n`;
    });
    return { code: 0, out: lines.join(''), err: '' };
  } catch (err) {
    if (err instanceof OperatorError) return { code: 1, out: '', err: `${err.message}\n` };
    throw err;
  }
}

/** Checks the shape of a command that arrived over the socket (never trusts it blindly). */
export function parseOperatorCommand(value: unknown): OperatorCommand | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const str = (x: unknown): x is string => typeof x === 'string' && x.length <= 1024;
  if (v['command'] === 'list') return { command: 'list' };
  if (v['command'] === 'remove' && str(v['name'])) return { command: 'remove', name: v['name'] };
  if (v['command'] === 'add' && str(v['name']) && str(v['role']) && str(v['password'])) {
    return { command: 'add', name: v['name'], role: v['role'], password: v['password'] };
  }
  return null;
}
