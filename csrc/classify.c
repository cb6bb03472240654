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
 * within [0, n). */
#include "classify.h"
#include "actors.h"
#include "cline.h"
#include "line.h"

#include <string.h>

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

/* ---- tokenizer ---- */

static int ful_isw(unsigned char c)
{
    return ((unsigned)((c | 0x20) - 'a') < 26u) | ((unsigned)(c - '0') < 10u);
}

/* UTF-8 punctuation that must not be glued into words: curly quotes,
 * dashes, bullets. Returns its length, or 0. */
static int ful_upunct(const char *s, size_t n, size_t i, int *kind)
{
    unsigned char b2;
    if (i + 3 < n && (unsigned char)s[i] == 0xF0 && (unsigned char)s[i + 1] == 0x9F) {
        *kind = '.'; /* an emoji: "✅" and "👉" end a clause like a bullet */
        return 4;
    }
    if (i + 2 >= n || (unsigned char)s[i] != 0xE2)
        return 0;
    b2 = (unsigned char)s[i + 1];
    if (b2 == 0x86 || b2 == 0x87 || b2 == 0x9C || b2 == 0x9D || b2 == 0x9E || b2 == 0x96 || b2 == 0x97) {
        *kind = '-'; /* arrows, check marks, boxes and triangles: "→ send the SOW" */
        return 3;
    }
    if (b2 != 0x80)
        return 0;
    b2 = (unsigned char)s[i + 2];
    if (b2 == 0x9C || b2 == 0x9D)
        *kind = 'q';       /* “ ” */
    else if (b2 == 0x98 || b2 == 0x99)
        *kind = '\'';      /* ‘ ’ */
    else if (b2 == 0x93 || b2 == 0x94)
        *kind = '-';       /* – — */
    else if (b2 == 0xA2 || b2 == 0xA6)
        *kind = '.';       /* • … */
    else
        return 0;
    return 3;
}

/* Word bytes to their lowercase; 0 for bytes that end a word or need a
 * closer look (0xE2 starts the UTF-8 quotes and dashes). */
static const unsigned char ful_low[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 0, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* A word's flags from its first byte: an uppercase letter or a non-ASCII
 * byte is T_CAP, a digit T_NUM. */
#define C T_CAP
#define N T_NUM
static const unsigned char ful_first[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    N, N, N, N, N, N, N, N, N, N, 0, 0, 0, 0, 0, 0,
    0, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
};
#undef C
#undef N

/* Bytes that may go on a word past its plain bytes: an apostrophe
 * (don't), 0xE2 (she’ll, or a dash that ends it) and the slash of f/u,
 * w/ and w/o. */
static const unsigned char ful_wrare[256] = {['\''] = 1, ['/'] = 1, [0xE2] = 1};

#define FUL_B8(x) ((x) * 0x0101010101010101ull)
/* ful_hash_word("it", 2), as a constant */
#define FUL_HASH_IT ((uint32_t)(((FUL_HASH_INIT ^ 0x7469ull) * FUL_HASH_MUL) >> 32))

/* The bytes of chunk x that end a plain word (0x80 in each), as ful_low
 * reads them: anything but an ASCII letter or digit or a byte >= 0x80,
 * and 0xE2 (UTF-8 quotes and dashes); *lower gets x with A-Z lowercased.
 * Bytewise sums of 7-bit values never carry: all-ASCII chunks (the common
 * case, one predictable branch) skip the masking. The 0xE2 test may flag
 * bytes only above a true 0xE2, so the lowest flag is exact. */
static inline uint64_t ful_word_stops(uint64_t x, uint64_t *lower)
{
    uint64_t letter, digit, y;
    if (!(x & FUL_B8(0x80))) {
        y = x | FUL_B8(0x20);
        letter = (y + FUL_B8(0x80 - 'a')) & ~(y + FUL_B8(0x7F - 'z')) & FUL_B8(0x80);
        digit = (x + FUL_B8(0x80 - '0')) & ~(x + FUL_B8(0x7F - '9'));
        *lower = x | (letter >> 2); /* A-Z -> a-z */
        return ~(letter | digit) & FUL_B8(0x80);
    } else {
        uint64_t a7 = x & FUL_B8(0x7F), e = x ^ FUL_B8(0xE2);
        y = a7 | FUL_B8(0x20);
        letter = (y + FUL_B8(0x80 - 'a')) & ~(y + FUL_B8(0x7F - 'z')) & ~x & FUL_B8(0x80);
        digit = (a7 + FUL_B8(0x80 - '0')) & ~(a7 + FUL_B8(0x7F - '9'));
        *lower = x | (letter >> 2);
        return (~(letter | digit | x) & FUL_B8(0x80)) | ((e - FUL_B8(0x01)) & ~e & FUL_B8(0x80));
    }
}

static inline void ful_st8le(char *o, uint64_t v)
{
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    memcpy(o, &v, 8);
}

/* Copies the plain word bytes at p (to pe at most) lowercased to *op (up
 * to 8 bytes past them: lc has room), hashing them (ful_hash_word) into
 * *hp; returns where they stop. A chunk of eight bytes at a time, its stop
 * found by a bit count, not a branch a byte: a word's end was the line's
 * most mispredicted branch. base..pe is readable: a short tail is read as
 * the eight bytes that end at pe. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline const unsigned char *ful_plain(const unsigned char *p, const unsigned char *pe,
                                             const unsigned char *base, char **op, uint32_t *hp)
{
    char *o = *op;
    uint64_t h = FUL_HASH_INIT;
    for (;;) {
        size_t r = (size_t)(pe - p);
        uint64_t x = 0, lc, stop;
        unsigned m;
        if (r >= 8) {
            x = ful_ld8le(p);
        } else if (r > 0 && (size_t)(pe - base) >= 8) {
            x = ful_ld8le(pe - 8) >> (8 * (8 - r)); /* zeros past pe stop the word */
        } else {
            size_t k;
            for (k = 0; k < r; k++)
                x |= (uint64_t)p[k] << (8 * k);
        }
        stop = ful_word_stops(x, &lc);
        ful_st8le(o, lc);
        if (!stop) { /* eight word bytes: go on */
            h = ful_hash_mix(h, lc);
            p += 8;
            o += 8;
            continue;
        }
#if defined(__GNUC__)
        m = (unsigned)__builtin_ctzll(stop) >> 3;
#else
        for (m = 0; !((stop >> (8 * m)) & 0x80); m++)
            ;
#endif
        h = ful_hash_mix(h, lc & (((stop & (0 - stop)) >> 7) - 1)); /* the bytes below the stop */
        p += m;
        o += m;
        break;
    }
    *op = o;
    *hp = ful_hash_end(h);
    return p;
}

/* A word the plain path did not take whole (don't, she’ll, f/u): hashed here. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void ful_push(ful_cline *L, size_t off, size_t len, const char *lw, size_t lwn, int flags, size_t *lcpos)
{
    ful_tok *t;
    ful_rtok *r;
    if (L->nt >= FUL_MAXTOK || *lcpos + lwn > FUL_LCBUF) {
        L->truncated = 1;
        return;
    }
    t = &L->t[L->nt];
    r = &L->r[L->nt];
    if (lw != L->lc + *lcpos)
        memcpy(L->lc + *lcpos, lw, lwn);
    r->lw = L->lc + *lcpos;
    r->len = (uint32_t)lwn;
    r->hash = ful_hash_word(r->lw, lwn);
    *lcpos += lwn;
    t->off = (uint32_t)off;
    t->len = (uint32_t)len;
    t->bits = 0;
    t->span = 1;
    t->flags = (uint8_t)flags;
    L->nt++;
}

/* roomy: the line is short enough that lc never fills (FUL_ROOMY), so no
 * per-word test of its room: the tokenizer is compiled twice, with and
 * without those tests. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void ful_tokenize_in(ful_cline *L, size_t start, const int roomy)
{
    const char *s = L->s;
    size_t n = L->n, i = start, lcpos = 0;
    int quoted = 0, brk = T_BREAK, sig = 0;
    uint64_t done = 0;
    L->nt = 0;
    L->truncated = 0;
    L->marks = 0;
    while (i < n && L->nt < FUL_MAXTOK && (roomy || lcpos < FUL_LCBUF)) {
        unsigned char c = (unsigned char)s[i];
        int kind = 0, ul = 0;
        if (c == ' ') { /* half the bytes that are no word: the switch's default, sooner */
            sig = 0;
            i++;
            continue;
        }
        if (c >= 0x80)
            ul = ful_upunct(s, n, i, &kind);
        if ((ful_low[c] && c < 0x80) || (c >= 0x80 && !ul)) {
            size_t st = i, lst = lcpos;
            int fl = brk | quoted | sig | ful_first[c];
            uint32_t h;
            while (c != 0xE2) {
                /* The common word: word bytes up to a space or punctuation
                 * that cannot continue it (no apostrophe, no 0xE2, no f/u
                 * slash): lowercased, hashed and pushed with no other test.
                 * Anything else is read again below, byte by byte. */
                size_t room = FUL_LCBUF - lcpos;
                const unsigned char *p = (const unsigned char *)s + i, *p0 = p;
                const unsigned char *pe = roomy || n - i < room ? (const unsigned char *)s + n : p + room;
                char *o = L->lc + lcpos;
                p = ful_plain(p, pe, (const unsigned char *)s, &o, &h);
                if (p == pe || !ful_wrare[*p]) {
                    size_t wl = (size_t)(p - p0);
                    int nt = L->nt;
                    ful_tok *t = &L->t[nt];
                    ful_rtok *r = &L->r[nt];
                    /* IT, the department, not "it": the hash first, as
                     * two-letter words are common and "it" is not */
                    if (h == FUL_HASH_IT && wl == 2 && p0[0] == 'I' && p0[1] == 'T')
                        fl |= T_UPPER;
                    r->lw = L->lc + lcpos;
                    r->len = (uint32_t)wl;
                    r->hash = h;
                    t->off = (uint32_t)st;
                    t->len = (uint32_t)wl;
                    t->bits = 0;
                    t->span = 1;
                    t->flags = (uint8_t)fl;
                    L->nt = nt + 1;
                    lcpos += wl;
                    i += wl;
                    brk = sig = 0;
                    if (i < n && s[i] == ' ' && nt + 1 < FUL_MAXTOK && (roomy || lcpos < FUL_LCBUF)) {
                        i++; /* the space after it, as the loop would (not when it stops here) */
                        c = i < n ? (unsigned char)s[i] : 0;
                        if (ful_low[c] && c < 0x80) { /* and a plain word after it: no trip round the loop */
                            st = i;
                            lst = lcpos;
                            fl = quoted | ful_first[c];
                            continue;
                        }
                    }
                    goto next_byte;
                }
                break;
            }
            while (i < n && (roomy || lcpos < FUL_LCBUF)) {
                unsigned char d;
                int k2 = 0;
                { /* plain word bytes */
                    size_t lim = roomy || n - i < FUL_LCBUF - lcpos ? n : i + (FUL_LCBUF - lcpos);
                    const unsigned char *pe = (const unsigned char *)s + lim;
                    char *o = L->lc + lcpos;
                    const unsigned char *p = ful_plain((const unsigned char *)s + i, pe, (const unsigned char *)s, &o, &h);
                    i = (size_t)(p - (const unsigned char *)s);
                    lcpos = (size_t)(o - L->lc);
                    if (p == pe)
                        break;
                }
                d = (unsigned char)s[i];
                if (d == 0xE2) {
                    int u = ful_upunct(s, n, i, &k2);
                    if (u && k2 == '\'' && i + 3 < n && ful_isw((unsigned char)s[i + 3]) && i > st) {
                        L->lc[lcpos++] = '\''; /* she’ll -> she'll */
                        i += 3;
                    } else if (u) {
                        break;
                    } else {
                        L->lc[lcpos++] = (char)d;
                        i++;
                    }
                } else if (d == '\'' && i + 1 < n && ful_isw((unsigned char)s[i + 1])) {
                    L->lc[lcpos++] = '\'';
                    i++;
                } else {
                    break;
                }
            }
            if (i - st == 2 && s[st] == 'I' && s[st + 1] == 'T')
                fl |= T_UPPER; /* IT, the department, not "it" */
            /* shorthand: f/u -> fu, w/ -> with, w/o -> without */
            if (i - st == 1 && i < n && s[i] == '/') {
                char w = L->lc[lst];
                if (w == 'f' && i + 1 < n && (s[i + 1] == 'u' || s[i + 1] == 'U') &&
                    !(i + 2 < n && ful_isw((unsigned char)s[i + 2]))) {
                    lcpos = lst;
                    i += 2;
                    ful_push(L, st, i - st, "fu", 2, fl & ~T_CAP, &lcpos);
                    brk = sig = 0;
                    continue;
                }
                if (w == 'w') {
                    if (i + 1 < n && (s[i + 1] == 'o' || s[i + 1] == 'O') && !(i + 2 < n && ful_isw((unsigned char)s[i + 2]))) {
                        lcpos = lst;
                        i += 2;
                        ful_push(L, st, i - st, "without", 7, fl & ~T_CAP, &lcpos);
                    } else {
                        lcpos = lst;
                        i += 1;
                        ful_push(L, st, i - st, "with", 4, fl & ~T_CAP, &lcpos);
                    }
                    brk = sig = 0;
                    continue;
                }
            }
            {
                size_t lwn = lcpos - lst;
                const char *w = L->lc + lst;
                int nt = L->nt;
                lcpos = lst;
                ful_push(L, st, i - st, w, lwn, fl, &lcpos);
                /* "she's", "they're": maybe how things stand (ful_may_be_done) */
                if (L->nt > nt && lwn > 3 &&
                    ((lwn > 4 && w[lwn - 2] == 'e' && w[lwn - 1] == 'd') || w[lwn - 2] == '\'' || w[lwn - 3] == '\''))
                    done |= (uint64_t)1 << nt;
            }
            brk = sig = 0;
            continue;
        }
        if (ul) {
            if (kind == 'q') {
                quoted ^= T_QUOTED;
                L->marks |= FUL_SAW_QUOTE;
                brk = T_BREAK;
            } else if (kind == '-' || kind == '.') {
                brk = T_BREAK;
            }
            i += (size_t)ul;
            continue;
        }
        switch (c) {
        case '"':
            quoted ^= T_QUOTED;
            L->marks |= FUL_SAW_QUOTE;
            brk = T_BREAK;
            break;
        case ':':
            L->marks |= FUL_SAW_ANYCOLON;
            if (L->nt >= 2)
                L->marks |= FUL_SAW_LABEL; /* ful_later_label needs a word before its label */
            /* only "due:" can start a due tag: "Next step:", "10:30" need no search */
            if (i >= start + 3 && (s[i - 1] | 0x20) == 'e' && (s[i - 2] | 0x20) == 'u' && (s[i - 3] | 0x20) == 'd')
                L->marks |= FUL_SAW_COLON;
            /* "re: pricing" goes on talking about the same thing */
            if (L->nt > 0 && L->r[L->nt - 1].len == 2 && memcmp(L->r[L->nt - 1].lw, "re", 2) == 0 &&
                L->t[L->nt - 1].off + 2 == i)
                break;
            if (i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/')
                L->marks |= FUL_SAW_LINK; /* https:// */
            brk = T_BREAK;
            break;
        case '.':
            if (i > start && i + 1 < n && ful_low[(unsigned char)s[i - 1]] && ful_low[(unsigned char)s[i + 1]])
                L->marks |= FUL_SAW_LINK; /* www.acme.com, jane.doe: maybe an address */
            /* "Mrs. Lee", "Dr. Patel": a title's dot ends no clause */
            if (L->nt > 0 && L->t[L->nt - 1].off + L->t[L->nt - 1].len == i && ful_title(L->r[L->nt - 1].lw, L->r[L->nt - 1].len))
                break;
            /* "Lena K. to return the form": an initial's dot neither */
            if (L->nt > 1 && L->r[L->nt - 1].len == 1 && L->t[L->nt - 1].off + 1 == i && (L->t[L->nt - 1].flags & T_CAP) &&
                !(L->t[L->nt - 1].flags & T_BREAK) && (L->t[L->nt - 2].flags & T_CAP) && i + 1 < n && s[i + 1] == ' ')
                break;
            brk = T_BREAK;
            break;
        case '&': case '+':
            L->marks |= FUL_SAW_AMP;
            break;
        case '(':
            L->marks |= FUL_SAW_PAREN;
            brk = T_BREAK;
            break;
        case ',': case ';': case '!': case '?': case ')':
        case '[': case ']': case '{': case '}': case '|': case '\r': case '\n':
            brk = T_BREAK;
            break;
        case '-':
            /* a spaced dash or "--" separates; "follow-up" does not */
            if (i == start || s[i - 1] == ' ' || s[i - 1] == '\t' || (i + 1 < n && s[i + 1] == '-'))
                brk = T_BREAK;
            break;
        case '#':
            L->marks |= FUL_SAW_HASH;
            sig = T_TAG;
            i++;
            continue;
        case '@':
            /* "@Maria to send": a mention is a person, read as a name;
             * jane@acme.com is an address (ful_mark_links) */
            sig = (i == start || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '(') ? T_CAP : 0;
            i++;
            continue;
        default:
            break;
        }
        sig = 0;
        i++;
    next_byte:;
    }
    if (i < n)
        L->truncated = 1;
    L->done = done;
}

