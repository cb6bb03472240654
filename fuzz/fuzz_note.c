/* fuzz_note.c: libFuzzer target for the note parser, the line scanner, the
 * TOUCH: parser and the pure line edits (done, touch line), with the
 * properties they promise checked on every input:
 *   - every span the parser returns lies inside the input;
 *   - a line the scanner calls a step, once done_line'd, is still a step,
 *     now done, with the same text;
 *   - a touch_line under any line scans as a TOUCH: of that date and
 *     channel, on one line;
 *   - the history key and the UTF-8 cleaner return valid, bounded output.
 * Build: see fuzz/run.sh. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "note.h"
#include "history.h"
#include "store.h"
#include "text.h"
#include "writeback.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static int inside(const char *base, size_t n, const char *p, size_t len)
{
    return p >= base && p <= base + n && len <= (size_t)(base + n - p);
}

static void one_line(const char *s, size_t n, const ful_tagset *tags)
{
    ful_line li;
    ful_buf out = { 0, 0, 0 };
    ful_line_kind k = ful_line_scan(s, n, tags, &li);
    if (k != FUL_LINE_NONE) {
        CHECK(li.tag_off + li.tag_len <= n);
        CHECK(li.text_off + li.text_len <= n);
        CHECK(li.box_off == (size_t)-1 || li.box_off + 3 <= n);
    }
    if (k == FUL_LINE_TOUCH) {
        ful_touch_info t;
        ful_touch_parse(s + li.text_off, li.text_len, &t);
        CHECK(t.outcome_off + t.outcome_len <= li.text_len);
    }
    {
        int r = ful_done_line(s, n, tags, &out);
        CHECK(r == -1 || r == 0 || r == 1);
        if (r >= 0) {
            ful_line l2;
            CHECK(k == FUL_LINE_STEP);
            CHECK(ful_line_scan(out.p, out.len, tags, &l2) == FUL_LINE_STEP);
            CHECK(l2.done == 1);
            CHECK(l2.text_len == li.text_len);
            CHECK(memcmp(out.p + l2.text_off, s + li.text_off, li.text_len) == 0);
        } else {
            CHECK(k != FUL_LINE_STEP);
        }
    }
    {
        ful_day day = ful_day_from_ymd(2026, 12, 1);
        char outcome[24];
        size_t m = n < sizeof outcome - 1 ? n : sizeof outcome - 1;
        ful_line l3;
        ful_touch_info t;
        memcpy(outcome, s, m);
        outcome[m] = '\0';
        CHECK(ful_touch_line(s, n, day, "call", outcome, &out) == 0);
        CHECK(memchr(out.p, '\n', out.len) == NULL);
        CHECK(ful_line_scan(out.p, out.len, tags, &l3) == FUL_LINE_TOUCH);
        ful_touch_parse(out.p + l3.text_off, l3.text_len, &t);
        CHECK(t.day == day);
        CHECK(t.channel == FUL_CH_CALL);
    }
    {
        char key[64];
        size_t kl = ful_step_key(s, n, key, sizeof key);
        CHECK(kl < sizeof key && key[kl] == '\0');
    }
    ful_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data;
    ful_note note;
    ful_note_opts o;
    ful_tagset tags;
    size_t pos = 0;
    int i;

    ful_tagset_default(&tags);
    ful_tagset_add(&tags, "TODO");
    ful_tagset_add(&tags, "f/u");

    memset(&o, 0, sizeof o);
    o.path = "/notes/acme corp/2026-11-20 call.md";
    o.root = "/notes";
    o.mtime_day = ful_day_from_ymd(2026, 11, 21);
    o.tags = &tags;
    o.grace_days = 7;
    o.explain = size & 1;
    if (ful_note_parse(&note, buf, size, &o) != 0)
        return 0;
    CHECK(note.nwarns >= 0 && note.nwarns <= FUL_MAX_WARNS);
    CHECK(memchr(note.account, '\0', sizeof note.account) != NULL);
    CHECK(ful_utf8_bad(note.account, strlen(note.account)) == 0);
    for (i = 0; i < note.nwarns; i++)
        CHECK(memchr(note.warns[i].msg, '\0', FUL_WARN_MAX) != NULL);
    for (i = 0; i < note.nsteps; i++) {
        const ful_nstep *st = &note.steps[i];
        CHECK(inside(buf, size, st->text, st->len));
        CHECK(st->line >= 1 && st->col >= 1);
        CHECK(st->v.cls >= FUL_UNKNOWN && st->v.cls < FUL_NCLASS);
        CHECK(memchr(st->v.why, '\0', FUL_WHY_MAX) != NULL);
        CHECK(memchr(st->v.ask, '\0', FUL_WHY_MAX) != NULL);
        if (i > 0)
            CHECK(st->line > note.steps[i - 1].line);
    }
    for (i = 0; i < note.ntouches; i++) {
        const ful_ntouch *t = &note.touches[i];
        CHECK(inside(buf, size, t->text, t->len));
        CHECK(t->step >= -1 && t->step < note.nsteps);
    }
    for (i = 0; i < note.nneeds; i++)
        CHECK(inside(buf, size, note.needs[i].text, note.needs[i].len));
    ful_note_free(&note);

    /* The header-only path gives the same date and account. */
    {
        ful_note h;
        ful_note_opts o2 = o;
        ful_note_header(&h, buf, size, &o2);
        ful_note_free(&h);
    }

    /* Every line on its own (the editor scans buffer lines one by one). */
    while (pos <= size) {
        const char *nl = memchr(buf + pos, '\n', size - pos);
        size_t len = nl ? (size_t)(nl - (buf + pos)) : size - pos;
        /* A heap copy of exactly the line, so reads past it are caught. */
        char *line = malloc(len ? len : 1);
        if (line == NULL)
            break;
        memcpy(line, buf + pos, len);
        one_line(line, len, &tags);
        one_line(line, len, NULL);
        free(line);
        if (!nl)
            break;
        pos += len + 1;
    }

    /* The cleaner: valid UTF-8 out, no NUL, no C0 but tab. */
    {
        ful_buf b = { 0, 0, 0 };
        size_t k;
        if (ful_utf8_clean(&b, buf, size) >= 0) {
            CHECK(ful_utf8_bad(b.p, b.len) == 0);
            for (k = 0; k < b.len; k++)
                CHECK((unsigned char)b.p[k] >= 0x20 || b.p[k] == '\t');
        }
        ful_buf_free(&b);
        k = ful_utf8_cut(buf, size, size / 2);
        CHECK(k <= size);
    }
    return 0;
}
