/* classify_seller.c: what a clause the seller acts in amounts to: a thing
 * handed over or made (compliance), a chase (non), an event set up, or a
 * deliverable the client obtains from us ("get the PO from their legal"). */
#include "clause.h"

/* "re", "about", "regarding", "on": what follows is the topic of a chase,
 * not a thing handed over */
static int ful_topic_word(const ful_cline *L, int i)
{
    return (L->t[i].bits & FUL_CUE_TOPIC) && L->t[i].span == 1;
}

/* "team", "committee", "mgmt": a word for a group of people */
static int ful_group_word(const ful_cline *L, int k)
{
    return ful_is_id(L, k, FUL_W_team) || ful_is_id(L, k, FUL_W_committee) || ful_is_id(L, k, FUL_W_board) ||
           ful_is_id(L, k, FUL_W_dept) || ful_is_id(L, k, FUL_W_department) || ful_is_id(L, k, FUL_W_mgmt) ||
           ful_is_id(L, k, FUL_W_management) || ful_is_id(L, k, FUL_W_group) || ful_is_id(L, k, FUL_W_org) ||
           ful_is_id(L, k, FUL_W_lead) || ful_is_id(L, k, FUL_W_people);
}

/* A deliverable noun after "with" in the clause: "follow up with the pricing sheet". */
static int ful_with_deliverable(const ful_cline *L, int from, int end)
{
    int i, k;
    if (!(L->any & FUL_CUE_WITH))
        return 0; /* (no pass adds a "with" cue after the lookup: any holds them all) */
    for (i = from; i < end; i++) {
        if (!(L->t[i].bits & FUL_CUE_WITH))
            continue;
        /* "follow up with Dev on the intro", "w/ Will", "w/ raj": with a
         * person, not a deliverable */
        if (i + 1 < end && ((L->t[i + 1].bits & (FUL_CUE_CLIENT | FUL_CUE_COBJ)) ||
                            ((L->t[i + 1].flags & T_CAP) && !(L->t[i + 1].bits & (FUL_CUE_DNOUN | FUL_CUE_EVENT))) ||
                            !(L->t[i + 1].bits & FUL_CUE_WORD)))
            continue;
        if (i + 2 < end && ful_is_id(L, i + 1, FUL_W_the) && (ful_is_id(L, from, FUL_W_reply) || ful_is_id(L, from, FUL_W_respond)) &&
            !(L->t[i + 2].bits & (FUL_CUE_CLIENT | FUL_CUE_EVENT | FUL_CUE_DATE)) && !(L->t[i + 2].flags & (T_CAP | T_BREAK)))
            return 1; /* "reply to Denise with the 510(k) clearance letter": what the reply carries */
        k = i + 1 < end && (ful_is_id(L, i + 1, FUL_W_the) || (L->t[i + 1].bits & FUL_CUE_POSS)) ? i + 2 : i + 1;
        if (k + 1 < end && L->t[k].span == 1 && !(L->t[k + 1].flags & T_BREAK) &&
            (ful_is_word(L, k, "updated") || ful_is_word(L, k, "revised") || ful_is_word(L, k, "amended") ||
             ful_is_word(L, k, "corrected") || ful_is_word(L, k, "final")))
            return 1; /* "circle back w/ updated fuel surcharge table", "w/ revised #s": a thing remade for them */
        for (k = i + 1; k < end && k <= i + 5; k++) {
            if (ful_topic_word(L, k))
                break; /* "with them re: pricing": pricing is the topic */
            if ((L->t[k].bits & FUL_CUE_DNOUN) && k + 1 < end && !(L->t[k + 1].flags & T_BREAK) && ful_group_word(L, k + 1))
                break; /* "with the contracts team", "w/ Materials mgmt": people named by their work */
            if (L->t[k].bits & FUL_CUE_DNOUN)
                return 1;
            if (L->t[k].flags & T_BREAK)
                break;
        }
        /* "Follow up with the revised certificate Dana asked for": what they asked for is a thing */
        for (k = i + 2; k < end && k <= i + 8 && !(L->t[k].flags & T_BREAK); k++)
            if ((L->t[k].bits & FUL_CUE_REQUEST) && ((ful_is_id(L, k, FUL_W_asked) && ful_is_id(L, k + 1, FUL_W_for)) ||
                                                     (ful_is_id(L, k, FUL_W_requested) &&
                                                      ((L->t[k - 1].bits & FUL_CUE_CLIENT) ||
                                                       ((L->t[k - 1].flags & (T_CAP | T_NAME)) &&
                                                        !(L->t[k - 1].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_SELLER)))))))
                return 1; /* (and "the training schedule they requested", "the matrix Deepa requested") */
    }
    return 0;
}

/* "with" followed by a client (a role, their X, a name): the seller works
 * with the client; "from"/"by" a client: a passive ("Signed order form
 * expected from procurement"), the client acts. */
