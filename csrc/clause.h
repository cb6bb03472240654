/* clause.h: what the parts of the classifier share, internal to the
 * classify*.c files: the tokenized line (cline.h), how a clause is read
 * (ful_read), the sides and results, the per-word tables, and each part's
 * entry points. The module is built with link-time optimisation, so a call
 * from one part into another inlines as a static one did. */
#ifndef FUL_CLAUSE_H
#define FUL_CLAUSE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "classify.h"
#include "actors.h"
#include "cline.h"
#include "dates.h"
#include "line.h"

/* (ful_wrule) "like", "love", "appreciate", "pending": maybe a wish or a
 * step that waits on someone ("they'd like a survey", "pending CFO
 * approval"); a gate for the passes that look for them */
#define FUL_SAW_WISH 16777216
/* (ful_wrule) "manually": maybe how they work now (ful_status_at) */
#define FUL_SAW_MANUAL 33554432
/* a hyphen inside a word ("callback-rate"): maybe a chase's word in a name (ful_lookup) */
#define FUL_SAW_HYPHEN 67108864
/* (ful_wrule) "over", "above": maybe a rule above an amount (ful_threshold) */
#define FUL_SAW_OVER 134217728
/* (ful_wrule) "two", "most", "both": maybe a count of things as a subject (ful_counted_verb) */
#define FUL_SAW_COUNT 268435456

/* who acts in a clause, and what the clause amounts to */
enum { S_NONE, S_CLIENT, S_SELLER, S_EVENT };
enum { R_NONE, R_EFFORT, R_COMPLIANCE, R_NON, R_STATUS /* a fact or what happened: no step */ };

typedef struct {
    int res;       /* R_* of the deciding clause */
    int subj;      /* its subject kind */
    int subj_tok;  /* token of the subject, -1 none */
    int verb_tok;  /* token of the deciding verb or noun, -1 none */
    int request;   /* the client asked for it */
    int hedge_tok; /* first hedge in a clause where the client acts */
    int book_tok;  /* first booked cue */
    int neg_tok;   /* first "no invite yet" cue */
    int ca, ce;    /* the deciding clause's tokens [ca, ce) */
    int status_tok; /* where a recap or a fact begins ("Discussed ..."), -1 none */
} ful_read;

#define VERBISH (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_ACT | FUL_CUE_JOINT | FUL_CUE_REQUEST | \
                 FUL_CUE_SPEECH | FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE)

/* the next token of the clause after i that is not covered by a phrase */
static inline int ful_next(const ful_cline *L, int i, int end)
{
    for (i++; i < end; i++)
        if (!(L->t[i].flags & (T_INPHR | T_TAG)))
            return i;
    return -1;
}

/* "they'll", "we'll": a word ending in a contracted "will" */
static inline int ful_ends_ll(const ful_rtok *r)
{
    return r->len > 3 && r->lw[r->len - 3] == '\'' && r->lw[r->len - 2] == 'l' && r->lw[r->len - 1] == 'l';
}

/* "they'd", "he'd": a word ending in a contracted "would" or "had" */
static inline int ful_ends_d(const ful_rtok *r)
{
    return r->len > 2 && r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'd';
}

/* "1st", "22nd", "3rd", "15th": a figure's ordinal ending */
static inline int ful_ordinal_end(const ful_rtok *r)
{
    return r->len > 2 && ((r->lw[r->len - 2] == 's' && r->lw[r->len - 1] == 't') || (r->lw[r->len - 2] == 'n' && r->lw[r->len - 1] == 'd') ||
                          (r->lw[r->len - 2] == 'r' && r->lw[r->len - 1] == 'd') || (r->lw[r->len - 2] == 't' && r->lw[r->len - 1] == 'h'));
}

/* "prefers", "sends": a verb's -s, as a third person's (not "boss", not
 * "Tom's", not "is") */
static inline int ful_ends_sv(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 3 && r->lw[r->len - 1] == 's' && r->lw[r->len - 2] != 's' && r->lw[r->len - 2] != '\'';
}

/* Inlined: w is always a literal, so strlen and memcmp fold into a few
 * compares (the call and the library memcmp were 1% of a line). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int ful_is_word(const ful_cline *L, int i, const char *w)
{
    size_t l = strlen(w);
    return i >= 0 && i < L->nt && L->r[i].len == l && memcmp(L->r[i].lw, w, l) == 0;
}

/* What a word can do in a fact clause (ful_fact_clause): end its subject
 * as a verb of how things stand ("License expires 6/30", "Deal depends on
 * the board vote", "They seem keen": never anyone's step, whatever date
 * stands beside it), as one that is a state only with no day named ("they
 * use Salesforce", "prefers the 5 Fr sheath"; but "prefer to meet Tue"),
 * or as a negation, an intensifier or "on"/"in"/"up". */
