/* lua_chase.c: the chase loop's functions in fulog.core: the one formatter
 * of overdue messages and the log's text (format.c), for bin/fulog and the
 * editors alike. */
#include "lua_bind.h"
#include "draft.h"
#include "format.h"
#include "shown.h"
#include "snooze.h"
#include "writeback.h"
#include "store.h"

#include <stdio.h>
#include <string.h>

/* Strings read here point into the argument tables, which stay on the
 * stack (and so alive) until the function returns. */
static const char *str_field(lua_State *L, int t, const char *k)
{
    const char *s;
    lua_getfield(L, t, k);
    s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return s;
}

static int int_field(lua_State *L, int t, const char *k)
{
    int v;
    lua_getfield(L, t, k);
    v = lua_type(L, -1) == LUA_TNUMBER ? (int)lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    return v;
}

static ful_day day_field(lua_State *L, int t, const char *k)
{
    const char *s = str_field(L, t, k);
    ful_day d = FUL_NODATE;
    if (s)
        ful_day_parse_iso(s, strlen(s), &d);
    return d;
}

static void read_step(lua_State *L, int t, ful_fmt_step *s)
{
    if (t < 0)
        t = lua_gettop(L) + t + 1;
    luaL_checktype(L, t, LUA_TTABLE);
    memset(s, 0, sizeof *s);
    s->path = str_field(L, t, "path");
    s->cls = str_field(L, t, "class");
    s->account = str_field(L, t, "account");
    s->text = str_field(L, t, "text");
    s->state = str_field(L, t, "state");
    s->ask = str_field(L, t, "ask");
    s->key = str_field(L, t, "key");
    s->since_channel = str_field(L, t, "since_channel");
    s->suggest = str_field(L, t, "suggest");
    s->last_channel = str_field(L, t, "last_channel");
    s->line = int_field(L, t, "line");
    s->col = int_field(L, t, "col");
    s->due = day_field(L, t, "due");
    s->next = day_field(L, t, "next");
    s->since = day_field(L, t, "since");
    s->last_touch = day_field(L, t, "last_touch");
    s->meeting = day_field(L, t, "meeting");
    s->unanswered = int_field(L, t, "unanswered");
    s->pushed = int_field(L, t, "pushed");
    s->touches = int_field(L, t, "touches");
}

/* Today from an optional date argument, else FULOG_TODAY or the clock. */
static int today_arg(lua_State *L, int idx, ful_day *out)
{
    const char *bad = NULL;
    ful_day t = ful_l_today(&bad);
    if (lua_isnoneornil(L, idx) && bad) {
        lua_pushnil(L);
        lua_pushfstring(L, "FULOG_TODAY is not a date (want YYYY-MM-DD): %s", bad);
        return -1;
    }
    return ful_l_date(L, idx, t, out);
}

static int push_buf(lua_State *L, ful_buf *b)
{
    lua_pushlstring(L, b->p ? b->p : "", b->len);
    ful_buf_free(b);
    return 1;
}

/* core.overdue_message(row [, today]) -> the MESSAGE of an overdue line */
static int l_overdue_message(lua_State *L)
{
    ful_fmt_step s;
    ful_day today;
    ful_buf *b;
    read_step(L, 1, &s);
    if (today_arg(L, 2, &today) != 0)
        return 2;
    b = ful_l_newbuf(L);
    if (ful_format_overdue(&s, today, b) != 0)
        return luaL_error(L, "out of memory");
    return push_buf(L, b);
}

/* core.step_text(text) -> the step's text as every listing shows it
 * (format.h's ful_step_text: no due: token, no #class override) */
static int l_step_text(lua_State *L)
{
    size_t n;
    const char *t = luaL_checklstring(L, 1, &n);
    ful_buf *b = ful_l_newbuf(L);
    (void)n;
    if (ful_step_text(b, t) != 0)
        return luaL_error(L, "out of memory");
    return push_buf(L, b);
}

/* core.shown_text(text) -> words the seller typed (a touch's outcome) as a
 * step's are shown (shown.h's ful_shown_text): controls and line breaks
 * as blanks, bidi controls as U+FFFD, cut to FUL_STEP_SHOWN columns. */
