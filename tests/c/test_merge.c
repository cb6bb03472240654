/* test_merge.c: the merge driver's resolution of conflict hunks (merge.c):
 * what notes make every day is resolved, everything else stays a conflict. */
#include <stdlib.h>

#include "merge.h"
#include "t.h"

/* Splits "a\nb\n" into lines (the text must outlive them). */
static int split(const char *s, ful_mline *out, int max)
{
    int n = 0;
    while (*s && n < max) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        out[n].p = s;
        out[n].n = len;
        n++;
        s += len + (e ? 1 : 0);
    }
    return n;
}

/* Resolves a hunk; want NULL means it must stay a conflict. */
static void hunk(const char *base, const char *ours, const char *theirs, const char *want)
{
    ful_mline b[32], o[32], t[32];
    int nb = split(base, b, 32), no = split(ours, o, 32), nt = split(theirs, t, 32);
    ful_buf out = { 0, 0, 0 };
    int rc = ful_merge_hunk(b, nb, o, no, t, nt, NULL, &out);
    if (want == NULL) {
        T_INTEQ(rc, 0);
        T_INTEQ(out.len, 0);
    } else {
        T_INTEQ(rc, 1);
        T_STREQ(out.p ? out.p : "", want);
    }
    ful_buf_free(&out);
}

/* Both orders of the sides: a merge must not depend on who pulls. */
static void both(const char *base, const char *a, const char *b, const char *want)
{
    hunk(base, a, b, want);
    hunk(base, b, a, want);
}

static void text(const char *in, int keep_base, int want_rc, int want_resolved, int want_left, const char *want)
{
    ful_merge_opts o = { NULL, keep_base, 0 };
    ful_buf out = { 0, 0, 0 };
    int resolved = -1, left = -1;
    T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &resolved, &left, NULL), want_rc);
    T_INTEQ(resolved, want_resolved);
    T_INTEQ(left, want_left);
    T_STREQ(out.p ? out.p : "", want);
    ful_buf_free(&out);
}

