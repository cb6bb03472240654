/* export.c: see export.h. */
#include "export.h"
#include "classify.h"
#include "format.h"
#include "line.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The names of chase.h's states, in its order, and done. */
const char *ful_xstate_name(int st)
{
    static const char *const names[] = { "todo", "chase", "booked", "outcome", "done" };
    return st >= 0 && st <= FUL_XS_DONE ? names[st] : "todo";
}

/* ---- loading ---- */

static ful_day parse_day(const char *s)
{
    ful_day d;
    if (s == NULL || !ful_day_parse_iso(s, strlen(s), &d))
        return FUL_NODATE;
    return d;
}

static const char *text_at(const ful_rows *r, size_t row, int col)
{
    const ful_cell *c = ful_rows_cell(r, row, col);
    return c->type == FUL_TEXT ? ful_rows_text(r, c) : NULL;
}

static int64_t int_at(const ful_rows *r, size_t row, int col)
{
    const ful_cell *c = ful_rows_cell(r, row, col);
    return c->type == FUL_INT ? c->i : 0;
}

void ful_export_free(ful_export *x)
{
    free(x->v);
    x->v = NULL;
    x->n = 0;
    ful_rows_free(&x->steps);
    ful_buf_free(&x->titles);
}

/* What an export shows of a step: its words, not fulog's markup. */
static const char *title_of(const ful_xstep *x)
{
    return x->title ? x->title : x->text;
}

static int parse_state(const char *s)
{
    int st;
    for (st = FUL_XS_TODO; st <= FUL_XS_DONE && s; st++)
        if (strcmp(s, ful_xstate_name(st)) == 0)
            return st;
    return FUL_XS_TODO;
}

