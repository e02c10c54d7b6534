#!/usr/bin/env bash
# Load run of two Praktika instances on one PostgreSQL (issue #12, point 9).
#
#   bash bench/load.sh [DURATION] [CONNECTIONS] [THREADS]      e.g. bash bench/load.sh 60s
#
# DURATION as wrk takes it (default 10m); CONNECTIONS per instance (default 8); THREADS per wrk (default =
# CONNECTIONS, i.e. one connection per wrk thread, so that each simulated user's session cookie is used by one
# connection at a time, as a browser tab does). Run from the project root after ./mvnw -DskipTests package.
# Needs java, wrk, curl, python3; psql (any client 14+) for the PostgreSQL connection counts (skipped without it).
#
# What it does:
#  1. starts instance A (java -Xmx512m, demo data, embedded PostgreSQL in $WORK/data, port 8081) and waits for
#     /actuator/health/readiness (the demo data are written before it answers UP);
#  2. starts instance B (port 8082, data dir $WORK/data-b) on A's embedded database as an external PostgreSQL: the
#     port from line 4 of postmaster.pid, role and password from postgres-credentials.properties (the password is
#     handed over in PRAKTIKA_DB_PASSWORD, not on the command line, so it stays out of ps);
#  3. as perm through the API: makes shared edit cards and one submit card per wrk thread (copies of Perm's demo
#     cards); exports Perm's 2024 workbook for the import;
#  4. runs one wrk per instance in parallel with the same mix (bench/load/mix.lua): public pages, search, a
#     published card, the anonymous API search, sign-in through the form and /desk with the session, card edits
#     (GET then PUT with its version; 409 of a stale version is counted apart) and submit/return rounds;
#  5. during the traffic, from the shell: one XLSX import (perm, through B) and one consolidated PDF report (admin,
#     through A), each polled until DONE;
#  6. samples every 5 s the JVMs' heap (jstat) and the PostgreSQL connections (pg_stat_activity), and at the end
#     reads GC.heap_info, the peak RSS (VmHWM) and the app logs' ERROR lines;
#  7. appends a markdown block to $LOAD_RESULTS (default target/load-results.md) and prints it.
#
# Logs and raw outputs stay in $WORK (printed at the start; LOAD_WORK=/some/dir to choose it). Both JVMs (and the
# embedded PostgreSQL) are stopped on exit, also on Ctrl-C or a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

duration=${1:-10m}
connections=${2:-8}
threads=${3:-$connections}
port_a=${PORT_A:-8081}
port_b=${PORT_B:-8082}
edit_cards=${EDIT_CARDS:-4}          # shared by every connection of both instances: stale versions do happen
import_copies=${IMPORT_COPIES:-5}    # the import workbook: the Perm export's rows repeated this many times
ready_timeout=${READY_TIMEOUT:-900}  # seconds; the first start writes the demo data (1.5–4 min on 2 busy cores)
jar=$root/target/praktika.jar
results=${LOAD_RESULTS:-$root/target/load-results.md}

fail() { echo "load.sh: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

[[ -f $jar ]] || fail "no $jar: run ./mvnw -DskipTests package first"
for tool in java wrk curl python3 jstat jcmd; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
(( threads <= connections )) || fail "THREADS ($threads) must not exceed CONNECTIONS ($connections)"
for p in "$port_a" "$port_b"; do
  if curl -s -o /dev/null "http://localhost:$p/"; then fail "port $p is already in use"; fi
done
seconds() { # wrk duration (90, 90s, 10m, 1h) in seconds
  local d=$1
  case $d in
    *h) echo $(( ${d%h} * 3600 )) ;; *m) echo $(( ${d%m} * 60 )) ;; *s) echo "${d%s}" ;; *) echo "$d" ;;
  esac
}
run_s=$(seconds "$duration")
[[ $run_s =~ ^[0-9]+$ ]] && (( run_s > 0 )) || fail "cannot read the duration «$duration» (use 60s, 10m, 1h)"

WORK=${LOAD_WORK:-$(mktemp -d /tmp/praktika-load.XXXXXX)}
mkdir -p "$WORK"
log "work directory (logs, wrk outputs, samples): $WORK"

