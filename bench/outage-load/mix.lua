-- wrk script of bench/outage: every wrk thread has one connection and keeps to one page of the mix, so each
-- request() is followed by its own response() and the script can time every request itself (wall clock through
-- LuaJIT's FFI). Requests are counted by the phase in which they were sent — before the kill, during the outage,
-- after the restart — with their answers by status (count, first and last answer), a latency histogram, the slowest
-- request, requests slower than OUTAGE_SLOW_MS, requests that got no answer (connection errors, or still open when
-- wrk stopped) and 503 answers whose body lacks the page's marker (the localised page, the API's error body); of
-- the requests slower than that, up to 20 per thread and phase are described (sent at, milliseconds, status).
--
-- Environment: OUTAGE_PAGES (tab-separated: label, class, normal status, method, path, headers joined by "|",
-- body, 503 marker; "-" for none), OUTAGE_KILL_MS and OUTAGE_RESTART_MS (epoch milliseconds that separate the
-- phases), OUTAGE_SLOW_MS (default 3000), OUTAGE_RESULTS (where done() writes one tab-separated line per page
-- and phase), OUTAGE_DISCARD=1 for a warm-up whose figures are not written.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } outage_timespec;
int clock_gettime(int clock, outage_timespec *now);
]]
local clock_now = ffi.new("outage_timespec")
local function now_ms()
  ffi.C.clock_gettime(0, clock_now) -- CLOCK_REALTIME: the phases are epoch milliseconds set by the shell script
  return tonumber(clock_now.tv_sec) * 1000 + tonumber(clock_now.tv_nsec) / 1e6
end

local function split(line)
  local fields, count = {}, 0
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    count = count + 1
    if field ~= "-" then fields[count] = field end
  end
  return fields
end

local pages = {}
for line in io.lines(os.getenv("OUTAGE_PAGES")) do
  local f = split(line)
  local headers = {}
  for header in (f[6] or ""):gmatch("[^|]+") do
    local name, value = header:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  pages[#pages + 1] = { label = f[1], class = f[2], normal = tonumber(f[3]), method = f[4], path = f[5],
    headers = headers, body = f[7], marker = f[8] }
end
local kill_ms = tonumber(os.getenv("OUTAGE_KILL_MS"))
local restart_ms = tonumber(os.getenv("OUTAGE_RESTART_MS"))
local slow_ms = tonumber(os.getenv("OUTAGE_SLOW_MS") or "3000")
local BUCKETS_PER_E = 50 -- latency histogram: buckets 2 % wide

local function phase(at)
  if at < kill_ms then return 1 elseif at < restart_ms then return 2 else return 3 end
end

