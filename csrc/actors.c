/* actors.c: who acts in a next step, read before the cues decide the class
 * (spec section 2, "Who acts"). Works on the tokens classify_tokens.c made; it
 * changes the cue bits of the words it resolves, so a name that is also a
 * word ("Will", "May", "Mark") or a month ("Jan") reads as the person it is,
 * and records each actor for the explanation. */
#include "actors.h"
#include "cline.h"
#include "text.h"

#include <ctype.h>
#include <string.h>

/* the classifier's subject kinds (clause.h) */
enum { A_CLIENT = FUL_SIDE_CLIENT, A_SELLER = FUL_SIDE_SELLER };

const char *ful_who_name(int who)
{
    static const char *const names[] = { "", "attendee", "team", "owner", "a name", "a role", "us", "reported", "we wait on them" };
    return who >= 0 && who <= FUL_WHO_WAITED ? names[who] : "";
}

static void add_word(ful_names *nm, const char *s, size_t n, int side, int who)
{
    size_t i;
    if (n < 2 || n >= FUL_NAME_WORD || nm->n >= FUL_NAMES_MAX)
        return;
    /* titles are no one's name */
    for (i = 0; i < n; i++)
        nm->w[nm->n].lw[i] = (char)ful_lower((unsigned char)s[i]);
    if (ful_title(nm->w[nm->n].lw, (uint32_t)n))
        return;
    nm->w[nm->n].lw[n] = '\0';
    nm->w[nm->n].len = (uint32_t)n;
    nm->w[nm->n].side = (uint8_t)side;
    nm->w[nm->n].who = (uint8_t)who;
    nm->n++;
}

static void add_name(ful_names *nm, const char *s, size_t n, int side, int who)
{
    size_t i = 0;
    while (i < n) {
        size_t st;
        while (i < n && (s[i] == ' ' || s[i] == '.' || s[i] == '\t'))
            i++;
        st = i;
        while (i < n && s[i] != ' ' && s[i] != '.' && s[i] != '\t')
            i++;
        add_word(nm, s + st, i - st, side, who);
    }
}

void ful_names_init(ful_names *nm, const ful_people *client, const ful_people *team, const ful_name *owner)
{
    int k;
    nm->n = 0;
    /* the seller's own people first: a first name shared with a client
     * contact reads as the colleague the seller wrote it for */
    if (owner && owner->len)
        add_name(nm, owner->s, owner->len, A_SELLER, FUL_WHO_OWNER);
    for (k = 0; team && k < team->n; k++)
        add_name(nm, team->name[k].s, team->name[k].len, A_SELLER, FUL_WHO_TEAM);
    for (k = 0; client && k < client->n; k++)
        add_name(nm, client->name[k].s, client->name[k].len, A_CLIENT, FUL_WHO_ATTENDEE);
}

/* Inlined: w is a literal, so memcmp folds into a compare or two (the
 * call and the library memcmp were 2% of a classified line). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int is_w(const ful_cline *L, int i, const char *w, size_t l)
{
    return i >= 0 && i < L->nt && L->r[i].len == l && memcmp(L->r[i].lw, w, l) == 0;
}
#define IS(L, i, lit) is_w((L), (i), lit, sizeof lit - 1)

static void mark(ful_cline *L, int tok, int side, int who, int owns)
{
    int k;
    for (k = 0; k < L->nact; k++)
        if (L->act[k].tok == tok) {
            if (owns >= 0)
                L->act[k].owns = (int8_t)owns;
            return;
        }
    if (L->nact >= FUL_MAXACT)
        return;
    L->act[L->nact].tok = (uint8_t)tok;
    L->act[L->nact].side = (uint8_t)side;
    L->act[L->nact].who = (uint8_t)who;
    L->act[L->nact].owns = (int8_t)owns;
    L->nact++;
}

/* Makes token i the name of a person on side. */
static void set_name(ful_cline *L, int i, int side, int who)
{
    L->t[i].bits = (side == A_CLIENT ? FUL_CUE_CLIENT : FUL_CUE_SELLER);
    L->t[i].flags |= T_NAME;
    mark(L, i, side, who, -1);
}

/* An e-mail handle heading a clause ("j.smith@acme: will circulate it",
 * "jsmith@acme.com to sign by Fri") is a person: the client's, as a name
 * is. Its first token becomes the name; the rest of the handle is read past. */
static void handles_as_names(ful_cline *L)
{
    int i, k;
    for (i = 0; i < L->nt; i++) {
        size_t p = L->t[i].off;
        if ((i > 0 && i != L->head && !(L->t[i].flags & T_BREAK)) || (L->t[i].flags & (T_QUOTED | T_NAME | T_TAG)) ||
            (p > 0 && (isalnum((unsigned char)L->s[p - 1]) || (L->s[p - 1] && strchr("._-@", L->s[p - 1])))))
            continue; /* (the handle starts here, not inside one: "j.smith") */
        while (p < L->n && (isalnum((unsigned char)L->s[p]) || L->s[p] == '.' || L->s[p] == '_' || L->s[p] == '-'))
            p++;
        if (p == L->t[i].off || p + 1 >= L->n || L->s[p] != '@' || !isalnum((unsigned char)L->s[p + 1]))
            continue;
        for (p++; p < L->n && (isalnum((unsigned char)L->s[p]) || L->s[p] == '.' || L->s[p] == '-'); p++)
            ;
        while (p > 0 && L->s[p - 1] == '.')
            p--; /* ("acme.com." ends a sentence) */
        set_name(L, i, A_CLIENT, FUL_WHO_NAME);
        for (k = i + 1; k < L->nt && (size_t)L->t[k].off < p; k++)
            L->t[k].flags |= T_INPHR;
    }
}

/* Names the note gives: a token that is one of their words. */
static void note_names(ful_cline *L, const ful_names *nm)
{
    int i, k;
    for (i = 0; i < L->nt; i++) {
        const ful_rtok *r = &L->r[i];
        uint32_t len = r->len;
        /* a lowercase known word is that word ("will"), never a name */
        if (!(L->t[i].flags & T_CAP) && (L->t[i].bits & FUL_CUE_WORD))
            continue;
        if (len > 2 && r->lw[len - 2] == '\'' && r->lw[len - 1] == 's')
            len -= 2; /* "Maria's team" */
        for (k = 0; k < nm->n; k++)
            if (nm->w[k].len == len && memcmp(nm->w[k].lw, r->lw, len) == 0) {
                set_name(L, i, nm->w[k].side, nm->w[k].who);
                break;
            }
    }
}

/* Months and seasons that are also first names ("Jan", "May", "June"):
 * only these date words may be read as a person. */
static int name_date_word(const ful_cline *L, int i)
{
    return ful_month_name(L, i);
}

/* Does token v, right before the capitalised month or hedge word mo,
 * make it a person: a role ("my colleague Jan", "their CFO May"), a copy
 * line ("cc Jan"), or "and" after a name ("Mark and May")? Not a pronoun:
 * "see them May 5" (a figure after mo is read by the caller). */
static int name_before(const ful_cline *L, int v, int mo)
{
    if (v < 0 || mo < 0 || (!name_date_word(L, mo) && !ful_is_id(L, mo, FUL_W_may)))
        return 0;
    if (IS(L, v, "cc") || IS(L, v, "bcc") || IS(L, v, "colleague") || IS(L, v, "colleagues"))
        return 1;
    if ((L->t[v].bits & FUL_CUE_CLIENT) && L->r[v].len >= 2 && !(L->t[v].bits & (FUL_CUE_POSS | FUL_CUE_SOBJ | FUL_CUE_ART)) &&
        !IS(L, v, "they") && !IS(L, v, "them") && !IS(L, v, "he") && !IS(L, v, "she") && !IS(L, v, "him") && !IS(L, v, "her"))
        return 1;
    return (IS(L, v, "and") || IS(L, v, "&") || IS(L, v, "+")) && v > 0 && (L->t[v - 1].flags & T_NAME);
}

/* Days' short names that are also first names ("Thu", "Sun"). */
static int day_name(const ful_cline *L, int i)
{
    return L->r[i].len == 3 && (memcmp(L->r[i].lw, "thu", 3) == 0 || memcmp(L->r[i].lw, "sun", 3) == 0);
}

/* A weekday's name at token i (monday, tues, fri, ...). */
static int weekday_at(const ful_cline *L, int i)
{
    static const char days[] = "montuewedthufrisatsun";
    int k;
    if (i < 0 || !(L->t[i].bits & FUL_CUE_DATE) || L->r[i].len < 3)
        return 0;
    for (k = 0; k < 21; k += 3)
        if (memcmp(L->r[i].lw, days + k, 3) == 0)
            return 1;
    return 0;
}

/* A lowercase word that is also a first name, typed in a hurry: "will
 * sends", "june to share", "hope sends", "grant shares". Read as the name
 * only where a name's verb follows it. */
static int lower_name_word(const ful_cline *L, int i)
{
    if ((L->t[i].flags & (T_CAP | T_NUM | T_INPHR)) || L->t[i].span != 1 || !(L->t[i].bits & FUL_CUE_WORD))
        return 0;
    return ful_first_name_word(L, i);
}

/* A lowercase word no cue knows ("jorge", "deepak"): may be a name. */
static int lower_unknown(const ful_cline *L, int i)
{
    return !(L->t[i].flags & (T_CAP | T_NUM | T_INPHR)) && !(L->t[i].bits & FUL_CUE_WORD) && L->t[i].span == 1 &&
           L->r[i].len >= 2;
}

/* "renewal", "pricing", "integration": a lowercase word shaped like a
 * thing, not a first name typed in a hurry; nor "difficult", "hopeful",
 * "nervous", "clueless" (an adjective: "difficult to read") */
static int noun_ending(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    const char *e = r->lw + r->len;
    if (r->len < 5)
        return 0;
    return memcmp(e - 3, "ing", 3) == 0 || memcmp(e - 3, "ion", 3) == 0 || memcmp(e - 4, "ment", 4) == 0 ||
           memcmp(e - 4, "ness", 4) == 0 || memcmp(e - 3, "ity", 3) == 0 || memcmp(e - 2, "al", 2) == 0 ||
           memcmp(e - 3, "ure", 3) == 0 || memcmp(e - 3, "ics", 3) == 0 || memcmp(e - 3, "ult", 3) == 0 ||
           memcmp(e - 3, "ful", 3) == 0 || memcmp(e - 3, "ous", 3) == 0 ||
           memcmp(e - 4, "less", 4) == 0;
}

static int verb_after_name(const ful_cline *L, int j, int end);
static int to_verb(const ful_cline *L, int j, int end);

/* "Implementation", "Procurement", "Partnership": endings no first name
 * has ("-al", "-ity", "-ence" do: Kamal, Charity, Florence). */
static int thing_ending(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    const char *e = r->lw + r->len;
    if (r->len < 5)
        return 0;
    if (e[-2] == 'e' && e[-1] == 'd' && (strchr("cskpgvtzxh", e[-3]) || e[-3] == 'i'))
        /* "Bounced email", "Declined", "Tried", "Replied": a verb in the past,
         * not a name (Jared, Ahmed, Alfred stay). Names in -hed (Rashed, Shahed)
         * share "Pushed", "Finished": a name's verb after one decides. */
        return e[-3] != 'h' || !(verb_after_name(L, i + 1, L->nt) || to_verb(L, i + 1, L->nt));
    if (r->len < 6)
        return 0; /* ("Tried", "Asked", "Moved": five letters are enough for a past) */
    return memcmp(e - 4, "tion", 4) == 0 || memcmp(e - 4, "sion", 4) == 0 || memcmp(e - 4, "ment", 4) == 0 ||
           memcmp(e - 4, "ness", 4) == 0 || memcmp(e - 4, "ship", 4) == 0 ||
           /* "Extremely keen", "Definitely interested", "Really busy": an
            * adverb's ending (Kelly, Emily, Kimberly keep theirs) */
           memcmp(e - 4, "ally", 4) == 0 || memcmp(e - 5, "ously", 5) == 0 || memcmp(e - 5, "ively", 5) == 0 ||
           memcmp(e - 4, "ntly", 4) == 0 || memcmp(e - 5, "fully", 5) == 0 || memcmp(e - 4, "ibly", 4) == 0 ||
           memcmp(e - 4, "ably", 4) == 0 || memcmp(e - 4, "tely", 4) == 0 || memcmp(e - 4, "ghly", 4) == 0 ||
           memcmp(e - 4, "mely", 4) == 0;
}

/* "Tanaka-san", "Sharma-ji", "Rahul ji", "Kim-ssi": a courtesy suffix
 * after a hyphen or a space, the second half of the name before it; "Lena
 * K.": an initial. */
