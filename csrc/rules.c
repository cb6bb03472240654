/* rules.c: the cue lookup and the user's additions to the cues.
 *
 * What words mean is data in cues.h; the open-addressing hash table that
 * finds them (rules_table.h) is generated from it by `make` (tools/
 * gen_rules.c), so a classification costs no allocation and no string
 * search. tests/c/test_classify checks that every word and phrase is found. */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

const char *const ful_rule_categories[] = {"client", "seller", "client_action", "deliverable",
                                           "chase", "booked", "hedge", "vague", NULL};

#include "cues.h"
#define FUL_RULES_TABLE_DATA
#include "rules_table.h"

static uint32_t ful_hash(const char *s, size_t n) { return ful_hash_word(s, n); }

/* A stale generated table (a word added without regenerating) fails here:
 * `make` regenerates it. */
typedef char ful_rules_table_is_stale[(FUL_GEN_NWORDS == FUL_NWORDS && FUL_GEN_NPHRASES == FUL_NPHRASES &&
                                       FUL_GEN_NIDWORDS == FUL_NIDWORDS && FUL_GEN_PHR_MAXW <= FUL_PHRASE_MAXWORDS) ? 1 : -1];

/* ---- user additions ---- */

#define FUL_UR_BUCKETS 64
#define FUL_UR_MAXLEN 200
#define FUL_UR_MAXWORDS FUL_PHRASE_MAXWORDS

typedef struct {
    char *text;      /* lowercased words separated by single spaces */
    uint32_t first;  /* hash of the first word */
    uint32_t bits;
    int nwords;
    int next;        /* next rule in the bucket, -1 at the end */
} ful_urule;

struct ful_rules {
    ful_urule *v;
    int n, cap;
    int bucket[FUL_UR_BUCKETS];
};

ful_rules *ful_rules_new(void)
{
    ful_rules *r = (ful_rules *)calloc(1, sizeof *r);
    int i;
    if (!r)
        return NULL;
    for (i = 0; i < FUL_UR_BUCKETS; i++)
        r->bucket[i] = -1;
    return r;
}

void ful_rules_free(ful_rules *r)
{
    int i;
    if (!r)
        return;
    for (i = 0; i < r->n; i++)
        free(r->v[i].text);
    free(r->v);
    free(r);
}

/* Normalises a phrase the way classify_tokens.c tokenizes a line: ASCII lowercase,
 * words of letters, digits, apostrophes and bytes >= 0x80; "f/u" -> "fu",
 * "w/" -> "with". Returns the word count, or -1 when too long. */
