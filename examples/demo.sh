#!/bin/sh
# The main job on the bundled example notes: installs what is missing,
# builds, indexes examples/notes into a temporary store and prints the
# follow-up log and the overdue list as of 2026-12-10.
set -e
cd "$(dirname "$0")/.."
sh tests/deps.sh
make -s
STORE=$(mktemp -d "${TMPDIR:-/tmp}/fulog-demo.XXXXXX")
export FULOG_DB="$STORE/fulog.db"
# (the overdue listing records what it showed for the stale-line check:
# beside the temporary store, not in ~/.local/state)
export XDG_STATE_HOME="$STORE/state"
export FULOG_TODAY=2026-12-10
echo "== fulog index examples/notes"
bin/fulog index examples/notes
echo
echo "== fulog log"
bin/fulog log
echo
echo "== fulog overdue (FILE:LINE:COL: MESSAGE, for the quickfix list)"
bin/fulog overdue
echo
echo "== fulog classify: how fulog reads next steps as you type"
printf '%s\n' \
    "Jason brings his CFO to the proposal review Tue 12/8 10am" \
    "They'll get back to us" \
    "Call me back in two weeks" \
    "Send pricing by Friday" |
    bin/fulog classify --date 2026-11-20
echo
cat <<MSG
The store is $FULOG_DB (mode $(stat -c %a "$FULOG_DB")).
Open the notes in Neovim with the plugin loaded, same store and today:
  FULOG_DB=$FULOG_DB FULOG_TODAY=2026-12-10 nvim --cmd 'set rtp^=$(pwd)' examples/notes/acme/2026-11-20-discovery.md
then try :FuLog, :FuOverdue, :FuExplain on a NEXT: line, :checkhealth fulog.
MSG
