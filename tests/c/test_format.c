/* test_format.c: the one formatter of overdue messages and the log text. */
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "shown.h"
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
            /* the ellipsis counts two columns (a CJK locale draws it so) */
            T_INTEQ((long)chars, FUL_STEP_SHOWN - 1);
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
    T_SECTION("a step's bidi controls show as U+FFFD, its line breaks and C1 controls as blanks");
    {
        /* 'Trojan source': an override made the step read backwards in the
         * shell, the quickfix list and :FuLog; NEL, LS, PS broke a listing's
         * line on some terminals; a C1 CSI (U+009B) started an escape */
        T_INTEQ(ful_step_text(&b, "send the \xE2\x80\xAE" "ecnirp\xE2\x80\xAC pricing"), 0);
        T_STREQ(b.p, "send the \xEF\xBF\xBD" "ecnirp\xEF\xBF\xBD pricing");
        ful_buf_free(&b);
        T_INTEQ(ful_step_text(&b, "a\xE2\x80\xAA" "b\xE2\x80\xAB" "c\xE2\x80\xAD" "d\xE2\x81\xA6" "e\xE2\x81\xA7" "f\xE2\x81\xA8" "g\xE2\x81\xA9" "h"), 0);
        T_STREQ(b.p, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD" "e\xEF\xBF\xBD" "f\xEF\xBF\xBD" "g\xEF\xBF\xBD" "h");
        ful_buf_free(&b);
        T_INTEQ(ful_step_text(&b, "one\xC2\x85two\xE2\x80\xA8three\xE2\x80\xA9" "four\xC2\x9B" "31m\x1B[0m\x7F" "five"), 0);
        T_STREQ(b.p, "one two three four 31m [0m five");
        ful_buf_free(&b);
        /* marks that are no controls stay: LRM, ZWJ in an emoji, an accent */
        T_INTEQ(ful_step_text(&b, "caf\x65\xCC\x81 \xE2\x80\x8E \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"), 0);
        T_STREQ(b.p, "caf\x65\xCC\x81 \xE2\x80\x8E \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
        ful_buf_free(&b);
    }
    T_SECTION("the cap counts display columns: wide characters two, combining marks none");
    {
        char t[4096];
        size_t i, n = 0;
        /* 200 CJK characters: 400 columns, shown as 79 and the ellipsis
         * (159 + 1 = 160 columns; the 80th would make 161) */
        for (i = 0; i < 200; i++) {
            memcpy(t + n, "\xE5\xA5\x91", 3);   /* U+5951 */
            n += 3;
        }
        t[n] = '\0';
        T_INTEQ(ful_step_text(&b, t), 0);
        T_INTEQ((long)b.len, 79 * 3 + 3);
        T_CHECK(b.len >= 3 && strcmp(b.p + b.len - 3, "\xE2\x80\xA6") == 0, "ends in an ellipsis");
        ful_buf_free(&b);
        /* 80 of them are exactly 160 columns: whole */
        t[80 * 3] = '\0';
        T_INTEQ(ful_step_text(&b, t), 0);
        T_INTEQ((long)b.len, 80 * 3);
        ful_buf_free(&b);
        /* an e and its acute take one column: 160 of them are whole, and a
         * cut never parts a letter from its mark; cut, 158 of them and the
         * ellipsis, counted two (East Asian Ambiguous: a CJK locale draws
         * it two columns wide, and 159 and it made 161 there) */
        n = 0;
        for (i = 0; i < 161; i++) {
            memcpy(t + n, "e\xCC\x81", 3);
            n += 3;
        }
        t[n] = '\0';
        T_INTEQ(ful_step_text(&b, t), 0);
        T_INTEQ((long)b.len, 158 * 3 + 3);
        T_CHECK(b.len > 5 && memcmp(b.p + b.len - 5, "\xCC\x81\xE2\x80\xA6", 5) == 0, "the last letter keeps its mark");
        ful_buf_free(&b);
        t[160 * 3] = '\0';
        T_INTEQ(ful_step_text(&b, t), 0);
        T_INTEQ((long)b.len, 160 * 3);
        ful_buf_free(&b);
        /* a Latin step of 200 letters: 158 and the ellipsis, 160 columns
         * where the ellipsis is drawn two wide (QA round 43) */
        memset(t, 'a', 200);
        t[200] = '\0';
        T_INTEQ(ful_step_text(&b, t), 0);
        T_INTEQ((long)b.len, 158 + 3);
        T_STREQ(b.p + 158, "\xE2\x80\xA6");
        ful_buf_free(&b);
        /* a wide character that would end past the cap is not shown half */
        memset(t, 'a', 158);
        memcpy(t + 158, "\xE5\xA5\x91\xE5\xA5\x91", 7);
        T_INTEQ(ful_step_text(&b, t), 0);
        T_STREQ(b.p + 158, "\xE2\x80\xA6");
        /* a pile of combining marks on one letter is cut by bytes, at a
         * character: the words before it kept, the letter and its marks not */
        memcpy(t, "send ", 5);
        n = 5;
        t[n++] = 'x';
        while (n + 2 < sizeof t - 1) {
            memcpy(t + n, "\xCC\x81", 2);
            n += 2;
        }
        t[n] = '\0';
        ful_buf_free(&b);
        T_INTEQ(ful_step_text(&b, t), 0);
        T_STREQ(b.p, "send\xE2\x80\xA6");
        ful_buf_free(&b);
        T_INTEQ(ful_char_width(0x5951), 2);
        T_INTEQ(ful_char_width(0xFF21), 2);     /* fullwidth A */
        T_INTEQ(ful_char_width(0x0301), 0);
        T_INTEQ(ful_char_width(0x200D), 0);
        T_INTEQ(ful_char_width('a'), 1);
        T_INTEQ(ful_char_width(0xE9), 1);
        T_INTEQ(ful_char_width(0xAC00), 2);     /* Hangul syllable */
        T_INTEQ(ful_char_width(0x1F600), 2);    /* an emoji */
    }
    T_SECTION("a name's control, bidi and bad bytes are escaped as ls -b writes them");
    {
        const char nm[] = "a\nb\tc\033d\xC2\x85" "e\xE2\x80\xAE" "f\xE2\x80\xA8g\377h \xC3\xA9";
        T_INTEQ(ful_shown_name(&b, nm, sizeof nm - 1), 0);
        T_STREQ(b.p, "a\\nb\\tc\\033d\\302\\205e\\342\\200\\256f\\342\\200\\250g\\377h \xC3\xA9");
        ful_buf_free(&b);
    }
    T_SECTION("the log's title names its account and owner filters escaped");
    {
        ful_fmt_opts lo;
        memset(&lo, 0, sizeof lo);
        lo.today = ful_day_from_ymd(2026, 12, 10);
        lo.account = "Ac\xE2\x80\xAEme\n";
        lo.owner = "P\033at";
        T_INTEQ(ful_format_log(NULL, 0, &lo, &b), 0);
        T_CHECK(strncmp(b.p, "Follow-up log, today 2026-12-10, account Ac\\342\\200\\256me\\n, owner P\\033at: 0 to act on", 80) == 0,
                "%s", b.p);
        ful_buf_free(&b);
    }
    return T_DONE();
}
