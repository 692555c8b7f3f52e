/**
 * Operator accounts of the console (works with the embedded store and with PostgreSQL,
 * whether or not the server runs). The embedded store can be open in one process only: while
 * the server holds it, the command is sent to the server over its operator socket in the
 * store's folder (see console/operator-socket.ts), which runs it the same way.
 *
 *   npm run operator -- add NAME --role viewer|editor|admin   (password from standard input, ≥ 12 characters)
 *   npm run operator -- remove NAME
 *   npm run operator -- list
 *
 * Exit 0 done, 1 refused (message in Japanese), 2 bad usage or store busy.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openStore, storeSettingsFrom } from '../store/open-store.ts';
import { EmbeddedStoreBusyError } from '../store/store-errors.ts';
import { finishStoreCommand } from './finish-store-command.ts';
import { OperatorError } from '../console/operators.ts';
import { runOperatorCommand, type OperatorCommand } from '../console/operator-commands.ts';
import { askOperatorSocket, operatorSocketPath } from '../console/operator-socket.ts';
import { ROLES } from '../console/roles.ts';
import { passwordProblem } from '../console/passwords.ts';

const USAGE = 'usage: npm run operator -- add NAME --role viewer|editor|admin  |  remove NAME  |  list';

/** The password: one line from standard input (typed without echo on a terminal, or piped). */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    process.stderr.write('パスワード（12文字以上、表示されません）: ');
    stdin.setRawMode(true);
    stdin.resume();
    return new Promise((resolve, reject) => {
      let value = '';
      stdin.on('data', (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            process.stderr.write('\n');
            return resolve(value);
          }
          if (ch === '\u0003') return reject(new Error('中止しました。'));
          if (ch === '\u007f') value = [...value].slice(0, -1).join('');
          else value += ch;
        }
      });
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' } } });
  const [command, name] = positionals;
  if (!((command === 'add' && name && values.role) || (command === 'remove' && name) || command === 'list')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command === 'add' && !(ROLES as readonly string[]).includes(values.role ?? '')) {
    process.stderr.write(`役割（--role）は ${ROLES.join('・')} のどれかです。\n`);
    return 2;
  }
  const password = command === 'add' ? await readPassword() : '';
  // Refused before the store is opened (opening the embedded one takes seconds).
  const problem = command === 'add' ? passwordProblem(password, name!) : null;
  if (problem) throw new OperatorError(problem);
  const cmd: OperatorCommand =
    command === 'add' ? { command, name: name!, role: values.role!, password } : command === 'remove' ? { command, name: name! } : { command: 'list' };
  const config = loadConfig();
  const settings = { ...storeSettingsFrom(config), databasePoolMax: 1 };
  let store;
  try {
    // A command has nothing else to do meanwhile: the embedded PostgreSQL runs on this thread, no worker (~0.3 s of CPU less).
    store = await openStore(settings, { embeddedThread: 'here' });
  } catch (err) {
    // The running server holds the embedded store: it runs the command for us, if it listens.
    if (!(err instanceof EmbeddedStoreBusyError)) throw err;
    const answer = await askOperatorSocket(operatorSocketPath(settings.embeddedDbDir), cmd);
    if (!answer) throw err;
    process.stdout.write(answer.out);
    process.stderr.write(answer.err);
    return answer.code;
  }
  try {
    const outcome = await runOperatorCommand(store, cmd);
    process.stdout.write(outcome.out);
    process.stderr.write(outcome.err);
    return outcome.code;
  } finally {
    await store.close();
  }
}

finishStoreCommand(main(), [OperatorError]);
