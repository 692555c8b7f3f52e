#!/bin/sh
# For machines that reach Debian's and npm's registries but not Docker Hub: builds a stand-in for
# the Dockerfile's base image `node:24-slim` (Debian bookworm, minbase, + Node 24 and npm with a
# user `node`, uid 1000, as the official image has) and tags it so `docker build` uses it. Needs
# root and debootstrap (apt-get install debootstrap). The official image is what production should use.
set -eu
ROOTFS=${ROOTFS:-/tmp/scam-guard-base-rootfs}
cd "$(dirname "$0")/.."
sh scripts/node.sh -e '' # brings Node 24 into .ci/.node where the system's is older
NODE_BIN=$(sh scripts/node.sh -p 'process.execPath')
rm -rf "$ROOTFS"
debootstrap --variant=minbase bookworm "$ROOTFS" http://deb.debian.org/debian >/tmp/docker-local-base.log 2>&1
cp "$NODE_BIN" "$ROOTFS/usr/local/bin/node"
PATH="$(dirname "$NODE_BIN"):$PATH" npm install -g --prefix "$ROOTFS/usr/local" npm@11 --no-audit --no-fund >/dev/null
chroot "$ROOTFS" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
# A machine behind a TLS-inspecting proxy: its CA bundle, so npm inside the build trusts it.
cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt" 2>/dev/null || true
rm -rf "$ROOTFS/var/lib/apt/lists/"*
tar -C "$ROOTFS" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  -c 'CMD ["node"]' - node:24-slim >/dev/null
rm -rf "$ROOTFS"
echo "docker-local-base: node:24-slim built locally ($("$NODE_BIN" -v), Debian bookworm minbase)"
