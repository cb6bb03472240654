/* report.h: `fulog stats` and :FuStats (spec section 9). Per period and in
 * total: meetings, the Ham Bam rate, the class mix of new steps, chases
 * opened and closed, touches and replies, the median days from a meeting to
 * the client's first reply, accounts gone dark, steps pushed. The numbers
 * come from the store (store.c's Q_RPT_* rows); the aggregation and the
 * text with its bar chart are here, so both front-ends show the same. */
#ifndef FUL_REPORT_H
#define FUL_REPORT_H

#include "classify.h"
#include "dates.h"
#include "store.h"
#include "text.h"

typedef enum { FUL_BY_WEEK = 0, FUL_BY_MONTH = 1 } ful_report_by;

#define FUL_REPORT_MAX_PERIODS 1000

typedef struct {
    ful_day start, end;         /* inclusive, clipped to since..until */
    int meetings, firm;         /* notes dated in the period; those with a firm step */
    int classes[FUL_NCLASS];    /* new steps (dated by their meeting) by class */
    int opened, closed;         /* chases: new steps short of firm; such steps marked done */
    int touches, replies;
    int dark;                   /* accounts that went dark in the period */
    int pushed;                 /* steps whose due date moved later */
    int nreply;                 /* meetings followed by a reply */
    double reply_days;          /* median days meeting -> first reply; < 0: none */
} ful_period;

typedef struct {
    ful_day since, until;       /* FUL_NODATE: the defaults (below) */
    ful_report_by by;
    int dark_touches, dark_days;    /* dark_touches <= 0: 2; dark_days < 0: 14 */
    const char *owner;              /* NULL: all; else that seller's notes and the unowned */
    const char *gone;               /* a JSON array of the paths of notes gone from disk, left
                                     * out (ful_report_gone); NULL: none */
} ful_report_opts;

typedef struct {
    ful_report_by by;
    ful_day since, until;
    const char *owner;          /* the options' owner (borrowed), for the title */
    int n;
    ful_period *p;
    ful_period total;
} ful_report;

/* The first day of the week (Monday) or month holding d. */
ful_day ful_period_start(ful_report_by by, ful_day d);
/* The day after the period that starts at start. */
ful_day ful_period_next(ful_report_by by, ful_day start);

/* Fills r from the store. Defaults: until = today, since = the start of
 * the period 7 weeks (by week) or 5 months (by month) before until. 0, or
 * -1 with err set (also for since > until or too many periods). r is
 * always safe to ful_report_free. */
/* The days a report covers: o's since and until, else the defaults (until
 * today; since the start of the period 7 weeks or 5 months before). */
void ful_report_range(const ful_report_opts *o, ful_day today, ful_day *since, ful_day *until);
int ful_report_build(ful_store *s, const ful_report_opts *o, ful_day today, ful_report *r,
                     char *err, size_t errlen);
void ful_report_free(ful_report *r);

/* The report as text: a bar chart of meetings per period (firm-ended
 * ones full blocks), then a table of the numbers. 0, or -1 out of memory. */
int ful_report_text(const ful_report *r, ful_buf *out);

/* The median of n sorted values (n > 0). */
double ful_median_sorted(const int *v, int n);

/* A filter's account (the log's, an export's): 0 when name is NULL or
 * an account the store knows by its name or display name in any case,
 * blanks around it aside, with the name the log shows for it added to
 * shown (when not NULL; nothing for a NULL name): a filter is run and
 * echoed by that name, not as typed. 1 when it is none, with a message in err
 * naming what was asked and the accounts it may have meant, or, with no
 * near name, how many there are and how lister (the front-end's own way:
 * "fulog accounts", ":FuLog <Tab>"; NULL: none said) lists them; -1 on
 * error. */
int ful_account_check(ful_store *s, const char *name, const char *lister, ful_buf *shown, char *err,
                      size_t errlen);

#endif