static int l_shown_text(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_buf *b = ful_l_newbuf(L);
    if (ful_shown_text(b, s, n, FUL_STEP_SHOWN, FUL_STEP_SHOWN * FUL_STEP_BYTES_PER_COL) < 0)
        return luaL_error(L, "out of memory");
    return push_buf(L, b);
}

/* core.shown_name(name) -> a file or account name with its control and
 * bidi bytes escaped as ls -b writes them (shown.h's ful_shown_name): the
 * one way the shell, the log and the merge driver name a path. */
static int l_shown_name(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_buf *b = ful_l_newbuf(L);
    if (ful_shown_name(b, s, n) != 0)
        return luaL_error(L, "out of memory");
    return push_buf(L, b);
}

/* core.log_text(accounts [, {today=, account=, owner=, base=}]) -> text, where:
 * accounts as db:log() gives them; where[n] is the chase table shown on
 * line n (1-based), for both of its lines. */
static int l_log_text(lua_State *L)
{
    ful_fmt_opts o;
    ful_fmt_account *acc;
    ful_buf *b;
    int nacc, a, i;
    luaL_checktype(L, 1, LUA_TTABLE);
    memset(&o, 0, sizeof o);
    if (lua_istable(L, 2)) {
        lua_getfield(L, 2, "today");
        if (today_arg(L, lua_gettop(L), &o.today) != 0)
            return 2;
        lua_pop(L, 1);
        o.account = str_field(L, 2, "account");
        o.base = str_field(L, 2, "base");
        o.owner = str_field(L, 2, "owner");
    } else if (today_arg(L, 2, &o.today) != 0) {
        return 2;
    }
    nacc = (int)ful_rawlen(L, 1);
    acc = (ful_fmt_account *)lua_newuserdata(L, (size_t)(nacc ? nacc : 1) * sizeof *acc);
    memset(acc, 0, (size_t)(nacc ? nacc : 1) * sizeof *acc);
    for (a = 0; a < nacc; a++) {
        int t, n;
        /* Each account leaves its steps' userdata on the stack: grow it
         * (past LUA_MINSTACK a push writes over the heap). */
        luaL_checkstack(L, 8, "too many accounts");
        lua_rawgeti(L, 1, a + 1);
        t = lua_gettop(L);
        luaL_checktype(L, t, LUA_TTABLE);
        acc[a].name = str_field(L, t, "account");
        lua_getfield(L, t, "dark");
        acc[a].dark = lua_toboolean(L, -1);
        lua_pop(L, 1);
        acc[a].unanswered = int_field(L, t, "unanswered");
        acc[a].last_touch = day_field(L, t, "last_touch");
        acc[a].last_reply = day_field(L, t, "last_reply");
        lua_getfield(L, t, "chases");
        n = lua_istable(L, -1) ? (int)ful_rawlen(L, -1) : 0;
        /* the userdata is kept referenced from the stack below */
        acc[a].steps = (ful_fmt_step *)lua_newuserdata(L, (size_t)(n ? n : 1) * sizeof *acc[a].steps);
        acc[a].nsteps = n;
        lua_insert(L, 3);   /* keep it alive under the working slots */
        for (i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1);
            read_step(L, -1, &acc[a].steps[i]);
            lua_pop(L, 1);
        }
        lua_pop(L, 2);      /* chases, account */
    }
    b = ful_l_newbuf(L);
    if (ful_format_log(acc, nacc, &o, b) != 0)
        return luaL_error(L, "out of memory");
    push_buf(L, b);
    lua_newtable(L);
    for (a = 0; a < nacc; a++) {
        lua_rawgeti(L, 1, a + 1);
        lua_getfield(L, -1, "chases");
        for (i = 0; i < acc[a].nsteps; i++) {
            int k;
            for (k = 0; k < acc[a].steps[i].out_lines; k++) {
                lua_rawgeti(L, -1, i + 1);
                lua_rawseti(L, -4, acc[a].steps[i].out_line + k + 1);
            }
        }
        lua_pop(L, 2);
    }
    return 2;
}

