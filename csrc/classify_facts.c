/* classify_facts.c: clauses that tell how things stand or what was done,
 * never anyone's step (spec section 2, unknown): "License expires 6/30",
 * "They use Salesforce", "Budget 120k EUR", "Signed 2026-11-30", "PO not
 * received", "Tom happy w/ the demo", passives with their agent. */
#include "clause.h"
#include "text.h"
#include <ctype.h>

/* A form of "be" after a subject: "I'm", "they're", "is". */
/* "is", "are", "was", "were": the forms of "be" a state or a record is told with. */
int ful_be_form(const ful_cline *L, int i)
{
    return ful_gate_word(L, i, FUL_WG_BE);
}

/* "Tom has promised the PO soon", "Ana has committed to a decision":
 * after "has", a promise in the perfect, not a thing done */
static int ful_promised(const ful_cline *L, int j)
{
    return L->t[j].span == 1 && (ful_is_id(L, j, FUL_W_promised) || ful_is_id(L, j, FUL_W_committed)) &&
           !(j + 1 < L->nt && ful_is_id(L, j + 1, FUL_W_nothing)); /* ("they have promised nothing") */
}

int ful_be_word(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_are) || ful_is_id(L, i, FUL_W_am))
        return 1;
    if (((L->t[i].flags & T_NAME) || ((L->t[i].flags & T_CAP) && !(L->t[i].bits & FUL_CUE_WORD)) ||
         ((L->t[i].bits & FUL_CUE_CLIENT) && !(L->t[i].bits & FUL_CUE_POSS))) && ful_ends_s(L, i))
        return 1; /* "Sarah's away", "she's the buyer": a name's or a pronoun's 's before a state is "is" */
    return r->len > 2 && ((r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'm') ||
                          (r->len > 3 && r->lw[r->len - 3] == '\'' && r->lw[r->len - 2] == 'r' && r->lw[r->len - 1] == 'e'));
}

/* Is the time word at k no day to act on: behind us ("last week", "since
 * October", "back in Oct", "yesterday", "two weeks ago") or how long
 * something lasts ("for 3 years")? */
int ful_time_behind(const ful_cline *L, int k, int end)
{
    if (k >= end || !(L->t[k].bits & FUL_CUE_DATE))
        return 0;
    return (k > 0 && (ful_is_id(L, k - 1, FUL_W_last) || ful_is_id(L, k - 1, FUL_W_since))) ||
           (k > 1 && ful_is_id(L, k - 1, FUL_W_in) && ful_is_id(L, k - 2, FUL_W_back)) ||
           (k > 1 && (L->t[k - 1].flags & T_NUM) && !(L->t[k].flags & T_BREAK) && ful_is_id(L, k - 2, FUL_W_for)) ||
           ful_is_id(L, k, FUL_W_yesterday) || ful_is_id(L, ful_next(L, k, end), FUL_W_ago);
}

/* Where the run of capitals from p stops (at e at most). */
static const char *ful_caps_end(const char *p, const char *e)
{
    while (p < e && *p >= 'A' && *p <= 'Z')
        p++;
    return p;
}

/* "DCs", "SKUs", "ATMs": an acronym's plural, capitals then "s" */
static int ful_acronym_plural(const ful_cline *L, int j)
{
    const char *p = L->s + L->t[j].off, *e = p + L->t[j].len - 1;
    if (L->t[j].len < 3 || L->t[j].len > 7 || *e != 's' || (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)))
        return 0;
    return ful_caps_end(p, e) == e;
}

/* "trucks", "clients": a plain plural (no capital, digit, day or "-ss") */
static int ful_plural_noun(const ful_cline *L, int j)
{
    return !(L->t[j].flags & (T_CAP | T_NUM)) && !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && L->r[j].len > 3 &&
           L->r[j].lw[L->r[j].len - 1] == 's' && L->r[j].lw[L->r[j].len - 2] != 's';
}

/* "SOC", "ICU", "HR": a short word in capitals, a kind of thing or team
 * ("2 SOC analysts", "3 ICU beds"), not a name */
static int ful_acronym_at(const ful_cline *L, int j)
{
    const char *p = L->s + L->t[j].off, *e = p + L->t[j].len;
    if (L->t[j].len < 2 || L->t[j].len > 5 || (L->t[j].flags & (T_NUM | T_QUOTED | T_NAME)))
        return 0;
    return ful_caps_end(p, e) == e;
}

/* "15 min", "60%", "250k", "3 people": an amount, not a day. */
static int ful_quantity_at(const ful_cline *L, int k)
{
    int j;
    if (ful_figure(L, k) || (L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '%'))
        return 1; /* ("18% discount": the sign is no token of its own) */
    if (k > 0 && L->t[k].len == 3 && (L->t[k - 1].flags & T_NUM) && L->t[k].off == L->t[k - 1].off + L->t[k - 1].len + 1 &&
        L->s[L->t[k].off - 1] == ',')
        return 1; /* the thousands of "1,200 head": the figure's own part, as its head is */
    /* "SAP ECC 6", "plant 2": a number naming the word before it ("Demo 15", "Dec 6" are days) */
    if (k > 0 && !(L->t[k].flags & T_BREAK) && (L->t[k - 1].flags & (T_CAP | T_UPPER)) &&
        !(L->t[k - 1].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_DSTART)) && L->r[k].len <= 2 &&
        L->r[k].lw[L->r[k].len - 1] >= '0' && L->r[k].lw[L->r[k].len - 1] <= '9')
        return 1;
    if (k > 1 && ful_is_id(L, k - 1, FUL_W_of) && (ful_is_id(L, k - 2, FUL_W_team) || ful_is_id(L, k - 2, FUL_W_group)) &&
        !(L->t[k].bits & FUL_CUE_DATE))
        return 1; /* "they have a team of 5", "an ops team of 12": how many they are */
    if (k + 1 >= L->nt || (L->t[k + 1].flags & T_BREAK))
        return 0;
    j = k + 1;
    /* "2,000", "1,200 acres": a figure with its thousands (the tokenizer
     * left the comma no break); the part after it is read as above */
    if ((L->t[j].flags & T_NUM) && L->t[j].len == 3 && L->t[j].off == L->t[k].off + L->t[k].len + 1 &&
        (L->s[L->t[k].off + L->t[k].len] == ',' ||
         /* "18 000 students": thousands set off by a space, a count after them */
         (L->s[L->t[k].off + L->t[k].len] == ' ' && L->t[k].len <= 3 && !(L->t[j].flags & T_BREAK) && ful_quantity_at(L, j))))
        return 1;
    if (ful_wset[L->t[j].wid] & FUL_WS_UNIT)
        return 1;
    /* "14 oncology trials", "3 pump incidents": a word no rule knows naming the kind of the things counted */
    if (j + 1 < L->nt && !L->t[j].bits && (!(L->t[j].flags & (T_NUM | T_CAP | T_QUOTED)) || ful_acronym_at(L, j)) &&
        !(L->t[j + 1].flags & T_BREAK) &&
        L->t[j + 1].off == L->t[j].off + L->t[j].len + 1 && ful_plural_noun(L, j + 1))
        j++;
    /* "3 pump-related incidents", "2 full-time reps": a hyphened modifier before the things counted */
    if (j + 2 < L->nt && !(L->t[j].flags & (T_NUM | T_CAP)) && L->t[j + 1].off == L->t[j].off + L->t[j].len + 1 &&
        L->s[L->t[j + 1].off - 1] == '-' && !(L->t[j + 1].flags & (T_BREAK | T_NUM)) && !(L->t[j + 2].flags & T_BREAK) &&
        ful_plural_noun(L, j + 2))
        j += 2;
    /* "6 franchised sites", "40 licensed users": a participle before the things counted */
    if (ful_participle(L, j) && !(L->t[j].flags & (T_CAP | T_NUM)) && !(L->t[j].bits & (VERBISH | FUL_CUE_DATE)) &&
        j + 1 < L->nt && !(L->t[j + 1].flags & T_BREAK) && ful_plural_noun(L, j + 1))
        j++;
    /* "3 rooftops", "40 trucks", "12 clients": a count of things, not a
     * day ("12/15", "3-4 weeks" are read as dates) */
    if (ful_plural_noun(L, j) &&
        !(L->t[k].off > 0 && (L->s[L->t[k].off - 1] == '/' || L->s[L->t[k].off - 1] == '-' || L->s[L->t[k].off - 1] == '.')) &&
        !(L->t[k].off + L->t[k].len < L->n &&
          (L->s[L->t[k].off + L->t[k].len] == '/' || L->s[L->t[k].off + L->t[k].len] == ':' ||
           L->s[L->t[k].off + L->t[k].len] == '-' || L->s[L->t[k].off + L->t[k].len] == '.')))
        return 1;
    return (L->t[j].flags & T_CAP) && ful_acronym_plural(L, j); /* "3 DCs", "200 SKUs" */
}

/* A count of things, or (ful_quantity_at's count reaching on) "3 warehouses
 * in Lagos and 1 in Abuja": a bare small number after "and" once the line
 * has counted things before it. */
int ful_quantity(const ful_cline *L, int k)
{
    int i;
    if (ful_quantity_at(L, k))
        return 1;
    if (k < 2 || L->r[k].len > 3 || !(ful_is_id(L, k - 1, FUL_W_and) || ful_is_word(L, k - 1, "+") || ful_is_word(L, k - 1, "&")))
        return 0;
    for (i = 0; i < (int)L->r[k].len; i++)
        if ((unsigned)(L->r[k].lw[i] - '0') >= 10)
            return 0; /* ("and the 15th": a day) */
    for (i = k - 2; i >= 0; i--)
        if ((L->t[i].flags & T_NUM) && ful_quantity_at(L, i))
            return 1;
    return 0;
}

/* An unknown word right after a form of "be" and not an -ing: an
 * adjective ("slammed", "busy"), not a verb. */
int ful_state_word(const ful_cline *L, int i, int from)
{
    if (i != from || i == 0 || !ful_be_word(L, i - 1))
        return 0;
    return !ful_ends_ing(L, i);
}

/* "Tom agreed to intro us", "Ivan promised to send it": a past, then "to"
 * and a verb: a promise, ahead ("delivered to the lab" is where). */
static int ful_promise_to(const ful_cline *L, int i, int end)
{
    int k;
    return i + 1 < end && ful_is_id(L, i + 1, FUL_W_to) && (k = ful_next(L, i + 1, end)) >= 0 && /* (even inside "agreed to") */
           ((L->t[k].bits & ((VERBISH & ~FUL_CUE_MODAL) | FUL_CUE_DNOUN)) ||
            (!(L->t[k].bits & FUL_CUE_WORD) && !(L->t[k].flags & (T_CAP | T_NUM))));
}

/* "Kenji is the economic buyer", "the demo was great", "Ezra founded
 * the company in 2019", "Merch team liked the labels": after the subject,
 * who someone is or what already happened, with no day ahead, is no step. */
static int ful_be_done(const ful_cline *L, int i, int end);
static int ful_topic_noun(const ful_cline *L, int k);

/* A "be" said in the word before i: "they're", "I'm", "Sarah's", "she's",
 * "he's" ("she's away", "he's not ready"). */
static int ful_be_before(const ful_cline *L, int i)
{
    return i > 0 && (ful_be_word(L, i - 1) || ful_is_id(L, i - 1, FUL_W_she_s) || ful_is_id(L, i - 1, FUL_W_he_s));
}

static int ful_away(const ful_cline *L, int i, int end);

/* "aren't", "isn't", "wasn't": "be" and "not" in one word */
static int ful_neg_be(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_aren_t) || ful_is_id(L, i, FUL_W_isn_t) || ful_is_id(L, i, FUL_W_arent) || ful_is_id(L, i, FUL_W_isnt) ||
           ful_is_id(L, i, FUL_W_weren_t) || ful_is_id(L, i, FUL_W_wasn_t);
}

/* No day is named after token j in the clause but for how long ("on site
 * till then", "till Friday"; not "on site Tuesday": a visit). */
static int ful_no_day_after(const ful_cline *L, int j, int end)
{
    for (j++; j < end; j++) {
        if (ful_is_id(L, j, FUL_W_till) || ful_is_id(L, j, FUL_W_until) || ful_is_id(L, j, FUL_W_through))
            return 1; /* ("on site till Friday": for how long) */
        if ((L->t[j].bits & FUL_CUE_DATE) || (L->t[j].flags & T_NUM))
            return 0;
    }
    return 1;
}

/* Is the word at j one of being away ("out", "travelling")? */
static int ful_away_word(const ful_cline *L, int j)
{
    return ful_is_id(L, j, FUL_W_out) || ful_is_id(L, j, FUL_W_off) || ful_is_id(L, j, FUL_W_away) || ful_is_id(L, j, FUL_W_ooo) ||
           ful_is_id(L, j, FUL_W_sick) || ful_is_id(L, j, FUL_W_travelling) || ful_is_id(L, j, FUL_W_traveling) ||
           ful_is_id(L, j, FUL_W_unavailable);
}

/* "Will is retiring in March", "Elchin is moving to the Baku HQ", "their
 * CFO is stepping down in Q1", "Ana is going on maternity leave": a change
 * of job or place ahead, told, no step of theirs (not "moving the call to
 * Friday", "moving forward with the pilot", "leaving us the samples") */
static int ful_leaving(const ful_cline *L, int j, int end)
{
    int k = ful_next(L, j, end), n;
    if (ful_is_id(L, j, FUL_W_stepping))
        return k >= 0 && ful_is_id(L, k, FUL_W_down);
    if (ful_is_id(L, j, FUL_W_going)) {
        for (n = 0; k >= 0 && n < 3 && !ful_is_id(L, k, FUL_W_leave) && !ful_is_id(L, k, FUL_W_sabbatical); k = ful_next(L, k, end), n++)
            ;
        return k >= 0 && n < 3 && ful_is_id(L, ful_next(L, j, end), FUL_W_on);
    }
    if (!(ful_is_id(L, j, FUL_W_retiring) || ful_is_id(L, j, FUL_W_relocating) || ful_is_id(L, j, FUL_W_leaving) ||
          ful_is_id(L, j, FUL_W_moving) || ful_is_id(L, j, FUL_W_transferring)) ||
        (k >= 0 && (ful_is_id(L, k, FUL_W_forward) || ful_is_id(L, k, FUL_W_ahead) || ful_is_id(L, k, FUL_W_on) ||
                    ((ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_into)) && ful_next(L, k, end) >= 0 &&
                     (L->t[ful_next(L, k, end)].bits & (FUL_CUE_DATE | VERBISH))))))
        return 0; /* ("moving to Friday", "moving to sign") */
    for (n = 0; k >= 0 && n < 4; k = ful_next(L, k, end), n++)
        if (L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_SOBJ | FUL_CUE_COBJ | FUL_CUE_YOU))
            return 0;
    return 1;
}

/* "I'll know more by then", "we're still deciding", "she'll be out till
 * the 10th", "I'm travelling": what they will know, are in the middle of
 * or where they will be, after the subject at i; in quotes too ("call me
 * Friday, I'll know more": the call is the step, not their knowing). */
static int ful_state_ahead(const ful_cline *L, int i, int end)
{
    int j, modal = i > 0 && (L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) && !(L->t[i].flags & T_BREAK);
    if ((ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_should)) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0)
        i = j, modal = 1; /* ("Tom will know more") */
    if ((ful_is_id(L, i, FUL_W_know) || ful_is_id(L, i, FUL_W_knows)) && L->t[i].span == 1 && (modal || ful_is_id(L, i, FUL_W_know))) {
        int n;
        if ((j = ful_next(L, i, end)) < 0 || ful_is_id(L, j, FUL_W_more) || (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) ||
            ful_is_id(L, j, FUL_W_by) || ful_is_id(L, j, FUL_W_then))
            return 1;
        /* "we'll know our headcount then": what they will know, named, then when */
        for (n = 0; n < 3 && j >= 0 && !ful_is_id(L, j, FUL_W_then); j = ful_next(L, j, end), n++)
            if (L->t[j].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_SOBJ | FUL_CUE_YOU))
                return 0;
        return j >= 0 && ful_is_id(L, j, FUL_W_then) && ful_next(L, j, end) < 0;
    }
    if (modal && ful_is_id(L, i, FUL_W_be) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0)
        return ful_away_word(L, j) || ful_away(L, j, end) ||
               /* '"email us next month, we'll be done with the audit"': what they will have finished when we write */
               ((L->t[j].flags & T_QUOTED) && (ful_is_id(L, j, FUL_W_done) || ful_is_word(L, j, "finished")) && L->t[j].span == 1 &&
                (ful_next(L, j, end) < 0 || ful_is_word(L, ful_next(L, j, end), "with")));
    if (modal && ful_is_id(L, i, FUL_W_have) && L->t[i].span == 1 && L->t[i - 1].span == 1 && (L->t[i].flags & T_QUOTED) &&
        !(L->t[i - 1].bits & FUL_CUE_HEDGE) && !ful_is_id(L, i - 1, FUL_W_should)) { /* (hedged, it is their step: "I should have the budget by then") */
        /* "call me Friday, I'll have numbers by then": what they will have
         * when we call, the call is the step (not "I'll have it to you Friday") */
        for (j = ful_next(L, i, end); j >= 0; j = ful_next(L, j, end))
            if (ful_is_id(L, j, FUL_W_then))
                return 1;
            else if ((L->t[j].bits & (FUL_CUE_YOU | FUL_CUE_DATE)) ||
                     ((L->t[j].bits & FUL_CUE_SOBJ) && !ful_is_word(L, j, "my") && !ful_is_id(L, j, FUL_W_our)) ||
                     ((L->t[j].bits & VERBISH) && !(L->t[j - 1].bits & (FUL_CUE_POSS | FUL_CUE_SOBJ)) && /* ("my head above water": a thing of theirs) */
                      !(j == i + 1 && ful_participle(L, j) && !(L->t[j].bits & FUL_CUE_DELIV) && j + 1 < end &&
                        (ful_is_id(L, j + 1, FUL_W_by) || ful_is_id(L, j + 1, FUL_W_then)))))
                return 0; /* ("the board will have voted by then": done by then, nothing of it to us; not "I'll have signed it by then") */
        return 0;
    }
    if (i > 0 && !(L->t[i].flags & T_BREAK) && ((L->t[i - 1].bits & FUL_CUE_CLIENT) || (L->t[i - 1].flags & T_NAME)) &&
        ful_away(L, i, end))
        return 1; /* "CFO on PTO till Jan 5", "Tom out of office till Monday" */
    if (i > 0 && !(L->t[i].flags & T_BREAK) && ((L->t[i - 1].bits & FUL_CUE_CLIENT) || (L->t[i - 1].flags & T_NAME))) {
        /* "owner about to go on paternity leave", "Tom going on leave next week": away soon, how things stand */
        j = i;
        if (ful_is_id(L, j, FUL_W_about) && j + 2 < end && ful_is_id(L, j + 1, FUL_W_to))
            j += 2;
        if ((ful_is_id(L, j, FUL_W_go) || ful_is_id(L, j, FUL_W_goes) || ful_is_id(L, j, FUL_W_going)) && L->t[j].span == 1 &&
            j + 1 < end && ful_is_id(L, j + 1, FUL_W_on) && ful_away(L, j + 1, end))
            return 1;
    }
    if (i > 0 && !(L->t[i].flags & T_BREAK) && ful_ends_s(L, i - 1) &&
        (ful_is_id(L, i, FUL_W_frozen) || ful_is_id(L, i, FUL_W_done) || ful_is_id(L, i, FUL_W_gone) || ful_is_id(L, i, FUL_W_over)))
        return 1; /* "budget's frozen", quoted too: "'s" is "is" */
    j = ful_be_form(L, i) && !(L->t[i].flags & T_INPHR) ? ful_next(L, i, end) : i > 0 && ful_contraction_be(L, i - 1) ? i : -1;
    if (j >= 0 && (L->t[j].flags & T_QUOTED) &&
        ((ful_ends_ing(L, j) && !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_HEDGE))) ||
         /* ("call me back in two weeks, we are in peak season": where they are now) */
         ((ful_is_id(L, j, FUL_W_in) || ful_is_id(L, j, FUL_W_at)) && L->t[j].span == 1 && j + 1 < end))) {
        /* '"call me after the 15th, we are closing the year"': after their
         * request for a chase, what they are busy with now, not a step (with
         * no day of its own: "we're sending the PO Friday" is one) */
        int k, chase = 0;
        for (k = 0; k < i && !chase; k++)
            chase = (L->t[k].flags & T_QUOTED) && (L->t[k].bits & FUL_CUE_CHASE) && !(L->t[k].bits & FUL_CUE_DELIV);
        for (k = ful_ends_ing(L, j) ? j : j + 1; chase && k < end; k++)
            if ((((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && !ful_is_id(L, k - 1, FUL_W_the)) ||
                 (L->t[k].bits & (FUL_CUE_SOBJ | FUL_CUE_YOU)) || (L->t[k].flags & T_NUM)))
                chase = 0; /* ("closing the year": the year is what they close) */
        if (chase)
            return 1;
    }
    if (ful_be_form(L, i) && !(L->t[i].flags & T_INPHR) && (j = ful_next(L, i, end)) >= 0)
        i = j; /* "procurement is slow in December" */
    else if (!(ful_away_word(L, i) || ful_is_id(L, i, FUL_W_on) || ful_is_id(L, i, FUL_W_in) || ful_is_id(L, i, FUL_W_at) || ful_is_id(L, i, FUL_W_still) ||
               ful_is_id(L, i, FUL_W_very) || ful_is_id(L, i, FUL_W_really) || ful_is_id(L, i, FUL_W_quite) || ful_is_id(L, i, FUL_W_so) ||
               ful_is_id(L, i, FUL_W_super) || (ful_wset[L->t[i].wid] & FUL_WS_MOOD)) ||
             !ful_be_before(L, i))
        return 0; /* (the words the tests below need first: the test of "be" before them costs more, on every client clause) */
    if (i >= 0 && (ful_is_id(L, i, FUL_W_only) || ful_is_id(L, i, FUL_W_just)) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_in) || ful_is_id(L, j, FUL_W_on) || ful_is_id(L, j, FUL_W_at)))
        i = j; /* ("is only in the region in feb") */
    if (ful_away_word(L, i) || ful_away(L, i, end))
        return 1; /* ("I'm travelling", quoted; "I'm on site till then") */
    while (ful_is_id(L, i, FUL_W_very) || ful_is_id(L, i, FUL_W_really) || ful_is_id(L, i, FUL_W_quite) || ful_is_id(L, i, FUL_W_so) ||
           ful_is_id(L, i, FUL_W_super))
        i = ful_next(L, i, end);
    if (i >= 0 && (ful_wset[L->t[i].wid] & FUL_WS_MOOD)) {
        /* "they're very busy till January", "Lars is new in the role"; not
         * "keen to see it", "keen but need to find budget" */
        for (j = ful_next(L, i, end); j >= 0; j = ful_next(L, j, end))
            if (ful_is_id(L, j, FUL_W_to) || ((L->t[j].bits & VERBISH) && !(L->t[j].bits & FUL_CUE_DNOUN)))
                return 0;
        return 1;
    }
    return ful_is_id(L, i, FUL_W_still) && (j = ful_next(L, i, end)) >= 0 &&
           /* ("we're still deciding"; but "still reviewing the MSA" is their work) */
           ((ful_ends_ing(L, j) && ful_next(L, j, end) < 0 && !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_DELIV)) &&
             !ful_wait_word(&L->r[j])) ||
            ((ful_is_id(L, j, FUL_W_on) || ful_is_id(L, j, FUL_W_with)) && !(L->t[j].flags & T_INPHR)));
}

