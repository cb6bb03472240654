/* format.c: overdue messages and the follow-up log's text (see format.h). */
#include "format.h"
#include "line.h"
#include "shown.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int adds(ful_buf *b, const char *s)
{
    return ful_buf_adds(b, s ? s : "");
}

/* A file or account name: its control bytes escaped as ls -b and the
 * CLI's FILE:LINE lines show them (shown.h's ful_shown_name), so a newline
 * in a name never splits a line (the editors map the log's lines to steps
 * one to one). */
static int add_name(ful_buf *b, const char *s)
{
    return s ? ful_shown_name(b, s, strlen(s)) : 0;
}

static const char *day(ful_day d, char buf[11])
{
    if (d == FUL_NODATE)
        return strcpy(buf, "-");
    ful_day_format(d, buf);
    return buf;
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

static int is(const char *a, const char *b)
{
    return a && strcmp(a, b) == 0;
}

const char *ful_ordinal(int n, char buf[16])
{
    const char *suf = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1)
            suf = "st";
        else if (n % 10 == 2)
            suf = "nd";
        else if (n % 10 == 3)
            suf = "rd";
    }
    snprintf(buf, 16, "%d%s", n, suf);
    return buf;
}

/* "a call", "an email": what the suggestion says. */
static const char *with_article(const char *ch)
{
    if (is(ch, "email"))
        return "an email";
    if (is(ch, "call"))
        return "a call";
    if (is(ch, "voicemail"))
        return "a voicemail";
    if (is(ch, "meeting"))
        return "a meeting";
    return "another channel";
}

static const char *touch_word(const char *ch)
{
    return (ch == NULL || is(ch, "other")) ? "touch" : ch;
}

/* "chase, 2nd follow-up (1 unanswered since 2026-12-04 call)" */
static int chase_words(const ful_fmt_step *s, ful_buf *b)
{
    char o[16], d[11];
    if (s->unanswered > 0)
        return ful_buf_addf(b, "chase, %s follow-up (%d unanswered since %s %s)", ful_ordinal(s->unanswered + 1, o),
                    s->unanswered, day(s->since, d), touch_word(s->since_channel));
    if (s->last_touch != FUL_NODATE)
        return ful_buf_addf(b, "chase, follow up on the %s reply", day(s->last_touch, d));
    return adds(b, "chase, 1st follow-up");
}

static const char *account_name(const ful_fmt_step *s)
{
    return (s->account && s->account[0]) ? s->account : "no account";
}

int ful_format_overdue(const ful_fmt_step *s, ful_day today, ful_buf *out)
{
    char d1[11], d2[11];
    int late = s->next != FUL_NODATE ? (int)(today - s->next) : 0;
    int rc = 0;
    if (is(s->state, "outcome") || is(s->state, "booked")) {
        rc |= ful_buf_addf(out, "%s: booked for %s - ", s->state, day(s->next, d1));
        if (is(s->state, "outcome"))
            rc |= adds(out, "did it happen? mark it done or log a touch - ");
        rc |= ful_buf_addf(out, "%s [", s->cls ? s->cls : "?");
        rc |= add_name(out, account_name(s));
        rc |= adds(out, "] ");
        rc |= ful_step_text(out, s->text);
        return rc ? -1 : 0;
    }
    if (is(s->state, "chase")) {
        rc |= chase_words(s, out);
        rc |= adds(out, " - ");
    }
    rc |= ful_buf_addf(out, "%s [", s->cls ? s->cls : "?");
    rc |= add_name(out, account_name(s));
    rc |= adds(out, "] ");
    rc |= ful_step_text(out, s->text);
    if (is(s->state, "chase") && s->next != s->due)
        rc |= ful_buf_addf(out, " (due %s, next %s, %d day%s overdue", day(s->due, d1), day(s->next, d2), late, plural(late));
    else
        rc |= ful_buf_addf(out, " (due %s, %d day%s overdue", day(s->next, d1), late, plural(late));
    if (s->pushed > 0)
        rc |= ful_buf_addf(out, ", pushed %dx", s->pushed);
    if (s->suggest)
        rc |= ful_buf_addf(out, "; try %s", with_article(s->suggest));
    rc |= adds(out, ")");
    return rc ? -1 : 0;
}

static const char *shown_path(const char *p, const char *base)
{
    size_t n;
    if (p == NULL)
        return "?";
    if (base && (n = strlen(base)) > 0 && strncmp(p, base, n) == 0 && p[n] == '/')
        return p + n + 1;
    return p;
}

/* The second line of a step: what it waits for, then the meeting, pushes,
 * the ask and where it is. */
