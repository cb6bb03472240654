/* test_dates.c: calendar arithmetic and the date resolver (spec section 4). */
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "t.h"

static ful_day D(int y, int m, int d) { return ful_day_from_ymd(y, m, d); }

static const char *fmt(ful_day d, char *buf)
{
    if (d == FUL_NODATE)
        return strcpy(buf, "none");
    ful_day_format(d, buf);
    return buf;
}

/* The first span of text against the meeting date, as "X 2026-12-03" (exact)
 * or "W 2026-12-01..2026-12-31" (window), or "none". */
static char got[64];
static const char *first(const char *text, ful_day meeting)
{
    ful_date_span sp[8];
    char a[11], b[11];
    int k = ful_dates_find(text, strlen(text), meeting, sp, 8);
    if (k == 0)
        return "none";
    if (sp[0].kind == FUL_DATE_EXACT)
        snprintf(got, sizeof got, "X %s", fmt(sp[0].start, a));
    else
        snprintf(got, sizeof got, "W %s..%s", fmt(sp[0].start, a), fmt(sp[0].end, b));
    return got;
}

static int count(const char *text, ful_day meeting)
{
    ful_date_span sp[8];
    return ful_dates_find(text, strlen(text), meeting, sp, 8);
}

static void test_calendar(void)
{
    int y, m, d, i;
    char buf[11];
    ful_day x;
    T_SECTION("calendar");
    T_INTEQ(D(1970, 1, 1), 0);
    T_INTEQ(D(2000, 3, 1), 11017);
    T_INTEQ(D(2026, 2, 29), FUL_NODATE);
    T_INTEQ(D(2026, 13, 1), FUL_NODATE);
    T_INTEQ(D(2026, 0, 1), FUL_NODATE);
    T_INTEQ(D(2026, 4, 31), FUL_NODATE);
    T_CHECK(D(2024, 2, 29) != FUL_NODATE, "2024 is a leap year");
    T_INTEQ(D(1900, 2, 29), FUL_NODATE);
    T_CHECK(D(2000, 2, 29) != FUL_NODATE, "2000 is a leap year");
    /* round trips over several years */
    for (x = D(1999, 12, 1); x < D(2031, 3, 1); x += 13) {
        ful_day_to_ymd(x, &y, &m, &d);
        if (D(y, m, d) != x) {
            T_CHECK(0, "round trip of %d", (int)x);
            break;
        }
    }
    ful_day_to_ymd(D(2026, 11, 20), &y, &m, &d);
    T_INTEQ(y, 2026);
    T_INTEQ(m, 11);
    T_INTEQ(d, 20);
    T_INTEQ(ful_day_weekday(D(2026, 11, 20)), 4); /* a Friday */
    T_INTEQ(ful_day_weekday(D(1970, 1, 1)), 3);   /* a Thursday */
    T_INTEQ(ful_day_weekday(D(1969, 12, 29)), 0); /* a Monday, before the epoch */
    T_INTEQ(ful_day_weekday(D(2026, 11, 22)), 6);
    T_CHECK(ful_day_parse_iso("2026-12-03", 10, &x) && x == D(2026, 12, 3), "parse iso");
    T_CHECK(!ful_day_parse_iso("2026-02-30", 10, &x), "impossible iso");
    T_CHECK(!ful_day_parse_iso("2026-12-3", 9, &x), "short iso");
    T_CHECK(!ful_day_parse_iso("2026/12/03", 10, &x), "slashes");
    T_CHECK(!ful_day_parse_iso("2026-12-0x", 10, &x), "letters");
    T_CHECK(!ful_day_parse_iso("0000-01-01", 10, &x), "year zero");
    T_INTEQ(ful_day_format(D(2026, 1, 5), buf), 10);
    T_STREQ(buf, "2026-01-05");
    T_STREQ(fmt(D(2027, 12, 31), buf), "2027-12-31");
    T_STREQ(fmt(ful_day_add_months(D(2026, 1, 31), 1), buf), "2026-02-28");
    T_STREQ(fmt(ful_day_add_months(D(2024, 1, 31), 1), buf), "2024-02-29");
    T_STREQ(fmt(ful_day_add_months(D(2026, 11, 20), 2), buf), "2027-01-20");
    T_STREQ(fmt(ful_day_add_months(D(2026, 3, 15), -3), buf), "2025-12-15");
    T_STREQ(fmt(ful_day_month_end(D(2026, 2, 3)), buf), "2026-02-28");
    T_STREQ(fmt(ful_day_month_end(D(2026, 12, 31)), buf), "2026-12-31");
    T_INTEQ(ful_day_add_months(FUL_NODATE, 1), FUL_NODATE);
    T_INTEQ(ful_day_month_end(FUL_NODATE), FUL_NODATE);
    for (i = 1; i <= 12; i++) {
        ful_day e = ful_day_month_end(D(2025, i, 1));
        ful_day_to_ymd(e + 1, &y, &m, &d);
        T_INTEQ(d, 1);
    }
}

