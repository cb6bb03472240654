/* classify.h: the rules engine of spec section 2 and the due-date rules of
 * section 4. Pure: bytes in, a verdict out; no I/O, no Lua, no globals. */
#ifndef FUL_CLASSIFY_H
#define FUL_CLASSIFY_H

#include <stddef.h>
#include "dates.h"
#include "rules.h"
#include "actors.h"

typedef enum {
    FUL_UNKNOWN = 0,
    FUL_FIRM,
    FUL_SOFT,
    FUL_NON,
    FUL_COMPLIANCE,
    FUL_NCLASS
} ful_class;

const char *ful_class_name(ful_class c);         /* "firm", "soft", ... */
int ful_class_parse(const char *s, size_t n);     /* a ful_class, or -1 */

#define FUL_WHY_MAX 200

typedef struct {
    ful_class cls;
    int overridden;        /* a #firm/#soft/#non/#compliance tag decided it */
    ful_day due;           /* FUL_NODATE when there is none */
    int due_explicit;      /* due:YYYY-MM-DD on the line decided the due date */
    char why[FUL_WHY_MAX]; /* for the seller: the words that decided it */
    char ask[FUL_WHY_MAX]; /* for anything short of firm: what to ask for instead ("" for firm) */
} ful_verdict;

/* Flags for ful_classify. */
#define FUL_CLS_EXPLAIN 1  /* fill why/ask (costs time; `fulog classify` skips it) */

/* Classifies one next step. text is the line, with or without list marker,
 * checkbox and NEXT: tag (they are skipped). meeting is the note's meeting
 * date (FUL_NODATE: no date resolution, due stays FUL_NODATE unless due:).
 * grace_days is the soft-commitment grace (spec: default 7). rules may be
 * NULL for the built-in tables only. Never fails; noise gives FUL_UNKNOWN. */
void ful_classify(const ful_rules *rules, const char *text, size_t n,
                  ful_day meeting, int grace_days, int flags, ful_verdict *out);

/* The same, knowing the note's people (actors.h: attendees act for the
 * client, team and owner for the seller). names may be NULL. */
void ful_classify_names(const ful_rules *rules, const ful_names *names, const char *text, size_t n,
                        ful_day meeting, int grace_days, int flags, ful_verdict *out);

/* An actor of a next step: its word (off/len in the text given), its side
 * (FUL_SIDE_CLIENT or FUL_SIDE_SELLER) and who (ful_who). */
typedef struct {
    size_t off, len;
    int side, who;
} ful_actor;

/* Who acts in a next step, as the classifier reads it (actors.h), in line
 * order: fills at most max actors and returns how many. addressee (may be
 * NULL) gets the person the step addresses ("call Jason back"; len 0: none),
 * who is no actor. */
int ful_step_actors(const ful_rules *rules, const ful_names *names, const char *text, size_t n,
                    ful_actor *out, int max, ful_actor *addressee);

#endif
