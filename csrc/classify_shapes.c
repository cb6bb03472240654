/* classify_shapes.c: lines that are no step whatever their words say,
 * told by their shape: labels before the step ("Next step:", "AI -"),
 * message prefixes and sign-offs, CRM fields and fact labels ("Budget:",
 * "Pain points:"), links, headings, placeholders, code, "=" records, and
 * the seller voiding a line. */
#include "clause.h"
#include "text.h"

/* Are tokens [0, h) all label words ("TODO", "To-do", "NS", "Next step")? */
static int ful_labels(const ful_cline *L, int h)
{
    int k;
    for (k = 0; k < h; k++)
        if (ful_is_id(L, k, FUL_W_to) && k + 1 < h && ful_is_id(L, k + 1, FUL_W_do))
            k++; /* "to-do", split at its hyphen like every word */
        else if (!(ful_is_id(L, k, FUL_W_todo) || ful_is_id(L, k, FUL_W_ns) ||
              ful_is_id(L, k, FUL_W_task) || ful_is_id(L, k, FUL_W_action) || ful_is_id(L, k, FUL_W_item) ||
              ful_is_id(L, k, FUL_W_items) || ful_is_id(L, k, FUL_W_step) || ful_is_id(L, k, FUL_W_steps) ||
              ful_is_id(L, k, FUL_W_nextstep) || (ful_is_id(L, k, FUL_W_next) && k + 1 < h)))
            return 0;
    return 1;
}

/* Does token k open right after a colon? */
static int ful_after_colon(const ful_cline *L, int k)
{
    uint32_t e;
    if (k <= 0 || k >= L->nt || !(L->t[k].flags & T_BREAK))
        return 0;
    e = L->t[k - 1].off + L->t[k - 1].len;
    return e < L->n && L->s[e] == ':';
}

/* Where a next-step label later in the line ends ("...; NS: f/u Mon",
 * "... Next step: demo Tue"): the token after its colon, or 0 when none. */
int ful_later_label(const ful_cline *L)
{
    int k, e;
    if (!(L->marks & FUL_SAW_LABEL) || !(L->wsets & FUL_WG_LABEL))
        return 0; /* (no colon after the second word, or none of the labels' words) */
    int notes = 0;
    for (k = 1; k + 1 < L->nt; k++) {
        size_t p = L->t[k].off;
        while (p > 0 && L->s[p - 1] == ' ')
            p--;
        /* ("gatekeeper / Next: try again 12/9": a spaced slash parts two fields too) */
        if (!(L->t[k].flags & T_BREAK) && !(p > 1 && p < L->t[k].off && L->s[p - 1] == '/' && L->s[p - 2] == ' '))
            continue;
        if (ful_is_id(L, k, FUL_W_ns) || ful_is_id(L, k, FUL_W_next) || ful_is_id(L, k, FUL_W_nxt))
            e = k + 1; /* "| Next: try Femi again Mon" */
        else if (ful_is_id(L, k, FUL_W_comments) || ful_is_id(L, k, FUL_W_comment) || ful_is_id(L, k, FUL_W_description)) {
            if (!notes && ful_after_colon(L, k + 1))
                notes = k + 1; /* "Subject: Email | Comments: they want a W-9": what the activity said */
            continue;
        } else
            continue;
        if ((ful_is_id(L, k, FUL_W_next) || ful_is_id(L, k, FUL_W_nxt)) &&
            (ful_is_id(L, k + 1, FUL_W_step) || ful_is_id(L, k + 1, FUL_W_steps) || ful_is_id(L, k + 1, FUL_W_action)))
            e = k + 2;
        if (e < L->nt && (L->t[e].flags & T_BREAK) && L->s[L->t[e - 1].off + L->t[e - 1].len] == ':')
            return e;
    }
    return notes;
}

/* A channel a message came through: "SMS", "Slack", "WhatsApp". */
static int ful_channel_word(const ful_cline *L, int i)
{
    return i >= 0 && i < L->nt && (ful_wset[L->t[i].wid] & FUL_WS_CHANNEL);
}

/* "[Teams paste] me: I'll send the Offerte Tue", "[Slack] ...": a tag
 * in brackets opening the line tells where the line came from, not who
 * acts; the line is read from after it. Not a name alone in brackets,
 * the step's owner ("[Tom] decide on pilot scope"): the tag holds a word
 * in lower case or a channel's. Returns the first token after it, or 0. */
int ful_bracket_tag(const ful_cline *L)
{
    int k, plain = 0;
    if (L->nt < 2 || L->t[0].off == 0 || L->s[L->t[0].off - 1] != '[')
        return 0;
    for (k = 0; k < 3 && k + 1 < L->nt; k++) {
        size_t e = L->t[k].off + L->t[k].len;
        if (L->t[k].flags & T_QUOTED)
            return 0;
        plain |= !(L->t[k].flags & (T_CAP | T_NUM)) || ful_channel_word(L, k);
        if (e < L->n && L->s[e] == ']')
            return plain ? k + 1 : 0;
    }
    return 0;
}

/* "SMS from Jun: sir I will send it Fri", "Sergei: we will give you
 * feedback Monday": a message pasted in, its words the client's own (as
 * in quotes: I and we are the client, you the seller). The channel, or a
 * speaker whose message speaks to "you", then a colon. Returns the first
 * token of the message, or 0. */
/* "Will update you once approved by management - Ramon": a message signed
 * after a dash, to "you", is the signer's words; the first token of the
 * signature, or 0. */
int ful_signoff(const ful_cline *L)
{
    int m = L->nt, k;
    size_t o;
    if (!(L->any & FUL_CUE_YOU) || (L->marks & FUL_SAW_QUOTE) || L->nt < 4)
        return 0;
    while (m > L->nt - 2 && (L->t[m - 1].flags & T_CAP) && !(L->t[m - 1].flags & (T_UPPER | T_NUM)) &&
           !(L->t[m - 1].bits & FUL_CUE_WORD))
        m--;
    if (m == L->nt || !(L->t[m].flags & T_BREAK))
        return 0;
    for (k = m + 1; k < L->nt; k++)
        if (L->t[k].flags & T_BREAK)
            return 0;
    o = L->t[m].off;
    while (o > 0 && L->s[o - 1] == ' ')
        o--;
    if (!(o > 0 && L->s[o - 1] == '-') && !(o >= 3 && (unsigned char)L->s[o - 3] == 0xE2 && (unsigned char)L->s[o - 2] == 0x80 &&
                                          ((unsigned char)L->s[o - 1] == 0x94 || (unsigned char)L->s[o - 1] == 0x93)))
        return 0;
    for (k = 0; k < m; k++)
        if ((L->t[k].bits & FUL_CUE_YOU) && !(L->t[k].flags & T_INPHR))
            return m;
    return 0;
}

int ful_message_prefix(const ful_cline *L)
{
    int k = 0, m, you = 0;
    if (ful_channel_word(L, 0)) {
        k = 1;
        if (ful_is_id(L, k, FUL_W_msg) || ful_is_id(L, k, FUL_W_message) || ful_is_id(L, k, FUL_W_dm))
            k++;
        if (!ful_is_id(L, k, FUL_W_from))
            return 0;
        for (m = k + 1; m < L->nt && m <= k + 3 && !ful_after_colon(L, m); m++)
            if (L->t[m].flags & T_BREAK)
                return 0;
        return m + 1 < L->nt && m > k + 1 && ful_after_colon(L, m) ? m : 0;
    }
    /* a speaker: one or two capitalised words no cue knows */
    for (m = 0; m < 2 && m < L->nt && (L->t[m].flags & T_CAP) && !(L->t[m].flags & (T_UPPER | T_QUOTED)) &&
                !(L->t[m].bits & FUL_CUE_WORD) && (m == 0 || !(L->t[m].flags & T_BREAK));
         m++)
        ;
    if (m == 0 || m + 1 >= L->nt || !ful_after_colon(L, m))
        return 0;
    for (k = m; k < L->nt; k++)
        you |= (L->t[k].bits & FUL_CUE_YOU) != 0;
    return you ? m : 0;
}

