/* classify_client.c: what a clause the client acts in amounts to (effort,
 * a request to us, a hedge), and the forms around it: what the seller only
 * waits on ("approval pending"), what we agreed is theirs, the seller
 * making someone act ("get them to sign"), a source ("per Linda"), who said
 * it, and "not until". */
#include "clause.h"

/* "2nd", "first", "other": the word between "every" and a day */
static int ful_ordinal_at(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (L->t[i].flags & T_NUM)
        return r->len <= 4 && ful_ordinal_end(r);
    return ful_gate_word(L, i, FUL_WG_ORDINAL); /* "first", "second", "third", "fourth", "other" */
}

/* "above $10k", "over 5k": the word at i sets a threshold with the figure after it */
int ful_threshold_at(const ful_cline *L, int i)
{
    return i >= 0 && i + 1 < L->nt && (ful_is_id(L, i, FUL_W_above) || ful_is_id(L, i, FUL_W_over)) &&
           (L->t[i + 1].flags & T_NUM) && !(L->t[i + 1].bits & FUL_CUE_DATE) && !(L->t[i + 1].flags & T_BREAK);
}

/* "runs the other print shop", "a design studio": a verb's word after an
 * article, before a plain noun, names a kind of thing */
static int ful_verb_as_noun(const ful_cline *L, int i, int end)
{
    int n = ful_next(L, i, end);
    return i > 0 && n >= 0 && L->t[i].span == 1 && !(L->t[i].flags & (T_CAP | T_BREAK)) &&
           (ful_is_id(L, i - 1, FUL_W_the) || ful_is_id(L, i - 1, FUL_W_a) || ful_is_id(L, i - 1, FUL_W_an) ||
            ful_is_word(L, i - 1, "other")) &&
           !L->t[n].bits && !(L->t[n].flags & (T_CAP | T_NUM | T_BREAK | T_QUOTED));
}

/* "10am", "9:30", "10" and nothing after but "am"/"pm": a time of day
 * that names no day */
static int ful_clock_only(const ful_cline *L, int k, int end)
{
    const ful_rtok *r = &L->r[k];
    size_t n = r->len, d = 0;
    if (!(L->t[k].flags & T_NUM) || (L->t[k].bits & FUL_CUE_DATE) || (k + 1 < end && !ful_is_word(L, k + 1, "am") && !ful_is_word(L, k + 1, "pm")))
        return 0;
    while (d < n && r->lw[d] >= '0' && r->lw[d] <= '9')
        d++;
    if (d == 0 || d > 2)
        return 0;
    if (d == n)
        return 1; /* "before 10" */
    if (r->lw[d] == ':' || r->lw[d] == '.')
        for (d++; d < n && r->lw[d] >= '0' && r->lw[d] <= '9'; d++)
            ;
    return d == n || (n - d == 2 && (memcmp(r->lw + d, "am", 2) == 0 || memcmp(r->lw + d, "pm", 2) == 0));
}

/* "a training (session)", "a webinar", "a workshop", "a site survey": a
 * meeting's word for a service we give */
static int ful_service_at(const ful_cline *L, int k, int end)
{
    if (k + 1 < end && (ful_is_word(L, k + 1, "survey") || ful_is_word(L, k + 1, "audit") ||
                        (ful_is_id(L, k + 1, FUL_W_session) && ful_is_id(L, k, FUL_W_training))))
        return 1; /* ("site survey", "training session": the next word says it) */
    return ful_is_id(L, k, FUL_W_training) || ful_is_id(L, k, FUL_W_webinar) || ful_is_id(L, k, FUL_W_workshop) ||
           ful_is_id(L, k, FUL_W_walkthrough) || ful_is_word(L, k, "survey");
}

/* tokens (a, b] open no clause and quote nothing */
static int ful_clause_run(const ful_cline *L, int a, int b)
{
    for (a++; a <= b; a++)
        if (L->t[a].flags & (T_BREAK | T_QUOTED))
            return 0;
    return 1;
}

/* "all", "every", "each", "any": a word for all of a kind */
int ful_all_word(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_all) || ful_is_id(L, i, FUL_W_every) || ful_is_id(L, i, FUL_W_each) || ful_is_id(L, i, FUL_W_any);
}

/* "for the whole group", "for all 6 stores", "their own orders", "for
 * both plants": whom a habit covers, all of a kind */
static int ful_scope_all(const ful_cline *L, int k, int end)
{
    if (ful_is_id(L, k, FUL_W_for) && k + 1 < end)
        k++;
    if (k + 1 >= end || L->t[k].span != 1 || (L->t[k + 1].flags & (T_BREAK | T_QUOTED)) || (L->t[k + 1].bits & FUL_CUE_DATE))
        return 0;
    return ful_all_word(L, k) || ful_is_id(L, k, FUL_W_both) ||
           (ful_is_id(L, k, FUL_W_the) && ful_is_id(L, k + 1, FUL_W_whole)) ||
           ((L->t[k].bits & FUL_CUE_POSS) && !(L->t[k].bits & FUL_CUE_SELLER) && ful_is_id(L, k + 1, FUL_W_own));
}

static int ful_scope_all(const ful_cline *L, int k, int end);

/* "signs off every purchase over 5k", "all orders": a verb's word after a
 * word for all of a kind is that kind */
static int ful_every_noun(const ful_cline *L, int i)
{
    return i > 0 && L->t[i].span == 1 && !(L->t[i].flags & (T_CAP | T_BREAK)) &&
           (ful_all_word(L, i - 1) || (i > 1 && ful_scope_all(L, i - 2, i + 1))); /* (and "their own orders") */
}

/* "a day", "per week", "every autumn", "/yr", "on Fridays", "24/7": how
 * often, not when */
static int ful_rate_at(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (i > 0 && (L->marks & FUL_SAW_COUNT) && ful_is_id(L, i - 1, FUL_W_most) &&
        (ful_is_word(L, i, "days") || ful_is_word(L, i, "weeks") || ful_is_word(L, i, "mornings") ||
         ful_is_word(L, i, "afternoons") || ful_is_word(L, i, "evenings") || ful_is_word(L, i, "nights") ||
         ful_is_word(L, i, "weekends") || ful_is_word(L, i, "months")))
        return 1; /* "Power cuts most afternoons": how often */
    if (r->len >= 6 && memcmp(r->lw + r->len - 4, "days", 4) == 0 &&
        (memcmp(r->lw, "mon", 3) == 0 || memcmp(r->lw, "tue", 3) == 0 || memcmp(r->lw, "wed", 3) == 0 ||
         memcmp(r->lw, "thu", 3) == 0 || memcmp(r->lw, "fri", 3) == 0 || memcmp(r->lw, "sat", 3) == 0 ||
         memcmp(r->lw, "sun", 3) == 0))
        return 1; /* (a weekday in the plural: every one of them) */
    if ((L->t[i].flags & T_NUM) && L->t[i].len <= 2 &&
        ((L->t[i].off + 4 <= L->n && memcmp(L->s + L->t[i].off, "24/7", 4) == 0) ||
         (L->t[i].off >= 3 && L->t[i].len == 1 && memcmp(L->s + L->t[i].off - 3, "24/7", 4) == 0)))
        return 1; /* (read as two numbers, "24" and "7") */
    if (i > 0 && (ful_is_id(L, i, FUL_W_winter) || ful_is_id(L, i, FUL_W_summer) || ful_is_id(L, i, FUL_W_spring) ||
                  ful_is_id(L, i, FUL_W_autumn)) &&
        (ful_is_id(L, i - 1, FUL_W_in) || ful_is_id(L, i - 1, FUL_W_during)))
        return 1; /* "sells 1,200 head a week in winter": every winter (not "next spring") */
    if (ful_ordinal_at(L, i) && i > 0 && i + 1 < L->nt && (L->t[i + 1].bits & FUL_CUE_DATE) &&
        (ful_is_id(L, i - 1, FUL_W_every) || ful_is_id(L, i - 1, FUL_W_each)))
        return 1; /* "every 2nd Tuesday": the ordinal */
    if (i > 1 && (L->t[i].bits & FUL_CUE_DATE) && ful_ordinal_at(L, i - 1) &&
        (ful_is_id(L, i - 2, FUL_W_every) || ful_is_id(L, i - 2, FUL_W_each)))
        return 1; /* and its day */
    if ((L->t[i].flags & T_NUM) && i > 0 && i + 1 < L->nt && (L->t[i + 1].bits & FUL_CUE_DATE) && ful_is_id(L, i - 1, FUL_W_every))
        return 1; /* "every 3 years": the count */
    if (i > 1 && (L->t[i].bits & FUL_CUE_DATE) && (L->t[i - 1].flags & T_NUM) && ful_is_id(L, i - 2, FUL_W_every))
        return 1; /* and its unit */
    return i > 0 && (L->t[i].bits & FUL_CUE_DATE) &&
           (ful_is_id(L, i - 1, FUL_W_a) || ful_is_id(L, i - 1, FUL_W_per) || ful_is_id(L, i - 1, FUL_W_every) ||
            ful_is_id(L, i - 1, FUL_W_each) || (L->t[i].off > 0 && L->s[L->t[i].off - 1] == '/'));
}

/* "They renew every year in June", "Usually they sign in January": a
 * month with no day on a line that says how often is when in the year a
 * habit falls, not a day to act on ("signs the renewal Jan 15 as every
 * year" keeps its day) */
static int ful_season_of_habit(const ful_cline *L, int i)
{
    static const uint16_t month[] = {FUL_W_january, FUL_W_february, FUL_W_march, FUL_W_april, FUL_W_may, FUL_W_june,
                                     FUL_W_july, FUL_W_august, FUL_W_september, FUL_W_october, FUL_W_november,
                                     FUL_W_december, FUL_W_jan, FUL_W_feb, FUL_W_mar, FUL_W_apr, FUL_W_jun, FUL_W_jul,
                                     FUL_W_aug, FUL_W_sep, FUL_W_sept, FUL_W_oct, FUL_W_nov, FUL_W_dec};
    int k;
    if (!ful_wid_in(L, i, month, sizeof month / sizeof month[0]) || L->t[i].span != 1 || (i > 0 && (L->t[i - 1].flags & T_NUM)) ||
        (i + 1 < L->nt && (L->t[i + 1].flags & T_NUM)))
        return 0;
    for (k = 0; k < L->nt; k++)
        if (k != i && (ful_rate_at(L, k) || (ful_wrule[L->t[k].wid] & FUL_SAW_HABIT)))
            return 1;
    return 0;
}

/* "They close the books every quarter", "Board signs off budgets in March
 * every year", "Auditors come in every March", "Usually they sign in
 * January": the client's verb in the present on a line that says how
 * often, with no day but the habit's month: how they work, no step ("Tom
 * signs the renewal Jan 15 as every year", "they'll review it every
 * quarter" are steps). vt: the clause's verb. */
static int ful_recurring_habit(const ful_cline *L, int from, int end, int vt)
{
    int k, rate = 0, verbless = end < L->nt; /* verbless: the clause after has no verb nor subject */
    if (!(L->marks & FUL_SAW_HABIT) && !(L->marks & FUL_SAW_FACT))
        return 0; /* (no word of a rate: "every", "each", "usually", "annually" are the lookup's) */
    if (vt < from || vt >= end || (L->t[vt].span != 1 && !(L->t[vt].span == 2 && ful_is_id(L, vt + 1, FUL_W_off))) ||
        (L->t[vt].flags & (T_QUOTED | T_CAP | T_NUM)) || ful_ends_ing(L, vt) || ful_is_id(L, vt + 1, FUL_W_to))
        return 0; /* (a verb and its "off" are one: "signs off") */
    for (k = end; verbless && k < L->nt && k < L->cend[end]; k++)
        if (L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_CLIENT | FUL_CUE_SELLER))
            verbless = 0;
    for (k = from; verbless && k < end; k++)
        if (L->t[k].flags & T_NUM)
            verbless = 0; /* (a day in figures is a day to act on, whatever follows) */
    for (k = 0; k < L->nt; k++) {
        if (L->t[k].flags & T_QUOTED)
            return 0;
        if (ful_rate_at(L, k) || (ful_wrule[L->t[k].wid] & FUL_SAW_HABIT))
            rate |= k < end || (verbless && k <= end + 1); /* (in the clause, before it, or opening a verbless clause
                                                            * after it, "they restock in September, every year":
                                                            * another clause's rate is its own) */
        else if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_SPEECH |
                                  FUL_CUE_REQUEST | FUL_CUE_EVENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_VAGUE)) &&
                 !ful_season_of_habit(L, k) && k != vt)
            return 0; /* (a step's words: "They'll review vendors every year" is one) */
        else if ((L->t[k].bits & FUL_CUE_DATE) && !ful_season_of_habit(L, k))
            return 0; /* (a day to act on, or a date word that is no rate's) */
    }
    return rate;
}

/* "run 3 funeral homes", "picks the 5 pilot stores": a small count whose
 * noun, in the plural, stands a word later (ful_quantity reads the noun
 * right after the figure) */
static int ful_count_word_later(const ful_cline *L, int k, int end)
{
    return L->r[k].len <= 3 && k + 2 < end && !(L->t[k + 1].flags & (T_BREAK | T_NUM | T_CAP)) &&
           !(L->t[k + 1].bits & FUL_CUE_DATE) && !(L->t[k + 2].flags & (T_BREAK | T_NUM | T_CAP)) &&
           !(L->t[k + 2].bits & (FUL_CUE_WORD | FUL_CUE_DATE)) && ful_ends_sv(L, k + 2);
}

/* "net 45", "Net 30": payment terms, the figure a count of days, no day */
int ful_net_terms(const ful_cline *L, int i)
{
    return i > 0 && (L->t[i].flags & T_NUM) && L->r[i].len <= 3 && ful_is_word(L, i - 1, "net");
}

/* "pay in USD", "pays by wire", "pay via Ariba", "pay with P-cards": how
 * they pay, not a payment to come ("pay by Friday", "pay in 30 days" name
 * a day: the habit reader's day test refuses them) */
static int ful_pay_means(const ful_cline *L, int k, int end)
{
    if (k + 1 < end && ful_net_terms(L, k + 1))
        return 1; /* "Pays net 60": their terms */
    return k + 1 < end && L->t[k].span == 1 &&
           (ful_is_id(L, k, FUL_W_in) || ful_is_id(L, k, FUL_W_by) || ful_is_id(L, k, FUL_W_via) ||
            ful_is_id(L, k, FUL_W_through) || ful_is_id(L, k, FUL_W_with)) &&
           !(L->t[k + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_SOBJ | FUL_CUE_SELLER)) && !(L->t[k + 1].flags & T_NUM);
}