static void test_absolute(void)
{
    ful_day m = D(2026, 11, 20);
    T_SECTION("absolute dates");
    T_STREQ(first("2026-12-03", m), "X 2026-12-03");
    T_STREQ(first("review on 2025-01-02", m), "X 2025-01-02"); /* a written year stands */
    T_STREQ(first("12/3", m), "X 2026-12-03");
    T_STREQ(first("by 12/3/2026", m), "X 2026-12-03");
    T_STREQ(first("by 1/6/27", m), "X 2027-01-06");
    T_STREQ(first("Dec 3", m), "X 2026-12-03");
    T_STREQ(first("Dec. 3", m), "X 2026-12-03");
    T_STREQ(first("December 3rd", m), "X 2026-12-03");
    T_STREQ(first("December 3rd, 2027", m), "X 2027-12-03");
    T_STREQ(first("3 Dec", m), "X 2026-12-03");
    T_STREQ(first("3rd of December", m), "X 2026-12-03");
    T_STREQ(first("on the 5th", m), "X 2026-12-05");
    /* day first with a dot, as Europe writes it: a closing dot, or a day word before */
    T_STREQ(first("until 15.12.", m), "X 2026-12-15");
    T_STREQ(first("Demo on 17.12", m), "X 2026-12-17");
    T_STREQ(first("Tuesday 8.12", m), "X 2026-12-08");
    T_STREQ(first("send docs until 15.12 pls", m), "X 2026-12-15");
    T_STREQ(first("on the 25th", m), "X 2026-11-25");
    T_STREQ(first("on the 20th", m), "X 2026-11-20"); /* on or after: the meeting day itself */
    T_STREQ(first("sept 9", m), "X 2027-09-09");
    T_STREQ(first("june 3", m), "X 2027-06-03");
    /* a date without a year is the first on or after the meeting date */
    T_STREQ(first("Jan 6", m), "X 2027-01-06");
    T_STREQ(first("11/20", m), "X 2026-11-20");
    T_STREQ(first("11/19", m), "X 2027-11-19");
    T_STREQ(first("Jan 6", D(2026, 12, 28)), "X 2027-01-06");
    T_STREQ(first("12/1", D(2026, 12, 28)), "X 2027-12-01");
    T_STREQ(first("the 2nd", D(2026, 12, 28)), "X 2027-01-02");
    T_STREQ(first("the 31st", D(2026, 11, 20)), "X 2026-12-31"); /* November has no 31st */
    T_STREQ(first("Feb 29", m), "X 2028-02-29");
    /* impossible dates are not dates */
    T_STREQ(first("2026-02-30", m), "none");
    T_STREQ(first("13/45", m), "none");
    T_STREQ(first("2/30", m), "none");
    T_STREQ(first("Feb 30", m), "none");
    T_STREQ(first("the 32nd", m), "none");
    T_STREQ(first("0/5", m), "none");
    /* weekday beside a calendar day: one span, the calendar day */
    T_STREQ(first("Tue 12/8 10am", m), "X 2026-12-08");
    T_INTEQ(count("Tue 12/8 10am", m), 1);
    T_STREQ(first("Thursday, Dec 3", m), "X 2026-12-03");
    T_INTEQ(count("Dec 3 (Thu)", m), 1);
}