/* "ok so next step is marco sends the plans", "the plan is they sign
 * Fri": a spoken label; the step is what follows "is". Returns the token
 * after it, or 0 when the line opens otherwise. */
int ful_spoken_label(const ful_cline *L)
{
    int k, named = 0;
    for (k = 0; k + 1 < L->nt && !(k > 0 && (L->t[k].flags & T_BREAK)); k++) {
        if (ful_is_id(L, k, FUL_W_step) || ful_is_id(L, k, FUL_W_steps) || ful_is_id(L, k, FUL_W_plan) ||
            ful_is_id(L, k, FUL_W_ns) || ful_is_id(L, k, FUL_W_nextstep))
            named = 1;
        else if (named && (ful_is_id(L, k, FUL_W_is) || ful_is_id(L, k, FUL_W_are)))
            return (L->t[k + 1].flags & T_BREAK) ? 0 : k + 1;
        else if (named || !(ful_is_id(L, k, FUL_W_ok) || ful_is_id(L, k, FUL_W_okay) || ful_is_id(L, k, FUL_W_so) ||
                             ful_is_id(L, k, FUL_W_and) || ful_is_id(L, k, FUL_W_the) || ful_is_id(L, k, FUL_W_our) ||
                             ful_is_id(L, k, FUL_W_only) || ful_is_id(L, k, FUL_W_main) || ful_is_id(L, k, FUL_W_next) ||
                             ful_is_id(L, k, FUL_W_nxt) || ful_is_id(L, k, FUL_W_um) || ful_is_id(L, k, FUL_W_alright)))
            return 0;
    }
    return 0;
}

/* Where notes and files are kept: "the shared folder", "Gong", "the CRM"
 * (FUL_WG_STORE's words: crm, gong, room, wiki, jira, drive, inbox, folder,
 * notion, chorus, dropbox, hubspot, channel, salesforce, sharepoint,
 * confluence). */
static int ful_store_word(const ful_cline *L, int i)
{
    return ful_gate_word(L, i, FUL_WG_STORE);
}

/* Does the tool's label end after token k: a colon, or a dash, a bar or
 * a bullet before the summary's own label ("AI summary • Key point: ...",
 * "Gong recap - Sentiment: positive")? */
static int ful_tool_label_end(const ful_cline *L, int k)
{
    size_t e = L->t[k].off + L->t[k].len;
    if (e < L->n && L->s[e] == ':')
        return 1;
    while (e < L->n && L->s[e] == ' ')
        e++;
    return e + 1 < L->n && e > L->t[k].off + L->t[k].len &&
           (L->s[e] == '-' || L->s[e] == '|' ||
            (e + 2 < L->n && (unsigned char)L->s[e] == 0xE2 && (unsigned char)L->s[e + 1] == 0x80 &&
             ((unsigned char)L->s[e + 2] == 0xA2 || (unsigned char)L->s[e + 2] == 0x93 || (unsigned char)L->s[e + 2] == 0x94)));
}

/* "Next step: Will call Jen", "Action - pricing": label words (fillers)
 * then a break; what follows is read as the line's start. */
void ful_find_head(ful_cline *L)
{
    int h = 0;
    L->head = 0;
    /* "Gong action item: ...", "Chorus summary: ...", "AI summary: ...":
     * the tool that wrote it, then its label; "Tender rules: three quotes
     * needed above 50k": what the rules are about, then the label */
    int tool = L->nt > 2 && L->t[0].span == 1 && !(L->t[1].flags & T_BREAK) && !(L->t[0].flags & (T_QUOTED | T_NUM));
    int summary = tool && (ful_is_id(L, 1, FUL_W_summary) || ful_is_id(L, 1, FUL_W_recap) || ful_is_id(L, 1, FUL_W_notes));
    if (tool && !(((L->wsets & FUL_WG_STORE) && ful_store_word(L, 0) && ((L->t[1].bits & FUL_CUE_FILLER) || summary)) ||
                  (ful_is_id(L, 0, FUL_W_ai) && summary) ||
                  /* "Fireflies summary:", "Otter notes:", "Zoom recap:": a note taker's name, no word the cues know */
                  (summary && (L->t[0].flags & T_CAP) && (!L->t[0].bits || ful_is_word(L, 0, "zoom") || ful_is_word(L, 0, "teams"))) ||
                  (L->t[1].span == 1 && !(L->t[0].bits & (VERBISH | FUL_CUE_SELLER | FUL_CUE_DATE)) &&
                   (ful_is_word(L, 1, "rules") || ful_is_word(L, 1, "policy") || ful_is_word(L, 1, "requirements")))))
        tool = 0;
    if (tool) {
        for (h = 1; h < L->nt && !(h > 1 && (L->t[h].flags & T_BREAK)); h++)
            ;
        if (h < L->nt && ful_tool_label_end(L, h - 1)) {
            L->t[0].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (the tool's name is no client's) */
            L->t[0].flags = (uint8_t)(L->t[0].flags & ~T_CAP);
            for (h = 1; !(L->t[h].flags & T_BREAK); h++)
                L->t[h].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            /* (the label's own cues are gone: gates on L->any must not see them) */
            L->any = ful_cues_of(L);
            L->head = h;
            return;
        }
        h = 0;
    }
    while (h < L->nt && (L->t[h].bits & FUL_CUE_FILLER) &&
           !(L->t[h].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE)))
        h++;
    if (h > 0 && h < L->nt && (L->t[h].flags & T_BREAK))
        L->head = h;
    else if (h > 0 && h < L->nt && !(L->t[h].flags & T_NUM) && !(L->t[h].bits & FUL_CUE_DATE) && ful_labels(L, h))
        L->head = h; /* "TODO Will call Jen", "NS jen to send PO": a label typed without its colon */
}

/* 'working title "Yes, We Encrypt"', 'the post titled "We will win"': a
 * quote that names a thing is no one's speech; at the line's end it is no
 * part of the step, and the line is cut before it. */
void ful_cut_title(ful_cline *L)
{
    int q, k;
    for (q = L->head + 1; q < L->nt; q++)
        if ((L->t[q].flags & T_QUOTED) && !(L->t[q - 1].flags & T_QUOTED))
            break;
    if (q >= L->nt || !(ful_is_id(L, q - 1, FUL_W_title) || ful_is_id(L, q - 1, FUL_W_titled) ||
                        ful_is_id(L, q - 1, FUL_W_named) || ful_is_id(L, q - 1, FUL_W_entitled) ||
                        ful_is_id(L, q - 1, FUL_W_called) || ful_is_id(L, q - 1, FUL_W_headline)))
        return;
    for (k = q; k < L->nt; k++)
        if (!(L->t[k].flags & T_QUOTED))
            return;
    L->nt = q;
    ful_clause_ends(L); /* (the actor pass walks clauses by cend: none past the cut) */
}

/* "after his board mtg", "before their QBR", "until our audit" (quoted):
 * the client's own meeting at i named as a time, after a word of the
 * clause (not a time put first: "after their board meeting Tom signs") */
