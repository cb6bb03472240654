/* classify_explain.c: the verdict's explanation and advice (FUL_WHY_MAX
 * bytes each): who acts and why (`client acts: 'Maria to send'
 * (attendee)`), what hedges or dates it, and what to ask next. */
#include "clause.h"

/* One copy, not a byte at a time: the explanation is made of these. */
void ful_put(ful_sb *sb, const char *s)
{
    size_t n = strlen(s), room = sb->cap > sb->len + 1 ? sb->cap - sb->len - 1 : 0;
    if (n > room)
        n = room;
    memcpy(sb->b + sb->len, s, n);
    sb->len += n;
    sb->b[sb->len] = '\0';
}

/* How many bytes from p (up to n) are printable ASCII (0x20-0x7E): eight
 * at a time, where a byte loop was most of a quote's cost. Bit 7 of each
 * byte of bad: below 0x20, 0x7F, or 0x80 and up (a + 0x60 and a + 0x01
 * carry into no other byte). */
static size_t ful_printable_run(const char *p, size_t n)
{
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        uint64_t x = ful_ld8le(p + k), a = x & 0x7F7F7F7F7F7F7F7Full;
        uint64_t bad = (~(a + 0x6060606060606060ull) | (a + 0x0101010101010101ull) | x) & 0x8080808080808080ull;
        if (bad) {
#if defined(__GNUC__)
            return k + ((unsigned)__builtin_ctzll(bad) >> 3);
#else
            break;
#endif
        }
    }
    while (k < n && (unsigned char)(p[k] - 0x20) < 0x5F)
        k++;
    return k;
}

/* Appends text[off, off+len) quoted, at most max bytes, cutting only at a
 * UTF-8 boundary; control bytes become spaces and invalid UTF-8 '?'. */
static void ful_quote(ful_sb *sb, const char *text, size_t n, size_t off, size_t len, size_t max)
{
    size_t i = off, end = off + len, used = 0;
    if (off > n)
        return;
    if (end > n)
        end = n;
    ful_put(sb, "'");
    while (i < end) {
        unsigned char c;
        size_t l = 1, k, run = 0, room;
        int ok = 1;
        /* A run of printable ASCII (most of a quote) in one copy: as the
         * byte loop below, it stops at max bytes or 7 short of cap. */
        run = ful_printable_run(text + i, end - i);
        if (run) {
            room = max - used;
            if (sb->cap < sb->len + 7)
                room = 0;
            else if (room > sb->cap - sb->len - 7)
                room = sb->cap - sb->len - 7;
            if (run > room)
                run = room;
            memcpy(sb->b + sb->len, text + i, run);
            sb->len += run;
            used += run;
            i += run;
            if (i >= end)
                break;
        }
        c = (unsigned char)text[i];
        if (c >= 0x80) {
            l = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (l == 0 || i + l > end) {
                ok = 0;
                l = 1;
            } else {
                for (k = 1; k < l; k++)
                    if (((unsigned char)text[i + k] & 0xC0) != 0x80)
                        ok = 0;
                if (!ok)
                    l = 1;
            }
        }
        if (used + (ok ? l : 1) > max || sb->len + l + 6 >= sb->cap) {
            ful_put(sb, "...");
            break;
        }
        if (!ok) {
            sb->b[sb->len++] = '?';
        } else if (c < 0x20 || c == 0x7F) {
            sb->b[sb->len++] = ' ';
        } else {
            memcpy(sb->b + sb->len, text + i, l);
            sb->len += l;
        }
        used += ok ? l : 1;
        i += l;
    }
    sb->b[sb->len] = '\0';
    ful_put(sb, "'");
}

/* quote the token span [i, i+words) */
static void ful_quote_toks(ful_sb *sb, const ful_cline *L, int i, int words)
{
    int j = i + words - 1;
    if (i < 0)
        return;
    if (j >= L->nt)
        j = L->nt - 1;
    if (j < i)
        j = i;
    ful_quote(sb, L->s, L->n, L->t[i].off, L->t[j].off + L->t[j].len - L->t[i].off, 40);
}

/* The verb and up to its next two words in the clause: "Send the proposal". */
static int ful_object_span(const ful_cline *L, int vt, int vspan)
{
    int k = vspan, extra = 0;
    if (vt < 0)
        return 1;
    while (vt + k < L->nt && extra < 2 && !(L->t[vt + k].flags & T_BREAK) &&
           !(L->t[vt + k].bits & FUL_CUE_FILLER) &&
           !(L->t[vt + k].wid == FUL_W_due && L->t[vt + k].off + 3 < L->n && L->s[L->t[vt + k].off + 3] == ':')) {
        /* (a due: tag is no word of the step: "send SOW due:2026-11-28") */
        k++;
        extra++;
    }
    return k;
}

