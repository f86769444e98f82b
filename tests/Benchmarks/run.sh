#!/usr/bin/env bash
# Load benchmark of /api/v1/resource (docs/benchmarks.md), one command for the whole picture:
#   1. the ceiling: a minimal Kestrel app (tests/Benchmarks/Ceiling) answering the service's item and list JSON from
#      memory, the fastest any service can answer on this machine;
#   2. the service from its Release build at its production defaults (Production, INFO logging; only the rate limit
#      is raised for the load), on each engine (SQLite, then a throwaway PostgreSQL cluster) and each table size
#      (1,000 and 1,000,000 rows), each on a fresh database seeded by the service's own `seed` command (ids 1..N).
# Per configuration: single requests timed with curl (no load), then each scenario under wrk (100 connections,
# 2 threads, a warm-up, then BENCH_RUNS runs of BENCH_DURATION; medians), while the service's resident memory
# (VmRSS) is sampled throughout. tests/Benchmarks/report.py then checks the targets of issue 7 (PASS/FAIL/n/a per
# target, exit status 1 when one fails) and, with BENCH_PUBLISH=1, writes docs/benchmarks/results.tsv and the
# results section of docs/benchmarks.md.
#
# Scenarios (BENCH_SCENARIOS, in this order; reads before writes, so that reads see the seeded table):
#   get-cached          GET /api/v1/resource/{id}, id from a hot set 1..BENCH_HOT (100): served from the cache
#   get-uncached        GET /api/v1/resource/{id}, id at random over the whole table: most reads miss the cache
#   get-304             get-cached with If-None-Match: "1" (the seeded rows' ETag): 304 without a body
#   list-first          GET /api/v1/resource?pageSize=20 (the first page, default sort)
#   list-sort           the first page by sort=name | -name | createdAt | -createdAt | -id, at random
#   list-cursor         a page continued by cursor deep in the table (URLs collected by cursors.py beforehand)
#   list-filter-common  ?pageSize=20&name=<colour>: a tenth of the rows match
#   list-filter-rare    ?pageSize=20&name=zebra: 1 row in 1,000, 10 in 1,000,000
#   post                POST {"name": ...}
#   put                 PUT /api/v1/resource/{id} {"name": ...}, unconditional, ids spread over the table
#   mix                 80 % reads / 20 % writes (scenarios.lua says which)
# A scenario whose feature the service lacks (no meta.nextCursor in a list answer, no 304) is reported "n/a".
#
# Settings (environment):
#   BENCH_DB           all (default) | sqlite | postgres
#   BENCH_INSTANCES    1 (default) | 2: two instances of the service on one PostgreSQL database and one redis-server
#                      (ConnectionStrings__Redis set on both: shared cache, backplane, shared rate limits; README
#                      "Scale-out"), wrk's threads spread over them (one instance per thread, so BENCH_THREADS >= 2);
#                      reported as engine "postgres-x2"; CPU is both instances' together, RSS the first's
#   BENCH_SIZES        "1000 1000000"   table sizes, each on a fresh database
#   BENCH_SCENARIOS    the list above (default: all of them)
#   BENCH_RUNS         3      measured runs per scenario; the summary shows their median
#   BENCH_DURATION     8s     one measured run
#   BENCH_WARMUP       2s     one unmeasured run before a scenario's measured runs
#   BENCH_FIRST_WARMUP 15s    the warm-up of the first scenario of each service start, long enough for the JIT's
#                             tiered compilation to finish (the run of 1 December measured get-cached at 5,405, 22,469
#                             and 31,810 req/s in its three runs after 2 s)
#   BENCH_CONNECTIONS  100    concurrent connections
#   BENCH_THREADS      2      wrk threads
#   BENCH_TIMEOUT      5s     a request slower than this counts as an error (wrk's default is 2s)
#   BENCH_HOT          100    the hot set of the cached reads
#   BENCH_SINGLE       5      single requests per shape (median), timed with curl before the load
#   BENCH_CURSOR_SECONDS 60   the longest the cursor walk may take to reach the middle of the table
#   BENCH_CEILING      1      0 to skip the ceiling (ratios are then n/a)
#   BENCH_PUBLISH      1      write docs/benchmarks/results.tsv and the results section of docs/benchmarks.md
#   BENCH_PG_STATEMENTS 1 to load pg_stat_statements into the PostgreSQL cluster and save, per scenario, the
#                      statements that took the most database time (off by default: no extra instrumentation)
#   BENCH_NO_BUILD     1 to use the existing build output
#   BENCH_OUT          where raw output, logs and the summary go (default artifacts/benchmarks/<time>)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