static void test_weekdays(void)
{
    ful_day m = D(2026, 11, 20); /* a Friday */
    T_SECTION("weekdays");
    /* a weekday says which way a date was written: 10 Dec 2026 is a Thursday, 12 Oct 2027 a Tuesday */
    T_STREQ(first("Thu 10/12", m), "X 2026-12-10");
    T_STREQ(first("10/12 (Thu) 2pm", m), "X 2026-12-10");
    T_STREQ(first("Tue 10/12", m), "X 2027-10-12");
    T_STREQ(first("Thu 12/10", m), "X 2026-12-10");
    T_STREQ(first("Fri 11/12", m), "X 2027-11-12"); /* (both readings are Fridays: month first, as written) */
    T_STREQ(first("Tue", m), "X 2026-11-24");
    T_STREQ(first("Tuesday", m), "X 2026-11-24");
    T_STREQ(first("on Tuesday", m), "X 2026-11-24");
    T_STREQ(first("by Tuesday", m), "X 2026-11-24");
    T_STREQ(first("next Tuesday", m), "X 2026-11-24");
    T_STREQ(first("tues", m), "X 2026-11-24");
    T_STREQ(first("Mon", m), "X 2026-11-23");
    T_STREQ(first("wed", m), "X 2026-11-25");
    T_STREQ(first("Thu", m), "X 2026-11-26");
    T_STREQ(first("Thurs.", m), "X 2026-11-26");
    T_STREQ(first("by Friday", m), "X 2026-11-27"); /* after the meeting: not the same day */
    T_STREQ(first("Sat", m), "X 2026-11-21");
    T_STREQ(first("Sunday", m), "X 2026-11-22");
    T_STREQ(first("this Friday", m), "X 2026-11-27");
    T_STREQ(first("Monday's call", m), "X 2026-11-23");
    T_STREQ(first("we sat down", m), "none"); /* lowercase sat/sun/mon are words */
    T_STREQ(first("the sun is out", m), "none");
    T_STREQ(first("Tuesday", D(2026, 12, 29)), "X 2027-01-05"); /* year rollover */
}

