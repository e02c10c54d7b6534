-- Mixed traffic for one Praktika instance (bench/load.sh runs one wrk with this script per instance).
--
-- Arguments after "--" (all given by load.sh):
--   1 instance label (A, B)      2 index of the instance (0, 1)   3 wrk threads of this wrk
--   4 published practice ids     5 ids of the shared edit cards   6 ids of the submit cards (one per thread)
--   7 Authorization header value for the API writes (Basic perm:demo)
--   8 sign-in accounts (login:password,…)
--
-- Every request() picks the next request: first a follow-up owed by an earlier answer (sign-in form → POST /login →
-- /desk; card read → PUT with its version; submit → return), otherwise one drawn from the weights below. Answers are
-- recognised by their content (login form, redirect target, the card's id and status, the problem's "instance"), not
-- by the order of requests, so the script stays right with several connections per thread.
--
-- Counted per thread and summed in done(): requests by kind, answers by status, 409 of a stale edit apart from other
-- 409s, failed sign-ins, sessions lost. done() prints "LOAD key value" lines that load.sh turns into the report.

local weights = {
  { "home", 8 },        -- GET /
  { "search", 14 },     -- GET /practices?q=…
  { "card", 20 },       -- GET /practices/{id} of a published practice
  { "api", 14 },        -- GET /api/v1/practices?q=…&size=20 anonymously
  { "desk", 16 },       -- GET /desk with the session cookie (signs in first when there is none)
  { "signin", 4 },      -- GET /login, then POST /login with its _csrf, then GET /desk
  { "edit", 18 },       -- GET /api/v1/practices/{id} (Basic), then PUT with its version
  { "submit", 6 },      -- POST …/actions/submit, then POST …/actions/return (keeps the card in play)
}
local total_weight = 0
for _, w in ipairs(weights) do total_weight = total_weight + w[2] end

local queries = { "бассейн", "школа", "дороги", "ТОС", "молодёжь", "концессия", "фельдшерско-акушерские",
  "благоустройство", "спорт", "библиотека", "водоснабжение", "инициативное бюджетирование" }

-- globals read by done() through thread:get
counts = {}   -- "kind:home" = n, "status:200" = n, "stale409" = n, …
local label, index, threads_of_wrk
local published, edits, submit_id, basic, accounts = {}, {}, nil, nil, {}
local edit_set, pending_get = {}, {}
local queue = {}
local session = nil
-- when this thread's submit card is in a submit/return round (a time, so that wrk's one trial call of request()
-- before the run cannot block it for good)
local submit_busy = nil
local edit_counter = 0

local function count(key, n)
  counts[key] = (counts[key] or 0) + (n or 1)
end

