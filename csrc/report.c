/* report.c: see report.h. The store hands over raw rows (one per meeting,
 * class and day, touch day, event); this file buckets them into periods
 * and finds the medians and the days accounts went dark. */
#include "report.h"
#include "shown.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ful_day ful_period_start(ful_report_by by, ful_day d)
{
    int y, m, dd;
    if (by == FUL_BY_WEEK)
        return d - ful_day_weekday(d);
    ful_day_to_ymd(d, &y, &m, &dd);
    return ful_day_from_ymd(y, m, 1);
}

ful_day ful_period_next(ful_report_by by, ful_day start)
{
    return by == FUL_BY_WEEK ? start + 7 : ful_day_add_months(start, 1);
}

double ful_median_sorted(const int *v, int n)
{
    if (n % 2)
        return v[n / 2];
    return (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

void ful_report_free(ful_report *r)
{
    free(r->p);
    r->p = NULL;
    r->n = 0;
}

static void seterr(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

/* The period holding day, or -1 outside since..until. */
static int period_of(const ful_report *r, ful_day d)
{
    int lo = 0, hi = r->n - 1;
    if (d == FUL_NODATE || d < r->since || d > r->until)
        return -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (d < r->p[mid].start)
            hi = mid - 1;
        else if (d > r->p[mid].end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

static ful_day cell_day(const ful_rows *rows, size_t i, int col)
{
    const ful_cell *c;
    ful_day d;
    if (col < 0)
        return FUL_NODATE;
    c = ful_rows_cell(rows, i, col);
    if (c->type != FUL_TEXT || !ful_day_parse_iso(ful_rows_text(rows, c), c->len, &d))
        return FUL_NODATE;
    return d;
}

static int64_t cell_int(const ful_rows *rows, size_t i, int col)
{
    const ful_cell *c;
    if (col < 0)
        return 0;
    c = ful_rows_cell(rows, i, col);
    return c->type == FUL_INT ? c->i : 0;
}

static const char *cell_text(const ful_rows *rows, size_t i, int col, size_t *len)
{
    const ful_cell *c = ful_rows_cell(rows, i, col);
    if (c->type != FUL_TEXT) {
        *len = 0;
        return "";
    }
    *len = c->len;
    return ful_rows_text(rows, c);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Reply delays tagged with their period, sorted by period then days. */
typedef struct {
    int period, days;
} reply_gap;

static int cmp_gap(const void *a, const void *b)
{
    const reply_gap *x = a, *y = b;
    if (x->period != y->period)
        return (x->period > y->period) - (x->period < y->period);
    return (x->days > y->days) - (x->days < y->days);
}

static int add_meetings(ful_report *r, const ful_rows *rows, char *err, size_t errlen)
{
    int cm = ful_rows_col(rows, "meeting"), cf = ful_rows_col(rows, "has_firm"),
        cr = ful_rows_col(rows, "first_reply");
    reply_gap *gaps = NULL;
    int *all = NULL, ng = 0, i, k;
    size_t row;
    if (rows->nrows && ((gaps = malloc(rows->nrows * sizeof *gaps)) == NULL ||
                        (all = malloc(rows->nrows * sizeof *all)) == NULL)) {
        free(gaps);
        seterr(err, errlen, "out of memory");
        return -1;
    }
    for (row = 0; row < rows->nrows; row++) {
        ful_day m = cell_day(rows, row, cm), rep = cell_day(rows, row, cr);
        int p = period_of(r, m);
        if (p < 0)
            continue;
        r->p[p].meetings++;
        r->total.meetings++;
        if (cell_int(rows, row, cf)) {
            r->p[p].firm++;
            r->total.firm++;
        }
        if (rep != FUL_NODATE) {
            gaps[ng].period = p;
            gaps[ng].days = (int)(rep - m);
            all[ng] = gaps[ng].days;
            ng++;
        }
    }
    if (ng > 1) {
        qsort(gaps, (size_t)ng, sizeof *gaps, cmp_gap);
        qsort(all, (size_t)ng, sizeof *all, cmp_int);
    }
    r->total.nreply = ng;
    if (ng > 0)
        r->total.reply_days = ful_median_sorted(all, ng);
    /* Then all[] holds the days in period order, each run sorted. */
    for (i = 0; i < ng; i++)
        all[i] = gaps[i].days;
    for (i = 0; i < ng; i = k) {
        int p = gaps[i].period;
        for (k = i; k < ng && gaps[k].period == p; k++)
            ;
        r->p[p].nreply = k - i;
        r->p[p].reply_days = ful_median_sorted(all + i, k - i);
    }
    free(gaps);
    free(all);
    return 0;
}

static void add_classes(ful_report *r, const ful_rows *rows)
{
    int cm = ful_rows_col(rows, "meeting"), cc = ful_rows_col(rows, "class"), cn = ful_rows_col(rows, "n");
    size_t row, len;
    for (row = 0; row < rows->nrows; row++) {
        int p = period_of(r, cell_day(rows, row, cm)), n = (int)cell_int(rows, row, cn), cls;
        const char *name = cell_text(rows, row, cc, &len);
        if (p < 0)
            continue;
        cls = ful_class_parse(name, len);
        if (cls < 0)
            cls = FUL_UNKNOWN;
        r->p[p].classes[cls] += n;
        r->total.classes[cls] += n;
        /* Anything short of firm leaves the seller to act: a chase. */
        if (cls != FUL_FIRM) {
            r->p[p].opened += n;
            r->total.opened += n;
        }
    }
}

static void add_closed(ful_report *r, const ful_rows *rows)
{
    size_t row;
    for (row = 0; row < rows->nrows; row++) {
        int p = period_of(r, cell_day(rows, row, 0));
        if (p >= 0) {
            r->p[p].closed++;
            r->total.closed++;
        }
    }
}

static void add_touches(ful_report *r, const ful_rows *rows)
{
    int cd = ful_rows_col(rows, "day"), cn = ful_rows_col(rows, "n"), cr = ful_rows_col(rows, "replies");
    size_t row;
    for (row = 0; row < rows->nrows; row++) {
        int p = period_of(r, cell_day(rows, row, cd)), n = (int)cell_int(rows, row, cn),
            rep = (int)cell_int(rows, row, cr);
        if (p < 0)
            continue;
        r->p[p].touches += n;
        r->p[p].replies += rep;
        r->total.touches += n;
        r->total.replies += rep;
    }
}

/* Rows ordered by step (path, key) then day: each step counts once per
 * period it was pushed in, and once in the total. */
static void add_pushed(ful_report *r, const ful_rows *rows)
{
    int cp = ful_rows_col(rows, "path"), ck = ful_rows_col(rows, "key"), cd = ful_rows_col(rows, "day");
    size_t row, pl = 0, kl = 0, l1, l2;
    const char *pp = NULL, *pk = NULL;
    int last = -1;
    for (row = 0; row < rows->nrows; row++) {
        const char *path = cell_text(rows, row, cp, &l1), *key = cell_text(rows, row, ck, &l2);
        int p = period_of(r, cell_day(rows, row, cd));
        int same = pp && l1 == pl && l2 == kl && memcmp(path, pp, l1) == 0 && memcmp(key, pk, l2) == 0;
        if (p < 0)
            continue;
        if (!same) {
            r->total.pushed++;
            last = -1;
        }
        if (p != last)
            r->p[p].pushed++;
        last = p;
        pp = path, pl = l1, pk = key, kl = l2;
    }
}

/* One account's touches and meetings, by day. */
typedef struct {
    ful_day day;
    int reply, meeting;
} activity;

static int cmp_day(const void *a, const void *b)
{
    ful_day x = *(const ful_day *)a, y = *(const ful_day *)b;
    return (x > y) - (x < y);
}

/* The days one account went dark within since..until, the log's rule at
 * each day T: at least N touches after its last reply, and neither a reply
 * nor a meeting for more than D days. The verdict only changes on a day
 * with activity or D + 1 days after one, so those are the days looked at.
 * cand has room for 2 * n days. Calls back once per period it went dark
 * in (ascending). Returns whether it went dark at all. */
static int dark_onsets(ful_report *r, const activity *e, int n, int need, int quiet, ful_day *cand)
{
    int nc = 0, i, k = 0, cnt = 0, base = 0, was = 0, last = -1, any = 0;
    ful_day lr = FUL_NODATE, act = FUL_NODATE;
    for (i = 0; i < n; i++) {
        cand[nc++] = e[i].day;
        if (e[i].reply || e[i].meeting)
            cand[nc++] = e[i].day + quiet + 1;
    }
    qsort(cand, (size_t)nc, sizeof *cand, cmp_day);
    for (i = 0; i < nc; i++) {
        ful_day t = cand[i];
        int dark;
        if (i > 0 && t == cand[i - 1])
            continue;
        if (t > r->until)
            break;
        for (; k < n && e[k].day <= t; k++) {
            if (e[k].meeting) {
                act = e[k].day;
                continue;
            }
            cnt++;
            /* touches on the reply's own day are not after it */
            if (e[k].reply || e[k].day == lr) {
                lr = e[k].day;
                base = cnt;
                act = lr;
            }
        }
        dark = cnt - base >= need && (act == FUL_NODATE || t - act > quiet);
        if (dark && !was) {
            int p = period_of(r, t);
            if (p >= 0) {
                any = 1;
                if (p != last)
                    r->p[p].dark++;
                last = p;
            }
        }
        was = dark;
    }
    return any;
}

static int add_dark(ful_report *r, const ful_rows *rows, int need, int quiet, char *err, size_t errlen)
{
    int ca = ful_rows_col(rows, "acc"), cd = ful_rows_col(rows, "day"), cr = ful_rows_col(rows, "reply"),
        cm = ful_rows_col(rows, "meeting");
    activity *e = NULL;
    ful_day *cand = NULL;
    size_t row, start;
    if (rows->nrows == 0)
        return 0;
    if ((e = malloc(rows->nrows * sizeof *e)) == NULL || (cand = malloc(2 * rows->nrows * sizeof *cand)) == NULL) {
        free(e);
        seterr(err, errlen, "out of memory");
        return -1;
    }
    for (start = 0; start < rows->nrows;) {
        int64_t acc = cell_int(rows, start, ca);
        int n = 0;
        for (row = start; row < rows->nrows && cell_int(rows, row, ca) == acc; row++) {
            ful_day d = cell_day(rows, row, cd);
            if (d == FUL_NODATE)
                continue;
            e[n].day = d;
            e[n].reply = cell_int(rows, row, cr) != 0;
            e[n].meeting = cell_int(rows, row, cm) != 0;
            n++;
        }
        if (n > 0 && dark_onsets(r, e, n, need, quiet, cand))
            r->total.dark++;
        start = row;
    }
    free(e);
    free(cand);
    return 0;
}

void ful_report_range(const ful_report_opts *o, ful_day today, ful_day *since, ful_day *until)
{
    ful_day d;
    *until = o->until != FUL_NODATE ? o->until : today;
    if (o->since != FUL_NODATE) {
        *since = o->since;
    } else {
        d = ful_period_start(o->by, *until);
        *since = o->by == FUL_BY_WEEK ? d - 7 * 7 : ful_day_add_months(d, -5);
    }
}

int ful_report_build(ful_store *s, const ful_report_opts *o, ful_day today, ful_report *r,
                     char *err, size_t errlen)
{
    ful_report_q q;
    ful_rows rows;
    ful_day d;
    int i, which, rc = 0;
    memset(r, 0, sizeof *r);
    r->by = o->by;
    r->owner = o->owner;
    ful_report_range(o, today, &r->since, &r->until);
    if (r->since > r->until) {
        /* both days, and "today" when until was not given: the seller sees
         * which of the two to move (the shell and :FuStats alike) */
        char a[11], z[11];
        ful_day_format(r->since, a);
        ful_day_format(r->until, z);
        if (err && errlen)
            snprintf(err, errlen, o->until != FUL_NODATE ? "since %s is after until %s" : "since %s is after today (%s)",
                     a, z);
        return -1;
    }
    for (d = ful_period_start(o->by, r->since); d <= r->until; d = ful_period_next(o->by, d))
        if (++r->n > FUL_REPORT_MAX_PERIODS) {
            r->n = 0;
            seterr(err, errlen, "too many periods: narrow --since/--until or use --by month");
            return -1;
        }
    if ((r->p = calloc((size_t)r->n, sizeof *r->p)) == NULL) {
        r->n = 0;
        seterr(err, errlen, "out of memory");
        return -1;
    }
    for (i = 0, d = ful_period_start(o->by, r->since); i < r->n; i++, d = ful_period_next(o->by, d)) {
        ful_day e = ful_period_next(o->by, d) - 1;
        r->p[i].start = d < r->since ? r->since : d;
        r->p[i].end = e > r->until ? r->until : e;
        r->p[i].reply_days = -1;
    }
    r->total.start = r->since;
    r->total.end = r->until;
    r->total.reply_days = -1;
    q.since = r->since;
    q.until = r->until;
    q.account = NULL;
    q.owner = o->owner;
    q.gone = o->gone;
    for (which = FUL_RPT_NOTES; which <= FUL_RPT_ACTIVITY && rc == 0; which++) {
        if (ful_store_report_rows(s, which, &q, &rows, err, errlen) != 0) {
            rc = -1;
            break;
        }
        switch (which) {
        case FUL_RPT_NOTES: rc = add_meetings(r, &rows, err, errlen); break;
        case FUL_RPT_CLASSES: add_classes(r, &rows); break;
        case FUL_RPT_CLOSED: add_closed(r, &rows); break;
        case FUL_RPT_TOUCHES: add_touches(r, &rows); break;
        case FUL_RPT_PUSHED: add_pushed(r, &rows); break;
        default:
            rc = add_dark(r, &rows, o->dark_touches > 0 ? o->dark_touches : 2,
                          o->dark_days >= 0 ? o->dark_days : 14, err, errlen);
        }
        ful_rows_free(&rows);
    }
    if (rc != 0)
        ful_report_free(r);
    return rc;
}

/* ---- text ---- */

#define BAR_WIDTH 30

static void label(const ful_report *r, const ful_period *p, char out[16])
{
    char d[11];
    ful_day_format(p->start, d);
    if (r->by == FUL_BY_MONTH)
        d[7] = '\0';     /* 2026-11 */
    snprintf(out, 16, "%s", d);
}

static void pct(const ful_period *p, char out[8])
{
    if (p->meetings == 0)
        snprintf(out, 8, "-");
    else
        snprintf(out, 8, "%d%%", (int)(100.0 * p->firm / p->meetings + 0.5));
}

/* Meetings as cells: firm-ended ones full blocks, the others light shade.
 * One or two cells a meeting while they fit, else scaled to the width. */
static int bar(ful_buf *b, const ful_period *p, int max)
{
    double scale = max > BAR_WIDTH ? (double)BAR_WIDTH / max : (max * 2 <= BAR_WIDTH ? 2.0 : 1.0);
    int cells = (int)(p->meetings * scale + 0.5), full = (int)(p->firm * scale + 0.5), i;
    if (p->meetings > 0 && cells == 0)
        cells = 1;
    if (p->firm > 0 && full == 0)
        full = 1;
    if (full > cells)
        full = cells;
    for (i = 0; i < BAR_WIDTH; i++)
        if (ful_buf_adds(b, i < full ? "\xe2\x96\x88" : i < cells ? "\xe2\x96\x91" : " ") != 0)
            return -1;
    return 0;
}

static void ratio(int a, int b, char out[16])
{
    if (b == 0)
        snprintf(out, 16, "-");
    else
        snprintf(out, 16, "%.1f", (double)a / b);
}

static void days(double v, char out[16])
{
    if (v < 0)
        snprintf(out, 16, "-");
    else
        snprintf(out, 16, "%.1f", v);
}

static int table_rows(const ful_report *r, ful_buf *b, int part)
{
    int i;
    for (i = 0; i <= r->n; i++) {
        const ful_period *p = i < r->n ? &r->p[i] : &r->total;
        char l[16], a[8], t[16], d[16];
        if (i < r->n)
            label(r, p, l);
        else
            snprintf(l, sizeof l, "total");
        pct(p, a);
        ratio(p->touches, p->replies, t);
        days(p->reply_days, d);
        if (part == 0 ? ful_buf_addf(b, "  %-10s %8d %8s %5d %5d %5d %6d %8d\n", l, p->meetings, a, p->classes[FUL_FIRM],
                             p->classes[FUL_SOFT], p->classes[FUL_NON], p->classes[FUL_COMPLIANCE],
                             p->classes[FUL_UNKNOWN])
                      : ful_buf_addf(b, "  %-10s %6d %7d %8d %8d %10s %11s %5d %7d\n", l, p->opened, p->closed, p->touches,
                             p->replies, t, d, p->dark, p->pushed))
            return -1;
    }
    return 0;
}

int ful_report_text(const ful_report *r, ful_buf *b)
{
    char s1[11], s2[11], l[16], a[8];
    int i, max = 0, w = 3;
    const char *unit = r->by == FUL_BY_WEEK ? "week" : "month";
    ful_day_format(r->since, s1);
    ful_day_format(r->until, s2);
    for (i = 0; i < r->n; i++)
        if (r->p[i].meetings > max)
            max = r->p[i].meetings;
    /* the counts line up however many meetings the total holds */
    for (i = r->total.meetings; i >= 1000; i /= 10)
        w++;
    /* the owner comes from git config or the notes: escaped as every name
     * is (ful_shown_name), its first 100 bytes as before */
    if (ful_buf_addf(b, "fulog stats %s .. %s, by %s%s", s1, s2, unit, r->owner ? ", owner " : "") ||
        (r->owner && ful_shown_name(b, r->owner, ful_utf8_cut(r->owner, strlen(r->owner), 100)) != 0) ||
        ful_buf_adds(b, "\n\n") ||
        ful_buf_addf(b, "Meetings per %s (\xe2\x96\x88 ended with a firm next step, \xe2\x96\x91 did not)\n", unit))
        return -1;
    for (i = 0; i < r->n; i++) {
        const ful_period *p = &r->p[i];
        label(r, p, l);
        pct(p, a);
        if (ful_buf_addf(b, "  %-10s ", l) || bar(b, p, max) ||
            ful_buf_addf(b, " %*d meeting%s %*d firm %4s\n", w, p->meetings, p->meetings == 1 ? ", " : "s,", w, p->firm, a))
            return -1;
    }
    pct(&r->total, a);
    if (ful_buf_addf(b, "  %-10s %*s %*d meeting%s %*d firm %4s  (the Ham Bam rate)\n", "total", BAR_WIDTH, "", w,
             r->total.meetings, r->total.meetings == 1 ? ", " : "s,", w, r->total.firm, a))
        return -1;
    if (ful_buf_addf(b, "\nNew next steps by class\n  %-10s %8s %8s %5s %5s %5s %6s %8s\n", unit, "meetings", "ham bam",
             "firm", "soft", "non", "compl", "unknown") ||
        table_rows(r, b, 0) != 0)
        return -1;
    if (ful_buf_addf(b, "\nFollow-up (chases: new steps short of firm)\n  %-10s %6s %7s %8s %8s %10s %11s %5s %7s\n", unit,
             "opened", "closed", "touches", "replies", "per reply", "reply days", "dark", "pushed") ||
        table_rows(r, b, 1) != 0)
        return -1;
    return ful_buf_addf(b, "\nreply days: median days from a meeting to the client's first reply\n");
}

/* ASCII case-folded substring test, as SQLite's NOCASE folds: do the h
 * bytes of hay hold the n bytes of needle? */
static int icontains(const char *hay, size_t h, const char *needle, size_t n)
{
    size_t i;
    for (i = 0; n > 0 && i + n <= h; i++)
        if (ful_ieq(hay + i, needle, n))
            return 1;
    return 0;
}

int ful_account_check(ful_store *s, const char *name, const char *lister, ful_buf *shown_out, char *err,
                      size_t errlen)
{
    ful_rows r;
    ful_buf near = { 0, 0, 0 }, esc = { 0, 0, 0 };
    size_t i, n;
    int nnear = 0;
    if (name == NULL)
        return 0;
    /* The name as typed, without the blanks around it (a completion or a
     * paste leaves them; the store keeps none). */
    while (*name == ' ' || *name == '\t')
        name++;
    n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t'))
        n--;
    memset(&r, 0, sizeof r);
    if (ful_store_accounts(s, &r, err, errlen) != 0)
        return -1;
    for (i = 0; i < r.nrows; i++) {
        const ful_cell *k = ful_rows_cell(&r, i, 0), *d = ful_rows_cell(&r, i, 1);
        const char *key = ful_rows_text(&r, k), *shown = d->type == FUL_TEXT ? ful_rows_text(&r, d) : key;
        /* a name with odd bytes is listed escaped (ful_shown_name): typed
         * so, it names the account too */
        esc.len = 0;
        if (ful_shown_name(&esc, shown, strlen(shown)) != 0 || ful_buf_add(&esc, "", 0) != 0) {
            snprintf(err, errlen, "out of memory");
            ful_rows_free(&r);
            ful_buf_free(&near);
            ful_buf_free(&esc);
            return -1;
        }
        if (n > 0 && ((strlen(key) == n && ful_ieq(key, name, n)) || (strlen(shown) == n && ful_ieq(shown, name, n)) ||
                      (esc.len == n && ful_ieq(esc.p, name, n)))) {
            int rc = shown_out && ful_buf_adds(shown_out, shown) ? -1 : 0;
            if (rc)
                snprintf(err, errlen, "out of memory");
            ful_rows_free(&r);
            ful_buf_free(&near);
            ful_buf_free(&esc);
            return rc;
        }
        /* A typo or a part of the name: offer what it may have meant. */
        if (n > 0 && nnear < 3 && (icontains(shown, strlen(shown), name, n) ||
                                   icontains(key, strlen(key), name, n) || icontains(name, n, key, strlen(key)))) {
            if ((nnear && ful_buf_adds(&near, ", ")) || ful_buf_adds(&near, esc.p))
                break;
            nnear++;
        }
    }
    /* the name as typed, escaped as the names offered are */
    esc.len = 0;
    if (ful_shown_name(&esc, name, n) != 0 || ful_buf_add(&esc, "", 0) != 0)
        snprintf(err, errlen, "out of memory");
    else if (nnear)
        snprintf(err, errlen, "no account named '%s' in the store (did you mean %s?)", esc.p, near.p);
    else if (lister && *lister)
        snprintf(err, errlen, "no account named '%s' in the store (it has %zu; %.200s lists them)", esc.p, r.nrows, lister);
    else
        snprintf(err, errlen, "no account named '%s' in the store (it has %zu)", esc.p, r.nrows);
    ful_rows_free(&r);
    ful_buf_free(&near);
    ful_buf_free(&esc);
    return 1;
}
