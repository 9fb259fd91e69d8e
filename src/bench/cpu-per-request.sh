#!/usr/bin/env bash
# The server's own CPU time per request (its JIT compiler threads left out), for POST /api/reviews, GET /review, GET /, a quiz page and GET /health, read
# from /proc while wrk drives each path: unlike requests per second, it stays comparable when other work shares the
# machine.
#   src/bench/cpu-per-request.sh JAR [JAR ...]   (run from the checkout; the server reads ./templates and ./seeds)
# Give the jar before a change and after it, twice each, and compare the same run's figures.
# Reviews come from 4 learners over 32 connections (as http.sh: group commit batches what arrives together, so the
# writer's share per review depends on the concurrency); pages from one learner over 8 connections.
# SERVER_OPTS adds JVM options to the server; PATHS picks what to measure (default: all). PROFILE=PREFIX records each
# measured run (not the warm-up, the set-up or start-up) with JFR into PREFIX-PATH.jfr, with the settings file in
# PROFILE_SETTINGS (default: the JDK's profile); the recording costs CPU, so its run's figure is not comparable.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$(pwd)
paths=${PATHS:-reviews review home quiz health}
for jar in "$@"; do
  port=${PORT:-7331}; d=$(mktemp -d)
  java ${SERVER_OPTS:-} -jar $jar serve --port $port --db $d/p.db > $d/out.log 2>&1 &
  pid=$!
  for i in $(seq 300); do curl -fs localhost:$port/health >/dev/null && break; sleep 0.2; done
  for i in 1 2 3 4; do
    printf 'bench-password-%s-long\n' $i | java -jar $jar user add --db $d/p.db --email l$i@bench.test --password-stdin >/dev/null
    java -jar $jar user token --db $d/p.db --email l$i@bench.test 2>/dev/null | tail -1 >>$d/tokens
  done
  c=$d/cookies; t=$(curl -fs -c $c localhost:$port/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b $c -c $c -o /dev/null --data-urlencode "_csrf=$t" --data-urlencode "email=l1@bench.test" --data-urlencode "password=bench-password-1-long" localhost:$port/login
  s=$(awk '$6 == "cq_session" {print $6"="$7}' $c | tail -1)
  t2=$(curl -fs -b "$s" localhost:$port/decks/1 | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -H "Cookie: $s" --data-urlencode "_csrf=$t2" localhost:$port/decks/1/study
  quiz=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $s" --data-urlencode "_csrf=$t2" localhost:$port/decks/1/quizzes | sed 's#^http://[^/]*##')
  [[ $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $s" http://localhost:$port/review) == 200 ]] || echo "LOGIN FAILED"
  [[ $quiz == /quizzes/* && $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $s" "http://localhost:$port$quiz") == 200 ]] ||
    echo "NO QUIZ PAGE ($quiz)"
  # the learners' cards (the first learner's after the pages' deck, study adds nothing new), for reviews.lua to grade
  python3 - $d $port <<'PY'
import json, sys, urllib.request
d, port = sys.argv[1], sys.argv[2]
pairs = []
for token in open(d + "/tokens").read().split():
    auth = {"Authorization": "Bearer " + token}
    urllib.request.urlopen(urllib.request.Request(f"http://localhost:{port}/api/decks/1/study", data=b"{}", headers=auth))
    req = urllib.request.Request(f"http://localhost:{port}/api/decks/1/due?limit=500", headers=auth)
    pairs += [(token, card["card_id"]) for card in json.load(urllib.request.urlopen(req))]
open(d + "/cards.lua", "w").write("cards = {" + ",".join('{"%s",%d}' % p for p in pairs) + "}\n")
PY
  # the server's threads but its JIT compilers: under a shared machine's load they still compile long after the warm-up
  # (a third of the measured CPU in one run), which is the JVM's start, not the cost of a request
  ticks() {
    local sum=0 t c
    for t in /proc/$pid/task/*; do
      c=$(cat $t/comm 2>/dev/null) || continue
      # utime and stime are fields 14 and 15, counted after the name in parentheses, which may hold spaces ("GC Thread#0")
      [[ $c == C[12]\ CompilerThre* ]] || sum=$((sum + $(sed 's/.*) //' $t/stat 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
    done
    echo $sum
  }
  hz=$(getconf CLK_TCK)
  measure() { # path, then wrk's options; a script's own arguments come after the URL, in $script_args
    local t0 t1 n path=$1; shift
    wrk -t2 -d${WARM:-8}s "$@" http://localhost:$port$path ${script_args[@]+"${script_args[@]}"} >/dev/null   # warm
    [[ -z ${PROFILE:-} ]] || jcmd $pid JFR.start name=bench settings=${PROFILE_SETTINGS:-profile} >/dev/null
    t0=$(ticks)
    local out; out=$(wrk -t2 -d${DUR:-8}s "$@" http://localhost:$port$path ${script_args[@]+"${script_args[@]}"})
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    t1=$(ticks)
    [[ -z ${PROFILE:-} ]] || jcmd $pid JFR.stop name=bench filename=$PROFILE-${label}.jfr >/dev/null
    awk -v a=$t0 -v b=$t1 -v n=$n -v hz=$hz 'BEGIN {printf "%.3f", (b - a) * 1000 / hz / n}'
    # an error answer is cheaper than the page: a figure with any is not the path's
    awk '/Non-2xx/ {printf "(%s non-2xx!)", $NF}' <<<"$out"
  }
  out="$(basename $jar) cpu-ms/req"; script_args=()
  for p in $paths; do
    label=$p
    case $p in
      reviews) script_args=(-- $d/cards.lua); out+=" reviews=$(measure "" -c32 -s "$here/src/bench/reviews.lua")"; script_args=() ;;
      review) out+=" review=$(measure /review -c8 -H "Cookie: $s")" ;;
      home) out+=" home=$(measure / -c8 -H "Cookie: $s")" ;;
      quiz) out+=" quiz=$(measure "$quiz" -c8 -H "Cookie: $s")" ;;
      health) out+=" health=$(measure /health -c8 -H "X-A: b")" ;;
    esac
  done
  echo "$out load=$(cut -d' ' -f1 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true; rm -rf $d
done
