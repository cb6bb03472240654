/* snooze.h: pushing a next step to a later date (spec section 7): the date
 * a seller asks for, and the line with its due: token set. Pure. */
#ifndef FUL_SNOOZE_H
#define FUL_SNOOZE_H

#include <stddef.h>
#include "dates.h"
#include "note.h"
#include "text.h"

/* "2026-12-20", "+3d", "+2w" (days/weeks after today): 0 (*out set), -1
 * when it is none of these, -2 for a date before today (*out set). */
int ful_snooze_when(const char *s, size_t n, ful_day today, ful_day *out);

/* The step line with due:YYYY-MM-DD: the first due: token with a real date
 * replaced, else one added at the end of the line (before a '\r'); every
 * other byte kept. 1 changed, 0 already so, -1 not a step, -2 out of
 * memory, -3 a done step (nothing to push). */
int ful_snooze_line(const char *s, size_t n, const ful_tagset *tags, ful_day day, ful_buf *out);
/* What both front-ends say for -3. */
#define FUL_SNOOZE_DONE_MSG "the step is done: nothing to snooze (a done step is never listed)"

#endif
