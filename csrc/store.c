/* store.c: the SQLite store. Every statement is prepared once, persistent,
 * with bound parameters, and reset after every use, error paths included
 * (a SELECT left un-reset holds a read transaction open). */
#include "line.h"
#include "store.h"
#include "history.h"
#include "chase.h"
#include "schema.h"
#include "text.h"
#include "rowq.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Steps, touches and needs go in up to FUL_STEP_ROWS to an INSERT: each
 * run of a statement allocates and frees its cursors and record buffers
 * (Debian's SQLite has no lookaside), about 2,200 instructions a run. */
#define FUL_STEP_ROWS FUL_ROWQ_ROWS
#define FUL_STEP_COLS 21
#define FUL_TOUCH_COLS 8
#define FUL_NEED_COLS 4
#define FUL_NOTE_COLS 13

/* rows_insert's statements: one of these, then one (?, ...) a row.
 * OR ROLLBACK: a plain INSERT of several rows inside a transaction opens a
 * statement journal (so that a NOT NULL failure at its fifth row can undo
 * the first four) and copies the old content of every page it touches into
 * it, a 16 KB temp-file write each: at 5k notes 25,700 pwrites to
 * /var/tmp/etilqs_*, 29% of the writer thread's time (perf). A failed
 * insert ends the whole transaction instead, which each caller does
 * anyway (put_note's error ends the index run or the write, rolled back). */
static const char ful_step_insert_sql[] =
    "INSERT OR ROLLBACK INTO step(note_id, line, col, key, text, class, overridden, due, done, why, ask, first_seen,"
    " state, next, unanswered, since, since_channel, last_touch, suggest, last_channel, pushed) VALUES ";
static const char ful_touch_insert_sql[] =
    "INSERT OR ROLLBACK INTO touch(note_id, step_id, line, day, channel, replied, text, account_id) VALUES ";
static const char ful_need_insert_sql[] = "INSERT OR ROLLBACK INTO need(note_id, line, kind, text) VALUES ";
/* New notes, their ids given (put_note): a path already stored would end
 * the transaction, which put_note rules out before it queues one. */
static const char ful_note_insert_sql[] =
    "INSERT OR ROLLBACK INTO note(id, path, account_id, meeting, date_source, size, mtime_ns, hash, has_firm,"
    " indexed_on, root, owner, parser) VALUES ";
enum { INS_STEP, INS_TOUCH, INS_NEED, INS_NOTE, INS_COUNT };

/* A row INSERT keeps its bindings from one run to the next (nothing
 * clears them: run_rebound), so a parameter that would get the value it
 * holds is left as it is: a NULL, an integer, or a static text (a class,
 * state or channel name) by its address. A cold index bound about 1.2M
 * parameters, 80 to 190 instructions each (bind_text's strlen and copy of
 * the Mem, vdbeUnbind), 9% of its instructions; most chase columns are NULL
 * or 0 row after row. Texts of the queue's arena and dates are bound
 * every time (their buffers are reused). */
enum { PB_UNSET, PB_NULL, PB_INT, PB_STATIC, PB_OTHER };
struct ful_pbind {
    int kind;
    int64_t i;          /* PB_INT */
    const char *p;      /* PB_STATIC */
};

enum {
    Q_NOTE_STATE, Q_NOTE_MTIME_DAY, Q_NOTE_RESTAT, Q_NOTE_INSERT, Q_NOTE_UPDATE, Q_NOTE_DELETE, Q_NOTE_ID,
    Q_ACCOUNT_PUT, Q_ACCOUNT_GET, Q_OLD_STEPS, Q_STEPS_DELETE, Q_TOUCHES_DELETE, Q_NEEDS_DELETE,
    Q_EVENT_INSERT, Q_UNDER_ROOT,
    Q_PRUNE_ACCOUNTS, Q_OVERDUE, Q_LOG, Q_ACCOUNTS, Q_ACCOUNT_PATHS, Q_OWNER_SHOWN, Q_OWNER_ROOTS, Q_TIMED_STEPS, Q_HISTORY, Q_STEP_AT,
    Q_EVENT_REKEY, Q_META_GET, Q_META_PUT, Q_NEEDS_OF, Q_CHASE_ALL, Q_CHASE_SET,
    Q_RPT_NOTES, Q_RPT_CLASSES, Q_RPT_CLOSED, Q_RPT_TOUCHES, Q_RPT_PUSHED, Q_RPT_ACTIVITY, Q_RPT_PATHS,
    Q_EXPORT_STEPS, Q_UNDER_STATE, Q_ALL_STATE, Q_PATH_SPAN, Q_GONE_PUT, Q_GONE_PATHS, Q_GONE_TARGETS, Q_GONE_STEPS, Q_GONE_CLEAR, Q_KIN,
    Q_MOVED_STEPS, Q_EVENT_MOVE, Q_STEP_ADOPT,
    Q_NOTE_MAX, Q_DATA_VERSION, Q_BEGIN, Q_BEGIN_READ, Q_COMMIT, Q_ROLLBACK, Q_COUNT
};

/* The chase columns of a step s as of today (?1): a booked step whose date
 * passed reads as an outcome question. */
#define FUL_CHASE_COLS                                                                      \
    " CASE WHEN s.state = 'booked' AND s.next < ?1 THEN 'outcome' ELSE s.state END AS state," \
    " s.next AS next, s.unanswered AS unanswered, s.pushed AS pushed, s.since AS since,"      \
    " s.since_channel AS since_channel, s.last_touch AS last_touch, s.suggest AS suggest,"   \
    " s.last_channel AS last_channel"

/* An account a as people read it, and a filter that takes its key
 * ("vertex-media") or that name ("Vertex Media"): the log, overdue and
 * exports show the name; commands may give either. */
#define FUL_ACCOUNT_SHOWN "coalesce(a.display, a.name, '')"
#define FUL_ACCOUNT_IS(p) " (name = " p " COLLATE NOCASE OR display = " p " COLLATE NOCASE)"

/* A note n of the owner ?4, when one is asked for: as the log and overdue
 * judge it, a note without owner: belongs to everyone. */
#define FUL_RPT_OWNED " (?4 IS NULL OR n.owner IS NULL OR n.owner = ?4 COLLATE NOCASE)"
/* A note (its path p) a report counts: not one of the notes gone from
 * disk that ?5 names (a JSON array, ful_report_gone; NULL: none). */
#define FUL_RPT_HERE(p) " (?5 IS NULL OR " p " NOT IN (SELECT value FROM json_each(?5)))"
/* An account (its id a) one of whose notes a report counts: ?4's, or no one's. */
#define FUL_RPT_ACCOUNT_OWNED(a) \
    " (?4 IS NULL OR " a " IN (SELECT n.account_id FROM note n WHERE" FUL_RPT_OWNED " AND" FUL_RPT_HERE("n.path") "))"

/* The log's account touches, leaving out those of the notes ?6 names (a
 * JSON array of paths: notes gone from disk, fulog.gone; NULL: none). */
#define GONE_TOUCH \
    " AND (?6 IS NULL OR t.note_id NOT IN (SELECT id FROM note WHERE path IN (SELECT value FROM json_each(?6))))"

static const char *const sql_text[Q_COUNT] = {
    [Q_NOTE_STATE] = "SELECT id, size, mtime_ns, hash, root, parser, meeting FROM note WHERE path = ?1",
    [Q_NOTE_MTIME_DAY] = "SELECT meeting FROM note WHERE path = ?1 AND date_source = 'mtime'",
    [Q_NOTE_RESTAT] = "UPDATE note SET size = ?2, mtime_ns = ?3 WHERE id = ?1",
    [Q_NOTE_INSERT] =
        "INSERT INTO note(path, account_id, meeting, date_source, size, mtime_ns, hash, has_firm, indexed_on, root,"
        " owner, parser) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [Q_NOTE_UPDATE] =
        "UPDATE note SET account_id = ?2, meeting = ?3, date_source = ?4, size = ?5, mtime_ns = ?6,"
        " hash = ?7, has_firm = ?8, indexed_on = ?9, root = ?10, owner = ?11, parser = ?12"
        " WHERE id = ?1",
    [Q_NOTE_DELETE] = "DELETE FROM note WHERE id = ?1",
    [Q_NOTE_ID] = "SELECT id FROM note WHERE path = ?1",
    /* The display name the best-ranked note gives; of equals, the one of
     * the latest meeting (then the latest indexed): account_id's rank
     * carries the meeting day, so re-indexing an older note (a touch
     * written into it) never swaps "Globex" for its "globex". */
    [Q_ACCOUNT_PUT] =
        "INSERT INTO account(name, display, display_rank) VALUES (?1, ?2, ?3) ON CONFLICT(name) DO UPDATE"
        " SET display = excluded.display, display_rank = excluded.display_rank"
        " WHERE excluded.display_rank >= account.display_rank",
    [Q_ACCOUNT_GET] = "SELECT id FROM account WHERE name = ?1",
    [Q_OLD_STEPS] = "SELECT key, class, due, done, first_seen, line, pushed, id FROM step WHERE note_id = ?1",
    /* The steps of the notes that left the store in this index run, kept
     * (in a temporary table) until its end, when ful_store_settle_gone
     * gives each one's history to the note it was renamed or moved to. */
    [Q_GONE_PUT] =
        "INSERT INTO temp.gone_step(path, key, class, due, done, first_seen, line, pushed)"
        " SELECT ?2, key, class, due, done, first_seen, line, pushed FROM step WHERE note_id = ?1",
    [Q_GONE_PATHS] = "SELECT DISTINCT path FROM temp.gone_step ORDER BY path",
    /* For each gone note, the notes stored since ?1 sharing its step keys,
     * most shared first, the newest of equals. A note moved is stored
     * under its new path in the run that finds the old one gone, or in
     * the days before (an editor saved it there); reading only the notes
     * stored lately keeps this off the whole step table, where a common
     * step ("send the pricing sheet") is in thousands of notes. */
    [Q_GONE_TARGETS] =
        "SELECT g.path, n.id, n.path FROM note n CROSS JOIN step s ON s.note_id = n.id"
        " CROSS JOIN temp.gone_step g ON g.key = s.key WHERE n.indexed_on >= ?1"
        " GROUP BY g.path, n.id ORDER BY g.path, count(*) DESC, n.id DESC",
    [Q_GONE_STEPS] =
        "SELECT key, class, due, done, first_seen, line, pushed, 0 FROM temp.gone_step WHERE path = ?2",
    [Q_GONE_CLEAR] = "DELETE FROM temp.gone_step",
    /* The other notes sharing a step key with note ?1: where a note just
     * stored under a new path may have been renamed or moved from. */
    [Q_KIN] =
        "SELECT DISTINCT n.id, n.path FROM step k JOIN note n ON n.id = k.note_id"
        " WHERE k.key IN (SELECT key FROM step WHERE note_id = ?1) AND k.note_id <> ?1",
    /* Its steps as Q_OLD_STEPS reads them; a step with a history of its
     * own (key NULL) takes none from another note. */
    [Q_MOVED_STEPS] =
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM step_event e WHERE e.path = ?2 AND e.key = s.key) THEN NULL"
        " ELSE s.key END, s.class, s.due, s.done, s.first_seen, s.line, s.pushed, s.id FROM step s"
        " WHERE s.note_id = ?1",
    [Q_EVENT_MOVE] = "UPDATE step_event SET path = ?2 WHERE path = ?1 AND key = ?3",
    [Q_STEP_ADOPT] = "UPDATE step SET first_seen = ?2, pushed = ?3 WHERE id = ?1",
    [Q_STEPS_DELETE] = "DELETE FROM step WHERE note_id = ?1",
    [Q_TOUCHES_DELETE] = "DELETE FROM touch WHERE note_id = ?1",
    [Q_NEEDS_DELETE] = "DELETE FROM need WHERE note_id = ?1",
    [Q_EVENT_INSERT] = "INSERT INTO step_event(path, key, day, event, old, new) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [Q_EVENT_REKEY] = "UPDATE step_event SET key = ?2 WHERE path = ?1 AND key = ?3",
    [Q_META_GET] = "SELECT value FROM meta WHERE key = ?1",
    /* An account's PAIN/WANT lines, newest meeting first (drafts). */
    [Q_NEEDS_OF] =
        "SELECT d.kind AS kind, d.text AS text, n.meeting AS meeting, n.path AS path"
        " FROM need d JOIN note n ON n.id = d.note_id"
        " WHERE n.account_id IN (SELECT id FROM account WHERE" FUL_ACCOUNT_IS("?1") ")"
        " ORDER BY n.meeting DESC, n.path, d.line LIMIT ?2",
    [Q_META_PUT] = "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
    /* Every step with its touches, step by step: a new cadence recomputes
     * them all. */
    [Q_CHASE_ALL] =
        "SELECT s.id, s.class, s.due, t.day, t.channel, t.replied, s.text FROM step s"
        " LEFT JOIN touch t ON t.step_id = s.id ORDER BY s.id",
    [Q_CHASE_SET] =
        "UPDATE step SET state = ?2, next = ?3, unanswered = ?4, since = ?5, since_channel = ?6,"
        " last_touch = ?7, suggest = ?8, last_channel = ?9 WHERE id = ?1",
    /* Notes at root, or under root/ ('0' sorts right after '/'). */
    [Q_UNDER_ROOT] =
        "SELECT id, path FROM note WHERE path = ?1 OR (path >= ?1 || '/' AND path < ?1 || '0')",
    /* The same notes with what an index run compares, in one read. */
    [Q_UNDER_STATE] =
        "SELECT id, path, size, mtime_ns, parser, hash FROM note WHERE path >= ?1 AND path < ?1 || '0'",
    /* The same columns for every note, in table order, when they all lie
     * under the folder (Q_PATH_SPAN, two index probes, says so): no path
     * index walk and no table seek per row, 2,700 -> 1,900 instructions a
     * note. */
    [Q_ALL_STATE] = "SELECT id, path, size, mtime_ns, parser, hash FROM note",
    [Q_PATH_SPAN] = "SELECT (SELECT min(path) FROM note), (SELECT max(path) FROM note)",
    [Q_PRUNE_ACCOUNTS] =
        "DELETE FROM account WHERE NOT EXISTS (SELECT 1 FROM note WHERE note.account_id = account.id)",
    [Q_OVERDUE] =
        "SELECT n.path AS path, s.line AS line, s.col AS col, s.class AS class,"
        " " FUL_ACCOUNT_SHOWN " AS account, s.text AS text, s.due AS due,"
        /* days: filled in C from next (overdue_days): julianday() parsed
         * two dates per row. */
        " NULL AS days, s.why AS why, s.ask AS ask,"
        " n.meeting AS meeting, n.owner AS owner," FUL_CHASE_COLS
        " FROM step s JOIN note n ON n.id = s.note_id LEFT JOIN account a ON a.id = n.account_id"
        " WHERE s.done = 0 AND s.next < ?1 AND (?2 IS NULL OR n.path = ?2)"
        " AND (?3 IS NULL OR n.owner IS NULL OR n.owner = ?3 COLLATE NOCASE)"
        /* The index gives this order; ties by path and line are sorted in
         * C (sort_overdue): SQLite's sorter would copy every row twice. */
        " ORDER BY s.next",
    /* The follow-up log. An account is dark when its last dark_touches
     * touches went unanswered and the client has not acted (replied, or
     * met: a note dated that day) for dark_days days. Only the accounts
     * with open steps are looked at, each through the touch_account and
     * note_account indexes, so the cost follows the open work, not the
     * size of the history. */
    [Q_LOG] =
        "WITH open AS MATERIALIZED ("
        "  SELECT s.id AS sid, s.line AS line, s.col AS col, s.class AS class, s.due AS due, s.text AS text,"
        "   s.why AS why, s.ask AS ask, n.path AS path, n.meeting AS meeting, n.account_id AS acc,"
        "   CASE WHEN s.state = 'booked' AND s.next < ?1 THEN 'outcome' ELSE s.state END AS state,"
        "   s.next AS next, s.unanswered AS step_unanswered, s.pushed AS pushed, s.since AS since,"
        "   s.since_channel AS since_channel, s.last_touch AS step_last_touch, s.suggest AS suggest,"
        "   s.last_channel AS last_channel"
        "  FROM step s JOIN note n ON n.id = s.note_id"
        "  WHERE s.done = 0 AND (?2 IS NULL OR n.account_id IN"
        "   (SELECT id FROM account WHERE" FUL_ACCOUNT_IS("?2") "))"
        "   AND (?5 IS NULL OR n.owner IS NULL OR n.owner = ?5 COLLATE NOCASE)),"
        /* Per-row index seeks, not a join of two derived tables: SQLite
         * would loop one inside the other. */
        " o1 AS MATERIALIZED ("
        "  SELECT open.*,"
        "   (SELECT max(t.day) FROM touch t WHERE t.account_id = open.acc AND t.day <= ?1" GONE_TOUCH ") AS last_touch,"
        "   (SELECT max(t.day) FROM touch t WHERE t.account_id = open.acc AND t.replied = 1 AND t.day <= ?1"
        GONE_TOUCH ") AS last_reply,"
        "   (SELECT max(n.meeting) FROM note n WHERE n.account_id = open.acc AND n.meeting <= ?1"
        "    AND (?6 IS NULL OR n.path NOT IN (SELECT value FROM json_each(?6)))) AS last_meeting,"
        "   (SELECT count(*) FROM touch t WHERE t.step_id = open.sid) AS touches,"
        "   (SELECT max(t.day) FROM touch t WHERE t.step_id = open.sid AND t.day <= ?1) AS step_touch"
        "  FROM open),"
        " o2 AS MATERIALIZED ("
        "  SELECT o1.*, (SELECT count(*) FROM touch t WHERE t.account_id = o1.acc AND t.day <= ?1"
        "    AND t.day > coalesce(o1.last_reply, '')" GONE_TOUCH ") AS unanswered FROM o1)"
        " SELECT " FUL_ACCOUNT_SHOWN " AS account,"
        "  (o2.acc IS NOT NULL AND o2.unanswered >= ?3 AND max(coalesce(o2.last_reply, ''),"
        "   coalesce(o2.last_meeting, '')) < date(?1, '-' || ?4 || ' days')) AS dark,"
        "  o2.last_touch AS last_touch, o2.last_reply AS last_reply, o2.unanswered AS unanswered,"
        "  o2.path AS path, o2.line AS line, o2.col AS col, o2.class AS class, o2.due AS due, o2.text AS text,"
        "  o2.why AS why, o2.ask AS ask, o2.meeting AS meeting, o2.touches AS touches,"
        "  CAST(julianday(?1) - julianday(max(o2.meeting, coalesce(o2.step_touch, o2.meeting))) AS INTEGER)"
        "    AS waiting,"
        "  coalesce(o2.next < ?1, 0) AS overdue,"
        "  o2.state AS state, o2.next AS next, o2.step_unanswered AS step_unanswered, o2.pushed AS pushed,"
        "  o2.since AS since, o2.since_channel AS since_channel, o2.step_last_touch AS step_last_touch,"
        "  o2.suggest AS suggest, o2.last_channel AS last_channel,"
        "  min(o2.next) OVER (PARTITION BY o2.acc) AS oldest"
        " FROM o2 LEFT JOIN account a ON a.id = o2.acc"
        " ORDER BY dark DESC, oldest IS NULL, oldest, account COLLATE NOCASE,"
        "  o2.next IS NULL, o2.next, o2.path, o2.line",
    /* The key commands and filters take, and the name the log and
     * overdue show (FUL_ACCOUNT_SHOWN). */
    /* with the path of each account's latest note: the one the listings
     * stat to tell an account whose notes are all gone (fulog.gone) */
    [Q_ACCOUNTS] = "SELECT name, " FUL_ACCOUNT_SHOWN " AS shown, (SELECT n.path FROM note n WHERE n.account_id = a.id"
        " ORDER BY n.meeting DESC, n.id DESC LIMIT 1) AS path FROM account a ORDER BY name COLLATE NOCASE",
    /* the other notes of the account ?1 (its key), latest first */
    [Q_ACCOUNT_PATHS] = "SELECT n.path FROM note n JOIN account a ON a.id = n.account_id WHERE a.name = ?1"
        " ORDER BY n.meeting DESC, n.id DESC",
    /* an owner filter as the notes spell it (the most notes' spelling) */
    [Q_OWNER_SHOWN] = "SELECT owner FROM note WHERE owner = ?1 COLLATE NOCASE GROUP BY owner"
        " ORDER BY count(*) DESC, owner LIMIT 1",
    /* the folders holding notes that name an owner: where "me" is looked
     * up. A few roots among many notes: each step seeks the next root in
     * note_owner_root, where DISTINCT would read every owned note. */
    [Q_OWNER_ROOTS] = "WITH RECURSIVE r(root) AS (SELECT min(root) FROM note WHERE owner IS NOT NULL"
        " UNION ALL SELECT (SELECT min(root) FROM note WHERE owner IS NOT NULL AND root > r.root)"
        " FROM r WHERE r.root IS NOT NULL) SELECT root FROM r WHERE root IS NOT NULL",
    /* open steps due from ?1 to ?2 of the owner ?3 (and the unowned notes):
     * where a draft's slots look for times already taken (step_open_due) */
    [Q_TIMED_STEPS] = "SELECT s.text AS text, n.meeting AS meeting, s.due AS due"
        " FROM step s JOIN note n ON n.id = s.note_id"
        " WHERE s.done = 0 AND s.due >= ?1 AND s.due <= ?2"
        " AND (?3 IS NULL OR n.owner IS NULL OR n.owner = ?3 COLLATE NOCASE) ORDER BY s.due",
    /* The step's events, led by its appearance (from the row itself, with
     * the class it had then: the first class change's old value). */
    [Q_HISTORY] =
        "WITH cur AS (SELECT s.key AS key, s.class AS class, s.first_seen AS first_seen"
        "  FROM step s JOIN note n ON n.id = s.note_id WHERE n.path = ?1 AND s.line = ?2)"
        " SELECT day, event, old, new FROM ("
        "  SELECT cur.first_seen AS day, 'seen' AS event, NULL AS old,"
        "   coalesce((SELECT e.old FROM step_event e WHERE e.path = ?1 AND e.key = cur.key"
        "     AND e.event = 'class' ORDER BY e.id LIMIT 1), cur.class) AS new, 0 AS ord FROM cur"
        "  UNION ALL"
        "  SELECT e.day, e.event, e.old, e.new, e.id FROM step_event e JOIN cur"
        "   ON e.path = ?1 AND e.key = cur.key)"
        " ORDER BY ord",
    [Q_STEP_AT] =
        "SELECT n.path AS path, s.line AS line, s.col AS col, s.class AS class, s.text AS text,"
        " s.due AS due, s.done AS done, s.why AS why, s.ask AS ask, s.first_seen AS first_seen,"
        " " FUL_ACCOUNT_SHOWN " AS account,"
        /* which of the note's steps with these words it is, in line order
         * (line.h's ful_expect: a write-back tells them apart by it) */
        " (SELECT count(*) FROM step o WHERE o.note_id = s.note_id AND o.text = s.text AND o.line <= s.line) AS nth,"
        " (SELECT count(*) FROM step o WHERE o.note_id = s.note_id AND o.text = s.text) AS of"
        " FROM step s JOIN note n ON n.id = s.note_id LEFT JOIN account a ON a.id = n.account_id"
        " WHERE n.path = ?1 AND s.line = ?2",
    /* Reports and exports (report.c, export.c): ?1 since (today for
     * exports), ?2 until, ?3 account, ?4 owner (FUL_RPT_OWNED). Meetings, their firm share and the first reply after each
     * (the account's first reply on or after the meeting and before its
     * next meeting; a note with no account: its own touches). */
    [Q_RPT_NOTES] =
        "SELECT n.meeting AS meeting, n.has_firm AS has_firm,"
        " CASE WHEN n.account_id IS NULL THEN"
        "  (SELECT min(t.day) FROM touch t WHERE t.note_id = n.id AND t.replied = 1 AND t.day >= n.meeting)"
        " ELSE"
        "  (SELECT min(t.day) FROM touch t WHERE t.account_id = n.account_id AND t.replied = 1"
        "   AND t.day >= n.meeting AND t.day < coalesce((SELECT min(n2.meeting) FROM note n2"
        "    WHERE n2.account_id = n.account_id AND n2.meeting > n.meeting), '9999-12-31'))"
        " END AS first_reply"
        " FROM note n WHERE n.meeting >= ?1 AND n.meeting <= ?2 AND" FUL_RPT_OWNED " AND" FUL_RPT_HERE("n.path"),
    /* New steps by class, dated by their meeting. */
    [Q_RPT_CLASSES] =
        "SELECT n.meeting AS meeting, s.class AS class, count(*) AS n FROM step s JOIN note n ON n.id = s.note_id"
        " WHERE n.meeting >= ?1 AND n.meeting <= ?2 AND" FUL_RPT_OWNED " AND" FUL_RPT_HERE("n.path")
        " GROUP BY n.meeting, s.class",
    /* Chases (steps short of firm) closed: the day the store saw [x]
     * appear, or for a step already done when first indexed, its last
     * touch (else its meeting), no later than that first sight. */
    [Q_RPT_CLOSED] =
        "SELECT e.day AS day FROM step_event e WHERE e.event = 'done' AND e.day >= ?1 AND e.day <= ?2"
        " AND EXISTS (SELECT 1 FROM note n JOIN step s ON s.note_id = n.id"
        "  WHERE n.path = e.path AND s.key = e.key AND s.class <> 'firm' AND" FUL_RPT_OWNED " AND"
        FUL_RPT_HERE("n.path") ")"
        " UNION ALL"
        " SELECT d FROM (SELECT min(s.first_seen, coalesce((SELECT max(t.day) FROM touch t WHERE t.step_id = s.id),"
        "   n.meeting, s.first_seen)) AS d"
        "  FROM step s JOIN note n ON n.id = s.note_id WHERE s.done = 1 AND s.class <> 'firm' AND" FUL_RPT_OWNED
        "  AND" FUL_RPT_HERE("n.path")
        "  AND NOT EXISTS (SELECT 1 FROM step_event e WHERE e.path = n.path AND e.key = s.key AND e.event = 'done'))"
        " WHERE d >= ?1 AND d <= ?2",
    [Q_RPT_TOUCHES] =
        "SELECT t.day AS day, count(*) AS n, sum(t.replied) AS replies FROM touch t JOIN note n ON n.id = t.note_id"
        " WHERE t.day >= ?1 AND t.day <= ?2 AND" FUL_RPT_OWNED " AND" FUL_RPT_HERE("n.path") " GROUP BY t.day",
    /* Due dates moved later, one row per step and day. */
    [Q_RPT_PUSHED] =
        "SELECT DISTINCT e.path AS path, e.key AS key, e.day AS day FROM step_event e WHERE e.event = 'due'"
        " AND e.old IS NOT NULL AND e.new IS NOT NULL AND e.new > e.old AND e.day >= ?1 AND e.day <= ?2"
        " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM note n WHERE n.path = e.path AND" FUL_RPT_OWNED "))"
        " AND" FUL_RPT_HERE("e.path")
        " ORDER BY e.path, e.key, e.day",
    /* Each account's touches and meetings up to ?2, for when it went dark.
     * With an owner, the accounts of that owner's notes, but every note's
     * touches and meetings with them: dark is the client's silence, as
     * the log's account line tells it, not one seller's. */
    [Q_RPT_ACTIVITY] =
        "SELECT t.account_id AS acc, t.day AS day, t.replied AS reply, 0 AS meeting FROM touch t"
        " JOIN note n ON n.id = t.note_id"
        " WHERE t.account_id IS NOT NULL AND t.day IS NOT NULL AND t.day <= ?2 AND" FUL_RPT_ACCOUNT_OWNED("t.account_id")
        " AND" FUL_RPT_HERE("n.path")
        " UNION ALL SELECT n.account_id, n.meeting, 0, 1 FROM note n"
        " WHERE n.account_id IS NOT NULL AND n.meeting IS NOT NULL AND n.meeting <= ?2 AND"
        FUL_RPT_ACCOUNT_OWNED("n.account_id") " AND" FUL_RPT_HERE("n.path") " ORDER BY 1, 2",
    /* The notes a report over ?1..?2 counts something of (a meeting, a new
     * step, a touch, a step event), for ful_report_gone to look at: a stat
     * each, not every note. */
    [Q_RPT_PATHS] =
        "SELECT n.path AS path FROM note n WHERE n.meeting >= ?1 AND n.meeting <= ?2 AND" FUL_RPT_OWNED
        " UNION SELECT n.path FROM touch t JOIN note n ON n.id = t.note_id WHERE t.day >= ?1 AND t.day <= ?2 AND"
        FUL_RPT_OWNED
        /* a chase closed with no event, dated as Q_RPT_CLOSED dates it
         * (a day on or after ?1 needs its first sight and its last touch,
         * else its meeting, on or after ?1: asked first, it is cheaper) */
        " UNION SELECT p FROM (SELECT n.path AS p, min(s.first_seen, coalesce((SELECT max(t.day) FROM touch t"
        "  WHERE t.step_id = s.id), n.meeting, s.first_seen)) AS d FROM step s JOIN note n ON n.id = s.note_id"
        "  WHERE s.done = 1 AND s.class <> 'firm' AND s.first_seen >= ?1 AND (n.meeting IS NULL OR n.meeting >= ?1"
        "  OR EXISTS (SELECT 1 FROM touch t WHERE t.step_id = s.id AND t.day >= ?1)) AND" FUL_RPT_OWNED ")"
        " WHERE d >= ?1 AND d <= ?2"
        " UNION SELECT e.path FROM step_event e WHERE e.day >= ?1 AND e.day <= ?2"
        " AND EXISTS (SELECT 1 FROM note n WHERE n.path = e.path AND" FUL_RPT_OWNED ")"
        " ORDER BY 1",
    /* Every next step with its chase columns (?1: today, for outcome). */
    [Q_EXPORT_STEPS] =
        "SELECT " FUL_ACCOUNT_SHOWN " AS account, n.path AS path, n.root AS root, s.line AS line,"
        " s.class AS class, s.text AS text, s.key AS key, n.meeting AS meeting, s.due AS due, s.done AS done,"
        " s.ask AS ask, (SELECT count(*) FROM touch t WHERE t.step_id = s.id) AS touches," FUL_CHASE_COLS
        " FROM step s JOIN note n ON n.id = s.note_id LEFT JOIN account a ON a.id = n.account_id"
        " WHERE (?3 IS NULL OR a.name = ?3 COLLATE NOCASE OR a.display = ?3 COLLATE NOCASE) AND" FUL_RPT_OWNED
        " ORDER BY account COLLATE NOCASE, n.meeting, n.path, s.line",
    [Q_NOTE_MAX] = "SELECT max(id) FROM note",
    [Q_DATA_VERSION] = "PRAGMA data_version",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_BEGIN_READ] = "BEGIN",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
};

