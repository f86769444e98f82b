-- wrk script for tests/Benchmarks/run.sh. One file for every scenario, chosen by environment:
--   BENCH_SCENARIO  one of the names in the table at the end (run.sh's header describes each)
--   BENCH_TOKEN     the bearer token sent on every request (none for the ceiling)
--   BENCH_MAX_ID    the highest seeded id: the rows 1..BENCH_MAX_ID exist (seeded on a fresh database)
--   BENCH_HOT       the size of the hot set of ids, 1..BENCH_HOT, that the cached reads pick from (default 100)
--   BENCH_CURSORS   a file of list URLs (path and query, cursor included), one a line, deep in the table
--   BENCH_THREADS   wrk's thread count (the writers of "put" share the ids out by thread)
--   BENCH_PORTS     "p1 p2 ...": loopback ports of several instances; thread n sends to the n-th, round robin
-- done() prints one machine-readable line, "BENCH_RESULT key=value ...", with the percentiles that
-- wrk's --latency table leaves out (p95 above all), so that run.sh never has to interpolate.

local scenario = os.getenv("BENCH_SCENARIO") or "get-cached"
local token = os.getenv("BENCH_TOKEN") or ""
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "1000")
local hot = math.min(tonumber(os.getenv("BENCH_HOT") or "100"), max_id)
local base = "/api/v1/resource"

-- The seed command's names are "<colour> <thing> <n>" (src/Api/Seeding/SeedNames.cs): each colour matches a tenth
-- of the rows; "zebra" is in row 1 and every 100,000th row after it.
local colours = { "red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey" }
local things = { "widget", "gadget", "sprocket", "gizmo", "lever", "valve", "spring", "bracket", "hinge", "bolt" }
local sorts = { "name", "-name", "createdAt", "-createdAt", "-id" }
local rare = "zebra"

wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local cursors = {}
local counter = 0
local threads = 1
-- thread_id is a global that setup() sets in each thread's own Lua state.

local function load_cursors()
  local path = os.getenv("BENCH_CURSORS")
  if not path or path == "" then return end
  local file = io.open(path, "r")
  if not file then return end
  for line in file:lines() do
    if line ~= "" then cursors[#cursors + 1] = line end
  end
  file:close()
end

-- setup() runs in the main Lua state once per thread before it starts: give each thread its own number.
local next_thread = 0
local ports = {}
for port in (os.getenv("BENCH_PORTS") or ""):gmatch("%d+") do ports[#ports + 1] = port end
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
  if #ports > 0 then
    thread.addr = wrk.lookup("127.0.0.1", ports[(next_thread - 1) % #ports + 1])[1]
  end
end

function init(args)
  load_cursors()
  if (scenario == "list-cursor") and #cursors == 0 then
    error("BENCH_CURSORS names no cursor URLs for scenario " .. scenario)
  end
  thread_id = thread_id or 1
  threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  math.randomseed(os.time() * 1000 + thread_id)
  -- writers of different threads start apart and never rename the same id at the same time
  counter = math.random(max_id)
end

local json_headers = { ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
local conditional_headers = { ["Accept"] = "application/json", ["If-None-Match"] = '"1"' }
if token ~= "" then
  json_headers["Authorization"] = "Bearer " .. token
  conditional_headers["Authorization"] = "Bearer " .. token
end

local function get_cached()
  return wrk.format("GET", base .. "/" .. math.random(hot))
end

-- Random ids over the whole table: on a large table nearly every read misses the cache.
local function get_uncached()
  return wrk.format("GET", base .. "/" .. math.random(max_id))
end

-- The hot set, revalidated: every seeded row is at version 1, so its ETag is "1" and the answer 304.
local function get_304()
  return wrk.format("GET", base .. "/" .. math.random(hot), conditional_headers)
end

local function list_first()
  return wrk.format("GET", base .. "?pageSize=20")
end

local function list_sort()
  return wrk.format("GET", base .. "?pageSize=20&sort=" .. sorts[math.random(#sorts)])
end

local function list_cursor()
  return wrk.format("GET", cursors[math.random(#cursors)])
end

local function list_filter_common()
  return wrk.format("GET", base .. "?pageSize=20&name=" .. colours[math.random(#colours)])
end

local function list_filter_rare()
  return wrk.format("GET", base .. "?pageSize=20&name=" .. rare)
end

local function post()
  counter = counter + 1
  local name = string.format("%s %s load-%d-%d", colours[math.random(#colours)], things[math.random(#things)],
    thread_id, counter)
  return wrk.format("POST", base, json_headers, '{"name":"' .. name .. '"}')
end

-- Unconditional renames (no If-Match). Each thread walks its own residue class of ids, so that no two requests
-- in flight rename the same row (which may rightly answer 409 to one of them).
local function put()
  counter = counter + 1
  local id = (counter * threads + thread_id) % max_id + 1
  local name = string.format("%s %s renamed-%d-%d", colours[math.random(#colours)], things[math.random(#things)],
    thread_id, counter)
  return wrk.format("PUT", base .. "/" .. id, json_headers, '{"name":"' .. name .. '"}')
end

-- 80 % reads, 20 % writes: 45 % cached item, 15 % uncached item, 10 % first page, 10 % common filter,
-- 10 % POST, 10 % PUT.
local function mix()
  local roll = math.random(100)
  if roll <= 45 then return get_cached() end
  if roll <= 60 then return get_uncached() end
  if roll <= 70 then return list_first() end
  if roll <= 80 then return list_filter_common() end
  if roll <= 90 then return post() end
  return put()
end

local scenarios = {
  ["ceiling-item"] = get_cached,
  ["ceiling-list"] = list_first,
  ["get-cached"] = get_cached,
  ["get-uncached"] = get_uncached,
  ["get-304"] = get_304,
  ["list-first"] = list_first,
  ["list-sort"] = list_sort,
  ["list-cursor"] = list_cursor,
  ["list-filter-common"] = list_filter_common,
  ["list-filter-rare"] = list_filter_rare,
  ["post"] = post,
  ["put"] = put,
  ["mix"] = mix,
}

request = scenarios[scenario]
if not request then
  error("unknown BENCH_SCENARIO " .. scenario)
end

-- No response() callback on purpose: it makes wrk hand every body to Lua, which costs CPU that the
-- service, sharing the same cores, would miss. wrk still counts statuses of 400 and more (non2xx).

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
