#!/usr/bin/env bash
# Runs a command against the packaged service (target/quarkus-app/quarkus-run.jar, built by
# ./mvnw -B verify or package): a fresh embedded PostgreSQL in a temporary folder, the demo content
# and a random admin key. The command sees TONGPIN_BASE_URL and TONGPIN_ADMIN_KEY. The service is
# stopped at the end, whatever happens, and the command's exit status is this script's.
#   .ci/with-packaged-service.sh COMMAND [ARG…]
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ]; then
  echo "$jar is missing: build it with ./mvnw -B package -DskipTests" >&2
  exit 2
fi
for tool in java node curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed to run the packaged service's checks" >&2; exit 2; }
done

work=$(mktemp -d -t tongpin-packaged.XXXXXX)
service=
stop_service() {
  local status=$?
  if [ -n "$service" ] && kill -0 "$service" 2>/dev/null; then
    kill -TERM "$service" 2>/dev/null || true
    # A graceful stop also stops the embedded PostgreSQL; wait for it, then insist.
    for _ in $(seq 1 120); do kill -0 "$service" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$service" 2>/dev/null || true
  fi
  # A PostgreSQL left running by a service that did not stop cleanly: ours, by the pid in our folder.
  if [ -f "$work/data/pg/postmaster.pid" ]; then
    postmaster=$(head -1 "$work/data/pg/postmaster.pid")
    if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
      kill -INT "$postmaster" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  if [ "$status" -ne 0 ] && [ -f "$work/service.log" ]; then
    echo "== The service's log (last 60 lines)" >&2
    tail -n 60 "$work/service.log" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_service EXIT
trap 'exit 130' INT TERM

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
base="http://127.0.0.1:$port"
admin_key="tp_live_$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')"

echo "== Starting the packaged service on $base (data in $work/data)"
PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 TONGPIN_DATA_DIR="$work/data" TONGPIN_DEMO_ENABLED=true \
TONGPIN_SECURITY_BOOTSTRAP_ADMIN_KEY="$admin_key" TONGPIN_PUBLIC_URL="$base" \
  java -jar "$jar" > "$work/service.log" 2>&1 &
service=$!

ready=
for _ in $(seq 1 360); do
  kill -0 "$service" 2>/dev/null || { echo "the service stopped while starting" >&2; exit 1; }
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ]; then ready=yes; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { echo "the service was not ready within 3 minutes" >&2; exit 1; }

TONGPIN_BASE_URL="$base" TONGPIN_ADMIN_KEY="$admin_key" "$@"
