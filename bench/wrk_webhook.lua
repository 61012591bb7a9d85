-- wrk script for bench/bench_webhook.py: POSTs pre-signed, distinct WhatsApp deliveries.
--
-- WRK_BODIES names a file of lines "<X-Hub-Signature-256>\t<body>"; each thread takes every
-- WRK_THREADS-th line (its own share, so no two requests of a run carry the same message id) and
-- cycles through it. WRK_DELAY_MS > 0 spaces each connection's requests (a fixed offered rate:
-- connections / delay). done() prints one WRK_RESULT line for the Python side to read.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local path = os.getenv("WRK_BODIES")
  local stride = tonumber(os.getenv("WRK_THREADS"))
  delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0")
  mine = {}
  local n = 0
  for line in io.lines(path) do
    if n % stride == id then
      local tab = line:find("\t", 1, true)
      mine[#mine + 1] = { line:sub(1, tab - 1), line:sub(tab + 1) }
    end
    n = n + 1
  end
  position = 0
  wrapped = 0
end

function request()
  position = position + 1
  if position > #mine then
    position = 1
    wrapped = wrapped + 1 -- bodies repeat from here on (the webhook answers them as duplicates)
  end
  local item = mine[position]
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Hub-Signature-256"] = item[1],
  }, item[2])
end

if tonumber(os.getenv("WRK_DELAY_MS") or "0") > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do
    wraps = wraps + (thread:get("wrapped") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d wrapped=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, wraps))
end
