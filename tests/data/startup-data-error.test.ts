import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';

/**
 * A broken data file at start-up (#17 item 16): the server refuses to start and the operator
 * reads each problem once, in Japanese, with the contact named by its id — it used to be printed
 * twice (inside the fatal JSON log line and again on stderr), in English, as contacts[6].
 * Runs the real server from a copy of the project whose data/contacts.yaml has a wrong tel: link.
 */
const copy = mkdtempSync(join(tmpdir(), 'startup-data-error-'));
for (const dir of ['src', 'data', 'intents']) cpSync(join(PROJECT_ROOT, dir), join(copy, dir), { recursive: true });
for (const file of ['package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, file), join(copy, file));
symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'));
const contacts = join(copy, 'data', 'contacts.yaml');
const goodContacts = readFileSync(contacts, 'utf8');
writeFileSync(contacts, goodContacts.replace('tel: tel:0120210364', 'tel: tel:0120210365'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('start-up with a broken data file', () => {
  it('exits 1 and shows the problem once, in Japanese, naming the contact by its id', () => {
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'info', HOME: copy };
    const run = spawnSync(process.execPath, [join(copy, 'src', 'server.ts')], { cwd: copy, env, encoding: 'utf8', timeout: 60_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output.split('"tel:0120210365"').length - 1).toBe(1);
    expect(output).toContain('contacts[id: intl_call_block].numbers[0].tel');
    expect(output).not.toMatch(/contacts\[\d+\]/);
    expect(output).toContain('データファイル data/contacts.yaml に誤りがあります');
  }, 90_000);

  it('also refuses a broken data/screen-chrome.yaml (read by the image-reading threads), naming the field', () => {
    writeFileSync(contacts, goodContacts);
    const chrome = join(copy, 'data', 'screen-chrome.yaml');
    writeFileSync(chrome, `${readFileSync(chrome, 'utf8')}\nunknownField: 1\n`);
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'info', HOME: copy };
    const run = spawnSync(process.execPath, [join(copy, 'src', 'server.ts')], { cwd: copy, env, encoding: 'utf8', timeout: 60_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).toContain('データファイル data/screen-chrome.yaml に誤りがあります');
    expect(output).toContain('unknownField');
  }, 90_000);
});
