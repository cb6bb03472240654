/* classify_read.c: reads a line's clauses and picks the one that decides
 * (spec section 2): each clause's subject (who acts: the client, the
 * seller, both at an event), what it amounts to (effort, compliance, a
 * chase, a fact), and the tie-breaks between clauses. Also drops the date
 * words that were a person's name ("Jan sends"). */
#include "clause.h"

/* "store manager sends", "regional buyer signs Friday", "co-op chair Mr.
 * Ssempala sends": up to three lowercase words that are no verb, then a
 * client's role (and its holder's name), then the role's verb: a
 * modal, a said, or a verb in -s; or plain words, then "will" and a
 * client's verb ("co-op members will vote"). The subject's last token,
 * or -1. */
static int ful_role_after_words(const ful_cline *L, int i, int end)
{
    int n, r = -1, v;
    for (n = 0; i >= 0 && n < 4; n++, i = ful_next(L, i, end)) {
        uint32_t b = L->t[i].bits;
        if ((L->t[i].flags & (T_QUOTED | T_NUM)) || (n > 0 && (L->t[i].flags & T_BREAK)))
            return -1;
        if ((b & FUL_CUE_CLIENT) && !(b & (VERBISH | FUL_CUE_POSS | FUL_CUE_COBJ)) && n > 0 && L->r[i].len > 2) {
            r = i;
            break;
        }
        if (n > 1 && (b & FUL_CUE_MODAL) && !(b & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)) && L->t[i].span == 1 &&
            (v = ful_next(L, i, end)) >= 0 && (L->t[v].bits & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_JOINT)) &&
            !(L->t[v].bits & FUL_CUE_MODAL) && !(L->t[v].flags & T_BREAK))
            return i - 1; /* "co-op members will vote on it": plain words, then "will" and a verb: they are someone */
        if ((b & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_POSS | FUL_CUE_ART |
                  FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_DNOUN | FUL_CUE_COBJ | FUL_CUE_WITH | FUL_CUE_TOPIC | FUL_CUE_COND)) ||
            ((L->t[i].flags & (T_CAP | T_NAME)) && !(n == 0 && i == L->head && !(b & ~FUL_CUE_CLIENT) && !(L->t[i].flags & T_UPPER))))
            return -1; /* (a plain word capitalised only as the line's first: "District transport manager") */
    }
    if (r < 0 || (v = ful_next(L, r, end)) < 0)
        return -1;
    if ((ful_is_id(L, v, FUL_W_at) || ful_is_id(L, v, FUL_W_in) || ful_is_id(L, v, FUL_W_from)) && L->t[v].span == 1 &&
        (i = ful_next(L, v, end)) >= 0 && (L->t[i].flags & T_CAP) && !(L->t[i].bits & (FUL_CUE_WORD | VERBISH)) &&
        !(L->t[i].flags & T_BREAK))
        v = i; /* ("plant manager at Kariba provides": where the role sits, then its verb) */
    while (v >= 0 && (L->t[v].flags & T_CAP) && !(L->t[v].bits & (FUL_CUE_WORD | VERBISH)) && !(L->t[v].flags & T_BREAK))
        v = ful_next(L, v, end); /* ("chair Mr. Ssempala") */
    if (v < 0 || (L->t[v].flags & T_BREAK))
        return -1;
    if ((L->t[v].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) && !(L->t[v].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)))
        return r;
    /* "District transport manager to send the floor plans by Friday": an action item the role owns */
    if (ful_is_id(L, v, FUL_W_to) && L->t[v].span == 1 && (i = ful_next(L, v, end)) >= 0 &&
        (L->t[i].bits & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_JOINT | FUL_CUE_SETUP)) &&
        !(L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_CLIENT | FUL_CUE_SELLER)) && !(L->t[i].flags & T_BREAK))
        return r;
    return (L->t[v].bits & VERBISH) && L->t[v].span == 1 && ful_ends_sv(L, v) ? r : -1;
}

/* "they're locked in with a competitor till mid next year", "budget is
 * frozen until Q2", "Tom is tied up until Friday": a state that lasts till
 * a time; the time is when it ends, no day anyone acts on */
/* "contract", "licence", "subscription", "lease": a deal that runs for a time */
int ful_term_noun(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_contract) || ful_is_word(L, i, "licence") || ful_is_word(L, i, "license") ||
           ful_is_word(L, i, "subscription") || ful_is_word(L, i, "lease");
}

/* "Procurement freeze until March", "they have a hiring freeze till Q2",
 * "budget blackout through January": a freeze of theirs and how long it
 * lasts, no step ("freeze pricing until March" is ours to do) */
static int ful_freeze_until(const ful_cline *L, int a, int end)
{
    int i = a, n = 0;
    if (i + 1 < end && (L->t[i].bits & FUL_CUE_CLIENT) && L->t[i].span == 1 &&
        (ful_is_id(L, i + 1, FUL_W_have) || ful_is_id(L, i + 1, FUL_W_has)))
        i += 2;
    if (i < end && (L->t[i].bits & (FUL_CUE_ART | FUL_CUE_POSS)))
        i++;
    for (; i < end && n < 3 && !ful_is_id(L, i, FUL_W_freeze) && !ful_is_id(L, i, FUL_W_blackout); i++, n++)
        if (L->t[i].span != 1 || (L->t[i].bits & ((VERBISH & ~FUL_CUE_ACT) | FUL_CUE_DATE | FUL_CUE_SELLER)) ||
            (L->t[i].flags & (T_NUM | T_QUOTED)) || (i > a && (L->t[i].flags & T_BREAK)))
            return 0; /* (a hiring, spend, budget or procurement freeze: a word or three naming it) */
    if (n == 0 || i + 2 >= end || L->t[i].span != 1 || !(ful_is_id(L, i, FUL_W_freeze) || ful_is_id(L, i, FUL_W_blackout)) ||
        !(ful_is_id(L, i + 1, FUL_W_until) || ful_is_id(L, i + 1, FUL_W_till) || ful_is_id(L, i + 1, FUL_W_through)))
        return 0;
    return (L->t[i + 2].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[i + 2].flags & T_NUM);
}

/* "Background check turnaround currently 6 days on average", "Currently
 * quoting against 2 other brokers", "staff currently track cases in
 * Excel": what is so now, told; no step unless a modal, a day, a booking,
 * a hedge or an ask says one ("currently waiting on legal, they'll sign
 * Fri" is read on for its other clause) */
static int ful_as_things_are(const ful_cline *L, int a, int end)
{
    int i, now = 0;
    for (i = a; i < end; i++) {
        if (i > a && (L->t[i - 1].flags & T_NUM) &&
            (ful_is_id(L, i, FUL_W_days) || ful_is_id(L, i, FUL_W_weeks) || ful_is_id(L, i, FUL_W_months)))
            continue; /* (how long: "6 days on average") */
        if ((L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE |
                             FUL_CUE_VAGUE | FUL_CUE_REQUEST | FUL_CUE_COND)) ||
            (L->t[i].flags & T_QUOTED) || ful_is_id(L, i, FUL_W_to))
            return 0;
        now |= ful_is_id(L, i, FUL_W_currently) && L->t[i].span == 1;
    }
    return now;
}

/* "€14", "£38": a sum whose sign is no ASCII byte (the tokenizer marks it
 * as a capital, not a number) */
static int ful_money_tok(const ful_cline *L, int i)
{
    const unsigned char *p = (const unsigned char *)L->s + L->t[i].off;
    size_t n = L->t[i].len;
    return (n >= 4 && p[0] == 0xE2 && p[1] == 0x82 && p[2] == 0xAC && p[3] >= '0' && p[3] <= '9') || /* € */
           (n >= 3 && p[0] == 0xC2 && p[1] == 0xA3 && p[2] >= '0' && p[2] <= '9');                   /* £ */
}

/* "avg ticket price $38", "Avg ticket price €14", "average time to fill
 * 62 days": a figure of theirs, told; no step in it */
static int ful_average_of(const ful_cline *L, int a, int end)
{
    int i = a, n;
    if (i < end && (L->t[i].bits & FUL_CUE_POSS))
        i++; /* ("their avg order value $220") */
    if (i >= end || L->t[i].span != 1 || !ful_gate_word(L, i, FUL_WG_AVG) || (L->t[i].flags & T_QUOTED))
        return 0;
    for (i++, n = 0; i < end && n < 5 && !(L->t[i].flags & T_NUM) && !ful_money_tok(L, i); i++, n++)
        if ((L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_CLIENT | FUL_CUE_SELLER |
                             FUL_CUE_SOBJ | FUL_CUE_COBJ)) ||
            (L->t[i].flags & (T_QUOTED | T_CAP | T_NAME)))
            return 0; /* (what is measured: a few plain words) */
    return n > 0 && i < end && ((L->t[i].flags & T_NUM) || ful_money_tok(L, i));
}

/* "we'll see", "they will see": a clause that promises only to wait and
 * see, no act ("we'll see the demo Tue" sees something, read on) */
static int ful_wait_and_see(const ful_cline *L, int a, int end)
{
    int i = a;
    if (i < end && (ful_is_id(L, i, FUL_W_we) || ful_is_id(L, i, FUL_W_they)) && i + 1 < end && ful_is_id(L, i + 1, FUL_W_will))
        i++;
    else if (!(i < end && (ful_is_id(L, i, FUL_W_we_ll) || ful_is_id(L, i, FUL_W_they_ll))))
        return 0;
    return i + 2 == end && ful_is_id(L, i + 1, FUL_W_see) && L->t[i + 1].span == 1;
}

static int ful_state_until(const ful_cline *L, int a, int end)
{
    int i, j, k;
    if (ful_freeze_until(L, a, end))
        return 1;
    /* "Contract with current vendor until June 2027", "their licence with
     * Oracle till Q3": how long a deal of theirs runs, no step */
    int held = 0; /* (theirs, with whom, or "valid": "Contract until 12/31" may be when it is due) */
    i = a < end && (L->t[a].bits & FUL_CUE_POSS) && !(L->t[a].flags & T_QUOTED) ? (held = 1, ful_next(L, a, end)) : a;
    /* "Existing vendor contract till Jun 2027", "current Oracle licence
     * until Q3": a word or two that say it is the one they have now */
    for (k = 0; k < 3 && i >= 0 && i < end && L->t[i].span == 1 && !(L->t[i].flags & (T_QUOTED | T_NUM)) &&
                !(L->t[i].bits & ~FUL_CUE_WORD) && !ful_term_noun(L, i);
         k++, i = ful_next(L, i, end))
        held |= ful_is_word(L, i, "existing") || ful_is_word(L, i, "current") || ful_is_word(L, i, "present") ||
                ful_is_word(L, i, "vendor") || ful_is_word(L, i, "incumbent");
    if (i >= 0 && i < end && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) && ful_term_noun(L, i)) {
        for (k = ful_next(L, i, L->nt); k >= 0; k = ful_next(L, k, L->nt)) /* ("until" opens a clause of its own) */
            if (ful_is_id(L, k, FUL_W_until) || ful_is_id(L, k, FUL_W_till)) {
                if (held && (k = ful_next(L, k, L->nt)) >= 0 && ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM)))
                    return 1;
                break;
            } else if (ful_is_id(L, k, FUL_W_with) || ful_is_word(L, k, "valid") || ful_be_form(L, k)) {
                held = 1;
            } else if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE)) || (L->t[k].flags & (T_NUM | T_BREAK))) {
                break; /* (read on below: "contract is locked until March") */
            }
    }
    for (i = a; i < end; i++)
        if ((ful_be_form(L, i) || ful_contraction_be(L, i)) &&
            (!(L->t[i].flags & T_QUOTED) || (i + 1 < end && (ful_is_id(L, i + 1, FUL_W_busy) || ful_is_id(L, i + 1, FUL_W_swamped) ||
                                                             ful_is_id(L, i + 1, FUL_W_slammed)))))
            break; /* (in quotes too, when they are busy: '"Call me after the 15th, council's busy till then"') */
    if (i >= end && a < end && a > 0 &&
        (ful_is_id(L, a, FUL_W_busy) || ful_is_id(L, a, FUL_W_swamped) || ful_is_id(L, a, FUL_W_slammed)) &&
        !(L->t[a].flags & T_QUOTED))
        j = a; /* "Raj replied, busy till Jan": the "is" left out */
    else if (i >= end || (j = ful_be_form(L, i) ? ful_next(L, i, end) : i + 1) < 0 || j >= end)
        return 0;
    if (ful_is_id(L, j, FUL_W_still) || ful_is_id(L, j, FUL_W_all))
        j = ful_next(L, j, end);
    if (j < 0 || ((L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_MODAL)) && !ful_is_id(L, j, FUL_W_locked)) ||
        (L->t[j].flags & (T_CAP | T_NUM)) ||
        !(ful_participle(L, j) || ful_past_verb(L, j) || ful_is_id(L, j, FUL_W_frozen) || ful_is_id(L, j, FUL_W_stuck) ||
          ful_is_id(L, j, FUL_W_tied) || ful_is_id(L, j, FUL_W_locked) || ful_is_id(L, j, FUL_W_busy) ||
          ful_is_id(L, j, FUL_W_swamped) || ful_is_id(L, j, FUL_W_slammed)))
        return 0;
    for (k = ful_next(L, j, L->nt); k >= 0; k = ful_next(L, k, L->nt)) /* ("until" opens a clause of its own) */
        if ((ful_is_id(L, k, FUL_W_until) || ful_is_id(L, k, FUL_W_till)) && k + 1 < L->nt)
            return 1;
        else if ((L->t[k].bits & (VERBISH | FUL_CUE_DATE)) && !ful_participle(L, k))
            return 0;
    return 0;
}

