/* classify_tokens.c: the first pass over a step's line. The tokenizer
 * lowercases ASCII words into one buffer (shorthand like f/u and w/
 * folded), breaks clauses at punctuation and spaced dashes, and marks
 * quoted speech, capitalised and numeric words; the lookup gives each word
 * or phrase its cue bits (rules.c) and the line its cheap gates
 * (FUL_SAW_*, cline.h). No allocation; the line is read within [0, n). */
#include "clause.h"

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
    if (b2 == 0x9C || b2 == 0x9D || b2 == 0x9E)
        *kind = 'q';       /* “ ” „ */
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
static inline void ful_push(ful_cline *L, int *ntp, size_t off, size_t len, const char *lw, size_t lwn, int flags, size_t *lcpos)
{
    ful_tok *t;
    ful_rtok *r;
    if (*ntp >= FUL_MAXTOK || *lcpos + lwn > FUL_LCBUF) {
        L->truncated = 1;
        return;
    }
    t = &L->t[*ntp];
    r = &L->r[*ntp];
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
    (*ntp)++;
}

/* Single quotes as quotes ('Try me in Jan' - Deepa, ‘We’ll circle back’ –
 * Lars): an opening ' or ‘ at i, before a word, counts only when a closing
 * ' or ’ after a word and before no word follows within FUL_LCBUF bytes
 * (the words the classifier reads; a longer look would make a 1 MB line of
 * openings quadratic); an apostrophe (we’ll, budget's) is inside a word
 * and closes nothing. */
