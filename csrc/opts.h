/* opts.h: the one set of parse options both front-ends use (tags,
 * extensions, grace, cadence, today), with their defaults and the FULOG_*
 * variables, so that the editor's setup() and bin/fulog's flags map onto
 * the same values. The rules object stays the binding's (it is a Lua
 * value); only its digest enters the parse signature. */
#ifndef FUL_OPTS_H
#define FUL_OPTS_H

#include <stddef.h>
#include <stdint.h>
#include "chase.h"
#include "dates.h"
#include "line.h"

#define FUL_MAX_EXTS 16
#define FUL_EXT_LEN 16

typedef struct {
    ful_tagset tags;
    int nexts;
    char ext[FUL_MAX_EXTS][FUL_EXT_LEN];
    int grace;
    ful_cadence cadence;
    ful_day today;       /* a fixed "today"; FUL_NODATE: FULOG_TODAY, else the clock */
} ful_opts;

/* NEXT, the core's note extensions, grace 7, cadence 3,7,14, the clock. */
void ful_opts_default(ful_opts *o);

/* Sets one option from its text form, as a flag or variable gives it:
 * tags "NEXT,TODO", exts "md,txt", grace "7", cadence "3,7,14", today
 * "YYYY-MM-DD". 0, or -1 with a one-line message. */
int ful_opts_set(ful_opts *o, const char *name, const char *value, char *err, size_t errlen);

/* Reads FULOG_TAGS, FULOG_EXTS, FULOG_GRACE, FULOG_CADENCE and FULOG_TODAY.
 * A bad value is skipped (the default or clock stays) and described in
 * warn (the first one); returns how many were bad. */
int ful_opts_env(ful_opts *o, char *warn, size_t warnlen);

/* Today: the fixed day, else FULOG_TODAY when it is a date, else the
 * local date. */
ful_day ful_opts_today(const ful_opts *o);
ful_day ful_clock_today(void);

/* The extensions as a pointer list for ful_path_has_ext (out has room for
 * FUL_MAX_EXTS). Returns the count. */
int ful_opts_exts(const ful_opts *o, const char **out);

/* What a parsed note depends on: the reader's version, tags, grace and
 * the rules (by digest),
 * folded into a number the store keeps per note, so a note parsed with
 * other options is parsed again instead of counted unchanged. */
int64_t ful_opts_parse_sig(int reader_version, const ful_tagset *tags, int grace, uint64_t rules_digest);

#endif