/* A token's lowercased bytes outgrow its text only by the shorthands (w/
 * -> with, w/o -> without: at most 4 bytes a token, FUL_MAXTOK tokens), so
 * a line this short never fills lc. */
#define FUL_ROOMY (FUL_LCBUF - 4 * FUL_MAXTOK)

static void ful_tokenize(ful_cline *L, size_t start)
{
    if (L->n - start <= FUL_ROOMY)
        ful_tokenize_in(L, start, 1);
    else
        ful_tokenize_in(L, start, 0);
}

/* What a word can do in a fact clause (ful_fact_clause): end its subject
 * as a verb of how things stand ("License expires 6/30", "Deal depends on
 * the board vote", "They seem keen": never anyone's step, whatever date
 * stands beside it), as one that is a state only with no day named ("they
 * use Salesforce", "prefers the 5 Fr sheath"; but "prefer to meet Tue"),
 * or as a negation, an intensifier or "on"/"in"/"up". */
enum { FW_NONE, FW_STATE, FW_WEAK, FW_STOP, FW_KIND = 3 };

/* What the rules look for in a word, by its id: its fact-clause kind (FW_*,
 * the low bits) and the marks (FUL_SAW_*) it gives its line. One load a
 * token in the lookup, where a switch on the length and byte compares were
 * a clause's mispredicted jumps, and a gate read once, not a walk of the
 * tokens for each rule. FUL_SAW_FACT: a word without which no fact clause
 * can stand (ful_fact_clause's verbs and states, "is" of ful_be_done, the
 * negations of ful_not_done, "on hold", "up in", "very keen"). */
#define F FUL_SAW_FACT
#define D FUL_SAW_DONE
static const uint32_t ful_wrule[FUL_NWIDS + 1] = {
    [FUL_W_on] = FW_STOP, [FUL_W_in] = FW_STOP, [FUL_W_still] = FW_STOP, [FUL_W_up] = FW_STOP | F | FUL_SAW_MOVEDIR,
    [FUL_W_not] = FW_STOP | F, [FUL_W_too] = FW_STOP | F, [FUL_W_very] = FW_STOP | F, [FUL_W_never] = FW_STOP | F,
    [FUL_W_super] = FW_STOP | F, [FUL_W_quite] = FW_STOP | F, [FUL_W_hasnt] = FW_STOP | F, [FUL_W_didnt] = FW_STOP | F,
    [FUL_W_really] = FW_STOP | F, [FUL_W_havent] = FW_STOP | F, [FUL_W_hasn_t] = FW_STOP | F,
    [FUL_W_didn_t] = FW_STOP | F, [FUL_W_haven_t] = FW_STOP | F,
    [FUL_W_doesn_t] = FW_STOP | F, [FUL_W_doesnt] = FW_STOP | F, [FUL_W_doesnae] = FW_STOP | F,
    [FUL_W_ends] = FW_STATE | F, [FUL_W_cost] = FW_STATE | F, [FUL_W_seem] = FW_STATE | F, [FUL_W_lack] = FW_STATE | F,
    [FUL_W_cover] = FW_STATE | F, [FUL_W_costs] = FW_STATE | F, [FUL_W_seems] = FW_STATE | F,
    [FUL_W_looks] = FW_STATE | F, [FUL_W_lacks] = FW_STATE | F, [FUL_W_means] = FW_STATE | F,
    [FUL_W_expire] = FW_STATE | F, [FUL_W_covers] = FW_STATE | F, [FUL_W_depend] = FW_STATE | F,
    [FUL_W_hinges] = FW_STATE | F, [FUL_W_seemed] = FW_STATE | F, [FUL_W_sounds] = FW_STATE | F,
    [FUL_W_lapses] = FW_STATE | F, [FUL_W_expires] = FW_STATE | F, [FUL_W_include] = FW_STATE | F,
    [FUL_W_depends] = FW_STATE | F, [FUL_W_belongs] = FW_STATE | F, [FUL_W_remains] = FW_STATE | F,
    [FUL_W_exceeds] = FW_STATE | F, [FUL_W_includes] = FW_STATE | F, [FUL_W_contains] = FW_STATE | F,
    [FUL_W_use] = FW_WEAK | F, [FUL_W_uses] = FW_WEAK | F, [FUL_W_employ] = FW_WEAK | F, [FUL_W_prefer] = FW_WEAK | F,
    [FUL_W_employs] = FW_WEAK | F, [FUL_W_prefers] = FW_WEAK | F,
    [FUL_W_is] = F, [FUL_W_are] = F, [FUL_W_was] = F, [FUL_W_were] = F, [FUL_W_be] = F, [FUL_W_hold] = F, [FUL_W_table] = F, [FUL_W_file] = F,
    [FUL_W_play] = F,
    [FUL_W_per] = FUL_SAW_PER,
    [FUL_W_ignore] = FUL_SAW_VOID, [FUL_W_disregard] = FUL_SAW_VOID, [FUL_W_dupe] = FUL_SAW_VOID,
    [FUL_W_duplicate] = FUL_SAW_VOID,
    [FUL_W_pain] = FUL_SAW_FIELD, [FUL_W_pains] = FUL_SAW_FIELD, [FUL_W_objection] = FUL_SAW_FIELD,
    [FUL_W_objections] = FUL_SAW_FIELD, [FUL_W_competitor] = FUL_SAW_FIELD, [FUL_W_competitors] = FUL_SAW_FIELD,
    [FUL_W_competition] = FUL_SAW_FIELD, [FUL_W_background] = FUL_SAW_FIELD, [FUL_W_context] = FUL_SAW_FIELD,
    [FUL_W_incumbent] = FUL_SAW_FIELD, [FUL_W_budget] = FUL_SAW_FIELD, [FUL_W_champion] = FUL_SAW_FIELD,
    [FUL_W_timeline] = FUL_SAW_FIELD, [FUL_W_timing] = FUL_SAW_FIELD, [FUL_W_authority] = FUL_SAW_FIELD,
    [FUL_W_metrics] = FUL_SAW_FIELD, [FUL_W_eb] = FUL_SAW_FIELD, [FUL_W_dm] = FUL_SAW_FIELD,
    [FUL_W_risk] = FUL_SAW_FIELD, [FUL_W_risks] = FUL_SAW_FIELD, [FUL_W_blocker] = FUL_SAW_FIELD,
    [FUL_W_blockers] = FUL_SAW_FIELD, [FUL_W_concern] = FUL_SAW_FIELD, [FUL_W_concerns] = FUL_SAW_FIELD,
    [FUL_W_obj] = FUL_SAW_FIELD, [FUL_W_results] = FUL_SAW_FIELD, [FUL_W_stats] = FUL_SAW_FIELD,
    [FUL_W_status] = FUL_SAW_FIELD, [FUL_W_amount] = FUL_SAW_FIELD, [FUL_W_stage] = FUL_SAW_FIELD,
    [FUL_W_forecast] = FUL_SAW_FIELD, [FUL_W_probability] = FUL_SAW_FIELD, [FUL_W_acv] = FUL_SAW_FIELD,
    [FUL_W_value] = FUL_SAW_FIELD, [FUL_W_arr] = FUL_SAW_FIELD, [FUL_W_mrr] = FUL_SAW_FIELD, [FUL_W_tcv] = FUL_SAW_FIELD,
    [FUL_W_side] = FUL_SAW_OURS, [FUL_W_renews] = F, [FUL_W_starts] = F, [FUL_W_begins] = F,
    [FUL_W_fy] = F, [FUL_W_runs] = F, [FUL_W_lasts] = F, [FUL_W_cycle] = F, [FUL_W_period] = F, [FUL_W_season] = F,
    /* ful_past_verb's irregular pasts: a record of what was done ("Invoice 2291 paid") */
    [FUL_W_ran] = D, [FUL_W_had] = D, [FUL_W_saw] = D, [FUL_W_got] = D, [FUL_W_won] = D, [FUL_W_met] = D,
    [FUL_W_took] = D, [FUL_W_made] = D, [FUL_W_came] = D, [FUL_W_left] = D, [FUL_W_felt] = D, [FUL_W_lost] = D,
    [FUL_W_went] = D, [FUL_W_done] = D | FUL_SAW_MOVEEND, [FUL_W_paid] = D, [FUL_W_sold] = D, [FUL_W_spent] = D, [FUL_W_chose] = D,
    [FUL_W_given] = D, [FUL_W_taken] = D, [FUL_W_built] = D, [FUL_W_bought] = D, [FUL_W_thought] = D,
    /* ful_time_clause_at's words, read from here (its only list); "to follow" */
    [FUL_W_before] = FUL_SAW_TIMEW, [FUL_W_after] = FUL_SAW_TIMEW, [FUL_W_until] = FUL_SAW_TIMEW,
    [FUL_W_till] = FUL_SAW_TIMEW, [FUL_W_when] = FUL_SAW_TIMEW, [FUL_W_once] = FUL_SAW_TIMEW,
    [FUL_W_while] = FUL_SAW_TIMEW, [FUL_W_follow] = FUL_SAW_FOLLOW, [FUL_W_go] = FUL_SAW_FOLLOW,
    [FUL_W_from] = FUL_SAW_FROM,
    /* ful_figure_moved's words, read from here (with "done" and "up" above) */
    [FUL_W_complete] = FUL_SAW_MOVEEND, [FUL_W_completed] = FUL_SAW_MOVEEND, [FUL_W_finished] = FUL_SAW_MOVEEND,
    [FUL_W_down] = FUL_SAW_MOVEDIR,
    [FUL_W_grew] = D, [FUL_W_fell] = D, [FUL_W_kept] = D, [FUL_W_cut] = D, [FUL_W_began] = D, [FUL_W_wrote] = D,
    [FUL_W_spoke] = D, [FUL_W_broke] = D, [FUL_W_brought] = D,
    /* ful_status_at's habit words, read from here (its only list): "Legal usually takes 3 weeks" */
    [FUL_W_usually] = FUL_SAW_HABIT, [FUL_W_typically] = FUL_SAW_HABIT, [FUL_W_normally] = FUL_SAW_HABIT,
    [FUL_W_always] = FUL_SAW_HABIT, [FUL_W_generally] = FUL_SAW_HABIT, [FUL_W_often] = FUL_SAW_HABIT,
    [FUL_W_sometimes] = FUL_SAW_HABIT, [FUL_W_rarely] = FUL_SAW_HABIT, [FUL_W_mostly] = FUL_SAW_HABIT,
    [FUL_W_quarterly] = FUL_SAW_HABIT, [FUL_W_weekly] = FUL_SAW_HABIT, [FUL_W_monthly] = FUL_SAW_HABIT,
    [FUL_W_annually] = FUL_SAW_HABIT, [FUL_W_yearly] = FUL_SAW_HABIT, [FUL_W_daily] = FUL_SAW_HABIT,
    [FUL_W_biweekly] = FUL_SAW_HABIT,
    /* the words actors.c looks for first (cline.h): a line without them skips those walks */
#define FUL_NAME_ENTRY(w, k) [FUL_W_##w] = FUL_NAME_MARK(k),
    FUL_NAME_WORDS(FUL_NAME_ENTRY)
#undef FUL_NAME_ENTRY
};
#undef F
#undef D

/* Word sets a rule tests a word against, by id: one load, where a list of
 * literal words was a loop of length and byte compares. */
enum {
    FUL_WS_UNIT = 1,    /* ful_quantity: "15 min", "3 people", "40 seats" */
    FUL_WS_CHANNEL = 2, /* ful_channel_word: "SMS from Jun:", "Slack" */
    FUL_WS_SOURCE = 4,  /* ful_source_from: "(per email)", "per the thread" */
    FUL_WS_STATEV = 16, /* ful_status_at: "Priya owns the budget", "he hates long decks" */
    FUL_WS_MOOD = 32    /* ful_status_at: "client happy w/ the demo" */
};
static const uint8_t ful_wset[FUL_NWIDS + 1] = {
    [FUL_W_min] = FUL_WS_UNIT, [FUL_W_mins] = FUL_WS_UNIT, [FUL_W_minutes] = FUL_WS_UNIT,
    [FUL_W_hr] = FUL_WS_UNIT, [FUL_W_hrs] = FUL_WS_UNIT, [FUL_W_hour] = FUL_WS_UNIT,
    [FUL_W_hours] = FUL_WS_UNIT, [FUL_W_people] = FUL_WS_UNIT, [FUL_W_users] = FUL_WS_UNIT,
    [FUL_W_seats] = FUL_WS_UNIT, [FUL_W_licenses] = FUL_WS_UNIT, [FUL_W_reps] = FUL_WS_UNIT,
    [FUL_W_sites] = FUL_WS_UNIT, [FUL_W_shifts] = FUL_WS_UNIT, [FUL_W_percent] = FUL_WS_UNIT,
    [FUL_W_x] = FUL_WS_UNIT, [FUL_W_sms] = FUL_WS_CHANNEL, [FUL_W_text] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_slack] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_teams] = FUL_WS_CHANNEL,
    [FUL_W_whatsapp] = FUL_WS_CHANNEL, [FUL_W_wa] = FUL_WS_CHANNEL, [FUL_W_linkedin] = FUL_WS_CHANNEL,
    [FUL_W_email] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_e_mail] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_msg] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_message] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_dm] = FUL_WS_CHANNEL, [FUL_W_imessage] = FUL_WS_CHANNEL, [FUL_W_wechat] = FUL_WS_CHANNEL,
    [FUL_W_telegram] = FUL_WS_CHANNEL, [FUL_W_signal] = FUL_WS_CHANNEL, [FUL_W_inmail] = FUL_WS_CHANNEL,
    [FUL_W_chat] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_emails] = FUL_WS_SOURCE,
    [FUL_W_conversation] = FUL_WS_SOURCE, [FUL_W_discussion] = FUL_WS_SOURCE, [FUL_W_request] = FUL_WS_SOURCE,
    [FUL_W_ask] = FUL_WS_SOURCE, [FUL_W_notes] = FUL_WS_SOURCE, [FUL_W_note] = FUL_WS_SOURCE,
    [FUL_W_above] = FUL_WS_SOURCE, [FUL_W_below] = FUL_WS_SOURCE, [FUL_W_thread] = FUL_WS_SOURCE,
    [FUL_W_convo] = FUL_WS_SOURCE, [FUL_W_vm] = FUL_WS_SOURCE, [FUL_W_voicemail] = FUL_WS_SOURCE,
    [FUL_W_feedback] = FUL_WS_SOURCE, [FUL_W_sync] = FUL_WS_SOURCE, [FUL_W_agreement] = FUL_WS_SOURCE,
    [FUL_W_manage] = FUL_WS_STATEV, /* (not "owns": "Jess owns the approval" is a to-do handed over) */
    [FUL_W_manages] = FUL_WS_STATEV, [FUL_W_oversee] = FUL_WS_STATEV, [FUL_W_oversees] = FUL_WS_STATEV,
    [FUL_W_love] = FUL_WS_STATEV, [FUL_W_loves] = FUL_WS_STATEV, [FUL_W_hate] = FUL_WS_STATEV,
    [FUL_W_hates] = FUL_WS_STATEV, [FUL_W_like] = FUL_WS_STATEV, [FUL_W_likes] = FUL_WS_STATEV,
    [FUL_W_dislike] = FUL_WS_STATEV, [FUL_W_dislikes] = FUL_WS_STATEV, [FUL_W_prefers] = FUL_WS_STATEV,
    /* "her son plays rugby", "ITAR applies", "the distributor stocks two brands" */
    [FUL_W_plays] = FUL_WS_STATEV, [FUL_W_lives] = FUL_WS_STATEV, [FUL_W_applies] = FUL_WS_STATEV,
    [FUL_W_carries] = FUL_WS_STATEV, [FUL_W_stocks] = FUL_WS_STATEV,
    [FUL_W_leads] = FUL_WS_STATEV, [FUL_W_runs] = FUL_WS_STATEV, /* "Min-jun leads the eval team", "she runs procurement" */
    [FUL_W_happy] = FUL_WS_MOOD, [FUL_W_unhappy] = FUL_WS_MOOD, [FUL_W_keen] = FUL_WS_MOOD,
    [FUL_W_excited] = FUL_WS_MOOD, [FUL_W_impressed] = FUL_WS_MOOD, [FUL_W_frustrated] = FUL_WS_MOOD,
    [FUL_W_annoyed] = FUL_WS_MOOD, [FUL_W_skeptical] = FUL_WS_MOOD, [FUL_W_sceptical] = FUL_WS_MOOD,
    [FUL_W_nervous] = FUL_WS_MOOD, [FUL_W_worried] = FUL_WS_MOOD, [FUL_W_concerned] = FUL_WS_MOOD,
    [FUL_W_pleased] = FUL_WS_MOOD, [FUL_W_thrilled] = FUL_WS_MOOD, [FUL_W_satisfied] = FUL_WS_MOOD,
    [FUL_W_disappointed] = FUL_WS_MOOD, [FUL_W_upset] = FUL_WS_MOOD, [FUL_W_hesitant] = FUL_WS_MOOD,
    [FUL_W_cautious] = FUL_WS_MOOD, [FUL_W_receptive] = FUL_WS_MOOD, [FUL_W_lukewarm] = FUL_WS_MOOD,
};

