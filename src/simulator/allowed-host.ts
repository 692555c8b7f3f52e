/**
 * Which `Host` headers the simulator answers (against DNS rebinding: a page on an attacker's
 * domain whose name is made to resolve to 127.0.0.1 would otherwise reach the simulator's API
 * from the resident's or operator's own browser).
 *
 * Listening on loopback (the default): only loopback names, with any port — `localhost`,
 * `127.0.0.1` (any 127.x.y.z), `[::1]`. Opened with SIMULATOR_HOST: `0.0.0.0` or `::` accepts
 * any name (it was opened to every network on purpose); another address or name accepts that
 * one besides the loopback names.
 */
export function allowedHostCheck(listenHost: string): (hostHeader: string | undefined) => boolean {
  const listen = listenHost.trim().toLowerCase();
  if (listen === '0.0.0.0' || listen === '::' || listen === '[::]') return () => true;
  const extra = isLoopbackName(listen) ? null : stripBrackets(listen);
  return (hostHeader) => {
    if (hostHeader === undefined) return false;
    const name = hostName(hostHeader);
    if (name === null) return false;
    return isLoopbackName(name) || (extra !== null && name === extra);
  };
}

/** The name part of a Host header (lower case, IPv6 without brackets), or null when it is malformed. */
function hostName(hostHeader: string): string | null {
  const value = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  const plain = /^([a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value);
  if (plain) return plain[1]!.replace(/\.$/, '');
  return null;
}

function isLoopbackName(name: string): boolean {
  const bare = stripBrackets(name);
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

function stripBrackets(name: string): string {
  return name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
}