pid_a="" pid_b="" bg_pids=()
stop_jvm() { # pid name
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  echo "load.sh: $2 (pid $pid) did not stop in 30 s, killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for p in "${bg_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  stop_jvm "$pid_b" "instance B"
  stop_jvm "$pid_a" "instance A"
  # after a KILL of A its PostgreSQL would stay behind: stop it (fast shutdown)
  local pm
  pm=$(find "$WORK/data" -name postmaster.pid 2>/dev/null | head -1 || true)
  if [[ -n $pm ]]; then
    local pg
    pg=$(head -1 "$pm")
    if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null; then kill -INT "$pg" 2>/dev/null || true; fi
  fi
  if (( rc != 0 )); then
    echo "load.sh: FAILED (exit $rc). Logs: $WORK/instance-a.log, $WORK/instance-b.log; work directory $WORK" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() { # port pid name logfile
  local port=$1 pid=$2 name=$3 logf=$4 waited=0 state
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "load.sh: $name exited before it was ready; last lines of $logf:" >&2
      tail -30 "$logf" >&2
      fail "$name did not start"
    fi
    state=$(curl -s --max-time 5 "http://localhost:$port/actuator/health/readiness" || true)
    [[ $state == *'"UP"'* ]] && return 0
    (( waited >= ready_timeout )) && { tail -30 "$logf" >&2; fail "$name not ready after ${ready_timeout} s (log: $logf)"; }
    sleep 2; waited=$(( waited + 2 ))
  done
}

# ---- 1. instance A with its embedded PostgreSQL -------------------------------------------------------------------
log "starting instance A on port $port_a (log: $WORK/instance-a.log)"
t0=$(date +%s)
java -Xmx512m -jar "$jar" --praktika.demo=true --praktika.data-dir="$WORK/data" --server.port="$port_a" \
  >"$WORK/instance-a.log" 2>&1 &
pid_a=$!
wait_ready "$port_a" "$pid_a" "instance A" "$WORK/instance-a.log"
log "instance A ready after $(( $(date +%s) - t0 )) s (pid $pid_a)"

# ---- 2. instance B on A's database --------------------------------------------------------------------------------
creds=$WORK/data/postgres-credentials.properties
[[ -r $creds ]] || fail "no $creds"
pidfile=$(find "$WORK/data" -name postmaster.pid | head -1)
[[ -n $pidfile ]] || fail "no postmaster.pid under $WORK/data"
pg_port=$(sed -n 4p "$pidfile")
[[ $pg_port =~ ^[0-9]+$ ]] || fail "no port on line 4 of $pidfile"
prop() { sed -n "s/^$1=//p" "$creds"; }
db_user=$(prop user)
db_password=$(prop user.password)
su_user=$(prop superuser)
[[ -n $db_user && -n $db_password ]] || fail "no user / user.password in $creds"
db_url="jdbc:postgresql://localhost:$pg_port/praktika"
log "starting instance B on port $port_b against $db_url as $db_user (log: $WORK/instance-b.log)"
t0=$(date +%s)
PRAKTIKA_DB_PASSWORD=$db_password java -Xmx512m -jar "$jar" \
  --spring.datasource.url="$db_url" --spring.datasource.username="$db_user" \
  --praktika.demo=true --server.port="$port_b" --praktika.data-dir="$WORK/data-b" \
  >"$WORK/instance-b.log" 2>&1 &
pid_b=$!
wait_ready "$port_b" "$pid_b" "instance B" "$WORK/instance-b.log"
log "instance B ready after $(( $(date +%s) - t0 )) s (pid $pid_b)"

# ---- 3. cards for the mix -----------------------------------------------------------------------------------------
api_a=http://localhost:$port_a/api/v1
perm=(-u perm:demo)
published=$(curl -fsS "$api_a/practices?status=PUBLISHED&size=200" | python3 -c '
import json, sys; print(",".join(str(p["id"]) for p in json.load(sys.stdin)["items"]))')
[[ -n $published ]] || fail "no published practices: is the demo data there?"
# the load cards are copies of Perm's demo cards, taken in turn (copies of one card would all be near duplicates of
# each other and make every edit's linkage work heavier than real data does)
models=$(curl -fsS "${perm[@]}" "$api_a/practices?region=59&size=100" | python3 -c '
import json, sys; print(" ".join(str(p["id"]) for p in json.load(sys.stdin)["items"]))')
read -r -a models <<<"$models"
(( ${#models[@]} > 0 )) || fail "perm sees no card of region 59"
for m in "${models[@]}"; do
  curl -fsS "${perm[@]}" "$api_a/practices/$m" | python3 -c '
import json, sys
card = json.load(sys.stdin)
card["title"] = "Нагрузочный прогон: " + card["title"]
json.dump(card, open(sys.argv[1], "w"), ensure_ascii=False)' "$WORK/draft-$m.json"
done
curl -fsS "${perm[@]}" -o "$WORK/export.xlsx" "$api_a/campaigns/2024/practices.xlsx"
make_cards() { # count → comma-separated ids
  local ids=() id
  for i in $(seq 1 "$1"); do
    id=$(curl -fsS "${perm[@]}" -H 'Content-Type: application/json' \
      --data-binary @"$WORK/draft-${models[$(( (i + $2) % ${#models[@]} ))]}.json" \
      "$api_a/practices" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') \
      || fail "could not create a card as perm"
    ids+=("$id")
  done
  (IFS=,; echo "${ids[*]}")
}
edit_ids=$(make_cards "$edit_cards" 0)
submit_ids=$(make_cards $(( 2 * threads )) "$edit_cards")
log "cards: $(tr -cd , <<<"$published," | wc -c) published; edit cards $edit_ids; submit cards $submit_ids"

# the import workbook: Perm's 2024 export (made before the load cards), rows repeated with new external codes
import_rows=$(python3 "$root/bench/load/workbook.py" "$WORK/export.xlsx" "$WORK/import.xlsx" "$import_copies" \
  "$(date -u +%Y%m%d%H%M%S)")
log "import workbook: $import_rows rows"

# ---- samplers -----------------------------------------------------------------------------------------------------
have_psql=0
command -v psql >/dev/null && have_psql=1
pg_query() {
  PGPASSWORD=$db_password PGCONNECT_TIMEOUT=5 psql -h localhost -p "$pg_port" -U "$db_user" -d praktika -At -F ' ' \
    -c "$1"
}
sampler() {
  echo "time heapA_MB heapB_MB pg_total pg_active pg_idle pg_idle_in_tx" >"$WORK/samples.txt"
  while kill -0 $$ 2>/dev/null; do
    local ha hb pg="- - - -"
    ha=$(jstat -gc "$pid_a" 2>/dev/null | awk 'NR==1{for(i=1;i<=NF;i++)h[$i]=i} NR==2{printf "%.0f",($h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"])/1024}')
    hb=$(jstat -gc "$pid_b" 2>/dev/null | awk 'NR==1{for(i=1;i<=NF;i++)h[$i]=i} NR==2{printf "%.0f",($h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"])/1024}')
    if (( have_psql )); then
      pg=$(pg_query "select count(*), count(*) filter (where state = 'active'), count(*) filter (where state = 'idle'),
                      count(*) filter (where state like 'idle in transaction%')
                     from pg_stat_activity where datname = 'praktika'" 2>/dev/null || echo "- - - -")
    fi
    echo "$(date -u +%H:%M:%S) ${ha:--} ${hb:--} $pg" >>"$WORK/samples.txt"
    sleep 5
  done
}
sampler &
bg_pids+=($!)

# ---- 5. jobs from the shell ---------------------------------------------------------------------------------------
run_job() { # name file-with-POST-answer auth base → writes $WORK/job-<name>.txt
  local name=$1 answer=$2 auth=$3 base=$4 job start end state
  start=$(date +%s.%N)
  job=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["jobId"])' "$answer" 2>/dev/null) || {
    echo "status=NOT_STARTED answer=$(head -c 300 "$answer")" >"$WORK/job-$name.txt"; return; }
  while :; do
    curl -fsS -u "$auth" "$base/jobs/$job" >"$WORK/job-$name.json" 2>/dev/null || true
    state=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$WORK/job-$name.json" \
      2>/dev/null || echo "?")
    [[ $state == DONE || $state == FAILED ]] && break
    kill -0 $$ 2>/dev/null || exit 0
    (( $(date +%s) - ${start%.*} > 1800 )) && { state=TIMEOUT; break; }
    sleep 1
  done
  end=$(date +%s.%N)
  python3 - "$WORK/job-$name.json" "$state" "$start" "$end" >"$WORK/job-$name.txt" <<'EOF'
import json, sys
from datetime import datetime
path, state, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
try:
    j = json.load(open(path))
    own = (datetime.fromisoformat(j["updated"].replace("Z", "+00:00"))
           - datetime.fromisoformat(j["created"].replace("Z", "+00:00"))).total_seconds()
    msg = j.get("message") or ""
except Exception:
    own, msg = float("nan"), "?"
print(f"status={state} wall_s={end - start:.1f} job_s={own:.1f} message={msg.rstrip('.')}")
EOF
}
jobs_during_run() {
  local warm=$(( run_s / 4 < 30 ? run_s / 4 : 30 ))
  sleep "$warm"
  log "starting the XLSX import (perm, via B) and the consolidated PDF report (admin, via A)"
  curl -sS -u perm:demo -F "file=@$WORK/import.xlsx" \
    "http://localhost:$port_b/api/v1/campaigns/2024/imports" >"$WORK/import-answer.json" 2>&1 || true
  run_job import "$WORK/import-answer.json" perm:demo "http://localhost:$port_b/api/v1" &
  local ji=$!
  curl -sS -u admin:demo -H 'Content-Type: application/json' \
    -d '{"year":2024,"kind":"CONSOLIDATED","format":"PDF"}' \
    "http://localhost:$port_a/api/v1/reports" >"$WORK/report-answer.json" 2>&1 || true
  run_job report "$WORK/report-answer.json" admin:demo "http://localhost:$port_a/api/v1" &
  wait "$ji" $!
  log "jobs finished: import $(cat "$WORK/job-import.txt"); report $(cat "$WORK/job-report.txt")"
}
jobs_during_run &
jobs_pid=$!
bg_pids+=($jobs_pid)

# ---- 4. traffic ---------------------------------------------------------------------------------------------------
basic="Basic $(printf perm:demo | base64)"
accounts="perm:demo,tatarstan:demo,expert:demo,admin:demo"
errors_before_a=$(grep -c ' ERROR ' "$WORK/instance-a.log" || true)
errors_before_b=$(grep -c ' ERROR ' "$WORK/instance-b.log" || true)
log "traffic: $duration, $connections connections and $threads threads per instance (wrk outputs: $WORK/wrk-a.txt, $WORK/wrk-b.txt)"
started=$(date -u +%Y-%m-%dT%H:%MZ)
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$root/bench/load/mix.lua" \
  "http://localhost:$port_a" -- A 0 "$threads" "$published" "$edit_ids" "$submit_ids" "$basic" "$accounts" \
  >"$WORK/wrk-a.txt" 2>&1 &
wrk_a=$!
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$root/bench/load/mix.lua" \
  "http://localhost:$port_b" -- B 1 "$threads" "$published" "$edit_ids" "$submit_ids" "$basic" "$accounts" \
  >"$WORK/wrk-b.txt" 2>&1 &
wrk_b=$!
bg_pids+=("$wrk_a" "$wrk_b")
wait "$wrk_a" || fail "wrk against A failed: $(tail -5 "$WORK/wrk-a.txt")"
wait "$wrk_b" || fail "wrk against B failed: $(tail -5 "$WORK/wrk-b.txt")"
log "traffic done"
if kill -0 "$jobs_pid" 2>/dev/null; then
  log "waiting for the import and the report to finish (they outlived the traffic)"
  jobs_after=" (finished after the traffic)"
fi
wait "$jobs_pid" || true
jobs_after=${jobs_after:-}

# ---- 6. end-of-run readings ---------------------------------------------------------------------------------------
heap_info() { jcmd "$1" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\1 \2/p' | head -1; }
read -r heap_total_a heap_used_a <<<"$(heap_info "$pid_a")" || true
read -r heap_total_b heap_used_b <<<"$(heap_info "$pid_b")" || true
jcmd "$pid_a" GC.heap_info >"$WORK/heap-a.txt" 2>&1 || true
jcmd "$pid_b" GC.heap_info >"$WORK/heap-b.txt" 2>&1 || true
hwm() { awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
rss_a=$(hwm "$pid_a"); rss_b=$(hwm "$pid_b")
maxcol() { awk -v c="$1" 'NR>1 && $c ~ /^[0-9]+$/ && $c+0>m{m=$c+0} END{print (m==""?"?":m)}' "$WORK/samples.txt"; }
heap_peak_a=$(maxcol 2); heap_peak_b=$(maxcol 3)
bigger() { if [[ $1 =~ ^[0-9]+$ ]] && (( $1 >= $2 )); then echo "$1"; else echo "$2"; fi; }
heap_peak_a=$(bigger "$heap_peak_a" $(( ${heap_used_a:-0} / 1024 )))   # the end reading counts as a sample too
heap_peak_b=$(bigger "$heap_peak_b" $(( ${heap_used_b:-0} / 1024 )))
pg_max=$(maxcol 4); pg_active_max=$(maxcol 5); pg_idle_tx_max=$(maxcol 7)
pg_end="?" sessions="?"
if (( have_psql )); then
  pg_end=$(pg_query "select count(*) from pg_stat_activity where datname = 'praktika'" 2>/dev/null || echo "?")
  sessions=$(pg_query "select count(*) from sessions.spring_session" 2>/dev/null || echo "?")
fi
errors_a=$(( $(grep -c ' ERROR ' "$WORK/instance-a.log" || true) - errors_before_a ))
errors_b=$(( $(grep -c ' ERROR ' "$WORK/instance-b.log" || true) - errors_before_b ))

# ---- 7. the report ------------------------------------------------------------------------------------------------
val() { local v; v=$(sed -n "s/^LOAD $2 //p" "$WORK/wrk-$1.txt" | head -1); echo "${v:-0}"; }
statuses() { # non-2xx/3xx answers by status
  local s
  s=$(sed -n 's/^LOAD status:\([0-9]*\) \([0-9]*\)$/\1 \2/p' "$WORK/wrk-$1.txt" \
    | awk '$1 >= 400 {printf "%s%s: %s", sep, $1, $2; sep=", "}')
  echo "${s:-none}"
}
kinds() { sed -n 's/^LOAD kind:\([a-z-]*\) \([0-9]*\)$/\1 \2/p' "$WORK/wrk-$1.txt" | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}'; }
row() { # instance letter
  local i=$1 lower
  lower=$(tr 'AB' 'ab' <<<"$i")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$i" \
    "$(val "$lower" requests)" "$(val "$lower" rps)" "$(val "$lower" p50_ms)" "$(val "$lower" p95_ms)" \
    "$(val "$lower" p99_ms)" "$(val "$lower" max_ms)" "$(statuses "$lower")" "$(val "$lower" stale409)" \
    "$(val "$lower" socket_errors)" "$(val "$lower" signin-ok)"
}
block=$(cat <<EOF

### Load run $started — $duration, $connections connections / $threads threads per instance

\`bash bench/load.sh $duration $connections $threads\` on $(nproc) cores, load average before the traffic $(cut -d' ' -f1-3 /proc/loadavg); two instances
(\`-Xmx512m\` each), B on A's embedded PostgreSQL $pg_port; $edit_cards shared edit cards, $(( 2 * threads )) submit cards.

| instance | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | 4xx/5xx by status | 409 stale edit (expected) | socket errors | sign-ins |
|---|---|---|---|---|---|---|---|---|---|---|
$(row A)
$(row B)

Requests by kind — A: $(kinds a); B: $(kinds b).
Other 409 (workflow) A/B: $(val a conflict409-other)/$(val b conflict409-other); edits refused otherwise: $(val a edit-refused)/$(val b edit-refused); sessions lost: $(val a session-lost)/$(val b session-lost); failed sign-ins: $(val a signin-failed)/$(val b signin-failed).

| what | A | B |
|---|---|---|
| heap used: peak of the 5 s samples and the end / at the end (GC.heap_info), of committed | ${heap_peak_a} MB / $(( ${heap_used_a:-0} / 1024 )) MB of $(( ${heap_total_a:-0} / 1024 )) MB | ${heap_peak_b} MB / $(( ${heap_used_b:-0} / 1024 )) MB of $(( ${heap_total_b:-0} / 1024 )) MB |
| max RSS (VmHWM, whole life of the JVM) | ${rss_a} MB | ${rss_b} MB |
| ERROR lines in the log during the run | $errors_a | $errors_b |

PostgreSQL (\`pg_stat_activity\` of database praktika, both instances, every 5 s): at most $pg_max connections,
$pg_active_max active at once, $pg_idle_tx_max idle in transaction; $pg_end at the end; $(printf '%s' "$sessions") rows in \`sessions.spring_session\`
(anonymous page views open none: the CSRF token travels in its own cookie). wrk leaves answers slower than 10 s out of the latencies and counts
them as socket timeouts.

Jobs during the traffic$jobs_after — XLSX import of $import_rows rows (perm, through B): $(cat "$WORK/job-import.txt" 2>/dev/null || echo "no result");
consolidated PDF report (admin, through A): $(cat "$WORK/job-report.txt" 2>/dev/null || echo "no result").
(wall_s: from the POST to DONE seen by polling every second; job_s: the job's own created → updated.)

Raw outputs: $WORK (wrk-a.txt, wrk-b.txt, samples.txt, instance-a.log, instance-b.log).
EOF
)
mkdir -p "$(dirname "$results")"
printf '%s\n' "$block" >>"$results"
printf '%s\n' "$block"
echo
log "appended to $results"
