#!/usr/bin/env bash
# HTTP throughput of the hot paths, measured with wrk against the packaged jar on a fresh database.
#   src/bench/http.sh [JAR ...]     (default: target/chronoquiz.jar; build it first with mvn -q -B package, which
#                                    also compiles the baselines in target/test-classes)
# First the issue's baselines, in the same run: a bare Javalin "hello" (its throughput and its start-up) and the
# ceiling of durable review writes done directly with sqlite-jdbc from one thread (bench/Baselines.java).
# Then each jar, in turn: start-up to its first /health, GET /health, POST /api/reviews from 8 learners over 32
# connections, GET /api/decks/{id}/due, GET /review, the home page and a quiz page, each with its ratio to the baseline it is judged by.
# Give two jars (say, before and after a change) to compare them in one run; the machine is shared, so compare
# ratios, not raw figures.
# Needs wrk (Debian: apt-get install wrk), curl and python3.
# BENCH_POSTGRES=JDBC_URL runs each jar on a fresh schema of that PostgreSQL server instead of a SQLite file
# (e.g. the URL .ci/throwaway-postgres prints; needs psql); INSTANCES=2 serves it from two processes at once and
# drives both, as behind a load balancer.
set -euo pipefail
cd "$(dirname "$0")/../.."
jars=("$@"); ((${#jars[@]})) || jars=(target/chronoquiz.jar)
duration=${DURATION:-10s}
warmup=${WARMUP:-5s} # each path is driven this long first, unmeasured, so the JIT has compiled it
learners=${LEARNERS:-8}
port=${PORT:-7071}
here=$(pwd)

instances=${INSTANCES:-1}

# the --db of a fresh database: a file in $1, or a new schema on the BENCH_POSTGRES server
fresh_db() {
  if [[ -z "${BENCH_POSTGRES:-}" ]]; then echo "$1/bench.db"; return; fi
  local schema="bench_$$_$RANDOM" hostport db user
  hostport=$(sed -E 's#jdbc:postgresql://([^/]*)/.*#\1#' <<<"$BENCH_POSTGRES")
  db=$(sed -E 's#jdbc:postgresql://[^/]*/([^?]*).*#\1#' <<<"$BENCH_POSTGRES")
  user=$(sed -nE 's#.*[?&]user=([^&]*).*#\1#p' <<<"$BENCH_POSTGRES")
  psql -q -h "${hostport%:*}" -p "${hostport#*:}" -U "${user:-postgres}" -d "$db" -c "CREATE SCHEMA $schema" >&2
  echo "$BENCH_POSTGRES$([[ $BENCH_POSTGRES == *\?* ]] && echo '&' || echo '?')currentSchema=$schema"
}

# wrk against every instance at once; the report sums their requests per second and shows the worst p99
drive() {
  local label=$1; shift
  local warmers=() i
  for ((i = 0; i < instances; i++)); do # the warm-up: the same load, a later -d overriding the measured one
    "$@" -d"$warmup" "http://localhost:$((port + i))${path:-}" ${script_args[@]+"${script_args[@]}"} >/dev/null &
    warmers+=($!)
  done
  wait "${warmers[@]}"
  if ((instances == 1)); then report "$label" "$@" "http://localhost:$port${path:-}" ${script_args[@]+"${script_args[@]}"}; return; fi
  local outs=() drivers=()
  for ((i = 0; i < instances; i++)); do
    outs+=("$(mktemp)")
    "$@" "http://localhost:$((port + i))${path:-}" ${script_args[@]+"${script_args[@]}"} >"${outs[i]}" &
    drivers+=($!)
  done
  wait "${drivers[@]}" # not the servers, which are children too
  local rps p99 non2xx
  rps=$(cat "${outs[@]}" | awk '/Requests\/sec/ {s += $2} END {printf "%.2f", s}')
  p99=$(cat "${outs[@]}" | awk '$1 == "99%" {print $2}' | sort -h | tail -1)
  non2xx=$(cat "${outs[@]}" | awk '/Non-2xx/ {s += $NF} END {print s + 0}')
  printf '   %-28s %10s req/s   p99 %8s   non-2xx %s   (%d instances) %s\n' "$label" "$rps" "$p99" "$non2xx" "$instances" \
    "$(ratio "$label" "$rps")"
  rm -f "${outs[@]}"
}

# starts a command and waits for the first 200 from URL: its pid in $started, the milliseconds it took in $elapsed
start_and_wait() {
  local url=$1 log=$2; shift 2
  local t0; t0=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  started=$!
  for _ in $(seq 3000); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 0.02; done
  elapsed=$((($(date +%s%N) - t0) / 1000000))
}

baselines() {
  local work; work=$(mktemp -d)
  local cp="target/chronoquiz.jar:target/test-classes"
  [[ -f target/test-classes/org/chronoquiz/bench/Baselines.class ]] || { echo "run mvn -q -B test-compile first"; exit 1; }
  ceiling=$(java -cp "$cp" org.chronoquiz.bench.Baselines ceiling "$work/ceiling.db" "${duration%s}")
  start_and_wait "localhost:$port/hello" "$work/hello.log" java -cp "$cp" org.chronoquiz.bench.Baselines hello "$port"
  hello_start=$elapsed
  wrk -t2 -c32 -d"$warmup" "http://localhost:$port/hello" >/dev/null
  local out; out=$(wrk -t2 -c32 -d"$duration" --latency "http://localhost:$port/hello")
  hello_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  kill $started; wait $started 2>/dev/null || true
  echo "== baselines"
  printf '   %-28s %10s req/s   p99 %8s   start-up %s ms\n' "bare Javalin GET /hello" "$hello_rps" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$hello_start"
  printf '   %-28s %10s transactions/s (one thread, WAL, synchronous=FULL)\n' "sqlite-jdbc durable reviews" "$ceiling"
  rm -rf "$work"
}

run_one() {
  local jar=$1 work db; work=$(mktemp -d); db=$(fresh_db "$work")
  local pids=() i
  local startup=()
  for ((i = 0; i < instances; i++)); do
    start_and_wait "localhost:$((port + i))/health" "$work/serve$i.log" java -jar "$jar" serve --port "$((port + i))" --db "$db"
    startup+=("$elapsed")
    pids+=($started)
  done
  trap 'kill ${pids[*]} 2>/dev/null; wait ${pids[*]} 2>/dev/null || true; rm -rf "$work"' RETURN
  for ((i = 0; i < instances; i++)); do
    curl -fs "localhost:$((port + i))/health" >/dev/null || { echo "$jar did not start: $(tail -3 "$work/serve$i.log")"; return 1; }
  done
  # learners and their tokens, made with the commands an operator uses (the server keeps running)
  for i in $(seq $learners); do
    printf 'bench-password-%s-long\n' "$i" | java -jar "$jar" user add --db "$db" --email "l$i@bench.test" --password-stdin >/dev/null
    java -jar "$jar" user token --db "$db" --email "l$i@bench.test" | tail -1 >>"$work/tokens"
  done
  local deck; deck=$(curl -fs -H "Authorization: Bearer $(head -1 "$work/tokens")" "localhost:$port/api/decks" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  # every learner adds the deck to their reviews; their cards, for the review script to grade in turn
  python3 - "$work" "$port" "$deck" <<'PY'
import json, sys, urllib.error, urllib.request
work, port, deck = sys.argv[1], sys.argv[2], sys.argv[3]
pairs = []
for token in open(work + "/tokens").read().split():
    auth = {"Authorization": "Bearer " + token}
    try:  # jars from before decks were added to one's reviews have every card already
        urllib.request.urlopen(urllib.request.Request(f"http://localhost:{port}/api/decks/{deck}/study", data=b"{}", headers=auth))
    except urllib.error.HTTPError:
        pass
    req = urllib.request.Request(f"http://localhost:{port}/api/decks/{deck}/due?limit=500", headers={"Authorization": "Bearer " + token})
    for card in json.load(urllib.request.urlopen(req)):
        pairs.append((token, card["card_id"]))
with open(work + "/cards.lua", "w") as f:
    f.write("cards = {" + ",".join('{"%s",%d}' % p for p in pairs) + "}\n")
PY
  # a logged-in browser session for the page
  local jar_csrf cookie="$work/cookies"
  jar_csrf=$(curl -fs -c "$cookie" "localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookie" -c "$cookie" -o /dev/null --data-urlencode "_csrf=$jar_csrf" --data-urlencode "email=l1@bench.test" \
    --data-urlencode "password=bench-password-1-long" "localhost:$port/login"
  local session; session=$(awk '$6 == "cq_session" {print $6"="$7}' "$cookie" | tail -1)
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "localhost:$port/review") == 200 ]] ||
    echo "   (the log-in for GET /review failed: its figure is of a redirect)"
  # a quiz of that learner's, started through the API, for the quiz page
  local quiz; quiz=$(curl -fs -H "Authorization: Bearer $(head -1 "$work/tokens")" -H "Content-Type: application/json" \
    -d "{\"deck_id\": $deck}" "localhost:$port/api/quizzes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

  echo "== $jar on $([[ -n "${BENCH_POSTGRES:-}" ]] && echo PostgreSQL || echo SQLite)"
  printf '   %-28s %s ms to the first /health (%sx the bare Javalin start; a fresh database, migrated and seeded)\n' \
    "start-up" "${startup[0]}" "$(awk -v a="${startup[0]}" -v b="$hello_start" 'BEGIN {printf "%.1f", a / b}')"
  path=/health; script_args=(); drive "GET /health (baseline)" wrk -t2 -c32 -d"$duration" --latency
  path=; script_args=(-- "$work/cards.lua"); drive "POST /api/reviews" wrk -t2 -c32 -d"$duration" --latency -s "$here/src/bench/reviews.lua"
  path=/api/decks/$deck/due; script_args=(); drive "GET /api/decks/$deck/due" wrk -t2 -c32 -d"$duration" --latency -H "Authorization: Bearer $(head -1 "$work/tokens")"
  path=/review; script_args=(); drive "GET /review" wrk -t2 -c32 -d"$duration" --latency -H "Cookie: $session"
  path=/; script_args=(); drive "GET / (home)" wrk -t2 -c32 -d"$duration" --latency -H "Cookie: $session"
  path=/quizzes/$quiz; script_args=(); drive "GET /quizzes/$quiz" wrk -t2 -c32 -d"$duration" --latency -H "Cookie: $session"
  if [[ -z "${BENCH_POSTGRES:-}" ]]; then
    echo "   stored reviews: $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from reviews').fetchone()[0])" "$db")"
  fi
}

report() {
  local label=$1; shift
  local out; out=$("$@")
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '   %-28s %10s req/s   p99 %8s   non-2xx %s   %s\n' "$label" "$rps" "$p99" "${non2xx:-0}" "$(ratio "$label" "$rps")"
}

# reviews are judged against the durable-write ceiling, everything else against the bare Javalin hello
ratio() {
  if [[ $1 == POST* ]]; then
    awk -v a="$2" -v b="$ceiling" 'BEGIN {printf "(%.2fx the ceiling)", a / b}'
  else
    awk -v a="$2" -v b="$hello_rps" 'BEGIN {printf "(%.0f%% of hello)", 100 * a / b}'
  fi
}

baselines
for jar in "${jars[@]}"; do run_one "$jar"; done