/* Looks every token up; phrases never cross a clause break. */
static void ful_lookup(ful_cline *L, const ful_rules *rules)
{
    int i = 0, cend = 0, marks = 0;
    uint32_t any = 0;
    unsigned fl = 0;
    ful_clause_ends(L);
    while (i < L->nt) {
        int span = 1;
        ful_tok *t = &L->t[i];
        if (i >= cend)
            cend = L->cend[i];
        int phr = -1;
        t->wid = (uint16_t)FUL_WID_NONE; /* ("12": no word the rules name starts with a digit) */
        fl |= t->flags;
        if (!(t->flags & T_NUM) || t->len > 2)
            any |= t->bits = ful_rules_cue(rules, L->r, cend, i, &span, &t->wid, &phr);
        marks |= ful_wrule[t->wid];
        if (span > 1) {
            int k;
            t->span = (uint8_t)span;
            for (k = 1; k < span && i + k < L->nt; k++) {
                L->t[i + k].flags |= T_INPHR;
                fl |= L->t[i + k].flags;
                /* rules name a phrase's words too: a built-in phrase knows its ids */
                L->t[i + k].wid = phr >= 0 ? ful_phrase_word_id(phr, k) : ful_rules_word_id(&L->r[i + k]);
                marks |= ful_wrule[L->t[i + k].wid];
            }
        }
        i += span;
    }
    L->any = any;
    L->marks |= (marks & (FUL_SAW_WORDS | FUL_SAW_DONE | FUL_SAW_NAMEWORD | FUL_SAW_SPLIT | FUL_SAW_TIMEW | FUL_SAW_FOLLOW |
                          FUL_SAW_MOVEEND | FUL_SAW_MOVEDIR | FUL_SAW_HABIT | FUL_SAW_FROM)) |
                ((fl & T_NUM) ? FUL_SAW_NUM : 0);
}

/* ---- reading the clauses ---- */

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
static int ful_next(const ful_cline *L, int i, int end)
{
    for (i++; i < end; i++)
        if (!(L->t[i].flags & (T_INPHR | T_TAG)))
            return i;
    return -1;
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

/* Are tokens [0, h) all label words ("TODO", "NS", "Next step")? */
static int ful_labels(const ful_cline *L, int h)
{
    int k;
    for (k = 0; k < h; k++)
        if (!(ful_is_id(L, k, FUL_W_todo) || ful_is_id(L, k, FUL_W_to_do) || ful_is_id(L, k, FUL_W_ns) ||
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
static int ful_later_label(const ful_cline *L)
{
    int k, e;
    if (!(L->marks & FUL_SAW_LABEL))
        return 0;
    int notes = 0;
    for (k = 1; k + 1 < L->nt; k++) {
        if (!(L->t[k].flags & T_BREAK))
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

/* "SMS from Jun: sir I will send it Fri", "Sergei: we will give you
 * feedback Monday": a message pasted in, its words the client's own (as
 * in quotes: I and we are the client, you the seller). The channel, or a
 * speaker whose message speaks to "you", then a colon. Returns the first
 * token of the message, or 0. */
/* "Will update you once approved by management - Ramon": a message signed
 * after a dash, to "you", is the signer's words; the first token of the
 * signature, or 0. */
static int ful_signoff(const ful_cline *L)
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

static int ful_message_prefix(const ful_cline *L)
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
static int ful_spoken_label(const ful_cline *L)
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

/* "Next step: Will call Jen", "Action - pricing": label words (fillers)
 * then a break; what follows is read as the line's start. */
static void ful_find_head(ful_cline *L)
{
    int h = 0;
    L->head = 0;
    while (h < L->nt && (L->t[h].bits & FUL_CUE_FILLER) &&
           !(L->t[h].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_ACT | FUL_CUE_DELIV | FUL_CUE_CHASE)))
        h++;
    if (h > 0 && h < L->nt && (L->t[h].flags & T_BREAK))
        L->head = h;
    else if (h > 0 && h < L->nt && !(L->t[h].flags & T_NUM) && !(L->t[h].bits & FUL_CUE_DATE) && ful_labels(L, h))
        L->head = h; /* "TODO Will call Jen", "NS jen to send PO": a label typed without its colon */
}

/* "tom's", "Priya's": a word with a trailing 's (a possessive, or "is") */
static int ful_ends_s(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 2 && r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 's';
}

/* "sending", "thinking": a word ending in -ing, longer than "ring" */
static int ful_ends_ing(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 4 && memcmp(r->lw + r->len - 3, "ing", 3) == 0;
}

/* a word ending like a verb of a third person or the past: brings, booked */
static int ful_verb_shape(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (r->len < 3 || (L->t[i].flags & T_NUM))
        return 0;
    if (r->lw[r->len - 1] == 's' && r->lw[r->len - 2] != 's' && r->lw[r->len - 2] != '\'')
        return 1;
    return r->len > 3 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd';
}

/* A meeting noun a few nouns ahead: "Steering group decision session". */
static int ful_event_ahead(const ful_cline *L, int i, int end)
{
    int k, j = i;
    for (k = 0; k < 4 && j >= 0; k++, j = ful_next(L, j, end)) {
        uint32_t b = L->t[j].bits;
        if (b & FUL_CUE_EVENT)
            return j;
        if (k > 0 && (b & (VERBISH | FUL_CUE_ART | FUL_CUE_WITH)))
            return -1;
        if (k > 0 && !(b & FUL_CUE_WORD) && ful_verb_shape(L, j))
            return -1;
    }
    return -1;
}

/* "signed", "approved": a past participle, read as an adjective before a noun */
static int ful_participle(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return L->t[i].span == 1 && r->len > 4 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd';
}

/* "went", "ran", "dropped": a verb in the past (irregular, a recap word,
 * or an -ed no cue knows): "Call went 15 min over", "call dropped halfway". */
static int ful_past_verb(const ful_cline *L, int i)
{
    if ((L->t[i].bits & FUL_CUE_RECAP) ||
        (!(L->t[i].bits & FUL_CUE_WORD) && !(L->t[i].flags & T_CAP) && ful_participle(L, i)))
        return 1;
    /* irregular pasts ("paid", "went"): ful_wrule's D words, one load by id;
     * "cut" only where no modal or "to" makes it the plain verb ("they'll cut a PO") */
    return (ful_wrule[L->t[i].wid] & FUL_SAW_DONE) != 0 &&
           !(L->t[i].wid == FUL_W_cut && i > 0 &&
             ((L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) || L->t[i - 1].wid == FUL_W_to));
}

/* Is a "call"/"review" at the start of a clause a noun ("Call with their
 * CFO booked")? */
static int ful_noun_start(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end);
    if (j < 0)
        return 1;
    return (L->t[j].bits & (FUL_CUE_WITH | FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_DATE)) ||
           (L->t[j].flags & T_NUM) || ful_is_id(L, j, FUL_W_at) || ful_is_id(L, j, FUL_W_on) || ful_past_verb(L, j) ||
           (!(L->t[j].flags & T_CAP) && ful_participle(L, j)); /* "call dropped halfway" */
}


/* "Discussed pricing tiers", "Walked them through the demo", "Went over
 * the questionnaire": what was said on the call, told after it; a recap,
 * never a step of its own (nor a participle before a document). */
static int ful_recap_verb(const ful_cline *L, int i)
{
    return (L->t[i].bits & FUL_CUE_RECAP) && !(L->t[i].flags & T_QUOTED);
}

/* An unknown word like "thy'll", "theyll'd": a contracted pronoun. */
static int ful_contraction(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 3 && ((r->lw[r->len - 3] == '\'' && r->lw[r->len - 2] == 'l' && r->lw[r->len - 1] == 'l') ||
                          (r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'd'));
}

/* "she's", "we're", "they're", "he's": a pronoun with its "be" */
static int ful_contraction_be(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 3 && ((r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 's') ||
                          (r->lw[r->len - 3] == '\'' && r->lw[r->len - 2] == 'r' && r->lw[r->len - 1] == 'e') ||
                          (r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'm'));
}

/* After a clause-opening "will" (hedges skipped): a verb of client effort
 * only, not the seller's sending or chasing ("Will probably sign"). */
static int ful_client_verb_after(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end);
    while (j >= 0 && (L->t[j].bits & FUL_CUE_HEDGE) && !(L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_CHASE)))
        j = ful_next(L, j, end);
    return j >= 0 && (L->t[j].bits & FUL_CUE_ACT) &&
           !(L->t[j].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_EVENT | FUL_CUE_JOINT | FUL_CUE_SETUP));
}

/* "to them", "to the client" after token i: the seller hands it over. */
static int ful_to_client(const ful_cline *L, int i, int end)
{
    int j;
    for (j = i + 1; j + 1 < end; j++)
        if (ful_is_id(L, j, FUL_W_to) && (L->t[j + 1].bits & (FUL_CUE_COBJ | FUL_CUE_CLIENT | FUL_CUE_ART)))
            return 1;
    return 0;
}

/* "give us|me" in quotes, "give them|him|her" outside, then time within a
 * few words ("a couple of weeks", "some time"): the client's thinking time. */
static int ful_gives_time(const ful_cline *L, int i, int end)
{
    int j, k, n;
    if (!ful_is_id(L, i, FUL_W_give) || (j = ful_next(L, i, end)) < 0)
        return 0;
    if (!(((L->t[j].bits & FUL_CUE_SOBJ) && (L->t[j].flags & T_QUOTED)) ||
          ((L->t[j].bits & FUL_CUE_COBJ) && !(L->t[j].flags & T_QUOTED) && !ful_is_id(L, j, FUL_W_it))))
        return 0;
    for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 5; k = ful_next(L, k, end), n++) {
        if (ful_is_id(L, k, FUL_W_time) || ful_is_id(L, k, FUL_W_weeks) || ful_is_id(L, k, FUL_W_week) ||
            ful_is_id(L, k, FUL_W_days) || ful_is_id(L, k, FUL_W_months) || ful_is_id(L, k, FUL_W_month))
            return 1;
        if (L->t[k].bits & (FUL_CUE_DNOUN | VERBISH))
            return 0; /* "give them free access for 30 days": a deliverable */
    }
    return 0;
}

/* "time", "another week", "a few more days", "two weeks" from token j: a
 * stretch of time ("they need another week": to think, not a thing). */
static int ful_time_ahead(const ful_cline *L, int j, int end)
{
    int n;
    for (n = 0; j >= 0 && n < 4; j = ful_next(L, j, end), n++) {
        if (ful_is_id(L, j, FUL_W_it) || ful_is_id(L, j, FUL_W_that) || ful_is_id(L, j, FUL_W_these) || ful_is_id(L, j, FUL_W_those))
            return 0; /* "legal needs it this week": a thing they need by then, not time */
        if (ful_is_id(L, j, FUL_W_time) || ful_is_id(L, j, FUL_W_day) || ful_is_id(L, j, FUL_W_days) ||
            ful_is_id(L, j, FUL_W_week) || ful_is_id(L, j, FUL_W_weeks) || ful_is_id(L, j, FUL_W_wk) ||
            ful_is_id(L, j, FUL_W_wks) || ful_is_id(L, j, FUL_W_month) || ful_is_id(L, j, FUL_W_months)) {
            int k = ful_next(L, j, end);
            /* "a 30-day trial", "a day pass", "a 2 week trial": a thing */
            return !(L->t[j].off > 0 && L->s[L->t[j].off - 1] == '-') &&
                   !(k >= 0 && ((L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_ACT)) || (!(L->t[k].bits & FUL_CUE_WORD) && !(L->t[k].flags & T_NUM))));
        }
        if (!((L->t[j].bits & (FUL_CUE_ART | FUL_CUE_FILLER)) || (L->t[j].flags & T_NUM) || ful_is_id(L, j, FUL_W_few) ||
              ful_is_id(L, j, FUL_W_couple) || ful_is_id(L, j, FUL_W_extra) || ful_is_id(L, j, FUL_W_two) || ful_is_id(L, j, FUL_W_more)))
            return 0;
    }
    return 0;
}

/* After an opening "will"/"should": "have|get|receive" and a client's
 * paper within a few words ("will have the signed PO by Fri"): the seller
 * receives it, the client sends it. */
static int ful_receive_paper(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end), k, n;
    if (j < 0 || !(ful_is_id(L, j, FUL_W_have) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_receive)))
        return 0;
    for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 4; k = ful_next(L, k, end), n++) {
        if (L->t[k].bits & FUL_CUE_CDOC) {
            /* (a paper followed by "to them" is ours, on its way to them) */
            j = ful_next(L, k, end);
            return !(j >= 0 && ful_is_id(L, j, FUL_W_to) && (j = ful_next(L, j, end)) >= 0 &&
                     (L->t[j].bits & (FUL_CUE_COBJ | FUL_CUE_CLIENT | FUL_CUE_POSS)));
        }
        if (L->t[k].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER))
            return 0;
    }
    return 0;
}

