#!/usr/bin/env bash
# The server's own CPU time per request (its JIT compiler threads left out), for POST /api/reviews, GET /review, GET /,
# a quiz page and GET /health, read from /proc while wrk drives each path: unlike requests per second, it stays
# comparable when other work shares the machine.
#   src/bench/cpu-per-request.sh JAR [JAR ...]   (run from the checkout; the server reads ./templates and ./seeds)
# A jar given as JAR:DIR is served from DIR instead, with DIR's templates and seeds: a jar from before a change to the
# templates needs its own, e.g. DIR made by `git archive BASE templates seeds questions | tar -x -C DIR`.
# Give the jar before a change and after it, twice each, and compare the same run's figures. PAIRED=1 serves all the
# jars at once and drives each path on all of them at the same time, so each figure is taken under the same load from
# the rest of the machine: on a shared machine, runs one after another moved by a third, more than most changes.
# Reviews come from 4 learners over 32 connections (as http.sh: group commit batches what arrives together, so the
# writer's share per review depends on the concurrency); pages from one learner over 8 connections.
# SERVER_OPTS adds JVM options to the server; PATHS picks what to measure (default: all); WARM and DUR are the seconds
# each path is driven unmeasured and then measured. PROFILE=PREFIX records each measured run (not the warm-up, the
# set-up or start-up) with JFR into PREFIX-PATH.jfr (PREFIX-N-PATH.jfr for the Nth jar when paired), with the settings
# file in PROFILE_SETTINGS (default: the JDK's profile); the recording costs CPU, so its run's figure is not comparable.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$(pwd)
paths=${PATHS:-reviews review home quiz health}
hz=$(getconf CLK_TCK)

