/* draft.c: see draft.h. */
#include "draft.h"
#include "format.h"
#include "line.h"
#include "shown.h"
#include "text.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const day_names[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const month_names[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static const char *const TPL_EMAIL =
    "Subject: {account}: next step on {step}\n"
    "\n"
    "Hi {name},\n"
    "\n"
    "{tone}\n"
    "{reasons}"
    "\n"
    "Could we book 30 minutes to decide the next step together? I can do\n"
    "{slot1} or {slot2}; if neither works, send me a time that does.\n"
    "\n"
    "Best,\n";

static const char *const TPL_CALL =
    "Call script, {account}, attempt {attempt}:\n"
    "- Hi {name}, it's me following up on {step}.\n"
    "- {tone}\n"
    "- You told us: {reason}\n"
    "- Can we book 30 minutes: {slot1} or {slot2}?\n";

static const char *const TPL_VOICEMAIL =
    "Voicemail, {account}, attempt {attempt}:\n"
    "Hi {name}, it's me, following up on {step}. {tone}\n"
    "You told us {reason}.\n"
    "I'd like 30 minutes to settle the next step: {slot1} or {slot2}.\n"
    "I'll send both times by email too. Talk soon.\n";

/* A slot [min, min + 30) overlaps a busy time on day d; a meeting that
 * runs past midnight takes the next day's morning too. */
static int taken(ful_day d, int min, const ful_busy *busy, int nbusy)
{
    int i;
    for (i = 0; i < nbusy; i++) {
        int len = busy[i].len > 0 ? busy[i].len : FUL_DRAFT_MEETING_MIN;
        int start = busy[i].min + (int)(busy[i].day - d) * 1440;
        if (start < min + FUL_DRAFT_SLOT_MIN && min < start + len)
            return 1;
    }
    return 0;
}

/* Minutes east of UTC of the process's zone at noon on day d: mktime reads
 * TZ (and tzset's rules) as a calendar on this machine would. */
static int local_offset(ful_day d)
{
    struct tm tm, g;
    time_t t;
    int y, mo, dd;
    memset(&tm, 0, sizeof tm);
    ful_day_to_ymd(d, &y, &mo, &dd);
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = dd;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    t = mktime(&tm);
    if (t == (time_t)-1 || !gmtime_r(&t, &g))
        return 0;
    return 12 * 60 - (g.tm_hour * 60 + g.tm_min) -
           (int)(ful_day_from_ymd(g.tm_year + 1900, g.tm_mon + 1, g.tm_mday) - d) * 1440;
}

void ful_busy_local(ful_day day, int h, int m, int tz, int len, ful_busy *out)
{
    int t = h * 60 + m;
    if (tz != FUL_BUSY_NOZONE)
        t += local_offset(day) - tz;
    while (t < 0) {
        t += 1440;
        day--;
    }
    while (t >= 1440) {
        t -= 1440;
        day++;
    }
    out->day = day;
    out->min = t;
    out->len = len;
}

void ful_draft_slots(ful_day today, const int slot_min[2], const ful_busy *busy, int nbusy, ful_day day_out[2],
                     int min_out[2])
{
    ful_day d = today;
    int k = 0, days = 0, j;
    while (k < 2 && days < FUL_DRAFT_HORIZON) {
        d++;
        if (ful_day_weekday(d) >= 5)
            continue;
        days++;
        /* the slot's own time first, then the day's other one */
        for (j = 0; j < 2; j++) {
            int m = slot_min[(k + j) % 2];
            if (!taken(d, m, busy, nbusy)) {
                day_out[k] = d;
                min_out[k++] = m;
                break;
            }
        }
    }
    /* a month booked solid: the plain slots, as before any meeting */
    for (d = today; k < 2;) {
        d++;
        if (ful_day_weekday(d) < 5 && (k == 0 || d > day_out[0])) {
            day_out[k] = d;
            min_out[k] = slot_min[k];
            k++;
        }
    }
}

static void slot_text(ful_day d, int min, char *buf, size_t cap)
{
    int y, m, dd;
    ful_day_to_ymd(d, &y, &m, &dd);
    snprintf(buf, cap, "%s %s %d at %02d:%02d", day_names[ful_day_weekday(d)], month_names[m - 1], dd,
             min / 60, min % 60);
}

static const char *tone(const ful_draft_in *in)
{
    int spoken = in->channel && strcmp(in->channel, "email") != 0;
    if (in->attempt >= 3)
        return spoken ? "I've tried you a few times without reaching you, so I'll keep this short."
                      : "I've written a few times without hearing back, so this is my last note on it for now:\n"
                        "if it has stalled, a one-line \"not now\" is a fine answer.";
    if (in->attempt == 2)
        return spoken ? "Circling back on my last message." : "Circling back on my last note, in case it got buried.";
    return spoken ? "Following up on our meeting." : "Following up on our meeting, as promised.";
}

/* Words from the notes (a name, the account, what they told us) as every
 * listing shows text (shown.h): a bidi override or a control in front
 * matter or a PAIN: line is not obeyed in the draft the seller sends. */