/* "120k", "$40,000", "50", "15%": a figure (no date's '/', ':' or '-'). */
static int ful_figure(const ful_cline *L, int j)
{
    const char *p = L->s + L->t[j].off, *e = p + L->t[j].len;
    int digits = 0;
    if (!(L->t[j].flags & T_NUM))
        return 0;
    for (; p < e; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (!(*p == 'k' || *p == 'K' || *p == 'm' || *p == 'M' || *p == '$' || *p == '%' || *p == ',' || *p == '.'))
            return 0;
    }
    return digits >= 3 || (digits > 0 && (int)L->t[j].len > digits); /* "120k", "$40"; "Demo 15" is a day */
}

/* "MAP", "ROI", "SOW": a word of two to six capitals (or digits). */
static int ful_acronym(const ful_cline *L, int i)
{
    const char *p = L->s + L->t[i].off, *e = p + L->t[i].len;
    if (L->t[i].len < 2 || L->t[i].len > 6 || !(L->t[i].flags & T_CAP))
        return 0;
    for (; p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')); p++)
        ;
    return p == e;
}

/* Tokens from the figure at j to end are "120k" or "120k EUR": a figure
 * and at most a code of three capitals after it (a currency, ARR). */
static int ful_figure_to_end(const ful_cline *L, int j, int end)
{
    if (j + 2 < end || !(L->t[j].flags & T_NUM) || !ful_figure(L, j))
        return 0; /* (most lines go on past two words: no figure test) */
    return j + 1 == end || (L->t[j + 1].len == 3 && ful_acronym(L, j + 1) && !(L->t[j + 1].flags & T_BREAK));
}

/* "dials 4", "connects 0", "meetings 2": a count kept under a plural
 * word, a tally of the day, not a step ("call 3" may be at three) */
static int ful_tally(const ful_cline *L, int a, int end)
{
    const ful_rtok *r = &L->r[a], *n;
    size_t k;
    if (end - a != 2 || !(L->t[a + 1].flags & T_NUM) || (L->t[a].bits & FUL_CUE_DATE) || r->len < 4 ||
        r->lw[r->len - 1] != 's' || r->lw[r->len - 2] == 's' || r->lw[r->len - 2] == '\'')
        return 0;
    n = &L->r[a + 1];
    if (n->len > 3 || L->t[a + 1].len != n->len)
        return 0;
    for (k = 0; k < n->len; k++)
        if (n->lw[k] < '0' || n->lw[k] > '9')
            return 0;
    return 1;
}

static int ful_quantity(const ful_cline *L, int k);

/* The subject of the clause [a, end): sets *st to its token. */
/* "PO from Acme by Fri", "Reply from Kenji re: scope by Mon", "go/no-go
 * from steering committee 12/18": a thing asked of the client, "from" and
 * who gives it: theirs to give. Token i is the thing (a noun, or a verb's
 * word right before "from"); the giver is a client's role, "their", a name. */
static int ful_from_client(const ful_cline *L, int i, int end)
{
    int j, k, n;
    uint32_t b = L->t[i].bits;
    if (!(L->marks & FUL_SAW_FROM))
        return 0; /* no "from" on the line: nothing came from anyone */
    j = ful_next(L, i, end);
    if ((L->t[i].flags & (T_QUOTED | T_NAME | T_NUM)) || ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_got) || ful_is_id(L, i, FUL_W_grab) ||
        ful_is_id(L, i, FUL_W_collect) || ful_is_id(L, i, FUL_W_obtain) || ful_is_id(L, i, FUL_W_pick))
        return 0;
    /* "positive feedback from ops", "no word from legal": what came back, a record */
    if (ful_is_id(L, i, FUL_W_positive) || ful_is_id(L, i, FUL_W_good) || ful_is_id(L, i, FUL_W_great) ||
        ful_is_id(L, i, FUL_W_nice) || ful_is_id(L, i, FUL_W_negative) || ful_is_id(L, i, FUL_W_mixed) ||
        ful_is_id(L, i, FUL_W_strong) || ful_is_id(L, i, FUL_W_solid) || ful_is_id(L, i, FUL_W_lukewarm) ||
        ful_is_id(L, i, FUL_W_no) || ful_is_id(L, i, FUL_W_some))
        return 0;
    if ((b & (VERBISH | FUL_CUE_EVENT)) && !(b & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !ful_is_id(L, j, FUL_W_from))
        return 0; /* "Get the PO from Acme": ours to fetch */
    for (n = 0; j >= 0 && n < 4 && !ful_is_id(L, j, FUL_W_from); n++, j = ful_next(L, j, end))
        if ((L->t[j].bits & (VERBISH | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE)) &&
            !(L->t[j].bits & FUL_CUE_DNOUN))
            return 0;
    if (j < 0 || !ful_is_id(L, j, FUL_W_from) || (k = ful_next(L, j, end)) < 0)
        return 0;
    if (ful_is_id(L, k, FUL_W_the) && (j = ful_next(L, k, end)) >= 0)
        k = j;
    b = L->t[k].bits;
    if (b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE))
        return 0;
    return ((b & (FUL_CUE_CLIENT | FUL_CUE_POSS)) && !(b & VERBISH)) || (L->t[k].flags & T_NAME) ||
           ((L->t[k].flags & T_CAP) && !(b & FUL_CUE_WORD)) || ful_is_id(L, k, FUL_W_steering);
}

static int ful_obtain_from(const ful_cline *L, int from, int end);
/* (its first word tested inline: most clauses open on neither, and for
 * them the call cost more than the test) */
static inline int ful_obtain(const ful_cline *L, int from, int end)
{
    return (ful_is_id(L, from, FUL_W_get) || ful_is_id(L, from, FUL_W_obtain)) && ful_obtain_from(L, from, end);
}

/* (one caller, ful_read_line: inlined, as the compiler did before it grew) */
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
    if (lead + 1 < end && ful_is_id(L, lead, FUL_W_keep) && L->t[lead].span == 1 && ful_ends_ing(L, lead + 1) &&
        (L->t[lead + 1].bits & VERBISH))
        lead++; /* "keep chasing Ana for the PO": the verb after it is the step */
    for (i = a; i < end; i++) {
        const ful_tok *t = &L->t[i];
        if ((t->flags & (T_INPHR | T_TAG)) || (i + 1 == lead && ful_is_id(L, i, FUL_W_keep)))
            continue;
        if (i == lead && ful_obtain(L, i, end))
            return *st = i, S_SELLER; /* "get sign-off from their CFO": ours to chase (ful_seller_clause) */
        if (i == lead && (t->flags & T_CAP) && !(t->flags & (T_UPPER | T_NUM)) && !(t->bits & FUL_CUE_WORD) && t->span == 1 &&
            i + 1 < end && !(L->t[i + 1].flags & T_BREAK) && (ful_wset[L->t[i + 1].wid] & FUL_WS_MOOD))
            return *st = i, S_CLIENT; /* "Tom happy, will sign Fri": a name and how they feel */
        b = t->bits;
        /* "no answer today", "no decision yet": a status, not a to-do */
        if ((b & FUL_CUE_NEG) && t->span == 1)
            return *st = i, S_NONE; /* (ful_read_line: a status) */
        /* "Sir will discuss with management", "Madam said she'll sign": the
         * address is the person (not "Sir, please find attached") */
        if ((ful_is_id(L, i, FUL_W_sir) || ful_is_id(L, i, FUL_W_madam) || ful_is_id(L, i, FUL_W_ma_am)) && i + 1 < end &&
            !(L->t[i + 1].flags & T_BREAK) && (L->t[i + 1].bits & (FUL_CUE_MODAL | FUL_CUE_SPEECH)) &&
            !(L->t[i + 1].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_YOU)))
            return *st = i, S_CLIENT;
        /* skip what cannot be a subject: fillers, dates, numbers, hedging
         * adverbs, a letter before a hyphen ("E-mail the deck", "X-ray") */
        if (((b & (FUL_CUE_FILLER | FUL_CUE_DATE)) && !(b & (VERBISH | FUL_CUE_EVENT | FUL_CUE_CLIENT | FUL_CUE_SELLER))) ||
            (L->r[i].len == 1 && t->off + 1 < L->n && L->s[t->off + 1] == '-'))
            continue;
        if ((t->flags & T_NUM) || ((b & (FUL_CUE_HEDGE | FUL_CUE_VAGUE | FUL_CUE_NEGBOOK)) && !(b & (FUL_CUE_CHASE | FUL_CUE_DELIV)))) {
            if ((b & FUL_CUE_HEDGE) && *hedge < 0)
                *hedge = i;
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
            (j = ful_next(L, i, end)) >= 0 && !(L->t[j].bits & (FUL_CUE_YOU | FUL_CUE_SELLER | FUL_CUE_CLIENT)))
            return *st = i, S_CLIENT;
        break;
    }
    if (i >= end)
        return S_NONE;
    *st = i;
    b = L->t[i].bits;
    if (ful_recap_verb(L, i))
        return S_SELLER; /* "Walked them through the demo": what we did (ful_read_line: a recap) */
    if (!(b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_CLIENT | FUL_CUE_POSS | FUL_CUE_BOOKED |
               FUL_CUE_MODAL)) &&
        ful_from_client(L, i, end))
        return S_CLIENT;
    if (b & FUL_CUE_SELLER)
        return (L->t[i].flags & T_QUOTED) ? S_CLIENT : S_SELLER;
    if ((b & FUL_CUE_SOBJ) && (ful_is_id(L, i, FUL_W_our) || ful_is_id(L, i, FUL_W_my)) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_champion) || ful_is_id(L, j, FUL_W_sponsor) || ful_is_id(L, j, FUL_W_contact) ||
         ful_is_id(L, j, FUL_W_buyer) || ful_is_id(L, j, FUL_W_customer) || ful_is_id(L, j, FUL_W_client) ||
         ful_is_id(L, j, FUL_W_prospect)))
        return *st = j, S_CLIENT; /* "our champion will socialize it": ours to know, theirs to do */
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
    if ((b & FUL_CUE_CHASE) && (j = ful_next(L, i, end)) >= 0 && (L->t[j].bits & FUL_CUE_EVENT)) {
        /* "Follow-up meeting on the calendar" is a meeting; an unbooked
         * "follow-up call in two weeks" is the seller's chase */
        for (e = j; e < end; e++)
            if (L->t[e].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK))
                return S_EVENT; /* booked, or "to be scheduled": a meeting all the same */
    }
    if ((b & FUL_CUE_EVENT) && !(b & (FUL_CUE_CHASE | FUL_CUE_ACT)) && (j = ful_next(L, i, end)) >= 0 &&
        (L->t[j].bits & FUL_CUE_DNOUN) && !(L->t[j].bits & (FUL_CUE_EVENT | FUL_CUE_ACT)))
        return *st = j, S_SELLER; /* "Demo env for their team", "Call summary to Ana": a thing, not a meeting */
    if (b & FUL_CUE_EVENT) {
        /* "Tentative call", "Call with their CFO" are meetings */
        if ((b & (FUL_CUE_CHASE | FUL_CUE_ACT)) && !modifier && !ful_noun_start(L, i, end))
            return S_SELLER; /* "Call Raj", "Review their RFP" */
        return S_EVENT;
    }
    /* "Likely to sign next month", "Probably move forward in Q1": a hedge
     * then the client's verb, the client left unsaid */
    if (modifier && *hedge >= 0 && (b & FUL_CUE_ACT) && !(b & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_EVENT)))
        return S_CLIENT;
    if (ful_is_id(L, i, FUL_W_expect) && (j = ful_next(L, i, end)) >= 0 &&
        !(L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_SELLER | FUL_CUE_YOU | VERBISH)))
        return *st = j, S_CLIENT; /* "Expect PO after the holidays", "expect feedback": theirs to send */
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
                 (!(L->t[k].bits & FUL_CUE_DELIV) || (b & FUL_CUE_CDOC))))
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
            if ((b & FUL_CUE_CDOC) && ((L->t[j].bits & FUL_CUE_HEDGE) ||
                                       ful_is_id(L, j, FUL_W_should) || ful_is_id(L, j, FUL_W_will) ||
                                       ful_is_id(L, j, FUL_W_would) || ful_is_id(L, j, FUL_W_could) ||
                                       ful_is_id(L, j, FUL_W_can)))
                return S_CLIENT; /* "Approval likely in January", "PO should come through": theirs to give */
            if (!(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_ART | FUL_CUE_DNOUN)) && !ful_is_id(L, j, FUL_W_be) &&
                !((b & FUL_CUE_CDOC) && (L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)))) /* ("PO next week probably") */
                break;
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
                if (!(L->t[j].bits & FUL_CUE_WORD) && ful_verb_shape(L, j) && (L->t[e].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
                    !ful_is_id(L, e, FUL_W_to))
                    return S_CLIENT;
            }
            return j >= 0 || i == lead ? S_SELLER : S_NONE; /* an unknown verb: "reconnect in 90 days" */
        }
        /* A capitalised unknown word: a name when a verb follows it. */
        if (j < 0)
            return S_NONE;
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
        return S_CLIENT;
    }
    return S_NONE;
}

/* "re", "about", "regarding", "on": what follows is the topic of a chase,
 * not a thing handed over */
static int ful_topic_word(const ful_cline *L, int i)
{
    return (L->t[i].bits & FUL_CUE_TOPIC) && L->t[i].span == 1;
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
        for (k = i + 1; k < end && k <= i + 5; k++) {
            if (ful_topic_word(L, k))
                break; /* "with them re: pricing": pricing is the topic */
            if (L->t[k].bits & FUL_CUE_DNOUN)
                return 1;
            if (L->t[k].flags & T_BREAK)
                break;
        }
        /* "Follow up with the revised certificate Dana asked for": what they asked for is a thing */
        for (k = i + 2; k < end && k <= i + 8 && !(L->t[k].flags & T_BREAK); k++)
            if ((L->t[k].bits & FUL_CUE_REQUEST) && ful_is_id(L, k, FUL_W_asked) && ful_is_id(L, k + 1, FUL_W_for))
                return 1;
    }
    return 0;
}

/* "with" followed by a client (a role, their X, a name): the seller works
 * with the client; "from"/"by" a client: a passive ("Signed order form
 * expected from procurement"), the client acts. */