int ful_status_at(const ful_cline *L, int i, int end)
{
    const ful_rtok *r;
    int j, k, now = 0, habit = 0, held, i0 = i;
    while (i >= 0 && i < end && (L->t[i].flags & (T_INPHR | T_TAG)))
        i++; /* ("Invite accepted": the phrase's own words) */
    while (i >= 0 && i < end && (ful_is_id(L, i, FUL_W_currently) || ful_is_id(L, i, FUL_W_already) ||
                                 ful_is_id(L, i, FUL_W_really) || ful_is_id(L, i, FUL_W_also) || ful_is_id(L, i, FUL_W_just) ||
                                 (ful_wrule[L->t[i].wid] & FUL_SAW_HABIT))) {
        now |= ful_is_id(L, i, FUL_W_currently);
        habit |= (ful_wrule[L->t[i].wid] & FUL_SAW_HABIT) != 0;
        i = ful_next(L, i, end);
    }
    if (i >= 0 && i < end && ful_is_id(L, i, FUL_W_the) && (j = ful_next(L, i, end)) >= 0 &&
        (L->t[j].bits & FUL_CUE_CLIENT) && !(L->t[j].bits & (VERBISH | FUL_CUE_POSS)))
        i = j; /* "the distributor" */
    while (i >= 0 && i < end &&
           (((L->t[i].bits & FUL_CUE_CLIENT) && !(L->t[i].bits & (VERBISH | FUL_CUE_POSS))) ||
            ((L->t[i].flags & T_CAP) && !(L->t[i].bits & ~FUL_CUE_WORD) && !(L->t[i].flags & T_QUOTED) && i > 0 &&
             (L->t[i - 1].flags & (T_NAME | T_CAP)) && !(L->t[i].flags & T_BREAK))))
        i = ful_next(L, i, end); /* "Merch team liked", "Dr. Lim prefers": the rest of the subject */
    if (i >= 0 && i < end && ful_is_id(L, i, FUL_W_and) && (j = ful_next(L, i, end)) >= 0 && (L->t[j].flags & (T_NAME | T_CAP)) &&
        (!(L->t[j].bits & (FUL_CUE_DATE | VERBISH)) || (L->t[j].flags & T_NAME)))
        i = ful_next(L, j, end); /* "Kwame and Priya both attended", "Grace and Will attended" */
    if (i >= 0 && i < end && (ful_is_id(L, i, FUL_W_both) || ful_is_id(L, i, FUL_W_all)))
        i = ful_next(L, i, end); /* ("... all attended") */
    /* "the distributor already carries two brands", "Tom currently uses
     * Gong": a present after already/currently is how things stand */
    j = i > 0 && i < end && (ful_is_id(L, i, FUL_W_already) || ful_is_id(L, i, FUL_W_currently)) ? ful_next(L, i, end)
        : i > 0 && i < end && (ful_is_id(L, i - 1, FUL_W_already) || ful_is_id(L, i - 1, FUL_W_currently)) ? i : -1;
    if (j >= 0 && L->t[j].span == 1 && !(L->t[j].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_SPEECH)) && ful_ends_sv(L, j))
        return 1;
    /* "Mr. Nguyen already receive quotation last week": a plain form after
     * "already" tells what was done, said without its past, when no day
     * ahead is named */
    if (j > 0 && ful_is_id(L, j - 1, FUL_W_already) && L->t[j].span == 1 &&
        !(L->t[j].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !(L->t[j].bits & ~(FUL_CUE_WORD | FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_REQUEST | FUL_CUE_CHASE)) &&
        !ful_ends_ing(L, j) && !ful_participle(L, j)) {
        for (k = ful_next(L, j, end); k >= 0; k = ful_next(L, k, end))
            if (((L->t[k].bits & FUL_CUE_DATE) && !ful_time_behind(L, k, end)) || (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_COND)) ||
                ful_is_id(L, k, FUL_W_to))
                break;
        if (k < 0)
            return 1;
    }
    for (k = i; (L->marks & FUL_SAW_HABIT) && k >= 0 && k < end && !habit; k = ful_next(L, k, end))
        habit = (ful_wrule[L->t[k].wid] & FUL_SAW_HABIT) && k > i; /* "The board meets quarterly" */
    if (i < 0 || i >= end)
        return 0;
    if (i >= 0 && i < end && !(L->t[i].bits & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !ful_participle(L, i) && (j = ful_next(L, i, end)) >= 0 && ful_participle(L, j) &&
        !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST)))
        i = j; /* "Deal desk approved 18% discount": a second noun of the subject */
    if (i >= 0 && i < end && L->t[i].span == 1 && !(L->t[i].bits & ~FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !ful_participle(L, i) && !ful_ends_ing(L, i) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_has) || ful_is_id(L, j, FUL_W_have)) && L->t[j].span == 1)
        i = j; /* "Cinema chain has 6 sites": the rest of a name that is a thing */
    if (i < 0 || i >= end || (L->t[i].flags & T_NUM))
        return 0;
    if (ful_state_ahead(L, i, end))
        return 1;
    /* "Chaminda used to work at our competitor": a past habit, told */
    if (L->t[i].span == 1 && ful_is_word(L, i, "used") && (j = ful_next(L, i, end)) >= 0 && ful_is_id(L, j, FUL_W_to) &&
        !(L->t[i].flags & T_QUOTED)) {
        for (k = ful_next(L, j, end); k >= 0 && !((L->t[k].bits & FUL_CUE_DATE) && !ful_time_behind(L, k, end)); k = ful_next(L, k, end))
            ;
        if (k < 0)
            return 1;
    }
    /* "Ilze covering (for Janis)": standing in for someone */
    if (ful_is_id(L, i, FUL_W_covering) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
        ((j = ful_next(L, i, end)) < 0 || ful_is_id(L, j, FUL_W_for)))
        return 1;
    if (!(L->t[i].flags & T_QUOTED) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0) {
        /* "If Marek goes quiet", "they went dark": how they stand, no effort */
        if ((ful_is_id(L, i, FUL_W_go) || ful_is_id(L, i, FUL_W_goes) || ful_is_id(L, i, FUL_W_went) ||
             ful_is_id(L, i, FUL_W_gone) || ful_is_id(L, i, FUL_W_going)) &&
            (ful_is_id(L, j, FUL_W_quiet) || ful_is_id(L, j, FUL_W_dark) || ful_is_id(L, j, FUL_W_silent) ||
             ful_is_id(L, j, FUL_W_cold)))
            return 1;
        /* "he has knocked off today", "has left for the day": a perfect, told
         * (not "has agreed to meet Tue", "has confirmed Tuesday") */
        if ((ful_is_id(L, i, FUL_W_has) || ful_is_id(L, i, FUL_W_have)) && L->t[j].span == 1 &&
            (ful_participle(L, j) || (ful_wrule[L->t[j].wid] & FUL_SAW_DONE)) && !ful_promised(L, j) &&
            !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH))) {
            for (k = ful_next(L, j, end); k >= 0; k = ful_next(L, k, end))
                if (ful_is_id(L, k, FUL_W_to) || (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_COND)) ||
                    ((L->t[k].bits & FUL_CUE_DATE) && !ful_is_id(L, k, FUL_W_today) && !ful_time_behind(L, k, end) &&
                     !ful_is_id(L, k, FUL_W_day)))
                    break;
            if (k < 0)
                return 1;
        }
    }
    /* ("team loved the demo", in quotes too: how it went) */
    if ((L->t[i].flags & T_QUOTED) && !((L->t[i].bits & FUL_CUE_RECAP) && !(L->t[i].bits & VERBISH) &&
                                        ful_participle(L, i) && !ful_is_id(L, i, FUL_W_sent)))
        return 0;
    /* "Call went to voicemail 12/1", "Tom sent the PO 11/30": a day beside
     * a plain past is when it happened ("moved to Friday" is ahead) */
    if (((L->t[i].bits & FUL_CUE_RECAP) || (ful_past_verb(L, i) && !ful_participle(L, i))) &&
        !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE)))
        return 1;
    /* "receptionist says the Dr. is on leave", "Tom said the PO is approved":
     * what they tell of how things stand is how things stand */
    if (((L->t[i].bits & FUL_CUE_SPEECH) || ful_is_id(L, i, FUL_W_confirmed) ||
         /* "Raj thinks the price is high": what they hold of how things stand */
         ((L->t[i].bits & FUL_CUE_HEDGE) && (ful_is_word(L, i, "thinks") || ful_is_word(L, i, "believes")))) &&
        L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED)) {
        k = ful_next(L, i, end);
        if (ful_is_id(L, i, FUL_W_confirmed) && k >= 0) {
            int c;
            /* "June confirmed on the call that the ward has 28 beds": where
             * and "that" before what was confirmed */
            if (ful_is_id(L, k, FUL_W_on) && (c = ful_next(L, k, end)) >= 0 && ful_is_id(L, c, FUL_W_the) &&
                (c = ful_next(L, c, end)) >= 0 && (ful_is_id(L, c, FUL_W_call) || ful_is_id(L, c, FUL_W_phone)))
                k = ful_next(L, c, end);
            if (k >= 0 && ful_is_id(L, k, FUL_W_that))
                k = ful_next(L, k, end);
            /* "Mr. Keller confirmed the receipt", "confirmed receipt of the PO": it came, told */
            c = k >= 0 && ful_is_id(L, k, FUL_W_the) ? ful_next(L, k, end) : k;
            if (c >= 0 && ful_is_word(L, c, "receipt") && !(L->t[c].flags & T_QUOTED))
                return 1;
            /* "June confirmed 12 pilot stores in TX", "Achieng confirmed 2
             * depots run diesel only": a count of theirs, told; with no day,
             * meeting or booking after it (not "confirmed 3 attendees for
             * Tue's demo") */
            if (k >= 0 && (L->t[k].flags & T_NUM) && ful_quantity(L, k)) {
                for (c = ful_next(L, k, end); c >= 0 && !(L->t[c].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_EVENT |
                                                                         FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE |
                                                                         FUL_CUE_CHASE | FUL_CUE_DELIV)) &&
                                       !(L->t[c].flags & T_QUOTED) && !ful_is_id(L, c, FUL_W_to);
                     c = ful_next(L, c, end))
                    ;
                return c < 0;
            }
        }
        if (k >= 0 && (L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !ful_is_id(L, k, FUL_W_to))
            k = ful_next(L, k, end);
        /* (a plain noun too: "mentioned her son plays rugby", "said the budget is approved") */
        for (j = 0; j < 2 && k >= 0 && !(L->t[k].bits & (VERBISH | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_SELLER)) &&
                    ((L->t[k].bits & FUL_CUE_CLIENT) || (L->t[k].flags & T_CAP) ||
                     (j == 0 && !(L->t[k].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !(L->t[k].flags & T_NUM)));
             j++)
            k = ful_next(L, k, end);
        /* ("said the price is fine": a thing that is a verb's word too, before its "is") */
        if (j == 0 && k >= 0 && (L->t[k].bits & FUL_CUE_DNOUN) && !(L->t[k].bits & (VERBISH & ~(FUL_CUE_DELIV | FUL_CUE_ACT))) &&
            !(L->t[k].flags & (T_NUM | T_QUOTED)) && ful_next(L, k, end) >= 0 && ful_be_form(L, ful_next(L, k, end))) {
            j = 1;
            k = ful_next(L, k, end);
        }
        /* ("Dawn confirmed the PO went out", "Tom said they signed it": what they did, told) */
        return j > 0 && k >= 0 && !(L->t[k].bits & FUL_CUE_SPEECH) &&
               (ful_status_at(L, k, end) || ful_be_done(L, k, end) || (ful_past_verb(L, k) && ful_done_thing(L, k, end)));
    }
    /* "chef had to leave for service", "he was driving": what happened */
    if (ful_is_id(L, i, FUL_W_had) &&
        (L->t[i].span > 1 || ful_is_id(L, i + 1, FUL_W_to) ||
         /* "They had a bad experience with SAP": what happened to them */
         (i + 1 < end && (ful_is_id(L, i + 1, FUL_W_a) || ful_is_id(L, i + 1, FUL_W_an) ||
                          /* "They had issues w/ their last vendor", "CFO had questions on the SLA" */
                          ful_topic_noun(L, i + 1) || ful_is_word(L, i + 1, "questions") || ful_is_word(L, i + 1, "doubts") ||
                          ful_is_word(L, i + 1, "trouble") || ful_is_word(L, i + 1, "reservations")) &&
          !(L->t[i + 1].flags & T_INPHR) && ful_no_day_after(L, i, end))))
        return 1;
    if ((ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were)) && (j = ful_next(L, i, end)) >= 0 && ful_ends_ing(L, j) &&
        !ful_is_id(L, j, FUL_W_going) && !ful_is_id(L, ful_next(L, j, end), FUL_W_to))
        return 1;
    if (ful_is_id(L, i, FUL_W_no) && ful_is_id(L, i + 1, FUL_W_longer) && (j = ful_next(L, i + 1, end)) >= 0 &&
        (ful_participle(L, j) || ful_is_id(L, j, FUL_W_with)))
        return 1; /* "Tom no longer involved", "no longer with the company" */
    /* "he's not ready", "they're not interested", "they are not happy": a
     * state, said with "not" */
    k = ful_be_form(L, i) && ful_is_id(L, ful_next(L, i, end), FUL_W_not) ? ful_next(L, i, end) : i;
    if (((ful_is_id(L, k, FUL_W_not) && k > 0 && (ful_be_before(L, k) || ful_be_form(L, k - 1))) || ful_neg_be(L, k)) &&
        (j = ful_next(L, k, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_ready) || ful_is_id(L, j, FUL_W_interested) || ful_is_id(L, j, FUL_W_sure) ||
         /* "they are not happy with the current system" */
         ((ful_wset[L->t[j].wid] & FUL_WS_MOOD) && !ful_is_id(L, ful_next(L, j, end), FUL_W_to))))
        return 1;
    /* "Tom is out this week", "she's away till the 14th": away for a while,
     * whatever day it names (the seller waits) */
    j = ful_be_form(L, i) ? ful_next(L, i, end) : ful_be_before(L, i) ? i : -1;
    if ((j >= 0 && (ful_away_word(L, j) || ful_leaving(L, j, end))) || (j < 0 && i > i0 && ful_ends_ing(L, i) && ful_leaving(L, i, end)))
        return 1;
    /* "Mgr not in, left card", "DM not available till 3": the same, said without "is" */
    if (ful_is_id(L, i, FUL_W_not) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_in) || ful_is_id(L, j, FUL_W_around) || ful_is_id(L, j, FUL_W_available)))
        return 1;
    /* "Miguel was very engaged, Tom not so much", "Tom not a fan": someone
     * and "not", then no verb, day or figure: how they are, said short */
    if (ful_is_id(L, i, FUL_W_not) && i > 0 && L->t[i].span == 1 && !(L->t[i].flags & (T_BREAK | T_QUOTED)) &&
        ((L->t[i - 1].flags & (T_NAME | T_CAP)) || ((L->t[i - 1].bits & FUL_CUE_CLIENT) && !(L->t[i - 1].bits & FUL_CUE_POSS))) &&
        (j = ful_next(L, i, end)) >= 0) {
        for (k = j; k >= 0; k = ful_next(L, k, end))
            if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_HEDGE |
                                 FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_VAGUE)) ||
                (L->t[k].flags & (T_NUM | T_QUOTED)) || ful_is_id(L, k, FUL_W_to) || ful_ends_ing(L, k))
                break;
        if (k < 0)
            return 1;
    }
    /* "Legal usually takes 3 weeks", "They typically sign in Q4", "they
     * currently pay $14 a seat": how they go about things, whatever day or
     * figure it names, is no step */
    if ((habit || now) && !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH |
                                            FUL_CUE_REQUEST | FUL_CUE_COND)) &&
        !ful_ends_ing(L, i) && !ful_is_id(L, ful_next(L, i, end), FUL_W_to))
        return 1;
    /* "Customer is using Excel today", "they are running SAP B1": the
     * same, in the progressive */
    if (ful_be_form(L, i) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_still) || ful_is_id(L, j, FUL_W_also) || ful_is_id(L, j, FUL_W_mostly) || ful_is_id(L, j, FUL_W_mainly) ||
         (L->r[j].len == 8 && memcmp(L->r[j].lw, "actually", 8) == 0)))
        j = ful_next(L, j, end); /* "They are actually using SAP", "they're still using Excel" */
    if (ful_be_form(L, i) && j >= 0 && L->t[j].span == 1 && !(L->t[j].flags & T_QUOTED) &&
        (ful_is_id(L, j, FUL_W_using) ||
         (ful_is_id(L, j, FUL_W_running) && (k = ful_next(L, j, end)) >= 0 && (L->t[k].flags & (T_CAP | T_UPPER)) &&
          !(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_EVENT)))))
        i = j;
    /* "They use Adyen today": a tool or a habit held today, no day to act on;
     * "they track it manually", "customer do invoicing manually": how they
     * work now (not "they'll key it in manually": the modal looks ahead) */
    for (k = i0 > 0 && !(L->t[i0].flags & T_BREAK) ? i0 - 1 : i0, held = 0; k < i && !(L->t[k].bits & FUL_CUE_MODAL); k++)
        ;
    for (k = k < i || !(L->marks & FUL_SAW_MANUAL) ? end : i; k < end && !held; k++)
        held = L->t[k].wid == FUL_W_manually;
    held = held || ful_is_id(L, i, FUL_W_using) || ful_is_id(L, i, FUL_W_running) || ful_is_id(L, i, FUL_W_use) || ful_is_id(L, i, FUL_W_uses) || ful_is_id(L, i, FUL_W_employ) ||
           ful_is_id(L, i, FUL_W_employs) || ful_is_id(L, i, FUL_W_operate) || ful_is_id(L, i, FUL_W_operates) ||
           (ful_is_id(L, i, FUL_W_run) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 &&
            ((L->r[j].len == 10 && memcmp(L->r[j].lw, "everything", 10) == 0) || (L->t[j].flags & (T_CAP | T_UPPER)))); /* "they run SAP", not "run the pilot" */
    for (k = i; k < end; k++)
        if (((L->t[k].bits & FUL_CUE_DATE) && !(held && ful_is_id(L, k, FUL_W_today)) && !ful_time_behind(L, k, end)) ||
            ((L->t[k].flags & T_NUM) && !(L->r[k].len == 4 && (L->r[k].lw[0] == '1' || L->r[k].lw[0] == '2') && L->r[k].lw[3] >= '0' &&
                                                 L->r[k].lw[3] <= '9') && /* (a year; "15th" is a day) */
             !ful_quantity(L, k) && !ful_time_behind(L, k + 1, end)))
            return 0; /* "moved the call to Friday", "signed on 12/3"; but "in 2019" is behind us */
    r = &L->r[i];
    j = ful_next(L, i, end);
    /* "they use Salesforce", "they currently run SAP", "has 40 reps": how
     * things stand, not what anyone will do */
    if (((ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_has)) && j >= 0 && !ful_is_id(L, j, FUL_W_to) &&
         !ful_promised(L, j) && /* ("Ana has committed to a decision soon") */
         !ful_is_id(L, j, FUL_W_asked) && !ful_is_id(L, j, FUL_W_requested) && /* ("Client has asked for a trial": the ask stands) */
         !(i > 0 && (L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)))) || /* ("she'll have a look") */
        (!(L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED)) &&
         (held || (now && (ful_ends_s(L, i) || !(L->t[i].bits & FUL_CUE_WORD) || ful_is_id(L, i, FUL_W_run))))))
        return 1;
    /* "MD owns the relationship, CFO signs", "Claire leads the project, Mr
     * Dubois decides": after another clause, who decides or signs, said with
     * nothing after it, is who they are (a line of its own, "Tom decides",
     * may still be his next step) */
    if (j < 0 && end == L->nt && i > 0 && !(L->t[i].flags & T_QUOTED) &&
        (ful_is_id(L, i, FUL_W_decides) || ful_is_id(L, i, FUL_W_approves) || ful_is_id(L, i, FUL_W_signs))) {
        int d;
        for (k = i - 1; k > 0 && !(L->t[k].flags & T_BREAK); k--)
            ;
        for (d = 0; d < L->nt && !(L->t[d].bits & FUL_CUE_DATE); d++)
            ; /* (no day on the line: "Mon: Grant signs" is his step) */
        if (k > 0 && i - k <= 3 && d == L->nt && ((L->t[i - 1].bits & FUL_CUE_CLIENT) || (L->t[i - 1].flags & T_CAP)))
            return 1;
    }
    /* "Mrs. Frank decides about IT, Mr. Weber decides about budget": the
     * same verb again in another clause, each after its own name, and no
     * day or figure on the line: who does which, no step */
    if (ful_ends_sv(L, i) && L->t[i].span == 1 && i > 0 && !(L->t[i].flags & (T_QUOTED | T_CAP)) &&
        (L->t[i - 1].flags & T_CAP) && !(L->t[i - 1].bits & (FUL_CUE_DATE | FUL_CUE_SELLER)) &&
        !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_COND)) &&
        !(L->any & (FUL_CUE_DATE | FUL_CUE_DSTART)) && !(L->marks & FUL_SAW_NUM)) {
        int m, brk = 0, twin = 0;
        for (m = 1; m < L->nt && !twin; m++) {
            if (m != i && L->r[m].len == L->r[i].len && memcmp(L->r[m].lw, L->r[i].lw, L->r[i].len) == 0 &&
                (L->t[m - 1].flags & T_CAP) && !(L->t[m - 1].bits & FUL_CUE_SELLER) && !(L->t[m].flags & T_QUOTED))
                twin = m;
        }
        for (m = 0; twin && m < 2; m++) {
            int o = m ? twin : i, n = o + 1 < L->nt && !(L->t[o + 1].flags & T_BREAK) ? o + 1 : -1;
            if (n >= 0 && ((L->t[n].bits & (FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_COBJ)) || ful_is_id(L, n, FUL_W_the) ||
                           ful_is_id(L, n, FUL_W_a) || ful_is_id(L, n, FUL_W_an) || ful_is_id(L, n, FUL_W_it) ||
                           ful_is_id(L, n, FUL_W_them) || ful_is_id(L, n, FUL_W_this)))
                twin = 0; /* ("Tom signs the MSA, Jane signs the SOW": each a thing to do) */
        }
        for (m = twin < i ? twin + 1 : i + 1; twin && m <= (twin < i ? i : twin); m++)
            brk |= L->t[m].flags & T_BREAK;
        if (twin && brk)
            return 1;
    }
    /* "Sandra manages 40 reps", "he hates long decks", "She reports to the
     * COO", "Tom works at Acme", "client happy w/ the demo": who someone is
     * or how they feel, with no day named; but "she'd love a demo" asks,
     * and "keen to see it", "likes to meet Tuesdays" look ahead */
    if (!(i > 0 && (L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) &&
          /* ("May handles the vet scheduling": no modal stands before a verb's -s; the capital is a name) */
          !((L->t[i - 1].flags & T_CAP) && ful_ends_sv(L, i))) &&
        (j < 0 || !(ful_is_id(L, j, FUL_W_to) || (ful_is_id(L, i, FUL_W_runs) && (ful_is_id(L, j, FUL_W_it) || ful_is_id(L, j, FUL_W_this))))) &&
        /* (but "Tom runs it by legal": what he does with it) */
        (ful_wset[L->t[i].wid] & (FUL_WS_STATEV | FUL_WS_MOOD)))
        return 1; /* (at the clause's end too: "ITAR applies", "client happy") */
    /* "Sheila does all the books, Bazza does the machinery": someone's
     * part, told (a second "does the" after a first is the same) */
    if (j >= 0 && ful_is_id(L, i, FUL_W_does) && L->t[i].span == 1) {
        if (ful_is_id(L, j, FUL_W_all) && j + 1 < end && (ful_is_id(L, j + 1, FUL_W_the) || (L->t[j + 1].bits & FUL_CUE_POSS)))
            return 1;
        if (ful_is_id(L, j, FUL_W_the))
            for (k = i - 1; k > 0; k--)
                if (ful_is_id(L, k, FUL_W_does) && ful_is_id(L, k + 1, FUL_W_all))
                    return 1;
    }
    /* "Noel does the purchasing", "May handles the vet scheduling": the
     * work that is theirs, named by its -ing (a word of its kind may stand
     * before it), with no day after it */
    if (j >= 0 && (ful_is_id(L, i, FUL_W_does) || ful_is_id(L, i, FUL_W_handles)) && L->t[i].span == 1 &&
        (ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_all) || ful_is_id(L, i, FUL_W_handles)) && ful_no_day_after(L, i, end)) {
        k = ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_all) ? j + 1 : j;
        if (k + 1 < end && !(L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_DATE | FUL_CUE_MODAL)) &&
            !(L->t[k].flags & (T_CAP | T_QUOTED | T_NUM)) && !(L->t[k + 1].flags & T_BREAK) && ful_ends_ing(L, k + 1))
            k++;
        if (k < end && L->t[k].span == 1 && !(L->t[k].flags & (T_CAP | T_QUOTED | T_BREAK)) && ful_ends_ing(L, k))
            return 1;
    }
    /* "Dr. Nakamura does inventory in spreadsheets", "Tom does payroll": a
     * kind of work, no article, no thing of the deal, no day after it */
    if (j == i + 1 && ful_is_id(L, i, FUL_W_does) && L->t[i].span == 1 && L->t[j].span == 1 && !L->t[j].bits &&
        !(L->t[j].flags & (T_CAP | T_QUOTED | T_NUM | T_BREAK)) && L->r[j].len > 3 && ful_no_day_after(L, i, end))
        return 1;
    if (j >= 0 && (((ful_is_id(L, i, FUL_W_reports) || ful_is_id(L, i, FUL_W_report)) && ful_is_id(L, j, FUL_W_to)) ||
                   (ful_is_id(L, i, FUL_W_works) && (ful_is_id(L, j, FUL_W_at) || ful_is_id(L, j, FUL_W_for)))))
        return 1;
    if (ful_be_form(L, i) && j >= 0 && (ful_is_id(L, j, FUL_W_also) || ful_is_id(L, j, FUL_W_still)))
        j = ful_next(L, j, end);
    if (ful_be_form(L, i) && j >= 0 && (ful_is_id(L, j, FUL_W_on) || ful_is_id(L, j, FUL_W_from)) &&
        !(L->t[j].flags & T_INPHR) && L->t[j].span == 1)
        return 1; /* "owner is also on the chamber board", "Notes below are from the visit" */
    if (ful_be_form(L, i))
        return j >= 0 &&
               (((L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !ful_is_id(L, j, FUL_W_to)) ||
                        ((L->t[j].flags & T_CAP) && !(L->t[j].flags & (T_UPPER | T_QUOTED)) &&
                         !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | VERBISH))) /* "Incumbent is Grainger" */
                    ? 1
                : (r->lw[0] == 'w' && !(L->t[j].bits & VERBISH) && !ful_is_id(L, j, FUL_W_going) &&
                   !ful_is_id(L, j, FUL_W_supposed) && !ful_is_id(L, j, FUL_W_to) &&
                   !ful_ends_ing(L, j)));
    if (L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_HEDGE | FUL_CUE_VAGUE |
                        FUL_CUE_MODAL | FUL_CUE_NEGBOOK | FUL_CUE_COND))
        return 0;
    if (ful_promise_to(L, i, end))
        return 0;
    if (r->len >= 5 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd')
        return !ful_is_id(L, i, FUL_W_expected) && !ful_is_id(L, i, FUL_W_supposed) && !ful_is_id(L, i, FUL_W_interested) &&
               !ful_is_id(L, i, FUL_W_needed) && !ful_is_id(L, i, FUL_W_planned) && !ful_is_id(L, i, FUL_W_tied) &&
               !ful_is_id(L, i, FUL_W_need) && !ful_is_id(L, i, FUL_W_proceed);
    return ful_past_verb(L, i);
}