enum { FW_NONE, FW_STATE, FW_WEAK, FW_STOP, FW_KIND = 3 };

/* Word sets a rule tests a word against, by id: one load, where a list of
 * literal words was a loop of length and byte compares. */
enum {
    FUL_WS_UNIT = 1,    /* ful_quantity: "15 min", "3 people", "40 seats" */
    FUL_WS_CHANNEL = 2, /* ful_channel_word: "SMS from Jun:", "Slack" */
    FUL_WS_SOURCE = 4,  /* ful_source_from: "(per email)", "per the thread" */
    FUL_WS_HABIT = 8,   /* ful_client_habit: "owns", "buys", "uses": a habit or a holding when nothing dates it */
    FUL_WS_STATEV = 16, /* ful_status_at: "Priya owns the budget", "he hates long decks" */
    FUL_WS_MOOD = 32,   /* ful_status_at: "client happy w/ the demo" */
    FUL_WS_FRONT = 64,  /* ful_subject: "By Friday Tom sends", "In a few weeks they": a time put first */
    FUL_WS_ONSET = 128, /* ful_client_habit: "starts", "opens", "expires": what happens at a time, done by no one */
    FUL_WS_TERMV = 256, /* ful_term_runs: "runs", "expires", "rolls", "up": the verb of a deal's term */
    FUL_WS_PAPERV = 512, /* ful_paper_says: "says", "covers", "caps": what a paper says */
    FUL_WS_SETS = 0xfff /* the word sets above (room for two more); the gate words (FUL_WG_*) are the bits over them */
};

/* Gate words, by id (ful_wset over FUL_WS_SETS): the words
 * without one of which a rule cannot hold. ful_lookup or's ful_wset over
 * the line (L->wsets), so a rule tests one bit before it walks the clause
 * (most lines have none of its words). A word whose id a pass sets after
 * the lookup ("busy") is added to L->wsets there. */
enum {
    FUL_WG_KEEP = 0x1000u,      /* ful_keeps_doing: "keep", "keeps" */
    FUL_WG_GOING = 0x2000u,     /* ful_in_progress: "progress", "underway", "ongoing" */
    FUL_WG_DECISION = 0x4000u,  /* ful_decided_how: "decision" */
    FUL_WG_GET = 0x8000u,       /* ful_causative, ful_obtain, ful_client_clause: "get(s)", "have", "obtain", "receive(s)" */
    FUL_WG_AGREE = 0x10000u,    /* ful_agreed_client: "agreed", "agree", "confirmed" */
    FUL_WG_MUST = 0x20000u,     /* ful_requirement: "must", "needs", "need", "has", "have" */
    FUL_WG_GIVE = 0x40000u,     /* ful_gives_time: "give" */
    FUL_WG_ROUGH = 0x80000u,    /* ful_rough_word: "approx", "about", "around", "roughly", "approximately", "circa" */
    /* word lists a rule tests one token against: one table load for a
     * chain of id compares, and the line's bit first where it runs a word */
    FUL_WG_BE = 0x100000u,      /* ful_be_form: "is", "are", "was", "were" */
    FUL_WG_IF = 0x200000u,      /* ful_seller_clause: "if", "unless" */
    FUL_WG_DEGREE = 0x400000u,  /* ful_read_line: "very", "really", "super", "quite" */
    FUL_WG_SIR = 0x800000u,     /* ful_subject: "sir", "madam", "ma'am" */
    FUL_WG_BEST = 0x1000000u,   /* ful_subject: "best", "better" */
    FUL_WG_WHETHER = 0x2000000u,/* ful_client_clause: "whether" */
    FUL_WG_DONT = 0x4000000u,   /* ful_read_line, ful_lacks: "do(es)" (not), "don't", "dont", "doesn't", "doesnt" */
    FUL_WG_OF = 0x8000000u,     /* ful_made_of, ful_share_of: "of" */
    FUL_WG_USING = 0x10000000u, /* ful_tool_opener: "using", "running" */
    FUL_WG_PASSIVE = 0x20000000u, /* ful_passive_agent: "be", "been" */
    FUL_WG_SO = 0x40000000u     /* ful_read_line's purpose clause: "so", "that" */
};
/* no word: a '?' on the line, or bytes the tokenizer left unread
 * (ful_tokenize starts L->wsets with it); ful_open_question needs one */