/* The Lua API reports FUL_SCHEMA_VERSION; the migrations define it. */
typedef char ful_schema_version_matches[(FUL_NMIGRATIONS == FUL_SCHEMA_VERSION) ? 1 : -1];

struct ful_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[Q_COUNT];
    sqlite3_stmt *ins[INS_COUNT][FUL_STEP_ROWS]; /* ins[t][n-1] inserts n rows (rows_insert) */
    struct ful_pbind *pb[INS_COUNT][FUL_STEP_ROWS]; /* what each of its parameters holds */
    int in_tx;          /* 0 none, 1 write (BEGIN IMMEDIATE), 2 read (BEGIN) */
    /* The last account looked up: notes of one folder share it. Cleared
     * when a transaction ends (a rollback or another writer may change
     * the ids). */
    char last_account[FUL_ACCOUNT_MAX];
    int64_t last_account_id;
    ful_cadence cadence;    /* what index runs compute next action dates with */
    int readonly;           /* opened by ful_store_open_ro */
    int64_t parse_sig;      /* the parse options notes are stored with (opts.h) */
    int gone_table;         /* temp.gone_step made (ful_store_delete_note) */
    int put_found;          /* the last note put was in the store already (put_note) */
    /* Rows waiting for their INSERT (rowq.h); while an index run writes
     * (defer), across notes, else written at the end of each put_note. */
    ful_rowq q;
    int defer;
    int secure_was;         /* secure_delete before a run into an empty store, or -1 */
    int bulk_wrote;         /* FUL_BULK_WRITE's settings are on (ful_store_bulk) */
    /* New notes queued with their rows (put_note): the id the next one
     * takes, the one SQLite would give it (the largest plus one), or 0
     * when unknown. known_ok: no other connection has written since the
     * caller read which notes the store holds (ful_store_mark_known, the
     * data_version then). */
    int64_t next_note;
    int known_ok;
    int64_t known_dv;
};

