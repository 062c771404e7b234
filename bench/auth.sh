#!/usr/bin/env bash
# needs: keycloak
# Logged-in pages against public ones. 100 founders (added to the benchmark's Keycloak, each with
# one of the 5,000 startups of bench/seed-applications.sql) log in through Keycloak's real login
# form; every request then carries the next founder's session, so no one user is repeated. Reports
# the session cookie's size, the rate and latency of the anonymous floor (/q/health/live, /programs)
# and of /api/me, /me, /my/matches, /my/applications and a manager's application list, and the
# app's memory afterwards. Run through `bin/jigi bench auth` (docs/operations.md).
set -euo pipefail
: "${APP_URL:?run me through bin/jigi bench auth}"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
FOUNDERS=${BENCH_FOUNDERS:-100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
HERE=$(dirname "$0")

# shellcheck source=bench/lib.bash
. "$HERE/lib.bash"
sql() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "$1"; }

echo "Seeding bench/seed-applications.sql (5,000 startups that applied to one program)…"
mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi <"$HERE/seed-applications.sql"

echo "Adding $FOUNDERS founders to Keycloak…"
token=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$(cat "$KC_ADMIN_PASSWORD_FILE")" \
    "$KC_URL/realms/master/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
{
  printf '{"ifResourceExists": "SKIP", "users": ['
  for n in $(seq -w 1 "$FOUNDERS"); do
    [ "$n" = "$(seq -w 1 "$FOUNDERS" | head -n 1)" ] || printf ','
    printf '{"username": "bench.founder.%s", "enabled": true, "email": "bench.founder.%s@example.ml",' "$n" "$n"
    printf ' "emailVerified": true, "firstName": "Fondatrice", "lastName": "%s", "realmRoles": ["default-roles-jigi"],' "$n"
    printf ' "credentials": [{"type": "password", "value": "jigi-demo-2026", "temporary": false}]}'
  done
  printf ']}'
} | curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
    "$KC_URL/admin/realms/jigi/partialImport"

echo "Logging them in through Keycloak's login form…"
: >"$WORK/founders.txt"
for n in $(seq -w 1 "$FOUNDERS"); do
  cookie=$(login "bench.founder.$n")
  [ -n "$cookie" ] || { echo "bench.founder.$n could not log in" >&2; exit 1; }
  echo "$cookie" >>"$WORK/founders.txt"
