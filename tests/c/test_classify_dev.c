/* test_classify_dev.c: scores the classifier on the labelled dev lines
 * (shared/data/nextsteps-dev.tsv: label<TAB>text, '#' comments), meeting
 * date 2026-11-20.
 *
 * Every 4th data line (the 4th, 8th, ...) is HELD OUT: the rules were tuned
 * on the other lines only, and the held-out figures show how well they carry
 * over to lines they were not fitted to. Usage: test_classify_dev [FILE]
 * (default ../shared/data/nextsteps-dev.tsv, relative to the repo root). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "t.h"

#define NC FUL_NCLASS

typedef struct {
    int m[NC][NC]; /* [gold][predicted] */
    int n;
} ful_conf;

/* Prints the scores; returns the macro-F1 over the classes present in the gold labels. */
static double report(const char *title, const ful_conf *c)
{
    int k, j, present = 0;
    double sum = 0;
    printf("# %s: %d lines\n", title, c->n);
    printf("#   %-10s %6s %6s %6s %5s\n", "class", "P", "R", "F1", "n");
    for (k = 0; k < NC; k++) {
        int tp = c->m[k][k], gold = 0, pred = 0;
        double p, r, f;
        for (j = 0; j < NC; j++) {
            gold += c->m[k][j];
            pred += c->m[j][k];
        }
        if (gold == 0 && pred == 0)
            continue;
        p = pred ? (double)tp / pred : 0;
        r = gold ? (double)tp / gold : 0;
        f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        printf("#   %-10s %6.3f %6.3f %6.3f %5d\n", ful_class_name((ful_class)k), p, r, f, gold);
        if (gold > 0) {
            sum += f;
            present++;
        }
    }
    printf("#   macro-F1 %.3f\n", present ? sum / present : 0);
    printf("#   confusion (rows gold, columns predicted):\n#   %-10s", "");
    for (j = 0; j < NC; j++)
        printf(" %5.5s", ful_class_name((ful_class)j));
    printf("\n");
    for (k = 0; k < NC; k++) {
        printf("#   %-10s", ful_class_name((ful_class)k));
        for (j = 0; j < NC; j++)
            printf(" %5d", c->m[k][j]);
        printf("\n");
    }
    return present ? sum / present : 0;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "../shared/data/nextsteps-dev.tsv";
    FILE *f = fopen(path, "r");
    char line[8192];
    ful_conf tune, held;
    ful_day meeting = ful_day_from_ymd(2026, 11, 20);
    int idx = 0, verbose = getenv("FUL_DEV_VERBOSE") != NULL;
    double ft, fh;

    T_SECTION("dev set");
    if (!f) {
        printf("# skipped: %s not found\n", path);
        return T_DONE();
    }
    memset(&tune, 0, sizeof tune);
    memset(&held, 0, sizeof held);
    while (fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        char *tab;
        int gold;
        ful_verdict v;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        tab = strchr(line, '\t');
        if (!tab)
            continue;
        gold = ful_class_parse(line, (size_t)(tab - line));
        if (gold < 0)
            continue;
        ful_classify(NULL, tab + 1, strlen(tab + 1), meeting, 7, 0, &v);
        if (idx % 4 == 3) {
            held.m[gold][v.cls]++;
            held.n++;
        } else {
            tune.m[gold][v.cls]++;
            tune.n++;
            /* only the tuning lines are ever shown */
            if (verbose && (int)v.cls != gold)
                printf("# miss: %s -> %s: %s\n", ful_class_name((ful_class)gold), ful_class_name(v.cls), tab + 1);
        }
        idx++;
    }
    fclose(f);
    if (tune.n + held.n == 0) { /* a directory or an empty file: nothing to score */
        printf("# skipped: no labelled lines in %s\n", path);
        return T_DONE();
    }
    ft = report("tuning part", &tune);
    fh = report("held-out part (every 4th line)", &held);
    T_CHECK(ft >= 0.90, "tuning macro-F1 %.3f < 0.90", ft);
    T_CHECK(fh >= 0.80, "held-out macro-F1 %.3f < 0.80", fh);
    return T_DONE();
}
