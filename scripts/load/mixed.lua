-- A mixed workload for wrk: cheap evaluations, the reference descent, a Rosenbrock line
-- search and health checks, in fixed proportions. Counts responses by status class.
local bodies = {
  evaluate = '{"expression": "100*(y - x^2)^2 + (1 - x)^2", "points": [{"x": -1.2, "y": 1}], ' ..
             '"gradient": {"method": "EXACT"}}',
  reference = '{"expression": "x^2 + 1", "start": {"x": -3.0}, "optimizer": {"learningRate": 0.01}, ' ..
              '"steps": 500, "gradient": {"method": "CENTRAL", "h": 1e-7}, ' ..
              '"stopping": {"gradientTolerance": 0, "stopOnDivergence": false}}',
  rosenbrock = '{"expression": "100*(y - x^2)^2 + (1 - x)^2", "start": {"x": -1.2, "y": 1}, ' ..
               '"optimizer": {"method": "LINE_SEARCH"}, "steps": 2000}',
}
local mix = { "evaluate", "evaluate", "evaluate", "evaluate", "reference", "reference", "reference",
              "rosenbrock", "rosenbrock", "health" }
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, busy, client, server = 0, 0, 0, 0
  counter = math.random(#mix)
end

function request()
  counter = counter % #mix + 1
  local kind = mix[counter]
  if kind == "health" then
    return wrk.format("GET", "/actuator/health")
  end
  local path = (kind == "evaluate") and "/api/v1/evaluate" or "/api/v1/minimize"
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, bodies[kind])
end

function response(status, headers, body)
  if status < 300 then ok = ok + 1
  elseif status == 429 or status == 503 then busy = busy + 1
  elseif status < 500 then client = client + 1
  else server = server + 1 end
end

function done(summary, latency, requests)
  local t = { ok = 0, busy = 0, client = 0, server = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(t) do t[key] = t[key] + thread:get(key) end
  end
  io.write(string.format("responses: 2xx %d, deliberate 503 %d, other 4xx %d, 5xx %d, socket errors %d\n",
    t.ok, t.busy, t.client, t.server,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency: p50 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
