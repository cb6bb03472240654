/* test_line.c: the one note-line grammar (line.c): lead, tags, due:,
 * #class, blocks, finding a step, and the tag edits. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "classify.h"
#include "line.h"
#include "writeback.h"
#include "t.h"

static ful_day D(const char *s)
{
    ful_day d = FUL_NODATE;
    ful_day_parse_iso(s, 10, &d);
    return d;
}

static void kind(const char *s, const ful_tagset *tags, int want, const char *text)
{
    ful_line li;
    int k = ful_line_scan(s, strlen(s), tags, &li);
    T_INTEQ(k, want);
    if (text) {
        char buf[256];
        memcpy(buf, s + li.text_off, li.text_len);
        buf[li.text_len] = '\0';
        T_STREQ(buf, text);
    }
}

static void due(const char *s, int want, const char *day, const char *token)
{
    ful_day d = FUL_NODATE;
    size_t at = 0, len = 0;
    int r = ful_line_due(s, strlen(s), &d, &at, &len);
    char buf[64];
    T_INTEQ(r, want);
    if (day)
        T_INTEQ(d, D(day));
    if (token) {
        memcpy(buf, s + at, len);
        buf[len] = '\0';
        T_STREQ(buf, token);
    }
}

/* Splits text at '\n' into spans (up to 32 lines). */
static int split(const char *text, ful_lspan *ls)
{
    int n = 0;
    const char *p = text;
    for (;;) {
        const char *nl = strchr(p, '\n');
        ls[n].s = p;
        ls[n].n = nl ? (size_t)(nl - p) : strlen(p);
        n++;
        if (!nl || n == 32)
            return n;
        p = nl + 1;
    }
}

static void edit(int (*f)(const char *, size_t, const char *, ful_buf *), const char *in, const char *want)
{
    ful_buf b = { 0, 0, 0 };
    T_INTEQ(f(in, strlen(in), "NEXT", &b), 0);
    T_STREQ(b.p, want);
    ful_buf_free(&b);
}

