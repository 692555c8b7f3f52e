/**
 * `npm run richmenu -- <command> [--data-dir <dir>]`
 *
 *   print    print the RichMenuRequest JSON built from data/richmenu/richmenu.yaml
 *   render   draw data/richmenu/richmenu.png from the YAML (`npm run build:richmenu`);
 *            with --check, only verify the committed PNG is current (exit 1 if not)
 *   deploy   create the rich menu on LINE, upload the committed PNG, set it as the default
 *            (LINE_CHANNEL_ACCESS_TOKEN and LINE_CHANNEL_SECRET; LINE_API_BASE_URL and
 *            LINE_DATA_API_BASE_URL for another endpoint)
 *
 * The PNG is committed (≤ 1 MB) so deploying needs no renderer; a test re-renders it and
 * fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { loadContacts } from '../contacts/load-contacts.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { loadReplyContent } from '../content/load-reply-content.ts';
import { deployRichMenu } from '../richmenu/deploy-richmenu.ts';
import { RICHMENU_DIR, RICHMENU_IMAGE, loadRichMenu } from '../richmenu/load-richmenu.ts';
import { richMenuRequest } from '../richmenu/richmenu-definition.ts';
import { richMenuSvg } from '../richmenu/richmenu-svg.ts';

/** Where the CLI writes and which environment it reads (tests pass their own). */
export interface CliIo {
  env?: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: richmenu <print|render|deploy> [--data-dir <dir>] [--check]';
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** Runs one command; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { 'data-dir': { type: 'string' }, check: { type: 'boolean' } } });
  } catch (err) {
    io.err(`richmenu: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const command = parsed.positionals[0];
  const dataDir = parsed.values['data-dir'] ?? DEFAULT_DATA_DIR;
  const imagePath = join(dataDir, RICHMENU_DIR, RICHMENU_IMAGE);
  try {
    const content = loadReplyContent(dataDir, new Set(loadContacts(dataDir).map((c) => c.id)));
    const menu = loadRichMenu(dataDir, content);
    switch (command) {
      case 'print':
        io.out(JSON.stringify(richMenuRequest(menu), null, 2));
        return 0;
      case 'render':
        return await render(richMenuSvg(menu), imagePath, parsed.values.check === true, io);
      case 'deploy': {
        const config = loadConfig(io.env);
        if (!config.line) {
          io.err('richmenu deploy: set LINE_CHANNEL_ACCESS_TOKEN and LINE_CHANNEL_SECRET');
          return 2;
        }
        const id = await deployRichMenu(
          { channelAccessToken: config.line.channelAccessToken, apiBaseUrl: config.lineApiBaseUrl, dataApiBaseUrl: config.lineDataApiBaseUrl },
          richMenuRequest(menu),
          readFileSync(imagePath),
        );
        io.out(`rich menu ${id} created, image uploaded, set as default`);
        return 0;
      }
      default:
        io.err(USAGE);
        return 2;
    }
  } catch (err) {
    io.err(err instanceof DataFileError ? err.message : `richmenu ${command ?? ''}: ${(err as Error).message}`);
    return 1;
  }
}

async function render(svg: string, imagePath: string, check: boolean, io: CliIo): Promise<number> {
  const { renderPng } = await import('../richmenu/render-image.ts');
  const png = renderPng(svg);
  if (check) {
    let current: Buffer | null = null;
    try {
      current = readFileSync(imagePath);
    } catch {
      current = null;
    }
    if (current && current.equals(png)) {
      io.out(`${imagePath} is current`);
      return 0;
    }
    io.err(`${imagePath} is stale or missing: run npm run build:richmenu and commit it`);
    return 1;
  }
  writeFileSync(imagePath, png);
  io.out(`wrote ${imagePath} (${png.length} bytes)`);
  return 0;
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) });
  process.exitCode = code;
}
