/* test_report.c: the pure parts of stats and exports: periods, medians,
 * iCalendar folding and escaping, CSV quoting, clock times, the writers. */
#include "t.h"
#include "export.h"
#include "report.h"

#include <stdlib.h>

static ful_day D(int y, int m, int d)
{
    return ful_day_from_ymd(y, m, d);
}

/* Every physical line at most 75 octets, continuation lines start with one
 * space, no line starts inside a UTF-8 sequence, and unfolding gives the
 * input back. */
static void check_fold(const char *in)
{
    ful_buf b = { 0, 0, 0 }, u = { 0, 0, 0 };
    size_t i = 0, n = strlen(in);
    int lines = 0, ok = 1;
    T_CHECK(ful_ics_line(&b, in, n) == 0, "fold");
    while (i < b.len) {
        const char *e = strstr(b.p + i, "\r\n");
        size_t len;
        if (!e) {
            ok = 0;
            break;
        }
        len = (size_t)(e - (b.p + i));
        if (len > 75)
            ok = 0;
        if (lines > 0) {
            if (b.p[i] != ' ' || len < 2 || ((unsigned char)b.p[i + 1] & 0xC0) == 0x80)
                ok = 0;
            ful_buf_add(&u, b.p + i + 1, len - 1);
        } else {
            ful_buf_add(&u, b.p + i, len);
        }
        lines++;
        i += len + 2;
    }
    T_CHECK(ok, "folded lines of \"%s\": %s", in, b.p);
    T_CHECK(u.len == n && memcmp(u.p, in, n) == 0, "unfolds to the input: %s", u.p ? u.p : "");
    ful_buf_free(&b);
    ful_buf_free(&u);
}

static void test_fold(void)
{
    char s[400];
    int k;
    T_SECTION("ics fold");
    check_fold("SUMMARY:short");
    /* exactly 75 octets: one line */
    memset(s, 'a', 75);
    s[75] = '\0';
    check_fold(s);
    {
        ful_buf b = { 0, 0, 0 };
        ful_ics_line(&b, s, 75);
        T_INTEQ(b.len, 77);
        ful_buf_free(&b);
    }
    /* 76: two lines */
    memset(s, 'a', 76);
    s[76] = '\0';
    check_fold(s);
    /* a 2-, 3- and 4-byte character across every cut position */
    for (k = 70; k < 78; k++) {
        memset(s, 'x', (size_t)k);
        strcpy(s + k, "\xc3\xa9\xe2\x9c\x93\xf0\x9f\x99\x82 and more text after it so it folds twice, with \xc3\xa9\xc3\xa9\xc3\xa9"
                      "\xe2\x9c\x93\xe2\x9c\x93\xe2\x9c\x93\xe2\x9c\x93 and a tail");
        check_fold(s);
    }
    /* all multibyte: 100 three-byte characters */
    for (k = 0; k < 100; k++)
        memcpy(s + 3 * k, "\xe2\x9c\x93", 3);
    s[300] = '\0';
    check_fold(s);
}

static void test_escape(void)
{
    ful_buf b = { 0, 0, 0 };
    const char *in = "a\\b;c,d\ne\r\nf\tg";
    T_SECTION("ics escape");
    T_CHECK(ful_ics_escape(&b, in, strlen(in)) == 0, "escape");
    T_STREQ(b.p, "a\\\\b\\;c\\,d\\ne\\nf g");
    ful_buf_free(&b);
}