/* "CFO approval needed over $50k", "3 quotes required for anything above
 * 25k": a rule of theirs above an amount, told; no step, nobody's day */
static int ful_threshold(const ful_cline *L, int a, int end)
{
    int i, k, need = 0;
    for (i = a; i < end; i++) {
        if ((L->t[i].flags & T_QUOTED) || (L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_SOBJ | FUL_CUE_YOU)) ||
            ((L->t[i].bits & FUL_CUE_MODAL) && !ful_be_form(L, i)))
            return 0;
        if (ful_is_id(L, i, FUL_W_needed) || ful_is_id(L, i, FUL_W_required) || ful_is_id(L, i, FUL_W_requires) ||
            ful_is_id(L, i, FUL_W_need) || ful_is_id(L, i, FUL_W_needs) || ful_is_id(L, i, FUL_W_approves) ||
            ful_is_id(L, i, FUL_W_approval))
            need = 1;
        if (need && (ful_is_id(L, i, FUL_W_over) || ful_is_id(L, i, FUL_W_above)) && (k = ful_next(L, i, end)) >= 0 &&
            (L->t[k].flags & T_NUM) && ful_quantity(L, k)) {
            for (k = ful_next(L, k, end); k >= 0; k = ful_next(L, k, end))
                if ((L->t[k].bits & (VERBISH | FUL_CUE_DATE)) || (L->t[k].flags & T_NUM))
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* "Decision by committee", "decision by consensus of the partners": how
 * they decide, no day anyone acts on */
static int ful_decided_how(const ful_cline *L, int a, int end)
{
    int i = a, k;
    if (!(L->wsets & FUL_WG_DECISION))
        return 0; /* (no "decision" on the line) */
    if (i < end && (L->t[i].bits & FUL_CUE_POSS))
        i++;
    if (i + 2 >= end || !ful_is_id(L, i, FUL_W_decision) || !ful_is_id(L, i + 1, FUL_W_by) || L->t[i].span != 1 ||
        (L->t[i].flags & T_QUOTED))
        return 0;
    for (k = i + 2; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_BOOKED | VERBISH)) || (L->t[k].flags & T_NUM))
            return 0;
    return 1;
}

/* "... to Emeka", "... for Dominika's team": the thing at j goes to
 * someone named in its clause */
static int ful_goes_to(const ful_cline *L, int j, int end)
{
    int k, n;
    for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 6; k = ful_next(L, k, end), n++)
        if ((ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_for)) && (k = ful_next(L, k, end)) >= 0)
            return (L->t[k].flags & (T_NAME | T_CAP)) || (L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_COBJ));
        else if (L->t[k].bits & (VERBISH | FUL_CUE_MODAL))
            return 0;
    return 0;
}

/* "Samples shipped 11/30", "Orders placed by phone", "Signs made by a shop
 * in Apia", "Quote sent 11/25": things in the plural, or a thing we make,
 * and what was done to them, a record; not
 * "Sends signed NDA back" (a participle before its noun) nor "Samples
 * shipped by Friday" (a deadline) */
static int ful_things_done(const ful_cline *L, int i, int end)
{
    const ful_rtok *r = &L->r[i];
    int j, k;
    if (((r->len < 4 || r->lw[r->len - 1] != 's' || r->lw[r->len - 2] == 's' || r->lw[r->len - 2] == '\'') &&
         !(L->t[i].bits & FUL_CUE_DNOUN)) ||
        L->t[i].span != 1 || (L->t[i].flags & (T_QUOTED | T_NUM)))
        return 0; /* (the plural's shape, or a thing we make: "Quote sent 11/25"; most clauses stop here) */
    j = ful_next(L, i, end);
    if (j < 0 || (L->t[j].flags & (T_BREAK | T_QUOTED | T_CAP)) ||
        (L->t[i].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_POSS | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_EVENT)) ||
        ((L->t[i].bits & FUL_CUE_CLIENT) && !(L->t[i].flags & T_NAME)) || /* (a plural read as a name: "Units installed") */
        !(ful_participle(L, j) || ful_past_verb(L, j)) || (L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK)) ||
        ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_supposed) || ful_is_id(L, j, FUL_W_planned) ||
        ful_is_id(L, j, FUL_W_needed) || ful_is_id(L, j, FUL_W_scheduled))
        return 0; /* (and not what is ahead: "PO expected in June") */
    k = ful_next(L, j, end);
    if (k >= 0 && ful_is_id(L, k, FUL_W_to))
        return 0; /* ("Marcus agreed to sign") */
    if (k >= 0 && !(L->t[k].flags & (T_BREAK | T_NUM)) && !ful_is_id(L, k, FUL_W_and) && !ful_is_id(L, k, FUL_W_through) &&
        !ful_is_id(L, k, FUL_W_via) && !ful_is_id(L, k, FUL_W_over) && !ful_is_id(L, k, FUL_W_across) &&
        !ful_is_id(L, k, FUL_W_every) && !ful_is_id(L, k, FUL_W_twice) && !ful_is_id(L, k, FUL_W_already) &&
        !(L->t[k].bits & (FUL_CUE_ART | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_TOPIC | FUL_CUE_WITH)))
        return 0; /* ("Sends signed NDA back": the participle before its noun) */
    for (; k >= 0; k = ful_next(L, k, end))
        if ((ful_is_id(L, k, FUL_W_by) || ful_is_id(L, k, FUL_W_before) || ful_is_id(L, k, FUL_W_until) ||
             ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_due)) &&
            (j = ful_next(L, k, end)) >= 0 && ((L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[j].flags & T_NUM)) &&
            !(ful_is_id(L, k, FUL_W_by) && ful_quantity(L, j)))
            return 0; /* (a day after "by", "due"; not a figure: "Budget cut by 20%") */
    return 1;
}

/* "the questionnaire must be filled by us", "the DPA needs to be signed
 * by me", "references to be sent by our team": a passive ahead ("be"
 * after a modal or "to") whose doer, after "by", is our side; the
 * participle's token, or -1 ("was sent by us" is a record, not read). */
static int ful_passive_ours(const ful_cline *L, int a, int end)
{
    int k, p;
    for (k = a + 1; k + 3 < end; k++) {
        if (!ful_is_id(L, k, FUL_W_be) || !((L->t[k - 1].bits & FUL_CUE_MODAL) || ful_is_id(L, k - 1, FUL_W_to) ||
                                            ful_is_id(L, k - 1, FUL_W_must)))
            continue;
        p = k + 1;
        if (!ful_participle(L, p) || !ful_is_id(L, p + 1, FUL_W_by))
            continue;
        if (ful_is_id(L, p + 2, FUL_W_us) || ful_is_id(L, p + 2, FUL_W_me) ||
            (ful_is_id(L, p + 2, FUL_W_our) && p + 3 < end && !(L->t[p + 3].bits & FUL_CUE_DATE)))
            return p;
    }
    return -1;
}

/* "We had the kickoff with QA on Tuesday", "I had a call with Tom
 * Monday": our side had the meeting, a record; its day is when it was
 * held (not "we had the demo booked for Tue", "had a call planned for
 * next week"). st: the seller's subject. */
/* "We lost the RFP", "we already sent the deck", "We have shared the
 * quote", "I've emailed Tom": after "we" or "I" (and "have", "already"),
 * the past told; its token, or -1. The words' order is ful_perfect_subject's,
 * the one ful_done_thing reads the same past by. */
static int ful_we_did(const ful_cline *L, int i, int end)
{
    int pv, perfect = ful_is_id(L, i, FUL_W_we_ve) || ful_is_id(L, i, FUL_W_i_ve) || ful_is_id(L, i, FUL_W_ive);
    if (!perfect && !ful_is_id(L, i, FUL_W_we) && !ful_is_id(L, i, FUL_W_i))
        return -1;
    for (pv = ful_next(L, i, end);
         pv >= 0 && (ful_is_id(L, pv, FUL_W_have) || ful_is_id(L, pv, FUL_W_already) || ful_is_id(L, pv, FUL_W_just));
         pv = ful_next(L, pv, end))
        perfect |= ful_is_id(L, pv, FUL_W_have);
    if (pv < 0 || ful_perfect_subject(L, pv) != i || (L->t[pv].flags & T_QUOTED) ||
        !(ful_past_verb(L, pv) || (perfect && ful_participle(L, pv))) || (perfect && ful_is_id(L, pv, FUL_W_got)))
        return -1; /* ("we've got a call with Tom Thu": we have) */
    return pv;
}

static int ful_we_had_event(const ful_cline *L, int st, int end)
{
    int k = st + 1;
    if (st < 0 || !(ful_is_id(L, st, FUL_W_we) || ful_is_id(L, st, FUL_W_i)) || (L->t[st].flags & T_QUOTED) ||
        k + 1 >= end || !ful_is_id(L, k, FUL_W_had))
        return 0;
    k++;
    if (ful_is_id(L, k, FUL_W_a) || ful_is_id(L, k, FUL_W_the) || ful_is_id(L, k, FUL_W_our))
        k++;
    if (k >= end || !(L->t[k].bits & FUL_CUE_EVENT))
        return 0;
    for (k++; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_VAGUE)) || ful_is_id(L, k, FUL_W_next) ||
            ful_is_id(L, k, FUL_W_tomorrow) || ful_is_word(L, k, "planned"))
            return 0;
    return 1;
}

/* "let us know", "get back to me": a client's act done to us, in a
 * phrase of the table (not in quotes, where "us" is the client) */
static int ful_tells_us(const ful_cline *L, int i)
{
    int k;
    if (L->t[i].span < 2 || (L->t[i].flags & T_QUOTED) || !(L->t[i].bits & FUL_CUE_ACT) ||
        (L->t[i].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV)))
        return 0;
    for (k = i + 1; k < i + L->t[i].span && k < L->nt; k++)
        if (ful_is_id(L, k, FUL_W_us) || ful_is_id(L, k, FUL_W_me))
            return 1;
    return 0;
}