static int put_shown(ful_buf *out, const char *s, size_t cols)
{
    return ful_shown_text(out, s, strlen(s), cols, cols * FUL_STEP_BYTES_PER_COL) < 0 ? -1 : 0;
}

static int put_reasons(const ful_draft_in *in, ful_buf *out, int one)
{
    int i, rc = 0;
    if (in->nneeds == 0)
        return 0;
    if (one)
        return ful_buf_adds(out, "\"") || put_shown(out, in->needs[0], FUL_STEP_WHOLE) || ful_buf_adds(out, "\"");
    rc |= ful_buf_adds(out, "\nWhen we spoke, you told us:\n");
    for (i = 0; i < in->nneeds; i++) {
        rc |= ful_buf_adds(out, "  \"");
        rc |= put_shown(out, in->needs[i], FUL_STEP_WHOLE);
        rc |= ful_buf_adds(out, "\"\n");
    }
    return rc;
}

/* Does the template line at p (to its newline) hold {reason} and no other
 * placeholder? Such a line says nothing without a PAIN:/WANT: line and is
 * left out; a line with more in it keeps the rest. ({reasons} brings its
 * own lead-in and lines, and nothing without them.) */
static int reason_alone(const char *p)
{
    int reason = 0, other = 0;
    for (; *p && *p != '\n'; p++) {
        const char *e;
        if (*p != '{' || (e = strchr(p, '}')) == NULL)
            continue;
        if (e - p == 7 && memcmp(p, "{reason}", 8) == 0)
            reason = 1;
        else
            other = 1;
        p = e;
    }
    return reason && !other;
}

int ful_draft(const ful_draft_in *in, ful_buf *out)
{
    const char *t = in->template_, *p;
    const char *name = (in->name && in->name[0]) ? in->name : "there";
    ful_day slots[2];
    int at[2];
    char s1[40], s2[40], num[16], met[16];
    int rc = 0, drop = 0, subject = 0;
    size_t line_at = 0;
    if (t == NULL || t[0] == '\0') {
        if (in->channel && strcmp(in->channel, "call") == 0)
            t = TPL_CALL;
        else if (in->channel && strcmp(in->channel, "voicemail") == 0)
            t = TPL_VOICEMAIL;
        else
            t = TPL_EMAIL;
    }
    ful_draft_slots(in->today, in->slot_min, in->busy, in->nbusy, slots, at);
    slot_text(slots[0], at[0], s1, sizeof s1);
    slot_text(slots[1], at[1], s2, sizeof s2);
    snprintf(num, sizeof num, "%d", in->attempt > 0 ? in->attempt : 1);
    if (in->meeting != FUL_NODATE)
        ful_day_format(in->meeting, met);
    else
        strcpy(met, "our meeting");
    /* A follow-up with no reason for them to act is a chase: say so first. */
    if (in->nneeds == 0) {
        rc |= ful_buf_adds(out, "NOTE: no PAIN:/WANT: lines for ");
        rc |= put_shown(out, in->account && in->account[0] ? in->account : "this account", FUL_STEP_SHOWN);
        rc |= ful_buf_adds(out, ": this follow-up gives them no reason of their own to act; ask what they need.\n\n");
    }
    for (p = t; *p;) {
        const char *e;
        size_t k;
        if (p == t || p[-1] == '\n') {
            line_at = out->len;
            drop = in->nneeds == 0 && reason_alone(p);
            subject = strncmp(p, "Subject:", 8) == 0;
        }
        if (*p == '\n' && drop) {
            /* "- You told us: {reason}" with nothing to tell: the line
             * goes (the NOTE above says why), not a reason made up */
            out->len = line_at;
            if (out->p)
                out->p[line_at] = '\0';
            p++;
            continue;
        }
        if (*p != '{' || (e = strchr(p, '}')) == NULL) {
            rc |= ful_buf_add(out, p, 1);
            p++;
            continue;
        }
        k = (size_t)(e - p - 1);
#define IS(w) (k == sizeof(w) - 1 && memcmp(p + 1, w, k) == 0)
        if (IS("name"))
            rc |= put_shown(out, name, FUL_STEP_SHOWN);
        else if (IS("account"))
            rc |= put_shown(out, in->account && in->account[0] ? in->account : "your team", FUL_STEP_SHOWN);
        else if (IS("step"))
            /* a subject is a title, cut as listings cut a step; the body
             * says the whole step, as the seller wrote it */
            rc |= ful_step_text_upto(out, in->step, subject ? FUL_STEP_SHOWN : FUL_STEP_WHOLE) < 0;
        else if (IS("reasons"))
            rc |= put_reasons(in, out, 0);
        else if (IS("reason"))
            rc |= put_reasons(in, out, 1);
        else if (IS("slot1"))
            rc |= ful_buf_adds(out, s1);
        else if (IS("slot2"))
            rc |= ful_buf_adds(out, s2);
        else if (IS("meeting"))
            rc |= ful_buf_adds(out, met);
        else if (IS("tone"))
            rc |= ful_buf_adds(out, tone(in));
        else if (IS("attempt"))
            rc |= ful_buf_adds(out, num);
        else
            rc |= ful_buf_add(out, p, k + 2);
#undef IS
        p = e + 1;
    }
    return rc ? -1 : 0;
}
