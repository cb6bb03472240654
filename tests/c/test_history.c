/* test_history.c: pairing a step with its previous version across
 * re-indexes (history.c): edited text, moved lines, duplicates, deleted
 * and re-added steps, and the keys and word overlap behind it. */
#include "history.h"
#include "t.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int line;
    const char *text;
} L;

/* A note holding only the steps pairing looks at. */
static void mk(ful_note *note, ful_nstep *buf, const L *l, int n)
{
    int i;
    memset(note, 0, sizeof *note);
    memset(buf, 0, (size_t)(n ? n : 1) * sizeof *buf);
    for (i = 0; i < n; i++) {
        buf[i].line = l[i].line;
        buf[i].text = l[i].text;
        buf[i].len = strlen(l[i].text);
    }
    note->steps = buf;
    note->nsteps = n;
}

/* Indexes old, then new over it, as the store does, and describes the
 * outcome: per new step "line<-old line" or "line<-new", then the old
 * lines gone. */
static void pairs(const L *ol, int nold, const L *nl, int nnew, const char *want)
{
    ful_note on, nn;
    ful_nstep ob[64], nb[64];
    ful_old_step *old = calloc((size_t)nold + 1, sizeof *old);
    ful_old_step *prev[64];
    char **ok, **nk, got[512];
    size_t g = 0;
    int i;
    mk(&on, ob, ol, nold);
    mk(&nn, nb, nl, nnew);
    ok = ful_step_keys(&on);
    nk = ful_step_keys(&nn);
    T_CHECK(old && ok && nk, "out of memory");
    if (!old || !ok || !nk)
        return;
    for (i = 0; i < nold; i++) {
        old[i].key = ok[i];     /* the array takes the key */
        old[i].line = ol[i].line;
        ok[i] = NULL;
    }
    ful_pair_steps(&nn, nk, old, nold, prev);
    got[0] = '\0';
    for (i = 0; i < nnew; i++) {
        if (prev[i])
            g += (size_t)snprintf(got + g, sizeof got - g, "%s%d<-%d", g ? " " : "", nl[i].line, prev[i]->line);
        else
            g += (size_t)snprintf(got + g, sizeof got - g, "%s%d<-new", g ? " " : "", nl[i].line);
    }
    for (i = 0; i < nold; i++)
        if (!old[i].matched)
            g += (size_t)snprintf(got + g, sizeof got - g, "%sgone:%d", g ? " " : "", old[i].line);
    T_STREQ(got, want);
    ful_step_keys_free(ok, nold);
    ful_step_keys_free(nk, nnew);
    ful_old_steps_free(old, nold);
}

static void keys(const L *l, int n, const char *want)
{
    ful_note note;
    ful_nstep b[16];
    char **k, got[512];
    size_t g = 0;
    int i;
    mk(&note, b, l, n);
    k = ful_step_keys(&note);
    got[0] = '\0';
    for (i = 0; k && i < n; i++)
        g += (size_t)snprintf(got + g, sizeof got - g, "%s%s", i ? "|" : "", k[i]);
    T_STREQ(got, want);
    ful_step_keys_free(k, n);
}

#define N(a) ((int)(sizeof(a) / sizeof(a)[0]))