/* Why the subject is who it is: " (attendee)", " (a name)", " (in quotes)". */
static void ful_explain_who(ful_sb *sb, const ful_cline *L, int tok)
{
    int k;
    if (tok < 0)
        return;
    for (k = 0; k < L->nact; k++)
        if (L->act[k].tok == tok && L->act[k].who != FUL_WHO_NONE) {
            ful_put(sb, " (");
            ful_put(sb, ful_who_name(L->act[k].who));
            ful_put(sb, ")");
            return;
        }
    if (L->t[tok].flags & T_QUOTED)
        ful_put(sb, " (in quotes: the client speaks)");
}

void ful_explain(const ful_cline *L, const ful_read *rd, ful_class cls, int hedged, int booked,
                        const ful_date_span *sp, int exact_i, int win_i, ful_verdict *out)
{
    ful_sb why = {out->why, 0, FUL_WHY_MAX}, ask = {out->ask, 0, FUL_WHY_MAX};
    int vspan = rd->verb_tok >= 0 ? L->t[rd->verb_tok].span : 1;
    out->why[0] = out->ask[0] = '\0';
    switch (cls) {
    case FUL_FIRM:
    case FUL_SOFT:
        if (rd->subj == S_CLIENT) {
            ful_put(&why, "client acts: ");
            if (rd->subj_tok >= 0 && rd->verb_tok > rd->subj_tok && rd->verb_tok - rd->subj_tok <= 4)
                ful_quote_toks(&why, L, rd->subj_tok,
                               rd->verb_tok - rd->subj_tok + ful_object_span(L, rd->verb_tok, vspan));
            else if (rd->subj_tok >= 0 || rd->verb_tok >= 0)
                ful_quote_toks(&why, L, rd->subj_tok >= 0 ? rd->subj_tok : rd->verb_tok, 1);
            else if (L->nact > 0) { /* ("Kim: MSA redlines back Thu": the owner's label names who) */
                ful_quote_toks(&why, L, L->act[0].tok, 1);
                ful_explain_who(&why, L, L->act[0].tok);
            }
            ful_explain_who(&why, L, rd->subj_tok);
        } else if (rd->subj == S_SELLER) {
            ful_put(&why, "both act: ");
            ful_quote_toks(&why, L, rd->verb_tok, vspan);
        } else if (rd->verb_tok >= 0 || rd->subj_tok >= 0) {
            ful_put(&why, "meeting: ");
            ful_quote_toks(&why, L, rd->verb_tok >= 0 ? rd->verb_tok : rd->subj_tok, vspan);
        } else {
            ful_put(&why, "a meeting");
        }
        if (cls == FUL_FIRM) {
            if (booked && rd->book_tok != rd->verb_tok) {
                ful_put(&why, " + booked ");
                ful_quote_toks(&why, L, rd->book_tok, L->t[rd->book_tok].span);
            }
            if (exact_i >= 0) {
                ful_put(&why, " + date ");
                ful_quote(&why, L->s, L->n, sp[exact_i].off, sp[exact_i].len, 24);
            }
        } else if (hedged) {
            ful_put(&why, ", hedged: ");
            if (rd->hedge_tok >= 0)
                ful_quote_toks(&why, L, rd->hedge_tok, L->t[rd->hedge_tok].span);
            else
                ful_quote_toks(&why, L, rd->neg_tok, L->t[rd->neg_tok].span);
            ful_put(&ask, "hedged: ask them to commit to a booked meeting with a time");
        } else if (win_i >= 0) {
            ful_put(&why, ", vague time: ");
            ful_quote(&why, L->s, L->n, sp[win_i].off, sp[win_i].len, 24);
            ful_put(&ask, "vague time: ask to book a day and time now");
        } else {
            ful_put(&why, ", no date");
            ful_put(&ask, "no date: ask for a booked meeting with a time");
        }
        break;
    case FUL_NON:
        ful_put(&why, rd->request ? "they asked us to chase: " : "only we act: chasing ");
        ful_quote_toks(&why, L, rd->verb_tok, ful_object_span(L, rd->verb_tok, vspan));
        if (rd->subj == S_SELLER)
            ful_explain_who(&why, L, rd->subj_tok);
        ful_put(&ask, "you are chasing: ask them to book the next meeting now");
        break;
    case FUL_COMPLIANCE:
        ful_put(&why, rd->request ? "they asked, only we act: " : "only we act: producing ");
        ful_quote_toks(&why, L, rd->verb_tok, ful_object_span(L, rd->verb_tok, vspan));
        if (rd->subj == S_SELLER)
            ful_explain_who(&why, L, rd->subj_tok);
        ful_put(&ask, "only you work: ask for a review of it together, with a date");
        break;
    default:
        if (rd->status_tok >= 0) {
            /* "Discussed pricing tiers", "They use Salesforce": say why it is no step */
            ful_put(&why, "a recap or a fact, not a step: ");
            ful_quote_toks(&why, L, rd->status_tok, 3);
        } else {
            ful_put(&why, "no actor or action found");
        }
        ful_put(&ask, "add who acts and when");
        break;
    }
}
