#!/usr/bin/env bash
# Import benchmark: posts a ~30,000-character damaged story (bench/damaged_text.py: Traditional
# characters with pinyin, mixed punctuation, boilerplate, GBK and Latin-1 mis-decodings, ? and
# U+FFFD) to POST /admin/v1/imports on the packaged service, after a warm-up, many times, and
# reports the time of each answer (min, median, p90, max). Target: under a second.
# Writes bench/target/import-results.md.
#
#   bench/import.sh                     # 30,000 characters, 5 warm-up and 30 measured imports
#   CHARS=60000 RUNS=10 SKIP_BUILD=1 bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CHARS=${CHARS:-30000}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-5}
PORT=${PORT:-18090}
DB_PORT=${DB_PORT:-15442}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
ADMIN_KEY=tp_live_BenchAdminKeyOnlyForThisBenchmarkRun000000000000
WORK=$PWD/bench/target/import
JAR=target/quarkus-app/quarkus-run.jar

. bench/service.sh
package_service
start_service TONGPIN_DEMO_ENABLED=true

python3 bench/damaged_text.py "$CHARS" > "$WORK/body.json"
post() {
  curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $ADMIN_KEY" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "http://127.0.0.1:$PORT/admin/v1/imports"
}
echo "== Warm-up ($WARMUP imports)"
for _ in $(seq 1 "$WARMUP"); do post >/dev/null; done
echo "== Measuring ($RUNS imports of $CHARS characters)"
: > "$WORK/times.txt"
for _ in $(seq 1 "$RUNS"); do
  read -r status seconds < <(post)
  [ "$status" = 201 ] || { echo "import answered $status" >&2; cat "$WORK/answer.json" >&2; exit 1; }
  echo "$seconds" >> "$WORK/times.txt"
done

SUMMARY=$(python3 - "$WORK/times.txt" "$WORK/answer.json" <<'PY'
import json, statistics, sys
times = sorted(float(line) * 1000 for line in open(sys.argv[1]))
answer = json.load(open(sys.argv[2]))
p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
print(f"min {times[0]:.0f} ms, median {statistics.median(times):.0f} ms, p90 {p90:.0f} ms, max {times[-1]:.0f} ms"
      f" over {len(times)} imports; {len(answer['report']['changes'])} changes, {len(answer['warnings'])} warnings")
PY
)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')
{
  echo "| date | machine | text | imports | result |"
  echo "|---|---|---|---|---|"
  echo "| $(date -u +%Y-%m-%d) | $(nproc) × $CPU, $(free -g | awk '/Mem:/ {print $2}') GB | $CHARS characters, damaged | $RUNS (after $WARMUP) | $SUMMARY |"
} > bench/target/import-results.md
echo "$SUMMARY"
cat bench/target/import-results.md