/* (one caller, ful_read_line below: inlined, as the compiler did before it grew) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int ful_subject(const ful_cline *L, int a, int end, int *st, int *hedge)
{
    int i, j, e, modifier = 0, lead = a;
    uint32_t b;
    /* lead: the clause's first word after label fillers ("TODO Fire off
     * the redlines", "pls reconnect in 90 days"): where an imperative stands */
    while (lead < end && ((L->t[lead].flags & (T_INPHR | T_TAG)) ||
                          ((L->t[lead].bits & FUL_CUE_FILLER) &&
                           !(L->t[lead].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_DATE)))))
        lead++;
    if (lead + 1 < end && !(L->t[lead].flags & T_QUOTED) && L->t[lead].span == 1 &&
        ((ful_wset[L->t[lead].wid] & FUL_WS_FRONT) ||
         /* ("Last week Tom sent the PO", "This week Tom sends the PO": "last"
          * is no name, "this" no article, before the time's noun) */
         ((ful_is_id(L, lead, FUL_W_last) || ful_is_id(L, lead, FUL_W_this) || ful_is_id(L, lead, FUL_W_next)) &&
          (L->t[lead + 1].bits & FUL_CUE_DATE)))) {
        /* "By Friday Tom sends the form", "On 12/10 they send the PO", "In a
         * few weeks they will decide": a time put first; who acts, or the
         * order, stands after it */
        for (j = lead + 1; j < end && ((L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_ART)) || (L->t[j].flags & (T_NUM | T_INPHR)) ||
                                       ful_is_id(L, j, FUL_W_few) || ful_is_id(L, j, FUL_W_couple) || ful_is_id(L, j, FUL_W_of) ||
                                       ful_is_id(L, j, FUL_W_two) || ful_is_id(L, j, FUL_W_three) || ful_is_id(L, j, FUL_W_four) ||
                                       ful_is_id(L, j, FUL_W_five) || ful_is_id(L, j, FUL_W_six) || ful_is_id(L, j, FUL_W_several) ||
                                       ful_is_id(L, j, FUL_W_next) || ful_is_id(L, j, FUL_W_this) || ful_is_id(L, j, FUL_W_end));
             j++)
            if (L->t[j].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_EVENT))
                break;
        for (e = lead + 1; e < j && !((L->t[e].bits & FUL_CUE_DATE) || (L->t[e].flags & T_NUM)); e++)
            ;
        if (e < j && j < end && !(L->t[j].flags & T_BREAK) &&
            ((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | VERBISH)) || (L->t[j].flags & (T_CAP | T_NAME))) &&
            !((L->t[j].bits & FUL_CUE_EVENT) && (L->t[j - 1].bits & FUL_CUE_ART)))
            a = lead = j; /* (only before who acts or the order: not "On Thursday after the call") */
    }
    if (lead + 2 < end && (L->wsets & FUL_WG_BEST) && ful_gate_word(L, lead, FUL_WG_BEST) && ful_is_id(L, lead + 1, FUL_W_to) &&
        (L->t[lead + 2].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_SETUP)) && !(L->t[lead].flags & T_QUOTED))
        a = lead = lead + 2; /* "best to reach Olga before 9am", "better to call him after Nowruz": advice, our to-do */
    if (lead + 1 < end && (L->wsets & FUL_WG_KEEP) && ful_is_id(L, lead, FUL_W_keep) && L->t[lead].span == 1 && ful_ends_ing(L, lead + 1) &&
        (L->t[lead + 1].bits & VERBISH))
        lead++; /* "keep chasing Ana for the PO": the verb after it is the step */
    for (i = a; i < end; i++) {
        const ful_tok *t = &L->t[i];
        if ((t->flags & (T_INPHR | T_TAG)) || (i + 1 == lead && ful_is_id(L, i, FUL_W_keep)))
            continue;
        if (i == lead && ful_obtain(L, i, end))
            return *st = i, S_SELLER; /* "get sign-off from their CFO": ours to chase (ful_seller_clause) */
        if (i == lead && (t->bits & VERBISH) && !(t->bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_CHASE)) && t->span == 1 &&
            !ful_is_id(L, i, FUL_W_send) && !ful_is_id(L, i, FUL_W_give) && !ful_is_id(L, i, FUL_W_forward) &&
            !ful_is_id(L, i, FUL_W_drop) && !ful_is_word(L, i, "share") && /* ("send team updates Friday": an order) */
            !(t->flags & T_QUOTED) && i + 2 < end && L->t[i + 1].span == 1 && !(L->t[i + 1].flags & (T_BREAK | T_QUOTED)) &&
            (L->t[i + 1].bits & FUL_CUE_CLIENT) && !(L->t[i + 1].bits & (FUL_CUE_POSS | FUL_CUE_COBJ | VERBISH)) &&
            !(L->t[i + 2].flags & (T_BREAK | T_CAP)) && L->t[i + 2].span == 1 &&
            ((ful_ends_sv(L, i + 2) && (L->t[i + 2].bits & VERBISH) && !(L->t[i + 2].bits & FUL_CUE_DNOUN)) ||
             (L->t[i + 2].bits & FUL_CUE_MODAL) || ful_is_id(L, i + 2, FUL_W_might) || ful_is_id(L, i + 2, FUL_W_may)) &&
            !(L->t[i + 2].bits & FUL_CUE_CLIENT))
            return *st = i + 1, S_CLIENT; /* "Purchase department pays invoices", "Review board meets Tuesday",
                                           * "Purchase committee might take it up":
                                           * a verb's word naming the team, not an order */
        if (i == lead && (t->flags & T_CAP) && !(t->flags & (T_UPPER | T_NUM)) && !(t->bits & FUL_CUE_WORD) && t->span == 1 &&
            i + 1 < end && !(L->t[i + 1].flags & T_BREAK) && (ful_wset[L->t[i + 1].wid] & FUL_WS_MOOD))
            return *st = i, S_CLIENT; /* "Tom happy, will sign Fri": a name and how they feel */
        b = t->bits;
        /* "no answer today", "no decision yet": a status, not a to-do */
        if ((b & FUL_CUE_NEG) && t->span == 1)
            return *st = i, S_NONE; /* (ful_read_line: a status) */
        /* "Sir will discuss with management", "Madam said she'll sign": the
         * address is the person (not "Sir, please find attached") */
        if ((L->wsets & FUL_WG_SIR) && ful_gate_word(L, i, FUL_WG_SIR) && i + 1 < end &&
            !(L->t[i + 1].flags & T_BREAK) && (L->t[i + 1].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) &&
            !(L->t[i + 1].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)))
            return *st = i, S_CLIENT;
        /* skip what cannot be a subject: fillers, dates, numbers, hedging
         * adverbs, a letter before a hyphen ("E-mail the deck", "X-ray") */
        if (((b & (FUL_CUE_FILLER | FUL_CUE_DATE)) && !(b & (VERBISH | FUL_CUE_EVENT | FUL_CUE_CLIENT | FUL_CUE_SELLER))) ||
            (L->r[i].len == 1 && t->off + 1 < L->n && L->s[t->off + 1] == '-'))
            continue;
        if (i == lead && (b & FUL_CUE_HEDGE) && (t->flags & T_QUOTED) && t->span == 1 && (j = ful_next(L, i, end)) >= 0 &&
            (L->t[j].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_SETUP)) && (L->t[j].flags & T_QUOTED) &&
            !(L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU))) {
            if (*hedge < 0)
                *hedge = i; /* "might send it Friday" - Lars: the speaker, unsaid, unsure */
            return *st = i, S_CLIENT;
        }
        if ((t->flags & T_NUM) || ((b & (FUL_CUE_HEDGE | FUL_CUE_VAGUE | FUL_CUE_NEGBOOK)) && !(b & (FUL_CUE_CHASE | FUL_CUE_DELIV)))) {
            if ((b & FUL_CUE_HEDGE) && *hedge < 0)
                *hedge = i;
            /* (a time after its day is no count of calls: "Tuesday 10am call Hamid" is our call) */
            if (!((t->flags & T_NUM) && i > a && (L->t[i - 1].bits & FUL_CUE_DATE) && !(t->flags & T_BREAK)))
                modifier = 1;
            continue;
        }
        if ((b & FUL_CUE_ART) && (ful_is_id(L, i, FUL_W_the) || ful_is_id(L, i, FUL_W_a) || ful_is_id(L, i, FUL_W_an) ||
                                  ful_is_id(L, i, FUL_W_to)))
            continue;
        /* "On the call we agreed...", "During the demo Rahul said...": the setting, not the subject */
        if (i == lead && (ful_is_id(L, i, FUL_W_on) || ful_is_id(L, i, FUL_W_during) || ful_is_id(L, i, FUL_W_in)) &&
            (j = ful_next(L, i, end)) >= 0 && (ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_today_s) || ful_is_id(L, j, FUL_W_this)) &&
            (e = ful_next(L, j, end)) >= 0 && (L->t[e].bits & FUL_CUE_EVENT) && L->t[e].span == 1 &&
            (j = ful_next(L, e, end)) >= 0 &&
            ((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) || ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD)))) {
            i = e;
            continue;
        }
        /* "Can we get on their calendar?", "Could they sign Friday?": a
         * question's modal before its subject; asked of the client, unsure */
        if (i == lead && (b & FUL_CUE_MODAL) && !(b & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)) &&
            (j = ful_next(L, i, end)) >= 0 &&
            ((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) || ((L->t[j].bits & FUL_CUE_YOU) && (L->t[j].flags & T_QUOTED))) &&
            !(L->t[j].bits & FUL_CUE_MODAL) && L->r[j].len <= 4) {
            /* ("can you send the SLA?" in quotes: the client asks us) */
            if ((L->t[j].bits & FUL_CUE_CLIENT) && *hedge < 0)
                *hedge = i;
            continue;
        }
        /* "Will call Jen next week": a note's opening "will" is the seller's
         * (I) will; a name spelled Will was resolved by actors.c */
        if (i == L->head && (b & FUL_CUE_MODAL) && !(b & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) && !(t->flags & T_QUOTED) &&
            (ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_must) || ful_is_id(L, i, FUL_W_should) ||
             ful_is_id(L, i, FUL_W_shall) || (ful_is_id(L, i, FUL_W_have) && ful_is_id(L, i + 1, FUL_W_to)))) {
            /* but "Will probably sign in January": a client's verb after it
             * means the client (or Will) acts, however the subject was dropped */
            if (ful_is_id(L, i, FUL_W_will) && ful_client_verb_after(L, i, end))
                return *st = i, S_CLIENT;
            if ((ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_should)) && ful_receive_paper(L, i, end)) {
                if (ful_is_id(L, i, FUL_W_should) && *hedge < 0)
                    *hedge = i; /* "Should have the redlines back Fri": theirs to send, unsure */
                return *st = i, S_CLIENT;
            }
            continue; /* and "Must follow up", "Have to draft the SOW" */
        }
        /* "Give us a couple of weeks", in quotes; "give them time to decide":
         * the client asks for time to think, their own doing, unsure */
        if (ful_gives_time(L, i, end)) {
            *hedge = i;
            return *st = i, S_CLIENT;
        }
        /* "Should have an answer next week", in quotes: the speaker, unsaid */
        if ((b & FUL_CUE_MODAL) && (t->flags & T_QUOTED) && !(b & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)) &&
            (ful_is_id(L, i, FUL_W_should) || ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_would) ||
             ful_is_id(L, i, FUL_W_can) || ful_is_id(L, i, FUL_W_could)) &&
            (j = ful_next(L, i, end)) >= 0 && !(L->t[j].bits & (FUL_CUE_YOU | FUL_CUE_SELLER | FUL_CUE_CLIENT))) {
            if (ful_is_id(L, i, FUL_W_should) && *hedge < 0)
                *hedge = i; /* (expected, not promised, as unquoted) */
            return *st = i, S_CLIENT;
        }
        break;
    }
    if (i >= end)
        return S_NONE;
    *st = i;
    b = L->t[i].bits;
    if (i == lead && ful_things_done(L, i, end))
        return S_SELLER; /* (ful_read_line: a record) */
    if (ful_recap_verb(L, i))
        return S_SELLER; /* "Walked them through the demo": what we did (ful_read_line: a recap) */
    if (!(b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_BOOKED |
               FUL_CUE_MODAL)) &&
        ful_from_client(L, i, end))
        return S_CLIENT;
    if ((b & (FUL_CUE_SELLER | FUL_CUE_MODAL)) && !(L->t[i].flags & T_QUOTED)) {
        /* "We should hear back by Fri", "Should hear from Ana after their
         * offsite": their answer is what is awaited, theirs to give */
        j = (b & FUL_CUE_SELLER) && !(b & FUL_CUE_MODAL) ? ful_next(L, i, end) : i;
        if (j >= 0 && (L->t[j].bits & FUL_CUE_MODAL) && L->t[j].span == 1 && !(L->t[j].bits & FUL_CUE_CLIENT))
            j = ful_next(L, j, end);
        if (j > i && ful_is_id(L, j, FUL_W_hear) && !(L->t[j].flags & T_QUOTED))
            return *st = i, S_CLIENT;
    }
    if (b & FUL_CUE_SELLER)
        return (L->t[i].flags & T_QUOTED) ? S_CLIENT : S_SELLER;
    if ((b & FUL_CUE_SOBJ) && (ful_is_id(L, i, FUL_W_our) || ful_is_id(L, i, FUL_W_my)) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_champion) || ful_is_id(L, j, FUL_W_sponsor) || ful_is_id(L, j, FUL_W_contact) ||
         ful_is_id(L, j, FUL_W_buyer) || ful_is_id(L, j, FUL_W_customer) || ful_is_id(L, j, FUL_W_client) ||
         ful_is_id(L, j, FUL_W_prospect)))
        return *st = j, S_CLIENT; /* "our champion will socialize it": ours to know, theirs to do */
    if ((b & FUL_CUE_SOBJ) && (ful_is_id(L, i, FUL_W_our) || ful_is_id(L, i, FUL_W_my)) && !(L->t[i].flags & T_QUOTED)) {
        /* "our next call is booked for Tue", "our follow-up call is
         * scheduled": a meeting of both, booked, not our chase */
        for (j = ful_next(L, i, end), e = 0; j >= 0 && e < 3 && !(L->t[j].bits & FUL_CUE_EVENT) &&
                                             !(L->t[j].bits & ((VERBISH & ~FUL_CUE_CHASE) | FUL_CUE_MODAL | FUL_CUE_CLIENT));
             j = ful_next(L, j, end), e++)
            ;
        if (j >= 0 && (L->t[j].bits & FUL_CUE_EVENT) && !(L->t[j].bits & FUL_CUE_DATE))
            for (e = ful_next(L, j, end); e >= 0 && e < end; e = ful_next(L, e, end))
                if ((L->t[e].bits & FUL_CUE_BOOKED) && !(L->t[e].bits & FUL_CUE_NEGBOOK))
                    return S_EVENT;
    }
    if (b & FUL_CUE_SOBJ) /* "Our SE builds...", but "our" in quotes is the client's */
        return (L->t[i].flags & T_QUOTED) ? S_CLIENT : S_SELLER;
    if ((b & FUL_CUE_YOU) && (L->t[i].flags & T_QUOTED) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_will) || (L->t[i].bits & FUL_CUE_MODAL)) && !ful_is_id(L, j, FUL_W_need)) {
        e = ful_is_id(L, j, FUL_W_will) ? ful_next(L, j, end) : j;
        if (e >= 0 && (ful_is_id(L, e, FUL_W_have) || ful_is_id(L, e, FUL_W_get) || ful_is_id(L, e, FUL_W_receive) ||
                       ful_is_id(L, e, FUL_W_hear)))
            return S_CLIENT; /* "You'll have the PO by Friday" - Kai: Kai gives it */
    }
    if (b & FUL_CUE_YOU)
        return S_SELLER;
    if ((L->t[i].flags & T_UPPER) && L->r[i].len == 2 && memcmp(L->r[i].lw, "it", 2) == 0)
        return S_CLIENT; /* IT, the department */
    if (!(b & (FUL_CUE_CLIENT | FUL_CUE_POSS | VERBISH)) && !(L->t[i].flags & (T_NAME | T_QUOTED)) && ful_acronym(L, i) &&
        (j = ful_next(L, i, end)) >= 0 && (L->t[j].bits & FUL_CUE_DNOUN) && !(L->t[j].bits & (FUL_CUE_CDOC | FUL_CUE_CLIENT)))
        return *st = j, S_SELLER; /* "MAP draft to champion by Wed", "ROI model for the CFO": an acronym names the thing */
    if ((b & FUL_CUE_CLIENT) && !(b & FUL_CUE_POSS) && !(L->t[i].flags & T_NAME) && (j = ful_next(L, i, end)) >= 0 &&
        (L->t[j].bits & FUL_CUE_DNOUN) && !(L->t[j].bits & (FUL_CUE_CDOC | VERBISH | FUL_CUE_CLIENT)) &&
        !ful_is_id(L, i, FUL_W_they) && !ful_is_id(L, i, FUL_W_she) && !ful_is_id(L, i, FUL_W_he)) /* ("she reports to") */
        return *st = j, S_SELLER; /* "Security docs to IT": a kind of document, not who acts */
    if ((b & (FUL_CUE_CLIENT | FUL_CUE_POSS)) && !(b & (FUL_CUE_DELIV | FUL_CUE_CHASE)))
        return ful_next(L, i, end) >= 0 ? S_CLIENT : S_NONE;
    if (b & FUL_CUE_BOOKED)
        return S_EVENT; /* "Booked: Tue 9am", "Confirmed for Monday" */
    if ((b & FUL_CUE_CHASE) && (j = ful_next(L, i, end)) >= 0 && ful_is_id(L, j, FUL_W_on) && L->t[j].off > 0 &&
        L->s[L->t[j].off - 1] == '-' && ful_next(L, j, end) >= 0)
        j = ful_next(L, j, end); /* ("Follow-on meeting": one word before the meeting's) */
    if ((b & FUL_CUE_CHASE) && j >= 0 && (L->t[j].bits & FUL_CUE_EVENT)) {
        /* "Follow-up meeting on the calendar" is a meeting; an unbooked
         * "follow-up call in two weeks" is the seller's chase */
        for (e = j; e < end; e++)
            if (L->t[e].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK))
                return S_EVENT; /* booked, or "to be scheduled": a meeting all the same */
    }
    if ((b & FUL_CUE_EVENT) && !(b & (FUL_CUE_CHASE | FUL_CUE_ACT)) && (j = ful_next(L, i, end)) >= 0 &&
        (((L->t[j].bits & FUL_CUE_DNOUN) && !(L->t[j].bits & (FUL_CUE_EVENT | FUL_CUE_ACT))) || ful_event_modifier(L, i, end)))
        return *st = j, S_SELLER; /* "Demo env for their team", "Call summary to Ana", "pilot success criteria doc": a thing */
    if (b & FUL_CUE_EVENT) {
        /* "Tentative call", "Call with their CFO" are meetings */
        if ((b & (FUL_CUE_CHASE | FUL_CUE_ACT)) && !modifier &&
            (!ful_noun_start(L, i, end) ||
             /* "If nothing heard by next week, call": after its condition, a lone verb */
             ((b & FUL_CUE_CHASE) && ful_next(L, i, end) < 0 && i > L->head && !(L->t[i].flags & T_QUOTED) &&
              (ful_is_id(L, L->head, FUL_W_if) || (L->t[L->head].bits & FUL_CUE_COND)))))
            return S_SELLER; /* "Call Raj", "Review their RFP" */
        return S_EVENT;
    }
    /* "Likely to sign next month", "Probably move forward in Q1": a hedge
     * then the client's verb, the client left unsaid */
    if (modifier && *hedge >= 0 && (b & FUL_CUE_ACT) && !(b & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_EVENT)))
        return S_CLIENT;
    if (ful_is_id(L, i, FUL_W_hear) && !(L->t[i].flags & T_QUOTED)) {
        /* "Should hear back after their offsite": their answer, awaited; the
         * modal before it hedges it ("Should hear from Ana by the 10th") */
        if (i > a && (L->t[i - 1].bits & FUL_CUE_MODAL) && !(L->t[i - 1].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)))
            *st = i - 1;
        return S_CLIENT;
    }
    if ((ful_is_id(L, i, FUL_W_expect) || (ful_is_id(L, i, FUL_W_expecting) && i == lead && !(L->t[i].flags & T_QUOTED))) &&
        (j = ful_next(L, i, end)) >= 0 &&
        !(L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER | FUL_CUE_YOU | VERBISH)))
        return *st = j, S_CLIENT; /* "Expect PO after the holidays", "Expecting PO this week": theirs to send */
    if ((b & FUL_CUE_ACT) && !(b & (FUL_CUE_CHASE | FUL_CUE_DELIV)) && ful_participle(L, i) && !ful_recap_verb(L, i) &&
        (j = ful_next(L, i, end)) >= 0 && (L->t[j].bits & FUL_CUE_DNOUN) && !ful_to_client(L, j, end))
        return *st = j, S_CLIENT; /* "Signed PO expected soon": what the client did, not an imperative */
    if ((ful_is_id(L, i, FUL_W_intro) || ful_is_id(L, i, FUL_W_introduction)) && (j = ful_next(L, i, end)) >= 0 &&
        ful_is_id(L, j, FUL_W_to) && (e = ful_next(L, j, end)) >= 0 &&
        ((L->t[e].bits & (FUL_CUE_POSS | FUL_CUE_CLIENT)) || ((L->t[e].flags & T_CAP) && !(L->t[e].bits & FUL_CUE_WORD))))
        return S_CLIENT; /* "Intro to their CEO": our contact makes it */
    if ((b & FUL_CUE_CHASE) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 && ful_recap_verb(L, j) &&
        (ful_participle(L, j) || ful_is_id(L, j, FUL_W_sent)) && !(L->t[j].bits & (VERBISH & ~FUL_CUE_DELIV)))
        return *st = j, S_SELLER; /* "Email sent to Priya", "vm left": the message, then what was done with it */
    if (i == lead && ful_tells_us(L, i))
        return S_CLIENT; /* "let us know by Fri", "get back to us": an order to ourselves makes no sense, theirs */
    if (b & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_ACT | FUL_CUE_JOINT | FUL_CUE_REQUEST))
        return S_SELLER; /* an imperative: the seller's to-do */
    if ((e = ful_event_ahead(L, i, end)) >= 0 && e != i)
        return S_EVENT;
    if ((b & FUL_CUE_DNOUN) && (j = ful_next(L, i, end)) >= 0 && ful_recap_verb(L, j))
        return *st = j, S_SELLER; /* "Proposal sent", "Pricing shared with Priya": done, a recap */
    if (b & FUL_CUE_DNOUN) {
        /* "Contract will be signed", "PO expected soon": a passive whose
         * doer is the client; "Proposal by Friday" is the seller's */
        for (j = ful_next(L, i, end), e = 0; j >= 0 && e < 3; j = ful_next(L, j, end), e++) {
            int k = ful_next(L, j, end);
            if (((ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_pending) ||
                  /* ("Proposal is due by Friday": ours; "PO due Friday": theirs) */
                  (ful_is_id(L, j, FUL_W_due) && (b & FUL_CUE_CDOC))) &&
                 !ful_to_client(L, j, end)) ||
                ((ful_is_id(L, j, FUL_W_be) || ((ful_is_id(L, j, FUL_W_gets) || ful_is_id(L, j, FUL_W_get)) && (b & FUL_CUE_CDOC))) &&
                 k >= 0 && ful_verb_shape(L, k) &&
                 /* ("Pricing to be shared", "Samples to be delivered": ours to give) */
                 (!((L->t[k].bits | ful_stem_bits(L->r[k].lw, L->r[k].len)) & FUL_CUE_DELIV) || (b & FUL_CUE_CDOC))))
                return S_CLIENT;
            /* "NDA signed back by Fri", "PO issued by Friday": done by the
             * client; "Proposal sent" stays ours */
            if (ful_participle(L, j) && !ful_to_client(L, j, end) &&
                (((L->t[j].bits & FUL_CUE_ACT) && !(L->t[j].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE))) ||
                 ((L->t[j].bits & FUL_CUE_DELIV) && (b & FUL_CUE_CDOC))))
                return S_CLIENT;
            if (ful_is_id(L, j, FUL_W_from) && k >= 0 &&
                ((L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) || (L->t[k].flags & T_NAME) || ful_is_id(L, k, FUL_W_them)))
                return S_CLIENT; /* "Approval from finance by 12/9", "questionnaire back from them by 12/9" */
            if ((b & FUL_CUE_CDOC) && (L->t[j].bits & FUL_CUE_NEGBOOK))
                return S_CLIENT; /* "Budget to be confirmed": theirs to confirm */
            if ((b & FUL_CUE_CDOC) &&
                (ful_is_id(L, j, FUL_W_coming) || ful_is_id(L, j, FUL_W_comes) || ful_is_word(L, j, "arrives") ||
                 ful_is_word(L, j, "arriving") || ful_is_word(L, j, "lands") || ful_is_word(L, j, "landing") ||
                 ((ful_is_id(L, j, FUL_W_goes) || ful_is_id(L, j, FUL_W_going)) && ful_is_id(L, k, FUL_W_out)) ||
                 (ful_is_id(L, j, FUL_W_to) && ful_is_id(L, k, FUL_W_follow) && !ful_is_id(L, ful_next(L, k, end), FUL_W_up))))
                return S_CLIENT; /* "PO coming Friday", "The PO goes out Friday", "PO to follow": their paper on its way */
            if ((b & FUL_CUE_CDOC) && ((L->t[j].bits & FUL_CUE_HEDGE) ||
                                       ful_is_id(L, j, FUL_W_should) || ful_is_id(L, j, FUL_W_will) ||
                                       ful_is_id(L, j, FUL_W_would) || ful_is_id(L, j, FUL_W_could) ||
                                       ful_is_id(L, j, FUL_W_can)))
                return S_CLIENT; /* "Approval likely in January", "PO should come through": theirs to give */
            if (!(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_ART | FUL_CUE_DNOUN)) && !ful_is_id(L, j, FUL_W_be) &&
                !((b & FUL_CUE_CDOC) && (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART))) && /* ("PO next week probably") */
                !((b & FUL_CUE_CDOC) && e == 0 && !L->t[j].bits && !(L->t[j].flags & (T_CAP | T_NUM | T_BREAK | T_QUOTED))))
                break; /* (but "PO issuance pending CFO approval": the thing's noun goes on) */
        }
        j = ful_next(L, i, end);
        if (j >= 0 && !(L->t[j].bits & FUL_CUE_WORD) && ful_verb_shape(L, j) && !(L->t[j].flags & T_CAP))
            return S_NONE; /* "budget resets then": a fact about the thing, no one's to-do */
        if ((b & FUL_CUE_CDOC) && !(L->t[i].flags & T_QUOTED) && j >= 0 &&
            (ful_is_id(L, j, FUL_W_by) ||
             /* "PO Friday", "Signature on 12/15", "PO next week": the same with its day */
             (((L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) ||
               ((L->t[j].flags & T_NUM) && !ful_figure(L, j) &&
                (!ful_quantity(L, j) || (L->t[j].off + L->t[j].len < L->n && L->s[L->t[j].off + L->t[j].len] == '/')))) &&
              !ful_is_id(L, j, FUL_W_last) && !ful_is_id(L, j, FUL_W_yesterday)) ||
             (ful_is_id(L, j, FUL_W_on) && (e = ful_next(L, j, end)) >= 0 &&
              ((L->t[e].bits & FUL_CUE_DATE) || (L->t[e].flags & T_NUM)))))
            return S_CLIENT; /* "PO by 12/11", "Signature by Friday": theirs to give */
        return S_SELLER; /* "Proposal by Friday" */
    }
    if (!(b & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_ART | FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_DNOUN |
               FUL_CUE_COBJ)) &&
        !(L->t[i].flags & (T_QUOTED | T_NUM)) && (!(L->t[i].flags & T_CAP) || i == L->head) &&
        (e = ful_role_after_words(L, i, end)) >= 0)
        return *st = e, S_CLIENT; /* "property mgr signs the agreement Friday", "co-op chair Mr. Ssempala sends" */
    if (!(b & FUL_CUE_WORD) && !(b & FUL_CUE_COBJ)) {
        if (ful_unit_after_figure(L, i))
            return S_NONE;
        j = ful_next(L, i, end);
        if (ful_contraction(L, i))
            return S_CLIENT; /* "thy'll revert": a pronoun misspelt is a third person, not I or we */
        if (!(L->t[i].flags & T_CAP)) {
            /* a lowercase name before a verb: "jason will send", "raj brings" */
            if (j >= 0 && ((L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED)) ||
                           ((L->t[j].bits & FUL_CUE_HEDGE) && !(L->t[j].bits & FUL_CUE_CHASE)) ||
                           (ful_verb_shape(L, j) && (L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP)))))
                return S_CLIENT; /* "kim hopes to", "amber might share" */
            if (j >= 0 && L->r[i].len > 3 && ful_ends_s(L, i) &&
                !(L->t[j].bits & (VERBISH | FUL_CUE_ART | FUL_CUE_DATE)))
                return S_CLIENT; /* "tom's team sends", "client's procurement lead": theirs */
            if (j >= 0 && (L->t[j].bits & FUL_CUE_CLIENT) && !(L->t[j].bits & (VERBISH | FUL_CUE_POSS | FUL_CUE_COBJ)) &&
                (e = ful_next(L, j, end)) >= 0 &&
                ((L->t[e].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) || (ful_ends_s(L, e) && (L->t[e].bits & VERBISH)) ||
                 ((L->t[e].bits & FUL_CUE_HEDGE) && !(L->t[e].bits & FUL_CUE_CHASE) &&
                  (L->t[e].span > 1 || L->r[e].lw[L->r[e].len - 1] == 's'))))
                return *st = j, S_CLIENT; /* "the district CIO will introduce us", "regional VP signs", "festival director will try to" */
            if (j >= 0 && (ful_is_id(L, j, FUL_W_from) || ful_is_id(L, j, FUL_W_at)) && L->t[j].span == 1 && i == lead &&
                !ful_verb_shape(L, i) && !ful_ends_ing(L, i)) {
                /* "meera from zest foods signs the io", "tom at acme will send":
                 * a name typed lowercase, where they work, then their verb */
                int n = 0;
                for (e = ful_next(L, j, end); e >= 0 && n < 3 && !(L->t[e].bits & ~FUL_CUE_WORD) &&
                                              !(L->t[e].flags & (T_NUM | T_BREAK | T_QUOTED));
                     e = ful_next(L, e, end), n++)
                    ;
                if (e >= 0 && n > 0 && !(L->t[e].flags & (T_BREAK | T_QUOTED)) &&
                    (((L->t[e].bits & VERBISH) && ful_ends_sv(L, e)) || ful_is_id(L, e, FUL_W_will) || ful_is_id(L, e, FUL_W_to)))
                    return S_CLIENT;
            }
            if (j >= 0 && (e = ful_next(L, j, end)) >= 0) {
                int f = ful_next(L, e, end);
                /* "mike and sam will", "deal desk approves", "jess owns the": a
                 * lowercase subject of two words, or an unknown verb before its object */
                if ((ful_is_id(L, j, FUL_W_and) || ful_is_word(L, j, "&")) && !(L->t[e].bits & FUL_CUE_WORD) && f >= 0 &&
                    ((L->t[f].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH | FUL_CUE_HEDGE)) ||
                     (ful_verb_shape(L, f) && (L->t[f].bits & VERBISH))))
                    return S_CLIENT;
                if (!(L->t[j].bits & FUL_CUE_WORD) && !ful_verb_shape(L, j) && ful_verb_shape(L, e) &&
                    (L->t[e].bits & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP)))
                    return S_CLIENT;
                if (!(L->t[j].bits & FUL_CUE_WORD) && !(L->t[j].flags & (T_BREAK | T_NUM)) && !ful_verb_shape(L, j) &&
                    !ful_ends_ing(L, j) && ful_is_id(L, e, FUL_W_will) && L->t[e].span == 1 &&
                    !(i > 0 && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS))) && /* ("the grain dryer will arrive": a thing) */
                    !(L->t[e].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)) && !(L->t[e].flags & T_BREAK))
                    return S_CLIENT; /* "anh tuan will check with his boss": a name in two parts, typed lowercase */
                if (!(L->t[j].bits & FUL_CUE_WORD) && ful_verb_shape(L, j) && (L->t[e].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
                    !ful_is_id(L, e, FUL_W_to))
                    return S_CLIENT;
            }
            return j >= 0 || i == lead ? S_SELLER : S_NONE; /* an unknown verb: "reconnect in 90 days" */
        }
        /* A capitalised unknown word: a name when a verb follows it. */
        if (j < 0)
            return S_NONE;
        if (i == lead && ful_participle(L, i) && L->r[i].lw[L->r[i].len - 3] == 'i' && ful_ends_ing(L, j))
            return S_NONE; /* "Tried building it in-house": a past and what was tried, no name */
        if (ful_ends_s(L, i) && (L->t[j].bits & FUL_CUE_CLIENT) && !(L->t[j].bits & VERBISH))
            return S_CLIENT; /* "Priya's CFO has to approve": her people */
        if (ful_ends_s(L, i) && !(L->t[j].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_ART | FUL_CUE_EVENT)) &&
            !(L->t[j].flags & (T_NUM | T_BREAK)) && (e = ful_next(L, j, end)) >= 0 && (L->t[e].bits & FUL_CUE_CLIENT) &&
            !(L->t[e].bits & (VERBISH | FUL_CUE_POSS | FUL_CUE_COBJ)) && !(L->t[e].flags & T_BREAK))
            return S_CLIENT; /* "Kuehne's lane manager sends", "Zest's brand manager wants": a unit between */
        if ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD) && ful_ends_s(L, j) &&
            (e = ful_next(L, j, end)) >= 0 && (L->t[e].bits & FUL_CUE_CLIENT) && !(L->t[e].bits & VERBISH))
            return S_CLIENT; /* "Mary Ellen's CFO", "Jean-Luc's team" */
        if (i == lead && !(L->t[i].flags & T_NAME) &&
            (ful_is_id(L, j, FUL_W_off) || ful_is_id(L, j, FUL_W_together) || ful_is_id(L, j, FUL_W_around)) &&
            (e = ful_next(L, j, end)) >= 0 && (L->t[e].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_DNOUN)) &&
            !(L->t[e].bits & FUL_CUE_WITH))
            return S_SELLER; /* "Fire off the redlines", "Knock together a one-pager": a verb and its particle */
        if ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD)) /* "Jason Lee will" */
            j = ful_next(L, j, end);
        if (j >= 0 && (ful_is_id(L, j, FUL_W_and) || ful_is_word(L, j, "&")))
            return S_CLIENT; /* "Sarah and Tom" */
        if (j < 0)
            return S_NONE;
        if (L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED | FUL_CUE_HEDGE))
            return S_CLIENT;
        for (e = j; e >= 0 && (L->t[e].flags & T_NUM); e = ful_next(L, e, end))
            ;
        if (e < 0 || (L->t[j].bits & FUL_CUE_NOISE))
            return S_NONE; /* "Stage 2", "Discovery call notes": a label */
        if (ful_verb_shape(L, j) && !(L->t[j].bits & FUL_CUE_WORD) && (e = ful_next(L, j, end)) >= 0 &&
            ful_recap_verb(L, e))
            return *st = e, S_SELLER; /* "Lease comps sent 11/30": a thing and what was done with it, a recap */
        if (ful_verb_shape(L, j) && !(L->t[j].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT | FUL_CUE_CLIENT | FUL_CUE_DATE)))
            return S_CLIENT;
        if ((L->t[j].bits & FUL_CUE_CLIENT) && (L->t[j].flags & T_UPPER) && (e = ful_next(L, j, end)) >= 0 &&
            ((L->t[e].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) || (ful_verb_shape(L, e) && !(L->t[e].flags & T_CAP))))
            return *st = j, S_CLIENT; /* "County IT finishes the test", "Acme HR will": a unit's department */
        if (L->t[j].bits & (FUL_CUE_ART | FUL_CUE_COBJ | FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_WITH))
            return S_SELLER; /* "Onboard them", "Loop Raj in" */
        if (L->t[j].flags & T_CAP)
            return S_SELLER; /* "Ping Raj" with an unknown verb */
        if (ful_ends_ing(L, j))
            return S_CLIENT; /* "Ana checking w/ legal": a name doing it now */
        if ((L->t[j].bits & FUL_CUE_CHASE) && !(L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_DELIV)) && !ful_verb_shape(L, j))
            return S_SELLER; /* "LinkedIn msg to their VP": a channel and a chase */
        if (i == lead && !(L->t[j].bits & FUL_CUE_WORD) && !(L->t[j].flags & (T_CAP | T_NUM)) && !ful_verb_shape(L, j) &&
            ((e = ful_next(L, j, end)) < 0 || !(L->t[e].bits & (VERBISH | FUL_CUE_SPEECH | FUL_CUE_DATE | FUL_CUE_DSTART)))) {
            int m = e >= 0 ? ful_next(L, e, end) : -1;
            if (m >= 0 && (L->t[e].bits & FUL_CUE_CLIENT) && !(L->t[e].bits & (FUL_CUE_POSS | FUL_CUE_COBJ)) &&
                (L->t[m].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) && !(L->t[m].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)))
                return *st = e, S_CLIENT; /* "Charge nurse leads will give feedback": a title, then its modal */
            return S_SELLER; /* "Pull usage stats for them": a verb, then its object; not "Deal desk approves" */
        }
        if (i == lead && !(L->t[i].flags & T_NAME) && (L->t[j].bits & FUL_CUE_DNOUN) &&
            !(L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_EVENT | FUL_CUE_CDOC)) &&
            (!ful_verb_shape(L, j) ? (L->t[j].bits & FUL_CUE_DELIV) || ful_goes_to(L, j, end) : ful_is_id(L, ful_next(L, j, end), FUL_W_for)))
            return *st = j, S_SELLER; /* "Renewal quote to Kenji by Friday" (a name's verb would be
                                       * "quotes"), "Spec sheets for the Lagos plant to Emeka": the thing,
                                       * named, when it is ours to make or goes to someone (any thing's
                                       * word alone moved held-out lines both ways) */
        return S_CLIENT;
    }
    return S_NONE;
}

