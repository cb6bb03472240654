/* line.c: the note-line grammar (see line.h). */
#include "line.h"
#include "classify.h"

#include <string.h>

void ful_tagset_default(ful_tagset *t)
{
    t->n = 0;
    ful_tagset_add(t, "NEXT");
}

int ful_tagset_add(ful_tagset *t, const char *word)
{
    size_t n = strlen(word), i;
    if (t->n >= FUL_MAX_TAGS || n == 0 || n >= FUL_MAX_TAG_LEN)
        return -1;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c <= ' ' || c == ':')
            return -1;
    }
    memcpy(t->word[t->n], word, n + 1);
    t->n++;
    return 0;
}

static int is_word(unsigned char c)
{
    return ((unsigned)((c | 0x20) - 'a') < 26u) || ((unsigned)(c - '0') < 10u) || c == '_';
}

int ful_line_indent(const char *s, size_t n, size_t *end)
{
    size_t i = 0;
    int w = 0;
    while (i < n && ful_is_space(s[i])) {
        w += s[i] == '\t' ? 4 : 1;
        i++;
    }
    if (end)
        *end = i;
    return w;
}

int ful_line_blank(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!ful_is_space(s[i]) && s[i] != '\r')
            return 0;
    return 1;
}

/* The blank at s[i]: 1 for a space or tab, 2 for a no-break space (U+00A0,
 * what a list pasted from a document or a chat carries after its bullet),
 * 0 for anything else. */
static size_t gap(const char *s, size_t n, size_t i)
{
    if (i < n && ful_is_space(s[i]))
        return 1;
    return i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0 ? 2 : 0;
}

static size_t skip_gaps(const char *s, size_t n, size_t i)
{
    size_t g;
    while ((g = gap(s, n, i)) != 0)
        i += g;
    return i;
}

/* Indent, list marker and checkbox; returns the offset after them. */
static size_t scan_lead(const char *s, size_t n, ful_line *out)
{
    size_t i, j;
    out->indent = ful_line_indent(s, n, &i);
    out->marker_off = i;
    out->marker_len = 0;
    out->box_off = (size_t)-1;
    if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') && gap(s, n, i + 1)) {
        out->marker_len = 1;
    } else if (i + 3 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0xA2 && gap(s, n, i + 3)) {
        out->marker_len = 3; /* a pasted bullet */
    } else if (i < n && ful_is_digit(s[i])) {
        j = i;
        while (j < n && j - i < 9 && ful_is_digit(s[j]))
            j++;
        if (j + 1 < n && (s[j] == '.' || s[j] == ')') && gap(s, n, j + 1))
            out->marker_len = j + 1 - i;
    }
    i = skip_gaps(s, n, i + out->marker_len);
    if (i + 2 < n && s[i] == '[' && s[i + 2] == ']' && (s[i + 1] == ' ' || s[i + 1] == 'x' || s[i + 1] == 'X')) {
        out->box_off = i;
        i = skip_gaps(s, n, i + 3);
    }
    out->lead_len = i;
    return i;
}

/* The tag at s[i..]: its length without the colon, or 0. */
static size_t tag_word(const char *s, size_t n, size_t i)
{
    size_t t = i;
    while (t < n && t - i < FUL_MAX_TAG_LEN && s[t] != ':' && s[t] != ' ' && s[t] != '\t')
        t++;
    return (t < n && s[t] == ':' && t > i) ? t - i : 0;
}

static int in_tags(const char *w, size_t n, const ful_tagset *tags)
{
    int k;
    if (tags == NULL)
        return n == 4 && ful_ieq(w, "NEXT", 4);
    for (k = 0; k < tags->n; k++)
        if (strlen(tags->word[k]) == n && ful_ieq(w, tags->word[k], n))
            return 1;
    return 0;
}

ful_line_kind ful_line_scan(const char *s, size_t n, const ful_tagset *tags, ful_line *out)
{
    size_t i, t, tl;
    memset(out, 0, sizeof *out);
    i = scan_lead(s, n, out);
    tl = tag_word(s, n, i);
    if (tl == 0)
        return FUL_LINE_NONE;
    if (in_tags(s + i, tl, tags))
        out->kind = FUL_LINE_STEP;
    else if (tl == 5 && ful_ieq(s + i, "TOUCH", 5))
        out->kind = FUL_LINE_TOUCH;
    else if (tl == 4 && ful_ieq(s + i, "PAIN", 4))
        out->kind = FUL_LINE_PAIN;
    else if (tl == 4 && ful_ieq(s + i, "WANT", 4))
        out->kind = FUL_LINE_WANT;
    else
        return FUL_LINE_NONE;
    out->done = out->kind == FUL_LINE_STEP && out->box_off != (size_t)-1 && s[out->box_off + 1] != ' ';
    out->tag_off = i;
    out->tag_len = tl + 1;
    i = skip_gaps(s, n, i + tl + 1);
    t = n;
    while (t > i && (ful_is_space(s[t - 1]) || s[t - 1] == '\r'))
        t--;
    out->text_off = i;
    out->text_len = t - i;
    return out->kind;
}