static int honorific(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (r->len == 1 && (L->t[i].flags & T_CAP) && L->t[i].off + 1 < L->n && L->s[L->t[i].off + 1] == '.')
        return 1;
    if (L->t[i].off == 0 || (L->s[L->t[i].off - 1] != '-' && L->s[L->t[i].off - 1] != ' ') ||
        (L->t[i].flags & (T_CAP | T_NUM)) || r->len < 2 || r->len > 9)
        return 0;
    /* (and "Rashad müəllim", "Sherzod aka", "Emre bey", "Leyla xanım") */
    return ful_is_id(L, i, FUL_W_san) || ful_is_id(L, i, FUL_W_sama) || ful_is_id(L, i, FUL_W_sensei) || ful_is_id(L, i, FUL_W_kun) || ful_is_id(L, i, FUL_W_ji) ||
           ful_is_id(L, i, FUL_W_ssi) || ful_is_id(L, i, FUL_W_nim) || ful_is_id(L, i, FUL_W_bey) || ful_is_id(L, i, FUL_W_aka) ||
           ful_is_id(L, i, FUL_W_opa) || ful_is_id(L, i, FUL_W_aga) || ful_is_id(L, i, FUL_W_agha) || ful_is_id(L, i, FUL_W_sahib) ||
           ful_is_id(L, i, FUL_W_saheb) || ful_is_id(L, i, FUL_W_sahab) || ful_is_id(L, i, FUL_W_effendi) || ful_is_id(L, i, FUL_W_efendi) ||
           ful_is_id(L, i, FUL_W_bhai) || ful_is_id(L, i, FUL_W_didi) || /* ("Merdan aga", "Ahmad sahib", "Ravi bhai") */
           IS(L, i, "m\xc3\xbc\xc9\x99llim") || IS(L, i, "xan\xc4\xb1m") ||
           IS(L, i, "han\xc4\xb1m");
}

#define VERBS (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_JOINT | FUL_CUE_REQUEST)

/* Could token i be a person's name in the actor's place? A capitalised word
 * that is unknown, or known only as a modal, hedge or month-name ("Will",
 * "May", "Jan", "Mark", "Bill"); never an imperative verb ("Send"). */
/* "van der Berg", "de la Cruz", "bin Said": the lowercase words inside a
 * surname, after a first name or a title. */
static int name_particle(const ful_cline *L, int i)
{
    return i >= 0 && !(L->t[i].flags & (T_CAP | T_NUM)) && L->r[i].len <= 3 &&
           (IS(L, i, "van") || IS(L, i, "der") || IS(L, i, "den") || IS(L, i, "von") || IS(L, i, "de") || IS(L, i, "la") ||
            IS(L, i, "del") || IS(L, i, "da") || IS(L, i, "di") || IS(L, i, "du") || IS(L, i, "dos") || IS(L, i, "das") ||
            IS(L, i, "bin") || IS(L, i, "al") || IS(L, i, "el") || IS(L, i, "le") || IS(L, i, "ter"));
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int name_shaped_at(const ful_cline *L, int i);

/* A name's shape: its flags and length first, in a call that saves no
 * registers (half the calls stop here; the rest saved six to say no) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int name_shaped(const ful_cline *L, int i)
{
    uint8_t f = L->t[i].flags;
    if ((f & (T_NUM | T_UPPER | T_INPHR)) || !(f & T_CAP) || L->r[i].len < 2)
        /* (Burmese "U Aung Kyaw": the title U before a name, not "you") */
        return (f & T_CAP) && L->r[i].len == 1 && L->r[i].lw[0] == 'u' && i + 1 < L->nt &&
               !(L->t[i + 1].flags & (T_UPPER | T_BREAK)) && name_shaped(L, i + 1) && !(L->t[i + 1].bits & FUL_CUE_WORD);
    return name_shaped_at(L, i);
}

/* name_shaped(L, p) for the clause head p, asked once: the tests of
 * ful_actors_mark's chain change no token, and three of them asked it
 * again (about 1% of a line). *memo: -1 until asked. */
static inline int name_shaped_once(const ful_cline *L, int p, int *memo)
{
    if (*memo < 0)
        *memo = name_shaped(L, p);
    return *memo;
}

/* A word in -s, not -ss: a verb's present after its subject ("sends") */
static int in_s(const ful_rtok *r)
{
    return r->len > 3 && r->lw[r->len - 1] == 's' && r->lw[r->len - 2] != 's';
}

/* "Hardware must be certified for zone 1", "Labels need to be
 * bilingual", "Delivery must be before the shutdown": the line's
 * capitalised first word with a plural's verb, or "must"/"should be" and
 * a participle or "before", is a thing, no one's name */
static int thing_at_head(const ful_cline *L, int i)
{
    int j = i + 1, k = i + 3;
    const ful_rtok *r = &L->r[i];
    if (i != 0 || j >= L->nt || (L->t[j].flags & (T_BREAK | T_CAP)) ||
        (L->r[j].lw[0] != 'n' && L->r[j].lw[0] != 'a' && L->r[j].lw[0] != 'm' && L->r[j].lw[0] != 's'))
        return 0; /* (need, are, must, should: most lines stop at the letter) */
    if (in_s(r) && (IS(L, j, "need") || IS(L, j, "are")))
        return 1;
    if (!(IS(L, j, "must") || IS(L, j, "should")) || k >= L->nt || !IS(L, j + 1, "be") || (L->t[k].flags & (T_BREAK | T_CAP)))
        return 0;
    return (L->r[k].len > 4 && L->r[k].lw[L->r[k].len - 2] == 'e' && L->r[k].lw[L->r[k].len - 1] == 'd') || IS(L, k, "before");
}

static int name_shaped_at(const ful_cline *L, int i)
{
    uint32_t b = L->t[i].bits;
    if (ful_unit_after_figure(L, i) || thing_at_head(L, i))
        return 0;
    if (!(b & FUL_CUE_WORD))
        /* ("Very interested", "Unclear who signs": a degree or a state's
         * word, no name) */
        return L->t[i].span == 1 && !thing_ending(L, i) && !ful_is_id(L, i, FUL_W_very) && !ful_is_id(L, i, FUL_W_quite) &&
               !ful_is_id(L, i, FUL_W_super) && !ful_is_id(L, i, FUL_W_really) && !ful_is_id(L, i, FUL_W_unclear) &&
               !ful_is_id(L, i, FUL_W_uncertain) && !ful_is_id(L, i, FUL_W_undecided);
    if (L->t[i].span == 1 && ful_name_verb(L, i))
        return 1; /* "Grant shares", "Chase signs": a verb and a first name */
    if (b & (VERBS | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_POSS | FUL_CUE_COBJ |
             FUL_CUE_ART | FUL_CUE_DNOUN | FUL_CUE_EVENT | FUL_CUE_FILLER | FUL_CUE_BOOKED | FUL_CUE_WITH))
        return 0;
    if (b & FUL_CUE_DATE)
        return name_date_word(L, i) ||
               /* "Dr. Sunday Adeyemi": after a title, before a surname; "Sunday
                * Adeyemi sends the LPO": before a surname and its verb */
               (i + 1 < L->nt && L->t[i].span == 1 && (L->t[i + 1].flags & T_CAP) && !(L->t[i + 1].bits & FUL_CUE_WORD) &&
                !(L->t[i + 1].flags & (T_BREAK | T_NUM | T_UPPER)) &&
                ((i > 0 && ful_title(L->r[i - 1].lw, L->r[i - 1].len)) ||
                 /* (of the weekdays only Sunday is a common first name: "Monday Acme signs" is a day) */
                 (IS(L, i, "sunday") && i + 2 < L->nt && !(L->t[i + 2].flags & T_BREAK) &&
                  (verb_after_name(L, i + 2, L->cend[i]) || to_verb(L, i + 2, L->cend[i]))))) ||
               /* "Thu sends the order form": a day sends nothing; a name that is one does */
               (day_name(L, i) && i + 1 < L->nt && L->t[i].span == 1 && !(L->t[i + 1].flags & (T_BREAK | T_CAP)) &&
                (L->t[i + 1].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_SETUP)) && L->r[i + 1].len > 3 &&
                L->r[i + 1].lw[L->r[i + 1].len - 1] == 's' && L->r[i + 1].lw[L->r[i + 1].len - 2] != 's');
    /* of the modals only "Will" and "May" are names: "Have to", "Must" are not */
    if (ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_may))
        return 1;
    /* "Said Ali will confirm", "Said wants us to check in": the name Said,
     * before a surname or a verb in -s ("said he'd send it" is speech) */
    return ful_is_id(L, i, FUL_W_said) && i + 1 < L->nt && L->t[i].span == 1 && !(L->t[i + 1].flags & (T_BREAK | T_NUM | T_UPPER)) &&
           (((L->t[i + 1].flags & T_CAP) && !(L->t[i + 1].bits & FUL_CUE_WORD)) ||
            (!(L->t[i + 1].flags & T_CAP) && L->r[i + 1].len > 3 && L->r[i + 1].lw[L->r[i + 1].len - 1] == 's' &&
             L->r[i + 1].lw[L->r[i + 1].len - 2] != 's' && (L->t[i + 1].bits & (VERBS | FUL_CUE_HEDGE))) ||
            /* "Said asked me to call him", "Said told us": speech does not open on a past of speech */
            (!(L->t[i + 1].flags & T_CAP) && (L->t[i + 1].bits & (FUL_CUE_REQUEST | FUL_CUE_SPEECH)) &&
             (ful_is_id(L, i + 1, FUL_W_told) || (L->r[i + 1].len > 3 && L->r[i + 1].lw[L->r[i + 1].len - 1] == 'd' &&
                                                   L->r[i + 1].lw[L->r[i + 1].len - 2] == 'e'))));
}

/* A verb after "NAME to": a known verb, or an unknown lowercase word
 * ("to revert", "to socialize"); not "to the", "to Maria", "to 12/4". */
static int verb_at(const ful_cline *L, int j, int end)
{
    uint32_t b;
    if (j < 0 || j >= end || (L->t[j].flags & (T_NUM | T_BREAK)))
        return 0;
    b = L->t[j].bits;
    if (b & (VERBS | FUL_CUE_SPEECH))
        return 1;
    if (b & FUL_CUE_HEDGE)
        return ful_is_id(L, j, FUL_W_think) || ful_is_id(L, j, FUL_W_try);
    /* the everyday verbs: "Jorge to have the PO issued", "Ana to get us access" */
    if (ful_is_id(L, j, FUL_W_have) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_be) || ful_is_id(L, j, FUL_W_do) || ful_is_id(L, j, FUL_W_take) ||
        ful_is_id(L, j, FUL_W_start) || ful_is_id(L, j, FUL_W_finish) || ful_is_id(L, j, FUL_W_decide))
        return 1;
    /* a thing's or a meeting's word with its object after "to": "Dr. Patel
     * to trial the device", "Tom to pilot the tool" */
    if ((b & (FUL_CUE_DNOUN | FUL_CUE_EVENT)) && !(b & FUL_CUE_DATE) && !(L->t[j].flags & T_CAP) && j + 1 < end &&
        ((L->t[j + 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) || ful_is_id(L, j + 1, FUL_W_it) || ful_is_id(L, j + 1, FUL_W_them)))
        return 1;
    return !(b & FUL_CUE_WORD) && !(L->t[j].flags & T_CAP);
}

/* "MSA redlines back Thu", "forms back Mon": a thing (a word or two of
 * it) coming back, at q; after an owner's label ("Kim: MSA redlines back
 * Thu") it is the owner's to send. */
static int thing_back(const ful_cline *L, int q, int end)
{
    int k;
    for (k = q; k < end && k <= q + 2; k++) {
        if (k > q && ful_is_id(L, k, FUL_W_back))
            return (L->t[k - 1].bits & FUL_CUE_DNOUN) && !(L->t[k - 1].bits & (VERBS & ~FUL_CUE_DELIV)) &&
                   (k + 1 >= end || (!(L->t[k + 1].bits & (FUL_CUE_COBJ | FUL_CUE_SOBJ | VERBS)) && !ful_is_id(L, k + 1, FUL_W_to)));
        if ((L->t[k].bits & ~(FUL_CUE_DNOUN | FUL_CUE_WORD | FUL_CUE_CDOC)) || ((L->t[k].flags & (T_NUM | T_QUOTED | T_BREAK)) && k > q))
            return 0;
    }
    return 0;
}

/* "Priya: feedback to us by Wed", "Tom - PO to us by Friday", "Kim:
 * signed MSA back to us Thu": after an owner's label, a thing (a few
 * words, no verb) coming to us is the owner's to send, as "Kim: MSA
 * redlines back Thu" is. */