void ful_store_set_parse_sig(ful_store *s, int64_t sig)
{
    s->parse_sig = sig;
}

static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (!err || !errlen)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* The one refusal of a store that cannot be written (open, write-back). */
static void read_only(char *err, size_t errlen, const char *path)
{
    seterr(err, errlen, "%s: the store is read-only; fulog needs to write it (check its permissions)", path);
}

static int dberr(ful_store *s, char *err, size_t errlen, const char *what)
{
    seterr(err, errlen, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
    return -1;
}

static int rows_flush(ful_store *s, char *err, size_t errlen);

/* Statement q; the queued rows are written first unless q reads or writes
 * none of their tables (the statements of put_note's fast path). NULL
 * when it cannot be made or the rows cannot be written (the message in
 * sqlite3_errmsg). */
static sqlite3_stmt *stmt(ful_store *s, int q)
{
    int account = q == Q_ACCOUNT_PUT || q == Q_ACCOUNT_GET || q == Q_ROLLBACK;
    /* Any other statement may add or remove notes: the next queued note's
     * id is read again. Queued notes go in first, their ids being given. */
    if (!account)
        s->next_note = 0;
    if ((s->q.nnote ? !account
                    : (s->q.nstep | s->q.ntouch | s->q.nneed) && q != Q_NOTE_INSERT && !account &&
                          q != Q_NOTE_RESTAT && q != Q_NOTE_MTIME_DAY) &&
        rows_flush(s, NULL, 0) != 0)
        return NULL;
    if (s->st[q] == NULL) {
        if (sqlite3_prepare_v3(s->db, sql_text[q], -1, SQLITE_PREPARE_PERSISTENT, &s->st[q], NULL) != SQLITE_OK)
            return NULL;
    }
    return s->st[q];
}

/* Runs a statement that returns no rows; resets it. */
static int run(ful_store *s, sqlite3_stmt *st, char *err, size_t errlen, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return dberr(s, err, errlen, what);
    return 0;
}

/* run() for the row INSERTs of put_children, which set every parameter of
 * every run (NULL ones too, or leave one holding the value it needs: struct
 * ful_pbind): no sqlite3_clear_bindings, which set each of up to 168
 * parameters to NULL before they were bound again (1.3% of the writer's
 * instructions in a cold index), and would void what ful_pbind records. */
static int run_rebound(ful_store *s, sqlite3_stmt *st, char *err, size_t errlen, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return dberr(s, err, errlen, what);
    return 0;
}

static int exec(ful_store *s, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (rows_flush(s, err, errlen) != 0)
        return -1;
    s->next_note = 0;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        seterr(err, errlen, "%s: %s", s->path, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int pragma_int(ful_store *s, const char *sql, int *out)
{
    sqlite3_stmt *st = NULL;
    int rc;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* Writes that can be redone commit with synchronous=NORMAL: in WAL mode a
 * power cut may then lose them, never corrupt the store. A migration lost
 * runs again at the next open, a cadence lost is recomputed at the next
 * use. A new store's migration and cadence were three of the ten fsyncs
 * of a first `fulog index` (each 1 ms on an idle disk, 10 ms or more on a
 * busy one). Returns the mode to restore (sync_restore). */
static int sync_normal(ful_store *s)
{
    int was = 2;
    if (pragma_int(s, "PRAGMA synchronous", &was) != 0 || was <= 1)
        return was;
    exec(s, "PRAGMA synchronous = NORMAL", NULL, 0);
    return was;
}

static void sync_restore(ful_store *s, int was)
{
    if (was == 2)
        exec(s, "PRAGMA synchronous = FULL", NULL, 0);
    else if (was == 3)
        exec(s, "PRAGMA synchronous = EXTRA", NULL, 0);
}

/* mkdir -p with mode 0700 for every folder it creates (store.h). */
int ful_make_dirs(const char *path, char *err, size_t errlen)
{
    char *dir = strdup(path), *p;
    if (dir == NULL) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    p = strrchr(dir, '/');
    if (p == NULL || p == dir) {
        free(dir);
        return 0;
    }
    *p = '\0';
    for (p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
            seterr(err, errlen, "%s: cannot create folder: %s", dir, strerror(errno));
            free(dir);
            return -1;
        }
        *p = '/';
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        seterr(err, errlen, "%s: cannot create folder: %s", dir, strerror(errno));
        free(dir);
        return -1;
    }
    free(dir);
    return 0;
}

static int migrate_steps(ful_store *s, char *err, size_t errlen);

static int migrate(ful_store *s, char *err, size_t errlen)
{
    int v = 0, was, rc;
    if (pragma_int(s, "PRAGMA user_version", &v) != 0)
        return dberr(s, err, errlen, "cannot read the schema version");
    if (v == FUL_NMIGRATIONS)
        return 0;
    was = sync_normal(s);
    rc = migrate_steps(s, err, errlen);
    sync_restore(s, was);
    return rc;
}

static int migrate_steps(ful_store *s, char *err, size_t errlen)
{
    int v = 0;
    if (pragma_int(s, "PRAGMA user_version", &v) != 0)
        return dberr(s, err, errlen, "cannot read the schema version");
    if (v == FUL_NMIGRATIONS)
        return 0;
    if (v > FUL_NMIGRATIONS) {
        seterr(err, errlen, "%s: the store is schema version %d, newer than this fulog knows (%d); update fulog",
               s->path, v, FUL_NMIGRATIONS);
        return -1;
    }
    if (exec(s, "BEGIN IMMEDIATE", err, errlen) != 0)
        return -1;
    /* Re-read under the lock: another process may have migrated meanwhile. */
    if (pragma_int(s, "PRAGMA user_version", &v) != 0) {
        exec(s, "ROLLBACK", NULL, 0);
        return dberr(s, err, errlen, "cannot read the schema version");
    }
    if (v > FUL_NMIGRATIONS) {
        exec(s, "ROLLBACK", NULL, 0);
        seterr(err, errlen, "%s: the store is schema version %d, newer than this fulog knows (%d); update fulog",
               s->path, v, FUL_NMIGRATIONS);
        return -1;
    }
    if (v == 0) {
        /* A new store: the schema the steps leave, in one step (schema.h). */
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", FUL_NMIGRATIONS);
        if (exec(s, ful_schema_fresh, err, errlen) != 0 || exec(s, sql, err, errlen) != 0) {
            exec(s, "ROLLBACK", NULL, 0);
            return -1;
        }
        v = FUL_NMIGRATIONS;
    }
    for (; v < FUL_NMIGRATIONS; v++) {
        char sql[64];
        if (exec(s, ful_migrations[v], err, errlen) != 0) {
            exec(s, "ROLLBACK", NULL, 0);
            return -1;
        }
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
        if (exec(s, sql, err, errlen) != 0) {
            exec(s, "ROLLBACK", NULL, 0);
            return -1;
        }
    }
    return exec(s, "COMMIT", err, errlen);
}

/* SQLite's process-wide settings, before its first connection (later it
 * refuses them, harmlessly: another user of a shared libsqlite3 came
 * first). No bulk page-cache allocation per connection: SQLite laid out
 * 20 page slots of 16 KB at the first read, a page fault each (half the
 * faults of opening the store), for a command that reads a few pages. No
 * memory statistics (fulog reads none): with them every allocation took a
 * global mutex, and Debian's SQLite has no lookaside, so each statement
 * run allocates a dozen times (cursors, records): 9% of the writer's
 * instructions in a cold index. */
static void sqlite_setup(void)
{
    sqlite3_config(SQLITE_CONFIG_PAGECACHE, NULL, 0, 0);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

ful_store *ful_store_open(const char *path, int busy_ms, char *err, size_t errlen)
{
    ful_store *s;
    int fd, mode = 0, rc;
    char jm[16] = "";
    sqlite3_stmt *st = NULL;

    if (sqlite3_libversion_number() < 3037000) {
        seterr(err, errlen, "SQLite %s is too old: fulog needs 3.37 or later (STRICT tables)", sqlite3_libversion());
        return NULL;
    }
    if (ful_make_dirs(path, err, errlen) != 0)
        return NULL;
    /* Create the file ourselves: SQLite would make it 0644, and the -wal and
     * -shm files take the database file's mode. */
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    /* EPERM: an immutable file (chattr +i), read-only even for root */
    if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM)) {
        fd = open(path, O_RDONLY | O_CLOEXEC);
        mode = 1;
    }
    if (fd < 0) {
        seterr(err, errlen, "%s: cannot open the store: %s", path, strerror(errno));
        return NULL;
    }
    close(fd);
    if (mode == 1) {
        read_only(err, errlen, path);
        return NULL;
    }
    s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        seterr(err, errlen, "out of memory");
        return NULL;
    }
    s->secure_was = -1;
    sqlite_setup();
    rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        seterr(err, errlen, "%s: cannot open the store: %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        ful_store_close(s);
        return NULL;
    }
    ful_cadence_default(&s->cadence);
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, busy_ms > 0 ? busy_ms : 5000);
    /* mmap: queries read the pages they touch without a pread and a copy
     * each, which is most of the cost of db:overdue() on a large store. */
    if (exec(s, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA mmap_size = 268435456;", err,
             errlen) != 0) {
        ful_store_close(s);
        return NULL;
    }
    /* 16 KB pages for a new store (an existing one keeps its size): a cold
     * index of 100k notes then writes and reads a quarter as many pages,
     * each a system call, and its B-trees split a quarter as often. Must
     * come before WAL mode writes the first page. */
    if (exec(s, "PRAGMA page_size = 16384", err, errlen) != 0) {
        ful_store_close(s);
        return NULL;
    }
    if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *m = sqlite3_column_text(st, 0);
        if (m)
            snprintf(jm, sizeof jm, "%s", (const char *)m);
    }
    sqlite3_finalize(st);
    if (strcmp(jm, "wal") != 0) {
        if (strlen(jm) == 0) {
            dberr(s, err, errlen, "is not a fulog store (cannot set WAL mode)");
        } else {
            seterr(err, errlen, "%s: the store cannot use WAL mode (journal_mode is %s); keep it on a local file system",
                   path, jm);
        }
        ful_store_close(s);
        return NULL;
    }
    if (migrate(s, err, errlen) != 0) {
        ful_store_close(s);
        return NULL;
    }
    return s;
}

/* Counts fulog's tables in the open store: SQLITE_OK, or the error of the
 * read (SQLITE_NOTADB: another kind of file). */
static int count_ours(sqlite3 *db, int *tables)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('account', 'note', 'step')",
                                -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *tables = sqlite3_column_int(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? rc : sqlite3_extended_errcode(db);
}

/* A store in a folder that cannot be written (a read-only mount, a backup
 * copy): SQLite cannot make the -shm file a WAL reader needs, and every
 * read fails with SQLITE_CANTOPEN. With no -wal file beside it the file
 * holds every commit, and no writer can be at work (it would need that
 * folder too): it is opened again as immutable. 0, or -1 (db left open). */
static int reopen_immutable(ful_store *s, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    ful_buf uri = { 0, 0, 0 }, wal = { 0, 0, 0 };
    const unsigned char *p;
    struct stat wst;
    int rc = -1, wal_there;
    if (ful_buf_adds(&wal, path) || ful_buf_adds(&wal, "-wal"))
        goto done;
    wal_there = stat(wal.p, &wst) == 0;
    if (wal_there || ful_buf_adds(&uri, "file:"))
        goto done;
    for (p = (const unsigned char *)path; *p; p++) {
        /* a URI path: what is not plain is %XX (?, #, % and spaces too) */
        int plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                    strchr("/-._~", *p) != NULL;
        char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };
        if (plain ? ful_buf_add(&uri, p, 1) : ful_buf_add(&uri, esc, 3))
            goto done;
    }
    if (ful_buf_adds(&uri, "?immutable=1"))
        goto done;
    sqlite3_close_v2(s->db);
    s->db = NULL;
    if (sqlite3_open_v2(uri.p, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL) ==
        SQLITE_OK)
        rc = 0;
    if (s->db)
        sqlite3_extended_result_codes(s->db, 1);
done:
    ful_buf_free(&uri);
    ful_buf_free(&wal);
    return rc;
}

