/* draft.h: follow-up drafts (spec section 8): the client's own reasons
 * (PAIN/WANT, newest first), the contact's name, the tone of the attempt
 * and one concrete ask with two slots, through a template with named
 * placeholders. Pure: values in, text out; nothing is sent. */
#ifndef FUL_DRAFT_H
#define FUL_DRAFT_H

#include "dates.h"
#include "text.h"

#define FUL_DRAFT_NEEDS 3
/* How far a slot may move past times already taken: working days after
 * today, and the calendar days that span (what a caller gathers). */
#define FUL_DRAFT_HORIZON 20
#define FUL_DRAFT_HORIZON_DAYS 28
/* A slot asks for 30 minutes (the templates say so); a meeting already
 * booked is taken for as long as the note says ("10-11:30", "2h"), an
 * hour when it says nothing, as `fulog export ics` books it. */
#define FUL_DRAFT_SLOT_MIN 30
#define FUL_DRAFT_MEETING_MIN 60

/* A time the seller is already taken: a step with a clock time on its
 * due day (a meeting booked, a call), as the store knows it, in the
 * seller's local time. */
typedef struct {
    ful_day day;
    int min;                /* minutes after midnight */
    int len;                /* minutes it lasts; 0: FUL_DRAFT_MEETING_MIN */
} ful_busy;

/* No zone written with a meeting's time: the seller's own. */
#define FUL_BUSY_NOZONE 99999

/* The busy time of a meeting at h:m on day, tz minutes east of UTC
 * (FUL_BUSY_NOZONE: no zone written, the seller's own time), lasting
 * len minutes, in the seller's local time (the process's zone, TZ): a
 * call noted "3pm CET" takes 9:00 in New York, on that day's offset. */
void ful_busy_local(ful_day day, int h, int m, int tz, int len, ful_busy *out);

typedef struct {
    const char *name;       /* the contact; NULL or "": none known */
    const char *account;
    const char *step;       /* the step's text */
    const char *channel;    /* "email" (default), "call", "voicemail" */
    const char *template_;  /* NULL: the built-in one for the channel */
    const char *needs[FUL_DRAFT_NEEDS];   /* "PAIN: ..." newest first */
    int nneeds;
    int attempt;            /* 1: first follow-up; 3+: the third with no reply */
    ful_day today, meeting;
    int slot_min[2];        /* minutes after midnight: 600 and 840 */
    const ful_busy *busy;   /* times already taken; NULL when none */
    int nbusy;
} ful_draft_in;

/* The two slots: on the next two working days after today, the first at
 * slot_min[0], the second at slot_min[1]. A slot that would overlap a
 * busy time takes its day's other time, else moves to the next working
 * day (one slot a day, up to FUL_DRAFT_HORIZON working days on): an offer
 * never lands on a meeting already booked. */
void ful_draft_slots(ful_day today, const int slot_min[2], const ful_busy *busy, int nbusy, ful_day day_out[2],
                     int min_out[2]);

/* Writes the draft. Placeholders in a template: {name} {account} {step}
 * {reasons} {reason} {slot1} {slot2} {meeting} {tone} {attempt}; an
 * unknown one is kept as written. 0, or -1 out of memory. */
int ful_draft(const ful_draft_in *in, ful_buf *out);

#endif