static int thing_to_us(const ful_cline *L, int q, int end)
{
    int k;
    for (k = q; k < end && k <= q + 4; k++) {
        if (k > q && ful_is_id(L, k, FUL_W_to) && k + 1 < end && ful_is_id(L, k + 1, FUL_W_us))
            return 1;
        if (k > q && (ful_is_id(L, k, FUL_W_back) || ful_is_id(L, k, FUL_W_over)))
            continue;
        if ((L->t[k].bits & ~(FUL_CUE_DNOUN | FUL_CUE_WORD | FUL_CUE_CDOC)) || (L->t[k].flags & (T_NUM | T_QUOTED)) ||
            (k > q && (L->t[k].flags & T_BREAK)))
            return 0;
    }
    return 0;
}

/* "Priya -> usage data Mon": an arrow from an owner to a thing (a word or
 * a few, at q) and its day is what the owner hands over, as "Kim: MSA
 * redlines back Thu" is. The arrow is read from the bytes between the
 * owner and q: the tokenizer makes it a dash. */
static int thing_arrow(const ful_cline *L, int q, int end)
{
    uint32_t i;
    int k, thing = 0, arrow = 0;
    for (i = L->t[q - 1].off + L->t[q - 1].len; i + 1 < L->t[q].off && !arrow; i++)
        arrow = ((L->s[i] == '-' || L->s[i] == '=') && L->s[i + 1] == '>') ||
                (i + 2 < L->t[q].off && (unsigned char)L->s[i] == 0xe2 && (unsigned char)L->s[i + 1] == 0x86 &&
                 (unsigned char)L->s[i + 2] == 0x92);
    if (!arrow)
        return 0;
    for (k = q; k < end && k <= q + 3; k++) {
        if (k > q && ((L->t[k].bits & FUL_CUE_DATE) || ful_is_id(L, k, FUL_W_by)))
            return thing;
        if ((L->t[k].bits & ~(FUL_CUE_DNOUN | FUL_CUE_WORD | FUL_CUE_CDOC)) || (L->t[k].flags & (T_NUM | T_QUOTED | T_CAP)) ||
            (k > q && (L->t[k].flags & T_BREAK)))
            return 0;
        thing |= (L->t[k].bits & FUL_CUE_DNOUN) != 0;
    }
    return 0;
}

/* "Globex Ltd - send pricing Mon", "Acme Corp: send the deck": a
 * company's legal form after the label's first word makes it the
 * account the line is about, no owner of the to-do after it. */
static int company_label(const ful_cline *L, int p, int end)
{
    static const char *const forms[] = {"ltd", "inc", "corp", "llc", "gmbh", "plc", "pty", "bv", "nv", "ag", "sa", "srl",
                                        "limited", "corporation", "company", "group", "holdings"};
    int k;
    size_t f;
    for (k = p + 1; k < end && k <= p + 3; k++)
        for (f = 0; f < sizeof forms / sizeof *forms; f++)
            if (L->r[k].len == strlen(forms[f]) && memcmp(L->r[k].lw, forms[f], L->r[k].len) == 0)
                return 1;
    return 0;
}

/* A verb of the third person or the past after a name: "sends", "signs",
 * "reviewed"; or a modal or speech verb: "will", "said". */
static int next_tok(const ful_cline *L, int i, int end);

static int verb_after_name(const ful_cline *L, int j, int end)
{
    const ful_rtok *r;
    uint32_t b;
    if (j < 0 || j >= end || (L->t[j].flags & (T_NUM | T_BREAK | T_CAP)))
        return 0;
    b = L->t[j].bits;
    if (b & (FUL_CUE_MODAL | FUL_CUE_SPEECH))
        return 1;
    /* "Grant might loop in", "May will try to": a hedged modal */
    if ((b & FUL_CUE_HEDGE) && (ful_is_id(L, j, FUL_W_will) || ful_is_id(L, j, FUL_W_would) || ful_is_id(L, j, FUL_W_might) || ful_is_id(L, j, FUL_W_may) ||
                                ful_is_id(L, j, FUL_W_could) || ful_is_id(L, j, FUL_W_should) || ful_is_id(L, j, FUL_W_can)))
        return 1;
    if (j > 0 && (L->t[j - 1].flags & T_CAP) && L->t[j].span == 1 &&
        (j == 1 || (L->t[j - 1].flags & T_BREAK) || (j == 2 && (L->t[0].flags & T_CAP)) ||
         (j > 2 && (L->t[j - 2].flags & (T_CAP | T_BREAK)) == (T_CAP | T_BREAK))) &&
        (ful_is_id(L, j, FUL_W_back) || ful_is_id(L, j, FUL_W_out) || ful_is_id(L, j, FUL_W_away) || ful_is_id(L, j, FUL_W_off))) {
        /* "Ana back from leave, signs Fri", "Tom out till Mon, then...",
         * "Marcus back 12/7, will look at it then": the name opening its
         * clause, and where they are or when they return (that clause is
         * no step: ful_client_clause); not "call Tom back Fri", where the
         * name does not open its clause */
        int k = next_tok(L, j, end);
        return k < 0 || (L->t[k].flags & T_BREAK) || ful_is_id(L, k, FUL_W_from) || ful_is_id(L, k, FUL_W_till) ||
               ful_is_id(L, k, FUL_W_until) || IS(L, k, "til") ||
               (ful_is_id(L, j, FUL_W_back) && ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM) || ful_is_id(L, k, FUL_W_on)));
    }
    /* ("Will reviews it": a verb that also names a meeting) */
    if ((b & (FUL_CUE_DNOUN | FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_ART)) ||
        ((b & FUL_CUE_EVENT) && !(b & FUL_CUE_ACT)))
        return 0;
    if (b & FUL_CUE_RECAP)
        return 1; /* "Grant covered", "Tom sent it": done, but done by a name */
    if (j > 0 && ful_name_verb(L, j - 1) && (L->t[j - 1].flags & T_CAP) &&
        (ful_is_id(L, j, FUL_W_not) || ful_is_id(L, j, FUL_W_isn_t) || ful_is_id(L, j, FUL_W_wasn_t)) && L->t[j].span == 1 &&
        next_tok(L, j, end) >= 0 && !(L->t[next_tok(L, j, end)].bits & VERBS))
        return 1; /* "Grant not on the call", "Chase isn't keen": the name, and how they stand (not our "grant") */
    r = &L->r[j];
    if (r->len < 3)
        return 0;
    if (r->len > 5 && (b & VERBS) && r->lw[r->len - 3] == 'i' && r->lw[r->len - 2] == 'n' && r->lw[r->len - 1] == 'g' &&
        (j == 1 || (j <= 4 && ful_is_id(L, 1, FUL_W_from))) && (L->t[0].flags & T_CAP) && name_date_word(L, 0))
        return 1; /* "Jan testing the api on mon", "Jan from IT testing ...": the month's name opening the line, then
                   * what she is doing */
    if (r->lw[r->len - 1] == 's' && r->lw[r->len - 2] != 's' && r->lw[r->len - 2] != '\'' && r->lw[r->len - 2] != 'u') {
        int k = next_tok(L, j, end);
        if (k >= 0 && (L->t[k].bits & FUL_CUE_RECAP) && !(b & FUL_CUE_WORD))
            return 0; /* "Lease comps sent 11/30": a plural, then what was done with it */
        return (b & (VERBS | FUL_CUE_HEDGE | FUL_CUE_BOOKED)) || !(b & FUL_CUE_WORD);
    }
    if (r->len > 3 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd')
        return (b & (VERBS | FUL_CUE_BOOKED)) || !(b & FUL_CUE_WORD);
    return 0;
}

static int next_tok(const ful_cline *L, int i, int end)
{
    for (i++; i < end; i++)
        if (!(L->t[i].flags & (T_INPHR | T_TAG)))
            return i;
    return -1;
}

/* "to VERB" at token j: "to send", "2 send", or a phrase that opens on
 * "to" and is a verb itself ("Maria to ask her boss": the cue "to ask"). */
static int to_verb_at(const ful_cline *L, int j, int end)
{
    return verb_at(L, next_tok(L, j, end), end) || (L->t[j].span > 1 && (L->t[j].bits & VERBS));
}
/* (the "to" tested inline: most words asked are none, and for them the
 * call cost more than the test) */
static inline int to_verb(const ful_cline *L, int j, int end)
{
    return (ful_is_id(L, j, FUL_W_to) || IS(L, j, "2")) && to_verb_at(L, j, end);
}

/* "Send the contract to Maria to sign by Fri", "the MSA over for their CFO
 * to approve": whom a thing goes to signs, reviews or approves it, the
 * client's act after the seller's. Only these verbs: "email Tom to set up
 * a call" is the seller's purpose, not Tom's to-do. At k, "to" or "for". */
static int head_side(const ful_cline *L, int i, int *who);

/* "them", "him", "her" or a client's role ("CFO", not "CFO's"): someone
 * of theirs after "to"/"for" who may act next. */
static int them_or_role(const ful_cline *L, int x)
{
    return ful_is_id(L, x, FUL_W_them) || ful_is_id(L, x, FUL_W_him) || ful_is_id(L, x, FUL_W_her) ||
           ((L->t[x].bits & FUL_CUE_CLIENT) && !(L->t[x].bits & (VERBS | FUL_CUE_POSS)));
}

static void recipient_acts(ful_cline *L, int k, int end)
{
    int x, y, z, sign;
    if (!(ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_for)) || (L->t[k].flags & T_QUOTED) ||
        (x = next_tok(L, k, end)) < 0)
        return;
    if ((ful_is_id(L, x, FUL_W_their) || ful_is_id(L, x, FUL_W_the)) && (y = next_tok(L, x, end)) >= 0 &&
        (L->t[y].bits & FUL_CUE_CLIENT) && !(L->t[y].bits & VERBS))
        x = y; /* "to their CFO to approve" */
    if ((y = next_tok(L, x, end)) < 0 || !ful_is_id(L, y, FUL_W_to) || (z = next_tok(L, y, end)) < 0)
        return;
    sign = ful_is_id(L, z, FUL_W_sign) || ful_is_id(L, z, FUL_W_countersign) || ful_is_id(L, z, FUL_W_execute);
    if (!sign && !ful_is_id(L, z, FUL_W_review) && !ful_is_id(L, z, FUL_W_approve))
        return;
    if (name_shaped(L, x) && !(L->t[x].bits & FUL_CUE_WORD)) {
        uint32_t c;
        int who = 0;
        /* a first name may be our own manager's ("Send quote to Raj to
         * approve"): only signing is surely the client's; a name the note
         * gives as ours, or a product ("DocuSign"), is not */
        if (!sign || ((L->t[x].flags & T_NAME) && head_side(L, x, &who) == A_SELLER))
            return;
        for (c = 1; c < L->t[x].len; c++)
            if (L->s[L->t[x].off + c] >= 'A' && L->s[L->t[x].off + c] <= 'Z')
                return;
        set_name(L, x, A_CLIENT, FUL_WHO_NAME);
    }
    else if (!them_or_role(L, x))
        return;
    mark(L, x, A_CLIENT, (L->t[x].flags & T_NAME) ? FUL_WHO_NAME : FUL_WHO_ROLE, z);
}

/* "Jason - call back Tue", "Ana: follow up Fri": a chase after a name is
 * the seller's chase of that person ("confirm", "ask" may be theirs). */
static int chase_of(const ful_cline *L, int p)
{
    uint32_t b = L->t[p].bits;
    return (b & FUL_CUE_CHASE) && !(b & (FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_JOINT)) && !ful_is_id(L, p, FUL_W_confirm) &&
           !ful_is_id(L, p, FUL_W_ask) && !ful_is_id(L, p, FUL_W_revisit);
}

/* "Guy from procurement issues", "Ana at Acme sends": the token after a
 * person's "from/at ROLE|Company", where the verb stands; else v. */
static int past_affiliation(const ful_cline *L, int v, int end)
{
    int k, n;
    if (!(ful_is_id(L, v, FUL_W_from) || ful_is_id(L, v, FUL_W_at) || ful_is_id(L, v, FUL_W_in) || ful_is_id(L, v, FUL_W_on)))
        return v; /* (and "Sharon in procurement to issue", "Raj on their IT team to test") */
    k = next_tok(L, v, end);
    if (k >= 0 && (L->t[k].bits & (FUL_CUE_POSS | FUL_CUE_ART)) && !(L->t[k].flags & T_CAP))
        k = next_tok(L, k, end); /* "from their legal", "at the bank" */
    if (k >= 0 && lower_unknown(L, k) && verb_after_name(L, next_tok(L, k, end), end))
        return next_tok(L, k, end); /* "Ravi from the distributor sends" */
    if (k >= 0 && k > v + 1 && L->t[k].span == 1 && !(L->t[k].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !(L->t[k].bits & (VERBS | FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH |
                          FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_COBJ)) &&
        (n = next_tok(L, k, end)) >= 0 && ful_is_id(L, n, FUL_W_to) && to_verb(L, n, end))
        return n; /* "Rick at the bank to send the letter Fri": a known word for the place, then his to-do */
    if (k >= 0 && k > v + 1 && lower_unknown(L, k) && (n = next_tok(L, k, end)) >= 0 &&
        (lower_unknown(L, n) || ((L->t[n].bits & FUL_CUE_CLIENT) && !(L->t[n].bits & (VERBS | FUL_CUE_POSS | FUL_CUE_COBJ)))) &&
        verb_after_name(L, next_tok(L, n, end), end))
        return next_tok(L, n, end); /* "Rich from the water authority emails", "Sam at the main office signs" */
    if (k < 0 || !((L->t[k].bits & FUL_CUE_CLIENT) || ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD))))
        return v;
    v = next_tok(L, k, end);
    if (v >= 0 && (L->t[v].bits & FUL_CUE_CLIENT) && !(L->t[v].bits & (VERBS | FUL_CUE_POSS | FUL_CUE_COBJ)))
        v = next_tok(L, v, end); /* "Guy from their AP team sends" */
    return v;
}