int main(void)
{
    T_SECTION("keys");
    {
        static const L a[] = { { 1, "Call Bob" }, { 2, "send deck" }, { 3, "call  bob due:2026-12-01" }, { 4, "CALL BOB #firm" } };
        keys(a, N(a), "call bob|send deck|call bob #2|call bob #3");
    }
    keys(NULL, 0, "");
    T_SECTION("overlap");
    T_INTEQ(ful_key_overlap("a b c", "a b c"), 100);
    T_INTEQ(ful_key_overlap("a b c", "a b d"), 50);
    T_INTEQ(ful_key_overlap("a a", "a"), 50);
    T_INTEQ(ful_key_overlap("x y", "z"), 0);
    T_INTEQ(ful_key_overlap("", ""), 0);

    T_SECTION("pairing by keys and lines (a moved note's steps)");
    {
        /* A NULL key (a step with a history of its own) takes no other's,
         * not even the same text; the rest pair as an edit does. */
        ful_old_step old[3];
        ful_old_step *prev[3];
        char k0[] = "send pricing", k1[] = "call ann fri 12/11", k2[] = "book the demo";
        char *keys[3] = { NULL, (char *)"call ann fri 12/18", (char *)"send pricing" };
        int lines[3] = { 2, 5, 7 };
        memset(old, 0, sizeof old);
        old[0].key = k0;
        old[0].line = 2;
        old[1].key = k1;
        old[1].line = 5;
        old[2].key = k2;
        old[2].line = 9;
        ful_pair_keys(3, keys, lines, old, 3, prev);
        T_CHECK(prev[0] == NULL, "a step with its own history takes none");
        T_CHECK(prev[1] && strcmp(prev[1]->key, k1) == 0, "the edited step pairs with its old words");
        T_CHECK(prev[2] && strcmp(prev[2]->key, k0) == 0, "the same text pairs");
        T_CHECK(!old[2].matched || strcmp(old[2].key, k2) != 0, "book the demo is gone");
    }

    T_SECTION("unchanged");
    {
        static const L o[] = { { 3, "send pricing" }, { 5, "call Ann" } };
        pairs(o, N(o), o, N(o), "3<-3 5<-5");
    }
    T_SECTION("moved lines");
    {
        static const L o[] = { { 3, "send pricing" }, { 5, "call Ann" } };
        static const L n[] = { { 2, "call Ann" }, { 9, "send pricing" } };
        pairs(o, N(o), n, N(n), "2<-5 9<-3");
    }
    T_SECTION("edited text");
    {
        /* The usual slip: the date in the words changes. */
        static const L o[] = { { 4, "send pricing to Ann Fri 12/11" } };
        static const L n[] = { { 4, "send pricing to Ann Fri 12/18" } };
        pairs(o, N(o), n, N(n), "4<-4");
    }
    {
        /* Only the bookkeeping changed: the same key. */
        static const L o[] = { { 4, "send pricing due:2026-12-11" } };
        static const L n[] = { { 6, "Send pricing due:2026-12-18 #firm" } };
        pairs(o, N(o), n, N(n), "6<-4");
    }
    {
        /* Rewritten: under half the words shared is a new step. */
        static const L o[] = { { 4, "call Bob" } };
        static const L n[] = { { 4, "email the whole team about budget" } };
        pairs(o, N(o), n, N(n), "4<-new gone:4");
    }
    {
        /* Equally alike: the one on the same line wins. */
        static const L o[] = { { 3, "call ann monday" }, { 8, "call bob monday" } };
        static const L n[] = { { 8, "call them monday" } };
        pairs(o, N(o), n, N(n), "8<-8 gone:3");
    }
    {
        /* An exact match is taken before an edited one is guessed. */
        static const L o[] = { { 3, "send deck to ann" }, { 8, "send deck to bob" } };
        static const L n[] = { { 3, "send deck to bob" }, { 8, "send the deck to ann" } };
        pairs(o, N(o), n, N(n), "3<-8 8<-3");
    }
    T_SECTION("duplicates");
    {
        static const L o[] = { { 2, "call bob" }, { 6, "call bob" } };
        pairs(o, N(o), o, N(o), "2<-2 6<-6");
    }
    {
        /* Deleting the first of two: the one left keeps the first's key. */
        static const L o[] = { { 2, "call bob" }, { 6, "call bob" } };
        static const L n[] = { { 5, "call bob" } };
        pairs(o, N(o), n, N(n), "5<-2 gone:6");
    }
    {
        static const L o[] = { { 2, "call bob" } };
        static const L n[] = { { 2, "call bob" }, { 3, "call bob" } };
        pairs(o, N(o), n, N(n), "2<-2 3<-new");
    }
    T_SECTION("deleted");
    {
        static const L o[] = { { 2, "send pricing" }, { 4, "call Ann" } };
        static const L n[] = { { 2, "send pricing" } };
        pairs(o, N(o), n, N(n), "2<-2 gone:4");
        pairs(o, N(o), NULL, 0, "gone:4 gone:2");   /* in key order */
    }
    T_SECTION("re-added");
    {
        /* Gone from the store, a step written again starts a new history. */
        static const L o[] = { { 2, "send pricing" } };
        static const L n[] = { { 2, "send pricing" }, { 4, "call Ann" } };
        pairs(o, N(o), n, N(n), "2<-2 4<-new");
        pairs(NULL, 0, n, N(n), "2<-new 4<-new");
    }
    T_SECTION("wholesale rewrite");
    {
        /* Past 200 x 200 unpaired, no guessing (it is quadratic). */
        static L o[201], n[201];
        static char ot[201][32], nt[201][32];
        int i;
        for (i = 0; i < 201; i++) {
            snprintf(ot[i], sizeof ot[i], "step %d alpha", i);
            snprintf(nt[i], sizeof nt[i], "step %d beta", i);
            o[i].line = n[i].line = i + 1;
            o[i].text = ot[i];
            n[i].text = nt[i];
        }
        {
            ful_note nn;
            ful_nstep *nb = calloc(201, sizeof *nb);
            ful_old_step *old = calloc(201, sizeof *old), *prev[201];
            char **nk;
            int paired = 0;
            mk(&nn, nb, n, 201);
            nk = ful_step_keys(&nn);
            for (i = 0; i < 201; i++) {
                old[i].key = strdup(ot[i]);
                old[i].line = o[i].line;
            }
            ful_pair_steps(&nn, nk, old, 201, prev);
            for (i = 0; i < 201; i++)
                paired += prev[i] != NULL;
            T_INTEQ(paired, 0);
            ful_old_steps_free(old, 201);
            /* 200 x 200 still pairs each edited step. */
            old = calloc(200, sizeof *old);
            for (i = 0; i < 200; i++) {
                old[i].key = strdup(ot[i]);
                old[i].line = o[i].line;
            }
            nn.nsteps = 200;
            ful_pair_steps(&nn, nk, old, 200, prev);
            for (i = paired = 0; i < 200; i++)
                paired += prev[i] != NULL && prev[i]->line == nn.steps[i].line;
            T_INTEQ(paired, 200);
            ful_step_keys_free(nk, 201);
            ful_old_steps_free(old, 200);
            free(nb);
        }
    }
    return T_DONE();
}