static int ful_their_event(const ful_cline *L, int i)
{
    int p = i - 1;
    if (p > 0 && !(L->t[p].bits & (FUL_CUE_POSS | FUL_CUE_ART)) && !(L->t[p].flags & T_BREAK))
        p--; /* ("his board mtg") */
    if (p < 2 || (L->t[p].flags & T_BREAK) || (L->t[p - 1].flags & T_BREAK))
        return 0;
    if (!(ful_is_id(L, p, FUL_W_his) || ful_is_id(L, p, FUL_W_her) || ful_is_id(L, p, FUL_W_their) ||
          ((L->t[p].flags & T_QUOTED) && ful_is_id(L, p, FUL_W_our))))
        return 0;
    return ful_is_id(L, p - 1, FUL_W_after) || ful_is_id(L, p - 1, FUL_W_before) || ful_is_id(L, p - 1, FUL_W_until) ||
           ful_is_id(L, p - 1, FUL_W_till);
}

/* "on the call", "from the site visit", "during the in-store visit": the
 * meeting at i named after "on/during/from/in/at the|this|that" and up to
 * two words that only qualify it (no cue, or hyphened: "in-store"); a
 * span of two is the phrase itself ("site visit") */
static int ful_held_event(const ful_cline *L, int i)
{
    int m = i - 1, n, joined = 0; /* joined: m's right-hand word was hyphened to it */
    for (n = 0; n < 2 && m > 1 && !(L->t[m].flags & (T_BREAK | T_QUOTED)); n++, m--) {
        int left = L->t[m].off > 0 && L->s[L->t[m].off - 1] == '-' && L->t[m - 1].off + L->t[m - 1].len + 1 == L->t[m].off;
        if (L->t[m].bits && !left && !joined)
            break;
        joined = left;
    }
    if (m < 1 || (L->t[m].flags & T_BREAK))
        return 0;
    return (ful_is_id(L, m, FUL_W_the) || ful_is_id(L, m, FUL_W_this) || ful_is_id(L, m, FUL_W_that)) &&
           (ful_is_id(L, m - 1, FUL_W_on) || ful_is_id(L, m - 1, FUL_W_during) || ful_is_id(L, m - 1, FUL_W_from) ||
            ful_is_id(L, m - 1, FUL_W_in) || ful_is_id(L, m - 1, FUL_W_at));
}

void ful_mark_past_events(ful_cline *L)
{
    int i, k, e;
    for (i = 0; i < L->nt; i++) {
        int past = 0, notes;
        if (!(L->t[i].bits & FUL_CUE_EVENT) || (L->t[i].flags & T_INPHR) || (L->t[i].span != 1 && (L->t[i].span != 2 || !ful_held_event(L, i))))
            continue; /* (before the next word's tests: most words are no meeting) */
        notes = i + 1 < L->nt && !(L->t[i + 1].flags & T_BREAK) &&
                (ful_is_id(L, i + 1, FUL_W_notes) || ful_is_id(L, i + 1, FUL_W_recap) ||
                 ful_is_id(L, i + 1, FUL_W_summary) || ful_is_id(L, i + 1, FUL_W_minutes));
        if (!notes && (i == 0 || (L->t[i].flags & T_BREAK) || (i == 1 && ful_is_id(L, 0, FUL_W_the))) &&
            ful_is_id(L, i + 1, FUL_W_with) && !(L->t[i + 1].flags & T_BREAK)) {
            /* "Lunch with Ivy was fine", "The call with Tom went well": the
             * one held, and how it went */
            for (k = i + 3; k < L->nt && k < i + 6 && !(L->t[k].flags & T_BREAK) && !notes; k++)
                if (ful_is_id(L, k, FUL_W_was) || ful_is_id(L, k, FUL_W_were) ||
                    (ful_is_id(L, k, FUL_W_went) && !ful_is_id(L, k + 1, FUL_W_to))) /* ("went to voicemail") */
                    notes = 1;
                else if (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_MODAL | VERBISH))
                    break;
        }
        if (!notes && (i == 0 || (L->t[i].flags & T_BREAK)))
            continue;
        if ((L->t[i].flags & T_QUOTED) && !ful_evaluative(L, i - 1) && !ful_is_id(L, i - 1, FUL_W_in) &&
            !ful_is_id(L, i - 1, FUL_W_a))
            continue;
        if (notes)
            past = 1; /* "QBR notes", "call recap": what was written of a meeting */
        else if (ful_is_id(L, i - 1, FUL_W_last) || ful_is_id(L, i - 1, FUL_W_prev) || ful_is_id(L, i - 1, FUL_W_previous) ||
            ful_is_id(L, i - 1, FUL_W_earlier) || ful_is_id(L, i - 1, FUL_W_yesterday_s) || ful_is_id(L, i - 1, FUL_W_today_s))
            past = 1;
        else if (ful_held_event(L, i))
            past = 1; /* "on the call", "Notes from the site visit", "from the in-store visit" */
        else if (ful_evaluative(L, i - 1) ||
                 /* "thanks for the session", "thx for the call" */
                 (i >= 2 && ful_is_id(L, i - 2, FUL_W_for) && (ful_is_id(L, i - 3, FUL_W_thanks) || ful_is_id(L, i - 3, FUL_W_thx))) ||
                 (ful_is_id(L, i - 1, FUL_W_for) && (ful_is_id(L, i - 2, FUL_W_thanks) || ful_is_id(L, i - 2, FUL_W_thx))))
            past = 2; /* "great session today": how the one just held went */
        else if ((ful_is_id(L, i - 1, FUL_W_in) && !(L->t[i - 1].flags & T_INPHR)) ||
                 (i >= 2 && ful_is_id(L, i - 1, FUL_W_a) && ful_is_id(L, i - 2, FUL_W_in) && !(L->t[i - 2].flags & T_INPHR)))
            past = 1; /* "in meetings all day", "she's in a meeting": busy, no meeting of ours */
        else if (ful_their_event(L, i))
            past = 1; /* "f/up Lars after his board mtg": their own meeting, a time, not one with us */
        if (!past)
            continue;
        for (e = i + 1; e < L->nt && !(L->t[e].flags & T_BREAK); e++)
            ;
        for (k = i + 1; k < e && past; k++)
            if (((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_DSTART)) || (L->t[k].flags & T_NUM)) &&
                !(past == 2 && ful_is_id(L, k, FUL_W_today)) && !ful_is_id(L, k - 1, FUL_W_all) /* ("all day") */)
                past = 0; /* "on the call Thursday": that call is ahead */
        if (past) {
            L->t[i].bits &= ~(FUL_CUE_EVENT | FUL_CUE_JOINT | FUL_CUE_CHASE | FUL_CUE_ACT | FUL_CUE_SETUP);
            /* "both vets on the call": who was there, not a meeting of both ahead */
            for (k = i - 1; k >= 0 && k >= i - 4; k--) {
                if (ful_is_id(L, k, FUL_W_both) && L->t[k].span == 1)
                    L->t[k].bits &= ~FUL_CUE_JOINT;
                if (L->t[k].flags & T_BREAK)
                    break;
            }
        }
    }
}

/* Web addresses and e-mail addresses carry no step: their words
 * ("www.acme.com/pricing") are set aside like #tags. */
void ful_mark_links(ful_cline *L)
{
    int i, k;
    for (i = 0; i < L->nt; i++) {
        const ful_rtok *r = &L->r[i];
        size_t a, e, off = L->t[i].off;
        int link = 0;
        if (r->len < 3 || r->len > 5)
            continue;
        if ((r->len == 3 && memcmp(r->lw, "www", 3) == 0 && off + 3 < L->n && L->s[off + 3] == '.') ||
            (r->len >= 4 && memcmp(r->lw, "http", 4) == 0 && off + r->len < L->n && L->s[off + r->len] == ':'))
            link = 1;
        else if (off > 0 && (L->s[off - 1] == '.' || L->s[off - 1] == '@') &&
                 ((r->len == 3 && (memcmp(r->lw, "com", 3) == 0 || memcmp(r->lw, "org", 3) == 0 ||
                                   memcmp(r->lw, "net", 3) == 0))))
            link = 1;
        if (!link)
            continue;
        for (a = off; a > 0 && L->s[a - 1] != ' ' && L->s[a - 1] != '\t'; a--)
            ;
        for (e = off; e < L->n && L->s[e] != ' ' && L->s[e] != '\t'; e++)
            ;
        for (k = 0; k < L->nt; k++)
            if (L->t[k].off >= a && L->t[k].off < e)
                L->t[k].flags |= T_TAG;
    }
}

