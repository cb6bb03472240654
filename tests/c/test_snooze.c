/* test_snooze.c: the snooze date and the due: line edit. */
#include <string.h>

#include "snooze.h"
#include "t.h"

static const char *edit(const char *line, const char *date, int *rc)
{
    static ful_buf b;
    ful_day d;
    ful_day_parse_iso(date, 10, &d);
    ful_buf_free(&b);
    *rc = ful_snooze_line(line, strlen(line), NULL, d, &b);
    return b.p ? b.p : "";
}

int main(void)
{
    ful_day today = ful_day_from_ymd(2026, 12, 10), d;
    char buf[11];
    int rc;
    T_SECTION("when");
    T_INTEQ(ful_snooze_when("+3d", 3, today, &d), 0);
    T_STREQ((ful_day_format(d, buf), buf), "2026-12-13");
    T_INTEQ(ful_snooze_when("+2w", 3, today, &d), 0);
    T_STREQ((ful_day_format(d, buf), buf), "2026-12-24");
    T_INTEQ(ful_snooze_when("2027-01-05", 10, today, &d), 0);
    T_STREQ((ful_day_format(d, buf), buf), "2027-01-05");
    T_INTEQ(ful_snooze_when("+0d", 3, today, &d), -1);
    T_INTEQ(ful_snooze_when("+d", 2, today, &d), -1);
    T_INTEQ(ful_snooze_when("3d", 2, today, &d), -1);
    T_INTEQ(ful_snooze_when("+3m", 3, today, &d), -1);
    T_INTEQ(ful_snooze_when("2026-02-30", 10, today, &d), -1);
    T_INTEQ(ful_snooze_when("+99999999d", 10, today, &d), -1);
    /* a day already past is no snooze (a mistyped month: 2026-11-20) */
    T_INTEQ(ful_snooze_when("2026-11-20", 10, today, &d), -2);
    T_INTEQ(ful_snooze_when("2026-12-10", 10, today, &d), 0);

    T_SECTION("line");
    T_STREQ(edit("- NEXT: call Jason back", "2026-12-20", &rc), "- NEXT: call Jason back due:2026-12-20");
    T_INTEQ(rc, 1);
    T_STREQ(edit("- NEXT: call Jason due:2026-12-04 back #non", "2026-12-20", &rc),
            "- NEXT: call Jason due:2026-12-20 back #non");
    T_STREQ(edit("  * [ ] next: ping them  \r", "2026-12-20", &rc), "  * [ ] next: ping them due:2026-12-20  \r");
    T_STREQ(edit("- NEXT: ping due: 2026-12-04", "2026-12-20", &rc), "- NEXT: ping due:2026-12-20");
    T_STREQ(edit("- NEXT: ping due:2026-02-30", "2026-12-20", &rc), "- NEXT: ping due:2026-02-30 due:2026-12-20");
    edit("- NEXT: ping due:2026-12-20", "2026-12-20", &rc);
    T_INTEQ(rc, 0);
    edit("TOUCH: 2026-12-01 email", "2026-12-20", &rc);
    T_INTEQ(rc, -1);
    edit("just words", "2026-12-20", &rc);
    T_INTEQ(rc, -1);
    /* a done step is no chase to push: due: written there changed nothing
     * the seller sees, and was said as "due 2026-12-20" */
    T_STREQ(edit("- [x] NEXT: send the deck", "2026-12-20", &rc), "");
    T_INTEQ(rc, -3);
    edit("* [X] NEXT: send the deck due:2026-12-04", "2026-12-20", &rc);
    T_INTEQ(rc, -3);
    return T_DONE();
}
