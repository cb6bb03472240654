/* chase.h: the chase loop of spec section 7. The state of an open next step
 * and its next action date, from its class, due date and touches, and the
 * cadence. Pure functions: no I/O, no Lua, no globals. */
#ifndef FUL_CHASE_H
#define FUL_CHASE_H

#include <stddef.h>
#include "dates.h"

typedef enum {
    FUL_ST_TODO = 0,    /* compliance: the seller owes work; next = due */
    FUL_ST_CHASE,       /* soft, non, unknown; firm touched after its date */
    FUL_ST_BOOKED,      /* firm, event today or later (or no date) */
    FUL_ST_OUTCOME,     /* firm, event date passed, no touch since */
    FUL_NSTATES
} ful_state;

const char *ful_state_name(int st);
int ful_state_parse(const char *s, size_t n);   /* -1 when not a state */

/* Days between follow-ups by the number of unanswered touches: d[0] after
 * one (or after a reply), d[1] after two..., the last one repeating. */
#define FUL_CADENCE_MAX 8
typedef struct {
    int n;
    int d[FUL_CADENCE_MAX];
} ful_cadence;

void ful_cadence_default(ful_cadence *c);       /* 3, 7, 14 */
/* "3,7,14" (spaces allowed): 0, or -1 when not 1..8 whole numbers 1..365. */
int ful_cadence_parse(const char *s, size_t n, ful_cadence *out);
/* "3,7,14" and a NUL; returns its length. */
size_t ful_cadence_format(const ful_cadence *c, char *out, size_t cap);
int ful_cadence_equal(const ful_cadence *a, const ful_cadence *b);
int ful_cadence_interval(const ful_cadence *c, int unanswered); /* days */

typedef struct {
    ful_day day;        /* FUL_NODATE: an undated touch, which counts for nothing */
    int channel;        /* a ful_channel (note.h) */
    int replied;        /* its outcome starts with "replied" */
} ful_chase_touch;

/* What the store keeps: everything that does not depend on today. */
typedef struct {
    ful_state state;    /* TODO, CHASE or BOOKED; BOOKED becomes OUTCOME once next < today */
    ful_day next;       /* the next action date; FUL_NODATE when there is none */
    int unanswered;     /* touches after the last reply */
    ful_day since;      /* the first unanswered touch, else FUL_NODATE */
    int since_channel;
    ful_day last_touch;
    int last_channel;
    int suggest;        /* a channel to switch to, or -1 */
} ful_chase;

/* The version of the rules below; the store recomputes its verdicts when
 * the one it recorded differs (2: a snooze sooner than the cadence wins). */
#define FUL_CHASE_RULES "2"

/* The chase verdict of one open step. cls is a ful_class; due_set: the
 * due date is a due: the seller wrote on the line (a snooze); touches in
 * any order. Never fails. */
void ful_chase_eval(int cls, ful_day due, int due_set, const ful_chase_touch *t, int nt, const ful_cadence *c,
                    ful_chase *out);

/* The state as of today: a booked event whose date passed is an outcome
 * question. */
ful_state ful_chase_state_on(ful_state stored, ful_day next, ful_day today);

/* Is it in the overdue list today? Booked never, outcome always. */
int ful_chase_overdue(ful_state stored, ful_day next, ful_day today);

#endif