/* The first token of clause [a, end) that can be its subject. */
static int clause_head(const ful_cline *L, int a, int end)
{
    int i;
    for (i = a; i < end; i++) {
        uint32_t b = L->t[i].bits;
        if (L->t[i].flags & (T_INPHR | T_TAG))
            continue;
        if ((b & FUL_CUE_FILLER) && !(b & (VERBS | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_SOBJ)))
            continue;
        return i;
    }
    return -1;
}

/* After the word k naming what someone is (a role, a kin): their name and
 * its verb ("to send", "sends"); the name's token, or -1. */
static int holder_after(const ful_cline *L, int k, int end)
{
    int n = next_tok(L, k, end), v;
    if (n < 0 || !name_shaped(L, n) || (L->t[n].bits & FUL_CUE_CLIENT))
        return -1;
    v = next_tok(L, n, end);
    return v >= 0 && (to_verb(L, v, end) || verb_after_name(L, v, end)) ? n : -1;
}

/* "Store mgr Dale to send", "Office manager Pat sends the form", "CFO Raj
 * to sign": a unit and a role, then the name of whoever holds it, who acts;
 * the name's token, or -1 ("Ask CFO Raj to sign" opens on our verb). */
static int role_holder(const ful_cline *L, int p, int end)
{
    int i = p, units = 0;
    while (i >= 0 && units < 3 && !(L->t[i].bits & FUL_CUE_CLIENT)) {
        if ((L->t[i].bits & (VERBS | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE | FUL_CUE_MODAL |
                             FUL_CUE_SPEECH | FUL_CUE_ART | FUL_CUE_EVENT)) ||
            (L->t[i].flags & (T_NUM | T_QUOTED | T_NAME)))
            return -1;
        units++;
        i = next_tok(L, i, end);
    }
    if (i < 0 || !(L->t[i].bits & FUL_CUE_CLIENT) || L->t[i].span != 1 ||
        (L->t[i].bits & (VERBS | FUL_CUE_POSS | FUL_CUE_COBJ | FUL_CUE_MODAL | FUL_CUE_SPEECH)) || (L->t[i].flags & T_NAME))
        return -1;
    return holder_after(L, i, end);
}

/* "Dale's wife Karen to send us the returns", "Tom's colleague Ana
 * signs": a name's kin or colleague, then their own name, who acts; the
 * second name's token, or -1 (the kin word alone names no one of the
 * client's: "Owner's son handles IT" is how things stand). */
static int kin_holder(const ful_cline *L, int p, int end)
{
    int k = next_tok(L, p, end);
    const ful_rtok *r = &L->r[p];
    if (k < 0 || !(L->t[p].flags & T_CAP) || r->len < 4 || r->lw[r->len - 2] != '\'' || r->lw[r->len - 1] != 's' ||
        !(IS(L, k, "wife") || IS(L, k, "husband") || IS(L, k, "son") || IS(L, k, "daughter") || IS(L, k, "brother") ||
          IS(L, k, "sister") || IS(L, k, "colleague") || IS(L, k, "deputy")))
        return -1;
    return holder_after(L, k, end);
}

/* A modal that looks ahead after its subject: "will", "should", "might". */
static int ahead_modal(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_will) || ful_is_id(L, i, FUL_W_would) || ful_is_id(L, i, FUL_W_should) ||
           ful_is_id(L, i, FUL_W_could) || ful_is_id(L, i, FUL_W_might) || ful_is_id(L, i, FUL_W_may) ||
           ful_is_id(L, i, FUL_W_can) || ful_is_id(L, i, FUL_W_shall) || ful_is_id(L, i, FUL_W_must);
}

/* "Vet clinic mgr Sky to send it by Tue", "Review team will decide",
 * "Pilot group's IT lead will test it": a verb's word heading bare nouns
 * that end in a role (or a role's holder) before a modal or "to VERB"
 * names who acts; it gives no order (an order's object takes "the",
 * "them" or a name: "Vet the vendors", "Ask CFO Raj"). The actor's token,
 * or -1. */
static int noun_subject(const ful_cline *L, int p, int end)
{
    int k, n, role = -1, name = -1;
    uint32_t b = L->t[p].bits;
    if (L->t[p].span != 1 || (L->t[p].flags & (T_QUOTED | T_NUM)) ||
        (b & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_SETUP | FUL_CUE_REQUEST | FUL_CUE_SPEECH | FUL_CUE_MODAL | FUL_CUE_CLIENT |
              FUL_CUE_SELLER | FUL_CUE_DATE)))
        return -1;
    for (k = next_tok(L, p, end), n = 0; k >= 0 && n < 4; k = next_tok(L, k, end), n++) {
        b = L->t[k].bits;
        if (n > 0 && (ahead_modal(L, k) || to_verb(L, k, end)))
            return name >= 0 && name == k - 1 ? name : role == k - 1 ? role : -1;
        if (L->t[k].span != 1 || (L->t[k].flags & (T_NUM | T_QUOTED | T_UPPER)) ||
            (b & ~(FUL_CUE_WORD | FUL_CUE_CLIENT)) || ((b & FUL_CUE_CLIENT) && name >= 0))
            return -1;
        if (b & FUL_CUE_CLIENT)
            role = k;
        else if (role >= 0 && name_shaped(L, k) && !(b & FUL_CUE_WORD))
            name = k; /* (the role's holder, after it) */
        else if (role >= 0)
            return -1;
    }
    return -1;
}

/* "Hillcrest Pet Nutrition will run a trial", "Acme Cloud Solutions sends
 * the PO": a company's name in capitalised words, the last maybe a
 * thing's ("Nutrition", "Solutions"), before its verb. The verb's token
 * after the run that starts at j, or -1. */
static int org_run_end(const ful_cline *L, int j, int end)
{
    int n;
    for (n = 0; j >= 0 && n < 3; j = next_tok(L, j, end), n++) {
        if (!(L->t[j].flags & T_CAP) || (L->t[j].flags & (T_NUM | T_QUOTED | T_NAME)) || L->t[j].span != 1 ||
            (L->t[j].bits & ~FUL_CUE_WORD) || L->r[j].len < 2)
            break;
    }
    return n > 0 && j >= 0 && verb_after_name(L, j, end) ? j : -1;
}

/* A template's field name before a colon ("Owner:", "Task:", "AI:"): a
 * label, never an actor. */
static int is_label(const ful_cline *L, int i)
{
    size_t e = (size_t)L->t[i].off + L->t[i].len;
    if (e >= L->n || L->s[e] != ':')
        return 0;
    return ful_is_id(L, i, FUL_W_owner) || ful_is_id(L, i, FUL_W_task) || ful_is_id(L, i, FUL_W_status) || ful_is_id(L, i, FUL_W_ai) || ful_is_id(L, i, FUL_W_action) ||
           ful_is_id(L, i, FUL_W_actions) || ful_is_id(L, i, FUL_W_item) || ful_is_id(L, i, FUL_W_items) || ful_is_id(L, i, FUL_W_next) || ful_is_id(L, i, FUL_W_step) ||
           ful_is_id(L, i, FUL_W_steps) || ful_is_id(L, i, FUL_W_due) || ful_is_id(L, i, FUL_W_todo) || ful_is_id(L, i, FUL_W_who) || ful_is_id(L, i, FUL_W_note) ||
           ful_is_id(L, i, FUL_W_notes) || ful_is_id(L, i, FUL_W_update) || ful_is_id(L, i, FUL_W_outcome) || ful_is_id(L, i, FUL_W_re) || ful_is_id(L, i, FUL_W_when) ||
           IS(L, i, "ap"); /* ("AP: send the validation package": minutes' action point, as "AI:") */
}

/* "awaiting our legal review", "pending internal approval", "pending deal
 * desk approval": we wait on our own side, not on the client. */
static int ours_after(const ful_cline *L, int i, int end)
{
    int k, j = i;
    for (k = 0; k < 3 && (j = next_tok(L, j, end)) >= 0; k++)
        if ((L->t[j].bits & FUL_CUE_SELLER) || ful_is_id(L, j, FUL_W_our) || ful_is_id(L, j, FUL_W_my) ||
            IS(L, j, "internal") || IS(L, j, "desk") || IS(L, j, "manager's") || IS(L, j, "mgr's"))
            return 1;
    return 0;
}

/* ful_wait_word with its length and first letter tested inline: most
 * words are no wait-word, and the call cost more than the test */
static inline int wait_kind(const ful_rtok *r)
{
    unsigned char c;
    return r->len >= 4 && ((c = (unsigned char)r->lw[0]) == 'w' || c == 'a' || c == 'p') ? ful_wait_word(r) : 0;
}

/* what may stand before the wait-word: "we are still waiting", "I'm now
 * waiting" (one load by id, where nine id compares were) */
static const uint8_t wait_lead[FUL_NWIDS + 1] = {
    [FUL_W_we] = 1, [FUL_W_i] = 1, [FUL_W_are] = 1, [FUL_W_am] = 1, [FUL_W_we_re] = 1,
    [FUL_W_i_m] = 1, [FUL_W_still] = 1, [FUL_W_currently] = 1, [FUL_W_now] = 1,
};

/* "waiting on legal", "we are still waiting for their answer", "PO
 * awaited": the client is the one to act. Returns the waiting token, or -1. */
static int waiting_at(const ful_cline *L, int p, int end)
{
    int i = p, k;
    /* "PO awaited", "signature awaited from Tom": the thing, then "awaited" */
    for (k = 0; k < 3 && i >= 0 && !(L->t[i].bits & FUL_CUE_SELLER) && !(L->t[i].flags & (T_QUOTED | T_NUM)) &&
                (!(L->t[i].bits & VERBS) || (L->t[i].flags & T_UPPER) || (L->t[i].bits & FUL_CUE_DNOUN));
         k++) {
        if (wait_kind(&L->r[i]) == FUL_WAIT_AWAITED)
            return ours_after(L, i, end) ? -1 : i;
        i = next_tok(L, i, end);
    }
    i = p;
    for (k = 0; k < 4 && i >= 0; k++, i = next_tok(L, i, end)) {
        if (wait_kind(&L->r[i]) & (FUL_WAIT_WAIT | FUL_WAIT_AWAITING | FUL_WAIT_PENDING))
            return (k == 0 || !(L->t[p].flags & T_QUOTED)) && !ours_after(L, i, end) ? i : -1;
        if (!((unsigned)i < (unsigned)L->nt && wait_lead[L->t[i].wid])) /* (ful_is_id's bound) */
            return -1;
    }
    return -1;
}

/* "SSO:", "DPA -": a word in capitals, in a line typed in mixed case, is a
 * topic's acronym, no one who owns the next clause ("TOM: SEND IT", all in
 * capitals, is Tom). */
static int acronym_in_mixed(const ful_cline *L, int i)
{
    const char *w = L->s + L->t[i].off;
    uint32_t k, n = L->t[i].len;
    if (n < 3)
        return 0;
    for (k = 0; k < n; k++)
        if (w[k] < 'A' || w[k] > 'Z')
            return 0;
    for (k = 0; k < L->n; k++)
        if (L->s[k] >= 'a' && L->s[k] <= 'z')
            return 1;
    return 0;
}

/* Who token i is when it heads a clause: a name, a role, us; 0 when none. */
static int head_side(const ful_cline *L, int i, int *who)
{
    uint32_t b = L->t[i].bits;
    int quoted = (L->t[i].flags & T_QUOTED) != 0;
    if (L->t[i].flags & T_NAME) {
        int k;
        for (k = 0; k < L->nact; k++)
            if (L->act[k].tok == i) {
                *who = L->act[k].who;
                return L->act[k].side;
            }
    }
    if (ful_is_id(L, i, FUL_W_me) || ful_is_id(L, i, FUL_W_us) || ful_is_id(L, i, FUL_W_we) || ful_is_id(L, i, FUL_W_i)) {
        *who = FUL_WHO_SELF;
        return quoted ? A_CLIENT : A_SELLER; /* inside quotes "we" is the client */
    }
    if (b & FUL_CUE_CLIENT) {
        *who = FUL_WHO_ROLE;
        return A_CLIENT;
    }
    return 0;
}

