-- Every request asks for a query string no one asked before, so the output cache never answers:
-- each request runs the page's queries and renders it. Unknown query keys are ignored by the pages, and the output
-- cache stores no address that carries one.
local counter = 0
local prefix = tostring(math.random(1, 1000000000))

request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "nocache=" .. prefix .. "-" .. counter)
end
