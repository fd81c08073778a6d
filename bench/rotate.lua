-- Sends the paths given after -- in turn: wrk -s rotate.lua URL -- /roles/cpo /api/search?q=roadmap
local paths = {}
local counter = 0

function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
