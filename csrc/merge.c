/* merge.c: see merge.h. A hunk is resolved by a small three-way merge of
 * its own: base lines are matched to each side by a key that ignores what
 * notes change every day on a step line (the checkbox and the due: token),
 * the lines matched on both sides anchor the merge, and the stretches
 * between anchors are taken from the side that changed them, or, when both
 * sides only added TOUCH lines there, from both. */
#include "merge.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "writeback.h"

/* What the merge needs to know about one line. */
typedef struct {
    const char *p;
    size_t n;            /* the line without "\n" */
    size_t cn;           /* without a trailing "\r" either */
    ful_line_kind kind;
    int done;
    size_t due_off;      /* the "due:" of a due:YYYY-MM-DD token (line.c's), or SIZE_MAX */
    ful_day due;         /* its date */
    ful_day touch_day;   /* a TOUCH line's date, else FUL_NODATE */
    char *key;           /* the line as matched against the other sides */
    size_t keylen;
} mline;

/* Fills m from a line; the key of a step line leaves out the checkbox and
 * the due: token (with the white space before it). Returns -1 out of memory. */
static int mline_init(mline *m, const ful_mline *l, const ful_tagset *tags)
{
    ful_line li;
    size_t cut1 = SIZE_MAX, end1 = 0, cut2 = SIZE_MAX, end2 = 0, i, k = 0;
    memset(m, 0, sizeof *m);
    m->p = l->p;
    m->n = l->n;
    m->cn = l->n;
    if (m->cn > 0 && l->p[m->cn - 1] == '\r')
        m->cn--;
    m->due_off = SIZE_MAX;
    m->touch_day = FUL_NODATE;
    m->kind = ful_line_scan(m->p, m->cn, tags, &li);
    if (m->kind == FUL_LINE_STEP) {
        m->done = li.done;
        if (li.box_off != (size_t)-1) {
            cut1 = li.box_off;
            end1 = li.box_off + 3;
            while (end1 < m->cn && ful_is_space(m->p[end1]))
                end1++;
        }
        ful_day d;
        size_t at, len;
        if (ful_line_due(m->p, m->cn, &d, &at, &len) == 1) {
            m->due_off = at;
            m->due = d;
            cut2 = at;
            end2 = at + len;
            while (cut2 > 0 && ful_is_space(m->p[cut2 - 1]))
                cut2--;
        }
    } else if (m->kind == FUL_LINE_TOUCH) {
        ful_touch_info ti;
        ful_touch_parse(m->p + li.text_off, li.text_len, &ti);
        m->touch_day = ti.day;
    }
    m->key = (char *)malloc(m->cn + 1);
    if (m->key == NULL)
        return -1;
    for (i = 0; i < m->cn; i++) {
        if ((cut1 != SIZE_MAX && i >= cut1 && i < end1) || (cut2 != SIZE_MAX && i >= cut2 && i < end2))
            continue;
        m->key[k++] = m->p[i];
    }
    m->keylen = k;
    return 0;
}

static int key_eq(const mline *a, const mline *b)
{
    return a->kind == b->kind && a->keylen == b->keylen && memcmp(a->key, b->key, a->keylen) == 0;
}

static int line_eq(const mline *a, const mline *b)
{
    return a->n == b->n && memcmp(a->p, b->p, a->n) == 0;
}

static int due_eq(const mline *a, const mline *b)
{
    if (a->due_off == SIZE_MAX || b->due_off == SIZE_MAX)
        return a->due_off == b->due_off;
    return a->due == b->due;
}

/* Matches base lines to side lines by key (longest common subsequence):
 * map[i] is the side line base line i is matched to, or -1. Returns -1 when
 * out of memory or the hunk is too large to match (left a conflict). */