int ful_export_load(ful_store *s, const ful_export_opts *o, ful_export *x, char *err, size_t errlen)
{
    ful_report_q q;
    const ful_rows *r = &x->steps;
    size_t i;
    int cacc, cpath, croot, cline, ccls, ctext, ckey, cmeet, cdue, cdone, cask, ctouch, cstate, cnext, cun, clast, cpush;
    memset(x, 0, sizeof *x);
    q.since = o->today;
    q.until = FUL_NODATE;
    q.gone = NULL;
    q.account = o->account;
    q.owner = o->owner;
    if (ful_store_report_rows(s, FUL_RPT_EXPORT_STEPS, &q, &x->steps, err, errlen) != 0)
        return -1;
    if (r->nrows && (x->v = calloc(r->nrows, sizeof *x->v)) == NULL) {
        ful_export_free(x);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    cacc = ful_rows_col(r, "account");
    cpath = ful_rows_col(r, "path");
    croot = ful_rows_col(r, "root");
    cline = ful_rows_col(r, "line");
    ccls = ful_rows_col(r, "class");
    ctext = ful_rows_col(r, "text");
    ckey = ful_rows_col(r, "key");
    cmeet = ful_rows_col(r, "meeting");
    cdue = ful_rows_col(r, "due");
    cdone = ful_rows_col(r, "done");
    cask = ful_rows_col(r, "ask");
    ctouch = ful_rows_col(r, "touches");
    cstate = ful_rows_col(r, "state");
    cnext = ful_rows_col(r, "next");
    cun = ful_rows_col(r, "unanswered");
    clast = ful_rows_col(r, "last_touch");
    cpush = ful_rows_col(r, "pushed");
    for (i = 0; i < r->nrows; i++) {
        ful_xstep *v = &x->v[x->n++];
        int cut;
        const char *cls;
        int k;
        v->account = text_at(r, i, cacc);
        v->path = text_at(r, i, cpath);
        v->root = text_at(r, i, croot);
        v->cls = cls = text_at(r, i, ccls);
        v->cls_id = cls ? ful_class_parse(cls, strlen(cls)) : FUL_UNKNOWN;
        if (v->cls_id < 0)
            v->cls_id = FUL_UNKNOWN;
        v->text = text_at(r, i, ctext);
        v->key = text_at(r, i, ckey);
        v->ask = text_at(r, i, cask);
        v->line = (int)int_at(r, i, cline);
        v->done = int_at(r, i, cdone) != 0;
        v->meeting = parse_day(text_at(r, i, cmeet));
        v->due = parse_day(text_at(r, i, cdue));
        v->touches = (int)int_at(r, i, ctouch);
        v->unanswered = (int)int_at(r, i, cun);
        v->last_touch = parse_day(text_at(r, i, clast));
        v->pushed = (int)int_at(r, i, cpush);
        /* A done step is no chase: no state of the loop, no next action. */
        v->state = v->done ? FUL_XS_DONE : (ful_xstate)parse_state(text_at(r, i, cstate));
        v->next = v->done ? FUL_NODATE : parse_day(text_at(r, i, cnext));
        v->hour = v->minute = -1;
        v->len = FUL_MEETING_MIN;
        if (v->cls_id == FUL_FIRM && v->due != FUL_NODATE && v->text) {
            ful_when w;
            if (ful_export_when(v->text, strlen(v->text), v->meeting, v->due, &w)) {
                v->hour = w.h;
                v->minute = w.m;
                v->tz = w.tz;
                v->len = w.len;
            }
            v->has_tz = v->hour >= 0 && v->tz != FUL_TZ_FLOAT;
        }
        /* Steps of one note are consecutive (ordered by path, line). */
        for (k = x->n - 2; k >= 0 && strcmp(x->v[k].path, v->path) == 0; k--)
            if (v->key && x->v[k].key && strcmp(x->v[k].key, v->key) == 0) {
                v->occurrence = x->v[k].occurrence + 1;
                break;
            }
        /* its title's offset for now: the arena may still move; a
         * title cut (a long step) is followed by the step's words */
        v->title = (const char *)(uintptr_t)x->titles.len;
        cut = v->text ? ful_step_text_upto(&x->titles, v->text, FUL_STEP_SHOWN) : 0;
        v->title_cut = cut == 1;
        if (cut < 0 || ful_buf_add(&x->titles, "", 1) != 0 ||
            (cut == 1 && (ful_step_text_upto(&x->titles, v->text, FUL_STEP_WHOLE) < 0 ||
                          ful_buf_add(&x->titles, "", 1) != 0))) {
            ful_export_free(x);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    for (i = 0; i < (size_t)x->n; i++) {
        ful_xstep *v = &x->v[i];
        v->title = x->titles.p + (uintptr_t)v->title;
        v->words = v->title_cut ? v->title + strlen(v->title) + 1 : NULL;
    }
    return 0;
}

/* ---- clock times ---- */

static int is_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A clock time starting at s[i]: "10am", "2 pm", "9a.m.", "14:00",
 * "10:30am", or a bare hour after "at ". Returns its end, or 0. */
static size_t clock_at(const char *s, size_t n, size_t i, int *h, int *m)
{
    size_t j = i, q;
    int v = 0, mi = 0, colon = 0, ap = 0;
    if (i > 0 && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '/' || s[i - 1] == ':' || s[i - 1] == '.'))
        return 0;
    while (j < n && j - i < 2 && ful_is_digit((unsigned char)s[j]))
        v = v * 10 + (s[j++] - '0');
    if (j == i || (j < n && ful_is_digit((unsigned char)s[j])))
        return 0;
    if (j + 2 < n && s[j] == ':' && ful_is_digit((unsigned char)s[j + 1]) && ful_is_digit((unsigned char)s[j + 2]) &&
        !(j + 3 < n && ful_is_digit((unsigned char)s[j + 3]))) {
        mi = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
        j += 3;
        colon = 1;
    }
    q = j;
    while (q < n && s[q] == ' ')
        q++;
    if (q + 1 < n && (ful_lower((unsigned char)s[q]) == 'a' || ful_lower((unsigned char)s[q]) == 'p')) {
        int pm = ful_lower((unsigned char)s[q]) == 'p';
        if (ful_lower((unsigned char)s[q + 1]) == 'm' && !(q + 2 < n && is_alnum((unsigned char)s[q + 2]))) {
            ap = pm ? 2 : 1;
            j = q + 2;
        } else if (q + 3 < n && s[q + 1] == '.' && ful_lower((unsigned char)s[q + 2]) == 'm' && s[q + 3] == '.') {
            ap = pm ? 2 : 1;
            j = q + 4;
        }
    }
    if (ap) {
        if (v < 1 || v > 12 || mi > 59)
            return 0;
        v = v % 12 + (ap == 2 ? 12 : 0);
    } else if (colon) {
        if (v > 23 || mi > 59)
            return 0;
    } else {
        /* "at 11": business hours, so "at 3" is 15:00 */
        if (!(i >= 3 && ful_lower((unsigned char)s[i - 3]) == 'a' && ful_lower((unsigned char)s[i - 2]) == 't' &&
              s[i - 1] == ' ') || v < 1 || v > 23 || (j < n && (s[j] == '/' || s[j] == '.' || s[j] == '%')))
            return 0;
        if (v < 8)
            v += 12;
    }
    *h = v;
    *m = mi;
    return j;
}

/* "noon" or "midday" right after the date ("Sept 10th noon", "12/3 at
 * noon"): the date scanner knows no such clock, the calendar should. */
static int noon_after(const char *text, size_t n, size_t i)
{
    while (i < n && text[i] == ' ')
        i++;
    if (i + 3 <= n && ful_ieq(text + i, "at ", 3))
        i += 3;
    if (i + 4 <= n && ful_ieq(text + i, "noon", 4))
        i += 4;
    else if (i + 6 <= n && ful_ieq(text + i, "midday", 6))
        i += 6;
    else
        return 0;
    return i == n || !is_alnum((unsigned char)text[i]);
}

/* US daylight saving time on day d (second Sunday of March to the first
 * Sunday of November), for the zones written without S or D ("PT"). */
static int us_dst(ful_day d)
{
    int y, mo, dd;
    ful_day mar, nov;
    ful_day_to_ymd(d, &y, &mo, &dd);
    mar = ful_day_from_ymd(y, 3, 8);
    nov = ful_day_from_ymd(y, 11, 1);
    mar += (6 - ful_day_weekday(mar) + 7) % 7;  /* the Sunday on or after the 8th */
    nov += (6 - ful_day_weekday(nov) + 7) % 7;  /* the Sunday on or after the 1st */
    return d >= mar && d < nov;
}

/* A time zone written at s[i] (after the clock: blanks and a "(" first):
 * minutes east of UTC on day d, or FUL_TZ_FLOAT. Abbreviations mean what
 * they say ("PST" in July is still -8); the generic US ones ("ET", "PT")
 * follow daylight saving time. */
static int zone_at(const char *s, size_t n, size_t i, ful_day d)
{
    static const struct { const char *w; int off, us; } zones[] = {
        { "utc", 0, 0 }, { "gmt", 0, 0 }, { "z", 0, 0 },
        { "est", -300, 0 }, { "edt", -240, 0 }, { "et", -300, 1 },
        { "cst", -360, 0 }, { "cdt", -300, 0 }, { "ct", -360, 1 },
        { "mst", -420, 0 }, { "mdt", -360, 0 }, { "mt", -420, 1 },
        { "pst", -480, 0 }, { "pdt", -420, 0 }, { "pt", -480, 1 },
        { "akst", -540, 0 }, { "akdt", -480, 0 }, { "hst", -600, 0 },
        { "bst", 60, 0 }, { "cet", 60, 0 }, { "cest", 120, 0 }, { "eet", 120, 0 }, { "eest", 180, 0 },
        { "jst", 540, 0 }, { "sgt", 480, 0 }, { "aest", 600, 0 }, { "aedt", 660, 0 },
    };
    size_t w, k;
    while (i < n && (s[i] == ' ' || s[i] == '('))
        i++;
    for (w = i; w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'); w++)
        ;
    if (w == i)
        return FUL_TZ_FLOAT;
    for (k = 0; k < sizeof zones / sizeof zones[0]; k++) {
        int off = zones[k].off;
        if (strlen(zones[k].w) != w - i || !ful_ieq(s + i, zones[k].w, w - i))
            continue;
        /* "UTC+2", "GMT-05:00": an offset from UTC */
        if (off == 0 && w + 1 < n && (s[w] == '+' || s[w] == '-') && ful_is_digit((unsigned char)s[w + 1])) {
            int sign = s[w] == '-' ? -1 : 1, hh = 0, mm = 0;
            size_t j = w + 1;
            while (j < n && j - w <= 2 && ful_is_digit((unsigned char)s[j]))
                hh = hh * 10 + (s[j++] - '0');
            if (j + 2 < n && s[j] == ':' && ful_is_digit((unsigned char)s[j + 1]) &&
                ful_is_digit((unsigned char)s[j + 2])) {
                mm = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
                j += 3;
            }
            if (hh > 14 || mm > 59 || (j < n && is_alnum((unsigned char)s[j])))
                return FUL_TZ_FLOAT;
            return sign * (hh * 60 + mm);
        }
        if (w < n && is_alnum((unsigned char)s[w]))
            return FUL_TZ_FLOAT;
        return zones[k].us && us_dst(d) ? off + 60 : off;
    }
    return FUL_TZ_FLOAT;
}

/* The end of a range's dash at s[i] ("-", an en dash, "to"), blanks
 * after it skipped; 0 when there is none. */
static size_t dash_at(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && s[i] == '-')
        i++;
    else if (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] == 0x93)
        i += 3;
    else if (i + 2 < n && ful_ieq(s + i, "to", 2) && s[i + 2] == ' ')
        i += 2;
    else
        return 0;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* A bare clock at s[i] ("11", "11:30"), as a range's end or start writes
 * it: 1-2 digits, optional :MM. Returns its end, or 0. */
static size_t bare_at(const char *s, size_t n, size_t i, int *h, int *m)
{
    size_t j = i;
    int v = 0, mi = 0;
    while (j < n && j - i < 2 && ful_is_digit((unsigned char)s[j]))
        v = v * 10 + (s[j++] - '0');
    if (j == i || (j < n && ful_is_digit((unsigned char)s[j])))
        return 0;
    if (j + 2 < n && s[j] == ':' && ful_is_digit((unsigned char)s[j + 1]) && ful_is_digit((unsigned char)s[j + 2])) {
        mi = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
        j += 3;
    }
    if (v > 23 || mi > 59 || (j < n && (is_alnum((unsigned char)s[j]) || s[j] == '/' || s[j] == '.')))
        return 0;
    *h = v;
    *m = mi;
    return j;
}

/* The minutes from start to a range's end written at s[i] (a clock, or a
 * bare hour read on the start's half of the day: "2pm-3" ends at 15:00);
 * 0 when no end is there or it is not after the start. */
static int range_len(const char *s, size_t n, size_t i, int start)
{
    int h, m, end, bare = 0;
    size_t j = dash_at(s, n, i);
    if (!j)
        return 0;
    if (!clock_at(s, n, j, &h, &m)) {
        if (!bare_at(s, n, j, &h, &m))
            return 0;
        bare = 1;
    }
    end = h * 60 + m;
    /* "11am-1": a bare end on the afternoon's side; "10am-9am" is no range */
    if (bare && end <= start && end + 720 > start && h < 12)
        end += 720;
    return end > start && end - start <= 12 * 60 ? end - start : 0;
}

/* A length written after a clock time at s[i]: "2h", "1.5 hours", "90
 * min", "for 45 minutes", "(2h)"; 0 when none. */
static int length_at(const char *s, size_t n, size_t i)
{
    static const struct { const char *w; int per; } units[] = {
        { "hours", 60 }, { "hour", 60 }, { "hrs", 60 }, { "hr", 60 }, { "h", 60 },
        { "minutes", 1 }, { "minute", 1 }, { "mins", 1 }, { "min", 1 }, { "m", 1 },
    };
    size_t j, k;
    int whole = 0, tenth = 0, digits = 0;
    while (i < n && (s[i] == ' ' || s[i] == '(' || s[i] == ','))
        i++;
    if (i + 4 <= n && ful_ieq(s + i, "for ", 4))
        i += 4;
    for (j = i; j < n && j - i < 3 && ful_is_digit((unsigned char)s[j]); j++, digits++)
        whole = whole * 10 + (s[j] - '0');
    if (!digits)
        return 0;
    if (j + 1 < n && s[j] == '.' && ful_is_digit((unsigned char)s[j + 1])) {
        tenth = s[j + 1] - '0';
        j += 2;
    }
    while (j < n && s[j] == ' ')
        j++;
    for (k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t w = strlen(units[k].w);
        if (j + w <= n && ful_ieq(s + j, units[k].w, w) && !(j + w < n && is_alnum((unsigned char)s[j + w]))) {
            int len = units[k].per == 60 ? whole * 60 + tenth * 6 : whole;
            return len > 0 && len <= 12 * 60 ? len : 0;
        }
    }
    return 0;
}

/* Past the zone written after a clock ("3pm CET", "10am (PT)", "UTC+2"). */
static size_t past_zone(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && (s[j] == ' ' || s[j] == '('))
        j++;
    while (j < n && (is_alnum((unsigned char)s[j]) || s[j] == '+' || s[j] == ':' ||
                     (s[j] == '-' && j + 1 < n && ful_is_digit((unsigned char)s[j + 1]) && j > i &&
                      !ful_is_digit((unsigned char)s[j - 1]))))
        j++;
    if (j < n && s[j] == ')')
        j++;
    return j;
}

/* The length of a meeting whose clock ends at s[e]: a range's end ("-11:30",
 * "to 3pm"), else a length ("2h", "90 min"), else FUL_MEETING_MIN. */
static int meeting_len(const char *s, size_t n, size_t e, int start, int zoned)
{
    size_t z = zoned ? past_zone(s, n, e) : e;
    int len = range_len(s, n, e, start);
    if (!len && z != e)
        len = range_len(s, n, z, start);
    if (!len)
        len = length_at(s, n, z);
    return len ? len : FUL_MEETING_MIN;
}

int ful_export_when(const char *text, size_t n, ful_day meeting, ful_day due, ful_when *w)
{
    ful_date_span sp[16];
    int ns = ful_dates_find(text, n, meeting, sp, 16), k;
    w->tz = FUL_TZ_FLOAT;
    w->len = FUL_MEETING_MIN;
    for (k = 0; k < ns; k++) {
        size_t a, b, i, last = 0;
        int hh, mm;
        if (sp[k].start != due)
            continue;
        b = sp[k].off + sp[k].len;
        if (noon_after(text, n, b)) {
            w->h = 12;
            w->m = 0;
            return 1;
        }
        if (!sp[k].has_time) {
            /* "Mon 12/7 10-11:30", "Fri 2-3pm": a range the date reader
             * does not read as a time, right after the date */
            size_t j = b, e;
            while (j < n && (text[j] == ' ' || text[j] == ','))
                j++;
            if (j > b && (e = bare_at(text, n, j, &hh, &mm)) != 0) {
                int endh, endm, len;
                size_t f = dash_at(text, n, e), fe = f ? clock_at(text, n, f, &endh, &endm) : 0;
                /* "2-3pm": the start on the end's half of the day */
                if (fe && endh >= 12 && hh < 12 && (hh + 12) * 60 + mm < endh * 60 + endm)
                    hh += 12;
                len = range_len(text, n, e, hh * 60 + mm);
                if (len) {
                    w->h = hh;
                    w->m = mm;
                    w->len = len;
                    if (!fe)
                        fe = bare_at(text, n, f, &endh, &endm);
                    w->tz = zone_at(text, n, fe, due);   /* "2-3pm CET" */
                    return 1;
                }
            }
            continue;
        }
        /* The time sits in the span ("Tue 12/8 10am") or just before it
         * ("10am Tue"); the last one wins. */
        a = sp[k].off > 12 ? sp[k].off - 12 : 0;
        for (i = a; i < b && i < n; i++) {
            size_t e = ful_is_digit((unsigned char)text[i]) ? clock_at(text, n, i, &hh, &mm) : 0;
            if (e && e <= b + 1) {
                int eh, em;
                size_t f = dash_at(text, n, e), fe = 0;
                w->h = hh;
                w->m = mm;
                last = e;
                /* "10am to 11:30": the range's end is no later start */
                if (f && ((fe = clock_at(text, n, f, &eh, &em)) != 0 || (fe = bare_at(text, n, f, &eh, &em)) != 0))
                    i = fe - 1;
                else
                    i = e - 1;
            }
        }
        if (last) {
            w->tz = zone_at(text, n, last, due);
            w->len = meeting_len(text, n, last, w->h * 60 + w->m, w->tz != FUL_TZ_FLOAT);
            return 1;
        }
    }
    return 0;
}

int ful_export_time(const char *text, size_t n, ful_day meeting, ful_day due, int *h, int *m, int *tz)
{
    ful_when w;
    int ok = ful_export_when(text, n, meeting, due, &w);
    if (tz)
        *tz = ok ? w.tz : FUL_TZ_FLOAT;
    if (ok) {
        *h = w.h;
        *m = w.m;
    }
    return ok;
}

/* ---- CSV (RFC 4180) ---- */

int ful_csv_field(ful_buf *out, const char *s, size_t n)
{
    size_t i;
    /* a cell a spreadsheet would run as a formula ('=HYPERLINK(...)', a
     * step written '+1 seat', '@SUM'): opened as text, by OWASP's rule */
    int formula;
    if (s == NULL || n == 0)
        return 0;
    formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
    for (i = 0; i < n && s[i] != ',' && s[i] != '"' && s[i] != '\r' && s[i] != '\n'; i++)
        ;
    if (i == n)
        return (formula && ful_buf_add(out, "'", 1)) || ful_buf_add(out, s, n) ? -1 : 0;
    if (ful_buf_add(out, "\"", 1) || (formula && ful_buf_add(out, "'", 1)))
        return -1;
    for (i = 0; i < n; i++)
        if ((s[i] == '"' && ful_buf_add(out, "\"", 1)) || ful_buf_add(out, s + i, 1))
            return -1;
    return ful_buf_add(out, "\"", 1);
}

/* Bytes from the notes go out as UTF-8 (a folder named in Latin-1, a
 * stray byte in a line): a calendar, a spreadsheet and a JSON parser refuse
 * anything else. *s is left, or pointed at its copy in tmp with each bad
 * byte as U+FFFD. 0, or -1 out of memory. */
static int utf8_text(ful_buf *tmp, const char **s)
{
    size_t n = *s ? strlen(*s) : 0;
    if (n == 0 || !ful_utf8_bad(*s, n))
        return 0;
    tmp->len = 0;
    if (ful_utf8_clean(tmp, *s, n) < 0 || ful_buf_add(tmp, "", 0) != 0)
        return -1;
    *s = tmp->p;
    return 0;
}

static int add_str(ful_buf *b, const char *s)
{
    return ful_buf_adds(b, s ? s : "");
}

static int add_int(ful_buf *b, long v)
{
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%ld", v);
    return ful_buf_adds(b, tmp);
}

static int add_day(ful_buf *b, ful_day d)
{
    char tmp[11];
    if (d == FUL_NODATE)
        return 0;
    ful_day_format(d, tmp);
    return ful_buf_add(b, tmp, 10);
}

static int csv_text(ful_buf *b, const char *s)
{
    ful_buf tmp = { 0, 0, 0 };
    int rc = utf8_text(&tmp, &s) ? -1 : ful_csv_field(b, s, s ? strlen(s) : 0);
    ful_buf_free(&tmp);
    return rc;
}

#define FUL_EXPORT_HEADER "account,path,line,class,state,text,meeting,due,next,touches,unanswered,last_touch,pushed,done"

void ful_export_since(ful_export *x, ful_day since)
{
    int i, k = 0;
    if (since == FUL_NODATE)
        return;
    for (i = 0; i < x->n; i++) {
        const ful_xstep *s = &x->v[i];
        ful_day d = s->done || s->next == FUL_NODATE ? s->due : s->next;
        if (d == FUL_NODATE || d >= since)
            x->v[k++] = *s;
    }
    x->n = k;
}

int ful_export_csv(const ful_xstep *v, int n, ful_buf *out)
{
    int i;
    if (ful_buf_adds(out, FUL_EXPORT_HEADER "\r\n"))
        return -1;
    for (i = 0; i < n; i++) {
        const ful_xstep *x = &v[i];
        if (csv_text(out, x->account) || add_str(out, ",") || csv_text(out, x->path) || add_str(out, ",") ||
            add_int(out, x->line) || add_str(out, ",") || csv_text(out, x->cls) || add_str(out, ",") ||
            add_str(out, ful_xstate_name(x->state)) || add_str(out, ",") || csv_text(out, title_of(x)) ||
            add_str(out, ",") || add_day(out, x->meeting) || add_str(out, ",") || add_day(out, x->due) ||
            add_str(out, ",") || add_day(out, x->next) || add_str(out, ",") || add_int(out, x->touches) ||
            add_str(out, ",") || add_int(out, x->unanswered) || add_str(out, ",") || add_day(out, x->last_touch) ||
            add_str(out, ",") || add_int(out, x->pushed) || add_str(out, ",") || add_int(out, x->done) ||
            add_str(out, "\r\n"))
            return -1;
    }
    return 0;
}

/* ---- JSON ---- */

static int json_str_utf8(ful_buf *b, const char *s);

static int json_str(ful_buf *b, const char *s)
{
    ful_buf tmp = { 0, 0, 0 };
    int rc = utf8_text(&tmp, &s) ? -1 : json_str_utf8(b, s);
    ful_buf_free(&tmp);
    return rc;
}

static int json_str_utf8(ful_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    if (s == NULL)
        return ful_buf_adds(b, "null");
    if (ful_buf_add(b, "\"", 1))
        return -1;
    for (; *p; p++) {
        char esc[8];
        const char *e = NULL;
        if (*p == '"')
            e = "\\\"";
        else if (*p == '\\')
            e = "\\\\";
        else if (*p == '\n')
            e = "\\n";
        else if (*p == '\r')
            e = "\\r";
        else if (*p == '\t')
            e = "\\t";
        else if (*p < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", *p);
            e = esc;
        }
        if (e ? ful_buf_adds(b, e) : ful_buf_add(b, p, 1))
            return -1;
    }
    return ful_buf_add(b, "\"", 1);
}

static int json_day(ful_buf *b, ful_day d)
{
    char tmp[13];
    if (d == FUL_NODATE)
        return ful_buf_adds(b, "null");
    tmp[0] = '"';
    ful_day_format(d, tmp + 1);
    tmp[11] = '"';
    tmp[12] = '\0';
    return ful_buf_adds(b, tmp);
}

/* text is the step as written, what a write-back matches and what every
 * --json calls text; display the words the CSV's text column shows. */
int ful_export_json(const ful_xstep *v, int n, ful_buf *out)
{
    int i;
    if (ful_buf_adds(out, "["))
        return -1;
    for (i = 0; i < n; i++) {
        const ful_xstep *x = &v[i];
        if (ful_buf_adds(out, i ? ",\n{\"account\":" : "\n{\"account\":") || json_str(out, x->account) ||
            add_str(out, ",\"path\":") || json_str(out, x->path) || add_str(out, ",\"line\":") ||
            add_int(out, x->line) || add_str(out, ",\"class\":") || json_str(out, x->cls) ||
            add_str(out, ",\"state\":") || json_str(out, ful_xstate_name(x->state)) ||
            add_str(out, ",\"text\":") || json_str(out, x->text ? x->text : "") || add_str(out, ",\"display\":") ||
            json_str(out, title_of(x)) || add_str(out, ",\"meeting\":") ||
            json_day(out, x->meeting) || add_str(out, ",\"due\":") || json_day(out, x->due) ||
            add_str(out, ",\"next\":") || json_day(out, x->next) || add_str(out, ",\"touches\":") ||
            add_int(out, x->touches) || add_str(out, ",\"unanswered\":") || add_int(out, x->unanswered) ||
            add_str(out, ",\"last_touch\":") || json_day(out, x->last_touch) || add_str(out, ",\"pushed\":") ||
            add_int(out, x->pushed) || add_str(out, ",\"done\":") || add_str(out, x->done ? "true" : "false") ||
            add_str(out, "}"))
            return -1;
    }
    return ful_buf_adds(out, n ? "\n]\n" : "]\n");
}

/* ---- iCalendar (RFC 5545) ---- */

int ful_ics_line(ful_buf *out, const char *line, size_t n)
{
    size_t room = 75;   /* octets on this physical line, CRLF not counted */
    while (n > room) {
        size_t cut = ful_utf8_cut(line, n, room);
        if (cut == 0)
            cut = room; /* not UTF-8 at all: cut anyway rather than loop */
        if (ful_buf_add(out, line, cut) || ful_buf_add(out, "\r\n ", 3))
            return -1;
        line += cut;
        n -= cut;
        room = 74;      /* the leading space takes one */
    }
    return ful_buf_add(out, line, n) || ful_buf_add(out, "\r\n", 2) ? -1 : 0;
}

int ful_ics_escape(ful_buf *out, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const char *e = NULL;
        unsigned char c = (unsigned char)s[i];
        if (c == '\\')
            e = "\\\\";
        else if (c == ';')
            e = "\\;";
        else if (c == ',')
            e = "\\,";
        else if (c == '\n')
            e = "\\n";
        else if (c == '\r')
            continue;   /* CRLF in text: the LF gives the \n */
        else if (c < 0x20 || c == 0x7f)
            e = " ";    /* TEXT allows no other control characters */
        if (e ? ful_buf_adds(out, e) : ful_buf_add(out, s + i, 1))
            return -1;
    }
    return 0;
}