static int ful_norm_phrase(const char *p, char *out, size_t cap, size_t *outlen)
{
    size_t i = 0, k = 0, n = strlen(p);
    int words = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        int isw = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                  (c == '\'' && k > 0 && out[k - 1] != ' ');
        const char *rep = NULL;
        size_t skip = 0;
        if ((c == 'f' || c == 'F') && i + 2 < n + 1 && p[i + 1] == '/' && (p[i + 2] == 'u' || p[i + 2] == 'U') &&
            (k == 0 || out[k - 1] == ' ')) {
            rep = "fu";
            skip = 3;
        } else if ((c == 'w' || c == 'W') && p[i + 1] == '/' && (k == 0 || out[k - 1] == ' ') &&
                   !(p[i + 2] == 'o' || p[i + 2] == 'O')) {
            rep = "with";
            skip = 2;
        }
        if (rep) {
            size_t l = strlen(rep);
            if (k + l + 2 > cap)
                return -1;
            if (k > 0 && out[k - 1] != ' ')
                out[k++] = ' ';
            memcpy(out + k, rep, l);
            k += l;
            out[k++] = ' ';
            words++;
            i += skip;
            continue;
        }
        if (isw) {
            if (k + 2 > cap)
                return -1;
            if (k == 0 || out[k - 1] == ' ')
                words++;
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (k > 0 && out[k - 1] != ' ') {
            if (k + 2 > cap)
                return -1;
            out[k++] = ' ';
        }
        i++;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    *outlen = k;
    return words;
}

int ful_rules_add(ful_rules *r, const char *category, const char *phrase)
{
    static const uint32_t cat_bits[] = {CL, SE, AC, DV | DN, CH, BK, HG, VG};
    char buf[FUL_UR_MAXLEN + 8];
    size_t len, fl;
    int c, words;
    ful_urule *u;
    if (!r || !category)
        return -1;
    for (c = 0; ful_rule_categories[c]; c++)
        if (strcmp(ful_rule_categories[c], category) == 0)
            break;
    if (!ful_rule_categories[c])
        return -1;
    if (!phrase || strlen(phrase) > FUL_UR_MAXLEN)
        return -3;
    words = ful_norm_phrase(phrase, buf, sizeof buf, &len);
    if (words <= 0 || words > FUL_UR_MAXWORDS || len == 0)
        return -3;
    if (r->n == r->cap) {
        int ncap = r->cap ? r->cap * 2 : 8;
        ful_urule *nv;
        if (ncap > 30000)
            return -2;
        nv = (ful_urule *)realloc(r->v, (size_t)ncap * sizeof *nv);
        if (!nv)
            return -2;
        r->v = nv;
        r->cap = ncap;
    }
    u = &r->v[r->n];
    u->text = (char *)malloc(len + 1);
    if (!u->text)
        return -2;
    memcpy(u->text, buf, len + 1);
    for (fl = 0; fl < len && buf[fl] != ' '; fl++)
        ;
    u->first = ful_hash(buf, fl);
    u->bits = cat_bits[c];
    u->nwords = words;
    u->next = r->bucket[u->first % FUL_UR_BUCKETS];
    r->bucket[u->first % FUL_UR_BUCKETS] = r->n;
    r->n++;
    return 0;
}

/* ---- lookup ---- */

static inline uint64_t ful_ld8(const char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint32_t ful_ld4(const char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint16_t ful_ld2(const char *p) { uint16_t v; memcpy(&v, p, 2); return v; }

/* a[0..n) == b[0..n), both readable to n: two overlapping loads cover a
 * short word, so a found word costs a few compares, not a byte loop */
static inline int ful_same(const char *a, const char *b, size_t n)
{
    size_t j;
    if (n >= 8) {
        for (j = 0; j + 8 < n; j += 8)
            if (ful_ld8(a + j) != ful_ld8(b + j))
                return 0;
        return ful_ld8(a + n - 8) == ful_ld8(b + n - 8);
    }
    if (n >= 4)
        return ful_ld4(a) == ful_ld4(b) && ful_ld4(a + n - 4) == ful_ld4(b + n - 4);
    if (n >= 2)
        return ful_ld2(a) == ful_ld2(b) && a[n - 1] == b[n - 1];
    return n == 0 || a[0] == b[0];
}

/* The id of the word w (its hash h), or -1. An id >= FUL_NWORDS is a word
 * with no cue. */
static inline int ful_word_id(const char *w, size_t n, uint32_t h)
{
    uint32_t s = ful_slot_of(h);
    while (ful_slot[s].idx) {
        int k = ful_slot[s].idx - 1;
        if (ful_slot[s].hash == h && ful_slot[s].len == n && ful_same(ful_id_pool + ful_id_off[k], w, n))
            return k;
        s = (s + 1) & (FUL_SLOTS - 1);
    }
    return -1;
}

/* The cue word w's index in ful_words, or -1. */
static inline int ful_word_index(const char *w, size_t n, uint32_t h)
{
    int k = ful_word_id(w, n, h);
    return k < FUL_NWORDS ? k : -1;
}

uint16_t ful_rules_word_id(const ful_rtok *t)
{
    int k = t->len ? ful_word_id(t->lw, t->len, t->hash) : -1;
    return k < 0 ? (uint16_t)FUL_WID_NONE : (uint16_t)k;
}

/* Do the words of phrase p (single spaces) match toks[i..]? Returns the
 * number of tokens, or 0. */
static int ful_phrase_at(const char *p, const ful_rtok *toks, int ntok, int i, int skip_head)
{
    int k = 0;
    if (skip_head) { /* the head word matched already, maybe as a stem ("follows") */
        while (*p && *p != ' ')
            p++;
        if (*p == ' ')
            p++;
        k = 1;
    }
    while (*p) {
        /* the token's bytes, then the phrase word must end: one walk, no
         * length count and no memcmp call (a token holds no space or NUL) */
        const char *w;
        uint32_t l, j = 0;
        if (i + k >= ntok)
            return 0;
        w = toks[i + k].lw;
        l = toks[i + k].len;
        while (j < l && p[j] == w[j])
            j++;
        if (j < l || (p[j] != ' ' && p[j] != '\0'))
            return 0;
        k++;
        p += l;
        if (*p == ' ')
            p++;
    }
    return k;
}

/* Does built-in phrase ph (in ful_phr_order), its head word matched at
 * toks[i], go on with its other words? Returns its number of tokens, or
 * 0. Whole words from the generated positions: a length and a compare or
 * two each, where ful_phrase_at walks the phrase's bytes. */
static inline int ful_builtin_at(int ph, const ful_rtok *toks, int ntok, int i)
{
    const char *p = ful_phr_pool + ful_phr_off[ph];
    int k, nw = ful_phr_nw[ph];
    if (i + nw > ntok)
        return 0;
    for (k = 1; k < nw; k++) {
        uint32_t l = ful_phr_wpos[ph][k - 1][1];
        if (toks[i + k].len != l || !ful_same(p + ful_phr_wpos[ph][k - 1][0], toks[i + k].lw, l))
            return 0;
    }
    return nw;
}

/* A known verb under an -ing or -ed ending: "pinging", "chasing",
 * "emailed", "chatting". Only verbs: a noun's stem would mislead. */
static int ful_verb_stem(const char *w, size_t n)
{
    char b[40];
    size_t st;
    int c;
    if (n >= sizeof b - 1)
        return -1;
    if (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g')
        st = n - 3;
    else if (w[n - 2] == 'e' && w[n - 1] == 'd')
        st = n - 2;
    else
        return -1;
    memcpy(b, w, st);
    for (c = 0; c < 3; c++) {
        size_t l = st;
        int wi;
        if (c == 1) /* chasing -> chase, chased -> chase */
            b[l++] = 'e';
        else if (c == 2 && st > 2 && w[st - 1] == w[st - 2]) /* chatting -> chat */
            l--;
        else if (c == 2)
            break;
        wi = ful_word_index(b, l, ful_hash_word(b, l));
        if (wi >= 0 && (ful_word_bits[wi] & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP |
                                               FUL_CUE_JOINT | FUL_CUE_REQUEST | FUL_CUE_SPEECH)))
            return wi;
    }
    return -1;
}

/* The cue bits of the verb under an -ed or -ing ending ("shared" ->
 * share), 0 when none: "Pricing to be shared" is ours to give. */
uint32_t ful_stem_bits(const char *w, size_t n)
{
    int wi = n > 4 ? ful_verb_stem(w, n) : -1;
    return wi >= 0 ? ful_word_bits[wi] : 0;
}

/* The lookup's rare parts, out of line: with them inlined, the common
 * word's path (one probe, its bits, one phrase-mask test) kept its values
 * on the stack (about 80 instructions a token). */
#if defined(__GNUC__)
#define FUL_COLD __attribute__((noinline))
#else
#define FUL_COLD
#endif

/* Could a missed word (longer than 3) have a stem ful_stem_index finds?
 * Its ending, as ful_stem_index and ful_verb_stem test it. */
static inline int ful_may_stem(const ful_rtok *t)
{
    const char *e = t->lw + t->len;
    return (e[-1] == 's' && e[-2] != 's' && e[-2] != '\'') ||
           (t->len > 4 && ((t->len > 5 && e[-3] == 'i' && e[-2] == 'n' && e[-1] == 'g') || (e[-2] == 'e' && e[-1] == 'd')));
}

/* A missed word's stem: "brings" -> "bring", "pinging" -> "ping". */
static FUL_COLD int ful_stem_index(const ful_rtok *t)
{
    int wi = -1;
    if (t->len > 3 && t->lw[t->len - 1] == 's' && t->lw[t->len - 2] != 's' && t->lw[t->len - 2] != '\'')
        wi = ful_word_index(t->lw, t->len - 1, ful_hash_word(t->lw, t->len - 1)); /* brings -> bring */
    if (wi < 0 && t->len > 4)
        wi = ful_verb_stem(t->lw, t->len); /* pinging -> ping, chased -> chase */
    return wi;
}

/* The built-in phrases of word wi at toks[i] whose second word's mask
 * lets the next token through: the first that matches (longest first). */
static inline uint32_t ful_phrase_cue(int wi, const ful_rtok *toks, int ntok, int i, uint32_t bits, int *best,
                                        int *phr)
{
    int f = ful_word_phr[wi][0], c = ful_word_phr[wi][1], k;
    for (k = 0; k < c; k++) {
        int m;
        if (toks[i + 1].hash != ful_phr_h2[f - 1 + k])
            continue; /* the second word differs: the common case */
        m = ful_builtin_at(f - 1 + k, toks, ntok, i);
        if (m == 2 && (ful_phr_bits[f - 1 + k] & FUL_CUE_EVENT) && i + 2 < ntok && toks[i + 1].len == 2 &&
            toks[i + 1].lw[0] == 't' && toks[i + 1].lw[1] == 'o' && toks[i + 2].len == 2 && toks[i + 2].lw[0] == 'b' &&
            toks[i + 2].lw[1] == 'e')
            continue; /* "Demo to be scheduled": not "demo to (them)" */
        if (m) { /* longest first: the first match wins */
            *best = m;
            *phr = f - 1 + k;
            return ful_phr_bits[f - 1 + k] | FUL_CUE_WORD;
        }
    }
    return bits;
}

/* The user's phrases win over the built-in meaning of the same words
 * ("Chase" the client's name, not the verb); several user phrases of the
 * same length add up. */
static FUL_COLD uint32_t ful_user_cue(const ful_rules *r, const ful_rtok *toks, int ntok, int i, uint32_t bits,
                                      int *best, int *phr)
{
    const ful_rtok *t = &toks[i];
    int u = r->bucket[t->hash % FUL_UR_BUCKETS], ubest = 0;
    uint32_t ubits = 0;
    for (; u >= 0; u = r->v[u].next) {
        const ful_urule *x = &r->v[u];
        int m;
        if (x->first != t->hash || x->nwords < *best || x->nwords < ubest)
            continue;
        m = ful_phrase_at(x->text, toks, ntok, i, 0);
        if (!m)
            continue;
        if (m > ubest) {
            ubest = m;
            ubits = x->bits;
        } else {
            ubits |= x->bits;
        }
    }
    if (ubest) {
        *best = ubest;
        *phr = -1;
        return ubits | FUL_CUE_WORD;
    }
    return bits;
}

uint32_t ful_rules_cue(const ful_rules *r, const ful_rtok *toks, int ntok, int i, int *span, uint16_t *wid, int *phr)
{
    const ful_rtok *t = &toks[i];
    uint32_t bits = 0;
    int best = 1, wi;
    *span = 1;
    *wid = (uint16_t)FUL_WID_NONE;
    *phr = -1;
    if (t->len == 0)
        return 0;
    wi = ful_word_id(t->lw, t->len, t->hash);
    if (wi >= 0)
        *wid = (uint16_t)wi;
    if (wi >= FUL_NWORDS)
        wi = -1; /* a word only rules name: no cue, but maybe a stem's ("uses" -> "use") */
    if (wi < 0 && t->len > 3 && ful_may_stem(t))
        wi = ful_stem_index(t);
    if (wi >= 0) {
        bits = ful_word_bits[wi] | FUL_CUE_WORD;
        /* no phrase of this word goes on with the next token: the mask of
         * its phrases' second words says so in one test */
        if (i + 1 < ntok && ((ful_word_h2bits[wi] >> (toks[i + 1].hash & 63)) & 1))
            bits = ful_phrase_cue(wi, toks, ntok, i, bits, &best, phr);
    }
    if (r && r->n)
        bits = ful_user_cue(r, toks, ntok, i, bits, &best, phr);
    *span = best;
    return bits;
}

int ful_rules_selfcheck(void)
{
    int i, bad = 0;
    for (i = 0; i < FUL_NWORDS; i++) {
        const char *w = ful_words[i].w;
        int k = ful_word_index(w, strlen(w), ful_hash(w, strlen(w)));
        if (k < 0 || strcmp(ful_words[k].w, w) != 0 || ful_word_bits[k] != ful_words[k].bits)
            bad++;
    }
    for (i = 0; i < FUL_NIDWORDS; i++) {
        ful_rtok t;
        t.lw = ful_idwords[i];
        t.len = (uint32_t)strlen(t.lw);
        t.hash = ful_hash(t.lw, t.len);
        if (ful_rules_word_id(&t) != FUL_NWORDS + i)
            bad++;
    }
    for (i = 0; i < FUL_NPHRASES; i++) {
        ful_rtok t[FUL_UR_MAXWORDS];
        const char *p = ful_phrases[i].w;
        int nt = 0, span = 0, phr;
        uint16_t wid;
        uint32_t bits;
        while (*p && nt < FUL_UR_MAXWORDS) {
            size_t l = 0;
            while (p[l] && p[l] != ' ')
                l++;
            t[nt].lw = p;
            t[nt].len = (uint32_t)l;
            t[nt].hash = ful_hash(p, l);
            nt++;
            p += l;
            if (*p == ' ')
                p++;
        }
        bits = ful_rules_cue(NULL, t, nt, 0, &span, &wid, &phr);
        if (span != nt || bits != (ful_phrases[i].bits | FUL_CUE_WORD))
            bad++;
    }
    return bad;
}

