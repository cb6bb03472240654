/* rows.c: see rows.h. */
#include "rows.h"

#include <stdlib.h>
#include <string.h>

void ful_rows_free(ful_rows *r)
{
    int i;
    if (r->names) {
        for (i = 0; i < r->ncols; i++)
            free(r->names[i]);
        free(r->names);
    }
    free(r->cells);
    ful_buf_free(&r->arena);
    memset(r, 0, sizeof *r);
}

int ful_rows_col(const ful_rows *r, const char *name)
{
    int i;
    for (i = 0; i < r->ncols; i++)
        if (strcmp(r->names[i], name) == 0)
            return i;
    return -1;
}
