/* path.c: see path.h. */
#include "path.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

const char *const ful_default_exts[] = { "md", "markdown", "mkd", "txt", "text", "note", "notes" };
const int ful_default_nexts = (int)(sizeof ful_default_exts / sizeof ful_default_exts[0]);

int ful_path_abs(const char *path, ful_buf *out)
{
    ful_buf raw = { 0, 0, 0 };
    const char *p;
    out->len = 0;
    if (path == NULL || path[0] == '\0') {
        errno = ENOENT;
        return -1;
    }
    if (path[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL)
            return -1;
        if (ful_buf_adds(&raw, cwd) || ful_buf_adds(&raw, "/"))
            goto oom;
    }
    if (ful_buf_adds(&raw, path))
        goto oom;
    if (ful_buf_add(out, "", 0))
        goto oom;
    p = raw.p;
    while (*p) {
        const char *e;
        size_t n;
        while (*p == '/')
            p++;
        e = p;
        while (*e && *e != '/')
            e++;
        n = (size_t)(e - p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (out->len > 0 && out->p[out->len - 1] != '/')
                out->len--;
            if (out->len > 0)
                out->len--;
            out->p[out->len] = '\0';
        } else {
            if (ful_buf_add(out, "/", 1) || ful_buf_add(out, p, n))
                goto oom;
        }
        p = e;
    }
    if (out->len == 0 && ful_buf_add(out, "/", 1))
        goto oom;
    ful_buf_free(&raw);
    return 0;
oom:
    ful_buf_free(&raw);
    errno = ENOMEM;
    return -1;
}

int ful_path_has_ext(const char *name, const char *const *exts, int nexts)
{
    const char *dot = strrchr(name, '.');
    int i;
    if (dot == NULL || dot == name)
        return 0;
    dot++;
    for (i = 0; i < nexts; i++)
        if (strlen(exts[i]) == strlen(dot) && ful_ieq(dot, exts[i], strlen(dot)))
            return 1;
    return 0;
}