/* "[link]", "<tbd>", "(fill in after call)": a placeholder for text never
 * written; in round brackets only a note to fill it ("(Tom to send the PO)"
 * is a step in brackets). */
int ful_placeholder(const char *s, size_t start, size_t n)
{
    static const char *const fill[] = {"fill", "tbd", "tbc"};
    size_t i, w;
    while (start < n && (s[start] == ' ' || s[start] == '\t'))
        start++;
    while (n > start && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    if (n - start < 2)
        return 0;
    if ((s[start] == '[' && s[n - 1] == ']') || (s[start] == '<' && s[n - 1] == '>'))
        return 1;
    if (s[start] != '(' || s[n - 1] != ')' || memchr(s + start + 1, '(', n - start - 2))
        return 0;
    for (i = 0; i < sizeof fill / sizeof fill[0]; i++) {
        w = strlen(fill[i]);
        if (n - start - 2 >= w && ful_ieq(s + start + 1, fill[i], w))
            return 1;
    }
    return 0;
}

/* "n/a - intro call only", "none, went dark": the line says first that
 * there is no step, then why. */
int ful_nothing_first(const ful_cline *L, const char *s, size_t body, size_t n)
{
    int k, h = L->head;
    if (L->nt < h + 2)
        return 0;
    if (h > 0)
        body = L->t[h].off;
    if ((L->t[h].bits & FUL_CUE_NOISE) && !(L->t[h].bits & FUL_CUE_VAGUE))
        k = h + 1; /* "none", "na" */
    else if (body + 3 <= n && (s[body] | 0x20) == 'n' && s[body + 1] == '/' && (s[body + 2] | 0x20) == 'a' &&
             L->nt > h + 2 && L->r[h].len == 1 && L->r[h + 1].len == 1)
        k = h + 2; /* "n/a" reads as two words */
    else
        return 0;
    return k < L->nt && (L->t[k].flags & T_BREAK);
}

/* "Demo recording: https://...": a label and a link, a pointer to look at, no step. */
int ful_link_field(const char *s, size_t n)
{
    size_t i, u = n;
    for (i = 0; i + 4 < n && u == n; i++)
        if ((s[i] == 'h' && memcmp(s + i, "http", 4) == 0) || (s[i] == 'w' && memcmp(s + i, "www.", 4) == 0))
            u = i;
    if (u == n)
        return 0;
    for (i = u; i > 0 && s[i - 1] == ' '; i--)
        ;
    if (i == 0 || s[i - 1] != ':')
        return 0; /* (the link must follow a label's colon) */
    for (i = u; i < n && s[i] != ' ' && s[i] != '\t'; i++)
        ;
    for (; i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'); i++)
        ;
    return i == n;
}

/* "## UAT status (week 2)": a Markdown heading names a part of the note, it is no step. */
int ful_heading(const char *s, size_t n)
{
    size_t i = 0, h;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    for (h = i; i < n && s[i] == '#'; i++)
        ;
    return i > h && i - h <= 6 && i < n && s[i] == ' ';
}

/* "wrong account, ignore", "duplicate - disregard": the seller marks the
 * line itself as void; a clause of that one word, anywhere. */
int ful_void_line(const ful_cline *L)
{
    int i;
    if (!(L->marks & FUL_SAW_VOID))
        return 0;
    for (i = L->head; i < L->nt; i++)
        if ((i == L->head || (L->t[i].flags & T_BREAK)) && (i + 1 == L->nt || (L->t[i + 1].flags & T_BREAK)) &&
            !(L->t[i].flags & T_QUOTED) &&
            (ful_is_id(L, i, FUL_W_ignore) || ful_is_id(L, i, FUL_W_disregard) || ful_is_id(L, i, FUL_W_dupe) ||
             ful_is_id(L, i, FUL_W_duplicate)))
            return 1;
    return 0;
}

/* "see deck", "see notes from last call", "see attached": a pointer to
 * elsewhere, not a step; "see Tom Tue", "see you Thursday", "see if" are. */
int ful_pointer(const ful_cline *L)
{
    int h = L->head, j, k;
    if (h >= L->nt || L->r[h].len != 3 || !ful_is_id(L, h, FUL_W_see) || (L->t[h].flags & T_QUOTED))
        return 0;
    for (j = h + 1; j < L->nt; j++)
        if ((L->t[j].flags & T_BREAK) && !((L->t[j].flags & T_NUM) && j > 0 && (L->t[j - 1].flags & T_NUM)))
            return 0; /* "see deck - Maria to sign by 12/15": the rest is a step ("at 32:10" is a time) */
    if (L->t[h].span > 1)
        return (L->t[h].bits & FUL_CUE_NOISE) != 0; /* "see notes"; not "see if" */
    j = ful_next(L, h, L->nt);
    while (j >= 0 && (L->t[j].bits & FUL_CUE_ART) && !(L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_COBJ)))
        j = ful_next(L, j, L->nt);
    if (j >= 0 && (L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD) && (k = ful_next(L, j, L->nt)) >= 0 &&
        (ful_is_id(L, k, FUL_W_recording) || ful_is_id(L, k, FUL_W_notes) || ful_is_id(L, k, FUL_W_thread) ||
         ful_is_id(L, k, FUL_W_summary) || ful_is_id(L, k, FUL_W_transcript)))
        return 1; /* "see Gong recording": a tool's record, not a person */
    return j >= 0 && !(L->t[j].bits & (FUL_CUE_YOU | FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_DATE)) &&
           !((L->t[j].flags & T_CAP) && !(L->t[j].bits & FUL_CUE_WORD)) && !(L->t[j].flags & (T_NAME | T_NUM));
}

/* "Recording link in Gong", "Photos of the line in the shared folder",
 * "Their org chart in the CRM": a record and where it is kept, nothing to
 * do ("Upload the deck to the shared drive" has its verb first). */
int ful_stored_line(const ful_cline *L)
{
    int h = L->head, k, in = -1;
    if (!(L->wsets & FUL_WG_STORE) || L->nt - h < 3 || L->nt - h > 10 || !ful_store_word(L, L->nt - 1))
        return 0;
    for (k = h; k < L->nt - 1 && in < 0; k++) {
        uint32_t b = L->t[k].bits;
        if (k > h && (ful_is_id(L, k, FUL_W_in) || ful_is_id(L, k, FUL_W_on))) {
            in = k;
            break;
        }
        /* (a role's word may name the record: "their org chart"; a verb's
         * word after an article is a noun: "photos of the line") */
        if ((L->t[k].flags & (T_QUOTED | T_NAME)) ||
            (b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_COBJ | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED |
                  FUL_CUE_NEGBOOK | FUL_CUE_DATE | FUL_CUE_COND)) ||
            ((b & VERBISH) && !(b & FUL_CUE_DNOUN) && !(k > h && (L->t[k - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)))))
            return 0;
    }
    /* the place's words after "in": an article, a name of the place ("the Teams channel") */
    return in > h && L->nt - 1 - in <= 3;
}