/* "thanks, received", "noted", "ok, got it": a quote that only says the
 * message came, tokens [k, e) */
static int ful_ack_quote(const ful_cline *L, int k, int e)
{
    for (; k < e; k++)
        if (!(ful_is_id(L, k, FUL_W_thanks) || ful_is_word(L, k, "thank") || ful_is_id(L, k, FUL_W_you) || ful_is_id(L, k, FUL_W_noted) ||
              ful_is_word(L, k, "received") || ful_is_id(L, k, FUL_W_ok) || ful_is_id(L, k, FUL_W_okay) || ful_is_word(L, k, "cheers") ||
              ful_is_id(L, k, FUL_W_great) || ful_is_id(L, k, FUL_W_got) || ful_is_id(L, k, FUL_W_it)))
            return 0;
    return 1;
}

/* A speech verb in the past: "replied", "emailed", "said", "wrote". */
static int ful_said_past(const ful_cline *L, int i)
{
    return ful_participle(L, i) || ful_is_word(L, i, "said") || ful_is_id(L, i, FUL_W_wrote);
}

/* "reps", "users", "staff": a count of these is people, who may act */
static int ful_people_unit(const ful_cline *L, int n)
{
    static const uint16_t w[] = {FUL_W_people, FUL_W_users, FUL_W_reps, FUL_W_staff, FUL_W_ppl, FUL_W_pax, FUL_W_employees, FUL_W_fte, FUL_W_ftes};
    return ful_wid_in(L, n, w, sizeof w / sizeof w[0]) || (L->t[n].bits & FUL_CUE_CLIENT) != 0;
}

/* "Two sites share one dispatcher", "Most orders come in by phone", "both
 * plants run SAP": a clause opening on a count of things (not of people),
 * then a verb in its plain present: the verb's token, or -1. k: the
 * clause's first token or the one before it. */
static int ful_counted_verb(const ful_cline *L, int k, int end)
{
    int n, v;
    if (k < 0 || !(k == 0 || k == L->head || (L->t[k].flags & T_BREAK)) || L->t[k].span != 1 ||
        !((ful_wrule[L->t[k].wid] & FUL_SAW_COUNT) || ((L->t[k].flags & T_NUM) && !(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)))))
        return -1;
    n = k + 1;
    v = n + 1;
    if (v >= end || L->t[n].span != 1 || !ful_ends_sv(L, n) || (L->t[n].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_DATE)) ||
        (L->t[n].flags & (T_CAP | T_NUM | T_QUOTED | T_BREAK)) || ful_people_unit(L, n))
        return -1; /* (people counted are someone: "3 reps", "two users") */
    if ((L->t[v].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_JOINT)) &&
        !(v + 1 < end && ((L->t[v + 1].flags & T_NUM) || ful_is_id(L, v + 1, FUL_W_one) || (L->t[v + 1].flags & T_UPPER))))
        return -1; /* ("both teams sign off": a step; "share one dispatcher", "run SAP": what they hold) */
    if (L->t[v].span != 1 || (L->t[v].flags & (T_CAP | T_NUM | T_QUOTED | T_BREAK)) || ful_ends_sv(L, v) || ful_ends_ing(L, v) ||
        ful_past_verb(L, v) || ful_be_form(L, v) ||
        (L->t[v].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH | FUL_CUE_BOOKED | FUL_CUE_DATE |
                         FUL_CUE_ART | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_NEG | FUL_CUE_EVENT)))
        return -1;
    return v;
}

/* "Jan forwarded it to procurement that afternoon", "Will acknowledged it
 * the same afternoon": the client's act in the past, right after its
 * subject, with no day (or only the time of day it was done): a record,
 * no step. With a day or "by" beside it the line keeps its reading (the
 * passive "PO to be raised by 12/9" is a step). Not a meeting moved or
 * set ("Tom moved the call to Thu"), a promise ("agreed to", "committed
 * to"), an ask, what was said or a booking ("confirmed Tue 2pm"). */
static int ful_client_did(const ful_cline *L, int from, int end, int vt)
{
    int k;
    if (vt < 0 || vt >= end || L->t[vt].span != 1 || (L->t[vt].flags & (T_QUOTED | T_CAP)) ||
        (L->t[vt].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_REQUEST | FUL_CUE_SPEECH | FUL_CUE_MODAL | FUL_CUE_HEDGE |
                          FUL_CUE_EVENT)) ||
        !ful_participle(L, vt) || ful_is_word(L, vt, "agreed") || ful_is_word(L, vt, "promised") ||
        ful_is_word(L, vt, "committed") || ful_is_word(L, vt, "offered") || ful_is_word(L, vt, "planned") ||
        ful_is_word(L, vt, "moved") || ful_is_word(L, vt, "pushed") || ful_is_word(L, vt, "extended") ||
        ful_is_word(L, vt, "wanted") || ful_is_word(L, vt, "needed") || ful_is_word(L, vt, "expected"))
        return 0;
    for (k = from; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_EVENT | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_SOBJ |
                             FUL_CUE_YOU)) ||
            (L->t[k].flags & T_QUOTED) || (ful_is_id(L, k, FUL_W_to) && k + 1 < end && (L->t[k + 1].bits & VERBISH)) ||
            ful_is_id(L, k, FUL_W_by) ||
            ((L->t[k].bits & FUL_CUE_DATE) && !ful_is_word(L, k, "afternoon") && !ful_is_word(L, k, "morning") &&
             !ful_is_word(L, k, "evening")))
            return 0; /* (what they will do, a meeting, us, a deadline or a day: "sent us the NDA to sign by Fri"; "that
                       * afternoon" is when it was done) */
    for (k = from; k < vt; k++)
        if (!ful_is_id(L, k, FUL_W_already) && !ful_is_id(L, k, FUL_W_just) && !ful_is_id(L, k, FUL_W_also))
            return 0; /* (the past right after its subject: not "PO to be raised by 12/9", "budget gets approved") */
    return 1;
}

/* "signs", "approves", "reviews", "decides", "handles", "manages": a verb
 * of someone's part in their process */
static int ful_role_verb(const ful_cline *L, int v)
{
    return ful_is_id(L, v, FUL_W_signs) || ful_is_id(L, v, FUL_W_approves) || ful_is_id(L, v, FUL_W_reviews) ||
           ful_is_id(L, v, FUL_W_decides) || ful_is_id(L, v, FUL_W_handles) || ful_is_id(L, v, FUL_W_manages);
}

/* After a verb of their part (k the word after it): "contracts", "POs",
 * "vendor spend", "on budget", "about IT": a kind of thing, no article and
 * no day, to the clause's end: who does what in their process, told
 * ("Rich only signs contracts"; not "Tom signs the contract", "Tom reviews
 * contracts Friday"). */
static int ful_kind_after(const ful_cline *L, int k, int end)
{
    int j, n = 0;
    if (ful_is_id(L, k, FUL_W_on) || ful_is_word(L, k, "about"))
        k++, n = 1;
    for (j = k; j < end; j++)
        if ((L->t[j].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_FILLER | (n ? FUL_CUE_CLIENT : 0))) ||
            (L->t[j].flags & (T_NUM | T_QUOTED | T_NAME)) || j > k + 2)
            return 0;
    if (k >= end)
        return 0;
    if (n)
        return 1; /* ("decides on budget") */
    j = end - 1; /* the last word: a plural, or "spend" */
    return ful_ends_sv(L, j) || ful_is_word(L, j, "spend");
}

/* "Carlos only approves", "IT only executes", "Declan only recommends":
 * someone's part in their process and no more, the clause ending on its
 * verb in -s (no object, no day: "Carlos only approves on Fridays" is
 * read as before). vt: the clause's verb, or "only" before it. */
static int ful_only_part(const ful_cline *L, int vt, int end)
{
    int o = ful_is_id(L, vt, FUL_W_only) ? vt : vt > 0 && ful_is_id(L, vt - 1, FUL_W_only) ? vt - 1 : -1;
    return o >= 0 && o + 2 == end && L->t[o + 1].span == 1 && !(L->t[o + 1].flags & (T_CAP | T_NUM | T_QUOTED)) &&
           !(L->t[o + 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_DATE | FUL_CUE_SPEECH | FUL_CUE_REQUEST)) &&
           ful_ends_sv(L, o + 1);
}

/* "They buy through a distributor", "Karim's brother runs the other
 * plant", "family also owns a juice plant", "supports 14 hospitals": a
 * habit or a holding told in the present, with nothing on the line that
 * dates it, books it or hedges it: how things stand, no step ("Jess owns
 * the approval, done by Fri" is one). vt is the clause's verb, or the
 * word taken for it. */
/* Does our order or "we" open a clause at k ("Summer owns the vendor
 * relationship; follow up with her Monday", "they work with 3 brokers,
 * we would be the 4th")? The days from there on are that clause's, not
 * the habit's read before it. */
static int ful_ours_opens(const ful_cline *L, int k)
{
    return (L->t[k].flags & T_BREAK) && (L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_SELLER)) &&
           !(L->t[k].flags & (T_QUOTED | T_INPHR)) && !(L->t[k].bits & FUL_CUE_CLIENT);
}

