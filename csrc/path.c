/* path.c: see path.h. */
#include "path.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const ful_default_exts[] = { "md", "markdown", "mkd", "txt", "text", "note", "notes" };
const int ful_default_nexts = (int)(sizeof ful_default_exts / sizeof ful_default_exts[0]);

/* The working folder: $PWD when it names the same folder as "." (the
 * shell's logical name, through the symlinks the seller cd'ed through),
 * else getcwd(). A caller that changed folder without updating PWD
 * (subprocess cwd=, an editor's :cd) gets the real one. */
static int work_dir(ful_buf *out)
{
    const char *pwd = getenv("PWD");
    char cwd[PATH_MAX];
    struct stat a, b;
    if (pwd && pwd[0] == '/' && !strstr(pwd, "/./") && !strstr(pwd, "/../") && stat(pwd, &a) == 0 &&
        stat(".", &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
        size_t n = strlen(pwd);
        if (!(n >= 2 && pwd[n - 1] == '.' && pwd[n - 2] == '/') &&
            !(n >= 3 && pwd[n - 1] == '.' && pwd[n - 2] == '.' && pwd[n - 3] == '/'))
            return ful_buf_adds(out, pwd);
    }
    if (getcwd(cwd, sizeof cwd) == NULL)
        return -1;
    return ful_buf_adds(out, cwd);
}

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
        if (work_dir(&raw) || ful_buf_adds(&raw, "/"))
            goto fail;
    }
    if (ful_buf_adds(&raw, path))
        goto oom;
    if (ful_buf_add(out, "", 0))
        goto oom;
    p = raw.p;
    while (*p) {
        const char *e;
        size_t n;
        struct stat st;
        while (*p == '/')
            p++;
        e = p;
        while (*e && *e != '/')
            e++;
        n = (size_t)(e - p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            /* The kernel takes ".." after a symlink in the folder the
             * link points to, not lexically: so do we. */
            if (out->len > 0 && lstat(out->p, &st) == 0 && S_ISLNK(st.st_mode)) {
                char *real = realpath(out->p, NULL);
                if (real != NULL) {
                    out->len = 0;
                    if (ful_buf_adds(out, real)) {
                        free(real);
                        goto oom;
                    }
                    free(real);
                }
            }
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
    errno = ENOMEM;
fail:
    ful_buf_free(&raw);
    return -1;
}

int ful_path_real(const char *path, ful_buf *out)
{
    ful_buf abs = { 0, 0, 0 };
    size_t cut;
    out->len = 0;
    if (ful_path_abs(path, &abs) != 0)
        return -1;
    /* The longest part that exists is resolved; the rest (a note deleted
     * since, a folder not made yet) is kept as written. */
    cut = abs.len;
    for (;;) {
        char save = abs.p[cut];
        char *real;
        abs.p[cut] = '\0';
        real = realpath(cut ? abs.p : "/", NULL);
        abs.p[cut] = save;
        if (real != NULL) {
            int bad = ful_buf_adds(out, real);
            size_t rn = strlen(real);
            free(real);
            /* "/" + "/rest" would give "//rest". */
            if (!bad && cut < abs.len)
                bad = ful_buf_add(out, abs.p + cut + (rn == 1 ? 1 : 0), abs.len - cut - (rn == 1 ? 1 : 0));
            ful_buf_free(&abs);
            if (bad) {
                errno = ENOMEM;
                return -1;
            }
            return 0;
        }
        if (cut == 0)
            break;
        while (cut > 0 && abs.p[cut - 1] != '/')
            cut--;
        if (cut > 0)
            cut--; /* the slash before the part that does not resolve */
    }
    /* Nothing resolves (no "/": cannot be): the absolute path. */
    if (ful_buf_add(out, abs.p, abs.len) != 0) {
        ful_buf_free(&abs);
        errno = ENOMEM;
        return -1;
    }
    ful_buf_free(&abs);
    return 0;
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
