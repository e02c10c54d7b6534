-- wrk script: sends the queries of bench/library/queries.txt (args[1]) to /library or the API (args[2]) round-robin,
-- anonymous, as a browser would
-- (each line is a URL's query string; wrk sends it percent-encoded), and prints the latency percentiles at the end.
local paths = {}
local counter = 0
local accept = "text/html"

local function encode(s)
  return (s:gsub("[^%w%-%._~=&%*]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  local file = args[1] or "bench/library/queries.txt"
  local base = args[2] or "/library"
  if base:find("^/api/") then accept = "application/json" end
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(paths, base .. "?" .. encode(line))
    end
  end
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {["Accept"] = accept, ["Accept-Language"] = "ru-RU"})
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
