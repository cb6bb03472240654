/* dates.h: calendar arithmetic and the date resolver of spec section 4.
 * Pure functions over bytes: no I/O, no Lua, no globals. */
#ifndef FUL_DATES_H
#define FUL_DATES_H

#include <stddef.h>
#include <stdint.h>

/* A civil day: days since 1970-01-01 (proleptic Gregorian). Small and exact
 * in every Lua's number type. */
typedef int32_t ful_day;
#define FUL_NODATE INT32_MIN
/* ful_day_from_ymd(1, 1, 1) and (9999, 12, 31), the calendar's ends, as
 * constants for range checks that run per line (test_dates checks them). */
#define FUL_DAY_FIRST (-719162)
#define FUL_DAY_LAST 2932896

ful_day ful_day_from_ymd(int y, int m, int d);  /* FUL_NODATE when impossible */
void ful_day_to_ymd(ful_day day, int *y, int *m, int *d);
int ful_day_weekday(ful_day day);               /* 0 = Monday .. 6 = Sunday */
/* Exactly "YYYY-MM-DD" in s[0..n): 1 and *out set, or 0 when not a real date. */
int ful_day_parse_iso(const char *s, size_t n, ful_day *out);
/* Writes "YYYY-MM-DD" and a NUL into out; returns 10. */
size_t ful_day_format(ful_day day, char out[11]);
ful_day ful_day_add_months(ful_day day, int months); /* clamps to month end */
ful_day ful_day_month_end(ful_day day);

typedef enum {
    FUL_DATE_EXACT = 1,   /* a concrete day: 12/3, Dec 3, Tue, tomorrow, EOW */
    FUL_DATE_WINDOW = 2   /* vague: in two weeks, next month, Q1, after the holidays */
} ful_date_kind;

typedef struct {
    ful_date_kind kind;
    ful_day start, end;   /* exact: start == end; window: first and last day */
    int has_time;         /* a clock time stands with it (10am, 14:00, at 11) */
    size_t off, len;      /* the span of the expression in the text */
} ful_date_span;

/* A lowercase word of n bytes opening a calendar week typed as one word:
 * "kw50", "cw2", "wk50" (the date finder and the classifier's date scan
 * both ask it). */
static inline int ful_dates_week_word(const char *w, size_t n)
{
    return n > 2 && w[2] >= '0' && w[2] <= '9' &&
           ((w[0] == 'k' && w[1] == 'w') || (w[0] == 'c' && w[1] == 'w') || (w[0] == 'w' && w[1] == 'k'));
}

/* Finds the date expressions in text[0..n), resolved against the meeting
 * date, in text order. Writes at most max spans; returns how many. Impossible
 * dates (2026-02-30, 13/45) are not dates. A `due:YYYY-MM-DD` token is not
 * reported here (the classifier handles it). With meeting == FUL_NODATE only
 * fully written dates (2026-12-03, 12/3/2026) resolve; the other forms are
 * still reported, with start == end == FUL_NODATE. A window "in N days|weeks|
 * months" is the one day it names (start == end); "within N ..." runs from the
 * day after the meeting to it; "after the holidays" is Jan 2..Jan 15. */
int ful_dates_find(const char *text, size_t n, ful_day meeting,
                   ful_date_span *out, int max);

/* Does text contain a clock time (10am, 2pm, 14:00, 10:30)? Used for "firm". */
int ful_dates_has_time(const char *text, size_t n);

#endif