/* After a possessive at k ("their", "his"): someone of theirs ("their
 * CFO", "their team", "his Ops lead"), not a thing ("their dataset"): a
 * role or a name within two words, before any thing's noun. */
static int ful_their_people(const ful_cline *L, int k, int end)
{
    int n, j = k;
    for (n = 0; n < 2 && (j = ful_next(L, j, end)) >= 0; n++) {
        uint32_t b = L->t[j].bits;
        if ((b & FUL_CUE_CLIENT) || (L->t[j].flags & (T_NAME | T_CAP)))
            return 1;
        if (b & (FUL_CUE_DNOUN | FUL_CUE_CDOC | FUL_CUE_EVENT | VERBISH | FUL_CUE_DATE))
            return 0;
    }
    return n == 0; /* ("with theirs") */
}

static int ful_with_client(const ful_cline *L, int from, int end)
{
    int i, k;
    for (i = from; i < end; i++) {
        if (!(L->t[i].bits & FUL_CUE_WITH) && !ful_is_id(L, i, FUL_W_from) && !ful_is_id(L, i, FUL_W_by))
            continue;
        for (k = i + 1; k < end && k <= i + 3; k++) {
            uint32_t b = L->t[k].bits;
            if ((b & FUL_CUE_POSS) && !(b & FUL_CUE_CLIENT) && !ful_their_people(L, k, end))
                break; /* "with their anonymised dataset": a thing of theirs, not them */
            if ((b & (FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_COBJ)) ||
                ((L->t[k].flags & T_CAP) && !(b & FUL_CUE_WORD)))
                return 1;
            if (!(b & FUL_CUE_ART))
                break;
        }
    }
    return 0;
}

/* A date, a time or a booking after token i in the clause: "Do the demo
 * Thursday 2pm" is a meeting, not a thing made. */
static int ful_when_after(const ful_cline *L, int i, int end)
{
    for (i++; i < end; i++)
        if ((L->t[i].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED)) || (L->t[i].flags & T_NUM))
            return 1;
    return 0;
}

/* What the seller's clause [from, end) amounts to. *vt gets the verb. */
/* "send the deck before we meet", "update the model until they reply":
 * a clause of time after the to-do says when, not what anyone does; the
 * to-do ends where it starts (or end). */
static int ful_time_clause_at(const ful_cline *L, int from, int end)
{
    int i, j;
    if (!(L->marks & FUL_SAW_TIMEW))
        return end; /* none of its words on the line (the lookup's mark) */
    for (i = from + 1; i + 1 < end; i++) {
        /* before, after, until, till, when, once, while: ful_wrule's FUL_SAW_TIMEW */
        if (!(ful_wrule[L->t[i].wid] & FUL_SAW_TIMEW) || (L->t[i].flags & (T_INPHR | T_QUOTED)))
            continue;
        j = i + 1;
        if (ful_is_id(L, j, FUL_W_we) || ful_is_id(L, j, FUL_W_they) || ful_is_id(L, j, FUL_W_he) || ful_is_id(L, j, FUL_W_she) ||
            ful_is_id(L, j, FUL_W_i) || ful_is_id(L, j, FUL_W_you) || (L->t[j].flags & T_NAME))
            return i;
        /* "after their board meets": a possessive, its noun, then a verb */
        if ((ful_is_id(L, j, FUL_W_their) || ful_is_id(L, j, FUL_W_his) || ful_is_id(L, j, FUL_W_her)) && j + 2 < end &&
            (L->t[j + 1].bits & FUL_CUE_CLIENT) &&
            ((L->r[j + 2].len > 2 && L->r[j + 2].lw[L->r[j + 2].len - 1] == 's') || (L->t[j + 2].bits & FUL_CUE_MODAL)) &&
            (L->t[j + 2].bits & (VERBISH | FUL_CUE_EVENT | FUL_CUE_JOINT)))
            return i;
    }
    return end;
}

/* "get sign-off from their CFO", "get Tom's approval", "get a verbal by
 * Friday": what we must obtain from the client is ours to chase; not our
 * thing handed over ("get a quote to Omar", "get them free access"), nor
 * what others do for us ("get pricing approved", "get legal to review"). */
