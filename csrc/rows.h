/* rows.h: a query result copied out of SQLite, so that statements are reset
 * before the caller (the Lua binding) does anything that may raise. */
#ifndef FUL_ROWS_H
#define FUL_ROWS_H

#include <stddef.h>
#include <stdint.h>
#include "text.h"

enum { FUL_NULL = 0, FUL_INT = 1, FUL_TEXT = 2 };

typedef struct {
    int type;
    int64_t i;          /* FUL_INT */
    size_t off, len;    /* FUL_TEXT: bytes in the arena */
} ful_cell;

typedef struct {
    int ncols;
    char **names;       /* ncols column names */
    size_t nrows, cap;
    ful_cell *cells;    /* nrows * ncols */
    ful_buf arena;
    /* When ordered: row i is the cells' row order[i] (a sort moves row
     * numbers, not rows). order has room for 2 * ocap numbers. */
    int ordered;
    size_t *order, ocap;
} ful_rows;

void ful_rows_free(ful_rows *r);
/* Empties r but keeps its buffers, so the next query that fills it does
 * not allocate (and fault in) the same memory again. */
void ful_rows_clear(ful_rows *r);
static inline const ful_cell *ful_rows_cell(const ful_rows *r, size_t row, int col)
{
    if (r->ordered)
        row = r->order[row];
    return &r->cells[row * (size_t)r->ncols + (size_t)col];
}
static inline const char *ful_rows_text(const ful_rows *r, const ful_cell *c)
{
    return r->arena.p + c->off;
}
int ful_rows_col(const ful_rows *r, const char *name); /* -1 when absent */

#endif
