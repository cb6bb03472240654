/* rows.c: see rows.h. */
#include "rows.h"

#include <stdlib.h>
#include <string.h>

static void free_names(ful_rows *r)
{
    int i;
    if (r->names) {
        for (i = 0; i < r->ncols; i++)
            free(r->names[i]);
        free(r->names);
    }
    r->names = NULL;
    r->ncols = 0;
}

void ful_rows_free(ful_rows *r)
{
    free_names(r);
    free(r->cells);
    free(r->order);
    ful_buf_free(&r->arena);
    memset(r, 0, sizeof *r);
}

void ful_rows_clear(ful_rows *r)
{
    free_names(r);
    r->nrows = 0;
    r->arena.len = 0;
    r->ordered = 0;
}

int ful_rows_col(const ful_rows *r, const char *name)
{
    int i;
    for (i = 0; i < r->ncols; i++)
        if (strcmp(r->names[i], name) == 0)
            return i;
    return -1;
}
