/* cline.h: a next step's line as the classifier reads it: tokens with their
 * cue bits and flags, and who acts where (actors.c). Internal to the
 * classifier (classify*.c, clause.h) and actors.c. */
#ifndef FUL_CLINE_H
#define FUL_CLINE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "rules.h"
#include "rules_table.h"
#include "actors.h"

#define FUL_MAXTOK 64     /* words analysed per line; the rest are ignored (at most 64: a bit each in done) */
#define FUL_LCBUF 1024    /* lowercased bytes analysed per line */

/* token flags */
#define T_CAP 0x01     /* starts with an uppercase letter (or a non-ASCII byte) */
#define T_QUOTED 0x02  /* inside "quoted speech": the client speaks */
#define T_BREAK 0x04   /* a clause starts at this token */
#define T_NUM 0x08     /* starts with a digit */
#define T_INPHR 0x10   /* covered by a phrase that starts earlier */
#define T_TAG 0x20     /* a #tag or @mention's sigil was before it */
#define T_UPPER 0x40   /* "IT", the department, not "it" (the only word the tokenizer marks so) */

#define T_NAME 0x80    /* a person's name in the actor's place (actors.c) */

/* marks: a '#' or ':' lay in the tokenized text (no #class or due: without) */
#define FUL_SAW_HASH 1
#define FUL_SAW_COLON 2  /* a colon after "due" */
#define FUL_SAW_LINK 4   /* word.word or ://: maybe a web or mail address */
#define FUL_SAW_QUOTE 8  /* a quote mark: maybe quoted speech and its speaker */
#define FUL_SAW_PAREN 16 /* a "(": maybe a bracketed name after a role */
#define FUL_SAW_AMP 32   /* a "&" or "+": maybe "send it & she'll share it" */
#define FUL_SAW_LABEL 128 /* a colon after the second word: maybe a later "NS:" label */
/* marks from the words' ids (ful_lookup, by classify_words.c's ful_wrule) */
#define FUL_SAW_PER 64    /* the word "per": maybe a source */
#define FUL_SAW_VOID 256  /* "ignore", "dupe": maybe a line the seller voids */
#define FUL_SAW_FIELD 512 /* "pain", "risk": maybe a CRM field's label */
#define FUL_SAW_FACT 1024 /* "is", "not", "expires": maybe a fact clause */
#define FUL_SAW_OURS 4096 /* "side": maybe "legal on our side" */
#define FUL_SAW_WORDS (FUL_SAW_PER | FUL_SAW_VOID | FUL_SAW_FIELD | FUL_SAW_FACT | FUL_SAW_OURS)
#define FUL_SAW_ANYCOLON 2048 /* any colon: maybe "SMS from Jun:", "Sergei:" before a message */
#define FUL_SAW_DONE 8192 /* (ful_wrule only) an irregular past: "paid", "went"; kept per token in done */
#define FUL_SAW_NAMEWORD 16384 /* a word that is also a first name ("Will", "May", "Grant"): ful_name_words */
#define FUL_SAW_SPLIT 32768    /* "and", "but", "then", "so": maybe a client subject after it (actors.c) */
#define FUL_SAW_NUM 65536      /* a token that starts with a digit (T_NUM, which no pass sets later): ful_lookup */
#define FUL_SAW_TIMEW 131072   /* (ful_wrule) "before", "until", "when"...: maybe a clause of time after a to-do */
#define FUL_SAW_FOLLOW 262144  /* (ful_wrule) "follow": maybe "pricing to follow" */
#define FUL_SAW_MOVEEND 524288 /* (ful_wrule) "complete", "done"...: maybe "60% complete" */
#define FUL_SAW_MOVEDIR 1048576 /* (ful_wrule) "up", "down": maybe "price up 7%" */
#define FUL_SAW_HABIT 2097152  /* (ful_wrule) "usually", "quarterly"...: maybe a habit, how things stand */
#define FUL_SAW_FROM 4194304   /* (ful_wrule) "from": maybe "the PO from their legal" (ful_from_client) */
#define FUL_SAW_PAST 8388608   /* (ful_wrule) "since", "last": maybe a day behind us (ful_drop_past_dates) */
#define FUL_SAW_NEED 536870912u  /* (ful_wrule) "needs", "requires": maybe a rule of their process (ful_signoffs_needed) */
#define FUL_SAW_FLOW 1073741824u /* (ful_wrule) "comes", "goes": maybe where a thing comes from (ful_thing_flows) */
#define FUL_SAW_ANY 2147483648u /* (ful_wrule) "any", "every", "all": maybe a rule for any deal (ful_rule_for_any) */
/* (clause.h holds more marks: FUL_SAW_WISH 1 << 24 to FUL_SAW_COUNT 1 << 28) */

