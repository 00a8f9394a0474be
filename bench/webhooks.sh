#!/usr/bin/env bash
# Webhook benchmark: starts the packaged service (receivers on 127.0.0.1 allow-listed) and runs
# bench/webhooks.py: publish-to-receiver latency (p50, p99) one publish at a time, then deliveries
# per second for CHANGES publishes from parallel callers, with lost and duplicated ids counted and
# every signature verified by the published algorithm; then the same number of publishes fail while the
# receiver is down (one retry, then dead) and are redelivered at once: the rate of draining a backlog.
# Targets: p50 under 200 ms, 500 deliveries/s,
# zero lost, zero duplicated. Writes bench/target/webhooks-results.json.
#
#   bench/webhooks.sh                          # 50 latency runs, 1,000 changes, 16 callers
#   CHANGES=200 SKIP_BUILD=1 bench/webhooks.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LATENCY_RUNS=${LATENCY_RUNS:-50}
CHANGES=${CHANGES:-1000}
CALLERS=${CALLERS:-16}
PORT=${PORT:-18091}
DB_PORT=${DB_PORT:-15443}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
ADMIN_KEY=tp_live_BenchAdminKeyOnlyForThisBenchmarkRun000000000000
WORK=$PWD/bench/target/webhooks
JAR=target/quarkus-app/quarkus-run.jar

. bench/service.sh
package_service
start_service TONGPIN_WEBHOOKS_ALLOWED_TARGETS=127.0.0.1/32 TONGPIN_WEBHOOKS_RETRY_DELAYS="${TONGPIN_WEBHOOKS_RETRY_DELAYS:-1s}" TONGPIN_DEMO_ENABLED=false

echo "== Measuring ($LATENCY_RUNS single publishes, then $CHANGES publishes from $CALLERS callers)"
python3 bench/webhooks.py "http://127.0.0.1:$PORT" "$ADMIN_KEY" "$LATENCY_RUNS" "$CHANGES" "$CALLERS" | tee bench/target/webhooks-results.json
