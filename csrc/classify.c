/* classify.c: the rules engine of spec section 2 and the due rules of
 * section 4.
 *
 * One pass tokenizes the line (lowercase ASCII words, shorthand like f/u and
 * w/ folded, clause breaks at punctuation and spaced dashes, quoted speech
 * marked), the cue tables of rules.c give each word or phrase its meanings,
 * and each clause is read as "who acts" (its subject) and "what they do" (its
 * verbs). The class then follows the spec's table:
 *   a client (or both sides in a meeting) acts -> firm when a concrete date or
 *     a booked cue stands and nothing hedges it, else soft;
 *   only the seller acts, producing or giving   -> compliance;
 *   only the seller acts, chasing               -> non;
 *   nothing recognisable                        -> unknown.
 * A clause where the client acts wins over seller work beside it (spec's
 * first tie-break rule). No allocation, no globals; the line is read only
 * within [0, n).
 *
 * This file holds the entry points and the due rules; the parts are
 * classify_tokens.c (tokenizer, cue lookup), classify_words.c (word
 * tables and shapes), classify_shapes.c (lines that are no step by their
 * shape), classify_read.c (the subject and the deciding clause),
 * classify_seller.c, classify_client.c, classify_facts.c (what a clause
 * amounts to) and classify_explain.c; clause.h is what they share. */
#include "clause.h"

#define FUL_MAXSPAN 8     /* date expressions used per line */

const char *ful_class_name(ful_class c)
{
    static const char *const names[FUL_NCLASS] = {"unknown", "firm", "soft", "non", "compliance"};
    return (unsigned)c < FUL_NCLASS ? names[c] : "unknown";
}

int ful_class_parse(const char *s, size_t n)
{
    int c;
    if (!s)
        return -1;
    for (c = 0; c < FUL_NCLASS; c++) {
        const char *w = ful_class_name((ful_class)c);
        size_t k;
        if (strlen(w) != n)
            continue;
        for (k = 0; k < n; k++) {
            char x = s[k];
            if (x >= 'A' && x <= 'Z')
                x = (char)(x + 32);
            if (x != w[k])
                break;
        }
        if (k == n)
            return c;
    }
    return -1;
}

/* ---- the line prefix: list marker, checkbox, NEXT: tag ---- */

/* The grammar's (line.c): list marker, checkbox and NEXT: tag. */
static size_t ful_skip_prefix(const char *s, size_t n)
{
    return ful_line_body(s, n, NULL);
}

/* ---- overrides and due: ---- */

/* #class and due: are the grammar's (line.c). */
static int ful_find_override(const char *s, size_t n, size_t *at)
{
    size_t len;
    return ful_line_class_tag(s, n, at, &len);
}

static ful_day ful_find_due(const char *s, size_t n)
{
    ful_day d;
    size_t at, len;
    return ful_line_due(s, n, &d, &at, &len) == 1 ? d : FUL_NODATE;
}


/* ---- the verdict ---- */

/* meeting + k days, or FUL_NODATE when that leaves the calendar (a wild
 * grace or meeting value must not overflow). */
/* Does the clause holding byte offset off open on our own to-do ("we send
 * draft Fri", "Send SOW 12/3")? */
static int ful_day_is_ours(const ful_cline *L, size_t off)
{
    int k, c = -1;
    for (k = 0; k < L->nt && L->t[k].off <= off; k++)
        if (k == 0 || (L->t[k].flags & T_BREAK))
            c = k;
    while (c >= 0 && c < L->nt && (L->t[c].flags & (T_INPHR | T_TAG)))
        c++;
    if (c < 0 || c >= L->nt || (L->t[c].flags & T_QUOTED))
        return 0;
    if ((ful_is_id(L, c, FUL_W_we) || ful_is_id(L, c, FUL_W_i) || ful_is_id(L, c, FUL_W_we_ll) || ful_is_id(L, c, FUL_W_i_ll)) &&
        c + 1 < L->nt && (L->t[c + 1].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE)) && !(L->t[c + 1].bits & (FUL_CUE_EVENT | FUL_CUE_JOINT)))
        return 1;
    return c == L->head && (L->t[c].bits & FUL_CUE_DELIV) && !(L->t[c].bits & (FUL_CUE_EVENT | FUL_CUE_JOINT | FUL_CUE_CLIENT));
}

static ful_day ful_add_days(ful_day d, long k)
{
    long r;
    if (d == FUL_NODATE || k > 3660000L || k < -3660000L)
        return FUL_NODATE;
    r = (long)d + k;
    if (r < FUL_DAY_FIRST || r > FUL_DAY_LAST)
        return FUL_NODATE;
    return (ful_day)r;
}

/* Is day d gone by the meeting: written with its year before it
 * ("2026-11-30"), or without one and so come round only next year? */
static int ful_day_gone(ful_day d, ful_day meeting)
{
    return d != FUL_NODATE && (d < meeting || (long)d - meeting > 300);
}

/* Are all the line's days gone? */
static int ful_days_behind(const ful_date_span *sp, int nsp, ful_day meeting)
{
    int i;
    for (i = 0; i < nsp; i++)
        if (sp[i].kind == FUL_DATE_EXACT && !ful_day_gone(sp[i].start, meeting))
            return 0;
    return 1;
}

/* "Send (the) signed copy", "email our revised quote": a participle that
 * says what state the thing an order names is in, not what was done. */
static int ful_verb_object_state(const ful_cline *L, int i)
{
    int j = i - 1;
    if (j >= 0 && !(L->t[i].flags & T_BREAK) && (L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS)))
        j--;
    /* (the order heads its clause, and a noun follows: not "Quote sent 11/28") */
    return j >= 0 && (j == 0 || (L->t[j].flags & T_BREAK)) && !(L->t[j + 1].flags & T_BREAK) &&
           (L->t[j].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE)) && !ful_past_verb(L, j) && !ful_participle(L, j) &&
           i + 1 < L->nt && !(L->t[i + 1].flags & (T_BREAK | T_NUM)) && !(L->t[i + 1].bits & FUL_CUE_DATE);
}

/* The first exact day and the first window among the line's date spans
 * (-1 when none), read again whenever spans are dropped */
static void ful_first_spans(const ful_date_span *sp, int nsp, int *exact_i, int *win_i)
{
    int i;
    *exact_i = *win_i = -1;
    for (i = 0; i < nsp; i++) {
        if (sp[i].kind == FUL_DATE_EXACT && *exact_i < 0)
            *exact_i = i;
        if (sp[i].kind == FUL_DATE_WINDOW && *win_i < 0)
            *win_i = i;
    }
}

/* "Maria joined in the spring", "They switched vendors in the spring",
 * "Tom signed the contract in March": a name or "they" and a verb in the
 * past, then a season or a month: when it happened, however near ahead
 * (not what they agreed, promised, decided or asked: those look ahead) */
