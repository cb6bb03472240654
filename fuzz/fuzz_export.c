/* fuzz_export.c: libFuzzer target for the export writers' byte work. The
 * first two bytes pick a meeting date; the rest is a step's text. Checks
 * that escaped TEXT holds no bare ; , or control character, and that
 * iCalendar folding of it keeps every line within 75 octets, never starts a
 * continuation inside a UTF-8 sequence of valid input, and unfolds to the
 * input; that a CSV field
 * reads back to the input; that a clock time found is a real time. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

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

/* Reads one RFC 4180 field back and compares it with the input. */
static void check_csv(const char *s, size_t n)
{
    ful_buf b = { 0, 0, 0 }, back = { 0, 0, 0 };
    size_t i;
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
    if (back.len != n || (n && memcmp(back.p, s, n) != 0))
        abort();
    ful_buf_free(&b);
    ful_buf_free(&back);
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
    /* a time for every date the text names */
    k = ful_dates_find(text, size, meeting, sp, 16);
    for (i = 0; i < k; i++)
        if (sp[i].start != FUL_NODATE && ful_export_time(text, size, meeting, sp[i].start, &h, &m, &tz) &&
            (h < 0 || h > 23 || m < 0 || m > 59 || (tz != FUL_TZ_FLOAT && (tz < -15 * 60 || tz > 15 * 60))))
            abort();
    return 0;
}
