/* people.c: names from a front-matter value (see people.h). */
#include "people.h"
#include "text.h"

#include <string.h>

ful_people_key ful_people_key_of(const char *k, size_t n)
{
    if ((n == 9 && ful_ieq(k, "attendees", 9)) || (n == 4 && ful_ieq(k, "with", 4)) ||
        (n == 8 && ful_ieq(k, "contacts", 8)))
        return FUL_PK_CLIENT;
    if (n == 4 && ful_ieq(k, "team", 4))
        return FUL_PK_TEAM;
    if (n == 5 && ful_ieq(k, "owner", 5))
        return FUL_PK_OWNER;
    return FUL_PK_NONE;
}

static int is_trim(char c)
{
    return ful_is_space(c) || c == '"' || c == '\'' || c == '[' || c == ']' || c == '\r' || c == '-' ||
           c == '*' || c == '.';
}

static void add_one(ful_people *p, const char *s, size_t n)
{
    size_t i;
    /* "Tom (CFO)", "Maria <maria@acme.com>": the name is before the bracket. */
    for (i = 0; i < n; i++)
        if (s[i] == '(' || s[i] == '<') {
            n = i;
            break;
        }
    while (n && is_trim(*s)) {
        s++;
        n--;
    }
    while (n && is_trim(s[n - 1]))
        n--;
    if (n == 0 || p->n >= FUL_PEOPLE_MAX)
        return;
    p->name[p->n].s = s;
    p->name[p->n].len = n;
    p->n++;
}

void ful_people_add(ful_people *p, const char *s, size_t n)
{
    size_t i = 0, start = 0;
    while (i < n) {
        size_t sep = 0;
        if (s[i] == ',' || s[i] == ';')
            sep = 1;
        else if (i + 5 <= n && ful_ieq(s + i, " and ", 5))
            sep = 5;
        else if (i + 3 <= n && memcmp(s + i, " & ", 3) == 0)
            sep = 3;
        if (sep) {
            add_one(p, s + start, i - start);
            i += sep;
            start = i;
        } else {
            i++;
        }
    }
    add_one(p, s + start, n - start);
}

/* A quote opens a YAML scalar at the start of the value or of a list
 * item (after "[" or ","); inside a plain value ("O'Brien", 'say "x"')
 * it is a character of the value. */
static int opens_scalar(const char *s, size_t i)
{
    while (i > 0 && ful_is_space(s[i - 1]))
        i--;
    return i == 0 || s[i - 1] == '[' || s[i - 1] == ',';
}

size_t ful_yaml_unquote(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
#define PUT(c)                      \
    do {                            \
        if (o >= cap)               \
            return (size_t)-1;      \
        out[o++] = (c);             \
    } while (0)
    while (i < n) {
        char q = s[i];
        if ((q != '"' && q != '\'') || !opens_scalar(s, i)) {
            PUT(s[i++]);
            continue;
        }
        for (i++; i < n; i++) {
            if (q == '\'' && s[i] == '\'') {
                if (i + 1 < n && s[i + 1] == '\'') {
                    PUT('\'');     /* '' is one quote */
                    i++;
                    continue;
                }
                break;
            }
            if (q == '"' && s[i] == '"')
                break;
            if (q == '"' && s[i] == '\\' && i + 1 < n) {
                char e = s[++i];
                PUT(e == 't' || e == 'n' || e == 'r' ? ' ' : e);
                continue;
            }
            PUT(s[i]);
        }
        i += i < n;     /* the closing quote */
    }
#undef PUT
    return o;
}
