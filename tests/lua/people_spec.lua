-- The people a note's front matter names, as core.parse_note returns them.
local h = require("helper")
local core = h.core

describe("parse_note people", function()
  it("reads attendees/with/contacts, team and owner", function()
    local n = core.parse_note("---\nattendees: Maria Lopez, Tom\ncontacts: [Dev]\nteam: Alex\nowner: Pat\n---\n"
      .. "- NEXT: Maria to send the MSA\n", "/tmp/x/a.md")
    assert.same({ "Maria Lopez", "Tom", "Dev" }, n.attendees)
    assert.same({ "Alex" }, n.team)
    assert.equal("Pat", n.owner)
  end)
  it("gives empty lists and no owner when the note names nobody", function()
    local n = core.parse_note("# Acme - call\n- NEXT: x\n", "/tmp/x/a.md")
    assert.same({}, n.attendees)
    assert.same({}, n.team)
    assert.is_nil(n.owner)
  end)
end)
