/* test_chase.c: states, cadence and the next action date (spec section 7),
 * walking steps through their lives. */
#include <string.h>

#include "chase.h"
#include "classify.h"
#include "note.h"
#include "t.h"

static ful_day D(int m, int d) { return ful_day_from_ymd(2026, m, d); }

static char buf[8][11];
static int nbuf;
static const char *fmt(ful_day d)
{
    char *b = buf[nbuf++ & 7];
    if (d == FUL_NODATE)
        return strcpy(b, "none");
    ful_day_format(d, b);
    return b;
}

static ful_cadence cad;

static ful_chase eval(int cls, ful_day due, const ful_chase_touch *t, int nt)
{
    ful_chase c;
    ful_chase_eval(cls, due, 0, t, nt, &cad, &c);
    return c;
}

/* The same with due from a due: on the line (a snooze). */
static ful_chase eval_set(int cls, ful_day due, const ful_chase_touch *t, int nt)
{
    ful_chase c;
    ful_chase_eval(cls, due, 1, t, nt, &cad, &c);
    return c;
}

static void test_cadence(void)
{
    ful_cadence c;
    char s[64];
    T_SECTION("cadence");
    ful_cadence_default(&c);
    ful_cadence_format(&c, s, sizeof s);
    T_STREQ(s, "3,7,14");
    T_INTEQ(ful_cadence_interval(&c, 0), 3);
    T_INTEQ(ful_cadence_interval(&c, 1), 3);
    T_INTEQ(ful_cadence_interval(&c, 2), 7);
    T_INTEQ(ful_cadence_interval(&c, 3), 14);
    T_INTEQ(ful_cadence_interval(&c, 9), 14);
    T_INTEQ(ful_cadence_parse("2, 5", 4, &c), 0);
    T_INTEQ(c.n, 2);
    T_INTEQ(ful_cadence_interval(&c, 5), 5);
    ful_cadence_format(&c, s, sizeof s);
    T_STREQ(s, "2,5");
    T_INTEQ(ful_cadence_parse("", 0, &c), -1);
    T_INTEQ(ful_cadence_parse("3,,7", 4, &c), -1);
    T_INTEQ(ful_cadence_parse("0,7", 3, &c), -1);
    T_INTEQ(ful_cadence_parse("3,7,x", 5, &c), -1);
    T_INTEQ(ful_cadence_parse("1,2,3,4,5,6,7,8,9", 17, &c), -1);
    T_INTEQ(ful_cadence_parse("400", 3, &c), -1);
    {
        ful_cadence a, b;
        ful_cadence_default(&a);
        ful_cadence_parse("3,7,14", 6, &b);
        T_CHECK(ful_cadence_equal(&a, &b), "3,7,14 is the default");
        ful_cadence_parse("3,7", 3, &b);
        T_CHECK(!ful_cadence_equal(&a, &b), "3,7 is not");
    }
    T_INTEQ(ful_state_parse("outcome", 7), FUL_ST_OUTCOME);
    T_INTEQ(ful_state_parse("late", 4), -1);
    T_STREQ(ful_state_name(FUL_ST_BOOKED), "booked");
}

/* The spec's example: due 12-04, touches 12-04 and 12-07 unanswered. */
static void test_spec_example(void)
{
    ful_chase_touch t[] = { { D(12, 4), FUL_CH_CALL, 0 }, { D(12, 7), FUL_CH_EMAIL, 0 } };
    ful_chase c = eval(FUL_NON, D(12, 4), t, 2);
    T_SECTION("spec example");
    T_INTEQ(c.state, FUL_ST_CHASE);
    T_STREQ(fmt(c.next), "2026-12-14");
    T_INTEQ(c.unanswered, 2);
    T_STREQ(fmt(c.since), "2026-12-04");
    T_INTEQ(c.since_channel, FUL_CH_CALL);
    T_STREQ(fmt(c.last_touch), "2026-12-07");
    T_INTEQ(c.suggest, -1);     /* two channels: no switch needed */
    /* touches in any order */
    {
        ful_chase_touch r[] = { t[1], t[0] };
        ful_chase c2 = eval(FUL_NON, D(12, 4), r, 2);
        T_STREQ(fmt(c2.next), "2026-12-14");
        T_STREQ(fmt(c2.since), "2026-12-04");
    }
}

