-- wrk script: /content/v1/search with a different query on each request, cycling through a mix of
-- broad and narrow, Simplified, Traditional, Latin and numeric queries (each thread from its own
-- starting point), so that with the answer cache off every request runs a search.
local queries = {
  "党建引领", "高新区", "经济高质量发展", "招商引资", "产业联动", "电子信息产业园", "媒体融合",
  "乡村振兴", "直播电商", "营商环境", "科技创新", "数字经济", "志愿服务", "两新组织", "座谈会",
  "调研活动", "合作签约仪式", "发展论坛", "清远", "英德", "连州", "佛山", "广州 深圳", "日报社",
  "融媒体中心", "党工委书记", "黨建引領", "媒體融合", "鄉村振興", "2021", "2024 座谈会",
  "凤起高新杂志", "考古发现", "主播矩阵", "公众号影响力", "千亿级产业园区"
}

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/content/v1/search?q=" .. encode(q)
end

local counter = 0
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  counter = (id or 0) * 17
end

function request()
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end