size_t ful_line_body(const char *s, size_t n, const ful_tagset *tags)
{
    ful_line li;
    size_t i, tl;
    /* "- [ ] ", "* [x] ": the start nearly every step has, read at once
     * (scan_lead's offset for it); any other start goes the long way. */
    if (n > 6 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' && s[2] == '[' &&
        (s[3] == ' ' || s[3] == 'x' || s[3] == 'X') && s[4] == ']' && s[5] == ' ' && !gap(s, n, 6))
        i = 6;
    else
        i = scan_lead(s, n, &li);
    /* The default tag without a call per byte: every classified line asks.
     * Letters only, so |0x20 is an exact case fold here. */
    if (tags == NULL) {
        uint32_t w, next, fold; /* the four letters in one compare (fold: |0x20 on each byte) */
        memcpy(&next, "next", 4);
        memcpy(&fold, "    ", 4);
        tl = i + 4 < n && s[i + 4] == ':' && (memcpy(&w, s + i, 4), (w | fold) == next) ? 4 : 0;
    } else
        tl = tag_word(s, n, i);
    if (tl && (tags == NULL || in_tags(s + i, tl, tags)))
        i = skip_gaps(s, n, i + tl + 1);
    return i;
}

/* A due: token at s[i] (a word boundary before it). 1 with a real date,
 * -1 without, 0 when s[i] starts no due: token. *end: after the token. */
static int due_at(const char *s, size_t n, size_t i, ful_day *day, size_t *end)
{
    size_t j;
    if (i + 4 > n || !ful_ieq(s + i, "due:", 4) || (i > 0 && is_word((unsigned char)s[i - 1])))
        return 0;
    j = i + 4;
    while (j < n && ful_is_space(s[j]))
        j++;
    if (j + 10 <= n && (j + 10 == n || !is_word((unsigned char)s[j + 10])) && ful_day_parse_iso(s + j, 10, day)) {
        *end = j + 10;
        return 1;
    }
    j = i + 4; /* the malformed token: "due:" and the word glued to it */
    while (j < n && !ful_is_space(s[j]))
        j++;
    *end = j;
    return -1;
}

int ful_line_due(const char *s, size_t n, ful_day *day, size_t *at, size_t *len)
{
    const char *p = s, *e = s + n;
    size_t i, end;
    int bad = 0;
    /* from colon to colon: most lines have none, and this runs for every
     * line `fulog classify` reads */
    while (p < e && (p = (const char *)memchr(p, ':', (size_t)(e - p))) != NULL) {
        ful_day d;
        int r;
        i = (size_t)(p++ - s);
        if (i < 3)
            continue;
        i -= 3;
        if ((s[i] | 0x20) != 'd') /* "NEXT:" and most colons: no call */
            continue;
        r = due_at(s, n, i, &d, &end);
        if (r == 1) {
            *day = d;
            *at = i;
            *len = end - i;
            return 1;
        }
        if (r == -1 && !bad) {
            bad = 1;
            *at = i;
            *len = end - i;
        }
    }
    return bad ? -1 : 0;
}

static const char *const class_tags[] = { "firm", "soft", "non", "compliance" };
static const int class_vals[] = { FUL_FIRM, FUL_SOFT, FUL_NON, FUL_COMPLIANCE };

/* A #class tag at s[i]: its class and *end, or -1. */
static int class_at(const char *s, size_t n, size_t i, size_t *end)
{
    int k;
    if (s[i] != '#' || (i > 0 && is_word((unsigned char)s[i - 1])))
        return -1;
    for (k = 0; k < 4; k++) {
        size_t l = strlen(class_tags[k]);
        if (i + 1 + l <= n && ful_ieq(s + i + 1, class_tags[k], l) &&
            (i + 1 + l == n || !is_word((unsigned char)s[i + 1 + l]))) {
            *end = i + 1 + l;
            return class_vals[k];
        }
    }
    return -1;
}

int ful_line_class_tag(const char *s, size_t n, size_t *at, size_t *len)
{
    const char *p = s, *e = s + n;
    while (p < e && (p = memchr(p, '#', (size_t)(e - p))) != NULL) {
        size_t end, i = (size_t)(p - s);
        int c = class_at(s, n, i, &end);
        if (c >= 0) {
            *at = i;
            *len = end - i;
            return c;
        }
        p++;
    }
    return -1;
}

size_t ful_line_bookkeeping(const char *s, size_t n, size_t i)
{
    size_t end;
    ful_day d;
    /* a tag starts "due:" or "#": most words are let go on their first byte */
    if (i >= n || (s[i] != '#' && (s[i] | 0x20) != 'd'))
        return i;
    if (due_at(s, n, i, &d, &end) != 0 || class_at(s, n, i, &end) >= 0)
        return end;
    return i;
}

/* ---- blocks and finding steps ---- */

static int is_step(const ful_lspan *l, const ful_tagset *tags, ful_line *li)
{
    return ful_line_scan(l->s, l->n, tags, li) == FUL_LINE_STEP;
}

int ful_line_block_end(const ful_lspan *lines, int n, int step, const ful_tagset *tags)
{
    ful_line li;
    int ind, i, end = step + 1;
    if (step < 0 || step >= n)
        return step + 1;
    ind = ful_line_indent(lines[step].s, lines[step].n, NULL);
    for (i = step + 1; i < n; i++) {
        if (ful_line_blank(lines[i].s, lines[i].n))
            continue;
        if (ful_line_indent(lines[i].s, lines[i].n, NULL) <= ind || is_step(&lines[i], tags, &li))
            break;
        end = i + 1;
    }
    return end;
}

int ful_line_step_at(const ful_lspan *lines, int n, int row, const ful_tagset *tags)
{
    ful_line li;
    int r;
    if (row < 0 || row >= n || ful_line_blank(lines[row].s, lines[row].n))
        return -1;
    for (r = row; r >= 0; r--)
        if (is_step(&lines[r], tags, &li))
            break;
    if (r < 0)
        return -1;
    return r == row || ful_line_block_end(lines, n, r, tags) > row ? r : -1;
}

static int same_step(const ful_lspan *l, const char *text, size_t tlen, const ful_tagset *tags)
{
    ful_line li;
    if (!is_step(l, tags, &li))
        return 0;
    return text == NULL || (li.text_len == tlen && memcmp(l->s + li.text_off, text, tlen) == 0);
}

int ful_line_find_step(const ful_lspan *lines, int n, int hint, const char *text, size_t tlen, int nth, int of,
                       const ful_tagset *tags, int *found)
{
    int i, hits = 0, at = -1, hinted = -1;
    /* The stored text is trimmed; so is what we compare it with. */
    while (text && tlen && ful_is_space(text[0])) {
        text++;
        tlen--;
    }
    while (text && tlen && (ful_is_space(text[tlen - 1]) || text[tlen - 1] == '\r'))
        tlen--;
    if (text == NULL) {
        if (hint < 0 || hint >= n || !same_step(&lines[hint], NULL, 0, tags))
            return FUL_FIND_GONE;
        *found = hint;
        return 0;
    }
    for (i = 0; i < n; i++)
        if (same_step(&lines[i], text, tlen, tags)) {
            hits++;
            if (hits == nth)
                at = i;
            if (hinted < 0)
                hinted = i;
        }
    if (hits == 0)
        return FUL_FIND_GONE;
    if (of > 0 && hits != of)
        return FUL_FIND_RECOUNTED;
    if (hits == 1) {
        *found = hinted;
        return 0;
    }
    if (of == 0 || at < 0)
        return FUL_FIND_AMBIGUOUS;
    *found = at;
    return 0;
}

/* ---- line edits ---- */

int ful_done_line(const char *line, size_t n, const ful_tagset *tags, ful_buf *out)
{
    ful_line li;
    out->len = 0;
    if (ful_line_scan(line, n, tags, &li) != FUL_LINE_STEP)
        return -1;
    if (li.done)
        return ful_buf_add(out, line, n) ? -2 : 0;
    if (li.box_off != (size_t)-1) {
        if (ful_buf_add(out, line, n))
            return -2;
        out->p[li.box_off + 1] = 'x';
        return 1;
    }
    if (ful_buf_add(out, line, li.tag_off) || ful_buf_adds(out, "[x] ") ||
        ful_buf_add(out, line + li.tag_off, n - li.tag_off))
        return -2;
    return 1;
}

int ful_touch_line(const char *step_line, size_t n, ful_day day, const char *channel,
                   const char *outcome, ful_buf *out)
{
    ful_line li;
    size_t i;
    char d[11];
    out->len = 0;
    scan_lead(step_line, n, &li);
    i = li.marker_off;
    /* The step's own leading white space, one level deeper in its own
     * kind: a tab-indented step gets a tab, never two spaces after it. */
    if (ful_buf_add(out, step_line, i) || ful_buf_adds(out, memchr(step_line, '\t', i) ? "\t" : "  "))
        return -1;
    /* Mirror the step's bullet so Markdown nests the touch under it. */
    if (li.marker_len && !ful_is_digit(step_line[i])) {
        if (ful_buf_add(out, step_line + i, li.marker_len) || ful_buf_adds(out, " "))
            return -1;
    } else if (li.marker_len) {
        if (ful_buf_adds(out, "- "))
            return -1;
    }
    ful_day_format(day, d);
    if (ful_buf_adds(out, "TOUCH: ") || ful_buf_add(out, d, 10) || ful_buf_adds(out, " "))
        return -1;
    /* the channel in lower case, as typed in any case: `fulog touch F:L VM`
     * and :FuTouch VM write the same line */
    if (!channel || !*channel)
        channel = "other";
    for (; *channel; channel++) {
        char c = (char)ful_lower((unsigned char)*channel);
        if (ful_buf_add(out, &c, 1))
            return -1;
    }
    /* No outcome said is the spec's "no reply" written out (section 3's
     * form): one line for the same act, whichever front-end wrote it. */
    for (i = 0; outcome && (ful_is_space(outcome[i]) || outcome[i] == '\n' || outcome[i] == '\r'); i++)
        ;
    /* The " - " is written here: one typed before the outcome, as the line
     * shows it ('fulog touch F:L email - no reply'), is not written twice. */
    if (outcome && outcome[i] == '-' && (outcome[i + 1] == '\0' || ful_is_space(outcome[i + 1])))
        for (i++; ful_is_space(outcome[i]) || outcome[i] == '\n' || outcome[i] == '\r'; i++)
            ;
    if (!outcome || !outcome[i])
        outcome = FUL_TOUCH_NO_OUTCOME;
    else
        outcome += i;
    if (ful_buf_adds(out, " - "))
        return -1;
    /* One line: no line breaks from the caller reach the file, nor the
     * ones other readers take for one (VT, FF, NEL, U+2028, U+2029: a
     * Markdown viewer split the TOUCH: line there) */
    for (i = 0; outcome[i]; i++) {
        const unsigned char *u = (const unsigned char *)outcome + i;
        size_t skip = 0;
        char c = outcome[i];
        if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
            c = ' ';
        else if (u[0] == 0xC2 && u[1] == 0x85)
            skip = 1;
        else if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
            skip = 2;
        if (skip)
            c = ' ';
        if (ful_buf_add(out, &c, 1))
            return -1;
        i += skip;
    }
    return 0;
}

int ful_line_new_step(const char *s, size_t n, const char *tag, ful_buf *out)
{
    ful_line li;
    out->len = 0;
    scan_lead(s, n, &li);
    if (ful_buf_add(out, s, li.marker_off))
        return -1;
    if (li.marker_len && !ful_is_digit(s[li.marker_off])) {
        if (ful_buf_add(out, s + li.marker_off, li.marker_len) || ful_buf_adds(out, " "))
            return -1;
    } else if (ful_buf_adds(out, "- ")) {
        return -1;
    }
    return ful_buf_adds(out, tag) || ful_buf_adds(out, ": ") ? -1 : 0;
}

int ful_line_add_tag(const char *s, size_t n, const char *tag, ful_buf *out)
{
    ful_line li;
    if (ful_line_blank(s, n))
        return ful_line_new_step(s, n, tag, out);
    out->len = 0;
    scan_lead(s, n, &li);
    if (ful_buf_add(out, s, li.lead_len) || ful_buf_adds(out, tag) || ful_buf_adds(out, ": ") ||
        ful_buf_add(out, s + li.lead_len, n - li.lead_len))
        return -1;
    return 0;
}

/* ful_line_next_word, and with keep_bad a malformed due: token (no real
 * date, so no due) counted as a word the seller should see. */
static size_t next_word(const char *s, size_t n, size_t *i, int keep_bad)
{
    size_t p = *i, e;
    ful_day d;
    for (;;) {
        while (p < n && (ful_is_space(s[p]) || s[p] == '\r'))
            p++;
        if (p >= n) {
            *i = n;
            return n;
        }
        e = ful_line_bookkeeping(s, n, p);
        if (e == p || (keep_bad && s[p] != '#' && due_at(s, n, p, &d, &e) != 1))
            break;
        p = e;
    }
    e = p;
    while (e < n && !ful_is_space(s[e]) && s[e] != '\r')
        e++;
    *i = e;
    return p;
}

size_t ful_line_next_word(const char *s, size_t n, size_t *i)
{
    return next_word(s, n, i, 0);
}

int ful_line_words(ful_buf *out, const char *s, size_t n)
{
    return ful_line_words_upto(out, s, n, (size_t)-1);
}

int ful_line_words_upto(ful_buf *out, const char *s, size_t n, size_t max)
{
    size_t i = 0, w, start = out->len;
    int rc = 0, any = 0;
    while (out->len - start < max && (w = next_word(s, n, &i, 1)) < n) {
        if (any)
            rc |= ful_buf_add(out, " ", 1);
        any = 1;
        rc |= ful_buf_add(out, s + w, i - w);
    }
    return rc;
}