static int detail_line(const ful_fmt_step *s, const ful_fmt_opts *o, ful_buf *b)
{
    char d[11], d2[11], ord[16];
    int rc = adds(b, "                ");
    if (is(s->state, "outcome")) {
        rc |= adds(b, "did it happen? mark it done or log a touch");
    } else if (is(s->state, "booked")) {
        int in = s->next != FUL_NODATE ? (int)(s->next - o->today) : -1;
        if (in == 0)
            rc |= adds(b, "today");
        else if (in > 0)
            rc |= ful_buf_addf(b, "in %d day%s", in, plural(in));
        else
            rc |= adds(b, "no date yet");
    } else if (is(s->state, "chase") && s->last_touch != FUL_NODATE) {
        int w = (int)(o->today - s->last_touch);
        if (w < 0)
            w = 0;  /* a touch logged ahead of today */
        if (s->unanswered > 0)
            rc |= ful_buf_addf(b, "%s follow-up: waiting %d day%s since the %s %s, %d unanswered since %s",
                       ful_ordinal(s->unanswered + 1, ord), w, plural(w), day(s->last_touch, d),
                       touch_word(s->last_channel), s->unanswered, day(s->since, d2));
        else
            rc |= ful_buf_addf(b, "replied %s: follow up on it", day(s->last_touch, d));
        if (s->suggest)
            rc |= ful_buf_addf(b, "; try %s", with_article(s->suggest));
    } else if (s->meeting != FUL_NODATE && s->meeting <= o->today) {
        int w = (int)(o->today - s->meeting);
        rc |= ful_buf_addf(b, "%s: waiting %d day%s since the meeting", is(s->state, "todo") ? "you owe it" : "1st follow-up", w,
                   plural(w));
    } else {
        rc |= adds(b, is(s->state, "todo") ? "you owe it" : "1st follow-up");
    }
    if (s->due != s->next && s->due != FUL_NODATE)
        rc |= ful_buf_addf(b, " · due %s", day(s->due, d));
    if (s->touches > 0)
        rc |= ful_buf_addf(b, " · %d touch%s", s->touches, s->touches == 1 ? "" : "es");
    if (s->meeting != FUL_NODATE)
        rc |= ful_buf_addf(b, " · met %s", day(s->meeting, d));
    if (s->pushed > 0)
        rc |= ful_buf_addf(b, " · pushed %dx", s->pushed);
    if (s->ask && s->ask[0] && !is(s->state, "booked") && !is(s->state, "outcome")) {
        rc |= adds(b, " · ask: ");
        rc |= adds(b, s->ask);
    }
    rc |= adds(b, " · ");
    rc |= add_name(b, shown_path(s->path, o->base));
    rc |= ful_buf_addf(b, ":%d%s%s\n", s->line, s->key ? ":" : "", s->key ? s->key : "");
    return rc;
}

/* The one display rule for a step's text (format.h): line.c's words as
 * shown.h shows text (bad bytes as U+FFFD: the editors had shown a stray
 * byte as they decoded it; bidi controls too, and line breaks as blanks),
 * cut to cols columns with an ellipsis (a 1 MB line was printed whole).
 * Only the first words are copied: more than FUL_STEP_BYTES_PER_COL bytes a
 * column are never shown. */
int ful_step_text_upto(ful_buf *out, const char *t, size_t cols)
{
    size_t bytes = cols * FUL_STEP_BYTES_PER_COL;
    ful_buf raw = { 0 };
    int rc;
    t = t ? t : "";
    rc = ful_line_words_upto(&raw, t, strlen(t), bytes + 1);
    if (rc == 0 && raw.len > 0)
        rc = ful_shown_text(out, raw.p, raw.len, cols, bytes);
    ful_buf_free(&raw);
    return rc;
}

int ful_step_text(ful_buf *out, const char *t)
{
    return ful_step_text_upto(out, t, FUL_STEP_SHOWN) < 0 ? -1 : 0;
}

/* After a step's first columns: its text, its detail line, and where it
 * went (*line: the output line it starts on, moved past it). */
static int step_rest(ful_fmt_step *s, const ful_fmt_opts *o, ful_buf *out, int *line)
{
    int rc = ful_step_text(out, s->text);
    rc |= adds(out, "\n");
    rc |= detail_line(s, o, out);
    s->out_line = *line;
    s->out_lines = 2;
    *line += 2;
    return rc;
}

typedef struct {
    ful_fmt_step *s;
    const char *account;
    int order;
} booked;