#define FUL_WG_QMARK 0x80000000u
/* more gates, in the high word of the 64-bit ful_wset (an enum holds no
 * constant past int) */
#define FUL_WG_TAKE ((uint64_t)1 << 32)    /* ful_takes_time: "takes", "take", "took" */
#define FUL_WG_UNSURE ((uint64_t)1 << 33)  /* ful_not_known: "sure", "clear", "certain", "unclear", "uncertain", "undecided", "unsure", "unknown" */
#define FUL_WG_DAYOFF ((uint64_t)1 << 34)  /* ful_day_off: "holiday", "holidays", "shutdown", "closure" */
#define FUL_WG_POLICY ((uint64_t)1 << 35)  /* ful_policy_tail: "policy", "rule", "sop", "process", "procedure", "standard" */
#define FUL_WG_ATTEND ((uint64_t)1 << 36)  /* ful_attendance_line: "attended", "attending", "attendees", "participants", "joined", "present", "call" */
#define FUL_WG_SLOTS ((uint64_t)1 << 37)   /* ful_offers_times: "slot", "slots", "availability", "calendly", "times" */
#define FUL_WG_STORE ((uint64_t)1 << 38)   /* ful_stored_line: where notes are kept, "crm", "gong", "folder", "channel"... */
#define FUL_WG_LABEL ((uint64_t)1 << 39)   /* ful_later_label: "ns", "next", "nxt", "comments", "comment", "description" */
#define FUL_WG_ORDINAL ((uint64_t)1 << 40) /* ful_ordinal_at: "first", "second", "third", "fourth", "other" */
#define FUL_WG_FRANK ((uint64_t)1 << 41)   /* ful_fact_clause: "honestly", "frankly", "basically", "tbh", "ngl", "imo", "actually"... */
#define FUL_WG_TRIP ((uint64_t)1 << 42)    /* ful_trip_only: "flies", "flying", "travels", "traveling", "travelling" */
#define FUL_WG_SINCE ((uint64_t)1 << 43)   /* ful_since_state: "since" */
#define FUL_WG_AVG ((uint64_t)1 << 47)     /* ful_average_of: "avg", "average", "median", "typical" */
#define FUL_WG_REL ((uint64_t)1 << 48)     /* classify.c: "who" ("everyone who attended"), "whole", "entire" ("the whole call") */
#define FUL_WG_NOW ((uint64_t)1 << 46)     /* ful_as_things_are: "currently" */
#define FUL_WG_FIND ((uint64_t)1 << 45)    /* ful_find_it: "find", "finds" */
#define FUL_WG_AT ((uint64_t)1 << 44)      /* ful_tokenize: an "@" opening a word, a mention ("@klaus pls ...") */

typedef struct {
    char *b;
    size_t len, cap;
} ful_sb;

/* the tokenizer and the cue lookup (classify_tokens.c) */
void ful_tokenize(ful_cline *L, size_t start);
void ful_lookup(ful_cline *L, const ful_rules *rules);
void ful_read_glosses(ful_cline *L);
/* A word no table knows, one slip from a word a step needs ("sendng",
 * "chse"): r is pointed at that word, 1; else 0 (classify_typos.c). */
int ful_typo_fix(ful_rtok *r);
/* The k-th word ful_typo_fix mends into, NULL past the last (for tests). */
const char *ful_typo_word(int k);

/* word shapes and the per-word tables (classify_words.c) */
extern const uint32_t ful_wrule[FUL_NWIDS + 1];
extern const uint64_t ful_wset[FUL_NWIDS + 1];