static void test_relative(void)
{
    ful_day m = D(2026, 11, 20);
    char buf[11];
    ful_date_span sp[4];
    T_SECTION("relative days");
    T_STREQ(first("today", m), "X 2026-11-20");
    T_STREQ(first("tonight", m), "X 2026-11-20");
    T_STREQ(first("EOD", m), "X 2026-11-20");
    T_STREQ(first("end of day", m), "X 2026-11-20");
    T_STREQ(first("tomorrow", m), "X 2026-11-21");
    T_STREQ(first("tomorrow", D(2026, 12, 31)), "X 2027-01-01");
    T_STREQ(first("EOW", D(2026, 11, 17)), "X 2026-11-20");
    /* from a weekend meeting, the coming Friday (its own week's is gone) */
    T_STREQ(first("EOW", D(2026, 11, 28)), "X 2026-12-04");
    T_STREQ(first("end of week", D(2026, 11, 29)), "X 2026-12-04");
    T_STREQ(first("EOW", D(2026, 11, 27)), "X 2026-11-27");
    T_STREQ(first("end of week", D(2026, 11, 16)), "X 2026-11-20");
    T_STREQ(first("by end of the week", D(2026, 11, 18)), "X 2026-11-20");
    T_STREQ(first("EOM", m), "X 2026-11-30");
    T_STREQ(first("end of month", D(2027, 2, 3)), "X 2027-02-28");
    T_STREQ(first("end of the month", D(2028, 2, 3)), "X 2028-02-29");
    T_STREQ(first("end of quarter", m), "X 2026-12-31");
    T_STREQ(first("end of year", m), "X 2026-12-31");
    /* spec section 4: EOD with a day names that day; after the 15th is the 16th */
    T_STREQ(first("by EOD tomorrow", m), "X 2026-11-21");
    T_STREQ(first("EOD tmrw", m), "X 2026-11-21");
    T_STREQ(first("tomorrow EOD", m), "X 2026-11-21");
    T_STREQ(first("by EOD Friday", D(2026, 11, 17)), "X 2026-11-20");
    T_STREQ(first("by EOD", m), "X 2026-11-20");
    T_STREQ(first("the 15th", D(2026, 12, 2)), "X 2026-12-15");
    T_STREQ(first("after the 15th", D(2026, 12, 2)), "X 2026-12-16");
    /* a weekday with its day of the month: the day of the month, as with "Tue 12/8" */
    T_STREQ(first("on Thursday 10th", D(2026, 12, 2)), "X 2026-12-10");
    T_STREQ(first("Monday, 14th", D(2026, 12, 2)), "X 2026-12-14");
    T_STREQ(first("Tue the 15th", D(2026, 12, 2)), "X 2026-12-15");
    T_STREQ(first("after the 30th", D(2026, 11, 2)), "X 2026-12-01");
    T_STREQ(first("after 12/15", D(2026, 12, 2)), "X 2026-12-16");
    T_STREQ(first("after the meeting", m), "none");
    T_STREQ(first("tomorow", m), "X 2026-11-21");
    T_STREQ(first("tommorow", m), "X 2026-11-21");
    T_STREQ(first("demo mon 2pm", D(2026, 12, 2)), "X 2026-12-07");
    T_STREQ(first("on mon", D(2026, 12, 2)), "X 2026-12-07");
    T_STREQ(first("c'mon over", D(2026, 12, 2)), "none");
    T_STREQ(first("sun is out", D(2026, 12, 2)), "none");

    T_SECTION("windows");
    T_STREQ(first("in two weeks", m), "W 2026-12-04..2026-12-04");
    T_STREQ(first("in 2 weeks", m), "W 2026-12-04..2026-12-04");
    T_STREQ(first("in 10 days", m), "W 2026-11-30..2026-11-30");
    T_STREQ(first("in a week", m), "W 2026-11-27..2026-11-27");
    T_STREQ(first("in three months", m), "W 2027-02-20..2027-02-20");
    T_STREQ(first("in twelve weeks", m), "W 2027-02-12..2027-02-12");
    T_STREQ(first("in a couple of weeks", m), "W 2026-12-04..2026-12-04");
    T_STREQ(first("in a few weeks", m), "W 2026-12-11..2026-12-11");
    T_STREQ(first("within two weeks", m), "W 2026-11-21..2026-12-04");
    T_STREQ(first("two weeks from now", m), "W 2026-12-04..2026-12-04");
    T_STREQ(first("next week", m), "W 2026-11-23..2026-11-29");
    T_STREQ(first("next week", D(2026, 11, 22)), "W 2026-11-23..2026-11-29"); /* a Sunday */
    T_STREQ(first("next month", m), "W 2026-12-01..2026-12-31");
    T_STREQ(first("next month", D(2026, 12, 15)), "W 2027-01-01..2027-01-31");
    T_STREQ(first("in January", m), "W 2027-01-01..2027-01-31");
    T_STREQ(first("in November", m), "W 2026-11-01..2026-11-30");
    T_STREQ(first("in May", m), "W 2027-05-01..2027-05-31");
    T_STREQ(first("Dec 2027", m), "W 2027-12-01..2027-12-31");
    T_STREQ(first("Q1", m), "W 2027-01-01..2027-03-31");
    T_STREQ(first("in Q4", m), "W 2026-10-01..2026-12-31");
    T_STREQ(first("Q2", D(2026, 2, 1)), "W 2026-04-01..2026-06-30");
    T_STREQ(first("next quarter", m), "W 2027-01-01..2027-03-31");
    T_STREQ(first("this quarter", m), "W 2026-11-20..2026-12-31");
    T_STREQ(first("next year", m), "W 2027-01-01..2027-12-31");
    /* after the holidays: early January, Jan 2..15 (see dates.c) */
    T_STREQ(first("after the holidays", m), "W 2027-01-02..2027-01-15");
    T_STREQ(first("after the new year", m), "W 2027-01-02..2027-01-15");
    T_STREQ(first("after the holidays", D(2027, 1, 5)), "W 2027-01-05..2027-01-15");
    T_STREQ(first("in the spring", m), "W 2027-03-01..2027-05-31");
    T_CHECK(ful_dates_find("in two weeks", 12, m, sp, 4) == 1 && sp[0].kind == FUL_DATE_WINDOW, "window kind");
    T_STREQ(fmt(sp[0].start, buf), "2026-12-04");
}

