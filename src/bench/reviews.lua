-- wrk script: each request grades the next card of the next learner with a fresh review_id (so none is a retry).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  dofile(args[1])
  math.randomseed(tid * 7919 + os.time())
end

function request()
  counter = counter + 1
  local pair = cards[(counter * 31 + tid * 17) % #cards + 1]
  local body = string.format('{"card_id":%d,"rating":%d,"review_id":"wrk-%d-%d-%d"}',
    pair[2], math.random(2, 4), tid, counter, os.time())
  return wrk.format("POST", "/api/reviews",
    {["Authorization"] = "Bearer " .. pair[1], ["Content-Type"] = "application/json"}, body)
end