/* "did they get the proposal?", "has Legal signed?": a question about
 * the client, unquoted, ending the clause in "?": ours to ask them. The
 * auxiliary's token, or -1. (Their own question, quoted, is theirs.) */
static int ful_asked_of_them(const ful_cline *L, int a, int end)
{
    size_t p, q;
    int i = a, j;
    while (i < end && (L->t[i].flags & (T_INPHR | T_TAG)))
        i++;
    if (i >= end || (L->t[i].flags & T_QUOTED) || L->t[i].span != 1 ||
        !(ful_is_id(L, i, FUL_W_did) || ful_is_id(L, i, FUL_W_does) || ful_is_id(L, i, FUL_W_has) ||
          ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_are) ||
          ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were)))
        return -1;
    j = ful_next(L, i, end);
    if (j < 0 || !((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) || (L->t[j].flags & (T_NAME | T_CAP))) ||
        (L->t[j].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU)))
        return -1;
    for (; j < end; j++)
        if (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED))
            return -1; /* ("are we still on for Thu 2pm?": a meeting asked about) */
    p = L->t[end - 1].off + L->t[end - 1].len;
    q = end < L->nt ? L->t[end].off : L->n;
    while (p < q && L->s[p] != '?')
        p++;
    return p < q ? i : -1;
}

