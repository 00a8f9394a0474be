# Sourced by the bench scripts that measure one packaged service: packages it unless SKIP_BUILD=1
# and a jar exists, starts the jar with a bootstrap admin key, no client rate limit and its data in
# $WORK, waits until it is ready, and stops it when the script exits.
# Needs JAR, WORK, PORT, DB_PORT, ADMIN_KEY and JAVA_OPTS.

package_service() {
  if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$JAR" ]; then
    echo "== Packaging the service"
    ./mvnw -B -q package -DskipTests
  fi
}

SERVICE_PID=""
stop_service() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true; }

# start_service [NAME=value ...]: a fresh $WORK, then launch_service; stopped when the script exits.
start_service() {
  echo "== Starting the service"
  rm -rf "$WORK" && mkdir -p "$WORK"
  trap stop_service EXIT
  launch_service "$@"
}

# launch_service [NAME=value ...]: starts the jar on the data already in $WORK (more settings as
# environment variables) and waits until it is ready.
launch_service() {
  # JAVA_OPTS is split into its words on purpose.
  # shellcheck disable=SC2086
  env TONGPIN_SECURITY_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" TONGPIN_RATE_LIMIT_CLIENT=1000000000 \
    TONGPIN_DATA_DIR="$WORK/data" TONGPIN_EMBEDDED_DB_PORT="$DB_PORT" PORT="$PORT" "$@" \
    java $JAVA_OPTS -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 0.5
  done
  echo "the service was not ready after 10 minutes" >&2
  exit 1
}