/* Builds one content line "NAME:value" in a scratch buffer, then folds it. */
typedef struct {
    ful_buf *out;
    ful_buf line;
    int bad;
} ics_w;

static void ics_raw(ics_w *w, const char *name, const char *value)
{
    w->line.len = 0;
    if (ful_buf_adds(&w->line, name) || ful_buf_adds(&w->line, value) ||
        ful_ics_line(w->out, w->line.p, w->line.len))
        w->bad = 1;
}

/* NAME:escaped parts, joined. */
static void ics_text(ics_w *w, const char *name, const char *a, const char *b, const char *c)
{
    ful_buf ta = { 0, 0, 0 }, tb = { 0, 0, 0 }, tc = { 0, 0, 0 };
    w->line.len = 0;
    if (utf8_text(&ta, &a) || utf8_text(&tb, &b) || utf8_text(&tc, &c) ||
        ful_buf_adds(&w->line, name) || ful_buf_adds(&w->line, ":") ||
        (a && ful_ics_escape(&w->line, a, strlen(a))) || (b && ful_ics_escape(&w->line, b, strlen(b))) ||
        (c && ful_ics_escape(&w->line, c, strlen(c))) || ful_ics_line(w->out, w->line.p, w->line.len))
        w->bad = 1;
    ful_buf_free(&ta);
    ful_buf_free(&tb);
    ful_buf_free(&tc);
}