done
# Each founder owns one of the seeded startups, which applied to the benchmark's program.
sql "INSERT INTO startup_owner (startup_id, account_id, since)
     SELECT s.id, a.id, NOW(6) FROM seq_1_to_$((10#$FOUNDERS)) q JOIN startup s ON s.slug = CONCAT('bench-startup-', q.seq)
     JOIN account a ON a.username = CONCAT('bench.founder.', LPAD(q.seq, ${#FOUNDERS}, '0'))"
[ "$(sql "SELECT COUNT(*) FROM startup_owner o JOIN account a ON a.id = o.account_id WHERE a.username LIKE 'bench.founder.%'")" \
  = "$((10#$FOUNDERS))" ] || { echo "the founders' startups were not linked" >&2; exit 1; }
MANAGER=$(login ibrahim.maiga)
[ -n "$MANAGER" ] || { echo "the manager could not log in" >&2; exit 1; }
PROGRAM=$(sql "SELECT id FROM program WHERE slug = 'bench-program-1'")
LIST="/manage/programs/$PROGRAM/applications"

first=$(head -n 1 "$WORK/founders.txt")
for path in /api/me /me /my/matches /my/applications; do
  code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $first" "$APP_URL$path")
  [ "$code" = 200 ] || { echo "$path answered $code for a founder" >&2; exit 1; }
done
grep -q 'Startup de test' "$WORK/page.html" \
  || { echo "/my/applications does not show the founder's application" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $MANAGER" "$APP_URL$LIST")
[ "$code" = 200 ] || { echo "the manager's list answered $code" >&2; exit 1; }

# What each page asks MariaDB, for one founder and the manager (MariaDB's general log, one request).
queries() { # queries <cookie> <path>
  local log="$WORK/general.log"
  sql "SET GLOBAL general_log_file = '$log'; SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log = 1"
  curl -s -o /dev/null -H "Cookie: $1" "$APP_URL$2"
  sql "SET GLOBAL general_log = 0"
  printf '%-40s %3s queries\n' "$2" "$(grep -ac 'Query' "$log")"
  [ -z "${BENCH_QUERIES:-}" ] || grep -a 'Query' "$log" | sed 's/^.*Query\t//' | cut -c1-240
  rm -f "$log"
}
for path in /api/me /me /my/matches /my/applications; do queries "$first" "$path"; done
queries "$MANAGER" "$LIST"

sizes=$(grep -o 'q_session[^;]*' "$WORK/founders.txt" | awk '{print length($0)}' | sort -n)
all=$(awk '{print length($0)}' "$WORK/founders.txt" | sort -n)
echo "Session cookie (q_session), $FOUNDERS founders: $(head -n 1 <<<"$sizes")–$(tail -n 1 <<<"$sizes") bytes;" \
  "all the app's cookies a browser sends (session, language, form token): $(head -n 1 <<<"$all")–$(tail -n 1 <<<"$all") bytes"

port=${APP_URL##*:}
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
# BENCH_PROFILE=<dir>: a profile of each measured run: collapsed stacks from async-profiler when
# BENCH_ASYNC_PROFILER names its libasyncProfiler.so (sampling, cheap), else a flight recording
# (which costs a lot on two cores: read its shares, not the rates of that run).
profile() { # profile <name>: starts a recording as long as one run, when asked for
  [ -n "${BENCH_PROFILE:-}" ] || return 0
  mkdir -p "$BENCH_PROFILE"
  local file
  file="$BENCH_PROFILE/$(tr -c 'a-z0-9\n' '-' <<<"$1" | head -c 40)"
  if [ -n "${BENCH_ASYNC_PROFILER:-}" ]; then
    # Quoted once more: jcmd would read "event=…" as one of its own named arguments.
    jcmd "$pid" JVMTI.agent_load "$BENCH_ASYNC_PROFILER" \
      "\"start,event=itimer,interval=1ms,timeout=${DURATION%s},collapsed,file=$file.collapsed\"" >/dev/null
  else
    jcmd "$pid" JFR.start duration="$DURATION" filename="$file.jfr" >/dev/null
  fi
}

many() { # many <label> <path>: the 100 founders in turn
  local out rate p50 p99 bad
  profile "$2"
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/sessions.lua" "$APP_URL$2" -- "$WORK/founders.txt" 2>&1)
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(grep -E "not-200|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  printf '%-62s %9s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$rate" "$p50" "$p99" "$bad"
}

# Warm-up, three times round every page (on two cores the JIT compiler needs minutes before the
# app runs at its steady speed; a page measured before that measures the compiler); not reported.
# Then the compiler is left to finish.
for _ in 1 2 3; do
  for path in /programs /api/me /me /my/matches /my/applications; do
    wrk -t2 -c"$CONNECTIONS" -d15s -s "$HERE/sessions.lua" "$APP_URL$path" -- "$WORK/founders.txt" >/dev/null 2>&1
  done
  wrk -t2 -c"$CONNECTIONS" -d15s -H "Cookie: $MANAGER" "$APP_URL$LIST" >/dev/null 2>&1
done
settle "$pid"

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, app, MariaDB, Keycloak and wrk on the same machine"
run "/q/health/live (floor)" "" "/q/health/live"
run "/programs (anonymous)" "" "/programs"
many "/api/me ($FOUNDERS founders in turn)" /api/me
many "/me ($FOUNDERS founders in turn)" /me
many "/my/matches ($FOUNDERS founders in turn)" /my/matches
many "/my/applications ($FOUNDERS founders in turn)" /my/applications
profile manager-list
run "$LIST (manager, 5,000 applications)" "$MANAGER" "$LIST"

echo
echo "App memory after the runs: resident $(($(ps -o rss= -p "$pid") / 1024)) MB; heap: $(jcmd "$pid" GC.heap_info | sed -n 2p | sed 's/^ *//')"
echo "Heap limit: $(jcmd "$pid" VM.flags | grep -o -- '-XX:MaxHeapSize=[0-9]*' | awk -F= '{printf "%d MB", $2 / 1048576}')"
echo "Session rows kept in MariaDB: $(sql "SELECT COUNT(*) FROM login_session" 2>/dev/null || echo 'none (tokens in the cookie)')"