/* What token i can do in a fact clause (FW_*). */
static int ful_fact_word(const ful_cline *L, int i)
{
    return ful_wrule[L->t[i].wid] & FW_KIND;
}

/* A verb of how things stand (FW_STATE), a word of its own. */
static int ful_stative(const ful_cline *L, int i)
{
    return L->t[i].span == 1 && ful_fact_word(L, i) == FW_STATE;
}

/* "cost breakdown", "cost estimate": a paper named by its cost, no verb
 * ("shipping cost breakdown for Anneke by Tue" is ours to make). */
static int ful_cost_noun(const ful_cline *L, int i, int end)
{
    int j;
    return (ful_is_id(L, i, FUL_W_cost) || ful_is_id(L, i, FUL_W_costs)) && (j = ful_next(L, i, end)) >= 0 &&
           !(L->t[j].flags & T_BREAK) && (L->t[j].bits & FUL_CUE_DNOUN);
}

/* "every" or "each" after token i in the clause: a habit's day, not a step's */
static int ful_every_after(const ful_cline *L, int i, int end)
{
    for (i++; i < end; i++)
        if (ful_is_id(L, i, FUL_W_every) || ful_is_id(L, i, FUL_W_each))
            return 1;
    return 0;
}

/* A state only with no day named in the rest of the clause (FW_WEAK). */
static int ful_weak_stative(const ful_cline *L, int i, int end)
{
    int k;
    if (ful_fact_word(L, i) != FW_WEAK)
        return 0;
    for (k = i + 1; k < end; k++)
        if (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED))
            return 0; /* ("he prefers calls" is a state; "prefers a call Friday" is not) */
    return 1;
}

/* "pipeline review w/ my boss 12/11", "forecast call w/ my manager Fri",
 * "internal sync w/ our SE Tue": a meeting of the seller's own side (with
 * "my" people, or called internal) and no one of the client's in the
 * clause [a, end): no step with the client ("disco with our AE booked Wed"
 * is the client's meeting with our people; "Pending internal discussion on
 * their side" is theirs). */
int ful_internal_meeting(const ful_cline *L, int a, int end)
{
    int k, j, ours = 0;
    for (k = a; k < end; k++) {
        int mine = k > a && (ful_is_id(L, k - 1, FUL_W_my) || ful_is_id(L, k - 1, FUL_W_our));
        if (L->t[k].flags & (T_INPHR | T_QUOTED))
            continue;
        if (((L->t[k].bits & FUL_CUE_CLIENT) && !mine) || ful_is_id(L, k, FUL_W_their) || ful_is_id(L, k, FUL_W_his) ||
            ful_is_id(L, k, FUL_W_her) || ful_is_id(L, k, FUL_W_them))
            return 0; /* (their CFO, Tom, the client) */
        if (ful_is_word(L, k, "internal") ||
            ((L->t[k].bits & FUL_CUE_WITH) && (j = ful_next(L, k, end)) >= 0 && ful_is_id(L, j, FUL_W_my)))
            ours = 1;
    }
    return ours;
}

/* A client's line with no word of a step in it (no verb we know, no "to",
 * "will", "going", wait or vague time, no quote) that carries a mark of how
 * things stand: a figure not after "the"/"their" ("Load shedding stage
 * 4"; "sort out the 3 sites" stays a step), a word of how often or
 * how only ("floods every rainy season", "Guarani only at the front desk"),
 * or an opening -ing ("Growing fast in the north"). Its caller has found
 * no day and no hedge. */
int ful_unverbed_fact(const ful_cline *L)
{
    int k, mark = 0;
    for (k = L->head; k < L->nt; k++) {
        if ((L->t[k].bits & (VERBISH | FUL_CUE_VAGUE)) || (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_to) ||
            ful_is_id(L, k, FUL_W_will) || ful_is_id(L, k, FUL_W_going) || ful_is_id(L, k, FUL_W_gonna) ||
            ful_wait_word(&L->r[k]))
            return 0;
        if (!mark)
            mark = ((L->t[k].flags & T_NUM) && !(k > 0 && (L->t[k - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)))) ||
                   ful_is_id(L, k, FUL_W_every) || ful_is_id(L, k, FUL_W_each) || ful_is_id(L, k, FUL_W_always) ||
                   ful_is_id(L, k, FUL_W_usually) || ful_is_id(L, k, FUL_W_never) || ful_is_id(L, k, FUL_W_only) ||
                   ful_is_id(L, k, FUL_W_mainly) || (k == L->head && ful_ends_ing(L, k));
    }
    return mark;
}

/* "on maternity leave till March", "in year-end close", "out of office":
 * away for a while, how things stand (the seller waits, or chases after) */
static int ful_away(const ful_cline *L, int i, int end)
{
    int j = i + 1 < end ? i + 1 : -1, k, n; /* (the next word even inside a phrase: "in year-end") */
    if ((ful_is_id(L, i, FUL_W_in) || ful_is_id(L, i, FUL_W_on) || ful_is_id(L, i, FUL_W_at)) && j >= 0) {
        /* "I'm on the auction floor all week", "in clinic all day", "at a
         * conference all week": somewhere for the whole of a time (in
         * quotes too: the client's "I'm") */
        for (k = j, n = 0; k >= 0 && n < 5; k = ful_next(L, k, end), n++)
            if (n > 0 && ((ful_is_id(L, k, FUL_W_all) && k + 1 < end && (L->t[k + 1].bits & FUL_CUE_DATE)) ||
                          /* "on the boat roster til then", "at the plant till Friday" */
                          ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_until) || ful_is_word(L, k, "til")))
                return !(L->t[j].bits & FUL_CUE_SELLER) && !ful_is_id(L, j, FUL_W_our); /* (not "at our office") */
            else if ((L->t[k].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_SELLER)) || (L->t[k].flags & T_NUM))
                break;
    }
    if (j >= 0 && (ful_is_id(L, j, FUL_W_a) || ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_their) ||
                   ful_is_id(L, j, FUL_W_our)))
        j = j + 1 < end ? j + 1 : -1;
    if (j < 0)
        return 0;
    if (ful_is_id(L, i, FUL_W_on)) {
        for (k = 0; k < 2 && j >= 0; k++, j = ful_next(L, j, end))
            if (ful_is_id(L, j, FUL_W_leave) || (k == 0 && ful_is_id(L, j, FUL_W_site) && ful_no_day_after(L, j, end)) ||
                ful_is_id(L, j, FUL_W_vacation) || ful_is_id(L, j, FUL_W_holiday) ||
                ful_is_id(L, j, FUL_W_holidays) || ful_is_id(L, j, FUL_W_pto) || ful_is_id(L, j, FUL_W_sabbatical) ||
                ful_is_id(L, j, FUL_W_break))
                return 1;
        return 0;
    }
    /* "I'm in Sfax till Friday", "she's at a family supra": where someone is, away */
    if (ful_is_id(L, i, FUL_W_in) && j == i + 1 && (L->t[j].flags & T_CAP) && !(L->t[j].flags & T_NUM) &&
        !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_WORD | FUL_CUE_EVENT)))
        return 1;
    if (ful_is_id(L, i, FUL_W_in)) {
        /* "Tom is in town next week", "their engineer is only in the region
         * in feb": where someone will be, told; nothing of theirs to do */
        int p = ful_is_id(L, j, FUL_W_the) ? ful_next(L, j, end) : j;
        if (p >= 0 && L->t[p].span == 1 && !(L->t[p].flags & (T_CAP | T_QUOTED)) &&
            (ful_is_word(L, p, "town") || ful_is_word(L, p, "region") || ful_is_word(L, p, "country") ||
             ful_is_word(L, p, "area") || ful_is_word(L, p, "city")))
            return 1;
    }
    if (ful_is_id(L, i, FUL_W_at) && !(L->t[j].flags & T_NUM) && !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_CLIENT)) &&
        j > i + 1) {
        for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 2; k = ful_next(L, k, end), n++)
            if (((L->t[k].bits & VERBISH) && ful_ends_sv(L, k) && !(L->t[k].flags & T_CAP)) ||
                ((L->t[k].bits & FUL_CUE_MODAL) && !(L->t[k].flags & T_CAP)) || ful_is_id(L, k, FUL_W_might) ||
                (ful_is_id(L, k, FUL_W_to) && k + 1 < end && (L->t[k + 1].bits & VERBISH)))
                return 0; /* "Ana at the school sends the specs", "Rick at the bank might send": who, then the step */
        return 1;
    }
    if (ful_is_id(L, i, FUL_W_in))
        return (ful_is_id(L, j, FUL_W_year) && ful_is_id(L, j + 1, FUL_W_end)) || ful_is_id(L, j, FUL_W_close) || ful_is_id(L, j, FUL_W_freeze) ||
               ful_is_id(L, j, FUL_W_blackout) || ful_is_id(L, j, FUL_W_lockdown) ||
               /* "we're in the middle of a reset", "in the process of moving ERPs" */
               ((ful_is_id(L, j, FUL_W_middle) || ful_is_id(L, j, FUL_W_process)) && ful_is_id(L, j + 1, FUL_W_of));
    if ((ful_is_id(L, i, FUL_W_out) || ful_is_id(L, i, FUL_W_away)) && j == i + 1 &&
        (ful_is_id(L, j, FUL_W_till) || ful_is_id(L, j, FUL_W_until) || ful_is_word(L, j, "til") ||
         ((ful_is_id(L, j, FUL_W_this) || ful_is_id(L, j, FUL_W_next) || ful_is_id(L, j, FUL_W_all)) && j + 1 < end &&
          (L->t[j + 1].bits & FUL_CUE_DATE))))
        return 1; /* "Hope out til the 10th", "away this week" */
    return ful_is_id(L, i, FUL_W_out) && ful_is_id(L, j, FUL_W_of) && ful_is_id(L, ful_next(L, j, end), FUL_W_office);
}

/* "Budgets are frozen", "the PO was approved": a form of "be" and a
 * participle, with no day named: done or decided, nothing to do. */
static int ful_be_done(const ful_cline *L, int i, int end)
{
    int j, k;
    if ((ful_is_id(L, i, FUL_W_has) || ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_had)) && (j = ful_next(L, i, end)) >= 0) {
        /* "The contract has been signed", "budget has already been fixed": the
         * perfect is done as the past is */
        if (ful_is_id(L, j, FUL_W_already))
            j = ful_next(L, j, end);
        if (j < 0 || !ful_is_id(L, j, FUL_W_been))
            return 0;
        i = j;
    } else if (!ful_be_form(L, i))
        return 0;
    j = ful_next(L, i, end);
    if (j >= 0 && (ful_is_id(L, j, FUL_W_already) || ful_is_id(L, j, FUL_W_now) || ful_is_id(L, j, FUL_W_all)))
        j = ful_next(L, j, end);
    if (j >= 0 && ful_away(L, j, end))
        return 1; /* "she is on maternity leave till March" */
    /* "Our pricing was too high", "the deck was very well received": a state
     * said with a degree word (not "too early to send Friday": a day follows) */
    if (j >= 0 && (ful_is_id(L, j, FUL_W_too) || ful_is_id(L, j, FUL_W_very) || ful_is_id(L, j, FUL_W_really) ||
                   ful_is_id(L, j, FUL_W_quite) || ful_is_id(L, j, FUL_W_super)) &&
        (k = ful_next(L, j, end)) >= 0 && !(L->t[k].bits & (VERBISH | FUL_CUE_DATE)) && !ful_is_id(L, k, FUL_W_to))
        j = k;
    /* "are pre-approved", "is re-scoped": a short prefix hyphened to the participle */
    if (j >= 0 && j + 1 < end && L->r[j].len <= 4 && !(L->t[j].bits & ~FUL_CUE_WORD) && !(L->t[j].flags & (T_NUM | T_CAP)) &&
        L->t[j].off + L->t[j].len + 1 == L->t[j + 1].off && L->s[L->t[j + 1].off - 1] == '-' && ful_participle(L, j + 1))
        j++;
    if (j < 0 ||
        !(ful_participle(L, j) || (ful_past_verb(L, j) && !(L->t[j].bits & VERBISH)) ||
          ful_is_id(L, j, FUL_W_high) || ful_is_id(L, j, FUL_W_low) || ful_is_id(L, j, FUL_W_well) || ful_is_id(L, j, FUL_W_frozen) || ful_is_id(L, j, FUL_W_done) || ful_is_id(L, j, FUL_W_stuck) ||
          ful_is_id(L, j, FUL_W_cut) || /* ("The budget was cut by 20%": after "be", the participle, not our price cut) */
          ful_is_id(L, j, FUL_W_gone) || ful_is_id(L, j, FUL_W_over) || ful_is_id(L, j, FUL_W_dead) || ful_is_id(L, j, FUL_W_final) ||
          ful_is_id(L, j, FUL_W_lost) || ful_is_id(L, j, FUL_W_won) || ful_is_id(L, j, FUL_W_great) || ful_is_id(L, j, FUL_W_good) ||
          ful_is_id(L, j, FUL_W_nice) || ful_is_id(L, j, FUL_W_fine) || ful_is_id(L, j, FUL_W_positive)) ||
        (L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE)) ||
        ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_supposed) || ful_is_id(L, j, FUL_W_planned) ||
        (ful_is_id(L, j, FUL_W_interested) && ful_next(L, j, end) >= 0) || /* ("very interested": a mood; "interested in a demo" asks) */
        ful_is_id(L, j, FUL_W_needed) || ful_is_id(L, j, FUL_W_scheduled))
        return 0;
    for (k = j + 1; k < end; k++)
        if (((L->t[k].bits & FUL_CUE_DATE) && !ful_time_behind(L, k, end) &&
             /* "the upgrade was done in summer", "was signed in October": after a past "be", when it was */
             !((ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were) || ful_is_id(L, i, FUL_W_been)) &&
               ful_is_id(L, k - 1, FUL_W_in) && L->t[k].span == 1 && !ful_is_id(L, k, FUL_W_week) && !ful_is_id(L, k, FUL_W_weeks) &&
               !ful_is_id(L, k, FUL_W_days) && !ful_is_id(L, k, FUL_W_months))) ||
            (L->t[k].bits & (FUL_CUE_BOOKED | FUL_CUE_COND)) ||
            ((L->t[k].flags & T_NUM) && !ful_quantity(L, k) && !ful_time_behind(L, k + 1, end) &&
             !(L->r[k].len == 4 && ful_is_id(L, k - 1, FUL_W_in) && ful_is_id(L, i, FUL_W_was))))
            return 0; /* "is approved by Friday", "was moved to 12/8": a day ahead (not "up to 850k", "signed last week",
                       * "signed 2 days ago", "was signed in 2024") */
    return 1;
}

/* "not discussed", "never signed", "hasn't replied": what has not
 * happened (a participle after the negation), not what anyone will do;
 * but "not confirmed", "not expected before Q1" keep their meanings. */
static int ful_not_done(const ful_cline *L, int i, int end)
{
    int j;
    /* "did not reply", "has not signed", "does not do DocuSign": the
     * negation spelt out is read as "didn't" below */
    int spelt = ful_is_id(L, i, FUL_W_not) && i > 0 && L->t[i].span == 1 && !(L->t[i].flags & T_BREAK) &&
                (ful_is_id(L, i - 1, FUL_W_did) || ful_is_id(L, i - 1, FUL_W_has) || ful_is_id(L, i - 1, FUL_W_have) ||
                 ful_is_id(L, i - 1, FUL_W_does));
    /* ("budgets aren't set till then": "not" said with "be") */
    if (!spelt && (ful_is_id(L, i, FUL_W_not) || ful_is_id(L, i, FUL_W_never) || ful_neg_be(L, i))) {
        j = ful_next(L, i, end);
        if (j >= 0 && (ful_is_id(L, j, FUL_W_yet) || ful_is_id(L, j, FUL_W_been) || ful_is_id(L, j, FUL_W_really)))
            j = ful_next(L, j, end);
        if (j < 0 || (L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE | FUL_CUE_MODAL)) ||
            ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_supposed) || ful_is_id(L, j, FUL_W_planned) ||
            ful_is_id(L, j, FUL_W_interested) || ful_is_id(L, j, FUL_W_needed))
            return 0;
        return ful_participle(L, j) || ful_past_verb(L, j) || (!ful_is_id(L, i, FUL_W_not) && !ful_is_id(L, i, FUL_W_never) &&
                                                               (ful_is_id(L, j, FUL_W_set) || ful_is_id(L, j, FUL_W_final)));
    }
    /* "hasn't signed", "didn't reply", "havent heard": the same, said with a verb */
    if (!spelt && !ful_is_id(L, i, FUL_W_hasn_t) && !ful_is_id(L, i, FUL_W_haven_t) && !ful_is_id(L, i, FUL_W_didn_t) &&
        !ful_is_id(L, i, FUL_W_hasnt) && !ful_is_id(L, i, FUL_W_havent) && !ful_is_id(L, i, FUL_W_didnt) &&
        /* "he doesn't do DocuSign" (Scots "doesnae"): what they never do is how things stand */
        !ful_is_id(L, i, FUL_W_doesn_t) && !ful_is_id(L, i, FUL_W_doesnt) && !ful_is_id(L, i, FUL_W_doesnae))
        return 0;
    j = ful_next(L, i, end);
    if (j >= 0 && ful_is_id(L, j, FUL_W_yet))
        j = ful_next(L, j, end);
    return j >= 0 && !(L->t[j].flags & (T_NUM | T_CAP)) && !(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_DATE));
}

/* The rest of ful_head_past (clause.h), for an irregular past at i: does
 * it open a clause ("Left a VM", "Got voicemail", "Made the intro to their
 * CTO")? At a clause's head a past that looks like a participle is one too
 * ("Got to send": a to-do; "Cut the price", "Put together": orders, not here). */
int ful_head_past_at(const ful_cline *L, int i)
{
    if (i != L->head && !(L->t[i].flags & T_BREAK))
        return 0;
    return !ful_is_id(L, i + 1, FUL_W_to) &&
           (ful_is_id(L, i, FUL_W_made) || ful_is_id(L, i, FUL_W_met) || ful_is_id(L, i, FUL_W_left) ||
            ful_is_id(L, i, FUL_W_got) || ful_is_id(L, i, FUL_W_brought) || ful_is_id(L, i, FUL_W_built) ||
            ful_is_id(L, i, FUL_W_bought) || ful_is_id(L, i, FUL_W_won) || ful_is_id(L, i, FUL_W_lost) ||
            ful_is_id(L, i, FUL_W_kept) || ful_is_id(L, i, FUL_W_spent) || ful_is_id(L, i, FUL_W_sold) ||
            ful_is_id(L, i, FUL_W_thought) || ful_is_id(L, i, FUL_W_wrote) || ful_is_id(L, i, FUL_W_began));
}

/* "Samples delivered to the lab", "Invoice 2291 paid", "COI uploaded to
 * their portal yesterday": after its subject, what was done to a thing;
 * a record, not a step, unless a deadline follows ("signed by Friday").
 * A plain past ("went out 11/28") is when it happened; a bare participle
 * beside a day may be the day it is due, so it needs none. */
/* "received by the board", "by their CFO", "by Tom": "by" and who did
 * it, someone of theirs or a name, no day after it */
static int ful_by_whom(const ful_cline *L, int k, int end)
{
    int j = ful_next(L, k, end), d;
    if (j >= 0 && (ful_is_id(L, j, FUL_W_the) || ((L->t[j].bits & FUL_CUE_POSS) && !ful_is_id(L, j, FUL_W_our))))
        j = ful_next(L, j, end);
    if (j < 0 || (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_VAGUE | VERBISH)) || (L->t[j].flags & (T_NUM | T_QUOTED)) ||
        !((L->t[j].bits & FUL_CUE_CLIENT) || ((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD))))
        return 0;
    for (d = ful_next(L, j, end); d >= 0; d = ful_next(L, d, end))
        if (L->t[d].bits & (FUL_CUE_DATE | FUL_CUE_DSTART))
            return 0; /* ("signed by Maria by Friday") */
    return 1;
}

/* The token before a past's "already"/"just"/"also" and its "have"/"has"
 * ("we sent", "we have already sent", "we've sent"): where its subject
 * stands, or -1. A perfect is told as the simple past is. */
int ful_perfect_subject(const ful_cline *L, int i)
{
    int k = i - 1;
    if (k > 0 && (ful_is_id(L, k, FUL_W_already) || ful_is_id(L, k, FUL_W_just) || ful_is_id(L, k, FUL_W_also)))
        k--;
    if (k > 0 && (ful_is_id(L, k, FUL_W_have) || ful_is_id(L, k, FUL_W_has)) && !(L->t[k].flags & T_BREAK))
        k--;
    return k;
}