#define FUL_MAXACT 8      /* actors remembered per line */

typedef struct {
    uint32_t off, len;  /* bytes in the original text */
    uint32_t bits;      /* cue bits (rules.h) */
    uint8_t span;       /* tokens covered by the phrase starting here */
    uint8_t flags;
    uint16_t wid;       /* the word's id (FUL_W_*), FUL_WID_NONE for a word the table lacks */
} ful_tok;

/* An actor actors.c found: token tok acts for side (S_CLIENT/S_SELLER of
 * clause.h: 1 client, 2 seller), known as who (ful_who). owns >= 0: the
 * token where the clause it owns starts ("Jason - bring the CFO"). */
typedef struct {
    uint8_t tok, side, who;
    int8_t owns;
} ful_act;

typedef struct {
    const char *s;
    size_t n;
    ful_tok t[FUL_MAXTOK];
    ful_rtok r[FUL_MAXTOK];
    int nt;
    int truncated; /* the tokens stop before the end of the line */
    uint32_t marks; /* FUL_SAW_*: bytes the tokenizer passed, for cheap gates */
    int head;      /* first token after a label ("Next step:", "Action -"); 0 when none */
    uint32_t any;  /* the cue bits of all tokens or'ed (the classifier keeps it true), for cheap gates */
    uint64_t wsets; /* ful_wset of all tokens' ids or'ed (ful_lookup): a rule whose words are absent skips its walk */
    uint64_t done; /* bit i: token i may tell what was done (-ed, an irregular past, she's): ful_lookup */
    uint8_t cend[FUL_MAXTOK]; /* per token: the next clause's first token (T_BREAK), or nt (ful_clause_ends) */
    int nact;
    ful_act act[FUL_MAXACT];
    char lc[FUL_LCBUF + 8]; /* + 8: the tokenizer stores whole 8-byte chunks */
} ful_cline;

/* Fills L->cend from the tokens' T_BREAK flags: the lookup, the actor pass
 * and the clause reader each walked to the next break themselves. Run
 * again after flags change (actors.c splits and joins clauses); a reader
 * of a shortened line caps it at nt. */
static inline void ful_clause_ends(ful_cline *L)
{
    int i, e = L->nt;
    for (i = L->nt - 1; i >= 0; i--) {
        L->cend[i] = (uint8_t)e;
        e = (L->t[i].flags & T_BREAK) ? i : e;
    }
}

/* Is token i exactly the word id (FUL_W_*)? One compare, where a literal's
 * length and bytes were two or three data-dependent branches. */
static inline int ful_is_id(const ful_cline *L, int i, unsigned id)
{
    /* 0 <= i < nt in one unsigned compare (nt >= 0): i is often -1, "none" */
    return (unsigned)i < (unsigned)L->nt && L->t[i].wid == id;
}

/* A word no table knows, as the typo mender, the foreign-word test and the
 * actor pass mean it: no id, or one that only lets a rule name the word
 * (cues.h FUL_TEXT_WORDS). */
static inline int ful_wid_unknown(unsigned wid)
{
    return wid >= FUL_WID_TEXT0;
}

/* Is token i's word id one of the n in w? (the short word lists a rule
 * keeps beside it: "reps", "users"; "concern", "risk"; "quote", "deck") */
static inline int ful_wid_in(const ful_cline *L, int i, const uint16_t *w, size_t n)
{
    size_t k;
    for (k = 0; k < n; k++)
        if (L->t[i].wid == w[k])
            return 1;
    return 0;
}

/* "May + her CFO", "Will & Tom": a sign between tokens p and k that the
 * tokenizer keeps no token for (actors.c's names; the lookup's "Hope +
 * Bill") */
static inline int ful_joined_by_sign(const ful_cline *L, int p, int k)
{
    size_t o;
    for (o = L->t[p].off + L->t[p].len; o < L->t[k].off; o++)
        if (L->s[o] == '+' || L->s[o] == '&')
            return 1;
    return 0;
}

/* Words that are also first names, by word id: a cue verb ("grant",
 * "chase": in the actor's place, before a verb, it is the name), a month or
 * season ("jan", "may", "june": the only date words that may be a person),
 * "will". One load, where a word's length and letters mispredicted. */
/* FUL_NAME_SPLIT: "and", "but", "then", "so", after which a client
 * subject starts a clause of its own (actors.c split_at_subjects). The
 * lookup or's these over the line (FUL_SAW_NAMEWORD, FUL_SAW_SPLIT), so
 * the actor pass skips its walks for them on a line that has none. */
enum { FUL_NAME_VERB = 1, FUL_NAME_MONTH = 2, FUL_NAME_WILL = 4, FUL_NAME_ANY = 7, FUL_NAME_SPLIT = 8 };
/* X(word, kind): one list for this table and the marks the
 * lookup (classify_tokens.c) gives a line by id (ful_wrule), so the two cannot disagree */
