/* actors.h: who acts in a next step (spec section 2, "Who acts"), found
 * before the cues are read: names the note gives (attendees, team, owner),
 * "NAME to VERB" action items, a capitalised word in the actor's place even
 * when it is also a word or a month ("Will sends", "Jan sends it Friday"),
 * "me/us/we to", "per Linda," and "Jason - bring the CFO" templates.
 * Pure: no I/O, no globals. */
#ifndef FUL_ACTORS_H
#define FUL_ACTORS_H

#include <stdint.h>
#include <string.h>
#include "people.h"

enum { FUL_SIDE_NONE = 0, FUL_SIDE_CLIENT = 1, FUL_SIDE_SELLER = 2 };

typedef enum {
    FUL_WHO_NONE = 0,
    FUL_WHO_ATTENDEE,  /* named in attendees:/with:/contacts: */
    FUL_WHO_TEAM,      /* named in team: */
    FUL_WHO_OWNER,     /* named in owner: */
    FUL_WHO_NAME,      /* a name by its place: "Mark reviews", "Bill to loop in IT" */
    FUL_WHO_ROLE,      /* "client to confirm" */
    FUL_WHO_SELF,      /* "me to", "us to", "we to" */
    FUL_WHO_REPORTED,  /* "per Linda," */
    FUL_WHO_WAITED     /* "waiting on legal", "PO awaited": we wait on them */
} ful_who;

const char *ful_who_name(int who); /* "attendee", "team", ...; "" for none */

/* The names of one note, compiled for lookup: each word of each name
 * (lowercased, "Dr."/"Mr." and one-letter words dropped) with its side. */
#define FUL_NAMES_MAX 64
#define FUL_NAME_WORD 32
typedef struct {
    int n;
    struct {
        uint32_t len;
        uint8_t side, who;
        char lw[FUL_NAME_WORD];
    } w[FUL_NAMES_MAX];
} ful_names;

/* Compiles the note's people (any may be NULL). */
void ful_names_init(ful_names *nm, const ful_people *client, const ful_people *team, const ful_name *owner);

/* lw[0..n) == s, n and s constants: byte compares written inline, most
 * failing at the first byte (GCC called memcmp for ful_title's chains,
 * some 20k calls in 30k classified lines) */
static inline int ful_lit(const char *lw, const char *s, size_t n)
{
    size_t k;
    for (k = 0; k < n; k++)
        if (lw[k] != s[k])
            return 0;
    return 1;
}

/* A title before a surname ("mr", "mrs", "ms", "dr", lowercased): its dot
 * ends no clause, and it is no one's name. */
static inline int ful_title(const char *lw, uint32_t len)
{
    switch (len) {
    case 1: /* Burmese "U Aung Kyaw" (and "Daw Khin" below) */
        return lw[0] == 'u';
    case 2:
        return (lw[0] == 'm' && (lw[1] == 'r' || lw[1] == 's')) || (lw[0] == 'd' && lw[1] == 'r') || (lw[0] == 's' && lw[1] == 'r');
    case 3: /* and other languages' own: "Chị Linh", "Ông Nam", "Pak Budi", "Engr. Bola", "Shri Rao",
             * "Oga Chuks", "Ate Grace", "Kuya Ben"; a clergyman's "Rev. Hughes", a captain's, a councillor's */
        return ful_lit(lw, "mrs", 3) || ful_lit(lw, "pak", 3) || ful_lit(lw, "smt", 3) ||
               ful_lit(lw, "oga", 3) || ful_lit(lw, "ate", 3) || ful_lit(lw, "sra", 3) || ful_lit(lw, "mme", 3) ||
               ful_lit(lw, "sri", 3) || ful_lit(lw, "daw", 3) || ful_lit(lw, "rev", 3) || ful_lit(lw, "b\xc3\xa0", 3) || ful_lit(lw, "c\xc3\xb4", 3);
    case 4:
        return ful_lit(lw, "engr", 4) || ful_lit(lw, "prof", 4) || ful_lit(lw, "shri", 4) || ful_lit(lw, "dato", 4) ||
               ful_lit(lw, "kuya", 4) || ful_lit(lw, "herr", 4) || ful_lit(lw, "frau", 4) || ful_lit(lw, "pani", 4) ||
               ful_lit(lw, "srta", 4) || ful_lit(lw, "mlle", 4) || ful_lit(lw, "revd", 4) || ful_lit(lw, "capt", 4) ||
               ful_lit(lw, "cllr", 4) ||
               ful_lit(lw, "\xc3\xb4ng", 4);
    case 5:
        return ful_lit(lw, "ch\xe1\xbb\x8b", 5) || ful_lit(lw, "datuk", 5) || ful_lit(lw, "gospa", 5);
    case 6: /* "Gospod Matej" */
        return ful_lit(lw, "gospod", 6);
    default:
        return 0;
    }
}

/* For the classifier: marks the actors of a tokenized line (cline.h): sets the
 * cue bits of a name to the client's or the seller's, flags it T_NAME,
 * keeps out a month read of it, and records it in L->act. nm may be NULL. */
#endif