int ful_done_thing(const ful_cline *L, int i, int end)
{
    int k, past, told;
    if ((L->t[i].flags & (T_QUOTED | T_INPHR)) ||
        (L->t[i].bits & (FUL_CUE_NEGBOOK | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_COND | FUL_CUE_DATE |
                         FUL_CUE_SELLER | FUL_CUE_CLIENT | FUL_CUE_SPEECH)) ||
        ((L->t[i].bits & FUL_CUE_BOOKED) && !(ful_is_id(L, i, FUL_W_accepted) && i > 0 && (L->t[i - 1].bits & FUL_CUE_DNOUN) &&
                                              !(L->t[i - 1].bits & FUL_CUE_EVENT))))
        return 0; /* (a meeting is booked; a thing, "Quote accepted", is accepted once) */
    if (!ful_past_verb(L, i) && !ful_participle(L, i))
        return 0;
    if (ful_promise_to(L, i, end))
        return 0;
    /* only a simple past is no participle ("went out 11/28"; but "reviewed
     * together on Friday" may be what is to be done then) */
    past = ful_is_id(L, i, FUL_W_went) || ful_is_id(L, i, FUL_W_came) || ful_is_id(L, i, FUL_W_took) ||
           ful_is_id(L, i, FUL_W_ran) || ful_is_id(L, i, FUL_W_saw) || ful_is_id(L, i, FUL_W_spoke) ||
           ful_is_id(L, i, FUL_W_felt) || ful_head_past(L, i);
    /* ("We sent pricing last week": after "we", "they", "I", a simple past, no participle) */
    k = ful_perfect_subject(L, i);
    told = k >= 0 && !(L->t[i].flags & T_BREAK) &&
           (ful_is_id(L, k, FUL_W_we) || ful_is_id(L, k, FUL_W_they) || ful_is_id(L, k, FUL_W_i) || ful_is_id(L, k, FUL_W_he) ||
            ful_is_id(L, k, FUL_W_she) || ful_is_id(L, k, FUL_W_we_ve) || ful_is_id(L, k, FUL_W_i_ve) ||
            ful_is_id(L, k, FUL_W_ive) || ful_is_id(L, k, FUL_W_they_ve)) &&
           (ful_past_verb(L, i) || (k < i - 1 && ful_participle(L, i))) && !(L->t[k].flags & T_QUOTED); /* ("we already sent the deck twice") */
    if (!past && !told && (k = ful_next(L, i, end)) >= 0 && (L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) &&
        !(L->t[k].bits & VERBISH))
        return 0; /* "Maria sends signed order form": a participle before its noun */
    if (i > 0 && (ful_is_id(L, i - 1, FUL_W_be) || ful_is_id(L, i - 1, FUL_W_to) || ful_is_id(L, i - 1, FUL_W_being) ||
                  ful_is_id(L, i - 1, FUL_W_get) || ful_is_id(L, i - 1, FUL_W_gets) || ful_is_id(L, i - 1, FUL_W_will)))
        return 0; /* "Proposal to be sent", "will sent" (a typo): ahead */
    if (i > 0 && !(L->t[i].flags & T_BREAK) && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_SOBJ)))
        return 0; /* "for the updated headcount": a participle before its noun */
    if (i > 1 && !(L->t[i].flags & T_BREAK) && (L->t[i - 1].bits & (FUL_CUE_DELIV | FUL_CUE_ACT)) && L->t[i - 1].span == 1 &&
        !(L->t[i - 1].flags & T_BREAK) && ful_ends_sv(L, i - 1) && ((L->t[i - 2].flags & (T_CAP | T_NAME)) || (L->t[i - 2].bits & FUL_CUE_CLIENT)) &&
        !(L->t[i - 1].bits & (FUL_CUE_RECAP | FUL_CUE_MODAL)) && !ful_past_verb(L, i - 1) && !ful_participle(L, i - 1) &&
        i + 1 < end && !(L->t[i + 1].flags & T_BREAK) && !(L->t[i + 1].bits & (VERBISH & ~(FUL_CUE_DNOUN | FUL_CUE_EVENT))))
        return 0; /* "Liam returns signed pilot T&Cs": after their verb in -s, a participle names its thing */
    if (ful_is_id(L, i, FUL_W_expected) || ful_is_id(L, i, FUL_W_supposed) || ful_is_id(L, i, FUL_W_planned) ||
        ful_is_id(L, i, FUL_W_needed) || ful_is_id(L, i, FUL_W_interested) || ful_is_id(L, i, FUL_W_tied) ||
        ful_is_id(L, i, FUL_W_required) || ful_is_id(L, i, FUL_W_proceed))
        return 0;
    for (k = i + 1; k < end; k++) {
        if (L->t[k].flags & T_INPHR)
            continue;
        if ((ful_is_id(L, k, FUL_W_by) && !ful_by_whom(L, k, end)) || ful_is_id(L, k, FUL_W_before) || ful_is_id(L, k, FUL_W_until) ||
            ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_asap) || ful_is_id(L, k, FUL_W_eod) ||
            ful_is_id(L, k, FUL_W_eow) || ful_is_id(L, k, FUL_W_tomorrow) || ful_is_id(L, k, FUL_W_next) ||
            (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_COND | (past ? 0 : FUL_CUE_BOOKED | FUL_CUE_JOINT))))
            return 0; /* (after a plain past, "took them through the demo" was held) */
        /* (a day after "we sent" is when it was sent: "We sent pricing on
         * Tuesday"; not one after "for" or "to", what it was sent for or
         * moved to: "they moved the call to Friday") */
        if (!past && !(told && !ful_is_id(L, k - 1, FUL_W_for) && !ful_is_id(L, k - 1, FUL_W_to)) &&
            (((L->t[k].bits & FUL_CUE_DATE) && !ful_is_id(L, k, FUL_W_morning) && !ful_time_behind(L, k, end)) ||
             ((L->t[k].flags & T_NUM) && !ful_quantity(L, k) && !ful_time_behind(L, k + 1, end))))
            return 0;
    }
    return 1;
}

/* Could the line hold a record of what was done ("Invoice 2291 paid",
 * "Samples delivered", "she's on leave")? A recap word, a word in -ed or
 * with 's, 're, 'd (the tokenizer's L->done bits), or an irregular past
 * (FUL_SAW_DONE from the lookup), among the tokens up to nt. */
int ful_may_be_done(const ful_cline *L)
{
    uint64_t upto = L->nt >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << L->nt) - 1);
    int i;
    if ((L->any & FUL_CUE_RECAP) || (L->done & upto))
        return 1;
    /* "delivered", "paid": asked here, of a line with no fact word, not
     * of every word the tokenizer reads */
    for (i = 0; i < L->nt; i++)
        if (L->r[i].len > 4 && L->r[i].lw[L->r[i].len - 2] == 'e' && L->r[i].lw[L->r[i].len - 1] == 'd')
            return 1;
    if (!(L->marks & FUL_SAW_DONE))
        return 0;
    for (i = 0; i < L->nt; i++) /* (nt may have been cut before a source: "per Maria") */
        if (ful_wrule[L->t[i].wid] & FUL_SAW_DONE)
            return 1;
    return 0;
}

/* "42", "$1.2M", "22 (years)": a number that is no day or time ("12/8",
 * "3pm", "10:30") */
static int ful_plain_figure(const ful_cline *L, int j)
{
    size_t e = L->t[j].off + L->t[j].len;
    const ful_rtok *r = &L->r[j];
    if (e < L->n && (L->s[e] == '/' || L->s[e] == ':' || L->s[e] == '-' || L->s[e] == '.'))
        return e + 1 < L->n && L->s[e] == '.' && L->s[e + 1] >= '0' && L->s[e + 1] <= '9'; /* ("1.2M" is a figure) */
    return !(r->len > 2 && (r->lw[r->len - 1] == 'm') && (r->lw[r->len - 2] == 'a' || r->lw[r->len - 2] == 'p')) && !ful_ordinal_end(r);
}

/* At j, after "be": "ISO 27001 certified", "HIPAA compliant", "100%
 * remote": standards' names or figures, then one plain word that ends the
 * clause: what someone is, no step. Every token is looked at, phrases too:
 * "SOC 2" may be read as one. */
static int ful_badge(const ful_cline *L, int j, int end)
{
    int n = 0;
    for (; j < end && ((ful_acronym(L, j) && !(L->t[j].bits & ~FUL_CUE_WORD)) ||
                       ((L->t[j].flags & T_NUM) && !(L->t[j].bits & FUL_CUE_DATE) && ful_plain_figure(L, j)));
         j++)
        n++;
    return n > 0 && j + 1 == end && !(L->t[j].bits & ~FUL_CUE_WORD) && !(L->t[j].flags & (T_CAP | T_NUM)) && !ful_ends_ing(L, j);
}

/* From k to the clause's end, how things stand and nothing more: no
 * "to", no quote, no verb (a verb's word that names a thing may stand), no
 * day, meeting or booking; a number's unit of time is an age or a span,
 * no window ("22 years old", "with the bank 22 years"). */
static int ful_state_to_end(const ful_cline *L, int k, int end)
{
    for (; k >= 0; k = ful_next(L, k, end)) {
        uint32_t b = L->t[k].bits;
        if (k > 0 && (L->t[k - 1].flags & T_NUM) &&
            (ful_is_word(L, k, "years") || ful_is_word(L, k, "months") || ful_is_word(L, k, "weeks") || ful_is_word(L, k, "days")))
            continue;
        if (k > 0 && ful_length_word(L, k - 1))
            continue; /* "on a 2-year cycle", "a 3-month pilot": a length, no day */
        if ((b & FUL_CUE_DATE) && k > 0 && ful_is_id(L, k - 1, FUL_W_this) && ful_next(L, k, end) < 0 &&
            (ful_is_id(L, k, FUL_W_year) || ful_is_id(L, k, FUL_W_quarter) || ful_is_id(L, k, FUL_W_season)))
            continue; /* "Headcount is flat this year": how it stands through the period, no day to act on */
        if (ful_is_id(L, k, FUL_W_to) || (L->t[k].flags & T_QUOTED) || (b & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_BOOKED)) ||
            ((b & VERBISH) && !(b & FUL_CUE_DNOUN)))
            return 0;
    }
    return 1;
}

/* After a past at k-1: nothing, a figure, a day or a small known word
 * ("twice", "in the portal"), not a thing it qualifies ("signed copy"). */
int ful_plain_after(const ful_cline *L, int k)
{
    return k < 0 || (L->t[k].flags & T_NUM) || (L->t[k].bits & FUL_CUE_DATE) ||
           ((L->t[k].bits & FUL_CUE_WORD) && !(L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_EVENT)));
}

/* Is token k written joined to a word by a hyphen ("must-have", "sign-off")? */
static int ful_hyphen_joined(const ful_cline *L, int k)
{
    size_t a = L->t[k].off, e = a + L->t[k].len;
    return (a > 0 && L->s[a - 1] == '-' && a > 1 && L->s[a - 2] != ' ') ||
           (e + 1 < L->n && L->s[e] == '-' && L->s[e + 1] != ' ');
}

/* A noun that names what troubles or drives the client ("main concern",
 * "biggest headache", "top priority"): what it is, told, is no step. */
static int ful_topic_noun(const ful_cline *L, int k)
{
    static const uint16_t w[] = {FUL_W_concern, FUL_W_concerns, FUL_W_issue,     FUL_W_issues,    FUL_W_problem,
                                 FUL_W_problems, FUL_W_worry,   FUL_W_worries,   FUL_W_challenge, FUL_W_challenges,
                                 FUL_W_blocker, FUL_W_blockers, FUL_W_objection, FUL_W_objections, FUL_W_pain,
                                 FUL_W_risk,    FUL_W_risks,    FUL_W_priority,  FUL_W_focus,     FUL_W_headache,
                                 FUL_W_bottleneck, FUL_W_hesitation, FUL_W_frustration, FUL_W_complaint, FUL_W_question};
    return L->t[k].span == 1 && ful_wid_in(L, k, w, sizeof w / sizeof w[0]);
}

/* From k to the clause's end, only when: "in March", "on the 10th", "Q1",
 * "early next year" (at least one day or number word). */
static int ful_when_to_end(const ful_cline *L, int k, int end)
{
    int seen = 0;
    for (; k >= 0; k = ful_next(L, k, end)) {
        if ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM))
            seen = 1;
        else if (!(L->t[k].bits & FUL_CUE_DSTART) && !ful_is_id(L, k, FUL_W_on) && !ful_is_id(L, k, FUL_W_the) &&
                 !ful_is_id(L, k, FUL_W_of) && !ful_is_id(L, k, FUL_W_early) && !ful_is_id(L, k, FUL_W_late) &&
                 !ful_is_id(L, k, FUL_W_mid) && !ful_is_id(L, k, FUL_W_around))
            return 0;
    }
    return seen;
}

/* "confusing", "promising", "interesting": an -ing word that says how a
 * thing is, not what someone is doing ("is sending") */
static int ful_ing_adjective(const ful_cline *L, int j)
{
    static const uint16_t w[] = {FUL_W_confusing, FUL_W_promising, FUL_W_interesting, FUL_W_amazing, FUL_W_annoying,
                                 FUL_W_frustrating, FUL_W_exciting, FUL_W_disappointing, FUL_W_overwhelming,
                                 FUL_W_encouraging, FUL_W_worrying, FUL_W_underwhelming, FUL_W_convincing,
                                 FUL_W_compelling, FUL_W_appealing, FUL_W_boring};
    return ful_wid_in(L, j, w, sizeof w / sizeof w[0]);
}

/* "Pricing was the main objection", "Decision maker is the COO": after a
 * subject, "be" and an article: who or what something is; but "Kickoff is
 * the 15th" names a day. */
int ful_copula_fact(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end), k, be;
    /* "Tom will be the signer": who someone will be; "Maria's the main
     * contact now": a name's 's before an article is "is" */
    if (j >= 0 && (ful_is_id(L, i, FUL_W_has) || ful_is_id(L, i, FUL_W_have)) && ful_is_id(L, j, FUL_W_been) &&
        !(L->t[i].flags & T_QUOTED) && (k = ful_next(L, j, end)) >= 0 && !ful_participle(L, k) && !ful_ends_ing(L, k)) {
        /* "Mr. Oyelaran has been with the bank 22 years", "has been there
         * since 2019": how long someone has been where they are */
        return ful_state_to_end(L, k, end);
    }
    if (j >= 0 && ful_is_id(L, i, FUL_W_will) && L->t[i].span == 1 && ful_is_id(L, j, FUL_W_be) && L->t[j].span == 1) {
        i = j;
        j = ful_next(L, i, end);
        be = 1;
    } else {
        be = ful_be_form(L, i) || (j >= 0 && (ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_a) || ful_is_id(L, j, FUL_W_an)) &&
                                   ful_ends_s(L, i) && ful_be_word(L, i));
    }
    if (be && j >= 0 && L->t[j].span == 1 &&
        (ful_is_id(L, j, FUL_W_just) || ful_is_id(L, j, FUL_W_only) || ful_is_id(L, j, FUL_W_also) ||
         ful_is_id(L, j, FUL_W_really) || ful_is_id(L, j, FUL_W_still) || ful_is_id(L, j, FUL_W_usually) ||
         ful_is_id(L, j, FUL_W_normally) || ful_is_id(L, j, FUL_W_typically) || ful_is_id(L, j, FUL_W_generally) ||
         ful_is_id(L, j, FUL_W_always) || ful_is_id(L, j, FUL_W_mostly)))
        j = ful_next(L, j, end); /* "Pat is just the user"; "Approval is usually in March": when it tends to fall */
    if (j < 0 || !be ||
        ful_is_id(L, j, FUL_W_to) || (L->t[j].flags & T_QUOTED))
        return 0;
    if (ful_badge(L, j, end))
        return 1;
    /* "Jen is our champion", "Tom is our point of contact", "Priya is our
     * internal champion": a person, and who they are to us; a few words, none
     * of a meeting, a day or an act but a role's ("our call Fri" is one) */
    if (ful_is_id(L, j, FUL_W_our) && i > 0 && ((L->t[i - 1].flags & (T_NAME | T_CAP)) || (L->t[i - 1].bits & FUL_CUE_CLIENT)) &&
        !(L->t[i - 1].flags & T_QUOTED)) {
        int n = 0;
        for (k = ful_next(L, j, end); k >= 0 && n < 4; k = ful_next(L, k, end), n++)
            if ((L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED)) ||
                ((L->t[k].bits & VERBISH) && !(L->t[k].bits & FUL_CUE_CLIENT)) || (L->t[k].flags & (T_NUM | T_QUOTED)) ||
                ful_is_id(L, k, FUL_W_to))
                break;
        if (k < 0 && n > 0)
            return 1;
    }
    /* "Price is their #1 driver", "Tom is her deputy": who or what
     * something is to them (not "is our call", a thing of ours) */
    if ((L->t[j].bits & FUL_CUE_POSS) && !(L->t[j].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ)) && L->t[j].span == 1 &&
        !(L->t[j].flags & T_QUOTED) && ful_next(L, j, end) >= 0 && ful_state_to_end(L, ful_next(L, j, end), end))
        return 1;
    /* "Main concern is data migration", "biggest headache is month-end":
     * what troubles them, named; a thing's word after "is" names no work */
    if (i > 0 && ful_topic_noun(L, i - 1) && ful_state_to_end(L, j, end))
        return 1;
    /* "Renewal is in March", "Their audit is in Q1": when a thing of theirs
     * falls, told; a meeting's day ("Demo is on Tuesday") or a deadline's is a step */
    if (i > 0 && !(L->t[i - 1].bits & (FUL_CUE_SELLER | FUL_CUE_DATE)) &&
        /* (a meeting's day in the past tense is when it was: "Demo was 2026-11-26") */
        (!(L->t[i - 1].bits & FUL_CUE_EVENT) || ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were)) &&
        !ful_is_id(L, i - 1, FUL_W_deadline) && !ful_is_id(L, i - 1, FUL_W_due) && !(L->t[i - 1].flags & T_QUOTED) &&
        ful_when_to_end(L, j, end))
        return 1;
    if ((ful_is_word(L, j, "hard") || ful_is_word(L, j, "difficult") || ful_is_word(L, j, "tough") ||
         ful_is_word(L, j, "impossible") || ful_is_word(L, j, "tricky")) &&
        L->t[j].span == 1 && (k = ful_next(L, j, end)) >= 0 && ful_is_id(L, k, FUL_W_to)) {
        /* "Tom is hard to reach", "difficult to pin down": how someone is to
         * deal with, no step (a day after it makes one) */
        for (k = ful_next(L, k, end); k >= 0; k = ful_next(L, k, end))
            if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_BOOKED)) || (L->t[k].flags & (T_NUM | T_QUOTED)))
                return 0;
        return 1;
    }
    if ((L->t[j].bits & FUL_CUE_DNOUN) && L->t[j].span == 1 && (k = ful_next(L, j, end)) >= 0 && L->t[k].span == 1 &&
        (ful_is_word(L, k, "sensitive") || ful_is_word(L, k, "driven") || ful_is_word(L, k, "focused") ||
         ful_is_word(L, k, "conscious")))
        return ful_state_to_end(L, ful_next(L, k, end), end); /* "Tom is price sensitive", "data driven" */
    if (ful_is_id(L, j, FUL_W_very) || ful_is_id(L, j, FUL_W_super) || ful_is_id(L, j, FUL_W_quite) ||
        ful_is_id(L, j, FUL_W_too)) {
        /* "They are very price sensitive", "CFO is super conservative":
         * how someone is; but "very keen to start", "very busy till Jan" */
        return ful_state_to_end(L, ful_next(L, j, end), end);
    }
    if (((L->t[j].flags & T_NUM) && !(L->t[j].bits & FUL_CUE_DATE) && ful_plain_figure(L, j)) ||
        (!(L->t[j].bits & ~FUL_CUE_WORD) && !(L->t[j].flags & (T_CAP | T_NUM)) && !ful_wait_word(&L->r[j]) &&
         (!ful_ends_ing(L, j) || ful_ing_adjective(L, j)) && L->t[j].span == 1)) {
        /* "NPS is 42", "roof is 22 years old", "Pilot results were strong":
         * a figure or a plain word after "be", and nothing that acts or
         * falls due after it ("Tom is available Thu", "ready to sign") */
        return ful_state_to_end(L, ful_next(L, j, end), end);
    }
    if (i > 0 && ful_is_id(L, i - 1, FUL_W_date) && ful_be_form(L, i)) {
        /* "Renewal date is 3/31", "Close date is 12/31": a date the deal
         * has, told; no one's step falls due on it */
        for (k = j; k < end && ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & (T_NUM | T_INPHR))); k++)
            ;
        if (k == end)
            return 1;
    }
    /* ("main contact is Dr. Lee", "Incumbent is Grainger": a name or title) */
    if (!(L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
        !ful_title(L->r[j].lw, (uint32_t)L->r[j].len) &&
        !((L->t[j].flags & T_CAP) && !(L->t[j].flags & T_UPPER) && !(L->t[j].bits & FUL_CUE_WORD)))
        return 0;
    for (k = j; k < end; k++) {
        if ((L->t[k].bits & (FUL_CUE_EVENT | VERBISH)) && !(L->t[k].bits & FUL_CUE_DATE) && ful_hyphen_joined(L, k))
            continue; /* "a must-have", "the go-to partner": one noun of hyphened words */
        if (ful_length_word(L, k) || (k > 0 && ful_length_word(L, k - 1)))
            continue; /* "is on a 2-year cycle": a length, no day */
        if ((L->t[k].bits & VERBISH) && !(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_MODAL | FUL_CUE_HEDGE)) &&
            k > j && k <= j + 2 && (L->t[j].bits & FUL_CUE_ART) && !ful_is_id(L, k - 1, FUL_W_to) &&
            !(L->t[k - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) && (k + 1 >= end || (L->t[k + 1].bits & FUL_CUE_ART) ||
                                                                     ful_is_id(L, k + 1, FUL_W_for) || ful_is_id(L, k + 1, FUL_W_of)))
            continue; /* "the main issue", "a blocker for them": a verb's word naming a thing after its article */
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | VERBISH)) &&
            !(k > j && (L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH))))
            return 0; /* ("She is the one to send it": a step after all; but "the main contact" is a role) */
        if ((L->t[k].flags & T_NUM) && !ful_quantity(L, k))
            return 0;
    }
    return 1;
}

/* After a quoted "we" or "I", at k: what the client did or has been, told:
 * "have been burned before", "used Sage for years", "had a bad experience
 * with SAP"; nothing ahead of it (a day, a modal, a condition, "by"). */
static int ful_quoted_record(const ful_cline *L, int k, int end)
{
    int m;
    if ((ful_is_id(L, k, FUL_W_we_ve) || ful_is_id(L, k, FUL_W_i_ve) || ful_is_id(L, k, FUL_W_ive)) && (m = ful_next(L, k, end)) >= 0 &&
        !ful_is_id(L, m, FUL_W_been))
        k = m; /* "we've used Sage for years": the perfect's participle */
    if ((ful_is_id(L, k, FUL_W_have) || ful_is_id(L, k, FUL_W_has) || ful_is_id(L, k, FUL_W_we_ve) || ful_is_id(L, k, FUL_W_i_ve) ||
         ful_is_id(L, k, FUL_W_ive)) && (m = ful_next(L, k, end)) >= 0 && ful_is_id(L, m, FUL_W_been) &&
        (m = ful_next(L, m, end)) >= 0 && ful_participle(L, m) && !(L->t[m].bits & (FUL_CUE_BOOKED | FUL_CUE_HEDGE)))
        k = m; /* "have been burned" */
    else if (ful_is_id(L, k, FUL_W_had) && (m = ful_next(L, k, end)) >= 0 && (L->t[m].bits & FUL_CUE_ART))
        k = m; /* "had a bad experience" */
    else if (!(ful_past_verb(L, k) || ((L->t[k].bits & VERBISH) && ful_participle(L, k))) || L->t[k].span != 1 ||
             (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH | FUL_CUE_BOOKED | FUL_CUE_SETUP)))
        return 0; /* ("we signed it yesterday", "we sent you the PO"; not "we booked you for Tuesday") */
    for (m = ful_next(L, k, end); m >= 0; m = ful_next(L, m, end))
        if ((L->t[m].bits & (FUL_CUE_MODAL | FUL_CUE_COND | FUL_CUE_BOOKED | FUL_CUE_REQUEST)) ||
            ((L->t[m].bits & FUL_CUE_DATE) && !ful_time_behind(L, m, end) && !ful_is_id(L, m - 1, FUL_W_for)) ||
            ((L->t[m].flags & T_NUM) && !ful_quantity(L, m)) || ful_is_id(L, m, FUL_W_by) ||
            /* ("forwarded it to my boss"; not "decided to go with you") */
            (ful_is_id(L, m, FUL_W_to) && !(ful_next(L, m, end) >= 0 &&
                                           (L->t[ful_next(L, m, end)].bits & (FUL_CUE_POSS | FUL_CUE_ART | FUL_CUE_SOBJ | FUL_CUE_CLIENT)))) ||
            ful_is_id(L, m, FUL_W_until) || ful_is_id(L, m, FUL_W_next))
            return 0;
    return 1;
}

/* "June thinks the price is fair", "Olga feels the onboarding was rushed",
 * "CFO believes the ROI is there": someone's view of how things are, no
 * step; not "thinks they'll sign in Jan" (a modal: what they may do) */
/* "thinks", "feels", "believes", "reckons" */
static int ful_view_verb(const ful_cline *L, int v)
{
    const ful_rtok *r = &L->r[v];
    return L->t[v].span == 1 && !(L->t[v].flags & (T_QUOTED | T_CAP)) && r->len >= 4 && r->len <= 8 &&
           (r->lw[0] == 't' || r->lw[0] == 'f' || r->lw[0] == 'b' || r->lw[0] == 'r') && /* (the word tests cost) */
           (ful_is_id(L, v, FUL_W_think) || ful_is_id(L, v, FUL_W_believes) || ful_is_id(L, v, FUL_W_reckons) ||
            ful_is_word(L, v, "thinks") || ful_is_word(L, v, "feels") || ful_is_word(L, v, "believe") ||
            ful_is_word(L, v, "reckon") || ful_is_word(L, v, "feel"));
}

/* "said", "mentioned", "noted", "told", unquoted */
static int ful_report_verb(const ful_cline *L, int v)
{
    return !(L->t[v].flags & T_QUOTED) && (ful_is_id(L, v, FUL_W_said) || ful_is_id(L, v, FUL_W_mentioned) ||
                                           ful_is_id(L, v, FUL_W_noted) || ful_is_id(L, v, FUL_W_told) || ful_is_id(L, v, FUL_W_says));
}

