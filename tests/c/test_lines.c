/* test_lines.c: the pure line edits shared by write-back and the editor,
 * the step history key, paths and the text helpers. */
#include "path.h"
#include "history.h"
#include "store.h"
#include "t.h"
#include "text.h"
#include "writeback.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static ful_day D(const char *s)
{
    ful_day d = FUL_NODATE;
    ful_day_parse_iso(s, 10, &d);
    return d;
}

static void done(const char *in, int want_rc, const char *want)
{
    ful_buf b = { 0, 0, 0 };
    int rc = ful_done_line(in, strlen(in), NULL, &b);
    T_INTEQ(rc, want_rc);
    if (want)
        T_STREQ(b.p, want);
    ful_buf_free(&b);
}

static void touch(const char *step, const char *outcome, const char *want)
{
    ful_buf b = { 0, 0, 0 };
    T_INTEQ(ful_touch_line(step, strlen(step), D("2026-12-01"), "email", outcome, &b), 0);
    T_STREQ(b.p, want);
    ful_buf_free(&b);
}

static void key(const char *in, const char *want)
{
    char out[256];
    ful_step_key(in, strlen(in), out, sizeof out);
    T_STREQ(out, want);
}

static void absp(const char *in, const char *want)
{
    ful_buf b = { 0, 0, 0 };
    T_INTEQ(ful_path_abs(in, &b), 0);
    T_STREQ(b.p, want);
    ful_buf_free(&b);
}

