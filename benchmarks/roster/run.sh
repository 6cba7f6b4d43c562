#!/usr/bin/env bash
# Roster benchmark: the OptaPlanner Benchmarker over the datasets in benchmarks/roster/datasets and the solver
# configurations in solver-configs/, HTML report under target/benchmarks/, then a table per dataset.
# Usage (from anywhere): bash benchmarks/roster/run.sh [--seconds 60] [--datasets normal-week,double11-week]
#   [--configs default,peak] [--warmup 0] [--bound-seconds 60] [--out target/benchmarks]
#   [--log-level INFO] (the runner sets OptaPlanner's logging level: with no configuration the JBoss binding logs at
#   TRACE, which costs speed, see docs/benchmarks.md)
# Extra JVM options: JAVA_OPTS="-Xmx3g ...".
set -euo pipefail
cd "$(dirname "$0")/../.."
# The plugin version is pinned so that an offline build resolves it; the first run fetches it if ~/.m2 lacks it.
CLASSPATH_GOAL="org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath"
MVN_ARGS=(-q test-compile "$CLASSPATH_GOAL" -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test)
mvn -o "${MVN_ARGS[@]}" 2>/dev/null || mvn "${MVN_ARGS[@]}"
exec java ${JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)" \
    io.paiban.benchmark.RosterBenchmarkRunner "$@"
