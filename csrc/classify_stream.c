/* classify_stream.c: the `fulog classify` loop. The input is read in large
 * blocks into one buffer that grows only for a line longer than it; output
 * is gathered in a block and written whole, so a line costs one classify call
 * and a few memcpy's. */
#include "classify_stream.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FUL_IN_BLOCK (256u * 1024u)
#define FUL_OUT_BLOCK (256u * 1024u)
#define FUL_MAX_LINE ((size_t)1 << 30) /* a 1 GiB line is not a next step */

typedef struct {
    int fd;
    char *buf;
    size_t len;
    char *err;
    size_t errlen;
} ful_out;

static void ful_seterr(char *err, size_t errlen, const char *what, int e)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s", what, e ? strerror(e) : "failed");
}

static int ful_write_all(ful_out *o, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(o->fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            ful_seterr(o->err, o->errlen, "write error", errno);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int ful_flush(ful_out *o)
{
    int r = ful_write_all(o, o->buf, o->len);
    o->len = 0;
    return r;
}

/* Appends p[0..n), writing big pieces straight through. */
static int ful_emit_bytes(ful_out *o, const char *p, size_t n)
{
    if (o->len + n > FUL_OUT_BLOCK) {
        if (ful_flush(o) < 0)
            return -1;
        if (n > FUL_OUT_BLOCK / 2)
            return ful_write_all(o, p, n);
    }
    memcpy(o->buf + o->len, p, n);
    o->len += n;
    return 0;
}

/* Formatted due dates, direct-mapped by day: formatting divides, and the
 * lines of one run share their dates. Slots for nearly three years of
 * days: the generator's lines name 724 dates in 30k lines, which 64 slots
 * formatted again once a line in six. */
#define FUL_DUE_SLOTS 1024u
typedef struct {
    ful_day day[FUL_DUE_SLOTS];
    char txt[FUL_DUE_SLOTS][11];
} ful_due_cache;

static int ful_emit_line(ful_out *o, const ful_rules *rules, const ful_names *names, const char *line, size_t n,
                         ful_day meeting,
                         int grace, ful_due_cache *dc)
{
    /* each padded to 16 bytes: one fixed-size copy, then the length moves on */
    static const char cls_txt[FUL_NCLASS][16] = {"unknown\t", "firm\t", "soft\t", "non\t", "compliance\t"};
    static const unsigned char cls_len[FUL_NCLASS] = {8, 5, 5, 4, 11};
    /* ' ', '\t', '\v', '\f', '\r' as bits: one test a byte, not five compares */
    const uint64_t blank = (1ull << ' ') | (1ull << '\t') | (1ull << '\v') | (1ull << '\f') | (1ull << '\r');
    ful_verdict v;
    size_t t = n;
    char *p;
    /* skip lines that are only whitespace */
    while (t > 0 && (unsigned char)line[t - 1] <= ' ' && ((blank >> (unsigned char)line[t - 1]) & 1))
        t--;
    if (t == 0)
        return 0;
    ful_classify_names(rules, names, line, n, meeting, grace, 0, &v);
    if (o->len + 24 > FUL_OUT_BLOCK && ful_flush(o) < 0)
        return -1;
    p = o->buf + o->len;
    memcpy(p, cls_txt[v.cls], 16); /* (room: 24 bytes were checked above) */
    p += cls_len[v.cls];
    if (v.due == FUL_NODATE) {
        *p++ = '-';
    } else {
        unsigned slot = (unsigned)v.due & (FUL_DUE_SLOTS - 1);
        if (dc->day[slot] != v.due) {
            ful_day_format(v.due, dc->txt[slot]);
            dc->day[slot] = v.due;
        }
        memcpy(p, dc->txt[slot], 10);
        p += 10;
    }
    *p++ = '\t';
    o->len = (size_t)(p - o->buf);
    if (n + 1 <= FUL_OUT_BLOCK - o->len) { /* the common case: it fits */
        memcpy(o->buf + o->len, line, n);
        o->buf[o->len + n] = '\n';
        o->len += n + 1;
        return 0;
    }
    if (ful_emit_bytes(o, line, n) < 0)
        return -1;
    return ful_emit_bytes(o, "\n", 1);
}

int ful_classify_stream(int in_fd, int out_fd, const ful_rules *rules, const ful_names *names, ful_day meeting,
                        int grace_days, char *err,
                        size_t errlen)
{
    size_t cap = FUL_IN_BLOCK, start = 0, end = 0, scan = 0;
    char *in = (char *)malloc(cap);
    ful_out o;
    ful_due_cache dc;
    int eof = 0, rc = 0;
    unsigned k;

    if (err && errlen)
        err[0] = '\0';
    for (k = 0; k < FUL_DUE_SLOTS; k++)
        dc.day[k] = FUL_NODATE;
    o.fd = out_fd;
    o.len = 0;
    o.err = err;
    o.errlen = errlen;
    o.buf = (char *)malloc(FUL_OUT_BLOCK);
    if (!in || !o.buf) {
        free(in);
        free(o.buf);
        ful_seterr(err, errlen, "classify", ENOMEM);
        return -1;
    }
    for (;;) {
        /* every complete line in [start, end) */
        char *nl;
        while ((nl = (char *)memchr(in + scan, '\n', end - scan)) != NULL) {
            size_t e = (size_t)(nl - in), ln = e - start;
            if (ln > 0 && in[e - 1] == '\r')
                ln--; /* CRLF */
            if (ful_emit_line(&o, rules, names, in + start, ln, meeting, grace_days, &dc) < 0) {
                rc = -1;
                goto done;
            }
            start = scan = e + 1;
        }
        scan = end;
        if (eof)
            break;
        /* make room: slide the partial line down, or grow for a long one */
        if (start > 0) {
            memmove(in, in + start, end - start);
            end -= start;
            scan -= start;
            start = 0;
        }
        if (cap - end < FUL_IN_BLOCK / 2) {
            char *nb;
            if (cap >= FUL_MAX_LINE) {
                ful_seterr(err, errlen, "classify: line too long", 0);
                rc = -1;
                goto done;
            }
            nb = (char *)realloc(in, cap * 2);
            if (!nb) {
                ful_seterr(err, errlen, "classify", ENOMEM);
                rc = -1;
                goto done;
            }
            in = nb;
            cap *= 2;
        }
        {
            ssize_t r = read(in_fd, in + end, cap - end);
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                ful_seterr(err, errlen, "read error", errno);
                rc = -1;
                goto done;
            }
            if (r == 0)
                eof = 1;
            end += (size_t)r;
        }
    }
    /* a last line without a newline */
    if (end > start) {
        size_t ln = end - start;
        if (in[end - 1] == '\r')
            ln--;
        if (ful_emit_line(&o, rules, names, in + start, ln, meeting, grace_days, &dc) < 0) {
            rc = -1;
            goto done;
        }
    }
    if (ful_flush(&o) < 0)
        rc = -1;
done:
    free(in);
    free(o.buf);
    return rc;
}