db_choice=${BENCH_DB:-all}
sizes=${BENCH_SIZES:-1000 1000000}
scenarios=${BENCH_SCENARIOS:-get-cached get-uncached get-304 list-first list-sort list-cursor list-filter-common list-filter-rare post put mix}
runs=${BENCH_RUNS:-3}
duration=${BENCH_DURATION:-8s}
warmup=${BENCH_WARMUP:-2s}
first_warmup=${BENCH_FIRST_WARMUP:-15s}
connections=${BENCH_CONNECTIONS:-100}
threads=${BENCH_THREADS:-2}
timeout=${BENCH_TIMEOUT:-5s}
hot=${BENCH_HOT:-100}
singles=${BENCH_SINGLE:-5}
cursor_seconds=${BENCH_CURSOR_SECONDS:-60}
out=${BENCH_OUT:-$repo/artifacts/benchmarks/$(date -u +%Y%m%dT%H%M%SZ)}
bench=$repo/tests/Benchmarks
lua=$bench/scenarios.lua
bin=$repo/src/Api/bin/Release/net10.0
ceiling_bin=$bench/Ceiling/bin/Release/net10.0

case "$db_choice" in
  sqlite) engines=(sqlite) ;;
  postgres) engines=(postgres) ;;
  all) engines=(sqlite postgres) ;;
  *) echo "BENCH_DB must be all, sqlite or postgres (got '$db_choice')" >&2; exit 2 ;;
esac
instances=${BENCH_INSTANCES:-1}
case "$instances" in
  1) ;;
  # SQLite is a single-instance engine (ADR 0037): two instances run on PostgreSQL only.
  2) [ "$db_choice" != sqlite ] || { echo "BENCH_INSTANCES=2 runs on PostgreSQL; BENCH_DB=sqlite cannot" >&2; exit 2; }
     engines=(postgres-x2) ;;
  *) echo "BENCH_INSTANCES must be 1 or 2 (got '$instances')" >&2; exit 2 ;;
esac

started=$(date +%s)
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "error: $*" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------------------------
for tool in dotnet curl openssl od python3; do
  command -v "$tool" >/dev/null || die "$tool is required"
done
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  [ "$(id -u)" -eq 0 ] || die "wrk is missing; install it (apt-get install wrk) or run as root"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) || die "could not install wrk"
fi
if [ "$instances" = 2 ]; then
  command -v redis-server >/dev/null || die "BENCH_INSTANCES=2 needs redis-server (apt-get install redis-server)"
fi
pg_bin=""
if [[ " ${engines[*]} " == *" postgres"* ]]; then
  pg_bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | sort -V | tail -n 1)" 2>/dev/null || true)
  [ -x "$pg_bin/pg_ctl" ] || pg_bin=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /none/pg_ctl)")
  [ -x "$pg_bin/pg_ctl" ] || die "BENCH_DB=$db_choice needs the PostgreSQL server binaries (apt-get install postgresql)"
fi

# --- temp folder and cleanup ------------------------------------------------------------------------------
tmp=$(mktemp -d /tmp/resource-bench.XXXXXX)
chmod 755 "$tmp" # the postgres user must reach its data folder below
service_pid=""
service2_pid=""
redis_pid=""
sampler_pid=""
pg_data=""
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

stop_service() {
  if [ -n "$sampler_pid" ]; then
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
  fi
  sampler_pid=""
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  service_pid=""
  if [ -n "$service2_pid" ]; then
    kill "$service2_pid" 2>/dev/null || true
    wait "$service2_pid" 2>/dev/null || true
  fi
  service2_pid=""
}

stop_redis() {
  if [ -n "$redis_pid" ]; then
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
  fi
  redis_pid=""
}

stop_postgres() {
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  pg_data=""
}

