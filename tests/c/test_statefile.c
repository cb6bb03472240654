/* test_statefile.c: ful_write_private, the record of what the last listing
 * showed (fulog.listed): folders made 0700, the file 0600, written whole
 * over the old one, nothing left behind when it cannot be. */
#include "t.h"
#include "statefile.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char *slurp(const char *path)
{
    static char buf[256];
    FILE *f = fopen(path, "rb");
    size_t n;
    if (f == NULL)
        return NULL;
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (d == NULL)
        return -1;
    while ((e = readdir(d)) != NULL)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

int main(void)
{
    char tmpl[] = "/tmp/fulog-test.XXXXXX", path[1100], dir[1024], err[256];
    char *top = mkdtemp(tmpl);
    struct stat st;
    mode_t old = umask(022);
    if (top == NULL) {
        printf("not ok - mkdtemp\n# 0 passed, 1 failed\n");
        return 1;
    }
    T_SECTION("folders made 0700, the file 0600, whatever the umask");
    snprintf(dir, sizeof dir, "%s/state/fulog", top);
    snprintf(path, sizeof path, "%s/listed-abcdef", dir);
    T_INTEQ(ful_write_private(path, "one\n", 4, err, sizeof err), 0);
    T_STREQ(slurp(path), "one\n");
    T_INTEQ(stat(path, &st), 0);
    T_INTEQ(st.st_mode & 0777, 0600);
    T_INTEQ(stat(dir, &st), 0);
    T_INTEQ(st.st_mode & 0777, 0700);

    T_SECTION("written over the old file whole, no temp file left");
    T_INTEQ(ful_write_private(path, "two lines\nhere\n", 15, err, sizeof err), 0);
    T_STREQ(slurp(path), "two lines\nhere\n");
    T_INTEQ(entries(dir), 1);

    T_SECTION("a folder that cannot be made: -1 and why, nothing written");
    snprintf(path, sizeof path, "%s/state/fulog/listed-abcdef/x/y", top);
    T_INTEQ(ful_write_private(path, "x", 1, err, sizeof err), -1);
    T_CHECK(strstr(err, "cannot create folder") != NULL, "%s", err);
    snprintf(dir, sizeof dir, "rm -rf '%s'", top);
    umask(old);
    T_CHECK(system(dir) == 0, "cleanup");
    return T_DONE();
}