#define FUL_NAME_WORDS(X)                                                                                           \
    X(grant, FUL_NAME_VERB) X(chase, FUL_NAME_VERB) X(hope, FUL_NAME_VERB) X(ping, FUL_NAME_VERB)                   \
    X(jan, FUL_NAME_MONTH) X(may, FUL_NAME_MONTH) X(june, FUL_NAME_MONTH) X(april, FUL_NAME_MONTH)                  \
    X(august, FUL_NAME_MONTH) X(summer, FUL_NAME_MONTH) X(autumn, FUL_NAME_MONTH) X(will, FUL_NAME_WILL)            \
    X(jun, FUL_NAME_MONTH)                                                                                          \
    X(and, FUL_NAME_SPLIT) X(but, FUL_NAME_SPLIT) X(then, FUL_NAME_SPLIT) X(so, FUL_NAME_SPLIT)
#define FUL_NAME_ENTRY(w, k) [FUL_W_##w] = (k),
static const uint8_t ful_name_words[FUL_NWIDS + 1] = { FUL_NAME_WORDS(FUL_NAME_ENTRY) };
#undef FUL_NAME_ENTRY
/* the line mark a name word's kind gives (ful_wrule) */
#define FUL_NAME_MARK(k) ((k) == FUL_NAME_SPLIT ? FUL_SAW_SPLIT : FUL_SAW_NAMEWORD)
static inline int ful_name_verb(const ful_cline *L, int i) { return ful_name_words[L->t[i].wid] & FUL_NAME_VERB; }
/* The line's cues: every token's bits or'd, as ful_lookup leaves them in
 * L->any; read again after a pass rewrites a token's bits. */
static inline uint32_t ful_cues_of(const ful_cline *L)
{
    uint32_t any = 0;
    int k;
    for (k = 0; k < L->nt; k++)
        any |= L->t[k].bits;
    return any;
}

static inline int ful_month_name(const ful_cline *L, int i) { return ful_name_words[L->t[i].wid] & FUL_NAME_MONTH; }
static inline int ful_first_name_word(const ful_cline *L, int i) { return (ful_name_words[L->t[i].wid] & FUL_NAME_ANY) != 0; }

/* The words that say we wait on the client ("waiting for their PO",
 * "approval pending", "PO awaited"), told by their letters in one place:
 * the actor pass (waiting_at, actors.c), its gate (ful_wants_actors) and
 * the clause reader (ful_waiting) each take the kinds they read. */
enum {
    FUL_WAIT_WAIT = 1,     /* "wait", "waiting" */
    FUL_WAIT_WAITX = 2,    /* another word in wait-: "waits", "waited" */
    FUL_WAIT_AWAITING = 4,
    FUL_WAIT_PENDING = 8,
    FUL_WAIT_AWAITED = 16, /* after its thing: "PO awaited" */
    FUL_WAIT_ANY = 31
};
static inline int ful_wait_word(const ful_rtok *r)
{
    if (r->len >= 4 && memcmp(r->lw, "wait", 4) == 0)
        return r->len == 4 || r->lw[4] == 'i' ? FUL_WAIT_WAIT : FUL_WAIT_WAITX;
    if (r->len == 8 && memcmp(r->lw, "awaiting", 8) == 0)
        return FUL_WAIT_AWAITING;
    if (r->len == 7)
        return memcmp(r->lw, "pending", 7) == 0 ? FUL_WAIT_PENDING : memcmp(r->lw, "awaited", 7) == 0 ? FUL_WAIT_AWAITED : 0;
    return 0;
}

/* "4.2 GWh": a capitalised word right after a decimal figure is its unit,
 * no name. */
static inline int ful_unit_after_figure(const ful_cline *L, int i)
{
    const ful_tok *p;
    if (i <= 0)
        return 0;
    p = &L->t[i - 1];
    return (p->flags & T_NUM) && !(L->t[i].flags & T_BREAK) &&
           ((p->off > 0 && L->s[p->off - 1] == '.') || memchr(L->s + p->off, '.', p->len) != NULL);
}

/* actors.c: marks who acts in L (see actors.h); nm may be NULL. */
void ful_actors_mark(ful_cline *L, const ful_names *nm);
/* "June Santos", "Ma'am June", '"..." - June', "mgr Chase Nakamura sends":
 * first names that are months or verbs made names (T_NAME) where only a
 * person fits; no actor is marked. */
void ful_word_names_as_people(ful_cline *L);
/* actors.c: the token of the person a step addresses, a name-shaped word
 * right after a verb ("call Jason back", "email Priya"), or -1. Not an
 * actor: the draft's contact when no client actor is named. */
int ful_actors_addressee(const ful_cline *L);

#endif