/* The verb a view or a report stands on, within a subject of a few words
 * after a: its token, or -1 when another verb, a modal or a day (or, for
 * a report, a quote) comes first. */
static int ful_teller_verb(const ful_cline *L, int a, int end, int (*verb)(const ful_cline *, int), int quote_stops)
{
    int v;
    for (v = a + 1; v < end && v < a + 5; v++) {
        if (quote_stops && (L->t[v].flags & T_QUOTED))
            return -1;
        if (verb(L, v))
            return v;
        if (L->t[v].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE))
            return -1;
    }
    return -1;
}

int ful_opinion(const ful_cline *L, int a, int end)
{
    int v, k, n, be = 0;
    if ((v = ful_teller_verb(L, a, end, ful_view_verb, 0)) < 0)
        return 0;
    for (k = v + 1, n = 0; k < end; k++, n++) {
        if (ful_be_form(L, k) || ful_contraction_be(L, k)) {
            if (!be && n > 4)
                return 0; /* (the view's subject is a few words) */
            be = 1;
        } else if (!be && ful_is_id(L, k, FUL_W_will) && L->t[k].span == 1 && k + 1 < end &&
                   (ful_is_word(L, k + 1, "like") || ful_is_word(L, k + 1, "love") || ful_is_word(L, k + 1, "hate"))) {
            be = 1; /* "Hope thinks the board will like it": a guess at how they will feel, no step */
            k++;
        } else if (be && ful_is_id(L, k, FUL_W_to) && k > 0 && (ful_is_word(L, k - 1, "compared") || ful_is_word(L, k - 1, "relative"))) {
            ; /* "the licence is too expensive compared to SAP": measured against, no step */
        } else if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_CHASE | FUL_CUE_REQUEST)) ||
                   (L->t[k].flags & (T_NUM | T_QUOTED)) || ful_is_id(L, k, FUL_W_to))
            return 0;
    }
    return be;
}

static int ful_find_verb(const ful_cline *L, int v)
{
    return L->t[v].span == 1 && ful_gate_word(L, v, FUL_WG_FIND);
}

/* "they find it clunky", "Maria finds our pricing steep": how they judge a
 * thing, no step; the clause ends on the judging word ("they find a
 * partner by Friday", "they find it hard to justify" are read on) */
int ful_find_it(const ful_cline *L, int a, int end)
{
    int v, k, n;
    int theirs = a < end && ((L->t[a].bits & FUL_CUE_CLIENT) || (L->t[a].flags & (T_CAP | T_NAME)) ||
                 ((L->t[a].bits & FUL_CUE_SELLER) && (L->t[a].flags & T_QUOTED))); /* ('"we find it clunky"': the client) */
    if (!theirs || (v = ful_teller_verb(L, a, end, ful_find_verb, 0)) < 0)
        return 0;
    k = v + 1;
    if (k < end && (ful_is_id(L, k, FUL_W_it) || ful_is_id(L, k, FUL_W_this) || ful_is_id(L, k, FUL_W_that)) && L->t[k].span == 1)
        n = 1; /* (the judging word comes next) */
    else if (k < end && ((L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)) || ful_is_id(L, k, FUL_W_our)))
        n = 2; /* (a noun, then the judging word) */
    else
        return 0;
    for (k++; k < end; k++, n--)
        if ((L->t[k].bits & ((VERBISH & ~FUL_CUE_DNOUN) | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_CLIENT |
                             FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_COBJ)) ||
            (L->t[k].flags & (T_NUM | T_BREAK)) || ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_for))
            return 0;
    return n <= 0 && n > -3;
}

/* "they mentioned it twice", "Tom mentioned it on the call": what was
 * told is only "it", "this" or "that", and after it no clause of its own
 * (no verb, modal, day or "to") */
static int ful_it_told(const ful_cline *L, int k, int end)
{
    if (!(ful_is_id(L, k, FUL_W_it) || ful_is_id(L, k, FUL_W_that) || ful_is_id(L, k, FUL_W_this) ||
          ful_is_word(L, k, "so")) || L->t[k].span != 1 || /* ("they said so twice") */
        (L->t[k].flags & (T_CAP | T_QUOTED)))
        return 0;
    for (k++; k < end; k++)
        if (((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_REQUEST | FUL_CUE_HEDGE |
                               FUL_CUE_VAGUE | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_BOOKED)) &&
             !((L->t[k].bits & FUL_CUE_EVENT) && (L->t[k - 1].bits & FUL_CUE_ART))) || /* ("on the call") */
            (L->t[k].flags & (T_NUM | T_QUOTED | T_CAP)) || ful_be_form(L, k) || ful_contraction(L, k) || ful_is_id(L, k, FUL_W_to))
            return 0;
    return 1;
}

/* "they'd switched", "he'd already signed": a 'd before a participle is
 * "had" ("they'd send" is "would") */
static int ful_had_contraction(const ful_cline *L, int k, int end)
{
    int j = k + 1;
    if (!ful_ends_d(&L->r[k]) || L->t[k].span != 1 || (L->t[k].flags & T_QUOTED))
        return 0;
    if (j < end && (ful_is_id(L, j, FUL_W_already) || ful_is_id(L, j, FUL_W_just) || ful_is_id(L, j, FUL_W_never)))
        j++;
    return j < end && !(L->t[j].flags & T_BREAK) && ful_participle(L, j) && !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL));
}

/* "Lars mentioned they had a bad rollout last year", "Teuila noted the
 * previous vendor was too slow": what someone told of how things are or
 * were, no step; not "said they'll sign Friday" (a modal) nor "said the PO
 * goes out Monday" (a day ahead) */
int ful_reported_fact(const ful_cline *L, int a, int end)
{
    int v, k, state = 0, habit = 0, lasts = 0, gone = 0; /* gone: "was cut", a thing done to it, told */
    /* (a clause may open on the verb, its teller the one before: "ping Dale Monday - said he's out till then") */
    if ((v = a < end && ful_report_verb(L, a) ? a : ful_teller_verb(L, a, end, ful_report_verb, 1)) < 0)
        return 0;
    k = v + 1;
    if (k < end && ful_is_id(L, v, FUL_W_told) && (L->t[k].bits & (FUL_CUE_SOBJ | FUL_CUE_COBJ)))
        k++; /* ("told us") */
    if (k < end && k == v + 1 && ful_it_told(L, k, end))
        return 1;
    if (k < end && k == v + 1 && (ful_is_word(L, k, "no") || ful_is_word(L, k, "yes")) && !(L->t[k].flags & T_QUOTED)) {
        /* "they said no", "Gina already said no to the add-on", "Tom said
         * yes to the pilot": a decision told, no step (a day or a modal
         * after it keeps one: "said yes, signs Friday" is read on) */
        int t;
        for (t = k + 1; t < end; t++)
            if ((L->t[t].bits & (FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_HEDGE | FUL_CUE_VAGUE | FUL_CUE_COND |
                                 FUL_CUE_CHASE | FUL_CUE_BOOKED)) ||
                (L->t[t].flags & (T_QUOTED | T_NUM)))
                break;
        if (t == end)
            return 1;
    }
    if (k + 1 < end && k == v + 1 && (ful_is_id(L, k, FUL_W_a) || ful_is_id(L, k, FUL_W_an)) && !(L->t[k].flags & T_QUOTED)) {
        /* "They mentioned a budget freeze", "Tom mentioned a reorg": what
         * they told, named, with nothing done or due */
        int t;
        for (t = k + 1; t < end; t++)
            if ((L->t[t].bits & ((VERBISH & ~FUL_CUE_DNOUN) | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_HEDGE |
                                 FUL_CUE_EVENT | FUL_CUE_VAGUE | FUL_CUE_COND)) ||
                (L->t[t].flags & (T_QUOTED | T_NUM)) || ful_is_id(L, t, FUL_W_to))
                break;
        if (t == end)
            return 1;
    }
    for (; k < end; k++) {
        if (!state && k + 1 < end && (ful_is_id(L, k, FUL_W_runs) || ful_is_id(L, k, FUL_W_lasts)) &&
            (ful_is_id(L, k + 1, FUL_W_to) || ful_is_id(L, k + 1, FUL_W_until) || ful_is_id(L, k + 1, FUL_W_till) ||
             ful_is_id(L, k + 1, FUL_W_through))) {
            state = lasts = 1; /* "Juan mentioned the panto runs to 10 Jan": how long a thing of theirs lasts, its end no step */
            k++;
            continue;
        }
        if (lasts && ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM)))
            continue;
        if ((ful_is_id(L, k, FUL_W_was) || ful_is_id(L, k, FUL_W_were)) && k + 1 < end && L->t[k + 1].span == 1 &&
            !(L->t[k + 1].flags & (T_NUM | T_CAP | T_QUOTED)) && !ful_ends_ing(L, k + 1) &&
            !(L->t[k + 1].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_HEDGE))) {
            state = gone = 1; /* "told me the budget was cut by 20% this year": what was done, with its size and when */
            k++;
            continue;
        }
        if (gone && ful_is_id(L, k, FUL_W_by) && k + 1 < end && (L->t[k + 1].flags & T_NUM))
            continue; /* ("by 20%": how much, read next) */
        if (gone && (((L->t[k].flags & T_NUM) && L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '%') ||
                     (ful_is_id(L, k, FUL_W_this) && k + 1 < end &&
                      (ful_is_id(L, k + 1, FUL_W_year) || ful_is_id(L, k + 1, FUL_W_quarter)) && (k++, 1))))
            continue;
        if (ful_had_contraction(L, k, end)) {
            state = 1; /* "said they'd switched suppliers twice": "had", told */
            k++;
            continue;
        }
        if (L->t[k].span == 1 && L->r[k].len > 3 && memcmp(L->r[k].lw + L->r[k].len - 3, "'ve", 3) == 0 && k + 1 < end &&
            !(L->t[k + 1].flags & T_BREAK) && (ful_is_id(L, k + 1, FUL_W_been) || ful_participle(L, k + 1))) {
            state = 1; /* "said they've been burned by long lead times before": the perfect, told */
            k++;
            continue;
        }
        if (ful_is_id(L, k, FUL_W_cost) || ful_is_id(L, k, FUL_W_costs) || ful_is_id(L, k, FUL_W_takes)) {
            state = 1; /* "mentioned the last outage cost them ~$200k", "said the rollout takes 2 weeks": what it costs, told */
            continue;
        }
        if (state && (L->t[k].flags & T_NUM) && k + 1 < end && !(L->t[k + 1].flags & T_BREAK) &&
            (ful_is_id(L, k + 1, FUL_W_days) || ful_is_id(L, k + 1, FUL_W_weeks) || ful_is_id(L, k + 1, FUL_W_months) ||
             ful_is_word(L, k + 1, "years") || ful_is_word(L, k + 1, "hours"))) {
            k++; /* "said the last rollout took 2 years": how long, no day */
            continue;
        }
        if ((ful_be_form(L, k) || ful_contraction_be(L, k)) && k + 1 < end &&
            (ful_away_word(L, k + 1) || ful_away(L, k + 1, end)))
            return 1; /* "said he's out till then", "says she's on leave until the 7th": away, told, whatever day ends it */
        if (ful_be_form(L, k) || ful_contraction_be(L, k) ||
            (ful_is_id(L, k, FUL_W_had) && !(k + 1 < end && ful_is_id(L, k + 1, FUL_W_to))) ||
            ((ful_past_verb(L, k) || ful_participle(L, k)) && !(L->t[k].bits & FUL_CUE_MODAL)))
            state = 1;
        else if (ful_is_id(L, k, FUL_W_only) || ful_is_id(L, k, FUL_W_always) || ful_is_id(L, k, FUL_W_never) ||
                 ful_is_id(L, k, FUL_W_usually) || ful_is_id(L, k, FUL_W_every) ||
                 (ful_ends_ing(L, k) && !(L->t[k].bits & (VERBISH | FUL_CUE_EVENT)) && !ful_is_word(L, k, "going") &&
                  !ful_is_id(L, k, FUL_W_coming)))
            state = habit = 1; /* "said the generator only runs 6am-10pm", "says usage growing every month": how it goes */
        else if ((L->t[k].flags & T_NUM) && (habit || state) && ful_quantity(L, k))
            ; /* ("they're evaluating 3 vendors": a count) */
        else if (ful_is_word(L, k, "going") || ful_is_word(L, k, "gonna") || ful_is_id(L, k, FUL_W_coming))
            return 0; /* (a thing ahead: "says decision is coming") */
        else if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && !ful_is_id(L, k - 1, FUL_W_last) &&
                 !(k + 1 < end && ful_is_id(L, k + 1, FUL_W_ago)) && !ful_is_id(L, k - 1, FUL_W_since) &&
                 !(habit && (ful_is_id(L, k - 1, FUL_W_every) || ful_is_id(L, k - 1, FUL_W_in) || ful_is_id(L, k, FUL_W_in))) &&
                 /* ("since oct"; a habit's "every month", "in summer") */
                 !(!(L->t[k].bits & FUL_CUE_DATE) && k + 1 < end && (L->t[k + 1].flags & T_NUM) && L->r[k + 1].len == 4))
            return 0; /* (a day ahead: "goes out Monday"; but "in 2023" names a year, read below) */
        else if ((L->t[k].flags & T_NUM) && !(L->r[k].len == 4 && (ful_is_id(L, k - 1, FUL_W_in) || ful_is_id(L, k - 1, FUL_W_since))) &&
                 !(habit && !(L->t[k].bits & FUL_CUE_DATE)) &&
                 /* ("noted that 40% of the pumps are past end of life": a share, no day) */
                 !(L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '%'))
            return 0; /* (but a year gone: "in 2024"; hours of a habit: "only runs 6am-10pm") */
        else if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_CHASE | FUL_CUE_REQUEST | FUL_CUE_VAGUE | FUL_CUE_HEDGE)) ||
                 (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_to) || ful_contraction(L, k))
            return 0; /* ("said hed get IT involved sometime": a time ahead, however loose) */
    }
    return state;
}

/* "Budget is tight this year", "budget tbd", "Timeline tight, they want it
 * before the season", "budget frozen till Q2": a CRM field (budget,
 * timeline) and its state, no step; not "Budget confirmed by Friday" (a
 * deadline) nor "Budget estimate for the pilot" (a thing to make) */
int ful_field_state(const ful_cline *L, int a, int end)
{
    int f = a, n, k;
    while (f < end && (ful_is_id(L, f, FUL_W_the) || ((L->t[f].bits & FUL_CUE_POSS) && !ful_is_id(L, f, FUL_W_our))))
        f++;
    for (k = f; k < end && k < f + 3 && !L->t[k].bits && !(L->t[k].flags & (T_QUOTED | T_NUM)); k++)
        if (L->r[k].len > 2 && L->r[k].lw[L->r[k].len - 2] == '\'' && L->r[k].lw[L->r[k].len - 1] == 's') {
            f = k + 1; /* "Vet school's budget frozen", "The council's budget is frozen till April": whose field it is */
            break;
        }
    if (f + 1 >= end || L->t[f].span != 1 || (L->t[f].flags & T_QUOTED) ||
        !(ful_is_id(L, f, FUL_W_budget) || ful_is_id(L, f, FUL_W_timeline) || ful_is_id(L, f, FUL_W_timing)))
        return 0;
    n = f + 1;
    if (ful_is_id(L, n, FUL_W_for)) {
        /* "Budget for the rink refrigeration is ring-fenced", "budget for
         * phase 2 tbd": what the field is for, then its state */
        int k2;
        for (k2 = n + 1; k2 < end && k2 <= n + 5; k2++)
            if (ful_be_form(L, k2) || ful_is_id(L, k2, FUL_W_tbd) || ful_is_id(L, k2, FUL_W_tbc))
                break;
            else if ((L->t[k2].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_SELLER)) ||
                     (L->t[k2].flags & (T_BREAK | T_QUOTED)))
                return 0;
        if (k2 >= end || k2 > n + 5)
            return 0;
        n = k2;
    }
    if (!(ful_be_form(L, n) || ful_participle(L, n) || ful_past_verb(L, n) || ful_is_id(L, n, FUL_W_tbd) ||
          ful_is_id(L, n, FUL_W_tbc) || ful_is_id(L, n, FUL_W_not) || ful_is_word(L, n, "owner") || ful_is_word(L, n, "holder") ||
          ful_is_word(L, n, "frozen") ||
          (!L->t[n].bits && !(L->t[n].flags & (T_CAP | T_NUM | T_QUOTED)) &&
           (n + 1 >= end || (L->t[n + 1].flags & T_BREAK) || ful_is_id(L, n + 1, FUL_W_and) || ful_is_word(L, n + 1, "but")))))
        return 0;
    for (k = n; k + 1 < end; k++)
        if ((ful_is_id(L, k, FUL_W_by) || ful_is_id(L, k, FUL_W_before) || ful_is_id(L, k, FUL_W_due)) &&
            ((L->t[k + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[k + 1].flags & T_NUM)) &&
            !(L->r[k + 1].len && L->s[L->t[k + 1].off + L->t[k + 1].len - 1] == '%'))
            return 0; /* (a deadline: "Budget confirmed by Friday") */
    return 1;
}

/* Token v: a word no list holds, in lower case, in the present's -s
 * ("tracks", "insists", "covers"; not "-ss", not a possessive) */
static int ful_plain_s_verb(const ful_cline *L, int v)
{
    size_t n;
    if (v >= L->nt || L->t[v].bits || (L->t[v].flags & (T_CAP | T_NUM | T_QUOTED | T_BREAK)))
        return 0;
    n = L->r[v].len;
    return n >= 4 && L->r[v].lw[n - 1] == 's' && L->r[v].lw[n - 2] != 's' && L->r[v].lw[n - 2] != '\'';
}

/* "Data volumes: ~2TB/day, Kafka on MSK", "License count: 240", "Mark's
 * team: 4 sign fitters, 1 designer": the line opens on a label of a few
 * plain words and, after its colon, a figure: a field and its size, no
 * step ("Next call: 12/3 2pm", "Deadline: 12/15", "Quote: 2 options by
 * Fri" have a meeting's, a due's or a date's word, or a verb later; a
 * verb's word that is the subject of a present after it is no verb:
 * "Budget: 60-80k GBP, Welsh Govt grant covers part of it"). */
int ful_figure_field(const ful_cline *L, int a, int end)
{
    int k;
    size_t c;
    if (a != L->head || end >= L->nt || end - a > 3 || !(L->t[end].flags & T_NUM) || (L->t[end].bits & FUL_CUE_DATE))
        return 0;
    c = L->t[end].off;
    while (c > L->t[end - 1].off + L->t[end - 1].len && (L->s[c - 1] == ' ' || L->s[c - 1] == '~' || L->s[c - 1] == '$'))
        c--;
    if (c == 0 || L->s[c - 1] != ':' || c - 1 != L->t[end - 1].off + L->t[end - 1].len)
        return 0;
    for (k = a; k < end; k++)
        if ((L->t[k].bits & (VERBISH & ~FUL_CUE_DELIV)) || (L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DATE | FUL_CUE_DSTART |
                                                                           FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_FILLER)) ||
            (L->t[k].flags & (T_NUM | T_QUOTED)) || ful_is_id(L, k, FUL_W_next) || ful_is_id(L, k, FUL_W_due) ||
            ful_is_id(L, k, FUL_W_deadline))
            return 0;
    if (ful_is_id(L, end + 1 < L->nt ? end + 1 : end, FUL_W_by))
        return 0;
    for (k = end; k < L->nt; k++) {
        if (k > end && k + 1 < L->nt && (L->t[k].bits & (FUL_CUE_DELIV | FUL_CUE_ACT)) && L->t[k].span == 1 &&
            !(L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_EVENT)) &&
            !(L->t[k].flags & (T_BREAK | T_QUOTED)) && !(L->t[k - 1].bits & ~FUL_CUE_WORD) && !(L->t[k - 1].flags & T_NUM) &&
            ful_plain_s_verb(L, k + 1))
            continue; /* ("Welsh Govt grant covers part of it": a noun, its verb after it) */
        if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_EVENT | FUL_CUE_BOOKED | FUL_CUE_DSTART)) ||
            (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_to))
            return 0; /* (a verb or a time ahead later: "Seats: 40, sign by Fri") */
    }
    return 1;
}

/* "quote", "deck", "SOW": a thing the seller makes, in the singular */
static int ful_our_make(const ful_cline *L, int i)
{
    static const uint16_t w[] = {FUL_W_quote, FUL_W_proposal, FUL_W_deck, FUL_W_sow, FUL_W_pricing, FUL_W_demo,
                                 FUL_W_offer, FUL_W_bid, FUL_W_presentation, FUL_W_estimate};
    return ful_wid_in(L, i, w, sizeof w / sizeof w[0]);
}

/* "Price objection again", "security concerns", "same objection as
 * last time": a worry of theirs named, and nothing done about it; not
 * "Handle the price objection with the ROI deck" (a verb's object runs on) */
int ful_topic_alone(const ful_cline *L, int a, int end)
{
    int k = a, n;
    for (n = 0; k < end && n < 4 && !ful_topic_noun(L, k); k++, n++)
        if (L->t[k].span != 1 || (L->t[k].flags & (T_QUOTED | T_NUM)) || (k > a && (L->t[k].flags & T_BREAK)) ||
            ((L->t[k].flags & T_NAME) && !(k + 1 < end && ful_topic_noun(L, k + 1))) || /* (but "Security concerns") */
            (L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_ACT | FUL_CUE_SETUP | FUL_CUE_JOINT | FUL_CUE_REQUEST | FUL_CUE_SPEECH |
                             FUL_CUE_MODAL | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_DATE | FUL_CUE_EVENT)))
            return 0;
    if (k >= end || !ful_topic_noun(L, k))
        return 0;
    for (k++; k < end; k++)
        if (ful_is_id(L, k, FUL_W_re) || ful_is_id(L, k, FUL_W_about) || ful_is_id(L, k, FUL_W_around)) {
            for (k++; k < end; k++) /* "security concerns re hosting": what it is about, no verb, no day */
                if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_SELLER | FUL_CUE_SOBJ)) || (L->t[k].flags & T_QUOTED) ||
                    ((L->t[k].bits & VERBISH) && !ful_ends_ing(L, k))) /* (a doing's name: "re hosting") */
                    return 0;
            return 1;
        } else if (!(ful_is_id(L, k, FUL_W_again) || ful_is_id(L, k, FUL_W_still) || ful_is_id(L, k, FUL_W_noted) ||
                     ful_is_word(L, k, "raised") || ful_is_word(L, k, "remains")))
            return (L->t[k].flags & T_BREAK) != 0; /* (what follows is its own clause: '- "too expensive"') */
    return 1;
}

/* "Evaluation in progress", "Their audit underway", "Security review
 * ongoing": a thing of theirs going on, told, the clause's whole; not
 * with a day, a modal or anyone's verb in it ("review in progress, Tom
 * signs Fri" is two clauses) */
int ful_in_progress(const ful_cline *L, int a, int end)
{
    int k, last = end - 1, q;
    if (!(L->wsets & FUL_WG_GOING) || last - a < 1 || L->t[last].span != 1)
        return 0;
    if (ful_is_id(L, last, FUL_W_progress) && ful_is_id(L, last - 1, FUL_W_in))
        last--;
    else if (!ful_is_id(L, last, FUL_W_underway) && !ful_is_id(L, last, FUL_W_ongoing))
        return 0;
    k = a;
    if (ful_is_id(L, k, FUL_W_the) || ((L->t[k].bits & FUL_CUE_POSS) && !(L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ))))
        k++;
    if (k >= last || last - k > 3)
        return 0;
    q = L->t[a].flags & T_QUOTED;
    for (; k < last; k++)
        if ((L->t[k].flags & T_QUOTED) != q || (L->t[k].flags & T_NUM) ||
            (L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_DATE |
                             FUL_CUE_BOOKED | FUL_CUE_POSS)) ||
            ((L->t[k].bits & VERBISH) && !(L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_DNOUN))))
            return 0;
    for (k = end; k < L->nt; k++)
        if ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM))
            return 0; /* ("Pilot ongoing, results by 12/15": the day is the thing's end) */
    return 1;
}

/* "Demo unit still at their Leeds depot", "Training materials only in
 * English so far", "Report format not what they expected": a thing of the
 * deal and where or how it still is, told; not "Proposal still with legal"
 * (waiting on them) nor a clause with a day ahead, a modal or us in it */
