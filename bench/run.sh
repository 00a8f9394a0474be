#!/usr/bin/env bash
# Delivery API benchmark: loads a realistic data set into the packaged service's embedded
# PostgreSQL, then measures with wrk (after a warm-up) the list, a single item by slug, a search
# and a 304 revalidation, next to nginx serving the same list answer as a static file (the ceiling).
# Prints requests/s, p50 and p99 for each and the service's peak RSS; writes bench/target/results.md.
#
#   bench/run.sh                  # 10,000 articles (once articles exist), 500 meetings, 300 people, 100 organizations
#   ARTICLES=2000 DURATION=10s bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
NGINX_PORT=${NGINX_PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k}
# glibc keeps up to 8 malloc arenas per core for a busy JVM's threads; two are plenty here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
ADMIN_KEY=tp_live_BenchAdminKeyOnlyForThisBenchmarkRun000000000000
WORK=$PWD/bench/target
JAR=target/quarkus-app/quarkus-run.jar

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  echo "== Installing wrk and nginx (Debian packages)"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

. bench/service.sh
package_service

rm -rf "$WORK" && mkdir -p "$WORK" && chmod 755 "$WORK"
NGINX_PID=""
cleanup() {
  stop_service
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

# The production settings: delivery needs a content key, rate limits on (the leased store). The
# bench's client may make a billion requests a minute (service.sh), so the limit is checked but never hit.
start_bench_service() {
  launch_service TONGPIN_DELIVERY_CACHE="${CACHE:-true}" TONGPIN_DEMO_ENABLED=false
}

echo "== Starting the service (creates the database)"
start_bench_service
# The embedded database asks for the password the service keeps in its data folder.
export PGPASSWORD="$(cat "$WORK/data/postgres-password")"
PSQL=(psql -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
WITH_ARTICLES=""
if [ "$("${PSQL[@]}" -tAc "select to_regclass('article') is not null")" = t ]; then
  WITH_ARTICLES="--with-articles"
fi
echo "== Loading the data set ${WITH_ARTICLES:+with $ARTICLES articles}"
python3 bench/generate.py $WITH_ARTICLES --articles "$ARTICLES" > "$WORK/data.sql"
"${PSQL[@]}" -f "$WORK/data.sql" >/dev/null
"${PSQL[@]}" -c "vacuum analyze" >/dev/null
echo "== Restarting the service (indexes the loaded content for search at start-up)"
stop_service
start_bench_service

if [ -n "$WITH_ARTICLES" ]; then
  LIST="/content/v1/articles?limit=20&include=topics"
  SLUG="/content/v1/articles/article-00001"
  SEARCH="/content/v1/search?q=%E5%85%9A%E5%BB%BA%E5%BC%95%E9%A2%86"   # 党建引领
else
  LIST="/content/v1/meetings?limit=20&include=topics"
  SLUG="/content/v1/meetings/meeting-0001"
  SEARCH="/content/v1/meetings?q=%E5%85%9A%E5%BB%BA%E5%BC%95%E9%A2%86"
fi
BASE="http://127.0.0.1:$PORT"
echo "== Creating the bench's client and content key"
CLIENT=$(curl -fs -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name":"bench","kind":"website"}' "$BASE/admin/v1/clients" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
KEY=$(curl -fs -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"kind":"content","name":"wrk"}' "$BASE/admin/v1/clients/$CLIENT/keys" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
AUTH="Authorization: Bearer $KEY"
curl -fs -H "$AUTH" "$BASE$LIST" -o "$WORK/list.json"
ETAG=$(curl -fsI -H "$AUTH" "$BASE$LIST" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

echo "== Starting nginx with the same list answer as a static file"
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
cp "$WORK/list.json" "$WORK/nginx/html/list.json"
chmod -R a+rX "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes auto;
daemon off;
error_log $WORK/nginx/logs/error.log warn;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    location / { add_header Cache-Control "public, max-age=0"; }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

measure() { # id name url [wrk options: headers (-H), a script (-s)]
  local id=$1 name=$2 url=$3
  shift 3
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency "$@")
  wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
  wrk "${args[@]}" -d"$DURATION" "$url" > "$WORK/wrk-$id.txt"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) }
    $1=="99%" { p99=ms($2) }
    /Non-2xx or 3xx/ { bad=$5 }
    END { printf "| %s | %.0f | %.2f | %.2f |%s\n", name, rps, p50, p99, (bad ? " " bad " non-2xx/3xx" : "") }
  ' "$WORK/wrk-$id.txt"
}

echo "== Warming up the JIT on every measured URL ($WARMUP each)"
for url in "$BASE$LIST" "$BASE$SLUG" "$BASE$SEARCH"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" "$url" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" -H "If-None-Match: $ETAG" "$BASE$LIST" >/dev/null
echo "== Measuring: $THREADS threads, $CONNECTIONS connections, $DURATION after $WARMUP warm-up"
{
  echo "| what | requests/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  measure nginx "nginx static list (ceiling)" "http://127.0.0.1:$NGINX_PORT/list.json"
  measure list "list: \`$LIST\`" "$BASE$LIST" -H "$AUTH"
  measure slug "by slug: \`$SLUG\`" "$BASE$SLUG" -H "$AUTH"
  measure search "search: \`$SEARCH\`" "$BASE$SEARCH" -H "$AUTH"
  measure revalidate "304 revalidation of the list" "$BASE$LIST" -H "$AUTH" -H "If-None-Match: $ETAG"
} | tee "$WORK/results.md"
RSS=$(awk '/VmHWM/{print int($2/1024)}' "/proc/$SERVICE_PID/status")

echo "== With the answer cache off: every request builds its answer"
stop_service
CACHE=false start_bench_service
curl -fs -H "$AUTH" "$BASE$SEARCH" >/dev/null
{
  measure list-uncached "list, answer cache off" "$BASE$LIST" -H "$AUTH"
  if [ -n "$WITH_ARTICLES" ]; then
    measure search-mix "search, answer cache off, 36 different queries in turn (\`bench/search-mix.lua\`)" "$BASE" \
      -H "$AUTH" -s bench/search-mix.lua
    CONNECTIONS=4 measure search-mix-4 "the same with 4 connections instead of $CONNECTIONS" "$BASE" \
      -H "$AUTH" -s bench/search-mix.lua
  fi
} | tee -a "$WORK/results.md"
echo | tee -a "$WORK/results.md"
echo "Service peak RSS (VmHWM of the java process, with the answer cache on, including the start-up indexing; PostgreSQL runs in its own processes): ${RSS} MB" | tee -a "$WORK/results.md"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{print int($2/1024/1024)}' /proc/meminfo) GB, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/results.md"
