/* draft.h: follow-up drafts (spec section 8): the client's own reasons
 * (PAIN/WANT, newest first), the contact's name, the tone of the attempt
 * and one concrete ask with two slots, through a template with named
 * placeholders. Pure: values in, text out; nothing is sent. */
#ifndef FUL_DRAFT_H
#define FUL_DRAFT_H

#include "dates.h"
#include "text.h"

#define FUL_DRAFT_NEEDS 3

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
} ful_draft_in;

/* The two slots: the next two working days after today. */
void ful_draft_slots(ful_day today, ful_day out[2]);

/* Writes the draft. Placeholders in a template: {name} {account} {step}
 * {reasons} {reason} {slot1} {slot2} {meeting} {tone} {attempt}; an
 * unknown one is kept as written. 0, or -1 out of memory. */
int ful_draft(const ful_draft_in *in, ful_buf *out);

#endif
