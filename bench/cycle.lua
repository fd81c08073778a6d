-- Cycles through bench/queries.txt: wrk -s cycle.lua URL -- /api/search queries.txt
local queries = {}
local counter = 0

function init(args)
  local path = args[1]
  for line in io.lines(args[2]) do
    if line ~= "" then
      queries[#queries + 1] = path .. "?" .. line
    end
  end
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", queries[counter])
end
