import { Agent, setGlobalDispatcher } from 'undici';

/**
 * The LINE SDK sends with the global `fetch`, which takes no deadline from the SDK's callers.
 * This gives every fetch of the process (only the SDK's, here) connect, header and body
 * timeouts, so a hung LINE API cannot keep sockets open (undici's own default is 300 s).
 * The reply path also races each attempt against its own timer, so it gives up on time;
 * this makes sure the abandoned socket is closed too (undici checks its timers about once
 * a second, so the close can come up to a second later).
 */
export function limitOutboundFetch(timeoutMs: number): void {
  setGlobalDispatcher(
    new Agent({
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 30_000,
      connections: 128,
    }),
  );
}
