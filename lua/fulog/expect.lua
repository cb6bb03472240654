-- What a write-back from a listing expects at the line it names (fulog
-- done / touch / snooze FILE:LINE[:KEY], the log's d / t / s): the step's
-- words, and which of the note's steps with those words it was when the
-- store has it there (nth of `of`), so that the core tells a step from its
-- twin after lines moved (ful_expect, line.h). One rule for the shell and
-- both editors. Plain Lua.

local M = {}

-- db: the store; line: the line the listing named; text: the words the
-- listing showed (nil: the store's at that line). Returns nil (nothing
-- known: the line is trusted) or {text=, nth=, of=}.
function M.at(db, path, line, text)
  local st = db and db:step_at(path, line)
  -- text the store cleaned of bad bytes matches no line: not used
  local stored = st and st.text and not st.text:find("\239\191\189", 1, true) and st.text or nil
  text = text or stored
  if not text then
    return nil
  end
  if stored == text then
    return { text = text, nth = st.nth, of = st.of }
  end
  return { text = text }
end

return M