static int ful_squote_closes(const char *s, size_t n, size_t i)
{
    if (n - i > FUL_LCBUF)
        n = i + FUL_LCBUF;
    for (; i < n; i++) {
        size_t q = i, e;
        if (s[i] == '\'')
            e = i + 1;
        else if ((unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
            e = i + 3;
        else
            continue;
        if (q > 0 && s[q - 1] != ' ' && (e >= n || !ful_isw((unsigned char)s[e])))
            return 1;
    }
    return 0;
}

/* Is byte i the start of a word's opening single quote (after a space, a
 * bracket or the start)? */
static int ful_squote_opens(const char *s, size_t start, size_t i, size_t len, size_t n)
{
    return (i == start || s[i - 1] == ' ' || s[i - 1] == '(') && i + len < n && ful_isw((unsigned char)s[i + len]) &&
           ful_squote_closes(s, n, i + len);
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
    int quoted = 0, brk = T_BREAK, sig = 0, sq = 0, hy = 0; /* sq: quoted by single quotes; hy: a hyphen in a word */
    uint64_t done = 0;
    int nt = 0; /* L->nt, in a register: the byte stores to lc may alias L->nt, so it was reloaded a word */
    L->truncated = 0;
    L->marks = 0;
    L->wsets = 0; /* (ful_lookup or's the words' sets in) */
    while (i < n && nt < FUL_MAXTOK && (roomy || lcpos < FUL_LCBUF)) {
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
                /* (a lone "w" or "e" before a hyphen goes the slow way: "W-9", "e-mail") */
                if (p == pe || (!ful_wrare[*p] && !(p - p0 == 1 && *p == '-' && ((p0[0] | 0x20) == 'w' || (p0[0] | 0x20) == 'e')))) {
                    size_t wl = (size_t)(p - p0);
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
                    nt++;
                    lcpos += wl;
                    i += wl;
                    brk = sig = 0;
                    /* one space and a plain word after it (ful_low: an ASCII
                     * letter or digit is positive as a signed byte): no trip
                     * round the loop; else the loop reads the space itself */
                    if (nt < FUL_MAXTOK && (roomy || lcpos < FUL_LCBUF) && i + 1 < n && s[i] == ' ' &&
                        (signed char)ful_low[(unsigned char)s[i + 1]] > 0) {
                        c = (unsigned char)s[++i];
                        st = i;
                        lst = lcpos;
                        fl = quoted | ful_first[c];
                        continue;
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
            if (i - st == 1 && L->lc[lst] == 'w' && i + 1 < n && s[i] == '-' && (unsigned)(s[i + 1] - '0') < 10 &&
                !(i + 2 < n && ful_isw((unsigned char)s[i + 2]))) {
                char form[3] = {'w', '-', s[i + 1]}; /* "W-9", the tax form, one word (not "w" for "with", then 9) */
                lcpos = lst;
                i += 2;
                ful_push(L, &nt, st, i - st, form, 3, fl, &lcpos);
                brk = sig = 0;
                continue;
            }
            if (i - st == 1 && L->lc[lst] == 'e' && i + 4 < n && s[i] == '-' && (s[i + 1] | 0x20) == 'm' && (s[i + 2] | 0x20) == 'a' &&
                (s[i + 3] | 0x20) == 'i' && (s[i + 4] | 0x20) == 'l' && !(i + 5 < n && ful_isw((unsigned char)s[i + 5]))) {
                lcpos = lst; /* "e-mail Tom Friday": one word, the lexicon's "e-mail" (read as "email" is) */
                i += 5;
                ful_push(L, &nt, st, i - st, "e-mail", 6, fl, &lcpos);
                brk = sig = 0;
                continue;
            }
            /* shorthand: f/u and f/up -> fu, c/b -> callback, w/ -> with, w/o -> without */
            if (i - st == 1 && i < n && s[i] == '/') {
                char w = L->lc[lst];
                size_t up = i + 2 < n && (s[i + 2] == 'p' || s[i + 2] == 'P') ? 1 : 0; /* ("f/up") */
                if (w == 'f' && i + 1 < n && (s[i + 1] == 'u' || s[i + 1] == 'U') &&
                    !(i + 2 + up < n && ful_isw((unsigned char)s[i + 2 + up]))) {
                    lcpos = lst;
                    i += 2 + up;
                    ful_push(L, &nt, st, i - st, "fu", 2, fl & ~T_CAP, &lcpos);
                    brk = sig = 0;
                    continue;
                }
                if (w == 'c' && i + 1 < n && (s[i + 1] == 'b' || s[i + 1] == 'B') && !(i + 2 < n && ful_isw((unsigned char)s[i + 2]))) {
                    lcpos = lst; /* "c/b Tues": a call back */
                    i += 2;
                    ful_push(L, &nt, st, i - st, "callback", 8, fl & ~T_CAP, &lcpos);
                    brk = sig = 0;
                    continue;
                }
                if (w == 'w') {
                    if (i + 1 < n && (s[i + 1] == 'o' || s[i + 1] == 'O') && !(i + 2 < n && ful_isw((unsigned char)s[i + 2]))) {
                        lcpos = lst;
                        i += 2;
                        ful_push(L, &nt, st, i - st, "without", 7, fl & ~T_CAP, &lcpos);
                    } else {
                        lcpos = lst;
                        i += 1;
                        ful_push(L, &nt, st, i - st, "with", 4, fl & ~T_CAP, &lcpos);
                    }
                    brk = sig = 0;
                    continue;
                }
            }
            {
                size_t lwn = lcpos - lst;
                const char *w = L->lc + lst;
                int nt0 = nt;
                lcpos = lst;
                ful_push(L, &nt, st, i - st, w, lwn, fl, &lcpos);
                /* "she's", "they're": maybe how things stand (ful_may_be_done) */
                if (nt > nt0 && lwn > 3 &&
                    ((lwn > 4 && w[lwn - 2] == 'e' && w[lwn - 1] == 'd') || w[lwn - 2] == '\'' || w[lwn - 3] == '\'' ||
                     (lwn == 4 && w[3] == 'd' && (memcmp(w, "rcvd", 4) == 0 || memcmp(w, "recd", 4) == 0))))
                    done |= (uint64_t)1 << nt0;
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
            } else if (kind == '\'' && (unsigned char)s[i + 2] == 0x98 && !quoted && ful_squote_opens(s, start, i, 3, n)) {
                quoted = sq = T_QUOTED; /* ‘ */
                L->marks |= FUL_SAW_QUOTE;
                brk = T_BREAK;
            } else if (kind == '\'' && sq && (i + 3 >= n || !ful_isw((unsigned char)s[i + 3]))) {
                quoted = sq = 0; /* ’ */
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
        case '\'':
            if (!quoted && ful_squote_opens(s, start, i, 1, n)) {
                quoted = sq = T_QUOTED;
                L->marks |= FUL_SAW_QUOTE;
                brk = T_BREAK;
            } else if (sq && (i + 1 >= n || !ful_isw((unsigned char)s[i + 1]))) {
                quoted = sq = 0;
                brk = T_BREAK;
            }
            break;
        case ':':
            L->marks |= FUL_SAW_ANYCOLON;
            if (nt >= 2)
                L->marks |= FUL_SAW_LABEL; /* ful_later_label needs a word before its label */
            /* only "due:" can start a due tag: "Next step:", "10:30" need no search */
            if (i >= start + 3 && (s[i - 1] | 0x20) == 'e' && (s[i - 2] | 0x20) == 'u' && (s[i - 3] | 0x20) == 'd')
                L->marks |= FUL_SAW_COLON;
            /* "re: pricing" goes on talking about the same thing */
            if (nt > 0 && L->r[nt - 1].len == 2 && memcmp(L->r[nt - 1].lw, "re", 2) == 0 &&
                L->t[nt - 1].off + 2 == i)
                break;
            if (i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/')
                L->marks |= FUL_SAW_LINK; /* https:// */
            brk = T_BREAK;
            break;
        case '.':
            if (i > start && i + 1 < n && ful_low[(unsigned char)s[i - 1]] && ful_low[(unsigned char)s[i + 1]])
                L->marks |= FUL_SAW_LINK; /* www.acme.com, jane.doe: maybe an address */
            /* "Mrs. Lee", "Dr. Patel": a title's dot ends no clause */
            if (nt > 0 && L->t[nt - 1].off + L->t[nt - 1].len == i && ful_title(L->r[nt - 1].lw, L->r[nt - 1].len))
                break;
            /* "incl. the peso pricing", "approx. 40k", "lease vs. buy", "prev.
             * meeting": an abbreviation's dot neither */
            if (nt > 0 && (L->r[nt - 1].lw[0] == 'i' || L->r[nt - 1].lw[0] == 'a' || L->r[nt - 1].lw[0] == 'e' ||
                           L->r[nt - 1].lw[0] == 'v' || L->r[nt - 1].lw[0] == 'p') && L->t[nt - 1].off + L->t[nt - 1].len == i &&
                ((L->r[nt - 1].len == 4 && memcmp(L->r[nt - 1].lw, "incl", 4) == 0) ||
                 (L->r[nt - 1].len == 6 && memcmp(L->r[nt - 1].lw, "approx", 6) == 0) ||
                 (L->r[nt - 1].len == 2 && memcmp(L->r[nt - 1].lw, "vs", 2) == 0) ||
                 (L->r[nt - 1].len == 3 && memcmp(L->r[nt - 1].lw, "esp", 3) == 0) ||
                 (L->r[nt - 1].len == 4 && memcmp(L->r[nt - 1].lw, "prev", 4) == 0)))
                break;
            /* "Lena K. to return the form": an initial's dot neither */
            if (nt > 1 && L->r[nt - 1].len == 1 && L->t[nt - 1].off + 1 == i && (L->t[nt - 1].flags & T_CAP) &&
                !(L->t[nt - 1].flags & T_BREAK) && (L->t[nt - 2].flags & T_CAP) && i + 1 < n && s[i + 1] == ' ')
                break;
            brk = T_BREAK;
            break;
        case '=':
            /* "outcome = no answer | next = call Flutura back": a field and
             * its value, as after a colon ("=>" is an arrow, read elsewhere) */
            if (nt > 0 && !(i + 1 < n && s[i + 1] == '>')) {
                L->marks |= FUL_SAW_ANYCOLON | (nt >= 2 ? FUL_SAW_LABEL : 0);
                brk = T_BREAK;
            }
            break;
        case '&': case '+':
            L->marks |= FUL_SAW_AMP;
            break;
        case '(':
            L->marks |= FUL_SAW_PAREN;
            brk = T_BREAK;
            break;
        case ',':
            /* "2,000 pages", "$1,200": a thousands comma ends no clause
             * (ful_quantity reads the two numbers as one figure) */
            if (i > start && i + 3 < n && (unsigned)(s[i - 1] - '0') < 10 && (unsigned)(s[i + 1] - '0') < 10 &&
                (unsigned)(s[i + 2] - '0') < 10 && (unsigned)(s[i + 3] - '0') < 10 &&
                (i + 4 >= n || (unsigned)(s[i + 4] - '0') >= 10))
                break;
            brk = T_BREAK;
            break;
        case '?': /* (every byte read reaches this switch but word, space and Unicode punctuation bytes) */
            L->wsets |= FUL_WG_QMARK;
            brk = T_BREAK;
            break;
        case ';': case '!': case ')':
        case '[': case ']': case '{': case '}': case '|': case '\r': case '\n':
            brk = T_BREAK;
            break;
        case '-':
            /* a spaced dash or "--" separates; "follow-up" does not */
            if (i == start || s[i - 1] == ' ' || s[i - 1] == '\t' || (i + 1 < n && s[i + 1] == '-'))
                brk = T_BREAK;
            else
                hy = 1;
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
            if (sig)
                L->wsets |= FUL_WG_AT;
            i++;
            continue;
        default:
            break;
        }
        sig = 0;
        i++;
    next_byte:;
    }
    if (i < n) {
        L->truncated = 1;
        L->wsets |= FUL_WG_QMARK; /* (a '?' may lie past the last token) */
    }
    L->nt = nt;
    L->done = done;
    if (hy)
        L->marks |= FUL_SAW_HYPHEN;
}

/* A token's lowercased bytes outgrow its text only by the shorthands (w/
 * -> with, w/o -> without: at most 4 bytes a token, FUL_MAXTOK tokens), so
 * a line this short never fills lc. */
#define FUL_ROOMY (FUL_LCBUF - 4 * FUL_MAXTOK)

void ful_tokenize(ful_cline *L, size_t start)
{
    if (L->n - start <= FUL_ROOMY)
        ful_tokenize_in(L, start, 1);
    else
        ful_tokenize_in(L, start, 0);
    if (L->marks & FUL_SAW_PAREN)
        ful_read_glosses(L);
}

/* Is token i a word of another language: a word no table knows, no
 * figure (its lookup id: the table's hash, before the line's lookup) */
static int ful_foreign_word(const ful_cline *L, int i)
{
    return !(L->t[i].flags & (T_NUM | T_TAG)) && L->r[i].len > 0 && ful_wid_unknown(ful_rules_word_id(&L->r[i]));
}

/* "Giulia forse (maybe) introduces us", "Lucía said: llámame (call me)
 * in two weeks", "Herr Braun war sehr zufrieden (very happy) with the demo":
 * words of another language, then in brackets their English in
 * lowercase; the English is read in their place, and the brackets end no
 * clause. Up to four such words before the bracket, never a capitalised
 * one (a name stays: "Herr Braun", "Nadia (pharmacy lead)"); the note
 * keeps its words, only the reading skips them. Runs before the lookup,
 * so the words' ids are asked of the table here. */
void ful_read_glosses(ful_cline *L)
{
    int g, f, e, k, drop, out;
    for (g = 1; g < L->nt; g++) {
        size_t o = L->t[g].off, q;
        if (L->s[o - 1] != '(' || (L->t[g].flags & (T_CAP | T_NUM | T_QUOTED)))
            continue;
        for (q = o; q < L->n && L->s[q] != ')'; q++)
            if (!((L->s[q] >= 'a' && L->s[q] <= 'z') || L->s[q] == ' ' || L->s[q] == '\''))
                break;
        if (q >= L->n || L->s[q] != ')')
            continue; /* (not a plain English gloss: "(a name)" is one, "(Tom, CFO)" is not) */
        for (e = g; e < L->nt && L->t[e].off < q; e++)
            ;
        if (e - g > 5)
            continue;
        for (k = g; k < e && (L->r[k].len < 4 || ful_foreign_word(L, k)); k++)
            ;
        if (k == e)
            continue; /* (no word the rules know in it: an aside, "(latest version)", not a gloss) */
        for (f = g - 1; f >= 0 && g - f <= 4 && ful_foreign_word(L, f) && !(L->t[f].flags & T_CAP) &&
                        (f == g - 1 || !(L->t[f + 1].flags & T_BREAK));
             f--)
            ;
        f++;
        if (f >= g)
            continue; /* (no foreign word; a capitalised one may be a name: "Nadia (pharmacy lead)") */
        if (f == g - 1 && e - g > 1) {
            /* one word and a longer gloss: a foreign word only with a letter
             * of its own ("llámame (call me)"); "their milestone (invite out
             * and accepted)" is English and an aside */
            for (k = 0; k < (int)L->r[f].len && (unsigned char)L->r[f].lw[k] < 0x80; k++)
                ;
            if (k == (int)L->r[f].len)
                continue;
        }
        /* the gloss goes on the clause; so does the word after ")" when a space follows it */
        L->t[g].flags = (uint8_t)((L->t[g].flags & ~T_BREAK) | (L->t[f].flags & T_BREAK));
        if (e < L->nt && q + 1 < L->n && L->s[q + 1] == ' ' && L->t[e].off == q + 2)
            L->t[e].flags &= (uint8_t)~T_BREAK;
        drop = g - f;
        for (k = g, out = f; k < L->nt; k++, out++) {
            L->t[out] = L->t[k];
            L->r[out] = L->r[k];
        }
        if (f < 64) /* (the tokenizer's done bits move with their tokens) */
            L->done = (L->done & (((uint64_t)1 << f) - 1)) | (g < 64 ? (L->done >> g) << f : 0);
        L->nt -= drop;
        g = f + (e - g);
    }
}

/* "the callback-rate comparison", "the vaccine-reminder case study": a
 * chase's word inside a hyphened name after "the" or "our" names a thing,
 * it orders no chase ("the follow-up email", one phrase, stays one). The
 * line's cue bits, as they now stand (the OR of its tokens'). */
static uint32_t ful_compound_chase(ful_cline *L)
{
    int k, a;
    uint32_t now = 0;
    for (k = 0; k < L->nt; k++) {
        ful_tok *t = &L->t[k];
        if ((t->bits & FUL_CUE_CHASE) && t->span == 1 && !(t->flags & (T_INPHR | T_QUOTED))) {
            int before = k > 0 && t->off > 0 && L->s[t->off - 1] == '-' && L->t[k - 1].off + L->t[k - 1].len + 1 == t->off;
            int after = !before && k + 1 < L->nt && t->off + t->len < L->n && L->s[t->off + t->len] == '-' &&
                        L->t[k + 1].off == t->off + t->len + 1;
            const ful_rtok *r;
            if (after && ((L->r[k + 1].len > 4 && L->r[k + 1].lw[L->r[k + 1].len - 2] == 'e' &&
                           L->r[k + 1].lw[L->r[k + 1].len - 1] == 'd') ||
                          (L->r[k + 1].len == 2 && memcmp(L->r[k + 1].lw, "on", 2) == 0 && k + 2 < L->nt &&
                           !(L->t[k + 2].bits & (FUL_CUE_EVENT | FUL_CUE_CHASE | FUL_CUE_DATE))))) {
                /* "ring-fenced", "email-based": a word of a state, no chase;
                 * "a follow-on order" ("Follow-on call in two weeks" is one) */
                t->bits = FUL_CUE_WORD;
                goto next;
            }
            a = before ? k - 2 : k - 1; /* the word before the compound */
            if (!(before || after) || a < 0 || (L->t[a + 1].flags & T_BREAK) || L->t[a].span != 1)
                goto next;
            r = &L->r[a];
            if ((r->len == 3 && (memcmp(r->lw, "the", 3) == 0 || memcmp(r->lw, "our", 3) == 0 || memcmp(r->lw, "his", 3) == 0)) ||
                (r->len == 5 && memcmp(r->lw, "their", 5) == 0) || (r->len == 1 && r->lw[0] == 'a') ||
                (r->len == 2 && memcmp(r->lw, "an", 2) == 0))
                t->bits = FUL_CUE_WORD | FUL_CUE_DNOUN;
        }
    next:
        now |= t->bits;
    }
    return now;
}

/* "school", "clinic's", "practices": a place where vets work, by its
 * first letters (the word after "vet" is not looked up yet) */
static int ful_vet_place(const ful_rtok *r)
{
    static const char *const places[] = {"school", "clinic", "practice", "hospital", "surgery", "centre", "center", "nurse"};
    size_t k, m;
    for (k = 0; k < sizeof places / sizeof places[0]; k++)
        if (r->len >= (m = strlen(places[k])) && memcmp(r->lw, places[k], m) == 0)
            return 1;
    return 0;
}

/* "a 90-day security review", "the 12-month contract", "a 2-year
 * renewal": a count hyphened to a unit before a noun is how long a thing
 * lasts, no day to act on (its unit keeps no date cue). The line's cue
 * bits, as they now stand. */
static uint32_t ful_length_words(ful_cline *L, uint32_t any)
{
    int i, hit = 0;
    for (i = 1; i + 1 < L->nt; i++) {
        ful_tok *t = &L->t[i];
        int w = t->wid;
        if (!(t->bits & FUL_CUE_DATE) || t->span != 1 || !(L->t[i - 1].flags & T_NUM) || (t->flags & T_BREAK) ||
            t->off != L->t[i - 1].off + L->t[i - 1].len + 1 || L->s[t->off - 1] != '-' ||
            (L->t[i + 1].flags & (T_BREAK | T_NUM | T_QUOTED)) || (L->t[i + 1].bits & (FUL_CUE_DATE | FUL_CUE_DSTART)))
            continue;
        if (w == FUL_W_day || w == FUL_W_week || w == FUL_W_month || w == FUL_W_year || w == FUL_W_quarter || w == FUL_W_hour ||
            w == FUL_W_min || w == FUL_W_wk) {
            t->bits = FUL_CUE_WORD;
            hit = 1;
        }
    }
    return hit ? ful_cues_of(L) : any;
}

/* After token i (not yet looked up): the client as a clause's subject,
 * perhaps after "that": a name, or they / he / she with or without their
 * 'll, 're, 'd, 's. */
static int ful_client_subject_after(const ful_cline *L, int i, int cend)
{
    int k = i + 1;
    const ful_rtok *r;
    if (k < cend && L->r[k].len == 4 && memcmp(L->r[k].lw, "that", 4) == 0)
        k++;
    if (k >= cend || (L->t[k].flags & (T_BREAK | T_QUOTED)))
        return 0;
    r = &L->r[k];
    if ((L->t[k].flags & T_CAP) && r->len > 1)
        return 1;
    if (r->len < 2 || r->len > 7 || !(r->len <= 4 || r->lw[r->len - 3] == '\'' || r->lw[r->len - 2] == '\''))
        return 0;
    return (r->len >= 4 && memcmp(r->lw, "they", 4) == 0) || (r->len >= 3 && memcmp(r->lw, "she", 3) == 0) ||
           (memcmp(r->lw, "he", 2) == 0 && (r->len == 2 || r->lw[2] == '\''));
}

/* ful_lookup's fixes for the seller's own guesses and records ("I think
 * Tom will", "sounds like", "my gut says", "agreed that", "asked lots of
 * questions", "replied on email", "remind me to"): their words are common
 * ("is", "that", "like"), so they have a call of their own, apart from
 * ful_lookup_fix's longer chain. The token's cue bits after them. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t ful_lookup_guess(ful_cline *L, int i, int cend, int span)
{
    ful_tok *t = &L->t[i];
    /* "I think Tom will send the PO Friday", "I reckon they'll sign": the
     * seller's guess at what the client does, a hedge on the client's act,
     * not our to-do ("I think we send pricing Fri" stays ours) */
    if (span == 1 && i >= 1 && (i == 1 || (L->t[i - 1].flags & T_BREAK)) && L->r[i - 1].len == 1 && L->r[i - 1].lw[0] == 'i' &&
        (t->wid == FUL_W_think || t->wid == FUL_W_reckon || t->wid == FUL_W_believe || t->wid == FUL_W_guess ||
         t->wid == FUL_W_suppose || t->wid == FUL_W_expect || t->wid == FUL_W_feel || t->wid == FUL_W_doubt) &&
        ful_client_subject_after(L, i, cend)) {
        L->t[i - 1].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
        t->bits = FUL_CUE_HEDGE | FUL_CUE_WORD;
    }
    /* "I'm hopeful they sign by Friday", "I'm confident Tom signs Friday":
     * the same guess, said of the seller's mood */
    if (span == 1 && i >= 1 && (i == 1 || (L->t[i - 1].flags & T_BREAK)) &&
        (L->t[i - 1].wid == FUL_W_i_m || L->t[i - 1].wid == FUL_W_im) &&
        (t->wid == FUL_W_hopeful || t->wid == FUL_W_confident || t->wid == FUL_W_sure) && ful_client_subject_after(L, i, cend)) {
        L->t[i - 1].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
        t->bits = FUL_CUE_HEDGE | FUL_CUE_WORD;
    }
    /* "Chances are Tom sends the PO Friday", "odds are they sign in Q1":
     * the same guess, as the odds of it */
    if (span == 1 && t->wid == FUL_W_are && i >= 1 && (L->t[i - 1].wid == FUL_W_chances || L->t[i - 1].wid == FUL_W_odds) &&
        (i == 1 || (L->t[i - 1].flags & T_BREAK)) && ful_client_subject_after(L, i, cend)) {
        L->t[i - 1].bits = FUL_CUE_HEDGE | FUL_CUE_WORD;
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    }
    /* "my gut says Tom signs Friday", "my sense is they'll sign in Q1": the
     * same guess, as the seller's hunch */
    if (span == 1 && (t->wid == FUL_W_is || t->wid == FUL_W_says || t->wid == FUL_W_tells) && i >= 2 &&
        L->t[i - 2].wid == FUL_W_my && (i == 2 || (L->t[i - 2].flags & T_BREAK)) && !(L->t[i - 1].flags & T_BREAK) &&
        (L->t[i - 1].wid == FUL_W_gut || L->t[i - 1].wid == FUL_W_sense || L->t[i - 1].wid == FUL_W_hunch ||
         L->t[i - 1].wid == FUL_W_feeling || L->t[i - 1].wid == FUL_W_bet ||
         (L->r[i - 1].len == 4 && memcmp(L->r[i - 1].lw, "read", 4) == 0)) && /* ("read": a verb the lexicon leaves to the letters) */
        ful_client_subject_after(L, i + (t->wid == FUL_W_tells && i + 1 < cend && L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "me", 2) == 0), cend)) {
        L->t[i - 2].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
        L->t[i - 1].bits = FUL_CUE_HEDGE | FUL_CUE_WORD;
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    }
    /* "remind me to send Jo the DPA by Thu", "reminder to send the W-9": a
     * note to self, the step is what follows ("remind Tom to sign" chases) */
    if (span == 1 && (t->wid == FUL_W_remind || t->wid == FUL_W_reminder) && (i == 0 || (t->flags & T_BREAK)) && i + 2 < cend &&
        ((t->wid == FUL_W_remind && L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "me", 2) == 0 && L->r[i + 2].len == 2 &&
          memcmp(L->r[i + 2].lw, "to", 2) == 0) ||
         (t->wid == FUL_W_reminder && L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "to", 2) == 0 &&
          !(L->t[i + 2].flags & T_CAP))) && /* ("Reminder to Mr. Weber on Monday": a reminder we send him, a chase) */
        !(L->t[i + 2].flags & T_BREAK))
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    /* "They asked lots of questions about SSO", "Tom asked some good
     * questions": what happened in the meeting, no ask of anything */
    if (span == 1 && t->wid == FUL_W_asked && !(t->flags & T_QUOTED)) {
        static const char *const few[] = {"a", "lot", "lots", "of", "many", "some", "few", "several", "good", "great", "tough",
                                          "hard", "detailed", "technical", "sharp", "smart", "bunch", "ton", "tons", "the", "same",
                                          "loads", "plenty", "more", "probing"};
        int k;
        size_t f;
        for (k = i + 1; k < cend && k <= i + 5 && !(L->t[k].flags & T_BREAK); k++) {
            const ful_rtok *r = &L->r[k];
            if ((r->len == 9 && memcmp(r->lw, "questions", 9) == 0) || (r->len == 8 && memcmp(r->lw, "question", 8) == 0)) {
                t->bits = FUL_CUE_RECAP | FUL_CUE_WORD;
                break;
            }
            for (f = 0; f < sizeof few / sizeof *few; f++)
                if (r->len == strlen(few[f]) && memcmp(r->lw, few[f], r->len) == 0)
                    break;
            if (f == sizeof few / sizeof *few)
                break;
        }
    }
    /* "Ken replied on email", "she replied via WhatsApp": how the answer
     * came, a record; "Ken replied he'll sign Friday" reports his words */
    if (span == 1 && (t->wid == FUL_W_replied || (L->r[i].len == 9 && memcmp(L->r[i].lw, "responded", 9) == 0)) && i + 2 < cend &&
        !(L->t[i + 1].flags & T_BREAK) && !(L->t[i + 2].flags & T_BREAK) &&
        ((L->r[i + 1].len == 2 && (memcmp(L->r[i + 1].lw, "on", 2) == 0 || memcmp(L->r[i + 1].lw, "by", 2) == 0)) ||
         (L->r[i + 1].len == 3 && memcmp(L->r[i + 1].lw, "via", 3) == 0) || (L->r[i + 1].len == 4 && memcmp(L->r[i + 1].lw, "over", 4) == 0))) {
        static const char *const ways[] = {"email", "mail", "phone", "slack", "text", "sms", "whatsapp", "linkedin", "teams", "voicemail"};
        size_t w;
        for (w = 0; w < sizeof ways / sizeof *ways; w++)
            if (L->r[i + 2].len == strlen(ways[w]) && memcmp(L->r[i + 2].lw, ways[w], L->r[i + 2].len) == 0 &&
                (i + 3 >= cend || (L->t[i + 3].flags & T_BREAK))) {
                t->bits = FUL_CUE_RECAP | FUL_CUE_WORD;
                break;
            }
    }
    /* "Agreed that we'd check back in January", "We agreed they send the PO
     * Fri", "it was agreed we would send pricing": what was agreed is the
     * step, read with its own subject */
    if (span == 1 && t->wid == FUL_W_agreed && i + 1 < cend && !(L->t[i + 1].flags & T_BREAK) && !(t->flags & T_QUOTED)) {
        int a = i, k = i + 1;
        while (a > 0 && !(L->t[a].flags & T_BREAK) && i - a < 3 &&
               (L->t[a - 1].wid == FUL_W_we || L->t[a - 1].wid == FUL_W_both || L->t[a - 1].wid == FUL_W_it ||
                L->t[a - 1].wid == FUL_W_was || L->t[a - 1].wid == FUL_W_all))
            a--;
        if (k < cend && L->r[k].len == 4 && memcmp(L->r[k].lw, "that", 4) == 0)
            k++;
        if ((a == 0 || (L->t[a].flags & T_BREAK)) && k < cend && !(L->t[k].flags & (T_BREAK | T_QUOTED)) &&
            (ful_client_subject_after(L, k - 1, cend) ||
             (L->r[k].len >= 2 && memcmp(L->r[k].lw, "we", 2) == 0 && (L->r[k].len == 2 || L->r[k].lw[2] == '\'')) ||
             (L->r[k].len >= 1 && L->r[k].lw[0] == 'i' && (L->r[k].len == 1 || L->r[k].lw[1] == '\'')))) {
            for (; a <= i; a++) { /* (their ids too: "Agreed" and "was" tell no past of their own now) */
                L->t[a].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
                L->t[a].wid = (uint16_t)FUL_WID_NONE;
                if (a < 64)
                    L->done &= ~((uint64_t)1 << a); /* (nor what was done: "Agreed" opening the line) */
            }
        }
    }
    /* ("agreed that they send ...": the "that" after an agreement made a filler above) */
    if (span == 1 && t->wid == FUL_W_that && i >= 1 && L->r[i - 1].len == 6 && memcmp(L->r[i - 1].lw, "agreed", 6) == 0 &&
        L->t[i - 1].bits == (FUL_CUE_FILLER | FUL_CUE_WORD))
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    /* "Sounds like Tom will send the PO at some point", "Looks like they'll
     * sign in Q1": the same guess, said of how it sounded */
    if (span == 1 && t->wid == FUL_W_like && i >= 1 && (i == 1 || (L->t[i - 1].flags & T_BREAK)) &&
        (L->t[i - 1].wid == FUL_W_sounds || L->t[i - 1].wid == FUL_W_looks || L->t[i - 1].wid == FUL_W_seems ||
         L->t[i - 1].wid == FUL_W_seemed || (L->r[i - 1].len == 7 && memcmp(L->r[i - 1].lw, "sounded", 7) == 0) ||
         (L->r[i - 1].len == 6 && memcmp(L->r[i - 1].lw, "looked", 6) == 0)) &&
        ful_client_subject_after(L, i, cend)) {
        L->t[i - 1].bits = FUL_CUE_HEDGE | FUL_CUE_WORD;
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    }
    return t->bits;
}

/* ful_lookup's fixes after a few words' lookup: "walk X through", "will
 * try" with no one before it, "make sure"/"ensure" before our own to-do.
 * The token's cue bits after them. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t ful_lookup_fix(ful_cline *L, int i, int cend, int span)
{
    ful_tok *t = &L->t[i];
    /* "Do give me a ring in a fortnight", "please do send it over": an
     * imperative said with emphasis; "do" adds nothing ("Do they have ...?",
     * "do the demo" keep theirs) */
    if (span == 1 && t->wid == FUL_W_do && (i == 0 || (t->flags & T_BREAK) || L->t[i - 1].wid == FUL_W_please) && i + 1 < cend &&
        !(L->t[i + 1].flags & (T_BREAK | T_CAP | T_NUM))) {
        static const char *const emph[] = {"give", "send", "call", "ring", "email", "let", "come", "check", "keep",
                                           "get", "ping", "drop", "reach", "follow", "shout", "try", "book", "pop",
                                           "bring", "remember", "reply", "circle", "touch", "stay"};
        size_t e;
        for (e = 0; e < sizeof emph / sizeof *emph; e++)
            if (L->r[i + 1].len == strlen(emph[e]) && memcmp(L->r[i + 1].lw, emph[e], L->r[i + 1].len) == 0) {
                t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
                break;
            }
    }
    /* "walk their team through the SOW": the phrase with its object inside */
    if (span == 1 && t->wid == FUL_W_walk && (t->bits & FUL_CUE_ACT)) {
        int k;
        for (k = i + 2; k < cend && k <= i + 4 && !(L->t[k].flags & T_BREAK); k++)
            if (L->r[k].len == 7 && memcmp(L->r[k].lw, "through", 7) == 0) {
                t->bits |= FUL_CUE_JOINT;
                break;
            }
    }
    /* "no answer, will try Fri": with no one before it, "will try" and
     * no "to" after is our next attempt, as "will try again" is */
    if (span == 2 && t->wid == FUL_W_will && (t->bits & FUL_CUE_HEDGE) && (t->flags & T_BREAK || i == 0) && !(t->flags & T_QUOTED) &&
        i + 1 < L->nt &&
        L->r[i + 1].len == 3 && memcmp(L->r[i + 1].lw, "try", 3) == 0 &&
        !(i + 2 < cend && L->r[i + 2].len == 2 && memcmp(L->r[i + 2].lw, "to", 2) == 0))
        t->bits = FUL_CUE_CHASE | FUL_CUE_WORD;
    /* "make sure they got it", "ensure legal has the redlines": we check;
     * but "make sure to send", "ensure we send": only our own to-do */
    if ((t->wid == FUL_W_ensure || (span == 2 && t->wid == FUL_W_make)) && i + span < cend &&
        (L->r[i + span].len <= 3 &&
         ((L->r[i + span].len == 2 && (memcmp(L->r[i + span].lw, "to", 2) == 0 || memcmp(L->r[i + span].lw, "we", 2) == 0)) ||
          (L->r[i + span].len == 1 && L->r[i + span].lw[0] == 'i') ||
          (L->r[i + span].len == 3 && memcmp(L->r[i + span].lw, "our", 3) == 0))))
        t->bits = FUL_CUE_FILLER | FUL_CUE_WORD;
    /* "we plan to sign": a hedge; "the floor plan to you Monday": a thing
     * on its way (no verb after "to") */
    if (span == 2 && (t->wid == FUL_W_plan || t->wid == FUL_W_plans) && i + 2 < cend) { /* (and "Their floor plans to us") */
        const ful_rtok *r = &L->r[i + 2];
        if ((r->len == 3 && (memcmp(r->lw, "you", 3) == 0 || memcmp(r->lw, "the", 3) == 0 || memcmp(r->lw, "our", 3) == 0)) ||
            (r->len == 2 && (memcmp(r->lw, "us", 2) == 0 || memcmp(r->lw, "me", 2) == 0)) || (r->len == 4 && memcmp(r->lw, "your", 4) == 0) ||
            /* "send the action plan to Anita by EOM", "the plan to them": a person after "to" */
            (r->len == 4 && (memcmp(r->lw, "them", 4) == 0 || memcmp(r->lw, "their", 4) == 0)) ||
            (r->len == 3 && (memcmp(r->lw, "him", 3) == 0 || memcmp(r->lw, "her", 3) == 0 || memcmp(r->lw, "his", 3) == 0)) ||
            ((L->t[i + 2].flags & T_CAP) && !(L->t[i + 2].flags & T_BREAK)))
            t->bits = FUL_CUE_DNOUN | FUL_CUE_WORD;
    }
    /* "our team to do the site survey report", "Ana to do the intro": after
     * "to", with its object, "do" makes the thing (the words before i are
     * looked up; the one after is read by its letters) */
    if (span == 1 && t->wid == FUL_W_do && i > 0 && L->t[i - 1].wid == FUL_W_to && i + 1 < cend &&
        !(L->t[i + 1].flags & T_BREAK) &&
        ((L->r[i + 1].len == 3 && memcmp(L->r[i + 1].lw, "the", 3) == 0) ||
         (L->r[i + 1].len == 1 && L->r[i + 1].lw[0] == 'a') || (L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "an", 2) == 0)))
        t->bits |= FUL_CUE_DELIV;
    /* "back from Hope by the 11th": capitalised inside a clause, "Hope" is
     * the name, no hedge ("Hope to sign Fri" at a clause's start stays for
     * the actor pass to read) */
    if (span == 1 && t->wid == FUL_W_hope && (t->flags & T_CAP) &&
        ((i > 0 && !(t->flags & T_BREAK)) || (i + 1 < L->nt && ful_joined_by_sign(L, i, i + 1))))
        t->bits = FUL_CUE_WORD; /* (and "Hope + Bill review the redlines": joined to a name) */
    /* "see them May 5", "Tom and May sign Fri": capitalised inside a
     * clause, "May" is the month or a name, never the hedge ("May sign
     * Fri" opening the line stays for the actor pass to read) */
    if (span == 1 && t->wid == FUL_W_may && (t->flags & T_CAP) && i > 0 && !(t->flags & T_BREAK) && !(t->flags & T_QUOTED))
        t->bits = FUL_CUE_DATE | FUL_CUE_WORD;
    /* "two other agencies, both on a 25% fee": "both" standing for the
     * things just named, then where they stand, names no meeting of both
     * sides ("both teams meet Tue" does) */
    if (span == 1 && t->wid == FUL_W_both && (t->bits & FUL_CUE_JOINT) && i + 1 < cend && !(L->t[i + 1].flags & T_BREAK) &&
        ((L->r[i + 1].len == 2 && (memcmp(L->r[i + 1].lw, "on", 2) == 0 || memcmp(L->r[i + 1].lw, "at", 2) == 0 ||
                                   memcmp(L->r[i + 1].lw, "in", 2) == 0)) ||
         (L->r[i + 1].len == 3 && memcmp(L->r[i + 1].lw, "are", 3) == 0) ||
         (L->r[i + 1].len == 4 && memcmp(L->r[i + 1].lw, "were", 4) == 0)))
        t->bits = FUL_CUE_WORD;
    /* "May is their peak month for bookings", "the busiest week of the
     * year": a kind of month or week, its describing word between an
     * article or a possessive and it, names a time of theirs, no window
     * ahead ("the following week", "the fiscal year" stay times) */
    if (span == 1 && (t->wid == FUL_W_month || t->wid == FUL_W_week || t->wid == FUL_W_quarter) && i > 1 &&
        !(t->flags & (T_BREAK | T_QUOTED)) && !(L->t[i - 1].flags & (T_BREAK | T_CAP | T_NUM)) && L->t[i - 1].span == 1 &&
        !(L->t[i - 1].bits & ~FUL_CUE_WORD) && (L->t[i - 2].bits & (FUL_CUE_ART | FUL_CUE_POSS)) &&
        L->t[i - 1].wid != FUL_W_whole && L->t[i - 1].wid != FUL_W_coming && L->t[i - 1].wid != FUL_W_same &&
        L->t[i - 1].wid != FUL_W_fiscal && L->t[i - 1].wid != FUL_W_calendar &&
        !ful_is_word(L, i - 1, "following") && !ful_is_word(L, i - 1, "entire") && !ful_is_word(L, i - 1, "current") &&
        !ful_is_word(L, i - 1, "financial") && !ful_is_word(L, i - 1, "school") && !ful_is_word(L, i - 1, "academic"))
        t->bits = FUL_CUE_WORD;
    /* "VA office to sign by Fri": capitalised, "va" is an office or an
     * assistant; only "Sophie va regarder le devis" is French "will" */
    if (span == 1 && t->wid == FUL_W_va && (t->flags & (T_CAP | T_UPPER))) {
        t->wid = (uint16_t)FUL_WID_NONE; /* (as before the word was known) */
        t->bits = 0;
    }
    /* "fix the bug in the export", "a bug in their SSO": after an article
     * or a possessive, "bug" is the defect, a thing to mend, no chase
     * ("bug Tom about the PO" stays one) */
    if (span == 1 && t->wid == FUL_W_bug && i > 0 && !(t->flags & T_BREAK) && (L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)))
        t->bits = FUL_CUE_DNOUN | FUL_CUE_WORD;
    /* "the list of required integrations", "the requested docs", "the
     * needed forms": after an article, a possessive or "of", the participle
     * names the thing, asks nothing ("required by their auditor" still asks) */
    if (span == 1 && (t->wid == FUL_W_required || t->wid == FUL_W_requested || t->wid == FUL_W_needed) && i > 0 && !(t->flags & T_BREAK) &&
        ((L->t[i - 1].bits & (FUL_CUE_ART | FUL_CUE_POSS)) || L->t[i - 1].wid == FUL_W_of) && i + 1 < cend &&
        !(L->t[i + 1].flags & T_BREAK) && !(L->r[i + 1].len == 2 && (memcmp(L->r[i + 1].lw, "by", 2) == 0 || memcmp(L->r[i + 1].lw, "to", 2) == 0)))
        t->bits = FUL_CUE_WORD;
    /* "PPAP Level 3 required on all new P/Ns", "SOC 2 required for all
     * vendors": a rule they hold everyone to, no ask of us alone */
    if (span == 1 && t->wid == FUL_W_required && i > 0 && i + 2 < cend && !(L->t[i + 1].flags & T_BREAK) &&
        ((L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "on", 2) == 0) || (L->r[i + 1].len == 3 && memcmp(L->r[i + 1].lw, "for", 3) == 0)) &&
        ((L->r[i + 2].len == 3 && (memcmp(L->r[i + 2].lw, "all", 3) == 0 || memcmp(L->r[i + 2].lw, "any", 3) == 0)) ||
         (L->r[i + 2].len == 5 && memcmp(L->r[i + 2].lw, "every", 5) == 0)))
        t->bits = FUL_CUE_WORD;
    /* "LOI from Grant due 12/15", "PO from Chase by Fri": after "from",
     * capitalised, a cue verb that is a first name is the person */
    if (span == 1 && (t->wid == FUL_W_grant || t->wid == FUL_W_chase) && (t->flags & T_CAP) && i > 0 && !(t->flags & T_BREAK) &&
        L->t[i - 1].wid == FUL_W_from)
        t->bits = 0; /* (no word of the rules: read as any name is) */
    /* "Vet school's budget frozen", "Mark at the vet clinic sends": "vet"
     * before the place it names is the animal doctor's, no verb (and no
     * name when it opens the line) */
    if (span == 1 && t->wid == FUL_W_vet && i + 1 < cend && !(L->t[i + 1].flags & T_BREAK) && ful_vet_place(&L->r[i + 1])) {
        t->bits = 0; /* (a word no rule reads, as "water" in "the water board") */
        t->flags &= (uint8_t)~T_CAP;
    }
    /* "her deputy sat in", "Ana sat through the demo": lowercase before
     * "in" or "through", "sat" is what was done, not Saturday ("sat down
     * with his CFO Monday" may be ahead) */
    if (span == 1 && t->wid == FUL_W_sat && !(t->flags & T_CAP) && i > 0 && !(t->flags & T_BREAK) && i + 1 < cend &&
        ((L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "in", 2) == 0) ||
         (L->r[i + 1].len == 7 && memcmp(L->r[i + 1].lw, "through", 7) == 0)))
        t->bits = FUL_CUE_RECAP | FUL_CUE_WORD;
    /* "call w Gulnara": "w" is "with"; "Tom W.", "George W": an initial */
    if (t->wid == FUL_W_w && (t->flags & T_CAP))
        t->bits = 0;
    /* "drop me a line", "drop Precious a line": a message, a chase; "on
     * line 3", "a new product line", "new line period": a line of things */
    if (span == 1 && t->wid == FUL_W_line) {
        /* (the words before i are looked up: their ids are set) */
        int k, chase = 0;
        int a = i > 0 && L->t[i - 1].wid == FUL_W_a ? i - 1 : i > 1 && L->t[i - 2].wid == FUL_W_a ? i - 2 : -1; /* ("a quick line") */
        for (k = a - 1; a > 0 && k >= 0 && k >= a - 3 && !chase; k--)
            chase = L->t[k].wid == FUL_W_drop || L->t[k].wid == FUL_W_shoot || L->t[k].wid == FUL_W_write ||
                    L->t[k].wid == FUL_W_send || L->t[k].wid == FUL_W_give;
        if (!chase)
            t->bits = FUL_CUE_WORD;
    }
    return t->bits;
}

