/* rowq.c: see rowq.h. */
#include "rowq.h"

#include <stdlib.h>
#include <string.h>

int ful_rowq_text(ful_rowq *q, const char *s, size_t n, ful_qtext *out)
{
    size_t off = q->arena.len;
    /* most texts are clean: one copy, no per-byte rewrite */
    if (ful_utf8_is_clean(s, n) ? ful_buf_add(&q->arena, s, n) != 0 : ful_utf8_clean(&q->arena, s, n) < 0)
        return -1;
    if (q->arena.len > UINT32_MAX)
        return -1;
    out->off = (uint32_t)off;
    out->len = (uint32_t)(q->arena.len - off);
    return 0;
}

int ful_rowq_raw(ful_rowq *q, const char *s, size_t n, ful_qtext *out)
{
    size_t off = q->arena.len;
    if (ful_buf_add(&q->arena, s, n) != 0 || q->arena.len > UINT32_MAX)
        return -1;
    out->off = (uint32_t)off;
    out->len = (uint32_t)n;
    return 0;
}

int ful_rowq_slot(ful_rowq *q)
{
    if (q->nsid == q->capsid) {
        int64_t *p = ful_grow(q->sids, &q->capsid, sizeof *p, 64);
        if (p == NULL)
            return -1;
        q->sids = p;
    }
    q->sids[q->nsid] = 0;
    return (int)q->nsid++;
}

void ful_rowq_settle(ful_rowq *q)
{
    if (q->nnote == 0 && q->nstep == 0 && q->ntouch == 0 && q->nneed == 0) {
        q->nsid = 0;
        q->arena.len = 0;
    }
}

void ful_rowq_drop(ful_rowq *q)
{
    q->nnote = q->nstep = q->ntouch = q->nneed = 0;
    ful_rowq_settle(q);
}

void ful_rowq_free(ful_rowq *q)
{
    free(q->sids);
    ful_buf_free(&q->arena);
    memset(q, 0, sizeof *q);
}
