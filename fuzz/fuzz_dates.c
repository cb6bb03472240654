/* fuzz_dates.c: libFuzzer target for the date resolver. The first two bytes
 * pick a meeting date (or none); the rest is the text. Checks that spans stay
 * inside the text and windows are ordered. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ful_date_span sp[16];
    ful_day meeting = FUL_NODATE;
    const char *text;
    size_t n;
    int k, i;
    if (size >= 2) {
        unsigned sel = (unsigned)data[0] << 8 | data[1];
        if (sel != 0xFFFF) /* 0xFFFF: no meeting date */
            meeting = ful_day_from_ymd(2020, 1, 1) + (ful_day)(sel % 4000);
        data += 2;
        size -= 2;
    }
    text = (const char *)data;
    n = size;
    k = ful_dates_find(text, n, meeting, sp, 16);
    if (k < 0 || k > 16)
        abort();
    for (i = 0; i < k; i++) {
        if (sp[i].off > n || sp[i].len > n - sp[i].off)
            abort();
        if (sp[i].kind != FUL_DATE_EXACT && sp[i].kind != FUL_DATE_WINDOW)
            abort();
        if (sp[i].start != FUL_NODATE && sp[i].end != FUL_NODATE && sp[i].start > sp[i].end)
            abort();
        if (sp[i].kind == FUL_DATE_EXACT && sp[i].start != sp[i].end)
            abort();
    }
    (void)ful_dates_has_time(text, n);
    {
        ful_day d;
        char buf[11];
        if (n >= 10 && ful_day_parse_iso(text, 10, &d)) {
            ful_day_format(d, buf);
            if (ful_day_parse_iso(buf, 10, &d) != 1)
                abort();
        }
    }
    return 0;
}
