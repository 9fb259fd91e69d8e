#!/usr/bin/env bash
# The server's own CPU time per request, for GET /review, GET / and GET /health, read from /proc while wrk drives
# each path: unlike requests per second, it stays comparable when other work shares the machine.
#   src/bench/cpu-per-request.sh JAR [JAR ...]   (run from the checkout; the server reads ./templates and ./seeds)
# Give the jar before a change and after it, twice each, and compare the same run's figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
for jar in "$@"; do
  port=${PORT:-7331}; d=$(mktemp -d)
  java -jar $jar serve --port $port --db $d/p.db > $d/out.log 2>&1 &
  pid=$!
  for i in $(seq 300); do curl -fs localhost:$port/health >/dev/null && break; sleep 0.2; done
  printf 'bench-password-1-long\n' | java -jar $jar user add --db $d/p.db --email l1@bench.test --password-stdin >/dev/null
  c=$d/cookies; t=$(curl -fs -c $c localhost:$port/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b $c -c $c -o /dev/null --data-urlencode "_csrf=$t" --data-urlencode "email=l1@bench.test" --data-urlencode "password=bench-password-1-long" localhost:$port/login
  s=$(awk '$6 == "cq_session" {print $6"="$7}' $c | tail -1)
  t2=$(curl -fs -b "$s" localhost:$port/decks/1 | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -H "Cookie: $s" --data-urlencode "_csrf=$t2" localhost:$port/decks/1/study
  [[ $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $s" http://localhost:$port/review) == 200 ]] || echo "LOGIN FAILED"
  ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
  hz=$(getconf CLK_TCK)
  measure() { # path, extra header
    local t0 t1 n
    wrk -t2 -c8 -d4s -H "$2" http://localhost:$port$1 >/dev/null   # warm
    t0=$(ticks); n=$(wrk -t2 -c8 -d${DUR:-8}s -H "$2" http://localhost:$port$1 | awk '/requests in/ {print $1}'); t1=$(ticks)
    awk -v a=$t0 -v b=$t1 -v n=$n -v hz=$hz 'BEGIN {printf "%.3f", (b - a) * 1000 / hz / n}'
  }
  echo "$(basename $jar) cpu-ms/req review=$(measure /review "Cookie: $s") home=$(measure / "Cookie: $s") health=$(measure /health "X-A: b") load=$(cut -d' ' -f1 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true; rm -rf $d
done
