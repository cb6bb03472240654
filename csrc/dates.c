/* dates.c: civil-day arithmetic and the date resolver of spec section 4.
 * One left-to-right pass over the bytes; every look-ahead is bounded by n,
 * so any input (NULs, invalid UTF-8, megabyte lines) is safe. */
#include "dates.h"

#include <string.h>

/* ---- calendar arithmetic (H. Hinnant's civil-day algorithms) ---- */

static int ful_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int ful_mdays(int y, int m)
{
    static const unsigned char md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ful_is_leap(y) ? 29 : md[m - 1];
}

ful_day ful_day_from_ymd(int y, int m, int d)
{
    int era, yoe, doy, doe;
    /* The range keeps every intermediate value far from int overflow. */
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > ful_mdays(y, m))
        return FUL_NODATE;
    y -= m <= 2;
    era = y / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (ful_day)(era * 146097 + doe - 719468);
}

void ful_day_to_ymd(ful_day day, int *y, int *m, int *d)
{
    long long z, era, doe, yoe, yy, doy, mp; /* 64-bit: any int32 day is safe */
    if (day == FUL_NODATE) {
        *y = *m = *d = 0;
        return;
    }
    z = (long long)day + 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    yy = yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int ful_day_weekday(ful_day day)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    long r = ((long)day % 7 + 7 + 3) % 7;
    return (int)r;
}

static int ful_isdig(int c) { return (unsigned)(c - '0') < 10u; }

int ful_day_parse_iso(const char *s, size_t n, ful_day *out)
{
    int i, y, m, d;
    ful_day r;
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !ful_isdig((unsigned char)s[i]))
            return 0;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    r = ful_day_from_ymd(y, m, d);
    if (r == FUL_NODATE)
        return 0;
    *out = r;
    return 1;
}

size_t ful_day_format(ful_day day, char out[11])
{
    int y, m, d;
    ful_day_to_ymd(day, &y, &m, &d);
    /* Hand-rolled: this runs once per line in `fulog classify`. */
    if (y < 0 || y > 9999)
        y = 0;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 10;
}

ful_day ful_day_add_months(ful_day day, int months)
{
    int y, m, d, md;
    long t;
    if (day == FUL_NODATE)
        return FUL_NODATE;
    ful_day_to_ymd(day, &y, &m, &d);
    t = (long)y * 12 + (m - 1) + months;
    if (t < 12 || t > 9999L * 12 + 11)
        return FUL_NODATE;
    y = (int)(t / 12);
    m = (int)(t % 12) + 1;
    md = ful_mdays(y, m);
    return ful_day_from_ymd(y, m, d > md ? md : d);
}

ful_day ful_day_month_end(ful_day day)
{
    int y, m, d;
    if (day == FUL_NODATE)
        return FUL_NODATE;
    ful_day_to_ymd(day, &y, &m, &d);
    return ful_day_from_ymd(y, m, ful_mdays(y, m));
}

/* ---- the resolver ---- */

typedef struct {
    const char *s;
    size_t n;
    ful_day m;             /* meeting date, or FUL_NODATE */
    int my_, mm_, md_;     /* its parts, computed on first use (ful_ymd) */
    int have_ymd;
    ful_date_span *out;
    int max, cnt;
    int last_weekday;      /* the last span came from a bare weekday */
    int last_absolute;     /* the last span named a calendar day (12/3, Dec 3) */
    ful_day swap;          /* the day-first reading of the m/d date being emitted ("10/12": Dec 10), or FUL_NODATE */
    ful_day last_swap;     /* the same for the last span */
    ful_day prev;          /* the year-less day being emitted, its occurrence before the meeting, or FUL_NODATE */
    ful_day last_prev;     /* the same for the last span */
    int any_time;          /* a clock time was seen */
    size_t pend_time_end;  /* a time seen before any nearby date ("10am Tue") */
    int pend_time;
} ful_dscan;

/* strcmp(buf, lit) == 0 for a buffer of at least sizeof lit bytes: a
 * constant-length compare the compiler writes inline (no library call). */
#define FUL_STREQ(buf, lit) (memcmp((buf), (lit), sizeof(lit)) == 0)

/* strchr(set, c) != NULL for c != 0, set a few lowercase letters: inline
 * tests, no library call (the callers rule out c == 0 themselves). */
static inline int ful_in_set(int c, const char *set)
{
    while (*set)
        if (*set++ == c)
            return 1;
    return 0;
}

/* ASCII tests: these run for every byte of every line. */
/* One table load per byte for both tests: the byte's ASCII lowercase in
 * the low 8 bits, 0x100 for a letter, 0x200 for a digit. Callers pass
 * bytes (0..255). The UTF-8 lead bytes of Latin letters with marks
 * (0xC3-0xC5: á, č, ł, š...) are letters too, so "Novák" is no "Nov". */
static const unsigned short ful_dbyte[256] = {
    0x000, 0x001, 0x002, 0x003, 0x004, 0x005, 0x006, 0x007, 0x008, 0x009, 0x00a, 0x00b,
    0x00c, 0x00d, 0x00e, 0x00f, 0x010, 0x011, 0x012, 0x013, 0x014, 0x015, 0x016, 0x017,
    0x018, 0x019, 0x01a, 0x01b, 0x01c, 0x01d, 0x01e, 0x01f, 0x020, 0x021, 0x022, 0x023,
    0x024, 0x025, 0x026, 0x027, 0x028, 0x029, 0x02a, 0x02b, 0x02c, 0x02d, 0x02e, 0x02f,
    0x230, 0x231, 0x232, 0x233, 0x234, 0x235, 0x236, 0x237, 0x238, 0x239, 0x03a, 0x03b,
    0x03c, 0x03d, 0x03e, 0x03f, 0x040, 0x161, 0x162, 0x163, 0x164, 0x165, 0x166, 0x167,
    0x168, 0x169, 0x16a, 0x16b, 0x16c, 0x16d, 0x16e, 0x16f, 0x170, 0x171, 0x172, 0x173,
    0x174, 0x175, 0x176, 0x177, 0x178, 0x179, 0x17a, 0x05b, 0x05c, 0x05d, 0x05e, 0x05f,
    0x060, 0x161, 0x162, 0x163, 0x164, 0x165, 0x166, 0x167, 0x168, 0x169, 0x16a, 0x16b,
    0x16c, 0x16d, 0x16e, 0x16f, 0x170, 0x171, 0x172, 0x173, 0x174, 0x175, 0x176, 0x177,
    0x178, 0x179, 0x17a, 0x07b, 0x07c, 0x07d, 0x07e, 0x07f, 0x080, 0x081, 0x082, 0x083,
    0x084, 0x085, 0x086, 0x087, 0x088, 0x089, 0x08a, 0x08b, 0x08c, 0x08d, 0x08e, 0x08f,
    0x090, 0x091, 0x092, 0x093, 0x094, 0x095, 0x096, 0x097, 0x098, 0x099, 0x09a, 0x09b,
    0x09c, 0x09d, 0x09e, 0x09f, 0x0a0, 0x0a1, 0x0a2, 0x0a3, 0x0a4, 0x0a5, 0x0a6, 0x0a7,
    0x0a8, 0x0a9, 0x0aa, 0x0ab, 0x0ac, 0x0ad, 0x0ae, 0x0af, 0x0b0, 0x0b1, 0x0b2, 0x0b3,
    0x0b4, 0x0b5, 0x0b6, 0x0b7, 0x0b8, 0x0b9, 0x0ba, 0x0bb, 0x0bc, 0x0bd, 0x0be, 0x0bf,
    0x0c0, 0x0c1, 0x0c2, 0x1c3, 0x1c4, 0x1c5, 0x0c6, 0x0c7, 0x0c8, 0x0c9, 0x0ca, 0x0cb,
    0x0cc, 0x0cd, 0x0ce, 0x0cf, 0x0d0, 0x0d1, 0x0d2, 0x0d3, 0x0d4, 0x0d5, 0x0d6, 0x0d7,
    0x0d8, 0x0d9, 0x0da, 0x0db, 0x0dc, 0x0dd, 0x0de, 0x0df, 0x0e0, 0x0e1, 0x0e2, 0x0e3,
    0x0e4, 0x0e5, 0x0e6, 0x0e7, 0x0e8, 0x0e9, 0x0ea, 0x0eb, 0x0ec, 0x0ed, 0x0ee, 0x0ef,
    0x0f0, 0x0f1, 0x0f2, 0x0f3, 0x0f4, 0x0f5, 0x0f6, 0x0f7, 0x0f8, 0x0f9, 0x0fa, 0x0fb,
    0x0fc, 0x0fd, 0x0fe, 0x0ff,
};
static int ful_lc(int c) { return ful_dbyte[c] & 0xFF; }
static int ful_isal(int c) { return (ful_dbyte[c] & 0x100) != 0; }
static int ful_isalnum(int c) { return (ful_dbyte[c] & 0x300) != 0; }

/* The meeting's year, month and day, worked out only when a date form
 * needs them: most lines never do. */
static ful_dscan *ful_ymd(ful_dscan *sc)
{
    if (!sc->have_ymd) {
        ful_day_to_ymd(sc->m, &sc->my_, &sc->mm_, &sc->md_);
        sc->have_ymd = 1;
    }
    return sc;
}
#define SC_MY(sc) (ful_ymd(sc)->my_)
#define SC_MM(sc) (ful_ymd(sc)->mm_)
#define SC_MD(sc) (ful_ymd(sc)->md_)

/* Lowercased copy of the letter/digit word at i (at most cap-1 bytes kept;
 * a longer word is returned truncated but with its true end). */
static size_t ful_word(const ful_dscan *sc, size_t i, char *buf, size_t cap, size_t *wlen)
{
    size_t j = i, k = 0;
    while (j < sc->n && ful_isalnum((unsigned char)sc->s[j])) {
        if (k + 1 < cap)
            buf[k++] = (char)ful_lc((unsigned char)sc->s[j]);
        j++;
    }
    buf[k] = '\0';
    *wlen = j - i;
    return j;
}

/* Does 's (or ’s) follow the word ending at e? */
static int ful_possessive(const ful_dscan *sc, size_t e)
{
    const unsigned char *s = (const unsigned char *)sc->s;
    if (e + 1 < sc->n && s[e] == '\'' && ful_lc(s[e + 1]) == 's')
        return 1;
    return e + 3 < sc->n && s[e] == 0xE2 && s[e + 1] == 0x80 && s[e + 2] == 0x99 && ful_lc(s[e + 3]) == 's';
}

/* Is the word before i "a" or "an"? "a 90 day out clause" is a length
 * naming a kind of clause, not 90 days out from now. */
static int ful_after_article(const ful_dscan *sc, size_t i)
{
    size_t k = i;
    while (k > 0 && sc->s[k - 1] == ' ')
        k--;
    if (k >= 1 && (sc->s[k - 1] | 0x20) == 'a' && (k == 1 || !ful_isalnum((unsigned char)sc->s[k - 2])))
        return k < i;
    return k >= 2 && (sc->s[k - 1] | 0x20) == 'n' && (sc->s[k - 2] | 0x20) == 'a' &&
           (k == 2 || !ful_isalnum((unsigned char)sc->s[k - 3])) && k < i;
}

