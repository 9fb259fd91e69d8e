#!/usr/bin/env bash
# Soak: a few minutes of mixed traffic with bad input interleaved, then three checks that the server is well:
# it answers /health within a second, its CPU falls back to idle, and no request thread is left running.
#   src/bench/soak.sh [JAR] [DURATION]     (defaults: target/chronoquiz.jar, 3m; needs wrk, curl, jstack)
# Exit status 0 when all three hold; the figures print either way.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/chronoquiz.jar}
duration=${2:-3m}
port=${PORT:-7073}
work=$(mktemp -d)
java -jar "$jar" serve --port "$port" --db "$work/soak.db" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "localhost:$port/health" >/dev/null && break; sleep 0.2; done

printf 'tortoise lantern meadow 4127\n' | java -jar "$jar" user add --db "$work/soak.db" --email soak@soak.test --password-stdin >/dev/null
token=$(java -jar "$jar" user token --db "$work/soak.db" --email soak@soak.test 2>/dev/null | tail -1)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" -d '{}' "localhost:$port/api/decks/1/study"

echo "mixed traffic for $duration (wrk, 2 threads, 32 connections)"
wrk -t2 -c32 -d"$duration" -s src/bench/soak.lua "http://localhost:$port" -- "$token" | sed 's/^/   /'

# CPU: seconds of CPU the server used over 5 idle seconds, read from /proc (utime + stime, in clock ticks)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
sleep 2
before=$(cpu); sleep 5; after=$(cpu)
ticks=$(getconf CLK_TCK)
idle_pct=$(awk -v a="$before" -v b="$after" -v t="$ticks" 'BEGIN {printf "%.1f", (b - a) / t / 5 * 100}')
echo "CPU after the load: ${idle_pct}% of one core over 5 s"

# threads: a request thread still RUNNABLE in our code or Javalin's after the traffic stopped is stuck
stuck=0
for _ in 1 2 3; do
  n=$(jstack "$pid" | awk '/^"/ {t=$0; r=0} /State: RUNNABLE/ {r=1} r && /at (org\.chronoquiz|io\.javalin)/ {print t; r=0}' | wc -l)
  ((n > stuck)) && stuck=$n
  sleep 1
done
echo "request threads running our code after the traffic: $stuck"

start=$(date +%s%N)
health=$(curl -s -m 1 -o /dev/null -w '%{http_code}' "localhost:$port/health" || echo timeout)
echo "GET /health: $health in $(( ($(date +%s%N) - start) / 1000000 )) ms"
errors=$(grep -c ' ERROR ' "$work/serve.log" || true)
echo "500s logged: $errors"

ok=1
[[ $health == 200 ]] || ok=0
awk -v p="$idle_pct" 'BEGIN {exit !(p < 5)}' || ok=0
((stuck == 0)) || ok=0
((errors == 0)) || ok=0
if ((ok)); then echo "soak: ok"; else echo "soak: FAILED"; grep ' ERROR ' "$work/serve.log" | head -5; exit 1; fi