cleanup() {
  local status=$?
  stop_service
  stop_postgres
  stop_redis
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$out"
results=$out/runs.tsv      # one line per measured wrk run
single=$out/single.tsv     # one line per single request
info=$out/info.tsv         # facts per configuration: seeding time, features, cursor depth, memory
printf 'engine\trows\tscenario\trun\trps\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\terrors\tservice_cores\twrk_cores\tdb_cores\tother_cores\tbusy_cores\trss_max_mb\ttable_rows\n' >"$results"
printf 'engine\trows\tshape\tsample\tms\tstatus\n' >"$single"
printf 'engine\trows\tkey\tvalue\n' >"$info"
fact() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$info"; }

# --- build ------------------------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building src/Api and tests/Benchmarks/Ceiling (Release)"
  { dotnet build -c Release src/Api -nologo -v quiet && dotnet build -c Release "$bench/Ceiling" -nologo -v quiet; } \
    >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log"; die "build failed"; }
fi
[ -f "$bin/ResourceService.Api.dll" ] || die "no build output in $bin"

# --- token ------------------------------------------------------------------------------------------------
# A symmetric key the service is told to trust, and an HS256 token signed with it, as an identity provider
# would issue: subject, both scopes, issuer, audience, 3 hours of validity; no tenant claim (the tenant "default",
# which the seed command fills).
issuer=https://identity.bench.local
audience=resource-api
openssl rand 32 >"$tmp/key"
key_b64=$(openssl base64 -A <"$tmp/key")
key_hex=$(od -An -v -tx1 "$tmp/key" | tr -d ' \n')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
jwt_header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
jwt_payload=$(printf '{"sub":"bench","scope":"resource:read resource:write","iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d}' \
  "$issuer" "$audience" "$((now - 60))" "$((now - 60))" "$((now + 10800))" | b64url)
jwt_signature=$(printf '%s.%s' "$jwt_header" "$jwt_payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
token="$jwt_header.$jwt_payload.$jwt_signature"

# --- helpers ----------------------------------------------------------------------------------------------
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# CPU seconds (user + system) the processes have used so far, together.
proc_cpu() { local pid; for pid in "$@"; do cat "/proc/$pid/stat"; done | awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 } END { printf "%.3f", t / hz }'; }
# CPU seconds of the throwaway PostgreSQL cluster: the postmaster, its reaped children and its live ones.
postgres_cpu() {
  [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ] || { echo 0; return; }
  local pm
  pm=$(head -n 1 "$pg_data/postmaster.pid")
  # a process may end between the glob and the read: that is no error
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$pm" -v hz="$(getconf CLK_TCK)" '
    { pid = $1; sub(/^.*\) /, "") } # after the command name: $2 ppid, $12 utime, $13 stime, $14 cutime, $15 cstime
    pid == pm { t += $12 + $13 + $14 + $15 }
    $2 == pm { t += $12 + $13 }
    END { printf "%.3f", t / hz }'
}
# Busy and total CPU seconds of the whole machine so far (all cores; idle and iowait are not busy).
machine_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i;
    printf "%.3f %.3f", (total - $5 - $6) / hz, total / hz }' /proc/stat
}

# The service's resident memory every 0.2 s, as "<epoch seconds> <kB>" lines, until it ends.
sample_rss() {
  local pid=$1 file=$2 key value _
  while kill -0 "$pid" 2>/dev/null; do
    while read -r key value _; do
      if [ "$key" = VmRSS: ]; then echo "$EPOCHREALTIME $value"; break; fi
    done <"/proc/$pid/status" 2>/dev/null || true
    sleep 0.2
  done >>"$file"
}
# The largest sample since the given time, in MB.
rss_max_since() { awk -v since="$2" '$1 >= since && $2 > max { max = $2 } END { printf "%.1f", max / 1024 }' "$1"; }

start_postgres() {
  local port=$1
  pg_data=$tmp/pg/data
  mkdir -p "$tmp/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$tmp/pg"
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    >"$out/postgres-initdb.log" 2>&1 || { cat "$out/postgres-initdb.log"; die "initdb failed"; }
  local options="-p $port -k $tmp/pg -c listen_addresses=127.0.0.1 -c max_connections=200"
  [ "${BENCH_PG_STATEMENTS:-0}" = 1 ] && options+=" -c shared_preload_libraries=pg_stat_statements"
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$tmp/pg/server.log" -w -t 60 -o "$options" start >/dev/null \
    || { cat "$tmp/pg/server.log"; die "PostgreSQL did not start"; }
}