static void test_false_positives(void)
{
    ful_day m = D(2026, 11, 20);
    T_SECTION("not dates");
    T_STREQ(first("3 users", m), "none");
    T_STREQ(first("pilot with 5 named users", m), "none");
    T_STREQ(first("$50/user per month", m), "none");
    T_STREQ(first("upgrade to v1.2.3", m), "none");
    T_STREQ(first("version 2.10", m), "none");
    T_STREQ(first("price on 4.20 per unit", m), "none");
    T_STREQ(first("uptime on 99.95%", m), "none");
    T_STREQ(first("call on 31.02", m), "none");
    /* a name with a marked letter after a month's letters is no month */
    T_STREQ(first("send the deck to Pan Nov\xc3\xa1k", m), "none");
    T_STREQ(first("ask Jan\xc3\xa1\xc4\x8d" "ek", m), "none");
    T_STREQ(first("call Jan\xc3\xa1\xc4\x8d" "ek Dec 3", m), "X 2026-12-03");
    T_STREQ(first("1. send it", m), "none");
    T_STREQ(first("24/7 support", m), "none");
    T_STREQ(first("the recording of today's call", m), "none"); /* the meeting just held */
    T_STREQ(first("Min-jun leads the eval team", m), "none"); /* a name's half, not June */
    T_STREQ(first("Anne-May to sign", m), "none");
    T_STREQ(first("Mid-Jan kickoff", m), "W 2027-01-11..2027-01-20");
    T_STREQ(first("notes from tonight\xe2\x80\x99s dinner", m), "none");
    T_STREQ(first("prep for tomorrow's call", m), "X 2026-11-21");
    T_STREQ(first("1/2 day workshop", m), "none");
    T_STREQ(first("3/4 of the team", m), "none");
    T_STREQ(first("200 seats", m), "none");
    T_STREQ(first("a 30-day trial", m), "none");
    T_STREQ(first("free access for 45 days", m), "none");
    T_STREQ(first("six months of data", m), "none");
    T_STREQ(first("we may meet", m), "none");
    T_STREQ(first("they march on", m), "none");
    T_STREQ(first("page 12/3a", m), "none");
    T_STREQ(first("ticket #12/3", m), "none");
    T_STREQ(first("10:30", m), "none");
    T_STREQ(first("the 5 of us", m), "none");
    T_STREQ(first("due:2026-12-01", m), "none"); /* the classifier's */
    T_STREQ(first("DUE:2026-12-01 Friday", m), "X 2026-11-27");
}

static void test_times(void)
{
    ful_day m = D(2026, 11, 20);
    ful_date_span sp[4];
    T_SECTION("times");
    T_CHECK(ful_dates_find("Tue 10am", 8, m, sp, 4) == 1 && sp[0].has_time, "Tue 10am");
    T_CHECK(ful_dates_find("Thursday 11:00", 14, m, sp, 4) == 1 && sp[0].has_time, "Thursday 11:00");
    T_CHECK(ful_dates_find("on Wed at 4", 11, m, sp, 4) == 1 && sp[0].has_time, "at 4 after a day");
    T_CHECK(ful_dates_find("12/5 at 11", 10, m, sp, 4) == 1 && sp[0].has_time, "12/5 at 11");
    T_CHECK(ful_dates_find("10am Tuesday", 12, m, sp, 4) == 1 && sp[0].has_time, "time before the day");
    T_CHECK(ful_dates_find("Jan 9 at 1pm", 12, m, sp, 4) == 1 && sp[0].has_time, "Jan 9 at 1pm");
    T_CHECK(ful_dates_find("Friday", 6, m, sp, 4) == 1 && !sp[0].has_time, "no time");
    T_CHECK(ful_dates_find("Friday, 3 users at 5 sites", 26, m, sp, 4) == 1 && !sp[0].has_time, "at 5 sites");
    T_INTEQ(ful_dates_has_time("call at 10am", 12), 1);
    T_INTEQ(ful_dates_has_time("2 pm", 4), 1);
    T_INTEQ(ful_dates_has_time("14:00", 5), 1);
    T_INTEQ(ful_dates_has_time("10:30am sharp", 13), 1);
    T_INTEQ(ful_dates_has_time("9a.m.", 5), 1);
    T_INTEQ(ful_dates_has_time("Mon at 11", 9), 1);
    T_INTEQ(ful_dates_has_time("at 11", 5), 0); /* no day before it */
    T_INTEQ(ful_dates_has_time("25:00", 5), 0);
    T_INTEQ(ful_dates_has_time("10:75", 5), 0);
    T_INTEQ(ful_dates_has_time("3 users", 7), 0);
    T_INTEQ(ful_dates_has_time("13pm", 4), 0);
}

