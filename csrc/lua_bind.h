/* lua_bind.h: helpers shared by the Lua binding files (fulog.c, lua_*.c).
 * Argument checks come first in every function: luaL_check* longjmps, and
 * nothing may be held yet when it does. */
#ifndef FUL_LUA_BIND_H
#define FUL_LUA_BIND_H

#include "compat.h"
#include "chase.h"
#include "classify.h"
#include "note.h"
#include "rows.h"
#include "text.h"

#define FUL_STORE_MT "fulog.store"
#define FUL_RULES_MT "fulog.rules"

typedef struct {
    ful_rules *r;
    uint64_t digest;    /* of its phrases, for the parse signature */
} ful_lrules;

/* Options read from an optional argument: a table, an options object
 * (core.options, lua_opts.c), or a table whose `options` field is one
 * (its other fields override the object's). */
typedef struct {
    ful_tagset tags;
    const ful_rules *rules;
    uint64_t rules_digest;
    int grace;
    ful_day today;
    ful_cadence cadence;    /* "3,7,14" or {3, 7, 14}; default 3,7,14 */
    int nexts;              /* -1: not given (the caller's default) */
    const char *exts[16];   /* point into the options object (alive while it is an argument) */
} ful_lopts;

#define FUL_OPTS_MT "fulog.options"
/* A cadence from "3,7,14" or {3, 7, 14} at idx: 0, or -1 when it is neither. */
int ful_l_cadence(lua_State *L, int idx, ful_cadence *out);
/* Fills o from the options object at idx; 1 when it is one, else 0. */
int ful_l_options_get(lua_State *L, int idx, ful_lopts *o);
void ful_register_options(lua_State *L);   /* core.options: lua_opts.c */

/* Today: FULOG_TODAY when set, else the local date. FUL_NODATE and a
 * message when FULOG_TODAY is not a date. */
ful_day ful_l_today(const char **bad);
/* Reads tags, rules, grace and today from the table at idx (may be none/nil).
 * Raises on misuse (wrong types). Returns 0, or -1 with the message pushed
 * (an expected failure: a bad date) for the caller to return nil, msg. */
int ful_l_opts(lua_State *L, int idx, ful_lopts *o);
/* As ful_l_opts; clock 0 for a caller that never reads o->today: with
 * FULOG_TODAY unset it is FUL_NODATE, the clock unread (a bad FULOG_TODAY
 * still fails). */
int ful_l_opts_clock(lua_State *L, int idx, ful_lopts *o, int clock);
/* Reads only tags from the table at idx (none/nil: NEXT). Raises on misuse. */
void ful_l_tags(lua_State *L, int idx, ful_tagset *tags);
/* A date argument: nil/none gives dflt; a bad string pushes nil, msg and
 * returns -1. */
int ful_l_date(lua_State *L, int idx, ful_day dflt, ful_day *out);
void ful_l_pushday(lua_State *L, ful_day d);
/* Pushes rows as a list of tables keyed by column name. */
void ful_l_pushrows(lua_State *L, const ful_rows *r);
/* Option name of the table at idx as a date: absent leaves *out; a bad
 * string pushes nil, msg and returns -1; a non-string raises. */
int ful_l_field_date(lua_State *L, int idx, const char *name, ful_day *out);
int ful_l_fail(lua_State *L, const char *msg);  /* pushes nil, msg; returns 2 */
/* The step a caller saw (line.h's ful_expect) from the value at idx: nil
 * (nothing expected: *out zeroed, returns NULL), its text, or a table
 * {text=, nth=, of=} (which of the steps with these words it was). The text
 * points into the argument, which stays on the stack. Raises on misuse. */
const ful_expect *ful_l_expect(lua_State *L, int idx, ful_expect *out);
/* Pushes a zeroed userdata of size bytes whose __gc is gc: C memory it
 * points to is freed even when a raise unwinds past the caller. */
void *ful_l_newbox(lua_State *L, size_t size, lua_CFunction gc);
/* Pushes the default store path ($FULOG_DB, else under XDG_DATA_HOME);
 * returns 1, or 2 with nil, msg pushed. */
int ful_l_default_db(lua_State *L);

/* A buffer owned by a new userdata pushed on the stack (freed by __gc), so
 * a Lua error never leaks it. */
ful_buf *ful_l_newbuf(lua_State *L);

int ful_l_merge_resolve(lua_State *L); /* core.merge_resolve */
/* The people of an options table at idx ({attendees=, team=, owner=}, each
 * a string of comma-separated names or a list), compiled into nm (nm->n 0
 * when none). Raises on wrong types. Returns nm->n. */
int ful_l_names(lua_State *L, int idx, ful_names *nm);

int ful_open_store(lua_State *L);   /* core.open */
void ful_register_store(lua_State *L);
/* The store userdata at idx (raises when it is not one, or closed). */
struct ful_store *ful_l_checkstore(lua_State *L, int idx);
/* db:stats and db:export (lua_report.c), added to the store's methods. */
void ful_register_report(lua_State *L);
void ful_register_line(lua_State *L);     /* the line grammar: lua_line.c */
void ful_register_actors(lua_State *L);   /* core.actors: lua_actors.c */
void ful_register_scan(lua_State *L);     /* many rows at once, for the editor: lua_scan.c */
/* Adds the chase loop's functions (lua_chase.c) to the table on top. */
void ful_register_chase(lua_State *L);

#endif
