-- wrk script: sends the queries of bench/library/queries.txt (args[1]) to /library or the API (args[2]) round-robin,
-- anonymous, as a browser would. With args[3] = "fresh" every request is a search not asked before in the run: each
-- line with a year, a federal district, a sort and a page taken in turn (2,016 combinations per line), starting at the
-- combination args[4] (so a warm-up run with another start asks none of the measured ones)
-- (each line is a URL's query string; wrk sends it percent-encoded), and prints the latency percentiles at the end.
local paths = {}
local lines = {}
local counter = 0
local accept = "text/html"
local fresh = false
local start = 0
local threads = 0
local districts = {"", "Центральный", "Северо-Западный", "Южный", "Северо-Кавказский", "Приволжский", "Уральский",
  "Сибирский", "Дальневосточный"}
local sorts = {"relevance", "date", "quality", "adoptions"}

setup = function(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local function encode(s)
  return (s:gsub("[^%w%-%._~=&%*]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  local file = args[1] or "bench/library/queries.txt"
  local base = args[2] or "/library"
  if base:find("^/api/") then accept = "application/json" end
  fresh = args[3] == "fresh"
  start = tonumber(args[4] or "0")
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(paths, base .. "?" .. encode(line))
      table.insert(lines, "&" .. line)
    end
  end
  counter = math.random(#paths)
  if fresh then counter = 0 end
end

-- the n-th combination of filters for a line; a filter the line sets itself stays as the line has it
local function combination(line, n)
  local p = ""
  local year = n % 7
  if year > 0 and not line:find("&year=") then p = p .. "&year=" .. (2018 + year) end
  local district = districts[math.floor(n / 7) % #districts + 1]
  if district ~= "" and not line:find("&district=") then p = p .. "&district=" .. district end
  if not line:find("&sort=") then p = p .. "&sort=" .. sorts[math.floor(n / 63) % #sorts + 1] end
  local page = math.floor(n / 252) % 8
  if page > 0 then p = p .. "&page=" .. page end
  return p
end

request = function()
  if fresh then
    -- 16 threads at most: request k of this thread is the (k * 16 + id)-th of the run
    local k = counter * 16 + (id or 0)
    counter = counter + 1
    local line = k % #paths + 1
    local path = paths[line] .. encode(combination(lines[line], start + math.floor(k / #paths)))
    return wrk.format("GET", path, {["Accept"] = accept, ["Accept-Language"] = "ru-RU"})
  end
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {["Accept"] = accept, ["Accept-Language"] = "ru-RU"})
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