/* "RFP #2026-114", "Ticket #4471": a thing and its number, nothing to do. */
int ful_number_field(const ful_cline *L)
{
    int h = L->head, k;
    if (L->nt < h + 2 || (L->t[h].bits & VERBISH) || !(L->t[h + 1].flags & T_NUM) || L->t[h + 1].off == 0 ||
        L->s[L->t[h + 1].off - 1] != '#')
        return 0;
    for (k = h + 2; k < L->nt; k++)
        if (!(L->t[k].flags & T_NUM))
            return 0;
    return 1;
}

/* "Procurement portal ref: DEF-2026-0441", "Opportunity ID: 0068X00001": a
 * reference and its code, all capitals and digits after the colon. */
int ful_code_field(const ful_cline *L)
{
    int k, c;
    size_t o;
    if (!(L->marks & FUL_SAW_ANYCOLON) || L->nt < 3)
        return 0;
    for (k = L->nt - 1; k > 1; k--) {
        const char *p = L->s + L->t[k].off, *e = p + L->t[k].len;
        for (; p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '/'); p++)
            ;
        if (p < e || L->t[k].len < 2)
            return 0; /* (the code: all capitals and digits: "4500123", "DEF-2026-0441") */
        for (o = L->t[k].off; o > 0 && L->s[o - 1] == ' '; o--)
            ;
        if (o > 0 && L->s[o - 1] == ':')
            break;
    }
    c = k - 1;
    return k > 1 && (ful_is_id(L, c, FUL_W_ref) || ful_is_id(L, c, FUL_W_id) || ful_is_id(L, c, FUL_W_number) ||
                     ful_is_id(L, c, FUL_W_no) || ful_is_id(L, c, FUL_W_reference) || ful_is_id(L, c, FUL_W_code));
}

/* "Pain: 3 people reconcile POs by hand", "Champion: Priya (Dir. IT)",
 * "Economic buyer: CFO Dana Li, not met yet": a CRM or MEDDICC field
 * filed under its label (spec section 3's PAIN:), a record, not a step;
 * unless a verb in it acts: "Champion: Raj - to set up the EB meeting Fri". */
/* "Task: Call Dana | Status: Completed": a CRM row of a task already done
 * (or dropped) is its record, whatever the task says. */
int ful_status_done(const ful_cline *L)
{
    int i, j;
    if (!(L->marks & FUL_SAW_FIELD))
        return 0;
    for (i = 1; i + 1 < L->nt; i++) /* (a later cell's: "status: done, send invoice" goes on) */
        if (ful_is_id(L, i, FUL_W_status) && (L->t[i + 1].flags & T_BREAK) && !(L->t[i].flags & T_QUOTED)) {
            j = i + 1;
            return ful_is_id(L, j, FUL_W_done) || ful_is_id(L, j, FUL_W_completed) || ful_is_id(L, j, FUL_W_complete) ||
                   ful_is_id(L, j, FUL_W_closed) || ful_is_id(L, j, FUL_W_cancelled) || ful_is_id(L, j, FUL_W_canceled) ||
                   ful_is_id(L, j, FUL_W_finished);
        }
    return 0;
}

/* "->", "→", "=>": a move from one value to the next. */
static int ful_has_arrow(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i + 1 < n; i++)
        if (((s[i] == '-' || s[i] == '=') && s[i + 1] == '>') ||
            (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x86 && (unsigned char)s[i + 2] == 0x92))
            return 1;
    return 0;
}

/* "Thanks from Priska for the demo, she was very happy", "Merci
 * vielmal from Priska": their thanks (thanks, thx, cheers, merci, danke,
 * gracias), told, opening the line; no step
 * unless a later clause orders, dates or books something ("Thanks from
 * Tom, send the deck Fri" is ours). Word ids only: it is asked of every
 * line. */
int ful_thanks_from(const ful_cline *L)
{
    static const uint16_t w[] = {FUL_W_thanks, FUL_W_thx, FUL_W_cheers, FUL_W_merci, FUL_W_danke, FUL_W_gracias};
    int h = L->head, k, f;
    if (h >= L->nt || L->t[h].span != 1 || (L->t[h].flags & T_QUOTED) || !ful_wid_in(L, h, w, sizeof w / sizeof w[0]))
        return 0;
    for (f = h + 1; f < L->nt && f <= h + 3 && !ful_is_id(L, f, FUL_W_from); f++)
        if ((L->t[f].flags & T_BREAK) || (L->t[f].bits & ~(FUL_CUE_WORD | FUL_CUE_FILLER)))
            return 0; /* ("thanks so much", "merci vielmal" before it) */
    if (f >= L->nt || f > h + 3 || f + 1 >= L->nt || !(L->t[f + 1].flags & (T_CAP | T_NAME)))
        return 0;
    for (k = f + 1; k < L->nt; k++)
        if (((L->t[k].bits & ((VERBISH & ~(FUL_CUE_DNOUN | FUL_CUE_SPEECH)) | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED)) &&
             !ful_be_form(L, k)) ||
            ((L->t[k].bits & FUL_CUE_MODAL) && !ful_be_form(L, k)))
            return 0; /* (but "she was very happy": how they felt) */
    return 1;
}

/* "will", "they'll", "shall": a modal of what is to be done */
static int ful_will_at(const ful_cline *L, int k)
{
    return ful_is_id(L, k, FUL_W_will) || ful_is_id(L, k, FUL_W_shall) || ful_ends_ll(&L->r[k]);
}