static void test_spans_and_limits(void)
{
    ful_day m = D(2026, 11, 20);
    ful_date_span sp[8];
    const char *t = "Send by 12/3, review Dec 10 and again in two weeks";
    int k, i;
    char *big;
    size_t bn = 3u << 20;
    T_SECTION("spans");
    k = ful_dates_find(t, strlen(t), m, sp, 8);
    T_INTEQ(k, 3);
    T_INTEQ(sp[0].off, 8);
    T_INTEQ(sp[0].len, 4);
    T_CHECK(memcmp(t + sp[1].off, "Dec 10", 6) == 0 && sp[1].len == 6, "span of Dec 10");
    T_CHECK(sp[2].kind == FUL_DATE_WINDOW && memcmp(t + sp[2].off, "in two weeks", 12) == 0, "window span");
    T_INTEQ(ful_dates_find(t, strlen(t), m, sp, 2), 2); /* max is respected */
    T_INTEQ(ful_dates_find(t, strlen(t), m, sp, 0), 0);
    T_INTEQ(ful_dates_find(NULL, 5, m, sp, 8), 0);
    T_CHECK(ful_dates_find("Dec 3", 3, m, sp, 8) == 1 && sp[0].kind == FUL_DATE_WINDOW, "only n bytes: \"Dec\"");

    T_SECTION("no meeting date");
    k = ful_dates_find("Tue and 2026-12-03 and in two weeks", 35, FUL_NODATE, sp, 8);
    T_INTEQ(k, 3);
    T_CHECK(sp[0].kind == FUL_DATE_EXACT && sp[0].start == FUL_NODATE, "relative: found, unresolved");
    T_CHECK(sp[1].start == D(2026, 12, 3), "a full date still resolves");
    T_CHECK(sp[2].kind == FUL_DATE_WINDOW && sp[2].start == FUL_NODATE, "window unresolved");

    T_SECTION("hostile input");
    {
        static const char junk[] = "Dec\0 3 \xff\xfe 12/\0 3 \xe2\x80 Tue\xc3 the 5t";
        k = ful_dates_find(junk, sizeof junk - 1, m, sp, 8);
        T_CHECK(k >= 0 && k <= 8, "junk: %d spans", k);
    }
    big = (char *)malloc(bn);
    if (big) {
        for (i = 0; (size_t)i < bn; i++)
            big[i] = "Dec 3 in two weeks 12/4 x \xff"[i % 27];
        k = ful_dates_find(big, bn, m, sp, 8);
        T_INTEQ(k, 8);
        T_INTEQ(ful_dates_has_time(big, bn), 0);
        memcpy(big + bn - 5, " 9am ", 5);
        T_INTEQ(ful_dates_has_time(big, bn), 1); /* found past the first spans */
        free(big);
    }
    /* the last byte of the buffer may sit right at a boundary */
    T_STREQ(first("12/", m), "none");
    T_STREQ(first("Dec", m), "W 2026-12-01..2026-12-31");
    T_STREQ(first("the", m), "none");
    T_STREQ(first("in", m), "none");
    T_STREQ(first("end of", m), "none");
}

/* dates.h's constant ends of the calendar, and the bounds dates.c derives */
static void test_day_constants(void)
{
    T_SECTION("day constants");
    T_INTEQ(FUL_DAY_FIRST, D(1, 1, 1));
    T_INTEQ(FUL_DAY_LAST, D(9999, 12, 31));
    T_INTEQ(FUL_DAY_FIRST + 365, D(2, 1, 1));
    T_INTEQ(FUL_DAY_LAST - 3287, D(9990, 12, 31));
}

/* Forms sellers write that read wrong before (meeting Wed 2026-12-02): each
 * unambiguous, so each resolves to one day or one window. */