static int ful_told_past(const ful_cline *L, size_t off)
{
    int i, d, n;
    for (d = 0; d < L->nt && L->t[d].off < off; d++)
        ;
    for (i = d - 1, n = 0; i > 0 && n < 4; i--, n++) {
        if (L->t[i].flags & (T_BREAK | T_QUOTED))
            return 0;
        if (!(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH)) &&
            L->t[i].span == 1 && L->r[i].len > 4 && L->r[i].lw[L->r[i].len - 2] == 'e' && L->r[i].lw[L->r[i].len - 1] == 'd' &&
            !ful_is_id(L, i, FUL_W_agreed) && !ful_is_id(L, i, FUL_W_decided) && !ful_is_id(L, i, FUL_W_planned) &&
            !ful_is_id(L, i, FUL_W_promised) && !ful_is_id(L, i, FUL_W_committed) && !ful_is_id(L, i, FUL_W_asked) &&
            !ful_is_word(L, i, "expected") && !ful_is_word(L, i, "scheduled") && !ful_is_word(L, i, "supposed") &&
            !(L->t[i].flags & T_CAP))
            return i == 1 || (L->t[i - 1].flags & T_BREAK) ? ((L->t[i - 1].flags & T_NAME) || ful_is_id(L, i - 1, FUL_W_they) ||
                                                             ful_is_id(L, i - 1, FUL_W_he) || ful_is_id(L, i - 1, FUL_W_she))
                                                          : 0;
    }
    return 0;
}

/* "follow up on the sprinkler quote (sent 11/20)", "chase the PO - sent
 * 11/20": the step's verb (vt), then a bracket or a break, then the record
 * the day gone belongs to; the record tells when, the step stands */
static int ful_step_before_record(const ful_cline *L, int vt, size_t off)
{
    int i;
    size_t p;
    if (vt < 0 || (L->t[vt].bits & (FUL_CUE_RECAP | FUL_CUE_BOOKED)) || ful_past_verb(L, vt) ||
        !(L->t[vt].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_SETUP)))
        return 0;
    for (i = vt + 1; i < L->nt && L->t[i].off < off; i++) {
        if (!(L->t[i].flags & T_BREAK) || L->t[i].off == 0)
            continue;
        p = L->t[i].off - 1;
        if (L->s[p] == ' ' && p > 0)
            p--; /* ("- sent", "(sent") */
        if (L->s[p] == '(' || L->s[p] == '-' || L->s[p] == ';' || L->s[p] == ',')
            return 1; /* (and "chase Maria, she sent it 11/25") */
    }
    return 0;
}

/* Does the date at byte off follow what was done ("signed 11/28",
 * "registered the deal on 11/25", "Last touch 11/24")? */
static int ful_done_on(const ful_cline *L, size_t off)
{
    int i, p;
    for (i = 0; i < L->nt && L->t[i].off < off; i++)
        ;
    p = i - 1;
    {
        /* "the board elections on 11/3 changed the superintendent": what
         * that day did, told right after it */
        int k = i;
        while (k < L->nt && (L->t[k].flags & T_NUM) && !(L->t[k].flags & T_BREAK))
            k++;
        if (k > i && k + 1 < L->nt && !(L->t[k].flags & (T_BREAK | T_CAP)) && ful_past_verb(L, k) &&
            !(L->t[k].bits & (VERBISH | FUL_CUE_EVENT)) && (L->t[k + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)))
            return 1;
    }
    if (p >= 0 && (ful_is_id(L, p, FUL_W_on) || ful_is_id(L, p, FUL_W_as)))
        p--;
    if (p < 0 || (L->t[p].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_DATE)) ||
        (L->t[p].flags & T_QUOTED) || ful_is_id(L, p, FUL_W_by) || ful_is_id(L, p, FUL_W_before))
        return 0; /* ("by 11/30": a deadline, not when it happened) */
    if (p > 0 && ful_is_id(L, p - 1, FUL_W_last) && !(L->t[p].flags & T_BREAK))
        return 1;
    if (p > 0 && (L->t[p - 1].bits & FUL_CUE_DNOUN) && ful_is_id(L, p, FUL_W_out))
        return 1; /* "Quote went out 11/28", "Invoice out 12/1" */
    for (i = p; i >= 0 && i > p - 6; i--) {
        if (L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL))
            return 0;
        /* (a capital in -ed may be a name, Ahmed; "Paid", "Sold" are pasts) */
        if ((ful_participle(L, i) || ful_past_verb(L, i)) &&
            (!(L->t[i].flags & T_CAP) || (L->t[i].bits & FUL_CUE_WORD) || (ful_wrule[L->t[i].wid] & FUL_SAW_DONE)) &&
            !(L->t[i].bits & (FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH)) && !ful_is_id(L, i, FUL_W_expected) &&
            !ful_is_id(L, i, FUL_W_needed) && !ful_is_id(L, i, FUL_W_supposed) && !ful_is_id(L, i, FUL_W_planned) &&
            !ful_verb_object_state(L, i)) /* ("send signed copy": a thing's state) */
            return !(i > 0 && (ful_is_id(L, i - 1, FUL_W_be) || ful_is_id(L, i - 1, FUL_W_to) || ful_is_id(L, i - 1, FUL_W_will)));
        if (L->t[i].flags & T_BREAK)
            break;
    }
    return 0;
}

/* "would" or a 'd contraction ("they'd", "I'd") at token i: a wish's
 * modal before "like", "love", "appreciate" */
static int ful_would_at(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return ful_is_id(L, i, FUL_W_would) || (r->len > 2 && r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'd');
}

/* "they'd like to sign Monday", "Tom signs Monday, pending CFO approval":
 * a wish, or a step that waits on someone of theirs, makes the client's
 * date unsure. The token that says so, or -1. */
static int ful_wish_or_pending(const ful_cline *L)
{
    int i;
    if (!(L->marks & FUL_SAW_WISH))
        return -1;
    for (i = 1; i < L->nt; i++) {
        if ((ful_is_id(L, i, FUL_W_like) || ful_is_id(L, i, FUL_W_love)) && ful_is_id(L, i + 1, FUL_W_to) && ful_would_at(L, i - 1))
            return i;
        if (L->r[i].len == 7 && ful_wait_word(&L->r[i]) == FUL_WAIT_PENDING && i + 1 < L->nt && !(L->t[i + 1].flags & T_BREAK) &&
            !(L->t[i + 1].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER)) && !(L->t[i + 1].flags & T_QUOTED))
            return i;
    }
    return -1;
}

/* Keeps an explanation under 120 bytes, cut at a UTF-8 boundary. */
/* '"get back to me in a few weeks" - Jonas': opening the quote, with no
 * one before it, "get back to me" is the client asking the seller to come
 * back, a chase ("they'll get back to me" stays the client's answer). */