/* The words ful_lookup_fix reads, by id: one load a token, where four
 * compares of every token's id were about 1% of a line. */
static const uint8_t ful_fix_words[FUL_NWIDS + 1] = {
    [FUL_W_will] = 1, [FUL_W_make] = 1, [FUL_W_ensure] = 1, [FUL_W_walk] = 1, [FUL_W_line] = 1, [FUL_W_w] = 1, [FUL_W_plan] = 1,
    [FUL_W_do] = 1, [FUL_W_plans] = 1, [FUL_W_hope] = 1, [FUL_W_grant] = 1, [FUL_W_chase] = 1, [FUL_W_vet] = 1, [FUL_W_sat] = 1, [FUL_W_slow] = 1, [FUL_W_quick] = 1, [FUL_W_required] = 1, [FUL_W_requested] = 1, [FUL_W_needed] = 1, [FUL_W_may] = 1, [FUL_W_bug] = 1, [FUL_W_both] = 1,
    [FUL_W_month] = 1, [FUL_W_week] = 1, [FUL_W_quarter] = 1, [FUL_W_va] = 1,
    /* 2: ful_lookup_guess */
    [FUL_W_are] = 2, [FUL_W_is] = 2, [FUL_W_says] = 2, [FUL_W_tells] = 2, [FUL_W_that] = 2, [FUL_W_like] = 2,
    [FUL_W_asked] = 2, [FUL_W_remind] = 2, [FUL_W_reminder] = 2, [FUL_W_replied] = 2, [FUL_W_agreed] = 2,
    [FUL_W_think] = 2, [FUL_W_reckon] = 2, [FUL_W_believe] = 2, [FUL_W_guess] = 2, [FUL_W_suppose] = 2, [FUL_W_expect] = 2,
    [FUL_W_feel] = 2, [FUL_W_doubt] = 2, [FUL_W_hopeful] = 2, [FUL_W_confident] = 2, [FUL_W_sure] = 2,
};