static int cmp_booked(const void *x, const void *y)
{
    const booked *a = x, *b = y;
    ful_day da = a->s->next, db = b->s->next;
    if (da != db) {
        if (da == FUL_NODATE || db == FUL_NODATE)
            return da == FUL_NODATE ? 1 : -1;
        return da < db ? -1 : 1;
    }
    return a->order - b->order;
}

static int count_lines(const ful_buf *b)
{
    int n = 0;
    size_t i;
    for (i = 0; i < b->len; i++)
        n += b->p[i] == '\n';
    return n;
}

int ful_format_log(ful_fmt_account *acc, int nacc, const ful_fmt_opts *o, ful_buf *out)
{
    int a, i, rc = 0, nact = 0, nlate = 0, nbooked = 0, ndark = 0, line;
    char d[11], d2[11];
    for (a = 0; a < nacc; a++) {
        ndark += acc[a].dark != 0;
        for (i = 0; i < acc[a].nsteps; i++) {
            const ful_fmt_step *s = &acc[a].steps[i];
            if (is(s->state, "booked")) {
                nbooked++;
            } else {
                nact++;
                nlate += s->next != FUL_NODATE && s->next < o->today;
            }
        }
    }
    /* the filters named as every name is (add_name): an account or an
     * owner comes from the notes */
    rc |= ful_buf_addf(out, "Follow-up log, today %s, %s", day(o->today, d), o->account ? "account " : "all accounts");
    rc |= add_name(out, o->account);
    rc |= adds(out, o->owner ? ", owner " : "");
    rc |= add_name(out, o->owner);
    rc |= ful_buf_addf(out, ": %d to act on (%d overdue), %d coming up, %d dark account%s\n", nact, nlate, nbooked, ndark,
                       plural(ndark));
    if (nacc == 0)
        rc |= adds(out, "\nNo open next steps.\n");
    line = count_lines(out);
    for (a = 0; a < nacc; a++) {
        const ful_fmt_account *ac = &acc[a];
        int any = 0;
        for (i = 0; i < ac->nsteps; i++)
            any |= !is(ac->steps[i].state, "booked");
        if (!any)
            continue;
        rc |= adds(out, "\n");
        rc |= add_name(out, ac->name && ac->name[0] ? ac->name : "(no account)");
        if (ac->dark)
            rc |= ful_buf_addf(out, "  DARK: %d touch%s unanswered, %s%s", ac->unanswered, ac->unanswered == 1 ? "" : "es",
                       ac->last_reply != FUL_NODATE ? "last reply " : "never replied",
                       ac->last_reply != FUL_NODATE ? day(ac->last_reply, d) : "");
        else if (ac->last_touch != FUL_NODATE)
            rc |= ful_buf_addf(out, "  last touch %s, last reply %s", day(ac->last_touch, d), day(ac->last_reply, d2));
        else
            rc |= adds(out, "  no touches yet");
        rc |= adds(out, "\n");
        line += 2;
        for (i = 0; i < ac->nsteps; i++) {
            ful_fmt_step *s = &ac->steps[i];
            int late = s->next != FUL_NODATE && s->next < o->today;
            if (is(s->state, "booked"))
                continue;
            rc |= ful_buf_addf(out, "  %s %-8s %-10s  %-10s  ", late ? "LATE" : "    ", s->state ? s->state : "?",
                       day(s->next, d), s->cls ? s->cls : "?");
            rc |= step_rest(s, o, out, &line);
        }
    }
    if (nbooked > 0) {
        /* Coming up: booked meetings by date (undated last), apart from
         * the chases. */
        booked *bk = malloc((size_t)nbooked * sizeof *bk);
        int k = 0;
        if (bk == NULL)
            return -1;
        for (a = 0; a < nacc; a++)
            for (i = 0; i < acc[a].nsteps; i++)
                if (is(acc[a].steps[i].state, "booked")) {
                    bk[k].s = &acc[a].steps[i];
                    bk[k].account = acc[a].name;
                    bk[k].order = k;
                    k++;
                }
        qsort(bk, (size_t)k, sizeof *bk, cmp_booked);
        rc |= adds(out, "\nComing up\n");
        line += 2;
        for (i = 0; i < k; i++) {
            ful_fmt_step *s = bk[i].s;
            rc |= ful_buf_addf(out, "       %-8s %-10s  %-10s  [", "booked", day(s->next, d), s->cls ? s->cls : "?");
            rc |= add_name(out, bk[i].account && bk[i].account[0] ? bk[i].account : "no account");
            rc |= adds(out, "] ");
            rc |= step_rest(s, o, out, &line);
        }
        free(bk);
    }
    return rc ? -1 : 0;
}
