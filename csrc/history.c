/* history.c: pairing an indexed step with its previous version (see
 * history.h). No SQLite here: store.c loads the old steps and records
 * what changed. */
#include "history.h"
#include "line.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t ful_step_key(const char *text, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0, w, m, k;
    /* due:… and #class tags are the seller's bookkeeping, not the step. */
    while (o + 1 < cap && (w = ful_line_next_word(text, n, &i)) < n) {
        if (o > 0 && o + 1 < cap)
            out[o++] = ' ';
        /* the word, or what fits of it (o < cap here) */
        m = i - w < cap - 1 - o ? i - w : cap - 1 - o;
        for (k = 0; k < m; k++)
            out[o + k] = (char)ful_lower((unsigned char)text[w + k]);
        o += m;
    }
    /* Never end inside a UTF-8 sequence. */
    o = ful_utf8_cut(out, o, o);
    out[o] = '\0';
    return o;
}

void ful_old_steps_free(ful_old_step *o, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        free(o[i].key);
        free(o[i].cls);
        free(o[i].due);
        free(o[i].first_seen);
    }
    free(o);
}

static int cmp_old(const void *a, const void *b)
{
    const ful_old_step *x = a, *y = b;
    return strcmp(x->key ? x->key : "", y->key ? y->key : "");
}

typedef struct {
    char *key;
    size_t len;     /* before any " #N" */
    int idx;
} new_key;

static int cmp_new(const void *a, const void *b)
{
    const new_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

#define FUL_KEY_MAX 240

/* Sorting keeps a note with 100,000 steps near-linear. */
char **ful_step_keys(const ful_note *note)
{
    char **keys = calloc((size_t)note->nsteps + 1, sizeof *keys);
    new_key *nk = malloc(((size_t)note->nsteps + 1) * sizeof *nk);
    int i, ok = keys && nk;
    for (i = 0; ok && i < note->nsteps; i++) {
        char buf[FUL_KEY_MAX + 16];
        size_t kl = ful_step_key(note->steps[i].text, note->steps[i].len, buf, FUL_KEY_MAX);
        keys[i] = malloc(kl + 16);
        if (keys[i] == NULL) {
            ok = 0;
            break;
        }
        memcpy(keys[i], buf, kl + 1);
        nk[i].key = keys[i];
        nk[i].len = kl;
        nk[i].idx = i;
    }
    if (ok && note->nsteps > 1) {
        int run = 1;
        qsort(nk, (size_t)note->nsteps, sizeof *nk, cmp_new);
        for (i = 1; i < note->nsteps; i++) {
            if (nk[i].len == nk[i - 1].len && memcmp(nk[i].key, nk[i - 1].key, nk[i].len) == 0) {
                run++;
                snprintf(nk[i].key + nk[i].len, 16, " #%d", run);
            } else {
                run = 1;
            }
        }
    }
    free(nk);
    if (!ok) {
        ful_step_keys_free(keys, note->nsteps);
        return NULL;
    }
    return keys;
}

void ful_step_keys_free(char **keys, int n)
{
    int i;
    if (keys == NULL)
        return;
    for (i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
}

/* Splits a history key (words separated by single spaces) into at most
 * max words; returns how many. */
#define FUL_KEY_WORDS 48
static int key_words(const char *p, const char **w, size_t *len, int max)
{
    int n = 0;
    for (; *p && n < max; n++) {
        w[n] = p;
        while (*p && *p != ' ')
            p++;
        len[n] = (size_t)(p - w[n]);
        while (*p == ' ')
            p++;
    }
    return n;
}

int ful_key_overlap(const char *a, const char *b)
{
    const char *wa[FUL_KEY_WORDS], *wb[FUL_KEY_WORDS];
    size_t la[FUL_KEY_WORDS], lb[FUL_KEY_WORDS];
    int na = key_words(a, wa, la, FUL_KEY_WORDS), nb = key_words(b, wb, lb, FUL_KEY_WORDS);
    int i, j, common = 0, used[FUL_KEY_WORDS] = { 0 };
    for (i = 0; i < na; i++)
        for (j = 0; j < nb; j++)
            if (!used[j] && la[i] == lb[j] && memcmp(wa[i], wb[j], la[i]) == 0) {
                used[j] = 1;
                common++;
                break;
            }
    return na + nb - common > 0 ? common * 100 / (na + nb - common) : 0;
}

/* Pairs each of n keys with its previous version: the same text first;
 * then, for a step whose words were edited (the usual way a date slips:
 * "Fri 12/11" becomes "Fri 12/18"), the unpaired old step most alike, at
 * least half its words shared, the same line preferred. A wholesale
 * rewrite of a huge note skips the second pass (it is quadratic) and
 * starts new histories. A NULL key is never paired. */
static void pair_keys(int n, char **keys, int (*line_of)(const void *, int), const void *ctx, ful_old_step *old,
                      int nold, ful_old_step **prev)
{
    int i, j, left_new = 0, left_old = 0;
    if (nold > 1)
        qsort(old, (size_t)nold, sizeof *old, cmp_old);
    for (i = 0; i < n; i++) {
        ful_old_step probe, *p = NULL;
        probe.key = keys[i];
        if (nold && keys[i])
            p = bsearch(&probe, old, (size_t)nold, sizeof *old, cmp_old);
        if (p && p->matched)
            p = NULL;
        if (p)
            p->matched = 1;
        prev[i] = p;
        left_new += p == NULL && keys[i];
    }
    for (j = 0; j < nold; j++)
        left_old += !old[j].matched;
    if (left_new == 0 || left_old == 0 || (long)left_new * left_old > 40000)
        return;
    for (i = 0; i < n; i++) {
        int best = -1, best_score = 0;
        if (prev[i] || !keys[i])
            continue;
        for (j = 0; j < nold; j++) {
            int score;
            if (old[j].matched || !old[j].key)
                continue;
            score = ful_key_overlap(keys[i], old[j].key);
            if (score < 50)
                continue;
            score += old[j].line == line_of(ctx, i) ? 25 : 0;
            if (score > best_score) {
                best_score = score;
                best = j;
            }
        }
        if (best >= 0) {
            old[best].matched = 1;
            prev[i] = &old[best];
        }
    }
}

static int note_line(const void *ctx, int i)
{
    return ((const ful_note *)ctx)->steps[i].line;
}

void ful_pair_steps(const ful_note *note, char **keys, ful_old_step *old, int nold, ful_old_step **prev)
{
    pair_keys(note->nsteps, keys, note_line, note, old, nold, prev);
}

static int array_line(const void *ctx, int i)
{
    return ((const int *)ctx)[i];
}

void ful_pair_keys(int n, char **keys, const int *lines, ful_old_step *old, int nold, ful_old_step **prev)
{
    pair_keys(n, keys, array_line, lines, old, nold, prev);
}
