-- wrk script for the soak: learner traffic with bad input interleaved, request by request in a fixed cycle.
local n = 0
local token
local big = string.rep("x", 200000)

function init(args)
  token = args[1]
end

local function api(method, path, body)
  return wrk.format(method, path, {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

local requests = {
  function() return wrk.format("GET", "/") end,
  function() return wrk.format("HEAD", "/health") end,
  function() return api("GET", "/api/decks/1/due?limit=5") end,
  function() return api("POST", "/api/reviews", '{"card_id": 1, "rating": 3, "review_id": "soak-' .. n .. '"}') end,
  function() return api("POST", "/api/reviews", '{"card_id": "one", "rating": 9}') end,                 -- wrong types
  function() return api("POST", "/api/reviews", '{"card_id": 1, "rating": 3, "review_id": "\\ud800"}') end, -- lone surrogate
  function() return api("POST", "/api/reviews", '{"card_id": 1, "rat') end,                             -- cut-off JSON
  function() return api("POST", "/api/reviews", big) end,                                               -- oversized
  function() return api("GET", "/api/decks/999999/due") end,                                            -- unknown id
  function() return api("GET", "/api/decks/1/due?limit=99999999999999999999") end,                      -- huge number
  function() return wrk.format("POST", "/login", {["Content-Type"] = "application/x-www-form-urlencoded; charset=nope"}, "email=a") end,
  function() return wrk.format("POST", "/instructor/import", {["Content-Type"] = "multipart/form-data; boundary=zz"}, "--zz\r\nbroken") end,
  function() return wrk.format("PUT", "/public/style.css") end,                                         -- wrong method
  function() return wrk.format("GET", "/login?next=" .. string.rep("%2F", 5000)) end,                   -- long next
  function() return wrk.format("GET", "/decks/%00") end,                                                -- NUL in the path
  function() return wrk.format("POST", "/signup", {["Content-Type"] = "application/x-www-form-urlencoded"}, "email=" .. string.rep("a", 90000) .. "@x") end,
}

function request()
  n = n + 1
  return requests[n % #requests + 1]()
end