/* Is token i one of gate g's words (FUL_WG_*)? ful_is_id for a list. */
static inline int ful_gate_word(const ful_cline *L, int i, uint64_t g)
{
    return (unsigned)i < (unsigned)L->nt && (ful_wset[L->t[i].wid] & g);
}
int ful_ends_s(const ful_cline *L, int i);
int ful_ends_ing(const ful_cline *L, int i);
int ful_verb_shape(const ful_cline *L, int i);
int ful_event_ahead(const ful_cline *L, int i, int end);
int ful_participle(const ful_cline *L, int i);
int ful_past_verb(const ful_cline *L, int i);
int ful_noun_start(const ful_cline *L, int i, int end);
int ful_recap_verb(const ful_cline *L, int i);
int ful_contraction(const ful_cline *L, int i);
int ful_contraction_be(const ful_cline *L, int i);
int ful_client_verb_after(const ful_cline *L, int i, int end);
int ful_to_client(const ful_cline *L, int i, int end);
int ful_gives_time(const ful_cline *L, int i, int end);
int ful_length_word(const ful_cline *L, int i);
int ful_plain_after(const ful_cline *L, int k);
int ful_time_ahead(const ful_cline *L, int j, int end);
int ful_receive_paper(const ful_cline *L, int i, int end);
int ful_figure(const ful_cline *L, int j);
int ful_acronym(const ful_cline *L, int i);
int ful_figure_to_end(const ful_cline *L, int j, int end);
int ful_rough_word(const ful_cline *L, int i);
int ful_tally(const ful_cline *L, int a, int end);
int ful_from_client(const ful_cline *L, int i, int end);

/* whole-line shapes: labels, fields, links, headings (classify_shapes.c) */
int ful_later_label(const ful_cline *L);
int ful_bracket_tag(const ful_cline *L);
int ful_thanks_from(const ful_cline *L);
int ful_signoff(const ful_cline *L);
int ful_message_prefix(const ful_cline *L);
int ful_spoken_label(const ful_cline *L);
void ful_find_head(ful_cline *L);
void ful_cut_title(ful_cline *L);
void ful_mark_past_events(ful_cline *L);
void ful_mark_links(ful_cline *L);
int ful_placeholder(const char *s, size_t start, size_t n);
int ful_nothing_first(const ful_cline *L, const char *s, size_t body, size_t n);
int ful_link_field(const char *s, size_t n);
int ful_heading(const char *s, size_t n);
int ful_void_line(const ful_cline *L);
int ful_pointer(const ful_cline *L);
int ful_stored_line(const ful_cline *L);
int ful_number_field(const ful_cline *L);
int ful_code_field(const ful_cline *L);
int ful_status_done(const ful_cline *L);
int ful_fact_label(const ful_cline *L);
/* "Pilot: 40 units installed, 2 failed", "5 licences used of 20": counts
 * of things and what became of them, a record (classify_shapes.c) */
int ful_count_record(const ful_cline *L);
int ful_unknown_present(const ful_cline *L, int s, int v);
int ful_rule_says(const ful_cline *L, int a, int end);
int ful_field_line(const ful_cline *L, int has_date);
int ful_attendance_line(const ful_cline *L);
int ful_equals_line(const ful_cline *L, const char *text, size_t n, int has_date);

/* reading a line's clauses: the subject and the deciding clause (classify_read.c) */
void ful_read_line(const ful_cline *L, ful_read *rd, int has_date);
int ful_drop_past_dates(const ful_cline *L, ful_date_span *sp, int nsp, size_t base);
int ful_drop_name_dates(const ful_cline *L, ful_date_span *sp, int nsp, size_t base);

/* the seller's clause (classify_seller.c) */
int ful_obtain_from(const ful_cline *L, int from, int end);
int ful_event_modifier(const ful_cline *L, int i, int end);
int ful_seller_clause(const ful_cline *L, int from, int end, int *vt);

