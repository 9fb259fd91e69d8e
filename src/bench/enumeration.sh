#!/usr/bin/env bash
# Does sign-up or password reset tell a visitor whether an address has an account, by its answer or its time?
#   src/bench/enumeration.sh [JAR] [N]     (default target/chronoquiz.jar, 10 addresses of each kind)
# Starts the jar on a fresh database, makes N accounts with `user add`, then posts the sign-up and the reset
# form for each known address and for N unknown ones, alternating, and prints each kind's status codes and
# median time. The same codes and medians within the spread are what we want; the machine is shared, so
# read the two medians of one run against each other, not against another run. Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/chronoquiz.jar}
n=${2:-10}
port=${PORT:-7072}
work=$(mktemp -d)
java -jar "$jar" serve --port "$port" --db "$work/enum.db" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 300); do curl -fs "localhost:$port/health" >/dev/null && break; sleep 0.2; done
for i in $(seq "$n"); do
  printf 'lantern orchard violet %s\n' "$i" | java -jar "$jar" user add --db "$work/enum.db" --email "known$i@enum.test" --password-stdin >/dev/null
done
python3 - "$port" "$n" <<'PY'
import http.cookiejar, re, statistics, sys, time, urllib.error, urllib.parse, urllib.request
port, n = sys.argv[1], int(sys.argv[2])
base = f"http://localhost:{port}"
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None
def client():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
def token(op, path):
    return re.search(r'name="_csrf" value="([^"]*)"', op.open(base + path).read().decode()).group(1)
def post(op, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    t = time.perf_counter()
    try:
        code = op.open(base + path, data).status
    except urllib.error.HTTPError as e:
        code = e.code
    return (time.perf_counter() - t) * 1000, code
for form, path, extra in [("sign-up", "/signup", {"password": "a fine long passphrase", "confirm": "a fine long passphrase"}),
                          ("reset", "/password/forgot", {})]:
    times = {"known": [], "unknown": []}
    codes = {"known": set(), "unknown": set()}
    for i in range(1, n + 1):
        for kind in ("known", "unknown"):
            op = client()  # a visitor of its own each time: the per-address buckets are the server's, not ours
            tok = token(op, path)
            ms, code = post(op, path, dict(_csrf=tok, email=f"{kind}{i}@enum.test", **extra))
            times[kind].append(ms)
            codes[kind].add(code)
    for kind in ("known", "unknown"):
        print(f"{form:8} {kind:8} status {sorted(codes[kind])}  median {statistics.median(times[kind]):6.1f} ms"
              f"  (min {min(times[kind]):.1f}, max {max(times[kind]):.1f})")
PY