local function split(s, sep)
  local out = {}
  for part in string.gmatch(s or "", "[^" .. sep .. "]+") do out[#out + 1] = part end
  return out
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function header(headers, name)
  return headers[name] or headers[string.lower(name)]
end

-- the value of a cookie the answer sets (pattern-escaped name, e.g. "XSRF%-TOKEN")
local function cookie_value(headers, name)
  local set = header(headers, "Set-Cookie")
  if set then return string.match(set, name .. "=([^;]+)") end
  return nil
end

function setup(thread)
  thread_counter = (thread_counter or 0) + 1
  thread:set("tid", thread_counter)
  all_threads = all_threads or {}
  table.insert(all_threads, thread)
end

function init(args)
  label = args[1] or "?"
  index = tonumber(args[2] or "0")
  threads_of_wrk = tonumber(args[3] or "1")
  published = split(args[4], ",")
  edits = split(args[5], ",")
  for _, id in ipairs(edits) do edit_set[id] = true end
  local submits = split(args[6], ",")
  if #submits > 0 then
    submit_id = submits[((index * threads_of_wrk + (tid or 1) - 1) % #submits) + 1]
  end
  basic = args[7]
  for _, a in ipairs(split(args[8], ",")) do
    local login, password = string.match(a, "([^:]+):(.*)")
    accounts[#accounts + 1] = { login, password }
  end
  math.randomseed(os.time() + (tid or 0) * 7919 + index * 104729)
end

local function pick()
  local r = math.random() * total_weight
  for _, w in ipairs(weights) do
    r = r - w[2]
    if r <= 0 then return w[1] end
  end
  return weights[1][1]
end

local function signin_form()
  count("kind:signin")
  return wrk.format("GET", "/login")
end

local function build(kind)
  if kind == "home" then
    return wrk.format("GET", "/")
  elseif kind == "search" then
    return wrk.format("GET", "/practices?q=" .. urlencode(queries[math.random(#queries)]))
  elseif kind == "card" then
    return wrk.format("GET", "/practices/" .. published[math.random(#published)])
  elseif kind == "api" then
    return wrk.format("GET", "/api/v1/practices?size=20&q=" .. urlencode(queries[math.random(#queries)]))
  elseif kind == "desk" then
    if not session then return nil end
    return wrk.format("GET", "/desk", { Cookie = "SESSION=" .. session })
  elseif kind == "edit" then
    local id = edits[math.random(#edits)]
    pending_get[id] = (pending_get[id] or 0) + 1
    return wrk.format("GET", "/api/v1/practices/" .. id, { Authorization = basic })
  elseif kind == "submit" then
    if not submit_id or (submit_busy and os.time() - submit_busy < 10) then return nil end
    submit_busy = os.time()
    return wrk.format("POST", "/api/v1/practices/" .. submit_id .. "/actions/submit",
      { Authorization = basic, ["Content-Type"] = "application/json" }, "{}")
  end
  return nil
end

function request()
  if #queue > 0 then
    local next = table.remove(queue, 1)
    count("kind:" .. next[1])
    return next[2]
  end
  local kind = pick()
  if kind == "signin" then return signin_form() end
  local req = build(kind)
  if req == nil then
    if kind == "desk" then return signin_form() end   -- not signed in yet (or the session was lost)
    kind = "card"                                      -- this thread's submit card is still in its round
    req = build(kind)
  end
  count("kind:" .. kind)
  return req
end

local function owe(kind, req)
  queue[#queue + 1] = { kind, req }
end

function response(status, headers, body)
  count("status:" .. status)
  body = body or ""
  local instance = string.match(body, '"instance":"([^"]*)"')

  if status == 200 and string.find(body, 'action="/login"', 1, true) then
    -- the sign-in form: answer it with its _csrf and the token cookie it set (the token lives in a cookie, not
    -- in a session: an anonymous visit writes no session row)
    local csrf = string.match(body, 'name="_csrf" value="([^"]+)"')
    local cookie = cookie_value(headers, "XSRF%-TOKEN")
    if csrf and cookie then
      local a = accounts[math.random(#accounts)]
      owe("signin-post", wrk.format("POST", "/login",
        { ["Content-Type"] = "application/x-www-form-urlencoded", Cookie = "XSRF-TOKEN=" .. cookie },
        "username=" .. urlencode(a[1]) .. "&password=" .. urlencode(a[2]) .. "&_csrf=" .. urlencode(csrf)))
    else
      count("signin-form-unreadable")
    end
    return
  end

  if status == 302 then
    local location = header(headers, "Location") or ""
    if string.find(location, "/desk", 1, true) then
      local cookie = cookie_value(headers, "SESSION")
      if cookie then session = cookie end
      count("signin-ok")
      owe("desk", wrk.format("GET", "/desk", { Cookie = "SESSION=" .. (session or "") }))
    elseif string.find(location, "/login", 1, true) then
      if string.find(location, "error", 1, true) then
        count("signin-failed")
      else
        count("session-lost")   -- /desk without a valid session
        session = nil
      end
    end
    return
  end

  if string.sub(body, 1, 6) == '{"id":' then
    local id = string.match(body, '^{"id":(%d+)')
    local st = string.match(body, '"status":"(%u+)"')
    if id == submit_id then
      if st == "SUBMITTED" then
        owe("return", wrk.format("POST", "/api/v1/practices/" .. id .. "/actions/return",
          { Authorization = basic, ["Content-Type"] = "application/json" },
          '{"comment":"Нагрузочный прогон: вернуть на доработку"}'))
      else
        submit_busy = nil
      end
    elseif edit_set[id] then
      if (pending_get[id] or 0) > 0 then
        -- a read of an edit card: send it back changed, with the version just read
        pending_get[id] = pending_get[id] - 1
        edit_counter = edit_counter + 1
        local changed = string.gsub(body, '"contactPosition":"[^"]*"',
          '"contactPosition":"начальник отдела (правка ' .. label .. '-' .. (tid or 0) .. '-' .. edit_counter .. ')"', 1)
        changed = string.gsub(changed, '"contactPosition":null',
          '"contactPosition":"начальник отдела (правка ' .. label .. '-' .. (tid or 0) .. '-' .. edit_counter .. ')"', 1)
        owe("edit-put", wrk.format("PUT", "/api/v1/practices/" .. id,
          { Authorization = basic, ["Content-Type"] = "application/json" }, changed))
      else
        count("edit-saved")
      end
    end
    return
  end

  if status >= 400 and instance then
    if status == 409 and string.find(body, "устарела", 1, true) then
      count("stale409")         -- expected: another connection or the other instance saved the card first
    elseif status == 409 then
      count("conflict409-other")
    end
    if string.find(instance, "/actions/", 1, true) then
      count("action-refused")
      submit_busy = nil
    elseif string.find(instance, "^/api/v1/practices/%d+$") and not string.find(body, "устарела", 1, true) then
      count("edit-refused")
    end
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(all_threads or {}) do
    local c = t:get("counts") or {}
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  local e = summary.errors
  io.write(string.format("LOAD requests %d\n", summary.requests))
  io.write(string.format("LOAD duration_s %.2f\n", summary.duration / 1e6))
  io.write(string.format("LOAD rps %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 95, 99, 99.9 }) do
    io.write(string.format("LOAD p%s_ms %.1f\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("LOAD max_ms %.1f\n", latency.max / 1000))
  io.write(string.format("LOAD socket_errors connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("LOAD non2xx3xx %d\n", e.status))
  local keys = {}
  for k in pairs(total) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do io.write(string.format("LOAD %s %d\n", k, total[k])) end
end