int ful_obtain_from(const ful_cline *L, int from, int end)
{
    int i, n;
    uint32_t b;
    if (L->t[from].span != 1 ||
        (L->t[from].flags & (T_QUOTED | T_INPHR)) || (i = ful_next(L, from, end)) < 0)
        return 0;
    if (ful_is_id(L, i, FUL_W_the) || ful_is_id(L, i, FUL_W_a) || ful_is_id(L, i, FUL_W_an) || ful_is_id(L, i, FUL_W_their) ||
        ful_is_id(L, i, FUL_W_his) || (ful_ends_s(L, i) && (L->t[i].flags & (T_NAME | T_CAP)) && !(L->t[i].bits & VERBISH)))
        i = ful_next(L, i, end);
    for (n = 0; i >= 0 && n < 3; n++, i = ful_next(L, i, end)) {
        b = L->t[i].bits;
        if (n > 0 && (ful_is_id(L, i, FUL_W_from) || ful_is_id(L, i, FUL_W_by) || ful_is_id(L, i, FUL_W_on) ||
                      ful_is_id(L, i, FUL_W_for) || ful_is_id(L, i, FUL_W_before) || (b & FUL_CUE_DATE) || (L->t[i].flags & T_BREAK)))
            break;
        if ((b & VERBISH) && !(b & (FUL_CUE_DNOUN | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_EVENT)) && i > from + 1 &&
            ((L->t[i - 1].bits & FUL_CUE_ART) || (i > from + 2 && (L->t[i - 2].bits & FUL_CUE_ART) && !(L->t[i - 1].bits & ~FUL_CUE_WORD))) &&
            !(L->t[i].flags & (T_CAP | T_BREAK)) && (n + 1 >= 3 || ful_next(L, i, end) < 0 ||
                                       ful_is_id(L, ful_next(L, i, end), FUL_W_from) || ful_is_id(L, ful_next(L, i, end), FUL_W_on)))
            continue; /* "get an update from Lena", "get a status update from procurement": the verb's word as a noun */
        if ((b & (VERBISH | FUL_CUE_DNOUN | FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_SELLER | FUL_CUE_YOU |
                  FUL_CUE_DATE | FUL_CUE_ART | FUL_CUE_EVENT | FUL_CUE_POSS | FUL_CUE_WITH)) &&
            !((b & FUL_CUE_CDOC) && !(b & (FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_ART))))
            return 0;
        if ((L->t[i].flags & (T_NUM | T_QUOTED | T_NAME)) || ful_participle(L, i) ||
            ((L->t[i].flags & T_CAP) && !(b & FUL_CUE_CDOC))) /* ("get the PO from Raj": their paper, in capitals) */
            return 0;
    }
    return n > 0 && (i < 0 || !(ful_is_id(L, i, FUL_W_to) || ful_is_id(L, i, FUL_W_over) || ful_participle(L, i) ||
                                /* "get a written answer from our eng": ours to obtain, then to give */
                                (ful_is_id(L, i, FUL_W_from) && ful_next(L, i, end) >= 0 &&
                                 (L->t[ful_next(L, i, end)].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ)))));
}

/* "a pilot (merchant) account", "the demo environment", "a trial
 * licence": a meeting's word before the thing it qualifies, no meeting */
int ful_event_modifier(const ful_cline *L, int i, int end)
{
    int k = i + 1, m;
    /* "the presentation in pdf", "the demo as a PPT": the thing sent, not the meeting */
    if (i + 2 < end && (ful_is_id(L, i + 1, FUL_W_in) || ful_is_id(L, i + 1, FUL_W_as)) &&
        (ful_is_word(L, i + 2, "pdf") || ful_is_word(L, i + 2, "ppt") || ful_is_word(L, i + 2, "pptx") ||
         ful_is_word(L, i + 2, "powerpoint") || ful_is_word(L, i + 2, "slides") ||
         (ful_is_id(L, i + 2, FUL_W_a) && i + 3 < end && (ful_is_word(L, i + 3, "pdf") || ful_is_word(L, i + 3, "ppt")))))
        return 1;
    /* "the training room", "a demo space": where a meeting is held, a place */
    if (k < end && !(L->t[k].flags & (T_BREAK | T_CAP | T_NUM)) && L->t[k].span == 1 &&
        (ful_is_word(L, k, "room") || ful_is_word(L, k, "rooms") || ful_is_word(L, k, "venue") || ful_is_word(L, k, "space") ||
         ful_is_word(L, k, "hall") || ful_is_word(L, k, "centre") || ful_is_word(L, k, "center")))
        return 1;
    for (m = 0; m < 2 && k < end && !(L->t[k].flags & (T_BREAK | T_CAP | T_NUM)) && !(L->t[k].bits & FUL_CUE_WORD); m++)
        k++; /* ("pilot merchant account", "pilot success criteria doc": a plain word or two between) */
    return k < end && k > i && !(L->t[k].flags & (T_BREAK | T_NUM)) && (L->t[k].bits & FUL_CUE_DNOUN) &&
           !(L->t[k].bits & (FUL_CUE_EVENT | VERBISH));
}

/* Does a noun follow the word at k in its clause ("reminder SMS",
 * "follow-up sequence"): the word before it qualifies it? */
static int ful_noun_after(const ful_cline *L, int k, int end)
{
    int n = ful_next(L, k, end);
    return n >= 0 && !(L->t[n].flags & (T_NUM | T_QUOTED)) && (!(L->t[n].flags & T_CAP) || ful_acronym(L, n)) &&
           !(L->t[n].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_WITH | FUL_CUE_TOPIC | FUL_CUE_COND |
                             FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_MODAL)) &&
           !ful_is_id(L, n, FUL_W_to) && !ful_is_id(L, n, FUL_W_for) && !ful_is_id(L, n, FUL_W_on) && !ful_is_id(L, n, FUL_W_in);
}

