import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOf, serverNodeFlags } from '../../bench/server-node-flags.ts';

const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

/** The words of the Dockerfile's last exec-form CMD (the server's; HEALTHCHECK's CMD is a shell form). */
function dockerCmd(): string[] {
  const cmds = [...dockerfile.matchAll(/^CMD (\[.*\])\s*$/gm)];
  const last = cmds.at(-1);
  if (!last) throw new Error('Dockerfile: no exec-form CMD');
  return JSON.parse(last[1]!) as string[];
}

describe('the Node flags the server runs with', () => {
  it('are read from npm start, and the benchmark starts the bot with them', () => {
    expect(nodeFlagsOf('sh scripts/node.sh --a=1 --b src/server.ts')).toEqual(['--a=1', '--b']);
    expect(() => nodeFlagsOf('node src/other.ts')).toThrow(/src\/server\.ts/);
    // The heap setting the benchmark's p99 depends on (README "Production").
    expect(serverNodeFlags()).toContain('--initial-old-space-size=128');
  });

  it('are the same in the Docker image as with npm start', () => {
    const cmd = dockerCmd();
    expect(cmd.at(-1)).toBe('src/server.ts');
    expect(nodeFlagsOf(cmd.join(' '))).toEqual(serverNodeFlags());
  });
});