static void test_csv(void)
{
    ful_buf b = { 0, 0, 0 };
    T_SECTION("csv field");
    ful_csv_field(&b, "plain", 5);
    ful_buf_adds(&b, "|");
    ful_csv_field(&b, "a,b", 3);
    ful_buf_adds(&b, "|");
    ful_csv_field(&b, "say \"hi\"", 8);
    ful_buf_adds(&b, "|");
    ful_csv_field(&b, "two\nlines", 9);
    ful_buf_adds(&b, "|");
    ful_csv_field(&b, "", 0);
    ful_buf_adds(&b, "|");
    ful_csv_field(&b, "ab,c", 2);   /* only n bytes are looked at (found by fuzz_export) */
    T_STREQ(b.p, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"||ab");
    ful_buf_free(&b);
    /* formula injection: a cell a spreadsheet would run opens as text */
    {
        const char *f[] = { "=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "=HYPERLINK(\"h\",\"a\")", "a=b" };
        size_t k;
        for (k = 0; k < sizeof f / sizeof f[0]; k++) {
            ful_csv_field(&b, f[k], strlen(f[k]));
            ful_buf_adds(&b, "|");
        }
        T_STREQ(b.p, "'=1+2|'+cmd|' /C calc'!A0|'-2+3|'@SUM(A1)|'\tx|\"'=HYPERLINK(\"\"h\"\",\"\"a\"\")\"|a=b|");
        ful_buf_free(&b);
    }
}

static void test_time(void)
{
    int h = -1, m = -1;
    ful_day meet = D(2026, 11, 20);
    struct {
        const char *text;
        ful_day due;
        int ok, h, m, tz;
    } c[] = {
        { "Jason brings CFO to proposal review Tue 12/8 10am", D(2026, 12, 8), 1, 10, 0, FUL_TZ_FLOAT },
        { "review Tue 12/8 2:30 pm", D(2026, 12, 8), 1, 14, 30, FUL_TZ_FLOAT },
        { "call at 14:00 on 12/3", D(2026, 12, 3), 1, 14, 0, FUL_TZ_FLOAT },
        { "Next meeting booked: Monday 11am", D(2026, 11, 23), 1, 11, 0, FUL_TZ_FLOAT },
        { "demo 12/2 at 3", D(2026, 12, 2), 1, 15, 0, FUL_TZ_FLOAT },
        { "lunch 12pm Dec 4", D(2026, 12, 4), 1, 12, 0, FUL_TZ_FLOAT },
        { "12am call on Dec 4 (time too far from the date)", D(2026, 12, 4), 0, 0, 0, FUL_TZ_FLOAT },
        { "booked 12/8, no time", D(2026, 12, 8), 0, 0, 0, FUL_TZ_FLOAT },
        { "Next meeting booked: December 10th noon", D(2026, 12, 10), 1, 12, 0, FUL_TZ_FLOAT },
        { "lunch 12/9 at noon", D(2026, 12, 9), 1, 12, 0, FUL_TZ_FLOAT },
        { "12/9 noontime", D(2026, 12, 9), 0, 0, 0, FUL_TZ_FLOAT },
        { "send 3 decks on 12/8", D(2026, 12, 8), 0, 0, 0, FUL_TZ_FLOAT },
        /* a zone written after the clock: minutes east of UTC on that day */
        { "Tom joins the call Wed 12/2 at 3pm PST", D(2026, 12, 2), 1, 15, 0, -480 },
        { "demo Tue 12/8 10am ET", D(2026, 12, 8), 1, 10, 0, -300 },  /* ET in December: EST */
        { "demo 2027-07-06 10am ET", D(2027, 7, 6), 1, 10, 0, -240 },  /* ET in July: EDT */
        { "review 12/8 14:00 UTC", D(2026, 12, 8), 1, 14, 0, 0 },
        { "review 12/8 9am (CET)", D(2026, 12, 8), 1, 9, 0, 60 },
        { "review 12/8 9:30 am pdt.", D(2026, 12, 8), 1, 9, 30, -420 },
        { "review 12/8 16:00 UTC+05:30", D(2026, 12, 8), 1, 16, 0, 330 },
        { "review 12/8 8am GMT-5", D(2026, 12, 8), 1, 8, 0, -300 },
        { "review 12/8 10am at HQ", D(2026, 12, 8), 1, 10, 0, FUL_TZ_FLOAT },
        { "review 12/8 10am PSTx", D(2026, 12, 8), 1, 10, 0, FUL_TZ_FLOAT },
    };
    size_t i;
    T_SECTION("clock times and zones");
    for (i = 0; i < sizeof c / sizeof c[0]; i++) {
        int tz = 0, ok = ful_export_time(c[i].text, strlen(c[i].text), meet, c[i].due, &h, &m, &tz);
        T_CHECK(ok == c[i].ok, "%s: found %d", c[i].text, ok);
        if (ok && c[i].ok)
            T_CHECK(h == c[i].h && m == c[i].m && tz == c[i].tz, "%s: %02d:%02d zone %d", c[i].text, h, m, tz);
    }
}

/* How long a meeting lasts, as the note writes it (QA round 39: a review
 * noted "10-11:30" was booked for an hour, and "2-3pm" had no time). */
static void test_length(void)
{
    static const struct {
        const char *text;
        int h, m, len;
    } c[] = {
        { "Demo booked Mon 12/7 10am", 10, 0, 60 },
        { "Review booked Mon 12/7 10-11:30", 10, 0, 90 },
        { "Review booked Mon 12/7 10am-11:30am", 10, 0, 90 },
        { "Review booked Mon 12/7 10am \xe2\x80\x93 11:30", 10, 0, 90 },
        { "Review booked Mon 12/7 10am to 11:30", 10, 0, 90 },
        { "Call booked Mon 12/7 2-3pm", 14, 0, 60 },
        { "Call booked Mon 12/7 11am-1pm", 11, 0, 120 },
        { "Call booked Mon 12/7 11am-1", 11, 0, 120 },
        { "Workshop booked Mon 12/7 10am 2h", 10, 0, 120 },
        { "Workshop booked Mon 12/7 10am (1.5 hours)", 10, 0, 90 },
        { "Call booked Mon 12/7 10am for 45 minutes", 10, 0, 45 },
        { "Call booked Mon 12/7 at 3 for 90 min", 15, 0, 90 },
        { "Call booked Mon 12/7 3pm CET 30 min", 15, 0, 30 },
        { "Call booked Mon 12/7 10am, 2 people", 10, 0, 60 },
        { "Call booked Mon 12/7 10am-9am", 10, 0, 60 },
    };
    ful_day meet = D(2026, 12, 1), due = D(2026, 12, 7);
    size_t i;
    T_SECTION("meeting lengths");
    for (i = 0; i < sizeof c / sizeof c[0]; i++) {
        ful_when w;
        int ok = ful_export_when(c[i].text, strlen(c[i].text), meet, due, &w);
        T_CHECK(ok && w.h == c[i].h && w.m == c[i].m && w.len == c[i].len, "%s: found %d, %02d:%02d for %d min",
                c[i].text, ok, ok ? w.h : -1, ok ? w.m : -1, ok ? w.len : -1);
    }
}

/* A zone written with the time: the event is that instant, in UTC. */
static void test_zone(void)
{
    ful_day meet = D(2026, 11, 20);
    /* 5pm PST on 12/8 is 01:00Z on 12/9 */
    {
        ful_xstep x;
        ful_buf b = { 0, 0, 0 };
        memset(&x, 0, sizeof x);
        x.account = "Acme";
        x.path = "/n/a.md";
        x.cls = "firm";
        x.cls_id = FUL_FIRM;
        x.text = x.key = "demo 12/8 5pm PST";
        x.meeting = meet;
        x.due = x.next = D(2026, 12, 8);
        x.last_touch = FUL_NODATE;
        x.state = FUL_XS_BOOKED;
        x.hour = 17;
        x.has_tz = 1;
        x.tz = -480;
        T_CHECK(ful_export_ics(&x, 1, FUL_NODATE, D(2026, 12, 1), &b) == 0, "ics");
        T_CHECK(b.p && strstr(b.p, "\r\nDTSTART:20261209T010000Z\r\n") != NULL, "%s", b.p ? b.p : "");
        ful_buf_free(&b);
        x.hour = 0;
        x.minute = 30;
        x.tz = 60;                  /* 0:30 CET is 23:30 UTC the day before */
        T_CHECK(ful_export_ics(&x, 1, FUL_NODATE, D(2026, 12, 1), &b) == 0, "ics");
        T_CHECK(b.p && strstr(b.p, "\r\nDTSTART:20261207T233000Z\r\n") != NULL, "%s", b.p ? b.p : "");
        ful_buf_free(&b);
    }
}

static void test_periods(void)
{
    int v[] = { 1, 3, 4, 10 };
    T_SECTION("periods");
    /* 2026-11-04 is a Wednesday */
    T_INTEQ(ful_period_start(FUL_BY_WEEK, D(2026, 11, 4)), D(2026, 11, 2));
    T_INTEQ(ful_period_start(FUL_BY_WEEK, D(2026, 11, 2)), D(2026, 11, 2));
    T_INTEQ(ful_period_start(FUL_BY_WEEK, D(2026, 11, 8)), D(2026, 11, 2));
    T_INTEQ(ful_period_start(FUL_BY_MONTH, D(2026, 2, 28)), D(2026, 2, 1));
    T_INTEQ(ful_period_next(FUL_BY_MONTH, D(2026, 12, 1)), D(2027, 1, 1));
    T_INTEQ(ful_period_next(FUL_BY_WEEK, D(2026, 12, 28)), D(2027, 1, 4));
    T_CHECK(ful_median_sorted(v, 4) == 3.5, "median of 4");
    T_CHECK(ful_median_sorted(v, 3) == 3, "median of 3");
    T_CHECK(ful_median_sorted(v, 1) == 1, "median of 1");
}

/* The days a report covers, which fulog stats also stats the notes of
 * (lua_report.c leaves out the gone ones): the report's own. */
static void test_range(void)
{
    ful_report_opts o;
    ful_day since, until;
    T_SECTION("report range");
    memset(&o, 0, sizeof o);
    o.since = o.until = FUL_NODATE;
    o.by = FUL_BY_WEEK;
    ful_report_range(&o, D(2026, 12, 10), &since, &until);
    T_INTEQ(until, D(2026, 12, 10));
    T_INTEQ(since, D(2026, 10, 19)); /* the Monday 7 weeks before the week of the 10th */
    o.by = FUL_BY_MONTH;
    ful_report_range(&o, D(2026, 12, 10), &since, &until);
    T_INTEQ(since, D(2026, 7, 1));
    o.since = D(2026, 11, 1);
    o.until = D(2026, 11, 30);
    ful_report_range(&o, D(2026, 12, 10), &since, &until);
    T_INTEQ(since, D(2026, 11, 1));
    T_INTEQ(until, D(2026, 11, 30));
}

static void test_writers(void)
{
    ful_xstep x[2];
    ful_buf b = { 0, 0, 0 };
    T_SECTION("writers");
    memset(x, 0, sizeof x);
    x[0].account = "Acme, Inc.";
    x[0].path = "/n/acme/a.md";
    x[0].root = "/n";
    x[0].cls = "firm";
    x[0].cls_id = FUL_FIRM;
    x[0].text = "review \"it\" Tue 12/8 10am";
    x[0].key = "review \"it\" tue 12/8 10am";
    x[0].line = 5;
    x[0].meeting = D(2026, 11, 20);
    x[0].due = x[0].next = D(2026, 12, 8);
    x[0].last_touch = FUL_NODATE;
    x[0].state = FUL_XS_BOOKED;
    x[0].hour = 10;
    x[0].minute = 0;
    x[1] = x[0];
    x[1].cls = "non";
    x[1].cls_id = FUL_NON;
    x[1].text = "call back";
    x[1].key = "call back";
    x[1].state = FUL_XS_DONE;
    x[1].done = 1;
    x[1].next = FUL_NODATE;
    x[1].hour = -1;
    x[1].touches = 2;
    x[1].last_touch = D(2026, 11, 25);
    T_CHECK(ful_export_csv(x, 2, &b) == 0, "csv");
    T_STREQ(b.p, "account,path,line,class,state,text,meeting,due,next,touches,unanswered,last_touch,pushed,done\r\n"
                 "\"Acme, Inc.\",/n/acme/a.md,5,firm,booked,\"review \"\"it\"\" Tue 12/8 10am\",2026-11-20,"
                 "2026-12-08,2026-12-08,0,0,,0,0\r\n"
                 "\"Acme, Inc.\",/n/acme/a.md,5,non,done,call back,2026-11-20,2026-12-08,,2,0,2026-11-25,0,1\r\n");
    b.len = 0;
    T_CHECK(ful_export_json(x + 1, 1, &b) == 0, "json");
    T_STREQ(b.p, "[\n{\"account\":\"Acme, Inc.\",\"path\":\"/n/acme/a.md\",\"line\":5,\"class\":\"non\","
                 "\"state\":\"done\",\"text\":\"call back\",\"display\":\"call back\",\"meeting\":\"2026-11-20\",\"due\":\"2026-12-08\","
                 "\"next\":null,\"touches\":2,\"unanswered\":0,\"last_touch\":\"2026-11-25\",\"pushed\":0,"
                 "\"done\":true}\n]\n");
    b.len = 0;
    T_CHECK(ful_export_json(x, 0, &b) == 0, "empty json");
    T_STREQ(b.p, "[]\n");
    b.len = 0;
    T_CHECK(ful_export_ics(x, 2, FUL_NODATE, D(2026, 12, 1), &b) == 0, "ics");
    T_CHECK(strstr(b.p, "DTSTART:20261208T100000\r\nDURATION:PT1H\r\n") != NULL, "timed event");
    T_CHECK(strstr(b.p, "SUMMARY:Acme\\, Inc.: review \"it\" Tue 12/8 10am\r\n") != NULL, "summary");
    /* the firm step: one event; the done non step: its todo completed, so
     * a calendar that imported it open closes it (it was left out, and
     * stayed open there) */
    T_CHECK(strstr(b.p, "BEGIN:VTODO\r\nUID:") != NULL, "a todo for the done chase");
    T_CHECK(strstr(b.p, "STATUS:COMPLETED\r\nPERCENT-COMPLETE:100\r\n") != NULL, "... completed");
    T_CHECK(strstr(b.p, "DUE;") == NULL, "... with no next action date");
    T_CHECK(strstr(b.p, "NEEDS-ACTION") == NULL, "... and not open");
    T_CHECK(strstr(b.p, "-event@fulog\r\n") != NULL, "uid");
    /* the UID is the note's path under its root: moving the root keeps it */
    {
        ful_buf c = { 0, 0, 0 };
        const char *u1 = strstr(b.p, "UID:"), *u2;
        x[0].path = "/elsewhere/acme/a.md";
        x[0].root = "/elsewhere";
        ful_export_ics(x, 1, FUL_NODATE, D(2026, 12, 1), &c);
        u2 = strstr(c.p, "UID:");
        T_CHECK(u1 && u2 && strncmp(u1, u2, 30) == 0, "same UID under another root");
        ful_buf_free(&c);
    }
    ful_buf_free(&b);
}

/* export csv|json --since: a step dated before it leaves, as the calendar
 * dates its entry: open by its next action date, done by its due. */
static void test_since(void)
{
    ful_xstep v[5];
    ful_export x;
    int i;
    T_SECTION("since");
    memset(v, 0, sizeof v);
    memset(&x, 0, sizeof x);
    for (i = 0; i < 5; i++) {
        v[i].line = i + 1;
        v[i].due = D(2026, 11, 10);
        v[i].next = D(2026, 11, 10);
    }
    v[1].next = D(2026, 11, 20);                 /* due before, chased after: stays */
    v[2].done = 1;                               /* done, due before: leaves */
    v[2].next = FUL_NODATE;
    v[3].done = 1;                               /* done, due after: stays */
    v[3].due = D(2026, 11, 18);
    v[3].next = FUL_NODATE;
    v[4].due = v[4].next = FUL_NODATE;           /* no date at all: stays */
    x.v = v;
    x.n = 5;
    ful_export_since(&x, FUL_NODATE);
    T_INTEQ(x.n, 5);
    ful_export_since(&x, D(2026, 11, 17));
    T_INTEQ(x.n, 3);
    T_INTEQ(v[0].line, 2);
    T_INTEQ(v[1].line, 4);
    T_INTEQ(v[2].line, 5);
}

/* The text of a hand-built report: bars scale past the width, counts stay
 * aligned past 999, empty periods read "-". */
static void test_text(void)
{
    ful_period p[2];
    ful_report r;
    ful_buf b = { 0, 0, 0 };
    char want[200];
    T_SECTION("report text");
    memset(p, 0, sizeof p);
    memset(&r, 0, sizeof r);
    r.by = FUL_BY_MONTH;
    r.since = p[0].start = D(2026, 10, 1);
    p[0].end = D(2026, 10, 31);
    p[1].start = D(2026, 11, 1);
    r.until = p[1].end = D(2026, 11, 30);
    p[0].reply_days = -1;
    p[1].meetings = 10034;
    p[1].firm = 5432;
    p[1].reply_days = 2.5;
    r.n = 2;
    r.p = p;
    r.total = p[1];
    r.total.start = r.since;
    T_CHECK(ful_report_text(&r, &b) == 0, "text");
    T_CHECK(strstr(b.p, "fulog stats 2026-10-01 .. 2026-11-30, by month\n") != NULL, "title: %s", b.p);
    b.len = 0;
    r.owner = "Dana";
    T_CHECK(ful_report_text(&r, &b) == 0, "text");
    T_CHECK(strncmp(b.p, "fulog stats 2026-10-01 .. 2026-11-30, by month, owner Dana\n", 59) == 0, "owner: %s", b.p);
    snprintf(want, sizeof want, "  2026-10    %30s     0 meetings,     0 firm    -\n", "");
    T_CHECK(strstr(b.p, want) != NULL, "an empty month: %s", b.p);
    /* 30 cells: 16 full (5432/10034 of 30, rounded), 14 shaded */
    T_CHECK(strstr(b.p, "  2026-11    \xe2\x96\x88") != NULL && strstr(b.p, "\xe2\x96\x91 10034 meetings,  5432 firm  54%\n"),
            "a full month: %s", b.p);
    snprintf(want, sizeof want, "  total%37s10034 meetings,  5432 firm  54%%", "");
    T_CHECK(strstr(b.p, want) != NULL, "the total lines up: %s", b.p);
    T_CHECK(strstr(b.p, "        2.5     0       0\n") != NULL, "the median reply days: %s", b.p);
    ful_buf_free(&b);
}

int main(void)
{
    test_text();
    test_fold();
    test_escape();
    test_csv();
    test_time();
    test_zone();
    test_length();
    test_periods();
    test_range();
    test_writers();
    test_since();
    return T_DONE();
}