/* "send", "give", "drop", "shoot", "write": a deliverable's verb that can
 * carry a message ("send a reminder", "drop her a line"), not one that
 * makes a thing ("configure", "print", "build") */
static int ful_message_verb(const ful_cline *L, int v)
{
    return ful_is_id(L, v, FUL_W_send) || ful_is_id(L, v, FUL_W_sends) || ful_is_id(L, v, FUL_W_give) || ful_is_id(L, v, FUL_W_drop) ||
           ful_is_id(L, v, FUL_W_shoot) || ful_is_id(L, v, FUL_W_write) || ful_is_id(L, v, FUL_W_sending) || ful_is_id(L, v, FUL_W_resend) ||
           ful_is_id(L, v, FUL_W_forward) || ful_is_id(L, v, FUL_W_fire) || ful_is_id(L, v, FUL_W_leave) || ful_is_id(L, v, FUL_W_mail) ||
           ful_is_id(L, v, FUL_W_post) || ful_is_id(L, v, FUL_W_pass) || ful_is_id(L, v, FUL_W_put) || ful_is_id(L, v, FUL_W_get);
}

/* "the clinic", "the store", "the lab": a place of theirs that stands for
 * its people when something is sent to it */
static int ful_client_place(const ful_cline *L, int k)
{
    return !(L->t[k].flags & (T_CAP | T_QUOTED)) &&
           (ful_is_word(L, k, "clinic") || ful_is_word(L, k, "practice") || ful_is_word(L, k, "hospital") ||
            ful_is_word(L, k, "school") || ful_is_word(L, k, "store") || ful_is_word(L, k, "lab") || ful_is_word(L, k, "office") ||
            ful_is_word(L, k, "plant") || ful_is_word(L, k, "branch") || ful_is_word(L, k, "firm"));
}

/* "Email Biljana the conversion table", "text them their login": after
 * the verb at v, a person, then "the" or a possessive and a thing that no
 * word names as a deliverable: what is sent to them ("Email Tom the
 * date"; not "a reminder", "the follow-up": a message is a chase). */
static int ful_thing_to_person(const ful_cline *L, int v, int end)
{
    int p = ful_next(L, v, end), k;
    if (p >= 0 && ful_is_id(L, p, FUL_W_the) && (k = ful_next(L, p, end)) >= 0 && L->t[k].span == 1 &&
        ((L->t[k].bits & FUL_CUE_CLIENT) || ful_client_place(L, k)) && !(L->t[k].bits & (VERBISH | FUL_CUE_POSS | FUL_CUE_DNOUN)))
        p = k; /* "Email the clinic the integration list": a role or a place of theirs, then the thing */
    else if (p < 0 || L->t[p].span != 1 ||
             !((L->t[p].flags & T_NAME) || ((L->t[p].flags & T_CAP) && !(L->t[p].bits & FUL_CUE_WORD)) ||
               ful_is_id(L, p, FUL_W_them) || ful_is_id(L, p, FUL_W_him) || ful_is_id(L, p, FUL_W_her)))
        return 0;
    if ((k = ful_next(L, p, end)) < 0 || !(ful_is_id(L, k, FUL_W_the) || ((L->t[k].bits & FUL_CUE_POSS) && !ful_is_id(L, k, FUL_W_our))))
        return 0;
    for (k = ful_next(L, k, end); k >= 0; k = ful_next(L, k, end))
        if ((L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_EVENT | FUL_CUE_MODAL | FUL_CUE_TOPIC)) ||
            (L->t[k].flags & (T_NUM | T_QUOTED)) || ful_is_id(L, k, FUL_W_if) ||
            (ful_is_id(L, k, FUL_W_to) && !(L->t[k].off > 0 && L->s[L->t[k].off - 1] == '-'))) /* ("brine-to-salt": one word) */
            return 0;
    return 1;
}

/* "a couple of slots", "my availability", "a Calendly link", "a few
 * times": what a verb at v hands over is times to meet */
static int ful_offers_times(const ful_cline *L, int v, int end)
{
    int k, n;
    if (!(L->wsets & FUL_WG_SLOTS))
        return 0; /* (none of its words on the line) */
    for (k = ful_next(L, v, end), n = 0; k >= 0 && n < 5; k = ful_next(L, k, end), n++) {
        if (ful_gate_word(L, k, FUL_WG_SLOTS) && (n > 0 || !ful_is_id(L, k, FUL_W_times)))
            return 1;
        if (!((L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_COBJ)) || ful_is_id(L, k, FUL_W_few) ||
              ful_is_id(L, k, FUL_W_couple) || ful_is_id(L, k, FUL_W_some) || ful_is_id(L, k, FUL_W_two) ||
              ful_is_id(L, k, FUL_W_my) || ful_is_id(L, k, FUL_W_our)) ||
            (L->t[k].flags & T_BREAK))
            return 0;
    }
    return 0;
}

