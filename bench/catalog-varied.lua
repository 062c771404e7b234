-- wrk script: every request asks /programs for another mix of filters, words and page, as real
-- visitors would, so that most pages are not in the app's cache of rendered pages.
local sectors = {"", "agritech", "fintech", "healthtech", "edtech", "cleantech", "ecommerce", "logistics", "water", "ict"}
local stages = {"", "idea", "prototype", "mvp", "revenue", "growth"}
local regions = {"", "bamako", "segou", "sikasso", "mopti", "kayes", "gao", "diaspora", "koulikoro"}
local formats = {"", "in_person", "remote", "hybrid"}
local words = {"", "", "mangues", "karite", "societe", "transformation", "accelerateur", "sante", "numerique",
               "solaire", "cereales", "programme", "artisanat", "logistique", "defi"}
math.randomseed(os.time())

local function pick(list)
  return list[math.random(#list)]
end

request = function()
  local path = "/programs?q=" .. pick(words) .. "&sector=" .. pick(sectors) .. "&stage=" .. pick(stages)
    .. "&region=" .. pick(regions) .. "&format=" .. pick(formats) .. "&page=" .. math.random(3)
  if math.random(2) == 1 then
    path = path .. "&open=1"
  end
  return wrk.format(nil, path)
end
