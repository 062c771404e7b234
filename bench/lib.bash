# Shared by the benchmarks that log in (sourced, not run): needs WORK (a scratch directory),
# APP_URL, DURATION and CONNECTIONS set by the script.

# Logs in through Keycloak's real login form, as a browser would; prints the app's cookies.
login() { # login <username>
  local jar="$WORK/$1.jar" page="$WORK/$1.html" action
  curl -s -c "$jar" -b "$jar" -L "$APP_URL/login" -o "$page"
  action=$(grep -o 'action="[^"]*"' "$page" | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  curl -s -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=jigi-demo-2026" "$action"
  # The cookies a browser sends back to the app (its session, language and form token), not Keycloak's.
  awk 'NF >= 7 && $6 ~ /^(q_session|jigi_lang|jigi-csrf)/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
}

# One wrk run with a session cookie; prints the rate, p50, p99 and any errors on one line.
# Health lives on the management port (MANAGEMENT_URL, set by bin/jigi bench); pages on the app's.
base() { if [[ $1 == /q/* ]]; then echo "${MANAGEMENT_URL:-$APP_URL}"; else echo "$APP_URL"; fi; }

run() { # run <label> <cookie> <path>
  local out rate p50 p99 errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $2" "$(base "$3")$3" 2>&1)
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  # Bytes per answer: a redirect (wrk counts 3xx as success) shows here as a tiny answer.
  bytes=$(awk '/requests in/ {v = $5; u = 1; if (v ~ /KB$/) u = 1024; if (v ~ /MB$/) u = 1048576; if (v ~ /GB$/) u = 1073741824;
    sub(/[KMG]?B$/, "", v); printf "%d", v * u / $1}' <<<"$out")
  printf '%-62s %9s req/s   p50 %8s   p99 %8s   %7s B/answer   %s\n' "$1" "$rate" "$p50" "$p99" "$bytes" "$errors"
}

# Waits (at most 120 s) until the app has been idle for 3 s: on two cores, the JIT compiler keeps a
# core busy for a while after the warm-up, and a run measured meanwhile measures the compiler.
settle() { # settle <pid>
  local before after
  for _ in $(seq 1 40); do
    before=$(awk '{print $14 + $15}' "/proc/$1/stat")
    sleep 3
    after=$(awk '{print $14 + $15}' "/proc/$1/stat")
    [ $(( after - before )) -lt $(( 3 * $(getconf CLK_TCK) / 10 )) ] && return 0 # under 10% of a core
  done
  echo "(the app did not settle within 120 s)"
}