int main(void)
{
    T_SECTION("done_line");
    done("- NEXT: send pricing", 1, "- [x] NEXT: send pricing");
    done("- [ ] NEXT: send pricing", 1, "- [x] NEXT: send pricing");
    done("  * [X] next: send", 0, "  * [X] next: send");
    done("NEXT: call", 1, "[x] NEXT: call");
    done("3. NEXT: call", 1, "3. [x] NEXT: call");
    done("just a line", -1, NULL);

    T_SECTION("touch_line");
    touch("- NEXT: call Jason", "no reply", "  - TOUCH: 2026-12-01 email - no reply");
    /* no outcome said: the spec's "no reply" written out, the line
     * :FuTouch writes when its prompt is left empty (QA round 40) */
    touch("    * NEXT: call", NULL, "      * TOUCH: 2026-12-01 email - no reply");
    touch("- NEXT: call", "", "  - TOUCH: 2026-12-01 email - no reply");
    touch("- NEXT: call", " \t\n", "  - TOUCH: 2026-12-01 email - no reply");
    touch("NEXT: call", "replied: wants\npricing", "  TOUCH: 2026-12-01 email - replied: wants pricing");
    touch("1. NEXT: call", "x", "  - TOUCH: 2026-12-01 email - x");
    /* The step's own white space: tabs stay tabs. */
    touch("\t- NEXT: call", NULL, "\t\t- TOUCH: 2026-12-01 email - no reply");
    touch("\t\t* [ ] NEXT: call", NULL, "\t\t\t* TOUCH: 2026-12-01 email - no reply");
    touch("  \t- NEXT: call", NULL, "  \t\t- TOUCH: 2026-12-01 email - no reply");

    T_SECTION("step_key");
    key("Send  the deck due:2026-12-01 #soft", "send the deck");
    key("  CALL Tom #non\r", "call tom");
    key("#firmly agreed", "#firmly agreed");

    T_SECTION("path_abs");
    absp("/a/b/../c/./d//e", "/a/c/d/e");
    absp("/..", "/");
    absp("/a/b/", "/a/b");
    {
        /* ".." after a symlink: the kernel's parent (of the target). */
        char tmpl[] = "/tmp/fulog-test-path.XXXXXX", a[512], b[512], c[512];
        if (mkdtemp(tmpl) != NULL) {
            snprintf(a, sizeof a, "%s/real", tmpl);
            mkdir(a, 0700);
            snprintf(a, sizeof a, "%s/real/sub", tmpl);
            mkdir(a, 0700);
            snprintf(b, sizeof b, "%s/notes", tmpl);
            mkdir(b, 0700);
            snprintf(b, sizeof b, "%s/notes/link", tmpl);
            T_INTEQ(symlink(a, b), 0);
            snprintf(c, sizeof c, "%s/notes/link/../n.md", tmpl);
            snprintf(a, sizeof a, "%s/real/n.md", tmpl);
            absp(c, a);
            snprintf(c, sizeof c, "%s/notes/link/x.md", tmpl);  /* other symlinks are kept */
            absp(c, c);
            {
                /* ful_path_real resolves them, and keeps a tail that is
                 * not there (a note deleted since). */
                ful_buf r = { 0, 0, 0 };
                char want[512];
                snprintf(want, sizeof want, "%s/real/sub/x.md", tmpl);
                T_INTEQ(ful_path_real(c, &r), 0);
                T_STREQ(r.p, want);
                snprintf(c, sizeof c, "%s/notes/link/gone/../y.md", tmpl);
                snprintf(want, sizeof want, "%s/real/sub/y.md", tmpl);
                T_INTEQ(ful_path_real(c, &r), 0);
                T_STREQ(r.p, want);
                T_INTEQ(ful_path_real("/", &r), 0);
                T_STREQ(r.p, "/");
                ful_buf_free(&r);
            }
            snprintf(c, sizeof c, "rm -rf '%s'", tmpl);
            T_INTEQ(system(c), 0);
        }
    }
    {
        static const char *const exts[] = { "md", "txt" };
        T_INTEQ(ful_path_has_ext("x.MD", exts, 2), 1);
        T_INTEQ(ful_path_has_ext("x.png", exts, 2), 0);
        T_INTEQ(ful_path_has_ext(".md", exts, 2), 0);
    }

    T_SECTION("step_ref");
    {
        char k1[FUL_STEP_REF_LEN + 1], k2[FUL_STEP_REF_LEN + 1];
        size_t i;
        ful_step_ref("send pricing sheet", 18, k1);
        ful_step_ref("send the case studies", 21, k2);
        T_STREQ(k1, "qozggg");  /* stable: listings and later commands agree */
        T_CHECK(strcmp(k1, k2) != 0, "two steps, two keys");
        for (i = 0; i < FUL_STEP_REF_LEN; i++)
            T_CHECK(k2[i] >= 'a' && k2[i] <= 'z', "letters only: %s", k2);
        /* due: and #class are the seller's bookkeeping (a snooze writes
         * one): the key a listing printed stays the step's */
        {
            static const char *const same[] = {
                "send pricing sheet due:2026-12-11", "send pricing due:2026-12-11 sheet",
                "#firm send pricing sheet", "send pricing sheet #NON due:2027-01-02",
                "send pricing sheet due:soon",
            };
            for (i = 0; i < sizeof same / sizeof *same; i++) {
                ful_step_ref(same[i], strlen(same[i]), k2);
                T_STREQ(k2, "qozggg");
            }
            ful_step_ref("send pricing sheet#firm", 23, k2);  /* glued: words */
            T_CHECK(strcmp(k2, "qozggg") != 0, "a glued #firm is the step's text");
            ful_step_ref("send pricing sheetdue:2026-12-11", 32, k2);
            T_CHECK(strcmp(k2, "qozggg") != 0, "a glued due: is the step's text");
        }
    }

    T_SECTION("utf8");
    {
        ful_buf b = { 0, 0, 0 };
        T_INTEQ(ful_utf8_clean(&b, "a\xff" "b\0c\xc3\xa9", 7), 2);
        T_STREQ(b.p, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xc3\xa9");
        ful_buf_free(&b);
        /* --json's repair: only invalid sequences, NUL and controls kept */
        T_INTEQ(ful_utf8_fix(&b, "a\xff" "b\0c\t\x01\xc3\xa9", 9), 1);
        T_CHECK(b.len == 11 && memcmp(b.p, "a\xEF\xBF\xBD" "b\0c\t\x01\xc3\xa9", 11) == 0, "fix keeps NUL and controls");
        ful_buf_free(&b);
        T_INTEQ(ful_utf8_cut("\xc3\xa9\xc3\xa9", 4, 3), 2);
        T_INTEQ(ful_utf8_bad("ok \xe2\x82\xac", 6), 0);
        T_INTEQ(ful_utf8_bad("\xed\xa0\x80", 3), 3);
        /* is_clean and bad are one scan: is_clean is exactly "clean would
         * copy it unchanged" (what the store binds in place), bad counts
         * the replaced bytes; a control is changed by clean, not counted
         * as bad. Checked against ful_utf8_clean on every case. */
        {
#define S(x) x, sizeof(x) - 1
            static const struct { const char *s; size_t n; size_t bad; } c[] = {
                { S("plain ascii, long enough for the 8-byte path"), 0 },
                { S("tab\tkept"), 0 },
                { S("ctl\x01 here"), 0 },
                { S("nul\0here"), 1 },
                { S("caf\xc3\xa9 ok \xe2\x82\xac"), 0 },
                { S("cut \xc3"), 1 },
                { S("latin1 \xe9t\xe9 and more ascii after it"), 2 },
                { S("del \x7f is kept"), 0 },
                { S(""), 0 },
            };
#undef S
            size_t i;
            for (i = 0; i < sizeof c / sizeof c[0]; i++) {
                long r = ful_utf8_clean(&b, c[i].s, c[i].n);
                int same = r == 0 && b.len == c[i].n && (c[i].n == 0 || memcmp(b.p, c[i].s, c[i].n) == 0);
                T_CHECK(ful_utf8_is_clean(c[i].s, c[i].n) == same, "case %zu: is_clean %d, clean copies it %s", i,
                        ful_utf8_is_clean(c[i].s, c[i].n), same ? "unchanged" : "changed");
                T_CHECK(ful_utf8_bad(c[i].s, c[i].n) == c[i].bad && (size_t)r == c[i].bad, "case %zu: bad %zu, clean %ld",
                        i, ful_utf8_bad(c[i].s, c[i].n), r);
                ful_buf_free(&b);
            }
        }
    }
    T_SECTION("hash");
    T_CHECK(ful_hash("abc", 3) == ful_hash("abc", 3), "stable");
    T_CHECK(ful_hash("abc", 3) != ful_hash("abd", 3), "differs");
    T_CHECK(ful_hash("abcdefghij", 10) >= 0, "non-negative");
    return T_DONE();
}