/* "email the roof survey photos to Grant tmrw": the thing, then to whom,
 * then at most when; the same hand-over as "email Grant the photos" */
static int ful_thing_then_person(const ful_cline *L, int v, int end)
{
    int k = ful_next(L, v, end), n = 0, j;
    if (k < 0 || !(ful_is_id(L, k, FUL_W_the) || ((L->t[k].bits & FUL_CUE_POSS) && !(L->t[k].bits & FUL_CUE_SELLER))))
        return 0;
    for (k = ful_next(L, k, end); k >= 0 && !ful_is_id(L, k, FUL_W_to); k = ful_next(L, k, end), n++)
        if ((L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & (VERBISH | FUL_CUE_COBJ | FUL_CUE_POSS)) && L->t[k].span == 1 &&
            k + 1 < end && ful_next(L, k, end) == k + 1 && !ful_is_id(L, k + 1, FUL_W_to) && !L->t[k + 1].bits &&
            !(L->t[k + 1].flags & (T_CAP | T_NUM | T_NAME | T_BREAK | T_QUOTED)))
            continue; /* "the finance options": a team's word naming a thing of theirs */
        else if (n >= 4 || (L->t[k].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_EVENT |
                                       FUL_CUE_MODAL | FUL_CUE_TOPIC | FUL_CUE_SOBJ)) ||
            (L->t[k].flags & (T_NUM | T_QUOTED | T_NAME | T_BREAK)))
            return 0; /* (a person or a meeting as the object: "email the CFO to confirm") */
    if (k >= 0 && (j = ful_next(L, k, end)) >= 0 && ful_title(L->r[j].lw, L->r[j].len) && ful_next(L, j, end) >= 0)
        k = j; /* "to Dr Joseph": the title, then the name */
    if (k < 0 || n == 0 || (k = ful_next(L, k, end)) < 0 || L->t[k].span != 1 ||
        !((L->t[k].flags & T_NAME) || ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD)) ||
          ful_is_id(L, k, FUL_W_them) || ful_is_id(L, k, FUL_W_him) || ful_is_id(L, k, FUL_W_her)))
        return 0;
    for (k = ful_next(L, k, end); k >= 0; k = ful_next(L, k, end))
        if (!(L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && !(L->t[k].flags & T_NUM) && !ful_is_id(L, k, FUL_W_by))
            return 0;
    return 1;
}

/* "have a call", "'ve got a Teams call", "has the call": before the
 * meeting's word at i, "have" or "got" and its article (and one plain
 * word between: "a Teams call", "a quick call"), from the clause's start */
static int ful_have_a(const ful_cline *L, int from, int i)
{
    int k = i - 1;
    if (k > from && !(ful_is_id(L, k, FUL_W_a) || ful_is_id(L, k, FUL_W_the)) &&
        !(L->t[k].bits & ~(FUL_CUE_WORD | FUL_CUE_FILLER | FUL_CUE_CLIENT)) && /* ("a quick call", "a Teams call") */
        !(L->t[k].flags & (T_NUM | T_BREAK)))
        k--;
    return k > from && (ful_is_id(L, k, FUL_W_a) || ful_is_id(L, k, FUL_W_the)) &&
           (ful_is_id(L, k - 1, FUL_W_have) || ful_is_id(L, k - 1, FUL_W_has) || ful_is_id(L, k - 1, FUL_W_got));
}

