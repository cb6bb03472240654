/* opts.c: see opts.h. */
#include "opts.h"
#include "path.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void ful_opts_default(ful_opts *o)
{
    int i;
    memset(o, 0, sizeof *o);
    ful_tagset_default(&o->tags);
    for (i = 0; i < ful_default_nexts && i < FUL_MAX_EXTS; i++)
        snprintf(o->ext[i], FUL_EXT_LEN, "%s", ful_default_exts[i]);
    o->nexts = i;
    o->grace = 7;
    ful_cadence_default(&o->cadence);
    o->today = FUL_NODATE;
}

/* Calls f on each comma-separated word of v (trimmed, empty ones
 * skipped); stops at the first failure. Returns the number of words or -1. */
static int each_word(const char *v, int (*f)(void *, const char *), void *ctx)
{
    char w[64];
    int n = 0;
    while (*v) {
        size_t k = strcspn(v, ","), a = 0, e = k;
        while (a < e && (v[a] == ' ' || v[a] == '\t'))
            a++;
        while (e > a && (v[e - 1] == ' ' || v[e - 1] == '\t'))
            e--;
        if (e > a) {
            if (e - a >= sizeof w)
                return -1;
            memcpy(w, v + a, e - a);
            w[e - a] = '\0';
            if (f(ctx, w) != 0)
                return -1;
            n++;
        }
        v += k + (v[k] == ',');
    }
    return n;
}

static int add_tag(void *ctx, const char *w)
{
    return ful_tagset_add((ful_tagset *)ctx, w);
}

static int add_ext(void *ctx, const char *w)
{
    ful_opts *o = (ful_opts *)ctx;
    size_t n;
    if (*w == '.')
        w++;
    n = strlen(w);
    if (o->nexts >= FUL_MAX_EXTS || n == 0 || n >= FUL_EXT_LEN || strchr(w, '/'))
        return -1;
    memcpy(o->ext[o->nexts++], w, n + 1);
    return 0;
}

int ful_opts_set(ful_opts *o, const char *name, const char *value, char *err, size_t errlen)
{
    if (strcmp(name, "tags") == 0) {
        ful_tagset t;
        t.n = 0;
        if (each_word(value, add_tag, &t) < 1) {
            snprintf(err, errlen, "tags wants 1-%d words of 1-%d letters without ':' or spaces, like NEXT,TODO",
                     FUL_MAX_TAGS, FUL_MAX_TAG_LEN - 1);
            return -1;
        }
        o->tags = t;
    } else if (strcmp(name, "exts") == 0) {
        ful_opts t = *o;
        t.nexts = 0;
        if (each_word(value, add_ext, &t) < 1) {
            snprintf(err, errlen, "ext wants 1-%d file name endings, like md,txt", FUL_MAX_EXTS);
            return -1;
        }
        memcpy(o->ext, t.ext, sizeof o->ext);
        o->nexts = t.nexts;
    } else if (strcmp(name, "grace") == 0) {
        char *end;
        long g = strtol(value, &end, 10);
        if (end == value || *end || g < 0 || g > 3650) {
            snprintf(err, errlen, "grace wants a whole number of days from 0 to 3650, got \"%s\"", value);
            return -1;
        }
        o->grace = (int)g;
    } else if (strcmp(name, "cadence") == 0) {
        if (ful_cadence_parse(value, strlen(value), &o->cadence) != 0) {
            snprintf(err, errlen, "cadence wants 1-%d whole numbers of days from 1 to 365, like 3,7,14; got \"%s\"",
                     FUL_CADENCE_MAX, value);
            return -1;
        }
    } else if (strcmp(name, "today") == 0) {
        ful_day d;
        if (!ful_day_parse_iso(value, strlen(value), &d)) {
            snprintf(err, errlen, "today wants a real YYYY-MM-DD date, got \"%s\"", value);
            return -1;
        }
        o->today = d;
    } else {
        snprintf(err, errlen, "unknown option %s", name);
        return -1;
    }
    return 0;
}

int ful_opts_env(ful_opts *o, char *warn, size_t warnlen)
{
    static const struct { const char *var, *name; } vars[] = {
        { "FULOG_TAGS", "tags" }, { "FULOG_EXTS", "exts" }, { "FULOG_GRACE", "grace" },
        { "FULOG_CADENCE", "cadence" }, { "FULOG_TODAY", "today" },
    };
    ful_day fixed = o->today;
    size_t i;
    int bad = 0;
    if (warnlen)
        warn[0] = '\0';
    for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i].var);
        char e[200];
        if (v == NULL || *v == '\0')
            continue;
        if (ful_opts_set(o, vars[i].name, v, e, sizeof e) != 0) {
            if (!bad++)
                snprintf(warn, warnlen, "%s=%s ignored (%s)%s", vars[i].var, v, e,
                         strcmp(vars[i].name, "today") == 0 ? "; using the clock" : "");
        }
    }
    /* FULOG_TODAY is checked here (to warn once) but read when asked:
     * ful_opts_today. */
    o->today = fixed;
    return bad;
}

ful_day ful_clock_today(void)
{
    time_t t = time(NULL);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL)
        return FUL_NODATE;
    return ful_day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

ful_day ful_opts_today(const ful_opts *o)
{
    const char *env;
    ful_day d;
    if (o->today != FUL_NODATE)
        return o->today;
    /* A getenv per call, not per row: a session may change FULOG_TODAY
     * (or outlive midnight). A bad value was said when the options were made. */
    env = getenv("FULOG_TODAY");
    if (env && *env && ful_day_parse_iso(env, strlen(env), &d))
        return d;
    return ful_clock_today();
}

int ful_opts_exts(const ful_opts *o, const char **out)
{
    int i;
    for (i = 0; i < o->nexts; i++)
        out[i] = o->ext[i];
    return o->nexts;
}

int64_t ful_opts_parse_sig(int reader_version, const ful_tagset *tags, int grace, uint64_t rules_digest)
{
    /* Tags in any order and case are the same tags. */
    uint64_t tag_sum = 0;
    char buf[96];
    int i, n;
    for (i = 0; tags && i < tags->n; i++) {
        char lw[FUL_MAX_TAG_LEN];
        size_t k, l = strlen(tags->word[i]);
        for (k = 0; k < l; k++)
            lw[k] = (char)ful_lower((unsigned char)tags->word[i][k]);
        tag_sum += (uint64_t)ful_hash(lw, l);
    }
    if (tags == NULL) /* NULL reads as NEXT */
        tag_sum = (uint64_t)ful_hash("next", 4);
    n = snprintf(buf, sizeof buf, "%d/%llx/%d/%llx", reader_version, (unsigned long long)tag_sum, grace,
                 (unsigned long long)rules_digest);
    return ful_hash(buf, (size_t)n);
}
