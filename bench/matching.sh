#!/usr/bin/env bash
# needs: keycloak
# Matching under load, logged in through Keycloak: /my/matches for a founder with two startups
# against 1,000 open programs, and /manage/programs/{id}/matches for a manager against 100,000
# startups, 32 connections. Run through `bin/jigi bench matching` (bench/seed-matching.sql).
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench matching}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# shellcheck source=bench/lib.bash
. "$(dirname "$0")/lib.bash"

FOUNDER=$(login awa.traore)
MANAGER=$(login ibrahim.maiga)
[ -n "$FOUNDER" ] && [ -n "$MANAGER" ] || { echo "login failed" >&2; exit 1; }
PROGRAM=$(mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "SELECT id FROM program WHERE slug = 'bench-program-50'")
start=$(date +%s%N)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $MANAGER" "$APP_URL/manage/programs/$PROGRAM/matches")
echo "first manager request (builds the index of 100,000 startups and the ranking): $(( ($(date +%s%N) - start) / 1000000 )) ms"
[ "$code" = 200 ] || { echo "the manager page answered $code" >&2; exit 1; }

# First requests: the index of 100,000 startups is built, then a program's ranking.
start=$(date +%s%N); curl -s -o /dev/null -H "Cookie: $MANAGER" "$APP_URL/manage/programs/$PROGRAM/matches?page=2"
echo "second manager request (index built by the first): $(( ($(date +%s%N) - start) / 1000000 )) ms"

# Warm-up (the JIT needs about a minute on two cores); not reported.
wrk -t2 -c"$CONNECTIONS" -d30s -H "Cookie: $FOUNDER" "$APP_URL/my/matches" >/dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d30s -H "Cookie: $MANAGER" "$APP_URL/manage/programs/$PROGRAM/matches" >/dev/null 2>&1

if [ -n "${BENCH_PROFILE:-}" ]; then
  port=${APP_URL##*:}
  pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  jcmd "$pid" JFR.start duration=20s filename="$BENCH_PROFILE" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d20s -H "Cookie: ${BENCH_PROFILE_AS:-$FOUNDER}" "$APP_URL${BENCH_PROFILE_PATH:-/my/matches}" | grep Requests
  sleep 2
fi

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores"
run "/q/health/live" "" "/q/health/live"
run "/my/matches (2 startups x 1,000 open programs)" "$FOUNDER" "/my/matches"
run "/manage/programs/{id}/matches (100,000 startups)" "$MANAGER" "/manage/programs/$PROGRAM/matches"
run "/manage/programs/{id}/matches?region=segou&stage=mvp&womenLed=1" "$MANAGER" "/manage/programs/$PROGRAM/matches?region=segou&stage=mvp&womenLed=1"

# The same while a startup changes every half second: each change makes the next request rank
# the 100,000 startups again (the founders' side has nothing cached and is unaffected).
( for _ in $(seq 1 200); do
    mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -e "UPDATE startup SET team_size = team_size + 1 WHERE slug = 'bench-startup-7'"
    sleep 0.5
  done ) &
run "… with a startup changing every 0.5 s" "$MANAGER" "/manage/programs/$PROGRAM/matches"
kill %1 2>/dev/null || true

echo
echo "Page weights (bytes on the wire, gzip):"
for path in /my/matches "/manage/programs/$PROGRAM/matches"; do
  cookie=$FOUNDER; [[ $path == /manage* ]] && cookie=$MANAGER
  printf '  %-40s %s\n' "$path" "$(curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP_URL$path")"
done