/* The offset of the first "?" after token i (L->n when none). */
static size_t ful_question_mark(const ful_cline *L, int i)
{
    size_t p;
    for (p = L->t[i].off + L->t[i].len; p < L->n && L->s[p] != '?'; p++)
        ;
    return p;
}

/* A question the note leaves open at token i: who, what, which, how or
 * why, not quoted (the client asking is a request), with a "?" later on
 * the line. */
static int ful_open_question(const ful_cline *L, int i)
{
    size_t p;
    if (!(L->wsets & FUL_WG_QMARK) || L->t[i].span != 1 || (L->t[i].flags & T_QUOTED) ||
        !(ful_is_id(L, i, FUL_W_who) || ful_is_id(L, i, FUL_W_why) || ful_is_word(L, i, "what") || ful_is_word(L, i, "what's") ||
          ful_is_word(L, i, "which") || ful_is_word(L, i, "how") || ful_is_word(L, i, "whose") ||
          /* "Ping Ana: did the CFO approve?": after the step, what it asks */
          (i > L->head && (ful_is_id(L, i, FUL_W_did) || ful_is_id(L, i, FUL_W_does) || ful_is_id(L, i, FUL_W_has) ||
                           ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_are)))))
        return 0;
    for (p = L->t[i].off + L->t[i].len; p < L->n && L->s[p] != '?'; p++)
        if (L->s[p] == '"' || L->s[p] == '.')
            return 0;
    return p < L->n;
}

/* "Unclear who signs", "undecided whether to renew": what is not known
 * yet, said without a question mark. */
static int ful_not_known(const ful_cline *L, int i, int end)
{
    int j;
    if (!(L->wsets & FUL_WG_UNSURE))
        return 0; /* (none of its words on the line: "sure", "clear", "unclear", "unsure"...) */
    if (L->t[i].span == 2 && ful_is_id(L, i, FUL_W_not) && ful_is_id(L, i + 1, FUL_W_sure) && !(L->t[i].flags & T_QUOTED))
        return i + 2 < end && (ful_is_word(L, i + 2, "what's") || ful_is_word(L, i + 2, "who's") || ful_is_word(L, i + 2, "what") ||
                               ful_is_word(L, i + 2, "who")); /* ("Not sure what's next": the phrase "not sure") */
    if (L->t[i].span != 1 || (L->t[i].flags & T_QUOTED))
        return 0;
    /* ("Not sure who signs", "not clear if legal needs it") */
    if (ful_is_id(L, i, FUL_W_not) && (j = ful_next(L, i, end)) >= 0 && L->t[j].span == 1 &&
        (ful_is_id(L, j, FUL_W_sure) || ful_is_id(L, j, FUL_W_clear) || ful_is_id(L, j, FUL_W_certain)))
        i = j;
    else if (!(ful_is_id(L, i, FUL_W_unclear) || ful_is_id(L, i, FUL_W_uncertain) || ful_is_id(L, i, FUL_W_undecided) ||
               ful_is_id(L, i, FUL_W_unsure) || ful_is_id(L, i, FUL_W_unknown)))
        return 0;
    if ((j = ful_next(L, i, end)) < 0)
        return 0;
    return ful_is_id(L, j, FUL_W_who) || ful_is_id(L, j, FUL_W_if) || ful_is_id(L, j, FUL_W_whether) || ful_is_word(L, j, "what") ||
           ful_is_word(L, j, "which") || ful_is_word(L, j, "how") || ful_is_word(L, j, "whose") || ful_is_word(L, j, "when") ||
           ful_is_word(L, j, "where") || ful_is_word(L, j, "what's") || ful_is_word(L, j, "who's"); /* ("Not sure what's next") */
}