psql_bench() { "$pg_bin/psql" -X -q -h 127.0.0.1 -p "$db_port" -U postgres -d "${pg_database:-postgres}" -v ON_ERROR_STOP=1 "$@"; }

# The statements that took the most database time since the last call (BENCH_PG_STATEMENTS=1 only).
save_statements() {
  [ "${1%-x2}" = postgres ] && [ "${BENCH_PG_STATEMENTS:-0}" = 1 ] || return 0
  psql_bench -P pager=off -c "SELECT calls, round(total_exec_time::numeric, 0) AS total_ms,
      round(mean_exec_time::numeric, 3) AS mean_ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 400) AS query
    FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'
    ORDER BY total_exec_time DESC LIMIT 8" >"$2"
  psql_bench -c 'SELECT pg_stat_statements_reset()' >/dev/null
}

# The service's settings for an engine and database: its production defaults, the run's token trust, and the
# rate limit raised (600 a minute per client would stop the load in a fraction of a second).
service_settings() {
  local engine=$1 database=$2
  service_env=(
    ASPNETCORE_ENVIRONMENT=Production
    RateLimiting__PermitLimit=100000000
    Authentication__Schemes__Bearer__ValidIssuer="$issuer"
    Authentication__Schemes__Bearer__ValidAudiences__0="$audience"
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer="$issuer"
    Authentication__Schemes__Bearer__SigningKeys__0__Value="$key_b64"
    DOTNET_CLI_TELEMETRY_OPTOUT=1
  )
  if [ "$engine" = postgres-x2 ]; then
    service_env+=(ConnectionStrings__Redis="127.0.0.1:$redis_port")
  fi
  if [ "$engine" = sqlite ]; then
    service_env+=(Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$tmp/$database.db")
  else
    service_env+=(Database__Provider=PostgreSql
      ConnectionStrings__Default="Host=127.0.0.1;Port=$db_port;Username=postgres;Database=$database")
  fi
}

# Seeds the configuration's fresh database with the service's own command; prints its wall-clock seconds and the
# CPU seconds (user + system) the seeding process used, which other load on the machine does not inflate.
seed_rows() {
  local engine=$1 rows=$2 logfile=$3 before after cpu
  local TIMEFORMAT='%U %S'
  before=$EPOCHREALTIME
  # the redirections inside the subshell: on the subshell itself they would take time's report along
  { time (cd "$bin" && env "${service_env[@]}" dotnet ResourceService.Api.dll seed --count "$rows" >"$logfile" 2>&1) ; } \
    2>"$logfile.time" || { tail -n 20 "$logfile"; die "seeding $rows rows on $engine failed"; }
  after=$EPOCHREALTIME
  cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$logfile.time")
  awk -v a="$before" -v b="$after" -v cpu="$cpu" 'BEGIN { printf "%.1f %s\n", b - a, cpu }'
}

wait_ready() {
  local pid=$1 url=$2 logfile=$3
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$logfile"; die "the process exited during start-up"
    fi
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ] && return 0
    sleep 0.2
  done
  tail -n 40 "$logfile"
  die "$url was not ready within 60 s"
}

