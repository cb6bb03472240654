/* snooze.c: see snooze.h. */
#include "snooze.h"
#include "line.h"

#include <string.h>

int ful_snooze_when(const char *s, size_t n, ful_day today, ful_day *out)
{
    size_t i;
    long v = 0;
    if (ful_day_parse_iso(s, n, out))
        /* a snooze pushes a step: a day already past would list it as
         * overdue at once (a mistyped month, say) */
        return today != FUL_NODATE && *out < today ? -2 : 0;
    if (n < 3 || s[0] != '+' || today == FUL_NODATE)
        return -1;
    for (i = 1; i < n - 1; i++) {
        if (s[i] < '0' || s[i] > '9' || v > 3650)
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (s[n - 1] == 'w' || s[n - 1] == 'W')
        v *= 7;
    else if (s[n - 1] != 'd' && s[n - 1] != 'D')
        return -1;
    if (v < 1 || v > 3650)
        return -1;
    *out = today + (ful_day)v;
    return 0;
}

int ful_snooze_line(const char *s, size_t n, const ful_tagset *tags, ful_day day, ful_buf *out)
{
    ful_line ln;
    ful_day cur;
    size_t at, len, end = n;
    char tok[16];
    int k;
    if (ful_line_scan(s, n, tags, &ln) != FUL_LINE_STEP)
        return -1;
    if (ln.done)
        return -3;
    memcpy(tok, "due:", 4);
    ful_day_format(day, tok + 4);
    out->len = 0;
    k = ful_line_due(s, n, &cur, &at, &len);
    if (k == 1) {
        if (cur == day)
            return 0;
        return (ful_buf_add(out, s, at) || ful_buf_add(out, tok, 14) || ful_buf_add(out, s + at + len, n - at - len))
                   ? -2 : 1;
    }
    if (end > 0 && s[end - 1] == '\r')
        end--;
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    return (ful_buf_add(out, s, end) || ful_buf_add(out, " ", 1) || ful_buf_add(out, tok, 14) ||
            ful_buf_add(out, s + end, n - end)) ? -2 : 1;
}