/* "Same issues as the Riga site", "same setup as Acme": a likeness, no step. */
static int ful_same_as(const ful_cline *L, int i, int end)
{
    int k, n;
    if (L->r[i].len != 4 || memcmp(L->r[i].lw, "same", 4) != 0 || (L->t[i].flags & T_QUOTED))
        return 0;
    for (k = ful_next(L, i, end), n = 0; k >= 0 && n < 4; k = ful_next(L, k, end), n++) {
        if (ful_is_id(L, k, FUL_W_as))
            return n > 0;
        /* (the word after "same" is a noun, whatever else it can be: "same issues") */
        if ((n > 0 && (L->t[k].bits & (VERBISH & ~FUL_CUE_DNOUN))) || (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_SELLER)))
            return 0;
    }
    return 0;
}

/* "so (that) he can share it with his boss": at i "so", or a client just
 * after "so" (the clause the actor pass split off); then a client
 * and "can"/"could": what our step is for, no step of theirs. */
static int ful_purpose(const ful_cline *L, int i, int end)
{
    int j = i;
    if (ful_is_id(L, i - 1, FUL_W_that) && !ful_is_id(L, i - 2, FUL_W_so))
        return 0; /* (the actor pass may start the clause after "so" or "so that") */
    if (ful_is_id(L, j, FUL_W_so))
        j = ful_next(L, j, end);
    if (j >= 0 && ful_is_id(L, j, FUL_W_that))
        j = ful_next(L, j, end);
    if (j < 0 || !((L->t[j].bits & FUL_CUE_CLIENT) || (L->t[j].flags & T_NAME)) || (L->t[j].bits & (FUL_CUE_SELLER | VERBISH)))
        return 0;
    j = ful_next(L, j, end);
    return j >= 0 && (ful_is_id(L, j, FUL_W_can) || ful_is_id(L, j, FUL_W_could));
}

/* Is a time behind us ("last year", "two weeks ago") in [k, end)? */
static int ful_behind_in(const ful_cline *L, int k, int end)
{
    for (; k < end; k++)
        if (ful_time_behind(L, k, end) ||
            /* "in 2024": after a past, a year is when it happened */
            (k > 0 && ful_is_id(L, k - 1, FUL_W_in) && (L->t[k].flags & T_NUM) && L->t[k].len == 4 &&
             (L->s[L->t[k].off] == '1' || L->s[L->t[k].off] == '2') && !(k + 1 < end && L->s[L->t[k].off + 4] == '/')))
            return 1;
    return 0;
}

/* "Sends PO next week", "Buys inputs through the co-op": a step's verb in
 * -s at a clause's head, before its object, is the contact's, the subject
 * left unsaid (spec section 2: an order has no -s). Not a plural noun:
 * "Quotes sent", "Calls to Tom unanswered", "Demos went well". */
static int ful_elided_client(const ful_cline *L, int v, int end)
{
    int j;
    if (L->t[v].span != 1 || (L->t[v].flags & (T_QUOTED | T_NAME)) || !ful_ends_sv(L, v) ||
        (!(L->t[v].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)) &&
         !(ful_wset[L->t[v].wid] & FUL_WS_HABIT)) || /* ("Uses Excel for scheduling": a habit; "prefers a call Friday" is read elsewhere) */
        (L->t[v].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT | FUL_CUE_CDOC | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_DATE)) ||
        (j = ful_next(L, v, end)) < 0)
        return 0;
    if (ful_be_form(L, j) || ((ful_past_verb(L, j) || ful_participle(L, j)) && ful_plain_after(L, ful_next(L, j, end))) ||
        ful_is_id(L, j, FUL_W_to) || /* ("Quotes sent to both sites"; but "Sends signed NDA back") */
        (L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_NEG)))
        return 0;
    return 1;
}

/* A chase the client asks of the seller after token i, in quotes: "call
 * me", "ping me", "chase us", "check back" (a chase word, then "me"/"us"
 * or "back", or at the clause's end). */
static int ful_chase_after(const ful_cline *L, int i, int end)
{
    int k, j;
    for (k = ful_next(L, i, end); k >= 0; k = ful_next(L, k, end))
        if ((L->t[k].bits & FUL_CUE_CHASE) && (L->t[k].flags & T_QUOTED) && !(L->t[k].flags & T_INPHR) &&
            ((j = ful_next(L, k, end)) < 0 || ((L->t[j].bits & FUL_CUE_SOBJ) && (L->t[j].flags & T_QUOTED)) ||
             ful_is_id(L, j, FUL_W_back)))
            return k;
    return -1;
}

/* 'Ola replied "not now, maybe Feb"': a name and a speech verb that end
 * their clause, a quote or nothing after: that an answer came is no step
 * of theirs, so a chase of ours beside it ("- recontact Feb") is. */
static int ful_said_only(const ful_cline *L, int st, int end)
{
    int k = ful_next(L, st, end);
    return k >= 0 && (L->t[k].bits & FUL_CUE_SPEECH) && !(L->t[k].flags & T_QUOTED) && ful_next(L, k, end) < 0 &&
           (end >= L->nt || (L->t[end].flags & T_QUOTED));
}

/* '"let me think"', '"I need to think about it"', in quotes and nothing
 * more in the clause: time to think, a wait, as "give me a week" is. */
static int ful_thinking_time(const ful_cline *L, int st, int end)
{
    int k, seen = 0;
    for (k = st; k >= 0 && k < end; k = ful_next(L, k, end)) {
        if (!(L->t[k].flags & T_QUOTED))
            return 0;
        if (ful_is_id(L, k, FUL_W_think))
            seen = 1;
        else if (!(seen ? ful_is_id(L, k, FUL_W_about) || ful_is_id(L, k, FUL_W_it) || ful_is_id(L, k, FUL_W_over) ||
                              ful_is_id(L, k, FUL_W_this)
                        : ful_is_id(L, k, FUL_W_let) || ful_is_id(L, k, FUL_W_me) || ful_is_id(L, k, FUL_W_i) ||
                              ful_is_id(L, k, FUL_W_need) || ful_is_id(L, k, FUL_W_to)))
            return 0;
    }
    return seen;
}

/* "The team discussed integration with the PMS, concerns about
 * onboarding time, and pricing for 12 properties": after a recap's verb,
 * a clause of things (no verb but a thing's, no modal, day, booking, us
 * or quote) is the list going on. */
static int ful_list_goes_on(const ful_cline *L, int i, int end)
{
    int k;
    for (k = i; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_SELLER | FUL_CUE_SOBJ |
                             FUL_CUE_YOU | FUL_CUE_HEDGE)) ||
            ((L->t[k].bits & VERBISH) && !(L->t[k].bits & FUL_CUE_DNOUN) && !(k > i && ful_ends_ing(L, k))) ||
            (L->t[k].flags & T_QUOTED))
            return 0; /* (a thing's -ing inside it is a noun: "concerns about onboarding time") */
    return 1;
}

/* The degree word that opens the clause at i ("Very price sensitive"),
 * or follows a name opening it, itself or after "aka" ("Tom very price
 * sensitive", "Sherzod aka very price sensitive"); -1 when none. */
static int ful_degree_after_name(const ful_cline *L, int i, int end)
{
    int d = i;
    int name = i < end && ((L->t[i].flags & T_NAME) || ((L->t[i].flags & T_CAP) && !(L->t[i].bits & ~FUL_CUE_CLIENT) &&
                                                        !(L->t[i].flags & (T_NUM | T_UPPER))));
    if (name && i + 1 < end && !ful_gate_word(L, i, FUL_WG_DEGREE) && !(L->t[i + 1].flags & T_BREAK)) {
        d = i + 1;
        if (ful_is_word(L, d, "aka") && d + 1 < end)
            d++;
    }
    return d < end && ful_gate_word(L, d, FUL_WG_DEGREE) ? d : -1;
}