/* "&" or "+" alone between token i-1 and i ("send it & she'll share it") */
static int amp_before(const ful_cline *L, int i)
{
    uint32_t k, e = L->t[i - 1].off + L->t[i - 1].len;
    for (k = e; k < L->t[i].off; k++)
        if (L->s[k] == '&' || L->s[k] == '+')
            return 1;
    return 0;
}


/* "Send the deck and she'll pass it on": a client subject after "and"
 * starts a clause of its own, so its action is read as the client's. */
static int split_at_subjects(ful_cline *L)
{
    int i, split = 0;
    if (!(L->marks & (FUL_SAW_SPLIT | FUL_SAW_AMP)))
        return 0; /* none of the words, no "&" or "+": nothing to split */
    for (i = 1; i + 1 < L->nt; i++) {
        uint32_t b = L->t[i].bits;
        int quoted = (L->t[i].flags & T_QUOTED) != 0, subj;
        if ((L->t[i].flags & (T_BREAK | T_INPHR)) ||
            !((ful_is_id(L, i - 1, FUL_W_and) || ful_is_id(L, i - 1, FUL_W_but) || ful_is_id(L, i - 1, FUL_W_then) ||
               ful_is_id(L, i - 1, FUL_W_so)) ||
              ((L->marks & FUL_SAW_AMP) && amp_before(L, i))))
            continue;
        if (b & FUL_CUE_CLIENT) /* ("BOQ + lead times": a role's word, then no verb it knows) */
            subj = (b & FUL_CUE_MODAL) || (verb_after_name(L, i + 1, L->nt) &&
                                           (L->t[i + 1].bits & (VERBS | FUL_CUE_MODAL | FUL_CUE_SPEECH | FUL_CUE_HEDGE |
                                                                FUL_CUE_RECAP | FUL_CUE_BOOKED)));
        else if (quoted && (b & FUL_CUE_SELLER))
            subj = 1; /* "and I'll share it around", in quotes: the client */
        else if ((b & FUL_CUE_SELLER) && ful_is_id(L, i - 1, FUL_W_so) && !(L->t[i - 1].flags & T_BREAK) &&
                 ((b & FUL_CUE_MODAL) || (L->t[i + 1].bits & (VERBS | FUL_CUE_MODAL | FUL_CUE_SPEECH | FUL_CUE_HEDGE))))
            subj = 1; /* "Derek was heading into a meeting so I'll ping him Monday": our step after what happened */
        else if ((b & FUL_CUE_SPEECH) && !(b & (FUL_CUE_CLIENT | FUL_CUE_SELLER | VERBS)) && !(L->t[i].flags & (T_CAP | T_QUOTED)) &&
                 (ful_is_id(L, i - 1, FUL_W_and) || ful_is_id(L, i - 1, FUL_W_but)) && !(L->t[i - 1].flags & T_BREAK))
            subj = 1; /* "Lin asked for case studies and said she might set up a call": what she said, a clause of its own */
        else if ((b & (FUL_CUE_CHASE | FUL_CUE_DELIV)) && !(b & (FUL_CUE_CLIENT | FUL_CUE_DNOUN | FUL_CUE_EVENT)) &&
                 ful_is_id(L, i - 1, FUL_W_so) && !(L->t[i].flags & (T_CAP | T_QUOTED)) && !(L->t[i - 1].flags & T_BREAK))
            subj = 1; /* "no word since the proposal, so chase Maria Mon": our order after what happened */
        else
            subj = ((L->t[i].flags & T_NAME) || name_shaped(L, i)) && verb_after_name(L, i + 1, L->nt) &&
                   /* ("Bill and Hope joined late": two names opening the clause, one subject) */
                   !(i >= 2 && ful_is_id(L, i - 1, FUL_W_and) && !(L->t[i - 1].flags & T_BREAK) &&
                     !(L->t[i].bits & FUL_CUE_DATE) && /* ("Mark and Jan will review": a month's name heads its own clause, read as a name) */
                     ((L->t[i - 2].flags & T_NAME) || name_shaped(L, i - 2)) &&
                     (i - 2 == L->head || (L->t[i - 2].flags & T_BREAK)));
        if (subj) {
            L->t[i].flags |= T_BREAK;
            split = 1;
        }
    }
    return split;
}

/* '"Call me after the holidays" - Grant': the name after a quote is who
 * spoke it, never a verb of the step ("Grant", "Hope"). */
static void quiet_speaker(ful_cline *L)
{
    int q = -1, k, e;
    for (k = 0; k < L->nt; k++)
        if (L->t[k].flags & T_QUOTED)
            q = k;
    k = q + 1;
    if (q < 0 || k >= L->nt || !(L->t[k].flags & T_CAP) || (L->t[k].flags & T_QUOTED))
        return;
    for (e = k + 1; e < L->nt && e < k + 4 && !(L->t[e].flags & T_BREAK); e++)
        if (L->t[e].bits & VERBS)
            return;
    if (e < L->nt && !(L->t[e].flags & T_BREAK))
        return;
    for (; k < e; k++) {
        L->t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
        L->t[k].flags &= (uint8_t)~T_CAP;
    }
}

/* "Onus is on us to give Rich a bell", "it falls to us to check back in
 * January", "ball is in our court to chase Dale": whose turn it is, then
 * the step: the words before "to" and the verb only say it is ours, and
 * the clause reads from the verb, an order of ours. */
static void turn_is_ours(ful_cline *L)
{
    int k, a, j;
    for (k = 1; k + 2 < L->nt; k++) {
        if (!ful_is_id(L, k + 1, FUL_W_to) || (L->t[k + 1].flags & (T_BREAK | T_QUOTED)) ||
            !(L->t[k + 2].bits & VERBS) || (L->t[k + 2].flags & T_BREAK))
            continue;
        if (!((ful_is_id(L, k, FUL_W_us) && (ful_is_id(L, k - 1, FUL_W_on) || ful_is_id(L, k - 1, FUL_W_to))) ||
              (IS(L, k, "court") && ful_is_id(L, k - 1, FUL_W_our))))
            continue;
        for (a = k; a > 0 && !(L->t[a].flags & T_BREAK); a--)
            ;
        for (j = a; j <= k + 1; j++)
            if ((L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_MODAL | FUL_CUE_HEDGE)) && !(L->t[j].flags & T_CAP) &&
                !ful_is_id(L, j, FUL_W_it))
                break; /* ("they said it's up to us to send": not only whose turn) */
        if (j <= k + 1)
            continue;
        for (j = a; j <= k + 1; j++) {
            L->t[j].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            L->t[j].flags &= (uint8_t)~(T_CAP | T_NAME);
        }
        L->t[k + 2].flags |= T_BREAK;
    }
}

/* Is the break before token k more than the ")" after token k-1 (a "|",
 * "-", "," or ":" after it)? */
static int paren_only(const ful_cline *L, int k)
{
    uint32_t e;
    for (e = L->t[k - 1].off + L->t[k - 1].len + 1; e < L->t[k].off; e++)
        if (L->s[e] != ' ' && L->s[e] != '\t')
            return 1;
    return 0;
}

/* After an aside on who someone is, in brackets or between commas, the
 * verb that makes it theirs: "sends", "will", "said". */
static int aside_verb(const ful_cline *L, int g)
{
    return (L->t[g].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) ||
           ((L->t[g].bits & VERBS) && L->r[g].len > 2 && L->r[g].lw[L->r[g].len - 1] == 's');
}

/* "Champion (Liam) circulates the deck": a name in brackets after a role
 * or a name only says who that is; the clause reads on past it. */
static int skip_appositives(ful_cline *L)
{
    int i, k, joined = 0;
    for (i = 1; i + 1 < L->nt; i++) {
        uint32_t off = L->t[i].off;
        if (!(L->t[i].flags & T_BREAK) || off == 0 || L->s[off - 1] != '(' || (L->t[i - 1].flags & T_NUM) ||
            (!((L->t[i - 1].bits & FUL_CUE_CLIENT) || name_shaped(L, i - 1)) &&
             !(lower_unknown(L, i) && (L->t[i - 1].flags & T_BREAK) == 0 && !(L->t[i - 1].bits & FUL_CUE_DATE))))
            continue;
        /* "Champion (Liam)", "Legal (theirs)", "IT (client side)", "County IT
         * (per Rosalind)": who they are or who said so, not a clause; "Grant
         * funding (federal)": one word about the thing */
        for (k = i; k < L->nt && k < i + 3 &&
                    (((name_shaped(L, k) || lower_unknown(L, k)) && !(L->t[k].bits & FUL_CUE_WORD)) ||
                     ((L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & VERBS)) || ful_is_id(L, k, FUL_W_side) ||
                     /* ("Marcus (VP Sales)": a role's department, capitalised) */
                     (k > i && (L->t[k - 1].bits & FUL_CUE_CLIENT) && (L->t[k].flags & T_CAP) && !(L->t[k].bits & VERBS)) ||
                     /* ("Priya Nair (Halcyon Trials)": a firm's name, its second word a word too) */
                     (k > i && name_shaped(L, k - 1) && !(L->t[k - 1].bits & FUL_CUE_WORD) && (L->t[k].flags & T_CAP) &&
                      !(L->t[k].bits & FUL_CUE_DATE) && L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == ')') ||
                     (k == i && (ful_is_id(L, k, FUL_W_per) ||
                                 ((L->t[k].bits & FUL_CUE_SOBJ) && k + 1 < L->nt && (L->t[i - 1].bits & FUL_CUE_CLIENT) &&
                                  !(L->t[i - 1].flags & T_NAME) &&
                                  (((L->t[k + 1].flags & T_BREAK) && !paren_only(L, k + 1)) || ful_is_id(L, k + 1, FUL_W_side))))));
             k++)
            if (k > i && (L->t[k].flags & T_BREAK))
                break;
        if (k == i && name_shaped(L, i - 1)) {
            /* "Linda (materials mgmt) sends the pricing": any few words of
             * who she is, when her verb follows the bracket */
            int g;
            for (g = i; g < L->nt && g < i + 3 && !(L->t[g].bits & (VERBS | FUL_CUE_MODAL | FUL_CUE_DATE)) &&
                        !(L->t[g].flags & (T_NUM | T_QUOTED)) && !(g > i && (L->t[g].flags & T_BREAK));
                 g++)
                ;
            if (g > i && g < L->nt && (L->t[g].flags & T_BREAK) && !(L->t[g].flags & T_CAP) && aside_verb(L, g))
                k = g;
        }
        if (k == i || k >= L->nt || !(L->t[k].flags & T_BREAK) || L->t[k - 1].off + L->t[k - 1].len >= L->n ||
            L->s[L->t[k - 1].off + L->t[k - 1].len] != ')')
            continue;
        if (!paren_only(L, k))
            L->t[k].flags &= (uint8_t)~T_BREAK; /* ("Priya (client) | Action: ...": the cell ends there) */
        if ((L->t[i].bits & FUL_CUE_SOBJ) && (L->t[i - 1].bits & FUL_CUE_CLIENT) && !(L->t[i - 1].flags & T_NAME) &&
            !paren_only(L, k))
            L->t[i - 1].bits = (L->t[i - 1].bits & ~FUL_CUE_CLIENT) | FUL_CUE_SELLER; /* "Legal (ours)", "IT (our side)" */
        for (; i < k; i++)
            L->t[i].flags = (uint8_t)((L->t[i].flags & ~T_BREAK) | T_INPHR);
        joined = 1;
    }
    return joined;
}

/* "Tom, the CFO, will sign Friday", "Ms. Okafor, Director of Supply
 * Chain, signs all POs": who they are between commas, then their verb,
 * one clause with the name. */
static int skip_comma_appositives(ful_cline *L)
{
    int i, joined = 0;
    for (i = 1; i + 1 < L->nt; i++) {
        uint32_t p = L->t[i].off;
        int g, role = 0;
        if (!(L->t[i].flags & T_BREAK) || (L->t[i].flags & T_QUOTED) || !(L->t[i - 1].flags & T_CAP))
            continue; /* (most tokens: no clause starts after a capitalised word) */
        while (p > 0 && L->s[p - 1] == ' ')
            p--;
        if (p == 0 || L->s[p - 1] != ',' || !((L->t[i - 1].flags & T_NAME) || name_shaped(L, i - 1)))
            continue;
        for (g = i; g < L->nt && g < i + 6 && !(g > i && (L->t[g].flags & T_BREAK)); g++) {
            if ((L->t[g].bits & (VERBS | FUL_CUE_MODAL | FUL_CUE_DATE | FUL_CUE_SELLER | FUL_CUE_HEDGE)) ||
                (L->t[g].flags & (T_NUM | T_QUOTED)))
                break;
            role |= (L->t[g].bits & FUL_CUE_CLIENT) != 0 || ((L->t[g].flags & T_CAP) && g > i);
        }
        if (!role || g >= L->nt || g == i || !(L->t[g].flags & T_BREAK) || (L->t[g].flags & T_CAP))
            continue;
        for (p = L->t[g].off; p > 0 && L->s[p - 1] == ' '; p--)
            ;
        if (p == 0 || L->s[p - 1] != ',' || !aside_verb(L, g))
            continue;
        for (; i < g; i++)
            L->t[i].flags = (uint8_t)((L->t[i].flags & ~T_BREAK) | T_INPHR);
        L->t[g].flags &= (uint8_t)~T_BREAK;
        joined = 1;
    }
    return joined;
}

