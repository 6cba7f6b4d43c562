#!/usr/bin/env bash
# Public benchmark: the Shift Scheduling Benchmark instances of Curtois & Qu solved with the OptaPlanner model in
# src/test/java/io/paiban/benchmark/publicbench, each result checked by an independent evaluator.
# Usage (from anywhere): bash benchmarks/public/run.sh [instances] [seconds] [--dir DIR] [--out DIR] [--config XML] [--seed N]
#   instances: 1-8 (default), 1,3,5 or paths to instance files; seconds per instance: 60 (default)
#   --dir: folder of InstanceN.txt files, default ../shared/benchmarks/curtois-qu (relative to the project)
# Extra JVM options: JAVA_OPTS="-Xmx2g ...".
set -euo pipefail
cd "$(dirname "$0")/../.."
# The plugin version is pinned so that an offline build resolves it; the first run fetches it if ~/.m2 lacks it.
CLASSPATH_GOAL="org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath"
MVN_ARGS=(-q test-compile "$CLASSPATH_GOAL" -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test)
mvn -o "${MVN_ARGS[@]}" 2>/dev/null || mvn "${MVN_ARGS[@]}"
exec java ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)" \
    io.paiban.benchmark.publicbench.PublicBenchmarkRunner "$@"