/* core.snooze_date(when [, today]) -> "YYYY-MM-DD" | nil, msg: when is a
 * date or +Nd / +Nw after today. msg is the whole refusal, in the words
 * fulog snooze, :FuSnooze and the log's snooze key all print. */
static int l_snooze_date(lua_State *L)
{
    size_t n;
    const char *w = luaL_checklstring(L, 1, &n);
    ful_day today, d;
    char msg[256];
    int rc;
    if (today_arg(L, 2, &today) != 0)
        return 2;
    rc = ful_snooze_when(w, n, today, &d);
    if (rc == -2) {
        char a[11], b[11];
        ful_day_format(today, b);
        ful_day_format(d, a);
        snprintf(msg, sizeof msg, "snooze: %s is before today (%s): a snooze pushes a step to a later date", a, b);
        return ful_l_fail(L, msg);
    }
    if (rc != 0) {
        /* what was typed, its line breaks and controls escaped as a name's
         * (ful_shown_name): the refusal is one line on the screen */
        ful_buf *got = ful_l_newbuf(L);
        if (ful_shown_name(got, w, ful_utf8_cut(w, n, 40)) != 0 || ful_buf_add(got, "", 0) != 0)
            return luaL_error(L, "out of memory");
        snprintf(msg, sizeof msg, "snooze: want a date (YYYY-MM-DD) or +Nd / +Nw (days or weeks from today), "
                 "got \"%.160s\"", got->p);
        return ful_l_fail(L, msg);
    }
    ful_l_pushday(L, d);
    return 1;
}

/* core.snooze_line(line, date [, opts]) -> the step line with due:date |
 * nil, msg (not a next step) */
static int l_snooze_line(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_day d;
    ful_lopts o;
    ful_buf *b;
    int r;
    if (ful_l_date(L, 2, FUL_NODATE, &d) != 0)
        return 2;
    if (d == FUL_NODATE)
        return luaL_argerror(L, 2, "want a date YYYY-MM-DD");
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    b = ful_l_newbuf(L);
    r = ful_snooze_line(s, n, &o.tags, d, b);
    if (r == -2)
        return luaL_error(L, "out of memory");
    if (r == -3)
        return ful_l_fail(L, FUL_SNOOZE_DONE_MSG);
    if (r < 0)
        return ful_l_fail(L, "not a next step");
    if (r == 0)
        lua_pushlstring(L, s, n);
    else
        lua_pushlstring(L, b->p, b->len);
    return 1;
}

/* core.snooze(path, line, date, {expect=, tags=|options=}) -> true, the line
 * the step was on (not line when it moved) | nil, msg:
 * due:date written into that step's line of the note file, through the
 * same safe write-back as done and touch. */
