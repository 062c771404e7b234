#!/usr/bin/env bash
# The weekly alerts of 50,000 founders (issue: computed and queued in under 2 minutes, without
# slowing pages beyond their targets): 1,000 open programs, 20 of them new this week, 50,000 startups
# each with a weekly alert (bench/seed-alerts.sql). The app's scheduled job (jigi.alerts.every,
# first run 120 s after the start) does the work; this script waits for its log line, reads the
# outbox, and measures /programs under load meanwhile. Run through
# `JIGI_ALERTS_EVERY=20s JIGI_MAIL_EVERY=off bin/jigi bench alerts` (the job then runs soon after the
# data is in; mail is queued, not sent: the benchmark's mock mailer would keep 50,000 mails in memory).
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench alerts}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/lib.bash
. "$(dirname "$0")/lib.bash"

sql() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "$1"; }
echo "data: $(sql "SELECT COUNT(*) FROM program WHERE status = 'published'") open programs ($(sql "SELECT COUNT(*) FROM program WHERE opens_at > CURDATE() - INTERVAL 7 DAY") new this week), $(sql "SELECT COUNT(*) FROM alert_subscription WHERE weekly") weekly alerts"

echo "/programs before the job:"
run "/programs (anonymous)" "" "/programs"

echo "waiting for the weekly job…"
for _ in $(seq 1 120); do
  grep -q "Weekly alerts:" "$APP_LOG" && break
  # Pages under load while the job runs.
  if [ "$(sql "SELECT COUNT(*) FROM alert_subscription WHERE weekly_sent_at IS NOT NULL")" != 0 ] && [ ! -f "$WORK/measured" ]; then
    touch "$WORK/measured"
    run "/programs (anonymous) while the job runs" "" "/programs"
  fi
  sleep 2
done
grep "Weekly alerts:" "$APP_LOG" | tail -n 1
echo "queued: $(sql "SELECT COUNT(*) FROM outbox_mail WHERE template = 'alert_weekly'") weekly mails; first and last queued: $(sql "SELECT CONCAT(MIN(created_at), ' → ', MAX(created_at)) FROM outbox_mail WHERE template = 'alert_weekly'")"
echo