int ful_actors_addressee(const ful_cline *L)
{
    int i;
    for (i = 1; i < L->nt; i++)
        if ((L->t[i - 1].bits & VERBS) && !(L->t[i].flags & T_BREAK) && name_shaped(L, i))
            return i;
    return -1;
}

/* A Markdown table row: "| task | owner | due |". */
static int table_row(const ful_cline *L)
{
    size_t k = 0;
    while (k < L->n && (L->s[k] == ' ' || L->s[k] == '\t'))
        k++;
    return k < L->n && L->s[k] == '|';
}

/* "Does Chase have sign-off authority?", "Can Will sign off on it?": a
 * capitalised word between a question's auxiliary and a verb stands in the
 * actor's place, a name even when it is a word (spec section 2): no cue. */
static int aux_asks_name(const ful_cline *L, int p, int j, int end)
{
    int v;
    size_t q;
    if (L->t[p].span != 1 || (L->t[p].flags & T_QUOTED) ||
        !(ful_is_id(L, p, FUL_W_does) || ful_is_id(L, p, FUL_W_did) || ful_is_id(L, p, FUL_W_can) || ful_is_id(L, p, FUL_W_could) ||
          ful_is_id(L, p, FUL_W_will) || ful_is_id(L, p, FUL_W_would) || IS(L, p, "do")) ||
        !(L->t[j].flags & T_CAP) || (L->t[j].flags & (T_UPPER | T_NAME | T_NUM)) || L->t[j].span != 1 ||
        (L->t[j].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_POSS | FUL_CUE_ART | FUL_CUE_YOU | FUL_CUE_SOBJ | FUL_CUE_DATE)) ||
        (v = next_tok(L, j, end)) < 0 || !((L->t[v].bits & VERBS) || IS(L, v, "have") || IS(L, v, "own") || IS(L, v, "know")))
        return 0;
    for (q = L->t[j].off; q < L->n && L->s[q] != '?' && L->s[q] != '"'; q++)
        ;
    return q < L->n && L->s[q] == '?';
}

/* A lone capitalised word in -ed before a colon or a dash is mostly a
 * past ("Ghosted:", "Declined -"); names in -med, -eed, -fred, -dred and
 * Jared are not ("Ahmed:", "Saeed -", "Alfred:", "Mildred:", "Jared:"). */
static int name_in_ed(const ful_rtok *r)
{
    const char *w = r->lw;
    size_t n = r->len;
    return w[n - 3] == 'm' || w[n - 3] == 'e' ||
           (n > 4 && w[n - 3] == 'r' && (w[n - 4] == 'f' || w[n - 4] == 'd')) || (n == 5 && memcmp(w, "jared", 5) == 0);
}

/* "June Santos", "Ma'am June", "Dr. May Leon", '"call me in 10 days" -
 * June', "June tentatively holds", "(June ok'd)": a month that is a first
 * name, capitalised, where only a person fits: before a surname, after a
 * title, signing a quote, or before an adverb and its verb or a past (or,
 * opening the line, an adverb and another day: "June tentatively Tue");
 * and a first name that is a verb, after a role and before its surname
 * and its own verb.
 * Made a name (T_NAME) without an actor's mark: it may be whom a step is
 * for; its date span is dropped (classify.c, which calls this before the
 * actor pass, on every line with a word that is a first name). */
/* Token i is a person's name, no actor marked (ful_word_names_as_people) */
static void word_name(ful_cline *L, int i)
{
    L->t[i].flags |= T_NAME;
    L->t[i].bits = FUL_CUE_CLIENT;
}

/* Do the brackets opening at token j hold a role of theirs ("(practice
 * mgr)", "(Head of Clinical)") and no day or figure, in four words? */
static int role_in_paren(const ful_cline *L, int j)
{
    int k, role = 0;
    for (k = j; k < L->nt && k < j + 4; k++) {
        size_t e = L->t[k].off + L->t[k].len;
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_HEDGE | FUL_CUE_VAGUE)) || (L->t[k].flags & T_NUM))
            return 0;
        role |= (L->t[k].bits & FUL_CUE_CLIENT) && !(L->t[k].bits & (FUL_CUE_COBJ | FUL_CUE_POSS));
        if (e < L->n && L->s[e] == ')')
            return role;
    }
    return 0;
}

void ful_word_names_as_people(ful_cline *L)
{
    int i;
    for (i = 0; i < L->nt; i++) {
        const ful_rtok *pr = i > 0 ? &L->r[i - 1] : NULL;
        int j = i + 1 < L->nt && !(L->t[i + 1].flags & T_BREAK) ? i + 1 : -1;
        if (!(L->t[i].flags & T_CAP) || (L->t[i].flags & (T_NAME | T_UPPER | T_INPHR)) || L->t[i].span != 1)
            continue;
        if (j >= 0 && ful_first_name_word(L, i) && (i == 0 || (L->t[i].flags & T_BREAK)) && !(L->t[j].flags & T_CAP) &&
            (ful_is_id(L, j, FUL_W_away) || ful_is_id(L, j, FUL_W_ooo) || ful_is_id(L, j, FUL_W_out) ||
             (ful_is_id(L, j, FUL_W_off) && j + 1 < L->nt && ful_is_id(L, j + 1, FUL_W_sick)) ||
             (ful_is_id(L, j, FUL_W_on) && j + 1 < L->nt &&
              (ful_is_id(L, j + 1, FUL_W_leave) || ful_is_id(L, j + 1, FUL_W_holiday) || ful_is_id(L, j + 1, FUL_W_vacation) ||
               ful_is_id(L, j + 1, FUL_W_pto)))) &&
            !(j + 1 < L->nt && ful_is_id(L, j + 1, FUL_W_the))) {
            word_name(L, i); /* "Grant on leave", "Chase away this week", "Hope out til the 10th": who is away
                              * ("chase out the PO" is our to-do) */
            continue;
        }
        if (i + 1 < L->nt && L->s[L->t[i + 1].off - 1] == '(' && ful_first_name_word(L, i) && role_in_paren(L, i + 1)) {
            word_name(L, i); /* "June (practice mgr) on the call": a role in brackets after it, a person */
            continue;
        }
        if (j >= 0 && j + 1 < L->nt && ful_is_id(L, j, FUL_W_from) && (i == 0 || (L->t[i].flags & T_BREAK)) &&
            ful_first_name_word(L, i) && L->t[j].span == 1 && !(L->t[j + 1].flags & (T_BREAK | T_NUM | T_QUOTED)) &&
            !(L->t[j + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_ART | FUL_CUE_SELLER | FUL_CUE_SOBJ))) {
            word_name(L, i); /* "Jan from purchasing: ...", "June from finance": someone from their side (not "Jan from the 4th") */
            continue;
        }
        if (!name_date_word(L, i)) {
            /* "mill mgr Chase Nakamura sends", "treasurer Bill Nena to sign":
             * after a role, a first name that is a verb, its surname, then
             * its own verb or "to" */
            int v = j >= 0 && j + 1 < L->nt && !(L->t[j + 1].flags & (T_BREAK | T_CAP | T_NUM)) ? j + 1 : -1;
            if (v >= 0 && ful_first_name_word(L, i) && pr && !(L->t[i].flags & T_BREAK) && (L->t[i - 1].bits & FUL_CUE_CLIENT) &&
                !(L->t[i - 1].bits & (FUL_CUE_POSS | FUL_CUE_COBJ | VERBS)) && (L->t[j].flags & T_CAP) &&
                !(L->t[j].flags & (T_NUM | T_UPPER)) && !(L->t[j].bits & (FUL_CUE_WORD | FUL_CUE_DATE)) &&
                (ful_is_id(L, v, FUL_W_to) || ((L->t[v].bits & VERBS) && in_s(&L->r[v]))))
                word_name(L, i);
            continue;
        }
        if ((pr && !(L->t[i].flags & T_BREAK) &&
             (ful_title(pr->lw, pr->len) || (pr->len == 5 && memcmp(pr->lw, "ma'am", 5) == 0) ||
              (pr->len == 4 && memcmp(pr->lw, "maam", 4) == 0))) ||
            /* (a surname: capitalised, no word of the rules, no day) */
            (j >= 0 && (L->t[j].flags & T_CAP) && !(L->t[j].flags & (T_NUM | T_UPPER)) && !(L->t[j].bits & (FUL_CUE_WORD | FUL_CUE_DATE))) ||
            /* ('" ... " - June': the quote's speaker, the line's last word) */
            (i + 1 == L->nt && i > 0 && (L->t[i - 1].flags & T_QUOTED) && !(L->t[i].flags & T_QUOTED)) ||
            (j >= 0 && !(L->t[j].flags & (T_CAP | T_NUM)) &&
             ((L->r[j].len > 4 && L->r[j].lw[L->r[j].len - 2] == 'l' && L->r[j].lw[L->r[j].len - 1] == 'y' && j + 1 < L->nt &&
               ((!(L->t[j + 1].flags & (T_BREAK | T_CAP | T_NUM)) && !(L->t[j + 1].bits & (FUL_CUE_DATE | FUL_CUE_DNOUN)) &&
                 in_s(&L->r[j + 1])) ||
                /* ("June tentatively Tue for the clinic visit": opening the line, then a day of its own) */
                ((i == 0 || (L->t[i].flags & T_BREAK)) && (L->t[j + 1].bits & FUL_CUE_DATE) && !(L->t[j + 1].flags & T_BREAK) &&
                 L->t[j + 1].span == 1))) ||
              (L->r[j].len > 3 && L->r[j].lw[L->r[j].len - 2] == '\'' && L->r[j].lw[L->r[j].len - 1] == 'd'))))
            word_name(L, i);
    }
}