static int ful_client_habit(const ful_cline *L, int from, int end, int vt)
{
    int i, v = -1, sb = from - 1, counted = 0, inq;
    if (vt >= 0 && ful_only_part(L, vt, end))
        return 1;
    if (vt < 0 || (!(L->marks & (FUL_SAW_FACT | FUL_SAW_NUM | FUL_SAW_HABIT | FUL_SAW_COUNT)) &&
                   !(ful_role_verb(L, vt) && ful_kind_after(L, vt + 1, end)) &&
                   !(vt + 1 < end && ful_role_verb(L, vt + 1) && ful_kind_after(L, vt + 2, end))))
        return 0; /* (none of its words, no figure: the lookup's marks; nor a verb of their part and a kind of thing) */
    if (vt == from && vt + 1 < end &&
        (ful_is_id(L, vt, FUL_W_already) || ful_is_id(L, vt, FUL_W_also) || ful_is_id(L, vt, FUL_W_mainly) ||
         ful_is_id(L, vt, FUL_W_mostly) || ful_is_id(L, vt, FUL_W_currently)))
        from = ++vt; /* (the subject, then "already": "they already work with two vendors") */
    if (vt + 1 < end && (ful_is_id(L, vt, FUL_W_only) || ful_is_word(L, vt, "personally") || ful_is_word(L, vt, "actually")) &&
        ful_role_verb(L, vt + 1))
        from = ++vt; /* ("Rich only signs contracts", "Jan personally signs every DPA") */
    if (vt == from && from > 0 && vt + 1 < end && !L->t[vt].bits && L->t[vt].span == 1 &&
        !(L->t[vt].flags & (T_CAP | T_NUM | T_QUOTED)) && (L->t[from - 1].bits & FUL_CUE_POSS) &&
        !(L->t[from - 1].bits & FUL_CUE_SELLER) && (L->t[vt + 1].bits & VERBISH) && ful_ends_sv(L, vt + 1))
        from = ++vt; /* "Their lawyer reviews every contract": the subject's noun, then its verb */
    for (i = vt; i < end && i <= vt + 2; i++)
        if (((ful_wset[L->t[i].wid] & (FUL_WS_STATEV | FUL_WS_HABIT | FUL_WS_ONSET)) && L->t[i].span == 1) ||
            ((ful_is_id(L, i, FUL_W_pay) || ful_is_id(L, i, FUL_W_pays)) && ful_pay_means(L, i + 1, end))) {
            v = i;
            break;
        } else if (L->t[i].bits & VERBISH) {
            if (i + 1 < end && i + 1 <= vt + 2 && L->t[i + 1].span == 1 && !(L->t[i + 1].flags & (T_BREAK | T_CAP)) &&
                (ful_wset[L->t[i + 1].wid] & FUL_WS_ONSET) && ful_ends_sv(L, i + 1))
                continue; /* ("Their schedule changes in April": the verb's word names the thing) */
            if (i > vt)
                return 0; /* (another verb first: "CFO signs, buys ...") */
            break; /* (the verb itself: read below, with a count after it) */
        }
    if (v < 0 && from < end && (ful_is_id(L, from, FUL_W_has) || ful_is_id(L, from, FUL_W_have)) && L->t[from].span == 1 &&
        (i = ful_next(L, from, end)) >= 0 && (ful_is_id(L, i, FUL_W_a) ? (i = ful_next(L, i, end)) >= 0 : 1) &&
        (L->t[i].flags & T_NUM) && !(L->t[i].bits & FUL_CUE_DATE) && !ful_is_id(L, i - 1, FUL_W_by))
        v = vt = from; /* "The lab has 2 mills and 1 furnace", "Depot has 3 phase power", "Kiosk has a 10 inch
                        * screen": what they hold, counted or sized (not "mills" as a verb; a day's number is read below) */
    if (v < 0 && !(L->t[vt].bits & (FUL_CUE_REQUEST | FUL_CUE_SPEECH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED)) &&
        !(L->t[vt].flags & (T_CAP | T_NUM)) && (L->t[vt].span == 1 || (L->t[vt].span == 2 && ful_is_id(L, vt + 1, FUL_W_off)))) {
        /* (a verb and its "off" are one cue: "signs off every purchase") */
        /* "Lucia's team supports 14 hospitals", "they process 5k claims a
         * week", "the bakery delivers to 40 cafes daily": a present verb with
         * a count or a rate after it is a habit, whatever the verb; not an
         * order, a hand-over or a meeting's word ("Tom sends 3 samples") */
        int k, n, act = ((L->t[vt].bits & FUL_CUE_ACT) && !ful_is_id(L, vt, FUL_W_run) && !ful_is_id(L, vt, FUL_W_runs)) ||
                        (L->t[vt].bits & (VERBISH & ~FUL_CUE_ACT)); /* (with these only a rate tells a habit) */
        /* (a client's step verb with a count is a step, "Tom signs 2 copies"; a rate makes it a habit) */
        for (k = ful_next(L, vt, end), n = 0; k >= 0 && n < 4 && v < 0; k = ful_next(L, k, end), n++)
            if (ful_rough_word(L, k) && k + 1 < end && (L->t[k + 1].flags & T_NUM))
                n--; /* ("print about 2M labels a month": the rough word is the figure's) */
            else if (((L->t[k].flags & T_NUM) && !act &&
                 (ful_quantity(L, k) || ful_count_word_later(L, k, end))) ||
                /* "They run two shifts": a count in words, then what is counted */
                ((ful_wrule[L->t[k].wid] & FUL_SAW_COUNT) && !act && k == ful_next(L, vt, end) && k + 1 < end &&
                 !L->t[k + 1].bits && !(L->t[k + 1].flags & (T_BREAK | T_CAP | T_NUM))) ||
                (ful_wrule[L->t[k].wid] & FUL_SAW_HABIT) ||
                /* "Owner signs everything himself": all of a kind, as a rate is */
                (k == ful_next(L, vt, end) && (ful_is_id(L, k, FUL_W_everything) || ful_is_id(L, k, FUL_W_anything))) ||
                /* "signs all contracts", "signs off every purchase", "signs POs above $10k": all of a kind, a threshold */
                ((k == ful_next(L, vt, end) || (ful_is_id(L, k - 1, FUL_W_off) && k - 1 == ful_next(L, vt, end)) ||
                  /* ("signs off on every sourcing change", "signs off on all vendor risk assessments") */
                  (ful_is_id(L, k - 1, FUL_W_on) && k - 1 == ful_next(L, vt, end) && L->t[vt].span == 2)) &&
                 ful_all_word(L, k) &&
                 k + 1 < end && !(L->t[k + 1].bits & (FUL_CUE_DATE | FUL_CUE_ART | FUL_CUE_POSS)) &&
                 !(L->t[k + 1].flags & (T_NUM | T_BREAK))) ||
                ful_threshold_at(L, k) ||
                (k == ful_next(L, vt, end) && ful_scope_all(L, k, end)) ||
                (k == vt + 1 && ful_role_verb(L, vt) && ful_kind_after(L, k, end)) ||
                ful_rate_at(L, k))
                v = vt;
            else if (L->t[k].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_SOBJ | FUL_CUE_YOU))
                break;
    }
    if (v < 0 && (L->marks & (FUL_SAW_COUNT | FUL_SAW_NUM)) &&
        (i = ful_counted_verb(L, from > 0 && ((ful_wrule[L->t[from - 1].wid] & FUL_SAW_COUNT) || (L->t[from - 1].flags & T_NUM)) ? from - 1 : from,
                              end)) >= 0)
        v = i, counted = 1; /* (the count, or the name-shaped "Two", taken for the subject) */
    /* '"we review all vendors every November" - Chloe': the client's own
     * words, subject and verb inside one quote, tell a habit as well */
    inq = v >= 0 && v == vt && sb >= 0 && v == ful_next(L, sb, end) && (L->t[sb].flags & T_QUOTED) && (L->t[v].flags & T_QUOTED) &&
          (ful_is_id(L, sb, FUL_W_we) || ful_is_id(L, sb, FUL_W_they)) && !(L->t[v].flags & T_BREAK);
    if (v < 0 || ((L->t[v].flags & T_QUOTED) && !inq) || ((L->t[v].flags & T_BREAK) && v != from) || /* (a verb opening its clause: the subject left unsaid) */
        (ful_is_id(L, v + 1, FUL_W_to) && !(v + 2 < end && (L->t[v + 2].flags & T_NUM))) ||
        (ful_is_id(L, v, FUL_W_speaks) && ful_is_id(L, v + 1, FUL_W_with)))
        return 0; /* ("likes to meet Tuesdays", "speaks with the CFO"; but "delivers to 40 cafes daily") */
    if (ful_wset[L->t[v].wid] & FUL_WS_ONSET) {
        /* "new CFO starts in January", "the new plant opens in Q3": a thing
         * that happens at a time, no one's step; not with an object ("starts
         * the pilot Dec 14", "opens the firewall ports by 12/15") */
        int d;
        i = ful_next(L, v, end);
        if (i >= 0 && (ful_is_word(L, i, "leave") ||
                       ((ful_is_word(L, i, "mat") || ful_is_word(L, i, "maternity") || ful_is_word(L, i, "paternity") ||
                         ful_is_word(L, i, "parental") || ful_is_word(L, i, "sick")) &&
                        ful_is_word(L, ful_next(L, i, end), "leave"))))
            return !(L->t[v].flags & T_CAP); /* "Jan starts mat leave in Jan": away from then, no step */
        if (i >= 0 && ful_is_id(L, i, FUL_W_on) && (d = ful_next(L, i, end)) >= 0 &&
            ((L->t[d].bits & FUL_CUE_DATE) || (L->t[d].flags & T_NUM) ||
             (ful_is_id(L, d, FUL_W_the) && ful_next(L, d, end) >= 0 && (L->t[ful_next(L, d, end)].flags & T_NUM))))
            i = ful_is_id(L, d, FUL_W_the) ? ful_next(L, d, end) : d; /* "new CFO starts on Jan 4", "the new plant opens on the 1st" */
        return i >= 0 &&
               ((L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[i].flags & T_NUM) || ful_is_id(L, i, FUL_W_for) ||
                (ful_is_id(L, i, FUL_W_at) && ful_next(L, i, end) >= 0 && (L->t[ful_next(L, i, end)].flags & T_NUM))) &&
               !(L->t[v].flags & T_CAP); /* ("Plant closes for two weeks in August") */
    }
    if (!counted && !ful_ends_sv(L, v) && !ful_is_id(L, v, FUL_W_has) && !(v == from && sb >= 0 && (ful_is_id(L, sb, FUL_W_they) || inq) &&
                                ((ful_wset[L->t[v].wid] & FUL_WS_HABIT) || v == vt)))
        return 0; /* (a plain form only right after "they": "they buy through a distributor") */
    i = ful_next(L, v, end);
    if (i >= 0 && (ful_is_id(L, i, FUL_W_it) || ful_is_id(L, i, FUL_W_this) || ful_is_id(L, i, FUL_W_that) ||
                   (L->t[i].bits & FUL_CUE_SOBJ)))
        return 0; /* "sells it internally", "runs it by legal", "buys us lunch": done to a thing in hand */
    if (i >= 0 && ful_ends_ing(L, i) && !ful_is_id(L, i, FUL_W_everything) && !ful_is_id(L, i, FUL_W_anything))
        return 0; /* "owns getting the PO out": a to-do handed over */
    for (; i >= 0; i = ful_next(L, i, end))
        if ((ful_is_id(L, i, FUL_W_that) || ful_is_word(L, i, "which")) && i > 0 &&
            (ful_is_id(L, i - 1, FUL_W_everything) || ful_is_id(L, i - 1, FUL_W_anything)))
            break; /* "decides anything that touches the dock schedule": what the all is, a clause of its own */
        else if (((L->t[i].bits & VERBISH) && !(i == v + 2 && ful_pay_means(L, v + 1, end)) && !ful_verb_as_noun(L, i, end) && !ful_every_noun(L, i) &&
             !(counted && (L->t[i - 1].bits & FUL_CUE_ART))) || /* ("pays by wire", "most orders come in by phone") */
            ful_is_id(L, i, FUL_W_next) || ful_is_id(L, i, FUL_W_approval))
            return 0; /* "owns the next step", "owns the approval": the same ("owns the budget" is who holds it) */
    for (i = 0; i < L->nt; i++)
        if (i >= end && ful_ours_opens(L, i))
            break; /* (the days of our clause after it are its own) */
        else if (ful_rate_at(L, i))
            continue; /* how often, not when: "300 jobs a day", "buys seed every autumn" */
        else if (ful_season_of_habit(L, i))
            continue; /* "renew every year in June": when in the year the habit falls */
        else if (ful_net_terms(L, i))
            continue; /* "Pays by wire, net 45": their terms, not a day */
        else if (ful_is_id(L, i, FUL_W_today) && i > 0 && !ful_is_id(L, i - 1, FUL_W_by) && !ful_is_id(L, i - 1, FUL_W_until))
            continue; /* "They print everything on paper today": how it is done now ("by today" is a day) */
        else if (ful_length_word(L, i))
            i++; /* how long: "they pay in OMR, 60-day terms" */
        else if ((ful_is_id(L, i, FUL_W_takes) || ful_is_id(L, i, FUL_W_took)) && i + 2 < L->nt && (L->t[i + 1].flags & T_NUM) &&
                 !(L->t[i + 1].flags & T_BREAK))
            /* how long a thing of theirs takes: "reviews every vendor contract, usually takes 2-3 wks" (a range: two figures) */
            i += (i + 3 < L->nt && (L->t[i + 2].flags & T_NUM) && !(L->t[i + 2].flags & T_BREAK)) ? 3 : 2;
        else if ((ful_is_id(L, i, FUL_W_year) && i > 0 &&
                  (ful_is_id(L, i - 1, FUL_W_calendar) || ful_is_id(L, i - 1, FUL_W_fiscal) || ful_is_id(L, i - 1, FUL_W_financial))) ||
                 ful_is_id(L, i, FUL_W_fy))
            continue; /* "Fiscal year is the calendar year; board approves all budgets": how their year runs, no day */
        else if ((L->t[i].flags & T_NUM) && (ful_figure(L, i) || (i + 2 < L->nt && (L->t[i + 1].bits & FUL_CUE_DATE) && ful_is_word(L, i + 2, "old"))))
            i += ful_figure(L, i) ? 0 : 2; /* a figure, an age: "scores price at 40%", "averages 9 years old" */
        else if ((L->t[i].flags & T_NUM) && !ful_quantity(L, i) && !ful_count_word_later(L, i, L->nt) && !ful_threshold_at(L, i - 1) &&
                 !(i + 1 < L->nt && L->r[i].len <= 3 && !L->t[i + 1].bits &&
                   !(L->t[i + 1].flags & (T_CAP | T_NUM | T_BREAK)))) /* ("2 mills and 1 furnace") */
            return 0; /* a day's number: "picks the 5 pilot stores by the 16th" */
        else if ((L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_VAGUE | FUL_CUE_HEDGE)) ||
            ((L->t[i].flags & T_QUOTED) && !(inq && i >= sb && i < end)) || (i >= from && i < end && (L->t[i].bits & FUL_CUE_MODAL) && i != v))
            return 0;
    return 1;
}

/* "They struggle with scheduling", "Tom travels a lot", "They are
 * evaluating 3 vendors": a verb no cue knows, in the present, with nothing
 * of the deal after it (no us, no thing of ours or theirs to hand over, no
 * meeting, no one named) and no day: how they are, no step. vt: the verb. */
static int ful_plain_present(const ful_cline *L, int from, int vt)
{
    int k, v0;
    /* "Their IT dept blocks": the subject's other words of theirs */
    while (from < vt && (L->t[from].bits & FUL_CUE_CLIENT) && !(L->t[from].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE)) &&
           !(L->t[from].flags & (T_QUOTED | T_BREAK)) && from > 0 && (L->t[from - 1].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)))
        from++;
    if (vt < from || from < 1 || L->t[vt].span != 1 || (L->t[vt].flags & (T_QUOTED | T_CAP | T_NUM)) ||
        (L->t[vt].bits & ~FUL_CUE_WORD) || ful_wait_word(&L->r[vt]) || ful_is_id(L, vt, FUL_W_coming) ||
        ful_is_id(L, vt, FUL_W_going) || (ful_wset[L->t[vt].wid] & FUL_WS_SETS))
        return 0; /* (the habit reader's own words, "owns", "runs", keep its exceptions: "Grant owns the next step") */
    /* in -s (a plain form after "they"), or in -ing after "is"/"are"/"'re" ("are evaluating") */
    if (ful_ends_ing(L, vt) ? !(vt > 0 && (ful_be_form(L, vt - 1) || ful_contraction_be(L, vt - 1)))
                            : !ful_ends_sv(L, vt) && !(vt == from && ful_is_id(L, from - 1, FUL_W_they)))
        return 0;
    /* right after the subject, or after its "is" or one adverb ("Tom only answers his cell") */
    v0 = vt > from && (ful_be_form(L, vt - 1) || ful_is_id(L, vt - 1, FUL_W_only) || ful_is_id(L, vt - 1, FUL_W_never) ||
                       ful_is_id(L, vt - 1, FUL_W_always) || ful_is_id(L, vt - 1, FUL_W_also) || ful_is_id(L, vt - 1, FUL_W_still))
             ? vt - 1 : vt;
    if (v0 != from && !(v0 == from + 1 && ful_be_form(L, from)))
        return 0;
    /* (someone of theirs, not a subject that names a meeting or a thing of the deal: "decision is coming") */
    if (!(L->t[from - 1].bits & FUL_CUE_CLIENT) ||
        ((L->t[from - 1].bits & (FUL_CUE_EVENT | FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_MODAL | FUL_CUE_HEDGE)) &&
         !ful_contraction_be(L, from - 1)))
        return 0;
    for (k = from; k < vt; k++)
        if (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_COND) && !ful_be_form(L, k) && !ful_contraction_be(L, k))
            return 0;
    for (k = vt + 1; k < L->nt; k++) {
        if (L->t[k].flags & T_INPHR)
            continue;
        if (ful_ours_opens(L, k))
            break; /* (what follows is our clause's: "They struggle with scheduling, send the case study Fri") */
        if (ful_ends_ing(L, k) && (ful_is_id(L, k - 1, FUL_W_with) || ful_is_id(L, k - 1, FUL_W_of)) &&
            !(L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DNOUN | FUL_CUE_MODAL)))
            continue; /* ("struggle with scheduling": a doing's name) */
        if ((L->t[k].bits & (VERBISH | FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_EVENT | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_COBJ |
                             FUL_CUE_SELLER | FUL_CUE_DATE | FUL_CUE_VAGUE | FUL_CUE_NEGBOOK | FUL_CUE_COND)) ||
            (L->t[k].flags & (T_QUOTED | T_NAME)) ||
            /* (no one named after it; an acronym names a thing: "blocks USB devices") */
            ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD) && !ful_acronym(L, k)) ||
            ((L->t[k].flags & T_NUM) && !ful_quantity(L, k)))
            return 0;
    }
    return 1;
}

/* "last month", "2 weeks ago", "yesterday", and no other day, modal,
 * hedge or booking in [from, end): the clause tells the past. A reported
 * "'d" is no modal here: "she said she'd sign last week" is a promise that
 * fell due, no step ahead. */
static int ful_past_only(const ful_cline *L, int from, int end)
{
    int k, past = 0, said = 0;
    for (k = from; k < end; k++) {
        if (L->t[k].bits & FUL_CUE_SPEECH)
            said = 1;
        if (said && L->r[k].len > 2 && L->r[k].lw[L->r[k].len - 2] == '\'' && L->r[k].lw[L->r[k].len - 1] == 'd' &&
            !(L->t[k].bits & FUL_CUE_HEDGE))
            continue;
        if ((L->t[k].bits & FUL_CUE_HEDGE) && !(L->t[k].flags & T_QUOTED) && !said && k + 1 < end &&
            (ful_is_id(L, k, FUL_W_reckons) || ful_is_id(L, k, FUL_W_believes) || ful_is_word(L, k, "reckon") ||
             ful_is_word(L, k, "believe")) &&
            ((L->t[k + 1].bits & FUL_CUE_CLIENT) || (L->t[k + 1].flags & (T_CAP | T_NAME)))) {
            said = 1; /* "Mick reckons they brewed 900 hl last quarter": his view of what was, told as said is */
            continue;
        }
        if (ful_is_id(L, k, FUL_W_last) && k + 1 < end && (L->t[k + 1].bits & FUL_CUE_DATE)) {
            past = 1;
            k++; /* (its day or week) */
        } else if (ful_is_id(L, k, FUL_W_yesterday) || ful_is_id(L, k, FUL_W_ago))
            past = 1;
        else if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_VAGUE)) &&
                 !(k + 1 < end && ful_is_id(L, k + 1, FUL_W_ago)))
            return 0; /* (a day ahead, or what may be: "said last week they'd sign Friday") */
        else if (L->t[k].flags & T_QUOTED)
            return 0;
    }
    return past;
}

