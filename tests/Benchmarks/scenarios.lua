-- wrk script for tests/Benchmarks/run.sh. One file for every scenario, chosen by environment:
--   BENCH_SCENARIO  get-by-id | list | list-filter | mixed | create | list-large | live | live-token
--   BENCH_TOKEN     the bearer token sent on every request but those of "live"
--   BENCH_IDS       a file of resource ids, one a line (get-by-id and mixed pick from it at random)
-- done() prints one machine-readable line, "BENCH_RESULT key=value ...", with the percentiles that
-- wrk's --latency table leaves out (p95 above all), so that run.sh never has to interpolate.

local scenario = os.getenv("BENCH_SCENARIO") or "get-by-id"
local token = os.getenv("BENCH_TOKEN") or ""
local base = "/api/v1/resource"

-- The seeded names are "<colour> <thing> <n>"; list-filter searches by one of these words (case-insensitive
-- substring, so each matches about a tenth of the seeded rows).
local colours = { "red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey" }
local things = { "widget", "gadget", "sprocket", "gizmo", "lever", "valve", "spring", "bracket", "hinge", "bolt" }

wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
-- "live" is the bare pipeline, without a token; "live-token" adds one, which authentication validates on
-- every request even where no endpoint asks for it: the difference is the cost of validating a token.
if scenario == "live" then
  token = ""
end
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local ids = {}
local counter = 0
-- thread_id is a global that setup() sets in each thread's own Lua state.

local function load_ids()
  local path = os.getenv("BENCH_IDS")
  if not path then return end
  local file = io.open(path, "r")
  if not file then return end
  for line in file:lines() do
    local id = tonumber(line)
    if id then ids[#ids + 1] = id end
  end
  file:close()
end

-- setup() runs in the main Lua state once per thread before it starts: give each thread its own number.
local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end

function init(args)
  load_ids()
  if (scenario == "get-by-id" or scenario == "mixed") and #ids == 0 then
    error("BENCH_IDS names no ids for scenario " .. scenario)
  end
  thread_id = thread_id or 0
  math.randomseed(os.time() * 1000 + thread_id)
end

-- wrk.format() uses the headers it is given instead of wrk.headers, so a POST's table repeats them.
local post_headers = { ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
if token ~= "" then
  post_headers["Authorization"] = "Bearer " .. token
end

local function get_by_id()
  return wrk.format("GET", base .. "/" .. ids[math.random(#ids)])
end

local function list()
  return wrk.format("GET", base .. "?page=1&pageSize=20&sort=-createdAt")
end

local function list_filter()
  return wrk.format("GET", base .. "?page=1&pageSize=20&sort=name&name=" .. colours[math.random(#colours)])
end

local function create()
  counter = counter + 1
  local name = string.format("%s %s load-%d-%d", colours[math.random(#colours)], things[math.random(#things)],
    thread_id, counter)
  return wrk.format("POST", base, post_headers, '{"name":"' .. name .. '"}')
end

-- 90 % reads, 10 % writes: 60 % by id, 20 % first page by time, 10 % name search, 10 % creates.
local function mixed()
  local roll = math.random(100)
  if roll <= 60 then return get_by_id() end
  if roll <= 80 then return list() end
  if roll <= 90 then return list_filter() end
  return create()
end

-- The two list requests half and half; run.sh runs it last, on the table that "create" has grown.
local function list_large()
  if math.random(2) == 1 then return list() end
  return list_filter()
end

local function live()
  return wrk.format("GET", "/health/live")
end

local scenarios = {
  ["get-by-id"] = get_by_id,
  ["list"] = list,
  ["list-filter"] = list_filter,
  ["create"] = create,
  ["mixed"] = mixed,
  ["list-large"] = list_large,
  ["live"] = live,
  ["live-token"] = live,
}

request = scenarios[scenario]
if not request then
  error("unknown BENCH_SCENARIO " .. scenario)
end

-- No response() callback on purpose: it makes wrk hand every body to Lua, which costs CPU that the
-- service, sharing the same cores, would miss. wrk still counts statuses other than 2xx/3xx (non2xx).

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
