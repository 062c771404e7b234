#!/usr/bin/env bash
# standalone: needs neither the database nor the app.
# The match scorer on one thread (JMH): pairs per second, ranking path and explained path.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main MatchScorerBenchmark \
  -rf text -rff target/scorer-benchmark.txt "$@"
