/* test_gates.c: the classifier's cheap gates say yes wherever the pass
 * they guard could find something: a line mark the lookup sets by word id
 * (ful_wrule) for each word the pass tests, and the inline letter and
 * length tests before ful_wait_word for each word it takes. A gate that
 * said no too soon would change verdicts on the lines it skips, so the
 * lines here go through each gated pass; meeting 2026-12-02. */
#include <stdio.h>
#include <string.h>

#include "clause.h"
#include "t.h"

static ful_day M;

static void check(const char *text, const char *cls, const char *why_has)
{
    ful_verdict v;
    ful_classify_names(NULL, NULL, text, strlen(text), M, 7, FUL_CLS_EXPLAIN, &v);
    T_CHECK(strcmp(ful_class_name(v.cls), cls) == 0, "%s => %s, want %s (why: %s)", text, ful_class_name(v.cls), cls,
            v.why);
    if (why_has)
        T_CHECK(strstr(v.why, why_has) != NULL, "%s: why '%s' lacks '%s'", text, v.why, why_has);
}

/* ful_wait_word of a bare word */
static int wait_word(const char *w)
{
    ful_rtok r;
    char buf[32];
    memset(buf, 0, sizeof buf);
    memcpy(buf, w, strlen(w));
    r.lw = buf;
    r.len = (uint32_t)strlen(w);
    r.hash = ful_hash_word(buf, r.len);
    return ful_wait_word(&r);
}

int main(void)
{
    static const char *const waits[] = {"wait", "waits", "waited", "waiting", "waitin", "waitlist", "awaiting",
                                        "awaited", "pending", "await", "pend", "pendings", "w", "a", "p", "wai",
                                        "we", "are", "paid", "ask", "Wait", "AWAITED", NULL};
    int i;
    M = ful_day_from_ymd(2026, 12, 2);

    T_SECTION("the wish mark covers the words the wish passes read");
    T_CHECK(ful_wrule[FUL_W_like] & FUL_SAW_WISH, "like");
    T_CHECK(ful_wrule[FUL_W_love] & FUL_SAW_WISH, "love");
    T_CHECK(ful_wrule[FUL_W_appreciate] & FUL_SAW_WISH, "appreciate");
    T_CHECK(ful_wrule[FUL_W_pending] & FUL_SAW_WISH, "pending");
    T_CHECK(!(ful_wrule[FUL_WID_NONE] & FUL_SAW_WISH), "no word, no mark");

    T_SECTION("a wait-word is four letters or more and starts with w, a or p");
    /* (actors.c wait_kind and classify.c ful_wants_actors skip a word
     * without ful_wait_word's call on that test) */
    for (i = 0; waits[i]; i++) {
        size_t l = strlen(waits[i]);
        int k = wait_word(waits[i]);
        T_CHECK(!k || (l >= 4 && (waits[i][0] == 'w' || waits[i][0] == 'a' || waits[i][0] == 'p')), "%s: kind %d", waits[i],
                k);
    }
    T_INTEQ(wait_word("waiting"), FUL_WAIT_WAIT);
    T_INTEQ(wait_word("awaited"), FUL_WAIT_AWAITED);
    T_INTEQ(wait_word("pending"), FUL_WAIT_PENDING);

    T_SECTION("lines through the gated passes");
    /* the wish passes (FUL_SAW_WISH) */
    check("they'd like a free site survey", "compliance", "they asked");
    check("Tom signs the PO Monday, pending CFO approval", "soft", NULL);
    check("Tom signs the PO Monday", "firm", NULL);
    /* waiting_at and its words before the wait-word (actors.c) */
    check("we are still waiting on their legal for the redlines", "soft", NULL);
    check("PO awaited from procurement", "soft", NULL);
    /* name_shaped: a capitalised word, then not one */
    check("Priya to send the signed MSA by Friday", "firm", "Priya");
    check("Send the signed MSA to Priya by Friday", "compliance", NULL);
    return T_DONE();
}