int ful_thing_still(const ful_cline *L, int a, int end)
{
    int k = a, n, p;
    if (k < end && (ful_is_id(L, k, FUL_W_the) || ((L->t[k].bits & FUL_CUE_POSS) && !(L->t[k].bits & FUL_CUE_SELLER))))
        k++;
    if (k >= end || L->t[k].span != 1 || !(L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT)) ||
        (L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_MODAL | FUL_CUE_DATE)) || (L->t[k].flags & T_QUOTED))
        return 0;
    for (p = k + 1, n = 0; p < end && n < 4; p++, n++) {
        if (ful_is_id(L, p, FUL_W_still) || ful_is_id(L, p, FUL_W_only) || ful_is_id(L, p, FUL_W_not)) {
            if (p + 1 < end && (L->t[p + 1].bits & FUL_CUE_WITH))
                return 0; /* ("Proposal still with legal": waiting on them) */
            break;
        }
        if (L->t[p].span != 1 || (L->t[p].flags & (T_BREAK | T_QUOTED | T_NAME)) ||
            ((L->t[p].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN)) && !(ful_is_id(L, p, FUL_W_from) && p + 1 < end && (L->t[p + 1].flags & T_NUM))))
            return 0; /* (a noun's words, or "from 2023") */
        if ((L->t[p].flags & T_NUM) && !(p > 0 && ful_is_id(L, p - 1, FUL_W_from)) && L->r[p].len > 3)
            return 0;
    }
    if (p + 1 >= end || n >= 4)
        return 0;
    for (k = p + 1; k < end; k++) {
        if (ful_is_id(L, k, FUL_W_since) || ful_is_id(L, k, FUL_W_yet) || (ful_is_id(L, k, FUL_W_so) && ful_is_word(L, k + 1, "far")))
            return 1; /* (how long so far: "since Monday") */
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_BOOKED | FUL_CUE_VAGUE)) ||
            ((L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_SETUP | FUL_CUE_REQUEST)) && !ful_ends_ing(L, k)) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
    }
    return 1;
}

/* Token k, in a subject that opens at a, is a word of a thing's name: one
 * word, unquoted, no figure, no verb but a thing's word, no one, no day,
 * no meeting (ful_made_of's "Ops team", ful_day_off's "Plant") */
static int ful_thing_word(const ful_cline *L, int k, int a)
{
    return L->t[k].span == 1 && !(L->t[k].flags & (T_QUOTED | T_NUM)) && !(k > a && (L->t[k].flags & T_BREAK)) &&
           !(L->t[k].bits & ((VERBISH & ~FUL_CUE_DNOUN) | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_EVENT));
}

/* "Ops team of 5", "Hotel group of 14 properties", "a fleet of 40
 * trucks": what something is made of, counted, with no verb: who they are */
int ful_made_of(const ful_cline *L, int a, int end)
{
    int k, n;
    if (!(L->wsets & FUL_WG_OF))
        return 0; /* (no "of" on the line) */
    for (k = a, n = 0; k < end && n < 4 && !ful_is_id(L, k, FUL_W_of); k++, n++)
        if (!ful_thing_word(L, k, a))
            return 0;
    if (n == 0 || k + 1 >= end || !ful_is_id(L, k, FUL_W_of) || !(L->t[k + 1].flags & T_NUM) || (L->t[k + 1].bits & FUL_CUE_DATE) ||
        (L->t[k + 1].flags & T_BREAK))
        return 0;
    for (k += 2; k < end; k++)
        if ((L->t[k].bits & ((VERBISH & ~FUL_CUE_DNOUN) | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_SELLER)) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
    return 1;
}

/* "Bank holiday Monday", "Plant shutdown Dec 20-Jan 5", "Public holiday
 * on the 8th": a day no one works, and when; no step */
int ful_day_off(const ful_cline *L, int a, int end)
{
    int k, n;
    if (!(L->wsets & FUL_WG_DAYOFF))
        return 0; /* (none of its words on the line) */
    for (k = a, n = 0; k < end && n < 4; k++, n++) {
        if (ful_gate_word(L, k, FUL_WG_DAYOFF))
            break;
        if (!ful_thing_word(L, k, a))
            return 0;
    }
    if (k >= end || n >= 4 || k + 1 >= end)
        return 0;
    for (k++; k < end; k++)
        if (!((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[k].flags & T_NUM) || ful_is_id(L, k, FUL_W_the) ||
              ful_is_id(L, k, FUL_W_on) || ful_is_id(L, k, FUL_W_from) || ful_is_id(L, k, FUL_W_to)) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
    return 1;
}

/* "Contract must be governed by Kenyan law", "the contract needs to be in
 * reais", "Invoices have to show the VAT number", "Data has to stay in the
 * EU": what a thing of the deal has to be or hold is a requirement, told;
 * no step. Not a person's duty ("They need to sign the NDA first", "Maria
 * has to approve"), not a thing to hand over ("Proposal must be sent by
 * Friday", "The deck has to be ready", "Quote needs to go out today"), not
 * with a day on the clause. */
int ful_requirement(const ful_cline *L, int a, int end)
{
    int k = a, n = 0, m, c, all = 0;
    if (!(L->wsets & FUL_WG_MUST))
        return 0; /* (no "must", "needs", "has" on the line) */
    for (; k < end && L->t[k].span == 1 &&
           (ful_is_id(L, k, FUL_W_the) || ful_all_word(L, k) ||
            ((L->t[k].bits & FUL_CUE_POSS) && !(L->t[k].bits & FUL_CUE_SELLER)));
         k++)
        all |= ful_all_word(L, k);
    for (; k < end && n < 4; k++, n++) {
        if (L->t[k].span != 1 || (L->t[k].flags & T_QUOTED) || (k > a && (L->t[k].flags & T_BREAK)) ||
            /* (a name, but "Payment terms": a noun before a noun) */
            ((L->t[k].flags & T_NAME) &&
             !(n == 0 && k + 1 < end && L->t[k + 1].span == 1 && !(L->t[k + 1].bits & ~(FUL_CUE_DNOUN | FUL_CUE_WORD)) && !(L->t[k + 1].flags & (T_CAP | T_NUM | T_BREAK)))) ||
            (L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_POSS | FUL_CUE_DATE)))
            return 0; /* (someone, not a thing: "They", "Maria", "our SE") */
        if (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_REQUEST))
            break;
        if ((L->t[k].flags & T_NUM) && !ful_threshold_at(L, k - 1))
            return 0;
    }
    if (n == 0 || k + 2 >= end)
        return 0;
    if (!all && ful_our_make(L, k - 1))
        return 0; /* (one thing we make: "The quote has to include shipping" is ours to do; "All quotes must be in GBP" a rule) */
    m = k; /* "must", or "needs"/"has" before "to" */
    if (ful_is_id(L, m, FUL_W_needs) || ful_is_id(L, m, FUL_W_need) || ful_is_id(L, m, FUL_W_has) || ful_is_id(L, m, FUL_W_have)) {
        if (!ful_is_id(L, m + 1, FUL_W_to))
            return 0;
        m++;
    } else if (!ful_is_id(L, m, FUL_W_must))
        return 0;
    c = m + 1;
    if (L->t[c].span != 1 || (L->t[c].flags & (T_QUOTED | T_BREAK)))
        return 0;
    if (ful_is_id(L, c, FUL_W_be)) {
        c++;
        if (c >= end || ful_is_id(L, c, FUL_W_ready) || ful_is_id(L, c, FUL_W_done) || ful_is_id(L, c, FUL_W_out) ||
            (L->t[c].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_RECAP | FUL_CUE_BOOKED | FUL_CUE_CHASE | FUL_CUE_SETUP |
                             FUL_CUE_JOINT | FUL_CUE_SOBJ | FUL_CUE_CLIENT)))
            return 0; /* (a thing to hand over or to do: "be sent", "be ready", "be signed") */
    } else if (!(ful_is_id(L, c, FUL_W_include) || ful_is_id(L, c, FUL_W_stay) || ful_is_word(L, c, "show") ||
                 ful_is_word(L, c, "reference") || ful_is_word(L, c, "remain") || ful_is_word(L, c, "comply") ||
                 ful_is_word(L, c, "match") || (ful_is_id(L, c, FUL_W_go) && ful_is_id(L, c + 1, FUL_W_to) && c + 2 < end &&
                                                 !(L->t[c + 2].bits & (FUL_CUE_CLIENT | FUL_CUE_SOBJ)))))
        return 0;
    for (k = c; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_VAGUE | FUL_CUE_BOOKED)) &&
            !((L->t[k - 1].flags & T_NUM) && !(L->t[k - 1].bits & FUL_CUE_DATE) && k - 2 > m &&
              !(L->t[k - 2].bits & FUL_CUE_ART) && !ful_is_id(L, k - 2, FUL_W_within)) &&
            !ful_length_word(L, k))
            return 0; /* (a day: "must be signed by Friday", "in 30 days"; but a length: "be 60 days minimum") */
    return 1;
}

/* "Reefer units keep failing on the Honiara run", "Their scanners keep
 * crashing": what keeps happening, no step; not "keep chasing Ana" (an
 * order) nor "will keep pushing" (a modal: what is to be done) */
int ful_keeps_doing(const ful_cline *L, int a, int end)
{
    int k;
    if (!(L->wsets & FUL_WG_KEEP))
        return 0; /* (no "keep" or "keeps" on the line) */
    for (k = a + 1; k + 1 < end && k <= a + 4; k++) {
        if (L->t[k].flags & (T_QUOTED | T_BREAK))
            return 0;
        if (ful_is_id(L, k, FUL_W_keep) || (L->r[k].len == 5 && L->r[k].lw[0] == 'k' && ful_is_word(L, k, "keeps")))
            return ful_ends_ing(L, k + 1) && L->t[k + 1].span == 1 && !(L->t[k - 1].bits & (FUL_CUE_MODAL | FUL_CUE_SELLER)) &&
                   !(L->t[a].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ));
        if (L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE))
            return 0;
    }
    return 0;
}

/* "It's been a week since the proposal", "it has been 2 weeks since we
 * sent it": how long since something, told; no step of its own */
int ful_time_since(const ful_cline *L, int a, int end)
{
    int k = a;
    if (k >= end || L->r[k].lw[0] != 'i' || (L->t[k].flags & T_QUOTED))
        return 0; /* (most clauses: no "it" at their head) */
    if (ful_is_id(L, k, FUL_W_it) && k + 1 < end && ful_is_id(L, k + 1, FUL_W_has))
        k += 2; /* ("it has been") */
    else if (ful_is_word(L, k, "it's") || ful_is_word(L, k, "its"))
        k++;
    else
        return 0;
    if (k >= end || !ful_is_id(L, k, FUL_W_been))
        return 0;
    for (k++; k < end && k <= a + 6; k++)
        if (ful_is_id(L, k, FUL_W_since))
            return 1;
        else if (!(ful_is_id(L, k, FUL_W_a) || ful_is_id(L, k, FUL_W_an) || (L->t[k].flags & T_NUM) || ful_quantity(L, k) ||
                   ful_is_id(L, k, FUL_W_week) || ful_is_id(L, k, FUL_W_weeks) || ful_is_id(L, k, FUL_W_day) ||
                   ful_is_id(L, k, FUL_W_days) || ful_is_id(L, k, FUL_W_month) || ful_is_id(L, k, FUL_W_months) ||
                   ful_is_id(L, k, FUL_W_while) || ful_is_word(L, k, "two") || ful_is_word(L, k, "few") ||
                   ful_is_word(L, k, "couple") || ful_is_word(L, k, "of") || ful_is_word(L, k, "over")))
            return 0;
    return 0;
}

/* "contract running since 2019", "on Workday since March": a verb in
 * -ing or a thing, then "since" and a time behind, with nothing ahead (no
 * modal, no hedge, no booking, no quote): how long things have stood */
int ful_since_state(const ful_cline *L, int a, int end)
{
    int k, s = -1;
    for (k = a + 1; k < end; k++) {
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_REQUEST | FUL_CUE_CHASE | FUL_CUE_SELLER |
                             FUL_CUE_SOBJ)) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
        if (s < 0 && ful_is_id(L, k, FUL_W_since) && L->t[k].span == 1)
            s = k;
    }
    if (s < 0 || s + 1 >= end || (L->t[a].bits & (VERBISH | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_DATE)) ||
        (L->t[a].flags & T_QUOTED) || !(ful_ends_ing(L, s - 1) || !(L->t[s - 1].bits & VERBISH)))
        return 0; /* (not "Call Tom since..."; after the verb in -ing or a noun) */
    k = s + 1;
    /* "since 2019", "since March", "since the pandemic" */
    return (L->t[k].flags & T_NUM) ? L->r[k].len == 4 && (L->r[k].lw[0] == '1' || L->r[k].lw[0] == '2') && s + 2 == end
                                   : ((L->t[k].bits & FUL_CUE_DATE) || ful_is_id(L, k, FUL_W_the) || ful_is_id(L, k, FUL_W_last));
}

/* "Their budget comes from the ops line", "Most of their orders come
 * through EDI", "Invoices go to AP": where a thing of theirs comes from or
 * goes, with no day: how things work ("The PO comes Friday" is a step) */
static int ful_flow_verb(const ful_cline *L, int k)
{
    return ful_is_id(L, k, FUL_W_comes) || ful_is_id(L, k, FUL_W_come) || ful_is_id(L, k, FUL_W_goes) || ful_is_id(L, k, FUL_W_go);
}

int ful_thing_flows(const ful_cline *L, int a, int end)
{
    int k = a, n = 0, v;
    for (v = a + 1; v < end && v <= a + 5 && !ful_flow_verb(L, v); v++)
        ;
    if (v >= end || v > a + 5)
        return 0; /* (no "comes" or "goes" near the clause's head: most clauses stop here) */
    if (k < end && (ful_is_word(L, k, "most") || ful_is_id(L, k, FUL_W_all)) && k + 1 < end && ful_is_word(L, k + 1, "of"))
        k += 2;
    if (k < end && ((L->t[k].bits & FUL_CUE_POSS) || ful_is_id(L, k, FUL_W_the)) && !(L->t[k].bits & FUL_CUE_SELLER))
        k++;
    for (; k < end && n < 3; k++, n++)
        if ((L->t[k].bits & ((VERBISH & ~(FUL_CUE_DELIV | FUL_CUE_ACT)) | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_MODAL |
                              FUL_CUE_DATE | FUL_CUE_EVENT)) ||
            (L->t[k].flags & (T_NUM | T_QUOTED)) || (k > a && (L->t[k].flags & T_BREAK)) || L->t[k].span != 1 || ful_is_id(L, k, FUL_W_to) ||
            ful_flow_verb(L, k))
            break;
    v = k;
    if (n == 0 || v + 1 >= end ||
        !ful_flow_verb(L, v) ||
        !(ful_is_id(L, v + 1, FUL_W_from) || ful_is_id(L, v + 1, FUL_W_through) || ful_is_id(L, v + 1, FUL_W_via) ||
          ful_is_id(L, v + 1, FUL_W_to) || ful_is_word(L, v + 1, "into")))
        return 0;
    /* (a thing of ours going to someone is ours to send: "proposal goes to their CFO") */
    if (!ful_is_id(L, v + 1, FUL_W_from) && !ful_is_id(L, v + 1, FUL_W_through) && !ful_is_id(L, v + 1, FUL_W_via))
        for (k = v - 1; k >= v - n; k--)
            if ((L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV)) && !(L->t[k].bits & FUL_CUE_CDOC))
                return 0;
    for (k = v + 2; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE |
                             FUL_CUE_COND)) ||
            (L->t[k].flags & (T_NUM | T_QUOTED)))
            return 0;
    return 1;
}

/* "The PO needs two approvals", "Contracts need legal sign-off": how
 * many yeses a paper of theirs takes, a rule of their process, no step */
static int ful_need_verb(const ful_cline *L, int k)
{
    return ful_is_id(L, k, FUL_W_needs) || ful_is_id(L, k, FUL_W_need) || ful_is_id(L, k, FUL_W_requires) ||
           (L->r[k].len == 7 && memcmp(L->r[k].lw, "require", 7) == 0);
}

int ful_signoffs_needed(const ful_cline *L, int a, int end)
{
    int k = a, n = 0, v, all = ful_all_word(L, a) || ful_is_word(L, a, "anything");
    for (v = a + 1; v < end && v <= a + 6 && !ful_need_verb(L, v); v++)
        ;
    if (v >= end || v > a + 6)
        return 0; /* (no "needs" near the clause's head: most clauses stop here) */
    if (k < end && ((L->t[k].bits & FUL_CUE_POSS) || ful_is_id(L, k, FUL_W_the) || ful_is_id(L, k, FUL_W_all) ||
                    ful_is_word(L, k, "every") || ful_is_word(L, k, "any")) &&
        !(L->t[k].bits & FUL_CUE_SELLER))
        k++;
    for (; k < end && n < 5 && !ful_need_verb(L, k); k++, n++)
        if ((L->t[k].bits & (VERBISH & ~FUL_CUE_DELIV) & ~FUL_CUE_ACT) || (L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_MODAL)) ||
            /* (a figure only as a threshold: "All capital purchases above $50,000", "Anything over 25k") */
            ((L->t[k].flags & T_NUM) && !(k > a && ful_threshold_at(L, k - 1))) || (L->t[k].flags & (T_QUOTED | T_NAME)) ||
            (k > a && (L->t[k].flags & T_BREAK)) || L->t[k].span != 1)
            return 0;
    if (n == 0 || k >= end || !ful_need_verb(L, k))
        return 0;
    for (v = k + 1; v < end && v <= k + 3; v++) {
        if (ful_is_word(L, v, "approval") || ful_is_word(L, v, "approvals") || ful_is_word(L, v, "signature") ||
            ful_is_word(L, v, "signatures") || ful_is_word(L, v, "signoff") || ful_is_word(L, v, "signoffs") ||
            (ful_is_word(L, v, "sign") && v + 1 < end && ful_is_word(L, v + 1, "off"))) {
            if (v == k + 1 && !all)
                return 0; /* (how many or whose, said: "quote needs approval" may be ours to get; "All purchases ... require approval" is a rule) */
            for (v++; v < end; v++)
                if ((L->t[v].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_VAGUE)) ||
                    ful_is_id(L, v, FUL_W_from) || ful_is_id(L, v, FUL_W_to))
                    return 0; /* ("needs sign-off from his CFO by Friday": a step of his) */
            return 1;
        }
        if (!((L->t[v].flags & T_NUM) || ful_quantity(L, v) || ful_is_word(L, v, "two") || ful_is_word(L, v, "three") ||
              (v == k + 1 && v > a && v < L->nt && (L->t[v].bits & FUL_CUE_CLIENT) && !(L->t[v].bits & FUL_CUE_POSS)) || /* ("needs CFO approval") */
              ful_is_word(L, v, "four") || ful_is_word(L, v, "legal") || ful_is_word(L, v, "board") || ful_is_word(L, v, "cfo") ||
              ful_is_word(L, v, "ceo") || ful_is_word(L, v, "finance") || ful_is_word(L, v, "dual") || ful_is_word(L, v, "multiple")))
            return 0;
    }
    return 0;
}

/* "pay apps are due the 25th of every month", "The Board meets on the
 * first and third Tuesday of each month": a day that comes back each
 * month is a habit of theirs, no one day to act on */
int ful_day_each_month(const ful_cline *L, int a, int end)
{
    int k, day = 0;
    if ((!(L->any & FUL_CUE_DATE) && !(L->marks & FUL_SAW_NUM)) || !(L->marks & FUL_SAW_ANY))
        return 0; /* (no day, or no "every"/"each" on the line) */
    if (a >= end || ((L->t[a].bits & VERBISH) && !(L->t[a].bits & (FUL_CUE_CLIENT | FUL_CUE_DNOUN | FUL_CUE_EVENT))))
        return 0; /* (an order of ours that comes back: "send the report by the 5th of each month") */
    for (k = a; k < end; k++) {
        if (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_CHASE) ||
            (L->t[k].flags & T_QUOTED))
            return 0;
        if ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM))
            day = 1;
        if (day && k + 2 < end && ful_is_word(L, k, "of") && (ful_is_id(L, k + 1, FUL_W_every) || ful_is_id(L, k + 1, FUL_W_each)) &&
            (ful_is_id(L, k + 2, FUL_W_month) || ful_is_id(L, k + 2, FUL_W_quarter)))
            return 1;
    }
    return 0;
}

/* "About 40% of adjuster licenses went unused last quarter", "Around 40
 * percent of the lab licences are lying unused": a share of their things
 * opening the clause, and how it stands: a fact, no step. */
int ful_share_of(const ful_cline *L, int a, int end)
{
    int k = a, pct;
    if (!(L->wsets & FUL_WG_OF))
        return 0; /* (no "of" on the line) */
    if (k + 2 < end && (ful_rough_word(L, k) || ful_is_word(L, k, "nearly") || ful_is_word(L, k, "almost") ||
                        ful_is_word(L, k, "over") || ful_is_word(L, k, "only") || ful_is_word(L, k, "maybe")))
        k++;
    if (k + 1 >= end || !(L->t[k].flags & T_NUM) || (L->t[k].flags & T_QUOTED))
        return 0;
    pct = L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '%';
    k++;
    if (!pct && (ful_is_word(L, k, "percent") || ful_is_word(L, k, "pct") ||
                 (ful_is_word(L, k, "per") && k + 1 < end && ful_is_word(L, k + 1, "cent") && (k++, 1)))) {
        pct = 1;
        k++;
    }
    if (!pct || k >= end || !ful_is_word(L, k, "of"))
        return 0;
    for (k++; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_SELLER | FUL_CUE_SOBJ)) ||
            (L->t[k].flags & T_QUOTED))
            return 0; /* ("40% of seats will move to us in Q1": what will be) */
    return 1;
}

/* "never answers calls", "always answers on WhatsApp", "usually replies
 * late": a clause opening on a word of how often and a verb in -s, its
 * subject (the contact) left unsaid: a habit, no step; nothing in it
 * dates, books or hedges it. */
int ful_habit_clause(const ful_cline *L, int a, int end)
{
    int k;
    if (a + 1 >= end || !(ful_wrule[L->t[a].wid] & FUL_SAW_HABIT) || L->t[a + 1].span != 1 ||
        (L->t[a + 1].flags & (T_CAP | T_NUM | T_QUOTED)) || (L->t[a].flags & T_QUOTED) || !ful_ends_sv(L, a + 1) ||
        (L->t[a + 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED)))
        return 0;
    for (k = a + 2; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE | FUL_CUE_SELLER)) ||
            (L->t[k].flags & (T_QUOTED | T_NUM)))
            return 0;
    return 1;
}

/* Is the label [b, e) of a CRM row's field one that holds a step or
 * its date ("Next Step", "Task", "Action", "Due", "Follow-up")? */
static int ful_step_label(const char *b, const char *e)
{
    static const char *const step[] = {"next", "ns", "task", "action", "ai", "todo", "to do", "to-do", "follow", "f/u",
                                       "fu", "due", "deadline", "when", "ask", "owner action"};
    size_t i, n;
    for (i = 0; i < sizeof step / sizeof step[0]; i++) {
        n = strlen(step[i]);
        if ((size_t)(e - b) >= n && ful_ieq(b, step[i], n) && ((size_t)(e - b) == n || !isalpha((unsigned char)b[n])))
            return 1;
    }
    return 0;
}

/* "Account | Stage: Discovery | Owner: K. Naidoo | Amount: ZAR 4.5m",
 * "Current System: legacy Oracle Forms / Status: info only": a CRM
 * record's row of fields, each "Label: value" between '|' or ' / ' (the
 * first may be a bare word naming the record), with a Status or
 * Stage field and none that holds a step ("Next Step: PO from Ana /
 * Status: Jan issuing it Thu" is a step): the record, no step. */
int ful_field_row(const ful_cline *L)
{
    const char *s = L->s + (L->nt > 0 ? L->t[0].off : L->n), *end = L->s + L->n, *p, *seg_end, *colon;
    int segs = 0, state = 0, i, terse = 1, bare = 0;
    for (i = 1; i < L->nt; i++) {
        size_t o = L->t[i].off;
        while (o > 0 && L->s[o - 1] == ' ')
            o--;
        if (o > 0 && L->s[o - 1] == ':' && (L->t[i].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_ACT)) &&
            !(L->t[i].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT)) && !(L->t[i].flags & T_CAP))
            return 0; /* ("Pricing: send by Fri / Status: open": a field that holds an order) */
    }
    while (s < end) {
        /* the segment [s, seg_end): up to '|' or " / " */
        for (seg_end = s; seg_end < end && *seg_end != '|' &&
                          !(*seg_end == '/' && seg_end > s && seg_end[-1] == ' ' && seg_end + 1 < end && seg_end[1] == ' ');
             seg_end++)
            ;
        while (s < seg_end && (*s == ' ' || *s == '\t'))
            s++;
        for (colon = s; colon < seg_end && *colon != ':'; colon++)
            ;
        if (colon < seg_end) {
            int words = 1;
            for (p = s; p < colon; p++)
                if (*p == ' ')
                    words++;
                else if (!isalpha((unsigned char)*p) && *p != '-' && *p != '/')
                    return 0; /* (a label is a word or a few) */
            if (colon == s || words > 3 || ful_step_label(s, colon))
                return 0;
            state |= (colon - s == 6 && ful_ieq(s, "status", 6)) || (colon - s == 5 && ful_ieq(s, "stage", 5));
            for (words = 0, p = colon + 1; p < seg_end; p++)
                words += *p != ' ' && (p[-1] == ' ' || p == colon + 1);
            terse &= words <= 3;
        } else if (segs > 0 || seg_end - s > 24) {
            return 0; /* (a segment with no label: maybe the step itself, "Call Tom Reyes") */
        } else {
            for (p = s; p < seg_end; p++)
                if (*p == ' ' && p + 1 < seg_end && p[1] != ' ' && p > s)
                    return 0; /* (the record's name: a word, "Account") */
            bare = 1;
        }
        segs++;
        s = seg_end < end ? seg_end + 1 : end;
    }
    /* ("Budget: yes | Authority: no | Need: yes | Timing: ?": three or
     * more labelled fields of a few words each, a row whatever its labels) */
    return (state && segs >= 2) || (terse && !bare && segs >= 3);
}

