#!/usr/bin/env bash
# Staffing requirement speed: 10 queues x 4 weeks x 48 intervals (half Erlang C, half Erlang A),
# 30 warm-up runs, then the median of 20 timed runs. Target: under 50 ms after warm-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q test-compile
java -cp target/classes:target/test-classes io.paiban.planning.staffing.model.StaffingBenchmark