/* "Lighting desk is a 15-yr-old console, DMX patched all over the place":
 * a few words of theirs, "is"/"are" and what they are, with no day, no
 * booking, no "-ing", "to" or "due" after it: how things stand ("Tom is
 * coming Friday", "they are to sign", "PO is due Fri" are steps) */
static int ful_client_is(const ful_cline *L, int from, int end)
{
    int vt, k, n = 0, inq = 0;
    if (from > L->head && ful_contraction_be(L, from - 1) &&
        (ful_is_word(L, from - 1, "they're") || ful_is_word(L, from - 1, "she's") || ful_is_word(L, from - 1, "he's") ||
         /* ('"it's clunky as hell"': in the client's own words, the thing they speak of) */
         (ful_is_word(L, from - 1, "it's") && (L->t[from - 1].flags & T_QUOTED))))
        vt = from - 1, inq = (L->t[vt].flags & T_QUOTED) != 0; /* ("they're on a 3-yr deal": the "are" inside the subject's word) */
    else
        for (vt = from; vt >= 0 && n < 4 && !ful_is_id(L, vt, FUL_W_is) && !ful_is_id(L, vt, FUL_W_are); vt = ful_next(L, vt, end), n++)
            if ((L->t[vt].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_SELLER | FUL_CUE_SOBJ)) ||
                (L->t[vt].flags & T_QUOTED))
                return 0; /* (the subject's words, then "is") */
    k = vt >= 0 && n < 4 ? ful_next(L, vt, end) : -1;
    if (k < 0 || L->t[vt].span != 1 ||
        ((L->t[vt].flags & T_QUOTED) && !inq) || ful_ends_ing(L, k) || ful_is_id(L, k, FUL_W_to) || ful_is_word(L, k, "due") ||
        ful_is_word(L, k, "going") || ful_is_word(L, k, "about"))
        return 0;
    for (; k >= 0; k = ful_next(L, k, end))
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_MODAL | FUL_CUE_HEDGE |
                             FUL_CUE_VAGUE | FUL_CUE_EVENT | FUL_CUE_REQUEST | FUL_CUE_SOBJ | FUL_CUE_SELLER)) ||
            ((L->t[k].bits & VERBISH) && !ful_participle(L, k) && !(L->t[k - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS))) ||
            ful_ends_ing(L, k) || ((L->t[k].flags & T_QUOTED) && !inq) ||
            (ful_is_id(L, k, FUL_W_to) && !ful_is_id(L, k - 1, FUL_W_slow) && !ful_is_id(L, k - 1, FUL_W_quick)))
            return 0; /* (but "is slow to reply": how they are) */
    return 1;
}

/* "two", "six", "a few", "a couple of": a count in words before a span
 * of time; returns the token after it, or -1 */
static int ful_count_words(const ful_cline *L, int k, int end)
{
    static const char *const w[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "few"};
    size_t i;
    if (k >= 0 && ful_is_id(L, k, FUL_W_a) && (k = ful_next(L, k, end)) >= 0 && ful_is_word(L, k, "couple"))
        return ful_is_word(L, ful_next(L, k, end), "of") ? ful_next(L, ful_next(L, k, end), end) : ful_next(L, k, end);
    for (i = 0; k >= 0 && i < sizeof w / sizeof w[0]; i++)
        if (ful_is_word(L, k, w[i]))
            return ful_next(L, k, end);
    return -1;
}

/* "Procurement takes 6 weeks", "They take 30 days to pay": how long
 * something of theirs takes, no day to act on ("Tom takes the PO to the
 * board Friday" is a step) */
int ful_takes_time(const ful_cline *L, int from, int end)
{
    int k, n, j = -1, v;
    if (!(L->wsets & FUL_WG_TAKE))
        return 0; /* (no "takes", "take" or "took" on the line: the walk below finds none) */
    for (k = from, n = 0; k >= 0 && n < 3 && !ful_gate_word(L, k, FUL_WG_TAKE); k = ful_next(L, k, end), n++) {
        /* (a verb's word right before "takes" names the thing: "Security review takes 6 weeks", "Onboarding takes 2 weeks",
         * "sign-off usually takes them six weeks") */
        v = ful_next(L, k, end);
        if (v >= 0 && (ful_wrule[L->t[v].wid] & FUL_SAW_HABIT))
            v = ful_next(L, v, end);
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) ||
            ((L->t[k].bits & VERBISH) && !(v >= 0 && (ful_is_id(L, v, FUL_W_takes) || ful_is_id(L, v, FUL_W_took)))))
            return 0;
    }
    if (k < 0 || n >= 3 || L->t[k].span != 1 || (L->t[k].flags & T_QUOTED) || (k = ful_next(L, k, end)) < 0)
        return 0;
    if (ful_is_id(L, k, FUL_W_them) || ful_is_id(L, k, FUL_W_us))
        k = ful_next(L, k, end); /* ("It takes them 2 weeks to sign anything") */
    if (k >= 0 && (ful_is_word(L, k, "about") || ful_is_word(L, k, "around") || ful_is_word(L, k, "up")))
        k = ful_next(L, k, end); /* ("about 2 months", "up to 6 weeks": "to" is read below) */
    if (k >= 0 && ful_is_id(L, k, FUL_W_to))
        k = ful_next(L, k, end);
    if (k >= 0 && (L->t[k].flags & T_NUM) && k + 1 < L->nt && (L->t[k + 1].flags & T_NUM) &&
        L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '-')
        k += 1; /* ("4-6 weeks": the range's second figure) */
    if (k >= 0 && (j = ful_count_words(L, k, end)) >= 0 && (ful_is_id(L, j, FUL_W_to) || ful_is_word(L, j, "or")) &&
        ful_count_words(L, ful_next(L, j, end), end) >= 0)
        j = ful_count_words(L, ful_next(L, j, end), end); /* ("six to eight weeks") */
    if (k >= 0 && ful_is_id(L, k, FUL_W_a) && k + 1 < L->nt && (ful_is_id(L, k + 1, FUL_W_day) || ful_is_id(L, k + 1, FUL_W_week) ||
                                                                 ful_is_id(L, k + 1, FUL_W_month)))
        ; /* ("Setup takes a day", "takes a month") */
    else if (k >= 0 && j >= 0 && (L->t[j].bits & FUL_CUE_DATE) && !(L->t[j].flags & T_NUM))
        k = j - 1; /* ("Onboarding takes two weeks", "took two years": a count in words, then its span) */
    else if (k < 0 || !(L->t[k].flags & T_NUM) || (L->t[k].bits & FUL_CUE_DATE) || k + 1 >= L->nt ||
             !(L->t[k + 1].bits & FUL_CUE_DATE) || ful_is_id(L, k - 1, FUL_W_by))
        return 0;
    for (k += 2; k < L->nt; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_VAGUE)) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
    return 1;
}

/* "They don't have the budget this year", '"we just don't have the money
 * this year"', "Tom says they don't have money this quarter": what they
 * lack, told; a time beside it says when they lack it, not a step. A verb
 * or a modal after it keeps the step ("don't have to decide until next
 * year", "don't have budget now but will look at it in Q2"). */
static int ful_lacks(const ful_cline *L, int from, int end)
{
    int k, n;
    if (!(L->wsets & FUL_WG_DONT))
        return 0; /* (no "don't", "doesn't", "do not" on the line) */
    for (k = from, n = 0; k >= 0 && k < end && n < 5; k = ful_next(L, k, end), n++) /* (from may be the clause's end) */
        if (ful_is_id(L, k, FUL_W_don_t) || ful_is_id(L, k, FUL_W_dont) || ful_is_id(L, k, FUL_W_doesn_t) ||
            ful_is_id(L, k, FUL_W_doesnt) || ((ful_is_id(L, k, FUL_W_do) || ful_is_id(L, k, FUL_W_does)) && ful_is_id(L, k + 1, FUL_W_not)))
            break;
        else if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE)) && !(L->t[k].bits & FUL_CUE_SPEECH))
            return 0; /* (who told it may come first: "Tom says they don't have money") */
    if (k < 0 || k >= end || n >= 5)
        return 0;
    if (ful_is_id(L, k + 1, FUL_W_not))
        k++;
    if (k + 2 >= L->nt || !(ful_is_id(L, k + 1, FUL_W_have) || ful_is_id(L, k + 1, FUL_W_has)) || L->t[k + 1].span != 1 ||
        ful_is_id(L, k + 2, FUL_W_to) || (L->t[k + 2].flags & T_BREAK))
        return 0;
    for (k += 2; k < L->nt; k++)
        if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_REQUEST)) || ful_is_id(L, k, FUL_W_to))
            return 0;
    return 1;
}

/* "They expect 20% growth next year", "they forecast 15% more volume in
 * Q2": a figure they foresee, told; no step of anyone's (not "expect to
 * sign next month") */
static const uint16_t ful_foresee_words[] = {FUL_W_expect, FUL_W_expects, FUL_W_forecast, FUL_W_forecasts, FUL_W_anticipate,
                                              FUL_W_anticipates, FUL_W_predict, FUL_W_predicts};
static int ful_forecast(const ful_cline *L, int from, int end)
{
    int k, n;
    if (!(L->marks & FUL_SAW_NUM))
        return 0; /* (a figure: most lines have no number) */
    for (k = from, n = 0; k >= 0 && k < end && n < 3; k = ful_next(L, k, end), n++) /* (from may be the clause's end) */
        if (ful_wid_in(L, k, ful_foresee_words, sizeof ful_foresee_words / sizeof ful_foresee_words[0]))
            break;
        else if (L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE))
            return 0;
    if (k < 0 || k >= end || n >= 3 || L->t[k].span != 1 || (L->t[k].flags & T_QUOTED) || k + 1 >= end || !(L->t[k + 1].flags & T_NUM) ||
        (L->t[k + 1].bits & FUL_CUE_DATE) || ful_is_id(L, k + 2, FUL_W_to))
        return 0;
    for (k += 2; k < L->nt; k++)
        if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_BOOKED)) || ful_is_id(L, k, FUL_W_by) || (L->t[k].flags & T_QUOTED))
            return 0;
    return 1;
}

/* "They get funding from the ministry", "Budget for the project comes from
 * the EU grant": where their money comes from, told; with no day, modal or
 * other verb after it */
static int ful_funded_from(const ful_cline *L, int from, int end)
{
    int k, n, money = 0;
    if (!(L->marks & FUL_SAW_FROM))
        return 0; /* (no "from" on the line: most lines) */
    for (k = from > 0 ? from - 1 : from, n = 0; k >= 0 && k < end && n < 6; k = ful_next(L, k, end), n++) {
        if (ful_is_id(L, k, FUL_W_funding) || ful_is_id(L, k, FUL_W_money) || ful_is_id(L, k, FUL_W_budget) || ful_is_id(L, k, FUL_W_funds))
            money = 1;
        else if (money && ful_is_id(L, k, FUL_W_from) && k > 0 &&
                 (ful_is_id(L, k - 1, FUL_W_comes) || ful_is_id(L, k - 1, FUL_W_funding) || ful_is_id(L, k - 1, FUL_W_money) ||
                  ful_is_id(L, k - 1, FUL_W_funds)))
            break;
    }
    if (k < 0 || k >= end || n >= 6)
        return 0;
    for (; k < L->nt; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE)) ||
            (L->t[k].flags & T_QUOTED) ||
            ((L->t[k].bits & VERBISH) && ((L->t[k].flags & T_BREAK) || ful_is_id(L, k - 1, FUL_W_and) || ful_is_id(L, k - 1, FUL_W_then))))
            return 0; /* (a step after it: "..., then sign the PO"; "the EU grant" is a thing) */
    return 1;
}

/* An unknown word at i with a digit in it is no verb ("Chamorro summary
 * on p1", "x2", "v3") */
static int ful_nounish_unknown(const ful_cline *L, int i)
{
    uint32_t k;
    for (k = 0; k < L->r[i].len; k++)
        if (L->r[i].lw[k] >= '0' && L->r[i].lw[k] <= '9')
            return 1;
    return 0;
}

/* "Their security team requires SOC 2 Type II", "IT requires SSO",
 * "their insurer requires certified cleaning every 90 days": a standard
 * they hold anyone to, told; not a thing asked of us ("requires our SOC 2
 * report", "requires a signed NDA": a paper to hand over), nor with a day
 * ahead ("by Fri") */
static int ful_requires(const ful_cline *L, int from, int end)
{
    int k, n;
    for (k = from, n = 0; k >= 0 && n < 5; k = ful_next(L, k, end), n++)
        if (ful_is_id(L, k, FUL_W_requires))
            break;
        else if (L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE))
            return 0;
    if (k < 0 || n >= 5 || L->t[k].span != 1 || (L->t[k].flags & T_QUOTED) || ful_next(L, k, end) < 0)
        return 0;
    for (k = ful_next(L, k, end); k >= 0; k = ful_next(L, k, end)) {
        if (ful_is_id(L, k, FUL_W_every))
            break; /* (how often: "every 90 days") */
        if ((L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL |
                              FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE | FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_EVENT |
                              FUL_CUE_CLIENT | FUL_CUE_POSS)) ||
            (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_to) ||
            ((L->t[k].bits & VERBISH) && !ful_ends_ing(L, k) && !ful_participle(L, k)))
            return 0;
    }
    return 1;
}

/* "Tom flies to Lagos on 12/19", "Ana traveling 12/14-12/18": where they
 * will be, no step of theirs; not "flies in to see our plant" nor
 * "travels to our HQ for the workshop" (a visit to us). */
static int ful_trip_only(const ful_cline *L, int from, int end)
{
    int k;
    if (!ful_gate_word(L, from, FUL_WG_TRIP) || (L->t[from].flags & T_QUOTED)) /* "flies", "flying", "travels", "travel(l)ing" */
        return 0;
    for (k = from + 1; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_EVENT | FUL_CUE_DNOUN | FUL_CUE_CDOC |
                             (VERBISH & ~FUL_CUE_HEDGE))) ||
            ful_is_id(L, k, FUL_W_our) || ful_is_word(L, k, "see") || ful_is_word(L, k, "meet") || ful_is_word(L, k, "visit"))
            return 0;
    return 1;
}