static void ics_date(char out[9], ful_day d)
{
    char t[11];
    ful_day_format(d, t);
    memcpy(out, t, 4);
    memcpy(out + 4, t + 5, 2);
    memcpy(out + 6, t + 8, 2);
    out[8] = '\0';
}

/* A UID stable across runs and re-indexes: the note's path under its notes
 * root (the same in every clone of a shared folder), the step's history key
 * (its words without due: and #class, so a snooze keeps it) and which of
 * the note's steps with those words it is. */
static void ics_uid(char out[64], const ful_xstep *x, const char *kind)
{
    ful_buf b = { 0, 0, 0 };
    const char *path = x->path ? x->path : "";
    size_t rl = x->root ? strlen(x->root) : 0;
    char occ[16];
    int64_t h;
    if (rl > 0 && strncmp(path, x->root, rl) == 0 && path[rl] == '/')
        path += rl + 1;
    snprintf(occ, sizeof occ, "\n%d", x->occurrence);
    if (ful_buf_adds(&b, path) || ful_buf_adds(&b, "\n") || ful_buf_adds(&b, x->key ? x->key : "") ||
        ful_buf_adds(&b, occ))
        h = 0;      /* out of memory: the caller fails on its own buffer soon */
    else
        h = ful_hash(b.p, b.len);
    ful_buf_free(&b);
    snprintf(out, 64, "%016llx-%s@fulog", (unsigned long long)h, kind);
}

