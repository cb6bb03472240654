/* statefile.h: a small private file of the seller's, written whole or not
 * at all (what the last listing showed, fulog.listed). Never the store. */
#ifndef FUL_STATEFILE_H
#define FUL_STATEFILE_H

#include <stddef.h>

/* Writes bytes[0..n) to path atomically: a temp file beside it, mode 0600
 * (the steps' words are the seller's), renamed over path; the folders
 * above it made mode 0700 when missing. A reader sees the old file or the
 * new one, never half. 0, or -1 with err set (nothing left behind). */
int ful_write_private(const char *path, const char *bytes, size_t n, char *err, size_t errlen);

#endif