ful_store *ful_store_open_ro(const char *path, int busy_ms, char *err, size_t errlen)
{
    ful_store *s;
    struct stat fst;
    int v = -1, tables = 0, rc;

    if (stat(path, &fst) != 0) {
        seterr(err, errlen, "%s: no store here yet; run fulog index first", path);
        return NULL;
    }
    if (!S_ISREG(fst.st_mode) || fst.st_size == 0) {
        seterr(err, errlen, "%s: %s, not a fulog store; left as it is", path,
               S_ISREG(fst.st_mode) ? "an empty file" : "not a regular file");
        return NULL;
    }
    s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        seterr(err, errlen, "out of memory");
        return NULL;
    }
    s->secure_was = -1;
    s->readonly = 1;
    ful_cadence_default(&s->cadence);
    sqlite_setup();
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        seterr(err, errlen, "%s: cannot open the store: %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        ful_store_close(s);
        return NULL;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, busy_ms > 0 ? busy_ms : 5000);
    /* Is it ours? Another program's database is named and left alone. */
    rc = count_ours(s->db, &tables);
    if ((rc & 0xff) == SQLITE_CANTOPEN && reopen_immutable(s, path) == 0) {
        sqlite3_busy_timeout(s->db, busy_ms > 0 ? busy_ms : 5000);
        rc = count_ours(s->db, &tables);
    }
    if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_NOTADB) {
        /* a store that cannot be read is not called someone else's */
        seterr(err, errlen, "%s: cannot read the store: %s", path,
               s->db ? sqlite3_errmsg(s->db) : "out of memory");
        ful_store_close(s);
        return NULL;
    }
    if (pragma_int(s, "PRAGMA user_version", &v) != 0 || (v <= FUL_NMIGRATIONS && (tables != 3 || v < 1))) {
        seterr(err, errlen, "%s: not a fulog store; left as it is", path);
        ful_store_close(s);
        return NULL;
    }
    if (v != FUL_NMIGRATIONS) {
        if (v > FUL_NMIGRATIONS)
            seterr(err, errlen, "%s: the store is schema version %d, newer than this fulog knows (%d); update fulog",
                   path, v, FUL_NMIGRATIONS);
        else
            seterr(err, errlen, "%s: the store is schema version %d; run fulog index to bring it to version %d",
                   path, v, FUL_NMIGRATIONS);
        ful_store_close(s);
        return NULL;
    }
    if (exec(s, "PRAGMA query_only = 1; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 268435456;", err, errlen) != 0) {
        ful_store_close(s);
        return NULL;
    }
    return s;
}

void ful_store_close(ful_store *s)
{
    int i;
    if (s == NULL)
        return;
    for (i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    for (i = 0; i < INS_COUNT * FUL_STEP_ROWS; i++) {
        sqlite3_finalize(s->ins[i / FUL_STEP_ROWS][i % FUL_STEP_ROWS]);
        free(s->pb[i / FUL_STEP_ROWS][i % FUL_STEP_ROWS]);
    }
    ful_rowq_free(&s->q);
    if (s->db)
        sqlite3_close_v2(s->db);
    free(s->path);
    free(s);
}

const char *ful_store_path(const ful_store *s)
{
    return s->path;
}

int ful_store_user_version(ful_store *s)
{
    int v = -1;
    pragma_int(s, "PRAGMA user_version", &v);
    return v;
}

void ful_store_bulk(ful_store *s, int mode)
{
    /* A bulk index can always be redone from the notes, so it trades the
     * per-commit fsync (synchronous=FULL) for one at each checkpoint
     * (NORMAL: still safe against a killed process). Foreign keys are not
     * checked meanwhile: the indexer writes a note before its rows and
     * deletes its rows itself (delete_children), and the checks were a
     * tenth of its SQLite work (a parent lookup and a statement journal
     * per row).
     *
     * While the run only reads (the table of what the store knows, then a
     * walk that finds nothing changed) the store stays mmap'ed: read into
     * the page cache instead, each 16 KB page took four fresh pages of
     * memory, a page fault each (about 300 at 5k notes, 20 us apiece on a
     * virtual machine, a fifth of a re-index with nothing to do).
     *
     * From the first write on it takes a small page cache instead of mmap,
     * whose pages would count against the process as the store grows. 4 MB
     * holds a batch's dirty pages (about 250 of 16 KB for 2,000 notes):
     * with 2 MB SQLite spilled the oldest dirty pages, the hot right edges
     * of the B-trees, into the WAL mid-transaction, read them back, and
     * rewrote the checksum of every later frame at commit (at 100k notes
     * 7,610 frames read back and rewritten, 24k preads and 44k pwrites in
     * all; now 330, 11k and 35k). A larger cache only grew the process
     * with the store (16 MB: 22 MB at 100k notes; 4 MB: 10.6 MB) and took
     * a page fault for each page it added. Write-backs keep FULL.
     *
     * While it writes, a checkpoint every 4,000 WAL pages (64 MB), not
     * SQLite's 1,000: each checkpoint copies every page written since the
     * last one into the store (the hot ones again each time) and syncs
     * the WAL and the store. At 100k notes (strace, one cold index each):
     * store page writes 10,017 -> 8,982, fdatasync 53 -> 20 (about 1.5 ms
     * each on this VM, all on the writing thread), bytes copied in and out
     * 574 -> 546 MB. The default comes back at the end of the run. */
    /* While it writes, a note's rows wait to go in with the next notes'.
     *
     * Into a store with no note yet (a first index) it writes without
     * secure_delete, which Debian's SQLite turns on: each page split then
     * zeroed the space its cells left (zeroPage, freeSpace), 2.9% of the
     * writer's instructions at 5k notes. Whatever such a run frees holds
     * only bytes it read from the notes itself, most of them still stored;
     * a run into a store that held anything keeps the setting, so text a
     * re-index deletes is still zeroed. */
    /* The settings go on at the first write, not before the run reads:
     * none of them changes a read, and a run that finds nothing changed
     * (the warm re-index) then runs no PRAGMA at all, where it prepared and
     * ran six (three on, three back), each planned anew. */
    s->defer = mode == FUL_BULK_WRITE;
    switch (mode) {
    case FUL_BULK_READ:
        s->secure_was = -1;
        break;
    case FUL_BULK_WRITE: {
        int empty = 0;
        s->bulk_wrote = 1;
        exec(s, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -4096; PRAGMA foreign_keys = OFF;"
                " PRAGMA mmap_size = 0; PRAGMA wal_autocheckpoint = 4000;", NULL, 0);
        if (s->secure_was < 0 && pragma_int(s, "SELECT NOT EXISTS (SELECT 1 FROM note)", &empty) == 0 && empty &&
            pragma_int(s, "PRAGMA secure_delete", &s->secure_was) == 0)
            exec(s, "PRAGMA secure_delete = 0", NULL, 0);
        break;
    }
    default:
        /* What the run changed goes back; a run that only read (nothing
         * changed) changed nothing. */
        if (s->bulk_wrote)
            exec(s, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; PRAGMA mmap_size = 268435456;"
                    " PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 1000;", NULL, 0);
        s->bulk_wrote = 0;
        if (s->secure_was >= 0)
            exec(s, s->secure_was == 2 ? "PRAGMA secure_delete = FAST" : s->secure_was ? "PRAGMA secure_delete = 1"
                                                                               : "PRAGMA secure_delete = 0", NULL, 0);
        s->secure_was = -1;
        break;
    }
}

/* Starts a transaction with statement q; in_tx: 1 a write, 2 a read. */
static int begin_tx(ful_store *s, int q, int in_tx, const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *st = stmt(s, q);
    if (st == NULL || run(s, st, err, errlen, what) != 0)
        return st ? -1 : dberr(s, err, errlen, "prepare");
    s->in_tx = in_tx;
    return 0;
}

/* PRAGMA data_version: changes when another connection commits. */
static int data_version(ful_store *s, int64_t *out)
{
    sqlite3_stmt *st = stmt(s, Q_DATA_VERSION);
    int rc;
    if (st == NULL)
        return -1;
    rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

void ful_store_mark_known(ful_store *s)
{
    s->known_ok = data_version(s, &s->known_dv) == 0;
}

int ful_store_begin(ful_store *s, char *err, size_t errlen)
{
    int64_t dv;
    if (begin_tx(s, Q_BEGIN, 1, "cannot start a write", err, errlen) != 0)
        return -1;
    /* Under the write lock: has another writer been here since the caller
     * looked (a note it added would be one the caller calls new)? */
    if (s->known_ok && (data_version(s, &dv) != 0 || dv != s->known_dv))
        s->known_ok = 0;
    return 0;
}

int ful_store_begin_read(ful_store *s, char *err, size_t errlen)
{
    return begin_tx(s, Q_BEGIN_READ, 2, "cannot start a read", err, errlen);
}

int ful_store_commit(ful_store *s, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (rows_flush(s, err, errlen) != 0) {
        ful_store_rollback(s);
        return -1;
    }
    st = stmt(s, Q_COMMIT);
    if (st == NULL)
        return dberr(s, err, errlen, "prepare");
    if (run(s, st, err, errlen, "cannot commit") != 0) {
        ful_store_rollback(s);
        return -1;
    }
    s->in_tx = 0;
    s->last_account_id = 0;
    return 0;
}

void ful_store_rollback(ful_store *s)
{
    sqlite3_stmt *st;
    ful_rowq_drop(&s->q);
    s->next_note = 0;
    /* Prepared only when there is a transaction to end: a store closed
     * after a run that wrote nothing made it for nothing. */
    if (s->db && sqlite3_get_autocommit(s->db) == 0 && (st = stmt(s, Q_ROLLBACK)) != NULL)
        run(s, st, NULL, 0, "rollback");
    s->in_tx = 0;
    s->last_account_id = 0;
}

int ful_store_in_tx(const ful_store *s)
{
    return s->in_tx;
}

#define PREP(var, q)                                                 \
    sqlite3_stmt *var = stmt(s, (q));                                \
    if (var == NULL)                                                 \
        return dberr(s, err, errlen, "prepare")

int ful_store_note_state(ful_store *s, const char *path, ful_note_state *out, char *err, size_t errlen)
{
    int rc;
    PREP(st, Q_NOTE_STATE);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(st, 0);
        out->size = sqlite3_column_int64(st, 1);
        out->mtime_ns = sqlite3_column_int64(st, 2);
        out->hash = sqlite3_column_int64(st, 3);
        snprintf(out->root, sizeof out->root, "%s", (const char *)sqlite3_column_text(st, 4));
        out->parser = sqlite3_column_int64(st, 5);
        if (sqlite3_column_type(st, 6) != SQLITE_TEXT ||
            !ful_day_parse_iso((const char *)sqlite3_column_text(st, 6), (size_t)sqlite3_column_bytes(st, 6),
                               &out->meeting))
            out->meeting = FUL_NODATE;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return dberr(s, err, errlen, "cannot read a note");
}

int ful_store_note_mtime_day(ful_store *s, const char *path, ful_day *out, char *err, size_t errlen)
{
    int rc, found = 0;
    PREP(st, Q_NOTE_MTIME_DAY);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_TEXT)
        found = ful_day_parse_iso((const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0), out);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return dberr(s, err, errlen, "cannot read a note");
    return found ? 1 : 0;
}

int ful_store_note_restat(ful_store *s, int64_t id, int64_t size, int64_t mtime_ns, char *err, size_t errlen)
{
    PREP(st, Q_NOTE_RESTAT);
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, size);
    sqlite3_bind_int64(st, 3, mtime_ns);
    return run(s, st, err, errlen, "cannot update a note");
}

static void bind_day(sqlite3_stmt *st, int i, ful_day d)
{
    char buf[11];
    if (d == FUL_NODATE) {
        sqlite3_bind_null(st, i);
    } else {
        ful_day_format(d, buf);
        sqlite3_bind_text(st, i, buf, 10, SQLITE_TRANSIENT);
    }
}

/* The writes bind their texts SQLITE_STATIC, from buffers that outlive
 * the statement's run() (which resets and clears it): SQLite copying each
 * text, then freeing the copy, was a tenth of a cold index's SQLite work. */

/* A day in buf (11 bytes), or NULL. */
static void bind_day_in(sqlite3_stmt *st, int i, ful_day d, char *buf)
{
    if (d == FUL_NODATE) {
        sqlite3_bind_null(st, i);
    } else {
        ful_day_format(d, buf);
        sqlite3_bind_text(st, i, buf, 10, SQLITE_STATIC);
    }
}

static char *dupcol(sqlite3_stmt *st, int c, int *oom)
{
    const unsigned char *t = sqlite3_column_text(st, c);
    char *d;
    if (t == NULL)
        return NULL;
    d = strdup((const char *)t);
    if (d == NULL)
        *oom = 1;
    return d;
}

/* The steps of note id as q (Q_OLD_STEPS, or Q_MOVED_STEPS with the
 * note's path) reads them. */
static int load_steps(ful_store *s, int q, int64_t id, const char *path, ful_old_step **out, int *nout,
                      char *err, size_t errlen)
{
    ful_old_step *o = NULL;
    int n = 0, cap = 0, rc, oom = 0;
    PREP(st, q);
    sqlite3_bind_int64(st, 1, id);
    if (path)
        sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            int nc = cap ? cap * 2 : 8;
            ful_old_step *p = realloc(o, (size_t)nc * sizeof *o);
            if (p == NULL) {
                oom = 1;
                break;
            }
            o = p;
            cap = nc;
        }
        memset(&o[n], 0, sizeof o[n]);
        o[n].key = dupcol(st, 0, &oom);
        o[n].cls = dupcol(st, 1, &oom);
        o[n].due = dupcol(st, 2, &oom);
        o[n].done = sqlite3_column_int(st, 3);
        o[n].first_seen = dupcol(st, 4, &oom);
        o[n].line = sqlite3_column_int(st, 5);
        o[n].pushed = sqlite3_column_int(st, 6);
        o[n].id = sqlite3_column_int64(st, 7);
        n++;
        if (oom)
            break;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (oom || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
        ful_old_steps_free(o, n);
        if (oom) {
            seterr(err, errlen, "out of memory");
            return -1;
        }
        return dberr(s, err, errlen, "cannot read the old next steps");
    }
    *out = o;
    *nout = n;
    return 0;
}

static int load_old(ful_store *s, int64_t id, ful_old_step **out, int *nout, char *err, size_t errlen)
{
    return load_steps(s, Q_OLD_STEPS, id, NULL, out, nout, err, errlen);
}

static int event(ful_store *s, const char *path, const char *key, ful_day today, const char *ev,
                 const char *old, const char *nw, char *err, size_t errlen)
{
    PREP(st, Q_EVENT_INSERT);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    bind_day(st, 3, today);
    sqlite3_bind_text(st, 4, ev, -1, SQLITE_STATIC);
    if (old)
        sqlite3_bind_text(st, 5, old, -1, SQLITE_STATIC);
    if (nw)
        sqlite3_bind_text(st, 6, nw, -1, SQLITE_STATIC);
    return run(s, st, err, errlen, "cannot record history");
}

static int delete_children(ful_store *s, int64_t id, char *err, size_t errlen)
{
    static const int qs[] = { Q_TOUCHES_DELETE, Q_NEEDS_DELETE, Q_STEPS_DELETE };
    size_t i;
    for (i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        PREP(st, qs[i]);
        sqlite3_bind_int64(st, 1, id);
        if (run(s, st, err, errlen, "cannot replace a note") != 0)
            return -1;
    }
    return 0;
}

/* The id of the account name, added when new; display (of rank, see
 * ful_note, from a note of meeting day) replaces a name for people no
 * better than it: a better rank, or the same from a meeting no earlier. */
