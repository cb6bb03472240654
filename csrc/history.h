/* history.h: how an indexed step is paired with its previous version
 * across re-indexes and edits, so its history (first seen, pushes, events)
 * carries over. Pure functions: the store loads and saves, this decides. */
#ifndef FUL_HISTORY_H
#define FUL_HISTORY_H

#include <stddef.h>
#include "note.h"

/* The history key of a next step: its text, lower case, without due: and
 * #class tags, white space folded. Writes at most cap-1 bytes and a NUL. */
size_t ful_step_key(const char *text, size_t n, char *out, size_t cap);

/* The history keys of a note's steps, one per step in line order;
 * identical steps get " #2", " #3"... in line order. NULL when out of
 * memory. Free with ful_step_keys_free. */
char **ful_step_keys(const ful_note *note);
void ful_step_keys_free(char **keys, int n);

/* How alike two history keys are: the share of their words in common
 * (of all distinct words of both), 0 to 100. */
int ful_key_overlap(const char *a, const char *b);

/* A step as the store last recorded it. The strings belong to the array
 * (ful_old_steps_free); matched is set by ful_pair_steps. */
typedef struct {
    char *key, *cls, *due, *first_seen;
    int done, matched, line, pushed;
    long long id;   /* its row in the store */
} ful_old_step;
void ful_old_steps_free(ful_old_step *o, int n);

/* Pairs each step i of note (history key keys[i]) with its previous
 * version in old, or NULL: prev[i] points into old. Sorts old by key and
 * marks the paired ones matched; the unmatched ones are gone. */
void ful_pair_steps(const ful_note *note, char **keys, ful_old_step *old, int nold, ful_old_step **prev);

/* The same for n steps known by their keys and lines (a note the store
 * holds); a NULL key is left unpaired. */
void ful_pair_keys(int n, char **keys, const int *lines, ful_old_step *old, int nold, ful_old_step **prev);

#endif