void ful_actors_mark(ful_cline *L, const ful_names *nm)
{
    int a = 0, pend = -1, pend_side = 0, pend_who = 0, skipped = 0, wordnames = 0, moved = 0, k;
    int imp = -1, imp_paren = 0, table = table_row(L), task_field = 0;
    L->nact = 0;
    if (nm && nm->n > 0)
        note_names(L, nm);
    if (L->marks & FUL_SAW_LINK)
        handles_as_names(L);
    if (L->marks & FUL_SAW_QUOTE)
        quiet_speaker(L);
    if (L->any & (FUL_CUE_SOBJ | FUL_CUE_SELLER))
        turn_is_ours(L); /* ("on us to", "in our court to") */
    if (L->marks & FUL_SAW_PAREN)
        moved = skip_appositives(L);
    if (L->any & FUL_CUE_CLIENT) /* (a role's word: maybe between commas after a name) */
        moved |= skip_comma_appositives(L);
    if (split_at_subjects(L) || moved)
        ful_clause_ends(L); /* the clauses changed */
    /* names that are words ("Will", "May", "Grant"): most lines have none */
    for (k = 0; k < L->nt && !wordnames && (L->marks & FUL_SAW_NAMEWORD); k++)
        wordnames = ful_first_name_word(L, k);
    while (a < L->nt) {
        int end = L->cend[a], p, j, v, side, who = 0, lone = 0, head_named;
        p = clause_head(L, a, end);
        if (p < 0) {
            a = end;
            continue;
        }
        j = next_tok(L, p, end);
        if (j < 0 && is_label(L, p)) {
            /* ("Task: sign order form; Owner: Raj (client)": the task's
             * owner may come in a later field, as a table's later cell) */
            task_field = ful_is_id(L, p, FUL_W_task) || ful_is_id(L, p, FUL_W_action) || ful_is_id(L, p, FUL_W_ai) ||
                         ful_is_id(L, p, FUL_W_todo) || ful_is_id(L, p, FUL_W_item);
            a = end;
            continue;
        }
        /* "Jason - bring the CFO", "Owner: client. Task: sign the MSA": a
         * clause naming only its owner hands the next verb clause to it. */
        if (pend >= 0 && (ful_is_id(L, p, FUL_W_due) || ful_is_id(L, p, FUL_W_deadline) || ful_is_id(L, p, FUL_W_when) || ful_is_id(L, p, FUL_W_by) ||
                          (L->t[p].flags & T_NUM) || (L->t[p].bits & FUL_CUE_DATE))) {
            for (k = j; k >= 0 && ((L->t[k].flags & T_NUM) || (L->t[k].bits & FUL_CUE_DATE)); k = next_tok(L, k, end))
                ;
            if (k < 0) {
                a = end; /* "Owner: client. Due: 12/9. Send PO": a field's date between owner and task */
                continue;
            }
        }
        for (k = a; pend >= 0 && k <= p; k++)
            if (ful_is_id(L, k, FUL_W_please) || ful_is_id(L, k, FUL_W_pls) || ful_is_id(L, k, FUL_W_plz) ||
                ful_is_id(L, k, FUL_W_kindly))
                pend = -1; /* "Tom: pls send the W-9": asked of us, not Tom's to-do */
        if (pend >= 0) {
            int q = p, qj = j;
            if ((ful_is_id(L, p, FUL_W_to) || IS(L, p, "2")) && j >= 0 && verb_at(L, j, end)) {
                q = j; /* "Raj - to set up the EB meeting": the owner, then his to-do */
                qj = next_tok(L, j, end);
            }
            if (((L->t[q].bits & (VERBS | FUL_CUE_MODAL)) || (ful_is_id(L, q, FUL_W_get) && qj >= 0 && !(L->t[qj].bits & FUL_CUE_COBJ)) ||
                 thing_back(L, q, end) || thing_arrow(L, q, end) || thing_to_us(L, q, end)) &&
                /* ("Maria - get sign-off from her VP": her to-do, as "Maria to get ..." is) */
                !(L->t[q].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
                /* ("Pavel - no reply, ping again": what did not come from him, no to-do) */
                !(q > a && (L->t[q - 1].bits & FUL_CUE_NEG) && !(L->t[q - 1].flags & T_INPHR)) &&
                !((L->t[q].bits & FUL_CUE_EVENT) && qj >= 0 && (L->t[qj].bits & FUL_CUE_WITH)) && !chase_of(L, q) &&
                /* "Maria - send her the updated quote", "Tom - give him a call": the
                 * name is whom the seller's to-do is for ("Maria - bring her CFO" is hers) */
                !(qj >= 0 && (L->t[qj].bits & FUL_CUE_COBJ) && !ful_is_id(L, qj, FUL_W_it) /* ("run it past the CISO") */ &&
                  (!(L->t[qj].bits & FUL_CUE_POSS) ||
                   (next_tok(L, qj, end) >= 0 && (L->t[next_tok(L, qj, end)].bits & FUL_CUE_ART))))) {
                mark(L, pend, pend_side, pend_who, p);
                pend = -1;
            } else if (j < 0 && !skipped && !head_side(L, p, &who)) {
                skipped = 1; /* one label between: "Task:" */
                a = end;
                continue;
            } else {
                pend = -1;
            }
        }
        side = head_side(L, p, &who);
        if (j >= 0 && !side && aux_asks_name(L, p, j, end)) {
            /* "Does Chase have sign-off authority?": read as "Does Tom have ..." */
            L->t[j].bits = 0;
            L->t[j].wid = FUL_WID_NONE;
        }
        for (v = wordnames ? p : -1; v >= 0; v = next_tok(L, v, end)) {
            /* "Call Jan in the new year", "Will call April next week": after
             * a verb, a month that is a first name is the person */
            int mo = next_tok(L, v, end), af, with;
            if (mo < 0)
                break;
            if (!ful_first_name_word(L, mo) && !ful_is_id(L, mo, FUL_W_up) && !ful_is_id(L, mo, FUL_W_back))
                continue;
            if (mo >= 0 && (L->t[mo].flags & T_CAP) && name_date_word(L, mo) && weekday_at(L, next_tok(L, mo, end))) {
                set_name(L, mo, A_CLIENT, FUL_WHO_NAME); /* "Reminder email to Jan Friday": no date form */
                continue;
            }
            if ((L->t[mo].flags & T_CAP) && L->t[mo].span == 1 && name_date_word(L, mo) && (af = next_tok(L, mo, end)) >= 0 &&
                !(L->t[af].flags & (T_BREAK | T_CAP | T_QUOTED)) &&
                (ful_is_id(L, af, FUL_W_asked) || ful_is_id(L, af, FUL_W_wants) || ful_is_id(L, af, FUL_W_wanted) ||
                 ful_is_id(L, af, FUL_W_said) || ful_is_id(L, af, FUL_W_mentioned) || ful_is_id(L, af, FUL_W_suggested) ||
                 (ful_is_id(L, af, FUL_W_requested) && !((k = next_tok(L, af, end)) >= 0 && ful_is_id(L, k, FUL_W_by))))) {
                set_name(L, mo, A_CLIENT, FUL_WHO_NAME); /* "the email flow June asked for": a month asks nothing */
                continue;
            }
            if (mo >= 0 && (L->t[v].bits & VERBS) && (ful_is_id(L, mo, FUL_W_up) || ful_is_id(L, mo, FUL_W_back)))
                mo = next_tok(L, mo, end); /* "Chase up June", "call back Will" */
            if (mo >= 0 && (ful_is_id(L, v, FUL_W_to) || ful_is_id(L, v, FUL_W_for)) && (L->t[mo].flags & T_CAP) && L->t[mo].span == 1 &&
                !(L->t[mo].flags & (T_NAME | T_UPPER))) {
                /* "Pricing to Chase Monday", "a quote to May by Fri": a
                 * person; but "push it to May", "to June 5" are months */
                af = next_tok(L, mo, end);
                if (ful_name_verb(L, mo) || ful_is_id(L, mo, FUL_W_will) ||
                    (name_date_word(L, mo) && af >= 0 && !(L->t[af].flags & T_NUM) &&
                     (((ful_is_id(L, af, FUL_W_by) || ful_is_id(L, af, FUL_W_on) || ful_is_id(L, af, FUL_W_before)) && (k = next_tok(L, af, end)) >= 0 &&
                       ((L->t[k].bits & FUL_CUE_DATE) || (L->t[k].flags & T_NUM) || ful_is_id(L, k, FUL_W_end) || /* "by end of month" */
                        (ful_is_id(L, k, FUL_W_the) && next_tok(L, k, end) >= 0 && ful_is_id(L, next_tok(L, k, end), FUL_W_end)))) ||
                      weekday_at(L, af) || ful_is_id(L, af, FUL_W_eod) || ful_is_id(L, af, FUL_W_eow) || ful_is_id(L, af, FUL_W_eom) ||
                      ful_is_id(L, af, FUL_W_tomorrow) || ful_is_id(L, af, FUL_W_today))))
                    set_name(L, mo, A_CLIENT, FUL_WHO_NAME);
                continue;
            }
            if (mo >= 0 && (L->t[mo].flags & T_CAP) && L->t[mo].span == 1 && !(L->t[mo].flags & (T_NAME | T_UPPER)) &&
                ((af = next_tok(L, mo, end)) < 0 || !(L->t[af].flags & T_NUM)) && name_before(L, v, mo)) {
                set_name(L, mo, A_CLIENT, FUL_WHO_NAME); /* "my colleague Jan", "cc Jan", "Mark and May" */
                continue;
            }
            if (mo < 0 || !(L->t[v].bits & (VERBS | FUL_CUE_WITH)) || (L->t[mo].flags & (T_NAME | T_UPPER)))
                continue;
            with = (L->t[v].bits & FUL_CUE_WITH) && !(L->t[v].bits & VERBS);
            if ((L->t[mo].bits & FUL_CUE_DATE) && name_date_word(L, mo)) {
                af = next_tok(L, mo, end);
                /* ("Check back with Jan on Wed": after "with", only capitalised) */
                if (!(af >= 0 && (L->t[af].flags & T_NUM)) &&
                    ((L->t[mo].flags & T_CAP) ||
                     (!with && af >= 0 && !(L->t[af].bits & (FUL_CUE_DATE | VERBS))))) /* not "Grant may invite" */
                    set_name(L, mo, A_CLIENT, FUL_WHO_NAME);
            } else if ((L->t[mo].flags & T_CAP) && L->t[mo].span == 1 &&
                       (ful_name_verb(L, mo) || ful_is_id(L, mo, FUL_W_will))) {
                set_name(L, mo, A_CLIENT, FUL_WHO_NAME); /* "Send Chase the DPA", "Call Will back Mon" */
            }
        }
        head_named = -1; /* (name_shaped_once: the chain below asks it of p) */
        if (ful_is_id(L, p, FUL_W_for) && j >= 0 && (ful_is_id(L, j, FUL_W_their) || ful_is_id(L, j, FUL_W_the)) && (k = next_tok(L, j, end)) >= 0 &&
            (L->t[k].bits & FUL_CUE_CLIENT))
            j = k; /* "for their CFO to approve" */
        if (ful_is_id(L, p, FUL_W_for) && j >= 0 && !side && (v = next_tok(L, j, end)) >= 0 && to_verb(L, v, end) &&
            (them_or_role(L, j) || name_shaped(L, j))) {
            /* "Next step: for them to send the PO": the one after "for" acts */
            L->t[p].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            if (name_shaped(L, j))
                set_name(L, j, A_CLIENT, FUL_WHO_NAME);
            mark(L, j, A_CLIENT, name_shaped(L, j) ? FUL_WHO_NAME : FUL_WHO_ROLE, next_tok(L, v, end));
        } else if ((v = waiting_at(L, p, end)) >= 0) {
            /* "waiting on legal": they act; we only wait */
            for (k = p; k < v; k++)
                L->t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* "we are" */
            L->t[v].bits = FUL_CUE_CLIENT | FUL_CUE_WORD;
            /* ("PO awaited": the wait comes after the thing, and owns the clause) */
            mark(L, v, A_CLIENT, FUL_WHO_WAITED, v > p && L->r[v].len == 7 && memcmp(L->r[v].lw, "awaited", 7) == 0 ? p : -1);
        } else if ((L->t[p].bits & FUL_CUE_SPEECH) && j >= 0 && (L->t[j].bits & FUL_CUE_CLIENT) &&
                   !(L->t[j].bits & FUL_CUE_ART)) {
            /* "Said they'd circle back": reported speech is the client's */
            L->t[p].bits |= FUL_CUE_CLIENT;
            mark(L, p, A_CLIENT, FUL_WHO_REPORTED, -1);
        } else if ((L->t[p].flags & T_QUOTED) && ful_is_id(L, p, FUL_W_let) && (ful_is_id(L, j, FUL_W_me) || ful_is_id(L, j, FUL_W_us))) {
            /* "Let me check with my team": in quotes, the client */
            L->t[p].bits = FUL_CUE_CLIENT | FUL_CUE_WORD;
            mark(L, p, A_CLIENT, FUL_WHO_NONE, -1);
        } else if (!side && j >= 0 && name_shaped_once(L, p, &head_named) && (name_shaped(L, j) || honorific(L, j)) &&
                   !(L->t[j].bits & FUL_CUE_WORD) && (v = next_tok(L, j, end)) >= 0 &&
                   (to_verb(L, v, end) || (name_shaped(L, v) && !(L->t[v].bits & FUL_CUE_WORD) && to_verb(L, next_tok(L, v, end), end)))) {
            set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "Mary Ellen to send", "Jean-Luc to sign": two-part names */
            L->t[j].flags |= T_INPHR;               /* read as one name */
            if (!to_verb(L, v, end))
                L->t[v].flags |= T_INPHR; /* "Nguyen Thi Lan to check": and three */
        } else if (!side && j >= 0 && (v = kin_holder(L, p, end)) >= 0) {
            for (k = p; k < v; k++)
                L->t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (whose kin: read past them to the name) */
            set_name(L, v, A_CLIENT, FUL_WHO_NAME);
        } else if (!side && j >= 0 && (L->any & FUL_CUE_CLIENT) && (v = role_holder(L, p, end)) >= 0) {
            for (k = p; k < v; k++)
                L->t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (the unit and role: read past them to the name) */
            set_name(L, v, A_CLIENT, FUL_WHO_NAME);
        } else if (!side && j >= 0 && (L->t[p].bits & VERBS) && (v = noun_subject(L, p, end)) >= 0) {
            for (k = p; k < v; k++)
                L->t[k].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (the unit and role: read past them to who acts) */
            if (L->t[v].bits & FUL_CUE_CLIENT)
                mark(L, v, A_CLIENT, FUL_WHO_ROLE, -1);
            else
                set_name(L, v, A_CLIENT, FUL_WHO_NAME);
        } else if (!side && j >= 0 && (!(L->t[p].bits & FUL_CUE_WORD) || (L->t[p].bits & FUL_CUE_DNOUN)) &&
                   !(L->t[p].flags & (T_NUM | T_QUOTED)) && (L->t[j].bits & FUL_CUE_CLIENT) &&
                   !(L->t[j].bits & (VERBS | FUL_CUE_POSS | FUL_CUE_COBJ)) && (v = next_tok(L, j, end)) >= 0 &&
                   to_verb(L, v, end)) {
            /* "pharmacy director to socialize it", "Acme legal to review": a role after its unit */
            L->t[p].bits = FUL_CUE_FILLER | FUL_CUE_WORD; /* (the unit: read past it to the role) */
            mark(L, j, A_CLIENT, FUL_WHO_ROLE, -1);
        } else if (j >= 0 && to_verb(L, j, end)) {
            /* "NAME to VERB": an action item owned by NAME ("jorge 2 send", typed short) */
            if (side) {
                mark(L, p, side, who, -1);
            } else if (name_shaped_once(L, p, &head_named) || lower_name_word(L, p) ||
                       /* "Can to share", "Thu to send": no modal or day stands before "to VERB" */
                       ((L->t[p].flags & T_CAP) && !(L->t[p].flags & T_UPPER) && L->t[p].span == 1 &&
                        (ful_is_id(L, p, FUL_W_can) || day_name(L, p)) &&
                        !(L->t[p].bits & FUL_CUE_CLIENT)) ||
                       (!(L->t[p].flags & T_CAP) && !(L->t[p].bits & FUL_CUE_WORD) && L->t[p].span == 1 &&
                        !(L->t[p].flags & T_NUM) && ful_wid_unknown(L->t[p].wid) && !noun_ending(L, p))) {
                /* ("remember to send": no name; "difficult to read": no name either) */
                set_name(L, p, A_CLIENT, FUL_WHO_NAME);
            }
        } else if (ful_is_id(L, p, FUL_W_per) && j >= 0 &&
                   ((v = next_tok(L, j, end)) < 0 || (L->t[v].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER))) &&
                   ((L->t[j].flags & T_CAP) || (L->t[j].flags & T_NAME))) {
            /* ("Per Grant they'll pilot": the name is the source, they act) */
            /* "per Linda, they will": a source, not an actor */
            L->t[p].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            L->t[j].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            mark(L, j, A_CLIENT, FUL_WHO_REPORTED, -1);
        } else if (!side && j >= 0 && (name_shaped_once(L, p, &head_named) || lower_unknown(L, p)) && (L->t[j].bits & FUL_CUE_CLIENT) &&
                   !(L->t[j].bits & (VERBS | FUL_CUE_POSS | FUL_CUE_COBJ)) && (k = next_tok(L, j, end)) >= 0 &&
                   name_shaped(L, k) && !(L->t[k].bits & FUL_CUE_WORD) && verb_after_name(L, next_tok(L, k, end), end)) {
            /* "Hotel GM Lorenzo walks the property": a unit, a role, the name */
            L->t[p].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            L->t[p].flags &= (uint8_t)~T_CAP;
            L->t[j].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            set_name(L, k, A_CLIENT, FUL_WHO_NAME);
        } else if (!side && p == 0 && j >= 0 && lower_unknown(L, p) && !noun_ending(L, p) && name_shaped(L, j) &&
                   !(L->t[j].bits & FUL_CUE_WORD) && (k = next_tok(L, j, end)) >= 0 &&
                   verb_after_name(L, name_shaped(L, k) && !(L->t[k].bits & FUL_CUE_WORD) ? next_tok(L, k, end) : k, end)) {
            /* "churchwarden Ana Cruz sends the papers Monday", "operator
             * Tom Lee signs the PO Fri": a role no table knows, then the
             * name and its verb */
            L->t[p].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
            set_name(L, j, A_CLIENT, FUL_WHO_NAME);
        } else if (!side && name_shaped_once(L, p, &head_named)) {
            v = j;
            int titled = ful_title(L->r[p].lw, L->r[p].len);
            for (k = v; name_particle(L, k); k = next_tok(L, k, end))
                ;
            if (k != v && k >= 0 && name_shaped(L, k)) {
                for (; v != k; v = next_tok(L, v, end))
                    L->t[v].flags |= T_INPHR; /* "Mr. van der Berg to approve": one name */
                j = v;
            }
            if (v >= 0 && name_shaped(L, v) && (!(L->t[v].bits & FUL_CUE_WORD) || titled))
                v = next_tok(L, v, end); /* "Jason Lee will"; "Ms. April signs": after a title, any name */
            if (titled && v >= 0 && v != j && name_shaped(L, v) && !(L->t[v].bits & FUL_CUE_WORD))
                v = next_tok(L, v, end); /* "Ms. April Jones signs": and the surname */
            else if (!titled && v >= 0 && v != j && name_shaped(L, v) && !(L->t[v].bits & FUL_CUE_WORD) &&
                     verb_after_name(L, next_tok(L, v, end), end))
                v = next_tok(L, v, end); /* "Nguyen Van Minh sends the PO": a name in three parts */
            if (titled && v != j && (verb_after_name(L, v, end) || to_verb(L, v, end)) && (L->t[j].bits & FUL_CUE_WORD))
                set_name(L, j, A_CLIENT, FUL_WHO_NAME); /* (the first name is no date: "April") */
            v = past_affiliation(L, v, end);
            if (v >= 0 && ful_is_id(L, v, FUL_W_already) && (k = next_tok(L, v, end)) >= 0 && L->t[k].span == 1 &&
                !(L->t[k].flags & (T_CAP | T_NUM | T_QUOTED)) && !(L->t[k].bits & ~(FUL_CUE_WORD | VERBS)))
                set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "Mr. Nguyen already receive quotation": done by him, told */
            else if (v >= 0 && v == j && (L->t[p].bits & FUL_CUE_WORD) &&
                ((ful_is_id(L, v, FUL_W_and) || IS(L, v, "&") || IS(L, v, "+")) ? (k = next_tok(L, v, end)) >= 0
                                                                                 : ful_joined_by_sign(L, p, (k = v))) &&
                ((L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) || ((L->t[k].flags & T_CAP) && !(L->t[k].bits & FUL_CUE_WORD)) ||
                 (L->t[k].span == 1 && name_shaped(L, k) && (ful_name_verb(L, k) || ful_is_id(L, k, FUL_W_may) || ful_is_id(L, k, FUL_W_will))))) {
                set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "May and her CFO join", "Will + CTO join" */
                if (!(L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_POSS)) && (L->t[k].bits & FUL_CUE_WORD))
                    set_name(L, k, A_CLIENT, FUL_WHO_NAME); /* "Grant + May run the fleet": two names that are words */
            } else if (verb_after_name(L, v, end) || (v > j && to_verb(L, v, end)) ||
                       (v > j && ful_title(L->r[p].lw, L->r[p].len) && (L->t[v].bits & VERBS) && !(L->t[v].flags & T_CAP)))
                set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "Mr. Sato confirm the meeting": a title, then any verb form */
            else if (!titled && !(L->t[p].bits & FUL_CUE_WORD) && (k = org_run_end(L, j, end)) >= 0) {
                set_name(L, p, A_CLIENT, FUL_WHO_NAME);
                for (v = j; v != k; v = next_tok(L, v, end))
                    L->t[v].flags |= T_INPHR; /* (one name) */
            }
            else if ((j < 0 || (lone = name_shaped(L, j) && !(L->t[j].bits & FUL_CUE_WORD) && next_tok(L, j, end) < 0)) &&
                     /* ("Ping Tom", "Chase Ana, did the CFO approve?": a chase's verb and whom, at the line's head) */
                     !(lone && p == L->head && (L->t[p].bits & FUL_CUE_CHASE) && ful_name_verb(L, p) &&
                       !(L->t[p].off > 0 && L->s[L->t[p].off - 1] == '[')) && /* (an owner cell: "[Chase Lee] sign the PO") */
                     (!(L->t[p].bits & FUL_CUE_WORD) || ful_name_verb(L, p) ||
                               ful_is_id(L, p, FUL_W_will) || name_date_word(L, p)) &&
                     !(L->r[p].len > 4 && L->r[p].lw[L->r[p].len - 2] == 'e' && L->r[p].lw[L->r[p].len - 1] == 'd' &&
                       !name_in_ed(&L->r[p])) &&
                     !(p + 1 < end && (L->t[p + 1].flags & T_NUM)) && /* ("Ticket #4471 - send Frank": a label) */
                     !(j < 0 && acronym_in_mixed(L, p))) {
                side = A_CLIENT, who = FUL_WHO_NAME; /* a lone name: may own the next clause; "Ghosted:" is none */
                set_name(L, p, side, who);              /* "[Hope] sign": Hope, not a hedge */
                if (lone)
                    L->t[j].flags |= T_INPHR; /* "[Mary Ellen]": one name */
            }
        } else if (!side && j >= 0 &&
                   (lower_name_word(L, p) || (ful_title(L->r[p].lw, L->r[p].len) && !(L->t[p].flags & T_CAP)))) {
            v = ful_title(L->r[p].lw, L->r[p].len) ? next_tok(L, j, end) : j; /* "mr. sato confirm" */
            if ((verb_after_name(L, v, end) || (v >= 0 && v != j && (L->t[v].bits & VERBS)) ||
                 (v >= 0 && name_date_word(L, p) && (L->t[v].bits & FUL_CUE_MODAL) && !(L->t[v].bits & FUL_CUE_CLIENT))) &&
                /* ("chase signed NDA from the studio": the order, and the thing's state;
                 * "grant signed the PO" is Grant's past) */
                !(v == j && ful_name_verb(L, p) && L->r[v].len > 4 && L->r[v].lw[L->r[v].len - 2] == 'e' &&
                  L->r[v].lw[L->r[v].len - 1] == 'd' && (k = next_tok(L, v, end)) >= 0 &&
                  !(L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS))))
                set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "will sends", "summer will think it over" */
        } else if (!side && p == L->head && j >= 0 && lower_unknown(L, p) && !noun_ending(L, p) &&
                   (verb_after_name(L, j, end) || ful_is_id(L, j, FUL_W_gets)) &&
                   ((L->t[j].bits & (VERBS | FUL_CUE_MODAL | FUL_CUE_SPEECH)) ||
                    ((k = next_tok(L, j, end)) >= 0 && (ful_is_id(L, k, FUL_W_us) || ful_is_id(L, k, FUL_W_me))))) {
            set_name(L, p, A_CLIENT, FUL_WHO_NAME); /* "jessica gets us the list", dictated: a name, its verb */
        } else if (!side && j < 0 && lower_unknown(L, p) && !noun_ending(L, p) && end < L->nt) { /* (not "driving:") */
            side = A_CLIENT, who = FUL_WHO_NAME; /* "deepak: loop in procurement", "[tom] sign": an owner */
        }
        if (imp >= 0 && imp_paren && !(L->t[p].off > 0 && L->s[L->t[p].off - 1] == '('))
            imp = -1; /* (an owner in brackets right after the task, or none) */
        if ((j < 0 || lone) && side && imp >= 0) {
            if (side == A_CLIENT && p + 1 < L->nt && (L->t[p + 1].bits & FUL_CUE_SELLER) && !(L->t[p + 1].bits & FUL_CUE_CLIENT) &&
                L->t[p + 1].off > 0 && L->s[L->t[p + 1].off - 1] == '(') {
                side = A_SELLER, who = FUL_WHO_ROLE; /* "Owner: Ana (AE)": the name, then our role in brackets */
                L->t[p].bits = (L->t[p].bits & ~FUL_CUE_CLIENT) | FUL_CUE_SELLER;
                for (k = 0; k < L->nact; k++)
                    if (L->act[k].tok == p)
                        L->act[k].side = (uint8_t)side, L->act[k].who = (uint8_t)who;
            }
            mark(L, p, side, who, imp); /* "| Return signed SOW | Anand | 12/11 |": the owner's cell after the task's */
            imp = -1;
        } else if ((j < 0 || lone) && side && !company_label(L, p, end)) { /* ("Mary Ellen - talk to the CFO") */
            pend = p;
            pend_side = side;
            pend_who = who;
            skipped = 0;
        }
        imp_paren = 0;
        if ((table || task_field) && !side && (a == 0 || task_field) && (L->t[p].bits & VERBS) &&
            !(L->t[p].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)))
            imp = p; /* a table row's task cell, its owner in a later cell */
        else if (!side && a <= L->head && p == L->head && (L->marks & FUL_SAW_PAREN) && (L->t[p].bits & FUL_CUE_ACT) &&
                 !(L->t[p].bits & (VERBS & ~FUL_CUE_ACT)) && !(L->t[p].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
                 end < L->nt && L->t[end].off > 0 && L->s[L->t[end].off - 1] == '(')
            imp = p, imp_paren = 1; /* "- sign MSA (Tom) 12/8": a task only the client does, its owner in brackets */
        task_field = 0;
        /* every word from j on that next_tok would give, but read only
         * where recipient_acts can start: at "to" or "for" */
        if (j >= 0 && !side) /* (recipient_acts changes neither) */
            for (k = j; k < end; k++)
                if ((L->t[k].wid == FUL_W_to || L->t[k].wid == FUL_W_for) && (k == j || !(L->t[k].flags & (T_INPHR | T_TAG))))
                    recipient_acts(L, k, end);
        a = end;
    }
}