start_service() {
  local port=$1 logfile=$2 rssfile=$3
  (cd "$bin" && exec env "${service_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet ResourceService.Api.dll) >"$logfile" 2>&1 &
  service_pid=$!
  sample_rss "$service_pid" "$rssfile" &
  sampler_pid=$!
  wait_ready "$service_pid" "http://127.0.0.1:$port/health/ready" "$logfile"
  if [ "$instances" = 2 ]; then
    # The second instance after the first has migrated, on its own port; wrk's threads alternate between the two.
    port2=$(free_port)
    (cd "$bin" && exec env "${service_env[@]}" Database__MigrateOnStartup=false ASPNETCORE_URLS="http://127.0.0.1:$port2" \
      dotnet ResourceService.Api.dll) >"${logfile%.log}-2.log" 2>&1 &
    service2_pid=$!
    wait_ready "$service2_pid" "http://127.0.0.1:$port2/health/ready" "${logfile%.log}-2.log"
    bench_ports="$port $port2"
  fi
}

start_ceiling() {
  local port=$1 logfile=$2 rssfile=$3
  (cd "$ceiling_bin" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet ResourceService.Ceiling.dll) >"$logfile" 2>&1 &
  service_pid=$!
  sample_rss "$service_pid" "$rssfile" &
  sampler_pid=$!
  wait_ready "$service_pid" "http://127.0.0.1:$port/health/live" "$logfile"
}

# The token must work and its absence must not: otherwise every number below would measure 401s.
check_auth() {
  local api=$1 code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$api")
  [ "$code" = 401 ] || die "GET without a token answered $code, expected 401"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api")
  [ "$code" = 200 ] || die "GET with the minted token answered $code, expected 200"
}

row_count() {
  curl -s -H "Authorization: Bearer $token" "$1?pageSize=1" | sed -n 's/.*"totalCount":\([0-9]*\).*/\1/p'
}

# One timed GET; prints "<ms> <status>".
timed_get() {
  curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -H "Authorization: Bearer $token" -H 'Accept: application/json' "$1" |
    awk '{ printf "%.2f %s\n", $1 * 1000, $2 }'
}

# Single requests without load, BENCH_SINGLE per shape, each to a URL no earlier request asked for (another id,
# pageSize or cursor), so that each is a cache miss; one unrecorded request per shape first, so none pays for JIT.
single_requests() {
  local engine=$1 rows=$2 url=$3 cursors=$4 shape i target ms status
  local shapes=(item first sort=name sort=-name sort=createdAt sort=-createdAt sort=-id filter-common filter-rare)
  [ -s "$cursors" ] && shapes+=(cursor)
  local colours=(red orange yellow green blue indigo violet black white grey)
  for shape in "${shapes[@]}"; do
    for i in $(seq 0 "$singles"); do
      case "$shape" in
        item) target="$url/$(( (i * 7919 + rows / 2) % rows + 1 ))" ;;
        first) target="$url?pageSize=$((14 + i))" ;;
        sort=*) target="$url?pageSize=$((14 + i))&$shape" ;;
        filter-common) target="$url?pageSize=$((14 + i))&name=${colours[$(( (i + 3) % 10 ))]}" ;;
        filter-rare) target="$url?pageSize=$((14 + i))&name=zebra" ;;
        cursor)
          target=$(sed -n "$((i + 1))p" "$cursors")
          [ -n "$target" ] || continue
          target="${url%/api/v1/resource}$target" ;;
      esac
      read -r ms status < <(timed_get "$target")
      [ "$i" -eq 0 ] && continue
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$rows" "$shape" "$i" "$ms" "$status" >>"$single"
    done
  done
}

# One wrk run; prints "rps p50 p90 p95 p99 max errors service_cores wrk_cores db_cores other_cores busy_cores",
# the CPU figures being cores used on average over the run ("other": everything else on the machine).
wrk_run() {
  local scenario=$1 length=$2 url=$3 raw=$4 max_id=$5 cursors=$6
  local svc_before svc_after db_before db_after m_before m_after wrk_cpu line
  svc_before=$(proc_cpu "$service_pid" $service2_pid)
  db_before=$(postgres_cpu)
  m_before=$(machine_cpu)
  local TIMEFORMAT='%U %S'
  { time BENCH_SCENARIO=$scenario BENCH_TOKEN=$token BENCH_MAX_ID=$max_id BENCH_HOT=$hot BENCH_CURSORS=$cursors \
      BENCH_THREADS=$threads BENCH_PORTS=${bench_ports:-} wrk -t "$threads" -c "$connections" -d "$length" --timeout "$timeout" --latency -s "$lua" "$url" \
      >"$raw" 2>&1 ; } 2>"$raw.time"
  svc_after=$(proc_cpu "$service_pid" $service2_pid)
  db_after=$(postgres_cpu)
  m_after=$(machine_cpu)
  wrk_cpu=$(awk '{ print $1 + $2 }' "$raw.time")
  line=$(grep '^BENCH_RESULT' "$raw") || { cat "$raw"; die "wrk printed no result for $scenario"; }
  awk -v line="$line" -v svc="$svc_before $svc_after" -v db="$db_before $db_after" -v m="$m_before $m_after" -v w="$wrk_cpu" 'BEGIN {
    n = split(line, parts, " ")
    for (i = 2; i <= n; i++) { split(parts[i], kv, "="); r[kv[1]] = kv[2] }
    split(svc, s, " "); split(db, d, " "); split(m, c, " ")
    seconds = r["seconds"]
    errors = r["non2xx"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
    service = (s[2] - s[1]) / seconds; load = w / seconds; database = (d[2] - d[1]) / seconds
    busy = (c[3] - c[1]) / seconds; other = busy - service - load - database
    printf "%s %s %s %s %s %s %d %.2f %.2f %.2f %.2f %.2f\n", r["rps"], r["p50_ms"], r["p90_ms"], r["p95_ms"], r["p99_ms"],
      r["max_ms"], errors, service, load, database, (other < 0 ? 0 : other), busy
  }'
}

