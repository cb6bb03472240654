/* classify_typos.c: one slip of the thumb in a word the rules need most
 * ("sendng", "chse", "folow", "proposl", "reveiw"): read as the word meant.
 * Notes typed on a phone are full of them, and a step whose verb is lost
 * reads as no step at all. Only a word no table knows is mended, and only
 * into a word of this list that starts with the same letter: one letter
 * dropped, doubled, or swapped with its neighbour. */
#include "clause.h"

/* The words worth mending into: the verbs and things of a step, sorted;
 * a slip rarely hits the first key, so only words with the typed first
 * letter are tried. 16 bytes each, zero-padded: the word lookup reads a
 * token's bytes 8 at a time. */
static const char ful_typo_words[][16] = {
    "approve", "call", "chase", "check", "confirm", "contract", "decide", "deliver", "demo", "discuss",
    "email", "evaluate", "follow", "introduce", "invoice", "meeting", "prepare", "pricing", "proposal",
    "quote", "remind", "revert", "review", "schedule", "send", "sending", "sends", "share",
    "sign", "signed", "signing", "submit", "update",
};
#define FUL_NTYPO ((int)(sizeof ful_typo_words / sizeof ful_typo_words[0]))

/* Is a one slip from w (n and m bytes)? A letter dropped, a letter
 * doubled, or two neighbours swapped. Not a wrong or an added letter: they
 * make other words too often ("sand", "spend", "decade", "summit"). */
static int ful_one_edit(const char *a, size_t n, const char *w, size_t m)
{
    size_t i = 0;
    while (i < n && i < m && a[i] == w[i])
        i++;
    if (n == m) {
        if (i == n)
            return 0; /* (the same word: not a slip) */
        return i + 1 < n && a[i] == w[i + 1] && a[i + 1] == w[i] && memcmp(a + i + 2, w + i + 2, n - i - 2) == 0; /* "reveiw" */
    }
    if (n + 1 == m)
        return memcmp(a + i, w + i + 1, n - i) == 0; /* "sendng": a letter dropped */
    if (n == m + 1)
        return i > 0 && a[i] == a[i - 1] && memcmp(a + i + 1, w + i, m - i) == 0; /* "sennd", "calll": a letter doubled */
    return 0;
}

/* Where each first letter's words start in ful_typo_words, and end (the
 * next letter's start): 'a' to 'z', then the end of the list; and, by
 * first letter, the letters its words have second or third (ful_second)
 * and second (ful_third): a slip leaves the typed word's second letter
 * among the first, or its third among the second. Change them with the
 * list; test_classify mends a slip of every word in it. */
static const uint8_t ful_typo_from[27] = {
    0, 1, 1, 6, 10, 12, 13, 13, 13, 15, 15, 15, 15, 16, 16, 16, 19, 20, 23, 32, 32, 33, 33, 33, 33, 33, 33,
};
static const uint32_t ful_second[26] = {
    0x0008000, 0x0000000, 0x0006891, 0x0041914, 0x0201001, 0x0004800, 0x0000000, 0x0000000, 0x0282000,
    0x0000000, 0x0000000, 0x0000000, 0x0000010, 0x0000000, 0x0000000, 0x0024110, 0x0104000, 0x0201010,
    0x01021d7, 0x0000000, 0x0008008, 0x0000000, 0x0000000, 0x0000000, 0x0000000, 0x0000000,
};
static const uint32_t ful_third[26] = {
    0x0008000, 0x0000000, 0x0004081, 0x0000110, 0x0201000, 0x0004000, 0x0000000, 0x0000000, 0x0002000,
    0x0000000, 0x0000000, 0x0000000, 0x0000010, 0x0000000, 0x0000000, 0x0020000, 0x0100000, 0x0000010,
    0x0100194, 0x0000000, 0x0008000, 0x0000000, 0x0000000, 0x0000000, 0x0000000, 0x0000000,
};

/* "Reprice with the volume tier", "requote the 3 sites": "re" before a
 * step's verb no table knows as one word is that verb again */
static const char ful_again_words[][16] = {"price", "quote", "issue", "submit", "draft", "cost", "scope", "spec"};

int ful_typo_fix(ful_rtok *r)
{
    int k, e, c;
    size_t n = r->len;
    const char *a = r->lw;
    unsigned b1, b2;
    if (n < 4 || n > 15 || (c = a[0] - 'a') < 0 || c > 25)
        return 0;
    if (n >= 6 && a[0] == 'r' && a[1] == 'e')
        for (k = 0; k < (int)(sizeof ful_again_words / sizeof ful_again_words[0]); k++)
            if (strlen(ful_again_words[k]) == n - 2 && memcmp(a + 2, ful_again_words[k], n - 2) == 0) {
                r->lw = ful_again_words[k];
                r->len = (uint32_t)(n - 2);
                r->hash = ful_hash_word(r->lw, n - 2);
                return 1;
            }
    b1 = (unsigned)(a[1] - 'a');
    b2 = (unsigned)(a[2] - 'a');
    if (!(b1 < 26 && (ful_second[c] >> b1) & 1) && !(b2 < 26 && (ful_third[c] >> b2) & 1))
        return 0; /* (most words: no word of the list is one slip away) */
    k = ful_typo_from[c];
    e = ful_typo_from[c + 1];
    for (; k < e; k++) {
        const char *w = ful_typo_words[k];
        size_t m;
        /* (a slip at the second letter or later leaves one of these: most words fail here) */
        if (a[1] != w[1] && a[1] != w[2] && a[2] != w[1])
            continue;
        m = strlen(w);
        if (m + 1 < n || n + 1 < m || !ful_one_edit(a, n, w, m))
            continue;
        r->lw = w;
        r->len = (uint32_t)m;
        r->hash = ful_hash_word(w, m);
        return 1;
    }
    return 0;
}

const char *ful_typo_word(int k)
{
    return k >= 0 && k < FUL_NTYPO ? ful_typo_words[k] : NULL;
}
