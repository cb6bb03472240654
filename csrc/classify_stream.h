/* classify_stream.h: `fulog classify` without Lua in the loop: lines in,
 * "CLASS\tDUE\tTEXT\n" out, with big buffered reads and writes. */
#ifndef FUL_CLASSIFY_STREAM_H
#define FUL_CLASSIFY_STREAM_H

#include <stddef.h>
#include "classify.h"

/* Reads lines from in_fd until end of file and writes, for each line that is
 * not empty after trimming trailing whitespace (CR included), its class, its
 * due date (YYYY-MM-DD or "-") and the line without its terminator ("\n" or
 * "\r\n"), tab-separated. Lines of any length, NUL bytes and invalid UTF-8 are
 * passed through. meeting / grace_days / rules / names (may be NULL) as for
 * ful_classify_names. Returns 0,
 * or -1 with a one-line message in err (read or write error, e.g. EPIPE, or
 * out of memory). */
int ful_classify_stream(int in_fd, int out_fd, const ful_rules *rules, const ful_names *names, ful_day meeting,
                        int grace_days, char *err, size_t errlen);

#endif
