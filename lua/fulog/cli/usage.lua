-- `fulog --help`: read only when help is asked for.
return [[
usage: fulog COMMAND [OPTIONS] [ARGS]

  classify [--date YYYY-MM-DD]          classify next steps read on stdin:
    [--attendees "A, B"] [--team "C"]   CLASS<TAB>DUE<TAB>TEXT per line; the
    [--owner NAME]                      client's people and the seller's, as
                                        a note's front matter names them
  index [--db FILE] [--follow] [--max-size N] PATH...
                                        bring the store up to date with notes
                                        (--follow: enter symlinked folders;
                                        --max-size: skip larger files, 10M)
  overdue [--db FILE] [--owner O] [--json]
                                        next steps whose next action date has
                                        passed, oldest first, as
                                        FILE:LINE:COL: MESSAGE {KEY}
  log [--db FILE] [--owner O] [--json] [ACCOUNT | --account A]
                                        the follow-up log: chases by account,
                                        dark first, then booked meetings
  touch [--db FILE] [--date D] FILE:LINE[:KEY] CHANNEL [OUTCOME...]
                                        record a follow-up attempt under a
                                        next step (CHANNEL: email, call,
                                        voicemail, meeting, other)
  done [--db FILE] FILE:LINE[:KEY]      mark a next step done; KEY (the six
                                        letters overdue and log print, or
                                        --key) makes sure it is the step
                                        that was listed
  snooze [--db FILE] FILE:LINE[:KEY] DATE|+Nd
                                        push a next step: due:DATE on its
                                        line (+3d, +2w: from today)
  draft [--db FILE] [--channel C] FILE:LINE[:KEY]
                                        a follow-up draft for that step
                                        (email, or a call/voicemail script);
                                        slots at the rules file's draft.times
                                        (default 10:00 and 14:00)
  history [--db FILE] [--json] FILE:LINE
                                        when a next step appeared, moved, changed
  accounts [--db FILE] [--json]         the accounts in the store
  git-setup [--db FILE] [--ext E,...] [DIR]
                                        set up a clone of shared notes: the
                                        merge driver, .gitattributes, hooks
                                        that re-index into the store
  merge-driver %O %A %B %P %L           git's merge driver for notes (set
                                        up by git-setup, run by git)
  stats [--db FILE] [--since D] [--until D] [--by week|month] [--owner O] [--json]
                                        meetings, the Ham Bam rate, chases,
                                        replies, dark accounts per period
  export ics|csv|json [--db FILE] [--account A] [--owner O] [--since D]
                                        next steps for a calendar (ics) or a
                                        spreadsheet / CRM import (csv, json)

options:
  --db FILE        the store (default $FULOG_DB, else
                   $XDG_DATA_HOME/fulog/fulog.db)
  --today D        "today" for overdue and the log (default $FULOG_TODAY,
                   else the clock)
  --grace N        days a soft commitment may wait before a chase
                   (default $FULOG_GRACE, else 7)
  --tags LIST      the next-step tags, like NEXT,TODO (default $FULOG_TAGS,
                   else NEXT)
  --exts LIST      the note file endings index reads, like md,txt (default
                   $FULOG_EXTS, else md,markdown,mkd,txt,text,note,notes)
  --cadence LIST   days between follow-ups, like 3,7,14 (default
                   $FULOG_CADENCE, else 3,7,14)
  --rules FILE     extra cue words and draft templates and times (default
                   $FULOG_RULES, else $XDG_CONFIG_HOME/fulog/rules.lua when
                   present; the editor reads the same file)
  --owner NAME     overdue, log, stats, export: only NAME's notes and the
                   notes no one owns (owner: in front matter); me:
                   $FULOG_OWNER, else git config user.name; all: everyone's.
                   Default, as in the editor: me in a git work tree where
                   an owner is known (said on stderr), else all
  --json           machine-readable output; a step's text is "text" as
                   written (what done/touch/snooze match on) and
                   "display" as the listings show it
  -h, --help       this help

exit status: 0 success, 1 error, 2 usage error]]