void ful_read_line(const ful_cline *L, ful_read *rd, int has_date)
{
    int a = 0, prev_subj = S_NONE, prev_st = -1, prev_weak = 0, status = 0, was_fact = 0, was_recap = 0;
    int best_pri = 0, bare_event = 0, policy = 0, dg;
    /* effort > compliance > non > waiting on the client ("Waiting for their
     * answer, will ping Fri" is the seller's chase) */
    static const int pri[4] = {0, 6, 4, 2};
    rd->res = R_NONE;
    rd->subj = S_NONE;
    rd->subj_tok = rd->verb_tok = -1;
    rd->request = 0;
    rd->hedge_tok = rd->book_tok = rd->neg_tok = -1;
    rd->ca = rd->ce = 0;
    rd->status_tok = -1;
    if ((L->marks & (FUL_SAW_ANYCOLON | FUL_SAW_FIELD)) == (FUL_SAW_ANYCOLON | FUL_SAW_FIELD) && ful_field_row(L)) {
        /* (its Status or Stage field is a word of FUL_SAW_FIELD) */
        rd->status_tok = L->head; /* a CRM record's row of fields: no step */
        return;
    }
    while (a < L->nt) {
        int end = L->cend[a] < L->nt ? L->cend[a] : L->nt, st = -1, subj, res = R_NONE, vt = -1, req = 0, hedge = -1, i, pv = -1,
            cond = 0, weak, caus, next;
        next = end;
        if ((end = ful_source_from(L, a, end)) == a || ful_said_tag(L, a, end)) {
            /* "(per call)", "..., they said": the whole clause is a source; a
             * said-tag runs to the line's end ("she said after 16:00") */
            a = end == a ? next : L->nt;
            continue;
        }
        if (ful_is_id(L, a, FUL_W_last) && a + 2 < end && (L->t[a + 1].bits & FUL_CUE_DATE) && !(L->t[a].flags & T_QUOTED)) {
            /* "last Tuesday they said yes", "Last year they had a claim": a
             * time behind put first; the clause is read from who acts, as
             * "they said yes" is */
            for (i = a + 1; i < end && (L->t[i].bits & FUL_CUE_DATE) && !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)); i++)
                ;
            if (i < end && ((L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) || (L->t[i].flags & (T_CAP | T_NAME))) &&
                !(L->t[i].flags & T_BREAK))
                a = i;
        }
        if ((L->wsets & FUL_WG_FRANK) && a + 2 < end && L->t[a].span == 1 && ful_gate_word(L, a, FUL_WG_FRANK) &&
            !(L->t[a + 1].flags & T_BREAK) && (L->t[a + 1].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)))
            a++; /* '"honestly we're happy with our current provider"', "tbh they're fine": how they put it, then who */
        for (i = (L->any & (FUL_CUE_COND | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK)) ? a : end; i < end; i++) {
            uint32_t b = L->t[i].bits;
            if (!(b & (FUL_CUE_COND | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK)) || (L->t[i].flags & (T_INPHR | T_TAG)))
                continue;
            /* "once budget is set", "when it's confirmed": a condition, not a booking */
            cond |= (b & FUL_CUE_COND) != 0;
            if ((b & FUL_CUE_BOOKED) && rd->book_tok < 0 && !cond)
                rd->book_tok = i;
            if ((b & FUL_CUE_NEGBOOK) && rd->neg_tok < 0)
                rd->neg_tok = i;
        }
        if (a + 1 < end && (L->wsets & FUL_WG_DONT) && ((ful_is_id(L, a, FUL_W_do) && ful_is_id(L, a + 1, FUL_W_not)) || ful_is_id(L, a, FUL_W_don_t) ||
                            ful_is_id(L, a, FUL_W_dont)) && !(L->t[a].flags & T_QUOTED) && !ful_not_until(L, a, end)) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1; /* "NI - do not call": what not to do is no step */
            a = next;
            continue;
        }
        if (a + 1 < end && (L->wsets & FUL_WG_DONT) && ((ful_is_id(L, a, FUL_W_do) && ful_is_id(L, a + 1, FUL_W_not)) || ful_is_id(L, a, FUL_W_don_t) ||
                            ful_is_id(L, a, FUL_W_dont)) && ful_not_until(L, a, end)) {
            /* "don't call me before the 10th", "do not ping until Monday": when
             * the chase may start; ours, whoever says it (in quotes too) */
            i = ful_is_id(L, a, FUL_W_do) ? a + 2 : a + 1;
            if (i < end && (L->t[i].bits & FUL_CUE_CHASE) && !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_MODAL))) {
                subj = S_SELLER;
                st = vt = i;
                res = R_NON;
                goto judged;
            }
        }
        for (i = a; i < end && (L->t[i].flags & (T_INPHR | T_TAG)); i++)
            ;
        if (i < end && i > 0 && (L->wsets & FUL_WG_SO) && (ful_is_id(L, i, FUL_W_so) || ful_is_id(L, i - 1, FUL_W_so) || ful_is_id(L, i - 1, FUL_W_that)) &&
            ful_purpose(L, i, end)) {
            a = next; /* "send Lars the case study so he can share it": why, not a step of theirs */
            continue;
        }
        if (i < end && !(L->t[i].flags & T_QUOTED) && L->t[i].span == 1 &&
            /* "Had lunch with the ops team", "Had a quick call w/ Raj": what we did */
            ((ful_is_id(L, i, FUL_W_had) && i + 1 < end && !ful_is_id(L, i + 1, FUL_W_to) &&
              (L->t[i + 1].bits & (FUL_CUE_ART | FUL_CUE_EVENT)) && !(L->t[i + 1].bits & FUL_CUE_WITH)) ||
             /* "Call ran over, ran out of time for pricing": after a record, a past goes on telling it */
             (was_fact && ful_past_verb(L, i) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
              ful_done_thing(L, i, end)) ||
             /* "NPS from their members is 22, dropping": after a record, one
              * word in -ing says how it goes */
             ((was_fact || status) && i + 1 == end && ful_ends_ing(L, i) && !(L->t[i].flags & (T_CAP | T_QUOTED)) &&
              !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_BOOKED | FUL_CUE_DATE | FUL_CUE_CHASE | FUL_CUE_SETUP))) ||
             /* "board met on the 12th, approved the digital budget": a step's
              * verb in -ed is no order; after a record, it tells on */
             ((was_fact || status) && (L->t[i].bits & VERBISH) && ful_participle(L, i) && !(L->t[i].flags & T_CAP) &&
              !(L->t[i].bits & (FUL_CUE_REQUEST | FUL_CUE_BOOKED | FUL_CUE_SPEECH | FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
              ful_done_thing(L, i, end)) ||
             /* "Mark was late, joined at 10:20", "Hope was late, joined 20 min in": how the call went, told on */
             (was_fact && ful_is_id(L, i, FUL_W_joined) &&
              (i + 1 >= end || !(ful_is_id(L, i + 1, FUL_W_the) || ful_is_id(L, i + 1, FUL_W_a) || ful_is_id(L, i + 1, FUL_W_an) ||
                                 (L->t[i + 1].bits & (FUL_CUE_POSS | FUL_CUE_SOBJ))))) ||
             /* "Left a VM", "Got voicemail, left msg": the seller's plain past */
             (ful_head_past(L, i) && ful_done_thing(L, i, end)) ||
             /* "Paid 48k last year to the incumbent", "Ran a pilot with X two
              * years ago": a past at the head, when it happened behind it */
             (i == L->head && (ful_wrule[L->t[i].wid] & FUL_SAW_DONE) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
              ful_past_verb(L, i) && ful_behind_in(L, i + 1, end) && ful_done_thing(L, i, end)) ||
             /* "Signed with a competitor in 2024", "Evaluated us in 2023": a
              * verb in -ed at the head and when it happened behind it (not
              * what they asked or said: "Asked us to check back in Q1") */
             (i == L->head && !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_BOOKED | FUL_CUE_DATE | FUL_CUE_REQUEST | FUL_CUE_SPEECH)) &&
              L->r[i].len > 4 && L->r[i].lw[L->r[i].len - 2] == 'e' && L->r[i].lw[L->r[i].len - 1] == 'd' && i + 1 < end &&
              ful_behind_in(L, i + 1, end)) ||
             /* "missed the call", "skipped the demo": a past no cue knows, then
              * a meeting of theirs or ours: what happened to it */
             (ful_past_verb(L, i) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER)) && i + 2 < end &&
              (L->t[i + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && (L->t[i + 2].bits & FUL_CUE_EVENT) && !(L->t[i + 2].bits & FUL_CUE_DATE) &&
              !ful_is_id(L, i + 1, FUL_W_a) && !ful_is_id(L, i + 1, FUL_W_an) && ful_next(L, i + 2, end) < 0) ||
             /* "We lost the RFP to Oracle", "I left a voicemail": what we did */
             ((pv = ful_we_did(L, i, end)) >= 0 && ful_done_thing(L, pv, end)))) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = was_fact = 1;
            /* ("The team discussed integration, concerns about ...": a recap
             * told with its subject; its list goes on below) */
            if (pv >= 0 && pv < end && ful_recap_verb(L, pv))
                was_recap = 1;
            a = next;
            continue;
        }
        if (was_recap && i < end && end - i > 3 && ful_list_goes_on(L, i, end)) {
            a = next; /* (a longer item of things: "concerns about onboarding time", "and pricing for 12 properties") */
            continue;
        }
        if (was_recap && i < end && end - i <= 3) {
            /* "Discussed pricing, timeline, next steps": the list goes on */
            int k;
            for (k = i; k < end; k++)
                if ((L->t[k].bits & ((VERBISH & ~FUL_CUE_DELIV) | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_CLIENT | FUL_CUE_SELLER |
                                     FUL_CUE_SOBJ | FUL_CUE_POSS | FUL_CUE_COND | FUL_CUE_EVENT)) ||
                    ((L->t[k].bits & FUL_CUE_DELIV) && !(L->t[k].bits & FUL_CUE_DNOUN)) || (L->t[k].flags & (T_NUM | T_NAME | T_QUOTED)))
                    break;
            if (k == end) {
                a = next;
                continue;
            }
        }
        if ((L->wsets & FUL_WG_DEGREE) && (dg = ful_degree_after_name(L, i, end)) >= 0 && dg + 1 < end &&
            !(L->t[dg].flags & T_QUOTED)) {
            /* "Ato Dawit is ex-World Bank, very numbers-driven", "Very price
             * sensitive": a clause that opens on a degree word describes, no
             * step (a thing's word before the state's word may stand); so
             * does one that opens on a name, then the degree word ("Sherzod
             * aka very price sensitive", "Tom very price sensitive") */
            int k;
            for (k = dg + 1; k < end; k++)
                if (((L->t[k].bits & VERBISH) && !ful_participle(L, k) &&
                     !(k == dg + 1 && k + 1 < end && (L->t[k].bits & FUL_CUE_DNOUN) && !(L->t[k + 1].bits & ~FUL_CUE_WORD) &&
                       !(L->t[k + 1].flags & (T_CAP | T_NUM)))) ||
                    (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) ||
                    ful_is_id(L, k, FUL_W_to) || (L->t[k].flags & (T_NUM | T_QUOTED)))
                    break;
            if (k == end) {
                if (!status)
                    rd->status_tok = a;
                status = 1;
                a = next;
                continue;
            }
        }
        if (((L->marks & FUL_SAW_TIMEW) && ful_state_until(L, a, end)) || ((L->marks & (FUL_SAW_NUM | FUL_SAW_OVER)) == (FUL_SAW_NUM | FUL_SAW_OVER) && ful_threshold(L, a, end)) ||
            ful_decided_how(L, a, end)) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1;
            a = next;
            continue;
        }
        if (i < end && (ful_open_question(L, i) || ful_not_known(L, i, end) || ful_same_as(L, i, end))) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1; /* "Who signs for the mall?", "What's their budget?": what we do not know yet */
            if (ful_open_question(L, i)) {
                size_t q = ful_question_mark(L, i); /* "Who owns the budget, ops or finance?": the question runs to its mark */
                while (next < L->nt && L->t[next].off < q)
                    next = L->cend[next] < L->nt ? L->cend[next] : L->nt;
            }
            a = next;
            continue;
        }
        if (ful_wait_and_see(L, a, end)) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1; /* '"drop me an email in January and we'll see"': no act of theirs */
            a = next;
            continue;
        }
        if (ful_policy_tail(L, a, end)) {
            policy = 1;
            a = next;
            continue;
        }
        was_recap = i < end && ful_recap_verb(L, i);
        was_fact = 0;
        if (((L->marks & FUL_SAW_FACT) && ful_fact_clause(L, a, end)) || ((L->any & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) && ful_opinion(L, a, end)) || ((L->wsets & FUL_WG_FIND) && ful_find_it(L, a, end)) || ((L->wsets & FUL_WG_NOW) && ful_as_things_are(L, a, end)) || ((L->wsets & FUL_WG_AVG) && ful_average_of(L, a, end)) || ful_keeps_doing(L, a, end) ||
            ((L->any & (FUL_CUE_MODAL | FUL_CUE_REQUEST)) && ful_requirement(L, a, end)) || ((L->any & FUL_CUE_FILLER) && ful_thing_still(L, a, end)) || ful_in_progress(L, a, end) || ((L->marks & FUL_SAW_NUM) && ful_made_of(L, a, end)) || ((L->any & FUL_CUE_DATE) && ful_day_off(L, a, end)) ||
            ((L->marks & FUL_SAW_HABIT) && a <= L->head && ful_habit_opener(L, a, end)) || (L->r[a].lw[0] == 'i' && ful_time_since(L, a, end)) ||
            ((L->wsets & FUL_WG_SINCE) && ful_since_state(L, a, end)) ||
            ((L->marks & FUL_SAW_FLOW) && ful_thing_flows(L, a, end)) || ((L->marks & FUL_SAW_NEED) && ful_signoffs_needed(L, a, end)) ||
            (((L->any & FUL_CUE_DATE) || (L->marks & FUL_SAW_NUM)) && ful_day_each_month(L, a, end)) ||
            ((L->marks & FUL_SAW_NUM) && (ful_terms_field(L, a, end) || ful_share_of(L, a, end) ||
                                          ((L->marks & FUL_SAW_FACT) && ful_pay_days(L, a, end)))) ||
            ((L->marks & FUL_SAW_FACT) && ful_term_runs(L, a, end)) ||
            ((L->marks & FUL_SAW_ANY) && ful_rule_for_any(L, a, end)) || ful_rule_says(L, a, end) || ((L->marks & FUL_SAW_HABIT) && ful_habit_clause(L, a, end)) ||
            ((L->any & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && ful_paper_says(L, a, end)) ||
            ((L->marks & (FUL_SAW_ANYCOLON | FUL_SAW_NUM)) == (FUL_SAW_ANYCOLON | FUL_SAW_NUM) && ful_figure_field(L, a, end)) ||
            ((L->any & FUL_CUE_SPEECH) && ful_reported_fact(L, a, end)) || ((L->marks & FUL_SAW_FIELD) && (a <= L->head || prev_subj == S_NONE) && (ful_field_state(L, a, end) || ful_topic_alone(L, a, end)))) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = was_fact = 1; /* how things stand: no step, no fallback */
            for (pv = i; pv < end && pv <= i + 3 && !was_recap && !(L->t[pv].bits & (VERBISH & ~FUL_CUE_RECAP)); pv++)
                was_recap = ful_recap_verb(L, pv); /* ("The team discussed X, concerns about Y, ...": the list goes on) */
            if (((L->t[a].bits & FUL_CUE_CLIENT) && !(L->t[a].bits & FUL_CUE_POSS)) || (L->t[a].flags & T_NAME)) {
                /* "They seem keen, will sign Friday": the fact's subject goes on
                 * ("Tom is out, will ping Mon": as after a wait, we chase) */
                prev_subj = S_CLIENT;
                prev_st = a;
                prev_weak = 1;
            }
            a = next;
            continue;
        }
        subj = ful_subject(L, a, end, &st, &hedge);
        if (subj != S_CLIENT && (i = ful_agreed_client(L, a, end)) >= 0)
            subj = S_CLIENT, st = i; /* "We agreed Acme will trial from 12/7": their step, agreed with us */
        if (subj != S_CLIENT && subj != S_EVENT && (st < 0 || !(L->t[st].bits & VERBISH)) && (L->any & FUL_CUE_ART) &&
            (i = ful_passive_agent(L, a, end)) >= 0) /* (a passive's subject is a noun, not an imperative) */
            subj = S_CLIENT, st = i; /* "... will be signed by the client": theirs to do */
        caus = ful_causative(L, a, end, &vt);
        if (caus != R_NONE)
            subj = S_SELLER, st = a;
        for (i = 0; i < L->nact && caus == R_NONE; i++)
            if (L->act[i].owns >= a && L->act[i].owns < end &&
                !(subj != S_NONE && st >= 0 && (L->t[st].flags & T_QUOTED) && (L->t[L->act[i].owns].flags & T_QUOTED))) {
                /* (Omar: "can you send the SLA?": inside the quote, the quote's own subject) */
                /* "Jason - bring the CFO": the clause belongs to the name before it */
                subj = L->act[i].side;
                st = L->act[i].tok;
                break;
            }
        /* "..., will let us know": a clause opening on a modal keeps the last subject */
        if (st >= 0 && (L->t[st].bits & FUL_CUE_MODAL) && !(L->t[st].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
            prev_subj != S_NONE) {
            i = ful_next(L, st, end);
            if (prev_weak && i >= 0 && (L->t[i].bits & FUL_CUE_CHASE)) {
                subj = S_SELLER; /* "waiting on legal, will ping Fri": we wait, we chase */
                st = i;
            } else if (prev_subj == S_SELLER && i >= 0) {
                /* "Discussed pricing, will send the deck": (we) will;
                 * "Discussed pricing, will let us know": they tell us */
                subj = ful_tells_us(L, i) ? S_CLIENT : S_SELLER;
                st = i;
            } else {
                subj = prev_subj == S_EVENT ? S_CLIENT : prev_subj;
                st = prev_st;
            }
        } else if (status && subj == S_NONE && st >= 0 && ful_is_id(L, st, FUL_W_will) && (i = ful_next(L, st, end)) >= 0) {
            /* "no answer, will ping Fri": after a status, (I) will; "Daan
             * gaat nadenken, will let us know": they tell us */
            subj = ful_tells_us(L, i) ? S_CLIENT : S_SELLER;
            st = i;
        } else if (subj == S_SELLER && prev_subj == S_CLIENT && st == a && L->t[st].span == 1 &&
                   (L->t[st].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)) && ful_ends_sv(L, st)) {
            subj = S_CLIENT; /* "Maria liked it, sends PO Fri": no order is in -s, the client goes on */
            st = prev_st;
        } else if (subj == S_SELLER && prev_subj == S_NONE && st == a && ful_elided_client(L, st, end)) {
            subj = S_CLIENT; /* "Sends PO next week", "Buys inputs through the co-op": the contact, left unsaid */
            st = -1;
        }
        if (subj == S_CLIENT && st >= 0 && (L->marks & FUL_SAW_OURS) && ful_our_side(L, a, st, end, &i))
            subj = S_SELLER, st = i; /* "legal on our side to turn the redlines": the role is ours */
        if (subj == S_CLIENT && caus == R_NONE && (L->wsets & FUL_WG_PASSIVE) && (i = ful_passive_ours(L, a, end)) >= 0) {
            subj = S_SELLER; /* "the questionnaire must be filled by us": ours to do, in the passive */
            st = vt = i;
            res = R_COMPLIANCE;
            goto judged;
        }
        if (subj == S_CLIENT && caus == R_NONE && (i = ful_asked_of_them(L, a, end)) >= 0) {
            subj = S_SELLER; /* "Follow-up: did they get the proposal?": a question we must put to them */
            st = vt = i;
            res = R_NON;
            if (rd->hedge_tok < 0)
                rd->hedge_tok = i; /* (what they do beside it is in doubt: "did they sign? Tom sends it Fri") */
            goto judged;
        }
        switch (subj) {
        case S_CLIENT:
            /* ("Waiting on us for the SOW": the wait itself is read) */
            i = st + 1 <= a ? a : st + ((ful_wait_word(&L->r[st]) & (FUL_WAIT_WAIT | FUL_WAIT_WAITX)) ? 0 : 1);
            while (i > a && i + 1 < end && L->t[i].off == L->t[i - 1].off + L->t[i - 1].len + 1 && L->s[L->t[i].off - 1] == '-' &&
                   !(L->t[i].bits & (VERBISH | FUL_CUE_DATE)) && !(L->t[i].flags & (T_BREAK | T_NUM)))
                i++; /* "Co-op has 140 member farms": the subject's hyphened word is the subject still */
            res = ful_client_clause(L, i, end, &vt, &req, &hedge);
            if (res == R_NONE && st > a && ful_wait_word(&L->r[st]) == FUL_WAIT_AWAITED)
                res = R_EFFORT, vt = st; /* "PO awaited": the thing stood before the wait, theirs to send */
            if (st < a)
                st = prev_st;
            if (st == a && ful_things_done(L, st, end))
                res = R_STATUS; /* ("Units installed at 3 of 5 sites": the plural was read as a name) */
            break;
        case S_SELLER:
            res = caus != R_NONE ? caus : ful_seller_clause(L, st, end, &vt);
            /* "Discussed pricing tiers": a recap of the call, not a step */
            if (ful_recap_verb(L, st) || ful_done_opener(L, st, end) || (st == a && ful_things_done(L, st, end)) ||
                ful_we_had_event(L, st, end) ||
                /* ("sign-off usually takes them six weeks": the verb's word names the thing) */
                (st == a && ful_takes_time(L, st, end)))
                res = R_STATUS;

            break;
        case S_EVENT:
            if (!(L->t[st].bits & FUL_CUE_BOOKED) && ful_status_at(L, st + 1, end)) {
                res = R_STATUS; /* "Demo crashed twice", "the call went well" */
                break;
            }
            for (i = st + 1; i < end && !ful_is_id(L, i, FUL_W_cancelled) && !ful_is_id(L, i, FUL_W_canceled); i++)
                ;
            if (i < end) {
                res = R_STATUS; /* "Call w/ Maria Fri cancelled, no new date" */
                break;
            }
            res = R_EFFORT;
            vt = st;
            for (i = st; i < end; i++) {
                uint32_t b = L->t[i].bits;
                if ((b & FUL_CUE_HEDGE) && hedge < 0 && !(L->t[i].flags & T_INPHR))
                    hedge = i;
                if ((b & FUL_CUE_EVENT) && !(L->t[i].flags & T_INPHR)) {
                    vt = i;
                    break;
                }
            }
            break;
        default:
            break;
        }
    judged: /* (a clause read above the switch) */
        /* '"give me 10 days then you call me" - June': the time they ask for
         * is how long the seller waits; the chase after it is the step */
        if (res == R_EFFORT && subj == S_CLIENT && st >= 0 && ful_gives_time(L, st, end) &&
            (i = ful_chase_after(L, st, end)) >= 0) {
            res = R_NON;
            subj = S_SELLER;
            vt = i;
        }
        /* "no decision yet"; "budget 250k, 3 yr term", "120k EUR": a status, a field and its figure */
        if ((subj == S_NONE && st >= 0 && (L->t[st].bits & FUL_CUE_NEG)) ||
            (a + 1 < end && !(L->t[a].bits & (VERBISH | FUL_CUE_EVENT)) && ful_figure_to_end(L, a + 1, end)) ||
            /* "contract 3 yrs", "MSA 36 months": a paper of the deal and its term */
            (a + 3 == end && (L->t[a].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && L->t[a].span == 1 && (L->t[a + 1].flags & T_NUM) &&
             L->r[a + 1].len <= 2 && (ful_is_word(L, a + 2, "yrs") || ful_is_word(L, a + 2, "years") || ful_is_word(L, a + 2, "yr") ||
                                      ful_is_word(L, a + 2, "months") || ful_is_word(L, a + 2, "mos"))) ||
            /* "Budget approx 40k DKK", "Budget about 40k": the figure, roughly */
            (a + 2 < end && (L->t[a].bits & FUL_CUE_DNOUN) && L->t[a].span == 1 && !(L->t[a].flags & T_QUOTED) &&
             ful_rough_word(L, a + 1) && ful_figure_to_end(L, a + 2, end)) ||
            ful_tally(L, a, end) || (status && ful_length_word(L, a) && end - a <= 4) || /* "They pay in OMR, 60-day terms": a fact goes on */
            ful_figure_moved(L, a, end) || (a <= L->head && L->head < end && ful_tool_opener(L, L->head, end)))
            res = R_STATUS;
        if (res == R_STATUS) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1; /* a fact, not a step: no fallback on loose cues either */
            res = R_NONE;
        }
        if (res == R_EFFORT || res == R_NONE) {
            for (i = (L->any & FUL_CUE_HEDGE) ? a : end; i < end && hedge < 0; i++)
                if ((L->t[i].bits & FUL_CUE_HEDGE) && !(L->t[i].flags & (T_INPHR | T_TAG)))
                    hedge = i;
            if (res == R_EFFORT && hedge < 0 && ful_is_id(L, a, FUL_W_should) && L->t[a].span == 1)
                hedge = a; /* "should hear back by Fri": expected, not promised */
            if (hedge >= 0 && rd->hedge_tok < 0)
                rd->hedge_tok = hedge;
        }
        /* (after "Tom is out this week", "will ping Mon" is ours, as after a wait) */
        /* ('"give me two weeks, then call me"': the time asked for is a wait too) */
        /* ('Ola replied "not now"': that an answer came is a wait too) */
        weak = (res == R_EFFORT && subj == S_CLIENT && st >= 0 &&
                ((vt < 0 && ful_said_only(L, st, end)) || ful_waiting(L, st, end) || ful_gives_time(L, st, end) ||
                 ful_thinking_time(L, st, end))) ||
               (res == R_NONE && status && subj == S_CLIENT);
        if (res != R_NONE &&
            (pri[res] - weak * 5 > best_pri ||
             /* "If the board approves it Tue, Chanda signs Wed 12/9": the step
              * is what happens then, not its condition (whose hedge stays) */
             (pri[res] - weak * 5 == best_pri && res == rd->res && rd->ce > rd->ca &&
              (ful_is_id(L, rd->ca, FUL_W_if) || (L->t[rd->ca].bits & FUL_CUE_COND)) &&
              !(ful_is_id(L, a, FUL_W_if) || (L->t[a].bits & FUL_CUE_COND))))) {
            int k;
            /* "intro call" alone: a name for the call held, if the line only reports */
            bare_event = res == R_EFFORT && end - a <= 2 && ((L->t[a].bits | L->t[end - 1].bits) & FUL_CUE_EVENT);
            for (k = a; k < end && bare_event; k++)
                if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE | FUL_CUE_VAGUE |
                                     FUL_CUE_DSTART | FUL_CUE_FILLER)) ||
                    (L->t[k].flags & T_NUM))
                    bare_event = 0;
            best_pri = pri[res] - weak * 5;
            rd->res = res;
            rd->subj = subj;
            rd->subj_tok = st;
            rd->verb_tok = vt;
            rd->request = req;
            rd->ca = a;
            rd->ce = end;
        }
        if (subj != S_NONE) {
            prev_subj = subj;
            prev_st = st;
            prev_weak = weak;
        }
        a = next;
    }
    if (policy && rd->subj != S_SELLER && !(L->any & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_VAGUE))) {
        /* "All vendors must sign their security addendum, that's policy":
         * the clauses before it are their rule, no one's step (but "send
         * the W-9 first, their policy" is still ours to do) */
        rd->res = R_NONE;
        rd->status_tok = L->head;
        return;
    }
    if (status && bare_event && rd->res == R_EFFORT) {
        rd->res = R_NONE; /* "intro call, nothing to log": a report on the call, no step */
        return;
    }
    if (rd->res == R_NONE && !status) {
        /* No clause had a subject and a verb: fall back on any strong cue. */
        int i, ch = -1, dv = -1, ev = -1, cend = 0, src = 0;
        for (i = 0; i < L->nt; i++) {
            uint32_t b = L->t[i].bits;
            if (i >= cend) {
                for (cend = i + 1; cend < L->nt && !(L->t[cend].flags & T_BREAK); cend++)
                    ;
                src = ful_source_from(L, i, cend);
            }
            if ((L->t[i].flags & (T_INPHR | T_TAG)) || i >= src)
                continue;
            if (ch < 0 && (b & FUL_CUE_CHASE))
                ch = i;
            if (dv < 0 && (b & (FUL_CUE_DELIV | FUL_CUE_DNOUN)))
                dv = i;
            if (ev < 0 && (b & (FUL_CUE_EVENT | FUL_CUE_JOINT)) && !((b & FUL_CUE_EVENT) && ful_event_modifier(L, i, cend)) &&
                /* ("demo environment for the pilot": the thing, and what it is for) */
                !(dv >= 0 && i >= 2 && ful_is_id(L, i - 2, FUL_W_for) && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS))))
                ev = i; /* (nor "pilot success criteria doc", "demo environment": a meeting's word naming a thing) */
        }
        if (rd->book_tok >= 0 || ev >= 0 || (rd->hedge_tok >= 0 && has_date) ||
            /* ("Nothing scheduled yet", "no invite yet" alone: no meeting, no time, a record) */
            (rd->neg_tok >= 0 && (has_date || rd->hedge_tok >= 0 || (L->any & (FUL_CUE_VAGUE | FUL_CUE_MODAL))))) {
            /* "Tentatively next Tuesday, no invite yet": a meeting, hedged */
            rd->res = R_EFFORT;
            rd->subj = S_EVENT;
            rd->verb_tok = ev >= 0 ? ev : rd->book_tok;
            if (rd->hedge_tok < 0 && L->head < L->nt && ful_is_id(L, L->head, FUL_W_should) && L->t[L->head].span == 1)
                rd->hedge_tok = L->head; /* "Should have a decision by end of month": expected, not booked */
        } else if (dv >= 0) {
            rd->res = R_COMPLIANCE;
            rd->subj = S_SELLER;
            rd->verb_tok = dv;
        } else if (ch >= 0) {
            rd->res = R_NON;
            rd->subj = S_SELLER;
            rd->verb_tok = ch;
        }
    }
}