int main(void)
{
    T_SECTION("touches added on both sides");
    both("", "  - TOUCH: 2026-12-05 call - voicemail\n", "  - TOUCH: 2026-12-03 email - no reply\n",
         "  - TOUCH: 2026-12-03 email - no reply\n  - TOUCH: 2026-12-05 call - voicemail\n");
    both("", "  - TOUCH: 2026-12-03 email - no reply\n  - TOUCH: 2026-12-07 call - replied: yes\n",
         "  - TOUCH: 2026-12-03 email - no reply\n",
         "  - TOUCH: 2026-12-03 email - no reply\n  - TOUCH: 2026-12-07 call - replied: yes\n");
    /* Same day: ordered by bytes, so both clones agree. */
    both("", "  TOUCH: 2026-12-04 email - b\n", "  TOUCH: 2026-12-04 call - a\n",
         "  TOUCH: 2026-12-04 call - a\n  TOUCH: 2026-12-04 email - b\n");
    /* Undated touches go last. */
    both("", "  TOUCH: call - no date\n", "  TOUCH: 2026-12-04 email\n", "  TOUCH: 2026-12-04 email\n  TOUCH: call - no date\n");
    /* After a touch both sides kept. */
    both("  TOUCH: 2026-12-01 email\n", "  TOUCH: 2026-12-01 email\n  TOUCH: 2026-12-06 call\n",
         "  TOUCH: 2026-12-01 email\n  TOUCH: 2026-12-02 email\n",
         "  TOUCH: 2026-12-01 email\n  TOUCH: 2026-12-02 email\n  TOUCH: 2026-12-06 call\n");
    /* A touch beside any other added line stays a conflict. */
    both("", "  TOUCH: 2026-12-05 call\n", "  TOUCH: 2026-12-03 email\nsome prose\n", NULL);
    /* One side removed a touch, the other added one: a conflict. */
    both("  TOUCH: 2026-12-01 email\n", "", "  TOUCH: 2026-12-01 email\n  TOUCH: 2026-12-02 call\n", NULL);

    /* Both touched the step above, one also reworded the next step: git
     * makes it one hunk; the touches merge and the one-sided rewording
     * wins. Reworded on both sides, it stays a conflict. */
    both("- NEXT: send pricing\n", "  - TOUCH: 2026-12-07 email - nudged\n- NEXT: send pricing and the SOW\n",
         "  - TOUCH: 2026-12-07 call - no answer\n- NEXT: send pricing\n",
         "  - TOUCH: 2026-12-07 call - no answer\n  - TOUCH: 2026-12-07 email - nudged\n"
         "- NEXT: send pricing and the SOW\n");
    both("- NEXT: send pricing\r\n", "  - TOUCH: 2026-12-07 email\r\n- [x] NEXT: send pricing\r\n",
         "  - TOUCH: 2026-12-06 call\r\n- NEXT: send pricing\r\n",
         "  - TOUCH: 2026-12-06 call\r\n  - TOUCH: 2026-12-07 email\r\n- [x] NEXT: send pricing\r\n");
    both("- NEXT: send pricing\n", "  TOUCH: 2026-12-07 call\n- NEXT: send pricing and the SOW\n",
         "  TOUCH: 2026-12-07 email\n- NEXT: send the pricing\n", NULL);

    T_SECTION("done wins");
    both("- NEXT: call Jason\n", "- [x] NEXT: call Jason\n", "- NEXT: call Jason\n  - TOUCH: 2026-12-04 call - vm\n",
         "- [x] NEXT: call Jason\n  - TOUCH: 2026-12-04 call - vm\n");
    both("- [ ] NEXT: call Jason\n", "- [x] NEXT: call Jason\n", "- [ ] NEXT: call Jason\n  TOUCH: 2026-12-04 call\n",
         "- [x] NEXT: call Jason\n  TOUCH: 2026-12-04 call\n");
    /* Both touched the step, one also marked it done. */
    both("- NEXT: call Jason\n", "- [x] NEXT: call Jason\n  TOUCH: 2026-12-05 call - done\n",
         "- NEXT: call Jason\n  TOUCH: 2026-12-04 email\n",
         "- [x] NEXT: call Jason\n  TOUCH: 2026-12-04 email\n  TOUCH: 2026-12-05 call - done\n");
    /* Done on one side, a new due: on the other: both kept. */
    both("- NEXT: send pricing due:2026-12-01\n", "- [x] NEXT: send pricing due:2026-12-01\n",
         "- NEXT: send pricing due:2026-12-09\n", "- [x] NEXT: send pricing due:2026-12-09\n");
    both("- [ ] NEXT: send pricing\n", "- [x] NEXT: send pricing\n", "- [ ] NEXT: send pricing due:2026-12-09\n",
         "- [x] NEXT: send pricing due:2026-12-09\n");
    /* Undone on one side, snoozed on the other. */
    both("- [x] NEXT: send pricing\n", "- [ ] NEXT: send pricing\n", "- [x] NEXT: send pricing due:2026-12-09\n",
         "- [ ] NEXT: send pricing due:2026-12-09\n");
    /* Done on both sides, written differently: the same step, done. */
    hunk("- NEXT: a\n", "- [x] NEXT: a\n", "- [X] NEXT: a\n", "- [x] NEXT: a\n");

    T_SECTION("due changed on one side");
    /* "due: DATE" (with a space) is the same token as "due:DATE" (line.c). */
    both("- NEXT: call Tom due: 2026-12-01\n", "- [x] NEXT: call Tom due: 2026-12-01\n",
         "- NEXT: call Tom due: 2026-12-08\n", "- [x] NEXT: call Tom due: 2026-12-08\n");
    both("- NEXT: call Tom due:2026-12-01\n", "- NEXT: call Tom due:2026-12-08\n",
         "- NEXT: call Tom due:2026-12-01\n  TOUCH: 2026-12-02 email\n",
         "- NEXT: call Tom due:2026-12-08\n  TOUCH: 2026-12-02 email\n");
    both("- NEXT: call Tom\n", "- NEXT: call Tom due:2026-12-08\n", "- NEXT: call Tom\n  TOUCH: 2026-12-02 email\n",
         "- NEXT: call Tom due:2026-12-08\n  TOUCH: 2026-12-02 email\n");
    /* Both moved it, to the same day: fine; to different days: a conflict. */
    hunk("- NEXT: call Tom\n", "- NEXT: call Tom due:2026-12-08\n", "- NEXT: call Tom  due:2026-12-08\n",
         "- NEXT: call Tom due:2026-12-08\n");
    both("- NEXT: call Tom\n", "- NEXT: call Tom due:2026-12-08\n", "- [x] NEXT: call Tom due:2026-12-09\n", NULL);
    /* A due: that is not a date is text, not a due date. */
    both("- NEXT: call Tom due:2026-02-30\n", "- NEXT: call Tom due:2026-02-31\n", "- [x] NEXT: call Tom due:2026-02-30\n",
         NULL);

    T_SECTION("other conflicts stay");
    both("- NEXT: send the deck\n", "- NEXT: send the deck and pricing\n", "- NEXT: send the new deck\n", NULL);
    both("- NEXT: send the deck\n", "- [x] NEXT: send the deck\n", "- NEXT: send the new deck\n", NULL);
    both("plain line\n", "plain line changed\n", "plain line edited\n", NULL);
    both("", "a new line\n", "another new line\n", NULL);
    /* Both deleted the same line: clean. */
    hunk("- NEXT: x\n", "", "", "");
    /* CRLF notes: the step keeps its line ending. */
    both("- NEXT: call Jason\r\n", "- [x] NEXT: call Jason\r\n", "- NEXT: call Jason\r\n  TOUCH: 2026-12-04 call\r\n",
         "- [x] NEXT: call Jason\r\n  TOUCH: 2026-12-04 call\r\n");

    T_SECTION("git merge-file output");
    text("# Acme\n"
         "<<<<<<< ours\n"
         "  TOUCH: 2026-12-05 call\n"
         "||||||| base\n"
         "=======\n"
         "  TOUCH: 2026-12-03 email\n"
         ">>>>>>> theirs\n"
         "tail\n",
         0, 0, 1, 0, "# Acme\n  TOUCH: 2026-12-03 email\n  TOUCH: 2026-12-05 call\ntail\n");
    text("head\n"
         "<<<<<<< ours\n"
         "- NEXT: send the deck and pricing\n"
         "||||||| base\n"
         "- NEXT: send the deck\n"
         "=======\n"
         "- NEXT: send the new deck\n"
         ">>>>>>> theirs\n"
         "<<<<<<< ours\n"
         "  TOUCH: 2026-12-05 call\n"
         "||||||| base\n"
         "=======\n"
         "  TOUCH: 2026-12-03 email\n"
         ">>>>>>> theirs\n",
         0, 0, 1, 1,
         "head\n"
         "<<<<<<< ours\n"
         "- NEXT: send the deck and pricing\n"
         "=======\n"
         "- NEXT: send the new deck\n"
         ">>>>>>> theirs\n"
         "  TOUCH: 2026-12-03 email\n"
         "  TOUCH: 2026-12-05 call\n");
    /* merge.conflictStyle=diff3 keeps the base part. */
    text("<<<<<<< a\nx1\n||||||| b\nx\n=======\nx2\n>>>>>>> c\n", 1, 0, 0, 1,
         "<<<<<<< a\nx1\n||||||| b\nx\n=======\nx2\n>>>>>>> c\n");
    /* A Markdown setext underline outside a hunk and in theirs is text. */
    text("Title\n=======\n<<<<<<< a\n  TOUCH: 2026-12-05 call\n||||||| b\n=======\n  TOUCH: 2026-12-01 call\n"
         "=======\n>>>>>>> c\n",
         0, 0, 0, 1,
         "Title\n=======\n<<<<<<< a\n  TOUCH: 2026-12-05 call\n=======\n  TOUCH: 2026-12-01 call\n=======\n>>>>>>> c\n");
    /* A due: moved on both sides to different days stays a conflict, but
     * of that line only: the touches both sides added and the done beside
     * it in the same hunk were left to the seller to merge by hand (a
     * touch lost in the edit). */
    T_SECTION("partial: only the lines both sides changed");
    {
        const char *in = "# Acme\n"
                         "- NEXT: call Jason back\n"
                         "<<<<<<< ours: n.md\n"
                         "  - TOUCH: 2026-12-09 call - replied: yes\n"
                         "- [x] NEXT: send the deck\n"
                         "- NEXT: they will get back to us due:2026-12-18\n"
                         "||||||| base\n"
                         "- NEXT: send the deck\n"
                         "- NEXT: they will get back to us\n"
                         "=======\n"
                         "  - TOUCH: 2026-12-10 email - no reply\n"
                         "- NEXT: send the deck\n"
                         "- NEXT: they will get back to us due:2026-12-20\n"
                         ">>>>>>> theirs: n.md\n"
                         "tail\n";
        ful_merge_opts o = { NULL, 0, 0 };
        ful_buf out = { 0, 0, 0 };
        int r = -1, l = -1, w = -1;
        T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &r, &l, &w), 0);
        T_INTEQ(r, 0);
        T_INTEQ(l, 1);
        T_INTEQ(w, 1);
        T_STREQ(out.p, "# Acme\n"
                       "- NEXT: call Jason back\n"
                       "  - TOUCH: 2026-12-09 call - replied: yes\n"
                       "  - TOUCH: 2026-12-10 email - no reply\n"
                       "- [x] NEXT: send the deck\n"
                       "<<<<<<< ours: n.md\n"
                       "- NEXT: they will get back to us due:2026-12-18\n"
                       "=======\n"
                       "- NEXT: they will get back to us due:2026-12-20\n"
                       ">>>>>>> theirs: n.md\n"
                       "tail\n");
        /* diff3 style: the base line of that conflict too */
        o.keep_base = 1;
        T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &r, &l, &w), 0);
        T_CHECK(strstr(out.p, "- [x] NEXT: send the deck\n<<<<<<< ours: n.md\n- NEXT: they will get back to us due:2026-12-18\n"
                              "||||||| base\n- NEXT: they will get back to us\n=======\n") != NULL, "diff3: %s", out.p);
        ful_buf_free(&out);
        /* Two conflicting pieces side by side are one conflict; a hunk with
         * nothing merged beside its conflict is git's own, as it was. */
        o.keep_base = 0;
        in = "<<<<<<< a\n- NEXT: x due:2026-12-08\n- NEXT: z due:2026-12-08\n  TOUCH: 2026-12-05 call\n||||||| b\n"
             "- NEXT: x\n- NEXT: z\n=======\n- NEXT: x due:2026-12-09\n- NEXT: z due:2026-12-10\n  TOUCH: 2026-12-04 email\n"
             ">>>>>>> c\n";
        T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &r, &l, &w), 0);
        T_INTEQ(w, 1);
        T_STREQ(out.p, "<<<<<<< a\n- NEXT: x due:2026-12-08\n- NEXT: z due:2026-12-08\n=======\n- NEXT: x due:2026-12-09\n"
                       "- NEXT: z due:2026-12-10\n>>>>>>> c\n  TOUCH: 2026-12-04 email\n  TOUCH: 2026-12-05 call\n");
        ful_buf_free(&out);
        in = "<<<<<<< a\n- NEXT: x due:2026-12-08\n||||||| b\n- NEXT: x\n=======\n- NEXT: x due:2026-12-09\n>>>>>>> c\n";
        T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &r, &l, &w), 0);
        T_INTEQ(l, 1);
        T_INTEQ(w, 0);
        T_STREQ(out.p, "<<<<<<< a\n- NEXT: x due:2026-12-08\n=======\n- NEXT: x due:2026-12-09\n>>>>>>> c\n");
        ful_buf_free(&out);
    }
    /* Markers that do not nest: left exactly as they were. */
    text("a\n<<<<<<< x\nb\n", 0, -2, 0, 0, "a\n<<<<<<< x\nb\n");
    text("<<<<<<< x\nb\n<<<<<<< y\n=======\n>>>>>>> z\n", 0, -2, 0, 0, "<<<<<<< x\nb\n<<<<<<< y\n=======\n>>>>>>> z\n");
    /* Longer runs are not markers; no final newline survives. */
    text("<<<<<<<< not one\nend", 0, 0, 0, 0, "<<<<<<<< not one\nend");
    {
        ful_merge_opts o = { NULL, 0, 9 };
        ful_buf out = { 0, 0, 0 };
        const char *in = "<<<<<<<<< a\n||||||||| b\n=========\n  TOUCH: 2026-12-01 call\n>>>>>>>>> c\n";
        int r, l;
        T_INTEQ(ful_merge_text(in, strlen(in), &o, &out, &r, &l, NULL), 0);
        T_INTEQ(r, 1);
        T_STREQ(out.p, "  TOUCH: 2026-12-01 call\n");
        ful_buf_free(&out);
    }
    return T_DONE();
}
