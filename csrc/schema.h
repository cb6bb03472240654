/* schema.h: the store's schema, one migration per version. Migration i
 * takes a store from user_version i to i + 1. Version 1 is released (its
 * store is kept as tests/fixtures/stores/v1.db): never edit a step, add
 * one. */
#ifndef FUL_SCHEMA_H
#define FUL_SCHEMA_H

static const char *const ful_migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE account("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
    ") STRICT;"
    "CREATE TABLE note("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  root TEXT NOT NULL,"
    "  account_id INTEGER REFERENCES account(id),"
    "  meeting TEXT,"
    "  date_source TEXT NOT NULL,"
    "  size INTEGER NOT NULL,"
    "  mtime_ns INTEGER NOT NULL,"
    "  hash INTEGER NOT NULL,"
    "  has_firm INTEGER NOT NULL,"
    "  indexed_on TEXT"
    ") STRICT;"
    "CREATE INDEX note_account ON note(account_id, meeting);"
    "CREATE TABLE step("
    "  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,"
    "  line INTEGER NOT NULL,"
    "  col INTEGER NOT NULL,"
    "  key TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  class TEXT NOT NULL,"
    "  overridden INTEGER NOT NULL,"
    "  due TEXT,"
    "  done INTEGER NOT NULL,"
    "  why TEXT NOT NULL,"
    "  ask TEXT NOT NULL,"
    "  first_seen TEXT"
    ") STRICT;"
    "CREATE INDEX step_note ON step(note_id, line);"
    "CREATE INDEX step_open_due ON step(done, due);"
    "CREATE TABLE touch("
    "  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,"
    "  step_id INTEGER REFERENCES step(id) ON DELETE CASCADE,"
    /* the note's account, copied so the log finds an account's last
     * touches and replies by index, whatever the history's size */
    "  account_id INTEGER REFERENCES account(id),"
    "  line INTEGER NOT NULL,"
    "  day TEXT,"
    "  channel TEXT NOT NULL,"
    "  replied INTEGER NOT NULL,"
    "  text TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX touch_note ON touch(note_id);"
    "CREATE INDEX touch_step ON touch(step_id);"
    "CREATE INDEX touch_account ON touch(account_id, day);"
    "CREATE INDEX touch_account_reply ON touch(account_id, replied, day);"
    "CREATE TABLE need("
    "  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,"
    "  line INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  text TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX need_note ON need(note_id);"
    /* History the notes cannot show, keyed by note path and step text so it
     * outlives the rows that a re-index replaces. */
    "CREATE TABLE step_event("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL,"
    "  key TEXT NOT NULL,"
    "  day TEXT NOT NULL,"
    "  event TEXT NOT NULL,"
    "  old TEXT,"
    "  new TEXT"
    ") STRICT;"
    "CREATE INDEX step_event_key ON step_event(path, key);",
    /* 1 -> 2: partial indexes. Most steps are done and most touches went
     * unanswered; indexing only open steps and replies keeps the indexes
     * small, so a large index run inserts into a few cached pages instead
     * of all over the file. The queries name the same conditions. */
    "DROP INDEX step_open_due;"
    "CREATE INDEX step_open_due ON step(due) WHERE done = 0;"
    "DROP INDEX touch_account_reply;"
    "CREATE INDEX touch_account_reply ON touch(account_id, day) WHERE replied = 1;",
    /* 2 -> 3: the chase loop (spec section 7). Each step keeps what does
     * not depend on today: its state (todo, chase, booked; a booked step
     * whose date passed is read as outcome), its next action date, indexed
     * for open steps so overdue is one range scan, the unanswered touches
     * since the last reply, and how often its due date was pushed later.
     * meta records the cadence they were computed with; with none recorded
     * (as here) the first use computes every step. */
    "ALTER TABLE step ADD COLUMN state TEXT NOT NULL DEFAULT 'todo';"
    "ALTER TABLE step ADD COLUMN next TEXT;"
    "ALTER TABLE step ADD COLUMN unanswered INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE step ADD COLUMN since TEXT;"
    "ALTER TABLE step ADD COLUMN since_channel TEXT;"
    "ALTER TABLE step ADD COLUMN last_touch TEXT;"
    "ALTER TABLE step ADD COLUMN suggest TEXT;"
    "ALTER TABLE step ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;"
    "UPDATE step SET next = due, state = CASE class WHEN 'compliance' THEN 'todo'"
    " WHEN 'firm' THEN 'booked' ELSE 'chase' END;"
    "UPDATE step SET pushed = (SELECT count(*) FROM step_event e JOIN note n ON n.id = step.note_id"
    " WHERE e.path = n.path AND e.key = step.key AND e.event = 'due' AND e.old IS NOT NULL"
    " AND e.new IS NOT NULL AND e.new > e.old);"
    "CREATE INDEX step_open_next ON step(next) WHERE done = 0;"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;",
    /* 3 -> 4: the seller who owns a note (front matter owner:, spec
     * section 10), for the log and overdue of one member of a team; and
     * which version of the note reader stored the row (FUL_PARSER_VERSION):
     * the indexer reads a note stored by an older one again, unchanged or
     * not, so the notes indexed before get their owner. */
    "ALTER TABLE note ADD COLUMN owner TEXT;"
    "ALTER TABLE note ADD COLUMN parser INTEGER NOT NULL DEFAULT 0;",
    /* 4 -> 5: the channel of the last touch, so the log says what the
     * seller is waiting on ("since the 12-07 email"). Forgetting the
     * recorded cadence makes the first use compute it. */
    "ALTER TABLE step ADD COLUMN last_channel TEXT;"
    "DELETE FROM meta WHERE key = 'cadence';",
    /* 5 -> 6: an account's name for people ("Vertex Media" for the folder
     * vertex-media), the best its notes give: display_rank 2 the notes' own
     * words (a heading, front matter), 1 the folder title-cased. name stays
     * the key that filters and commands use. FUL_PARSER_VERSION 2 reads the
     * notes again to fill it. */
    "ALTER TABLE account ADD COLUMN display TEXT;"
    "ALTER TABLE account ADD COLUMN display_rank INTEGER NOT NULL DEFAULT 0;",
    /* 6 -> 7: the open steps' index carries every step column that overdue
     * and the log read (done too: SQLite counts an index as covering only
     * when it holds each column the query names), so they read a few
     * hundred KB of index in date order instead of seeking one page of the
     * step table per row: db:overdue() at 100k notes 9.7 -> 6.4 ms. Open
     * steps are about 1% of the rows, so the index stays small. */
    "DROP INDEX step_open_next;"
    "CREATE INDEX step_open_next ON step(next, note_id, line, col, class, text, due, why, ask, state, unanswered,"
    " pushed, since, since_channel, last_touch, suggest, last_channel, done) WHERE done = 0;",
    /* 7 -> 8: the roots of the notes that name an owner, indexed, so
     * db:owner_roots() (asked before every listing: whose notes it shows)
     * seeks once per root instead of scanning every note: at 100k notes
     * about 13 ms -> 0.05 ms. Partial: notes no one owns add nothing. */
    "CREATE INDEX note_owner_root ON note(root) WHERE owner IS NOT NULL;",
};