int ful_fact_label(const ful_cline *L)
{
    static const uint16_t one[] = {FUL_W_pain,      FUL_W_pains,       FUL_W_objection, FUL_W_objections,
                                   FUL_W_competitor, FUL_W_competitors, FUL_W_competition, FUL_W_background,
                                   FUL_W_context,   FUL_W_incumbent,   FUL_W_budget,    FUL_W_champion,
                                   FUL_W_timeline,  FUL_W_timing,      FUL_W_authority, FUL_W_metrics,
                                   FUL_W_eb,        FUL_W_dm,          FUL_W_risk,      FUL_W_risks,
                                   FUL_W_blocker,   FUL_W_blockers,    FUL_W_concern,   FUL_W_concerns,
                                   FUL_W_obj,             FUL_W_results,     FUL_W_stats,
                                   FUL_W_amount,    FUL_W_stage,       FUL_W_forecast,  FUL_W_probability,
                                   FUL_W_acv,       FUL_W_value,       FUL_W_arr,       FUL_W_mrr,
                                   FUL_W_tcv,       FUL_W_feedback,    FUL_W_mood,      FUL_W_sentiment,
                                   FUL_W_vibe,      FUL_W_agenda};
    int k, w, h = -1, lab = -1, record, pain, risk;
    if (L->nt < 2 || (L->t[0].flags & T_QUOTED)) /* ("Budget: approved (per CFO)": a source cut off) */
        return 0;
    /* "TOUCH: 2026-11-18 email - no reply", "WANT: fewer false positives":
     * the spec's record tags, a follow-up made or a need told, no step */
    if ((ful_is_id(L, 0, FUL_W_touch) || ful_is_id(L, 0, FUL_W_want) || ful_is_id(L, 0, FUL_W_wants)) && L->t[0].span == 1 &&
        L->t[0].off + L->t[0].len < L->n && L->s[L->t[0].off + L->t[0].len] == ':')
        return 1;
    /* "Pain:", or a word before it: "pricing obj -", "main risk:", "security concern:" */
    for (w = 0; w < 2 && w + 1 < L->nt && h < 0 && (L->marks & FUL_SAW_FIELD); w++)
        if ((L->t[w + 1].flags & T_BREAK) &&
            (w == 0 || (!(L->t[1].flags & T_BREAK) && (!(L->t[0].bits & VERBISH) || (L->t[0].bits & FUL_CUE_DNOUN)))))
            /* (a verb's word that names a thing too: "Price objection:") */
            for (k = 0; k < (int)(sizeof one / sizeof one[0]) && h < 0; k++)
                if (L->t[w].wid == one[k])
                    h = w + 1;
    /* "Competitor in the deal:", "Incumbent on this one:": a record's label and where it stands */
    if (h < 0 && (L->marks & FUL_SAW_FIELD) && L->t[0].span == 1 &&
        (ful_is_id(L, 0, FUL_W_competitor) || ful_is_id(L, 0, FUL_W_competitors) || ful_is_id(L, 0, FUL_W_competition) ||
         ful_is_id(L, 0, FUL_W_incumbent))) {
        for (k = 1; k < 5 && k + 1 < L->nt && !(L->t[k].flags & (T_BREAK | T_CAP | T_NUM | T_QUOTED)) &&
                    !(L->t[k].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ));
             k++) {
            size_t e = L->t[k].off + L->t[k].len;
            if ((L->t[k + 1].flags & T_BREAK) && memchr(L->s + e, ':', L->t[k + 1].off - e)) {
                h = k + 1;
                lab = 0; /* (the label's word is the first) */
                break;
            }
        }
    }
    /* the two-word labels: "Economic buyer:", "Decision criteria/process/maker:", "Paper process:",
     * "Pain points:", "Use case:", "Why now:" */
    if (h < 0 && L->nt > 2 && (L->t[2].flags & T_BREAK) && !(L->t[1].flags & T_BREAK) && /* (t[2] past nt is unset) */
        ((ful_is_id(L, 0, FUL_W_economic) && ful_is_id(L, 1, FUL_W_buyer)) ||
         (ful_is_id(L, 0, FUL_W_pain) && ful_is_id(L, 1, FUL_W_points)) ||
         (ful_is_id(L, 0, FUL_W_use) && ful_is_id(L, 1, FUL_W_case)) || (ful_is_id(L, 0, FUL_W_why) && ful_is_id(L, 1, FUL_W_now)) ||
         (ful_is_id(L, 0, FUL_W_decision) &&
          (ful_is_id(L, 1, FUL_W_criteria) || ful_is_id(L, 1, FUL_W_process) || ful_is_id(L, 1, FUL_W_maker))) ||
         (ful_is_id(L, 0, FUL_W_paper) && ful_is_id(L, 1, FUL_W_process))))
        h = 2;
    /* "Stage 3 → Stage 4 (Proposal)", "Forecast cat moved Best Case -> Commit": a CRM field's move */
    if (h < 0 && (ful_is_id(L, 0, FUL_W_stage) || ful_is_id(L, 0, FUL_W_forecast)) && (L->t[0].flags & T_CAP) &&
        !(L->t[1].bits & (FUL_CUE_ART | FUL_CUE_POSS | VERBISH)) && ful_has_arrow(L->s, L->n))
        return 1;
    if (h < 0)
        return 0;
    /* "Competitor: they also talk to Vodafone", "Pilot results: 11% saving on
     * the test trucks": what is told under these is how things stand, verbs and all */
    w = lab >= 0 ? lab : h - 1;
    pain = ful_is_id(L, w, FUL_W_pain) || ful_is_id(L, w, FUL_W_pains); /* ("Pain: scheduling takes 2 days a week") */
    record = pain || ful_is_id(L, w, FUL_W_competitor) || ful_is_id(L, w, FUL_W_competitors) ||
             ful_is_id(L, w, FUL_W_competition) || ful_is_id(L, w, FUL_W_background) || ful_is_id(L, w, FUL_W_context) ||
             ful_is_id(L, w, FUL_W_incumbent) || ful_is_id(L, w, FUL_W_results) || ful_is_id(L, w, FUL_W_stats) ||
             /* a CRM row's figures: "Amount: $120,000 | Stage: Commit | Close: 12/15" */
             ful_is_id(L, w, FUL_W_amount) || ful_is_id(L, w, FUL_W_stage) || ful_is_id(L, w, FUL_W_forecast) ||
             ful_is_id(L, w, FUL_W_probability) || ful_is_id(L, w, FUL_W_acv) || ful_is_id(L, w, FUL_W_value) ||
             ful_is_id(L, w, FUL_W_arr) || ful_is_id(L, w, FUL_W_mrr) || ful_is_id(L, w, FUL_W_tcv);
    if (ful_is_id(L, w, FUL_W_agenda)) {
        /* "Agenda: intros, demo, Q&A": what the meeting held; with a day it
         * is the next one's ("Agenda for Tue: demo" is read on) */
        for (k = h; k < L->nt; k++)
            if (L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED))
                return 0;
        record = 1;
    }
    /* "Risk: they might go with Oracle", "Concerns: they may not have
     * budget": what may happen is a risk's very words, hedge and modal too */
    risk = ful_is_id(L, w, FUL_W_risk) || ful_is_id(L, w, FUL_W_risks) || ful_is_id(L, w, FUL_W_concern) ||
           ful_is_id(L, w, FUL_W_concerns);
    for (k = h; risk && k < L->nt; k++)
        if ((L->t[k].bits & FUL_CUE_DATE) && !ful_is_id(L, k, FUL_W_may))
            risk = 0; /* (a day makes it a step: "churn risk: their CS lead runs the review Wed 12/9") */
    for (k = h; k < L->nt; k++) {
        uint32_t b = L->t[k].bits;
        if (L->t[k].flags & T_INPHR)
            continue;
        if (risk && !(b & FUL_CUE_BOOKED) &&
            !((b & FUL_CUE_MODAL) && !(b & FUL_CUE_HEDGE) && ful_will_at(L, k)) &&
            /* ("churn risk: they'll decide after the freeze": what they will do) */
            !((L->t[k].flags & T_BREAK) && (b & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP)) && !ful_ends_ing(L, k)))
            continue; /* (our to-do after it is a step: "Risk: budget freeze, send the ROI calc") */
        if (record && !((b & FUL_CUE_MODAL) && !ful_be_form(L, k)) && !(b & FUL_CUE_BOOKED) && /* ("price is the main issue") */
            !(pain && (L->t[k].flags & T_BREAK) && (b & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP)) && !ful_ends_ing(L, k)))
            continue; /* (a pain, then our to-do after it: "Pain: manual invoicing, send case study") */
        if ((b & FUL_CUE_MODAL) ||
            ((b & (VERBISH | FUL_CUE_BOOKED)) && !(b & (FUL_CUE_RECAP | FUL_CUE_DNOUN)) && !ful_participle(L, k) &&
             !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k))))
            return 0;
    }
    return 1;
}

/* "Stage: proposal", "Champion = Priya", "Blocked: budget freeze": a
 * field and its value, no verb, no date, no meeting; a record, not a step. */
