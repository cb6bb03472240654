/* people.h: the people a note names in its front matter (spec section 3):
 * `attendees:`/`with:`/`contacts:` (the client's), `team:` (the seller's
 * colleagues), `owner:` (the seller who owns the note). Spans point into
 * the caller's buffer; nothing is allocated. */
#ifndef FUL_PEOPLE_H
#define FUL_PEOPLE_H

#include <stddef.h>

#define FUL_PEOPLE_MAX 24

typedef struct {
    const char *s;
    size_t len;
} ful_name;

typedef struct {
    int n;
    ful_name name[FUL_PEOPLE_MAX];  /* the first FUL_PEOPLE_MAX kept */
} ful_people;

typedef enum { FUL_PK_NONE = 0, FUL_PK_CLIENT, FUL_PK_TEAM, FUL_PK_OWNER } ful_people_key;

/* Which list a front-matter key fills: attendees/with/contacts -> CLIENT,
 * team -> TEAM, owner -> OWNER (any case), else NONE. */
ful_people_key ful_people_key_of(const char *k, size_t n);

/* Adds the names of one value: "Maria Lopez, Tom", "[Maria, 'Tom']",
 * "Maria <m@x.com>; Tom (CFO)". Separators: comma, semicolon, " and ",
 * " & ". A name keeps its words and loses quotes, brackets, a trailing
 * "(role)" or "<email>". */
void ful_people_add(ful_people *p, const char *s, size_t n);

/* A front-matter value as YAML means it: each quoted scalar ("...",
 * '...') without its quotes, "\"", "\\" and '' read as the character;
 * the rest as written. Writes at most cap bytes to out; returns their
 * number, (size_t)-1 when they do not fit. */
size_t ful_yaml_unquote(const char *s, size_t n, char *out, size_t cap);

#endif
