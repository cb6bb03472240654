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
    FUL_WHO_REPORTED   /* "per Linda," */
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

/* Is the lowercased word a cue verb that is also a common first name
 * ("grant", "chase")? In the actor's place, before a verb, it is the name. */
static inline int ful_name_verb(const char *lw, uint32_t len)
{
    if (len == 5)
        return (lw[0] == 'g' && memcmp(lw, "grant", 5) == 0) || (lw[0] == 'c' && memcmp(lw, "chase", 5) == 0);
    return len == 4 && ((lw[0] == 'h' && memcmp(lw, "hope", 4) == 0) || (lw[0] == 'p' && memcmp(lw, "ping", 4) == 0));
}

/* Months and seasons that are also first names ("jan", "may", "june"),
 * lowercased: the only date words that may be read as a person. */
static inline int ful_month_name(const char *lw, uint32_t len)
{
    switch (len) {
    case 3:
        return memcmp(lw, "jan", 3) == 0 || memcmp(lw, "may", 3) == 0;
    case 4:
        return memcmp(lw, "june", 4) == 0;
    case 5:
        return memcmp(lw, "april", 5) == 0;
    case 6:
        return memcmp(lw, "august", 6) == 0 || memcmp(lw, "summer", 6) == 0 || memcmp(lw, "autumn", 6) == 0;
    default:
        return 0;
    }
}

/* A lowercased word that is also a first name: a month or season above,
 * "will", or a verb that is a name ("grant"). Most words are none, and the
 * length switch and compares behind it mispredict on them (5% of a
 * classified line's mispredictions): a table of the (length, first letter)
 * pairs of the words below turns nearly all of them away with one load and
 * one well-predicted branch. */
#define FUL_LF(len, c) [((len) << 5) | ((c) & 31)] = 1
static const unsigned char ful_name_word_lf[256] = {
    FUL_LF(3, 'j'), FUL_LF(3, 'm'), FUL_LF(4, 'j'), FUL_LF(4, 'h'), FUL_LF(4, 'p'), FUL_LF(4, 'w'),
    FUL_LF(5, 'a'), FUL_LF(5, 'g'), FUL_LF(5, 'c'), FUL_LF(6, 'a'), FUL_LF(6, 's'),
};
/* the (length, first letter) slot of a word; lengths over 6 share row 7, all zero */
#define FUL_LF_AT(lw, len) ((((len) < 7u ? (len) : 7u) << 5) | ((unsigned char)(lw)[0] & 31u))
static inline int ful_first_name_word(const char *lw, uint32_t len)
{
    if (!ful_name_word_lf[FUL_LF_AT(lw, len)])
        return 0;
    return ful_month_name(lw, len) || ful_name_verb(lw, len) || (len == 4 && memcmp(lw, "will", 4) == 0);
}

/* A title before a surname ("mr", "mrs", "ms", "dr", lowercased): its dot
 * ends no clause, and it is no one's name. */
static inline int ful_title(const char *lw, uint32_t len)
{
    if (len == 2)
        return (lw[0] == 'm' && (lw[1] == 'r' || lw[1] == 's')) || (lw[0] == 'd' && lw[1] == 'r');
    return len == 3 && lw[0] == 'm' && lw[1] == 'r' && lw[2] == 's';
}

/* For classify.c: marks the actors of a tokenized line (cline.h): sets the
 * cue bits of a name to the client's or the seller's, flags it T_NAME,
 * keeps out a month read of it, and records it in L->act. nm may be NULL. */
#endif
