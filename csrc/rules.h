/* rules.h: the cue tables the classifier reads. The built-in tables are
 * static const data in rules.c; a ful_rules holds the user's additions
 * (from the plugin config or the CLI's rules file), so nothing is global and
 * mutable. */
#ifndef FUL_RULES_H
#define FUL_RULES_H

#include <stddef.h>

typedef struct ful_rules ful_rules;

/* The categories a user may extend, by name (see rules.c for their meaning):
 * "client" (client-side actors: names, roles), "seller" (seller-side actors),
 * "client_action" (verbs of client effort: meet, bring, introduce, sign...),
 * "deliverable" (seller produces or gives: send, prepare, outline...),
 * "chase" (follow up, check in, call back, ping...),
 * "booked" (booked, scheduled, invite accepted...),
 * "hedge" (will try, might, tentatively...),
 * "vague" (soon, TBD, at some point...). */
extern const char *const ful_rule_categories[]; /* NULL-terminated */

ful_rules *ful_rules_new(void);            /* NULL on out of memory */
void ful_rules_free(ful_rules *r);         /* NULL is fine */
/* Adds a cue word or phrase (case-insensitive, words separated by spaces).
 * Returns 0, or -1 for an unknown category, -2 on out of memory, -3 for an
 * empty or over-long phrase. */
int ful_rules_add(ful_rules *r, const char *category, const char *phrase);

/* ---- Internal to the classifier (rules.c and the classify*.c files); not an API. ---- */
#include <stdint.h>
#include <string.h>

/* Cue bits of a word or phrase. The first eight are the user categories,
 * in the order of ful_rule_categories. */
#define FUL_CUE_CLIENT   (1u << 0)  /* client actor: they, she, client, CFO */
#define FUL_CUE_SELLER   (1u << 1)  /* seller actor: I, we, let's */
#define FUL_CUE_ACT      (1u << 2)  /* client effort: meet, bring, introduce */
#define FUL_CUE_DELIV    (1u << 3)  /* seller produces/gives: send, prepare */
#define FUL_CUE_CHASE    (1u << 4)  /* follow up, check in, ping */
#define FUL_CUE_BOOKED   (1u << 5)  /* booked, scheduled, invite accepted */
#define FUL_CUE_HEDGE    (1u << 6)  /* will try, might, tentatively */
#define FUL_CUE_VAGUE    (1u << 7)  /* soon, TBD, at some point */
#define FUL_CUE_EVENT    (1u << 8)  /* a meeting noun: meeting, call, demo */
#define FUL_CUE_JOINT    (1u << 9)  /* both sides act: together, walk through */
#define FUL_CUE_REQUEST  (1u << 10) /* the client asks for something: asked, wants */
#define FUL_CUE_SPEECH   (1u << 11) /* said, told, mentioned */
#define FUL_CUE_MODAL    (1u << 12) /* will, would, is: a verb follows a subject */
#define FUL_CUE_FILLER   (1u << 13) /* then, also, please: skipped before a subject */
#define FUL_CUE_DNOUN    (1u << 14) /* a deliverable: proposal, deck, pricing */
#define FUL_CUE_POSS     (1u << 15) /* their, his, her: "their analyst shares" */
#define FUL_CUE_SOBJ     (1u << 16) /* me, us, our, my */
#define FUL_CUE_YOU      (1u << 17) /* you, your (the seller, in quoted speech) */
#define FUL_CUE_NEGBOOK  (1u << 18) /* no invite yet, nothing on the calendar */
#define FUL_CUE_ART      (1u << 19) /* the, a, to, with: what follows an imperative */
#define FUL_CUE_SETUP    (1u << 20) /* schedule, set up, arrange (a meeting) */
#define FUL_CUE_DATE     (1u << 21) /* date words: Tuesday, Dec, tomorrow, am */
#define FUL_CUE_COBJ     (1u << 22) /* them, him: a client as object */
#define FUL_CUE_WITH     (1u << 23) /* with */
#define FUL_CUE_NOISE    (1u << 24) /* tbd, na, asdf-like words that carry no step */
#define FUL_CUE_WORD     (1u << 25) /* set on every match: a known word, not a name */
#define FUL_CUE_DSTART   (1u << 26) /* may open a date expression: in, next, end */
#define FUL_CUE_CDOC     (1u << 27) /* a paper the client produces: PO, redlines, budget */
#define FUL_CUE_TOPIC    (1u << 28) /* re, about, on: what follows is a topic, not a thing given */
#define FUL_CUE_COND     (1u << 29) /* once, when, until: a condition follows */
#define FUL_CUE_NEG      (1u << 30) /* no, nothing: "no answer today" is a status */
#define FUL_CUE_RECAP    (1u << 31) /* discussed, covered, lost: what happened, told after it */

/* The hash of a lowercased word, eight bytes at a time: each whole chunk
 * and then the last, short one (zero-padded, maybe empty) is xor'ed in and
 * multiplied; the high half is the hash. The tokenizer finds a word's end
 * and lowercases it a chunk at a time (classify_tokens.c), so the hash costs one
 * multiply a chunk and no branch a byte. Chunks are read little-endian on
 * any machine: the generated table (rules_table.h) holds these values. */
#define FUL_HASH_INIT 0x2545F4914F6CDD1Dull
#define FUL_HASH_MUL 0x9E3779B97F4A7C15ull
static inline uint64_t ful_ld8le(const void *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}
static inline uint64_t ful_hash_mix(uint64_t h, uint64_t chunk) { return (h ^ chunk) * FUL_HASH_MUL; }
static inline uint32_t ful_hash_end(uint64_t h) { return (uint32_t)(h >> 32); }
static inline uint32_t ful_hash_word(const char *s, size_t n)
{
    uint64_t h = FUL_HASH_INIT, t = 0;
    size_t i = 0, k;
    for (; i + 8 <= n; i += 8)
        h = ful_hash_mix(h, ful_ld8le(s + i));
    for (k = 0; i + k < n; k++)
        t |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
    return ful_hash_end(ful_hash_mix(h, t));
}

typedef struct {
    const char *lw;  /* the word, lowercased */
    uint32_t len;
    uint32_t hash;   /* ful_hash_word(lw, len) */
} ful_rtok;

/* A token's word id (rules_table.h's FUL_W_*) when its word is exactly one
 * the table holds, else FUL_WID_NONE (rules_table.h). */
uint16_t ful_rules_word_id(const ful_rtok *t);

/* The cue bits of the longest built-in or user phrase starting at toks[i]
 * (a single word is a phrase of one); *span gets the number of tokens it
 * covers (1 when nothing matched, with 0 returned), *wid the word id of
 * toks[i] (ful_rules_word_id), *phr the built-in phrase matched (its
 * other words' ids: ful_phrase_word_id, rules_table.h), or -1. */
#define FUL_PHRASE_MAXWORDS 12
uint32_t ful_rules_cue(const ful_rules *r, const ful_rtok *toks, int ntok, int i, int *span, uint16_t *wid, int *phr);

/* The cue bits of the known verb under an -ed or -ing ending ("shared" ->
 * share's), 0 when none. */
uint32_t ful_stem_bits(const char *w, size_t n);

/* For the tests: how many built-in words and phrases the generated lookup
 * table fails to find (0 unless the table is stale). */
int ful_rules_selfcheck(void);

#endif
