/* shown.c: see shown.h. */
#include "shown.h"

#include <stdio.h>

#include "width_table.h"

static int in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    if (n == 0 || cp < r[0][0] || cp > r[n - 1][1])
        return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp > r[mid][1])
            lo = mid + 1;
        else if (cp < r[mid][0])
            hi = mid;
        else
            return 1;
    }
    return 0;
}

int ful_char_width(uint32_t cp)
{
    if (cp < 0x300)
        return 1;
    if (in_ranges(ful_zero_width, sizeof ful_zero_width / sizeof ful_zero_width[0], cp))
        return 0;
    if (in_ranges(ful_double_width, sizeof ful_double_width / sizeof ful_double_width[0], cp))
        return 2;
    return 1;
}

/* Reorders the characters around it (Trojan source): shown, never obeyed. */
static int bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Ends a line or moves the cursor on some terminal: a blank on screen. */
static int breaks_line(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

/* The columns kept for the ellipsis: U+2026 is East Asian Ambiguous, drawn
 * two columns wide by a terminal in a CJK locale (and by Vim and Neovim
 * with 'ambiwidth' double), one elsewhere. Counted as two, a cut step is
 * within the cap in every locale (one column short of it in the others). */
#define DOTS_COLS 2

int ful_shown_text(ful_buf *out, const char *s, size_t n, size_t max_cols, size_t max_bytes)
{
    static const char repl[] = "\xEF\xBF\xBD", dots[] = "\xE2\x80\xA6";
    size_t start = out->len, i = 0, cols = 0, fit = (size_t)-1, cluster = start;
    int cut = 0;
    while (i < n) {
        uint32_t cp = 0;
        size_t k = ful_utf8_char(s + i, n - i, &cp);
        const char *show = s + i;
        size_t len = k;
        int w;
        if (k == 0 || cp == 0 || bidi_control(cp)) {
            show = repl;
            len = 3;
            w = 1;
        } else if (breaks_line(cp)) {
            show = " ";
            len = 1;
            w = 1;
        } else {
            w = ful_char_width(cp);
        }
        if (w > 0) {
            /* a new character starts here: the last place to cut before
             * the ellipsis is the last start with room left for it */
            cluster = out->len;
            if (fit == (size_t)-1 && cols + w + DOTS_COLS > max_cols)
                fit = out->len;
            if (cols + w > max_cols) {
                cut = 1;
                break;
            }
            cols += (size_t)w;
        }
        if (out->len - start + len > max_bytes) {
            /* zero columns at a time (a base with thousands of marks):
             * cut before the character they belong to, unless it is the
             * first */
            if (fit == (size_t)-1 || fit > cluster)
                fit = cluster > start ? cluster : out->len;
            cut = 1;
            break;
        }
        if (ful_buf_add(out, show, len) != 0)
            return -1;
        i += k ? k : 1;
    }
    if (!cut)
        return 0;
    out->len = fit;
    while (out->len > start && out->p[out->len - 1] == ' ')
        out->len--;
    out->p[out->len] = '\0';
    return ful_buf_add(out, dots, 3) != 0 ? -1 : 1;
}

int ful_shown_name(ful_buf *out, const char *s, size_t n)
{
    size_t i = 0, run = 0;
    while (i < n) {
        uint32_t cp = 0;
        size_t k = ful_utf8_char(s + i, n - i, &cp), j;
        if (k > 0 && !breaks_line(cp) && !bidi_control(cp)) {
            i += k;
            run += k;
            continue;
        }
        if (ful_buf_add(out, s + i - run, run) != 0)
            return -1;
        run = 0;
        if (k == 0)
            k = 1;
        for (j = 0; j < k; j++) {
            unsigned char c = (unsigned char)s[i + j];
            char esc[5];
            if (c == '\n' || c == '\t' || c == '\r')
                snprintf(esc, sizeof esc, "\\%c", c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
            else
                snprintf(esc, sizeof esc, "\\%03o", c);
            if (ful_buf_adds(out, esc) != 0)
                return -1;
        }
        i += k;
    }
    return ful_buf_add(out, s + i - run, run) != 0 ? -1 : 0;
}
