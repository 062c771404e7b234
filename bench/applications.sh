#!/usr/bin/env bash
# needs: keycloak
# A program's applications under load, logged in through Keycloak as the manager ibrahim.maiga:
# /manage/programs/{id}/applications with 5,000 applications and 3 reviews each, 32 connections,
# then the CSV export of those 5,000, streamed. Run through `bin/jigi bench applications`
# (bench/seed-applications.sql).
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench applications}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/lib.bash
. "$(dirname "$0")/lib.bash"

MANAGER=$(login ibrahim.maiga)
[ -n "$MANAGER" ] || { echo "login failed" >&2; exit 1; }
PROGRAM=$(mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "SELECT id FROM program WHERE slug = 'bench-program-1'")
LIST="/manage/programs/$PROGRAM/applications"
code=$(curl -s -o "$WORK/list.html" -w '%{http_code}' -H "Cookie: $MANAGER" "$APP_URL$LIST")
[ "$code" = 200 ] || { echo "the list answered $code" >&2; exit 1; }
grep -q 'Startup de test' "$WORK/list.html" || { echo "the list shows no application" >&2; exit 1; }

# Warm-up (the JIT needs about a minute on two cores); not reported.
wrk -t2 -c"$CONNECTIONS" -d40s -H "Cookie: $MANAGER" "$APP_URL$LIST" >/dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d10s -H "Cookie: $MANAGER" "$APP_URL$LIST?sort=review&status=under_review" >/dev/null 2>&1

if [ -n "${BENCH_PROFILE:-}" ]; then # a flight recording of the list under load, for a profiler
  port=${APP_URL##*:}
  pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  jcmd "$pid" JFR.start duration=20s filename="$BENCH_PROFILE" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d20s -H "Cookie: $MANAGER" "$APP_URL$LIST" | grep Requests
  sleep 2
  cp "$APP_LOG" "${BENCH_PROFILE%.jfr}.log"; cp "$WORK/list.html" "${BENCH_PROFILE%.jfr}.html"
  for q in "SELECT COUNT(*) FROM application a JOIN startup s ON s.id = a.startup_id WHERE a.program_id = $PROGRAM AND a.status <> 'draft'" \
           "SELECT a.*, s.* FROM application a JOIN startup s ON s.id = a.startup_id WHERE a.program_id = $PROGRAM AND a.status <> 'draft' ORDER BY a.submitted_at DESC, a.id LIMIT 50"; do
    echo "EXPLAIN $q"
    mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -e "ANALYZE $q" | cat
  done
fi

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, 5,000 applications x 3 reviews"
run "/q/health/live" "" "/q/health/live"
run "$LIST (first page, newest first)" "$MANAGER" "$LIST"
run "… ?sort=review (review average)" "$MANAGER" "$LIST?sort=review"
run "… ?status=under_review&region=bamako&womenLed=1" "$MANAGER" "$LIST?status=under_review&region=bamako&womenLed=1"
run "… ?sort=score&page=40 (deep page)" "$MANAGER" "$LIST?sort=score&page=40"

echo
echo "CSV export of the 5,000 (3 runs; time to first byte and total):"
for i in 1 2 3; do
  curl -s -H "Cookie: $MANAGER" -o "$WORK/export.csv" \
    -w "  run $i: HTTP %{http_code}, first byte %{time_starttransfer} s, total %{time_total} s, %{size_download} bytes\n" \
    "$APP_URL$LIST.csv"
done
rows=$(($(wc -l <"$WORK/export.csv") - 1))
echo "  rows: $rows"
[ "$rows" = 5000 ] || { echo "the export has $rows rows, not 5000" >&2; exit 1; }
curl -s -D "$WORK/headers" -o /dev/null -H "Cookie: $MANAGER" "$APP_URL$LIST.csv"
echo "  transfer: $(grep -i -E '^(transfer-encoding|content-length)' "$WORK/headers" | tr -d '\r' | tr '\n' ' ')"

echo
echo "Page weight (bytes on the wire, gzip):"
printf '  %-40s %s\n' "$LIST" "$(curl -s -H "Cookie: $MANAGER" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP_URL$LIST")"
