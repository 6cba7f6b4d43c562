#!/bin/sh
# Forecast benchmarks (from the repository root):
#   benchmarks/forecast/run.sh [path to the Anonymous Bank calls.tsv] [timing runs]
# 1. Accuracy: rolling-origin WAPE and bias of every candidate, the combination and the pick, the selection
#    loss and the 80% prediction-interval coverage, for the demo center and the Anonymous Bank log.
# 2. Speed: backtest, select and forecast 8 queues x 26 weeks of 30-minute history x 4 weeks.
set -e
cd "$(dirname "$0")/../.."
BANK="${1:-../shared/data/anonymous-bank-1999-02/calls.tsv}"
RUNS="${2:-7}"
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
java -cp "$CP" io.paiban.planning.forecast.ForecastAccuracyBenchmark "$BANK"
java -cp "$CP" io.paiban.planning.forecast.DemoForecastBenchmark "$RUNS"