# A warm-up and the measured runs of one scenario, each run's line appended to runs.tsv.
measure() {
  local engine=$1 rows=$2 scenario=$3 url=$4 max_id=$5 cursors=$6 rssfile=$7 table=$8
  local run since rps p50 p90 p95 p99 max errors svc_cores wrk_cores db_cores other_cores busy_cores rss
  local this_warmup=$warmup
  [ "$scenario" = "${first_scenario:-}" ] && this_warmup=$first_warmup
  log "[$engine/$rows] $scenario: warm-up $this_warmup"
  wrk_run "$scenario" "$this_warmup" "$url" "$out/$engine-$rows-$scenario-warmup.txt" "$max_id" "$cursors" >/dev/null
  save_statements "$engine" /dev/null
  for run in $(seq 1 "$runs"); do
    since=$EPOCHREALTIME
    read -r rps p50 p90 p95 p99 max errors svc_cores wrk_cores db_cores other_cores busy_cores \
      < <(wrk_run "$scenario" "$duration" "$url" "$out/$engine-$rows-$scenario-$run.txt" "$max_id" "$cursors")
    rss=$(rss_max_since "$rssfile" "$since")
    printf '%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$rows" "$scenario" "$run" \
      "$rps" "$p50" "$p90" "$p95" "$p99" "$max" "$errors" "$svc_cores" "$wrk_cores" "$db_cores" "$other_cores" "$busy_cores" \
      "$rss" "$table" >>"$results"
    log "[$engine/$rows] $scenario run $run/$runs: $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, errors $errors, RSS max $rss MB;" \
      "CPU cores: service $svc_cores, wrk $wrk_cores, postgres $db_cores, other $other_cores"
  done
  save_statements "$engine" "$out/$engine-$rows-$scenario-statements.txt"
}

# --- the ceiling ------------------------------------------------------------------------------------------
log "results go to $out"
log "$(nproc) CPU core(s) shared by wrk, the service$([ -n "$pg_bin" ] && echo ' and PostgreSQL'); $connections connections," \
  "$threads wrk threads, $runs x $duration per scenario after $warmup of warm-up; sizes: $sizes"
fact all - cores "$(nproc)"
fact all - started "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fact all - settings "runs=$runs duration=$duration warmup=$warmup first_warmup=$first_warmup connections=$connections threads=$threads hot=$hot single=$singles"
if [ "${BENCH_CEILING:-1}" = 1 ]; then
  port=$(free_port)
  log "[ceiling] starting tests/Benchmarks/Ceiling on 127.0.0.1:$port"
  start_ceiling "$port" "$out/ceiling.log" "$out/ceiling-rss.txt"
  first_scenario=ceiling-item
  for scenario in ceiling-item ceiling-list; do
    measure ceiling - "$scenario" "http://127.0.0.1:$port" 1000 "" "$out/ceiling-rss.txt" -
  done
  stop_service
fi