/* A chase's verb in the passive: "called", "pinged". */
static int ful_called_word(const ful_cline *L, int k)
{
    return ful_is_id(L, k, FUL_W_called) || ful_is_id(L, k, FUL_W_contacted) || ful_is_id(L, k, FUL_W_reached) ||
           ful_is_id(L, k, FUL_W_pinged) || ful_is_id(L, k, FUL_W_emailed) || ful_is_id(L, k, FUL_W_texted) ||
           ful_is_id(L, k, FUL_W_phoned) || ful_is_id(L, k, FUL_W_rung);
}

/* ... and "reminded", "chased", "nudged": what we do to them ("Chioma to
 * be reminded"; not asked for: "asked to be reminded" is not read so) */
static int ful_chased_word(const ful_cline *L, int k)
{
    return ful_called_word(L, k) || ful_is_word(L, k, "reminded") || ful_is_word(L, k, "chased") ||
           ful_is_word(L, k, "nudged");
}

/* After a want at i ("wants to", "would like to": a phrase), "get"
 * someone of theirs "to" act ("wants to get his revenue team to look at
 * it", "would like to get the committee to review it"): the act's token,
 * or -1. Their people: a possessive or "the", then up to three words, the
 * last a role, a group or a name. */
static int ful_wants_theirs_to(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end), n;
    if (j < 0 || !ful_is_id(L, j, FUL_W_get) || L->t[j].span != 1 || (j = ful_next(L, j, end)) < 0 ||
        !(ful_is_id(L, j, FUL_W_the) || ((L->t[j].bits & FUL_CUE_POSS) && !ful_is_id(L, j, FUL_W_our))))
        return -1;
    for (n = 0; n < 3 && (j = ful_next(L, j, end)) >= 0 && !ful_is_id(L, j, FUL_W_to); n++)
        if (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_SELLER))
            return -1;
    if (j < 0 || n == 0 || !ful_is_id(L, j, FUL_W_to) ||
        !((L->t[j - 1].bits & FUL_CUE_CLIENT) || (L->t[j - 1].flags & (T_CAP | T_NAME))))
        return -1;
    j = ful_next(L, j, end);
    return j >= 0 && (L->t[j].bits & VERBISH) && !(L->t[j].flags & T_CAP) ? j : -1;
}

