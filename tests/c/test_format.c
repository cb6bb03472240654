/* test_format.c: the one formatter of overdue messages and the log text. */
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "t.h"

static ful_day D(int m, int d) { return ful_day_from_ymd(2026, m, d); }

static ful_fmt_step step(const char *state, const char *cls, const char *text, ful_day due, ful_day next)
{
    ful_fmt_step s;
    memset(&s, 0, sizeof s);
    s.path = "/n/acme.md";
    s.line = 8;
    s.col = 3;
    s.account = "Acme Corp";
    s.state = state;
    s.cls = cls;
    s.text = text;
    s.due = due;
    s.next = next;
    s.since = s.last_touch = s.meeting = FUL_NODATE;
    return s;
}

static const char *msg(const ful_fmt_step *s, ful_day today)
{
    static ful_buf b;
    ful_buf_free(&b);
    ful_format_overdue(s, today, &b);
    return b.p ? b.p : "";
}

/* Acme Corp's steps st[0..n) for the log, today 2026-12-10, paths under /n. */
static void log_of(ful_fmt_account *a, ful_fmt_opts *o, ful_fmt_step *st, int n)
{
    memset(a, 0, sizeof *a);
    a->name = "Acme Corp";
    a->last_touch = a->last_reply = FUL_NODATE;
    a->steps = st;
    a->nsteps = n;
    memset(o, 0, sizeof *o);
    o->today = D(12, 10);
    o->base = "/n";
}

