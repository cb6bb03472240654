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