static int account_id(ful_store *s, const char *name, const char *display, int rank, ful_day day,
                      int64_t *id, char *err, size_t errlen)
{
    int64_t order = rank ? ((int64_t)rank << 33) + (day == FUL_NODATE ? 0 : (int64_t)day - INT32_MIN) : 0;
    int rc;
    *id = 0;
    if (name[0] == '\0')
        return 0;
    /* a folder's title-cased name is the same for each of its notes */
    if (s->last_account_id && strcmp(s->last_account, name) == 0 && rank < 2) {
        *id = s->last_account_id;
        return 0;
    }
    {
        PREP(put, Q_ACCOUNT_PUT);
        sqlite3_bind_text(put, 1, name, -1, SQLITE_STATIC);
        if (display[0])
            sqlite3_bind_text(put, 2, display, -1, SQLITE_STATIC);
        sqlite3_bind_int64(put, 3, order);
        if (run(s, put, err, errlen, "cannot add an account") != 0)
            return -1;
    }
    {
        PREP(get, Q_ACCOUNT_GET);
        sqlite3_bind_text(get, 1, name, -1, SQLITE_STATIC);
        rc = sqlite3_step(get);
        if (rc == SQLITE_ROW)
            *id = sqlite3_column_int64(get, 0);
        sqlite3_reset(get);
        sqlite3_clear_bindings(get);
        if (rc != SQLITE_ROW)
            return dberr(s, err, errlen, "cannot find an account");
    }
    snprintf(s->last_account, sizeof s->last_account, "%s", name);
    s->last_account_id = *id;
    return 0;
}

/* A channel's name, or NULL (< 0: none). */
static void bind_channel(sqlite3_stmt *st, int i, int channel)
{
    if (channel >= 0)
        sqlite3_bind_text(st, i, ful_channel_name(channel), -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Binds a chase verdict to parameters base .. base+7: state, next,
 * unanswered, since, since_channel, last_touch, suggest, last_channel;
 * days holds its dates until the run. */
static void bind_chase(sqlite3_stmt *st, int base, const ful_chase *c, char days[3][11])
{
    sqlite3_bind_text(st, base, ful_state_name(c->state), -1, SQLITE_STATIC);
    bind_day_in(st, base + 1, c->next, days[0]);
    sqlite3_bind_int(st, base + 2, c->unanswered);
    bind_day_in(st, base + 3, c->since, days[1]);
    bind_channel(st, base + 4, c->since_channel);
    bind_day_in(st, base + 5, c->last_touch, days[2]);
    bind_channel(st, base + 6, c->suggest);
    bind_channel(st, base + 7, c->last_channel);
}

/* The touches of a note grouped by step: step i's are tt[idx[i]..idx[i+1]).
 * A counting sort, so a note with many steps stays linear. */
static int group_touches(const ful_note *note, ful_chase_touch **tt_out, int **idx_out)
{
    int i, *idx = calloc((size_t)note->nsteps + 2, sizeof *idx);
    ful_chase_touch *tt = malloc(((size_t)note->ntouches + 1) * sizeof *tt);
    if (idx == NULL || tt == NULL) {
        free(idx);
        free(tt);
        return -1;
    }
    for (i = 0; i < note->ntouches; i++)
        if (note->touches[i].step >= 0)
            idx[note->touches[i].step + 2]++;
    for (i = 2; i < note->nsteps + 2; i++)
        idx[i] += idx[i - 1];
    for (i = 0; i < note->ntouches; i++) {
        const ful_ntouch *t = &note->touches[i];
        if (t->step >= 0) {
            ful_chase_touch *ct = &tt[idx[t->step + 1]++];
            ct->day = t->t.day;
            ct->channel = t->t.channel;
            ct->replied = t->t.replied;
        }
    }
    *tt_out = tt;
    *idx_out = idx;
    return 0;
}

static int rekey_events(ful_store *s, const char *path, const char *from_key, const char *to_key,
                        char *err, size_t errlen)
{
    PREP(st, Q_EVENT_REKEY);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, to_key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, from_key, -1, SQLITE_STATIC);
    return run(s, st, err, errlen, "cannot carry history over");
}

/* Did due a (YYYY-MM-DD) become b by exactly shift days? */
static int moved_by(const char *a, const char *b, int shift)
{
    ful_day da, db;
    return shift != 0 && ful_day_parse_iso(a, strlen(a), &da) && ful_day_parse_iso(b, strlen(b), &db) &&
           db - da == shift;
}

/* Records how step key (class cls, due nd, done) of path differs from its
 * previous version prev; *pushed counts a due date moved later. shift: the
 * days the note's meeting date moved (0: it did not). */
static int record_changes(ful_store *s, const char *path, const char *key, const ful_old_step *prev,
                          const char *cls, const char *nd, int done, ful_day today, int shift, int *pushed,
                          char *err, size_t errlen)
{
    if (prev->key && strcmp(prev->key, key) != 0) {
        /* An edited step keeps its history under its new text. */
        if (rekey_events(s, path, prev->key, key, err, errlen) != 0 ||
            event(s, path, key, today, "text", prev->key, key, err, errlen) != 0)
            return -1;
    }
    if ((prev->due == NULL) != (nd == NULL) || (nd && strcmp(prev->due, nd) != 0)) {
        /* A due that moved with a meeting date fixed in the note is no
         * push: its event is "meeting" (stats count "due" ones). */
        int with_meeting = prev->due && nd && moved_by(prev->due, nd, shift);
        if (event(s, path, key, today, with_meeting ? "meeting" : "due", prev->due, nd, err, errlen) != 0)
            return -1;
        /* A push: the due date moved later (a snooze, a new date). */
        *pushed += !with_meeting && prev->due && nd && strcmp(nd, prev->due) > 0;
    }
    if (prev->cls && cls && strcmp(prev->cls, cls) != 0)
        if (event(s, path, key, today, "class", prev->cls, cls, err, errlen) != 0)
            return -1;
    if (prev->done != done)
        if (event(s, path, key, today, done ? "done" : "undone", NULL, NULL, err, errlen) != 0)
            return -1;
    return 0;
}

/* The statement that inserts n rows (1 <= n <= FUL_STEP_ROWS) of table t
 * (INS_*), made on first use; row r's columns are parameters
 * r * (its columns) + 1 on. */
static sqlite3_stmt *rows_insert(ful_store *s, int t, int n)
{
    static const char *const head[INS_COUNT] = { ful_step_insert_sql, ful_touch_insert_sql, ful_need_insert_sql,
                                                 ful_note_insert_sql };
    static const int cols[INS_COUNT] = { FUL_STEP_COLS, FUL_TOUCH_COLS, FUL_NEED_COLS, FUL_NOTE_COLS };
    char sql[sizeof ful_step_insert_sql + FUL_STEP_ROWS * (FUL_STEP_COLS * 2 + 2)], *p;
    size_t hl = strlen(head[t]);
    int r, c;
    if (s->ins[t][n - 1] == NULL) {
        memcpy(sql, head[t], hl);
        p = sql + hl;
        for (r = 0; r < n; r++) {
            *p++ = r ? ',' : '(';
            if (r)
                *p++ = '(';
            for (c = 0; c < cols[t]; c++) {
                *p++ = '?';
                *p++ = c + 1 < cols[t] ? ',' : ')';
            }
        }
        *p = '\0';
        if ((s->pb[t][n - 1] = calloc((size_t)(n * cols[t]), sizeof **s->pb[t])) == NULL)
            return NULL;
        if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->ins[t][n - 1], NULL) != SQLITE_OK) {
            free(s->pb[t][n - 1]);
            s->pb[t][n - 1] = NULL;
            return NULL;
        }
    }
    return s->ins[t][n - 1];
}

/* rows_insert, or NULL with err set and the queue dropped. */
static sqlite3_stmt *rows_stmt(ful_store *s, int t, int n, struct ful_pbind **pb, char *err, size_t errlen)
{
    sqlite3_stmt *ins = rows_insert(s, t, n);
    if (ins == NULL) {
        ful_rowq_drop(&s->q);
        if (sqlite3_errcode(s->db) == SQLITE_OK)
            seterr(err, errlen, "out of memory");
        else
            dberr(s, err, errlen, "prepare");
        return NULL;
    }
    *pb = s->pb[t][n - 1];
    return ins;
}

static inline void qb_null(sqlite3_stmt *st, struct ful_pbind *pb, int i)
{
    if (pb[i - 1].kind != PB_NULL) {
        sqlite3_bind_null(st, i);
        pb[i - 1].kind = PB_NULL;
    }
}

static inline void qb_int(sqlite3_stmt *st, struct ful_pbind *pb, int i, int64_t v)
{
    if (pb[i - 1].kind != PB_INT || pb[i - 1].i != v) {
        sqlite3_bind_int64(st, i, v);
        pb[i - 1].kind = PB_INT;
        pb[i - 1].i = v;
    }
}

/* p: a string that lives as long as the process */
static inline void qb_static(sqlite3_stmt *st, struct ful_pbind *pb, int i, const char *p)
{
    if (pb[i - 1].kind != PB_STATIC || pb[i - 1].p != p) {
        sqlite3_bind_text(st, i, p, -1, SQLITE_STATIC);
        pb[i - 1].kind = PB_STATIC;
        pb[i - 1].p = p;
    }
}

/* A queued text, bound SQLITE_STATIC: the arena holds still until the
 * statement has run. */
static inline void qb_text(sqlite3_stmt *st, struct ful_pbind *pb, int i, const ful_rowq *q, ful_qtext t)
{
    sqlite3_bind_text(st, i, ful_rowq_str(q, t), (int)t.len, SQLITE_STATIC);
    pb[i - 1].kind = PB_OTHER;
}

/* A day in buf (11 bytes, bound as it is now), or NULL. */
static inline void qb_day(sqlite3_stmt *st, struct ful_pbind *pb, int i, ful_day d, char *buf)
{
    if (d == FUL_NODATE) {
        qb_null(st, pb, i);
    } else {
        ful_day_format(d, buf);
        sqlite3_bind_text(st, i, buf, 10, SQLITE_STATIC);
        pb[i - 1].kind = PB_OTHER;
    }
}

static inline void qb_channel(sqlite3_stmt *st, struct ful_pbind *pb, int i, int channel)
{
    if (channel >= 0)
        qb_static(st, pb, i, ful_channel_name(channel));
    else
        qb_null(st, pb, i);
}

/* Runs the INSERT of the n rows bound to ins; on failure (the transaction
 * rolled back with it) the queue is dropped. */
static int rows_run(ful_store *s, sqlite3_stmt *ins, const char *what, char *err, size_t errlen)
{
    if (run_rebound(s, ins, err, errlen, what) == 0)
        return 0;
    ful_rowq_drop(&s->q);
    return -1;
}

/* The queued new notes, before any row that names them. */
static int flush_notes(ful_store *s, char *err, size_t errlen)
{
    ful_rowq *q = &s->q;
    int r, n = q->nnote;
    char days[FUL_STEP_ROWS][2][11];
    sqlite3_stmt *ins;
    struct ful_pbind *pb;
    if (n == 0)
        return 0;
    if ((ins = rows_stmt(s, INS_NOTE, n, &pb, err, errlen)) == NULL)
        return -1;
    for (r = 0; r < n; r++) {
        const ful_qnote *e = &q->note[r];
        int b = r * FUL_NOTE_COLS;
        qb_int(ins, pb, b + 1, e->id);
        qb_text(ins, pb, b + 2, q, e->path);
        if (e->acc)
            qb_int(ins, pb, b + 3, e->acc);
        else
            qb_null(ins, pb, b + 3);
        qb_day(ins, pb, b + 4, e->meeting, days[r][0]);
        qb_static(ins, pb, b + 5, e->dsrc);
        qb_int(ins, pb, b + 6, e->size);
        qb_int(ins, pb, b + 7, e->mtime_ns);
        qb_int(ins, pb, b + 8, e->hash);
        qb_int(ins, pb, b + 9, e->has_firm);
        qb_day(ins, pb, b + 10, e->today, days[r][1]);
        qb_text(ins, pb, b + 11, q, e->root);
        if (e->owner)
            qb_text(ins, pb, b + 12, q, e->owner_text);
        else
            qb_null(ins, pb, b + 12);
        qb_int(ins, pb, b + 13, e->parser);
    }
    if (rows_run(s, ins, "cannot store a note", err, errlen) != 0)
        return -1;
    q->nnote = 0;
    return 0;
}

static int flush_steps(ful_store *s, char *err, size_t errlen)
{
    ful_rowq *q = &s->q;
    int r, n = q->nstep;
    int64_t last;
    char days[FUL_STEP_ROWS][4][11];
    sqlite3_stmt *ins;
    struct ful_pbind *pb;
    if (n == 0)
        return 0;
    if (flush_notes(s, err, errlen) != 0 || (ins = rows_stmt(s, INS_STEP, n, &pb, err, errlen)) == NULL)
        return -1;
    for (r = 0; r < n; r++) {
        const ful_qstep *e = &q->step[r];
        const ful_chase *c = &e->ch;
        int b = r * FUL_STEP_COLS;
        /* A new step needs no event: its row's first_seen says when it
         * appeared (history() shows it as "seen"), which keeps a cold
         * index at one insert per step. */
        qb_int(ins, pb, b + 1, e->note_id);
        qb_int(ins, pb, b + 2, e->line);
        qb_int(ins, pb, b + 3, e->col);
        qb_text(ins, pb, b + 4, q, e->key);
        qb_text(ins, pb, b + 5, q, e->text);
        qb_static(ins, pb, b + 6, e->cls);
        qb_int(ins, pb, b + 7, e->overridden);
        qb_day(ins, pb, b + 8, e->due, days[r][3]);
        qb_int(ins, pb, b + 9, e->done);
        qb_text(ins, pb, b + 10, q, e->why);
        qb_text(ins, pb, b + 11, q, e->ask);
        qb_text(ins, pb, b + 12, q, e->first);
        /* the chase columns, as bind_chase binds them */
        qb_static(ins, pb, b + 13, ful_state_name(c->state));
        qb_day(ins, pb, b + 14, c->next, days[r][0]);
        qb_int(ins, pb, b + 15, c->unanswered);
        qb_day(ins, pb, b + 16, c->since, days[r][1]);
        qb_channel(ins, pb, b + 17, c->since_channel);
        qb_day(ins, pb, b + 18, c->last_touch, days[r][2]);
        qb_channel(ins, pb, b + 19, c->suggest);
        qb_channel(ins, pb, b + 20, c->last_channel);
        qb_int(ins, pb, b + 21, e->pushed);
    }
    if (rows_run(s, ins, "cannot add a next step", err, errlen) != 0)
        return -1;
    /* The rows of one INSERT take consecutive ids, each the largest so
     * far plus one (no AUTOINCREMENT, no id ever given). */
    last = sqlite3_last_insert_rowid(s->db);
    for (r = 0; r < n; r++)
        q->sids[q->step[r].slot] = last - (n - 1 - r);
    q->nstep = 0;
    return 0;
}

static int flush_touches(ful_store *s, char *err, size_t errlen)
{
    ful_rowq *q = &s->q;
    int r, n = q->ntouch;
    char days[FUL_STEP_ROWS][11];
    sqlite3_stmt *ins;
    struct ful_pbind *pb;
    if (n == 0)
        return 0;
    /* a touch's step id is known once its step is in */
    if (flush_notes(s, err, errlen) != 0 || flush_steps(s, err, errlen) != 0)
        return -1;
    if ((ins = rows_stmt(s, INS_TOUCH, n, &pb, err, errlen)) == NULL)
        return -1;
    for (r = 0; r < n; r++) {
        const ful_qtouch *t = &q->touch[r];
        int b = r * FUL_TOUCH_COLS;
        qb_int(ins, pb, b + 1, t->note_id);
        if (t->slot >= 0)
            qb_int(ins, pb, b + 2, q->sids[t->slot]);
        else
            qb_null(ins, pb, b + 2);
        qb_int(ins, pb, b + 3, t->line);
        qb_day(ins, pb, b + 4, t->day, days[r]);
        qb_static(ins, pb, b + 5, ful_channel_name(t->channel));
        qb_int(ins, pb, b + 6, t->replied);
        qb_text(ins, pb, b + 7, q, t->text);
        if (t->acc)
            qb_int(ins, pb, b + 8, t->acc);
        else
            qb_null(ins, pb, b + 8);
    }
    if (rows_run(s, ins, "cannot add a touch", err, errlen) != 0)
        return -1;
    q->ntouch = 0;
    return 0;
}