/* Where a step's verb stands, the only place a slip is mended (a word
 * anywhere else costs nothing more): a clause's first word ("chse Oyuna",
 * "Sned the deck"), after a name ("Souksavanh sendng") or after "to"
 * ("Tom to sgin"); no capitalised word but the line's first. */
static inline int ful_typo_spot(const ful_cline *L, int i)
{
    return i == 0 || (!(L->t[i].flags & T_CAP) &&
                      ((L->t[i].flags & T_BREAK) || (L->t[i - 1].flags & T_CAP) || L->t[i - 1].wid == FUL_W_to));
}

/* The lookup's rare paths, out of line: inlined, they kept the common
 * word's values (i, cend, the line's cue bits) on the stack, not in
 * registers. */
#if defined(__GNUC__)
#define FUL_LK_OUTLINE __attribute__((noinline))
#else
#define FUL_LK_OUTLINE
#endif

/* A word no table knows, where a step's verb stands: looked up again
 * after each slip is mended ("sendng": "sending"); the cue bits of the
 * last lookup, 0 when no slip was mended. (span and phr are written only
 * here, the rare path: ful_lookup passes copies, so its own stay in
 * registers.) */
static FUL_LK_OUTLINE uint32_t ful_lookup_typo(ful_cline *L, const ful_rules *rules, int cend, int i, int *span, int *phr)
{
    ful_tok *t = &L->t[i];
    uint32_t bits = 0;
    while (ful_typo_fix(&L->r[i])) {
        bits = ful_rules_cue(rules, L->r, cend, i, span, &t->wid, phr);
        if (bits || !ful_wid_unknown(t->wid))
            break;
    }
    return bits;
}

