/* fuzz_writeback.c: libFuzzer target for the file write-back (done and
 * touch on a note on disk). The input is a note; its first bytes pick the
 * edit and the step. Properties checked on every input:
 *   - a refused edit leaves the note byte for byte as it was;
 *   - done changes only the step line, by "[x] " or " " -> "x" (or nothing
 *     when it was done);
 *   - touch only inserts: the old note is a prefix plus a suffix of the new
 *     one, and what was inserted holds one TOUCH: line (and a line end for
 *     a last line that had none);
 *   - no temp or backup file is left next to the note.
 * Each run uses a fresh folder under /dev/shm (else /tmp): fsync is cheap
 * there. Build: see fuzz/run.sh. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "note.h"
#include "text.h"
#include "writeback.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static int read_file(const char *path, ful_buf *b)
{
    FILE *f = fopen(path, "rb");
    char chunk[4096];
    size_t r;
    if (f == NULL)
        return -1;
    b->len = 0;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        CHECK(ful_buf_add(b, chunk, r) == 0);
    fclose(f);
    return 0;
}

static int write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    if (n && fwrite(p, 1, n, f) != n) {
        fclose(f);
        return -1;
    }
    return fclose(f);
}

static size_t count(const char *p, size_t n, const char *needle)
{
    size_t k = 0, l = strlen(needle), i;
    for (i = 0; i + l <= n; i++)
        if (memcmp(p + i, needle, l) == 0)
            k++;
    return k;
}

static int only_one_entry(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int n = 0;
    CHECK(d != NULL);
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            n++;
    closedir(d);
    return n == 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char dir[64], path[96], err[512];
    ful_buf before = { 0, 0, 0 }, after = { 0, 0, 0 };
    ful_note note;
    char *expect;
    ful_expect ex = { NULL, 0, 0 };
    int op, rc, line, new_line = 0;
    size_t pick, p = 0, q = 0, m, i;
    const char *body;
    if (size < 2 || size > 65536)
        return 0;
    op = data[0] & 1;
    pick = data[1];
    body = (const char *)data + 2;
    size -= 2;
    if (ful_note_parse(&note, body, size, NULL) != 0)
        return 0;
    if (note.binary || note.nsteps == 0) {
        ful_note_free(&note);
        return 0;
    }
    line = note.steps[pick % (size_t)note.nsteps].line;
    expect = malloc(note.steps[pick % (size_t)note.nsteps].len + 1);
    CHECK(expect != NULL);
    memcpy(expect, note.steps[pick % (size_t)note.nsteps].text, note.steps[pick % (size_t)note.nsteps].len);
    expect[note.steps[pick % (size_t)note.nsteps].len] = '\0';
    /* which of the steps with these words it is, as the store would say */
    for (i = 0; i < (size_t)note.nsteps; i++)
        if (note.steps[i].len == strlen(expect) && memcmp(note.steps[i].text, expect, note.steps[i].len) == 0) {
            ex.of++;
            if (i <= pick % (size_t)note.nsteps)
                ex.nth++;
        }
    ex.text = expect;
    ful_note_free(&note);

    snprintf(dir, sizeof dir, "%s/fulog-fuzz-wb.XXXXXX", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/n.md", dir);
    CHECK(write_file(path, (const uint8_t *)body, size) == 0);
    CHECK(read_file(path, &before) == 0);
    if (op == 0)
        rc = ful_wb_done(path, line, &ex, NULL, NULL, err, sizeof err);
    else
        rc = ful_wb_touch(path, line, &ex, NULL, ful_day_from_ymd(2026, 12, 10), FUL_NODATE, "call", "no reply", &new_line,
                          err, sizeof err);
    CHECK(read_file(path, &after) == 0);
    m = before.len < after.len ? before.len : after.len;
    while (p < m && before.p[p] == after.p[p])
        p++;
    while (q < m - p && before.p[before.len - 1 - q] == after.p[after.len - 1 - q])
        q++;
    if (rc != 0) {
        CHECK(before.len == after.len && p == before.len);
    } else if (op == 0) {
        size_t was = before.len - p - q, now = after.len - p - q;
        CHECK(before.len == after.len ? (was == 0 || (was == 1 && before.p[p] == ' ' && after.p[p] == 'x'))
                                      : (was == 0 && now == 4 && memcmp(after.p + p, "[x] ", 4) == 0));
    } else {
        /* One line inserted, line new_line (before a later-dated touch, or
         * after the block: the common ends of the bytes may cut into it):
         * without it, the note is as it was, plus a line end when the last
         * line had none. */
        size_t a = 0, e, k;
        int l;
        CHECK(p + q == before.len);
        CHECK(new_line >= 1);
        for (l = 1; l < new_line; l++) {
            const char *nl = memchr(after.p + a, '\n', after.len - a);
            CHECK(nl != NULL);
            a = (size_t)(nl - after.p) + 1;
        }
        e = a;
        while (e < after.len && after.p[e] != '\n')
            e++;
        e += e < after.len;
        CHECK(count(after.p + a, e - a, "TOUCH: 2026-12-10 call - no reply") == 1);
        CHECK(memcmp(after.p, before.p, a < before.len ? a : before.len) == 0);
        k = after.len - (e - a);    /* the note without the line */
        if (k == before.len) {
            CHECK(memcmp(after.p + e, before.p + a, before.len - a) == 0);
        } else {
            CHECK(e == after.len && a > before.len && a - before.len <= 2 && after.p[a - 1] == '\n');
        }
    }
    CHECK(only_one_entry(dir));
    unlink(path);
    rmdir(dir);
    free(expect);
    ful_buf_free(&before);
    ful_buf_free(&after);
    return 0;
}
