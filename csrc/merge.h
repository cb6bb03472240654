/* merge.h: the note-aware half of the git merge driver (spec section 10).
 * Git's own three-way merge (`git merge-file --diff3`) does the work; what
 * is here resolves the conflict hunks that notes make every day:
 *   - TOUCH lines added at the same place on both sides: all kept, in date
 *     order, none twice;
 *   - a next step marked done on one side: done wins;
 *   - a next step's due: changed on one side: the changed side wins.
 * Anything else stays a conflict. Pure functions over bytes: no I/O. */
#ifndef FUL_MERGE_H
#define FUL_MERGE_H

#include <stddef.h>
#include "note.h"
#include "text.h"

/* One line of a hunk, without its "\n" (a "\r" before it stays in). */
typedef struct {
    const char *p;
    size_t n;
} ful_mline;

typedef struct {
    const ful_tagset *tags;  /* the next-step tags; NULL: NEXT */
    int keep_base;           /* unresolved hunks keep their ||||||| base part
                              * (merge.conflictStyle=diff3) */
    int marker_size;         /* conflict marker length; 0: 7 */
} ful_merge_opts;

/* Resolves one conflict hunk given as its base, ours and theirs lines.
 * Returns 1 with the resolved lines appended to out (each ending in "\n"),
 * 0 when it stays a conflict (out unchanged), -1 when out of memory. */
int ful_merge_hunk(const ful_mline *base, int nb, const ful_mline *ours, int no,
                   const ful_mline *theirs, int nt, const ful_merge_opts *o, ful_buf *out);

/* Rewrites the output of `git merge-file -p --diff3` (s[0..n)) into out:
 * resolved hunks merged, the others as conflicts with the usual markers;
 * a hunk whose conflict is in some of its lines only (a due: changed on
 * both sides) is merged but for those, which stay a conflict of their own
 * with the hunk's markers. *resolved counts the hunks merged whole, *left
 * those with a conflict left, and *narrowed (when not NULL) those of them
 * merged but for some lines. Returns 0; -1 out of memory; -2 when the
 * markers do not nest as git writes them (out is then a copy of s). */
int ful_merge_text(const char *s, size_t n, const ful_merge_opts *o, ful_buf *out, int *resolved,
                   int *left, int *narrowed);

#endif