int ful_field_line(const ful_cline *L, int has_date)
{
    int h = L->head, k, c, past = 0, noun = 0;
    size_t p;
    if (has_date || L->nt < h + 2 || (L->t[h].flags & T_QUOTED))
        return 0;
    /* the field's name: one word ("Stage:"), or up to four before a list
     * ("their stack: k8s, Kafka, Okta", "Board KPI: coverage 3.1x, win rate
     * 22%"), none of them a verb, a day or someone */
    for (c = h;; c++) {
        int colon;
        if (L->t[c].span != 1 || (L->t[c].flags & T_QUOTED))
            return 0;
        for (p = L->t[c].off + L->t[c].len; p < L->t[c + 1].off && L->s[p] == ' '; p++)
            ;
        colon = p < L->t[c + 1].off && (L->s[p] == ':' || L->s[p] == '=' || L->s[p] == '~');
        /* ("POC success criteria agreed: p95 < 200ms, 99.9% uptime": in a
         * longer name, a meeting's word before its last, and a participle last) */
        /* "agenda was: intros, current process, demo, pricing": what a
         * thing of the meeting held was, listed; a record, its meetings too */
        if (colon && c == h + 1 && (ful_is_id(L, c, FUL_W_was) || ful_is_id(L, c, FUL_W_were)) &&
            !(L->t[h].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_DATE)) && !(L->t[h].flags & T_CAP)) {
            past = 1;
            break;
        }
        /* ("Account: Kowalski Gastro", "Pricing: $40 a seat": a thing's noun names the field, a name its value) */
        noun = c == h && colon && (L->t[c].bits & FUL_CUE_DNOUN) &&
               !(L->t[c].bits & (FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_SPEECH | FUL_CUE_REQUEST));
        if ((L->t[c].bits & (VERBISH | FUL_CUE_EVENT)) && !(c == h && ful_is_id(L, h, FUL_W_blocked)) && !noun &&
            /* ("Investor update: ARR 4.2m, burn 300k/mo": a noun last) */
            !(c > h && colon && !(L->t[c].bits & (FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_SPEECH))) &&
            !(!colon && (L->t[c].bits & FUL_CUE_EVENT) && !(L->t[c].bits & VERBISH & ~FUL_CUE_JOINT)) &&
            !(c > h && colon && ful_participle(L, c) && !(L->t[c].bits & (FUL_CUE_MODAL | FUL_CUE_BOOKED))))
            return 0;
        if (colon)
            break;
        if (c + 2 >= L->nt || c >= h + 3 || (L->t[c + 1].flags & T_BREAK) ||
            (L->t[c + 1].bits & (FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU)) ||
            (c == h && (L->t[h].bits & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU)) && !(L->t[h].bits & FUL_CUE_POSS)))
            return 0;
    }
    if (c > h && !memchr(L->s + L->t[c + 1].off, ',', L->n - L->t[c + 1].off) && !(L->marks & FUL_SAW_NUM)) {
        for (k = h; k <= c && !(L->t[k].bits & (FUL_CUE_EVENT | FUL_CUE_CLIENT | FUL_CUE_WITH | FUL_CUE_POSS)) &&
                    (k == h || !(L->t[k].flags & (T_CAP | T_NAME)));
             k++)
            ;
        if (k <= c)
            return 0; /* ("Kickoff with their CFO: budget" may be a meeting's topic; "Contract value ~ NOK 1.2m" is a figure;
                       * but "Pricing sensitivity: high" names a field in plain words, first capitalised at most) */
    }
    for (k = c + 1; k < L->nt; k++)
        if (((L->t[k].bits & ((past ? 0 : VERBISH | FUL_CUE_EVENT) | FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_POSS |
                              FUL_CUE_SOBJ | FUL_CUE_COBJ | FUL_CUE_YOU)) &&
             !((L->t[k].flags & T_CAP) && (ful_first_name_word(L, k) || ((c > h || noun) && !(L->t[k].bits & (VERBISH | FUL_CUE_DATE)))))) ||
            (L->t[k].flags & T_QUOTED))
            return 0; /* "Status: waiting on client feedback": someone acts; "Champion = Grant" is a name */
    return 1;
}

/* The gap after token k holds only a "," or a "(" (and spaces): the end
 * of a name in a list, or a bracket on who they are. */
static int ful_list_gap(const ful_cline *L, int k)
{
    size_t g;
    int mark = 0;
    for (g = L->t[k].off + L->t[k].len; g < L->t[k + 1].off; g++)
        if (L->s[g] == ',' || L->s[g] == '(')
            mark = 1;
        else if (L->s[g] != ' ')
            return 0;
    return mark;
}

/* "Attended: Mark, Julie and their IT lead", "Also present: Dev (IT)",
 * "On the call: Tom, Priya": who was there, a record. Its list holds
 * names and roles; a verb that opens a clause ("; send her the deck"), a
 * day or a modal makes it a step after all. */
int ful_attendance_line(const ful_cline *L)
{
    int h = L->head, k, inpar = 0;
    size_t p;
    if (!(L->wsets & FUL_WG_ATTEND))
        return 0; /* (no word a list of who was there opens with) */
    if (ful_is_id(L, h, FUL_W_also))
        h++;
    if (h + 1 >= L->nt)
        return 0;
    if (ful_is_id(L, h, FUL_W_on) && h + 3 < L->nt && ful_is_id(L, h + 1, FUL_W_the) && ful_is_id(L, h + 2, FUL_W_call))
        h += 2;
    else if (!(ful_is_id(L, h, FUL_W_attended) || ful_is_id(L, h, FUL_W_attending) || ful_is_id(L, h, FUL_W_attendees) ||
               ful_is_id(L, h, FUL_W_participants) || ful_is_id(L, h, FUL_W_joined) || ful_is_id(L, h, FUL_W_present)))
        return 0;
    if ((L->t[h].flags & T_QUOTED) || L->t[h].span != 1)
        return 0;
    for (p = L->t[h].off + L->t[h].len; p < L->t[h + 1].off && L->s[p] == ' '; p++)
        ;
    if (p >= L->t[h + 1].off || L->s[p] != ':')
        return 0;
    for (k = h + 1; k < L->nt; k++) {
        uint32_t b = L->t[k].bits;
        size_t g;
        /* (the gap before the token: does a "(" open or a ")" close there?) */
        for (g = L->t[k - 1].off + L->t[k - 1].len; g < L->t[k].off; g++)
            inpar = L->s[g] == '(' ? 1 : L->s[g] == ')' ? 0 : inpar;
        if (L->t[k].flags & T_INPHR)
            continue; /* (a phrase's other words) */
        if ((L->t[k].flags & T_CAP) && !(L->t[k].flags & (T_QUOTED | T_UPPER)) && !inpar &&
            ((L->t[k].flags & T_BREAK) || k == h + 1 || ful_is_id(L, k - 1, FUL_W_and)) &&
            (k + 1 == L->nt || ((L->t[k + 1].flags & T_BREAK) && ful_list_gap(L, k))))
            continue; /* "Attendees: Will (COO), Grace (ops), Jan (finance)": a name in the list, whatever word it is too */
        if ((L->t[k].flags & T_QUOTED) || (b & (FUL_CUE_DATE | FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_HEDGE)))
            return 0;
        if ((b & VERBISH) && !inpar && /* ("Anjali (purchase)": who she is, in brackets) */ !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k)) &&
            ((L->t[k].flags & T_BREAK) || k == h + 1 ||
             !((L->t[k - 1].flags & T_CAP) || (L->t[k - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)))))
            return 0; /* "Present: Ana; send her the deck", "Joined: Ben, she wants pricing" */
    }
    return 1;
}

/* In an "=" record, is the verb's or meeting's word at k a noun: beside
 * the "=" ("Tom = DM"), after a plain word ("main contact") or before one
 * ("Decision maker")? */
static int ful_record_noun(const ful_cline *L, int k)
{
    size_t a = L->t[k].off, e = a + L->t[k].len;
    if (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE))
        return 0;
    while (a > 0 && L->s[a - 1] == ' ')
        a--;
    while (e < L->n && L->s[e] == ' ')
        e++;
    if ((a > 0 && L->s[a - 1] == '=') || (e < L->n && L->s[e] == '='))
        return 1;
    return (k > L->head && !(L->t[k].flags & T_BREAK) && !(L->t[k - 1].flags & (T_CAP | T_NUM)) &&
            !(L->t[k - 1].bits & ~FUL_CUE_WORD)) ||
           (k + 1 < L->nt && !(L->t[k + 1].flags & (T_BREAK | T_CAP | T_NUM)) && !(L->t[k + 1].bits & ~FUL_CUE_WORD));
}

/* "Decision maker = Mrs. Bello (MD), champion = Emeka": fields and their
 * values, "=" between, no verb, no day: a record. */
