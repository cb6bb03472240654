/* export.h: `fulog export ics|csv|json` (spec section 9). One row per next
 * step, loaded from the store with its state and next action date; three
 * writers over those rows: iCalendar (RFC 5545), CSV (RFC 4180), JSON. The
 * writers are pure (rows in, bytes out) so they are tested without a store. */
#ifndef FUL_EXPORT_H
#define FUL_EXPORT_H

#include <stddef.h>
#include "dates.h"
#include "rows.h"
#include "store.h"
#include "text.h"

typedef enum { FUL_XS_TODO = 0, FUL_XS_CHASE, FUL_XS_BOOKED, FUL_XS_OUTCOME, FUL_XS_DONE } ful_xstate;
const char *ful_xstate_name(int st);

typedef struct {
    const char *account, *path, *root, *cls, *text, *key, *ask;  /* NUL-terminated */
    const char *title;          /* text as listings show it (format.h's ful_step_text): a
                                 * calendar's title; NULL: text */
    const char *words;          /* the whole step, within reason (FUL_STEP_WHOLE columns),
                                 * when the title is cut: a calendar entry's description */
    int title_cut;              /* the title is cut; words follow it */
    int line, done, cls_id;
    ful_day meeting, due;
    int touches, unanswered, pushed;
    ful_day last_touch;
    ful_xstate state;
    ful_day next;               /* next action date; FUL_NODATE: none (and for done steps) */
    int hour, minute;           /* the event's clock time, hour -1 when none */
    int has_tz, tz;             /* a zone written with it: tz minutes east of UTC (0: floating) */
    int len;                    /* minutes it lasts (ful_export_when) */
    int occurrence;             /* 0 for the first step with this key in its note, 1 for the next... */
} ful_xstep;

typedef struct {
    ful_xstep *v;
    int n;
    ful_rows steps;             /* owns the strings v points into */
    ful_buf titles;             /* owns the titles and words */
} ful_export;

typedef struct {
    const char *account;        /* NULL: all */
    const char *owner;          /* NULL: all; else that seller's notes and the unowned */
    ful_day today;
} ful_export_opts;

/* Loads every next step (done ones too) with the state and next action
 * date the store keeps (chase.c; the caller has set the cadence with
 * ful_store_use_cadence). 0, or -1 with err; x is always safe to
 * ful_export_free. */
int ful_export_load(ful_store *s, const ful_export_opts *o, ful_export *x, char *err, size_t errlen);
void ful_export_free(ful_export *x);

/* No zone written after the clock time: floating, the seller's local time. */
#define FUL_TZ_FLOAT 99999

/* The clock time that goes with the date `due` in a step's text ("Tue 12/8
 * 10am", "at 14:30"): 1 with *h, *m set, else 0. *tz (when not NULL): the
 * zone written right after the clock ("3pm PST", "10am ET", "14:00 UTC",
 * "9am (CET)", "UTC+2"), as minutes east of UTC on that day, else
 * FUL_TZ_FLOAT. */
int ful_export_time(const char *text, size_t n, ful_day meeting, ful_day due, int *h, int *m, int *tz);

/* A meeting with no length written is taken for an hour. */
#define FUL_MEETING_MIN 60

/* When a timed step happens: its clock time and zone as ful_export_time
 * reads them, and how long it lasts: a range ("10-11:30", "2-3pm", "10am
 * to 11:30"), a length after the time ("2h", "1.5 hours", "90 min", "for
 * 45 minutes"), else FUL_MEETING_MIN. A range with no time of its own for
 * the date reader ("Mon 12/7 10-11:30") is read here too. */
typedef struct {
    int h, m;   /* the start, as written */
    int tz;     /* minutes east of UTC, FUL_TZ_FLOAT when no zone is written */
    int len;    /* minutes */
} ful_when;

int ful_export_when(const char *text, size_t n, ful_day meeting, ful_day due, ful_when *w);

/* --since for the CSV and JSON: leaves out of x the steps dated before
 * since, as the calendar dates its entries: an open step by its next
 * action date, a done one (or one with no next date) by its due; a step
 * with neither stays. FUL_NODATE: all stay. */
void ful_export_since(ful_export *x, ful_day since);

/* Writers: append to out; 0, or -1 out of memory. */
int ful_export_csv(const ful_xstep *v, int n, ful_buf *out);
int ful_export_json(const ful_xstep *v, int n, ful_buf *out);
/* since: entries dated before it are left out (FUL_NODATE: none).
 * today: the DTSTAMP (its midnight, UTC), so that an export is the same
 * bytes every run of a day. */
int ful_export_ics(const ful_xstep *v, int n, ful_day since, ful_day today, ful_buf *out);

/* RFC 5545 pieces, for the tests: a content line folded at 75 octets
 * without splitting a UTF-8 sequence, CRLF-terminated; TEXT escaping. */
int ful_ics_line(ful_buf *out, const char *line, size_t n);
int ful_ics_escape(ful_buf *out, const char *s, size_t n);
/* A field quoted per RFC 4180 when it holds a comma, quote, CR or LF; one
 * that starts with = + - @ tab or CR (a formula to a spreadsheet) starts
 * with ' instead, so it opens as the text it is. */
int ful_csv_field(ful_buf *out, const char *s, size_t n);

#endif
