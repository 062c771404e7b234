#!/usr/bin/env bash
# The catalog under load: /programs with and without filters against /q/health/live, 32 connections.
# Run through `bin/jigi bench catalog`, which starts a throwaway MariaDB seeded with
# bench/seed-catalog.sql (1,000 programs, 10,000 startups) and the app, and sets APP_URL.
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench catalog}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

# Health lives on the management port (MANAGEMENT_URL, set by bin/jigi bench); pages on the app's.
base() { if [[ $1 == /q/* ]]; then echo "${MANAGEMENT_URL:-$APP_URL}"; else echo "$APP_URL"; fi; }

run() { # run <label> <path> [wrk script]
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-s "$3"} "$(base "$2")$2" 2>&1)
  local rate p50 p99 errors
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  printf '%-44s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$rate" "$p50" "$p99" "$errors"
}

HERE=$(cd "$(dirname "$0")" && pwd)

# Warm up the JIT (slow on two cores) and the connection pool first; these runs are not reported.
wrk -t2 -c"$CONNECTIONS" -d40s "$APP_URL/programs" >/dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d20s -s "$HERE/catalog-varied.lua" "$APP_URL" >/dev/null 2>&1

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores"
run "/q/health/live" "/q/health/live"
run "/programs" "/programs"
run "/programs?page=3" "/programs?page=3"
run "/programs?sector=agritech&stage=mvp&open=1" "/programs?sector=agritech&stage=mvp&open=1"
run "/programs?q=transformation mangues" "/programs?q=transformation%20mangues"
run "/programs?q=societe&region=bamako&format=hybrid" "/programs?q=societe&region=bamako&format=hybrid"
run "/programs, varied (catalog-varied.lua)" "" "$HERE/catalog-varied.lua"
run "/startups" "/startups"

echo
echo "Page weights (bytes on the wire, gzip):"
for path in /programs "/programs?sector=agritech&open=1" /startups /programs/bench-program-1 /organizations/bench-org-1; do
  printf '  %-40s %s\n' "$path" "$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP_URL$path")"
done