static int flush_needs(ful_store *s, char *err, size_t errlen)
{
    ful_rowq *q = &s->q;
    int r, n = q->nneed;
    sqlite3_stmt *ins;
    struct ful_pbind *pb;
    if (n == 0)
        return 0;
    if (flush_notes(s, err, errlen) != 0 || (ins = rows_stmt(s, INS_NEED, n, &pb, err, errlen)) == NULL)
        return -1;
    for (r = 0; r < n; r++) {
        const ful_qneed *e = &q->need[r];
        int b = r * FUL_NEED_COLS;
        qb_int(ins, pb, b + 1, e->note_id);
        qb_int(ins, pb, b + 2, e->line);
        qb_static(ins, pb, b + 3, e->kind);
        qb_text(ins, pb, b + 4, q, e->text);
    }
    if (rows_run(s, ins, "cannot add a PAIN/WANT line", err, errlen) != 0)
        return -1;
    q->nneed = 0;
    return 0;
}

/* Writes every queued row: before any other statement runs (stmt()), a
 * commit, or the end of a put_note outside an index run. */
static int rows_flush(ful_store *s, char *err, size_t errlen)
{
    if (flush_notes(s, err, errlen) != 0 || flush_touches(s, err, errlen) != 0 || flush_steps(s, err, errlen) != 0 ||
        flush_needs(s, err, errlen) != 0)
        return -1;
    ful_rowq_settle(&s->q);
    return 0;
}

/* Queues the steps, touches and needs of a parsed note (each table's rows
 * in the note's order, so they take the ids one INSERT a note gave) and
 * records how each step differs from its previous version. */
static int put_children(ful_store *s, int64_t id, int64_t acc, const char *path, const ful_note *note,
                        char **given_keys, ful_day today, int shift, ful_old_step *old, int nold, char *err,
                        size_t errlen)
{
    ful_rowq *q = &s->q;
    int i, slot0 = 0, rc = -1;
    ful_old_step **prevs = NULL;
    ful_chase_touch *tt = NULL;
    int *tidx = NULL, *pushed = NULL;
    char **keys = given_keys, due[11], today_s[11];

    ful_day_format(today, today_s);
    if ((note->nsteps && (prevs = malloc((size_t)note->nsteps * sizeof *prevs)) == NULL) ||
        (note->nsteps && (pushed = malloc((size_t)note->nsteps * sizeof *pushed)) == NULL) ||
        (keys == NULL && (keys = ful_step_keys(note)) == NULL) || group_touches(note, &tt, &tidx) != 0)
        goto oom;
    ful_pair_steps(note, keys, old, nold, prevs);
    /* The history first: an event's statement writes the rows queued so
     * far, which starts the queue's slots over (a new note has none). */
    for (i = 0; i < note->nsteps; i++) {
        const ful_nstep *ns = &note->steps[i];
        ful_old_step *prev = prevs[i];
        pushed[i] = prev ? prev->pushed : 0;
        if (prev) {
            if (ns->v.due != FUL_NODATE)
                ful_day_format(ns->v.due, due);
            if (record_changes(s, path, keys[i], prev, ful_class_name(ns->v.cls),
                               ns->v.due != FUL_NODATE ? due : NULL, ns->done, today, shift, &pushed[i], err,
                               errlen) != 0)
                goto done;
        }
    }
    for (i = 0; i < nold; i++)
        if (!old[i].matched && old[i].key)
            if (event(s, path, old[i].key, today, "gone", old[i].cls, NULL, err, errlen) != 0)
                goto done;
    for (i = 0; i < note->nsteps; i++) {
        const ful_nstep *ns = &note->steps[i];
        const char *first = prevs[i] && prevs[i]->first_seen ? prevs[i]->first_seen : today_s, *key = keys[i];
        ful_qstep *e;
        int slot;
        if (q->nstep == FUL_ROWQ_ROWS && flush_steps(s, err, errlen) != 0)
            goto done;
        if ((slot = ful_rowq_slot(q)) < 0)
            goto oom;
        if (i == 0)
            slot0 = slot;
        e = &q->step[q->nstep];
        e->note_id = id;
        e->line = ns->line;
        e->col = ns->col;
        e->overridden = ns->v.overridden;
        e->done = ns->done;
        e->pushed = pushed[i];
        e->slot = slot;
        e->cls = ful_class_name(ns->v.cls);
        e->due = ns->v.due;
        if (ful_rowq_text(q, key, strlen(key), &e->key) != 0 || ful_rowq_text(q, ns->text, ns->len, &e->text) != 0 ||
            ful_rowq_text(q, ns->v.why, strlen(ns->v.why), &e->why) != 0 ||
            ful_rowq_text(q, ns->v.ask, strlen(ns->v.ask), &e->ask) != 0 ||
            ful_rowq_text(q, first, strlen(first), &e->first) != 0)
            goto oom;
        ful_chase_eval(ns->v.cls, ns->v.due, ns->v.due_explicit, tt + tidx[i], tidx[i + 1] - tidx[i], &s->cadence,
                       &e->ch);
        q->nstep++;
    }
    for (i = 0; i < note->ntouches; i++) {
        const ful_ntouch *t = &note->touches[i];
        ful_qtouch *e;
        if (q->ntouch == FUL_ROWQ_ROWS && flush_touches(s, err, errlen) != 0)
            goto done;
        e = &q->touch[q->ntouch];
        e->note_id = id;
        e->acc = acc;
        e->slot = t->step >= 0 ? slot0 + t->step : -1;
        e->line = t->line;
        e->channel = t->t.channel;
        e->replied = t->t.replied;
        e->day = t->t.day;
        if (ful_rowq_text(q, t->text, t->len, &e->text) != 0)
            goto oom;
        q->ntouch++;
    }
    for (i = 0; i < note->nneeds; i++) {
        const ful_nneed *nd = &note->needs[i];
        ful_qneed *e;
        if (q->nneed == FUL_ROWQ_ROWS && flush_needs(s, err, errlen) != 0)
            goto done;
        e = &q->need[q->nneed];
        e->note_id = id;
        e->line = nd->line;
        e->kind = nd->kind == FUL_LINE_PAIN ? "PAIN" : "WANT";
        if (ful_rowq_text(q, nd->text, nd->len, &e->text) != 0)
            goto oom;
        q->nneed++;
    }
    rc = 0;
    goto done;
oom:
    seterr(err, errlen, "out of memory");
done:
    if (keys != given_keys)
        ful_step_keys_free(keys, note->nsteps);
    free(prevs);
    free(pushed);
    free(tt);
    free(tidx);
    return rc;
}

/* The note's columns but the first (the path to INSERT, the id to UPDATE). */
static void bind_note(ful_store *s, sqlite3_stmt *st, int64_t acc, const char *root, const ful_note *note,
                      int64_t size, int64_t mtime_ns, int64_t hash, ful_day today, char day1[11], char day2[11])
{
    if (acc)
        sqlite3_bind_int64(st, 2, acc);
    bind_day_in(st, 3, note->date, day1);
    sqlite3_bind_text(st, 4, ful_date_source_name(note->date_src), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, size);
    sqlite3_bind_int64(st, 6, mtime_ns);
    sqlite3_bind_int64(st, 7, hash);
    sqlite3_bind_int(st, 8, note->has_firm);
    bind_day_in(st, 9, today, day2);
    sqlite3_bind_text(st, 10, root ? root : "", -1, SQLITE_STATIC);
    if (note->owner.len)
        sqlite3_bind_text(st, 11, note->owner.s, (int)note->owner.len, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 11);
    sqlite3_bind_int64(st, 12, s->parse_sig ? s->parse_sig : FUL_PARSER_VERSION);
}

/* Queues a new note's row under the id SQLite would give it; 1 queued,
 * 0 when that id is not known (the caller inserts it as ever), -1 error. */
static int queue_note(ful_store *s, const char *path, const char *root, const ful_note *note, int64_t acc,
                      int64_t size, int64_t mtime_ns, int64_t hash, ful_day today, int64_t *id, char *err,
                      size_t errlen)
{
    ful_rowq *q = &s->q;
    ful_qnote *e;
    if (s->next_note == 0) {
        /* stmt() writes the queue first and forgets next_note */
        sqlite3_stmt *st = stmt(s, Q_NOTE_MAX);
        int rc;
        int64_t max;
        if (st == NULL)
            return dberr(s, err, errlen, "prepare");
        rc = sqlite3_step(st);
        max = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_reset(st);
        if (rc != SQLITE_ROW)
            return dberr(s, err, errlen, "cannot store a note");
        if (max < 0 || max >= INT64_MAX - FUL_ROWQ_ROWS)
            return 0; /* SQLite would pick an id at random */
        s->next_note = max + 1;
    }
    if (q->nnote == FUL_ROWQ_ROWS && flush_notes(s, err, errlen) != 0)
        return -1;
    e = &q->note[q->nnote];
    e->id = s->next_note;
    e->acc = acc;
    e->size = size;
    e->mtime_ns = mtime_ns;
    e->hash = hash;
    e->parser = s->parse_sig ? s->parse_sig : FUL_PARSER_VERSION;
    e->has_firm = note->has_firm;
    e->owner = note->owner.len > 0;
    e->dsrc = ful_date_source_name(note->date_src);
    e->meeting = note->date;
    e->today = today;
    root = root ? root : "";
    if (ful_rowq_raw(q, path, strlen(path), &e->path) != 0 || ful_rowq_raw(q, root, strlen(root), &e->root) != 0 ||
        (e->owner && ful_rowq_raw(q, note->owner.s, note->owner.len, &e->owner_text) != 0)) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    q->nnote++;
    *id = s->next_note++;
    return 1;
}

int ful_store_put_note(ful_store *s, const char *path, const char *root, const ful_note *note, char **keys,
                       int64_t size, int64_t mtime_ns, int64_t hash, ful_day today, int is_new, int64_t *id_out,
                       char *err, size_t errlen)
{
    ful_note_state prev;
    int found, nold = 0, rc;
    ful_old_step *old = NULL;
    int64_t acc = 0, id;
    sqlite3_stmt *st;
    char day1[11], day2[11];

    if (account_id(s, note->account, note->account_name, note->account_rank, note->date, &acc, err, errlen) != 0)
        return -1;
    /* A note the caller knows is new, no other writer since it looked:
     * its row waits in the queue with its steps' rows and goes in with
     * others, one statement run a note fewer (a cold index's writer, 10k
     * notes: about 1,600 instructions a note of the 13,000 its insert
     * cost, the rest the path index's seek and the B-tree). */
    if (is_new && s->defer && s->known_ok) {
        rc = queue_note(s, path, root, note, acc, size, mtime_ns, hash, today, &id, err, errlen);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            found = 0;
            goto children;
        }
    }
    if (!s->put_found) {
        /* Notes come in runs, new ones (a first index) or known ones (a
         * re-index): after a new one the next is inserted straight away,
         * and only a path already there (UNIQUE) is looked up and
         * replaced. A cold index then runs one statement a note fewer
         * (1k notes: 3% of the writer's instructions). */
        st = stmt(s, Q_NOTE_INSERT);
        if (st == NULL)
            return dberr(s, err, errlen, "prepare");
        sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
        bind_note(s, st, acc, root, note, size, mtime_ns, hash, today, day1, day2);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc == SQLITE_DONE) {
            id = sqlite3_last_insert_rowid(s->db);
            found = 0;
            goto children;
        }
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            return dberr(s, err, errlen, "cannot store a note");
    }
    found = ful_store_note_state(s, path, &prev, err, errlen);
    if (found < 0)
        return -1;
    s->put_found = found;
    if (found) {
        id = prev.id;
        if (load_old(s, id, &old, &nold, err, errlen) != 0)
            return -1;
        if (delete_children(s, id, err, errlen) != 0) {
            ful_old_steps_free(old, nold);
            return -1;
        }
        st = stmt(s, Q_NOTE_UPDATE);
    } else {
        id = 0;
        st = stmt(s, Q_NOTE_INSERT);
    }
    if (st == NULL) {
        ful_old_steps_free(old, nold);
        return dberr(s, err, errlen, "prepare");
    }
    /* ?1 is the id for UPDATE and the path for INSERT. */
    if (found)
        sqlite3_bind_int64(st, 1, id);
    else
        sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    bind_note(s, st, acc, root, note, size, mtime_ns, hash, today, day1, day2);
    if (run(s, st, err, errlen, "cannot store a note") != 0) {
        ful_old_steps_free(old, nold);
        return -1;
    }
    if (!found)
        id = sqlite3_last_insert_rowid(s->db);
children:
    rc = put_children(s, id, acc, path, note, keys, today,
                      found && prev.meeting != FUL_NODATE && note->date != FUL_NODATE ? (int)(note->date - prev.meeting) : 0,
                      old, nold, err, errlen);
    ful_old_steps_free(old, nold);
    /* Deferred rows hold their texts in the arena until all are written:
     * kept to a few hundred KB, whatever the batch. */
    if (rc == 0 && (!s->defer || s->q.arena.len > FUL_ROWQ_ARENA))
        rc = rows_flush(s, err, errlen);
    if (rc == 0 && id_out)
        *id_out = id;
    return rc;
}

/* The note at path, with steps old, left the store; the note to_id at to
 * (on disk) shares steps with it: it was renamed, moved or copied there.
 * Each step paired with one there (as an edit pairs them) takes its
 * history along: its events, first seen, pushes, what changed, and a
 * "moved" event. Paired old steps are marked matched. */
static int adopt_moved(ful_store *s, const char *path, ful_old_step *old, int nold, int64_t to_id, const char *to,
                       ful_day today, char *err, size_t errlen)
{
    ful_old_step *cur = NULL, **prev = NULL;
    char **keys = NULL;
    int *lines = NULL, n = 0, i, ret = -1;
    if (load_steps(s, Q_MOVED_STEPS, to_id, to, &cur, &n, err, errlen) != 0)
        return -1;
    if (n == 0)
        return 0;
    if ((keys = malloc((size_t)n * sizeof *keys)) == NULL || (lines = malloc((size_t)n * sizeof *lines)) == NULL ||
        (prev = malloc((size_t)n * sizeof *prev)) == NULL) {
        seterr(err, errlen, "out of memory");
        goto done;
    }
    for (i = 0; i < n; i++) {
        keys[i] = cur[i].key;
        lines[i] = cur[i].line;
    }
    ful_pair_keys(n, keys, lines, old, nold, prev);
    for (i = 0; i < n; i++) {
        const ful_old_step *g = prev[i], *t = &cur[i];
        const char *first = t->first_seen;
        int pushed = t->pushed;
        if (g == NULL)
            continue;
        {
            PREP(mv, Q_EVENT_MOVE);
            sqlite3_bind_text(mv, 1, path, -1, SQLITE_STATIC);
            sqlite3_bind_text(mv, 2, to, -1, SQLITE_STATIC);
            sqlite3_bind_text(mv, 3, g->key, -1, SQLITE_STATIC);
            if (run(s, mv, err, errlen, "cannot carry history over") != 0)
                goto done;
        }
        if (record_changes(s, to, t->key, g, t->cls, t->due, t->done, today, 0, &pushed, err, errlen) != 0 ||
            event(s, to, t->key, today, "moved", path, to, err, errlen) != 0)
            goto done;
        if (g->first_seen && (first == NULL || strcmp(g->first_seen, first) < 0))
            first = g->first_seen;
        {
            PREP(up, Q_STEP_ADOPT);
            sqlite3_bind_int64(up, 1, t->id);
            if (first)
                sqlite3_bind_text(up, 2, first, -1, SQLITE_STATIC);
            sqlite3_bind_int(up, 3, pushed + g->pushed);
            if (run(s, up, err, errlen, "cannot carry history over") != 0)
                goto done;
        }
    }
    ret = 0;
done:
    ful_old_steps_free(cur, n);
    free(keys);
    free(lines);
    free(prev);
    return ret;
}

