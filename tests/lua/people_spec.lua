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

describe("core.actors", function()
  local function show(text, people)
    local out = {}
    local actors, addressee = core.actors(text, people)
    for _, a in ipairs(actors) do
      out[#out + 1] = a.name .. "/" .. a.side .. "/" .. a.who
    end
    return table.concat(out, " "), addressee
  end
  it("reads who acts as the classifier does, in line order", function()
    local p = { attendees = "Jason Park, Maria Lopez", team = { "Alex" } }
    assert.equal("me/seller/self Maria/client/attendee", show("me to send the SOW to Maria", p))
    assert.equal("Alex/seller/team Jason/client/attendee", show("- NEXT: Alex to book the demo with Jason", p))
    assert.equal("Maria/client/attendee", show("Maria's team will send pricing", p))
    assert.equal("Jan/client/name", show("Jan sends it Friday"))
    assert.equal("Linda/client/reported", show("per Linda, they will sign"))
    assert.equal("client/client/role", show("client to confirm"))
  end)
  it("gives the person a step addresses when nobody acts by name", function()
    assert.same({ "", "Jason" }, { show("call Jason back in two weeks") })
    assert.same({ "", nil }, { show("Check with Legal") })
  end)
  it("reads the rules' client names from an options object", function()
    local opts = core.options({ rules = core.rules({ client = { "Priya" } }) })
    assert.equal("priya/client/name", (show("priya to send the deck")))
    assert.equal("priya/client/role", (show("priya to send the deck", { options = opts })))
  end)
end)