/* What the client's clause [from, end) amounts to. */
int ful_client_clause(const ful_cline *L, int from, int end, int *vt, int *request, int *hedge)
{
    int i, state = 0, formal;
    *vt = -1;
    if (from >= L->nt)
        return R_NONE; /* (the subject was the line's last token, "... / Status: Open": nothing after it to read, and
                        * its readers would look one past the tokens) */
    if (from < end && (ful_status_at(L, from, end) || ful_trip_only(L, from, end)))
        return R_STATUS;
    if (from + 2 < end && ful_is_id(L, from, FUL_W_already) && (ful_is_id(L, from + 1, FUL_W_have) || ful_is_id(L, from + 1, FUL_W_has)) &&
        !(L->t[from].flags & T_QUOTED)) {
        /* "they already have budget approved for Q1": what they hold, told;
         * the day names its period ("already have a call booked for Tue" is a meeting) */
        for (i = from + 2; i < end && !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_EVENT | FUL_CUE_MODAL | FUL_CUE_REQUEST | FUL_CUE_SELLER |
                                                        FUL_CUE_SOBJ | FUL_CUE_YOU)) &&
                    !(L->t[i].flags & T_QUOTED) && !ful_is_id(L, i, FUL_W_to);
             i++)
            ;
        if (i == end)
            return R_STATUS;
    }
    for (i = from; i < end && (L->t[i].flags & T_INPHR); i++)
        ; /* (the rest of a name: "Ms. Reyes to be called") */
    formal = i + 3 < end && (ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_are)) && ful_is_id(L, i + 1, FUL_W_to);
    /* ("Mr. Alvarez is to be contacted on December 7": the same, formal) */
    if (i + formal + 2 < end && ful_is_id(L, i + formal, FUL_W_to) && ful_is_id(L, i + formal + 1, FUL_W_be) &&
        ful_chased_word(L, i + formal + 2) && !(L->t[i].flags & T_QUOTED)) {
        *vt = i + formal + 2; /* "Dale to be called Monday", "Chioma to be reminded about the chart": our chase, of them */
        return R_NON;
    }
    if (from + 1 < end && L->t[from].span == 1 && !(L->t[from].flags & T_QUOTED) &&
        (ful_is_id(L, from, FUL_W_back) || ful_is_id(L, from, FUL_W_busy) || ful_is_id(L, from, FUL_W_swamped) ||
         ful_is_id(L, from, FUL_W_slammed))) {
        /* "Tom back Monday", "Marcus back 12/7", "back on the 10th": when
         * they return; "Tom busy this week", "busy till the 15th": how long
         * they are taken up; no step either */
        for (i = from + 1; i < end && ((L->t[i].bits & FUL_CUE_DATE) || (L->t[i].flags & T_NUM) || ful_is_id(L, i, FUL_W_on) ||
                                       ful_is_id(L, i, FUL_W_the) || ful_is_id(L, i, FUL_W_till) || ful_is_id(L, i, FUL_W_until) ||
                                       ful_is_id(L, i, FUL_W_this));
             i++)
            ;
        if (i == end)
            return R_STATUS;
    }
    if ((L->any & FUL_CUE_REQUEST) && ful_requires(L, from, end))
        return R_STATUS;
    if ((L->marks & FUL_SAW_PAST) && ful_past_only(L, from, end))
        return R_STATUS; /* "Weather delays at the quarry last month": what was, told */
    for (i = from; i + 1 < end && L->t[i].span == 1 &&
                   (ful_is_id(L, i, FUL_W_only) || ful_is_id(L, i, FUL_W_just) || ful_is_id(L, i, FUL_W_already) || ful_is_id(L, i, FUL_W_also));
         i++)
        ;
    if (i + 1 < end && ful_is_id(L, i, FUL_W_got) && L->t[i].span == 1 && ful_participle(L, i + 1) &&
        !(L->t[i + 1].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK)) && !ful_is_id(L, i + 2, FUL_W_to))
        return R_STATUS; /* '"We got burned by the last vendor"': what was done to them, told */
    if (i + 1 < end && ful_is_id(L, i, FUL_W_had) && L->t[i].span == 1 && !ful_is_id(L, i + 1, FUL_W_to) &&
        !(L->t[i + 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE))) {
        /* "They had a data breach in March", "Kofi was late, only had 15
         * min": what was, told; not "they had a call scheduled Friday" */
        int k;
        for (k = i + 1; k < end && !(L->t[k].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK)); k++)
            ;
        if (k == end)
            return R_STATUS;
    }
    if (i + 1 < end && ful_is_id(L, i, FUL_W_did) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
        !(L->t[i + 1].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH))) {
        /* "Marco's team did 38 events last December", "they did the pilot
         * with Acme": what they did, told ("did" no modal of a step ahead);
         * not "they did say they'd sign", "did send it, will call Fri" */
        int k;
        for (k = i + 1; k < end && !(L->t[k].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_MODAL | FUL_CUE_HEDGE)) &&
                        !ful_is_id(L, k, FUL_W_to);
             k++)
            ;
        if (k == end)
            return R_STATUS;
    }
    if (from + 1 < end &&
        (ful_is_id(L, from, FUL_W_won_t) || ful_is_id(L, from, FUL_W_wont) || ful_is_id(L, from, FUL_W_don_t) ||
         ful_is_id(L, from, FUL_W_dont) || ful_is_id(L, from, FUL_W_doesn_t) || ful_is_id(L, from, FUL_W_doesnt)) &&
        (ful_is_id(L, from + 1, FUL_W_need) || ful_is_id(L, from + 1, FUL_W_want)) && !(L->t[from].flags & T_QUOTED))
        return R_STATUS; /* "They won't need a demo, just send the price sheet": what they do not need is no step of theirs */
    if (from > 0 && from + 1 == end && (L->t[from - 1].bits & FUL_CUE_POSS) &&
        (ful_is_id(L, from, FUL_W_ask) || ful_is_id(L, from, FUL_W_asks) || ful_is_id(L, from, FUL_W_request) ||
         ful_is_id(L, from, FUL_W_requests)))
        return R_STATUS; /* "Their ask: a 3-year quote": a label, what follows says it */
    for (i = from; i < end; i++) {
        uint32_t b = L->t[i].bits;
        int j;
        if (L->t[i].flags & (T_INPHR | T_TAG))
            continue;
        if (*vt >= 0 && (L->wsets & FUL_WG_WHETHER) && ful_is_id(L, i, FUL_W_whether) && !(L->t[*vt].bits & (FUL_CUE_REQUEST | FUL_CUE_SPEECH)))
            break; /* "Mark will get back to us on whether they want the sandbox": the question their act answers, no ask */
        if ((b & (FUL_CUE_REQUEST | FUL_CUE_CLIENT)) && L->r[i].len >= 4 && memcmp(L->r[i].lw, "wait", 4) == 0) {
            /* (a line's opening "Waiting on" is the client's role: they wait) */
            j = ful_next(L, i, end);
            if (j >= 0 && (L->t[j].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ)) && !(L->t[j].flags & T_QUOTED)) {
                /* "they're waiting on our revised proposal", "waiting on us for
                 * the SOW": what they wait for is ours to deliver */
                int k;
                *vt = i;
                *request = 1;
                for (k = j; k < end; k++)
                    if ((L->t[k].bits & FUL_CUE_CHASE) && !(L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV | FUL_CUE_ACT)))
                        return R_NON; /* "waiting on our call back" */
                return R_COMPLIANCE;
            }
            /* "Jess is waiting on her CFO": the client waits on their own, unsure */
            if (*hedge < 0)
                *hedge = i;
            if (*vt < 0)
                *vt = i;
            continue;
        }
        if ((b & FUL_CUE_REQUEST) && *vt >= 0 && L->t[i].span == 1 &&
            (ful_is_id(L, i, FUL_W_request) || ful_is_id(L, i, FUL_W_requests)))
            continue; /* "to socialize the formulary request": the object's noun */
        if (i == from && from > 0 && ful_is_id(L, i, FUL_W_ask) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
            ((L->t[from - 1].bits & FUL_CUE_CLIENT) || (L->t[from - 1].flags & T_NAME)) &&
            !(L->t[from - 1].bits & (FUL_CUE_MODAL | FUL_CUE_POSS | FUL_CUE_COBJ)))
            b = FUL_CUE_REQUEST | FUL_CUE_WORD; /* "Customer ask us to call after holidays": "asks", in its plain form */
        if ((b & FUL_CUE_REQUEST) && *vt >= 0 && *vt + 1 < i && !(L->t[*vt].bits & (FUL_CUE_REQUEST | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH)) &&
            (ful_is_id(L, i, FUL_W_need) || ful_is_id(L, i, FUL_W_needs) || ful_is_word(L, i, "needing")) &&
            ful_clause_run(L, *vt, i))
            continue; /* "client to confirm the headcount of staff needing licences": who needs is their verb's object */
        if ((b & FUL_CUE_REQUEST) && i > from && (L->t[i - 1].bits & FUL_CUE_MODAL) && L->t[i].span == 1 &&
            (ful_is_id(L, i, FUL_W_request) || ful_is_word(L, i, "ask"))) {
            for (j = i + 1; j < end && !ful_is_id(L, j, FUL_W_from); j++)
                ;
            if (j + 1 < end && !(L->t[j + 1].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ))) {
                if (*vt < 0)
                    *vt = i; /* "Mr. Patel will request the loss runs from Travelers": he asks a third party, his effort */
                continue;
            }
        }
        if (b & (FUL_CUE_REQUEST | FUL_CUE_SPEECH)) {
            /* "told us to reach out", "asked us to send": the seller acts next */
            j = ful_next(L, i, end);
            if (b & FUL_CUE_SPEECH) {
                /* "she said reach out Q1": told to chase; "said kindly share
                 * the price list": told to send; "Dmitry said: write me next
                 * week": the words after the colon are what was said */
                int k = j, e2 = end, r, quoted = 0;
                if (k < 0 && i + 1 < L->nt && L->t[i].off + L->t[i].len < L->n && L->s[L->t[i].off + L->t[i].len] == ':') {
                    k = i + 1;
                    for (e2 = k + 1; e2 < L->nt && !(L->t[e2].flags & T_BREAK); e2++)
                        ;
                } else if ((k < 0 || k == i + 1) && i + 1 < L->nt && (L->t[i + 1].flags & T_QUOTED) &&
                           !(L->t[i].flags & T_QUOTED)) {
                    /* 'he said "call me in January"': the quote is what was said */
                    k = i + 1;
                    quoted = 1;
                    for (e2 = k + 1; e2 < L->nt && (L->t[e2].flags & T_QUOTED) && !(L->t[e2].flags & T_BREAK); e2++)
                        ;
                }
                if (quoted && ful_ack_quote(L, k, e2))
                    return R_STATUS; /* 'Ola replied "thanks, received"': an answer that asks nothing, a record */
                if (k < 0 && !(L->t[i].flags & T_QUOTED) && ful_said_past(L, i)) {
                    /* "Tom replied", "Tom replied, thanks": that an answer came
                     * and asked nothing, a record ("Jo said, probably after
                     * Christmas": what was said follows, read as hers) */
                    for (e2 = i + 2; e2 < L->nt && !(L->t[e2].flags & T_BREAK); e2++)
                        ;
                    if (i + 1 >= L->nt || ful_ack_quote(L, i + 1, e2))
                        return R_STATUS;
                }
                if (k >= 0 && !quoted && !(L->t[i].flags & T_QUOTED) && ful_said_past(L, i) && ful_ack_quote(L, k, e2))
                    return R_STATUS; /* "Tom said thanks", "she replied ok": the words said are only thanks */
                if (k >= 0 && (ful_is_id(L, k, FUL_W_please) || ful_is_id(L, k, FUL_W_kindly) || ful_is_id(L, k, FUL_W_pls) ||
                               ful_is_id(L, k, FUL_W_plz)))
                    k = ful_next(L, k, e2);
                if (k >= 0 && (L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV)) &&
                    /* (after "please", or in quotes, a verb the client may do too is an order: "kindly share") */
                    !(L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | (k != j || quoted ? 0 : FUL_CUE_ACT))) &&
                    (!(L->t[k].flags & T_QUOTED) || quoted) &&
                    ((L->t[k].bits & FUL_CUE_CHASE) || k != j || quoted) && (r = ful_seller_clause(L, k, e2, vt)) != R_NONE) {
                    *request = 1;
                    return r;
                }
            }
            if ((b & FUL_CUE_REQUEST) && L->t[i].span == 2 && L->r[i].len >= 3 && memcmp(L->r[i].lw, "ask", 3) == 0 && j >= 0 &&
                (ful_is_word(L, j, "space") || (ful_is_word(L, j, "breathing") && ful_is_word(L, j + 1, "room") && (j++, 1))) &&
                ful_next(L, j, end) < 0)
                return R_STATUS; /* "she asked for space": a wait, no ask of a thing; the chase beside it is the step */
            if ((b & FUL_CUE_REQUEST) && L->r[i].len >= 3 && memcmp(L->r[i].lw, "ask", 3) == 0 && ful_is_id(L, j, FUL_W_to) &&
                ful_is_id(L, ful_next(L, j, end), FUL_W_be)) {
                /* "Sunil asked to be called after 3pm": a chase of us they asked for */
                int k = ful_next(L, ful_next(L, j, end), end);
                if (k >= 0 && ful_called_word(L, k)) {
                    *vt = k;
                    *request = 1;
                    return R_NON;
                }
            }
            if (((b & FUL_CUE_SPEECH) ||
                 ((b & FUL_CUE_REQUEST) && L->r[i].len >= 3 && memcmp(L->r[i].lw, "ask", 3) == 0 &&
                  ful_next(L, j, end) >= 0 &&
                  (L->t[ful_next(L, j, end)].bits & (FUL_CUE_CHASE | FUL_CUE_ACT)) == FUL_CUE_CHASE)) &&
                ful_is_id(L, j, FUL_W_to) && ful_next(L, j, end) >= 0) {
                /* "asked to reconnect in Feb": a chase they asked for */
                /* "said to reach out again": they told the seller to act */
                int r = ful_seller_clause(L, ful_next(L, j, end), end, vt);
                if (r != R_NONE) {
                    *request = 1;
                    return r;
                }
            }
            if ((b & FUL_CUE_REQUEST) &&
                (ful_time_ahead(L, j, end) ||
                 (L->t[i].span == 1 && (ful_is_id(L, j, FUL_W_to) || ful_is_id(L, j, FUL_W_more) || ful_is_id(L, j, FUL_W_some))))) {
                /* "I need to think", "they need time": the client's own doing, unsure */
                if (*hedge < 0)
                    *hedge = i;
                if (*vt < 0)
                    *vt = i;
                continue;
            }
            int that_we = j >= 0 && (ful_is_id(L, j, FUL_W_that) || ful_is_id(L, j, FUL_W_if) || ful_is_id(L, j, FUL_W_whether)) &&
                          ful_next(L, j, end) >= 0 && /* ("asked if we can do a pilot discount") */
                          (L->t[ful_next(L, j, end)].bits & FUL_CUE_SELLER) && !(L->t[j].flags & T_QUOTED);
            if (that_we)
                j = ful_next(L, j, end); /* "asked that we call him after the holidays" */
            else if (j >= 0 && (b & FUL_CUE_REQUEST) && L->r[i].len >= 3 && memcmp(L->r[i].lw, "ask", 3) == 0 &&
                     (L->t[j].bits & FUL_CUE_SELLER) && !(L->t[j].bits & FUL_CUE_MODAL) && !(L->t[j].flags & T_QUOTED))
                that_we = 1; /* "asks we call again after Mikuláš": the "that" left out */
            if (j >= 0 && ((L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_YOU)) || that_we ||
                           ((b & FUL_CUE_SPEECH) && (L->t[j].bits & FUL_CUE_SELLER) && !(L->t[j].flags & T_QUOTED)))) {
                /* "asked us to send", "suggested we reconnect in January" */
                int k = ful_next(L, j, end);
                if (k >= 0 && (ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_should) ||
                               (that_we && (ful_is_id(L, k, FUL_W_will) || ful_is_id(L, k, FUL_W_would) ||
                                            ful_is_id(L, k, FUL_W_can) || ful_is_id(L, k, FUL_W_could))))) {
                    k = ful_next(L, k, end);
                    if (k < 0)
                        return R_NONE; /* "Call Ms. Kaur back tmrw, she asked us to": why, not what */
                }
                if (k >= 0 && ful_is_id(L, k, FUL_W_that) && ful_next(L, k, end) >= 0 &&
                    (L->t[ful_next(L, k, end)].bits & FUL_CUE_CLIENT))
                    k = ful_next(L, k, end);
                if (k >= 0 && (b & FUL_CUE_SPEECH) && (L->t[k].bits & FUL_CUE_CLIENT) &&
                    !(L->t[k].bits & ((VERBISH & ~FUL_CUE_MODAL) | FUL_CUE_POSS)))
                    k = -1; /* "She told me they plan to sign", "Rui told me he'll send it Friday": what they will do, told us */
                if (k >= 0 && (b & FUL_CUE_SPEECH) && !(L->t[k].flags & T_QUOTED) &&
                    (ful_is_id(L, k, FUL_W_the) || ((L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !(L->t[k].bits & VERBISH))) &&
                    ful_next(L, k, end) >= 0) {
                    /* "Client told us the budget is frozen", "Aigerim assured us PO
                     * comes Friday": a thing and what it does or is, told us; an
                     * order names no thing before its verb */
                    int t2 = ful_next(L, k, end);
                    if (ful_is_id(L, k, FUL_W_the) && t2 >= 0)
                        t2 = ful_next(L, t2, end);
                    if (t2 >= 0 && ful_be_form(L, t2) && ful_copula_fact(L, t2, end))
                        return R_STATUS; /* ("the budget is frozen": how things stand) */
                    if (t2 >= 0 && (ful_be_form(L, t2) || (ful_ends_sv(L, t2) && !(L->t[t2].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC))) ||
                                    (L->t[t2].bits & FUL_CUE_MODAL)))
                        k = -1;
                }
                if (k >= 0 && !((b & FUL_CUE_REQUEST) && ful_is_id(L, k, FUL_W_for))) {
                    /* ("asked us for a demo account": what they asked for, read below) */
                    int r = ful_seller_clause(L, k, end, vt);
                    if (r != R_NONE) {
                        *request = 1;
                        return r;
                    }
                }
            }
            if ((b & FUL_CUE_REQUEST) && L->t[i].span == 1 && j >= 0 && !ful_is_id(L, j, FUL_W_it) &&
                (L->t[j].bits & (FUL_CUE_POSS | FUL_CUE_COBJ | FUL_CUE_CLIENT) ||
                 ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD) &&
                  !(ful_next(L, j, end) >= 0 && (L->t[ful_next(L, j, end)].bits & FUL_CUE_DNOUN))))) { /* (not "requested SSO docs") */
                if (*vt < 0) /* "asked her boss": the client asks someone of theirs */
                    *vt = i;
                continue;
            }
            if ((b & FUL_CUE_REQUEST) && i > from && ful_is_id(L, i - 1, FUL_W_not) && ful_is_word(L, i, "interested") &&
                !(L->t[i].flags & T_QUOTED))
                return R_STATUS; /* "Tom not interested in the add-on": what they do not want is no ask */
            if ((b & FUL_CUE_REQUEST) && i > from && ful_is_word(L, i, "interested") && !(L->t[i].flags & T_QUOTED) &&
                (ful_is_id(L, i - 1, FUL_W_very) || ful_is_id(L, i - 1, FUL_W_really) || ful_is_id(L, i - 1, FUL_W_super) ||
                 ful_is_word(L, i - 1, "v") || ful_is_word(L, i - 1, "extremely"))) {
                /* "Toks very interested in the remote monitoring piece": how keen they are, told; a
                 * meeting or a day after it still asks ("very interested in a demo next week") */
                int k;
                for (k = i + 1; k < L->nt && !(L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_DELIV)) &&
                                !(L->t[k].flags & T_NUM);
                     k++)
                    ;
                if (k == L->nt)
                    return R_STATUS;
            }
            if (b & FUL_CUE_REQUEST) {
                /* asks for a meeting: client effort, not yet a commitment; asks for a thing: compliance */
                int k, f = i + 1 < end && (L->t[i + 1].bits & FUL_CUE_SOBJ) ? i + 2 : i + 1; /* ("asked us for") */
                /* the article before what they ask for: after "for", or straight
                 * after the ask ("wants a call"), or after its phrase ("would like a call") */
                int art = f >= end ? -1 : (ful_is_id(L, f, FUL_W_for) || (L->t[f].flags & T_INPHR)) ? ful_next(L, f, end) : f;
                for (k = i + 1; k < end; k++) {
                    if ((L->t[k].bits & FUL_CUE_EVENT) && (L->t[k].bits & FUL_CUE_CHASE) && !(L->t[k].bits & FUL_CUE_JOINT) &&
                        L->t[k].span == 1 && art >= 0 && k == ful_next(L, art, end) &&
                        (ful_is_id(L, art, FUL_W_a) || ful_is_id(L, art, FUL_W_another)) &&
                        (ful_is_id(L, f, FUL_W_for) || !(ful_next(L, k, end) >= 0 && L->t[ful_next(L, k, end)].bits & FUL_CUE_WITH))) {
                        /* ("wants a call with our CTO" is a meeting asked for) */
                        *vt = k; /* "she asked for a call before her standup", "He wants a call in a month": a call from us they asked for */
                        *request = 1;
                        return R_NON;
                    }
                    if ((L->t[k].bits & FUL_CUE_EVENT) && !ful_event_modifier(L, k, end) && !ful_is_id(L, k - 1, FUL_W_free) &&
                        !(k > i + 2 && ful_is_id(L, k - 2, FUL_W_free)) && /* ("a free site survey") */
                        !ful_service_at(L, k, end)) { /* (a training, a webinar, a site survey: a service we give, asked for) */
                        /* ("needs training materials": the meeting's word names a thing; "want a
                         * free pilot": a thing given) */
                        *vt = k;
                        if (*hedge < 0)
                            *hedge = i;
                        return R_EFFORT;
                    }
                    if ((L->t[k].bits & FUL_CUE_CHASE) && !(L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV | FUL_CUE_ACT)) &&
                        !(L->t[k].flags & T_INPHR) && k == ful_next(L, ful_next(L, i, end), end) &&
                        (L->t[ful_next(L, i, end)].bits & FUL_CUE_ART)) {
                        *vt = k; /* "wants a nudge after the 15th", "asked for a reminder": a chase they asked for */
                        *request = 1;
                        return R_NON;
                    }
                    if (L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV))
                        break;
                }
                for (k = i + 1; k + 1 < end; k++)
                    if (ful_is_id(L, k, FUL_W_from) && (L->t[k + 1].bits & (FUL_CUE_POSS | FUL_CUE_CLIENT)) &&
                        !(L->t[k + 1].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER))) {
                        *vt = i; /* "needs sign-off from her GM": from their own people, unsure */
                        if (*hedge < 0)
                            *hedge = i;
                        return R_EFFORT;
                    }
                if ((ful_is_id(L, i, FUL_W_asked) || ful_is_id(L, i, FUL_W_asks)) && !(L->t[i].flags & T_QUOTED)) {
                    /* "Jess asked a lot about refunds", "They asked about payment
                     * terms (60 days?)": a question they put, told; what we do
                     * with it, if anything, is said in a clause of its own */
                    int q = L->t[i].span == 2 ? i + 1 : ful_next(L, i, end);
                    if (q >= 0 && L->t[i].span == 1 && ful_is_id(L, q, FUL_W_a) && ful_is_word(L, ful_next(L, q, end), "lot"))
                        q = ful_next(L, ful_next(L, q, end), end);
                    if (q >= 0 && ful_is_id(L, q, FUL_W_about) && ful_next(L, q, end) >= 0)
                        return R_STATUS;
                }
                *vt = i;
                *request = 1;
                return R_COMPLIANCE;
            }
            if ((b & FUL_CUE_SPEECH) && j >= 0 && !(L->t[i].flags & T_QUOTED)) {
                /* "Nguyen mentioned budget is ~2M VND per seat", "said that
                 * the timeline is tight": a thing and how it stands, told */
                int k = ful_is_id(L, j, FUL_W_that) ? ful_next(L, j, end) : j;
                if (k >= 0 && (ful_is_id(L, k, FUL_W_the) || (L->t[k].bits & FUL_CUE_POSS)))
                    k = ful_next(L, k, end);
                if (k >= 0 && !(L->t[k].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU)) &&
                    !(L->t[k].flags & (T_CAP | T_NUM | T_NAME | T_QUOTED)) && (j = ful_next(L, k, end)) >= 0 &&
                    ful_be_form(L, j) && ful_copula_fact(L, j, end))
                    return R_STATUS;
            }
            continue; /* "said she'd loop in": read on */
        }
        if ((b & FUL_CUE_NEG) && L->t[i].span > 1 && *vt < 0)
            return R_NONE; /* "CFO went dark": they do nothing */
        if (*vt < 0 &&
            (ful_is_id(L, i, FUL_W_not) || ful_is_id(L, i, FUL_W_never) || ful_is_id(L, i, FUL_W_won_t) ||
             ful_is_id(L, i, FUL_W_wont) || ful_is_id(L, i, FUL_W_wouldn_t) || ful_is_id(L, i, FUL_W_wouldnt) || (ful_is_id(L, i, FUL_W_no) && ful_is_id(L, i + 1, FUL_W_longer))) &&
            /* ("they're no longer sending the PO": as "not") */
            (j = ful_next(L, ful_is_id(L, i, FUL_W_no) ? i + 1 : i, end)) >= 0 &&
            ((L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_DELIV)) || ful_ends_ing(L, j)) &&
            !(L->t[j].bits & (FUL_CUE_HEDGE | FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK))) {
            /* "they're not signing anything before the audit": a refusal, no
             * step of theirs; but "won't commit unless we match": a condition */
            int k;
            int dated = 0;
            for (k = j; k < end && !(L->t[k].bits & FUL_CUE_COND) && !ful_is_id(L, k, FUL_W_unless); k++)
                dated |= (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) != 0;
            if (k == end) /* (undated, told as a fact is: "they won't share the budget" is no order of ours;
                           * "They won't decide before Q2" is read on, a time after which they may) */
                return dated ? R_NONE : R_STATUS;
        }
        if (*vt < 0 && ful_is_id(L, i, FUL_W_since) && !(L->t[i].flags & T_QUOTED))
            return R_STATUS; /* "Customer since 2019": how long, no step */
        if (*vt < 0 && (L->t[i].flags & T_QUOTED) && i >= 2 && L->t[i].span == 1 &&
            (ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_receive)) &&
            (ful_is_id(L, i - 1, FUL_W_we) || ful_is_id(L, i - 1, FUL_W_i)) &&
            (ful_is_id(L, i - 2, FUL_W_can) || ful_is_id(L, i - 2, FUL_W_could) || ful_is_id(L, i - 2, FUL_W_may)) &&
            i + 1 < end && (L->t[i + 1].bits & FUL_CUE_ART) && !ful_is_id(L, i + 1, FUL_W_to) && i + 2 < end &&
            !(L->t[i + 2].bits & FUL_CUE_DATE) &&
            (!(L->t[i + 2].bits & (VERBISH & ~(FUL_CUE_DNOUN | FUL_CUE_EVENT))) || (L->t[i + 2].bits & FUL_CUE_DNOUN)) &&
            (!(L->t[i + 2].bits & FUL_CUE_EVENT) ||
             (i + 3 < end && !(L->t[i + 3].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_WITH | VERBISH)) && !(L->t[i + 3].flags & T_NUM)))) {
            int k;
            for (k = i + 2; k < end && !(L->t[k].bits & FUL_CUE_YOU); k++)
                ;
            if (k == end) {
                *vt = i; /* '"Can we get a trial licence for 30 days?" - Yuki': a thing the client asks us for */
                *request = 1; /* (not "a call next week", a meeting; not "get the PO to you", theirs to send) */
                return R_COMPLIANCE;
            }
        }
        if (*vt < 0 && !(L->t[i].flags & T_QUOTED) && (L->wsets & FUL_WG_GET) &&
            (ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_gets) || ful_is_id(L, i, FUL_W_receive) ||
             ful_is_id(L, i, FUL_W_receives))) {
            /* "Kenji gets the sandbox creds from us tmrw": what they get from
             * us is ours to give */
            int k, n, thing = -1;
            for (k = ful_next(L, i, end), n = 0; k >= 0 && n < 6; k = ful_next(L, k, end), n++) {
                if (ful_is_id(L, k, FUL_W_from)) {
                    j = ful_next(L, k, end);
                    if (j >= 0 && (L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER)) && !(L->t[j].bits & FUL_CUE_POSS)) {
                        *vt = i;
                        *request = 1;
                        return R_COMPLIANCE;
                    }
                    thing = -2; /* "from her boss": theirs */
                    break;
                }
                if (thing == -1 && (L->t[k].bits & FUL_CUE_DNOUN))
                    thing = (L->t[k].bits & (FUL_CUE_CDOC | FUL_CUE_CLIENT | FUL_CUE_EVENT)) ? -2 : k;
                if (thing >= 0 && k > thing &&
                    (ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_back) || ful_is_id(L, k, FUL_W_over)))
                    thing = -2; /* ("gets the NDA back", "gets the deck to her boss": theirs to pass on) */
                if (thing == -1 && (L->t[k].bits & (VERBISH | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_CLIENT)) &&
                    !ful_participle(L, k)) /* (a "revised proposal") */
                    thing = -2; /* ("gets back to us", "gets us the list") */
            }
            if (thing >= 0 && (ful_is_id(L, i, FUL_W_gets) || ful_is_id(L, i, FUL_W_receives) || ful_is_id(L, i, FUL_W_receive))) {
                *vt = i; /* "Maria gets the revised proposal Friday": a thing of ours, on its way to her */
                return R_COMPLIANCE;
            }
        }
        if ((b & FUL_CUE_HEDGE) && *vt < 0 &&
            ((L->t[i].span == 2 && L->r[i].len >= 4 && memcmp(L->r[i].lw, "want", 4) == 0) ||
             (L->t[i].span == 3 && ful_is_id(L, i, FUL_W_would) && ful_is_id(L, i + 1, FUL_W_like))) && /* ("would like to see") */
            (j = ful_next(L, i, end)) >= 0 &&
            (ful_is_id(L, j, FUL_W_see) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_receive) ||
             ful_is_id(L, j, FUL_W_have)) &&
            !ful_is_id(L, ful_next(L, j, end), FUL_W_more) && !ful_is_id(L, ful_next(L, j, end), FUL_W_some)) {
            /* "CFO wants to see a TCO model": a thing they want from us is a
             * request; "wants to see a demo" asks for a meeting, "wants to see
             * more data before deciding" is their own doing (both hedged) */
            int k;
            if ((k = ful_wants_theirs_to(L, i, end)) >= 0) {
                *vt = k; /* "Tom wants to get his revenue team to look at it": theirs made to act */
                *hedge = i;
                return R_EFFORT;
            }
            for (k = ful_next(L, j, end); k >= 0; k = ful_next(L, k, end)) {
                if (L->t[k].bits & FUL_CUE_EVENT)
                    break;
                if (L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV)) {
                    *vt = i;
                    *request = 1;
                    return R_COMPLIANCE;
                }
            }
        }
        if (*vt < 0 && ful_is_id(L, i, FUL_W_keen) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 && ful_is_id(L, j, FUL_W_to) &&
            (j = ful_next(L, j, end)) >= 0 && (ful_is_id(L, j, FUL_W_see) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_receive))) {
            /* "Tom is keen to see a sample report": a thing they want from us, asked as "wants to see" */
            int k;
            for (k = ful_next(L, j, end); k >= 0 && !(L->t[k].bits & FUL_CUE_EVENT); k = ful_next(L, k, end))
                if (L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV)) {
                    *vt = i;
                    *request = 1;
                    return R_COMPLIANCE;
                }
        }
        /* "Client should send the PO Friday": expected, not promised */
        if (((b & FUL_CUE_HEDGE) || (*vt < 0 && ful_is_id(L, i, FUL_W_should))) && *hedge < 0)
            *hedge = i;
        if (*vt < 0 && (b & (VERBISH & ~(FUL_CUE_MODAL | FUL_CUE_HEDGE))))
            *vt = i;
        else if (*vt < 0 && (ful_is_id(L, i, FUL_W_does) || ful_is_id(L, i, FUL_W_do)) && L->t[i].span == 1 && i + 1 < end &&
                 ((L->t[i + 1].flags & T_NUM) || (ful_rough_word(L, i + 1) && i + 2 < end && (L->t[i + 2].flags & T_NUM))))
            *vt = i; /* "the clinic does 15 sockets a month": "does" the verb, a count after it (the habit reader reads it) */
        if (*vt < 0 && !(b & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM)) && ful_state_word(L, i, from)) {
            state = 1; /* "they're unhappy w/ service": the state's own words follow, no verb */
            continue;
        }
        if (*vt < 0 && !state && !(b & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM)) &&
            !(L->t[i].off > 0 && L->s[L->t[i].off - 1] == '/') && !(i > 0 && (L->t[i - 1].flags & T_NUM)) &&
            !(L->r[i].len == 2 && L->r[i].lw[0] == 'e' && L->r[i].lw[1] == 'x' && L->t[i].off + 2 < L->n &&
              L->s[L->t[i].off + 2] == '-') && /* ("GM ex-Unilever": where they were, no verb) */
            !ful_nounish_unknown(L, i))
            *vt = i; /* an unknown word after the subject: a verb ("hosts"; not "applicants/yr", not "3000 staff": what is counted) */
    }
    /* "I'm slammed", "they're happy": a state, no one acts */
    if (*vt < 0 && *hedge < 0 && from > 0 && ful_be_word(L, from - 1))
        return R_NONE;
    if (*vt < 0 && *hedge < 0 && !state) {
        /* "Strong champion in IT", "Tom from IT", "42 stores, buyer in
         * Columbus": someone named, no verb, no day, no meeting: who they
         * are, not what they will do. The rest of the line is read too
         * ("their DBA (Nguyen Van An) exports the tables by Tue" goes on
         * after the brackets). */
        for (i = from > 0 ? from - 1 : from; i < L->nt; i++)
            if (ful_rate_at(L, i))
                continue; /* ("~9k applicants/yr") */
            else if ((L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_VAGUE | VERBISH)) ||
                (L->t[i].flags & T_QUOTED) || ((L->t[i].flags & T_NUM) && !ful_quantity(L, i)) || ful_is_id(L, i, FUL_W_to) || L->t[i].wid == FUL_W_get || ful_wait_word(&L->r[i]))
                break;
        if (i >= L->nt)
            return R_NONE;
    }
    /* "Gatekeeper again, no luck": a role alone opening its clause, no one acts */
    if (*vt < 0 && *hedge < 0 && !state && from > 0 && (from == 1 || (L->t[from - 1].flags & T_BREAK)) &&
        !(L->t[from - 1].flags & (T_QUOTED | T_NAME)) && from < end) { /* (a table's owner cell stands alone: "| Anand |") */
        for (i = from; i < end && (ful_is_id(L, i, FUL_W_again) || ful_is_id(L, i, FUL_W_still)); i++)
            ;
        if (i >= end)
            return R_NONE;
    }
    if (from >= end)
        return R_EFFORT; /* (the subject was the clause's last word: nothing after it to read as a fact) */
    if ((*hedge < 0 || ful_season_of_habit(L, *hedge)) && ful_recurring_habit(L, from, end, *vt))
        return R_STATUS;
    if (ful_lacks(L, from, end) || ful_forecast(L, from, end) || ful_funded_from(L, from, end))
        return R_STATUS;
    if (from > 0 && ful_is_id(L, from - 1, FUL_W_nobody) && *hedge < 0) {
        /* "Nobody signs without legal review": a rule of theirs, no one's step */
        for (i = from; i < end && !(L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_BOOKED)); i++)
            ;
        if (i >= end)
            return R_STATUS;
    }
    if (*vt >= 0) {
        /* (the ask: the verb, or a few words on when a noun was read first: "their safety guy is asking") */
        int ask = *vt;
        while (ask < end && ask < *vt + 4 && !ful_is_id(L, ask, FUL_W_asking) && *hedge < 0)
            ask++;
        if (ask < end && ful_is_id(L, ask, FUL_W_asking) && L->t[ask].span == 1 && ask > from && ful_be_form(L, ask - 1) &&
            ((i = ful_next(L, ask, end)) < 0 || ((L->t[ask].flags & T_QUOTED) && !(L->t[i].flags & T_QUOTED)))) /* (the quote ends) */
            return R_STATUS; /* "legal is asking": who wants a thing; the ask, if any, is told elsewhere */
    }
    if (*hedge < 0 && ful_client_is(L, from, end))
        return R_STATUS;
    if (*hedge < 0 && ful_takes_time(L, from, end))
        return R_STATUS;
    if (*hedge < 0 && (ful_client_habit(L, from, end, *vt) || ful_plain_present(L, from, *vt)))
        return R_STATUS;
    if (*hedge < 0 && ful_client_did(L, from, end, *vt))
        return R_STATUS;
    return R_EFFORT;
}