/* The other words of a phrase at i (span of them): T_INPHR and their ids;
 * returns the marks their ids give, or'ed, in the low 32 bits and their
 * flags, or'ed, above: by value, not through pointers, so ful_lookup's
 * running flags and marks stay in registers (their addresses taken, both
 * were a load and a store on the stack a token). */
static FUL_LK_OUTLINE uint64_t ful_lookup_span(ful_cline *L, int i, int span, int phr)
{
    int k;
    unsigned fl = 0;
    uint32_t marks = 0;
    L->t[i].span = (uint8_t)span;
    for (k = 1; k < span && i + k < L->nt; k++) {
        L->t[i + k].flags |= T_INPHR;
        fl |= L->t[i + k].flags;
        /* rules name a phrase's words too: a built-in phrase knows its ids */
        L->t[i + k].wid = phr >= 0 ? ful_phrase_word_id(phr, k) : ful_rules_word_id(&L->r[i + k]);
        marks |= ful_wrule[L->t[i + k].wid];
        L->wsets |= ful_wset[L->t[i + k].wid];
    }
    return (uint64_t)marks | ((uint64_t)fl << 32);
}

/* Looks every token up; phrases never cross a clause break. */
/* "day-to-day contact", "month-to-month lease": one word, how often or
 * for how long, no day and no "to" of a verb */
