#!/usr/bin/env bash
# Roster benchmark: the OptaPlanner Benchmarker over the datasets in benchmarks/roster/datasets and the solver
# configurations in solver-configs/, HTML report under target/benchmarks/, then a table per dataset.
# Usage (from anywhere): bash benchmarks/roster/run.sh [--seconds 60] [--datasets normal-week,double11-week]
#   [--configs default,peak] [--warmup 0] [--bound-seconds 60] [--out target/benchmarks]
# Needs the dependencies in ~/.m2 (one `mvn test` before). Extra JVM options: JAVA_OPTS="-Xmx3g ...".
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
exec java ${JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)" \
    io.paiban.benchmark.RosterBenchmarkRunner "$@"
