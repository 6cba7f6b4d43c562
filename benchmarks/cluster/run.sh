#!/usr/bin/env bash
# Cluster benchmark: 12 one-week roster solves submitted round-robin to 1, 2 and 3 local replicas of the packaged
# application on one MariaDB (the first replica's embedded server), timed until all are done; then, per run, how
# many jobs each replica solved and whether any job ran twice (attempts > 1, or more than one job per roster).
# Usage (from anywhere): bash benchmarks/cluster/run.sh [--seconds 8] [--jobs 12] [--replicas "1 2 3"]
# Each replica solves one job at a time (max-concurrent-solves=1); JAVA_OPTS for the replicas' JVMs (default -Xmx768m).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_JOB=8
JOBS=12
REPLICA_COUNTS="1 2 3"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) SECONDS_PER_JOB="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --replicas) REPLICA_COUNTS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f target/quarkus-app/quarkus-run.jar ]] || mvn -o -q package -DskipTests
OUT=target/cluster-benchmark
mkdir -p "$OUT"
USER_PASS="bench-admin:bench-admin-password"
MONDAY=2026-11-23
DB_PORT=$((33000 + RANDOM % 2000))
PIDS=()

stop_all() {
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap stop_all EXIT

api() { # method port path [json]
  if [[ $# -ge 4 ]]; then
    curl -sf -u "$USER_PASS" -X "$1" -H 'Content-Type: application/json' -d "$4" "http://127.0.0.1:$2$3"
  else
    curl -sf -u "$USER_PASS" -X "$1" "http://127.0.0.1:$2$3"
  fi
}

start_replica() { # index port [db-url]
  local args=(${JAVA_OPTS:--Xmx768m} -Dquarkus.http.port="$2" -Dpaiban.cluster.instance-id="replica-$1"
    -Dpaiban.security.bootstrap-admin.username=bench-admin -Dpaiban.security.bootstrap-admin.password=bench-admin-password
    -Dpaiban.demo.load-on-first-start=false -Dpaiban.roster.max-concurrent-solves=1 -Dpaiban.roster.max-queued-jobs=64
    -Dpaiban.roster.bound-seconds=1 -Dpaiban.attendance.cron=off)
  if [[ $# -ge 3 ]]; then
    args+=(-Dquarkus.datasource.jdbc.url="$3" -Dquarkus.datasource.username=root -Dquarkus.datasource.password=)
  else
    args+=(-Dpaiban.embedded-db.dir="$PWD/$OUT/mariadb" -Dpaiban.embedded-db.port="$DB_PORT")
  fi
  java "${args[@]}" -jar target/quarkus-app/quarkus-run.jar > "$OUT/replica-$1.log" 2>&1 &
  PIDS+=($!)
}

await_replica() { # index port
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$2/q/health/ready" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "replica $1 did not start; see $OUT/replica-$1.log" >&2
  exit 1
}

printf '%-9s %-6s %-12s %-22s %-9s\n' replicas jobs "wall (s)" "jobs per replica" "run twice"
for n in $REPLICA_COUNTS; do
  rm -rf "$OUT/mariadb/data"
  ports=()
  for i in $(seq 1 "$n"); do
    port=$((18080 + i + RANDOM % 500 * 4))
    ports+=("$port")
    if [[ $i -eq 1 ]]; then
      start_replica 1 "$port"
      await_replica 1 "$port" # the first replica starts the database and migrates it
    else
      start_replica "$i" "$port" "jdbc:mariadb://127.0.0.1:$DB_PORT/paiban"
    fi
  done
  for i in $(seq 2 "$n"); do
    await_replica "$i" "${ports[$((i - 1))]}"
  done
  p1=${ports[0]}
  api POST "$p1" "/api/demo?agents=40&queues=3&weeks=6&historyEnd=$MONDAY" > /dev/null
  site=$(api GET "$p1" /api/sites | jq '.[0].id')
  forecast=$(api POST "$p1" /api/forecast-runs "{\"siteId\":$site,\"horizonWeeks\":2}" | jq .id)
  staffing=$(api POST "$p1" /api/staffing-runs "{\"forecastRunId\":$forecast}" | jq .id)
  jobs=()
  for j in $(seq 1 "$JOBS"); do
    roster=$(api POST "$p1" /api/rosters "{\"siteId\":$site,\"staffingRunId\":$staffing,\"weeks\":1,\"label\":\"bench $j\"}" | jq .id)
    jobs+=("$roster")
  done
  start=$(date +%s.%N)
  for j in $(seq 0 $((JOBS - 1))); do
    port=${ports[$((j % n))]}
    api POST "$port" "/api/rosters/${jobs[$j]}/solve" "{\"timeLimitSeconds\":$SECONDS_PER_JOB}" > /dev/null
  done
  while true; do
    live=$(api GET "$p1" /api/solve-jobs | jq '[.[] | select(.status == "QUEUED" or .status == "SOLVING")] | length')
    [[ "$live" == "0" ]] && break
    sleep 0.5
  done
  end=$(date +%s.%N)
  all=$(api GET "$p1" /api/solve-jobs)
  per=$(echo "$all" | jq -r '[group_by(.owner)[] | "\(.[0].owner | sub("replica-"; "r")):\(length)"] | join(" ")')
  twice=$(echo "$all" | jq '[.[] | select(.attempts != 1 or .status != "DONE")] | length
      + ([group_by(.rosterId)[] | select(length > 1)] | length)')
  printf '%-9s %-6s %-12.1f %-22s %-9s\n' "$n" "$JOBS" "$(echo "$end - $start" | bc)" "$per" "$twice"
  stop_all
done
echo "($SECONDS_PER_JOB s per solve; measured under load on a shared machine: the point is that the work is shared and nothing runs twice)"