static int ful_with_client(const ful_cline *L, int from, int end)
{
    int i, k;
    for (i = from; i < end; i++) {
        if (!(L->t[i].bits & FUL_CUE_WITH) && !ful_is_id(L, i, FUL_W_from) && !ful_is_id(L, i, FUL_W_by))
            continue;
        for (k = i + 1; k < end && k <= i + 3; k++) {
            uint32_t b = L->t[k].bits;
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
static int ful_obtain_from(const ful_cline *L, int from, int end)
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
        if ((b & (VERBISH | FUL_CUE_DNOUN | FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_SELLER | FUL_CUE_YOU |
                  FUL_CUE_DATE | FUL_CUE_ART | FUL_CUE_EVENT | FUL_CUE_POSS | FUL_CUE_WITH)) &&
            !((b & FUL_CUE_CDOC) && !(b & (FUL_CUE_CLIENT | FUL_CUE_COBJ | FUL_CUE_SOBJ | FUL_CUE_ART))))
            return 0;
        if ((L->t[i].flags & (T_NUM | T_QUOTED | T_NAME)) || ful_participle(L, i) || (L->t[i].flags & T_CAP))
            return 0;
    }
    return n > 0 && (i < 0 || !(ful_is_id(L, i, FUL_W_to) || ful_is_id(L, i, FUL_W_over) || ful_participle(L, i)));
}

/* "a pilot (merchant) account", "the demo environment", "a trial
 * licence": a meeting's word before the thing it qualifies, no meeting */
static int ful_event_modifier(const ful_cline *L, int i, int end)
{
    int k = i + 1;
    if (k < end && !(L->t[k].flags & (T_BREAK | T_CAP | T_NUM)) && !(L->t[k].bits & FUL_CUE_WORD))
        k++; /* ("pilot merchant account": one plain word between) */
    return k < end && k > i && !(L->t[k].flags & (T_BREAK | T_NUM)) && (L->t[k].bits & FUL_CUE_DNOUN) &&
           !(L->t[k].bits & (FUL_CUE_EVENT | VERBISH));
}

static int ful_seller_clause(const ful_cline *L, int from, int end, int *vt)
{
    int i, first = -1, ev = -1, dn = -1, jt = -1, topic = 0;
    if (from >= 0 && from < end && ful_obtain(L, from, end)) {
        *vt = from;
        return R_NON;
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
        if (first >= 0 && ful_topic_word(L, i))
            topic = 1; /* "Email them about pricing": pricing is what the chase is about */
        if (topic)
            b &= ~FUL_CUE_DNOUN;
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
        if (b & FUL_CUE_SETUP) /* set up a call -> chase; set up a sandbox, a pilot account -> deliverable */
            return ev >= 0 && !ful_event_modifier(L, ev, end) ? R_NON : (b & FUL_CUE_DELIV) || dn >= 0 ? R_COMPLIANCE : R_NON;
        if ((b & FUL_CUE_DELIV) && (b & FUL_CUE_CHASE)) {
            /* email/share: a deliverable when one is named and nothing else chases */
            int other = 0;
            for (i = first + 1; i < end; i++)
                if ((L->t[i].bits & FUL_CUE_CHASE) && !(L->t[i].flags & T_INPHR))
                    other = 1;
            return dn >= 0 && !other ? R_COMPLIANCE : R_NON;
        }
        if (b & FUL_CUE_DELIV) {
            /* "Give Jane a call", "Send a reminder" are chases */
            int k;
            if (ful_with_deliverable(L, first, end))
                return R_COMPLIANCE;
            for (k = first + 1; k < end; k++) {
                uint32_t kb = L->t[k].bits;
                if (L->t[k].flags & T_INPHR)
                    continue;
                if ((kb & FUL_CUE_CHASE) &&
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

/* A form of "be" after a subject: "I'm", "they're", "is". */
/* "is", "are", "was", "were": the forms of "be" a state or a record is told with. */
static int ful_be_form(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_is) || ful_is_id(L, i, FUL_W_are) || ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were);
}

static int ful_be_word(const ful_cline *L, int i)
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
static int ful_time_behind(const ful_cline *L, int k, int end)
{
    if (k >= end || !(L->t[k].bits & FUL_CUE_DATE))
        return 0;
    return (k > 0 && (ful_is_id(L, k - 1, FUL_W_last) || ful_is_id(L, k - 1, FUL_W_since))) ||
           (k > 1 && ful_is_id(L, k - 1, FUL_W_in) && ful_is_id(L, k - 2, FUL_W_back)) ||
           (k > 1 && (L->t[k - 1].flags & T_NUM) && !(L->t[k].flags & T_BREAK) && ful_is_id(L, k - 2, FUL_W_for)) ||
           ful_is_id(L, k, FUL_W_yesterday) || ful_is_id(L, ful_next(L, k, end), FUL_W_ago);
}

/* "15 min", "60%", "250k", "3 people": an amount, not a day. */
static int ful_quantity(const ful_cline *L, int k)
{
    int j;
    if (ful_figure(L, k) || (L->t[k].off + L->t[k].len < L->n && L->s[L->t[k].off + L->t[k].len] == '%'))
        return 1; /* ("18% discount": the sign is no token of its own) */
    /* "SAP ECC 6", "plant 2": a number naming the word before it ("Demo 15", "Dec 6" are days) */
    if (k > 0 && !(L->t[k].flags & T_BREAK) && (L->t[k - 1].flags & (T_CAP | T_UPPER)) &&
        !(L->t[k - 1].bits & (FUL_CUE_DATE | FUL_CUE_EVENT | FUL_CUE_DSTART)) && L->r[k].len <= 2 &&
        L->r[k].lw[L->r[k].len - 1] >= '0' && L->r[k].lw[L->r[k].len - 1] <= '9')
        return 1;
    if (k + 1 >= L->nt || (L->t[k + 1].flags & T_BREAK))
        return 0;
    j = k + 1;
    if (ful_wset[L->t[j].wid] & FUL_WS_UNIT)
        return 1;
    /* "3 rooftops", "40 trucks", "12 clients": a count of things, not a
     * day ("12/15", "3-4 weeks" are read as dates) */
    if (!(L->t[j].flags & (T_CAP | T_NUM)) && !(L->t[j].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)) && L->r[j].len > 3 &&
        L->r[j].lw[L->r[j].len - 1] == 's' && L->r[j].lw[L->r[j].len - 2] != 's' &&
        !(L->t[k].off > 0 && (L->s[L->t[k].off - 1] == '/' || L->s[L->t[k].off - 1] == '-' || L->s[L->t[k].off - 1] == '.')) &&
        !(L->t[k].off + L->t[k].len < L->n &&
          (L->s[L->t[k].off + L->t[k].len] == '/' || L->s[L->t[k].off + L->t[k].len] == ':' ||
           L->s[L->t[k].off + L->t[k].len] == '-' || L->s[L->t[k].off + L->t[k].len] == '.')))
        return 1;
    return 0;
}

/* An unknown word right after a form of "be" and not an -ing: an
 * adjective ("slammed", "busy"), not a verb. */
static int ful_state_word(const ful_cline *L, int i, int from)
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

/* A "be" said in the word before i: "they're", "I'm", "Sarah's", "she's",
 * "he's" ("she's away", "he's not ready"). */
static int ful_be_before(const ful_cline *L, int i)
{
    return i > 0 && (ful_be_word(L, i - 1) || ful_is_id(L, i - 1, FUL_W_she_s) || ful_is_id(L, i - 1, FUL_W_he_s));
}

static int ful_status_at(const ful_cline *L, int i, int end)
{
    const ful_rtok *r;
    int j, k, now = 0, habit = 0, held;
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
        !(L->t[j].bits & (FUL_CUE_DATE | VERBISH)))
        i = ful_next(L, j, end); /* "Kwame and Priya both attended" */
    if (i >= 0 && i < end && ful_is_id(L, i, FUL_W_both))
        i = ful_next(L, i, end);
    /* "the distributor already carries two brands", "Tom currently uses
     * Gong": a present after already/currently is how things stand */
    j = i > 0 && i < end && (ful_is_id(L, i, FUL_W_already) || ful_is_id(L, i, FUL_W_currently)) ? ful_next(L, i, end)
        : i > 0 && i < end && (ful_is_id(L, i - 1, FUL_W_already) || ful_is_id(L, i - 1, FUL_W_currently)) ? i : -1;
    if (j >= 0 && L->t[j].span == 1 && !(L->t[j].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_BOOKED | FUL_CUE_SPEECH)) && L->r[j].len > 3 &&
        L->r[j].lw[L->r[j].len - 1] == 's' && L->r[j].lw[L->r[j].len - 2] != 's' && L->r[j].lw[L->r[j].len - 2] != '\'')
        return 1;
    for (k = i; (L->marks & FUL_SAW_HABIT) && k >= 0 && k < end && !habit; k = ful_next(L, k, end))
        habit = (ful_wrule[L->t[k].wid] & FUL_SAW_HABIT) && k > i; /* "The board meets quarterly" */
    if (i < 0 || i >= end)
        return 0;
    if (i >= 0 && i < end && !(L->t[i].bits & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM | T_QUOTED)) &&
        !ful_participle(L, i) && (j = ful_next(L, i, end)) >= 0 && ful_participle(L, j) &&
        !(L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST)))
        i = j; /* "Deal desk approved 18% discount": a second noun of the subject */
    if (i < 0 || i >= end || (L->t[i].flags & T_NUM))
        return 0;
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
    if ((L->t[i].bits & FUL_CUE_SPEECH) && L->t[i].span == 1 && !(L->t[i].flags & T_QUOTED)) {
        k = ful_next(L, i, end);
        if (k >= 0 && (L->t[k].bits & (FUL_CUE_ART | FUL_CUE_POSS)) && !ful_is_id(L, k, FUL_W_to))
            k = ful_next(L, k, end);
        /* (a plain noun too: "mentioned her son plays rugby", "said the budget is approved") */
        for (j = 0; j < 2 && k >= 0 && !(L->t[k].bits & (VERBISH | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_SELLER)) &&
                    ((L->t[k].bits & FUL_CUE_CLIENT) || (L->t[k].flags & T_CAP) ||
                     (j == 0 && !(L->t[k].bits & ~(FUL_CUE_WORD | FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !(L->t[k].flags & T_NUM)));
             j++)
            k = ful_next(L, k, end);
        return j > 0 && k >= 0 && !(L->t[k].bits & FUL_CUE_SPEECH) && (ful_status_at(L, k, end) || ful_be_done(L, k, end));
    }
    /* "chef had to leave for service", "he was driving": what happened */
    if (ful_is_id(L, i, FUL_W_had) && (L->t[i].span > 1 || ful_is_id(L, i + 1, FUL_W_to)))
        return 1;
    if ((ful_is_id(L, i, FUL_W_was) || ful_is_id(L, i, FUL_W_were)) && (j = ful_next(L, i, end)) >= 0 && ful_ends_ing(L, j) &&
        !ful_is_id(L, j, FUL_W_going) && !ful_is_id(L, ful_next(L, j, end), FUL_W_to))
        return 1;
    if (ful_is_id(L, i, FUL_W_no) && ful_is_id(L, i + 1, FUL_W_longer) && (j = ful_next(L, i + 1, end)) >= 0 &&
        (ful_participle(L, j) || ful_is_id(L, j, FUL_W_with)))
        return 1; /* "Tom no longer involved", "no longer with the company" */
    /* "he's not ready", "they're not interested": a state, said with "not" */
    if (ful_is_id(L, i, FUL_W_not) && i > 0 &&
        (ful_be_before(L, i) || ful_be_form(L, i - 1)) &&
        (j = ful_next(L, i, end)) >= 0 && (ful_is_id(L, j, FUL_W_ready) || ful_is_id(L, j, FUL_W_interested) || ful_is_id(L, j, FUL_W_sure)))
        return 1;
    /* "Tom is out this week", "she's away till the 14th": away for a while,
     * whatever day it names (the seller waits) */
    j = ful_be_form(L, i) ? ful_next(L, i, end) : ful_be_before(L, i) ? i : -1;
    if (j >= 0 &&
        (ful_is_id(L, j, FUL_W_out) || ful_is_id(L, j, FUL_W_off) || ful_is_id(L, j, FUL_W_away) || ful_is_id(L, j, FUL_W_ooo) ||
         ful_is_id(L, j, FUL_W_sick) || ful_is_id(L, j, FUL_W_travelling) || ful_is_id(L, j, FUL_W_traveling) ||
         ful_is_id(L, j, FUL_W_unavailable)))
        return 1;
    /* "Mgr not in, left card", "DM not available till 3": the same, said without "is" */
    if (ful_is_id(L, i, FUL_W_not) && (j = ful_next(L, i, end)) >= 0 &&
        (ful_is_id(L, j, FUL_W_in) || ful_is_id(L, j, FUL_W_around) || ful_is_id(L, j, FUL_W_available)))
        return 1;
    /* "Legal usually takes 3 weeks", "They typically sign in Q4", "they
     * currently pay $14 a seat": how they go about things, whatever day or
     * figure it names, is no step */
    if ((habit || now) && !(L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH |
                                            FUL_CUE_REQUEST | FUL_CUE_COND)) &&
        !ful_ends_ing(L, i) && !ful_is_id(L, ful_next(L, i, end), FUL_W_to))
        return 1;
    /* "They use Adyen today": a tool or a habit held today, no day to act on */
    held = ful_is_id(L, i, FUL_W_use) || ful_is_id(L, i, FUL_W_uses) || ful_is_id(L, i, FUL_W_employ) ||
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
    if (((ful_is_id(L, i, FUL_W_have) || ful_is_id(L, i, FUL_W_has)) && j >= 0 && !ful_is_id(L, j, FUL_W_to)) ||
        (!(L->t[i].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_SPEECH | FUL_CUE_REQUEST | FUL_CUE_BOOKED)) &&
         (held || (now && (ful_ends_s(L, i) || !(L->t[i].bits & FUL_CUE_WORD) || ful_is_id(L, i, FUL_W_run))))))
        return 1;
    /* "Sandra manages 40 reps", "he hates long decks", "She reports to the
     * COO", "Tom works at Acme", "client happy w/ the demo": who someone is
     * or how they feel, with no day named; but "she'd love a demo" asks,
     * and "keen to see it", "likes to meet Tuesdays" look ahead */
    if (!(i > 0 && (L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE))) && (j < 0 || !ful_is_id(L, j, FUL_W_to)) &&
        (ful_wset[L->t[i].wid] & (FUL_WS_STATEV | FUL_WS_MOOD)))
        return 1; /* (at the clause's end too: "ITAR applies", "client happy") */
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

/* "on maternity leave till March", "in year-end close", "out of office":
 * away for a while, how things stand (the seller waits, or chases after) */
static int ful_away(const ful_cline *L, int i, int end)
{
    int j = i + 1 < end ? i + 1 : -1, k; /* (the next word even inside a phrase: "in year-end") */
    if (j >= 0 && (ful_is_id(L, j, FUL_W_a) || ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_their) ||
                   ful_is_id(L, j, FUL_W_our)))
        j = j + 1 < end ? j + 1 : -1;
    if (j < 0)
        return 0;
    if (ful_is_id(L, i, FUL_W_on)) {
        for (k = 0; k < 2 && j >= 0; k++, j = ful_next(L, j, end))
            if (ful_is_id(L, j, FUL_W_leave) || ful_is_id(L, j, FUL_W_vacation) || ful_is_id(L, j, FUL_W_holiday) ||
                ful_is_id(L, j, FUL_W_holidays) || ful_is_id(L, j, FUL_W_pto) || ful_is_id(L, j, FUL_W_sabbatical) ||
                ful_is_id(L, j, FUL_W_break))
                return 1;
        return 0;
    }
    if (ful_is_id(L, i, FUL_W_in))
        return (ful_is_id(L, j, FUL_W_year) && ful_is_id(L, j + 1, FUL_W_end)) || ful_is_id(L, j, FUL_W_close) || ful_is_id(L, j, FUL_W_freeze) ||
               ful_is_id(L, j, FUL_W_blackout) || ful_is_id(L, j, FUL_W_lockdown);
    return ful_is_id(L, i, FUL_W_out) && ful_is_id(L, j, FUL_W_of) && ful_is_id(L, ful_next(L, j, end), FUL_W_office);
}

/* "Budgets are frozen", "the PO was approved": a form of "be" and a
 * participle, with no day named: done or decided, nothing to do. */
static int ful_be_done(const ful_cline *L, int i, int end)
{
    int j, k;
    if (!ful_be_form(L, i))
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
    if (j < 0 ||
        !(ful_participle(L, j) || (ful_past_verb(L, j) && !(L->t[j].bits & VERBISH)) ||
          ful_is_id(L, j, FUL_W_high) || ful_is_id(L, j, FUL_W_low) || ful_is_id(L, j, FUL_W_well) || ful_is_id(L, j, FUL_W_frozen) || ful_is_id(L, j, FUL_W_done) || ful_is_id(L, j, FUL_W_stuck) ||
          ful_is_id(L, j, FUL_W_gone) || ful_is_id(L, j, FUL_W_over) || ful_is_id(L, j, FUL_W_dead) || ful_is_id(L, j, FUL_W_final) ||
          ful_is_id(L, j, FUL_W_lost) || ful_is_id(L, j, FUL_W_won) || ful_is_id(L, j, FUL_W_great) || ful_is_id(L, j, FUL_W_good) ||
          ful_is_id(L, j, FUL_W_nice) || ful_is_id(L, j, FUL_W_fine) || ful_is_id(L, j, FUL_W_positive)) ||
        (L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE)) ||
        ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_supposed) || ful_is_id(L, j, FUL_W_planned) ||
        (ful_is_id(L, j, FUL_W_interested) && ful_next(L, j, end) >= 0) || /* ("very interested": a mood; "interested in a demo" asks) */
        ful_is_id(L, j, FUL_W_needed) || ful_is_id(L, j, FUL_W_scheduled))
        return 0;
    for (k = j + 1; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_COND)) || ((L->t[k].flags & T_NUM) && !ful_quantity(L, k)))
            return 0; /* "is approved by Friday", "was moved to 12/8": a day ahead (not "up to 850k") */
    return 1;
}

