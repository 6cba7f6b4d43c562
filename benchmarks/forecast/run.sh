#!/bin/sh
# Forecast benchmark: backtest, select and forecast 8 queues x 26 weeks of 30-minute history x 4 weeks.
# Usage (from the repository root): benchmarks/forecast/run.sh [runs]
set -e
cd "$(dirname "$0")/../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)" io.paiban.planning.forecast.DemoForecastBenchmark "$@"