int ful_equals_line(const ful_cline *L, const char *text, size_t n, int has_date)
{
    int k;
    if (has_date || L->nt < 3 || !memchr(text, '=', n) || (L->head > 0 && ful_labels(L, L->head)))
        return 0; /* ("Next step = send the quote": a label, then the step) */
    for (k = L->head; k < L->nt; k++)
        if ((L->t[k].flags & T_QUOTED) ||
            ((L->t[k].bits & (VERBISH | FUL_CUE_EVENT | FUL_CUE_BOOKED)) && !(L->t[k].bits & FUL_CUE_DNOUN) &&
             !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k)) && !ful_record_noun(L, k) &&
             !(ful_be_form(L, k) && ful_copula_fact(L, k, L->nt)))) /* ("; Li Na is the champion") */
            return 0;
    return 1;
}

/* A word after a part's count, inside its noun ("4 sign fitters", "38
 * test cells", "42,000 interment records", "1,100 pre-need contracts"):
 * a verb's word between the count and a noun, or the noun itself, last
 * in its part after a plain word. p is the part's first token, its count. */
static int ful_counted_noun(const ful_cline *L, int k, int p)
{
    int j;
    if ((L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_BOOKED)) || L->t[k].span != 1 ||
        (L->t[k].flags & (T_CAP | T_INPHR)))
        return 0;
    for (j = p + 1; j < k; j++)
        if (!(L->t[j].flags & T_NUM) && (L->t[j].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN)))
            return 0; /* (only the count and plain words before it) */
    if (k + 1 < L->nt && !(L->t[k + 1].flags & (T_BREAK | T_NUM | T_QUOTED)) &&
        !(L->t[k + 1].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN)))
        return 1;
    return (k + 1 >= L->nt || (L->t[k + 1].flags & T_BREAK)) && k - 1 > p && !(L->t[k - 1].flags & T_NUM) &&
           L->r[k].len > 3 && L->r[k].lw[L->r[k].len - 1] == 's' && L->r[k].lw[L->r[k].len - 2] != 's';
}

/* "walk-ins", "sign-ups", "add-ons": a verb's word hyphened to its
 * particle in the plural, a noun */
static int ful_particle_noun(const ful_cline *L, int k)
{
    static const char *const pl[] = {"ins", "ups", "outs", "ons", "offs", "downs"};
    size_t e = L->t[k].off + L->t[k].len, i;
    if (k + 1 >= L->nt || e + 1 >= L->n || L->s[e] != '-' || L->t[k + 1].off != e + 1)
        return 0;
    for (i = 0; i < sizeof pl / sizeof pl[0]; i++)
        if (L->r[k + 1].len == strlen(pl[i]) && memcmp(L->r[k + 1].lw, pl[i], L->r[k + 1].len) == 0)
            return 1;
    return 0;
}

/* "Test floor:", "Records:": a label whose verb's word is a noun, for
 * it ends on a plain word or is one word in the plural. c is the token
 * the colon follows. */
static int ful_noun_label(const ful_cline *L, int c)
{
    int k;
    for (k = 0; k <= c; k++)
        if ((L->t[k].flags & (T_NUM | T_QUOTED)) || (L->t[k].bits & (FUL_CUE_SELLER | FUL_CUE_CLIENT | FUL_CUE_MODAL)))
            return 0;
    if (c > 0)
        return !(L->t[c].bits & ~FUL_CUE_WORD);
    return L->r[0].len > 3 && L->r[0].lw[L->r[0].len - 1] == 's' && L->r[0].lw[L->r[0].len - 2] != 's' &&
           !(L->t[0].bits & (FUL_CUE_CHASE | FUL_CUE_SETUP));
}

/* "Spring Garden pilot: 25 heads installed, 2 failed drivers", "Pilot: 40
 * units installed so far", "5 licences used of 20", "Test floor: 38 test
 * cells, mostly Advantest, 4 Teradyne": under a label of a few words or
 * none, each part a count of things and what became of them (or, with
 * two counts at least, a few words that do nothing); no verb but a
 * participle, no day, no one of ours, no "to" ahead ("Tom: 2 more sites
 * to be approved soon" is a step) */
int ful_count_record(const ful_cline *L)
{
    int k, h = 0, counts = 0, p = -1, two = 0;
    /* (a label names, it does not act: "Send pricing due:2027-01-04") */
    for (k = 0; k < 3 && k + 1 < L->nt && !(L->t[k].flags & (T_NUM | T_QUOTED)); k++) {
        size_t e = L->t[k].off + L->t[k].len;
        int colon = memchr(L->s + e, ':', L->t[k + 1].off - e) != NULL;
        if (L->t[k].bits & (VERBISH & ~FUL_CUE_EVENT)) {
            int c;
            for (c = k; c < 3 && c + 1 < L->nt && !memchr(L->s + L->t[c].off + L->t[c].len, ':',
                                                           L->t[c + 1].off - L->t[c].off - L->t[c].len);
                 c++)
                ;
            if (c < 3 && c + 1 < L->nt && ful_noun_label(L, c)) {
                h = c + 1;
                two = 1; /* (a verb's word read as a noun: two counts must follow) */
            }
            break;
        }
        if (colon) {
            h = k + 1;
            break;
        }
    }
    if (h == 0 && !(L->t[0].flags & T_NUM) && L->head == 0) {
        /* "Wairarapa winery group, 4 labels, ~90k cases": who they are, a few
         * words that do nothing, then their counts (two at least, below) */
        for (k = 1; k < L->nt && k < 5 && !(L->t[k].flags & T_BREAK); k++)
            ;
        if (k < L->nt && k < 5 && (L->t[k].flags & T_BREAK) && (L->t[k].flags & T_NUM)) {
            int w;
            for (w = 0; w < k; w++)
                if ((L->t[w].bits & (VERBISH | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU |
                                     FUL_CUE_EVENT)) ||
                    (L->t[w].flags & (T_QUOTED | T_NUM)))
                    return 0;
            h = k;
            two = 1; /* (the name's part is no count: two counts must follow) */
        }
    }
    if ((h == 0 && !(L->t[0].flags & T_NUM)) || (h > 0 && h <= L->head && !two))
        return 0; /* (a to-do's label: "Todo: 2 quotes", "Action: 2 calls") */
    for (k = h; k < L->nt; k++) {
        uint32_t b = L->t[k].bits;
        if (L->t[k].flags & T_INPHR)
            continue;
        if (k == h || (L->t[k].flags & T_BREAK)) {
            if (b & FUL_CUE_DATE)
                return 0;
            if (L->t[k].flags & T_NUM) {
                counts++;
                p = k;
                continue;
            }
            if (k == h)
                return 0; /* (the first part opens on its count) */
            two = 1;
            p = -1;
        }
        if (p < 0 && (b & ~(FUL_CUE_WORD | FUL_CUE_DNOUN | FUL_CUE_ART | FUL_CUE_TOPIC)) && !ful_particle_noun(L, k))
            return 0; /* (a part with no count: plain words, "mostly Advantest") */
        if (p < 0 && (b & VERBISH))
            continue; /* ("walk-ins ~40%") */
        if ((b & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE | FUL_CUE_DSTART |
                  FUL_CUE_BOOKED | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_VAGUE)) ||
            (L->t[k].flags & T_QUOTED) || ful_is_id(L, k, FUL_W_to) || ((b & VERBISH) && !ful_participle(L, k))) {
            if (p >= 0 && !(b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_VAGUE)) &&
                !(L->t[k].flags & T_QUOTED) && !ful_is_id(L, k, FUL_W_to) && ful_counted_noun(L, k, p))
                continue;
            return 0;
        }
    }
    return counts >= (two ? 2 : 1);
}