/* A soft step's life: new, due, touched twice, replied, snoozed, done. */
static void test_soft_life(void)
{
    ful_chase_touch t[4];
    ful_chase c;
    ful_day today;
    T_SECTION("soft step's life");
    /* new: due at the end of the client's window */
    c = eval(FUL_SOFT, D(12, 4), NULL, 0);
    T_INTEQ(c.state, FUL_ST_CHASE);
    T_STREQ(fmt(c.next), "2026-12-04");
    T_INTEQ(c.unanswered, 0);
    T_CHECK(!ful_chase_overdue(c.state, c.next, D(12, 4)), "not overdue on its due date");
    /* due passes: overdue */
    T_CHECK(ful_chase_overdue(c.state, c.next, D(12, 5)), "overdue the day after");
    /* touched by email on 12-05: next 12-08, no longer overdue on 12-06 */
    t[0] = (ful_chase_touch){ D(12, 5), FUL_CH_EMAIL, 0 };
    c = eval(FUL_SOFT, D(12, 4), t, 1);
    T_STREQ(fmt(c.next), "2026-12-08");
    T_INTEQ(c.unanswered, 1);
    T_CHECK(!ful_chase_overdue(c.state, c.next, D(12, 6)), "touched yesterday: not overdue");
    T_INTEQ(c.suggest, -1);
    /* touched again by email 12-09: next 12-16, and try a call */
    t[1] = (ful_chase_touch){ D(12, 9), FUL_CH_EMAIL, 0 };
    c = eval(FUL_SOFT, D(12, 4), t, 2);
    T_STREQ(fmt(c.next), "2026-12-16");
    T_INTEQ(c.unanswered, 2);
    T_INTEQ(c.suggest, FUL_CH_CALL);
    /* a third, by call: 14 days, and the repeating last interval */
    t[2] = (ful_chase_touch){ D(12, 17), FUL_CH_CALL, 0 };
    c = eval(FUL_SOFT, D(12, 4), t, 3);
    T_STREQ(fmt(c.next), "2026-12-31");
    T_INTEQ(c.unanswered, 3);
    T_INTEQ(c.suggest, -1);
    /* the client replies 12-18: count back to 0, next = reply + 3 */
    t[3] = (ful_chase_touch){ D(12, 18), FUL_CH_CALL, 1 };
    c = eval(FUL_SOFT, D(12, 4), t, 4);
    T_INTEQ(c.unanswered, 0);
    T_STREQ(fmt(c.next), "2026-12-21");
    T_STREQ(fmt(c.since), "none");
    /* snoozed: a due: later than the cadence wins */
    c = eval(FUL_SOFT, D(12, 28), t, 4);
    T_STREQ(fmt(c.next), "2026-12-28");
    today = D(12, 22);
    T_CHECK(!ful_chase_overdue(c.state, c.next, today), "snoozed: not overdue");
    /* done: the store drops done steps from the loop; nothing to compute */
}

/* A snooze is the date the seller chose: it holds when the cadence is
 * sooner, and it is not held back when the cadence is later. */
static void test_snooze_wins(void)
{
    ful_chase_touch t[3];
    ful_chase c;
    T_SECTION("a snooze sooner than the cadence");
    /* three unanswered touches 12-01..12-03: the cadence says 12-17 */
    t[0] = (ful_chase_touch){ D(12, 1), FUL_CH_CALL, 0 };
    t[1] = (ful_chase_touch){ D(12, 2), FUL_CH_CALL, 0 };
    t[2] = (ful_chase_touch){ D(12, 3), FUL_CH_EMAIL, 0 };
    c = eval(FUL_NON, D(11, 30), t, 3);
    T_STREQ(fmt(c.next), "2026-12-17");
    /* snoozed to 12-07 on 12-03: back on 12-07, overdue 12-08 */
    c = eval_set(FUL_NON, D(12, 7), t, 3);
    T_STREQ(fmt(c.next), "2026-12-07");
    T_CHECK(ful_chase_overdue(c.state, c.next, D(12, 8)), "snoozed to 12-07: overdue 12-08");
    /* a later snooze still wins */
    c = eval_set(FUL_NON, D(12, 28), t, 3);
    T_STREQ(fmt(c.next), "2026-12-28");
    /* a due: the touches went past is the cadence's again */
    c = eval_set(FUL_NON, D(12, 2), t, 3);
    T_STREQ(fmt(c.next), "2026-12-17");
    /* ... and so is one on the last touch's day (a booked date touched on the day) */
    c = eval_set(FUL_FIRM, D(12, 3), t, 3);
    T_INTEQ(c.state, FUL_ST_CHASE);
    T_STREQ(fmt(c.next), "2026-12-17");
    /* a due from the text (not a due:) only holds the cadence back */
    c = eval(FUL_NON, D(12, 7), t, 3);
    T_STREQ(fmt(c.next), "2026-12-17");
}

/* A booked meeting becomes an outcome question, and a touch after it
 * makes it a chase. */