static FUL_LK_OUTLINE uint32_t ful_day_to_day(ful_cline *L, uint32_t any)
{
    int i, k, hit = 0;
    for (i = 1; i + 1 < L->nt; i++) {
        ful_tok *t = &L->t[i];
        if (t->wid != FUL_W_to || t->span != 1 || L->s[t->off - 1] != '-' || t->off + 2 >= L->n || L->s[t->off + 2] != '-' ||
            L->t[i + 1].off != t->off + 3 || L->t[i - 1].wid != L->t[i + 1].wid || L->t[i - 1].span != 1 ||
            L->t[i + 1].span != 1 ||
            !(L->t[i - 1].wid == FUL_W_day || L->t[i - 1].wid == FUL_W_week || L->t[i - 1].wid == FUL_W_month ||
              L->t[i - 1].wid == FUL_W_year))
            continue;
        for (k = i - 1; k <= i + 1; k++) {
            L->t[k].wid = (uint16_t)FUL_WID_NONE;
            L->t[k].bits = FUL_CUE_WORD;
        }
        hit = 1;
    }
    return hit ? ful_cues_of(L) : any;
}

void ful_lookup(ful_cline *L, const ful_rules *rules)
{
    int i = 0, cend = 0, how = -1;
    uint32_t marks = 0;
    uint32_t any = 0;
    uint64_t sets = 0; /* (in a register: L->wsets was a load and a store a token) */
    unsigned fl = 0;
    ful_clause_ends(L); /* (L->wsets: started by ful_tokenize, ful_lookup_span or's its words in) */
    while (i < L->nt) {
        int span = 1;
        ful_tok *t = &L->t[i];
        if (i >= cend)
            cend = L->cend[i];
        int phr = -1;
        t->wid = (uint16_t)FUL_WID_NONE; /* ("12": no word the rules name starts with a digit) */
        fl |= t->flags;
        if (!(t->flags & T_NUM) || t->len > 2) {
            t->bits = ful_rules_cue(rules, L->r, cend, i, &span, &t->wid, &phr);
            /* (a second lookup only after a slip is mended, "sendng": "sending") */
            if (!t->bits && ful_wid_unknown(t->wid) && !(t->flags & (T_NUM | T_TAG)) && ful_typo_spot(L, i)) {
                int tspan = span, tphr = phr; /* (copies: see ful_lookup_typo) */
                t->bits = ful_lookup_typo(L, rules, cend, i, &tspan, &tphr);
                span = tspan;
                phr = tphr;
            }
        }
        any |= t->bits;
        if (ful_fix_words[t->wid]) {
            /* (rare words: the tests out of line) */
            any |= ful_fix_words[t->wid] == 1 ? ful_lookup_fix(L, i, cend, span) : ful_lookup_guess(L, i, cend, span);
            if ((t->wid == FUL_W_slow || t->wid == FUL_W_quick) && span == 1 && i + 2 < cend && L->r[i + 1].len == 2 &&
                memcmp(L->r[i + 1].lw, "to", 2) == 0)
                how = i + 2;
        }
        marks |= ful_wrule[t->wid];
        sets |= ful_wset[t->wid];
        if (span > 1) {
            uint64_t fm = ful_lookup_span(L, i, span, phr);
            marks |= (uint32_t)fm;
            fl |= (unsigned)(fm >> 32);
        }
        i += span;
    }
    if (how >= 0 && how < L->nt && L->t[how].span == 1) {
        L->t[how].bits = FUL_CUE_WORD; /* "slow to reply", "quick to pay": how they are, the verb no step */
        any = ful_cues_of(L); /* (its cues gone from the line's too) */
    }
    if (any & FUL_CUE_BOOKED)
        for (i = 1; i < L->nt; i++)
            if ((L->t[i].bits & FUL_CUE_BOOKED) && !(L->t[i].flags & T_BREAK) &&
                (L->t[i - 1].wid == FUL_W_hasn_t || L->t[i - 1].wid == FUL_W_hasnt || L->t[i - 1].wid == FUL_W_haven_t ||
                 L->t[i - 1].wid == FUL_W_havent || L->t[i - 1].wid == FUL_W_didn_t || L->t[i - 1].wid == FUL_W_didnt)) {
                /* "Holding Thu 2pm but Rosa hasn't confirmed": who has not said
                 * yes; one phrase, as "not confirmed" is */
                if (L->t[i].span == 1 && L->t[i - 1].span == 1 && !(L->t[i - 1].flags & T_INPHR)) {
                    L->t[i - 1].bits = FUL_CUE_NEGBOOK | FUL_CUE_WORD;
                    L->t[i - 1].span = 2;
                    L->t[i].flags |= T_INPHR;
                } else {
                    L->t[i].bits = (L->t[i].bits & ~FUL_CUE_BOOKED) | FUL_CUE_NEGBOOK;
                }
                any |= FUL_CUE_NEGBOOK;
            }
    if ((any & FUL_CUE_CHASE) && (L->marks & FUL_SAW_HYPHEN))
        any = ful_compound_chase(L);
    if ((any & FUL_CUE_DATE) && (L->marks & FUL_SAW_HYPHEN) && (fl & T_NUM))
        any = ful_length_words(L, any);
    if ((any & FUL_CUE_DATE) && (L->marks & FUL_SAW_HYPHEN))
        any = ful_day_to_day(L, any);
    if ((any & FUL_CUE_YOU) && (L->marks & FUL_SAW_PAREN))
        for (i = 1; i < L->nt; i++)
            if (L->t[i].wid == FUL_W_you && !(L->t[i].flags & T_QUOTED) && (L->t[i - 1].flags & T_CAP) && L->t[i].off > 0 &&
                L->s[L->t[i].off - 1] == '(' && L->t[i].off + 3 < L->n && L->s[L->t[i].off + 3] == ')') {
                /* "Klaus Weber (you) to send the ROI calculator": a meeting
                 * summary marks the note's owner so; read as "(me)" is */
                L->t[i].wid = (uint16_t)FUL_W_me;
                L->t[i].bits = FUL_CUE_SOBJ | FUL_CUE_WORD;
                any |= FUL_CUE_SOBJ;
            }
    if ((any & FUL_CUE_FILLER) && (L->wsets & FUL_WG_AT))
        for (i = 0; i + 1 < L->nt; i++)
            if ((L->t[i].flags & T_CAP) && L->t[i].off > 0 && L->s[L->t[i].off - 1] == '@' && L->t[i].span == 1 &&
                !(L->t[i + 1].flags & T_BREAK) &&
                (L->t[i + 1].wid == FUL_W_pls || L->t[i + 1].wid == FUL_W_please || L->t[i + 1].wid == FUL_W_plz ||
                 L->t[i + 1].wid == FUL_W_kindly)) {
                /* "@klaus pls follow up w/ Mr. Brandt": whom the seller's note
                 * asks, a colleague, not the client; the to-do is ours */
                L->t[i].bits = FUL_CUE_FILLER | FUL_CUE_WORD;
                L->t[i].flags = (uint8_t)(L->t[i].flags & ~T_CAP);
            }
    L->any = any;
    L->wsets |= sets;
    L->marks |= (marks & (FUL_SAW_WORDS | FUL_SAW_DONE | FUL_SAW_NAMEWORD | FUL_SAW_SPLIT | FUL_SAW_TIMEW | FUL_SAW_FOLLOW |
                          FUL_SAW_MOVEEND | FUL_SAW_MOVEDIR | FUL_SAW_HABIT | FUL_SAW_FROM | FUL_SAW_PAST | FUL_SAW_WISH | FUL_SAW_MANUAL |
                          FUL_SAW_OVER | FUL_SAW_COUNT | FUL_SAW_NEED | FUL_SAW_FLOW | FUL_SAW_ANY)) |
                ((fl & T_NUM) ? FUL_SAW_NUM : 0);
}
