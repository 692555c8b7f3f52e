import { createInterface } from 'node:readline';
import { DataFileError } from '../data/data-file-error.ts';

/**
 * The loop of the JSON Lines commands (`classify`, `check`): one `{"text": "..."}` per input line,
 * one JSON line out per input, in order. A line that is not valid input gets `{"error": "..."}` on
 * its line, so outputs stay aligned with inputs; blank lines are skipped.
 */
export async function answerJsonLines(answer: (text: string) => object, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      output.write(JSON.stringify({ error: 'line is not JSON' }) + '\n');
      continue;
    }
    if (typeof text !== 'string') {
      output.write(JSON.stringify({ error: 'expected {"text": string}' }) + '\n');
      continue;
    }
    output.write(JSON.stringify(answer(text)) + '\n');
  }
}

/** Ends a command on a start-up error: a data error as its (Japanese) message, anything else with its stack. */
export function exitOnError(err: unknown): never {
  process.stderr.write((err instanceof DataFileError ? err.message : String(err instanceof Error ? err.stack : err)) + '\n');
  process.exit(1);
}