static int match(const mline *b, int nb, const mline *x, int nx, int *map)
{
    size_t w = (size_t)nx + 1, cells = ((size_t)nb + 1) * w;
    int *t, i, j;
    for (i = 0; i < nb; i++)
        map[i] = -1;
    if (cells > ((size_t)1 << 22))
        return -1;
    t = (int *)calloc(cells, sizeof *t);
    if (t == NULL)
        return -1;
    /* t[i][j]: the longest match of b[i..] and x[j..] */
    for (i = nb - 1; i >= 0; i--)
        for (j = nx - 1; j >= 0; j--)
            t[i * w + j] = key_eq(&b[i], &x[j]) ? t[(i + 1) * w + j + 1] + 1
                         : (t[(i + 1) * w + j] > t[i * w + j + 1] ? t[(i + 1) * w + j] : t[i * w + j + 1]);
    for (i = 0, j = 0; i < nb && j < nx;) {
        if (key_eq(&b[i], &x[j]) && t[i * w + j] == t[(i + 1) * w + j + 1] + 1) {
            map[i++] = j++;
        } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    free(t);
    return 0;
}

static int emit(ful_buf *out, const mline *m)
{
    return ful_buf_add(out, m->p, m->n) || ful_buf_adds(out, "\n") ? -1 : 0;
}

/* One base line and its matches on both sides (same key). Returns 1
 * merged into out, 0 conflict, -1 out of memory. */
static int merge_anchor(const mline *b, const mline *o, const mline *t, const ful_tagset *tags, ful_buf *out)
{
    const mline *tpl;
    int done;
    if (line_eq(o, t) || line_eq(t, b))
        return emit(out, o) ? -1 : 1;
    if (line_eq(o, b))
        return emit(out, t) ? -1 : 1;
    if (b->kind != FUL_LINE_STEP)
        return 0;
    /* Both sides changed the step line, each in its checkbox or due:. */
    if (!due_eq(o, b) && !due_eq(t, b) && !due_eq(o, t))
        return 0;
    done = o->done != b->done ? o->done : t->done;
    /* The side that moved the date is the template; then the one that
     * changed the checkbox; the done state is set on it. */
    if (!due_eq(o, b))
        tpl = o;
    else if (!due_eq(t, b))
        tpl = t;
    else
        tpl = o->done != b->done ? o : t;
    if (tpl->done == done)
        return emit(out, tpl) ? -1 : 1;
    if (done) {
        ful_buf nl = { 0 };
        int rc = ful_done_line(tpl->p, tpl->cn, tags, &nl);
        if (rc < 0 || ful_buf_add(out, nl.p, nl.len) || ful_buf_add(out, tpl->p + tpl->cn, tpl->n - tpl->cn) ||
            ful_buf_adds(out, "\n")) {
            ful_buf_free(&nl);
            return rc == -1 ? 0 : -1;
        }
        ful_buf_free(&nl);
        return 1;
    }
    {
        /* Undone on one side, untouched on the other: the box empties. */
        ful_line li;
        size_t at = out->len;
        ful_line_scan(tpl->p, tpl->cn, tags, &li);
        if (emit(out, tpl))
            return -1;
        if (li.box_off != (size_t)-1)
            out->p[at + li.box_off + 1] = ' ';
        return 1;
    }
}

/* Orders TOUCH lines by date (undated last), then by their bytes, so both
 * clones of a merge write the same order. */
static int touch_cmp(const void *pa, const void *pb)
{
    const mline *a = *(const mline *const *)pa, *b = *(const mline *const *)pb;
    int64_t da = a->touch_day == FUL_NODATE ? INT64_MAX : a->touch_day;
    int64_t db = b->touch_day == FUL_NODATE ? INT64_MAX : b->touch_day;
    size_t n = a->cn < b->cn ? a->cn : b->cn;
    int c;
    if (da != db)
        return da < db ? -1 : 1;
    c = memcmp(a->p, b->p, n);
    if (c != 0)
        return c;
    return a->cn < b->cn ? -1 : a->cn > b->cn;
}

static int same_lines(const mline *a, int na, const mline *b, int nb)
{
    int i;
    if (na != nb)
        return 0;
    for (i = 0; i < na; i++)
        if (!line_eq(&a[i], &b[i]))
            return 0;
    return 1;
}

static int leading_touches(const mline *m, int n)
{
    int i = 0;
    while (i < n && m[i].kind == FUL_LINE_TOUCH)
        i++;
    return i;
}

/* The lines between two anchors. Returns 1 merged, 0 conflict, -1 OOM. */
static int merge_stretch(const mline *b, int nb, const mline *o, int no, const mline *t, int nt, ful_buf *out)
{
    const mline **all;
    int i, n = 0, lo, lt;
    if (same_lines(o, no, b, nb) || same_lines(o, no, t, nt)) {
        for (i = 0; i < nt; i++)
            if (emit(out, &t[i]))
                return -1;
        return 1;
    }
    if (same_lines(t, nt, b, nb)) {
        for (i = 0; i < no; i++)
            if (emit(out, &o[i]))
                return -1;
        return 1;
    }
    /* Both sides touched the step above (new TOUCH lines first) and one
     * also changed what follows (the next step reworded): git makes that
     * one hunk, but the touches merge as below and the rest on its own. */
    lo = leading_touches(o, no);
    lt = leading_touches(t, nt);
    if (leading_touches(b, nb) == 0 && lo > 0 && lt > 0 && nb > 0) {
        ful_buf rest = { 0, 0, 0 };
        int r = merge_stretch(b, nb, o + lo, no - lo, t + lt, nt - lt, &rest);
        if (r == 1)
            r = merge_stretch(b, 0, o, lo, t, lt, out);
        if (r == 1 && rest.len && ful_buf_add(out, rest.p, rest.len))
            r = -1;
        ful_buf_free(&rest);
        return r;
    }
    /* Both sides added here: only TOUCH lines are merged. */
    if (nb > 0)
        return 0;
    for (i = 0; i < no; i++)
        if (o[i].kind != FUL_LINE_TOUCH)
            return 0;
    for (i = 0; i < nt; i++)
        if (t[i].kind != FUL_LINE_TOUCH)
            return 0;
    all = (const mline **)malloc(((size_t)no + (size_t)nt) * sizeof *all);
    if (all == NULL)
        return -1;
    for (i = 0; i < no; i++)
        all[n++] = &o[i];
    for (i = 0; i < nt; i++)
        all[n++] = &t[i];
    qsort(all, (size_t)n, sizeof *all, touch_cmp);
    for (i = 0; i < n; i++) {
        /* The same touch recorded on both sides is kept once. */
        if (i > 0 && all[i]->cn == all[i - 1]->cn && memcmp(all[i]->p, all[i - 1]->p, all[i]->cn) == 0)
            continue;
        if (emit(out, all[i])) {
            free(all);
            return -1;
        }
    }
    free(all);
    return 1;
}

static void mlines_free(mline *m, int n)
{
    int i;
    if (m == NULL)
        return;
    for (i = 0; i < n; i++)
        free(m[i].key);
    free(m);
}

static mline *mlines_new(const ful_mline *l, int n, const ful_tagset *tags)
{
    mline *m = (mline *)calloc((size_t)n + 1, sizeof *m);
    int i;
    if (m == NULL)
        return NULL;
    for (i = 0; i < n; i++)
        if (mline_init(&m[i], &l[i], tags) != 0) {
            mlines_free(m, i + 1);
            return NULL;
        }
    return m;
}

/* The marker lines of the hunk being merged (without their "\n"), for
 * the narrower conflicts a partial merge leaves; keep_base as in
 * ful_merge_opts. */
typedef struct {
    ful_mline ours, base, sep, theirs;
    int keep_base;
} marks;

static int emit_raw(ful_buf *out, const mline *m, int n)
{
    int i;
    for (i = 0; i < n; i++)
        if (emit(out, &m[i]))
            return -1;
    return 0;
}

static int emit_mark(ful_buf *out, const ful_mline *l)
{
    return ful_buf_add(out, l->p, l->n) || ful_buf_adds(out, "\n") ? -1 : 0;
}

/* A conflict over just these lines of each side, with the hunk's markers. */
static int emit_conflict(ful_buf *out, const marks *mk, const mline *b, int nb, const mline *o, int no,
                         const mline *t, int nt)
{
    if (emit_mark(out, &mk->ours) || emit_raw(out, o, no))
        return -1;
    if (mk->keep_base && (emit_mark(out, &mk->base) || emit_raw(out, b, nb)))
        return -1;
    return emit_mark(out, &mk->sep) || emit_raw(out, t, nt) || emit_mark(out, &mk->theirs) ? -1 : 0;
}

/* ful_merge_hunk, and with mk (not NULL) a partial merge: a stretch or an
 * anchor that stays a conflict becomes a conflict of its own lines only
 * (with the conflicting pieces next to it), the rest merged, so a due:
 * changed on both sides no longer keeps the touches and the done beside it
 * from merging. Returns 1 merged, 2 merged but for such conflicts (in
 * out), 0 a conflict as a whole (out unchanged), -1 out of memory. */
static int merge_hunk(const ful_mline *base, int nb, const ful_mline *ours, int no, const ful_mline *theirs, int nt,
                      const ful_merge_opts *o, const marks *mk, ful_buf *out)
{
    const ful_tagset *tags = o ? o->tags : NULL;
    mline *b = mlines_new(base, nb, tags), *mo = mlines_new(ours, no, tags), *mt = mlines_new(theirs, nt, tags);
    int *mapo = (int *)malloc(((size_t)nb + 1) * sizeof *mapo);
    int *mapt = (int *)malloc(((size_t)nb + 1) * sizeof *mapt);
    ful_buf piece = { 0, 0, 0 };
    size_t start = out->len;
    int rc = -1, i, pb = 0, po = 0, pt = 0;
    int open = 0, cb = 0, co = 0, ct = 0, merged = 0, split = 0;
    if (b == NULL || mo == NULL || mt == NULL || mapo == NULL || mapt == NULL)
        goto done;
    if (match(b, nb, mo, no, mapo) != 0 || match(b, nb, mt, nt, mapt) != 0) {
        rc = 0; /* too large to match here: git's conflict stands */
        goto done;
    }
    /* Pieces in order: the stretch before base line i, then line i (the
     * anchor); an open conflict runs from (cb, co, ct) to the next piece
     * that merged with lines in it. */
    for (i = 0; i <= nb; i++) {
        int eo = i < nb ? mapo[i] : no, et = i < nb ? mapt[i] : nt, k;
        if (i < nb && (eo < 0 || et < 0))
            continue;
        for (k = 0; k < 2; k++) {
            int qb = k ? i : pb, qo = k ? eo : po, qt = k ? et : pt;
            int lines = k ? 3 : (i - pb) + (eo - po) + (et - pt), r;
            if (k && i == nb)
                break;
            piece.len = 0;
            r = k ? merge_anchor(&b[i], &mo[eo], &mt[et], tags, &piece)
                  : merge_stretch(b + pb, i - pb, mo + po, eo - po, mt + pt, et - pt, &piece);
            if (r < 0)
                goto done;
            if (r == 0) {
                if (mk == NULL) {
                    rc = 0;
                    goto done;
                }
                if (!open) {
                    open = 1;
                    cb = qb;
                    co = qo;
                    ct = qt;
                }
                continue;
            }
            if (lines == 0)
                continue;
            if (open) {
                if (emit_conflict(out, mk, b + cb, qb - cb, mo + co, qo - co, mt + ct, qt - ct))
                    goto done;
                open = 0;
                split = 1;
            }
            if (piece.len && ful_buf_add(out, piece.p, piece.len))
                goto done;
            merged = 1;
        }
        pb = i + 1;
        po = eo + 1;
        pt = et + 1;
    }
    if (open) {
        if (emit_conflict(out, mk, b + cb, nb - cb, mo + co, no - co, mt + ct, nt - ct))
            goto done;
        split = 1;
    }
    /* Nothing merged beside the conflicts: git's own hunk stands. */
    rc = split ? (merged ? 2 : 0) : 1;
done:
    if (rc != 1 && rc != 2)
        out->len = start;
    if (out->p)
        out->p[out->len] = '\0';
    ful_buf_free(&piece);
    mlines_free(b, nb);
    mlines_free(mo, no);
    mlines_free(mt, nt);
    free(mapo);
    free(mapt);
    return rc;
}

int ful_merge_hunk(const ful_mline *base, int nb, const ful_mline *ours, int no,
                   const ful_mline *theirs, int nt, const ful_merge_opts *o, ful_buf *out)
{
    return merge_hunk(base, nb, ours, no, theirs, nt, o, NULL, out);
}

/* ---- git merge-file output ---- */

typedef struct {
    ful_mline *l;
    int n, cap;
} mlist;

static int mlist_add(mlist *m, const char *p, size_t n)
{
    if (m->n == m->cap) {
        int nc = m->cap ? m->cap * 2 : 16;
        ful_mline *nl = (ful_mline *)realloc(m->l, (size_t)nc * sizeof *nl);
        if (nl == NULL)
            return -1;
        m->l = nl;
        m->cap = nc;
    }
    m->l[m->n].p = p;
    m->l[m->n].n = n;
    m->n++;
    return 0;
}

/* Is s[0..n) a conflict marker line of c (exactly size of them, then the
 * end of the line or a space and a label)? */
static int is_marker(const char *s, size_t n, char c, int size)
{
    int i;
    if (n < (size_t)size)
        return 0;
    for (i = 0; i < size; i++)
        if (s[i] != c)
            return 0;
    return n == (size_t)size || s[size] == ' ' || s[size] == '\r';
}

enum { OUTSIDE, OURS, BASE, THEIRS };

/* The length of the line at p (to its "\n" or the end, n bytes on). */
static size_t line_len(const char *p, size_t n)
{
    const char *e = (const char *)memchr(p, '\n', n);
    return e ? (size_t)(e - p) : n;
}

int ful_merge_text(const char *s, size_t n, const ful_merge_opts *o, ful_buf *out, int *resolved,
                   int *left, int *narrowed)
{
    int size = o && o->marker_size > 0 ? o->marker_size : 7;
    int state = OUTSIDE, rc = 0;
    mlist side[3] = { { 0 }, { 0 }, { 0 } };   /* ours, base, theirs */
    size_t pos = 0, hunk = 0, base_at = 0, sep_at = 0;
    *resolved = *left = 0;
    if (narrowed)
        *narrowed = 0;
    out->len = 0;
    if (ful_buf_reserve(out, n + 1))
        return -1;
    while (pos < n && rc == 0) {
        const char *ls = s + pos;
        const char *nl = (const char *)memchr(ls, '\n', n - pos);
        size_t ll = nl ? (size_t)(nl - ls) : n - pos, next = pos + ll + (nl ? 1 : 0);
        int lt = is_marker(ls, ll, '<', size), bar = is_marker(ls, ll, '|', size);
        int eq = is_marker(ls, ll, '=', size), gt = is_marker(ls, ll, '>', size);
        if (state == OUTSIDE) {
            if (lt) {
                state = OURS;
                hunk = pos;
                side[0].n = side[1].n = side[2].n = 0;
            } else if (ful_buf_add(out, ls, next - pos)) {
                rc = -1;
            }
        } else if (lt) {
            rc = -2;
        } else if (state == OURS && bar) {
            state = BASE;
            base_at = pos;
        } else if ((state == OURS || state == BASE) && eq) {
            if (state == OURS)
                base_at = pos;   /* no base part: never resolved */
            state = THEIRS;
            sep_at = pos;
        } else if (state == THEIRS && gt) {
            int r = 0;
            marks mk;
            mk.ours.p = s + hunk;
            mk.ours.n = line_len(s + hunk, n - hunk);
            mk.base.p = s + base_at;
            mk.base.n = line_len(s + base_at, n - base_at);
            mk.sep.p = s + sep_at;
            mk.sep.n = line_len(s + sep_at, n - sep_at);
            mk.theirs.p = ls;
            mk.theirs.n = ll;
            mk.keep_base = o && o->keep_base;
            if (base_at != sep_at)
                r = merge_hunk(side[1].l, side[1].n, side[0].l, side[0].n, side[2].l, side[2].n, o, &mk, out);
            if (r < 0) {
                rc = -1;
            } else if (r == 1) {
                (*resolved)++;
            } else if (r == 2) {
                (*left)++;
                if (narrowed)
                    (*narrowed)++;
            } else {
                (*left)++;
                if ((o && o->keep_base) || base_at == sep_at) {
                    if (ful_buf_add(out, s + hunk, next - hunk))
                        rc = -1;
                } else if (ful_buf_add(out, s + hunk, base_at - hunk) || ful_buf_add(out, s + sep_at, next - sep_at)) {
                    rc = -1;
                }
            }
            state = OUTSIDE;
        } else if (mlist_add(&side[state == OURS ? 0 : state == BASE ? 1 : 2], ls, ll)) {
            rc = -1;
        }
        pos = next;
    }
    if (rc == 0 && state != OUTSIDE)
        rc = -2;
    if (rc == -2) {
        out->len = 0;
        *resolved = *left = 0;
        if (narrowed)
            *narrowed = 0;
        if (ful_buf_add(out, s, n))
            rc = -1;
    }
    free(side[0].l);
    free(side[1].l);
    free(side[2].l);
    return rc;
}
