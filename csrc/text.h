/* text.h: byte-level helpers shared by the parser, store and write-back:
 * a growable buffer, UTF-8 cleaning, a content hash, small scanners. */
#ifndef FUL_TEXT_H
#define FUL_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *p;
    size_t len, cap;
} ful_buf;

void ful_buf_free(ful_buf *b);
int ful_buf_reserve(ful_buf *b, size_t extra);         /* 0 ok, -1 out of memory */
int ful_buf_add(ful_buf *b, const void *s, size_t n);  /* keeps p NUL-terminated */
int ful_buf_adds(ful_buf *b, const char *s);
/* Appends printf output, whole at any length. 0 ok, -1 on out of memory
 * or an encoding error. */
#if defined(__GNUC__)
int ful_buf_addf(ful_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ful_buf_vaddf(ful_buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
#else
int ful_buf_addf(ful_buf *b, const char *fmt, ...);
int ful_buf_vaddf(ful_buf *b, const char *fmt, va_list ap);
#endif

/* Doubles an array of *cap elements of size bytes (to first when empty):
 * the new array, *cap updated; NULL when out of memory, p and *cap kept. */
void *ful_grow(void *p, size_t *cap, size_t size, size_t first);

/* Appends s[0..n) as valid UTF-8: invalid sequences and NUL bytes become
 * U+FFFD, other C0 controls but tab become spaces. Returns how many bytes
 * were replaced, or -1 on out of memory. */
long ful_utf8_clean(ful_buf *out, const char *s, size_t n);
/* Appends s[0..n) with only its invalid sequences as U+FFFD, controls and
 * NUL kept (for a writer that escapes them itself: JSON). Returns how many
 * bytes were replaced, or -1 on out of memory. */
long ful_utf8_fix(ful_buf *out, const char *s, size_t n);
/* 1 when ful_utf8_clean would copy s[0..n) unchanged (no control but
 * tab, no NUL, no invalid sequence), else 0. */
int ful_utf8_is_clean(const char *s, size_t n);
/* How many bytes of s[0..n) would ful_utf8_clean replace (0: clean). */
size_t ful_utf8_bad(const char *s, size_t n);
/* The valid UTF-8 sequence at s[0..n): its length (1..4, NUL is 1) and
 * *cp its code point; 0 when invalid or n is 0 (*cp left). */
size_t ful_utf8_char(const char *s, size_t n, uint32_t *cp);
/* The largest length <= max that does not cut a UTF-8 sequence in two. */
size_t ful_utf8_cut(const char *s, size_t n, size_t max);

/* A fast 64-bit content hash (not cryptographic), folded to 63 bits so it
 * fits a SQLite integer without sign games. */
int64_t ful_hash(const void *p, size_t n);

/* Does s[0..n) look binary (a note-extension file that is not text)? */
int ful_looks_binary(const char *s, size_t n);

static inline int ful_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static inline int ful_is_space(int c) { return c == ' ' || c == '\t'; }
static inline int ful_is_digit(int c) { return c >= '0' && c <= '9'; }
int ful_ieq(const char *a, const char *b, size_t n);    /* ASCII case-insensitive */

#endif