-- main thread: one page per thread, in turn
local threads = {}
function setup(thread)
  thread:set("thread_no", #threads)
  thread:set("page_index", #threads % #pages + 1)
  table.insert(threads, thread)
end

-- wrk threads. Their figures are one flat table of numbers under string keys ("<phase>:<name>"): wrk's
-- thread:get() copies a flat table to the main thread, but not a table of tables.
local page, prepared
local PREFIX = { "1:", "2:", "3:" }
pending = nil -- when the request under way was sent (nil: none)
acc = {}

local function add(key, n)
  acc[key] = (acc[key] or 0) + n
end

function init(args)
  page = pages[page_index]
  prepared = wrk.format(page.method, page.path, page.headers, page.body)
end

local verified = false
function request()
  -- wrk calls request() of the first thread once before the load, to check the request: no request is sent then
  if thread_no == 0 and not verified then
    verified = true
    return prepared
  end
  local at = now_ms()
  if pending then add(PREFIX[phase(pending)] .. "lost", 1) end
  pending = at
  return prepared
end

function response(status, headers, body)
  local at = now_ms()
  local sent = pending
  pending = nil
  if not sent then return end
  local pre = PREFIX[phase(sent)]
  local ms = at - sent
  add(pre .. "n", 1)
  add(pre .. "s" .. status, 1)
  if not acc[pre .. "f" .. status] then acc[pre .. "f" .. status] = at end
  acc[pre .. "l" .. status] = at
  add(pre .. "h" .. math.floor(math.log(math.max(ms * 1000, 1)) * BUCKETS_PER_E), 1)
  if ms > (acc[pre .. "max"] or 0) then
    acc[pre .. "max"] = ms
    acc[pre .. "maxst"] = status
  end
  if ms >= slow_ms then -- counted, and the first 20 of each thread and phase described
    add(pre .. "slow", 1)
    if acc[pre .. "slow"] <= 20 then
      acc[pre .. "x" .. acc[pre .. "slow"]] = string.format("%.0f:%.0f:%d", sent, ms, status)
    end
  end
  if status == 503 and page.marker and not (body and body:find(page.marker, 1, true)) then add(pre .. "bad", 1) end
end

local function percentile(hist, n, fraction)
  if n == 0 then return 0 end
  local buckets = {}
  for bucket in pairs(hist) do buckets[#buckets + 1] = bucket end
  table.sort(buckets)
  local wanted, seen = math.ceil(n * fraction), 0
  for _, bucket in ipairs(buckets) do
    seen = seen + hist[bucket]
    if seen >= wanted then return math.exp((bucket + 1) / BUCKETS_PER_E) / 1000 end
  end
  return 0
end

function done(summary, latency, requests)
  if os.getenv("OUTAGE_DISCARD") == "1" then return end
  local ended = now_ms()
  local merged = {} -- merged[page index][phase]
  local function figures(index, p)
    merged[index] = merged[index] or {}
    local m = merged[index][p]
    if not m then
      m = { n = 0, lost = 0, slow = 0, bad = 0, max = 0, maxst = 0, open = 0, oldest_open = 0, count = {}, first = {},
        last = {}, hist = {}, slow_list = {} }
      merged[index][p] = m
    end
    return m
  end
  for _, thread in ipairs(threads) do
    local index = thread:get("page_index")
    for p = 1, 3 do figures(index, p) end
    for key, value in pairs(thread:get("acc")) do
      local p, name, code = key:match("^(%d):(%a+)(%-?%d*)$")
      local m = figures(index, tonumber(p))
      if code ~= "" then
        code = tonumber(code)
        if name == "s" then m.count[code] = (m.count[code] or 0) + value
        elseif name == "f" then m.first[code] = math.min(m.first[code] or value, value)
        elseif name == "l" then m.last[code] = math.max(m.last[code] or value, value)
        elseif name == "h" then m.hist[code] = (m.hist[code] or 0) + value
        elseif name == "x" then m.slow_list[#m.slow_list + 1] = value end
      elseif name == "max" then
        if value > m.max then m.max, m.maxst = value, thread:get("acc")[p .. ":maxst"] end
      elseif name ~= "maxst" then
        m[name] = m[name] + value
      end
    end
    local open = thread:get("pending")
    if open then -- a request without an answer when wrk stopped: open for this long
      local m = figures(index, phase(open))
      m.open = m.open + 1
      m.oldest_open = math.max(m.oldest_open, ended - open)
      if ended - open >= slow_ms then
        m.slow = m.slow + 1
        m.slow_list[#m.slow_list + 1] = string.format("%.0f:%.0f:open", open, ended - open)
      end
    end
  end
  local out = assert(io.open(os.getenv("OUTAGE_RESULTS"), "w"))
  for index, page_figures in pairs(merged) do
    local described = pages[index]
    for p = 1, 3 do
      local m = page_figures[p]
      local answers = {}
      for code, count in pairs(m.count) do
        answers[#answers + 1] = string.format("%d=%d@%.0f@%.0f", code, count, m.first[code], m.last[code])
      end
      table.sort(answers)
      out:write(string.format("%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%d\t%d\t%.3f\t%.1f\t%d\t%s\t%s\n", described.label,
        described.class, described.normal, p, m.n, m.lost, m.open, m.oldest_open, m.slow, m.bad,
        percentile(m.hist, m.n, 0.99), m.max, m.maxst, #answers > 0 and table.concat(answers, ",") or "-",
        #m.slow_list > 0 and table.concat(m.slow_list, ",") or "-"))
    end
  end
  out:close()
  io.stderr:write(string.format("wrk: %d requests, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