static void ful_quoted_get_back(ful_cline *L)
{
    int i, k;
    for (i = 0; i + 2 < L->nt; i++) {
        /* "get back to me"; '"talk to me again in February"': they tell us to come back, a chase */
        int o = L->t[i].span == 4 && ful_is_id(L, i, FUL_W_get) ? i + 3
                : L->t[i].span == 2 && ful_is_id(L, i, FUL_W_talk) && (ful_is_id(L, i + 1, FUL_W_to) || ful_is_id(L, i + 1, FUL_W_with)) ? i + 2
                : -1;
        if (!(L->t[i].flags & T_QUOTED) || o < 0 || o >= L->nt || !(L->t[o].flags & T_QUOTED) ||
            !(ful_is_id(L, o, FUL_W_me) || ful_is_id(L, o, FUL_W_us)))
            continue;
        for (k = i - 1; k >= 0 && (L->t[k].flags & T_QUOTED) && (L->t[k].bits & FUL_CUE_FILLER) &&
                        !(L->t[k].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER));
             k--)
            ; /* ('"just get back to me"') */
        if (k < 0 || !(L->t[k].flags & T_QUOTED))
            L->t[i].bits = FUL_CUE_CHASE | FUL_CUE_WORD;
    }
}

/* Is the day at off a month naming a thing ("their Dec gala", "the
 * January newsletter"): after their/our/the, a plain word after it? */
static int ful_month_of_thing(const ful_cline *L, size_t off)
{
    int k;
    for (k = 1; k + 1 < L->nt && L->t[k].off < off; k++)
        ;
    return k + 1 < L->nt && L->t[k].off == off && L->t[k].span == 1 && (L->t[k].bits & FUL_CUE_DATE) &&
           (ful_is_id(L, k - 1, FUL_W_their) || ful_is_id(L, k - 1, FUL_W_our) || ful_is_id(L, k - 1, FUL_W_the)) &&
           !(L->t[k].flags & (T_NUM | T_BREAK)) && !(L->t[k + 1].flags & (T_NUM | T_BREAK | T_CAP)) &&
           !(L->t[k + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | VERBISH)) && L->t[k].wid >= FUL_W_january &&
           L->t[k].wid <= FUL_W_dec; /* (the months, whole or short: no "the 5th", "the week") */
}

static void ful_clip(char *s)
{
    size_t n = strlen(s), k = 116;
    if (n < 120)
        return;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    memcpy(s + k, "...", 4);
}

void ful_classify(const ful_rules *rules, const char *text, size_t n, ful_day meeting, int grace_days, int flags,
                  ful_verdict *out)
{
    ful_classify_names(rules, NULL, text, n, meeting, grace_days, flags, out);
}

/* Does the line need the actor pass? Most lines do not: it runs only when
 * a word could be someone in the actor's place (a capitalised word that is
 * no verb or noun the cues know), a quote, reported speech, "X to" at a
 * clause head, "and" before a client, "per", or a "wait..." word. */
#define FUL_NOT_A_NAME (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_JOINT | \
                        FUL_CUE_REQUEST | FUL_CUE_DNOUN | FUL_CUE_EVENT | FUL_CUE_ART | FUL_CUE_FILLER | \
                        FUL_CUE_BOOKED | FUL_CUE_WITH | FUL_CUE_POSS | FUL_CUE_SELLER)
static int ful_wants_actors(const ful_cline *L)
{
    int i, wk, hd = -1;
    if (L->marks & FUL_SAW_PER)
        return 1; /* "per" anywhere (a test below), known from the lookup */
    for (i = 0; i < L->nt; i++) {
        const ful_tok *t = &L->t[i];
        const char *w = L->r[i].lw;
        uint32_t len = L->r[i].len;
        /* hd: the clause's first word after its fillers ("TODO jen to send") */
        if (i == 0 || (t->flags & T_BREAK))
            hd = -1;
        if (hd < 0 && !((t->bits & FUL_CUE_FILLER) && !(t->bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | VERBISH))))
            hd = i;
        /* most words pass every test below: lowercase, unquoted, no clause
         * head, no speech or client cue, not "to", "2", "and" or a
         * wait-word's first letter (ful_wait_word) */
        if (!(t->flags & (T_QUOTED | T_TAG | T_CAP)) && !(t->bits & (FUL_CUE_SPEECH | FUL_CUE_CLIENT)) && hd != i &&
            t->wid != FUL_W_to && t->wid != FUL_W_and && !(len == 1 && w[0] == '2') &&
            !(len >= 4 && (w[0] == 'w' || w[0] == 'a' || w[0] == 'p')))
            continue;
        if ((t->flags & T_QUOTED) || (t->bits & FUL_CUE_SPEECH))
            return 1;
        if ((t->flags & T_TAG) && (L->marks & FUL_SAW_LINK) && t->off >= 2 && L->s[t->off - 1] == '@' && L->s[t->off - 2] != ' ')
            return 1; /* an e-mail handle, maybe who acts (actors.c handles_as_names) */
        if ((t->flags & T_CAP) && !(t->flags & (T_NUM | T_UPPER)) &&
            (!(t->bits & FUL_NOT_A_NAME) || ful_name_verb(L, i)))
            return 1;
        if ((t->wid == FUL_W_to || (len == 1 && w[0] == '2')) && i > 0 &&
            (hd == i - 1 || (L->t[i - 1].bits & FUL_CUE_CLIENT))) /* ("pharmacy director to", "for the client to") */
            return 1;
        /* typed in lowercase at a clause head: "will sends", "mr. sato
         * confirm", "deepak: loop in procurement" */
        if (!(t->flags & (T_CAP | T_NUM)) && hd == i &&
            (ful_first_name_word(L, i) || ful_title(w, len) || (!(t->bits & FUL_CUE_WORD) && i + 1 < L->nt && (L->t[i + 1].flags & T_BREAK))))
            return 1;
        /* "Action (theirs): send the list": a side alone owns the next clause */
        if ((t->bits & FUL_CUE_CLIENT) && (t->flags & T_BREAK) && i + 1 < L->nt && (L->t[i + 1].flags & T_BREAK))
            return 1;
        if (t->wid == FUL_W_and && i + 1 < L->nt && (L->t[i + 1].bits & FUL_CUE_CLIENT))
            return 1;
        wk = ful_wait_word(&L->r[i]);
        if (wk & (FUL_WAIT_WAIT | FUL_WAIT_WAITX))
            return 1;
        if (((hd == i && (wk & (FUL_WAIT_AWAITING | FUL_WAIT_PENDING))) || wk == FUL_WAIT_AWAITED) &&
            !(i + 1 < L->nt && (L->t[i + 1].wid == FUL_W_our || L->t[i + 1].wid == FUL_W_my)))
            return 1; /* "awaiting client confirmation", "PO awaited" (waiting_at, actors.c) */
    }
    return 0;
}

/* "KW50", "wk50", "CW2": a calendar week typed as one word, which no cue
 * knows (the date finder reads it; "wk 50" opens by its "wk") */
static int ful_week_word(const ful_cline *L, int i)
{
    return L->r[i].len <= 4 && ful_dates_week_word(L->r[i].lw, L->r[i].len);
}

/* «We sign the PO Thursday»: guillemets are quotes; "📞 Siarhei tomorrow":
 * a phone (📞, 📱) is a call and a letter (📧) a message. Copies the line
 * into buf (n bytes) with each « as '"' then a space, each » as a space
 * then '"', each of those symbols as a four-letter verb, so every other
 * byte keeps its offset; returns buf, or text when it holds none. */