int main(void)
{
    char o[16];
    ful_fmt_step s;
    ful_buf b = { 0, 0, 0 };
    ful_fmt_account a;
    ful_fmt_opts opts;

    T_SECTION("a message with a path near PATH_MAX is whole");
    {
        /* ful_buf_addf formatted through a 1 KB buffer and cut there */
        ful_buf lb = { 0, 0, 0 };
        char path[4001];
        memset(path, 'd', 4000);
        path[4000] = '\0';
        T_INTEQ(ful_buf_addf(&lb, "x%s:%d: not a next step", path, 3), 0);
        T_INTEQ((long)lb.len, 4001 + 19);
        T_CHECK(lb.p && strcmp(lb.p + 4001, ":3: not a next step") == 0, "the end is there");
        T_INTEQ(ful_buf_addf(&lb, "%d", 42), 0);
        T_CHECK(lb.p && strcmp(lb.p + lb.len - 21, ":3: not a next step42") == 0, "a short piece after it");
        ful_buf_free(&lb);
    }
    T_SECTION("ordinals");
    T_STREQ(ful_ordinal(1, o), "1st");
    T_STREQ(ful_ordinal(2, o), "2nd");
    T_STREQ(ful_ordinal(3, o), "3rd");
    T_STREQ(ful_ordinal(4, o), "4th");
    T_STREQ(ful_ordinal(11, o), "11th");
    T_STREQ(ful_ordinal(12, o), "12th");
    T_STREQ(ful_ordinal(22, o), "22nd");

    T_SECTION("overdue messages");
    s = step("todo", "compliance", "send the case studies", D(11, 22), D(11, 22));
    T_STREQ(msg(&s, D(12, 15)), "compliance [Acme Corp] send the case studies (due 2026-11-22, 23 days overdue)");
    s = step("chase", "non", "call Jason back", D(12, 4), D(12, 7));
    s.unanswered = 1;
    s.since = D(12, 4);
    s.since_channel = "call";
    s.last_touch = D(12, 4);
    T_STREQ(msg(&s, D(12, 8)), "chase, 2nd follow-up (1 unanswered since 2026-12-04 call) - non [Acme Corp] call Jason "
                               "back (due 2026-12-04, next 2026-12-07, 1 day overdue)");
    s.unanswered = 2;
    s.suggest = "call";
    s.since_channel = "email";
    s.pushed = 2;
    T_STREQ(msg(&s, D(12, 8)), "chase, 3rd follow-up (2 unanswered since 2026-12-04 email) - non [Acme Corp] call Jason "
                               "back (due 2026-12-04, next 2026-12-07, 1 day overdue, pushed 2x; try a call)");
    s = step("chase", "soft", "they decide", D(12, 1), D(12, 1));
    s.account = "";
    T_STREQ(msg(&s, D(12, 3)), "chase, 1st follow-up - soft [no account] they decide (due 2026-12-01, 2 days overdue)");
    s.last_touch = D(12, 2);
    T_STREQ(msg(&s, D(12, 6)), "chase, follow up on the 2026-12-02 reply - soft [no account] they decide "
                               "(due 2026-12-01, 5 days overdue)");
    s = step("outcome", "firm", "demo with the CFO", D(12, 8), D(12, 8));
    T_STREQ(msg(&s, D(12, 9)), "outcome: booked for 2026-12-08 - did it happen? mark it done or log a touch - "
                               "firm [Acme Corp] demo with the CFO");

    T_SECTION("log text");
    {
        ful_fmt_step st[2];
        st[0] = step("booked", "firm", "demo", D(12, 20), D(12, 20));
        st[1] = step("chase", "soft", "they decide", D(12, 1), D(12, 1));
        st[1].meeting = D(11, 20);
        st[1].ask = "no date: ask for a booked meeting";
        log_of(&a, &opts, st, 2);
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_STREQ(b.p, "Follow-up log, today 2026-12-10, all accounts: 1 to act on (1 overdue), 1 coming up, 0 dark accounts\n"
                     "\n"
                     "Acme Corp  no touches yet\n"
                     "  LATE chase    2026-12-01  soft        they decide\n"
                     "                1st follow-up: waiting 20 days since the meeting · met 2026-11-20 · ask: no date: "
                     "ask for a booked meeting · acme.md:8\n"
                     "\n"
                     "Coming up\n"
                     "       booked   2026-12-20  firm        [Acme Corp] demo\n"
                     "                in 10 days · acme.md:8\n");
        T_INTEQ(st[1].out_line, 3);
        T_INTEQ(st[1].out_lines, 2);
        T_INTEQ(st[0].out_line, 7);
        ful_buf_free(&b);

        /* a newline in a file or folder name (the account) would split a
         * line: the editors map the log's rows to steps by line, so every
         * row below would act on the wrong step. Shown as ls -b does. */
        st[0].path = "/n/new\nline.md";
        st[1].path = "/n/tab\tx\x7f.md";
        st[1].account = "two\nlines";
        a.name = "two\nlines";
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_STREQ(b.p, "Follow-up log, today 2026-12-10, all accounts: 1 to act on (1 overdue), 1 coming up, 0 dark accounts\n"
                     "\n"
                     "two\\nlines  no touches yet\n"
                     "  LATE chase    2026-12-01  soft        they decide\n"
                     "                1st follow-up: waiting 20 days since the meeting · met 2026-11-20 · ask: no date: "
                     "ask for a booked meeting · tab\\tx\\177.md:8\n"
                     "\n"
                     "Coming up\n"
                     "       booked   2026-12-20  firm        [two\\nlines] demo\n"
                     "                in 10 days · new\\nline.md:8\n");
        T_STREQ(msg(&st[1], D(12, 10)), "chase, 1st follow-up - soft [two\\nlines] they decide (due 2026-12-01, 9 days overdue)");
        ful_buf_free(&b);
    }

    T_SECTION("log text: a snoozed step without its due: token");
    {
        ful_fmt_step st[1];
        /* the due column says 2026-12-07; "pushed 1x" says it was snoozed */
        st[0] = step("chase", "non", "call Jason back due:2026-12-07 in two weeks", D(12, 7), D(12, 7));
        st[0].pushed = 1;
        log_of(&a, &opts, st, 1);
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_CHECK(strstr(b.p, "  non         call Jason back in two weeks\n") != NULL, "%s", b.p);
        T_CHECK(strstr(b.p, "pushed 1x") != NULL, "%s", b.p);
        ful_buf_free(&b);
        /* at the end, and written "due: D" */
        st[0].text = "call Jason back due: 2026-12-07";
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_CHECK(strstr(b.p, "  non         call Jason back\n") != NULL, "%s", b.p);
        ful_buf_free(&b);
        /* an impossible due: is no due: it stays for the seller to see */
        st[0].text = "call Jason back due:2026-02-30";
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_CHECK(strstr(b.p, "call Jason back due:2026-02-30\n") != NULL, "%s", b.p);
        ful_buf_free(&b);
    }

    T_SECTION("one display text: overdue and log read the same words (no due:, no #class)");
    {
        ful_fmt_step st[1];
        st[0] = step("todo", "compliance", "send the case studies due:2026-12-07 #compliance", D(12, 7), D(12, 7));
        st[0].pushed = 2;
        T_STREQ(msg(&st[0], D(12, 10)),
                "compliance [Acme Corp] send the case studies (due 2026-12-07, 3 days overdue, pushed 2x)");
        log_of(&a, &opts, st, 1);
        T_INTEQ(ful_format_log(&a, 1, &opts, &b), 0);
        T_CHECK(strstr(b.p, "  compliance  send the case studies\n") != NULL, "%s", b.p);
        ful_buf_free(&b);
        /* a chase and an outcome too; the class tag anywhere, any case */
        st[0] = step("chase", "non", "call #NON Jason   back due: 2026-12-07", D(12, 7), D(12, 7));
        T_STREQ(msg(&st[0], D(12, 10)), "chase, 1st follow-up - non [Acme Corp] call Jason back (due 2026-12-07, 3 days overdue)");
        st[0] = step("outcome", "firm", "review with the CFO Tue 12/8 10am #firm", D(12, 8), D(12, 8));
        T_STREQ(msg(&st[0], D(12, 10)),
                "outcome: booked for 2026-12-08 - did it happen? mark it done or log a touch - firm [Acme Corp] review with the CFO Tue 12/8 10am");
        /* the same rule, on its own: words that only look like tags stay */
        T_INTEQ(ful_step_text(&b, "ask #nonprofit pricing due:soon due:2026-12-07"), 0);
        T_STREQ(b.p, "ask #nonprofit pricing due:soon");
        ful_buf_free(&b);
        /* a malformed due: glued to a real one is one word the seller wrote, kept whole */
        T_INTEQ(ful_step_text(&b, "send due:2026-02-30deck,due:2026-12-07 now"), 0);
        T_STREQ(b.p, "send due:2026-02-30deck,due:2026-12-07 now");
        ful_buf_free(&b);
    }
    T_SECTION("a step is shown with its bad bytes as U+FFFD and cut to FUL_STEP_SHOWN characters");
    {
        /* the shell showed U+FFFD, the editors their decoding of the byte */
        T_INTEQ(ful_step_text(&b, "send the pric\377ing sheet\001now"), 0);
        T_STREQ(b.p, "send the pric\xEF\xBF\xBDing sheet now");
        ful_buf_free(&b);
        /* a 1 MB line was printed whole by overdue, the log and messages */
        size_t big = 1u << 20, i, chars = 0;
        char *t = malloc(big + 16);
        T_CHECK(t != NULL, "memory");
        if (t) {
            memcpy(t, "send ", 5);
            for (i = 5; i < big; i += 2)
                memcpy(t + i, "\xC3\xA9", 2);    /* 2-byte characters: cut between none */
            t[big] = '\0';
            T_INTEQ(ful_step_text(&b, t), 0);
            for (i = 0; i < b.len; i++)
                chars += ((unsigned char)b.p[i] & 0xC0) != 0x80;
            T_INTEQ((long)chars, FUL_STEP_SHOWN);
            T_CHECK(b.len > 3 && strcmp(b.p + b.len - 3, "\xE2\x80\xA6") == 0, "ends in an ellipsis");
            T_CHECK(strncmp(b.p, "send \xC3\xA9\xC3\xA9", 9) == 0, "starts with the step's words");
            ful_buf_free(&b);
            /* exactly FUL_STEP_SHOWN characters: shown whole, no ellipsis */
            memset(t, 'a', FUL_STEP_SHOWN);
            t[FUL_STEP_SHOWN] = '\0';
            T_INTEQ(ful_step_text(&b, t), 0);
            T_INTEQ((long)b.len, FUL_STEP_SHOWN);
            ful_buf_free(&b);
            /* one more: cut, blanks before the ellipsis dropped */
            memset(t, 'a', FUL_STEP_SHOWN + 1);
            t[FUL_STEP_SHOWN - 2] = ' ';
            t[FUL_STEP_SHOWN + 1] = '\0';
            T_INTEQ(ful_step_text(&b, t), 0);
            T_INTEQ((long)b.len, FUL_STEP_SHOWN - 2 + 3);
            T_CHECK(b.p[FUL_STEP_SHOWN - 3] == 'a' && b.p[FUL_STEP_SHOWN - 2] == '\xE2', "no blank before the ellipsis");
            ful_buf_free(&b);
            free(t);
        }
    }
    return T_DONE();
}
