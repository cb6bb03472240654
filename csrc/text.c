/* text.c: see text.h. */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ful_buf_free(ful_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

int ful_buf_reserve(ful_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1, cap;
    char *p;
    if (need < b->len)
        return -1;
    if (need <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > ((size_t)-1) / 2)
            return -1;
        cap *= 2;
    }
    p = realloc(b->p, cap);
    if (p == NULL)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

void *ful_grow(void *p, size_t *cap, size_t size, size_t first)
{
    size_t nc = *cap ? *cap * 2 : first;
    void *np;
    if (nc < *cap || nc > ((size_t)-1) / size)
        return NULL;
    np = realloc(p, nc * size);
    if (np != NULL)
        *cap = nc;
    return np;
}

int ful_buf_add(ful_buf *b, const void *s, size_t n)
{
    /* (no text is a quarter of the address space: the bound also tells GCC,
     * which inlines this deep into the write-backs, that n is no wrapped
     * difference, and it stops warning of a memcpy past any object) */
    if (n > ((size_t)-1) / 4 || ful_buf_reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int ful_buf_adds(ful_buf *b, const char *s)
{
    return ful_buf_add(b, s, strlen(s));
}

int ful_buf_vaddf(ful_buf *b, const char *fmt, va_list ap)
{
    char tmp[1024];
    va_list again;
    int k;
    va_copy(again, ap);
    k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (k >= 0 && (size_t)k < sizeof tmp) {
        va_end(again);
        return ful_buf_add(b, tmp, (size_t)k);
    }
    /* Longer (a path near PATH_MAX in a message): formatted in place,
     * whole. */
    if (k < 0 || ful_buf_reserve(b, (size_t)k) != 0) {
        va_end(again);
        return -1;
    }
    vsnprintf(b->p + b->len, (size_t)k + 1, fmt, again);
    va_end(again);
    b->len += (size_t)k;
    return 0;
}

int ful_buf_addf(ful_buf *b, const char *fmt, ...)
{
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ful_buf_vaddf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t seq_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

size_t ful_utf8_char(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = n ? seq_len(u, n) : 0, i;
    uint32_t c;
    if (k == 0)
        return 0;
    c = k == 1 ? u[0] : (uint32_t)(u[0] & (0xFF >> (k + 1)));
    for (i = 1; i < k; i++)
        c = (c << 6) | (u[i] & 0x3F);
    *cp = c;
    return k;
}

/* ful_utf8_clean, and with keep_controls ful_utf8_fix: one decoder for both. */
static long utf8_copy(ful_buf *out, const char *s, size_t n, int keep_controls)
{
    static const char repl[] = "\xEF\xBF\xBD";
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;
    long bad = 0;
    if (ful_buf_reserve(out, n) != 0)
        return -1;
    while (i < n) {
        size_t k;
        if ((u[i] >= 0x20 && u[i] < 0x80) || (keep_controls && u[i] < 0x20)) {
            i++;
            run++;
            continue;
        }
        k = (u[i] == 0) ? 0 : seq_len(u + i, n - i);
        if (k > 1 || u[i] == '\t') {
            i += k ? k : 1;
            run += k ? k : 1;
            continue;
        }
        if (ful_buf_add(out, s + i - run, run) != 0)
            return -1;
        run = 0;
        if (k == 1) {           /* a C0 control other than tab */
            if (ful_buf_add(out, " ", 1) != 0)
                return -1;
        } else {
            if (ful_buf_add(out, repl, 3) != 0)
                return -1;
            bad++;
        }
        i++;
    }
    if (ful_buf_add(out, s + i - run, run) != 0)
        return -1;
    return bad;
}

long ful_utf8_clean(ful_buf *out, const char *s, size_t n)
{
    return utf8_copy(out, s, n, 0);
}

long ful_utf8_fix(ful_buf *out, const char *s, size_t n)
{
    return utf8_copy(out, s, n, 1);
}

/* Does the 8-byte word hold only printable ASCII (0x20..0x7F)? */
static int ascii8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    /* A byte >= 0x80 sets its top bit; a byte < 0x20 borrows when 0x20 is
     * subtracted, which also sets a top bit (SWAR). */
    return ((w | (w - 0x2020202020202020ull)) & 0x8080808080808080ull) == 0;
}

/* The one scan behind both: how many bytes utf8_copy would replace (an
 * invalid sequence's, a NUL's). With clean, a C0 control other than tab
 * counts too (ful_utf8_clean writes it as a blank) and the scan stops at
 * the first such byte: 1 means ful_utf8_clean would change s. Inlined into
 * each caller with clean a constant, so neither pays for the other. */
static inline size_t utf8_scan(const char *s, size_t n, int clean)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, bad = 0, k;
    while (i < n) {
        if (i + 8 <= n && ascii8(u + i)) {
            i += 8;
            continue;
        }
        if ((u[i] >= 0x20 && u[i] < 0x80) || u[i] == '\t') {
            i++;
            continue;
        }
        /* as utf8_copy: what it keeps besides is a whole multi-byte
         * sequence (k > 1); k == 1 is a control, k == 0 a bad byte */
        k = (u[i] == 0) ? 0 : seq_len(u + i, n - i);
        if (k == 0 || (clean && k == 1)) {
            if (clean)
                return 1;
            bad++;
        }
        i += k ? k : 1;
    }
    return bad;
}

int ful_utf8_is_clean(const char *s, size_t n)
{
    return utf8_scan(s, n, 1) == 0;
}

size_t ful_utf8_bad(const char *s, size_t n)
{
    return utf8_scan(s, n, 0);
}

size_t ful_utf8_cut(const char *s, size_t n, size_t max)
{
    size_t i;
    if (n <= max)
        return n;
    i = max;
    /* Step back over continuation bytes to the start of the cut sequence. */
    while (i > 0 && i + 4 > max && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

int64_t ful_hash(const void *p, size_t n)
{
    /* 64-bit multiply-xorshift over 8-byte words: a few hundred MB/s is
     * far above what reading the file costs. */
    const unsigned char *s = p;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w *= 0xBF58476D1CE4E5B9ull;
        w ^= w >> 31;
        h = (h ^ w) * 0x94D049BB133111EBull;
        i += 8;
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, s + i, n - i);
        w *= 0xBF58476D1CE4E5B9ull;
        w ^= w >> 31;
        h = (h ^ w) * 0x94D049BB133111EBull;
    }
    h ^= h >> 29;
    return (int64_t)(h & 0x7FFFFFFFFFFFFFFFull);
}

int ful_looks_binary(const char *s, size_t n)
{
    /* A stray NUL or a bad byte in a real note must not hide it: only a
     * sample dominated by them is binary. */
    size_t m = n < 8192 ? n : 8192, i, nul = 0, ctl = 0, bad;
    const unsigned char *u = (const unsigned char *)s;
    if (m == 0)
        return 0;
    for (i = 0; i < m; i++) {
        unsigned char c;
        if (i + 8 <= m && ascii8(u + i)) {
            i += 7;
            continue;
        }
        c = u[i];
        if (c == 0)
            nul++;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ctl++;
    }
    if (nul * 20 > m || (nul > 0 && m < 20 && nul * 4 > m))
        return 1;
    bad = ful_utf8_bad(s, ful_utf8_cut(s, n, m));
    return (bad + ctl) * 10 > m * 3;
}

int ful_ieq(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (ful_lower((unsigned char)a[i]) != ful_lower((unsigned char)b[i]))
            return 0;
    return 1;
}