/* "policy", "rule", "SOP", "process", "procedure", "standard": a word
 * for a rule of theirs */
static int ful_rule_noun(const ful_cline *L, int k)
{
    return ful_gate_word(L, k, FUL_WG_POLICY); /* "policy", "rule", "sop", "process", "procedure", "standard" */
}

/* ", that's policy", ", their rule", ", this is their SOP", ", company
 * policy": a last clause that calls what came before a rule of theirs (the
 * line is how their process works, no one's step). The clause [a, end)
 * after the first; its caller checks that no day is named. */
int ful_policy_tail(const ful_cline *L, int a, int end)
{
    int k = a;
    if (!(L->wsets & FUL_WG_POLICY) || a <= L->head || a < 1 || end != L->nt || end - a > 4 || (L->t[a].flags & T_QUOTED))
        return 0; /* (no rule's noun on the line: the tail names none) */
    if (ful_is_word(L, k, "that's") || ful_is_word(L, k, "thats") || ful_is_word(L, k, "it's")) {
        k++;
    } else if ((ful_is_word(L, k, "that") || ful_is_id(L, k, FUL_W_this) || ful_is_word(L, k, "it")) &&
               ful_is_id(L, k + 1, FUL_W_is)) {
        k += 2;
    }
    if (k < end && (ful_is_id(L, k, FUL_W_their) || ful_is_id(L, k, FUL_W_company)))
        k++;
    return k + 1 == end && ful_rule_noun(L, k);
}

/* "any", "every", "each", "anything", "everything"; "all" before its
 * noun ("all contracts", not "all the docs"): any one of a kind */
static int ful_any_of_kind(const ful_cline *L, int k, int end)
{
    if (ful_is_id(L, k, FUL_W_all))
        return k + 1 < end && !(L->t[k + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_SELLER)) &&
               !ful_is_word(L, k + 1, "of") && !(L->t[k + 1].flags & (T_NUM | T_BREAK));
    return ful_all_word(L, k) || ful_is_id(L, k, FUL_W_anything) || ful_is_id(L, k, FUL_W_everything);
}

/* "must", "needs", "requires", "has to", "goes through", "insists": what a
 * rule asks of a deal */
static int ful_rule_verb(const ful_cline *L, int k, int end)
{
    if (ful_is_id(L, k, FUL_W_must) || ful_is_id(L, k, FUL_W_needs) || ful_is_id(L, k, FUL_W_requires) ||
        ful_is_id(L, k, FUL_W_required) || ful_is_word(L, k, "require") || ful_is_word(L, k, "insists") ||
        ful_is_word(L, k, "mandates"))
        return 1;
    if ((ful_is_id(L, k, FUL_W_has) || ful_is_id(L, k, FUL_W_have)) && k + 1 < end && ful_is_id(L, k + 1, FUL_W_to))
        return 1;
    return (ful_is_id(L, k, FUL_W_goes) || ful_is_id(L, k, FUL_W_go)) && k + 1 < end && ful_is_id(L, k + 1, FUL_W_through);
}

/* "Their policy requires 3 quotes", '"our SOP requires dual temperature
 * loggers per pallet"' (in quotes "our" is theirs), "Company process
 * mandates a security review": a rule of theirs, named, then what it asks:
 * how their process works, no one's step; no day, no word of the future or
 * a hedge in the clause. The clause [a, end). */
int ful_rule_says(const ful_cline *L, int a, int end)
{
    int k = a;
    if (!(L->wsets & FUL_WG_POLICY))
        return 0;
    while (k < end && k < a + 2 && L->t[k].span == 1 &&
           (ful_is_id(L, k, FUL_W_the) || ful_is_id(L, k, FUL_W_their) || ful_is_id(L, k, FUL_W_company) ||
            (ful_is_id(L, k, FUL_W_our) && (L->t[k].flags & T_QUOTED))))
        k++;
    if (k + 2 >= end || !ful_rule_noun(L, k) || L->t[k].span != 1 || !ful_rule_verb(L, k + 1, end))
        return 0;
    for (k += 2; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_VAGUE | FUL_CUE_BOOKED | FUL_CUE_HEDGE | FUL_CUE_MODAL)) ||
            ful_is_id(L, k, FUL_W_will) || ful_is_id(L, k, FUL_W_would))
            return 0;
    return 1;
}

/* "Anything over $50k needs sign-off from the CFO, no exceptions", "All
 * contracts have to be vetted by their legal cell", "Every new vendor goes
 * through a security review", "The works council must agree to every
 * system that records worker data": a rule of their process for any deal
 * or vendor, no day, no one's step (not our order: "send every attendee
 * the deck"; not what someone will do: "Tom will review every page"). */
int ful_rule_for_any(const ful_cline *L, int a, int end)
{
    int k, q = 0, must = 0;
    if (a >= end || (L->t[a].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ)) || (L->t[a].flags & T_NAME) || ful_is_id(L, a, FUL_W_they) ||
        ful_is_id(L, a, FUL_W_he) || ful_is_id(L, a, FUL_W_she) || /* (a person's own step: "Tom needs to sign every page") */
        ((L->t[a].bits & VERBISH) && !(L->t[a].bits & (FUL_CUE_CLIENT | FUL_CUE_DNOUN | FUL_CUE_EVENT)) && !ful_any_of_kind(L, a, end)))
        return 0;
    for (k = a; k < end; k++) {
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_VAGUE | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE |
                             FUL_CUE_SELLER)) ||
            (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_will) || ful_is_id(L, k, FUL_W_would))
            return 0;
        q |= ful_any_of_kind(L, k, end);
        must |= ful_rule_verb(L, k, end);
    }
    return q && must;
}

static int ful_deal_term(const ful_cline *L, int i);

/* "the MSA caps liability at 12 months of fees", "The SOW we signed in 2024
 * covers radiology only", "The framework agreement says that all prices
 * are fixed", "Their RFP template asks every bidder for three references":
 * what a paper of theirs or ours says, a fact, no step (an order opens on
 * its verb: "send the SOW that covers the pilot" is not read here). */
int ful_paper_says(const ful_cline *L, int a, int end)
{
    int k, n, paper = 0;
    if (!(L->wsets & FUL_WS_PAPERV))
        return 0; /* (no verb of what a paper says on the line) */
    for (k = a; k < end && !(ful_wset[L->t[k].wid] & FUL_WS_PAPERV); k++)
        ;
    if (k >= end)
        return 0; /* (no verb of what a paper says: most clauses stop here) */
    k = a;
    if (k < end && ((L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)) || ful_is_id(L, k, FUL_W_our)) && L->t[k].span == 1)
        k++;
    for (n = 0; k < end && n < 9; k++, n++) {
        if ((L->t[k].flags & T_QUOTED) || (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_DATE)))
            return 0;
        if (!paper) {
            if (((L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !(L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_CLIENT))) ||
                ful_deal_term(L, k) || ful_is_word(L, k, "document") || ful_is_word(L, k, "policy"))
                paper = 1; /* (its name: "MSA", "SOW", "RFP template", "framework agreement", "tender document") */
            else if (n > 2 || (L->t[k].bits & ~(FUL_CUE_WORD | FUL_CUE_FILLER)) || (L->t[k].flags & (T_NAME | T_NUM)))
                return 0;
            continue;
        }
        if ((ful_wset[L->t[k].wid] & FUL_WS_PAPERV) && L->t[k].span == 1)
            return 1;
    }
    return 0;
}

/* A deal's term as a subject: "contract", "MSA", "agreement", "renewal",
 * "licence", "lease", "subscription", "engagement"; "year" after
 * "financial" or "fiscal". */
static int ful_deal_term(const ful_cline *L, int i)
{
    return ful_term_noun(L, i) || ful_is_id(L, i, FUL_W_msa) || ful_is_id(L, i, FUL_W_agreement) ||
           ful_is_word(L, i, "renewal") || ful_is_word(L, i, "engagement") ||
           (i > 0 && ful_is_id(L, i, FUL_W_year) && (ful_is_word(L, i - 1, "financial") || ful_is_word(L, i - 1, "fiscal")));
}

/* "The current contract with their incumbent runs to 30 June 2027", "The
 * MSA with their 3PL rolls over automatically on 1 July", "Their renewal
 * with the incumbent is up 12/31", "Their financial year finishes 30 June":
 * a deal's term, whoever it is with, and when it ends: no one's step (a
 * person who renews acts: "Ana renews the contract", not read here). */
int ful_term_runs(const ful_cline *L, int a, int end)
{
    int i = a, n, term = 0, j;
    if (!(L->wsets & FUL_WS_TERMV))
        return 0; /* (no verb of a term on the line) */
    for (j = a; j < end && !(ful_wset[L->t[j].wid] & FUL_WS_TERMV); j++)
        ;
    if (j >= end)
        return 0; /* (no verb of a term: most clauses stop here, before the nouns' letters are read) */
    for (n = 0; i >= 0 && i < end && n < 10; n++, i = ful_next(L, i, end)) {
        if ((L->t[i].flags & (T_QUOTED | T_BREAK)) && i > a)
            return 0;
        if (!term && ful_deal_term(L, i)) {
            term = 1;
            continue;
        }
        if (!term) {
            /* the words before the noun: "the", "their", "current", "vendor", "Oracle" */
            if ((L->t[i].bits & ~(FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_WORD | FUL_CUE_FILLER)) || (L->t[i].flags & (T_NUM | T_NAME)) ||
                n > 4)
                return 0;
            continue;
        }
        /* the verb of its term, from the word set ("up" after "is", below; "rolls" with "over") */
        if ((ful_wset[L->t[i].wid] & FUL_WS_TERMV) && !ful_is_id(L, i, FUL_W_up) &&
            !(ful_is_id(L, i, FUL_W_rolls) && !ful_is_word(L, ful_next(L, i, end), "over"))) {
            if (ful_is_id(L, i, FUL_W_runs) || ful_is_id(L, i, FUL_W_lasts))
                return (j = ful_next(L, i, end)) >= 0 && (ful_is_id(L, j, FUL_W_to) || ful_is_id(L, j, FUL_W_until) ||
                                                         ful_is_id(L, j, FUL_W_till) || ful_is_id(L, j, FUL_W_through) ||
                                                         ful_is_word(L, j, "out"));
            return 1; /* expires, ends, lapses, renews, finishes, terminates, rolls over */
        }
        if ((ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_comes)) && (j = ful_next(L, i, end)) >= 0 && ful_is_id(L, j, FUL_W_up))
            return (j = ful_next(L, j, end)) < 0 || !ful_is_word(L, j, "for") || ful_is_word(L, ful_next(L, j, end), "renewal");
        /* who or what the deal is with: "with their incumbent", "for the fleet", "of Oracle" */
        if (ful_is_id(L, i, FUL_W_with) || ful_is_id(L, i, FUL_W_for) || ful_is_word(L, i, "of") || ful_is_id(L, i, FUL_W_from) ||
            (!(L->t[i].bits & ~(FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_WORD | FUL_CUE_FILLER | FUL_CUE_CLIENT)) &&
             !(L->t[i].bits & FUL_CUE_MODAL)))
            continue;
        return 0;
    }
    return 0;
}

/* "They pay 60 day terms", "they pay on 90 days", "main contractor pays
 * them on 90", "They pay invoices on 60-day terms from the date of
 * receipt": how many days they take to pay, their terms, no day to act
 * on. The clause [a, end) is the payer (or none), "pay(s)", whom or what,
 * then the count of days; nothing after it dates, books or hedges. */
int ful_pay_days(const ful_cline *L, int a, int end)
{
    int k, v = -1, n = -1;
    for (k = a; k < end && k < a + 4; k++)
        if (ful_is_id(L, k, FUL_W_pay) || ful_is_id(L, k, FUL_W_pays)) {
            v = k;
            break;
        }
    if (v < 0 || L->t[v].span != 1 || (L->t[v].flags & T_QUOTED))
        return 0;
    for (k = a; k < v; k++)
        if ((L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_MODAL | FUL_CUE_HEDGE | VERBISH)) || (L->t[k].flags & T_NUM))
            return 0; /* (not "we pay", "Tom will pay") */
    for (k = v + 1; k < end && k <= v + 4 && n < 0; k++)
        if ((L->t[k].flags & T_NUM) && L->r[k].len <= 3 && !(L->t[k].bits & FUL_CUE_DATE))
            n = k;
        else if (!(ful_is_id(L, k, FUL_W_on) || ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_at) ||
                   ful_is_id(L, k, FUL_W_within) || ful_is_id(L, k, FUL_W_in) || (L->t[k].bits & FUL_CUE_COBJ) ||
                   (!L->t[k].bits && ful_ends_sv(L, k)) || ful_is_word(L, k, "invoices") || ful_is_word(L, k, "vendors") ||
                   ful_is_word(L, k, "suppliers")))
            return 0;
    if (n < 0)
        return 0;
    {
        size_t e = L->t[n].off + L->t[n].len;
        if (e < L->n && (L->s[e] == '/' || L->s[e] == ':' || L->s[e] == '.'))
            return 0; /* (a day: "pays on 12/4") */
    }
    /* the count's unit, "days", "day terms", "-day terms", or nothing */
    k = n + 1;
    if (k < end && (ful_is_id(L, k, FUL_W_day) || ful_is_word(L, k, "days")))
        k++;
    else if (k < end && !ful_is_word(L, k, "terms"))
        return 0;
    for (; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE | FUL_CUE_SELLER)) ||
            ((L->t[k].bits & FUL_CUE_DATE) && !ful_is_id(L, k, FUL_W_date)) || (L->t[k].flags & (T_QUOTED | T_NUM)))
            return 0;
    return 1;
}

/* "payment terms net 60", "terms net 45": their payment terms as a
 * field, no verb of a step in the clause */
int ful_terms_field(const ful_cline *L, int a, int end)
{
    int k, net = 0;
    for (k = a; k < end; k++)
        if (ful_net_terms(L, k))
            net = 1;
        else if ((L->t[k].bits & ((VERBISH & ~FUL_CUE_DNOUN) | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_DATE | FUL_CUE_BOOKED |
                                  FUL_CUE_SELLER | FUL_CUE_CLIENT)) ||
                 (L->t[k].flags & T_QUOTED))
            return 0;
    return net;
}

/* "Mostly paper forms today", "Usually via WhatsApp", "typically quotes in
 * USD": a note opening on how things usually go tells a habit, no step */
int ful_habit_opener(const ful_cline *L, int a, int end)
{
    return a + 1 < end && L->t[a].span == 1 && !(L->t[a].flags & T_QUOTED) &&
           (ful_is_id(L, a, FUL_W_usually) || ful_is_id(L, a, FUL_W_typically) || ful_is_id(L, a, FUL_W_normally) ||
            ful_is_id(L, a, FUL_W_generally) || ful_is_id(L, a, FUL_W_mostly)) &&
           !(L->t[a + 1].bits & (FUL_CUE_MODAL | FUL_CUE_CLIENT | FUL_CUE_SELLER)) && !(L->t[a + 1].flags & T_BREAK);
}

/* '"The price is fine" - CFO', '"Our current vendor is cheaper"',
 * "'budget is tight this year'": inside quotes, a thing (not I, we, you)
 * and "is" with how it stands, to the quote's end: the client tells how
 * things stand, no step ('"The PO is coming Friday"', '"your quote is
 * due Monday"' are steps; '"send me the price"' is an order) */
static int ful_quoted_state(const ful_cline *L, int i, int end)
{
    int k, n = 0;
    if (i >= end || !(L->t[i].flags & T_QUOTED))
        return 0;
    if (((L->t[i].bits & (FUL_CUE_ART | FUL_CUE_POSS)) || ful_is_id(L, i, FUL_W_our)) && !(L->t[i].bits & FUL_CUE_YOU) &&
        L->t[i].span == 1)
        i++; /* ("the", "their", and "our": in quotes the client's) */
    for (k = i; k < end && n < 3 && !ful_be_form(L, k); k++, n++)
        if (!(L->t[k].flags & T_QUOTED) || L->t[k].span != 1 || (L->t[k].flags & T_NUM) || (k > i && (L->t[k].flags & T_BREAK)) ||
            (L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_YOU | FUL_CUE_SOBJ | FUL_CUE_MODAL | FUL_CUE_HEDGE |
                             FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_DATE | FUL_CUE_NEG)) ||
            (k > i && (L->t[k].flags & T_CAP)))
            return 0;
    if (n == 0 || k >= end || !ful_be_form(L, k) || !(L->t[k].flags & T_QUOTED) || k + 1 >= end)
        return 0;
    for (k++; k < end && (L->t[k].flags & T_QUOTED); k++)
        if (ful_is_id(L, k, FUL_W_our) || ((L->t[k - 1].bits & FUL_CUE_ART) && !(L->t[k].bits & FUL_CUE_DATE)))
            continue; /* ("our main worry", "the issue": what it is, named) */
        else if (((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_YOU | FUL_CUE_SOBJ | FUL_CUE_BOOKED |
                                   FUL_CUE_VAGUE)) &&
                  !(L->t[k].bits & FUL_CUE_DNOUN)) ||
            ((L->t[k].bits & FUL_CUE_DATE) && !(ful_is_id(L, k - 1, FUL_W_this) &&
                                                (ful_is_id(L, k, FUL_W_year) || ful_is_id(L, k, FUL_W_quarter)))) ||
            ful_ends_ing(L, k) || ful_is_id(L, k, FUL_W_to) || (L->t[k].flags & T_NUM))
            return 0; /* (a step's words, a day, "going to") */
    return 1;
}

/* "last Tuesday", "last week" at k, behind us, inside a subject ("Our
 * meeting last Tuesday went well"): the token after it; k when k opens no
 * such time, -1 when nothing follows it. */
static int ful_skip_last(const ful_cline *L, int k, int end)
{
    int d;
    if (!ful_is_id(L, k, FUL_W_last) || (d = ful_next(L, k, end)) < 0 || !(L->t[d].bits & FUL_CUE_DATE) || L->t[d].span != 1 ||
        !ful_time_behind(L, d, end))
        return k;
    return ful_next(L, d, end);
}

/* A clause that says how things stand after its subject: "Current vendor
 * contract expires March 31", "Pricing not discussed", "team very
 * engaged", "Expansion still on the table". The subject is a few words
 * that are no verb; an imperative ("Include the SOW") has none. */
