/* t.h: a minimal TAP-style harness for the C unit tests. Each test binary
 * prints "ok"/"not ok" lines and ends with "# N passed, M failed". */
#ifndef FUL_T_H
#define FUL_T_H
#include <stdio.h>
#include <string.h>

static int t_pass, t_fail;
static const char *t_name = "";

#define T_CHECK(cond, ...) do { \
    if (cond) { t_pass++; } else { t_fail++; \
        printf("not ok - %s: %s:%d: ", t_name, __FILE__, __LINE__); \
        printf(__VA_ARGS__); printf("\n"); } } while (0)
#define T_STREQ(a, b) do { const char *t_a = (a), *t_b = (b); \
    T_CHECK(t_a && t_b && strcmp(t_a, t_b) == 0, "%s: got \"%s\", want \"%s\"", #a, t_a ? t_a : "(null)", t_b ? t_b : "(null)"); } while (0)
#define T_INTEQ(a, b) do { long long t_a = (long long)(a), t_b = (long long)(b); \
    T_CHECK(t_a == t_b, "%s: got %lld, want %lld", #a, t_a, t_b); } while (0)
#define T_SECTION(n) (t_name = (n))
#define T_DONE() (printf("# %d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)
#endif
