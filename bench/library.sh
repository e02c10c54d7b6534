#!/usr/bin/env bash
# The public library under load (issue #15): N published practices (default 100,000; generated from the demo's
# practice templates with their children rows), then wrk with 32 connections on the search API and on /library cycling
# through
# bench/library/queries.txt (words, typos, phrases, filters; facet counts on every page), the app capped at 512 MB of
# heap; then the same queries through the library's SQL alone (no HTTP, no cache) from 32 threads, and the ratio.
#
#   bash bench/library.sh [PRACTICES] [DURATION]        e.g. bash bench/library.sh 100000 60s
#
# Run from the project root after ./mvnw -DskipTests package. Needs java, wrk, curl. LIBRARY_WORK=/dir keeps the
# generated database between runs (the fill is skipped when it already has the practices).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
duration=${2:-60s}
port=${LIBRARY_PORT:-8090}
work=${LIBRARY_WORK:-$(mktemp -d)}
jar=target/praktika.jar
[[ -f $jar ]] || { echo "no $jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
echo "work dir: $work"
pid=
# `wait` answers 143 for the stopped app: under `set -e` that must not end the script before the SQL run
cleanup() { if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

java -Xmx1g -jar "$jar" benchmark-library fill --practices "$n" \
  --praktika.demo=true --praktika.data-dir="$work/data" 2>&1 | grep -E "Данные|не выполнен|Exception" || true

java -Xmx512m -jar "$jar" --praktika.demo=true --praktika.data-dir="$work/data" --server.port="$port" \
  > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null || { echo "the app did not start" >&2; exit 1; }

# the instance reads its word index at start (about 30 s for 100,000 practices); searches ask SQL until then
for _ in $(seq 1 300); do
  grep -q "word index caught up" "$work/app.log" && break
  sleep 1
done
grep -h "word index caught up" "$work/app.log" || echo "the word index was not read in 300 s" >&2

echo "warm-up 15s…"
for base in /api/v1/library/practices /library; do
  wrk -t4 -c32 -d15s --timeout 10s -s bench/library/queries.lua "http://localhost:$port" \
    -- bench/library/queries.txt "$base" > /dev/null
done
for base in /api/v1/library/practices /library; do
  echo "measured run on $base, 32 connections, $duration:"
  wrk -t4 -c32 -d"$duration" --timeout 10s -s bench/library/queries.lua "http://localhost:$port" \
    -- bench/library/queries.txt "$base" | grep -E "requests|Requests/sec|Non-2xx"
done
# searches not asked before: every request a new combination of a line with a year, a district, a sort and a page, so
# neither the kept answers nor the kept results help (the warm-up asks other combinations than the measured run)
wrk -t4 -c32 -d30s --timeout 10s -s bench/library/queries.lua "http://localhost:$port" \
  -- bench/library/queries.txt /api/v1/library/practices fresh 1000 > /dev/null
echo "measured run on /api/v1/library/practices with searches not asked before, 32 connections, $duration:"
wrk -t4 -c32 -d"$duration" --timeout 10s -s bench/library/queries.lua "http://localhost:$port" \
  -- bench/library/queries.txt /api/v1/library/practices fresh 0 | grep -E "requests|Requests/sec|Non-2xx"
# the HTML page of searches not asked before (other combinations than the API's run above)
echo "measured run on /library with searches not asked before, 32 connections, $duration:"
wrk -t4 -c32 -d"$duration" --timeout 10s -s bench/library/queries.lua "http://localhost:$port" \
  -- bench/library/queries.txt /library fresh 1500 | grep -E "requests|Requests/sec|Non-2xx"
echo "heap of the app (-Xmx512m):"
jcmd "$pid" GC.heap_info | grep -E "garbage-first heap|total|used" | head -2
grep -c " ERROR " "$work/app.log" | sed 's/^/ERROR lines in the app log: /' || true
cleanup
pid=
# the embedded PostgreSQL of the stopped app may still be shutting down: the SQL run starts its own on the same data
for _ in $(seq 1 60); do
  [[ -f "$work/data/postgres/postmaster.pid" ]] || break
  sleep 1
done

java -Xmx512m -jar "$jar" benchmark-library sql --queries bench/library/queries.txt --clients 32 --seconds 30 \
  --praktika.demo=true --praktika.data-dir="$work/data" 2>&1 | grep -E "SQL|не выполнен|Exception|ERROR"
