-- wrk script: each request carries the next of many sessions' cookies (one per line in the file
-- given after `--`), so that no one user is repeated; any answer other than 200 is counted and
-- reported (wrk itself does not count redirects, and an expired session answers 302).
local cookies, path, i = {}, nil, 0
local threads = {}
bad = 0 -- a global: done() reads each thread's count through thread:get

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then cookies[#cookies + 1] = line end
  end
  path = wrk.path
  i = math.random(#cookies) -- threads start at different sessions
end

function request()
  i = i % #cookies + 1
  return wrk.format("GET", path, { ["Cookie"] = cookies[i] })
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  io.write(string.format("not-200: %d\n", total))
end