static int l_snooze(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    lua_Number ln = luaL_checknumber(L, 2);
    const ful_expect *expect = NULL;
    ful_expect e;
    ful_day d;
    ful_lopts o;
    char err[FUL_ERR_MAX];
    int at;
    if (!(ln >= 1 && ln <= 2147483647.0) || ln != (lua_Number)(lua_Integer)ln)
        return luaL_argerror(L, 2, "want a line number from 1 to 2147483647");
    if (ful_l_date(L, 3, FUL_NODATE, &d) != 0)
        return 2;
    if (d == FUL_NODATE)
        return luaL_argerror(L, 3, "want a date YYYY-MM-DD");
    if (lua_istable(L, 4)) {
        lua_getfield(L, 4, "expect"); /* stays on the stack: its text is used below */
        expect = ful_l_expect(L, lua_gettop(L), &e);
    }
    if (ful_l_opts(L, 4, &o) != 0)
        return 2;
    at = (int)ln;
    if (ful_wb_snooze(path, (int)ln, expect, &o.tags, d, &at, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    lua_pushinteger(L, at);
    return 2;
}

/* "10:00" -> 600; -1 when not a clock time. */
static int clock_min(const char *s)
{
    int h, m;
    char extra;
    if (s == NULL || sscanf(s, "%d:%d%c", &h, &m, &extra) != 2 || h < 0 || h > 23 || m < 0 || m > 59)
        return -1;
    return h * 60 + m;
}

/* core.draft({name=, account=, step=, channel=, template=, needs={...},
 * attempt=, today=, meeting=, slots={"10:00", "14:00"}}) -> text */
static int l_draft(lua_State *L)
{
    ful_draft_in in;
    ful_buf *b;
    int i;
    luaL_checktype(L, 1, LUA_TTABLE);
    memset(&in, 0, sizeof in);
    in.name = str_field(L, 1, "name");
    in.account = str_field(L, 1, "account");
    in.step = str_field(L, 1, "step");
    in.channel = str_field(L, 1, "channel");
    in.template_ = str_field(L, 1, "template");
    in.attempt = int_field(L, 1, "attempt");
    in.meeting = day_field(L, 1, "meeting");
    if (in.channel && strcmp(in.channel, "email") && strcmp(in.channel, "call") && strcmp(in.channel, "voicemail"))
        return luaL_error(L, "draft: channel wants email, call or voicemail");
    lua_getfield(L, 1, "today");
    if (today_arg(L, lua_gettop(L), &in.today) != 0)
        return 2;
    lua_pop(L, 1);
    in.slot_min[0] = 600;
    in.slot_min[1] = 840;
    lua_getfield(L, 1, "slots");
    if (lua_istable(L, -1)) {
        for (i = 0; i < 2; i++) {
            lua_rawgeti(L, -1, i + 1);
            in.slot_min[i] = clock_min(lua_tostring(L, -1));
            lua_pop(L, 1);
            if (in.slot_min[i] < 0)
                return luaL_error(L, "draft: slots want two clock times like {\"10:00\", \"14:00\"}");
        }
    }
    lua_pop(L, 1);
    /* busy={{day=, min=, len=}, ...} (db:busy): times a slot must keep clear of,
     * in a userdata the collector frees, whatever raises */
    lua_getfield(L, 1, "busy");
    if (lua_istable(L, -1)) {
        int n = (int)ful_rawlen(L, -1);
        ful_busy *busy = n > 0 ? (ful_busy *)lua_newuserdata(L, (size_t)n * sizeof *busy) : NULL;
        for (i = 0; i < n; i++) {
            int item = lua_gettop(L) + 1;
            lua_rawgeti(L, n > 0 ? -2 : -1, i + 1);
            if (!lua_istable(L, item))
                return luaL_error(L, "draft: busy wants a list of {day=, min=}");
            busy[in.nbusy].day = day_field(L, item, "day");
            busy[in.nbusy].min = int_field(L, item, "min");
            busy[in.nbusy].len = int_field(L, item, "len");   /* 0 when absent: an hour */
            lua_pop(L, 1);
            if (busy[in.nbusy].day != FUL_NODATE)
                in.nbusy++;
        }
        in.busy = busy;
    }
    lua_getfield(L, 1, "needs");   /* stays on the stack: its strings are used below */
    if (lua_istable(L, -1)) {
        int n = (int)ful_rawlen(L, -1);
        for (i = 0; i < n && in.nneeds < FUL_DRAFT_NEEDS; i++) {
            lua_rawgeti(L, -1, i + 1);
            if (lua_type(L, -1) == LUA_TSTRING)
                in.needs[in.nneeds++] = lua_tostring(L, -1);
            lua_pop(L, 1);
        }
    }
    b = ful_l_newbuf(L);
    if (ful_draft(&in, b) != 0)
        return luaL_error(L, "out of memory");
    return push_buf(L, b);
}

void ful_register_chase(lua_State *L)
{
    static const luaL_Reg fns[] = {
        { "overdue_message", l_overdue_message },
        { "log_text", l_log_text },
        { "step_text", l_step_text },
        { "shown_name", l_shown_name },
        { "shown_text", l_shown_text },
        { "snooze_date", l_snooze_date },
        { "snooze_line", l_snooze_line },
        { "snooze", l_snooze },
        { "draft", l_draft },
        { NULL, NULL }
    };
    int i;
    for (i = 0; fns[i].name; i++) {
        lua_pushcfunction(L, fns[i].func);
        lua_setfield(L, -2, fns[i].name);
    }
}
