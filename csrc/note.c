/* note.c: the note parser (spec section 3): front matter, meeting date and
 * account, tagged lines behind list markers and checkboxes, touches. */
#include "note.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const channel_names[] = { "other", "email", "call", "voicemail", "meeting" };

const char *ful_channel_name(int ch)
{
    return (ch >= 0 && ch <= FUL_CH_MEETING) ? channel_names[ch] : "other";
}

int ful_channel_parse(const char *s, size_t n)
{
    static const struct { const char *w; int ch; } words[] = {
        { "email", FUL_CH_EMAIL }, { "e-mail", FUL_CH_EMAIL }, { "mail", FUL_CH_EMAIL },
        { "call", FUL_CH_CALL }, { "phone", FUL_CH_CALL }, { "called", FUL_CH_CALL },
        { "voicemail", FUL_CH_VOICEMAIL }, { "vm", FUL_CH_VOICEMAIL },
        { "meeting", FUL_CH_MEETING }, { "mtg", FUL_CH_MEETING }, { "met", FUL_CH_MEETING },
        { "other", FUL_CH_OTHER }, { "text", FUL_CH_OTHER }, { "sms", FUL_CH_OTHER },
        { "linkedin", FUL_CH_OTHER }, { "slack", FUL_CH_OTHER },
    };
    size_t i;
    for (i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i].w) == n && ful_ieq(s, words[i].w, n))
            return words[i].ch;
    return -1;
}

static int is_letter(char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Is one of the three words before s[i], in its clause, one that denies
 * or defers what follows ("hasn't replied", "waiting for a reply",
 * "auto-reply", "nobody answered")? */
static int denied_before(const char *s, size_t i)
{
    static const char *const neg[] = {
        "not", "never", "nobody", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't",
        "wasn't", "isn't", "won't", "awaiting", "await", "waiting", "pending", "auto", "automatic", NULL
    };
    int words, k;
    for (words = 0; words < 3; words++) {
        size_t e, b;
        while (i > 0 && !is_letter(s[i - 1]) && s[i - 1] != '\'') {
            char c = s[i - 1];
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == '!' || c == '?')
                return 0;   /* a new clause: "not interested, said ..." */
            i--;
        }
        e = i;
        while (i > 0 && (is_letter(s[i - 1]) || s[i - 1] == '\''))
            i--;
        b = i;
        if (b == e)
            return 0;
        for (k = 0; neg[k]; k++)
            if (strlen(neg[k]) == e - b && ful_ieq(s + b, neg[k], e - b))
                return 1;
    }
    return 0;
}

/* deny: a match the words before it deny does not count. */
static int has_word_as(const char *s, size_t n, const char *w, int deny)
{
    size_t k = strlen(w), i;
    int c0 = w[0] | 32;     /* every word listed starts with a letter */
    for (i = 0; i + k <= n; i++) {
        /* the first letter before the call: most places fail there (the
         * 35 words of touch_replied were a tenth of the walker's work) */
        if ((s[i] | 32) != c0 || !ful_ieq(s + i, w, k))
            continue;
        if (i > 0 && is_letter(s[i - 1]))
            continue;
        if (i + k < n && is_letter(s[i + k]))
            continue;
        if (deny && denied_before(s, i))
            continue;
        return 1;
    }
    return 0;
}

static int has_word(const char *s, size_t n, const char *w)
{
    return has_word_as(s, n, w, 0);
}

/* Does the outcome open with what the seller did ("sent the agenda they
 * said they wanted", "left a voicemail")? Then the client's words in it are
 * the seller's report, not an answer. */