/* "not discussed", "never signed", "hasn't replied": what has not
 * happened (a participle after the negation), not what anyone will do;
 * but "not confirmed", "not expected before Q1" keep their meanings. */
static int ful_not_done(const ful_cline *L, int i, int end)
{
    int j;
    if (ful_is_id(L, i, FUL_W_not) || ful_is_id(L, i, FUL_W_never)) {
        j = ful_next(L, i, end);
        if (j >= 0 && (ful_is_id(L, j, FUL_W_yet) || ful_is_id(L, j, FUL_W_been) || ful_is_id(L, j, FUL_W_really)))
            j = ful_next(L, j, end);
        if (j < 0 || (L->t[j].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_HEDGE | FUL_CUE_MODAL)) ||
            ful_is_id(L, j, FUL_W_expected) || ful_is_id(L, j, FUL_W_supposed) || ful_is_id(L, j, FUL_W_planned) ||
            ful_is_id(L, j, FUL_W_interested) || ful_is_id(L, j, FUL_W_needed))
            return 0;
        return ful_participle(L, j) || ful_past_verb(L, j);
    }
    /* "hasn't signed", "didn't reply", "havent heard": the same, said with a verb */
    if (!ful_is_id(L, i, FUL_W_hasn_t) && !ful_is_id(L, i, FUL_W_haven_t) && !ful_is_id(L, i, FUL_W_didn_t) &&
        !ful_is_id(L, i, FUL_W_hasnt) && !ful_is_id(L, i, FUL_W_havent) && !ful_is_id(L, i, FUL_W_didnt) &&
        /* "he doesn't do DocuSign" (Scots "doesnae"): what they never do is how things stand */
        !ful_is_id(L, i, FUL_W_doesn_t) && !ful_is_id(L, i, FUL_W_doesnt) && !ful_is_id(L, i, FUL_W_doesnae))
        return 0;
    j = ful_next(L, i, end);
    if (j >= 0 && ful_is_id(L, j, FUL_W_yet))
        j = ful_next(L, j, end);
    return j >= 0 && !(L->t[j].flags & (T_NUM | T_CAP)) && !(L->t[j].bits & (FUL_CUE_MODAL | FUL_CUE_DATE));
}

/* "Samples delivered to the lab", "Invoice 2291 paid", "COI uploaded to
 * their portal yesterday": after its subject, what was done to a thing;
 * a record, not a step, unless a deadline follows ("signed by Friday").
 * A plain past ("went out 11/28") is when it happened; a bare participle
 * beside a day may be the day it is due, so it needs none. */
static int ful_done_thing(const ful_cline *L, int i, int end)
{
    int k, past;
    if ((L->t[i].flags & (T_QUOTED | T_INPHR)) ||
        (L->t[i].bits & (FUL_CUE_BOOKED | FUL_CUE_NEGBOOK | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST |
                         FUL_CUE_COND | FUL_CUE_DATE | FUL_CUE_SELLER | FUL_CUE_CLIENT | FUL_CUE_SPEECH)))
        return 0;
    if (!ful_past_verb(L, i) && !ful_participle(L, i))
        return 0;
    if (ful_promise_to(L, i, end))
        return 0;
    if ((k = ful_next(L, i, end)) >= 0 && (L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) && !(L->t[k].bits & VERBISH))
        return 0; /* "Maria sends signed order form": a participle before its noun */
    /* only a simple past is no participle ("went out 11/28"; but "reviewed
     * together on Friday" may be what is to be done then) */
    past = ful_is_id(L, i, FUL_W_went) || ful_is_id(L, i, FUL_W_came) || ful_is_id(L, i, FUL_W_took) ||
           ful_is_id(L, i, FUL_W_ran) || ful_is_id(L, i, FUL_W_saw) || ful_is_id(L, i, FUL_W_spoke) ||
           ful_is_id(L, i, FUL_W_felt);
    if (i > 0 && (ful_is_id(L, i - 1, FUL_W_be) || ful_is_id(L, i - 1, FUL_W_to) || ful_is_id(L, i - 1, FUL_W_being) ||
                  ful_is_id(L, i - 1, FUL_W_get) || ful_is_id(L, i - 1, FUL_W_gets) || ful_is_id(L, i - 1, FUL_W_will)))
        return 0; /* "Proposal to be sent", "will sent" (a typo): ahead */
    if (i > 0 && !(L->t[i].flags & T_BREAK) && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS | FUL_CUE_SOBJ)))
        return 0; /* "for the updated headcount": a participle before its noun */
    if (ful_is_id(L, i, FUL_W_expected) || ful_is_id(L, i, FUL_W_supposed) || ful_is_id(L, i, FUL_W_planned) ||
        ful_is_id(L, i, FUL_W_needed) || ful_is_id(L, i, FUL_W_interested) || ful_is_id(L, i, FUL_W_tied) ||
        ful_is_id(L, i, FUL_W_required) || ful_is_id(L, i, FUL_W_proceed))
        return 0;
    for (k = i + 1; k < end; k++) {
        if (L->t[k].flags & T_INPHR)
            continue;
        if (ful_is_id(L, k, FUL_W_by) || ful_is_id(L, k, FUL_W_before) || ful_is_id(L, k, FUL_W_until) ||
            ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_asap) || ful_is_id(L, k, FUL_W_eod) ||
            ful_is_id(L, k, FUL_W_eow) || ful_is_id(L, k, FUL_W_tomorrow) || ful_is_id(L, k, FUL_W_next) ||
            (L->t[k].bits & (FUL_CUE_MODAL | FUL_CUE_COND | FUL_CUE_BOOKED | FUL_CUE_JOINT)))
            return 0;
        if (!past && (((L->t[k].bits & FUL_CUE_DATE) && !ful_is_id(L, k, FUL_W_morning) && !ful_time_behind(L, k, end)) ||
                      ((L->t[k].flags & T_NUM) && !ful_quantity(L, k) && !ful_time_behind(L, k + 1, end))))
            return 0;
    }
    return 1;
}

/* Could the line hold a record of what was done ("Invoice 2291 paid",
 * "Samples delivered", "she's on leave")? A recap word, a word in -ed or
 * with 's, 're, 'd (the tokenizer's L->done bits), or an irregular past
 * (FUL_SAW_DONE from the lookup), among the tokens up to nt. */
static int ful_may_be_done(const ful_cline *L)
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

/* Is token k written joined to a word by a hyphen ("must-have", "sign-off")? */
static int ful_hyphen_joined(const ful_cline *L, int k)
{
    size_t a = L->t[k].off, e = a + L->t[k].len;
    return (a > 0 && L->s[a - 1] == '-' && a > 1 && L->s[a - 2] != ' ') ||
           (e + 1 < L->n && L->s[e] == '-' && L->s[e + 1] != ' ');
}

/* "Pricing was the main objection", "Decision maker is the COO": after a
 * subject, "be" and an article: who or what something is; but "Kickoff is
 * the 15th" names a day. */
