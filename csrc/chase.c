/* chase.c: states, cadence and the next action date (spec section 7). */
#include "chase.h"
#include "classify.h"
#include "note.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

static const char *const state_names[FUL_NSTATES] = { "todo", "chase", "booked", "outcome" };

const char *ful_state_name(int st)
{
    return st >= 0 && st < FUL_NSTATES ? state_names[st] : "todo";
}

int ful_state_parse(const char *s, size_t n)
{
    int i;
    for (i = 0; i < FUL_NSTATES; i++)
        if (strlen(state_names[i]) == n && memcmp(state_names[i], s, n) == 0)
            return i;
    return -1;
}

void ful_cadence_default(ful_cadence *c)
{
    c->n = 3;
    c->d[0] = 3;
    c->d[1] = 7;
    c->d[2] = 14;
}

int ful_cadence_parse(const char *s, size_t n, ful_cadence *out)
{
    ful_cadence c;
    size_t i = 0;
    c.n = 0;
    for (;;) {
        int v = 0, digits = 0;
        while (i < n && s[i] == ' ')
            i++;
        while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 4) {
            v = v * 10 + (s[i++] - '0');
            digits++;
        }
        while (i < n && s[i] == ' ')
            i++;
        if (digits == 0 || v < 1 || v > 365 || c.n == FUL_CADENCE_MAX)
            return -1;
        c.d[c.n++] = v;
        if (i == n)
            break;
        if (s[i] != ',')
            return -1;
        i++;
    }
    *out = c;
    return 0;
}

size_t ful_cadence_format(const ful_cadence *c, char *out, size_t cap)
{
    size_t o = 0;
    int i;
    if (cap == 0)
        return 0;
    out[0] = '\0';
    for (i = 0; i < c->n && o + 1 < cap; i++) {
        int k = snprintf(out + o, cap - o, i ? ",%d" : "%d", c->d[i]);
        if (k < 0 || (size_t)k >= cap - o) {
            out[o] = '\0';
            break;
        }
        o += (size_t)k;
    }
    return o;
}

int ful_cadence_equal(const ful_cadence *a, const ful_cadence *b)
{
    int i;
    if (a->n != b->n)
        return 0;
    for (i = 0; i < a->n; i++)
        if (a->d[i] != b->d[i])
            return 0;
    return 1;
}

int ful_cadence_interval(const ful_cadence *c, int unanswered)
{
    int k = unanswered > 0 ? unanswered - 1 : 0;
    if (c->n <= 0)
        return 7;
    return c->d[k < c->n ? k : c->n - 1];
}

/* Email first, then a call: a channel that went unanswered twice gives way
 * to the other one. */
static int other_channel(int ch)
{
    return ch == FUL_CH_EMAIL ? FUL_CH_CALL : FUL_CH_EMAIL;
}

void ful_chase_eval(int cls, ful_day due, int due_set, const ful_chase_touch *t, int nt, const ful_cadence *c,
                    ful_chase *out)
{
    int i, after_due = 0, ndated = 0;
    /* The two latest unanswered touches, for the channel suggestion. */
    int prev_ch = -1, prev_un = 0;
    ful_day last_reply = FUL_NODATE;

    memset(out, 0, sizeof *out);
    out->next = FUL_NODATE;
    out->since = FUL_NODATE;
    out->last_touch = FUL_NODATE;
    out->suggest = -1;
    out->since_channel = -1;
    out->last_channel = -1;

    /* Last reply first: unanswered touches are the ones after it (one on
     * the reply's own day that is no reply counts as unanswered). */
    for (i = 0; i < nt; i++)
        if (t[i].day != FUL_NODATE && t[i].replied && (last_reply == FUL_NODATE || t[i].day >= last_reply))
            last_reply = t[i].day;
    for (i = 0; i < nt; i++) {
        if (t[i].day == FUL_NODATE)
            continue;
        ndated++;
        if (due != FUL_NODATE && t[i].day >= due)
            after_due = 1;
        if (out->last_touch == FUL_NODATE || t[i].day >= out->last_touch) {
            out->last_touch = t[i].day;
            out->last_channel = t[i].channel;
        }
    }
    /* Unanswered touches in date order (stable for equal days). */
    {
        ful_day cur = FUL_NODATE;
        for (;;) {
            ful_day lo = FUL_NODATE;
            int j;
            for (j = 0; j < nt; j++) {
                ful_day d = t[j].day;
                if (d == FUL_NODATE || t[j].replied || (last_reply != FUL_NODATE && d < last_reply))
                    continue;
                if ((cur == FUL_NODATE || d > cur) && (lo == FUL_NODATE || d < lo))
                    lo = d;
            }
            if (lo == FUL_NODATE)
                break;
            for (j = 0; j < nt; j++) {
                if (t[j].day != lo || t[j].replied)
                    continue;
                if (out->unanswered == 0) {
                    out->since = lo;
                    out->since_channel = t[j].channel;
                }
                out->unanswered++;
                prev_un = prev_ch == t[j].channel ? prev_un + 1 : 1;
                prev_ch = t[j].channel;
            }
            cur = lo;
        }
    }
    if (prev_un >= 2)
        out->suggest = other_channel(prev_ch);

    if (cls == FUL_COMPLIANCE) {
        out->state = FUL_ST_TODO;
        out->next = due;
        return;
    }
    if (cls == FUL_FIRM && !after_due) {
        out->state = FUL_ST_BOOKED;
        out->next = due;
        return;
    }
    out->state = FUL_ST_CHASE;
    out->next = due;
    if (ndated > 0) {
        ful_day from = out->unanswered ? out->last_touch : last_reply;
        ful_day n = from + ful_cadence_interval(c, out->unanswered);
        /* A due: written after the last touch (a snooze) is the day the
         * seller chose, sooner or later than the cadence: "due 12-07" must
         * not come back 12-17. Any other due only holds the cadence back. */
        if (due_set && due != FUL_NODATE && due > out->last_touch)
            out->next = due;
        else if (due == FUL_NODATE || n > due)
            out->next = n;
    }
}

ful_state ful_chase_state_on(ful_state stored, ful_day next, ful_day today)
{
    if (stored == FUL_ST_BOOKED && next != FUL_NODATE && next < today)
        return FUL_ST_OUTCOME;
    return stored;
}

int ful_chase_overdue(ful_state stored, ful_day next, ful_day today)
{
    (void)stored;   /* booked is never before today; outcome always is */
    return next != FUL_NODATE && next < today;
}