int ful_store_delete_note(ful_store *s, int64_t id, const char *path, ful_day today, char *err, size_t errlen)
{
    (void)today;    /* its "gone" events are dated when the run settles */
    if (!s->gone_table) {
        if (exec(s, "CREATE TEMP TABLE IF NOT EXISTS gone_step(path TEXT NOT NULL, key TEXT NOT NULL, class TEXT,"
                    " due TEXT, done INTEGER, first_seen TEXT, line INTEGER, pushed INTEGER)",
                 err, errlen) != 0)
            return -1;
        s->gone_table = 1;
    }
    {
        PREP(st, Q_GONE_PUT);
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
        if (run(s, st, err, errlen, "cannot remove a note") != 0)
            return -1;
    }
    /* its rows first: no cascade while foreign keys are off (bulk) */
    if (delete_children(s, id, err, errlen) != 0)
        return -1;
    {
        PREP(st, Q_NOTE_DELETE);
        sqlite3_bind_int64(st, 1, id);
        return run(s, st, err, errlen, "cannot remove a note");
    }
}

/* How many days before a run finds a note gone its new path may have
 * been stored (a renamed note saved in the editor, the old path found
 * gone by a later index run). */
#define FUL_MOVED_DAYS 7

/* A gone note and the note its history goes to. */
typedef struct {
    char *path, *to;
    int64_t to_id;
} gone_note;

static void gone_free(gone_note *g, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        free(g[i].path);
        free(g[i].to);
    }
    free(g);
}

static int gone_cmp(const void *a, const void *b)
{
    return strcmp(((const gone_note *)a)->path, ((const gone_note *)b)->path);
}

/* The notes removed since the last settling, in path order, each with
 * the note sharing most of its steps, when that one is on disk. */
static int gone_notes(ful_store *s, ful_day today, gone_note **out, size_t *nout, char *err, size_t errlen)
{
    gone_note *g = NULL, probe, *hit;
    size_t n = 0, cap = 0;
    int rc, oom = 0;
    const char *last = NULL;
    *out = NULL;
    *nout = 0;
    {
        PREP(st, Q_GONE_PATHS);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (n == cap) {
                size_t nc = cap ? cap * 2 : 8;
                gone_note *p = realloc(g, nc * sizeof *g);
                if (p == NULL) {
                    oom = 1;
                    break;
                }
                g = p;
                cap = nc;
            }
            memset(&g[n], 0, sizeof g[n]);
            if ((g[n].path = dupcol(st, 0, &oom)) == NULL)
                oom = 1;
            n += g[n].path != NULL;
            if (oom)
                break;
        }
        sqlite3_reset(st);
        if (oom || rc != SQLITE_DONE) {
            gone_free(g, n);
            if (oom) {
                seterr(err, errlen, "out of memory");
                return -1;
            }
            return dberr(s, err, errlen, "cannot list removed notes");
        }
    }
    {
        PREP(st, Q_GONE_TARGETS);
        char *lastbuf = NULL, since[11];
        bind_day_in(st, 1, today - FUL_MOVED_DAYS, since);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *gp = (const char *)sqlite3_column_text(st, 0), *tp;
            if (gp == NULL || (last && strcmp(last, gp) == 0))
                continue;   /* only the first (best) row of each */
            free(lastbuf);
            if ((lastbuf = strdup(gp)) == NULL) {
                oom = 1;
                break;
            }
            last = lastbuf;
            probe.path = lastbuf;
            hit = n ? bsearch(&probe, g, n, sizeof *g, gone_cmp) : NULL;
            tp = (const char *)sqlite3_column_text(st, 2);
            /* A note leaving along with this one (a folder removed) takes nothing. */
            if (hit == NULL || tp == NULL || access(tp, F_OK) != 0)
                continue;
            if ((hit->to = strdup(tp)) == NULL) {
                oom = 1;
                break;
            }
            hit->to_id = sqlite3_column_int64(st, 1);
        }
        free(lastbuf);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (oom || rc != SQLITE_DONE) {
            gone_free(g, n);
            if (oom) {
                seterr(err, errlen, "out of memory");
                return -1;
            }
            return dberr(s, err, errlen, "cannot look for moved notes");
        }
    }
    *out = g;
    *nout = n;
    return 0;
}

int ful_store_settle_gone(ful_store *s, ful_day today, char *err, size_t errlen)
{
    gone_note *g = NULL;
    size_t n = 0, k;
    int i, ret = 0;
    if (!s->gone_table)
        return 0;
    if (gone_notes(s, today, &g, &n, err, errlen) != 0)
        return -1;
    for (k = 0; ret == 0 && k < n; k++) {
        ful_old_step *old = NULL;
        int nold = 0;
        if (load_steps(s, Q_GONE_STEPS, 0, g[k].path, &old, &nold, err, errlen) != 0) {
            ret = -1;
            break;
        }
        if (g[k].to && adopt_moved(s, g[k].path, old, nold, g[k].to_id, g[k].to, today, err, errlen) != 0)
            ret = -1;
        for (i = 0; ret == 0 && i < nold; i++)
            if (old[i].key && !old[i].matched &&
                event(s, g[k].path, old[i].key, today, "gone", old[i].cls, NULL, err, errlen) != 0)
                ret = -1;
        ful_old_steps_free(old, nold);
    }
    gone_free(g, n);
    if (ret == 0) {
        PREP(st, Q_GONE_CLEAR);
        ret = run(s, st, err, errlen, "cannot remove a note");
    }
    return ret;
}

/* Calls f with each note row of st (id, path, then when st has them size,
 * mtime_ns, parser, hash; else 0), until f returns non-zero (returned);
 * under: only that path and the notes under it (path/...), others passed
 * over. Resets st. The row loop of ful_store_each_state_under and
 * ful_store_each_kin. */
static int each_brief(ful_store *s, sqlite3_stmt *st, const char *under, ful_note_brief_fn f, void *ctx, char *err,
                      size_t errlen)
{
    int rc, ret = 0, full = sqlite3_column_count(st) >= 6;
    size_t plen = under ? strlen(under) : 0;
    ful_note_brief b;
    memset(&b, 0, sizeof b);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        b.path = (const char *)sqlite3_column_text(st, 1);
        b.pathlen = (size_t)sqlite3_column_bytes(st, 1);
        if (b.path == NULL) {
            rc = SQLITE_NOMEM;
            break;
        }
        /* One index range, [path, path "0"): path itself, path/..., and
         * siblings like path-2 or path.bak, which are passed over here
         * (SQLite's OR of the two ranges kept a row set: 9% more work).
         * The whole table may hold others too (a note another writer added
         * since the span was read): only path and what is under it. */
        if (under && (b.pathlen < plen || memcmp(b.path, under, plen) != 0 ||
                      (b.pathlen != plen && b.path[plen] != '/')))
            continue;
        b.id = sqlite3_column_int64(st, 0);
        if (full) {
            b.size = sqlite3_column_int64(st, 2);
            b.mtime_ns = sqlite3_column_int64(st, 3);
            b.parser = sqlite3_column_int64(st, 4);
            b.hash = sqlite3_column_int64(st, 5);
        }
        if ((ret = f(ctx, &b)) != 0)
            break;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (ret == 0 && rc != SQLITE_DONE)
        return dberr(s, err, errlen, "cannot list notes");
    return ret;
}

int ful_store_each_state_under(ful_store *s, const char *path, ful_note_brief_fn f, void *ctx, char *err,
                               size_t errlen)
{
    size_t plen = strlen(path);
    sqlite3_stmt *st;
    int all = 0;
    PREP(span, Q_PATH_SPAN);
    if (sqlite3_step(span) == SQLITE_ROW) {
        const char *lo = (const char *)sqlite3_column_text(span, 0);
        const char *hi = (const char *)sqlite3_column_text(span, 1);
        /* every note in [path, path "0") */
        all = lo && hi && strcmp(lo, path) >= 0 && strncmp(hi, path, plen) == 0 && (unsigned char)hi[plen] < '0';
    }
    sqlite3_reset(span);
    /* Only the one of the two reads that runs is prepared: a re-index of
     * the folder the store holds makes the whole-table one alone (each
     * prepare parses and plans its SQL anew in every process). */
    st = stmt(s, all ? Q_ALL_STATE : Q_UNDER_STATE);
    if (st == NULL)
        return dberr(s, err, errlen, "prepare");
    if (!all)
        sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    return each_brief(s, st, path, f, ctx, err, errlen);
}

typedef struct {
    int (*f)(void *ctx, int64_t id);
    void *ctx;
} each_id;

static int each_id_call(void *ctx, const ful_note_brief *b)
{
    each_id *e = ctx;
    return e->f(e->ctx, b->id);
}

int ful_store_each_kin(ful_store *s, int64_t id, ful_note_brief_fn f, void *ctx, char *err, size_t errlen)
{
    PREP(st, Q_KIN);
    sqlite3_bind_int64(st, 1, id);
    return each_brief(s, st, NULL, f, ctx, err, errlen);
}

int ful_store_each_under(ful_store *s, const char *path, int (*f)(void *ctx, int64_t id), void *ctx, char *err,
                         size_t errlen)
{
    each_id e;
    e.f = f;
    e.ctx = ctx;
    return ful_store_each_state_under(s, path, each_id_call, &e, err, errlen);
}

int ful_store_delete_unseen(ful_store *s, const char *root, const unsigned char *seen, int64_t nbits,
                            ful_day today, int *removed, char *err, size_t errlen)
{
    /* Collect first, delete after: never write under an open SELECT. */
    int64_t *ids = NULL;
    char **paths = NULL;
    size_t n = 0, cap = 0, i;
    int rc, ret = 0;
    PREP(st, Q_UNDER_ROOT);
    *removed = 0;
    sqlite3_bind_text(st, 1, root, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        if (id >= 0 && id < nbits && (seen[id >> 3] & (1u << (id & 7))))
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            int64_t *ni = realloc(ids, nc * sizeof *ids);
            char **np;
            if (ni)
                ids = ni;
            np = ni ? realloc(paths, nc * sizeof *paths) : NULL;
            if (np == NULL) {
                ret = -2;
                break;
            }
            paths = np;
            cap = nc;
        }
        ids[n] = id;
        paths[n] = strdup((const char *)sqlite3_column_text(st, 1));
        if (paths[n] == NULL) {
            ret = -2;
            break;
        }
        n++;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (ret == 0 && rc != SQLITE_DONE)
        ret = dberr(s, err, errlen, "cannot list notes");
    if (ret == -2)
        seterr(err, errlen, "out of memory");
    for (i = 0; ret == 0 && i < n; i++) {
        if (ful_store_delete_note(s, ids[i], paths[i], today, err, errlen) != 0)
            ret = -1;
        else
            (*removed)++;
    }
    for (i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    free(ids);
    return ret ? -1 : 0;
}

int ful_store_prune_accounts(ful_store *s, char *err, size_t errlen)
{
    PREP(st, Q_PRUNE_ACCOUNTS);
    return run(s, st, err, errlen, "cannot prune accounts");
}

/* Copies every row of a stepped statement into out, zeroed or filled
 * before (its buffers are reused); always resets the statement. */
static int collect_into(ful_store *s, sqlite3_stmt *st, ful_rows *out, char *err, size_t errlen)
{
    int rc, c, nc = sqlite3_column_count(st);
    size_t room = out->cap * (size_t)out->ncols;    /* cells the buffer holds */
    ful_rows_clear(out);
    out->cap = nc > 0 ? room / (size_t)nc : 0;
    out->names = calloc((size_t)nc + 1, sizeof *out->names);
    if (out->names == NULL)
        goto oom;
    out->ncols = nc;
    for (c = 0; c < nc; c++)
        if ((out->names[c] = strdup(sqlite3_column_name(st, c))) == NULL)
            goto oom;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (out->nrows == out->cap) {
            size_t ncap = out->cap ? out->cap * 2 : 32;
            ful_cell *p = realloc(out->cells, ncap * (size_t)nc * sizeof *p);
            if (p == NULL)
                goto oom;
            out->cells = p;
            out->cap = ncap;
        }
        for (c = 0; c < nc; c++) {
            ful_cell *cell = &out->cells[out->nrows * (size_t)nc + (size_t)c];
            /* One column call, then the value's own accessors: each
             * sqlite3_column_* call pays the statement's API entry and exit
             * again (a tenth of db:overdue()'s copying). */
            sqlite3_value *v = sqlite3_column_value(st, c);
            int t = sqlite3_value_type(v);
            memset(cell, 0, sizeof *cell);
            if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) {
                cell->type = FUL_INT;
                cell->i = sqlite3_value_int64(v);
            } else if (t == SQLITE_TEXT || t == SQLITE_BLOB) {
                const char *p = (const char *)sqlite3_value_text(v);
                int len = sqlite3_value_bytes(v);
                cell->type = FUL_TEXT;
                cell->off = out->arena.len;
                cell->len = (size_t)len;
                if (ful_buf_add(&out->arena, p ? p : "", (size_t)len + 1) != 0)
                    goto oom;
            }
        }
        out->nrows++;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        ful_rows_free(out);
        return dberr(s, err, errlen, "query failed");
    }
    return 0;
oom:
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    ful_rows_free(out);
    seterr(err, errlen, "out of memory");
    return -1;
}

/* collect_into a zeroed out. */
static int collect(ful_store *s, sqlite3_stmt *st, ful_rows *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    return collect_into(s, st, out, err, errlen);
}

typedef struct {
    int64_t id;
    ful_chase c;
} chase_row;

/* Recomputes every step's chase verdict with s->cadence (inside the
 * caller's write transaction). Reads them all, then writes: never write
 * under an open SELECT. */