static const char *ful_symbols(const char *text, size_t n, char *buf)
{
    size_t i;
    int any = 0;
    memcpy(buf, text, n);
    for (i = 0; i + 1 < n; i++)
        if ((unsigned char)buf[i] == 0xC2 && ((unsigned char)buf[i + 1] == 0xAB || (unsigned char)buf[i + 1] == 0xBB)) {
            int open = (unsigned char)buf[i + 1] == 0xAB;
            buf[i] = open ? '"' : ' ';
            buf[i + 1] = open ? ' ' : '"';
            any = 1;
            i++;
        } else if (i + 3 < n && (unsigned char)buf[i] == 0xF0 && (unsigned char)buf[i + 1] == 0x9F && (unsigned char)buf[i + 2] == 0x93 &&
                   ((unsigned char)buf[i + 3] == 0x9E || (unsigned char)buf[i + 3] == 0xB1 || (unsigned char)buf[i + 3] == 0xA7)) {
            /* "📞 Siarhei tomorrow", "📧 Byron Wed": the phone or the letter
             * stands for the verb, in as many bytes (offsets keep) */
            memcpy(buf + i, (unsigned char)buf[i + 3] == 0xA7 ? "ping" : "call", 4);
            any = 1;
            i += 3;
        }
    return any ? buf : text;
}

/* Does text hold a byte >= 0x80? Eight bytes at a time: most lines hold
 * none, and the guillemets' and symbols' lead bytes (0xC2, 0xF0) are two
 * such; two memchr calls read every line twice (about 106 instructions a
 * line, against about 30). */
static int ful_any_high(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text;
    uint64_t acc = 0, x;
    size_t i;
    if (n < 8) {
        for (i = 0; i < n; i++)
            acc |= p[i];
        return (acc & 0x80) != 0;
    }
    for (i = 0; i + 8 <= n; i += 8) {
        memcpy(&x, p + i, 8);
        acc |= x;
    }
    memcpy(&x, p + n - 8, 8); /* the tail, as the eight bytes that end the text */
    return ((acc | x) & 0x8080808080808080ull) != 0;
}

/* Names (or a client's role) open the clause and end before token k:
 * "Kimo + Leilani on a teams call", "Their CFO on a call"; -1 if not. */
static int ful_names_open(const ful_cline *L, int k)
{
    int j = k - 1;
    if (j < L->head || !((L->t[j].flags & (T_NAME | T_CAP)) || (L->t[j].bits & FUL_CUE_CLIENT)))
        return -1;
    while (j > L->head && !(L->t[j].flags & T_BREAK) &&
           ((L->t[j - 1].flags & (T_NAME | T_CAP)) || (L->t[j - 1].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) ||
            ful_is_id(L, j - 1, FUL_W_and) || ful_is_word(L, j - 1, "+") || ful_is_word(L, j - 1, "&")))
        j--;
    return j == L->head || (L->t[j].flags & T_BREAK) ? j : -1;
}

