-- wrk script: rotate through the paths given after `--`, and print one JSON
-- line with throughput, latency percentiles (microseconds) and error counts.
local paths = {}
local counter = 0

function init(args)
  for i, path in ipairs(args) do paths[i] = path end
  counter = math.random(1, math.max(#paths, 1))
end

function request()
  if #paths == 0 then return wrk.request() end
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "p50": %d, "p95": %d, "p99": %d, ' ..
    '"max": %d, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