static int seller_did(const char *s, size_t n)
{
    static const char *const verbs[] = {
        "sent", "resent", "emailed", "e-mailed", "mailed", "shared", "forwarded", "attached",
        "left", "pinged", "nudged", "bumped", "chased", "texted", "messaged", "dropped",
        "posted", "submitted", "delivered", "followed", NULL
    };
    size_t w = 0;
    int i;
    while (w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'))
        w++;
    if (w < n && s[w] == '-') /* e-mailed */
        while (++w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'))
            ;
    for (i = 0; verbs[i]; i++)
        if (strlen(verbs[i]) == w && ful_ieq(s, verbs[i], w))
            return 1;
    return 0;
}

/* Did the client answer? A denial wins over a reply word ("no reply"). */
static int touch_replied(const char *s, size_t n, int channel)
{
    static const char *const denials[] = {
        "no reply", "no response", "no answer", "not replied", "didn't reply", "did not reply",
        "no-show", "no show", "unanswered", "bounced", "ghosted", "left message",
        "left a message", "left vm", "no callback", "nothing back", "silence", "no word",
        "out of office", "ooo", NULL
    };
    static const char *const replies[] = {
        "replied", "reply", "answered", "responded", "response", "picked up", "spoke",
        "talked", "met", "wrote back", "called back", "confirmed", "agreed", "said", "wants",
        "booked", "accepted", NULL
    };
    /* what only the client does: these count after the seller's own verb
     * too ("sent the deck, he replied within the hour") */
    static const char *const answers[] = { "replied", "responded", "wrote back", "called back", NULL };
    int i;
    /* An outcome opening with the client's answer is one, whatever it
     * reports ("replied: no response from the CFO yet"). */
    if ((n >= 7 && ful_ieq(s, "replied", 7) && (n == 7 || !is_letter(s[7]))) ||
        (n >= 9 && ful_ieq(s, "responded", 9) && (n == 9 || !is_letter(s[9]))))
        return 1;
    for (i = 0; denials[i]; i++)
        if (has_word(s, n, denials[i]))
            return 0;
    if (n >= 3 && ful_ieq(s, "no ", 3))
        return 0;
    if (seller_did(s, n)) {
        for (i = 0; answers[i]; i++)
            if (has_word_as(s, n, answers[i], 1))
                return 1;
        return 0;
    }
    for (i = 0; replies[i]; i++)
        if (has_word_as(s, n, replies[i], 1))
            return 1;
    return channel == FUL_CH_MEETING;
}

/* dddd-dd-dd: a date as written, possible or not. */
static int iso_shape(const char *s)
{
    int k;
    for (k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? s[k] != '-' : !ful_is_digit(s[k]))
            return 0;
    return 1;
}

void ful_touch_parse(const char *s, size_t n, ful_touch_info *out)
{
    size_t i = 0, w;
    out->day = FUL_NODATE;
    out->channel = FUL_CH_OTHER;
    out->replied = 0;
    out->odd_channel = 1;
    while (i < n && ful_is_space(s[i]))
        i++;
    /* An impossible date written in the date's place (2026-11-31) is no
     * date, but it is still where the date goes: the channel follows it. */
    if (i + 10 <= n && iso_shape(s + i) && (i + 10 == n || !ful_is_digit(s[i + 10]))) {
        if (!ful_day_parse_iso(s + i, 10, &out->day))
            out->day = FUL_NODATE;
        i += 10;
    }
    while (i < n && ful_is_space(s[i]))
        i++;
    w = i;
    while (w < n && !ful_is_space(s[w]) && s[w] != ',' && s[w] != ':')
        w++;
    if (w > i) {
        int ch = ful_channel_parse(s + i, w - i);
        if (ch >= 0) {
            out->channel = ch;
            out->odd_channel = 0;
            i = w;
        }
    }
    /* The outcome: after " - " or a colon, else the rest. */
    while (i < n && (ful_is_space(s[i]) || s[i] == '-' || s[i] == ':' || s[i] == ','))
        i++;
    out->outcome_off = i;
    out->outcome_len = n - i;
    out->replied = touch_replied(s + i, n - i, out->channel);
}

const char *ful_date_source_name(int src)
{
    switch (src) {
    case FUL_DSRC_FRONT: return "front matter";
    case FUL_DSRC_HEADING: return "heading";
    case FUL_DSRC_FILENAME: return "file name";
    case FUL_DSRC_MTIME: return "mtime";
    default: return "none";
    }
}

/* The first valid YYYY-MM-DD in s[0..n) not glued to other digits. */
/* The offset of the first YYYY-MM-DD in s[0..n) (n when none); *d its day. */
static size_t iso_at(const char *s, size_t n, ful_day *d)
{
    size_t i;
    for (i = 0; i + 10 <= n; i++) {
        if (!ful_is_digit(s[i]) || (i > 0 && ful_is_digit(s[i - 1])))
            continue;
        if (s[i + 4] != '-' || s[i + 7] != '-')
            continue;
        if (i + 10 < n && ful_is_digit(s[i + 10]))
            continue;
        if (ful_day_parse_iso(s + i, 10, d))
            return i;
    }
    *d = FUL_NODATE;
    return n;
}

static ful_day find_iso(const char *s, size_t n)
{
    ful_day d;
    iso_at(s, n, &d);
    return d;
}

static void set_warn(ful_note *note, int line, const char *msg, const char *detail, size_t dlen)
{
    size_t m, k;
    char *out;
    if (note->nwarns >= FUL_MAX_WARNS)
        return;
    out = note->warns[note->nwarns].msg;
    note->warns[note->nwarns++].line = line;
    m = strlen(msg);
    if (m >= FUL_WARN_MAX)
        m = FUL_WARN_MAX - 1;
    memcpy(out, msg, m);
    if (detail && dlen) {
        ful_buf b = { 0, 0, 0 };
        k = ful_utf8_cut(detail, dlen, 60);
        if (ful_utf8_clean(&b, detail, k) >= 0 && m + 3 + b.len < FUL_WARN_MAX) {
            memcpy(out + m, ": ", 2);
            memcpy(out + m + 2, b.p, b.len);
            m += 2 + b.len;
        }
        ful_buf_free(&b);
    }
    out[m] = '\0';
}

/* The length of a front matter value without a YAML comment: " #" or a
 * tab and "#" ends a plain value ("Massive Dynamic # from the CRM"); a
 * quoted one keeps it. */
static size_t yaml_value_len(const char *v, size_t n)
{
    size_t i = 0;
    while (i < n && ful_is_space(v[i]))
        i++;
    if (i < n && (v[i] == '"' || v[i] == '\''))
        return n;
    for (; i < n; i++)
        if (v[i] == '#' && i > 0 && ful_is_space(v[i - 1]))
            return i;
    return n;
}

/* A front matter date written another way section 4 reads whole
 * ("11/20/2026", "Nov 20, 2026"): its day, else FUL_NODATE. */
static ful_day written_date(const char *v, size_t n)
{
    ful_date_span sp[2];
    if (ful_dates_find(v, n, FUL_NODATE, sp, 2) < 1 || sp[0].off != 0 || sp[0].kind != FUL_DATE_EXACT)
        return FUL_NODATE;
    return sp[0].start;
}

/* yaml: s is a front-matter value, read as YAML means it (its quotes are
 * not the name's); else stray quotes around the name go. */
static void copy_account(ful_note *note, const char *s, size_t n, int yaml)
{
    ful_buf b = { 0, 0, 0 };
    char yb[FUL_ACCOUNT_MAX];
    size_t k = yaml ? ful_yaml_unquote(s, n, yb, sizeof yb) : (size_t)-1;
    int quotes = k == (size_t)-1;
    if (!quotes) {
        s = yb;
        n = k;
    }
    while (n && (ful_is_space(*s) || (quotes && (*s == '"' || *s == '\'')))) {
        s++;
        n--;
    }
    while (n && (ful_is_space(s[n - 1]) || (quotes && (s[n - 1] == '"' || s[n - 1] == '\'')) || s[n - 1] == '\r'))
        n--;
    k = ful_utf8_cut(s, n, FUL_ACCOUNT_MAX / 2);
    if (k == 0 || ful_utf8_clean(&b, s, k) < 0 || b.len >= FUL_ACCOUNT_MAX) {
        ful_buf_free(&b);
        return;
    }
    memcpy(note->account, b.p, b.len + 1);
    ful_buf_free(&b);
}

/* Iterates lines: sets *ls, *ll (without '\n' and a trailing '\r'). */
typedef struct {
    const char *buf;
    size_t n, pos;
    int line;
} line_iter;

static int next_line(line_iter *it, const char **ls, size_t *ll)
{
    const char *nl;
    size_t len;
    if (it->pos >= it->n)
        return 0;
    *ls = it->buf + it->pos;
    nl = memchr(*ls, '\n', it->n - it->pos);
    len = nl ? (size_t)(nl - *ls) : it->n - it->pos;
    it->pos += len + (nl ? 1 : 0);
    if (len && (*ls)[len - 1] == '\r')
        len--;
    *ll = len;
    it->line++;
    return 1;
}

static int is_fence(const char *s, size_t n)
{
    while (n && ful_is_space(s[n - 1]))
        n--;
    return n == 3 && s[0] == '-' && s[1] == '-' && s[2] == '-';
}

/* Adds the names of front-matter value v[0..vl) as YAML means them: a
 * value with quotes is read into the note's fm_text (the spans point
 * there), else the spans point into the note. */
static void add_yaml_people(ful_note *note, ful_people *p, const char *v, size_t vl)
{
    if (memchr(v, '"', vl) || memchr(v, '\'', vl)) {
        size_t k = ful_yaml_unquote(v, vl, note->fm_text + note->fm_used, sizeof note->fm_text - note->fm_used);
        if (k != (size_t)-1) {
            v = note->fm_text + note->fm_used;
            vl = k;
            note->fm_used += k;
        }
    }
    ful_people_add(p, v, vl);
}

/* A people key (attendees/with/contacts, team, owner) on front-matter line
 * ls[0..ll) whose colon is at k: fills the note; an empty value opens a
 * YAML block list (*list). Returns 1 when the key was a people key. */
static int read_people(ful_note *note, const char *ls, size_t k, size_t ll, ful_people **list)
{
    ful_people_key pk = ful_people_key_of(ls, k);
    const char *v = ls + k + 1;
    size_t vl = ll - k - 1;
    ful_people one;
    if (pk == FUL_PK_NONE)
        return 0;
    while (vl && ful_is_space(*v)) {
        v++;
        vl--;
    }
    if (pk == FUL_PK_OWNER) {
        one.n = 0;
        add_yaml_people(note, &one, v, vl);
        if (one.n)
            note->owner = one.name[0];
        return 1;
    }
    {
        ful_people *p = pk == FUL_PK_CLIENT ? &note->attendees : &note->team;
        if (vl == 0)
            *list = p;
        else
            add_yaml_people(note, p, v, vl);
    }
    return 1;
}

/* The heading's words that spell the folder's slug, ignoring case,
 * punctuation and spaces ("Vertex Media - intro" for vertex-media): their
 * length, or 0 when the heading does not start with the slug's words. */
static int spells_byte(unsigned char c)
{
    return ful_is_digit(c) || (unsigned)((c | 0x20) - 'a') < 26u || c >= 0x80;
}

static size_t heading_spells(const char *h, size_t hn, const char *slug)
{
    size_t i = 0, k = 0, sn = strlen(slug);
    while (k < sn) {
        unsigned char c = (unsigned char)slug[k];
        if (!spells_byte(c)) {
            k++;
            continue;
        }
        while (i < hn && !spells_byte((unsigned char)h[i]))
            i++;
        if (i >= hn || ful_lower((unsigned char)h[i]) != ful_lower(c))
            return 0;
        i++;
        k++;
    }
    /* a whole word: "Acme" spells acme, "Acmeville" does not */
    if (i == 0 || (i < hn && spells_byte((unsigned char)h[i]) && (unsigned char)h[i] < 0x80))
        return 0;
    return i;
}

/* The folder's name for people: words split at '-', '_' and '.', each
 * capitalised ("vertex-media" -> "Vertex Media"). */
static void title_case(char *out, const char *slug)
{
    size_t i, o = 0;
    int start = 1;
    for (i = 0; slug[i] && o + 1 < FUL_ACCOUNT_MAX; i++) {
        char c = slug[i];
        if (c == '-' || c == '_' || c == '.' || c == ' ') {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
            start = 1;
            continue;
        }
        out[o++] = start && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        start = 0;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
}

/* Front matter, meeting date and account. Returns the line iterator
 * positioned after the front matter. */
static line_iter read_header(ful_note *note, const char *buf, size_t n, const ful_note_opts *o)
{
    line_iter it = { buf, n, 0, 0 }, fm;
    const char *ls;
    size_t ll;
    ful_day fm_date = FUL_NODATE, head_date = FUL_NODATE;
    int have_heading = 0, closed = 0;
    char fm_account[FUL_ACCOUNT_MAX] = "";
    const char *head = NULL;        /* the first heading's text */
    size_t head_len = 0;
    ful_people *list = NULL;        /* the people list a "key:" line opened */

    note->date = FUL_NODATE;
    note->date_src = FUL_DSRC_NONE;
    note->account[0] = '\0';
    note->account_name[0] = '\0';
    note->account_rank = 0;
    if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        it.pos = 3;
    fm = it;
    if (next_line(&fm, &ls, &ll) && is_fence(ls, ll)) {
        while (next_line(&fm, &ls, &ll)) {
            size_t k = 0;
            if (is_fence(ls, ll) || (ll >= 3 && memcmp(ls, "...", 3) == 0)) {
                closed = 1;
                break;
            }
            while (k < ll && ls[k] != ':')
                k++;
            /* "  - Maria": an item of the YAML block list opened above. */
            if (list) {
                size_t j = 0;
                while (j < ll && ful_is_space(ls[j]))
                    j++;
                if (j + 1 < ll && ls[j] == '-' && ful_is_space(ls[j + 1])) {
                    add_yaml_people(note, list, ls + j + 1, ll - j - 1);
                    continue;
                }
            }
            list = NULL;
            if (k == ll)
                continue;
            if (read_people(note, ls, k, ll, &list))
                continue;
            if (k == 4 && ful_ieq(ls, "date", 4)) {
                const char *v = ls + k + 1;
                size_t vl = yaml_value_len(ls + k + 1, ll - k - 1), j = 0;
                while (j < vl && (ful_is_space(v[j]) || v[j] == '"' || v[j] == '\''))
                    j++;
                if (j + 10 <= vl && (j + 10 == vl || !ful_is_digit(v[j + 10])) &&
                    ful_day_parse_iso(v + j, 10, &fm_date)) {
                    /* a real date */
                } else if ((fm_date = written_date(v + j, vl - j)) != FUL_NODATE) {
                    /* a full date in another form */
                } else {
                    fm_date = FUL_NODATE;
                    set_warn(note, fm.line, "front matter date is not a real YYYY-MM-DD date", v + j, vl - j);
                }
            } else if (k == 7 && ful_ieq(ls, "account", 7)) {
                ful_note tmp;
                tmp.account[0] = '\0';
                copy_account(&tmp, ls + k + 1, yaml_value_len(ls + k + 1, ll - k - 1), 1);
                memcpy(fm_account, tmp.account, sizeof fm_account);
            }
        }
        if (closed) {
            it = fm;
        } else {
            fm_date = FUL_NODATE;
            fm_account[0] = '\0';
            memset(&note->attendees, 0, sizeof note->attendees);
            memset(&note->team, 0, sizeof note->team);
            memset(&note->owner, 0, sizeof note->owner);
            set_warn(note, 1, "front matter never closes (no second ---); read as text", NULL, 0);
        }
    }
    /* The first heading (within the first lines: headings come first). */
    {
        line_iter h = it;
        while (next_line(&h, &ls, &ll) && h.line <= FUL_HEADING_LINES) {
            size_t j = 0;
            while (j < ll && j < 6 && ls[j] == '#')
                j++;
            if (j == 0 || j >= ll || !ful_is_space(ls[j]))
                continue;
            have_heading = 1;
            head = ls + j;
            head_len = ll - j;
            head_date = find_iso(ls + j, ll - j);
            if (fm_account[0] == '\0' && note->account[0] == '\0') {
                /* Account: the heading's text before " - ", " — " or ":". */
                const char *t = ls + j;
                size_t tl = ll - j, e;
                for (e = 0; e < tl; e++) {
                    if (t[e] == ':' || (e + 3 <= tl && memcmp(t + e, " - ", 3) == 0) ||
                        (e + 5 <= tl && memcmp(t + e, " \xE2\x80\x94 ", 5) == 0))
                        break;
                }
                if (e == tl) {
                    /* "# Vertex Media 2026-12-01": the words before the date */
                    ful_day d;
                    e = iso_at(t, tl, &d);
                    while (e < tl && e > 0 && (ful_is_space(t[e - 1]) || t[e - 1] == '(' || t[e - 1] == ','))
                        e--;
                    if (e == 0)
                        e = tl;
                }
                if (e < tl && find_iso(t, e) == FUL_NODATE) {
                    ful_note tmp;
                    tmp.account[0] = '\0';
                    copy_account(&tmp, t, e, 0);
                    if (tmp.account[0])
                        memcpy(note->account, tmp.account, sizeof note->account);
                }
            }
            break;
        }
    }
    (void)have_heading;
    /* The folder holding the note, unless it is the notes root. */
    if (fm_account[0] == '\0' && o && o->path) {
        const char *p = o->path, *slash = strrchr(p, '/');
        if (slash && slash > p) {
            size_t dl = (size_t)(slash - p), rl = o->root ? strlen(o->root) : (size_t)-1;
            while (o->root && rl > 1 && o->root[rl - 1] == '/')
                rl--;
            if (!(o->root && rl == dl && memcmp(o->root, p, dl) == 0)) {
                const char *b = slash - 1;
                while (b > p && b[-1] != '/')
                    b--;
                if (slash > b && !(slash - b == 1 && *b == '.')) {
                    ful_note tmp;
                    tmp.account[0] = '\0';
                    copy_account(&tmp, b, (size_t)(slash - b), 0);
                    if (tmp.account[0]) {
                        size_t hl;
                        memcpy(note->account, tmp.account, sizeof note->account);
                        while (head && head_len && ful_is_space(*head))
                            head++, head_len--;
                        hl = head ? heading_spells(head, head_len, note->account) : 0;
                        if (hl) {
                            tmp.account[0] = '\0';
                            copy_account(&tmp, head, hl, 0);
                            memcpy(note->account_name, tmp.account, sizeof note->account_name);
                            note->account_rank = 2;
                        } else {
                            title_case(note->account_name, note->account);
                            note->account_rank = 1;
                        }
                    }
                }
            }
        }
    }
    if (fm_account[0])
        memcpy(note->account, fm_account, sizeof note->account);
    if (note->account[0] && note->account_rank < 2 && (fm_account[0] || note->account_name[0] == '\0')) {
        /* front matter or a heading: the note's own words */
        memcpy(note->account_name, note->account, sizeof note->account_name);
        note->account_rank = 2;
    }

    if (fm_date != FUL_NODATE) {
        note->date = fm_date;
        note->date_src = FUL_DSRC_FRONT;
    } else if (head_date != FUL_NODATE) {
        note->date = head_date;
        note->date_src = FUL_DSRC_HEADING;
    } else {
        const char *base = o && o->path ? strrchr(o->path, '/') : NULL;
        ful_day fd;
        base = base ? base + 1 : (o ? o->path : NULL);
        fd = base ? find_iso(base, strlen(base)) : FUL_NODATE;
        if (fd != FUL_NODATE) {
            note->date = fd;
            note->date_src = FUL_DSRC_FILENAME;
        } else if (o && o->mtime_day != FUL_NODATE) {
            note->date = o->mtime_day;
            note->date_src = FUL_DSRC_MTIME;
        }
    }
    return it;
}

int ful_note_header(ful_note *note, const char *buf, size_t n, const ful_note_opts *o)
{
    memset(note, 0, sizeof *note);
    read_header(note, buf, n, o);
    return 0;
}

#define GROW(arr, cnt, cap)                                                   \
    do {                                                                      \
        if ((cnt) == (cap)) {                                                 \
            int nc_ = (cap) ? (cap) * 2 : 8;                                  \
            void *np_ = realloc((arr), (size_t)nc_ * sizeof *(arr));          \
            if (np_ == NULL)                                                  \
                goto oom;                                                     \
            (arr) = np_;                                                      \
            (cap) = nc_;                                                      \
        }                                                                     \
    } while (0)

/* Only bytes 0x20-0x7F in w? A byte >= 0x80, or one < 0x20 (it borrows;
 * a false flag above a real one only sends the eight bytes the slow way). */
static inline int ful_plain8(uint64_t w)
{
    return ((w | ((w - 0x2020202020202020ull) & ~w)) & 0x8080808080808080ull) == 0;
}

/* 0x80 in each byte of w that is zero, exactly: no carry crosses bytes. */
static inline uint64_t ful_zero8(uint64_t w)
{
    const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full;
    return ~(((w & lo7) + lo7) | w | lo7);
}

/* ful_looks_binary(s, n), counted in one pass that takes eight plain bytes
 * (0x20-0x7F) at a time and reads the others one by one, the way
 * ful_looks_binary counts them; UTF-8 is checked only when a byte of the
 * sample is not ASCII. ful_looks_binary read each note's first 8 KB twice,
 * its newlines byte by byte: 17% of the walker's instructions in a cold
 * index. tests/c/test_note.c holds the two to the same answers. */
static int note_binary(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t m = n < 8192 ? n : 8192, i = 0, j, end, nul = 0, ctl = 0, bad, cut;
    int high = 0;
    if (m == 0)
        return 0;
    while (i < m) {
        if (i + 8 <= m) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (ful_plain8(w)) {
                i += 8;
                continue;
            }
            /* most of the rest are plain but for a newline (lines average
             * 40 bytes): newlines made '*' (0x0A | 0x20), exactly (no
             * borrow), the eight are plain again */
            if (ful_plain8(w | (ful_zero8(w ^ 0x0A0A0A0A0A0A0A0Aull) >> 2))) {
                i += 8;
                continue;
            }
            end = i + 8;
        } else {
            end = m;
        }
        for (j = i; j < end; j++) {
            unsigned char c = u[j];
            if (c >= 0x80)
                high = 1;
            else if (c == 0)
                nul++;
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
                ctl++;
        }
        i = end;
    }
    if (nul * 20 > m || (nul > 0 && m < 20 && nul * 4 > m))
        return 1;
    /* ASCII alone is valid UTF-8 but for its NULs (ful_utf8_bad counts them) */
    cut = ful_utf8_cut(s, n, m);
    bad = high || cut != m ? ful_utf8_bad(s, cut) : nul;
    return (bad + ctl) * 10 > m * 3;
}

/* Warns about a due: token without a real date (when no other has one). */
static void check_due(ful_note *note, int line, const char *s, size_t n)
{
    ful_day d;
    size_t at, len;
    if (ful_line_due(s, n, &d, &at, &len) < 0)
        set_warn(note, line, "due: is not a real YYYY-MM-DD date; ignored", s + at, len);
}

int ful_note_parse(ful_note *note, const char *buf, size_t n, const ful_note_opts *o)
{
    line_iter it;
    const char *ls;
    size_t ll;
    int cur = -1, cur_indent = 0, conflict = 0;
    ful_names names;
    memset(note, 0, sizeof *note);
    if (note_binary(buf, n)) {
        note->binary = 1;
        note->date = FUL_NODATE;
        return 0;
    }
    it = read_header(note, buf, n, o);
    /* the note's people tell who acts in its steps */
    ful_names_init(&names, &note->attendees, &note->team, &note->owner);
    while (next_line(&it, &ls, &ll)) {
        ful_line li;
        ful_line_kind k = ful_line_scan(ls, ll, o ? o->tags : NULL, &li);
        if (k == FUL_LINE_NONE) {
            /* A non-blank line at or left of the step's indent ends its
             * block (the rule of ful_line_block_end). */
            if (cur >= 0 && !ful_line_blank(ls, ll) && li.indent <= cur_indent)
                cur = -1;
            /* git's marker: both sides' steps count until it is resolved */
            if (!conflict && ll >= 7 && ls[0] == '<' && memcmp(ls, "<<<<<<<", 7) == 0 &&
                (ll == 7 || ls[7] == ' ' || ls[7] == '\r')) {
                conflict = 1;
                set_warn(note, it.line, "unresolved merge conflict (<<<<<<<): the steps of both sides are read "
                         "until it is resolved", NULL, 0);
            }
            continue;
        }
        if (memchr(ls, '\0', ll) || ful_utf8_bad(ls, ll))
            set_warn(note, it.line, "line has invalid UTF-8 or NUL bytes; they are shown as U+FFFD", NULL, 0);
        if (k == FUL_LINE_STEP) {
            ful_nstep *st;
            GROW(note->steps, note->nsteps, note->capsteps);
            st = &note->steps[note->nsteps];
            st->line = it.line;
            st->col = (int)li.tag_off + 1;
            st->indent = li.indent;
            st->done = li.done;
            st->text = ls + li.text_off;
            st->len = li.text_len;
            st->ntouches = 0;
            check_due(note, it.line, st->text, st->len);
            ful_classify_names(o ? o->rules : NULL, &names, st->text, st->len, note->date,
                         o && o->grace_days > 0 ? o->grace_days : 7,
                         o && o->explain ? FUL_CLS_EXPLAIN : 0, &st->v);
            if (st->v.cls == FUL_FIRM)
                note->has_firm = 1;
            cur = note->nsteps++;
            cur_indent = li.indent;
        } else if (k == FUL_LINE_TOUCH) {
            ful_ntouch *t;
            ful_touch_info ti;
            if (cur >= 0 && li.indent <= cur_indent)
                cur = -1;
            ful_touch_parse(ls + li.text_off, li.text_len, &ti);
            /* A touch is a dated attempt: a line with no real date
             * (2026-02-30) is warned of and counts nowhere, as due: is. */
            if (ti.day == FUL_NODATE) {
                set_warn(note, it.line, "TOUCH: line has no real YYYY-MM-DD date; not counted as a touch",
                         ls + li.text_off, li.text_len);
                continue;
            }
            if (ti.odd_channel)
                set_warn(note, it.line, "TOUCH: channel is not email, call, voicemail, meeting or other; "
                         "counted as other", ls + li.text_off, li.text_len);
            GROW(note->touches, note->ntouches, note->captouches);
            t = &note->touches[note->ntouches];
            t->line = it.line;
            t->col = (int)li.tag_off + 1;
            t->step = cur;
            t->text = ls + li.text_off;
            t->len = li.text_len;
            t->t = ti;
            if (cur >= 0)
                note->steps[cur].ntouches++;
            note->ntouches++;
        } else {
            ful_nneed *nd;
            GROW(note->needs, note->nneeds, note->capneeds);
            nd = &note->needs[note->nneeds++];
            nd->line = it.line;
            nd->col = (int)li.tag_off + 1;
            nd->kind = k;
            nd->text = ls + li.text_off;
            nd->len = li.text_len;
            if (cur >= 0 && li.indent <= cur_indent)
                cur = -1;
        }
    }
    return 0;
oom:
    ful_note_free(note);
    return -1;
}

void ful_note_free(ful_note *note)
{
    free(note->steps);
    free(note->touches);
    free(note->needs);
    note->steps = NULL;
    note->touches = NULL;
    note->needs = NULL;
    note->nsteps = note->ntouches = note->nneeds = 0;
    note->capsteps = note->captouches = note->capneeds = 0;
}