static void ics_describe(ics_w *w, const ful_xstep *x)
{
    char line[64], meet[11] = "?";
    ful_buf d = { 0, 0, 0 };
    if (x->meeting != FUL_NODATE)
        ful_day_format(x->meeting, meet);
    snprintf(line, sizeof line, ":%d", x->line);
    /* the title was cut: the whole step opens the description */
    if ((x->words && (ful_buf_adds(&d, x->words) || ful_buf_adds(&d, "\n"))) ||
        add_str(&d, x->cls) || ful_buf_adds(&d, " next step, meeting of ") || ful_buf_adds(&d, meet) ||
        ful_buf_adds(&d, "\n") || add_str(&d, x->path) || ful_buf_adds(&d, line) ||
        (x->ask && *x->ask && (ful_buf_adds(&d, "\nask: ") || ful_buf_adds(&d, x->ask))))
        w->bad = 1;
    else
        ics_text(w, "DESCRIPTION", d.p, NULL, NULL);
    ful_buf_free(&d);
}

static const char *summary_sep(const ful_xstep *x)
{
    return x->account && *x->account ? ": " : "";
}

/* BEGIN:VEVENT|VTODO, its UID and DTSTAMP. */
static void ics_begin(ics_w *w, const ful_xstep *x, const char *comp, const char *kind, const char *stamp)
{
    char uid[64];
    ics_raw(w, "BEGIN:", comp);
    ics_uid(uid, x, kind);
    ics_raw(w, "UID:", uid);
    ics_raw(w, "DTSTAMP:", stamp);
}