# starts jar $2 as server number $1 on its own port and database, with 4 learners, a session and a quiz page
setup() {
  local i=$1 jar=${2%%:*} cwd=$here port=$((${PORT:-7331} + $1)) d; d=$(mktemp -d)
  [[ $2 != *:* ]] || cwd=${2#*:}
  dirs[i]=$d; ports[i]=$port
  local path; path=$(realpath "$jar")
  (cd "$cwd" && exec java ${SERVER_OPTS:-} -jar "$path" serve --port $port --db $d/p.db) > $d/out.log 2>&1 &
  pids[i]=$!
  for _ in $(seq 300); do curl -fs localhost:$port/health >/dev/null && break; sleep 0.2; done
  for l in 1 2 3 4; do
    printf 'bench-password-%s-long\n' $l | java -jar $jar user add --db $d/p.db --email l$l@bench.test --password-stdin >/dev/null
    java -jar $jar user token --db $d/p.db --email l$l@bench.test 2>/dev/null | tail -1 >>$d/tokens
  done
  local c=$d/cookies t t2 s quiz
  t=$(curl -fs -c $c localhost:$port/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b $c -c $c -o /dev/null --data-urlencode "_csrf=$t" --data-urlencode "email=l1@bench.test" --data-urlencode "password=bench-password-1-long" localhost:$port/login
  s=$(awk '$6 == "cq_session" {print $6"="$7}' $c | tail -1)
  t2=$(curl -fs -b "$s" localhost:$port/decks/1 | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -H "Cookie: $s" --data-urlencode "_csrf=$t2" localhost:$port/decks/1/study
  quiz=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $s" --data-urlencode "_csrf=$t2" localhost:$port/decks/1/quizzes | sed 's#^http://[^/]*##')
  [[ $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $s" http://localhost:$port/review) == 200 ]] || echo "LOGIN FAILED" >&2
  [[ $quiz == /quizzes/* && $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $s" "http://localhost:$port$quiz") == 200 ]] ||
    echo "NO QUIZ PAGE ($quiz)" >&2
  sessions[i]=$s; quizzes[i]=$quiz
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
}

# CPU ticks of server $1's threads but its JIT compilers: under a shared machine's load they still compile long after
# the warm-up (a third of the measured CPU in one run), which is the JVM's start, not the cost of a request
ticks() {
  local sum=0 t c
  for t in /proc/${pids[$1]}/task/*; do
    c=$(cat $t/comm 2>/dev/null) || continue
    # utime and stime are fields 14 and 15, counted after the name in parentheses, which may hold spaces ("GC Thread#0")
    [[ $c == C[12]\ CompilerThre* ]] || sum=$((sum + $(sed 's/.*) //' $t/stat 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
  done
  echo $sum
}

# wrk's arguments for path $1 on server $2, into the array A (a header's value holds a space: "Cookie: ...")
args() {
  local i=$2 url=http://localhost:${ports[$2]}
  case $1 in
    reviews) A=(-c32 -s "$here/src/bench/reviews.lua" "$url" -- "${dirs[i]}/cards.lua") ;;
    review) A=(-c8 -H "Cookie: ${sessions[i]}" "$url/review") ;;
    home) A=(-c8 -H "Cookie: ${sessions[i]}" "$url/") ;;
    quiz) A=(-c8 -H "Cookie: ${sessions[i]}" "$url${quizzes[i]}") ;;
    health) A=(-c8 "$url/health") ;;
  esac
}

# drives path $1 on the servers named after it at once (one, or all when paired): "name=ms" for each
measure() {
  local path=$1 i; shift
  local t0=() t1=() outs=() drivers=()
  for i in "$@"; do args $path $i; wrk -t2 -d${WARM:-8}s "${A[@]}" >/dev/null & drivers+=($!); done
  wait "${drivers[@]}"; drivers=()
  for i in "$@"; do
    [[ -z ${PROFILE:-} ]] || jcmd ${pids[i]} JFR.start name=bench settings=${PROFILE_SETTINGS:-profile} >/dev/null
    t0[i]=$(ticks $i)
  done
  for i in "$@"; do outs[i]=$(mktemp); args $path $i; wrk -t2 -d${DUR:-8}s "${A[@]}" >${outs[i]} & drivers+=($!); done
  wait "${drivers[@]}"
  for i in "$@"; do
    t1[i]=$(ticks $i)
    [[ -z ${PROFILE:-} ]] || jcmd ${pids[i]} JFR.stop name=bench filename=$PROFILE$( (($# > 1)) && echo "-$i")-$path.jfr >/dev/null
  done
  for i in "$@"; do
    local n; n=$(awk '/requests in/ {print $1}' ${outs[i]})
    results[i]+=" $path=$(awk -v a=${t0[i]} -v b=${t1[i]} -v n=$n -v hz=$hz 'BEGIN {printf "%.3f", (b - a) * 1000 / hz / n}')"
    # an error answer is cheaper than the path: a figure with any is not the path's
    results[i]+=$(awk '/Non-2xx/ {printf "(%s non-2xx!)", $NF}' ${outs[i]})
    rm -f ${outs[i]}
  done
}

stop() {
  kill ${pids[$1]}; wait ${pids[$1]} 2>/dev/null || true; rm -rf ${dirs[$1]}
}

jars=("$@")
declare -a pids dirs ports sessions quizzes results
# a set-up that fails (a jar that cannot render its templates) stops the servers already started: left running, they
# held the ports, and the next run measured them instead of its own
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null || true; done' EXIT
if [[ -n ${PAIRED:-} ]]; then
  for i in "${!jars[@]}"; do setup $i ${jars[i]}; done
  for p in $paths; do measure $p "${!jars[@]}"; done
  for i in "${!jars[@]}"; do echo "$(basename ${jars[i]%%:*}) cpu-ms/req${results[i]} (paired) load=$(cut -d' ' -f1 /proc/loadavg)"; stop $i; done
else
  for i in "${!jars[@]}"; do
    setup $i ${jars[i]}
    for p in $paths; do measure $p $i; done
    echo "$(basename ${jars[i]%%:*}) cpu-ms/req${results[i]} load=$(cut -d' ' -f1 /proc/loadavg)"
    stop $i
  done
fi
