-- :checkhealth fulog, through a fake reporter and through the real command.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env = H.env("2026-12-10")
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local fulog = require("fulog")
  fulog.setup({ notes = { env.notes, env.dir .. "/missing" }, index_on_open = false })

  local out = {}
  local function rec(kind)
    return function(msg, adv)
      out[#out + 1] = { kind = kind, msg = msg, adv = type(adv) == "table" and table.concat(adv, "; ") or adv }
    end
  end
  local fake = { start = rec("start"), ok = rec("ok"), warn = rec("warn"), error = rec("error"), info = rec("info") }
  local function has(kind, pat)
    for _, o in ipairs(out) do
      if o.kind == kind and o.msg:find(pat) then
        return o
      end
    end
    return nil
  end
  require("fulog.health").check(fake)
  H.ok(has("ok", "fulog%.core .* loads"), "health: the module loads")
  H.ok(has("ok", "ABI matches: luajit"), "health: ABI matches")
  H.ok(has("ok", "^SQLite 3%."), "health: SQLite version")
  H.ok(has("ok", "store opens: " .. vim.pesc(env.db)), "health: the store opens")
  H.ok(has("ok", "schema version"), "health: schema version")
  H.ok(has("ok", "file mode 0600"), "health: file mode 0600")
  H.ok(has("ok", "notes folder exists: " .. vim.pesc(env.notes)), "health: notes folder exists")
  local miss = has("warn", "notes folder missing")
  H.ok(miss and miss.adv:find("mkdir -p " .. env.dir .. "/missing", 1, true), "health: a missing folder says what to run", miss and miss.adv)

  vim.fn.setfperm(env.db, "rw-r--r--")
  out = {}
  require("fulog.health").check(fake)
  local bad = has("error", "readable by others")
  H.ok(bad and bad.adv:find("chmod 600 " .. env.db, 1, true), "health: a 0644 store says chmod 600", bad and bad.adv)
  vim.fn.setfperm(env.db, "rw-------")

  -- the real :checkhealth buffer
  vim.cmd("silent checkhealth fulog")
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  H.contains(text, "fulog: C module", ":checkhealth fulog shows the module section")
  H.contains(text, "ABI matches", ":checkhealth fulog reports the ABI")
  H.contains(text, "notes folder missing", ":checkhealth fulog reports the missing folder")
  H.ok(not text:find("ERROR", 1, true), ":checkhealth fulog has no errors on a good install")
end)