/* facts, status and what was done (classify_facts.c) */
int ful_be_form(const ful_cline *L, int i);
int ful_be_word(const ful_cline *L, int i);
int ful_quantity(const ful_cline *L, int k);
int ful_state_word(const ful_cline *L, int i, int from);
int ful_status_at(const ful_cline *L, int i, int end);
int ful_head_past_at(const ful_cline *L, int i);
int ful_done_thing(const ful_cline *L, int i, int end);
int ful_may_be_done(const ful_cline *L);
int ful_copula_fact(const ful_cline *L, int i, int end);
int ful_fact_clause(const ful_cline *L, int a, int end);
int ful_opinion(const ful_cline *L, int a, int end);
int ful_find_it(const ful_cline *L, int a, int end);
int ful_habit_opener(const ful_cline *L, int a, int end);
int ful_time_since(const ful_cline *L, int a, int end);
int ful_since_state(const ful_cline *L, int a, int end);
int ful_perfect_subject(const ful_cline *L, int i);
int ful_thing_flows(const ful_cline *L, int a, int end);
int ful_signoffs_needed(const ful_cline *L, int a, int end);
int ful_day_each_month(const ful_cline *L, int a, int end);
int ful_net_terms(const ful_cline *L, int i);
int ful_terms_field(const ful_cline *L, int a, int end);
int ful_term_runs(const ful_cline *L, int a, int end);
int ful_share_of(const ful_cline *L, int a, int end);
int ful_rule_for_any(const ful_cline *L, int a, int end);
int ful_policy_tail(const ful_cline *L, int a, int end);
int ful_pay_days(const ful_cline *L, int a, int end);
int ful_field_row(const ful_cline *L);
int ful_habit_clause(const ful_cline *L, int a, int end);
int ful_takes_time(const ful_cline *L, int from, int end);
int ful_paper_says(const ful_cline *L, int a, int end);
int ful_term_noun(const ful_cline *L, int i);
int ful_keeps_doing(const ful_cline *L, int a, int end);
int ful_field_state(const ful_cline *L, int a, int end);
int ful_figure_field(const ful_cline *L, int a, int end);
int ful_reported_fact(const ful_cline *L, int a, int end);
int ful_requirement(const ful_cline *L, int a, int end);
int ful_topic_alone(const ful_cline *L, int a, int end);
int ful_thing_still(const ful_cline *L, int a, int end);
int ful_in_progress(const ful_cline *L, int a, int end);
int ful_unverbed_fact(const ful_cline *L);
int ful_internal_meeting(const ful_cline *L, int a, int end);
int ful_made_of(const ful_cline *L, int a, int end);
int ful_day_off(const ful_cline *L, int a, int end);
int ful_threshold_at(const ful_cline *L, int i);
int ful_all_word(const ful_cline *L, int i);
int ful_passive_agent(const ful_cline *L, int a, int end);

/* the client's clause and what the seller waits on (classify_client.c) */
int ful_client_clause(const ful_cline *L, int from, int end, int *vt, int *request, int *hedge);
int ful_evaluative(const ful_cline *L, int i);
int ful_waiting(const ful_cline *L, int st, int end);
int ful_agreed_client(const ful_cline *L, int a, int end);
int ful_causative_at(const ful_cline *L, int i, int end, int *vt);
int ful_source_from(const ful_cline *L, int a, int end);
int ful_said_tag(const ful_cline *L, int a, int end);
int ful_done_opener(const ful_cline *L, int st, int end);
int ful_tool_opener(const ful_cline *L, int st, int end);
int ful_time_behind(const ful_cline *L, int k, int end);
int ful_figure_moved(const ful_cline *L, int a, int end);
int ful_our_side(const ful_cline *L, int a, int st, int end, int *verb);
int ful_not_until(const ful_cline *L, int a, int end);

/* explanations (classify_explain.c) */
void ful_put(ful_sb *sb, const char *s);
void ful_explain(const ful_cline *L, const ful_read *rd, ful_class cls, int hedged, int booked,
                        const ful_date_span *sp, int exact_i, int win_i, ful_verdict *out);
/* Inline gates on the hot path: most clauses open on no "get", "obtain" or
 * "have", and for them a call cost more than the test. */
/* "get the PO from their legal": obtaining from the client (the rest is
 * classify_seller.c's ful_obtain_from) */
static inline int ful_obtain(const ful_cline *L, int from, int end)
{
    return (L->wsets & FUL_WG_GET) && (ful_is_id(L, from, FUL_W_get) || ful_is_id(L, from, FUL_W_obtain)) &&
           ful_obtain_from(L, from, end);
}

/* "Get legal to review their paper", "have our SE build the demo": the
 * seller makes a colleague work (compliance); "get them to sign", "get
 * their CFO to approve": the seller pushes the client (a chase). Returns
 * R_COMPLIANCE, R_NON, or R_NONE when the clause is no such order. */
/* Does a clause open at i on the seller's plain past ("Left a VM")? All
 * its words are irregular pasts (FUL_SAW_DONE): one load for the rest. */
static inline int ful_head_past(const ful_cline *L, int i)
{
    return (ful_wrule[L->t[i].wid] & FUL_SAW_DONE) && ful_head_past_at(L, i);
}

static inline int ful_causative(const ful_cline *L, int a, int end, int *vt)
{
    int i = a;
    if (!(L->wsets & FUL_WG_GET))
        return R_NONE; /* (no "get" or "have" on the line) */
    while (i < end && ((L->t[i].flags & (T_INPHR | T_TAG)) ||
                       ((L->t[i].bits & FUL_CUE_FILLER) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT)))))
        i++;
    if (i >= end || (L->t[i].flags & T_QUOTED) || !(ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_have)))
        return R_NONE;
    return ful_causative_at(L, i, end, vt);
}

#endif
