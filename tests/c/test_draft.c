/* test_draft.c: follow-up drafts: slots, tone, placeholders, no reasons. */
#include <string.h>
#include <stdlib.h>
#include <time.h>

#include "draft.h"
#include "format.h"
#include "t.h"

int main(void)
{
    ful_draft_in in;
    ful_buf b = { 0, 0, 0 };
    ful_day s[2];
    int at[2];
    const int times[2] = { 600, 840 };
    char d1[11], d2[11];
    ful_day mon = ful_day_from_ymd(2026, 12, 7), tue = mon + 1, wed = mon + 2;
    ful_busy busy[6] = { { 0, 0, 0 } };

    T_SECTION("slots");
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, NULL, 0, s, at);  /* a Friday */
    ful_day_format(s[0], d1);
    ful_day_format(s[1], d2);
    T_STREQ(d1, "2026-12-07");
    T_STREQ(d2, "2026-12-08");
    T_INTEQ(at[0], 600);
    T_INTEQ(at[1], 840);
    ful_draft_slots(ful_day_from_ymd(2026, 12, 9), times, NULL, 0, s, at);  /* a Wednesday */
    ful_day_format(s[0], d1);
    T_STREQ(d1, "2026-12-10");

    /* QA round 38: a demo booked Mon 10am and a call Tue 2pm, and the draft
     * offered exactly those two times */
    T_SECTION("slots keep clear of meetings booked");
    busy[0].day = mon, busy[0].min = 600;
    busy[1].day = tue, busy[1].min = 840;
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 2, s, at);
    T_CHECK(s[0] == mon && at[0] == 840, "Mon 10:00 taken: Mon 14:00 (got day %d, %d)", (int)(s[0] - mon), at[0]);
    T_CHECK(s[1] == tue && at[1] == 600, "Tue 14:00 taken: Tue 10:00 (got day %d, %d)", (int)(s[1] - mon), at[1]);
    /* a meeting holds an hour from its start; a slot asks 30 minutes */
    busy[0].day = mon, busy[0].min = 9 * 60 + 30;  /* 9:30-10:30 covers 10:00 */
    busy[1].day = tue, busy[1].min = 14 * 60 + 30; /* 14:30 starts when 14:00's half hour ends */
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 2, s, at);
    T_CHECK(s[0] == mon && at[0] == 840, "9:30 meeting overlaps 10:00 (got %d)", at[0]);
    T_CHECK(s[1] == tue && at[1] == 840, "14:30 meeting leaves 14:00 free (got %d)", at[1]);
    busy[0].day = mon, busy[0].min = 13 * 60 + 30;  /* 13:30-14:30 */
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 600, "a meeting at 13:30 leaves Mon 10:00 (got %d)", at[0]);
    /* both times of a day taken: the slot moves to the next working day */
    busy[0].day = mon, busy[0].min = 600;
    busy[1].day = mon, busy[1].min = 840;
    busy[2].day = tue, busy[2].min = 840;
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 3, s, at);
    T_CHECK(s[0] == tue && at[0] == 600, "Mon full: Tue 10:00 (got day %d, %d)", (int)(s[0] - mon), at[0]);
    T_CHECK(s[1] == wed && at[1] == 840, "then Wed 14:00 (got day %d, %d)", (int)(s[1] - mon), at[1]);
    /* a meeting on another day, or a weekend's, changes nothing */
    busy[0].day = mon - 1, busy[0].min = 600;
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 600 && s[1] == tue && at[1] == 840, "Sunday's meeting: the plain slots");

    /* QA round 39: a meeting lasts as long as its note says, and a zone
     * written with its time is converted to the seller's */
    T_SECTION("slots keep clear of a meeting's whole length, in the seller's zone");
    memset(busy, 0, sizeof busy);
    busy[0].day = mon, busy[0].min = 9 * 60, busy[0].len = 90;   /* 9:00-10:30 */
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 840, "a 90-minute meeting at 9:00 takes 10:00 (got %d)", at[0]);
    busy[0].len = 45;                                             /* 9:00-9:45 */
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 600, "a 45-minute one leaves 10:00 (got %d)", at[0]);
    busy[0].day = mon - 1, busy[0].min = 23 * 60, busy[0].len = 12 * 60;   /* Sun 23:00 to Mon 11:00 */
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 840, "a meeting past midnight takes the next morning (got %d)", at[0]);
    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);   /* the seller in New York */
    tzset();
    ful_busy_local(mon, 16, 0, 60, 60, &busy[0]);   /* "4pm CET" */
    T_CHECK(busy[0].day == mon && busy[0].min == 600 && busy[0].len == 60, "4pm CET is 10:00 in New York (got %d)",
            busy[0].min);
    ful_busy_local(mon, 1, 0, 60, 60, &busy[0]);    /* "1am CET": the day before in New York */
    T_CHECK(busy[0].day == mon - 1 && busy[0].min == 19 * 60, "1am CET is 19:00 the day before (got %d, %d)",
            (int)(busy[0].day - mon), busy[0].min);
    ful_busy_local(ful_day_from_ymd(2026, 7, 6), 16, 0, 120, 60, &busy[0]);   /* "4pm CEST" in July: EDT */
    T_CHECK(busy[0].min == 600, "4pm CEST in July is 10:00 EDT (got %d)", busy[0].min);
    ful_busy_local(mon, 16, 0, FUL_BUSY_NOZONE, 90, &busy[0]);
    T_CHECK(busy[0].day == mon && busy[0].min == 960 && busy[0].len == 90, "no zone: the seller's own time");
    ful_busy_local(mon, 16, 0, 60, 60, &busy[0]);
    ful_draft_slots(ful_day_from_ymd(2026, 12, 4), times, busy, 1, s, at);
    T_CHECK(s[0] == mon && at[0] == 840, "a call at 4pm CET takes a New Yorker's Mon 10:00 (got %d)", at[0]);
    unsetenv("TZ");
    tzset();

    T_SECTION("template");
    memset(&in, 0, sizeof in);
    in.name = "Maria";
    in.account = "Acme";
    in.step = "send the review";
    in.needs[0] = "numbers by Q1";
    in.nneeds = 1;
    in.attempt = 3;
    in.today = ful_day_from_ymd(2026, 12, 4);
    in.meeting = ful_day_from_ymd(2026, 12, 1);
    in.slot_min[0] = 600;
    in.slot_min[1] = 870;
    in.template_ = "{name}|{account}|{step}|{reason}|{slot1}|{slot2}|{meeting}|{attempt}|{nope}|{";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_STREQ(b.p, "Maria|Acme|send the review|\"numbers by Q1\"|Mon Dec 7 at 10:00|Tue Dec 8 at 14:30|2026-12-01|3|{nope}|{");
    ful_buf_free(&b);
    /* the text names the moved slots */
    busy[0].day = mon, busy[0].min = 600;
    in.busy = busy;
    in.nbusy = 1;
    in.template_ = "{slot1}|{slot2}";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_STREQ(b.p, "Mon Dec 7 at 14:30|Tue Dec 8 at 14:30");
    ful_buf_free(&b);
    in.busy = NULL;
    in.nbusy = 0;

    T_SECTION("built-in");
    in.template_ = NULL;
    in.channel = "email";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "Hi Maria,") != NULL, "greets: %s", b.p);
    T_CHECK(strstr(b.p, "this is my last note on it for now") != NULL, "third attempt's tone: %s", b.p);
    T_CHECK(strstr(b.p, "  \"numbers by Q1\"\n") != NULL, "quotes: %s", b.p);
    ful_buf_free(&b);
    in.nneeds = 0;
    in.attempt = 1;
    in.name = NULL;
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strncmp(b.p, "NOTE: no PAIN:/WANT: lines for Acme:", 36) == 0, "no reasons, first line says so: %s", b.p);
    T_CHECK(strstr(b.p, "Hi there,") != NULL, "no name: %s", b.p);
    T_CHECK(strstr(b.p, "as promised") != NULL, "first follow-up's tone: %s", b.p);
    ful_buf_free(&b);
    T_SECTION("step");
    in.template_ = "[{step}]";
    in.step = "Maria to send  the review due:2026-12-11 #firm";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "[Maria to send the review]") != NULL, "no due: or #class: %s", b.p);
    ful_buf_free(&b);
    in.step = "#soft call Jason DUE: 2026-12-11 back #pricing";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "[call Jason back #pricing]") != NULL, "due: with a space, a tag that is no class kept: %s", b.p);
    ful_buf_free(&b);
    /* a long step: a subject is a title, cut as listings cut it; the
     * body (a script the seller reads out) has the whole step, which had
     * been cut at 160 characters with an ellipsis there too */
    {
        char *big = malloc(1u << 20);
        size_t i, n = 0;
        const char *nl, *step = in.step, *tpl = in.template_;
        int nneeds = in.nneeds;
        in.nneeds = 1;  /* no NOTE line first */
        T_CHECK(big != NULL, "memory");
        while (big && n < 300) {
            memcpy(big + n, "they sign once legal is done ", 29);
            n += 29;
        }
        if (big) {
            big[n - 1] = '\0';
            in.template_ = "Subject: next step on {step}\nHi, following up on {step}.\n";
            in.step = big;
            T_INTEQ(ful_draft(&in, &b), 0);
            nl = strchr(b.p, '\n');
            T_CHECK(nl != NULL && nl - b.p > 3 && memcmp(nl - 3, "\xE2\x80\xA6", 3) == 0, "the subject is cut: %s", b.p);
            T_CHECK(nl != NULL && (size_t)(nl - b.p) < 22 + 160 * 1 + 3, "at 160 columns: %s", b.p);
            T_CHECK(nl != NULL && strstr(nl, big) != NULL && strstr(nl, "\xE2\x80\xA6") == NULL, "the body has the whole step: %s", b.p);
            ful_buf_free(&b);
            /* a 1 MB step is still cut in the body, at FUL_STEP_WHOLE columns */
            for (i = 0; i + 1 < (1u << 20); i++)
                big[i] = (i % 8 == 7) ? ' ' : 'a';
            big[i] = '\0';
            in.template_ = "{step}";
            T_INTEQ(ful_draft(&in, &b), 0);
            T_CHECK(b.len <= FUL_STEP_WHOLE + 2 && b.len > 3 && strcmp(b.p + b.len - 3, "\xE2\x80\xA6") == 0,
                    "cut at %d columns: %zu bytes", FUL_STEP_WHOLE, b.len);
            ful_buf_free(&b);
            free(big);
        }
        in.step = step;
        in.template_ = tpl;
        in.nneeds = nneeds;
    }
    in.template_ = NULL;
    in.channel = "voicemail";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "Voicemail, Acme, attempt 1:") != NULL, "voicemail script: %s", b.p);
    ful_buf_free(&b);

    /* words from the notes in a draft the seller sends: a bidi override
     * in a name, the account or a PAIN: line is not obeyed there, a
     * control is a blank (they went into the draft as written) */
    {
        const char *step = in.step, *tpl = in.template_, *name = in.name, *acc = in.account, *need = in.needs[0];
        int nneeds = in.nneeds;
        in.template_ = "{name}|{account}|{reason}";
        in.name = "To\xE2\x80\xAEm\x1B]0;x\x07";
        in.account = "Ac\xE2\x81\xA6me";
        in.needs[0] = "slow\xC2\x85month-end";
        in.nneeds = 1;
        T_INTEQ(ful_draft(&in, &b), 0);
        T_STREQ(b.p, "To\xEF\xBF\xBDm ]0;x |Ac\xEF\xBF\xBDme|\"slow month-end\"");
        ful_buf_free(&b);
        in.nneeds = 0;
        in.template_ = "x";
        T_INTEQ(ful_draft(&in, &b), 0);
        T_CHECK(strncmp(b.p, "NOTE: no PAIN:/WANT: lines for Ac\xEF\xBF\xBDme:", 39) == 0, "the NOTE names it so: %s", b.p);
        ful_buf_free(&b);
        in.step = step;
        in.template_ = tpl;
        in.name = name;
        in.account = acc;
        in.needs[0] = need;
        in.nneeds = nneeds;
    }
    /* No PAIN:/WANT: lines: the scripts read "You told us: (no PAIN/WANT
     * noted)" aloud to the client; the line is left out, the NOTE first
     * says why, and a line with more than the reason keeps the rest. */
    T_SECTION("no reasons in a spoken script");
    in.step = "call Jason back";
    in.channel = "call";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "PAIN/WANT noted") == NULL && strstr(b.p, "You told us") == NULL, "call: no empty reason line: %s", b.p);
    T_CHECK(strstr(b.p, "- Following up on our meeting.\n- Can we book 30 minutes: Mon Dec 7 at 10:00 or Tue Dec 8 at 14:30?\n") != NULL,
            "call: the lines around it kept: %s", b.p);
    T_CHECK(strncmp(b.p, "NOTE: no PAIN:/WANT: lines for Acme:", 36) == 0, "call: first line says so: %s", b.p);
    ful_buf_free(&b);
    in.channel = "voicemail";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "PAIN/WANT noted") == NULL && strstr(b.p, "You told us") == NULL, "voicemail: no empty reason: %s", b.p);
    T_CHECK(strstr(b.p, "Hi there, it's me, following up on call Jason back. Following up on our meeting.\nI'd like 30 minutes") != NULL,
            "voicemail: greeting kept: %s", b.p);
    ful_buf_free(&b);
    in.template_ = "A {reason}\nB {name}: {reason}\n{reasons}C\n";
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "\n\nB there: \nC\n") != NULL, "a line with another placeholder stays: %s", b.p);
    ful_buf_free(&b);
    in.nneeds = 1;
    T_INTEQ(ful_draft(&in, &b), 0);
    T_STREQ(b.p, "A \"numbers by Q1\"\nB there: \"numbers by Q1\"\n\nWhen we spoke, you told us:\n  \"numbers by Q1\"\nC\n");
    ful_buf_free(&b);
    in.channel = "voicemail";
    in.template_ = NULL;
    T_INTEQ(ful_draft(&in, &b), 0);
    T_CHECK(strstr(b.p, "\nYou told us \"numbers by Q1\".\n") != NULL, "voicemail with a reason: %s", b.p);
    ful_buf_free(&b);
    return T_DONE();
}