static void test_booked_life(void)
{
    ful_chase c;
    ful_chase_touch t[2];
    T_SECTION("booked meeting's life");
    c = eval(FUL_FIRM, D(12, 8), NULL, 0);
    T_INTEQ(c.state, FUL_ST_BOOKED);
    T_STREQ(fmt(c.next), "2026-12-08");
    T_INTEQ(ful_chase_state_on(c.state, c.next, D(12, 1)), FUL_ST_BOOKED);
    T_INTEQ(ful_chase_state_on(c.state, c.next, D(12, 8)), FUL_ST_BOOKED);
    T_CHECK(!ful_chase_overdue(c.state, c.next, D(12, 8)), "booked: never overdue");
    T_INTEQ(ful_chase_state_on(c.state, c.next, D(12, 9)), FUL_ST_OUTCOME);
    T_CHECK(ful_chase_overdue(c.state, c.next, D(12, 9)), "outcome: always overdue");
    /* a confirmation email before the meeting changes nothing */
    t[0] = (ful_chase_touch){ D(12, 2), FUL_CH_EMAIL, 0 };
    c = eval(FUL_FIRM, D(12, 8), t, 1);
    T_INTEQ(c.state, FUL_ST_BOOKED);
    T_STREQ(fmt(c.next), "2026-12-08");
    /* a touch after the date: the seller is chasing now */
    t[1] = (ful_chase_touch){ D(12, 9), FUL_CH_EMAIL, 0 };
    c = eval(FUL_FIRM, D(12, 8), t, 2);
    T_INTEQ(c.state, FUL_ST_CHASE);
    T_INTEQ(c.unanswered, 2);
    T_STREQ(fmt(c.next), "2026-12-16");
    T_INTEQ(ful_chase_state_on(c.state, c.next, D(12, 20)), FUL_ST_CHASE);
    /* no date at all: booked, never overdue */
    c = eval(FUL_FIRM, FUL_NODATE, NULL, 0);
    T_INTEQ(c.state, FUL_ST_BOOKED);
    T_INTEQ(ful_chase_state_on(c.state, c.next, D(12, 20)), FUL_ST_BOOKED);
    T_CHECK(!ful_chase_overdue(c.state, c.next, D(12, 20)), "undated booked");
}

static void test_todo_and_edges(void)
{
    ful_chase c;
    ful_chase_touch t[3];
    T_SECTION("todo and edges");
    /* compliance: the seller owes work; touches do not move it */
    t[0] = (ful_chase_touch){ D(12, 10), FUL_CH_EMAIL, 0 };
    c = eval(FUL_COMPLIANCE, D(12, 3), t, 1);
    T_INTEQ(c.state, FUL_ST_TODO);
    T_STREQ(fmt(c.next), "2026-12-03");
    /* undated touches count for nothing */
    t[0] = (ful_chase_touch){ FUL_NODATE, FUL_CH_EMAIL, 0 };
    c = eval(FUL_NON, D(12, 3), t, 1);
    T_STREQ(fmt(c.next), "2026-12-03");
    T_INTEQ(c.unanswered, 0);
    /* unknown class without a date, touched: the cadence gives one */
    t[0] = (ful_chase_touch){ D(12, 10), FUL_CH_CALL, 0 };
    c = eval(FUL_UNKNOWN, FUL_NODATE, t, 1);
    T_INTEQ(c.state, FUL_ST_CHASE);
    T_STREQ(fmt(c.next), "2026-12-13");
    /* two unanswered calls: suggest email; voicemail after a call is not the same channel */
    t[0] = (ful_chase_touch){ D(12, 1), FUL_CH_CALL, 0 };
    t[1] = (ful_chase_touch){ D(12, 2), FUL_CH_CALL, 0 };
    c = eval(FUL_NON, D(12, 1), t, 2);
    T_INTEQ(c.suggest, FUL_CH_EMAIL);
    t[2] = (ful_chase_touch){ D(12, 3), FUL_CH_VOICEMAIL, 0 };
    c = eval(FUL_NON, D(12, 1), t, 3);
    T_INTEQ(c.suggest, -1);
    /* a custom cadence */
    ful_cadence_parse("2,5", 3, &cad);
    t[0] = (ful_chase_touch){ D(12, 4), FUL_CH_CALL, 0 };
    t[1] = (ful_chase_touch){ D(12, 7), FUL_CH_EMAIL, 0 };
    c = eval(FUL_NON, D(12, 4), t, 2);
    T_STREQ(fmt(c.next), "2026-12-12");
    t[2] = (ful_chase_touch){ D(12, 12), FUL_CH_EMAIL, 0 };
    c = eval(FUL_NON, D(12, 4), t, 3);
    T_STREQ(fmt(c.next), "2026-12-17");
    ful_cadence_default(&cad);
    /* a touch before the due date never pulls the date earlier */
    t[0] = (ful_chase_touch){ D(12, 1), FUL_CH_EMAIL, 0 };
    c = eval(FUL_SOFT, D(12, 20), t, 1);
    T_STREQ(fmt(c.next), "2026-12-20");
}

int main(void)
{
    ful_cadence_default(&cad);
    test_cadence();
    test_spec_example();
    test_soft_life();
    test_snooze_wins();
    test_booked_life();
    test_todo_and_edges();
    return T_DONE();
}
