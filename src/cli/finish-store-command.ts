import { ConfigError } from '../config.ts';
import { EmbeddedStoreBusyError } from '../store/store-errors.ts';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Ends a command on the report store (`npm run db`, `npm run operator`) with its exit code: the
 * command's own result; 1 with the message for the operator's mistakes (`mistakes`); 2 with the
 * message for a bad setting or an embedded store held by another process; 1 for anything else.
 */
export function finishStoreCommand(run: Promise<number>, mistakes: readonly ErrorClass[] = []): void {
  run.then(
    (code) => process.exit(code),
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${message}\n`);
      if (mistakes.some((c) => err instanceof c)) process.exit(1);
      process.exit(err instanceof ConfigError || err instanceof EmbeddedStoreBusyError ? 2 : 1);
    },
  );
}
