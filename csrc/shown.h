/* shown.h: how text from the notes is put on a seller's screen, one rule
 * for the shell and both editors: what a character shows as, how many
 * columns it takes, and a file or account name with its odd bytes escaped.
 * The note and the store keep the bytes; only the display changes. Pure. */
#ifndef FUL_SHOWN_H
#define FUL_SHOWN_H

#include "text.h"

/* The columns a terminal or an editor gives the code point cp: 0 for a
 * combining mark or a zero-width format character, 2 for East Asian Wide
 * and Fullwidth, else 1 (a table from Unicode, no locale). */
int ful_char_width(uint32_t cp);

/* Appends s[0..n) as a seller's screen shows it: an invalid sequence, NUL
 * and a bidirectional embedding, override or isolate (U+202A-U+202E,
 * U+2066-U+2069: they can make a line read backwards) as U+FFFD; every
 * other control (C0 with tab, DEL, C1 with NEL) and the line and paragraph
 * separators (U+2028, U+2029) as a blank. Cut to at most max_cols display
 * columns, the ellipsis "\u2026" included and counted two (East Asian
 * Ambiguous: two columns in a CJK locale, one elsewhere), and max_bytes
 * bytes before it, never inside a character or between a character and
 * its combining marks; no blank before the ellipsis. 1 cut, 0 whole, -1
 * out of memory. */
int ful_shown_text(ful_buf *out, const char *s, size_t n, size_t max_cols, size_t max_bytes);

/* Appends the file or account name s[0..n) with what would break or hide
 * a listing's line escaped as ls -b writes it: \n, \t, \r and the other
 * bytes of a control (C0, DEL, C1, U+2028, U+2029), of a bidirectional
 * control and of an invalid sequence as \ooo each. 0, or -1 out of memory. */
int ful_shown_name(ful_buf *out, const char *s, size_t n);

#endif