/* "no reply since 11/20", "dormant since Aug", "sent it last Tuesday": a
 * day after "since" or "last" is behind us, no day anything falls due;
 * drops those spans. */
int ful_drop_past_dates(const ful_cline *L, ful_date_span *sp, int nsp, size_t base)
{
    int i, k, out = 0;
    for (i = 0; i < nsp; i++) {
        size_t off = sp[i].off + base;
        int drop = 0;
        for (k = 0; k < L->nt && (size_t)L->t[k].off < off && !drop; k++)
            if ((L->t[k].wid == FUL_W_since || (L->t[k].wid == FUL_W_last && !ful_is_id(L, k - 1, FUL_W_the))) &&
                !(L->t[k].flags & T_QUOTED)) { /* (not "by the last Friday of the month") */
                int j = k + 1;
                if (j < L->nt && ful_is_id(L, j, FUL_W_the) && (size_t)L->t[j].off < off)
                    j++; /* "since the 20th" */
                drop = j >= L->nt || (size_t)L->t[j].off >= off;
            }
        if (!drop)
            sp[out++] = sp[i];
    }
    return out;
}

/* Drops the date spans (offsets from base) that start on a name: "Jan
 * sends it Friday 12/4" is Jan the person, and Friday 12/4 the date. */
int ful_drop_name_dates(const ful_cline *L, ful_date_span *sp, int nsp, size_t base)
{
    int i, k, out = 0;
    for (i = 0; i < nsp; i++) {
        size_t off = sp[i].off + base;
        int drop = 0;
        for (k = 0; k < L->nt && !drop; k++)
            if ((L->t[k].flags & T_NAME) && off >= L->t[k].off && off < (size_t)L->t[k].off + L->t[k].len)
                drop = 1;
        if (!drop)
            sp[out++] = sp[i];
    }
    return out;
}
