#!/bin/sh
# Builds the Docker image and proves that it starts and works as README "Production" says:
#   1. without LINE credentials: the simulator answers a message through the published port;
#   2. with LINE credentials: /readyz 200, a signed webhook is accepted, `npm run operator` works
#      inside the running container (embedded store, through the server's operator socket), the
#      console answers on ADMIN_HOST=0.0.0.0, and the report store sits on a named volume;
#   3. `docker stop` (SIGTERM) ends each container with exit code 0.
# Needs a Docker daemon. Where Docker Hub cannot be reached, build the base image first with
# scripts/docker-local-base.sh. Usage: sh scripts/docker-smoke.sh   (IMAGE=… to name the image)
set -eu
IMAGE=${IMAGE:-scam-guard:smoke}
SECRET=0123456789abcdef0123456789abcdef
NAME=scam-guard-smoke-$$
VOLUME=$NAME-db
cd "$(dirname "$0")/.."

fail() { echo "docker-smoke: FAILED: $*" >&2; docker logs "$NAME" 2>&1 | tail -20 >&2 || true; cleanup; exit 1; }
cleanup() { docker rm -f "$NAME" >/dev/null 2>&1 || true; docker volume rm "$VOLUME" >/dev/null 2>&1 || true; }
now() { date +%s.%N; }
# wait_ready PORT: until /readyz answers 200 (90 s at most); prints the seconds it took
wait_ready() {
  start=$(now)
  i=0
  while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/readyz" || true)" != 200 ]; do
    i=$((i + 1)); [ $i -lt 900 ] || fail "/readyz did not answer 200 within 90 s"
    sleep 0.1
  done
  awk "BEGIN { printf \"%.1f\", $(now) - $start }"
}
stop_with_exit_0() {
  docker stop -t 15 "$NAME" >/dev/null
  code=$(docker inspect -f '{{.State.ExitCode}}' "$NAME")
  [ "$code" = 0 ] || fail "docker stop: the server exited with $code, not 0"
  docker rm "$NAME" >/dev/null
}
port_of() { docker port "$NAME" "$1" | head -1 | sed 's/.*://'; }

trap cleanup INT TERM
docker build --network host -t "$IMAGE" . >/tmp/docker-smoke-build.log 2>&1 || { tail -30 /tmp/docker-smoke-build.log >&2; fail "docker build (log: /tmp/docker-smoke-build.log)"; }
echo "docker-smoke: image $IMAGE built ($(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%d MB", $1/1e6}'))"

# 1. Simulator mode
docker run -d --name "$NAME" -p 127.0.0.1:0:3000 "$IMAGE" >/dev/null
P=$(port_of 3000)
echo "docker-smoke: simulator mode ready in $(wait_ready "$P") s (from docker run)"
answer=$(curl -s -X POST -H 'content-type: application/json' \
  -d '{"type":"text","text":"市役所の者ですがマイナンバーカードの更新で手数料が必要と電話がありました"}' \
  "http://127.0.0.1:$P/simulator/api/events")
echo "$answer" | grep -q '"type":"flex"' || fail "the simulator gave no flex reply: $(echo "$answer" | head -c 300)"
stop_with_exit_0
echo "docker-smoke: simulator answered with a flex reply; docker stop exited 0"

# 2. LINE mode, the console opened on the container's address, the embedded store on a volume
docker volume create "$VOLUME" >/dev/null
docker run -d --name "$NAME" -e LINE_CHANNEL_SECRET=$SECRET -e LINE_CHANNEL_ACCESS_TOKEN=smoke-test-token \
  -e LINE_API_BASE_URL=http://127.0.0.1:9 -e ADMIN_HOST=0.0.0.0 -v "$VOLUME:/app/var/db" \
  -p 127.0.0.1:0:3000 -p 127.0.0.1:0:3001 "$IMAGE" >/dev/null
P=$(port_of 3000)
A=$(port_of 3001)
echo "docker-smoke: LINE mode ready in $(wait_ready "$P") s (from docker run)"
body='{"destination":"U0","events":[]}'
sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64)
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' -H "x-line-signature: $sig" -d "$body" "http://127.0.0.1:$P/webhook")
[ "$code" = 200 ] || fail "signed webhook answered $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' -H "x-line-signature: AAAA" -d "$body" "http://127.0.0.1:$P/webhook")
[ "$code" = 401 ] || fail "a webhook with a wrong signature answered $code, not 401"
# The store opens after ready; the operator socket with it.
i=0
until printf 'correct-horse-battery-staple\n' | docker exec -i "$NAME" npm run -s operator -- add smoke --role admin >/tmp/docker-smoke-op.log 2>&1; do
  i=$((i + 1)); [ $i -lt 30 ] || fail "npm run operator in the running container: $(cat /tmp/docker-smoke-op.log)"
  sleep 1
done
docker exec "$NAME" npm run -s operator -- list | grep -q '^smoke	admin' || fail "npm run operator -- list does not show the account"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A/admin/login")
[ "$code" = 200 ] || fail "the console's login page answered $code"
stop_with_exit_0
echo "docker-smoke: LINE mode: webhook signatures checked, npm run operator worked in the running container, console login page 200; docker stop exited 0"
cleanup
echo "docker-smoke: passed"