static void test_written_forms(void)
{
    ful_day m = D(2026, 12, 2);
    T_SECTION("written forms");
    T_STREQ(first("sends contract 15-Dec", m), "X 2026-12-15");
    T_STREQ(first("3-Jan-2027", m), "X 2027-01-03");
    T_STREQ(first("due Dec-15", m), "X 2026-12-15");
    T_STREQ(first("Dec-2026 close", m), "W 2026-12-01..2026-12-31");
    T_STREQ(first("3-may", m), "none");
    T_STREQ(first("in a fortnight", m), "W 2026-12-16..2026-12-16");
    T_STREQ(first("within 48 hours", m), "W 2026-12-03..2026-12-04");
    T_STREQ(first("in 2 hours", m), "W 2026-12-02..2026-12-02");
    T_STREQ(first("in 10 business days", m), "W 2026-12-16..2026-12-16");
    T_STREQ(first("within 5 working days", m), "W 2026-12-03..2026-12-09");
    T_STREQ(first("logo 2moro", m), "X 2026-12-03");
    T_STREQ(first("call 2nite", m), "X 2026-12-02");
    T_STREQ(first("Booked a 2day workshop", m), "none");
    /* what the review found (meeting Mon 2026-12-07 unless named) */
    T_STREQ(first("within the week", D(2026, 12, 5)), "W 2026-12-06..2026-12-11");
    T_STREQ(first("within the month", D(2026, 12, 31)), "W 2027-01-01..2027-01-31");
    T_STREQ(first("last weekend was busy", D(2026, 12, 7)), "none");
    T_STREQ(first("weekend support needed", D(2026, 12, 7)), "none");
    T_STREQ(first("Call Wed. Next week we send pricing", D(2026, 12, 7)), "X 2026-12-09");
    T_STREQ(first("Send deck by Friday. Week ahead is busy", D(2026, 12, 7)), "X 2026-12-11");
    T_STREQ(first("Pilot in wk 2 going well", D(2026, 12, 7)), "none");
    T_STREQ(first("CW 3 seats", D(2026, 12, 7)), "none");
    T_STREQ(first("Q45 model", D(2026, 12, 7)), "none");
    T_STREQ(first("Fiscal year end is when budgets free up", D(2026, 12, 7)), "none");
    T_STREQ(first("Loop back mid-Dec", D(2026, 12, 31)), "W 2027-12-11..2027-12-20");
    T_STREQ(first("early Dec", D(2026, 12, 31)), "W 2027-12-01..2027-12-10");
    T_STREQ(first("the 2nd", m), "X 2026-12-02");
    T_STREQ(first("by Friday next week", m), "X 2026-12-11");
    T_STREQ(first("Mon next week", D(2026, 12, 4)), "X 2026-12-07");
    T_STREQ(first("Monday week", m), "X 2026-12-14");
    T_STREQ(first("a week Friday", m), "X 2026-12-11");
    T_STREQ(first("a week on Friday", m), "X 2026-12-11");
    T_STREQ(first("this Friday week", m), "X 2026-12-04");
    T_STREQ(first("Friday week 2 of the pilot", m), "X 2026-12-04");
    T_STREQ(first("the week after next", m), "W 2026-12-14..2026-12-20");
    T_STREQ(first("first week of Jan", m), "W 2027-01-01..2027-01-07");
    T_STREQ(first("the 2nd week of January", m), "W 2027-01-08..2027-01-14");
    T_STREQ(first("last week of Feb", m), "W 2027-02-22..2027-02-28");
    T_STREQ(first("early Jan", m), "W 2027-01-01..2027-01-10");
    T_STREQ(first("mid-Dec", m), "W 2026-12-11..2026-12-20");
    T_STREQ(first("late January", m), "W 2027-01-21..2027-01-31");
    T_STREQ(first("end of January", m), "W 2027-01-21..2027-01-31");
    T_STREQ(first("beginning of March", m), "W 2027-03-01..2027-03-10");
    T_STREQ(first("before Christmas", m), "W 2026-12-02..2026-12-24");
    T_STREQ(first("by Xmas", D(2026, 12, 28)), "W 2026-12-28..2027-12-25");
    T_STREQ(first("the Christmas party", m), "none");
    T_STREQ(first("w/c 14th", m), "X 2026-12-14");
    T_STREQ(first("a week today", m), "X 2026-12-09");
    T_STREQ(first("two weeks from today", m), "X 2026-12-16");
    T_STREQ(first("2 weeks tomorrow", m), "X 2026-12-17");
    T_STREQ(first("the day after tomorrow", m), "X 2026-12-04");
    T_STREQ(first("in 2-3 days", m), "W 2026-12-05..2026-12-05");
    T_STREQ(first("in the next few days", m), "W 2026-12-03..2026-12-05");
    T_STREQ(first("within the next 3 days", m), "W 2026-12-03..2026-12-05");
    T_STREQ(first("within the week", m), "W 2026-12-03..2026-12-04");
    T_STREQ(first("within the month", m), "W 2026-12-03..2026-12-31");
    T_STREQ(first("by the weekend", m), "W 2026-12-02..2026-12-04");
    T_STREQ(first("over the weekend", m), "W 2026-12-05..2026-12-06");
    T_STREQ(first("next weekend", m), "W 2026-12-12..2026-12-13");
    T_STREQ(first("before year end", m), "X 2026-12-31");
    T_STREQ(first("by year-end", m), "X 2026-12-31");
    T_STREQ(first("by 2026/12/10", m), "X 2026-12-10");
    T_STREQ(first("2026/02/30", m), "none");
    T_STREQ(first("wk 50", m), "W 2026-12-07..2026-12-13");
    T_STREQ(first("KW50", m), "W 2026-12-07..2026-12-13");
    T_STREQ(first("CW 2", m), "W 2027-01-11..2027-01-17");
    T_STREQ(first("wk 60", m), "none");
    T_STREQ(first("a week today", FUL_NODATE), "X none");
    T_STREQ(first("until end of next week", m), "X 2026-12-11");
    T_STREQ(first("by the end of next month", m), "X 2027-01-31");
    T_STREQ(first("end of next quarter", m), "X 2027-03-31");
    T_STREQ(first("end of next year", m), "X 2027-12-31");
    T_STREQ(first("by end of the week after next", m), "X 2026-12-18");
    T_STREQ(first("end of next week", FUL_NODATE), "X none");
    T_INTEQ(count("in a fortnight", FUL_NODATE), 1);
    T_STREQ(first("the week after next", FUL_NODATE), "W none..none");
    T_STREQ(first("Monday week", FUL_NODATE), "X none");
}

