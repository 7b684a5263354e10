-- One request, repeated: WRK_BODY (JSON) posted to the path given on the command line.
local body = os.getenv("WRK_BODY")
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  io.write(string.format("non-2xx %d, socket errors %d, p50 %.3f ms, p99 %.3f ms\n",
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