static int recompute_chases(ful_store *s, char *err, size_t errlen)
{
    chase_row *rows = NULL;
    ful_chase_touch *tt = NULL;
    size_t n = 0, cap = 0, nt = 0, tcap = 0, i;
    int64_t cur = -1;
    int cls = 0, due_set = 0, rc, ret = 0;
    ful_day due = FUL_NODATE;
    char days[3][11];
    PREP(st, Q_CHASE_ALL);
    for (;;) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && sqlite3_column_int64(st, 0) == cur) {
            /* another touch of the current step */
        } else {
            if (cur >= 0) {
                if (n == cap) {
                    chase_row *p = ful_grow(rows, &cap, sizeof *rows, 256);
                    if (p == NULL) {
                        ret = -2;
                        break;
                    }
                    rows = p;
                }
                rows[n].id = cur;
                ful_chase_eval(cls, due, due_set, tt, (int)nt, &s->cadence, &rows[n].c);
                n++;
            }
            if (rc != SQLITE_ROW)
                break;
            cur = sqlite3_column_int64(st, 0);
            {
                const char *c = (const char *)sqlite3_column_text(st, 1);
                cls = c ? ful_class_parse(c, strlen(c)) : 0;
                if (cls < 0)
                    cls = 0;
            }
            due = FUL_NODATE;
            if (sqlite3_column_type(st, 2) == SQLITE_TEXT)
                ful_day_parse_iso((const char *)sqlite3_column_text(st, 2), (size_t)sqlite3_column_bytes(st, 2), &due);
            due_set = 0;
            if (due != FUL_NODATE && sqlite3_column_type(st, 6) == SQLITE_TEXT) {
                /* a due: on the line decided it (the index's due_explicit) */
                ful_day d;
                size_t at, len;
                due_set = ful_line_due((const char *)sqlite3_column_text(st, 6), (size_t)sqlite3_column_bytes(st, 6),
                                       &d, &at, &len) == 1 && d == due;
            }
            nt = 0;
        }
        if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
            const char *ch = (const char *)sqlite3_column_text(st, 4);
            ful_day d = FUL_NODATE;
            if (nt == tcap) {
                ful_chase_touch *p = ful_grow(tt, &tcap, sizeof *tt, 16);
                if (p == NULL) {
                    ret = -2;
                    break;
                }
                tt = p;
            }
            if (sqlite3_column_type(st, 3) == SQLITE_TEXT)
                ful_day_parse_iso((const char *)sqlite3_column_text(st, 3), (size_t)sqlite3_column_bytes(st, 3), &d);
            tt[nt].day = d;
            tt[nt].channel = ch ? ful_channel_parse(ch, strlen(ch)) : 0;
            if (tt[nt].channel < 0)
                tt[nt].channel = 0;
            tt[nt].replied = sqlite3_column_int(st, 5);
            nt++;
        }
    }
    sqlite3_reset(st);
    if (ret == 0 && rc != SQLITE_DONE)
        ret = dberr(s, err, errlen, "cannot read the next steps");
    if (ret == -2)
        seterr(err, errlen, "out of memory");
    for (i = 0; ret == 0 && i < n; i++) {
        sqlite3_stmt *up = stmt(s, Q_CHASE_SET);
        if (up == NULL) {
            ret = dberr(s, err, errlen, "prepare");
            break;
        }
        sqlite3_bind_int64(up, 1, rows[i].id);
        bind_chase(up, 2, &rows[i].c, days);
        ret = run(s, up, err, errlen, "cannot update a next step");
    }
    free(rows);
    free(tt);
    return ret ? -1 : 0;
}

/* A meta value into out ("" when the key has none). */
static int meta_get(ful_store *s, const char *key, char *out, size_t cap, char *err, size_t errlen)
{
    int rc;
    PREP(get, Q_META_GET);
    out[0] = '\0';
    sqlite3_bind_text(get, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step(get);
    if (rc == SQLITE_ROW)
        snprintf(out, cap, "%s", (const char *)sqlite3_column_text(get, 0));
    sqlite3_reset(get);
    sqlite3_clear_bindings(get);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return dberr(s, err, errlen, "cannot read the store's settings");
    return 0;
}

int ful_store_cadence(ful_store *s, char *out, size_t cap, char *err, size_t errlen)
{
    return meta_get(s, "cadence", out, cap, err, errlen);
}

static int put_chase_rules(ful_store *s, char *err, size_t errlen)
{
    PREP(put, Q_META_PUT);
    sqlite3_bind_text(put, 1, "chase_rules", -1, SQLITE_STATIC);
    sqlite3_bind_text(put, 2, FUL_CHASE_RULES, -1, SQLITE_STATIC);
    return run(s, put, err, errlen, "cannot record the chase rules");
}

int ful_store_use_cadence(ful_store *s, const ful_cadence *c, char *err, size_t errlen)
{
    char want[64], have[64], rules[16];
    ful_cadence_format(c, want, sizeof want);
    s->cadence = *c;
    /* chase_rules: the rules the stored verdicts were computed with; a
     * store from older rules recomputes them once */
    if (ful_store_cadence(s, have, sizeof have, err, errlen) != 0 ||
        meta_get(s, "chase_rules", rules, sizeof rules, err, errlen) != 0)
        return -1;
    if (strcmp(have, want) == 0 && (strcmp(rules, FUL_CHASE_RULES) == 0 || s->readonly))
        return 0;
    if (s->readonly) {
        seterr(err, errlen, "%s: the store's next action dates use cadence %s and it is open read-only; "
               "index with cadence %s first", s->path, have[0] ? have : "(none)", want);
        return -1;
    }
    {
        PREP(put, Q_META_PUT);
        int was, rc;
        was = sync_normal(s);
        rc = ful_store_begin(s, err, errlen);
        if (rc == 0) {
            sqlite3_bind_text(put, 1, "cadence", -1, SQLITE_STATIC);
            sqlite3_bind_text(put, 2, want, -1, SQLITE_STATIC);
            if (recompute_chases(s, err, errlen) != 0 || run(s, put, err, errlen, "cannot record the cadence") != 0 ||
                put_chase_rules(s, err, errlen) != 0) {
                ful_store_rollback(s);
                rc = -1;
            } else {
                rc = ful_store_commit(s, err, errlen);
            }
        }
        sync_restore(s, was);
        return rc;
    }
}

/* Compares rows a and b of r by the text of column c, as SQLite's BINARY
 * collation does (NULL first). */
static int cmp_text(const ful_rows *r, size_t a, size_t b, int c)
{
    const ful_cell *x = ful_rows_cell(r, a, c), *y = ful_rows_cell(r, b, c);
    size_t n;
    int k;
    if (x->type != FUL_TEXT || y->type != FUL_TEXT)
        return (x->type == FUL_TEXT) - (y->type == FUL_TEXT);
    n = x->len < y->len ? x->len : y->len;
    k = memcmp(ful_rows_text(r, x), ful_rows_text(r, y), n);
    return k ? k : (x->len > y->len) - (x->len < y->len);
}

typedef struct {
    const ful_rows *r;
    int next, path, line;
} overdue_order;

static int overdue_before(const overdue_order *o, size_t a, size_t b)
{
    int k = cmp_text(o->r, a, b, o->next);
    int64_t la, lb;
    if (k == 0)
        k = cmp_text(o->r, a, b, o->path);
    if (k != 0)
        return k < 0;
    la = ful_rows_cell(o->r, a, o->line)->i;
    lb = ful_rows_cell(o->r, b, o->line)->i;
    return la < lb;
}

/* Puts overdue rows in (next, path, line) order. They come in next order,
 * so a stable merge sort of row numbers mostly copies sorted runs. -1 out
 * of memory. */
static int sort_overdue(ful_rows *r)
{
    overdue_order o;
    size_t n = r->nrows, w, i, *a, *b, *t;
    o.r = r;
    o.next = ful_rows_col(r, "next");
    o.path = ful_rows_col(r, "path");
    o.line = ful_rows_col(r, "line");
    if (n < 2 || o.next < 0 || o.path < 0 || o.line < 0)
        return 0;
    if (r->ocap < n) {
        size_t *p = realloc(r->order, 2 * n * sizeof *p);
        if (p == NULL)
            return -1;
        r->order = p;
        r->ocap = n;
    }
    a = r->order;
    b = a + n;
    for (i = 0; i < n; i++)
        a[i] = i;
    for (w = 1; w < n; w *= 2) {
        for (i = 0; i < n; i += 2 * w) {
            size_t lo = i, mid = i + w < n ? i + w : n, hi = i + 2 * w < n ? i + 2 * w : n;
            size_t x = lo, y = mid, k = lo;
            /* already in order: copy the pair of runs as it is */
            if (mid == hi || !overdue_before(&o, a[mid], a[mid - 1])) {
                memcpy(b + lo, a + lo, (hi - lo) * sizeof *a);
                continue;
            }
            while (x < mid && y < hi)
                b[k++] = overdue_before(&o, a[y], a[x]) ? a[y++] : a[x++];
            while (x < mid)
                b[k++] = a[x++];
            while (y < hi)
                b[k++] = a[y++];
        }
        t = a;
        a = b;
        b = t;
    }
    if (a != r->order)
        memcpy(r->order, a, n * sizeof *a);
    r->ordered = 1;
    return 0;
}

/* The days column: today minus the next action date (every row's next is
 * before today). */
static void overdue_days(ful_rows *r, ful_day today)
{
    int cn = ful_rows_col(r, "next"), cd = ful_rows_col(r, "days");
    size_t i;
    if (cn < 0 || cd < 0)
        return;
    for (i = 0; i < r->nrows; i++) {
        const ful_cell *n = &r->cells[i * (size_t)r->ncols + (size_t)cn];
        ful_cell *d = &r->cells[i * (size_t)r->ncols + (size_t)cd];
        ful_day next;
        if (n->type == FUL_TEXT && ful_day_parse_iso(ful_rows_text(r, n), n->len, &next)) {
            d->type = FUL_INT;
            d->i = (int64_t)today - next;
        }
    }
}

int ful_store_overdue(ful_store *s, const ful_query *q, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_OVERDUE);
    bind_day(st, 1, q->today);
    if (q->path)
        sqlite3_bind_text(st, 2, q->path, -1, SQLITE_STATIC);
    if (q->owner)
        sqlite3_bind_text(st, 3, q->owner, -1, SQLITE_STATIC);
    if (collect_into(s, st, out, err, errlen) != 0)
        return -1;
    overdue_days(out, q->today);
    if (sort_overdue(out) != 0) {
        ful_rows_free(out);
        seterr(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

int ful_store_log(ful_store *s, const ful_query *q, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_LOG);
    bind_day(st, 1, q->today);
    if (q->account)
        sqlite3_bind_text(st, 2, q->account, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, q->dark_touches > 0 ? q->dark_touches : 2);
    sqlite3_bind_int(st, 4, q->dark_days > 0 ? q->dark_days : 14);
    if (q->owner)
        sqlite3_bind_text(st, 5, q->owner, -1, SQLITE_STATIC);
    if (q->gone)
        sqlite3_bind_text(st, 6, q->gone, -1, SQLITE_STATIC);
    return collect(s, st, out, err, errlen);
}

int ful_store_needs(ful_store *s, const char *account, int max, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_NEEDS_OF);
    sqlite3_bind_text(st, 1, account, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, max);
    return collect(s, st, out, err, errlen);
}

int ful_store_writable(ful_store *s, char *err, size_t errlen)
{
    /* access(), not open(): closing a descriptor of the store would drop
     * this process's SQLite locks on it. EACCES: its mode (root passes it
     * and can write); EPERM: chattr +i; EROFS: a read-only mount. */
    if (s->readonly || (access(s->path, W_OK) != 0 && (errno == EACCES || errno == EPERM || errno == EROFS))) {
        read_only(err, errlen, s->path);
        return -1;
    }
    return 0;
}

int ful_store_data_version(ful_store *s, int64_t *out, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    int rc;
    /* Not a prepared-statement slot: it runs rarely (focus, a pause). */
    if (sqlite3_prepare_v2(s->db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, errlen, "cannot read the store's version");
    rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return dberr(s, err, errlen, "cannot read the store's version");
    return 0;
}

int ful_store_accounts(ful_store *s, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_ACCOUNTS);
    return collect(s, st, out, err, errlen);
}

int ful_store_account_paths(ful_store *s, const char *account, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_ACCOUNT_PATHS);
    sqlite3_bind_text(st, 1, account, -1, SQLITE_STATIC);
    return collect(s, st, out, err, errlen);
}

int ful_store_owner_roots(ful_store *s, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_OWNER_ROOTS);
    return collect(s, st, out, err, errlen);
}

int ful_store_steps_due(ful_store *s, ful_day from, ful_day to, const char *owner, ful_rows *out, char *err,
                        size_t errlen)
{
    char a[11], b[11];
    PREP(st, Q_TIMED_STEPS);
    ful_day_format(from, a);
    ful_day_format(to, b);
    sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
    if (owner)
        sqlite3_bind_text(st, 3, owner, -1, SQLITE_STATIC);
    return collect(s, st, out, err, errlen);
}

int ful_store_owner_shown(ful_store *s, const char *owner, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_OWNER_SHOWN);
    sqlite3_bind_text(st, 1, owner, -1, SQLITE_STATIC);
    return collect(s, st, out, err, errlen);
}

int ful_store_history(ful_store *s, const char *path, int line, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_HISTORY);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, line);
    return collect(s, st, out, err, errlen);
}

int ful_store_step_at(ful_store *s, const char *path, int line, ful_rows *out, char *err, size_t errlen)
{
    PREP(st, Q_STEP_AT);
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, line);
    return collect(s, st, out, err, errlen);
}

int ful_store_report_rows(ful_store *s, int which, const ful_report_q *q, ful_rows *out, char *err, size_t errlen)
{
    static const int qs[FUL_RPT_COUNT] = {
        [FUL_RPT_NOTES] = Q_RPT_NOTES, [FUL_RPT_CLASSES] = Q_RPT_CLASSES, [FUL_RPT_CLOSED] = Q_RPT_CLOSED,
        [FUL_RPT_TOUCHES] = Q_RPT_TOUCHES, [FUL_RPT_PUSHED] = Q_RPT_PUSHED, [FUL_RPT_ACTIVITY] = Q_RPT_ACTIVITY,
        [FUL_RPT_EXPORT_STEPS] = Q_EXPORT_STEPS, [FUL_RPT_PATHS] = Q_RPT_PATHS,
    };
    int np;
    if (which < 0 || which >= FUL_RPT_COUNT) {
        seterr(err, errlen, "no such report query");
        return -1;
    }
    {
        PREP(st, qs[which]);
        /* Each statement names only the parameters it needs. */
        np = sqlite3_bind_parameter_count(st);
        if (np >= 1)
            bind_day(st, 1, q->since);
        if (np >= 2)
            bind_day(st, 2, q->until);
        if (np >= 3 && q->account)
            sqlite3_bind_text(st, 3, q->account, -1, SQLITE_STATIC);
        if (np >= 4 && q->owner)
            sqlite3_bind_text(st, 4, q->owner, -1, SQLITE_STATIC);
        if (np >= 5 && q->gone)
            sqlite3_bind_text(st, 5, q->gone, -1, SQLITE_STATIC);
        return collect(s, st, out, err, errlen);
    }
}

int ful_store_check(ful_store *s, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc, bad = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, errlen, "quick_check");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *m = (const char *)sqlite3_column_text(st, 0);
        if (m && strcmp(m, "ok") != 0 && !bad) {
            seterr(err, errlen, "%s: integrity: %s", s->path, m);
            bad = 1;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && !bad)
        return dberr(s, err, errlen, "quick_check");
    if (bad)
        return -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, errlen, "foreign_key_check");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        seterr(err, errlen, "%s: a foreign key is broken in table %s", s->path,
               (const char *)sqlite3_column_text(st, 0));
        bad = 1;
    }
    sqlite3_finalize(st);
    return bad ? -1 : 0;
}