/* A weekday beside a year-less date that contradicts the first such date
 * on or after the meeting, but fits the one just gone. */
static void test_weekday_year(void)
{
    ful_day m = D(2027, 1, 4); /* a Monday */
    T_SECTION("weekday picks the year");
    T_STREQ(first("call Tom Monday 12/28", m), "X 2026-12-28");
    T_STREQ(first("Mon 12/28 10am", m), "X 2026-12-28");
    T_STREQ(first("12/28 (Mon)", m), "X 2026-12-28");
    T_STREQ(first("Monday, December 28th", m), "X 2026-12-28");
    T_STREQ(first("Dec 28 (Mon)", m), "X 2026-12-28");
    T_STREQ(first("Fri 1/1", m), "X 2027-01-01");
    T_INTEQ(count("Mon 12/28 10am", m), 1);
    /* the weekday fits the one ahead, or no weekday: the first on or after the meeting */
    T_STREQ(first("Tue 12/28", m), "X 2027-12-28");
    T_STREQ(first("12/28", m), "X 2027-12-28");
    /* nothing fits: the calendar day wins, as before */
    T_STREQ(first("Wed 12/28", m), "X 2027-12-28");
    /* the date ahead is within 300 days: not a day just gone, whatever the weekday */
    T_STREQ(first("Mon 12/28", D(2027, 6, 1)), "X 2027-12-28");
    /* a day-first reading still wins where it fits */
    T_STREQ(first("Thu 10/12", D(2026, 11, 20)), "X 2026-12-10");
    T_STREQ(first("Mon 12/28", FUL_NODATE), "X none");
}

/* One meaning, one answer: the year's end however it is written, and a
 * year as twelve months. */
static void test_year_words(void)
{
    ful_day m = D(2026, 11, 20);
    T_SECTION("year end, in a year");
    T_STREQ(first("by EOY", m), "X 2026-12-31");
    T_STREQ(first("by end of year", m), "X 2026-12-31");
    T_STREQ(first("by the end of the year", m), "X 2026-12-31");
    T_STREQ(first("by year end", m), "X 2026-12-31");
    T_STREQ(first("by year-end", m), "X 2026-12-31");
    T_STREQ(first("by the year end", m), "X 2026-12-31");
    T_STREQ(first("by YE", m), "X 2026-12-31");
    T_STREQ(first("before YE.", m), "X 2026-12-31");
    T_STREQ(first("by ye", m), "none");
    T_STREQ(first("YE close is busy", m), "none");
    T_STREQ(first("Fiscal year end is when budgets free up", m), "none");
    T_STREQ(first("in a year", m), "W 2027-11-20..2027-11-20");
    T_STREQ(first("in 12 months", m), "W 2027-11-20..2027-11-20");
    T_STREQ(first("in one year", m), "W 2027-11-20..2027-11-20");
    T_STREQ(first("in 2 years", m), "W 2028-11-20..2028-11-20");
    T_STREQ(first("within a year", m), "W 2026-11-21..2027-11-20");
    T_STREQ(first("in 50 years", m), "none");
    T_STREQ(first("in a year", FUL_NODATE), "W none..none");
}

int main(void)
{
    test_weekday_year();
    test_year_words();
    test_day_constants();
    test_calendar();
    test_absolute();
    test_weekdays();
    test_relative();
    test_false_positives();
    test_times();
    test_spans_and_limits();
    test_written_forms();
    return T_DONE();
}
