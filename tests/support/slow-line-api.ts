import { spawn, type ChildProcess } from 'node:child_process';

export interface SlowLineApi {
  baseUrl: string;
  /** The reply tokens received so far, in order (a token twice = a reply sent twice). */
  tokens(): Promise<string[]>;
  close(): void;
  proc: ChildProcess;
}

/**
 * A stand-in LINE API in a process of its own (the bot's pipeline keeps this process busy,
 * and an API sharing its event loop would answer late for that reason alone): answers every
 * reply after `latencyMs`, and lists the reply tokens it received at GET /tokens.
 */
export async function startSlowLineApi(latencyMs: number): Promise<SlowLineApi> {
  const script = `
    const http = require('node:http');
    const tokens = [];
    const server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/tokens') return res.end(JSON.stringify(tokens));
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        try { tokens.push(JSON.parse(Buffer.concat(chunks).toString()).replyToken); } catch { tokens.push(null); }
        setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"sentMessages":[]}'); }, ${latencyMs});
      });
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const proc = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => proc.stdout!.once('data', (c: Buffer) => resolve(c.toString().trim())));
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    proc,
    tokens: async () => (await (await fetch(`${baseUrl}/tokens`)).json()) as string[],
    close: () => proc.kill(),
  };
}