int main(void)
{
    ful_tagset todo;
    ful_lspan ls[32];
    int n, found;

    todo.n = 0;
    ful_tagset_add(&todo, "TODO");
    ful_tagset_add(&todo, "NEXT");

    T_SECTION("scan");
    kind("- NEXT: send pricing", NULL, FUL_LINE_STEP, "send pricing");
    kind("  * [ ] next:   call Tom  \r", NULL, FUL_LINE_STEP, "call Tom");
    kind("12) NEXT: x", NULL, FUL_LINE_STEP, "x");
    kind("\xE2\x80\xA2 NEXT: pasted bullet", NULL, FUL_LINE_STEP, "pasted bullet");
    kind("- TODO: call", NULL, FUL_LINE_NONE, NULL);
    kind("- TODO: call", &todo, FUL_LINE_STEP, "call");
    kind("  - TOUCH: 2026-12-01 email", &todo, FUL_LINE_TOUCH, "2026-12-01 email");
    kind("PAIN: slow", NULL, FUL_LINE_PAIN, "slow");
    kind("-NEXT: glued marker", NULL, FUL_LINE_NONE, NULL);
    kind("Next steps: a heading", NULL, FUL_LINE_NONE, NULL);
    /* a no-break space (pasted from a document) is a blank in the lead */
    kind("-\xC2\xA0NEXT: send the tiers", NULL, FUL_LINE_STEP, "send the tiers");
    kind("1.\xC2\xA0[x]\xC2\xA0NEXT:\xC2\xA0send", NULL, FUL_LINE_STEP, "send");
    kind("\xC2\xA0NEXT: after a pasted blank", NULL, FUL_LINE_STEP, "after a pasted blank");
    {
        ful_line li;
        ful_line_scan("\t- [x] NEXT: done", 17, NULL, &li);
        T_INTEQ(li.indent, 4);
        T_INTEQ(li.done, 1);
        T_INTEQ(li.box_off, 3);
        ful_line_scan("  - plain text", 14, NULL, &li);
        T_INTEQ(li.indent, 2);
        T_INTEQ(li.marker_len, 1);
        T_INTEQ(li.lead_len, 4);
    }

    T_SECTION("indent");
    T_INTEQ(ful_line_indent("\t  x", 4, NULL), 6);
    T_INTEQ(ful_line_blank(" \t\r", 3), 1);
    T_INTEQ(ful_line_blank(" x", 2), 0);

    T_SECTION("body");
    T_INTEQ(ful_line_body("- [ ] NEXT: call", 16, NULL), 12);
    T_INTEQ(ful_line_body("1. call", 7, NULL), 3);
    T_INTEQ(ful_line_body("TODO: call", 10, &todo), 6);

    T_SECTION("due");
    due("send it due:2026-12-01", 1, "2026-12-01", "due:2026-12-01");
    due("send it due: 2026-12-01 #soft", 1, "2026-12-01", "due: 2026-12-01");
    due("send it (DUE:2026-12-01)", 1, "2026-12-01", NULL);
    due("send it due:2026-02-30", -1, NULL, "due:2026-02-30");
    due("due:soon then due:2026-12-02", 1, "2026-12-02", NULL);
    due("overdue:2026-12-01", 0, NULL, NULL);
    due("due:2026-12-011", -1, NULL, NULL);
    due("no date here", 0, NULL, NULL);

    T_SECTION("class tag");
    {
        size_t at = 0, len = 0;
        T_INTEQ(ful_line_class_tag("call #soft", 10, &at, &len), FUL_SOFT);
        T_INTEQ(at, 5);
        T_INTEQ(len, 5);
        T_INTEQ(ful_line_class_tag("#firmly", 7, &at, &len), -1);
        T_INTEQ(ful_line_class_tag("a#firm", 6, &at, &len), -1);
        T_INTEQ(ful_line_class_tag("x #COMPLIANCE.", 14, &at, &len), FUL_COMPLIANCE);
        T_INTEQ(ful_line_bookkeeping("due: 2026-12-01 x", 17, 0), 15);
        T_INTEQ(ful_line_bookkeeping("#non x", 6, 0), 4);
        T_INTEQ(ful_line_bookkeeping("call", 4, 0), 0);
    }

    T_SECTION("block");
    /* A tab is 4 columns everywhere: a touch indented by a tab is under a
     * step indented by 2 spaces, and not under one indented by 4. */
    n = split("- NEXT: a\n  detail\n\n  - TOUCH: 2026-12-01 email\nnext para", ls);
    T_INTEQ(ful_line_block_end(ls, n, 0, NULL), 4);
    n = split("  - NEXT: a\n\t- TOUCH: 2026-12-01 email\n\t  more", ls);
    T_INTEQ(ful_line_block_end(ls, n, 0, NULL), 3);
    n = split("    - NEXT: a\n\t- TOUCH: 2026-12-01 email", ls);
    T_INTEQ(ful_line_block_end(ls, n, 0, NULL), 1);
    n = split("- NEXT: outer\n  - NEXT: inner\n    - TOUCH: 2026-12-01 call", ls);
    T_INTEQ(ful_line_block_end(ls, n, 0, NULL), 1);
    T_INTEQ(ful_line_block_end(ls, n, 1, NULL), 3);
    n = split("- NEXT: a\n\n", ls);
    T_INTEQ(ful_line_block_end(ls, n, 0, NULL), 1);

    T_SECTION("touch_slot");
    /* A new touch goes after the block, or before the first touch dated
     * after it (date order); the very same touch again is refused (-1 - i). */
    n = split("- NEXT: a\n  - TOUCH: 2026-11-25 email - no reply\n  note\n  - TOUCH: 2026-12-01 call - no reply\nx", ls);
    {
        const char *late = "  - TOUCH: 2026-12-04 email - no reply", *back = "  - TOUCH: 2026-11-28 email - sent";
        const char *same = "  - TOUCH: 2026-11-25 Email - No reply", *other = "  - TOUCH: 2026-11-25 call - no reply";
        T_INTEQ(ful_touch_slot(ls, n, 0, late, strlen(late), NULL), 4);
        T_INTEQ(ful_touch_slot(ls, n, 0, back, strlen(back), NULL), 3);
        T_INTEQ(ful_touch_slot(ls, n, 0, same, strlen(same), NULL), -2);
        T_INTEQ(ful_touch_slot(ls, n, 0, other, strlen(other), NULL), 3);
    }
    /* a bare touch (as fulog touch wrote one with no outcome before round
     * 40) is the same touch as its "no reply" form, both ways round */
    n = split("- NEXT: a\n  - TOUCH: 2026-11-25 email\n  - TOUCH: 2026-11-26 call - no reply", ls);
    {
        const char *again = "  - TOUCH: 2026-11-25 email - no reply", *bare = "  - TOUCH: 2026-11-26 call";
        const char *said = "  - TOUCH: 2026-11-25 email - sent";
        T_INTEQ(ful_touch_slot(ls, n, 0, again, strlen(again), NULL), -2);
        T_INTEQ(ful_touch_slot(ls, n, 0, bare, strlen(bare), NULL), -3);
        T_INTEQ(ful_touch_slot(ls, n, 0, said, strlen(said), NULL), 2);
    }

    T_SECTION("touch_plan");
    /* The one check of a touch, for fulog touch and :FuTouch alike: each
     * refusal in one line naming the note and the line, nothing written. */
    {
        const char *note = "---\ndate: 2026-11-20\n---\n# Acme\n- NEXT: call Jason back\n"
                           "  - TOUCH: 2026-12-01 call - no answer\nafter";
        ful_buf tl = { 0, 0, 0 };
        char err[512];
        int slot = -9;
        n = split(note, ls);
        err[0] = '\0';
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, D("2026-11-19"), D("2026-12-04"), "call",
                               NULL, NULL, &tl, &slot, err, sizeof err), -1);
        T_STREQ(err, "a.md:5: a touch on 2026-11-19 is before the meeting (2026-11-20): a touch follows the "
                "meeting; nothing written");
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, D("2026-12-05"), D("2026-12-04"), "call",
                               NULL, NULL, &tl, &slot, err, sizeof err), -1);
        T_STREQ(err, "a.md:5: a touch on 2026-12-05 is after today (2026-12-04): a touch records an attempt "
                "already made; nothing written");
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, D("2026-12-04"), D("2026-12-04"), "fax",
                               NULL, NULL, &tl, &slot, err, sizeof err), -1);
        T_STREQ(err, "a.md:5: unknown channel \"fax\": want email, call, voicemail, meeting or other; "
                "nothing written");
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, FUL_NODATE, D("2026-12-04"), "call",
                               NULL, NULL, &tl, &slot, err, sizeof err), -1);
        T_STREQ(err, "a.md:5: a touch needs a date; nothing written");
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, D("2026-12-01"), D("2026-12-04"), "Call",
                               "No answer", NULL, &tl, &slot, err, sizeof err), -1);
        T_STREQ(err, "a.md:6: this touch is already there (same date, channel and outcome): not written again");
        /* accepted: a back-dated touch goes before the later one; the
         * meeting day itself and a synonym channel are fine */
        T_INTEQ(ful_touch_plan("a.md", note, strlen(note), ls, n, 4, D("2026-11-20"), FUL_NODATE, "vm",
                               NULL, NULL, &tl, &slot, err, sizeof err), 0);
        T_INTEQ(slot, 5);
        T_STREQ(tl.p, "  - TOUCH: 2026-11-20 vm - no reply");
        /* no meeting date written (none in the header or the file name):
         * nothing to be before */
        n = split("# Acme\n- NEXT: call Jason back", ls);
        T_INTEQ(ful_touch_plan("b.md", "# Acme\n- NEXT: call Jason back", 29, ls, n, 1, D("2000-01-01"),
                               D("2026-12-04"), "email", NULL, NULL, &tl, &slot, err, sizeof err), 0);
        T_INTEQ(slot, 2);
        /* a done step takes no touch: it is never a chase (as a snooze of
         * one is refused), said before its date is looked at */
        {
            const char *dn = "# Acme - 2026-11-20\n- [x] NEXT: call Jason back";
            n = split(dn, ls);
            T_INTEQ(ful_touch_plan("c.md", dn, strlen(dn), ls, n, 1, D("2026-11-01"), D("2026-12-04"), "email",
                                   NULL, NULL, &tl, &slot, err, sizeof err), -1);
            T_STREQ(err, "c.md:2: " FUL_TOUCH_DONE_MSG);
        }
        ful_buf_free(&tl);
    }

    T_SECTION("step_at");
    n = split("# Acme\n- NEXT: a\n  - TOUCH: 2026-12-01 email\n\n  more on a\nother\n  - TODO: b", ls);
    T_INTEQ(ful_line_step_at(ls, n, 1, NULL), 1);
    T_INTEQ(ful_line_step_at(ls, n, 2, NULL), 1);
    T_INTEQ(ful_line_step_at(ls, n, 3, NULL), -1);
    T_INTEQ(ful_line_step_at(ls, n, 4, NULL), 1);
    T_INTEQ(ful_line_step_at(ls, n, 5, NULL), -1);
    T_INTEQ(ful_line_step_at(ls, n, 0, NULL), -1);
    T_INTEQ(ful_line_step_at(ls, n, 6, NULL), -1);
    T_INTEQ(ful_line_step_at(ls, n, 6, &todo), 6);

    T_SECTION("find_step");
    n = split("- NEXT: send pricing\n- NEXT: send pricing v2\n- [x] NEXT: call Tom", ls);
    T_INTEQ(ful_line_find_step(ls, n, 0, "send pricing", 12, 0, 0, NULL, &found), 0);
    T_INTEQ(found, 0);
    found = -9;
    T_INTEQ(ful_line_find_step(ls, n, 0, "call Tom", 8, 0, 0, NULL, &found), 0);
    T_INTEQ(found, 2);
    T_INTEQ(ful_line_find_step(ls, n, 5, " send pricing v2 ", 17, 0, 0, NULL, &found), 0);
    T_INTEQ(found, 1);
    T_INTEQ(ful_line_find_step(ls, n, 0, "pricing", 7, 0, 0, NULL, &found), FUL_FIND_GONE);
    T_INTEQ(ful_line_find_step(ls, n, 2, NULL, 0, 0, 0, NULL, &found), 0);
    T_INTEQ(ful_line_find_step(ls, n, 3, NULL, 0, 0, 0, NULL, &found), FUL_FIND_GONE);
    n = split("- NEXT: call\n- NEXT: other\n- NEXT: call", ls);
    T_INTEQ(ful_line_find_step(ls, n, 1, "call", 4, 0, 0, NULL, &found), FUL_FIND_AMBIGUOUS);
    /* several with these words: which one is said (nth of `of`), never
     * read from the line alone (QA round 40: two lines added above made
     * line 9 hold the first "call Tom back", and it was marked) */
    T_INTEQ(ful_line_find_step(ls, n, 2, "call", 4, 0, 0, NULL, &found), FUL_FIND_AMBIGUOUS);
    T_INTEQ(ful_line_find_step(ls, n, 2, "call", 4, 2, 2, NULL, &found), 0);
    T_INTEQ(found, 2);
    T_INTEQ(ful_line_find_step(ls, n, 2, "call", 4, 1, 2, NULL, &found), 0);
    T_INTEQ(found, 0);
    n = split("x\ny\n- NEXT: call\n- NEXT: other\n- NEXT: call", ls);
    T_INTEQ(ful_line_find_step(ls, n, 2, "call", 4, 2, 2, NULL, &found), 0);
    T_INTEQ(found, 4);
    /* one added or removed since: which one is not known */
    T_INTEQ(ful_line_find_step(ls, n, 4, "call", 4, 1, 1, NULL, &found), FUL_FIND_RECOUNTED);
    T_INTEQ(ful_line_find_step(ls, n, 4, "call", 4, 2, 3, NULL, &found), FUL_FIND_RECOUNTED);
    n = split("- NEXT: call\n- NEXT: other", ls);
    T_INTEQ(ful_line_find_step(ls, n, 1, "call", 4, 2, 2, NULL, &found), FUL_FIND_RECOUNTED);
    /* one alone is found wherever it went, its count known or not */
    T_INTEQ(ful_line_find_step(ls, n, 1, "call", 4, 1, 1, NULL, &found), 0);
    T_INTEQ(found, 0);

    T_SECTION("tag edits");
    edit(ful_line_add_tag, "- [ ] call Tom", "- [ ] NEXT: call Tom");
    edit(ful_line_add_tag, "  3.  call", "  3.  NEXT: call");
    edit(ful_line_add_tag, "call", "NEXT: call");
    edit(ful_line_add_tag, "   ", "   - NEXT: ");
    edit(ful_line_new_step, "  * NEXT: a", "  * NEXT: ");
    edit(ful_line_new_step, "1. a", "- NEXT: ");
    edit(ful_line_new_step, "\tplain", "\t- NEXT: ");
    {
        ful_buf b = { 0, 0, 0 };
        T_INTEQ(ful_touch_line("\xE2\x80\xA2 NEXT: x", 11, D("2026-12-01"), "call", NULL, &b), 0);
        T_STREQ(b.p, "  \xE2\x80\xA2 TOUCH: 2026-12-01 call - no reply");
        /* typed VM in the shell or the editor: one line (QA round 39) */
        T_INTEQ(ful_touch_line("- NEXT: x", 9, D("2026-12-01"), "VM", "left msg", &b), 0);
        T_STREQ(b.p, "  - TOUCH: 2026-12-01 vm - left msg");
        /* the separator typed as the line shows it ('fulog touch F:L email
         * - no reply'): written once, not 'email - - no reply' (QA round 48) */
        T_INTEQ(ful_touch_line("- NEXT: x", 9, D("2026-12-01"), "email", " - no reply", &b), 0);
        T_STREQ(b.p, "  - TOUCH: 2026-12-01 email - no reply");
        T_INTEQ(ful_touch_line("- NEXT: x", 9, D("2026-12-01"), "email", "-", &b), 0);
        T_STREQ(b.p, "  - TOUCH: 2026-12-01 email - no reply");
        T_INTEQ(ful_touch_line("- NEXT: x", 9, D("2026-12-01"), "call", "-5% asked", &b), 0);
        T_STREQ(b.p, "  - TOUCH: 2026-12-01 call - -5% asked");
        T_INTEQ(ful_done_line("- TODO: x", 9, &todo, &b), 1);
        T_STREQ(b.p, "- [x] TODO: x");
        T_INTEQ(ful_done_line("- TODO: x", 9, NULL, &b), -1);
        T_INTEQ(ful_done_line("-\xC2\xA0NEXT: x", 11, NULL, &b), 1);
        T_STREQ(b.p, "-\xC2\xA0[x] NEXT: x");
        ful_buf_free(&b);
    }

    T_SECTION("a note that cannot be read, in the write-backs' words");
    {
        /* (a symlink loop: the tests may run as root, who reads any mode) */
        char dir[] = "/tmp/fulog-unreadable-XXXXXX", a[128], loop[128], fifo[128], none[128], err[256];
        T_CHECK(mkdtemp(dir) != NULL, "mkdtemp");
        snprintf(a, sizeof a, "%s/a.md", dir);
        snprintf(loop, sizeof loop, "%s/loop.md", dir);
        snprintf(fifo, sizeof fifo, "%s/fifo.md", dir);
        {
            FILE *f = fopen(a, "w");
            T_CHECK(f != NULL, "create a.md");
            if (f)
                fclose(f);
        }
        T_INTEQ(symlink(loop, loop), 0);
        T_INTEQ(mkfifo(fifo, 0600), 0);
        T_INTEQ(ful_note_unreadable(a, "a.md", err, sizeof err), 0);
        T_INTEQ(ful_note_unreadable(fifo, "fifo.md", err, sizeof err), 0); /* (asked without opening: no block) */
        snprintf(none, sizeof none, "%s/none.md", dir);
        T_INTEQ(ful_note_unreadable(none, "none.md", err, sizeof err), 0); /* a new note */
        T_INTEQ(ful_note_unreadable(loop, "notes/loop.md", err, sizeof err), -1);
        T_STREQ(err, "notes/loop.md: cannot open: Too many levels of symbolic links");
        unlink(a);
        unlink(loop);
        unlink(fifo);
        rmdir(dir);
    }
    return T_DONE();
}
