#!/usr/bin/env bash
# needs: keycloak
# AGETIC's moderation queue with 300 items waiting (bench/seed-moderation.sql), logged in through
# Keycloak as the demo administrator: the SQL statements one page costs (MariaDB's own counter), its
# time alone, then its rate and latency under load. Run through `bin/jigi bench moderation`.
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench moderation}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/lib.bash
. "$(dirname "$0")/lib.bash"

ADMIN=$(login admin.agetic)
[ -n "$ADMIN" ] || { echo "login failed" >&2; exit 1; }
QUEUE=/admin/moderation
code=$(curl -s -o "$WORK/queue.html" -w '%{http_code}' -H "Cookie: $ADMIN" "$APP_URL$QUEUE")
[ "$code" = 200 ] || { echo "the queue answered $code" >&2; exit 1; }
grep -q 'Startup en attente' "$WORK/queue.html" || { echo "the queue shows no pending startup" >&2; exit 1; }

selects() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot -N -e "SHOW GLOBAL STATUS LIKE 'Com_select'" | awk '{print $2}'; }

# Warm-up (the JIT needs about a minute on two cores); not reported.
wrk -t2 -c"$CONNECTIONS" -d40s -H "Cookie: $ADMIN" "$APP_URL$QUEUE" >/dev/null 2>&1

before=$(selects)
curl -s -o /dev/null -H "Cookie: $ADMIN" "$APP_URL$QUEUE"
after=$(selects)
echo "SQL statements for one queue page (300 waiting, 100 of each kind shown): $((after - before - 1))"
for i in 1 2 3; do
  curl -s -o /dev/null -H "Cookie: $ADMIN" -w "  one page alone, run $i: %{time_total} s\n" "$APP_URL$QUEUE"
done

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores"
run "/q/health/live" "" "/q/health/live"
run "$QUEUE (300 waiting)" "$ADMIN" "$QUEUE"

echo
printf 'Page weight (bytes on the wire, gzip): %s\n' \
  "$(curl -s -H "Cookie: $ADMIN" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$APP_URL$QUEUE")"