void ful_classify_names(const ful_rules *rules, const ful_names *names, const char *text, size_t n, ful_day meeting,
                        int grace_days, int flags, ful_verdict *out)
{
    ful_cline L;
    ful_read rd;
    ful_date_span sp[FUL_MAXSPAN];
    int nsp = 0, i, k, exact_i = -1, win_i = -1, hedged, booked, ovr;
    size_t start, body, ovr_at = 0;
    ful_day due_tag;
    ful_class cls;
    char gq[1024];

    out->cls = FUL_UNKNOWN;
    out->overridden = 0;
    out->due = FUL_NODATE;
    out->due_explicit = 0;
    out->why[0] = out->ask[0] = '\0';
    if (!text)
        n = 0;
    if (n == 0) {
        if (flags & FUL_CLS_EXPLAIN) {
            ful_sb w = {out->why, 0, FUL_WHY_MAX}, a = {out->ask, 0, FUL_WHY_MAX};
            ful_put(&w, "empty next step");
            ful_put(&a, "add who acts and when");
        }
        return;
    }
    if (n <= sizeof gq && ful_any_high(text, n) && (memchr(text, 0xC2, n) || memchr(text, 0xF0, n)))
        text = ful_symbols(text, n, gq); /* «We sign Thursday»: quoted speech; "📞 Tom Fri": a call */
    L.s = text;
    L.n = n;
    start = body = ful_skip_prefix(text, n);
    ful_tokenize(&L, start);
    ful_lookup(&L, rules);
    if (start < n && text[start] == '>') {
        /* "> We will send you the NDA by Friday": a reply quoted from the
         * client's e-mail speaks as the client, like quoted speech */
        for (i = 0; i < L.nt; i++)
            L.t[i].flags |= T_QUOTED;
        L.marks |= FUL_SAW_QUOTE;
    }
    if ((L.marks & FUL_SAW_ANYCOLON) && (i = ful_message_prefix(&L)) > 0) {
        for (k = 0; k < i; k++) {
            L.t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (who sent it: no actor, no date: "Jun") */
            L.t[k].flags &= (uint8_t)~T_CAP;
        }
        for (; k < L.nt; k++)
            L.t[k].flags |= T_QUOTED;
        L.marks |= FUL_SAW_QUOTE;
    }
    if ((i = ful_signoff(&L)) > 0) {
        for (k = 0; k < i; k++)
            L.t[k].flags |= T_QUOTED;
        for (; k < L.nt; k++)
            L.t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (who signed it: no actor, no date) */
        L.marks |= FUL_SAW_QUOTE;
    }
    if ((L.nt > 1 && L.t[0].off > 0 && text[L.t[0].off - 1] == '[' && (i = ful_bracket_tag(&L)) > 0) || (i = ful_later_label(&L)) > 0 || (L.nt > 3 && (L.any & (FUL_CUE_FILLER | FUL_CUE_DNOUN)) && (L.marks & FUL_SAW_FACT) && (i = ful_spoken_label(&L)) > 0)) {
        /* "11/30 JM: left VM. NS: f/u Mon": a CRM field's history, then
         * its next step; the step is what follows the label ("[Teams
         * paste] me: ...": or a source's tag in brackets) */
        size_t off = L.t[i].off;
        ful_classify_names(rules, names, text + off, n - off, meeting, grace_days, flags, out);
        return;
    }
    ful_find_head(&L);
    if (L.marks & FUL_SAW_QUOTE) {
        ful_cut_title(&L);
        ful_quoted_get_back(&L);
    }
    L.nact = 0;
    if (L.marks & FUL_SAW_NAMEWORD)
        ful_word_names_as_people(&L);
    if ((names && names->n > 0) || ful_wants_actors(&L)) {
        ful_actors_mark(&L, names);
        L.any = ful_cues_of(&L); /* the actor pass rewrites bits */
    }
    /* Dates only where a token could open one: most words never need the
     * date scanner, and a line without numbers or date words skips it. */
    if (L.nt > 0) {
        size_t doff = n;
        for (i = 0; i < L.nt; i++)
            if ((L.t[i].flags & T_NUM) || (L.t[i].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) ||
                (!L.t[i].bits && ful_week_word(&L, i))) { /* (no cue knows "kw50") */
                /* "the 5th", "due:", "a week Friday", "first week of Jan"
                 * look one word back; past an article or a letter, two ("by
                 * the weekend", "w/c 14th") */
                int b = i > 0 ? i - 1 : 0;
                if (b > 0 && ((L.t[b].bits & FUL_CUE_ART) || L.r[b].len == 1))
                    b--;
                for (k = b; k > 0 && k >= b - 3; k--)
                    if ((L.t[k].bits & FUL_CUE_SOBJ) && ful_is_id(&L, k - 1, FUL_W_give)) {
                        b = k - 1; /* '"give me 10 days"', "give us a couple of weeks" (dates.c reads "give") */
                        break;
                    }
                doff = L.t[b].off;
                break;
            }
        if (L.truncated)
            doff = start;
        if (doff < n) {
            nsp = ful_dates_find(text + doff, n - doff, meeting, sp, FUL_MAXSPAN);
            start = doff;
        }
    }
    if (nsp > 0 && (L.nact > 0 || (L.marks & FUL_SAW_NAMEWORD)))
        nsp = ful_drop_name_dates(&L, sp, nsp, start); /* (a month made a name is no actor: "(June ok'd)") */
    if (nsp > 0 && (L.marks & FUL_SAW_PAST))
        nsp = ful_drop_past_dates(&L, sp, nsp, start);
    if (L.marks & FUL_SAW_LINK)
        ful_mark_links(&L);
    if (L.head + 1 < L.nt && ful_is_id(&L, L.head, FUL_W_leave) && L.t[L.head].span == 1 &&
        !(L.t[L.head + 1].flags & (T_BREAK | T_CAP | T_NUM)) &&
        ((L.t[L.head + 1].bits & (FUL_CUE_ART | FUL_CUE_SOBJ | FUL_CUE_DNOUN)) || !(L.t[L.head + 1].bits & FUL_CUE_WORD)) &&
        !ful_is_id(&L, L.head + 1, FUL_W_to) && !ful_is_id(&L, L.head + 1, FUL_W_for) && !ful_is_id(&L, L.head + 1, FUL_W_on))
        L.t[L.head].bits |= FUL_CUE_DELIV | FUL_CUE_WORD; /* "Leave samples with the store mgr": we hand them over */
    else if (L.head + 2 < L.nt && ful_is_id(&L, L.head, FUL_W_leave) && L.t[L.head].span == 1 &&
             ((L.t[L.head + 1].flags & (T_CAP | T_NAME)) || (L.t[L.head + 1].bits & FUL_CUE_COBJ))) {
        /* "leave Deepa a voicemail if no reply": a message left, a chase */
        k = ful_is_id(&L, L.head + 2, FUL_W_a) ? L.head + 3 : L.head + 2;
        if (k < L.nt && (L.t[k].bits & FUL_CUE_CHASE) && !(L.t[k].flags & T_BREAK))
            L.t[L.head].bits |= FUL_CUE_CHASE | FUL_CUE_WORD;
    }
    if (L.head + 1 < L.nt && ful_is_id(&L, L.head, FUL_W_visit) && ful_is_id(&L, L.head + 1, FUL_W_again) &&
        !(L.t[L.head].flags & (T_QUOTED | T_NAME))) {
        /* "Visit again the site manager for feedback": we go back, a chase */
        L.t[L.head].bits = (L.t[L.head].bits & ~FUL_CUE_EVENT) | FUL_CUE_CHASE;
        L.any |= FUL_CUE_CHASE;
    }
    if (L.any & FUL_CUE_BOOKED)
        for (i = 0; i < L.nt; i++) {
            /* "booked solid", "booked up till Jan", "fully booked": how busy
             * they are, read as "busy", no meeting booked ("booked out the
             * demo room" books one) */
            int part, fully;
            if (!(L.t[i].bits & FUL_CUE_BOOKED) || L.t[i].span != 1 || !ful_is_word(&L, i, "booked"))
                continue;
            part = i + 1 < L.nt && !(L.t[i + 1].flags & T_BREAK) &&
                   (ful_is_word(&L, i + 1, "solid") || ful_is_word(&L, i + 1, "up") ||
                    (ful_is_word(&L, i + 1, "out") && !(i + 2 < L.nt && (L.t[i + 2].bits & (FUL_CUE_ART | FUL_CUE_POSS)))));
            fully = i > 0 && ful_is_word(&L, i - 1, "fully");
            if (!part && !fully)
                continue;
            L.t[i].bits = FUL_CUE_WORD;
            L.t[i].wid = FUL_W_busy;
            L.wsets |= ful_wset[FUL_W_busy]; /* (a new id: the line's gates hold it too) */
            if (part)
                L.t[i + 1].flags |= T_INPHR;
            L.any = ful_cues_of(&L);
        }
    if (L.any & FUL_CUE_EVENT) {
        /* "Kimo on a call w/ our engineer tue 2pm", "on a teams call": a
         * meeting someone will be in, not a call of ours to make */
        for (i = 2; i < L.nt; i++)
            if (ful_is_id(&L, i, FUL_W_call) && (L.t[i].bits & FUL_CUE_CHASE) && L.t[i].span == 1 &&
                (k = ful_is_id(&L, i - 1, FUL_W_a) ? i - 2 : (i > 2 && ful_is_id(&L, i - 2, FUL_W_a)) ? i - 3 : -1) >= 0 &&
                ful_is_id(&L, k, FUL_W_on) && ful_names_open(&L, k) >= 0) {
                /* (a name opening the clause, "put Tom on a call" is ours;
                 * its day in the clause, nothing of ours between: "Tom on a
                 * call when I rang Fri" is no meeting) */
                for (k = i + 1; k < L.nt && !(L.t[k].flags & T_BREAK) && !(L.t[k].bits & (FUL_CUE_DATE | FUL_CUE_SELLER)) &&
                                !ful_is_id(&L, k, FUL_W_when);
                     k++)
                    ;
                if (k < L.nt && (L.t[k].bits & FUL_CUE_DATE))
                    L.t[i].bits &= ~FUL_CUE_CHASE;
            }
        ful_mark_past_events(&L);
    }
    if (L.any & FUL_CUE_JOINT)
        for (i = 1; i < L.nt; i++)
            if ((L.t[i].bits & FUL_CUE_JOINT) && L.r[i].len == 4 && memcmp(L.r[i].lw, "both", 4) == 0 &&
                (((L.t[i - 1].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE)) && !(L.t[i - 1].flags & T_INPHR)) ||
                 /* "a proposal for both hotels": a word for the two things */
                 (i + 1 < L.nt && !(L.t[i + 1].flags & (T_BREAK | T_CAP | T_NUM)) && ful_ends_sv(&L, i + 1) &&
                  !(L.t[i + 1].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_COBJ)))))
                L.t[i].bits &= ~FUL_CUE_JOINT; /* "→ send both": the two things, not both sides */
    if (L.any & FUL_CUE_JOINT)
        for (i = 1; i < L.nt; i++)
            if ((L.t[i].bits & FUL_CUE_JOINT) && L.t[i].span == 1 && ful_ends_ing(&L, i) && !(L.t[i].flags & (T_BREAK | T_QUOTED)) &&
                (L.t[i - 1].flags & (T_CAP | T_NUM)) && L.t[i - 1].off > 0 && L.s[L.t[i - 1].off - 1] == '-' &&
                !(L.t[i - 1].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_COBJ | FUL_CUE_MODAL | FUL_CUE_WITH)) &&
                !(L.t[i - 1].flags & T_NAME) && !ful_is_id(&L, i - 1, FUL_W_to) && !ful_be_form(&L, i - 1))
                L.t[i].bits &= ~(FUL_CUE_JOINT | FUL_CUE_EVENT | FUL_CUE_ACT); /* "per-GB hosting", "3-year hosting discount": a thing's name */
    if ((L.any & (FUL_CUE_EVENT | FUL_CUE_CHASE)) && (L.wsets & FUL_WG_REL)) {
        int hit = 0;
        for (i = 2; i < L.nt; i++)
            if ((L.t[i].bits & (FUL_CUE_EVENT | FUL_CUE_CHASE)) && L.t[i].span == 1 && !(L.t[i].flags & T_BREAK) &&
                (ful_is_id(&L, i - 1, FUL_W_whole) || ful_is_id(&L, i - 1, FUL_W_entire)) &&
                (ful_is_id(&L, i - 2, FUL_W_the) || ful_is_id(&L, i - 2, FUL_W_this))) {
                /* "dog barking the whole call", "on mute the entire meeting": how
                 * long, the meeting being held, no call to make */
                L.t[i].bits = FUL_CUE_WORD;
                hit = 1;
            }
        if (hit)
            L.any = ful_cues_of(&L);
    }
    if ((L.any & (FUL_CUE_ACT | FUL_CUE_JOINT)) && (L.wsets & FUL_WG_REL)) {
        int hit = 0;
        for (i = 2; i < L.nt; i++)
            if (L.r[i].len > 4 && L.r[i].lw[L.r[i].len - 1] == 'd' && L.r[i].lw[L.r[i].len - 2] == 'e' &&
                ful_is_id(&L, i - 1, FUL_W_who) && L.t[i].span == 1 && !(L.t[i].flags & (T_QUOTED | T_BREAK)) &&
                !(L.t[i - 1].flags & T_BREAK) && !(L.t[i - 2].flags & (T_CAP | T_NAME)) && /* (not "Tom, who attended, brings") */
                (L.t[i].bits & (FUL_CUE_ACT | FUL_CUE_JOINT)) && !(L.t[i].bits & FUL_CUE_BOOKED)) {
                /* "slides to everyone who attended": who they are, by a past of
                 * theirs, no act of a step; a name's "who" keeps its act, the
                 * client going on ("Tom, who attended, brings the CFO Tue") */
                L.t[i].bits = FUL_CUE_WORD;
                hit = 1;
            }
        if (hit)
            L.any = ful_cues_of(&L);
    }
    for (i = (L.marks & FUL_SAW_WISH) ? 1 : L.nt; i + 1 < L.nt; i++)
        if ((ful_is_id(&L, i, FUL_W_like) || ful_is_id(&L, i, FUL_W_appreciate) || ful_is_id(&L, i, FUL_W_love)) &&
            L.t[i].span == 1 && !(L.t[i].flags & (T_BREAK | T_INPHR)) && ful_would_at(&L, i - 1) &&
            (ful_is_id(&L, i + 1, FUL_W_a) || ful_is_id(&L, i + 1, FUL_W_an) || ful_is_id(&L, i + 1, FUL_W_some)))
            L.t[i].bits |= FUL_CUE_REQUEST | FUL_CUE_WORD; /* "they'd like a free site survey", "would appreciate a video": they ask */
    if ((L.any & (FUL_CUE_HEDGE | FUL_CUE_BOOKED)) == (FUL_CUE_HEDGE | FUL_CUE_BOOKED))
        for (i = 1; i < L.nt; i++)
            if (ful_is_id(&L, i, FUL_W_tbc) && (ful_is_id(&L, i - 1, FUL_W_day) || ful_is_id(&L, i - 1, FUL_W_time) ||
                                                ful_is_id(&L, i - 1, FUL_W_date)))
                L.t[i].bits &= ~(FUL_CUE_HEDGE | FUL_CUE_VAGUE); /* "booked for next week, day TBC": the day is loose, not the meeting */
    if (L.any & FUL_CUE_HEDGE)
        for (i = 0; i + 1 < L.nt; i++)
            if (ful_is_id(&L, i, FUL_W_planning) && (L.t[i + 1].bits & FUL_CUE_CLIENT) && !(L.t[i + 1].flags & T_BREAK) &&
                !(L.t[i + 1].bits & (FUL_CUE_POSS | FUL_CUE_COBJ)))
                L.t[i].bits &= ~FUL_CUE_HEDGE; /* "the planning lead": a role's name, no plan hedged */
    if (L.nt > 1 && (L.marks & FUL_SAW_PER)) {
        /* "Pricing (per our call)": a source at the line's end is no part
         * of it, for the line-wide tests below too (a lone noun, a field) */
        int cs = L.nt - 1, src;
        while (cs > 0 && !(L.t[cs].flags & T_BREAK))
            cs--;
        if ((src = ful_source_from(&L, cs, L.nt)) > L.head && src < L.nt)
            L.nt = src;
    }
    if (!(L.marks & FUL_SAW_FACT) && ful_may_be_done(&L))
        L.marks |= FUL_SAW_FACT; /* the fact clause's records of what was done need no word of its table */
    ful_read_line(&L, &rd, nsp > 0);
    if (L.head > 0 && L.t[L.head].off > 0 && (text[L.t[L.head].off - 1] == '[' || text[L.t[L.head].off - 1] == '<'))
        body = L.t[L.head].off - 1; /* "Next step: [link]" */
    if ((body < n && (text[body] == '[' || text[body] == '<' || text[body] == '(') && ful_placeholder(text, body, n)) ||
        (L.nt == L.head + 1 && !(L.t[L.head].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_BOOKED))) ||
        (L.head + 1 < L.nt && !(L.t[L.head].bits & VERBISH) && ful_figure_to_end(&L, L.head + 1, L.nt)) ||
        ful_nothing_first(&L, text, body, n) || ful_pointer(&L) || ful_stored_line(&L) || ful_field_line(&L, nsp > 0) || ful_void_line(&L) ||
        ful_attendance_line(&L) ||
        ful_heading(text, n) ||
        /* "~~old pricing~~": struck out, kept only as a record */
        (n - body > 4 && text[body] == '~' && text[body + 1] == '~' && text[n - 1] == '~' && text[n - 2] == '~') ||
        ((L.marks & FUL_SAW_LINK) && !(L.t[L.head].bits & (VERBISH & ~FUL_CUE_DNOUN)) && ful_link_field(text, n)) ||
        ful_equals_line(&L, text, n, nsp > 0))
        rd.res = R_NONE; /* "[link]"; a lone word that is no verb: "test", "pricing"; "Budget 120k"; "n/a - intro call only" */
    else if (ful_fact_label(&L) || ful_number_field(&L) || ful_thanks_from(&L) || ful_status_done(&L) || ful_code_field(&L) ||
             ((L.marks & FUL_SAW_NUM) && ful_count_record(&L))) {
        rd.res = R_NONE; /* "Pain: ...", "RFP #2026-114": a record filed under a label or a number */
        rd.status_tok = L.head;
    }
    for (i = 0; i < nsp; i++)
        sp[i].off += start; /* relative to the whole line */
    ful_first_spans(sp, nsp, &exact_i, &win_i);
    /* "Demo held 2026-11-30; Jānis brings the CFO Fri 12/11": a day written
     * before the meeting is when something happened; with a day on or after
     * it on the line, that one is the step's (none ahead: the past day
     * stays, for the rules below that read a day gone) */
    if (nsp > 1 && meeting != FUL_NODATE) {
        for (i = 0; i < nsp && !(sp[i].start != FUL_NODATE && sp[i].start >= meeting); i++)
            ;
        if (i < nsp) {
            for (i = k = 0; i < nsp; i++)
                if (sp[i].start == FUL_NODATE || sp[i].start >= meeting)
                    sp[k++] = sp[i];
            nsp = k;
            ful_first_spans(sp, nsp, &exact_i, &win_i);
        }
    }
    /* "quote AV package for their Dec gala, send EOD": a month between
     * "their"/"our"/"the" and a noun names a thing of theirs, not when;
     * with another day on the line, that one is the step's */
    if (nsp > 1 && exact_i >= 0 && win_i >= 0) { /* (a month is a window; the other day, exact) */
        for (i = k = 0; i < nsp; i++)
            if (sp[i].kind != FUL_DATE_WINDOW || !ful_month_of_thing(&L, sp[i].off))
                sp[k++] = sp[i];
        if (k > 0 && k < nsp) {
            nsp = k;
            ful_first_spans(sp, nsp, &exact_i, &win_i);
        }
    }
    /* "Mtg w/ Tom on 11/25 - discussed pricing": a meeting beside a recap
     * whose day comes round again only next year is the one just held */
    if (rd.res == R_EFFORT && rd.subj == S_EVENT && rd.status_tok >= 0 && rd.book_tok < 0 && exact_i >= 0 &&
        meeting != FUL_NODATE && sp[exact_i].start - meeting > 300)
        rd.res = R_NONE;
    if (rd.res != R_NONE && exact_i >= 0 && meeting != FUL_NODATE && ful_day_gone(sp[exact_i].start, meeting) &&
        ful_done_on(&L, sp[exact_i].off) && ful_days_behind(sp, nsp, meeting)) {
        if (rd.verb_tok != L.head && !(L.t[L.head].flags & T_QUOTED) && ful_step_before_record(&L, L.head, sp[exact_i].off)) {
            /* "call Tom, he signed 11/30", "chase Maria re MSA (promised
             * 11/25)": the record read first is what happened; the line's
             * opening order is the step */
            rd.res = (L.t[L.head].bits & FUL_CUE_DELIV) && !(L.t[L.head].bits & FUL_CUE_CHASE) ? R_COMPLIANCE : R_NON;
            rd.subj = S_SELLER;
            rd.subj_tok = -1;
            rd.verb_tok = rd.ca = L.head;
            rd.ce = L.cend[L.head] < L.nt ? L.cend[L.head] : L.nt;
            rd.request = 0;
            rd.hedge_tok = rd.book_tok = rd.neg_tok = -1;
        }
        /* "follow up on the sprinkler quote (sent 11/20)": the day is the
         * record's, the chase stands; "Contract signed 11/28", "Signed
         * 2026-11-30": a day gone, when it happened, and no due a year on */
        if (!ful_step_before_record(&L, rd.verb_tok, sp[exact_i].off))
            rd.res = R_NONE;
        for (i = exact_i; i + 1 < nsp; i++)
            sp[i] = sp[i + 1];
        nsp--;
        ful_first_spans(sp, nsp, &exact_i, &win_i);
    }
    /* "Budget approved in October", "signed with Oracle in August": a plain
     * past beside a month months ahead is a month gone, when it happened */
    if (rd.res != R_NONE && exact_i < 0 && win_i >= 0 && meeting != FUL_NODATE && sp[win_i].start != FUL_NODATE &&
        (((long)sp[win_i].start - (long)meeting > 120 && ful_done_on(&L, sp[win_i].off)) ||
         ((long)sp[win_i].start > (long)meeting && ful_told_past(&L, sp[win_i].off))))
        rd.res = R_NONE;
    if (rd.res == R_EFFORT && rd.subj == S_CLIENT && rd.hedge_tok < 0)
        rd.hedge_tok = ful_wish_or_pending(&L);
    hedged = rd.hedge_tok >= 0 || rd.neg_tok >= 0;
    booked = rd.book_tok >= 0;
    /* "They want a 2nd demo for IT, booked Thu 12/10 3pm": the wish, then its
     * booking; booked wins over what they wanted */
    if (booked && rd.neg_tok < 0 && rd.hedge_tok >= 0 && rd.book_tok > rd.hedge_tok && L.r[rd.hedge_tok].len >= 4 &&
        memcmp(L.r[rd.hedge_tok].lw, "want", 4) == 0 && !(L.t[rd.book_tok].flags & T_INPHR)) {
        for (i = rd.hedge_tok + 1; i < L.nt && !((L.t[i].bits & (FUL_CUE_HEDGE | FUL_CUE_NEGBOOK)) && !(L.t[i].flags & T_INPHR)); i++)
            ;
        hedged = i < L.nt; /* (not "tentatively booked") */
    }

    if (rd.res == R_EFFORT && rd.subj == S_EVENT && rd.ce > rd.ca && ful_internal_meeting(&L, rd.ca, rd.ce)) {
        rd.res = R_NONE; /* "pipeline review w/ my boss 12/11": our own side's meeting, no step with the client */
        rd.status_tok = L.head;
    }
    if (rd.res == R_EFFORT && rd.subj == S_CLIENT && nsp == 0 && !hedged && !booked && rd.subj_tok >= 0 &&
        !(L.any & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_VAGUE)) && ful_unknown_present(&L, rd.subj_tok, rd.verb_tok)) {
        rd.res = R_NONE; /* "Kofi's team tracks temps on paper logs": how they work */
        rd.status_tok = L.head;
    }
    /* "Their warehouse floods every rainy season", "Load shedding stage 4
     * during the call": no verb of a step anywhere, only words we do not
     * know and a mark of how things stand */
    if (rd.res == R_EFFORT && rd.subj == S_CLIENT && nsp == 0 && !hedged && !booked && ful_unverbed_fact(&L)) {
        rd.res = R_NONE;
        rd.status_tok = L.head;
    }
    switch (rd.res) {
    case R_EFFORT: {
        int ex = exact_i;
        if (ex >= 0 && rd.subj == S_CLIENT && rd.ce > rd.ca) {
            /* "Send SOW 12/3; they countersign next week": the client's own
             * time is vague, our date does not make it firm */
            size_t lo = L.t[rd.ca].off, hi = L.t[rd.ce - 1].off + L.t[rd.ce - 1].len;
            int in_exact = 0, in_window = 0;
            for (i = 0; i < nsp; i++)
                if (sp[i].off >= lo && sp[i].off < hi) {
                    in_exact |= sp[i].kind == FUL_DATE_EXACT;
                    in_window |= sp[i].kind == FUL_DATE_WINDOW;
                }
            if (in_window && !in_exact)
                ex = -1;
            /* "we send draft Fri, they review over the holidays": their clause names
             * no day of its own, and the day is our to-do's */
            if (!in_window && !in_exact && ful_day_is_ours(&L, sp[ex].off))
                ex = -1;
        }
        cls = !hedged && (booked || ex >= 0) ? FUL_FIRM : FUL_SOFT;
        break;
    }
    case R_COMPLIANCE:
        cls = FUL_COMPLIANCE;
        break;
    case R_NON:
        cls = FUL_NON;
        break;
    default:
        cls = FUL_UNKNOWN;
        break;
    }

    /* The prefix holds no '#' and no due: (its colon ends NEXT), so a line
     * read to its end without them has neither tag: skip both searches. */
    ovr = L.truncated || (L.marks & FUL_SAW_HASH) ? ful_find_override(text, n, &ovr_at) : -1;
    if (ovr >= 0) {
        cls = (ful_class)ovr;
        out->overridden = 1;
    }
    out->cls = cls;

    /* due: the tag wins; then the spec's per-class rule */
    due_tag = L.truncated || (L.marks & FUL_SAW_COLON) ? ful_find_due(text, n) : FUL_NODATE;
    if (due_tag != FUL_NODATE) {
        out->due = due_tag;
        out->due_explicit = 1;
    } else if (meeting != FUL_NODATE) {
        ful_day d = FUL_NODATE;
        int first = nsp > 0 ? 0 : -1;
        switch (cls) {
        case FUL_FIRM:
            /* "Send SOW today; they countersign by Friday": the client's date;
             * "Send proposal tonight, then walk through it Tue 1pm": the meeting's */
            if (exact_i >= 0 && rd.ce > rd.ca) {
                size_t lo = L.t[rd.ca].off, hi = L.t[rd.ce - 1].off + L.t[rd.ce - 1].len;
                for (i = exact_i; i < nsp; i++)
                    if (sp[i].kind == FUL_DATE_EXACT && sp[i].off >= lo && sp[i].off < hi) {
                        exact_i = i;
                        break;
                    }
            }
            d = exact_i >= 0 ? sp[exact_i].start : win_i >= 0 ? sp[win_i].end : ful_add_days(meeting, grace_days);
            break;
        case FUL_SOFT:
            /* "We send the quote Fri, Levan will try to get sign-off by 12/15":
             * the client's own day, as for firm */
            if (exact_i >= 0 && win_i < 0 && rd.ce > rd.ca) {
                size_t lo = L.t[rd.ca].off, hi = L.t[rd.ce - 1].off + L.t[rd.ce - 1].len;
                for (i = exact_i; i < nsp; i++)
                    if (sp[i].kind == FUL_DATE_EXACT && sp[i].off >= lo && sp[i].off < hi) {
                        exact_i = i;
                        break;
                    }
            }
            d = win_i >= 0 ? sp[win_i].end : exact_i >= 0 ? sp[exact_i].start : ful_add_days(meeting, grace_days);
            break;
        case FUL_NON:
        case FUL_COMPLIANCE:
            /* "Tom is out till Friday, will ping Monday": our step's own day */
            if (nsp > 1 && rd.ce > rd.ca) {
                size_t lo = L.t[rd.ca].off, hi = L.t[rd.ce - 1].off + L.t[rd.ce - 1].len;
                for (i = 0; i < nsp; i++)
                    if (sp[i].off >= lo && sp[i].off < hi) {
                        first = i;
                        break;
                    }
            }
            if (cls == FUL_COMPLIANCE) {
                d = first >= 0 ? (sp[first].kind == FUL_DATE_EXACT ? sp[first].start : sp[first].end) : ful_add_days(meeting, 2);
                break;
            }
            d = first >= 0 ? sp[first].start : ful_add_days(meeting, 7);
            break;
        default:
            /* (a day gone, or a year on, is when something happened: "Contract signed 11/28") */
            d = exact_i >= 0 && !ful_day_gone(sp[exact_i].start, meeting) ? sp[exact_i].start : FUL_NODATE;
            break;
        }
        out->due = d;
    }

    if (flags & FUL_CLS_EXPLAIN) {
        if (out->overridden) {
            ful_sb w = {out->why, 0, FUL_WHY_MAX}, a = {out->ask, 0, FUL_WHY_MAX};
            ful_put(&w, "the seller tagged it #");
            ful_put(&w, ful_class_name(cls));
            if (cls == FUL_SOFT)
                ful_put(&a, "ask for a booked meeting with a time");
            else if (cls == FUL_NON)
                ful_put(&a, "you are chasing: ask them to book the next meeting now");
            else if (cls == FUL_COMPLIANCE)
                ful_put(&a, "only you work: ask for a review of it together, with a date");
        } else {
            ful_explain(&L, &rd, cls, hedged, booked, sp, exact_i, win_i, out);
        }
        ful_clip(out->why);
        ful_clip(out->ask);
    }
}

int ful_step_actors(const ful_rules *rules, const ful_names *names, const char *text, size_t n,
                    ful_actor *out, int max, ful_actor *addressee)
{
    ful_cline L;
    int i, k, m = 0;
    if (addressee)
        memset(addressee, 0, sizeof *addressee);
    if (!text || n == 0)
        return 0;
    L.s = text;
    L.n = n;
    ful_tokenize(&L, ful_skip_prefix(text, n));
    ful_lookup(&L, rules);
    ful_find_head(&L);
    ful_actors_mark(&L, names);
    /* the resolver records actors as it finds them; the caller wants them
     * in the order the line gives them */
    for (i = 0; i < L.nt && m < max; i++)
        for (k = 0; k < L.nact; k++)
            if (L.act[k].tok == i) {
                out[m].off = L.t[i].off;
                out[m].len = L.t[i].len;
                out[m].side = L.act[k].side;
                out[m].who = L.act[k].who;
                m++;
                break;
            }
    if (addressee && (i = ful_actors_addressee(&L)) >= 0) {
        addressee->off = L.t[i].off;
        addressee->len = L.t[i].len;
        addressee->side = FUL_SIDE_CLIENT;
    }
    return m;
}
