#!/usr/bin/env bash
# needs: keycloak
# Monitoring under load (issue: p99 ≤ 150 ms at 32 connections): AGETIC's impact page for a year
# (1,000 programs, 10,000 accepted startups, 40,000 reports), logged in through Keycloak as
# admin.agetic, and a cohort page of 200 startups as the manager ibrahim.maiga; then the impact
# CSV (/api/impact has a limit per client: one address would measure 429s). Run through
# `bin/jigi bench monitoring` (bench/seed-monitoring.sql).
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench monitoring}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/lib.bash
. "$(dirname "$0")/lib.bash"

sql() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "$1"; }
echo "data: $(sql "SELECT COUNT(*) FROM program") programs, $(sql "SELECT COUNT(*) FROM application WHERE status = 'accepted'") accepted startups, $(sql "SELECT COUNT(*) FROM progress_report") reports ($(sql "SELECT COUNT(*) FROM progress_report WHERE state = 'submitted'") submitted)"

ADMIN=$(login admin.agetic)
MANAGER=$(login ibrahim.maiga)
[ -n "$ADMIN" ] && [ -n "$MANAGER" ] || { echo "login failed" >&2; exit 1; }
PROGRAM=$(sql "SELECT id FROM program WHERE slug = 'bench-program-1'")
COHORT="/manage/programs/$PROGRAM/cohort"
IMPACT="/admin/impact"

code=$(curl -s -o "$WORK/cohort.html" -w '%{http_code}' -H "Cookie: $MANAGER" "$APP_URL$COHORT")
[ "$code" = 200 ] || { echo "the cohort page answered $code" >&2; exit 1; }
rows=$(grep -c 'data-report-status=' "$WORK/cohort.html" || true)
[ "$rows" = 200 ] || { echo "the cohort page shows $rows startups, not 200" >&2; exit 1; }
code=$(curl -s -o "$WORK/impact.html" -w '%{http_code}' -H "Cookie: $ADMIN" "$APP_URL$IMPACT")
[ "$code" = 200 ] || { echo "the impact page answered $code" >&2; exit 1; }
grep -q 'data-figure="jobs"' "$WORK/impact.html" || { echo "the impact page shows no figure" >&2; exit 1; }
echo "page weights: cohort $(wc -c <"$WORK/cohort.html") B, impact $(wc -c <"$WORK/impact.html") B (uncompressed)"

# The first computation of a year's figures, before anything is kept (each later one reads the stamp only).
sql "UPDATE catalog_stamp SET version = version + 1 WHERE id = 3"
cold=$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $ADMIN" "$APP_URL$IMPACT")
echo "impact page, figures computed afresh: ${cold}s"

# Access tokens live a minute and a refresh gives the session a new cookie, which wrk does not take:
# each run (shorter than a minute) starts from a fresh login, or it would measure redirects to the
# login page. The bytes per answer printed with each run show that pages were served.
# Warm-up (the JIT needs about a minute on two cores); not reported.
MANAGER=$(login ibrahim.maiga)
wrk -t2 -c"$CONNECTIONS" -d30s -H "Cookie: $MANAGER" "$APP_URL$COHORT" >/dev/null 2>&1
ADMIN=$(login admin.agetic)
wrk -t2 -c"$CONNECTIONS" -d30s -H "Cookie: $ADMIN" "$APP_URL$IMPACT" >/dev/null 2>&1

port=${APP_URL##*:}
settle "$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)"

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores"
run "/q/health/live" "" "/q/health/live"
run "$IMPACT (the last 12 months)" "$(login admin.agetic)" "$IMPACT"
run "$COHORT (200 startups, 800 reports)" "$(login ibrahim.maiga)" "$COHORT"
run "$IMPACT.csv" "$(login admin.agetic)" "$IMPACT.csv"
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
echo "app resident memory after the runs: $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB"
echo
