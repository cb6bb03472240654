/* fuzz_classify.c: libFuzzer target for the classifier, with and without
 * explanations, with the built-in rules and with a few user rules. Checks
 * that the verdict is well formed: a valid class and short, terminated
 * why/ask strings. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ful_check(const ful_verdict *v, int explain)
{
    if ((unsigned)v->cls >= FUL_NCLASS)
        abort();
    if (memchr(v->why, '\0', FUL_WHY_MAX) == NULL || memchr(v->ask, '\0', FUL_WHY_MAX) == NULL)
        abort();
    if (explain && (strlen(v->why) >= 120 || strlen(v->ask) >= 120))
        abort();
    if (v->cls == FUL_FIRM && v->ask[0] != '\0')
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ful_rules *rules; /* built once: the fuzzer's, not the library's state */
    ful_verdict v;
    const char *text = (const char *)data;
    ful_day meeting = ful_day_from_ymd(2026, 11, 20);
    if (!rules) {
        rules = ful_rules_new();
        if (rules) {
            ful_rules_add(rules, "chase", "swing by");
            ful_rules_add(rules, "client", "Chase");
            ful_rules_add(rules, "hedge", "fingers crossed");
            ful_rules_add(rules, "deliverable", "battlecard");
        }
    }
    ful_classify(NULL, text, size, meeting, 7, 0, &v);
    ful_check(&v, 0);
    ful_classify(NULL, text, size, meeting, 7, FUL_CLS_EXPLAIN, &v);
    ful_check(&v, 1);
    ful_classify(rules, text, size, FUL_NODATE, 0, FUL_CLS_EXPLAIN, &v);
    ful_check(&v, 1);
    if (v.due != FUL_NODATE && !v.due_explicit)
        abort(); /* without a meeting date only due: gives a date */
    return 0;
}