/* DURATION as written ("10-11:30": PT1H30M), an hour when no length is. */
static void ics_duration(ics_w *w, int len)
{
    char v[24];
    if (len <= 0)
        len = FUL_MEETING_MIN;
    if (len % 60 == 0)
        snprintf(v, sizeof v, "PT%dH", len / 60);
    else if (len > 60)
        snprintf(v, sizeof v, "PT%dH%dM", len / 60, len % 60);
    else
        snprintf(v, sizeof v, "PT%dM", len);
    ics_raw(w, "DURATION:", v);
}

static void ics_event(ics_w *w, const ful_xstep *x, const char *stamp)
{
    char d[9], v[40];
    ics_begin(w, x, "VEVENT", "event", stamp);
    ics_date(d, x->due);
    if (x->hour >= 0 && x->has_tz) {
        /* a zone written with the time ("3pm PST"): that instant, in UTC */
        int t = x->hour * 60 + x->minute - x->tz;
        int shift = t < 0 ? -1 : t >= 1440 ? 1 : 0;
        t -= shift * 1440;
        ics_date(d, x->due + shift);
        snprintf(v, sizeof v, "%sT%02d%02d00Z", d, t / 60, t % 60);
        ics_raw(w, "DTSTART:", v);
        ics_duration(w, x->len);
    } else if (x->hour >= 0) {
        snprintf(v, sizeof v, "%sT%02d%02d00", d, x->hour, x->minute);
        ics_raw(w, "DTSTART:", v);      /* floating: the seller's local time */
        ics_duration(w, x->len);
    } else {
        char e[9];
        ics_raw(w, "DTSTART;VALUE=DATE:", d);
        ics_date(e, x->due + 1);
        ics_raw(w, "DTEND;VALUE=DATE:", e);
    }
    ics_text(w, "SUMMARY", x->account, summary_sep(x), title_of(x));
    ics_describe(w, x);
    ics_raw(w, "STATUS:", "CONFIRMED");
    ics_raw(w, "CATEGORIES:", "fulog,firm");
    ics_raw(w, "BEGIN:", "VALARM");
    ics_raw(w, "ACTION:", "DISPLAY");
    ics_text(w, "DESCRIPTION", x->account, summary_sep(x), title_of(x));
    /* 30 minutes before a timed event; 9:00 the day before an all-day one */
    ics_raw(w, "TRIGGER:", x->hour >= 0 ? "-PT30M" : "-PT15H");
    ics_raw(w, "END:", "VALARM");
    ics_raw(w, "END:", "VEVENT");
}