static int ful_copula_fact(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end), k, be;
    /* "Tom will be the signer": who someone will be; "Maria's the main
     * contact now": a name's 's before an article is "is" */
    if (j >= 0 && ful_is_id(L, i, FUL_W_will) && L->t[i].span == 1 && ful_is_id(L, j, FUL_W_be) && L->t[j].span == 1) {
        i = j;
        j = ful_next(L, i, end);
        be = 1;
    } else {
        be = ful_be_form(L, i) || (j >= 0 && (ful_is_id(L, j, FUL_W_the) || ful_is_id(L, j, FUL_W_a) || ful_is_id(L, j, FUL_W_an)) &&
                                   ful_ends_s(L, i) && ful_be_word(L, i));
    }
    if (j < 0 || !be ||
        ful_is_id(L, j, FUL_W_to) || (L->t[j].flags & T_QUOTED))
        return 0;
    /* ("main contact is Dr. Lee", "Incumbent is Grainger": a name or title) */
    if (!(L->t[j].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
        !ful_title(L->r[j].lw, (uint32_t)L->r[j].len) &&
        !((L->t[j].flags & T_CAP) && !(L->t[j].flags & T_UPPER) && !(L->t[j].bits & FUL_CUE_WORD)))
        return 0;
    for (k = j; k < end; k++) {
        if ((L->t[k].bits & (FUL_CUE_EVENT | VERBISH)) && !(L->t[k].bits & FUL_CUE_DATE) && ful_hyphen_joined(L, k))
            continue; /* "a must-have", "the go-to partner": one noun of hyphened words */
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

/* A clause that says how things stand after its subject: "Current vendor
 * contract expires March 31", "Pricing not discussed", "team very
 * engaged", "Expansion still on the table". The subject is a few words
 * that are no verb; an imperative ("Include the SOW") has none. */
static int ful_fact_clause(const ful_cline *L, int a, int end)
{
    int i = a, n = 0, j, k, lead_verb = 0, datey = 0;
    /* (its caller tests FUL_SAW_FACT first: a line without a word a fact
     * clause needs makes no call) */
    while (i < end && (L->t[i].flags & (T_INPHR | T_TAG)))
        i++;
    if (i < end && ful_is_id(L, i, FUL_W_get) && L->t[i].span == 1 && (j = ful_next(L, i, end)) >= 0 &&
        (L->t[j].bits & FUL_CUE_ART))
        return 0; /* "get the SOW signed": an order (ful_causative), not "the SOW signed" */
    if (i < end && (L->t[i].bits & FUL_CUE_POSS) && !(L->t[i].flags & T_QUOTED)) {
        /* "Their market research agency is Ipsos": after "their", the words
         * up to "is" name a thing, even those that are verbs elsewhere */
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
             (datey && (ful_is_id(L, i, FUL_W_starts) || ful_is_id(L, i, FUL_W_begins) || ful_is_id(L, i, FUL_W_closes)))))
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
            (!(L->t[j].bits & VERBISH) || ful_ends_ing(L, j)) &&
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
            (k = ful_next(L, j, end)) >= 0 &&
            (ful_be_done(L, k, end) || (ful_past_verb(L, k) && !(L->t[k].bits & VERBISH) && ful_done_thing(L, k, end)) ||
             /* "Our quote was accepted": a thing, not a meeting, is accepted once */
             (!(L->t[j].bits & FUL_CUE_EVENT) && ful_be_form(L, k) && (k = ful_next(L, k, end)) >= 0 &&
              (L->t[k].bits & FUL_CUE_BOOKED) && ful_participle(L, k) && ful_next(L, k, end) < 0)))
            return 1;
        if (n == 0 && (b & FUL_CUE_FILLER) && !(b & (FUL_CUE_CLIENT | FUL_CUE_POSS | VERBISH | FUL_CUE_NEG)) &&
            !ful_is_id(L, i, FUL_W_not) && !ful_is_id(L, i, FUL_W_still)) {
            i = ful_next(L, i, end); /* "pls use the new deck": a filler is no subject */
            continue;
        }
        if (n > 0 && !(L->t[i].flags & T_QUOTED) &&
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
    if (ful_stative(L, i) || ful_not_done(L, i, end) || (!lead_verb && ful_weak_stative(L, i, end)))
        return 1;
    j = ful_next(L, i, end);
    if (j < 0 || lead_verb)
        return 0;
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
static int ful_passive_agent(const ful_cline *L, int a, int end)
{
    int i, j, k;
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

/* What the client's clause [from, end) amounts to. */
static int ful_client_clause(const ful_cline *L, int from, int end, int *vt, int *request, int *hedge)
{
    int i, state = 0;
    *vt = -1;
    if (from < end && ful_status_at(L, from, end))
        return R_STATUS;
    if (from > 0 && from + 1 == end && (L->t[from - 1].bits & FUL_CUE_POSS) &&
        (ful_is_id(L, from, FUL_W_ask) || ful_is_id(L, from, FUL_W_asks) || ful_is_id(L, from, FUL_W_request) ||
         ful_is_id(L, from, FUL_W_requests)))
        return R_STATUS; /* "Their ask: a 3-year quote": a label, what follows says it */
    for (i = from; i < end; i++) {
        uint32_t b = L->t[i].bits;
        int j;
        if (L->t[i].flags & (T_INPHR | T_TAG))
            continue;
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
        if (b & (FUL_CUE_REQUEST | FUL_CUE_SPEECH)) {
            /* "told us to reach out", "asked us to send": the seller acts next */
            j = ful_next(L, i, end);
            if (b & FUL_CUE_SPEECH) {
                /* "she said reach out Q1": told to chase; "said kindly share
                 * the price list": told to send; "Dmitry said: write me next
                 * week": the words after the colon are what was said */
                int k = j, e2 = end, r;
                if (k < 0 && i + 1 < L->nt && L->t[i].off + L->t[i].len < L->n && L->s[L->t[i].off + L->t[i].len] == ':') {
                    k = i + 1;
                    for (e2 = k + 1; e2 < L->nt && !(L->t[e2].flags & T_BREAK); e2++)
                        ;
                }
                if (k >= 0 && (ful_is_id(L, k, FUL_W_please) || ful_is_id(L, k, FUL_W_kindly) || ful_is_id(L, k, FUL_W_pls) ||
                               ful_is_id(L, k, FUL_W_plz)))
                    k = ful_next(L, k, e2);
                if (k >= 0 && (L->t[k].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV)) &&
                    !(L->t[k].bits & (FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_ACT)) && !(L->t[k].flags & T_QUOTED) &&
                    ((L->t[k].bits & FUL_CUE_CHASE) || k != j) && (r = ful_seller_clause(L, k, e2, vt)) != R_NONE) {
                    *request = 1;
                    return r;
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
            if (j >= 0 && ((L->t[j].bits & (FUL_CUE_SOBJ | FUL_CUE_YOU)) ||
                           ((b & FUL_CUE_SPEECH) && (L->t[j].bits & FUL_CUE_SELLER) && !(L->t[j].flags & T_QUOTED)))) {
                /* "asked us to send", "suggested we reconnect in January" */
                int k = ful_next(L, j, end);
                if (k >= 0 && (ful_is_id(L, k, FUL_W_to) || ful_is_id(L, k, FUL_W_should))) {
                    k = ful_next(L, k, end);
                    if (k < 0)
                        return R_NONE; /* "Call Ms. Kaur back tmrw, she asked us to": why, not what */
                }
                if (k >= 0) {
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
            if (b & FUL_CUE_REQUEST) {
                /* asks for a meeting: client effort, not yet a commitment; asks for a thing: compliance */
                int k;
                for (k = i + 1; k < end; k++) {
                    if ((L->t[k].bits & FUL_CUE_EVENT) && (L->t[k].bits & FUL_CUE_CHASE) && !(L->t[k].bits & FUL_CUE_JOINT) &&
                        L->t[k].span == 1 && k == ful_next(L, ful_next(L, i, end), end) &&
                        (ful_is_id(L, ful_next(L, i, end), FUL_W_a) || ful_is_id(L, ful_next(L, i, end), FUL_W_another)) &&
                        ful_is_id(L, i + 1, FUL_W_for)) {
                        *vt = k; /* "she asked for a call before her standup": a call from us they asked for */
                        *request = 1;
                        return R_NON;
                    }
                    if ((L->t[k].bits & FUL_CUE_EVENT) && !ful_event_modifier(L, k, end)) {
                        /* ("needs training materials": the meeting's word names a thing) */
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
                *vt = i;
                *request = 1;
                return R_COMPLIANCE;
            }
            continue; /* "said she'd loop in": read on */
        }
        if ((b & FUL_CUE_NEG) && L->t[i].span > 1 && *vt < 0)
            return R_NONE; /* "CFO went dark": they do nothing */
        if (*vt < 0 &&
            (ful_is_id(L, i, FUL_W_not) || ful_is_id(L, i, FUL_W_never) || ful_is_id(L, i, FUL_W_won_t) ||
             ful_is_id(L, i, FUL_W_wont) || (ful_is_id(L, i, FUL_W_no) && ful_is_id(L, i + 1, FUL_W_longer))) &&
            /* ("they're no longer sending the PO": as "not") */
            (j = ful_next(L, ful_is_id(L, i, FUL_W_no) ? i + 1 : i, end)) >= 0 &&
            ((L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_DELIV)) || ful_ends_ing(L, j)) &&
            !(L->t[j].bits & (FUL_CUE_HEDGE | FUL_CUE_MODAL | FUL_CUE_BOOKED | FUL_CUE_NEGBOOK))) {
            /* "they're not signing anything before the audit": a refusal, no
             * step of theirs; but "won't commit unless we match": a condition */
            int k;
            for (k = j; k < end && !(L->t[k].bits & FUL_CUE_COND) && !ful_is_id(L, k, FUL_W_unless); k++)
                ;
            if (k == end)
                return R_NONE;
        }
        if (*vt < 0 && ful_is_id(L, i, FUL_W_since) && !(L->t[i].flags & T_QUOTED))
            return R_STATUS; /* "Customer since 2019": how long, no step */
        if (*vt < 0 && !(L->t[i].flags & T_QUOTED) &&
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
        if ((b & FUL_CUE_HEDGE) && L->t[i].span == 2 && *vt < 0 && L->r[i].len >= 4 && memcmp(L->r[i].lw, "want", 4) == 0 &&
            (j = ful_next(L, i, end)) >= 0 &&
            (ful_is_id(L, j, FUL_W_see) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_receive) ||
             ful_is_id(L, j, FUL_W_have)) &&
            !ful_is_id(L, ful_next(L, j, end), FUL_W_more) && !ful_is_id(L, ful_next(L, j, end), FUL_W_some)) {
            /* "CFO wants to see a TCO model": a thing they want from us is a
             * request; "wants to see a demo" asks for a meeting, "wants to see
             * more data before deciding" is their own doing (both hedged) */
            int k;
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
        /* "Client should send the PO Friday": expected, not promised */
        if (((b & FUL_CUE_HEDGE) || (*vt < 0 && ful_is_id(L, i, FUL_W_should))) && *hedge < 0)
            *hedge = i;
        if (*vt < 0 && (b & (VERBISH & ~(FUL_CUE_MODAL | FUL_CUE_HEDGE))))
            *vt = i;
        if (*vt < 0 && !(b & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM)) && ful_state_word(L, i, from)) {
            state = 1; /* "they're unhappy w/ service": the state's own words follow, no verb */
            continue;
        }
        if (*vt < 0 && !state && !(b & FUL_CUE_WORD) && !(L->t[i].flags & (T_CAP | T_NUM)))
            *vt = i; /* an unknown word after the subject: a verb ("hosts") */
    }
    /* "I'm slammed", "they're happy": a state, no one acts */
    if (*vt < 0 && *hedge < 0 && from > 0 && ful_be_word(L, from - 1))
        return R_NONE;
    /* "Gatekeeper again, no luck": a role alone opening its clause, no one acts */
    if (*vt < 0 && *hedge < 0 && !state && from > 0 && (from == 1 || (L->t[from - 1].flags & T_BREAK)) &&
        !(L->t[from - 1].flags & (T_QUOTED | T_NAME)) && from < end) { /* (a table's owner cell stands alone: "| Anand |") */
        for (i = from; i < end && (ful_is_id(L, i, FUL_W_again) || ful_is_id(L, i, FUL_W_still)); i++)
            ;
        if (i >= end)
            return R_NONE;
    }
    return R_EFFORT;
}

/* "on the call", "from last meeting", "ditto prev. mtg": the meeting just
 * held or an earlier one, named as the setting or source of a remark,
 * with no day ahead in its clause; no meeting to come, so its noun loses
 * its meeting cue. */
/* "great", "useful", "rough": a word for how something went. */
static int ful_evaluative(const ful_cline *L, int i)
{
    return ful_is_id(L, i, FUL_W_great) || ful_is_id(L, i, FUL_W_good) || ful_is_id(L, i, FUL_W_nice) ||
           ful_is_id(L, i, FUL_W_positive) || ful_is_id(L, i, FUL_W_productive) || ful_is_id(L, i, FUL_W_solid) ||
           ful_is_id(L, i, FUL_W_awesome) || ful_is_id(L, i, FUL_W_excellent) || ful_is_id(L, i, FUL_W_rough) ||
           ful_is_id(L, i, FUL_W_tough) || ful_is_id(L, i, FUL_W_useful) || ful_is_id(L, i, FUL_W_helpful) ||
           ful_is_id(L, i, FUL_W_insightful) || ful_is_id(L, i, FUL_W_fruitful) || ful_is_id(L, i, FUL_W_successful) ||
           ful_is_id(L, i, FUL_W_informative) || ful_is_id(L, i, FUL_W_fantastic) || ful_is_id(L, i, FUL_W_constructive);
}

static void ful_mark_past_events(ful_cline *L)
{
    int i, k, e;
    for (i = 0; i < L->nt; i++) {
        int past = 0, notes;
        if (!(L->t[i].bits & FUL_CUE_EVENT) || (L->t[i].flags & T_INPHR) || L->t[i].span != 1)
            continue; /* (before the next word's tests: most words are no meeting) */
        notes = i + 1 < L->nt && !(L->t[i + 1].flags & T_BREAK) &&
                (ful_is_id(L, i + 1, FUL_W_notes) || ful_is_id(L, i + 1, FUL_W_recap) ||
                 ful_is_id(L, i + 1, FUL_W_summary) || ful_is_id(L, i + 1, FUL_W_minutes));
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
        else if (i >= 2 && !(L->t[i - 1].flags & T_BREAK) &&
                 (ful_is_id(L, i - 1, FUL_W_the) || ful_is_id(L, i - 1, FUL_W_this) || ful_is_id(L, i - 1, FUL_W_that)) &&
                 (ful_is_id(L, i - 2, FUL_W_on) || ful_is_id(L, i - 2, FUL_W_during) || ful_is_id(L, i - 2, FUL_W_from) ||
                  ful_is_id(L, i - 2, FUL_W_in) || ful_is_id(L, i - 2, FUL_W_at)))
            past = 1;
        else if (ful_evaluative(L, i - 1) ||
                 /* "thanks for the session", "thx for the call" */
                 (i >= 2 && ful_is_id(L, i - 2, FUL_W_for) && (ful_is_id(L, i - 3, FUL_W_thanks) || ful_is_id(L, i - 3, FUL_W_thx))) ||
                 (ful_is_id(L, i - 1, FUL_W_for) && (ful_is_id(L, i - 2, FUL_W_thanks) || ful_is_id(L, i - 2, FUL_W_thx))))
            past = 2; /* "great session today": how the one just held went */
        else if ((ful_is_id(L, i - 1, FUL_W_in) && !(L->t[i - 1].flags & T_INPHR)) ||
                 (i >= 2 && ful_is_id(L, i - 1, FUL_W_a) && ful_is_id(L, i - 2, FUL_W_in) && !(L->t[i - 2].flags & T_INPHR)))
            past = 1; /* "in meetings all day", "she's in a meeting": busy, no meeting of ours */
        if (!past)
            continue;
        for (e = i + 1; e < L->nt && !(L->t[e].flags & T_BREAK); e++)
            ;
        for (k = i + 1; k < e && past; k++)
            if (((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_BOOKED | FUL_CUE_DSTART)) || (L->t[k].flags & T_NUM)) &&
                !(past == 2 && ful_is_id(L, k, FUL_W_today)) && !ful_is_id(L, k - 1, FUL_W_all) /* ("all day") */)
                past = 0; /* "on the call Thursday": that call is ahead */
        if (past)
            L->t[i].bits &= ~(FUL_CUE_EVENT | FUL_CUE_JOINT | FUL_CUE_CHASE | FUL_CUE_ACT | FUL_CUE_SETUP);
    }
}

/* Web addresses and e-mail addresses carry no step: their words
 * ("www.acme.com/pricing") are set aside like #tags. */
static void ful_mark_links(ful_cline *L)
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

/* "[link]", "<tbd>": a placeholder for text never written. */
static int ful_placeholder(const char *s, size_t start, size_t n)
{
    while (start < n && (s[start] == ' ' || s[start] == '\t'))
        start++;
    while (n > start && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return n - start >= 2 && ((s[start] == '[' && s[n - 1] == ']') || (s[start] == '<' && s[n - 1] == '>'));
}

/* "n/a - intro call only", "none, went dark": the line says first that
 * there is no step, then why. */
static int ful_nothing_first(const ful_cline *L, const char *s, size_t body, size_t n)
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
static int ful_link_field(const char *s, size_t n)
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
static int ful_heading(const char *s, size_t n)
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
static int ful_void_line(const ful_cline *L)
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
static int ful_pointer(const ful_cline *L)
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

/* "RFP #2026-114", "Ticket #4471": a thing and its number, nothing to do. */
static int ful_number_field(const ful_cline *L)
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
static int ful_code_field(const ful_cline *L)
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
static int ful_status_done(const ful_cline *L)
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

static int ful_fact_label(const ful_cline *L)
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
                                   FUL_W_tcv};
    int k, w, h = -1, record;
    if (L->nt < 2 || (L->t[0].flags & T_QUOTED)) /* ("Budget: approved (per CFO)": a source cut off) */
        return 0;
    /* "Pain:", or a word before it: "pricing obj -", "main risk:", "security concern:" */
    for (w = 0; w < 2 && h < 0 && (L->marks & FUL_SAW_FIELD); w++)
        if ((L->t[w + 1].flags & T_BREAK) && (w == 0 || (!(L->t[1].flags & T_BREAK) && !(L->t[0].bits & VERBISH))))
            for (k = 0; k < (int)(sizeof one / sizeof one[0]) && h < 0; k++)
                if (L->t[w].wid == one[k])
                    h = w + 1;
    /* the two-word labels: "Economic buyer:", "Decision criteria/process/maker:", "Paper process:",
     * "Pain points:", "Use case:", "Why now:" */
    if (h < 0 && (L->t[2].flags & T_BREAK) && !(L->t[1].flags & T_BREAK) &&
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
    w = h - 1;
    record = ful_is_id(L, w, FUL_W_competitor) || ful_is_id(L, w, FUL_W_competitors) ||
             ful_is_id(L, w, FUL_W_competition) || ful_is_id(L, w, FUL_W_background) || ful_is_id(L, w, FUL_W_context) ||
             ful_is_id(L, w, FUL_W_incumbent) || ful_is_id(L, w, FUL_W_results) || ful_is_id(L, w, FUL_W_stats) ||
             /* a CRM row's figures: "Amount: $120,000 | Stage: Commit | Close: 12/15" */
             ful_is_id(L, w, FUL_W_amount) || ful_is_id(L, w, FUL_W_stage) || ful_is_id(L, w, FUL_W_forecast) ||
             ful_is_id(L, w, FUL_W_probability) || ful_is_id(L, w, FUL_W_acv) || ful_is_id(L, w, FUL_W_value) ||
             ful_is_id(L, w, FUL_W_arr) || ful_is_id(L, w, FUL_W_mrr) || ful_is_id(L, w, FUL_W_tcv);
    for (k = h; k < L->nt; k++) {
        uint32_t b = L->t[k].bits;
        if (L->t[k].flags & T_INPHR)
            continue;
        if (record && !(b & (FUL_CUE_MODAL | FUL_CUE_BOOKED)))
            continue;
        if ((b & FUL_CUE_MODAL) ||
            ((b & (VERBISH | FUL_CUE_BOOKED)) && !(b & (FUL_CUE_RECAP | FUL_CUE_DNOUN)) && !ful_participle(L, k) &&
             !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k))))
            return 0;
    }
    return 1;
}

/* "Stage: proposal", "Champion = Priya", "Blocked: budget freeze": a
 * field and its value, no verb, no date, no meeting; a record, not a step. */
static int ful_field_line(const ful_cline *L, int has_date)
{
    int h = L->head, k;
    size_t p;
    if (has_date || L->nt < h + 2 || L->t[h].span != 1 || (L->t[h].flags & T_QUOTED))
        return 0;
    if ((L->t[h].bits & (VERBISH | FUL_CUE_EVENT)) && !ful_is_id(L, h, FUL_W_blocked))
        return 0;
    for (p = L->t[h].off + L->t[h].len; p < L->t[h + 1].off && L->s[p] == ' '; p++)
        ;
    if (p >= L->t[h + 1].off || (L->s[p] != ':' && L->s[p] != '='))
        return 0;
    for (k = h + 1; k < L->nt; k++)
        if (((L->t[k].bits & (VERBISH | FUL_CUE_EVENT | FUL_CUE_DATE | FUL_CUE_CLIENT | FUL_CUE_SELLER | FUL_CUE_POSS |
                              FUL_CUE_SOBJ | FUL_CUE_COBJ | FUL_CUE_YOU)) &&
             !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k))) ||
            (L->t[k].flags & T_QUOTED))
            return 0; /* "Status: waiting on client feedback": someone acts; "Champion = Grant" is a name */
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
static int ful_equals_line(const ful_cline *L, const char *text, size_t n, int has_date)
{
    int k;
    if (has_date || L->nt < 3 || !memchr(text, '=', n))
        return 0;
    for (k = L->head; k < L->nt; k++)
        if ((L->t[k].flags & T_QUOTED) ||
            ((L->t[k].bits & (VERBISH | FUL_CUE_EVENT | FUL_CUE_BOOKED)) && !(L->t[k].bits & FUL_CUE_DNOUN) &&
             !((L->t[k].flags & T_CAP) && ful_first_name_word(L, k)) && !ful_record_noun(L, k) &&
             !(ful_be_form(L, k) && ful_copula_fact(L, k, L->nt)))) /* ("; Li Na is the champion") */
            return 0;
    return 1;
}

/* Is the client's "action" at st only something the seller waits on:
 * "waiting for their answer", "approval pending"? */
static int ful_waiting(const ful_cline *L, int st, int end)
{
    const ful_rtok *r = &L->r[st];
    int j;
    if ((r->len >= 4 && memcmp(r->lw, "wait", 4) == 0) || (r->len == 8 && memcmp(r->lw, "awaiting", 8) == 0) ||
        (r->len == 7 && (memcmp(r->lw, "pending", 7) == 0 || memcmp(r->lw, "awaited", 7) == 0)))
        return 1;
    j = ful_next(L, st, end);
    return j >= 0 && ful_is_id(L, j, FUL_W_pending);
}

/* "We agreed Tom will sign Fri", "agreed that they send the PO Monday":
 * what we agreed is the client's step; the client's token, or -1. */
static int ful_agreed_client(const ful_cline *L, int a, int end)
{
    int i = a, k;
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

/* "Get legal to review their paper", "have our SE build the demo": the
 * seller makes a colleague work (compliance); "get them to sign", "get
 * their CFO to approve": the seller pushes the client (a chase). Returns
 * R_COMPLIANCE, R_NON, or R_NONE when the clause is no such order. */
/* (one caller; inlined, it costs the line nothing when its first word is no get/have) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int ful_causative(const ful_cline *L, int a, int end, int *vt)
{
    int i = a, j, v, client;
    while (i < end && ((L->t[i].flags & (T_INPHR | T_TAG)) ||
                       ((L->t[i].bits & FUL_CUE_FILLER) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT)))))
        i++;
    if (i >= end || (L->t[i].flags & T_QUOTED) || !(ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_have)))
        return R_NONE;
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
    if (ful_is_id(L, i, FUL_W_get) && L->t[i].span == 1 && !client && (L->t[j].bits & FUL_CUE_ART)) {
        /* "get the SOW signed": their signature, chased; "get the MSA
         * redlined": a thing of ours made ready */
        int k = ful_next(L, j, end), m;
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
static int ful_source_from(const ful_cline *L, int a, int end)
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
static int ful_said_tag(const ful_cline *L, int a, int end)
{
    int j;
    if (a == 0 || end != L->nt || !((L->t[a].bits & FUL_CUE_CLIENT) || (L->t[a].flags & T_NAME)))
        return 0;
    j = ful_next(L, a, end);
    return j >= 0 && (L->t[j].bits & FUL_CUE_SPEECH) && ful_next(L, j, end) < 0;
}

/* "legal on our side to turn the redlines", "finance from our end": a role
 * the line says is ours; its verb's token in *verb. */
/* "Rescheduled twice already", "Pushed the call again", "Updated the deck":
 * a seller's verb in -ed opening its clause, with no day ahead: what was
 * done ("Moved the demo to Thu 12/8" is when it now is). */
static int ful_done_opener(const ful_cline *L, int st, int end)
{
    const ful_rtok *r = &L->r[st];
    int k;
    if (st != L->head || !(L->t[st].flags & T_CAP) || (L->t[st].flags & T_QUOTED) || L->t[st].span > 2 || r->len < 5 ||
        r->lw[r->len - 2] != 'e' || r->lw[r->len - 1] != 'd' ||
        !(L->t[st].bits & (FUL_CUE_CHASE | FUL_CUE_SETUP | FUL_CUE_DELIV)) ||
        (L->t[st].bits & (FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_NEGBOOK)))
        return 0;
    for (k = st + 1; k < end; k++)
        if ((L->t[k].bits & (FUL_CUE_DATE | FUL_CUE_DSTART | FUL_CUE_BOOKED)) || ((L->t[k].flags & T_NUM) && !ful_quantity(L, k)))
            return 0;
    return 1;
}

/* "Data migration 60% complete", "Renewal price up 7% vs last year": how
 * far something got or how a figure moved is how things stand. */
static int ful_figure_moved(const ful_cline *L, int a, int end)
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

static int ful_our_side(const ful_cline *L, int a, int st, int end, int *verb)
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
static int ful_not_until(const ful_cline *L, int a, int end)
{
    int k;
    for (k = a; k < end; k++)
        if (ful_is_id(L, k, FUL_W_until) || ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_before))
            return 1;
    return 0;
}

static void ful_read_line(const ful_cline *L, ful_read *rd, int has_date)
{
    int a = 0, prev_subj = S_NONE, prev_st = -1, prev_weak = 0, status = 0, was_fact = 0, was_recap = 0;
    int best_pri = 0, bare_event = 0;
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
    while (a < L->nt) {
        int end = L->cend[a] < L->nt ? L->cend[a] : L->nt, st = -1, subj, res = R_NONE, vt = -1, req = 0, hedge = -1, i,
            cond = 0, weak, caus, next;
        next = end;
        if ((end = ful_source_from(L, a, end)) == a || ful_said_tag(L, a, end)) {
            a = next; /* "(per call)", "..., they said": the whole clause is a source */
            continue;
        }
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
        if (a + 1 < end && ((ful_is_id(L, a, FUL_W_do) && ful_is_id(L, a + 1, FUL_W_not)) || ful_is_id(L, a, FUL_W_don_t) ||
                            ful_is_id(L, a, FUL_W_dont)) && !(L->t[a].flags & T_QUOTED) && !ful_not_until(L, a, end)) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = 1; /* "NI - do not call": what not to do is no step */
            a = next;
            continue;
        }
        for (i = a; i < end && (L->t[i].flags & (T_INPHR | T_TAG)); i++)
            ;
        if (i < end && !(L->t[i].flags & T_QUOTED) && L->t[i].span == 1 &&
            /* "Had lunch with the ops team", "Had a quick call w/ Raj": what we did */
            ((ful_is_id(L, i, FUL_W_had) && i + 1 < end && !ful_is_id(L, i + 1, FUL_W_to) &&
              (L->t[i + 1].bits & (FUL_CUE_ART | FUL_CUE_EVENT)) && !(L->t[i + 1].bits & FUL_CUE_WITH)) ||
             /* "Call ran over, ran out of time for pricing": after a record, a past goes on telling it */
             (was_fact && ful_past_verb(L, i) && !(L->t[i].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER)) &&
              ful_done_thing(L, i, end)))) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = was_fact = 1;
            a = next;
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
        was_recap = i < end && ful_recap_verb(L, i);
        was_fact = 0;
        if ((L->marks & FUL_SAW_FACT) && ful_fact_clause(L, a, end)) {
            if (!status)
                rd->status_tok = a == 0 ? L->head : a;
            status = was_fact = 1; /* how things stand: no step, no fallback */
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
                subj = S_SELLER; /* "Discussed pricing, will send the deck": (we) will */
                st = i;
            } else {
                subj = prev_subj == S_EVENT ? S_CLIENT : prev_subj;
                st = prev_st;
            }
        } else if (status && subj == S_NONE && st >= 0 && ful_is_id(L, st, FUL_W_will) && (i = ful_next(L, st, end)) >= 0) {
            subj = S_SELLER; /* "no answer, will ping Fri": after a status, (I) will */
            st = i;
        } else if (subj == S_SELLER && prev_subj == S_CLIENT && st == a && L->t[st].span == 1 && L->r[st].len > 3 &&
                   (L->t[st].bits & (FUL_CUE_DELIV | FUL_CUE_ACT | FUL_CUE_CHASE | FUL_CUE_SETUP)) &&
                   L->r[st].lw[L->r[st].len - 1] == 's' && L->r[st].lw[L->r[st].len - 2] != 's' &&
                   L->r[st].lw[L->r[st].len - 2] != '\'') {
            subj = S_CLIENT; /* "Maria liked it, sends PO Fri": no order is in -s, the client goes on */
            st = prev_st;
        }
        if (subj == S_CLIENT && st >= 0 && (L->marks & FUL_SAW_OURS) && ful_our_side(L, a, st, end, &i))
            subj = S_SELLER, st = i; /* "legal on our side to turn the redlines": the role is ours */
        switch (subj) {
        case S_CLIENT:
            /* ("Waiting on us for the SOW": the wait itself is read) */
            res = ful_client_clause(L, st + 1 <= a ? a : st + (L->r[st].len >= 4 && memcmp(L->r[st].lw, "wait", 4) == 0 ? 0 : 1), end,
                                    &vt, &req, &hedge);
            if (res == R_NONE && st > a && L->r[st].len == 7 && memcmp(L->r[st].lw, "awaited", 7) == 0)
                res = R_EFFORT, vt = st; /* "PO awaited": the thing stood before the wait, theirs to send */
            if (st < a)
                st = prev_st;
            break;
        case S_SELLER:
            res = caus != R_NONE ? caus : ful_seller_clause(L, st, end, &vt);
            /* "Discussed pricing tiers": a recap of the call, not a step */
            if (ful_recap_verb(L, st) || ful_done_opener(L, st, end))
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
        /* "no decision yet"; "budget 250k, 3 yr term", "120k EUR": a status, a field and its figure */
        if ((subj == S_NONE && st >= 0 && (L->t[st].bits & FUL_CUE_NEG)) ||
            (a + 1 < end && !(L->t[a].bits & (VERBISH | FUL_CUE_EVENT)) && ful_figure_to_end(L, a + 1, end)) ||
            ful_tally(L, a, end) ||
            ful_figure_moved(L, a, end))
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
            if (hedge >= 0 && rd->hedge_tok < 0)
                rd->hedge_tok = hedge;
        }
        /* (after "Tom is out this week", "will ping Mon" is ours, as after a wait) */
        weak = (res == R_EFFORT && subj == S_CLIENT && st >= 0 && ful_waiting(L, st, end)) ||
               (res == R_NONE && status && subj == S_CLIENT);
        if (res != R_NONE && pri[res] - weak * 5 > best_pri) {
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
            if (ev < 0 && (b & (FUL_CUE_EVENT | FUL_CUE_JOINT)))
                ev = i;
        }
        if (rd->book_tok >= 0 || ev >= 0 || rd->neg_tok >= 0 || (rd->hedge_tok >= 0 && has_date)) {
            /* "Tentatively next Tuesday, no invite yet": a meeting, hedged */
            rd->res = R_EFFORT;
            rd->subj = S_EVENT;
            rd->verb_tok = ev >= 0 ? ev : rd->book_tok;
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

/* Drops the date spans (offsets from base) that start on a name: "Jan
 * sends it Friday 12/4" is Jan the person, and Friday 12/4 the date. */
static int ful_drop_name_dates(const ful_cline *L, ful_date_span *sp, int nsp, size_t base)
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

/* ---- explanations ---- */

typedef struct {
    char *b;
    size_t len, cap;
} ful_sb;

static void ful_put(ful_sb *sb, const char *s)
{
    while (*s && sb->len + 1 < sb->cap)
        sb->b[sb->len++] = *s++;
    sb->b[sb->len] = '\0';
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
        unsigned char c = (unsigned char)text[i];
        size_t l = 1, k;
        int ok = 1;
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
           !(L->t[vt + k].bits & FUL_CUE_FILLER)) {
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

static void ful_explain(const ful_cline *L, const ful_read *rd, ful_class cls, int hedged, int booked,
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
            else
                ful_quote_toks(&why, L, rd->subj_tok >= 0 ? rd->subj_tok : rd->verb_tok, 1);
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
        if ((ful_participle(L, i) || ful_past_verb(L, i)) && (!(L->t[i].flags & T_CAP) || (L->t[i].bits & FUL_CUE_WORD)) &&
            !(L->t[i].bits & (FUL_CUE_HEDGE | FUL_CUE_REQUEST | FUL_CUE_SPEECH)) && !ful_is_id(L, i, FUL_W_expected) &&
            !ful_is_id(L, i, FUL_W_needed) && !ful_is_id(L, i, FUL_W_supposed) && !ful_is_id(L, i, FUL_W_planned) &&
            !ful_verb_object_state(L, i)) /* ("send signed copy": a thing's state) */
            return !(i > 0 && (ful_is_id(L, i - 1, FUL_W_be) || ful_is_id(L, i - 1, FUL_W_to) || ful_is_id(L, i - 1, FUL_W_will)));
        if (L->t[i].flags & T_BREAK)
            break;
    }
    return 0;
}

/* Keeps an explanation under 120 bytes, cut at a UTF-8 boundary. */
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
    int i, hd = -1;
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
        if ((t->flags & T_QUOTED) || (t->bits & FUL_CUE_SPEECH))
            return 1;
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
        if (len >= 4 && w[0] == 'w' && memcmp(w, "wait", 4) == 0)
            return 1;
        if (((hd == i && ((len == 8 && memcmp(w, "awaiting", 8) == 0) || t->wid == FUL_W_pending)) ||
             (len == 7 && memcmp(w, "awaited", 7) == 0)) &&
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
    if ((i = ful_later_label(&L)) > 0 || (L.nt > 3 && (L.any & (FUL_CUE_FILLER | FUL_CUE_DNOUN)) && (L.marks & FUL_SAW_FACT) && (i = ful_spoken_label(&L)) > 0)) {
        /* "11/30 JM: left VM. NS: f/u Mon": a CRM field's history, then
         * its next step; the step is what follows the label */
        size_t off = L.t[i].off;
        ful_classify_names(rules, names, text + off, n - off, meeting, grace_days, flags, out);
        return;
    }
    ful_find_head(&L);
    L.nact = 0;
    if ((names && names->n > 0) || ful_wants_actors(&L)) {
        ful_actors_mark(&L, names);
        L.any = 0; /* the actor pass rewrites bits */
        for (i = 0; i < L.nt; i++)
            L.any |= L.t[i].bits;
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
    if (L.nact > 0 && nsp > 0)
        nsp = ful_drop_name_dates(&L, sp, nsp, start);
    if (L.marks & FUL_SAW_LINK)
        ful_mark_links(&L);
    if (L.head + 1 < L.nt && ful_is_id(&L, L.head, FUL_W_leave) && L.t[L.head].span == 1 &&
        !(L.t[L.head + 1].flags & (T_BREAK | T_CAP | T_NUM)) &&
        ((L.t[L.head + 1].bits & (FUL_CUE_ART | FUL_CUE_SOBJ | FUL_CUE_DNOUN)) || !(L.t[L.head + 1].bits & FUL_CUE_WORD)) &&
        !ful_is_id(&L, L.head + 1, FUL_W_to) && !ful_is_id(&L, L.head + 1, FUL_W_for) && !ful_is_id(&L, L.head + 1, FUL_W_on))
        L.t[L.head].bits |= FUL_CUE_DELIV | FUL_CUE_WORD; /* "Leave samples with the store mgr": we hand them over */
    if (L.any & FUL_CUE_EVENT)
        ful_mark_past_events(&L);
    if (L.any & FUL_CUE_JOINT)
        for (i = 1; i < L.nt; i++)
            if ((L.t[i].bits & FUL_CUE_JOINT) && L.r[i].len == 4 && memcmp(L.r[i].lw, "both", 4) == 0 &&
                (L.t[i - 1].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE)) && !(L.t[i - 1].flags & T_INPHR))
                L.t[i].bits &= ~FUL_CUE_JOINT; /* "→ send both": the two things, not both sides */
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
    if ((body < n && (text[body] == '[' || text[body] == '<') && ful_placeholder(text, body, n)) ||
        (L.nt == L.head + 1 && !(L.t[L.head].bits & (FUL_CUE_CHASE | FUL_CUE_DELIV | FUL_CUE_BOOKED))) ||
        (L.head + 1 < L.nt && !(L.t[L.head].bits & VERBISH) && ful_figure_to_end(&L, L.head + 1, L.nt)) ||
        ful_nothing_first(&L, text, body, n) || ful_pointer(&L) || ful_field_line(&L, nsp > 0) || ful_void_line(&L) ||
        ful_heading(text, n) ||
        ((L.marks & FUL_SAW_LINK) && !(L.t[L.head].bits & (VERBISH & ~FUL_CUE_DNOUN)) && ful_link_field(text, n)) ||
        ful_equals_line(&L, text, n, nsp > 0))
        rd.res = R_NONE; /* "[link]"; a lone word that is no verb: "test", "pricing"; "Budget 120k"; "n/a - intro call only" */
    else if (ful_fact_label(&L) || ful_number_field(&L) || ful_status_done(&L) || ful_code_field(&L)) {
        rd.res = R_NONE; /* "Pain: ...", "RFP #2026-114": a record filed under a label or a number */
        rd.status_tok = L.head;
    }
    for (i = 0; i < nsp; i++) {
        sp[i].off += start; /* relative to the whole line */
        if (sp[i].kind == FUL_DATE_EXACT && exact_i < 0)
            exact_i = i;
        if (sp[i].kind == FUL_DATE_WINDOW && win_i < 0)
            win_i = i;
    }
    /* "Mtg w/ Tom on 11/25 - discussed pricing": a meeting beside a recap
     * whose day comes round again only next year is the one just held */
    if (rd.res == R_EFFORT && rd.subj == S_EVENT && rd.status_tok >= 0 && rd.book_tok < 0 && exact_i >= 0 &&
        meeting != FUL_NODATE && sp[exact_i].start - meeting > 300)
        rd.res = R_NONE;
    if (rd.res != R_NONE && exact_i >= 0 && meeting != FUL_NODATE && ful_day_gone(sp[exact_i].start, meeting) &&
        ful_done_on(&L, sp[exact_i].off) && ful_days_behind(sp, nsp, meeting))
        rd.res = R_NONE; /* "Contract signed 11/28", "Signed 2026-11-30": a day gone, when it happened */
    hedged = rd.hedge_tok >= 0 || rd.neg_tok >= 0;
    booked = rd.book_tok >= 0;

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
            d = exact_i >= 0 ? sp[exact_i].start : FUL_NODATE;
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