#define FUL_NMIGRATIONS ((int)(sizeof ful_migrations / sizeof ful_migrations[0]))

/* A new store (user_version 0) in one step: the schema the migrations
 * above leave, each statement as SQLite keeps it after them (the ALTERed
 * tables' text included), so a new store and a migrated one hold the same
 * sqlite_schema (tests/lua/store_schema_spec.lua compares them). Running
 * the seven steps parsed and reloaded the schema after each: 12M of the 18M
 * instructions of a first `fulog index`. A new migration goes above as
 * ever, and this text becomes what it leaves. */
static const char ful_schema_fresh[] =
    "CREATE TABLE account(  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " display TEXT, display_rank INTEGER NOT NULL DEFAULT 0) STRICT;"
    "CREATE TABLE note(  id INTEGER PRIMARY KEY,  path TEXT NOT NULL UNIQUE,  root TEXT NOT NULL,"
    "  account_id INTEGER REFERENCES account(id),  meeting TEXT,  date_source TEXT NOT NULL,"
    "  size INTEGER NOT NULL,  mtime_ns INTEGER NOT NULL,  hash INTEGER NOT NULL,"
    "  has_firm INTEGER NOT NULL,  indexed_on TEXT, owner TEXT,"
    " parser INTEGER NOT NULL DEFAULT 0) STRICT;"
    "CREATE INDEX note_account ON note(account_id, meeting);"
    "CREATE TABLE step(  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,  line INTEGER NOT NULL,"
    "  col INTEGER NOT NULL,  key TEXT NOT NULL,  text TEXT NOT NULL,  class TEXT NOT NULL,"
    "  overridden INTEGER NOT NULL,  due TEXT,  done INTEGER NOT NULL,  why TEXT NOT NULL,"
    "  ask TEXT NOT NULL,  first_seen TEXT, state TEXT NOT NULL DEFAULT 'todo', next TEXT,"
    " unanswered INTEGER NOT NULL DEFAULT 0, since TEXT, since_channel TEXT, last_touch TEXT,"
    " suggest TEXT, pushed INTEGER NOT NULL DEFAULT 0, last_channel TEXT) STRICT;"
    "CREATE INDEX step_note ON step(note_id, line);"
    "CREATE TABLE touch(  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,"
    "  step_id INTEGER REFERENCES step(id) ON DELETE CASCADE,"
    "  account_id INTEGER REFERENCES account(id),  line INTEGER NOT NULL,  day TEXT,"
    "  channel TEXT NOT NULL,  replied INTEGER NOT NULL,  text TEXT NOT NULL) STRICT;"
    "CREATE INDEX touch_note ON touch(note_id);"
    "CREATE INDEX touch_step ON touch(step_id);"
    "CREATE INDEX touch_account ON touch(account_id, day);"
    "CREATE TABLE need(  id INTEGER PRIMARY KEY,"
    "  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,  line INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,  text TEXT NOT NULL) STRICT;"
    "CREATE INDEX need_note ON need(note_id);"
    "CREATE TABLE step_event(  id INTEGER PRIMARY KEY,  path TEXT NOT NULL,  key TEXT NOT NULL,"
    "  day TEXT NOT NULL,  event TEXT NOT NULL,  old TEXT,  new TEXT) STRICT;"
    "CREATE INDEX step_event_key ON step_event(path, key);"
    "CREATE INDEX step_open_due ON step(due) WHERE done = 0;"
    "CREATE INDEX touch_account_reply ON touch(account_id, day) WHERE replied = 1;"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;"
    "CREATE INDEX step_open_next ON step(next, note_id, line, col, class, text, due, why, ask, state,"
    " unanswered, pushed, since, since_channel, last_touch, suggest, last_channel, done) WHERE done = 0;"
    "CREATE INDEX note_owner_root ON note(root) WHERE owner IS NOT NULL;";

#endif