static void ics_todo(ics_w *w, const ful_xstep *x, const char *stamp)
{
    char d[9], cat[40];
    ics_begin(w, x, "VTODO", "todo", stamp);
    if (x->next != FUL_NODATE) {
        ics_date(d, x->next);
        ics_raw(w, "DUE;VALUE=DATE:", d);
    }
    ics_text(w, "SUMMARY", x->account, summary_sep(x), title_of(x));
    ics_describe(w, x);
    if (x->done) {
        ics_raw(w, "STATUS:", "COMPLETED");
        ics_raw(w, "PERCENT-COMPLETE:", "100");
    } else {
        ics_raw(w, "STATUS:", "NEEDS-ACTION");
    }
    snprintf(cat, sizeof cat, "fulog,%s,%s", ful_xstate_name(x->state), x->cls ? x->cls : "unknown");
    ics_raw(w, "CATEGORIES:", cat);
    ics_raw(w, "END:", "VTODO");
}

int ful_export_ics(const ful_xstep *v, int n, ful_day since, ful_day today, ful_buf *out)
{
    ics_w w;
    char stamp[20], d[9];
    int i;
    memset(&w, 0, sizeof w);
    w.out = out;
    ics_date(d, today);
    snprintf(stamp, sizeof stamp, "%sT000000Z", d);
    ics_raw(&w, "BEGIN:", "VCALENDAR");
    ics_raw(&w, "VERSION:", "2.0");
    ics_raw(&w, "PRODID:", "-//fulog//fulog next steps//EN");
    ics_raw(&w, "CALSCALE:", "GREGORIAN");
    ics_raw(&w, "X-WR-CALNAME:", "fulog");
    for (i = 0; i < n && !w.bad; i++) {
        const ful_xstep *x = &v[i];
        /* Booked meetings, held or not (done is "it happened"). */
        if (x->cls_id == FUL_FIRM && x->due != FUL_NODATE && (since == FUL_NODATE || x->due >= since))
            ics_event(&w, x, stamp);
        /* What the seller must do next, by its next action date. */
        if ((x->state == FUL_XS_TODO || x->state == FUL_XS_CHASE) &&
            (since == FUL_NODATE || x->next == FUL_NODATE || x->next >= since))
            ics_todo(&w, x, stamp);
        /* A done chase or todo is its to-do completed, by the same UID: a
         * calendar that imported it open updates it (left out, it stayed
         * open there for good). A firm step's event stands for it. */
        else if (x->done && x->cls_id != FUL_FIRM &&
                 (since == FUL_NODATE || x->due == FUL_NODATE || x->due >= since))
            ics_todo(&w, x, stamp);
    }
    ics_raw(&w, "END:", "VCALENDAR");
    ful_buf_free(&w.line);
    return w.bad ? -1 : 0;
}