/* "on the call", "from last meeting", "ditto prev. mtg": the meeting just
 * held or an earlier one, named as the setting or source of a remark,
 * with no day ahead in its clause; no meeting to come, so its noun loses
 * its meeting cue. */
/* "great", "useful", "rough": a word for how something went. */
int ful_evaluative(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_great) || ful_is_id(L, i, FUL_W_good) || ful_is_id(L, i, FUL_W_nice) ||
           ful_is_id(L, i, FUL_W_positive) || ful_is_id(L, i, FUL_W_productive) || ful_is_id(L, i, FUL_W_solid) ||
           ful_is_id(L, i, FUL_W_awesome) || ful_is_id(L, i, FUL_W_excellent) || ful_is_id(L, i, FUL_W_rough) ||
           ful_is_id(L, i, FUL_W_tough) || ful_is_id(L, i, FUL_W_useful) || ful_is_id(L, i, FUL_W_helpful) ||
           ful_is_id(L, i, FUL_W_insightful) || ful_is_id(L, i, FUL_W_fruitful) || ful_is_id(L, i, FUL_W_successful) ||
           ful_is_id(L, i, FUL_W_informative) || ful_is_id(L, i, FUL_W_fantastic) || ful_is_id(L, i, FUL_W_constructive);
}

/* Is the client's "action" at st only something the seller waits on:
 * "waiting for their answer", "approval pending"? */
int ful_waiting(const ful_cline *L, int st, int end)
{
    int j;
    if (ful_wait_word(&L->r[st]))
        return 1;
    j = ful_next(L, st, end);
    return j >= 0 && ful_is_id(L, j, FUL_W_pending);
}

/* "We agreed Tom will sign Fri", "agreed that they send the PO Monday":
 * what we agreed is the client's step; the client's token, or -1. */
int ful_agreed_client(const ful_cline *L, int a, int end)
{
    int i = a, k;
    if (!(L->wsets & FUL_WG_AGREE))
        return -1; /* (no "agreed", "agree" or "confirmed" on the line) */
    if (i < end && (ful_is_id(L, i, FUL_W_we) || ful_is_id(L, i, FUL_W_i)))
        i = ful_next(L, i, end);
    if (i < 0 || !(ful_is_id(L, i, FUL_W_agreed) || ful_is_id(L, i, FUL_W_agree) || ful_is_id(L, i, FUL_W_confirmed)) ||
        (L->t[i].flags & T_QUOTED) || (k = ful_next(L, i, end)) < 0)
        return -1;
    if (ful_is_id(L, k, FUL_W_that) && (k = ful_next(L, k, end)) < 0)
        return -1;
    if (!(((L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & (FUL_CUE_POSS | FUL_CUE_SELLER))) || (L->t[k].flags & T_NAME) ||
          ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD))))
        return -1;
    i = ful_next(L, k, end);
    return i >= 0 && (L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_ACT | FUL_CUE_DELIV)) ? k : -1;
}