int ful_seller_clause(const ful_cline *L, int from, int end, int *vt)
{
    int i, first = -1, ev = -1, dn = -1, jt = -1, topic = 0;
    if (from >= 0 && from < end && ful_obtain(L, from, end)) {
        *vt = from;
        return R_NON;
    }
    if (from >= 0 && from + 2 < end && ful_ends_ing(L, from) && (L->t[from].bits & FUL_CUE_DELIV) &&
        (ful_is_id(L, from + 1, FUL_W_on) || ful_is_id(L, from + 1, FUL_W_from) || ful_is_id(L, from + 1, FUL_W_in) ||
         ful_is_id(L, from + 1, FUL_W_at)) &&
        (ful_is_id(L, from + 2, FUL_W_a) || ful_is_id(L, from + 2, FUL_W_an) || (L->t[from + 2].flags & T_NUM))) {
        *vt = from; /* "Printing on a 2009 flexo press", "Shipping from a single DC": how they work now */
        return R_STATUS;
    }
    if (from >= 0 && from < end && ful_is_id(L, from, FUL_W_request) && !(L->t[from].flags & (T_QUOTED | T_INPHR))) {
        *vt = from; /* "Request a meeting with their VP": we ask, a chase */
        return R_NON;
    }
    end = ful_time_clause_at(L, from, end);
    for (i = (L->marks & FUL_SAW_FOLLOW) ? from + 1 : end; i + 1 < end; i++)
        if (ful_is_id(L, i, FUL_W_to) &&
            ((ful_is_id(L, i + 1, FUL_W_follow) && !ful_is_id(L, ful_next(L, i + 1, end), FUL_W_up)) ||
             (ful_is_id(L, i + 1, FUL_W_go) && i + 2 < end && ful_is_id(L, i + 2, FUL_W_out))) &&
            (L->t[i - 1].bits & (FUL_CUE_DNOUN | FUL_CUE_DELIV)) && !(L->t[i - 1].bits & FUL_CUE_CHASE) && L->t[i + 1].span == 1) {
            *vt = i - 1; /* "pricing to follow", "invoice to go out by 12/10": the thing is on its way from us */
            return R_COMPLIANCE;
        }
    for (i = from; i < end; i++) {
        uint32_t b = L->t[i].bits;
        if (first >= 0 && i > first + 1 && (L->wsets & FUL_WG_IF) && ful_gate_word(L, i, FUL_WG_IF) && !(L->t[i].flags & T_QUOTED))
            break; /* "Email Grant if the PO hasn't landed": what follows is when, not what we send */
        if (!(b & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_ACT | FUL_CUE_JOINT | FUL_CUE_EVENT |
                   FUL_CUE_DNOUN | FUL_CUE_TOPIC)) ||
            (L->t[i].flags & (T_INPHR | T_TAG)))
            continue;
        if (i == from + 1 && !(L->t[from].bits & FUL_CUE_WORD) && L->t[i].span == 1 && ful_is_id(L, i, FUL_W_together))
            continue; /* "Knock together a one-pager": an unknown verb's particle, no meeting */
        if (first < 0 && (b & FUL_CUE_ACT) && ful_is_id(L, i + 1, FUL_W_to) && i + 2 < end &&
            (ful_is_id(L, i, FUL_W_agreed) || ful_is_id(L, i, FUL_W_agree) || ful_is_id(L, i, FUL_W_promised) ||
             ful_is_id(L, i, FUL_W_committed) || ful_is_id(L, i, FUL_W_decided)))
            continue; /* "we agreed to touch base": the verb after it decides */
        if (first < 0 && (b & FUL_CUE_EVENT) && (b & FUL_CUE_CHASE) && L->t[i].span == 1 && ful_have_a(L, from, i))
            b &= ~(VERBISH & ~FUL_CUE_EVENT); /* "We have a call with Tom Thu 10am": the call is a meeting to hold, not a chase */
        if (first >= 0 && ful_topic_word(L, i))
            topic = 1; /* "Email them about pricing": pricing is what the chase is about */
        if (topic)
            b &= ~FUL_CUE_DNOUN;
        if (first < 0 && dn >= 0 && (b & (FUL_CUE_EVENT | FUL_CUE_JOINT)) && i >= from + 2 && ful_is_id(L, i - 2, FUL_W_for) &&
            (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !(L->t[i].bits & VERBISH & ~(FUL_CUE_EVENT | FUL_CUE_JOINT)))
            continue; /* "demo environment for the pilot": a thing, and the meeting it is for */
        if (first < 0 && (b & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_ACT | FUL_CUE_JOINT)))
            first = i;

        if (ev < 0 && (b & FUL_CUE_EVENT))
            ev = i;
        if (dn < 0 && (b & FUL_CUE_DNOUN))
            dn = i;
        if (jt < 0 && (b & FUL_CUE_JOINT))
            jt = i;
    }
    /* "Put a proposal together" is no meeting: a bare "together" after a
     * deliverable verb with no other action between */
    if (jt > first && first >= 0 && (L->t[first].bits & FUL_CUE_DELIV) && L->t[jt].span == 1 &&
        ful_is_id(L, jt, FUL_W_together)) {
        for (i = first + 1; i < jt; i++)
            if (L->t[i].bits & (FUL_CUE_ACT | FUL_CUE_EVENT))
                break;
        if (i == jt)
            jt = -1;
    }
    if (jt > first && first >= 0 && (L->t[first].bits & FUL_CUE_DELIV) && !(L->t[first].bits & (FUL_CUE_CHASE | FUL_CUE_SETUP)) &&
        L->t[jt].span == 1 && !ful_is_id(L, jt, FUL_W_together) && !ful_with_client(L, from, end)) {
        /* "Record a 5-min walkthrough video", "Film a walkthrough of the
         * portal": the walk-through a maker verb makes is a thing ("Do a
         * walkthrough with IT" stays a meeting) */
        for (i = jt - 1; i > first && !(L->t[i].bits & (FUL_CUE_ART | VERBISH)); i--)
            ;
        if (i > first && (ful_is_id(L, i, FUL_W_a) || ful_is_id(L, i, FUL_W_an) || ful_is_id(L, i, FUL_W_the)))
            jt = -1;
    }
    if (jt >= 0 && jt == first && ful_is_id(L, jt, FUL_W_let_s)) {
        /* "Let's ping them", "Let's prepare the pricing": the verb after it decides */
        int k = ful_next(L, jt, end);
        if (k >= 0 && (L->t[k].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP)) && !(L->t[k].bits & FUL_CUE_JOINT)) {
            first = k;
            jt = -1;
        }
    }
    if (jt >= 0 && (first < 0 || !(L->t[first].bits & (FUL_CUE_CHASE | FUL_CUE_SETUP)) || first == jt)) {
        *vt = jt;
        return R_EFFORT; /* meeting together: both act */
    }
    if (first < 0) {
        if (ev >= 0 && ev > from && !(L->t[from].bits & FUL_CUE_WORD) && !(L->t[from].flags & T_NAME) &&
            (ful_is_id(L, ev - 1, FUL_W_the) || ful_is_id(L, ev - 1, FUL_W_a) || ful_is_id(L, ev - 1, FUL_W_an)) &&
            !ful_with_client(L, from, end) && !ful_when_after(L, ev, end)) {
            *vt = ev;
            return R_COMPLIANCE; /* "Tailor the demo to their use case": the demo is what we make */
        }
        if (ev >= 0) {
            *vt = ev;
            return R_EFFORT; /* "Lunch with Raj Friday" with an unknown verb */
        }
        if (dn >= 0) {
            *vt = dn;
            return R_COMPLIANCE; /* "Get them free access", "Proposal by Friday" */
        }
        *vt = -1;
        return R_NONE;
    }
    *vt = first;
    {
        uint32_t b = L->t[first].bits;
        int fj, fk;
        if ((b & FUL_CUE_CHASE) && !(b & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_SETUP)) && (fj = ful_next(L, first, end)) >= 0 &&
            !(L->t[fj].bits & (VERBISH | FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_DATE | FUL_CUE_WITH |
                               FUL_CUE_TOPIC | FUL_CUE_COND | FUL_CUE_FILLER)) &&
            !(L->t[fj].flags & (T_CAP | T_NAME | T_NUM | T_BREAK)) && (fk = ful_next(L, fj, end)) >= 0 &&
            (L->t[fk].bits & FUL_CUE_BOOKED)) {
            *vt = fj; /* "Follow-up tasting booked for the couple": a meeting of theirs with us, booked */
            return R_EFFORT;
        }
        if ((b & FUL_CUE_CHASE) && !(b & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_SETUP)) && (fj = ful_next(L, first, end)) >= 0 &&
            (L->t[fj].bits & FUL_CUE_BOOKED) && !(L->t[fj].flags & T_BREAK) && ful_participle(L, fj)) {
            *vt = first; /* "Follow-up booked for 12/14", "Check-in scheduled Fri": the meeting itself */
            return R_EFFORT;
        }
        if ((b & FUL_CUE_SETUP) && (L->t[first].span == 1 ? !(b & FUL_CUE_DELIV) : (b & FUL_CUE_DELIV) != 0)) {
            /* (and "set up", a maker's phrase: "Set up SSO for the pilot users") */
            /* "Arrange a loan camera body for Gilles' shoot", "organise
             * transport for the site visit": a thing arranged (for a meeting,
             * maybe) is ours to give; "arrange a time", "book a slot with Tom"
             * stay chases (for "book the training room", a meeting's word
             * naming a place, see ful_event_modifier) */
            int o = ful_next(L, first, end), k;
            while (o >= 0 && (((L->t[o].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !(L->t[o].bits & (FUL_CUE_CLIENT | FUL_CUE_COBJ))) ||
                              (ful_is_id(L, o, FUL_W_our) && !(L->t[o].flags & T_QUOTED))))
                o = ful_next(L, o, end); /* ("Book our rope team": our own people, arranged) */
            if (o >= 0 && L->t[first].span > 1 &&
                (ful_is_id(L, o, FUL_W_time) || ful_is_id(L, o, FUL_W_date) || ful_is_word(L, o, "slot")))
                return R_NON; /* "set up time with Ana": a meeting to get */
            if (o >= 0 && !(L->t[o].bits & (VERBISH | FUL_CUE_EVENT | FUL_CUE_COBJ | FUL_CUE_SOBJ |
                                            /* ("our team", "our engineer", "our SE": people of ours) */
                                            (o > 0 && ful_is_id(L, o - 1, FUL_W_our) ? 0 : FUL_CUE_SELLER | FUL_CUE_CLIENT) |
                                            FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_VAGUE | FUL_CUE_ART)) &&
                !(L->t[o].flags & (T_NAME | T_NUM | T_QUOTED)) && (!(L->t[o].flags & T_CAP) || ful_acronym(L, o)) &&
                !ful_is_id(L, o, FUL_W_time) && !ful_is_id(L, o, FUL_W_date) &&
                !ful_is_word(L, o, "slot") && !ful_is_word(L, o, "slots") &&
                !(ful_next(L, o, end) >= 0 && ful_is_id(L, ful_next(L, o, end), FUL_W_in))) { /* ("book our team in with Ana": a meeting) */
                for (k = o; k < end && k != ev && !ful_is_id(L, k, FUL_W_for) &&
                            !(ful_is_id(L, k, FUL_W_to) && k + 1 < end && (L->t[k + 1].bits & (FUL_CUE_DELIV | FUL_CUE_ACT)));
                     k++)
                    ; /* (what it is for: "for the shoot", "to drop the demo scaffold") */
                if (ev < 0 || (k < ev && (ful_is_id(L, k, FUL_W_for) || ful_is_id(L, k, FUL_W_to))))
                    return R_COMPLIANCE;
            }
        }
        if (b & FUL_CUE_SETUP) /* set up a call -> chase; set up a sandbox, a pilot account -> deliverable */
            return ev >= 0 && !ful_event_modifier(L, ev, end) ? R_NON : (b & FUL_CUE_DELIV) || dn >= 0 || ev >= 0 ? R_COMPLIANCE : R_NON;
        if ((b & FUL_CUE_DELIV) && ful_offers_times(L, first, end))
            return R_NON; /* "Share a couple of slots for next week", "Send a Calendly link": a meeting to get */
        if ((b & FUL_CUE_DELIV) && (b & FUL_CUE_CHASE)) {
            /* email/share: a deliverable when one is named and nothing else chases */
            int other = 0, o = ful_next(L, first, end);
            if (o >= 0 && ((L->t[o].bits & (FUL_CUE_SOBJ | FUL_CUE_COBJ)) || (L->t[o].flags & (T_NAME | T_CAP))))
                o = ful_next(L, o, end);
            if (o >= 0 && dn < 0 && (ful_is_word(L, o, "something") || ful_is_word(L, o, "stuff")))
                dn = o; /* '"just email me something"': a thing, unnamed, is still a thing to send */
            for (i = first + 1; i < end; i++)
                if ((L->t[i].bits & FUL_CUE_CHASE) && !(L->t[i].flags & T_INPHR) &&
                    !((L->t[i].bits & FUL_CUE_DELIV) && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
                      !ful_is_id(L, i - 1, FUL_W_a) && !ful_is_id(L, i - 1, FUL_W_an)))
                    other = 1; /* ("Reply to his email with the answers": his email is what we answer, not a chase) */
            return (dn >= 0 || ful_thing_to_person(L, first, end) || ful_thing_then_person(L, first, end) ||
                    ((ful_is_id(L, first, FUL_W_reply) || ful_is_id(L, first, FUL_W_respond)) && ful_with_deliverable(L, first, end))) &&
                           !other
                       ? R_COMPLIANCE
                       : R_NON;
        }
        if (b & FUL_CUE_DELIV) {
            /* "Give Jane a call", "Send a reminder" are chases; but a verb
             * that makes a thing makes it, a chase's word naming what it is
             * for ("Configure the reminder SMS", "Build the follow-up
             * sequence"; "Make a call to their CFO" is one) */
            int k, maker = L->t[first].span == 1 && !ful_message_verb(L, first);
            if (ful_with_deliverable(L, first, end))
                return R_COMPLIANCE;
            for (k = first + 1; k < end; k++) {
                uint32_t kb = L->t[k].bits;
                if (L->t[k].flags & T_INPHR)
                    continue;
                if (ful_wrule[L->t[k].wid] & FUL_SAW_TIMEW)
                    break; /* "send agenda before the call": the call is when, not the message */
                if ((kb & FUL_CUE_CHASE) && !(maker && ful_noun_after(L, k, end)) &&
                    ((k <= first + 4 && (!(kb & FUL_CUE_DELIV) || ful_is_id(L, k - 1, FUL_W_an) || ful_is_id(L, k - 1, FUL_W_a) ||
                                       ful_is_id(L, k - 1, FUL_W_last))) ||
                     (dn < 0 && ful_is_id(L, k - 1, FUL_W_to)))) {
                    /* "Shoot Maria an email", "Send Ana a note to check on
                     * timing": the message is the chase */
                    *vt = k;
                    return R_NON;
                }
                if (dn < 0 && ((kb & FUL_CUE_BOOKED) || ((kb & FUL_CUE_ACT) && ful_is_id(L, k, FUL_W_invite)))) {
                    *vt = k; /* "Send a calendar invite for a follow-up": setting up a meeting */
                    return R_NON;
                }
            }
            return R_COMPLIANCE;
        }
        if (b & FUL_CUE_CHASE)
            return ful_with_deliverable(L, first, end) ? R_COMPLIANCE : R_NON;
        if (b & FUL_CUE_ACT) {
            if (ful_with_client(L, first, end) || ev >= 0)
                return R_EFFORT; /* "Review the contract with their legal" */
            for (i = first + L->t[first].span; i < end; i++)
                if (!(L->t[i].bits & (FUL_CUE_VAGUE | FUL_CUE_FILLER | FUL_CUE_DATE | FUL_CUE_HEDGE)) || (L->t[i].flags & T_NUM))
                    break;
            if (i >= end)
                return R_NONE; /* "fill in later", "to discuss": no object, no step */
            return R_COMPLIANCE; /* "Introduce them to our CTO": seller work */
        }
    }
    return R_NONE;
}
