/* fuzz_export.c: libFuzzer target for the export writers' byte work. The
 * first two bytes pick a meeting date; the rest is a step's text. Checks
 * that escaped TEXT holds no bare ; , or control character, and that
 * iCalendar folding of it keeps every line within 75 octets, never starts a
 * continuation inside a UTF-8 sequence of valid input, and unfolds to the
 * input; that a CSV field
 * reads back to the input (after the ' a formula gets); that the display
 * rule (shown.h) gives valid UTF-8 with no control and no bidi control,
 * within its columns; that a clock time found is a real time. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "shown.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_fold(const char *s, size_t n)
{
    ful_buf b = { 0, 0, 0 }, u = { 0, 0, 0 };
    size_t i = 0;
    int first = 1, valid = ful_utf8_bad(s, n) == 0;
    if (ful_ics_line(&b, s, n) != 0)
        abort();
    while (i < b.len) {
        const char *e = NULL;
        size_t k, len;
        for (k = i; k + 1 < b.len; k++)
            if (b.p[k] == '\r' && b.p[k + 1] == '\n') {
                e = b.p + k;
                break;
            }
        if (e == NULL)
            abort();    /* every line ends in CRLF */
        len = (size_t)(e - (b.p + i));
        if (len > 75)
            abort();
        if (!first) {
            if (b.p[i] != ' ')
                abort();
            if (valid && len > 1 && ((unsigned char)b.p[i + 1] & 0xC0) == 0x80)
                abort();
            ful_buf_add(&u, b.p + i + 1, len - 1);
        } else {
            ful_buf_add(&u, b.p + i, len);
        }
        first = 0;
        i += len + 2;
    }
    if (u.len != n || (n && memcmp(u.p, s, n) != 0))
        abort();
    ful_buf_free(&b);
    ful_buf_free(&u);
}

/* Escapes s (as every TEXT value is before folding), checks the result and
 * folds it. */
static void check_escape(const char *s, size_t n)
{
    ful_buf b = { 0, 0, 0 };
    size_t i;
    if (ful_ics_escape(&b, s, n) != 0)
        abort();
    for (i = 0; i < b.len; i++) {
        unsigned char c = (unsigned char)b.p[i];
        if (c == '\\') {
            i++;
            if (i >= b.len || !strchr("\\;,n", b.p[i]))
                abort();
        } else if (c == ';' || c == ',' || c < 0x20 || c == 0x7f) {
            abort();
        }
    }
    check_fold(b.p ? b.p : "", b.len);
    ful_buf_free(&b);
}

/* Reads one RFC 4180 field back and compares it with the input, after
 * the ' that opens a cell a spreadsheet would take for a formula. */
static void check_csv(const char *s, size_t n)
{
    ful_buf b = { 0, 0, 0 }, back = { 0, 0, 0 };
    size_t i, lead = n > 0 && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
    if (ful_csv_field(&b, s, n) != 0)
        abort();
    if (b.len > 0 && b.p[0] == '"') {
        if (b.len < 2 || b.p[b.len - 1] != '"')
            abort();
        for (i = 1; i + 1 < b.len; i++) {
            if (b.p[i] == '"') {
                if (b.p[i + 1] != '"')
                    abort();
                i++;
            }
            ful_buf_add(&back, b.p + i, 1);
        }
    } else {
        if (memchr(b.p ? b.p : "", ',', b.len) || memchr(b.p ? b.p : "", '\n', b.len) ||
            memchr(b.p ? b.p : "", '"', b.len))
            abort();
        ful_buf_add(&back, b.p ? b.p : "", b.len);
    }
    if (back.len != n + lead || (lead && back.p[0] != '\'') || (n && memcmp(back.p + lead, s, n) != 0))
        abort();
    ful_buf_free(&b);
    ful_buf_free(&back);
}

/* The display rule: valid UTF-8, no control (tab included) or bidi
 * control, at most cols columns, cut only with an ellipsis at the end. */
static void check_shown(const char *s, size_t n, size_t cols)
{
    ful_buf b = { 0, 0, 0 };
    size_t i = 0, w = 0;
    int cut = ful_shown_text(&b, s, n, cols, cols * 16);
    if (cut < 0 || ful_utf8_bad(b.p ? b.p : "", b.len) != 0)
        abort();
    while (i < b.len) {
        uint32_t cp = 0;
        size_t k = ful_utf8_char(b.p + i, b.len - i, &cp);
        if (k == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
            (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            abort();
        w += (size_t)ful_char_width(cp);
        i += k;
    }
    if (w > cols || (cut == 1 && (b.len < 3 || memcmp(b.p + b.len - 3, "\xE2\x80\xA6", 3) != 0)))
        abort();
    ful_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ful_day meeting = FUL_NODATE;
    ful_date_span sp[16];
    const char *text;
    int h, m, tz, k, i;
    if (size >= 2) {
        unsigned sel = (unsigned)data[0] << 8 | data[1];
        if (sel != 0xFFFF)
            meeting = ful_day_from_ymd(2020, 1, 1) + (ful_day)(sel % 4000);
        data += 2;
        size -= 2;
    }
    text = (const char *)data;
    check_escape(text, size);
    check_csv(text, size);
    check_shown(text, size, 160);
    check_shown(text, size, 7);
    /* a time for every date the text names */
    k = ful_dates_find(text, size, meeting, sp, 16);
    for (i = 0; i < k; i++)
        if (sp[i].start != FUL_NODATE && ful_export_time(text, size, meeting, sp[i].start, &h, &m, &tz) &&
            (h < 0 || h > 23 || m < 0 || m > 59 || (tz != FUL_TZ_FLOAT && (tz < -15 * 60 || tz > 15 * 60))))
            abort();
    return 0;
}