/* The rest of ful_causative (clause.h), from its "get"/"have" at i. */
int ful_causative_at(const ful_cline *L, int i, int end, int *vt)
{
    int j, v, client;
    /* "get them|him|her" is a phrase (its words carry no cues of their
     * own): "get them to sign" pushes the client */
    if (L->t[i].span == 2 && i + 2 < end && ful_is_id(L, i, FUL_W_get) && ful_is_id(L, i + 2, FUL_W_to) &&
        (ful_is_id(L, i + 1, FUL_W_them) || ful_is_id(L, i + 1, FUL_W_him) || ful_is_id(L, i + 1, FUL_W_her))) {
        v = ful_next(L, i + 2, end);
        if (v < 0 || !(L->t[v].bits & VERBISH) || (L->t[v].flags & T_CAP))
            return R_NONE;
        *vt = v;
        return R_NON;
    }
    j = ful_next(L, i, end);
    if (j < 0 || ful_is_id(L, j, FUL_W_to))
        return R_NONE; /* "have to draft": the seller's own to-do */
    /* whose people: theirs, them, a client's name; a bare "legal" is ours */
    client = (L->t[j].bits & (FUL_CUE_POSS | FUL_CUE_COBJ)) ||
             ((L->t[j].flags & T_NAME) && (L->t[j].bits & FUL_CUE_CLIENT)) ||
             ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD));
    if (!client && !(L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER | FUL_CUE_CLIENT)) && ful_is_id(L, i, FUL_W_get) &&
        ful_to_client(L, j, end)) {
        *vt = i; /* "Get the security pack over to them": a thing handed over */
        return R_COMPLIANCE;
    }
    if (ful_is_id(L, i, FUL_W_get) && L->t[i].span == 1 && !client) {
        /* "Get a date in the diary with their GM": a meeting to get, not one booked */
        int k, n;
        for (k = j, n = 0; k >= 0 && n < 3 && !(L->t[k].bits & FUL_CUE_BOOKED); k = ful_next(L, k, end), n++)
            if (!((L->t[k].bits & FUL_CUE_ART) || ful_is_id(L, k, FUL_W_date) || ful_is_id(L, k, FUL_W_time) ||
                  ful_is_word(L, k, "something")))
                break;
        if (k >= 0 && n > 0 && n < 3 && (L->t[k].bits & FUL_CUE_BOOKED) && ful_is_id(L, k, FUL_W_in)) {
            *vt = i;
            return R_NON;
        }
    }
    if (ful_is_id(L, i, FUL_W_get) && L->t[i].span == 1 && !client && (L->t[j].bits & FUL_CUE_ART)) {
        /* "get the SOW signed": their signature, chased; "get the MSA
         * redlined": a thing of ours made ready; "Get a trade-in valuation
         * done before Monday": a thing of ours to have done */
        int k, m;
        for (k = ful_next(L, j, end), m = 0; k >= 0 && m < 4 && !ful_is_id(L, k, FUL_W_done); k = ful_next(L, k, end), m++)
            if ((L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_COBJ | FUL_CUE_SOBJ)) ||
                (L->t[k].flags & (T_BREAK | T_QUOTED | T_NAME)))
                break;
        if (k >= 0 && m > 0 && ful_is_id(L, k, FUL_W_done)) {
            *vt = i;
            return R_COMPLIANCE;
        }
        k = ful_next(L, j, end);
        for (m = 0; m < 2 && k >= 0 && (L->t[k].bits & FUL_CUE_DNOUN) && !(L->t[k].bits & (VERBISH & ~FUL_CUE_DELIV)); m++)
            k = ful_next(L, k, end);
        if (m > 0 && k >= 0 && ful_participle(L, k) && !(L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_BOOKED)) {
            *vt = k;
            m = ful_next(L, k, end);
            if (m >= 0 && ful_is_id(L, m, FUL_W_by) && ful_next(L, m, end) >= 0 && ful_is_id(L, ful_next(L, m, end), FUL_W_our))
                m = ful_next(L, m, end); /* ("approved by our deal desk") */
            return (ful_is_id(L, k, FUL_W_signed) || ful_is_id(L, k, FUL_W_approved)) &&
                           !(m >= 0 && ((L->r[m].len == 10 && memcmp(L->r[m].lw, "internally", 10) == 0) || (L->t[m].bits & FUL_CUE_SELLER) ||
                                      ful_is_id(L, m, FUL_W_our)))
                       ? R_NON
                       : R_COMPLIANCE; /* ("get a quote approved internally": ours to do) */
        }
    }
    if (L->t[j].bits & (FUL_CUE_POSS | FUL_CUE_SOBJ))
        j = ful_next(L, j, end); /* "their legal", "our SE" */
    if (j < 0 || !((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_COBJ)) ||
                   ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD))))
        return R_NONE;
    v = ful_next(L, j, end);
    if (v >= 0 && ful_is_id(L, i, FUL_W_get) && ful_is_id(L, v, FUL_W_to))
        v = ful_next(L, v, end);
    else if (ful_is_id(L, i, FUL_W_get))
        return R_NONE; /* "get them the deck": a thing handed over */
    if (v < 0 || !(L->t[v].bits & VERBISH) || (L->t[v].flags & T_CAP))
        return R_NONE;
    *vt = v;
    return client ? R_NON : R_COMPLIANCE;
}

/* "(per our call)", "send pricing per the call", "as per Linda's email": a
 * source at a clause's end says where the step came from, not what it is.
 * Returns where such a phrase starts when it runs to end, else end. */
int ful_source_from(const ful_cline *L, int a, int end)
{
    int i, j, n;
    if (!(L->marks & FUL_SAW_PER))
        return end;
    for (i = a; i < end; i++) {
        if (!ful_is_id(L, i, FUL_W_per) || (L->t[i].flags & (T_INPHR | T_TAG)))
            continue;
        for (j = ful_next(L, i, end), n = 0; j >= 0 && n < 5; j = ful_next(L, j, end), n++) {
            uint32_t b = L->t[j].bits;
            int ok = (b & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_EVENT | FUL_CUE_COBJ)) ||
                     (L->t[j].flags & T_NAME) || ((L->t[j].flags & T_CAP) && !(b & VERBISH)) ||
                     ((b & FUL_CUE_CLIENT) && !(b & FUL_CUE_MODAL)) || ful_ends_s(L, j) || ful_is_id(L, j, FUL_W_last) ||
                     ful_is_id(L, j, FUL_W_this) || ful_is_id(L, j, FUL_W_that) || ful_is_id(L, j, FUL_W_today_s) ||
                     ful_is_id(L, j, FUL_W_yesterday_s) || (ful_wset[L->t[j].wid] & FUL_WS_SOURCE);
            if (!ok)
                break;
        }
        if (j < 0 && n > 0)
            return i > a && ful_is_id(L, i - 1, FUL_W_as) ? i - 1 : i;
    }
    return end;
}

/* "Send a proposal asap pls, they said": a closing "they said" only
 * says who asked. */
int ful_said_tag(const ful_cline *L, int a, int end)
{
    int j, k;
    if (a == 0 || !((L->t[a].bits & FUL_CUE_CLIENT) || (L->t[a].flags & T_NAME)))
        return 0;
    j = ful_next(L, a, end);
    if (j >= 0 && (ful_is_id(L, j, FUL_W_asked) || ful_is_id(L, j, FUL_W_requested)) && L->t[j].span == 1 &&
        ful_next(L, j, L->nt) < 0)
        return 1; /* "Call Bill next week (he asked)": who asked for the step, closing the line; not what it is */
    if (j < 0 || !(L->t[j].bits & FUL_CUE_SPEECH))
        return 0;
    /* "..., she said after 16:00 her time": only the time she gave follows
     * (to the line's end: "16:00" breaks at its colon) */
    for (k = ful_next(L, j, L->nt); k >= 0; k = ful_next(L, k, L->nt))
        if (!((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM) || ful_is_id(L, k, FUL_W_after) ||
              ful_is_id(L, k, FUL_W_before) || ful_is_id(L, k, FUL_W_around) || ful_is_id(L, k, FUL_W_at) ||
              ful_is_id(L, k, FUL_W_am) || ful_is_id(L, k, FUL_W_pm) ||
              (ful_is_id(L, k, FUL_W_time) && ful_is_id(L, k - 1, FUL_W_her)) ||
              (ful_is_id(L, k, FUL_W_her) && ful_is_id(L, k + 1, FUL_W_time)) ||
              ((ful_is_id(L, k, FUL_W_his) || ful_is_id(L, k, FUL_W_their)) && ful_is_id(L, k + 1, FUL_W_time)) ||
              (ful_is_id(L, k, FUL_W_time) && (ful_is_id(L, k - 1, FUL_W_his) || ful_is_id(L, k - 1, FUL_W_their)))))
            return 0;
    return 1;
}

/* "legal on our side to turn the redlines", "finance from our end": a role
 * the line says is ours; its verb's token in *verb. */
/* "Updated", "Revised", "Amended", "Corrected": a thing made again, not
 * one handed over ("Sent quote for 3 sites" is done) */
static int ful_remade(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len >= 7 && (memcmp(r->lw, "updated", 7) == 0 || memcmp(r->lw, "revised", 7) == 0 ||
                           memcmp(r->lw, "amended", 7) == 0 || (r->len >= 9 && memcmp(r->lw, "corrected", 9) == 0));
}

/* "Rescheduled twice already", "Pushed the call again", "Updated the deck":
 * a seller's verb in -ed opening its clause, with no day ahead: what was
 * done ("Moved the demo to Thu 12/8" is when it now is). */
int ful_done_opener(const ful_cline *L, int st, int end)
{
    const ful_rtok *r = &L->r[st];
    int k;
    if (st != L->head || !(L->t[st].flags & T_CAP) || (L->t[st].flags & T_QUOTED) || L->t[st].span > 2 || r->len < 5 ||
        r->lw[r->len - 2] != 'e' || r->lw[r->len - 1] != 'd' ||
        !(L->t[st].bits & (FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_DELIV | FUL_CUE_ACT)) ||
        (L->t[st].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_NEGBOOK)))
        return 0;
    if ((L->t[st].bits & (FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_DELIV)) == FUL_CUE_ACT &&
        !(st + 1 < end && (L->t[st + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !ful_is_id(L, st + 1, FUL_W_to)))
        return 0; /* ("Signed the NDA last week": the client's verb, done, only with its object after an article;
                   * "Signed NDA to Tom" is the paper) */
    for (k = st + 1; k < end; k++)
        if (ful_is_id(L, k, FUL_W_last) || ful_time_behind(L, k, end))
            continue; /* ("Signed the NDA last week": when it was done) */
        else if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED)) || ((L->t[k].flags & T_NUM) && !ful_quantity(L, k)))
            return 0;
    /* "Updated pricing sheet for Rui", "Revised SOW to Ana": the thing, as
     * it now is, and whom it is for ("Updated the deck for Rui" is done) */
    if (st + 1 < end && (L->t[st + 1].bits & FUL_CUE_DNOUN) && !(L->t[st + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS))) {
        /* "Revised proposal w/ 12% discount", "Updated quote incl. freight": what it now holds */
        if (st + 2 < L->nt && ((L->t[st + 2].bits & FUL_CUE_WITH) || ful_is_word(L, st + 2, "incl") ||
                               ful_is_word(L, st + 2, "including")))
            return 0;
        for (k = st + 2; k + 1 < end; k++)
            if ((ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_for)) &&
                ((L->t[k + 1].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) || (L->t[k + 1].flags & (T_NAME | T_CAP)) ||
                 /* "Updated deck for the board", "Revised quote for 3 sites": a thing remade, and for what */
                 (ful_remade(L, st) && ful_is_id(L, k, FUL_W_for) &&
                  ((L->t[k + 1].bits & FUL_CUE_ART) || ((L->t[k + 1].flags & T_NUM) && ful_quantity(L, k + 1))))))
                return 0;
    }
    return 1;
}

/* "Using Relativity today, unhappy with per-GB hosting", "Running Unreal,
 * 60 devs across Taipei": what the client runs now, put first without its
 * subject; a record ("Using the new deck, pitch the CFO" is an order). */
int ful_tool_opener(const ful_cline *L, int st, int end)
{
    int k;
    if (!(L->wsets & FUL_WG_USING) || st != L->head || (L->t[st].flags & T_QUOTED) || !(ful_is_id(L, st, FUL_W_using) || ful_is_id(L, st, FUL_W_running)) ||
        st + 1 >= end || (L->t[st + 1].flags & (T_BREAK | T_NUM)) ||
        /* a tool's name, or a plain noun ("using spreadsheets today", "paper forms") */
        ((L->t[st + 1].flags & (T_CAP | T_UPPER)) ? (L->t[st + 1].bits & (FUL_CUE_WORD | FUL_CUE_CLIENT)) != 0
                                                  : (L->t[st + 1].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN)) != 0))
        return 0;
    for (k = st + 2; k < end; k++)
        if (((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && !ful_is_id(L, k, FUL_W_today) && !ful_is_id(L, k, FUL_W_now)) ||
            (L->t[k].bits & (VERBISH | FUL_CUE_SOBJ | FUL_CUE_COBJ)))
            return 0;
    return 1;
}

/* "Data migration 60% complete", "Renewal price up 7% vs last year": how
 * far something got or how a figure moved is how things stand. */
int ful_figure_moved(const ful_cline *L, int a, int end)
{
    int k, j;
    /* both forms need a figure and one of their words (the lookup's marks):
     * most lines lack one or the other */
    if (!(L->marks & FUL_SAW_NUM) || !(L->marks & (FUL_SAW_MOVEEND | FUL_SAW_MOVEDIR)))
        return 0;
    for (k = a; k + 1 < end; k++) {
        if (L->t[k].flags & T_INPHR)
            continue;
        j = ful_next(L, k, end);
        if (j < 0)
            return 0;
        /* complete, completed, done, finished: ful_wrule's FUL_SAW_MOVEEND */
        if ((L->t[k].flags & T_NUM) && ful_quantity(L, k) && (ful_wrule[L->t[j].wid] & FUL_SAW_MOVEEND))
            return 1;
        /* up, down: FUL_SAW_MOVEDIR */
        if ((ful_wrule[L->t[k].wid] & FUL_SAW_MOVEDIR) && L->t[k].span == 1 && (L->t[j].flags & T_NUM) &&
            (ful_quantity(L, j) || ful_figure(L, j)))
            return 1;
    }
    return 0;
}

int ful_our_side(const ful_cline *L, int a, int st, int end, int *verb)
{
    int i, j;
    for (i = a; i + 3 < end; i++) {
        if ((!(L->t[i].bits & FUL_CUE_CLIENT) && i != st) || !(ful_is_id(L, i + 1, FUL_W_on) || ful_is_id(L, i + 1, FUL_W_from)) ||
            !ful_is_id(L, i + 2, FUL_W_our) || !(ful_is_id(L, i + 3, FUL_W_side) || ful_is_id(L, i + 3, FUL_W_end)))
            continue;
        for (j = i + 4; j < end; j++)
            if ((L->t[j].bits & (VERBISH & ~FUL_CUE_MODAL)) ||
                (ful_is_id(L, j - 1, FUL_W_to) && !(L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_DATE)) &&
                 !(L->t[j].flags & (T_CAP | T_NUM)))) {
                *verb = j; /* (its verb: a known one, or any word after "to") */
                return 1;
            }
        return 0;
    }
    return 0;
}

/* "Don't chase until January": not before a day, so then */
int ful_not_until(const ful_cline *L, int a, int end)
{
    int k;
    for (k = a; k < end; k++)
        if (ful_is_id(L, k, FUL_W_until) || ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_before))
            return !(k + 1 < end && ful_clock_only(L, k + 1, end)); /* ("don't ring before 10": calling hours, no day) */
    return 0;
}