int ful_fact_clause(const ful_cline *L, int a, int end)
{
    int i = a, n = 0, j, k, lead_verb = 0, datey = 0;
    /* (its caller tests FUL_SAW_FACT first: a line without a word a fact
     * clause needs makes no call) */
    while (i < end && ((L->t[i].flags & (T_INPHR | T_TAG)) ||
                       (i + 1 < end && L->t[i].span == 1 &&
                        ful_gate_word(L, i, FUL_WG_FRANK)))) /* "honestly", "frankly", "basically", "tbh" */
        i++; /* ("Honestly the price is fine": how they put it) */
    if (ful_quoted_state(L, i, end))
        return 1;
    if (i == a && i + 1 < end && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) && (a == 0 || a == L->head || (L->t[a].flags & T_BREAK)) &&
        ful_is_id(L, i, FUL_W_uses) && (j = ful_next(L, i, end)) >= 0 && (L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_DATE) &&
        ful_status_at(L, i, end))
        return 1; /* "Uses Vetport today": the subject left unsaid, a tool they use ("they use Adyen today") */
    if (i == a && i + 2 < end && L->t[i].span == 1 && (ful_is_id(L, i, FUL_W_contract) || ful_is_id(L, i, FUL_W_license)) &&
        (ful_is_id(L, i + 1, FUL_W_till) || ful_is_id(L, i + 1, FUL_W_until) || ful_is_id(L, i + 1, FUL_W_through)) &&
        !(L->t[i + 1].flags & T_BREAK) && ((L->t[i + 2].bits & FUL_CUE_DATE) || (L->t[i + 2].flags & T_NUM)) &&
        ful_next(L, ful_next(L, i + 1, end), end) < 0)
        return 1; /* "contract till 2027": how long a paper of theirs runs, said short */
    if (i == a && i + 1 < end && ful_is_id(L, i, FUL_W_both) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
        (j = ful_next(L, i, end)) >= 0 && !(L->t[j].bits & ~(FUL_CUE_WORD | FUL_CUE_RECAP)) &&
        ((ful_participle(L, j) && !ful_is_id(L, j, FUL_W_need)) || (ful_wset[L->t[j].wid] & FUL_WS_MOOD) || ful_is_id(L, j, FUL_W_very) ||
         ful_is_id(L, j, FUL_W_really))) {
        /* "both burned out", "both very keen": how the two of them are, no
         * step of both sides; nothing ahead after it */
        for (k = ful_next(L, j, end); k >= 0; k = ful_next(L, k, end))
            if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED | FUL_CUE_HEDGE)) ||
                (L->t[k].flags & (T_NUM | T_QUOTED)) || ful_is_id(L, k, FUL_W_to))
                break;
        if (k < 0)
            return 1;
    }
    if (i == a && a > 0 && i + 1 < end && L->t[i].span == 1 && !(L->t[i].flags & (T_CAP | T_QUOTED)) && ful_participle(L, i) &&
        !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_NEGBOOK))) {
        /* "Budget is 85k, approved by the CFO last month": a clause opening
         * with a participle, then who did it and when, behind us: what was
         * done, told */
        int agent = 0, behind = 0;
        for (k = i + 1; k < end; k++) {
            if (ful_is_id(L, k, FUL_W_by) && k + 1 < end && !(L->t[k + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) &&
                !(L->t[k + 1].flags & T_NUM))
                agent = 1;
            else if ((L->t[k].bits & FUL_CUE_DATE) && ful_time_behind(L, k, end))
                behind = 1;
            else if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE |
                                      FUL_CUE_DSTART)) ||
                     (L->t[k].flags & (T_QUOTED | T_NUM)) || ful_is_id(L, k, FUL_W_to))
                break;
        }
        if (k == end && behind && agent)
            return 1;
    }
    if (i + 1 < end && (L->t[i].bits & FUL_CUE_DNOUN) && L->t[i].span == 1 && L->t[i + 1].span == 1 &&
        !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
        ((!(L->t[i].flags & T_QUOTED) && (ful_wset[L->t[i + 1].wid] & FUL_WS_ONSET) && ful_ends_sv(L, i + 1)) ||
         /* "budgets reset then", quoted too: the things, plural, and the plain form */
         (ful_ends_sv(L, i) &&
          (ful_is_id(L, i + 1, FUL_W_reset) || ful_is_id(L, i + 1, FUL_W_change) || ful_is_id(L, i + 1, FUL_W_start) ||
           ful_is_id(L, i + 1, FUL_W_renew) || ful_is_id(L, i + 1, FUL_W_end) || ful_is_id(L, i + 1, FUL_W_expire))))) {
        /* "Budget resets in April", "Pricing changes in January": a thing of
         * the deal opening the clause and when it starts, ends or changes
         * (no order is followed by a verb in -s); nothing else after it */
        for (k = i + 2; k < end; k++)
            if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_CLIENT | FUL_CUE_SELLER |
                                 FUL_CUE_SOBJ)) || ((L->t[k].flags ^ L->t[i].flags) & T_QUOTED) || ful_is_id(L, k, FUL_W_to))
                break;
        if (k == end)
            return 1;
    }
    if (i < end && (L->t[i].bits & FUL_CUE_SPEECH) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
        !(L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) && ful_status_at(L, i, end))
        return 1; /* "Said the price is fine": the client said (the note leaves out who), how things stand */
    if (i < end && ful_is_id(L, i, FUL_W_get) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 &&
        (L->t[j].bits & FUL_CUE_ART))
        return 0; /* "get the SOW signed": an order (ful_causative), not "the SOW signed" */
    /* "Price too high", '"Your price is too high"', "the proposal very
     * expensive": a thing of the deal and how it stands, in quotes too (a
     * thing that is a verb's word too is no order before "too") */
    j = i < end && ((L->t[i].bits & (FUL_CUE_POSS | FUL_CUE_YOU)) || ful_is_id(L, i, FUL_W_the)) && L->t[i].span == 1 ? ful_next(L, i, end)
                                                                                                                 : i < end ? i : -1;
    if (j >= 0 && (L->t[j].bits & FUL_CUE_DNOUN) && L->t[j].span == 1 && !(L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
        (k = ful_next(L, j, end)) >= 0) {
        if (!L->t[k].bits && L->t[k].span == 1 && !(L->t[k].flags & (T_CAP | T_NUM | T_QUOTED)) && ful_next(L, k, end) >= 0 &&
            ful_ing_adjective(L, ful_next(L, k, end)))
            k = ful_next(L, k, end); /* ("Pricing page confusing": the thing's second noun) */
        if (ful_be_form(L, k))
            k = ful_next(L, k, end);
        if (k >= 0 && ful_ing_adjective(L, k) && ful_state_to_end(L, ful_next(L, k, end), end))
            return 1; /* "Pricing page confusing for them", "the deck is confusing": how the thing is */
        if (k >= 0 && (ful_is_id(L, k, FUL_W_too) || ful_is_id(L, k, FUL_W_very)) && (j = ful_next(L, k, end)) >= 0 &&
            !(L->t[j].bits & ~FUL_CUE_WORD) && !(L->t[j].flags & (T_NUM | T_CAP)) && ful_next(L, j, end) < 0)
            return 1;
    }
    if (i < end && ((L->t[i].bits & FUL_CUE_POSS) || ful_is_id(L, i, FUL_W_our)) && !(L->t[i].flags & T_QUOTED)) {
        /* "Their market research agency is Ipsos", "our only contact is their
         * ops manager": after "their" or "our", the words up to "is" name a
         * thing, even those that are verbs elsewhere */
        for (k = ful_next(L, i, end), j = 0; k >= 0 && j < 4; k = ful_next(L, k, end), j++) {
            if (j > 0 && ful_be_form(L, k)) {
                if (ful_copula_fact(L, k, end))
                    return 1;
                break;
            }
            if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED |
                                 FUL_CUE_NEG | FUL_CUE_DATE | FUL_CUE_POSS | FUL_CUE_ART)) ||
                (L->t[k].flags & (T_NUM | T_QUOTED)))
                break;
        }
    }
    {
        /* "Prefers texts over calls", "Doesn't like long decks", "Reports to
         * the COO": a contact's habit or taste, the subject left unsaid (an
         * order is never in -s) */
        j = i;
        if (j < end && (ful_is_id(L, j, FUL_W_doesn_t) || ful_is_id(L, j, FUL_W_doesnt)))
            j = ful_next(L, j, end);
        if (j >= 0 && j < end && L->t[j].span == 1 && !(L->t[j].flags & T_QUOTED) && (j > i || ful_ends_sv(L, j)) &&
            (ful_wset[L->t[j].wid] & FUL_WS_STATEV) && (k = ful_next(L, j, end)) >= 0 && !ful_is_id(L, k, FUL_W_to)) {
            for (; k < end; k++)
                if (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_BOOKED))
                    break; /* ("prefers a call Friday": a step after all) */
            if (k >= end)
                return 1;
        }
        if (j == i && j < end && ful_is_id(L, j, FUL_W_reports) && (k = ful_next(L, j, end)) >= 0 && ful_is_id(L, k, FUL_W_to) &&
            (k = ful_next(L, k, end)) >= 0 && (L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_CLIENT)))
            return 1;
    }
    if (i < end && ful_contraction_be(L, i) && (L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
        (j = ful_next(L, i, end)) >= 0 && (ful_is_id(L, j, FUL_W_a) || ful_is_id(L, j, FUL_W_an))) {
        /* "They're a Microsoft shop", "she's an ex-Oracle AE": what they are */
        if (ful_state_to_end(L, ful_next(L, j, end), end))
            return 1;
    }
    if (i < end && ful_contraction_be(L, i) && (L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) && i + 1 < end &&
        ful_badge(L, i + 1, end))
        return 1; /* "They're ISO 27001 certified" */
    if (i < end && ful_contraction_be(L, i) && (L->t[i].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
        (j = ful_next(L, i, end)) >= 0 && ful_away(L, j, end))
        return 1; /* "she's on leave till Jan", "we're in year-end close" */
    while (i >= 0 && i < end && n < 5) {
        uint32_t b = L->t[i].bits;
        if ((n > 0 || ful_ends_s(L, i)) && lead_verb != 1 && ful_copula_fact(L, i, end))
            return 1;
        /* "Contract auto-renews Jan 31"; "Their fiscal year starts April 1":
         * the calendar of a contract or a year, not anyone's step */
        if (n > 0 && lead_verb != 1 &&
            (ful_is_id(L, i, FUL_W_renews) || ful_is_id(L, i, FUL_W_ends) || ful_is_id(L, i, FUL_W_expires) ||
             (datey && (ful_is_id(L, i, FUL_W_starts) || ful_is_id(L, i, FUL_W_begins) || ful_is_id(L, i, FUL_W_closes)))) &&
            !(ful_is_id(L, i, FUL_W_renews) && ((L->t[a].flags & T_NAME) || ((L->t[a].bits & FUL_CUE_CLIENT) && !(L->t[a].bits & FUL_CUE_POSS)))))
            return 1; /* (but a person who renews acts: "Ana renews the contract on June 3") */
        /* "current 3PL is XPO, contract up 3/31", "their contract is up in
         * March": a contract's term running out, as "ends" is */
        if (n > 0 && lead_verb != 1 && ful_is_id(L, i, FUL_W_up) && i > a &&
            (ful_is_id(L, i - 1, FUL_W_contract) || ful_is_id(L, i - 1, FUL_W_license) ||
             (i - 1 > a && ful_is_id(L, i - 1, FUL_W_is) &&
              (ful_is_id(L, i - 2, FUL_W_contract) || ful_is_id(L, i - 2, FUL_W_license)))) &&
            (j = ful_next(L, i, end)) >= 0 &&
            ((L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) || (L->t[j].flags & T_NUM) || ful_is_id(L, j, FUL_W_for)))
            return 1;
        /* "Framework agreement lot 3 runs to 2029", "Standstill period runs 10 days": how long it lasts */
        if (n > 0 && lead_verb != 1 && (ful_is_id(L, i, FUL_W_runs) || ful_is_id(L, i, FUL_W_lasts)) && (j = ful_next(L, i, end)) >= 0 &&
            (ful_is_id(L, j, FUL_W_to) || ful_is_id(L, j, FUL_W_until) || ful_is_id(L, j, FUL_W_till) || ful_is_id(L, j, FUL_W_through) ||
             ful_is_id(L, j, FUL_W_for) || (L->t[j].flags & T_NUM)) &&
            !(ful_next(L, j, end) >= 0 && (ful_is_id(L, ful_next(L, j, end), FUL_W_be) || (L->t[ful_next(L, j, end)].bits & VERBISH))))
            return 1; /* (not "loss runs to be provided by their carrier": a thing's name) */
        if (n == 0 && (b & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)) &&
            !(b & (VERBISH & ~(FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP))) &&
            !(L->t[i].flags & T_QUOTED) && (j = ful_next(L, i, end)) >= 0 &&
            (!(L->t[j].bits & VERBISH) || ful_ends_ing(L, j) || ((b & FUL_CUE_DNOUN) && ful_is_id(L, j, FUL_W_accepted))) &&
            !(L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_CLIENT | FUL_CUE_DATE)) &&
            !(L->t[j].flags & (T_CAP | T_NAME | T_NUM))) {
            /* "Grant funding covers 60%": a verb's word naming a thing, if a state follows;
             * "Quote #4471 went out", "Onboarding doc sent": a noun (2) */
            lead_verb = (b & FUL_CUE_DNOUN) || ful_ends_ing(L, i) || ((b & FUL_CUE_EVENT) && ful_past_verb(L, j)) ||
                                (ful_be_form(L, j) && (k = ful_next(L, j, end)) >= 0 && (L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)))
                            ? 2 /* ("price is the main issue": no order is followed by "is the") */
                            : 1;
            n++;
            i = j;
            continue;
        }
        if (n > 0 && ful_ends_ing(L, i) && !(b & (VERBISH & ~(FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)))) {
            n++; /* "Grant funding", "security onboarding": a noun in -ing */
            i = ful_next(L, i, end);
            continue;
        }
        /* "Our quote was accepted", "our pricing was too high": our own
         * thing and how it stands (not "our SE to send it") */
        if (n == 0 && (ful_is_id(L, i, FUL_W_our) || ful_is_id(L, i, FUL_W_my)) && (j = ful_next(L, i, end)) >= 0 &&
            (L->t[j].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT)) && !(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH |
                                                                FUL_CUE_REQUEST | FUL_CUE_BOOKED)) &&
            (k = ful_next(L, j, end)) >= 0 && (k = ful_skip_last(L, k, end)) >= 0 &&
            (ful_be_done(L, k, end) || (ful_past_verb(L, k) && !(L->t[k].bits & VERBISH) && ful_done_thing(L, k, end)) ||
             /* "Our quote was accepted": a thing, not a meeting, is accepted once */
             (!(L->t[j].bits & FUL_CUE_EVENT) && ful_be_form(L, k) && (k = ful_next(L, k, end)) >= 0 &&
              (L->t[k].bits & FUL_CUE_BOOKED) && ful_participle(L, k) && ful_next(L, k, end) < 0)))
            return 1;
        if (n == 0 && (ful_is_id(L, i, FUL_W_last) || ful_is_id(L, i, FUL_W_previous) || ful_is_id(L, i, FUL_W_prev)) &&
            L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 && (L->t[j].bits & FUL_CUE_DNOUN) &&
            !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART))) {
            i = j; /* "last price increase was 9% in Aug": which one, then the thing, read as a thing */
            continue;
        }
        if (n == 0 && (b & FUL_CUE_FILLER) && !(b & (FUL_CUE_CLIENT | FUL_CUE_POSS | VERBISH | FUL_CUE_NEG)) &&
            !ful_is_id(L, i, FUL_W_not) && !ful_is_id(L, i, FUL_W_still)) {
            i = ful_next(L, i, end); /* "pls use the new deck": a filler is no subject */
            continue;
        }
        if (datey && n > 0 && ful_be_form(L, i) && L->t[i].span == 1 && lead_verb != 1 && (j = ful_next(L, i, end)) >= 0 &&
            !(L->t[j].flags & T_QUOTED) && !ful_is_id(L, j, FUL_W_to) && !ful_ends_ing(L, j) &&
            !(L->t[j].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_VAGUE))) {
            /* "Fiscal year is the calendar year", "FY is April to March":
             * how their year runs, whatever months it names */
            for (k = ful_next(L, j, end); k >= 0; k = ful_next(L, k, end))
                if ((L->t[k].bits & (VERBISH | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_CLIENT | FUL_CUE_SELLER)) ||
                    (L->t[k].flags & T_QUOTED))
                    break;
            if (k < 0)
                return 1;
        }
        if ((n > 0 || (ful_is_id(L, i, FUL_W_fy) && L->t[i].span == 1)) && !(L->t[i].flags & T_QUOTED) &&
            (((b & FUL_CUE_DATE) && (ful_is_id(L, i, FUL_W_year) || ful_is_id(L, i, FUL_W_quarter))) ||
             ful_is_id(L, i, FUL_W_fy) || ful_is_id(L, i, FUL_W_cycle) || ful_is_id(L, i, FUL_W_period) ||
             ful_is_id(L, i, FUL_W_season))) {
            n++; /* "Their fiscal year ends June 30": a date's noun in the subject */
            datey = 1;
            i = ful_next(L, i, end);
            continue;
        }
        if ((b & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_EVENT)) && lead_verb != 1 &&
            !(b & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED | FUL_CUE_SELLER)) &&
            !(L->t[i].flags & T_QUOTED) && (j = ful_next(L, i, end)) >= 0 && ful_copula_fact(L, j, end))
            return 1; /* "Procurement contact is Mr. Adeyemi", "the call was the turning point": the verb's word as a noun */
        if (n == 0 && (b & FUL_CUE_EVENT) && !(b & (FUL_CUE_DATE | FUL_CUE_COND)) && !(L->t[i].flags & T_QUOTED) &&
            (j = ful_next(L, i, end)) >= 0 && (L->t[j].bits & FUL_CUE_WITH) && (k = ful_next(L, j, end)) >= 0 &&
            ((!(L->t[k].bits & (FUL_CUE_POSS | FUL_CUE_ART)) || (k = ful_next(L, k, end)) >= 0)) &&
            ((L->t[k].bits & FUL_CUE_CLIENT) || (L->t[k].flags & (T_CAP | T_NAME))) && !(L->t[k].bits & VERBISH)) {
            /* "Call with Tom went great", "call w/ their CFO ran long": the
             * meeting and whom it was with, then how it went */
            int v = ful_next(L, k, end);
            if (v >= 0 && (L->t[v].flags & T_CAP) && !(L->t[v].bits & FUL_CUE_WORD))
                v = ful_next(L, v, end); /* (a surname) */
            if (v >= 0 && !(L->t[v].bits & VERBISH) && ful_past_verb(L, v)) {
                n += 2;
                i = v;
                continue;
            }
        }
        if (n == 0 && (b & FUL_CUE_EVENT) && !(b & (VERBISH | FUL_CUE_DATE | FUL_CUE_COND)) && !(L->t[i].flags & T_QUOTED) &&
            (j = ful_next(L, i, end)) >= 0 &&
            (ful_past_verb(L, j) || ful_is_id(L, j, FUL_W_done) || ful_is_id(L, j, FUL_W_ends) || ful_is_id(L, j, FUL_W_expires))) {
            n++; /* "Demo done", "Call ran over", "Pilot ends 12/20": the meeting is the subject */
            i = j;
            continue;
        }
        if (n == 0 && (b & FUL_CUE_SELLER) && (L->t[i].flags & T_QUOTED) && L->t[i].span == 1 &&
            (!(b & VERBISH) || ful_is_id(L, i, FUL_W_we_ve) || ful_is_id(L, i, FUL_W_i_ve) || ful_is_id(L, i, FUL_W_ive))) {
            /* "we were burned by the last vendor" - CFO: in quotes "we" is the
             * client, a subject like "they"; what it did is told */
            if ((b & VERBISH) && ful_quoted_record(L, i, end))
                return 1; /* "we've been burned before" */
            if (b & VERBISH)
                break;
            i = ful_next(L, i, end);
            if (i >= 0 && ful_quoted_record(L, i, end))
                return 1;
            n++;
            continue;
        }
        if (n > 0 && lead_verb != 1 && (b & VERBISH) && !(b & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST)) &&
            !(L->t[i].flags & T_QUOTED) && (j = ful_next(L, i, end)) >= 0 &&
            ((ful_stative(L, j) && !ful_cost_noun(L, j, end)) || ful_weak_stative(L, j, end) ||
             (ful_fact_word(L, j) == FW_WEAK && ful_every_after(L, j, end))))
            return 1; /* "the cheque run happens on the 15th every month": a verb's word ending the subject's noun, then how it goes */
        if (b & (VERBISH | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_EVENT | FUL_CUE_COND | FUL_CUE_DATE |
                 FUL_CUE_RECAP | FUL_CUE_NEG)) {
            /* "Security review not started": a verb's word as the subject's noun */
            if (n > 0 && (b & VERBISH) && (j = ful_next(L, i, end)) >= 0 &&
                (ful_not_done(L, j, end) ||
                 (lead_verb != 1 && (b & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)) &&
                  !(b & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED)) &&
                  ful_done_thing(L, j, end))))
                return 1; /* ("Budgetary quote provided last week") */
            if ((b & FUL_CUE_EVENT) && !(b & VERBISH) && (j = ful_next(L, i, end)) >= 0 && ful_be_done(L, j, end))
                return 1; /* "the decision is taken at group level": a meeting's noun and its state */
            return n > 0 && (ful_be_done(L, i, end) || (lead_verb != 1 && ful_done_thing(L, i, end))); /* ("budgets are frozen", in quotes too) */
        }
        if (n > 0 && lead_verb != 1 && (ful_wset[L->t[i].wid] & FUL_WS_STATEV) && L->t[i].span == 1 && ful_ends_sv(L, i) &&
            !(L->t[i].flags & T_QUOTED) && (j = ful_next(L, i, end)) >= 0 && !ful_is_id(L, j, FUL_W_to)) {
            for (k = j; k < end && !(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_BOOKED)); k++)
                ;
            if (k >= end)
                return 1; /* "Budget sits with IT, not ops": where a thing is, told */
        }
        if (n > 0 && lead_verb != 1 && ful_is_id(L, i, FUL_W_reports) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
            (j = ful_next(L, i, end)) >= 0 && (ful_is_id(L, j, FUL_W_to) || ful_is_id(L, j, FUL_W_into)) &&
            (k = ful_next(L, j, end)) >= 0 && ((L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_CLIENT)) || (L->t[k].flags & T_CAP))) {
            for (k = ful_next(L, k, end); k >= 0 && !(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_BOOKED | VERBISH)); k = ful_next(L, k, end))
                ;
            if (k < 0)
                return 1; /* "The CFO reports to the board directly": to whom, told */
        }
        if (n > 0 && lead_verb != 1 && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED) &&
            (ful_is_id(L, i, FUL_W_and) || ful_is_word(L, i, "&")) && (j = ful_next(L, i, end)) >= 0 &&
            (L->t[j].flags & (T_CAP | T_NAME)) && !(L->t[j].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_MODAL)) &&
            ((L->t[i - 1].flags & (T_CAP | T_NAME)) || (L->t[i - 1].bits & FUL_CUE_CLIENT))) {
            n++; /* "Bill and Hope joined late": two names, one subject */
            i = ful_next(L, j, end);
            continue;
        }
        if (n > 0 && lead_verb != 1 && (j = ful_skip_last(L, i, end)) != i) {
            n++; /* "the meeting last Tuesday went well": when it was, inside the subject */
            i = j;
            continue;
        }
        if (ful_fact_word(L, i) != FW_NONE || ful_contraction(L, i))
            break;
        if (n > 0 && lead_verb != 1 && !(b & FUL_CUE_CLIENT) && ful_past_verb(L, i))
            return ful_done_thing(L, i, end); /* "Invoice 2291 paid", "Reference call done" */
        if (ful_verb_shape(L, i) && !(b & (FUL_CUE_WORD | FUL_CUE_CLIENT)) && !(L->t[i].flags & (T_CAP | T_NAME)) && n > 0)
            return lead_verb != 1 && ful_done_thing(L, i, end); /* an unknown verb after the subject: "budget resets" is read elsewhere */
        n++;
        i = ful_next(L, i, end);
    }
    if (n == 0 || i < 0 || i >= end)
        return 0;
    if ((ful_is_id(L, i, FUL_W_still) || ful_is_id(L, i, FUL_W_already)) && (j = ful_next(L, i, end)) >= 0)
        i = j;
    if ((ful_stative(L, i) && !ful_cost_noun(L, i, end)) || ful_not_done(L, i, end) || (!lead_verb && ful_weak_stative(L, i, end)))
        return 1;
    j = ful_next(L, i, end);
    if (j < 0 || lead_verb)
        return 0;
    /* "NDA in place", "deal in limbo": how a thing stands ("review in
     * progress on their side" is their work going on, not read here) */
    if (ful_is_id(L, i, FUL_W_in) && (ful_is_id(L, j, FUL_W_place) || ful_is_id(L, j, FUL_W_limbo)))
        return 1;
    /* "on the table", "in play", "on hold", "on file", "contract up in March": where a deal stands */
    if ((ful_is_id(L, i, FUL_W_up) && (ful_is_id(L, j, FUL_W_in) || ful_is_id(L, j, FUL_W_for))) ||
        (ful_is_id(L, i, FUL_W_on) &&
         (ful_is_id(L, j, FUL_W_hold) || ful_is_id(L, j, FUL_W_file) || (ful_is_id(L, j, FUL_W_the) && ful_is_id(L, ful_next(L, j, end), FUL_W_table)))) ||
        (ful_is_id(L, i, FUL_W_in) && ful_is_id(L, j, FUL_W_play)))
        return 1;
    /* "team very engaged", "price too high": a state said without its "is" */
    if (!(L->t[i].flags & T_QUOTED) &&
        (ful_is_id(L, i, FUL_W_very) || ful_is_id(L, i, FUL_W_really) || ful_is_id(L, i, FUL_W_super) ||
         ful_is_id(L, i, FUL_W_quite) || ful_is_id(L, i, FUL_W_too))) {
        if (L->t[j].bits & (VERBISH | FUL_CUE_DATE))
            return 0;
        for (; j >= 0; j = ful_next(L, j, end))
            if (ful_is_id(L, j, FUL_W_to) || (L->t[j].bits & FUL_CUE_DATE) || (L->t[j].flags & T_NUM))
                return 0; /* "Tom super keen to see it", "very keen, Fri" */
        return 1;
    }
    return 0;
}

/* "the broker of record letter will be signed by the client", "loss runs
 * to be provided by their carrier": a passive whose doer, after "by", is
 * the client's; the token of that doer, or -1. */
int ful_passive_agent(const ful_cline *L, int a, int end)
{
    int i, j, k;
    if (!(L->wsets & FUL_WG_PASSIVE))
        return -1; /* (no "be" or "been" on the line) */
    for (i = a; i < end; i++) {
        if (!ful_is_id(L, i, FUL_W_be) && !ful_is_id(L, i, FUL_W_been))
            continue;
        j = ful_next(L, i, end);
        if (j < 0 || (L->t[j].flags & T_QUOTED) ||
            !(ful_participle(L, j) || ful_is_id(L, j, FUL_W_sent) || ful_is_id(L, j, FUL_W_done) ||
              ful_is_id(L, j, FUL_W_given) || ful_is_id(L, j, FUL_W_made) || ful_is_id(L, j, FUL_W_taken)))
            continue;
        k = ful_next(L, j, end);
        if (k >= 0 && (ful_is_id(L, k, FUL_W_back) || ful_is_id(L, k, FUL_W_over) || ful_is_id(L, k, FUL_W_out)))
            k = ful_next(L, k, end);
        if (k < 0 || !ful_is_id(L, k, FUL_W_by) || (k = ful_next(L, k, end)) < 0)
            continue;
        if ((L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !ful_is_id(L, k, FUL_W_to) && (j = ful_next(L, k, end)) >= 0)
            k = j; /* "by the client", "by their carrier" */
        if ((L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_DATE | FUL_CUE_YOU)) || (L->t[k].flags & T_NUM))
            return -1; /* "by us", "by Friday" */
        if (((L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & VERBISH)) || (L->t[k].flags & T_NAME) ||
            ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD)) ||
            ((L->t[k - 1].bits & FUL_CUE_POSS) && !(L->t[k].bits & VERBISH)))
            return k;
        return -1;
    }
    return -1;
}

/* "Kofi's team tracks temps on paper logs", "Nour (IT) insists on 2
 * diverse fibre paths": a verb no list holds, in the present's -s, right
 * after its subject (and the subject's role words), with nothing of the
 * deal after it (a paper, a meeting, us, them, "next"; "with" or a
 * particle right after it: "speaks with the CFO", "holds off"): how they
 * work, no step.
 * The caller has found no day and no word of the future or a hedge
 * ("Dana vets the proposal" stays their act). */
int ful_unknown_present(const ful_cline *L, int s, int v)
{
    int q;
    if (v <= s || !ful_plain_s_verb(L, v))
        return 0;
    for (q = s + 1; q < v; q++)
        if (!(L->t[q].bits & FUL_CUE_CLIENT) || (L->t[q].flags & T_BREAK))
            return 0; /* ("Kofi's team", "Nour (IT)") */
    for (q = v + 1; q < L->nt && !(L->t[q].flags & T_BREAK); q++)
        if ((L->t[q].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_EVENT | FUL_CUE_SOBJ | FUL_CUE_COBJ | FUL_CUE_YOU)) ||
            ful_is_id(L, q, FUL_W_next) ||
            (q == v + 1 && ((L->t[q].bits & FUL_CUE_WITH) || ful_is_word(L, q, "off") || ful_is_word(L, q, "back") || ful_is_word(L, q, "up") ||
                            ful_is_word(L, q, "out"))))
            return 0; /* (with the CFO, "holds off": an act of theirs) */
    return 1;
}