# --- the service, per engine and size ---------------------------------------------------------------------
for engine in "${engines[@]}"; do
  db_port=""
  if [ "$engine" = postgres-x2 ]; then
    redis_port=$(free_port)
    log "[$engine] starting redis-server on 127.0.0.1:$redis_port"
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$out/redis.log" 2>&1 &
    redis_pid=$!
  fi
  if [ "${engine%-x2}" = postgres ]; then
    db_port=$(free_port)
    log "[$engine] starting a throwaway PostgreSQL cluster on 127.0.0.1:$db_port"
    start_postgres "$db_port"
  fi
  for rows in $sizes; do
    database=bench_$rows
    pg_database=postgres
    [ "${engine%-x2}" = postgres ] && psql_bench -c "CREATE DATABASE $database" >/dev/null
    pg_database=$database
    [ "${engine%-x2}" = postgres ] && [ "${BENCH_PG_STATEMENTS:-0}" = 1 ] && psql_bench -c 'CREATE EXTENSION pg_stat_statements' >/dev/null
    service_settings "$engine" "$database"

    log "[$engine/$rows] seeding $rows rows with the seed command"
    read -r seconds cpu < <(seed_rows "$engine" "$rows" "$out/seed-$engine-$rows.log")
    fact "$engine" "$rows" seed_seconds "$seconds"
    fact "$engine" "$rows" seed_cpu_seconds "$cpu"
    fact "$engine" "$rows" seed_summary "$(grep '^seeded' "$out/seed-$engine-$rows.log" || true)"
    log "[$engine/$rows] $(grep '^seeded' "$out/seed-$engine-$rows.log" || true) (process: $seconds s, $cpu s of CPU)"

    port=$(free_port)
    rssfile=$out/rss-$engine-$rows.txt
    log "[$engine/$rows] starting the service on 127.0.0.1:$port (Production, INFO logging, RateLimiting__PermitLimit=100000000)"
    start_service "$port" "$out/service-$engine-$rows.log" "$rssfile"
    url="http://127.0.0.1:$port"
    api="$url/api/v1/resource"
    check_auth "$api"
    table=$(row_count "$api")
    [ "$table" = "$rows" ] || die "the table holds ${table:-no count} rows after seeding $rows"

    # Features that may not be there yet: a scenario that needs one is reported n/a instead of measured.
    cursors=$tmp/cursors-$engine-$rows.txt
    : >"$cursors"
    walk=$(python3 "$bench/cursors.py" "$url" "$token" "pageSize=100" "$((rows / 2))" "$cursor_seconds" "$cursors") || true
    log "[$engine/$rows] cursor walk: $walk"
    fact "$engine" "$rows" cursor_walk "$walk"
    [ -s "$cursors" ] && cp "$cursors" "$out/cursors-$engine-$rows.txt"
    not_modified=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'If-None-Match: "1"' "$api/1")
    fact "$engine" "$rows" if_none_match_status "$not_modified"

    log "[$engine/$rows] single requests ($singles per shape)"
    single_requests "$engine" "$rows" "$api" "$cursors"

    first_scenario=${scenarios%% *}
    for scenario in $scenarios; do
      if [ "$scenario" = list-cursor ] && [ ! -s "$cursors" ]; then
        log "[$engine/$rows] $scenario: n/a ($walk)"; fact "$engine" "$rows" "na:$scenario" "${walk#n/a: }"; continue
      fi
      if [ "$scenario" = get-304 ] && [ "$not_modified" != 304 ]; then
        log "[$engine/$rows] $scenario: n/a (If-None-Match answered $not_modified)"
        fact "$engine" "$rows" "na:$scenario" "If-None-Match answered $not_modified, not 304"; continue
      fi
      measure "$engine" "$rows" "$scenario" "$url" "$rows" "$cursors" "$rssfile" "$(row_count "$api")"
    done
    fact "$engine" "$rows" rss_max_mb "$(rss_max_since "$rssfile" 0)"
    fact "$engine" "$rows" table_rows_at_end "$(row_count "$api")"
    stop_service
  done
  stop_postgres
  stop_redis
done

elapsed=$(($(date +%s) - started))
fact all - run_seconds "$elapsed"
log "run time: $((elapsed / 60)) min $((elapsed % 60)) s"

# --- summary, targets, published results ------------------------------------------------------------------
publish=()
[ "${BENCH_PUBLISH:-1}" = 1 ] && publish=(--publish "$repo/docs")
python3 "$bench/report.py" "$out" "${publish[@]}"