static size_t ful_skip_sp(const ful_dscan *sc, size_t i)
{
    while (i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t'))
        i++;
    return i;
}

/* The word starting at i (after spaces) equals w (lowercase)? Returns its end or 0.
 * (Inline, as ful_prev_is: w is a literal at nearly every call, so its bytes and
 * length fold into compares; out of line, ful_prev_is called strlen.) */
static inline size_t ful_next_is(const ful_dscan *sc, size_t i, const char *w)
{
    size_t k = 0, j = ful_skip_sp(sc, i);
    while (w[k]) {
        if (j + k >= sc->n || ful_lc((unsigned char)sc->s[j + k]) != w[k])
            return 0;
        k++;
    }
    if (j + k < sc->n && ful_isalnum((unsigned char)sc->s[j + k]))
        return 0;
    return j + k;
}

/* The word ending just before i (skipping spaces) equals w? Returns its start+1 or 0. */
static inline size_t ful_prev_is(const ful_dscan *sc, size_t i, const char *w)
{
    size_t k = strlen(w), j = i;
    while (j > 0 && (sc->s[j - 1] == ' ' || sc->s[j - 1] == '\t'))
        j--;
    if (j == i || j < k)
        return 0;
    if (j > k && ful_isalnum((unsigned char)sc->s[j - k - 1]))
        return 0;
    while (k > 0) {
        if (ful_lc((unsigned char)sc->s[j - 1]) != w[k - 1])
            return 0;
        j--;
        k--;
    }
    return j + 1;
}

/* Month and weekday names, switched on the first letter: this runs for
 * every word of every line, so no string search over all the names. */
static inline int ful_eq(const char *w, size_t l, const char *x)
{
    return strlen(x) == l && memcmp(w, x, strlen(x)) == 0; /* a constant length: compiled inline */
}

static int ful_month_of(const char *w, size_t l)
{
    if (l < 3 || l > 9)
        return 0;
    switch (w[0]) {
    case 'j':
        if (ful_eq(w, l, "jan") || ful_eq(w, l, "january")) return 1;
        if (ful_eq(w, l, "jun") || ful_eq(w, l, "june")) return 6;
        if (ful_eq(w, l, "jul") || ful_eq(w, l, "july")) return 7;
        return 0;
    case 'f':
        return ful_eq(w, l, "feb") || ful_eq(w, l, "february") ? 2 : 0;
    case 'm':
        if (ful_eq(w, l, "mar") || ful_eq(w, l, "march")) return 3;
        return ful_eq(w, l, "may") ? 5 : 0;
    case 'a':
        if (ful_eq(w, l, "apr") || ful_eq(w, l, "april")) return 4;
        return ful_eq(w, l, "aug") || ful_eq(w, l, "august") ? 8 : 0;
    case 's':
        return ful_eq(w, l, "sep") || ful_eq(w, l, "sept") || ful_eq(w, l, "september") ? 9 : 0;
    case 'o':
        return ful_eq(w, l, "oct") || ful_eq(w, l, "october") ? 10 : 0;
    case 'n':
        return ful_eq(w, l, "nov") || ful_eq(w, l, "november") ? 11 : 0;
    case 'd':
        return ful_eq(w, l, "dec") || ful_eq(w, l, "december") ? 12 : 0;
    default:
        return 0;
    }
}

/* 1 = Monday .. 7 = Sunday, 0 = not a weekday */
static int ful_weekday_of(const char *w, size_t l)
{
    if (l < 3 || l > 9)
        return 0;
    switch (w[0]) {
    case 'm':
        return ful_eq(w, l, "mon") || ful_eq(w, l, "monday") ? 1 : 0;
    case 't':
        if (ful_eq(w, l, "tue") || ful_eq(w, l, "tues") || ful_eq(w, l, "tuesday")) return 2;
        return ful_eq(w, l, "thu") || ful_eq(w, l, "thur") || ful_eq(w, l, "thurs") || ful_eq(w, l, "thursday") ? 4 : 0;
    case 'w':
        return ful_eq(w, l, "wed") || ful_eq(w, l, "weds") || ful_eq(w, l, "wednesday") ? 3 : 0;
    case 'f':
        return ful_eq(w, l, "fri") || ful_eq(w, l, "friday") ? 5 : 0;
    case 's':
        if (ful_eq(w, l, "sat") || ful_eq(w, l, "saturday")) return 6;
        return ful_eq(w, l, "sun") || ful_eq(w, l, "sunday") ? 7 : 0;
    default:
        return 0;
    }
}

/* "tomorrow" and the ways it is typed in a hurry. */
static int ful_is_tomorrow(const char *w, size_t l)
{
    return ful_eq(w, l, "tomorrow") || ful_eq(w, l, "tmrw") || ful_eq(w, l, "tmr") || ful_eq(w, l, "tomorow") ||
           ful_eq(w, l, "tommorow") || ful_eq(w, l, "tommorrow") || ful_eq(w, l, "tmrow") || ful_eq(w, l, "tmw");
}

/* one..twelve and a few counting words. */
static int ful_count_word(const char *w, size_t l)
{
    static const char *const nums[] = {"zero", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"};
    int i;
    if (l == 1 || (l == 2 && w[0] == 'a'))
        return ful_eq(w, l, "a") || ful_eq(w, l, "an");
    if (l < 3 || l > 7 || !ful_in_set(w[0], "otfsenw"))
        return 0;
    for (i = 1; i <= 12; i++)
        if (nums[i][0] == w[0] && ful_eq(w, l, nums[i]))
            return i;
    return ful_eq(w, l, "several") ? 3 : 0;
}

/* The last day of the period a word names, from the meeting date: 'd' the
 * day itself (EOD), 'w' that week's Friday (the next one from a weekend), 'm' the month's last day,
 * 'y' Dec 31, 'q' the quarter's last day. FUL_NODATE without a meeting. */
static ful_day ful_period_end(ful_dscan *sc, char kind)
{
    if (sc->m == FUL_NODATE)
        return FUL_NODATE;
    switch (kind) {
    case 'd':
        return sc->m;
    case 'w': /* (from a weekend meeting, the coming Friday: its own week's is gone) */
        return sc->m + (ful_day_weekday(sc->m) > 4 ? 11 : 4) - ful_day_weekday(sc->m);
    case 'm':
        return ful_day_month_end(sc->m);
    case 'y':
        return ful_day_from_ymd(SC_MY(sc), 12, 31);
    default:
        return ful_day_month_end(ful_day_from_ymd(SC_MY(sc), ((SC_MM(sc) - 1) / 3) * 3 + 3, 1));
    }
}

/* A weekday beside a month-first date it does not fall on, when the
 * day-first reading does: "Thu 10/12" is 10 December (a Thursday), not 12
 * October. md: the month-first day; dm: the day-first one (FUL_NODATE when
 * the numbers read only one way); wd: a day on the weekday written. */
static int ful_day_first_fits(ful_day md, ful_day dm, ful_day wd)
{
    return dm != FUL_NODATE && md != FUL_NODATE && wd != FUL_NODATE && ful_day_weekday(md) != ful_day_weekday(wd) &&
           ful_day_weekday(dm) == ful_day_weekday(wd);
}

/* The day a weekday beside a year-less date picks: the date as resolved
 * (the first on or after the meeting), unless the weekday contradicts it
 * and fits the other reading (day first) or the occurrence just before the
 * meeting: "Mon 12/28" in a note of Mon 2027-01-04 is 2026-12-28, a
 * Monday, not 2027-12-28, a Tuesday. When nothing fits, the calendar day
 * wins, as it does for a dated weekday that contradicts it. */
static ful_day ful_weekday_pick(ful_day day, ful_day swap, ful_day prev, ful_day wd)
{
    if (ful_day_first_fits(day, swap, wd))
        return swap;
    if (ful_day_first_fits(day, prev, wd))
        return prev;
    return day;
}

static void ful_emit(ful_dscan *sc, ful_date_kind kind, ful_day a, ful_day b, size_t off, size_t end,
                     int absolute, int weekday)
{
    ful_date_span *p;
    size_t g;
    if (sc->m == FUL_NODATE && absolute != 2)
        a = b = FUL_NODATE; /* relative forms cannot resolve without a meeting date */
    if (sc->cnt > 0) {
        p = &sc->out[sc->cnt - 1];
        /* "Tue 12/8", "Thursday, Dec 3": the calendar day wins over the weekday
         * (but "Thu 10/12" is Thursday 10 December, written day first) */
        g = p->off + p->len;
        if (absolute && sc->last_weekday && off >= g && off - g <= 6) {
            size_t k = g;
            /* ("Monday's 12/14 meeting": the weekday's possessive) */
            if (k + 1 < off && sc->s[k] == '\'' && (sc->s[k + 1] == 's' || sc->s[k + 1] == 'S'))
                k += 2;
            else if (k + 3 < off && memcmp(sc->s + k, "\xE2\x80\x99", 3) == 0 && (sc->s[k + 3] == 's' || sc->s[k + 3] == 'S'))
                k += 4;
            else if (off - g > 3)
                k = off + 1; /* (no possessive: three characters at most between) */
            for (; k < off && (sc->s[k] == ' ' || sc->s[k] == ',' || sc->s[k] == '\t'); k++)
                ;
            if (k == off) {
                int ht = p->has_time;
                a = b = ful_weekday_pick(a, sc->swap, sc->prev, p->start);
                p->kind = kind;
                p->start = a;
                p->end = b;
                p->len = end - p->off;
                p->has_time = ht;
                sc->last_weekday = 0;
                sc->last_absolute = 1;
                return;
            }
        }
        /* "Dec 3 (Thu)", "12/3 Thursday": drop the weekday ("10/12 (Thu)":
         * unless it says the date was written day first) */
        if (weekday && sc->last_absolute && off >= g && off - g <= 3) {
            size_t k;
            for (k = g; k < off && (sc->s[k] == ' ' || sc->s[k] == ',' || sc->s[k] == '('); k++)
                ;
            if (k == off) {
                p->start = p->end = ful_weekday_pick(p->start, sc->last_swap, sc->last_prev, a);
                p->len = end - p->off;
                return;
            }
        }
    }
    if (sc->cnt >= sc->max)
        return;
    p = &sc->out[sc->cnt++];
    p->kind = kind;
    p->start = a;
    p->end = b;
    p->off = off;
    p->len = end - off;
    p->has_time = 0;
    if (sc->pend_time && off >= sc->pend_time_end && off - sc->pend_time_end <= 4)
        p->has_time = 1;
    sc->pend_time = 0;
    sc->last_weekday = weekday;
    sc->last_absolute = absolute != 0;
    sc->last_swap = sc->swap;
    sc->last_prev = sc->prev;
}

/* A clock time ending at end: attach to the date just before it, or keep it
 * for a date that follows right after ("10am Tue"). */
static void ful_time(ful_dscan *sc, size_t off, size_t end)
{
    sc->any_time = 1;
    if (sc->cnt > 0) {
        ful_date_span *p = &sc->out[sc->cnt - 1];
        size_t g = p->off + p->len;
        if (off >= g && off - g <= 12) {
            p->has_time = 1;
            p->len = end - p->off; /* the span reads "Tue 12/8 10am" */
            return;
        }
    }
    sc->pend_time = 1;
    sc->pend_time_end = end;
}

/* "a week", "two weeks", "2 weeks" (and "from") right before i: the number
 * of weeks, with *off at its first word; 0 when none stands there. */
static int ful_weeks_before(const ful_dscan *sc, size_t i, size_t *off)
{
    char w[16];
    size_t p = i, q, a, wl;
    int cnt = 0;
    if ((q = ful_prev_is(sc, p, "from")) != 0)
        p = q - 1;
    if ((q = ful_prev_is(sc, p, "week")) == 0 && (q = ful_prev_is(sc, p, "weeks")) == 0 &&
        (q = ful_prev_is(sc, p, "wks")) == 0)
        return 0;
    a = q - 1;
    while (a > 0 && (sc->s[a - 1] == ' ' || sc->s[a - 1] == '\t'))
        a--;
    q = a;
    while (a > 0 && ful_isalnum((unsigned char)sc->s[a - 1]))
        a--;
    if (a == q || q - a > 6)
        return 0;
    (void)ful_word(sc, a, w, sizeof w, &wl);
    if (ful_isdig((unsigned char)w[0])) {
        for (q = 0; w[q] && ful_isdig((unsigned char)w[q]) && cnt < 100; q++)
            cnt = cnt * 10 + (w[q] - '0');
        if (w[q])
            return 0;
    } else {
        cnt = ful_count_word(w, wl);
    }
    if (cnt <= 0 || cnt > 52)
        return 0;
    *off = a;
    return cnt;
}

/* The first m/d on or after the meeting date (year unknown). */
static ful_day ful_next_md(ful_dscan *sc, int m, int d)
{
    ful_day r;
    int y;
    if (sc->m == FUL_NODATE)
        return ful_day_from_ymd(2000, m, d); /* validity only */
    for (y = SC_MY(sc); y <= SC_MY(sc) + 8; y++) { /* Feb 29 may need a few years */
        r = ful_day_from_ymd(y, m, d);
        if (r != FUL_NODATE && r >= sc->m)
            return r;
    }
    return FUL_NODATE;
}

/* The meeting's or the next week (Monday to Sunday), month, quarter or
 * year (kind 'w', 'm', 'q', 'y'): its first and last day; "this" (nx 0)
 * runs from the meeting day. Needs a meeting date. */
static void ful_period(ful_dscan *sc, char kind, int nx, ful_day *a, ful_day *b)
{
    ful_day qs;
    switch (kind) {
    case 'w':
        qs = sc->m - ful_day_weekday(sc->m); /* (its Monday) */
        *a = nx ? qs + 7 : sc->m;
        *b = nx ? qs + 13 : qs + 6;
        return;
    case 'm':
        *a = nx ? ful_day_add_months(ful_day_from_ymd(SC_MY(sc), SC_MM(sc), 1), 1) : sc->m;
        *b = ful_day_month_end(*a);
        return;
    case 'q':
        qs = ful_day_from_ymd(SC_MY(sc), ((SC_MM(sc) - 1) / 3) * 3 + 1, 1);
        *a = nx ? ful_day_add_months(qs, 3) : sc->m;
        *b = ful_day_month_end(ful_day_add_months(nx ? *a : qs, 2));
        return;
    default:
        *a = nx ? ful_day_from_ymd(SC_MY(sc) + 1, 1, 1) : sc->m;
        *b = ful_day_from_ymd(SC_MY(sc) + (nx ? 1 : 0), 12, 31);
        return;
    }
}

/* A month window: the first such month on or after the meeting's month;
 * days from..to of it (to 0: the month's end). */
static void ful_month_window(ful_dscan *sc, int mon, int year, size_t off, size_t end, int from, int to)
{
    int y = year;
    ful_day a, b;
    if (sc->m == FUL_NODATE && !year) {
        ful_emit(sc, FUL_DATE_WINDOW, FUL_NODATE, FUL_NODATE, off, end, 0, 0);
        return;
    }
    if (!year)
        y = mon >= SC_MM(sc) ? SC_MY(sc) : SC_MY(sc) + 1;
    a = ful_day_from_ymd(y, mon, 1);
    if (a == FUL_NODATE)
        return;
    for (;;) {
        b = ful_day_month_end(a);
        if (to > 0 && a + to - 1 < b)
            b = a + to - 1;
        if (from > 1)
            a += from - 1;
        if (a > b)
            a = b - 6; /* "last week of": its last seven days */
        if (year || (from <= 1 && to <= 0) || b >= sc->m || y > SC_MY(sc))
            break;
        a = ful_day_from_ymd(++y, mon, 1); /* "mid-Dec" said on Dec 31: next December's */
    }
    ful_emit(sc, FUL_DATE_WINDOW, a, b, off, end, year ? 2 : 0, 0);
}

/* The part of a month named before it: "early Jan" (1-10), "mid-Dec"
 * (11-20), "late March" (21-end), "the first week of January" (1-7),
 * "the last week of Dec", "beginning of", "end of February". Sets *from,
 * *to (0: the month's end; from 99: its last week) and returns where the
 * words start, or i when none stands there. */
static size_t ful_month_part(const ful_dscan *sc, size_t i, int *from, int *to)
{
    static const char *const nth[] = {"first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th"};
    size_t p, q;
    int k;
    *from = 1;
    *to = 0;
    if (i >= 4 && sc->s[i - 1] == '-' && ful_lc((unsigned char)sc->s[i - 4]) == 'm' &&
        ful_lc((unsigned char)sc->s[i - 3]) == 'i' && ful_lc((unsigned char)sc->s[i - 2]) == 'd' &&
        (i == 4 || !ful_isalnum((unsigned char)sc->s[i - 5]))) {
        *from = 11; /* "mid-Dec" */
        *to = 20;
        return i - 4;
    }
    if ((q = ful_prev_is(sc, i, "early")) != 0 || (q = ful_prev_is(sc, i, "mid")) != 0 ||
        (q = ful_prev_is(sc, i, "late")) != 0) {
        char c = (char)ful_lc((unsigned char)sc->s[q - 1]);
        *from = c == 'e' ? 1 : c == 'm' ? 11 : 21;
        *to = c == 'e' ? 10 : c == 'm' ? 20 : 0;
        return q - 1;
    }
    if ((p = ful_prev_is(sc, i, "of")) == 0)
        return i;
    if ((q = ful_prev_is(sc, p - 1, "beginning")) != 0 || (q = ful_prev_is(sc, p - 1, "start")) != 0 ||
        (q = ful_prev_is(sc, p - 1, "middle")) != 0 || (q = ful_prev_is(sc, p - 1, "end")) != 0) {
        char c = (char)ful_lc((unsigned char)sc->s[q - 1]);
        *from = c == 'm' ? 11 : c == 'e' ? 21 : 1;
        *to = c == 'm' ? 20 : c == 'e' ? 0 : 10;
        return q - 1;
    }
    if ((q = ful_prev_is(sc, p - 1, "week")) == 0 && (q = ful_prev_is(sc, p - 1, "wk")) == 0)
        return i;
    if ((p = ful_prev_is(sc, q - 1, "last")) != 0) {
        *from = 99;
        return p - 1;
    }
    for (k = 0; k < 8; k++)
        if ((p = ful_prev_is(sc, q - 1, nth[k])) != 0) {
            *from = 7 * (k / 2) + 1;
            *to = *from + 6;
            return p - 1;
        }
    return i;
}

static void ful_quarter_window(ful_dscan *sc, int q, int year, size_t off, size_t end)
{
    int y = year;
    ful_day a;
    if (sc->m == FUL_NODATE && !year) {
        ful_emit(sc, FUL_DATE_WINDOW, FUL_NODATE, FUL_NODATE, off, end, 0, 0);
        return;
    }
    if (!year)
        y = (SC_MM(sc) - 1) / 3 + 1 <= q ? SC_MY(sc) : SC_MY(sc) + 1;
    a = ful_day_from_ymd(y, q * 3 - 2, 1);
    if (a == FUL_NODATE)
        return;
    ful_emit(sc, FUL_DATE_WINDOW, a, ful_day_month_end(ful_day_add_months(a, 2)), off, end, year ? 2 : 0, 0);
}

/* "tenth", "twenty-first": a day of the month written out, after a month
 * ("December tenth"); its end (the hyphenated tens included), or 0. */
static size_t ful_ordinal_word(const ful_dscan *sc, size_t i, int *val)
{
    static const char *const units[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    char w[16];
    size_t wl, e = ful_word(sc, i, w, sizeof w, &wl);
    int k, tens = 0;
    if (FUL_STREQ(w, "twentieth") || FUL_STREQ(w, "thirtieth")) {
        *val = w[1] == 'w' ? 20 : 30;
        return e;
    }
    if ((FUL_STREQ(w, "twenty") || FUL_STREQ(w, "thirty")) && e + 1 < sc->n && (sc->s[e] == '-' || sc->s[e] == ' ')) {
        tens = w[1] == 'w' ? 20 : 30;
        e = ful_word(sc, e + 1, w, sizeof w, &wl);
    }
    for (k = 0; k < (int)(sizeof units / sizeof units[0]); k++)
        if (strlen(units[k]) == wl && memcmp(w, units[k], wl) == 0 && (!tens || k < 9)) {
            *val = tens + k + 1;
            return *val <= 31 ? e : 0;
        }
    return 0;
}

/* Parses 1-2 digits plus an optional ordinal suffix at i. Returns end or 0. */
static size_t ful_daynum(const ful_dscan *sc, size_t i, int *val, int *ord)
{
    size_t j = i;
    int v = 0;
    *ord = 0;
    while (j < sc->n && ful_isdig((unsigned char)sc->s[j]) && j - i < 3)
        v = v * 10 + (sc->s[j++] - '0');
    if (j == i || j - i > 2)
        return 0;
    if (j + 1 < sc->n) {
        int a = ful_lc((unsigned char)sc->s[j]), b = ful_lc((unsigned char)sc->s[j + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
            j += 2;
            *ord = 1;
        }
    }
    if (j < sc->n && ful_isalnum((unsigned char)sc->s[j]))
        return 0;
    *val = v;
    return j;
}

/* An optional year after a day: ", 2026" or " 2026". */
static size_t ful_opt_year(const ful_dscan *sc, size_t i, int *year)
{
    size_t j = i, k;
    int y = 0;
    if (j < sc->n && sc->s[j] == ',')
        j++;
    j = ful_skip_sp(sc, j);
    for (k = j; k < sc->n && ful_isdig((unsigned char)sc->s[k]) && k - j < 5; k++)
        y = y * 10 + (sc->s[k] - '0');
    if (k - j != 4 || (k < sc->n && ful_isalnum((unsigned char)sc->s[k])) || y < 1900 || y > 2200)
        return i;
    *year = y;
    return k;
}

static void ful_abs_date(ful_dscan *sc, int m, int d, int year, size_t off, size_t end)
{
    ful_day r = year ? ful_day_from_ymd(year, m, d) : ful_next_md(sc, m, d);
    if (r == FUL_NODATE)
        return;
    if (!year && sc->m == FUL_NODATE)
        r = FUL_NODATE;
    if (!year && r != FUL_NODATE && (long)r - sc->m > 300) {
        /* It comes round only next year (the classifier's ful_day_gone
         * bound): a weekday beside it may say it meant the one just gone */
        int y, mm, dd;
        ful_day_to_ymd(r, &y, &mm, &dd);
        sc->prev = ful_day_from_ymd(y - 1, m, d);
    }
    ful_emit(sc, FUL_DATE_EXACT, r, r, off, end, year ? 2 : 1, 0);
    sc->prev = FUL_NODATE;
}

/* "in|within|after" COUNT UNIT, at the count word starting at i. */
static size_t ful_count_unit(ful_dscan *sc, size_t i, size_t off, int within)
{
    char w[16] = {0};
    size_t wl, j = i, e, q;
    int cnt = 0, business = 0;
    long days = 0;
    ful_day a, b;
    if (j >= sc->n)
        return 0;
    if (ful_isdig((unsigned char)sc->s[j])) {
        while (j < sc->n && ful_isdig((unsigned char)sc->s[j]) && cnt < 10000)
            cnt = cnt * 10 + (sc->s[j++] - '0');
        if (j + 1 < sc->n && sc->s[j] == '-' && ful_isdig((unsigned char)sc->s[j + 1])) {
            int hi = 0; /* "in 2-3 days": by the later end */
            for (j++; j < sc->n && ful_isdig((unsigned char)sc->s[j]) && hi < 10000; j++)
                hi = hi * 10 + (sc->s[j] - '0');
            if (hi < cnt)
                return 0;
            cnt = hi;
        }
        if (j < sc->n && ful_isalnum((unsigned char)sc->s[j]))
            return 0;
    } else {
        j = ful_word(sc, j, w, sizeof w, &wl);
        if (FUL_STREQ(w, "a") && (e = ful_next_is(sc, j, "couple")) != 0) {
            cnt = 2;
            j = e;
            if ((e = ful_next_is(sc, j, "of")) != 0)
                j = e;
        } else if (FUL_STREQ(w, "a") && (e = ful_next_is(sc, j, "few")) != 0) {
            cnt = 3;
            j = e;
        } else if (FUL_STREQ(w, "couple")) {
            cnt = 2;
            if ((e = ful_next_is(sc, j, "of")) != 0)
                j = e;
        } else if (FUL_STREQ(w, "few")) {
            cnt = 3;
        } else {
            cnt = ful_count_word(w, strlen(w));
        }
        if (!cnt)
            return 0;
    }
    j = ful_skip_sp(sc, j);
    if (j >= sc->n || !ful_isal((unsigned char)sc->s[j]))
        return 0;
    e = ful_word(sc, j, w, sizeof w, &wl);
    if ((FUL_STREQ(w, "business") || FUL_STREQ(w, "working")) &&
        ((q = ful_next_is(sc, e, "days")) != 0 || (q = ful_next_is(sc, e, "day")) != 0)) {
        /* "in 10 business days": weekdays counted, weekends skipped */
        business = 1;
        e = q;
        days = cnt;
    } else if (FUL_STREQ(w, "day") || FUL_STREQ(w, "days"))
        days = cnt;
    else if (FUL_STREQ(w, "week") || FUL_STREQ(w, "weeks") || FUL_STREQ(w, "wk") || FUL_STREQ(w, "wks"))
        days = 7L * cnt;
    else if (FUL_STREQ(w, "fortnight") || FUL_STREQ(w, "fortnights"))
        days = 14L * cnt;
    else if (FUL_STREQ(w, "hours") || FUL_STREQ(w, "hour") || FUL_STREQ(w, "hrs") || FUL_STREQ(w, "hr"))
        days = cnt / 24; /* "within 48 hours": two days on; "in 2 hours": the same day */
    else if (FUL_STREQ(w, "month") || FUL_STREQ(w, "months") || FUL_STREQ(w, "mo") || FUL_STREQ(w, "mos") ||
             FUL_STREQ(w, "mth") || FUL_STREQ(w, "mths") || FUL_STREQ(w, "mnth"))
        days = -1;
    else if ((FUL_STREQ(w, "year") || FUL_STREQ(w, "years") || FUL_STREQ(w, "yr") || FUL_STREQ(w, "yrs")) &&
             cnt <= 10) {
        cnt *= 12; /* "in a year" is "in 12 months" */
        days = -1;
    } else
        return 0;
    if (cnt > 3660)
        return 0;
    if (sc->m == FUL_NODATE) {
        ful_emit(sc, FUL_DATE_WINDOW, FUL_NODATE, FUL_NODATE, off, e, 0, 0);
        return e;
    }
    /* "in two weeks" names one day loosely: a window of that one day. "within"
     * runs from tomorrow to it. */
    b = days < 0 ? ful_day_add_months(sc->m, cnt) : (ful_day)(sc->m + days);
    if (business)
        for (b = sc->m; days > 0; days--)
            do
                b++;
            while (ful_day_weekday(b) >= 5);
    if (b == FUL_NODATE)
        return 0;
    a = within ? sc->m + 1 : b;
    if (a > b)
        a = b;
    ful_emit(sc, FUL_DATE_WINDOW, a, b, off, e, 0, 0);
    return e;
}

/* The word before i names a day to come: "on", "until", "till", "before",
 * "from", "due" or a weekday ("Demo on 17.12", "Tuesday 8.12"). */
static int ful_day_word_before(const ful_dscan *sc, size_t i)
{
    char w[10];
    size_t e = i, b, l;
    while (e > 0 && (sc->s[e - 1] == ' ' || sc->s[e - 1] == '\t'))
        e--;
    for (b = e; b > 0 && ful_isal((unsigned char)sc->s[b - 1]) && e - b < sizeof w; b--)
        ;
    l = e - b;
    if (l < 2 || l >= sizeof w || (b > 0 && ful_isal((unsigned char)sc->s[b - 1])))
        return 0;
    for (e = 0; e < l; e++)
        w[e] = (char)ful_lc((unsigned char)sc->s[b + e]);
    return ful_eq(w, l, "on") || ful_eq(w, l, "until") || ful_eq(w, l, "till") || ful_eq(w, l, "before") ||
           ful_eq(w, l, "from") || ful_eq(w, l, "due") || ful_weekday_of(w, l) != 0;
}

/* Numbers at a token start: ISO, m/d[/y], times, "3 Dec", "the 5th". */
static size_t ful_scan_number(ful_dscan *sc, size_t i)
{
    const char *s = sc->s;
    size_t n = sc->n, j = i, e;
    int v = 0, nd, val, ord;
    char c0 = i > 0 ? s[i - 1] : ' ';

    while (j < n && ful_isdig((unsigned char)s[j]) && j - i < 6)
        v = v * 10 + (s[j++] - '0');
    nd = (int)(j - i);
    if (j < n && ful_isdig((unsigned char)s[j]))
        return 0;
    if (nd == 1 && v == 2 && j < n && ful_isal((unsigned char)s[j]) && !(i > 0 && (c0 == '/' || c0 == '-' || c0 == '.'))) {
        /* texting shorthand: "2moro", "2morrow" (tomorrow), "2nite" ("2day" is
         * as often "a 2day workshop": left out) */
        char w[16];
        size_t wl;
        e = ful_word(sc, j, w, sizeof w, &wl);
        if (FUL_STREQ(w, "moro") || FUL_STREQ(w, "morrow") || FUL_STREQ(w, "morow") || FUL_STREQ(w, "mrw") ||
            FUL_STREQ(w, "mrow") || FUL_STREQ(w, "moz")) {
            ful_emit(sc, FUL_DATE_EXACT, sc->m + 1, sc->m + 1, i, e, 0, 0);
            return e;
        }
        if (FUL_STREQ(w, "nite") || FUL_STREQ(w, "night")) {
            ful_emit(sc, FUL_DATE_EXACT, sc->m, sc->m, i, e, 0, 0);
            return e;
        }
    }
    /* Money, versions, paths and such are never dates. */
    if (c0 == '$' || c0 == '.' || c0 == '/' || c0 == '#' || c0 == ':' || c0 == '-' || c0 == '+')
        return 0;

    /* YYYY-MM-DD */
    if (nd == 4 && j + 6 <= n && s[j] == '-' && s[j + 3] == '-') {
        ful_day r;
        if (ful_day_parse_iso(s + i, 10, &r) && !(j + 6 < n && ful_isalnum((unsigned char)s[j + 6]))) {
            if (i >= 4 && ful_lc((unsigned char)s[i - 4]) == 'd' && ful_lc((unsigned char)s[i - 3]) == 'u' &&
                ful_lc((unsigned char)s[i - 2]) == 'e')
                return j + 6; /* due:YYYY-MM-DD belongs to the classifier */
            ful_emit(sc, FUL_DATE_EXACT, r, r, i, j + 6, 2, 0);
            return j + 6;
        }
        return 0;
    }
    /* YYYY/MM/DD, as East Asia and some CRMs write it */
    if (nd == 4 && j + 5 < n && s[j] == '/' && ful_isdig((unsigned char)s[j + 1]) && ful_isdig((unsigned char)s[j + 2]) &&
        s[j + 3] == '/' && ful_isdig((unsigned char)s[j + 4]) && ful_isdig((unsigned char)s[j + 5]) &&
        !(j + 6 < n && (ful_isalnum((unsigned char)s[j + 6]) || s[j + 6] == '/'))) {
        ful_day r = ful_day_from_ymd(v, (s[j + 1] - '0') * 10 + (s[j + 2] - '0'), (s[j + 4] - '0') * 10 + (s[j + 5] - '0'));
        if (r == FUL_NODATE)
            return 0;
        ful_emit(sc, FUL_DATE_EXACT, r, r, i, j + 6, 2, 0);
        return j + 6;
    }
    /* m/d and m/d/yyyy (US order) */
    if (nd <= 2 && j + 1 < n && s[j] == '/' && ful_isdig((unsigned char)s[j + 1])) {
        int d = 0, y = 0, nd2 = 0, nd3 = 0;
        size_t k = j + 1;
        while (k < n && ful_isdig((unsigned char)s[k]) && nd2 < 3) {
            d = d * 10 + (s[k++] - '0');
            nd2++;
        }
        if (nd2 > 2)
            return 0;
        if (k + 1 < n && s[k] == '/' && ful_isdig((unsigned char)s[k + 1])) {
            size_t q = k + 1;
            while (q < n && ful_isdig((unsigned char)s[q]) && nd3 < 5) {
                y = y * 10 + (s[q++] - '0');
                nd3++;
            }
            if (nd3 != 2 && nd3 != 4)
                return 0;
            if (nd3 == 2)
                y += 2000;
            k = q;
        }
        if (k < n && (ful_isalnum((unsigned char)s[k]) || s[k] == '/' ||
                      (s[k] == '.' && k + 1 < n && ful_isdig((unsigned char)s[k + 1]))))
            return 0;
        /* Common fractions followed by a quantity word: "1/2 day", "3/4 of". */
        if (!y && v < 5 && d < 5 && (ful_next_is(sc, k, "of") || ful_next_is(sc, k, "hour") ||
                                     ful_next_is(sc, k, "day") || ful_next_is(sc, k, "an") ||
                                     ful_next_is(sc, k, "price") || ful_next_is(sc, k, "off")))
            return k;
        if (v > 12 && v <= 31 && d >= 1 && d <= 12 && !(v == 24 && d == 7)) { /* ("24/7 support") */
            int t = v; /* "14/12": no month 14, so day first, as most of the world writes it */
            v = d;
            d = t;
        }
        if (v <= 12 && d >= 1 && d <= 12 && v != d) /* "10/12": Oct 12, or 10 Dec as most of the world writes it */
            sc->swap = y ? ful_day_from_ymd(y, d, v) : ful_next_md(sc, d, v);
        ful_abs_date(sc, v, d, y, i, k);
        sc->swap = FUL_NODATE;
        return k;
    }
    /* d.mm. and d.mm.yyyy (day first, as Europe writes it): "until 15.12."; a
     * two-digit month and the closing dot keep "4.2 GWh", "3.5." out */
    /* (without its closing dot after "on", "until" or a weekday: "Demo on
     * 17.12", "Tuesday 8.12"; "on 4.20 per unit" has no month 20, "on
     * 2.155" a third digit) */
    if (nd <= 2 && j + 2 < n && s[j] == '.' && ful_isdig((unsigned char)s[j + 1]) && ful_isdig((unsigned char)s[j + 2]) &&
        (j + 3 == n || (s[j + 3] != '.' && s[j + 3] != '%' && !ful_isalnum((unsigned char)s[j + 3]))) &&
        ful_day_word_before(sc, i)) {
        int mo = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
        if (mo < 1 || mo > 12 || v < 1 || v > 31)
            return 0;
        ful_abs_date(sc, mo, v, 0, i, j + 3);
        return j + 3;
    }
    if (nd <= 2 && j + 3 < n && s[j] == '.' && ful_isdig((unsigned char)s[j + 1]) &&
        ful_isdig((unsigned char)s[j + 2]) && s[j + 3] == '.') {
        int mo = (s[j + 1] - '0') * 10 + (s[j + 2] - '0'), y = 0, nd3 = 0;
        size_t k = j + 4;
        while (k < n && ful_isdig((unsigned char)s[k]) && nd3 < 5) {
            y = y * 10 + (s[k++] - '0');
            nd3++;
        }
        if ((nd3 != 0 && nd3 != 4) || (k < n && ful_isalnum((unsigned char)s[k])) || mo < 1 || mo > 12 || v < 1 || v > 31)
            return 0;
        ful_abs_date(sc, mo, v, y, i, k);
        return k;
    }
    /* clock times: 10:30, 14:00, 10:30am */
    if (nd <= 2 && j + 2 < n && s[j] == ':' && ful_isdig((unsigned char)s[j + 1]) &&
        ful_isdig((unsigned char)s[j + 2]) && !(j + 3 < n && ful_isdig((unsigned char)s[j + 3]))) {
        int mi = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
        e = j + 3;
        if (v < 24 && mi < 60) {
            size_t q = ful_skip_sp(sc, e);
            if (q + 1 < n && (ful_lc((unsigned char)s[q]) == 'a' || ful_lc((unsigned char)s[q]) == 'p') &&
                ful_lc((unsigned char)s[q + 1]) == 'm' && !(q + 2 < n && ful_isal((unsigned char)s[q + 2])))
                e = q + 2;
            ful_time(sc, i, e);
        }
        return e;
    }
    /* 10am, 2 pm, 9a.m. */
    if (nd <= 2 && v >= 1 && v <= 12) {
        size_t q = ful_skip_sp(sc, j);
        if (q + 1 < n && (ful_lc((unsigned char)s[q]) == 'a' || ful_lc((unsigned char)s[q]) == 'p')) {
            if (ful_lc((unsigned char)s[q + 1]) == 'm' && !(q + 2 < n && ful_isal((unsigned char)s[q + 2]))) {
                ful_time(sc, i, q + 2);
                return q + 2;
            }
            if (q + 3 < n && s[q + 1] == '.' && ful_lc((unsigned char)s[q + 2]) == 'm' && s[q + 3] == '.') {
                ful_time(sc, i, q + 4);
                return q + 4;
            }
        }
    }
    /* A day number: "3 Dec", "3rd of December", "the 5th". */
    e = ful_daynum(sc, i, &val, &ord);
    if (e && val >= 1 && val <= 31) {
        char w[16] = {0};
        size_t wl, q = ful_skip_sp(sc, e), we;
        size_t of = ful_next_is(sc, e, "of");
        int mon = 0;
        if (of)
            q = ful_skip_sp(sc, of);
        if (!of && q == e && e + 1 < n && s[e] == '-' && ful_isal((unsigned char)s[e + 1])) {
            /* "15-Dec", "3-Jan-2027": day, hyphen, month, as spreadsheets and
             * CRMs write it ("3-may" in lowercase stays words) */
            we = ful_word(sc, e + 1, w, sizeof w, &wl);
            mon = ful_month_of(w, strlen(w));
            if (mon && !(mon == 5 && s[e + 1] != 'M')) {
                int year = 0;
                size_t ye = we, k = we + 1;
                while (k < n && ful_isdig((unsigned char)s[k]) && k - we <= 5)
                    year = year * 10 + (s[k++] - '0');
                if (we < n && s[we] == '-' && (k - we == 3 || k - we == 5) && !(k < n && ful_isalnum((unsigned char)s[k])))
                    ye = k, year += k - we == 3 ? 2000 : 0;
                else
                    year = 0;
                ful_abs_date(sc, mon, val, year, i, ye);
                return ye;
            }
        }
        if (q < n && q > e && ful_isal((unsigned char)s[q])) {
            we = ful_word(sc, q, w, sizeof w, &wl);
            mon = ful_month_of(w, strlen(w));
            if (mon && (FUL_STREQ(w, "may") || FUL_STREQ(w, "mar")) && !ord && s[q] != 'M')
                mon = 0; /* "3 may ..." is rarely a date */
            if (mon) {
                int year = 0;
                if (we < n && s[we] == '.')
                    we++;
                e = ful_opt_year(sc, we, &year);
                ful_abs_date(sc, mon, val, year, i, e);
                return e;
            }
        }
        if (ord && q < n && q > e && ful_isal((unsigned char)s[q])) {
            /* "the 2nd round of videos", "the 3rd time": a count, not a day */
            we = ful_word(sc, q, w, sizeof w, &wl);
            if (FUL_STREQ(w, "round") || FUL_STREQ(w, "time") || FUL_STREQ(w, "draft") || FUL_STREQ(w, "version") ||
                FUL_STREQ(w, "attempt") || FUL_STREQ(w, "try") || FUL_STREQ(w, "floor") || FUL_STREQ(w, "phase") ||
                FUL_STREQ(w, "stage") || FUL_STREQ(w, "place") || FUL_STREQ(w, "half") || FUL_STREQ(w, "revision") ||
                FUL_STREQ(w, "iteration") || FUL_STREQ(w, "batch") || FUL_STREQ(w, "wave") || FUL_STREQ(w, "reminder") ||
                FUL_STREQ(w, "option") || FUL_STREQ(w, "year") || FUL_STREQ(w, "quarter") || FUL_STREQ(w, "party") ||
                FUL_STREQ(w, "call") || FUL_STREQ(w, "meeting") || FUL_STREQ(w, "demo") || FUL_STREQ(w, "session") ||
                FUL_STREQ(w, "visit") || FUL_STREQ(w, "ring") || FUL_STREQ(w, "week") || FUL_STREQ(w, "wk") ||
                /* "adding the 2nd building", "the 3rd site": which one of a kind */
                FUL_STREQ(w, "building") || FUL_STREQ(w, "site") || FUL_STREQ(w, "store") || FUL_STREQ(w, "location") ||
                FUL_STREQ(w, "plant") || FUL_STREQ(w, "unit") || FUL_STREQ(w, "shift") || FUL_STREQ(w, "branch") ||
                FUL_STREQ(w, "depot") || FUL_STREQ(w, "office") || FUL_STREQ(w, "warehouse") || FUL_STREQ(w, "order") ||
                FUL_STREQ(w, "payment") || FUL_STREQ(w, "instalment") || FUL_STREQ(w, "installment") ||
                FUL_STREQ(w, "tranche") || FUL_STREQ(w, "lot") || FUL_STREQ(w, "level") || FUL_STREQ(w, "choice") ||
                FUL_STREQ(w, "contract"))
                return e;
        }
        if (ord) {
            size_t p = ful_prev_is(sc, i, "the");
            size_t wend = sc->cnt > 0 ? sc->out[sc->cnt - 1].off + sc->out[sc->cnt - 1].len : 0;
            if (!p && sc->cnt > 0 && sc->last_weekday && i >= wend && i - wend <= 3)
                p = i + 1; /* "Thursday 10th", "Mon, 14th": the day of the month (ful_emit merges the weekday) */
            if (!p && (ful_prev_is(sc, i, "on") || ful_prev_is(sc, i, "by") || ful_prev_is(sc, i, "before") ||
                       ful_prev_is(sc, i, "until") || ful_prev_is(sc, i, "till") || ful_prev_is(sc, i, "due") ||
                       ful_prev_is(sc, i, "w/c") || ful_prev_is(sc, i, "wc") || ful_prev_is(sc, i, "commencing")))
                p = i + 1; /* "give the PO on 15th", "by 8th": "the" left out, as many Englishes do; "w/c 14th" */
            if (p) {
                /* The first such day on or after the meeting date. */
                if (sc->m == FUL_NODATE) {
                    ful_emit(sc, FUL_DATE_EXACT, FUL_NODATE, FUL_NODATE, p - 1, e, 1, 0);
                } else {
                    int k;
                    for (k = 0; k < 14; k++) {
                        int y = SC_MY(sc) + (SC_MM(sc) - 1 + k) / 12, mo = (SC_MM(sc) - 1 + k) % 12 + 1;
                        ful_day r = ful_day_from_ymd(y, mo, val);
                        if (r != FUL_NODATE && r >= sc->m) {
                            ful_emit(sc, FUL_DATE_EXACT, r, r, p - 1, e, 1, 0);
                            break;
                        }
                    }
                }
                return e;
            }
        }
    }
    /* "at 11" right after a day is a time. */
    if (nd <= 2 && v >= 1 && v <= 23 && ful_prev_is(sc, i, "at") && sc->cnt > 0 &&
        !(j < n && (s[j] == '/' || s[j] == '.' || s[j] == '%' || s[j] == ',' || ful_isal((unsigned char)s[j])))) {
        ful_date_span *p = &sc->out[sc->cnt - 1];
        size_t g = p->off + p->len;
        if (i >= g && i - g <= 8) {
            size_t q = ful_skip_sp(sc, j);
            if (!(q < n && ful_isal((unsigned char)s[q]) && !ful_next_is(sc, j, "with") &&
                  !ful_next_is(sc, j, "and") && !ful_next_is(sc, j, "for") && !ful_next_is(sc, j, "to") &&
                  !ful_next_is(sc, j, "on") && !ful_next_is(sc, j, "in")))
                ful_time(sc, i, j);
        }
    }
    /* "two weeks from now" with a digit count */
    if (ful_next_is(sc, j, "days") || ful_next_is(sc, j, "weeks") || ful_next_is(sc, j, "months") ||
        ful_next_is(sc, j, "day") || ful_next_is(sc, j, "week") || ful_next_is(sc, j, "month")) {
        size_t u;
        char w[16] = {0};
        size_t wl;
        u = ful_skip_sp(sc, j);
        u = ful_word(sc, u, w, sizeof w, &wl);
        if (ful_next_is(sc, u, "from") || ful_next_is(sc, u, "later") ||
            (ful_next_is(sc, u, "out") && !ful_after_article(sc, i)))
            return ful_count_unit(sc, i, i, 0) ? u : j;
    }
    return 0;
}

/* "wk 50", "KW 50", "CW50": that calendar week (ISO 8601), Monday to
 * Sunday, the first not over by the meeting; its end, or 0. */
static size_t ful_week_number(ful_dscan *sc, size_t i, size_t e)
{
    const char *s = sc->s;
    size_t n = sc->n, d = ful_skip_sp(sc, e), de = d;
    int wn = 0;
    while (de < n && ful_isdig((unsigned char)s[de]) && de - d < 3)
        wn = wn * 10 + (s[de++] - '0');
    if (de == d || (de < n && ful_isalnum((unsigned char)s[de])) || wn < 1 || wn > 53)
        return 0;
    {
        /* a week number ends its phrase: "Send proposal KW50", "by wk 50.";
         * "wk 2 going well", "CW 3 seats", "wk 50 units" are counts */
        size_t t = ful_skip_sp(sc, de);
        if (t < n && (ful_isalnum((unsigned char)s[t]) || s[t] == '-' || s[t] == '%'))
            return 0;
    }
    {
        ful_day a = FUL_NODATE;
        if (sc->m != FUL_NODATE) {
            int y;
            for (y = SC_MY(sc); y <= SC_MY(sc) + 1; y++) {
                ful_day j4 = ful_day_from_ymd(y, 1, 4);
                a = j4 - ful_day_weekday(j4) + 7 * (wn - 1);
                if (a + 6 >= sc->m)
                    break;
            }
        }
        ful_emit(sc, FUL_DATE_WINDOW, a, a == FUL_NODATE ? a : a + 6, i, de, 0, 0);
    }
    return de;
}

/* Letter words at a token start. */
/* Nothing but spaces and closing punctuation from i to n: the line's end. */
static int ful_only_punct(const char *s, size_t i, size_t n)
{
    for (; i < n; i++)
        switch (s[i]) {
        case ' ': case '\t': case '.': case '!': case '?': case ',': case ';': case ')':
            break;
        default:
            return 0;
        }
    return 1;
}

static size_t ful_scan_word(ful_dscan *sc, size_t i)
{
    const char *s = sc->s;
    size_t n = sc->n, e, q, wl;
    char w[16] = {0}, w2[16] = {0};
    int k;

    e = ful_word(sc, i, w, sizeof w, &wl);
    if (wl > 12)
        return e;
    if (ful_dates_week_word(w, wl) && (q = ful_week_number(sc, i, i + 2)) != 0)
        return q; /* "KW50": the gate lets only cw, kw, wk before a digit through */
    switch (w[0]) {
    case 'a':
        if (ful_eq(w, wl, "after")) {
            /* "after the holidays", "after the new year": early January
             * (Jan 2..Jan 15), the first such stretch not already over. */
            q = ful_next_is(sc, e, "the");
            q = q ? q : e;
            if (ful_next_is(sc, q, "holidays") || ful_next_is(sc, q, "holiday") ||
                ful_next_is(sc, q, "new") || ful_next_is(sc, q, "christmas") || ful_next_is(sc, q, "xmas")) {
                size_t end = ful_next_is(sc, q, "holidays");
                if (!end) end = ful_next_is(sc, q, "holiday");
                if (!end) end = ful_next_is(sc, q, "christmas");
                if (!end) end = ful_next_is(sc, q, "xmas");
                if (!end) {
                    end = ful_next_is(sc, q, "new");
                    if (!ful_next_is(sc, end, "year") && !ful_next_is(sc, end, "year's") &&
                        !ful_next_is(sc, end, "years"))
                        return e;
                    q = ful_skip_sp(sc, end);
                    end = ful_word(sc, q, w2, sizeof w2, &wl);
                    if (end < n && s[end] == '\'')
                        end += (end + 1 < n && ful_lc((unsigned char)s[end + 1]) == 's') ? 2 : 1;
                }
                if (sc->m == FUL_NODATE) {
                    ful_emit(sc, FUL_DATE_WINDOW, FUL_NODATE, FUL_NODATE, i, end, 0, 0);
                } else {
                    int y = SC_MY(sc) + 1;
                    if (SC_MM(sc) == 1 && SC_MD(sc) <= 15)
                        y = SC_MY(sc);
                    ful_day a = ful_day_from_ymd(y, 1, 2), b = ful_day_from_ymd(y, 1, 15);
                    if (a < sc->m)
                        a = sc->m;
                    ful_emit(sc, FUL_DATE_WINDOW, a, b, i, end, 0, 0);
                }
                return end;
            }
            if ((q = ful_count_unit(sc, ful_skip_sp(sc, e), i, 0)) != 0)
                return q;
            /* "the week after next": the week that starts two Mondays on */
            if ((q = ful_next_is(sc, e, "next")) != 0) {
                size_t wk = ful_prev_is(sc, i, "week");
                if (!wk)
                    wk = ful_prev_is(sc, i, "wk");
                if (wk) {
                    ful_day mon = sc->m == FUL_NODATE ? FUL_NODATE : sc->m - ful_day_weekday(sc->m) + 14;
                    ful_emit(sc, FUL_DATE_WINDOW, mon, mon == FUL_NODATE ? mon : mon + 6, wk - 1, q, 0, 0);
                    return q;
                }
            }
            /* "after the 15th", "after 12/15": the day after it */
            q = ful_skip_sp(sc, ful_next_is(sc, e, "the") ? ful_next_is(sc, e, "the") : e);
            if (q < n && ful_isdig((unsigned char)s[q])) {
                int c0 = sc->cnt;
                size_t r = ful_scan_number(sc, q);
                if (r && sc->cnt == c0 + 1 && sc->out[c0].kind == FUL_DATE_EXACT) {
                    ful_date_span *p = &sc->out[c0];
                    if (p->start != FUL_NODATE)
                        p->start = p->end = p->start + 1;
                    p->len = p->off + p->len - i;
                    p->off = i;
                    sc->last_weekday = sc->last_absolute = 0;
                }
                return r ? r : e;
            }
        }
        break;
    case 'c':
    case 'x':
        if (ful_eq(w, wl, "cw") && (q = ful_week_number(sc, i, e)) != 0)
            return q;
        if (ful_eq(w, wl, "christmas") || ful_eq(w, wl, "xmas")) {
            /* "before Christmas" (to Dec 24), "by Xmas" (to Dec 25): a window
             * from the meeting, vague as any; "after Christmas" is read at "after" */
            int before = ful_prev_is(sc, i, "before") != 0;
            ful_day b = FUL_NODATE;
            if (!before && !ful_prev_is(sc, i, "by") && !ful_prev_is(sc, i, "until") && !ful_prev_is(sc, i, "till"))
                break;
            if (sc->m != FUL_NODATE) {
                b = ful_day_from_ymd(SC_MY(sc), 12, before ? 24 : 25);
                if (b < sc->m)
                    b = ful_day_from_ymd(SC_MY(sc) + 1, 12, before ? 24 : 25);
            }
            ful_emit(sc, FUL_DATE_WINDOW, sc->m, b, i, e, 0, 0);
            return e;
        }
        break;
    case 'e':
        if (ful_eq(w, wl, "eod") || ful_eq(w, wl, "eow") || ful_eq(w, wl, "eom") ||
            ful_eq(w, wl, "eoy") || ful_eq(w, wl, "eoq")) {
            ful_day r = ful_period_end(sc, w[2]);
            if (w[2] == 'd') {
                /* "EOD tomorrow", "by EOD Friday": the day named next decides */
                size_t nw = ful_skip_sp(sc, e), ne;
                if (nw < n && nw > e && ful_isal((unsigned char)s[nw])) {
                    ne = ful_word(sc, nw, w2, sizeof w2, &wl);
                    (void)ne;
                    if (ful_is_tomorrow(w2, wl) || ful_weekday_of(w2, wl))
                        return e;
                }
            }
            ful_emit(sc, FUL_DATE_EXACT, r, r, i, e, 0, 0);
            return e;
        }
        if (ful_eq(w, wl, "end") && (q = ful_next_is(sc, e, "of")) != 0) {
            size_t t = ful_next_is(sc, q, "the");
            size_t u;
            ful_day r = FUL_NODATE;
            if (t)
                q = t;
            u = ful_skip_sp(sc, q);
            u = ful_word(sc, u, w2, sizeof w2, &wl);
            if (FUL_STREQ(w2, "next") || FUL_STREQ(w2, "nxt")) {
                /* "end of next week" (its Friday), "end of next month": the period after this one */
                size_t v = ful_skip_sp(sc, u);
                v = ful_word(sc, v, w2, sizeof w2, &wl);
                if (FUL_STREQ(w2, "week") || FUL_STREQ(w2, "wk") || FUL_STREQ(w2, "month") || FUL_STREQ(w2, "quarter") ||
                    FUL_STREQ(w2, "year")) {
                    if (sc->m != FUL_NODATE) {
                        ful_day a;
                        ful_period(sc, w2[0], 1, &a, &r);
                        if (w2[0] == 'w')
                            r = a + 4; /* (its Friday, as "end of week") */
                    }
                    ful_emit(sc, FUL_DATE_EXACT, r, r, i, v, 0, 0);
                    return v;
                }
                break;
            }
            if (FUL_STREQ(w2, "week") && (t = ful_next_is(sc, u, "after")) != 0 && (t = ful_next_is(sc, t, "next")) != 0) {
                /* "end of the week after next": that week's Friday */
                r = sc->m == FUL_NODATE ? FUL_NODATE : ful_period_end(sc, 'w') + 14;
                ful_emit(sc, FUL_DATE_EXACT, r, r, i, t, 0, 0);
                return t;
            }
            if (FUL_STREQ(w2, "day") || FUL_STREQ(w2, "week") || FUL_STREQ(w2, "month") ||
                FUL_STREQ(w2, "quarter") || FUL_STREQ(w2, "year")) {
                if (w2[0] == 'd') {
                    /* "end of day tomorrow", "end of day Friday": as EOD, the day named next */
                    char w3[16];
                    size_t nw = ful_skip_sp(sc, u), l3;
                    if (nw < n && nw > u && ful_isal((unsigned char)s[nw])) {
                        (void)ful_word(sc, nw, w3, sizeof w3, &l3);
                        if (ful_is_tomorrow(w3, l3) || ful_weekday_of(w3, l3))
                            return u;
                    }
                }
                r = ful_period_end(sc, w2[0]);
                ful_emit(sc, FUL_DATE_EXACT, r, r, i, u, 0, 0);
                return u;
            }
        }
        break;
    case 'i':
        if (ful_eq(w, wl, "in")) {
            q = ful_next_is(sc, e, "the");
            /* seasons (northern hemisphere): the next one not yet over */
            if (q && q + 1 < sc->n && ful_in_set(ful_lc((unsigned char)s[q + 1]), "sfaw") && s[q + 1]) {
                static const char *const seasons[] = {"spring", "summer", "fall", "autumn", "winter"};
                static const signed char first[] = {3, 6, 9, 9, 12};
                int si;
                for (si = 0; si < 5; si++) {
                    size_t se = ful_next_is(sc, q, seasons[si]);
                    if (se) {
                        if (sc->m == FUL_NODATE) {
                            ful_emit(sc, FUL_DATE_WINDOW, FUL_NODATE, FUL_NODATE, i, se, 0, 0);
                        } else {
                            int y = SC_MY(sc);
                            ful_day a = ful_day_from_ymd(y, first[si], 1);
                            ful_day b = ful_day_month_end(ful_day_add_months(a, 2));
                            if (b < sc->m) {
                                a = ful_day_from_ymd(y + 1, first[si], 1);
                                b = ful_day_month_end(ful_day_add_months(a, 2));
                            }
                            ful_emit(sc, FUL_DATE_WINDOW, a, b, i, se, 0, 0);
                        }
                        return se;
                    }
                }
            }
            q = ful_skip_sp(sc, e);
            {
                /* "in the next few days": within them */
                size_t t = ful_next_is(sc, e, "the"), u;
                if (t && (u = ful_next_is(sc, t, "next")) != 0 && (u = ful_count_unit(sc, ful_skip_sp(sc, u), i, 1)) != 0)
                    return u;
            }
            if (q < n && q > e && (ful_isdig((unsigned char)s[q]) || ful_in_set(ful_lc((unsigned char)s[q]), "aotfsenwc")) &&
                s[q] && (q = ful_count_unit(sc, q, i, 0)) != 0)
                return q;
        }
        break;
    case 'w':
        if (ful_eq(w, wl, "within")) {
            size_t u;
            q = ful_next_is(sc, e, "the");
            if (q && ((u = ful_next_is(sc, q, "week")) != 0 || (u = ful_next_is(sc, q, "month")) != 0)) {
                /* "within the week": by its Friday; "within the month": by its last day */
                int wk = ful_next_is(sc, q, "week") != 0;
                ful_day b = ful_period_end(sc, wk ? 'w' : 'm');
                if (sc->m != FUL_NODATE && b < sc->m + 1) /* (said on its last day or a weekend: the next one) */
                    b = wk ? b + 7 : ful_day_month_end(b + 1);
                ful_emit(sc, FUL_DATE_WINDOW, sc->m == FUL_NODATE ? FUL_NODATE : sc->m + 1, b, i, u, 0, 0);
                return u;
            }
            if (q && (u = ful_next_is(sc, q, "next")) != 0)
                q = u; /* "within the next 3 days" */
            if ((q = ful_count_unit(sc, ful_skip_sp(sc, q ? q : e), i, 1)) != 0)
                return q;
        }
        if (ful_eq(w, wl, "weekend")) {
            /* "by the weekend": by Friday; "over the weekend", "this
             * weekend": its Saturday and Sunday */
            ful_day a = FUL_NODATE, b = FUL_NODATE;
            size_t th = ful_prev_is(sc, i, "the"), pv = th ? th - 1 : i;
            int by = ful_prev_is(sc, pv, "by") != 0 || ful_prev_is(sc, pv, "before") != 0;
            if (!by && !ful_prev_is(sc, pv, "over") && !ful_prev_is(sc, pv, "on") && !ful_prev_is(sc, pv, "at") &&
                !ful_prev_is(sc, pv, "until") && !ful_prev_is(sc, pv, "till"))
                return e; /* "last weekend", "weekend support": no day */
            if (sc->m != FUL_NODATE) {
                b = ful_period_end(sc, 'w');
                a = by ? sc->m : b + 1;
                if (!by)
                    b += 2;
                if (b < sc->m) /* (a Saturday's note: this weekend is now) */
                    b = sc->m;
                if (a > b)
                    a = b;
            }
            ful_emit(sc, FUL_DATE_WINDOW, a, b, i, e, 0, 0);
            return e;
        }
        if (ful_eq(w, wl, "wk") && (q = ful_week_number(sc, i, e)) != 0)
            return q;
        break;
    case 'g':
        /* '"give me 10 days"', '"give us a couple of weeks"': the time the
         * client asks for, counted from the meeting as "in 10 days" is (the
         * seller comes back then) */
        if (ful_eq(w, wl, "give") && ((q = ful_next_is(sc, e, "me")) != 0 || (q = ful_next_is(sc, e, "us")) != 0) &&
            (q = ful_skip_sp(sc, q)) < n && (e = ful_count_unit(sc, q, q, 0)) != 0)
            return e;
        break;
    case 'k':
        if (ful_eq(w, wl, "kw") && (q = ful_week_number(sc, i, e)) != 0)
            return q; /* (German: Kalenderwoche) */
        break;
    case 'y':
        if (ful_eq(w, wl, "year") && e + 1 < n && (ful_next_is(sc, e, "end") || (s[e] == '-' && ful_next_is(sc, e + 1, "end"))) &&
            (ful_prev_is(sc, i, "by") || ful_prev_is(sc, i, "before") || ful_prev_is(sc, i, "until") ||
             ful_prev_is(sc, i, "till") || ful_prev_is(sc, i, "at") || ful_prev_is(sc, i, "for") ||
             ((q = ful_prev_is(sc, i, "the")) != 0 && (ful_prev_is(sc, q - 1, "by") || ful_prev_is(sc, q - 1, "before") ||
                                                         ful_prev_is(sc, q - 1, "at") || ful_prev_is(sc, q - 1, "until"))))) {
            /* "by year end", "before year-end": the calendar year's last
             * day, the one day EOY and "end of year" name (and so as firm) */
            size_t u = ful_next_is(sc, e, "end") ? ful_next_is(sc, e, "end") : ful_next_is(sc, e + 1, "end");
            ful_day r = ful_period_end(sc, 'y');
            ful_emit(sc, FUL_DATE_EXACT, r, r, i, u, 0, 0);
            return u;
        }
        if (ful_eq(w, wl, "ye") && s[i] == 'Y' && s[i + 1] == 'E' &&
            (ful_prev_is(sc, i, "by") || ful_prev_is(sc, i, "before") || ful_prev_is(sc, i, "until") ||
             ful_prev_is(sc, i, "till") || ful_prev_is(sc, i, "at"))) {
            /* "by YE": year end, in capitals only ("ye" is a word) */
            ful_day r = ful_period_end(sc, 'y');
            ful_emit(sc, FUL_DATE_EXACT, r, r, i, e, 0, 0);
            return e;
        }
        break;
    case 'n':
    case 't':
        if ((ful_eq(w, wl, "today") || ful_eq(w, wl, "tonight")) && ful_possessive(sc, e))
            return e; /* "the recording of today's call": the meeting just held, no due */
        if (ful_eq(w, wl, "today") || ful_eq(w, wl, "tonight") || ful_is_tomorrow(w, wl)) {
            /* "a week today", "two weeks from tomorrow" (British), "the day
             * after tomorrow": counted on from that day */
            size_t off = i, p;
            int add = w[1] == 'o' && w[2] == 'd' ? 0 : w[1] == 'o' && w[2] == 'n' ? 0 : 1;
            int wk = ful_weeks_before(sc, i, &off);
            if (wk)
                add += 7 * wk;
            else if (add && (p = ful_prev_is(sc, i, "after")) != 0 && (p = ful_prev_is(sc, p - 1, "day")) != 0)
                add++, off = p - 1;
            if (sc->m == FUL_NODATE)
                add = 0;
            ful_emit(sc, FUL_DATE_EXACT, sc->m + add, sc->m + add, off, e, 0, 0);
            return e;
        }
        if (ful_eq(w, wl, "next") || ful_eq(w, wl, "this") || ful_eq(w, wl, "nxt")) {
            int nx = w[0] == 'n';
            q = ful_skip_sp(sc, e);
            if (q < n && q > e && ful_isal((unsigned char)s[q])) {
                size_t u = ful_word(sc, q, w2, sizeof w2, &wl);
                ful_day a = FUL_NODATE, b = FUL_NODATE;
                int wd = ful_weekday_of(w2, strlen(w2));
                if (wd) {
                    /* "next Tuesday" is the first Tuesday after the meeting, like "Tuesday". */
                    if (sc->m != FUL_NODATE) {
                        int dlt = (wd - 1 - ful_day_weekday(sc->m) + 7) % 7;
                        a = sc->m + (dlt ? dlt : 7);
                    }
                    ful_emit(sc, FUL_DATE_EXACT, a, a, i, u, 0, 1);
                    return u;
                }
                if (FUL_STREQ(w2, "weekend")) {
                    /* "this weekend", "next weekend": its Saturday and Sunday */
                    if (sc->m != FUL_NODATE) {
                        a = ful_period_end(sc, 'w') + 1 + (nx ? 7 : 0);
                        b = a + 1;
                        if (a < sc->m)
                            a = sc->m;
                    }
                } else {
                    char kind = FUL_STREQ(w2, "week") || FUL_STREQ(w2, "wk")                           ? 'w'
                                : FUL_STREQ(w2, "month") || FUL_STREQ(w2, "mth") || FUL_STREQ(w2, "mnth") ? 'm'
                                : FUL_STREQ(w2, "quarter")                                              ? 'q'
                                : FUL_STREQ(w2, "year")                                                 ? 'y'
                                                                                                        : 0;
                    if (!kind)
                        break;
                    if (sc->m != FUL_NODATE)
                        ful_period(sc, kind, nx, &a, &b);
                }
                ful_emit(sc, FUL_DATE_WINDOW, a, b, i, u, 0, 0);
                return u;
            }
        }
        break;
    case 'q':
        if (wl == 2 && w[1] >= '1' && w[1] <= '4') {
            int year = 0;
            q = ful_opt_year(sc, e, &year);
            ful_quarter_window(sc, w[1] - '0', year, i, q);
            return q;
        }
        break;
    default:
        break;
    }
    /* "two weeks from now", "a few days later" */
    if (wl >= 3 && wl <= 7 && (q = ful_skip_sp(sc, e)) < n && q > e &&
        ful_in_set(ful_lc((unsigned char)s[q]), "dwmfco") && s[q] &&
        (ful_count_word(w, wl) || ful_eq(w, wl, "few") || ful_eq(w, wl, "couple"))) {
        size_t u = ful_skip_sp(sc, e), ue;
        if (ful_eq(w, wl, "a") && (ful_next_is(sc, e, "few") || ful_next_is(sc, e, "couple")))
            u = ful_skip_sp(sc, ful_next_is(sc, e, "few") ? ful_next_is(sc, e, "few") : ful_next_is(sc, e, "couple"));
        if (ful_next_is(sc, u, "of"))
            u = ful_skip_sp(sc, ful_next_is(sc, u, "of"));
        if (u < n && ful_isal((unsigned char)s[u])) {
            ue = ful_word(sc, u, w2, sizeof w2, &wl);
            if ((ful_next_is(sc, ue, "from") && ful_next_is(sc, ful_next_is(sc, ue, "from"), "now")) ||
                ful_next_is(sc, ue, "later") || ful_next_is(sc, ue, "out")) {
                if ((q = ful_count_unit(sc, i, i, 0)) != 0)
                    return q;
            }
        }
        return e;
    }
    /* weekdays; "sat"/"sun" only when written as names (Sat, Sun) */
    k = ful_weekday_of(w, wl);
    if (k) {
        ful_day a = FUL_NODATE;
        /* lowercase "sat", "sun", "mon" are words too: a day only next to a
         * date word or a number ("on mon", "mon 2pm"), before the part of
         * the day or "re" ("sat morning", "mon re pricing"), or, "mon" (no
         * verb, unlike "sat"), after a name ("f/u Jesse mon") */
        if ((ful_eq(w, wl, "sat") || ful_eq(w, wl, "sun") || ful_eq(w, wl, "mon")) && s[i] >= 'a') {
            size_t nx = ful_skip_sp(sc, e), pw = i;
            while (pw > 0 && s[pw - 1] == ' ')
                pw--;
            while (pw > 0 && ful_isalnum((unsigned char)s[pw - 1]))
                pw--;
            if (!(ful_prev_is(sc, i, "on") || ful_prev_is(sc, i, "by") || ful_prev_is(sc, i, "next") ||
                  ful_prev_is(sc, i, "this") || ful_prev_is(sc, i, "until") || ful_prev_is(sc, i, "till") ||
                  (nx < n && nx > e && ful_isdig((unsigned char)s[nx])) ||
                  (ful_only_punct(s, e, n) && i > 0 && s[i - 1] == ' ') || /* "legal sends redlines mon." */
                  ful_next_is(sc, e, "re") || ful_next_is(sc, e, "morning") || ful_next_is(sc, e, "afternoon") ||
                  ful_next_is(sc, e, "arvo") || ful_next_is(sc, e, "eve") || ful_next_is(sc, e, "evening") ||
                  (wl == 3 && w[0] == 'm' && pw < i && s[pw] >= 'A' && s[pw] <= 'Z' && (pw == 0 || s[pw - 1] == ' '))))
                return e;
        }
        if (sc->m != FUL_NODATE) {
            int dlt = (k - 1 - ful_day_weekday(sc->m) + 7) % 7;
            a = sc->m + (dlt ? dlt : 7);
        }
        /* "on Monday 30", "Tue 24, 10am": a weekday and its day's number,
         * when one of the next six such weekdays falls on it; "Mon 30 mins",
         * "Tue 2 pm" and "Monday 30 Nov" (read with the month) go on below */
        if (a != FUL_NODATE) {
            size_t nx = ful_skip_sp(sc, e), de, af;
            int val, ord, yy, mm, dd;
            ful_day c;
            if (nx > e && nx < n && ful_isdig((unsigned char)s[nx]) && (de = ful_daynum(sc, nx, &val, &ord)) != 0 && !ord &&
                ((af = ful_skip_sp(sc, de)) >= n || s[de] == ',' || s[de] == ';' || s[de] == ')' ||
                 (s[de] == '.' && (de + 1 >= n || s[de + 1] == ' ')) || (af > de && s[af] == '-') || ful_next_is(sc, de, "at")))
                for (c = (a - 7 >= sc->m ? a - 7 : a); c < a + 42; c += 7) {
                    ful_day_to_ymd(c, &yy, &mm, &dd);
                    if (dd == val) {
                        ful_emit(sc, FUL_DATE_EXACT, c, c, i, de, 0, 1);
                        return de;
                    }
                }
        }
        {
            size_t e0 = e; /* the look-ahead stops at a full stop: "Call Wed. Next week we send" */
            if (e < n && s[e] == '.')
                e++;
            /* "Friday next week": that day of the week after the meeting's;
             * "Monday week", "a week Friday", "a week on Friday" (British):
             * a week after the coming Monday, Friday */
            size_t x = e == e0 ? ful_next_is(sc, e, "next") : 0, p = i, y;
            if (!x && e == e0)
                x = ful_next_is(sc, e, "nxt");
            if (x && ((y = ful_next_is(sc, x, "week")) != 0 || (y = ful_next_is(sc, x, "wk")) != 0)) {
                if (a != FUL_NODATE)
                    a = sc->m - ful_day_weekday(sc->m) + 7 + (k - 1);
                e = y;
            } else if (e == e0 && (x = ful_next_is(sc, e, "week")) != 0 && !ful_next_is(sc, x, "of") &&
                       !((y = ful_skip_sp(sc, x)) < n && ful_isdig((unsigned char)s[y])) &&
                       !ful_prev_is(sc, i, "this") && !ful_prev_is(sc, i, "next") && !ful_prev_is(sc, i, "last")) {
                if (a != FUL_NODATE)
                    a += 7;
                e = x;
            } else {
                if ((y = ful_prev_is(sc, i, "on")) != 0 || (y = ful_prev_is(sc, i, "from")) != 0)
                    p = y - 1;
                if ((y = ful_prev_is(sc, p, "week")) != 0 && (y = ful_prev_is(sc, y - 1, "a")) != 0) {
                    if (a != FUL_NODATE)
                        a += 7;
                    i = y - 1;
                }
            }
        }
        ful_emit(sc, FUL_DATE_EXACT, a, a, i, e, 0, 1);
        return e;
    }
    /* months: "Dec 3", "December 3rd, 2026", "Dec 2026", "in January" */
    k = ful_month_of(w, wl);
    if (k) {
        size_t we = e, d, ye;
        int val, ord, year = 0;
        if (we < n && s[we] == '.')
            we++;
        d = ful_skip_sp(sc, we);
        if (d < n && d > we && ful_isal((unsigned char)s[d]) && (ye = ful_ordinal_word(sc, d, &val)) > 0) {
            ful_abs_date(sc, k, val, 0, i, ye); /* "December tenth" */
            return ye;
        }
        if (d == we && we + 1 < n && s[we] == '-' && ful_isdig((unsigned char)s[we + 1])) {
            /* "Dec-15": month, hyphen, day */
            size_t de = ful_daynum(sc, we + 1, &val, &ord);
            if (de && val >= 1 && val <= 31 && !(de < n && (s[de] == ':' || s[de] == '/' || s[de] == '-'))) {
                ful_abs_date(sc, k, val, 0, i, de);
                return de;
            }
        }
        if (d < n && ful_isdig((unsigned char)s[d]) && d > we) {
            size_t de = ful_daynum(sc, d, &val, &ord);
            if (de && val >= 1 && val <= 31 && !(de < n && (s[de] == ':' || s[de] == '/'))) {
                ye = ful_opt_year(sc, de, &year);
                ful_abs_date(sc, k, val, year, i, ye);
                return ye;
            }
            ye = ful_opt_year(sc, we, &year); /* "Dec 2026": that month */
            if (ye != we) {
                ful_month_window(sc, k, year, i, ye, 1, 0);
                return ye;
            }
            return e;
        }
        /* A bare month is a window; "may" and "march" only after a preposition
         * and capitalised ("in May"), being common words too. */
        if (k == 5 || (k == 3 && wl == 5)) {
            if (s[i] != 'M' || !(ful_prev_is(sc, i, "in") || ful_prev_is(sc, i, "by") ||
                                 ful_prev_is(sc, i, "early") || ful_prev_is(sc, i, "late") ||
                                 ful_prev_is(sc, i, "mid") || ful_prev_is(sc, i, "until") ||
                                 ful_prev_is(sc, i, "of")))
                return e;
        }
        {
            int from, to;
            size_t off = ful_month_part(sc, i, &from, &to);
            ful_month_window(sc, k, 0, off, e, from, to);
        }
        return e;
    }
    return e;
}

/* Could a word starting with bytes a, b, c be a date word? A cheap gate in
 * front of ful_scan_word, which most words never need. Its third letter
 * matters: "we", "with", "the", "send", "demo", "not" pass the first two
 * letters of a date word but not three, and cost ful_scan_word a copy and
 * its name tests for nothing. The words it can act on (its cases, the
 * counting words, weekdays and months), by their first letters; c is -1
 * past the line's end. */
#define FUL_B(x) (1u << ((x) - 'a'))
#define FUL_END (1u << 26) /* the word ends after two letters: "in" */
/* by the first two letters: the third letters that go on a date word.
 * A table, not a switch on the first letter: that switch's jump was most
 * of a line's mispredicted indirect jumps. */
#define FUL_AB(a, b) [(a) - 'a'][(b) - 'a']
static const uint32_t ful_date_thirds[26][26] = {
    /* after apr april aug august */
    FUL_AB('a', 'f') = FUL_B('t'), FUL_AB('a', 'p') = FUL_B('r'), FUL_AB('a', 'u') = FUL_B('g'),
    /* christmas, xmas; cw, kw, wk (calendar weeks: "CW 50", "KW50", "wk 50") */
    FUL_AB('c', 'h') = FUL_B('r'), FUL_AB('x', 'm') = FUL_B('a'), FUL_AB('c', 'w') = FUL_END,
    FUL_AB('k', 'w') = FUL_END, FUL_AB('w', 'k') = FUL_END,
    /* year (end), YE */
    FUL_AB('y', 'e') = FUL_B('a') | FUL_END,
    /* dec december */
    FUL_AB('d', 'e') = FUL_B('c'),
    /* eod eow eom eoy eoq end */
    FUL_AB('e', 'o') = FUL_B('d') | FUL_B('w') | FUL_B('m') | FUL_B('y') | FUL_B('q'), FUL_AB('e', 'n') = FUL_B('d'),
    /* feb february few fri friday */
    FUL_AB('f', 'e') = FUL_B('b') | FUL_B('w'), FUL_AB('f', 'r') = FUL_B('i'),
    /* give (me|us N days); in */
    FUL_AB('g', 'i') = FUL_B('v'), FUL_AB('i', 'n') = FUL_END,
    /* jan january jun june jul july */
    FUL_AB('j', 'a') = FUL_B('n'), FUL_AB('j', 'u') = FUL_B('n') | FUL_B('l'),
    /* mon monday mar march may */
    FUL_AB('m', 'o') = FUL_B('n'), FUL_AB('m', 'a') = FUL_B('r') | FUL_B('y'),
    /* next nxt nov november */
    FUL_AB('n', 'e') = FUL_B('x'), FUL_AB('n', 'x') = FUL_B('t'), FUL_AB('n', 'o') = FUL_B('v'),
    /* oct october */
    FUL_AB('o', 'c') = FUL_B('t'),
    /* sat saturday sun sunday sep sept september seven several */
    FUL_AB('s', 'a') = FUL_B('t'), FUL_AB('s', 'u') = FUL_B('n'), FUL_AB('s', 'e') = FUL_B('p') | FUL_B('v'),
    /* today tonight tomorrow (and its typos) tmr tmrw tmw tue thu this three two twelve */
    FUL_AB('t', 'o') = FUL_B('d') | FUL_B('n') | FUL_B('m'), FUL_AB('t', 'm') = FUL_B('r') | FUL_B('w'),
    FUL_AB('t', 'u') = FUL_B('e'), FUL_AB('t', 'h') = FUL_B('i') | FUL_B('u') | FUL_B('r'),
    FUL_AB('t', 'w') = FUL_B('o') | FUL_B('e'),
    /* wed weds wednesday weekend within */
    FUL_AB('w', 'e') = FUL_B('d') | FUL_B('e'), FUL_AB('w', 'i') = FUL_B('t'),
};
#undef FUL_AB

/* An ASCII letter's place in the alphabet from 1, either case; 0 for any
 * other byte: one load for the range test and the case fold. */
static const unsigned char ful_lidx[256] = {
    ['a'] = 1, ['A'] = 1, ['b'] = 2, ['B'] = 2, ['c'] = 3, ['C'] = 3, ['d'] = 4, ['D'] = 4, ['e'] = 5, ['E'] = 5,
    ['f'] = 6, ['F'] = 6, ['g'] = 7, ['G'] = 7, ['h'] = 8, ['H'] = 8, ['i'] = 9, ['I'] = 9, ['j'] = 10, ['J'] = 10,
    ['k'] = 11, ['K'] = 11, ['l'] = 12, ['L'] = 12, ['m'] = 13, ['M'] = 13, ['n'] = 14, ['N'] = 14,
    ['o'] = 15, ['O'] = 15, ['p'] = 16, ['P'] = 16, ['q'] = 17, ['Q'] = 17, ['r'] = 18, ['R'] = 18,
    ['s'] = 19, ['S'] = 19, ['t'] = 20, ['T'] = 20, ['u'] = 21, ['U'] = 21, ['v'] = 22, ['V'] = 22,
    ['w'] = 23, ['W'] = 23, ['x'] = 24, ['X'] = 24, ['y'] = 25, ['Y'] = 25, ['z'] = 26, ['Z'] = 26,
};

static int ful_date_prefix(int a, int b, int c)
{
    uint32_t third;
    unsigned ia = ful_lidx[a], ib;
    if (!ia)
        return 0;
    if (ia == 'q' - 'a' + 1)
        return (b | 0x20) >= '1' && (b | 0x20) <= '4';
    ib = ful_lidx[b];
    if (!ib || (third = ful_date_thirds[ia - 1][ib - 1]) == 0)
        return 0;
    if (c < 0 || !ful_isalnum(c))
        return (third & FUL_END) != 0;
    if (ful_isdig(c)) /* "KW50", "wk50" */
        return (ia == 'k' - 'a' + 1 || ia == 'c' - 'a' + 1 || ia == 'w' - 'a' + 1) &&
               (ib == 'w' - 'a' + 1 || ib == 'k' - 'a' + 1) && (third & FUL_END);
    return ful_isal(c) && c < 0x80 && (third & FUL_B(ful_lc(c))); /* (a marked letter's lead byte: no date word) */
}
#undef FUL_END

/* Is the word at i the second half of a hyphenated name ("Min-jun",
 * "Anne-May")? A capitalised first half that is no date's prefix ("Mid-Jan"
 * is one). Only asked of words that may open a date. */
static int ful_name_half(const ful_dscan *sc, size_t i)
{
    const char *s = sc->s;
    size_t k;
    if (i < 3 || s[i - 1] != '-' || !ful_isal((unsigned char)s[i - 2]))
        return 0;
    for (k = i - 2; k > 0 && ful_isal((unsigned char)s[k - 1]); k--)
        ;
    if (!(s[k] >= 'A' && s[k] <= 'Z'))
        return 0;
    return !(i - 1 - k == 3 && ful_lc((unsigned char)s[k + 1]) == 'i' && ful_lc((unsigned char)s[k + 2]) == 'd') && /* Mid- */
           !(i - 1 - k == 3 && ful_lc((unsigned char)s[k + 1]) == 'n' && ful_lc((unsigned char)s[k + 2]) == 'd') && /* End- */
           !(i - 1 - k == 4 && ful_lc((unsigned char)s[k + 1]) == 'a' && ful_lc((unsigned char)s[k + 2]) == 't') && /* Late- */
           !(i - 1 - k == 5 && ful_lc((unsigned char)s[k + 1]) == 'a' && ful_lc((unsigned char)s[k + 2]) == 'r'); /* Early- */
}

/* The readers never change the text's span, and only they add spans: n is
 * read once and the span count checked after a reader ran, not per byte. */
static void ful_scan(ful_dscan *sc)
{
    const char *s = sc->s;
    const size_t n = sc->n;
    size_t i = 0, e;
    for (;;) {
        unsigned char c;
        /* the bytes between words in one tight loop */
        while (i < n && !ful_isalnum((unsigned char)s[i]))
            i++;
        if (i >= n)
            return;
        c = (unsigned char)s[i];
        if (ful_isdig(c)) {
            if (i > 0 && ful_isal((unsigned char)s[i - 1])) { /* "v2", "Q1" handled by words */
                i++;
                continue;
            }
            e = ful_scan_number(sc, i);
            if (!e) {
                e = i;
                while (e < n && ful_isalnum((unsigned char)s[e]))
                    e++;
            }
            i = e > i ? e : i + 1;
        } else if (i + 1 < n && ful_date_prefix(c, (unsigned char)s[i + 1], i + 2 < n ? (unsigned char)s[i + 2] : -1) &&
                   !ful_name_half(sc, i)) {
            e = ful_scan_word(sc, i);
            i = e > i ? e : i + 1;
        } else {
            i++;
            while (i < n && ful_isalnum((unsigned char)s[i]))
                i++;
            i++; /* (the byte that ended the word is none: past it untested) */
            continue;
        }
        if (sc->cnt >= sc->max)
            return;
    }
}

int ful_dates_find(const char *text, size_t n, ful_day meeting, ful_date_span *out, int max)
{
    ful_dscan sc;
    if (!text || !out || max <= 0)
        return 0;
    memset(&sc, 0, sizeof sc);
    sc.swap = sc.last_swap = sc.prev = sc.last_prev = FUL_NODATE;
    sc.s = text;
    sc.n = n;
    sc.m = meeting;
    sc.out = out;
    sc.max = max;
    /* far from any real note: no relative dates (and no overflow) */
    if (meeting != FUL_NODATE && (meeting < FUL_DAY_FIRST + 365 /* 0002-01-01 */ ||
                                  meeting > FUL_DAY_LAST - 3287 /* 9990-12-31 */))
        sc.m = FUL_NODATE;
    ful_scan(&sc);
    return sc.cnt;
}

int ful_dates_has_time(const char *text, size_t n)
{
    ful_date_span sp[16];
    ful_dscan sc;
    if (!text)
        return 0;
    memset(&sc, 0, sizeof sc);
    sc.swap = sc.last_swap = sc.prev = sc.last_prev = FUL_NODATE;
    sc.s = text;
    sc.n = n;
    sc.m = ful_day_from_ymd(2026, 1, 1);
    sc.out = sp;
    sc.max = 16;
    /* Keep scanning past 16 spans for a time: restart the window as needed. */
    while (sc.n > 0) {
        ful_scan(&sc);
        if (sc.any_time || sc.cnt < sc.max)
            break;
        {
            /* The buffer filled up: continue after the last span. */
            size_t off = sp[sc.max - 1].off + sp[sc.max - 1].len;
            if (off == 0 || off > sc.n)
                break;
            sc.n -= off;
            sc.s += off;
            sc.cnt = 0;
            sc.last_weekday = sc.last_absolute = 0;
        }
    }
    return sc.any_time;
}
