/* test_note.c: the note parser (spec section 3). */
#include <stdint.h>

#include "note.h"
#include "t.h"
#include "text.h"

static ful_day D(const char *s)
{
    ful_day d = FUL_NODATE;
    ful_day_parse_iso(s, 10, &d);
    return d;
}

static void parse(ful_note *n, const char *text, const char *path, const char *root)
{
    ful_note_opts o = { 0 };
    o.path = path;
    o.root = root;
    o.mtime_day = D("2026-01-15");
    o.grace_days = 7;
    o.explain = 1;
    T_CHECK(ful_note_parse(n, text, strlen(text), &o) == 0, "parse");
}

static void test_line_scan(void)
{
    ful_line li;
    T_SECTION("line_scan");
    T_INTEQ(ful_line_scan("NEXT: call", 10, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.tag_off, 0);
    T_INTEQ(ful_line_scan("- NEXT: call", 12, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.tag_off, 2);
    T_INTEQ(ful_line_scan("  * [ ] next: call", 18, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.done, 0);
    T_INTEQ(li.box_off, 4);
    T_INTEQ(ful_line_scan("- [x] Next: call", 16, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.done, 1);
    T_INTEQ(ful_line_scan("12. NEXT: call", 14, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.tag_off, 4);
    T_INTEQ(ful_line_scan("1) NEXT:call", 12, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.text_len, 4);
    T_INTEQ(ful_line_scan("The NEXT: step", 14, NULL, &li), FUL_LINE_NONE);
    T_INTEQ(ful_line_scan("NEXTS: x", 8, NULL, &li), FUL_LINE_NONE);
    T_INTEQ(ful_line_scan("  TOUCH: 2026-12-01 email - no reply", 36, NULL, &li), FUL_LINE_TOUCH);
    T_INTEQ(ful_line_scan("PAIN: slow", 10, NULL, &li), FUL_LINE_PAIN);
    T_INTEQ(ful_line_scan("want: fast", 10, NULL, &li), FUL_LINE_WANT);
    T_INTEQ(ful_line_scan("NEXT: call\r", 11, NULL, &li), FUL_LINE_STEP);
    T_INTEQ(li.text_len, 4);
    {
        ful_tagset t;
        t.n = 0;
        ful_tagset_add(&t, "TODO");
        T_INTEQ(ful_line_scan("- TODO: x", 9, &t, &li), FUL_LINE_STEP);
        T_INTEQ(ful_line_scan("- NEXT: x", 9, &t, &li), FUL_LINE_NONE);
    }
}

static void test_touch(void)
{
    ful_touch_info t;
    const char *a = "2026-12-01 email - no reply";
    const char *b = "2026-12-04 call - replied: wants pricing first";
    const char *c = "2026-12-05 meeting - walked through the proposal";
    const char *d = "2026-12-06 voicemail";
    T_SECTION("touch_parse");
    ful_touch_parse(a, strlen(a), &t);
    T_INTEQ(t.day, D("2026-12-01"));
    T_INTEQ(t.channel, FUL_CH_EMAIL);
    T_INTEQ(t.replied, 0);
    ful_touch_parse(b, strlen(b), &t);
    T_INTEQ(t.channel, FUL_CH_CALL);
    T_INTEQ(t.replied, 1);
    ful_touch_parse(c, strlen(c), &t);
    T_INTEQ(t.channel, FUL_CH_MEETING);
    T_INTEQ(t.replied, 1);
    ful_touch_parse(d, strlen(d), &t);
    T_INTEQ(t.channel, FUL_CH_VOICEMAIL);
    T_INTEQ(t.replied, 0);
    /* What the seller did is no reply, whatever words it reports; an answer
     * after it is one. */
    ful_touch_parse("2026-11-26 email - sent the pricing, as agreed", 46, &t);
    T_INTEQ(t.replied, 0);
    ful_touch_parse("2026-12-01 email - sent the agenda they said they wanted", 56, &t);
    T_INTEQ(t.replied, 0);
    ful_touch_parse("2026-12-01 email - e-mailed the deck she wants", 46, &t);
    T_INTEQ(t.replied, 0);
    ful_touch_parse("2026-12-01 email - sent the deck, he replied within the hour", 60, &t);
    T_INTEQ(t.replied, 1);
    ful_touch_parse("2026-12-01 call - spoke with Lucius, he wants a demo", 52, &t);
    T_INTEQ(t.replied, 1);
    /* A reply word the outcome denies, or an out-of-office, is no reply:
     * each of these reset the cadence and the account's last reply. */
    {
        static const char *const none[] = {
            "2026-12-10 email - hasn't replied", "2026-12-10 email - still hasn't replied",
            "2026-12-10 email - not yet replied", "2026-12-10 email - never replied",
            "2026-12-10 email - awaiting response", "2026-12-10 email - waiting for a reply",
            "2026-12-10 email - waiting on his reply", "2026-12-10 email - auto-reply: out of office until 12/14",
            "2026-12-10 email - automatic reply, OOO", "2026-12-10 call - nobody answered",
            "2026-12-10 call - not answered", "2026-12-10 email - has not responded",
            "2026-12-10 call - they haven't responded yet", "2026-12-10 email - Out of office till Monday",
            NULL
        };
        static const char *const yes[] = {
            "2026-12-10 email - replied: no response from the CFO yet",
            "2026-12-10 email - Replied: not interested, never again",
            "2026-12-10 email - not interested, said call in Q2",
            "2026-12-10 call - spoke with Tom, he hasn't got the budget",
            "2026-12-10 email - responded: waiting for a reply from legal",
            NULL
        };
        int k;
        for (k = 0; none[k]; k++) {
            ful_touch_parse(none[k], strlen(none[k]), &t);
            T_CHECK(t.replied == 0, none[k]);
        }
        for (k = 0; yes[k]; k++) {
            ful_touch_parse(yes[k], strlen(yes[k]), &t);
            T_CHECK(t.replied == 1, yes[k]);
        }
    }
    /* An impossible date is no date, and the channel after it still reads. */
    ful_touch_parse("2026-11-31 email - no reply", 27, &t);
    T_INTEQ(t.day, FUL_NODATE);
    T_INTEQ(t.channel, FUL_CH_EMAIL);
    ful_touch_parse("2026-13-45 call - replied: yes", 30, &t);
    T_INTEQ(t.day, FUL_NODATE);
    T_INTEQ(t.channel, FUL_CH_CALL);
    T_INTEQ(t.replied, 1);
}

static void test_header(void)
{
    ful_note n;
    T_SECTION("meeting date and account");
    parse(&n, "---\naccount: Acme Corp\ndate: 2026-11-20\n---\n# Globex - call 2026-10-01\n", "/n/x/2026-09-09.md", "/n");
    T_INTEQ(n.date, D("2026-11-20"));
    T_INTEQ(n.date_src, FUL_DSRC_FRONT);
    T_STREQ(n.account, "Acme Corp");
    ful_note_free(&n);
    parse(&n, "# Globex - call 2026-10-01\nNEXT: x\n", "/n/2026-09-09.md", "/n");
    T_INTEQ(n.date, D("2026-10-01"));
    T_INTEQ(n.date_src, FUL_DSRC_HEADING);
    T_STREQ(n.account, "Globex");
    ful_note_free(&n);
    parse(&n, "# Initech: pricing\n", "/n/initech/2026-09-09 call.md", "/n");
    T_INTEQ(n.date, D("2026-09-09"));
    T_INTEQ(n.date_src, FUL_DSRC_FILENAME);
    T_STREQ(n.account, "initech");
    ful_note_free(&n);
    parse(&n, "no heading\n", "/n/notes.md", "/n");
    T_INTEQ(n.date, D("2026-01-15"));
    T_INTEQ(n.date_src, FUL_DSRC_MTIME);
    T_STREQ(n.account, "");
    ful_note_free(&n);
    /* front matter that never closes is text, with a warning on line 1 */
    parse(&n, "---\naccount: Acme\ndate: 2026-11-20\nNEXT: call\n", "/n/a.md", "/n");
    T_INTEQ(n.date_src, FUL_DSRC_MTIME);
    T_INTEQ(n.warns[0].line, 1);
    T_INTEQ(n.nsteps, 1);
    ful_note_free(&n);
    /* an impossible front matter date is no date */
    parse(&n, "---\ndate: 2026-02-30\n---\n# Acme - 2026-03-01\n", "/n/a.md", "/n");
    T_INTEQ(n.date, D("2026-03-01"));
    T_INTEQ(n.warns[0].line, 2);
    ful_note_free(&n);
    /* a YAML comment is no part of a plain value; a full date written as
     * section 4 reads it is the meeting date */
    parse(&n, "---\naccount: Massive Dynamic # from the CRM\ndate: 11/20/2026\n---\n", "/n/m/a.md", "/n");
    T_STREQ(n.account, "Massive Dynamic");
    T_INTEQ(n.date, D("2026-11-20"));
    T_INTEQ(n.date_src, FUL_DSRC_FRONT);
    T_INTEQ(n.nwarns, 0);
    ful_note_free(&n);
    parse(&n, "---\naccount: \"Acme #1\"\ndate: Nov 20, 2026 # the call\n---\n", "/n/m/a.md", "/n");
    T_STREQ(n.account, "Acme #1");
    T_INTEQ(n.date, D("2026-11-20"));
    ful_note_free(&n);
    /* a date with no year is no meeting date: nothing to resolve it against */
    parse(&n, "---\ndate: Nov 20\n---\n", "/n/m/2026-11-02.md", "/n");
    T_INTEQ(n.date, D("2026-11-02"));
    T_INTEQ(n.date_src, FUL_DSRC_FILENAME);
    T_INTEQ(n.warns[0].line, 2);
    ful_note_free(&n);
    /* a merge left unresolved: both sides' steps are read, and the
     * conflict is named at its first marker (once a note) */
    parse(&n, "# Acme - 2026-11-20\n<<<<<<< ours: a.md\n- NEXT: call Jo Tue\n=======\n"
              "- NEXT: call Jo Mon\n>>>>>>> theirs: a.md\n<<<<<<<\n=======\n>>>>>>>\n", "/n/a.md", "/n");
    T_INTEQ(n.nsteps, 2);
    T_INTEQ(n.nwarns, 1);
    T_INTEQ(n.warns[0].line, 2);
    T_CHECK(strstr(n.warns[0].msg, "merge conflict") != NULL, "%s", n.warns[0].msg);
    ful_note_free(&n);
    parse(&n, "<<<<<<<<< not a marker\n<<<<<<<x\n- NEXT: a <<<<<<< b\n", "/n/a.md", "/n");
    T_INTEQ(n.nwarns, 0);
    ful_note_free(&n);
    /* CRLF front matter, a BOM */
    parse(&n, "\xEF\xBB\xBF---\r\naccount: Initech\r\ndate: 2026-11-25\r\n---\r\n- NEXT: call\r\n", "/n/i.md", "/n");
    T_INTEQ(n.date, D("2026-11-25"));
    T_STREQ(n.account, "Initech");
    T_INTEQ(n.nsteps, 1);
    T_INTEQ(n.steps[0].line, 5);
    T_INTEQ(n.steps[0].len, 4);
    ful_note_free(&n);
}

static void test_steps(void)
{
    ful_note n;
    const char *text =
        "---\ndate: 2026-11-20\n---\n"
        "# Acme Corp - discovery\n"                                   /* 4 */
        "PAIN: reporting is slow\n"                                   /* 5 */
        "- NEXT: Jason brings CFO to proposal review Tue 12/8 10am\n" /* 6 */
        "  - TOUCH: 2026-11-24 email - replied: yes\n"                /* 7 */
        "- [x] NEXT: they share the contract by Friday\n"             /* 8 */
        "- NEXT: send pricing due:2026-12-01 #soft\n"                 /* 9 */
        "TOUCH: 2026-11-30 call - no answer\n"                        /* 10 */
        "WANT: one dashboard\n";                                      /* 11 */
    T_SECTION("steps");
    parse(&n, text, "/n/acme/a.md", "/n");
    T_INTEQ(n.nsteps, 3);
    T_INTEQ(n.steps[0].line, 6);
    T_INTEQ(n.steps[0].col, 3);
    T_INTEQ(n.steps[0].done, 0);
    T_INTEQ(n.steps[0].ntouches, 1);
    T_INTEQ(n.steps[1].done, 1);
    T_INTEQ(n.steps[2].v.cls, FUL_SOFT);
    T_INTEQ(n.steps[2].v.overridden, 1);
    T_INTEQ(n.steps[2].v.due, D("2026-12-01"));
    T_INTEQ(n.ntouches, 2);
    T_INTEQ(n.touches[0].step, 0);
    T_INTEQ(n.touches[1].step, -1);
    T_INTEQ(n.nneeds, 2);
    T_INTEQ(n.needs[0].kind, FUL_LINE_PAIN);
    T_STREQ(n.account, "acme"); /* the folder wins over the heading */
    T_STREQ(n.account_name, "Acme"); /* the heading's words that spell it */
    ful_note_free(&n);
}

/* A TOUCH: line with an impossible date counts nowhere; one with an
 * unknown channel counts as other. Each is warned of, on its own line. */
static void test_odd_touches(void)
{
    ful_note n;
    const char *text =
        "# Acme - 2026-11-20\n"
        "- NEXT: call Jason back in two weeks\n"      /* 2 */
        "  TOUCH: 2026-02-30 email - no reply\n"      /* 3: no such day */
        "  TOUCH: 2026-11-25 fax - no reply\n"        /* 4: no such channel */
        "  TOUCH: 2026-11-28 vm - no reply\n"         /* 5: a channel word */
        "TOUCH: 2026-13-01 call - replied\n";         /* 6: the account's, no such month */
    T_SECTION("odd touches");
    parse(&n, text, "/n/a.md", "/n");
    T_INTEQ(n.nsteps, 1);
    T_INTEQ(n.steps[0].ntouches, 2);
    T_INTEQ(n.ntouches, 2);
    T_INTEQ(n.touches[0].line, 4);
    T_INTEQ(n.touches[0].t.channel, FUL_CH_OTHER);
    T_INTEQ(n.touches[0].t.odd_channel, 1);
    T_INTEQ(n.touches[1].t.channel, FUL_CH_VOICEMAIL);
    T_INTEQ(n.touches[1].t.odd_channel, 0);
    T_INTEQ(n.nwarns, 3);
    T_INTEQ(n.warns[0].line, 3);
    T_CHECK(strstr(n.warns[0].msg, "not counted as a touch") != NULL, "%s", n.warns[0].msg);
    T_INTEQ(n.warns[1].line, 4);
    T_CHECK(strstr(n.warns[1].msg, "channel is not email, call, voicemail, meeting or other") != NULL &&
            strstr(n.warns[1].msg, "fax") != NULL, "%s", n.warns[1].msg);
    T_INTEQ(n.warns[2].line, 6);
    ful_note_free(&n);
}

/* The account's key (filters, commands) and its name for people. */
static void acct(const char *text, const char *path, const char *key, const char *name, int rank)
{
    ful_note n;
    parse(&n, text, path, "/n");
    T_STREQ(n.account, key);
    T_STREQ(n.account_name, name);
    T_INTEQ(n.account_rank, rank);
    ful_note_free(&n);
}

static void test_account_names(void)
{
    T_SECTION("account display names");
    /* a folder: the heading's words when they spell the slug */
    acct("# Vertex Media - intro call 2026-12-01\n", "/n/vertex-media/a.md", "vertex-media", "Vertex Media", 2);
    acct("# VERTEX media: pricing\n", "/n/vertex-media/a.md", "vertex-media", "VERTEX media", 2);
    acct("# Vertex-Media intro 2026-12-01\n", "/n/vertex_media/a.md", "vertex_media", "Vertex-Media", 2);
    acct("# Acme, Inc. (renewal)\n", "/n/acme-inc/a.md", "acme-inc", "Acme, Inc", 2);
    /* else the folder title-cased */
    acct("# Vertexville - call\n", "/n/vertex/a.md", "vertex", "Vertex", 1);
    acct("# Weekly sync\n", "/n/vertex-media/a.md", "vertex-media", "Vertex Media", 1);
    acct("no heading\n", "/n/globex_corp/a.md", "globex_corp", "Globex Corp", 1);
    acct("", "/n/IBM/a.md", "IBM", "IBM", 1);
    /* front matter names the account itself */
    acct("---\naccount: Vertex Media\n---\n# vm - call\n", "/n/vm/a.md", "Vertex Media", "Vertex Media", 2);
    /* at the notes root: the heading, with or without a separator */
    acct("# Globex: sync 2026-12-02\n", "/n/a.md", "Globex", "Globex", 2);
    acct("# Vertex Media 2026-12-02\n", "/n/a.md", "Vertex Media", "Vertex Media", 2);
    acct("# Vertex Media (2026-12-02)\n", "/n/a.md", "Vertex Media", "Vertex Media", 2);
    acct("# Weekly planning\n", "/n/a.md", "", "", 0);
    acct("# 2026-12-02 call\n", "/n/a.md", "", "", 0);
}

static void test_bad_input(void)
{
    ful_note n;
    ful_note_opts o = { 0 };
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    static const char nul[] = "# Acme - 2026-11-20\nsome text\nNEXT: call\0back Tom\n";
    T_SECTION("bad input");
    o.mtime_day = FUL_NODATE;
    T_CHECK(ful_note_parse(&n, png, sizeof png - 1, &o) == 0, "png parses");
    T_INTEQ(n.binary, 1);
    ful_note_free(&n);
    T_CHECK(ful_note_parse(&n, nul, sizeof nul - 1, &o) == 0, "nul parses");
    T_INTEQ(n.binary, 0);
    T_INTEQ(n.nsteps, 1);
    T_INTEQ(n.warns[0].line, 3);
    ful_note_free(&n);
    T_CHECK(ful_note_parse(&n, "\xff\xfe NEXT: \xc3\x28 x\n", 15, &o) == 0, "bad utf8");
    ful_note_free(&n);
    T_CHECK(ful_note_parse(&n, "", 0, &o) == 0, "empty");
    T_INTEQ(n.nsteps, 0);
    ful_note_free(&n);
}

static int name_is(const ful_name *nm, const char *want)
{
    return nm->len == strlen(want) && memcmp(nm->s, want, nm->len) == 0;
}

static void test_people(void)
{
    ful_note n;
    ful_people p = { 0 };
    T_SECTION("people");
    ful_people_add(&p, " [\"Maria Lopez\", 'Tom'] ", 24);
    T_INTEQ(p.n, 2);
    T_CHECK(p.n == 2 && name_is(&p.name[0], "Maria Lopez") && name_is(&p.name[1], "Tom"), "list");
    p.n = 0;
    ful_people_add(&p, "Ana <ana@x.com>; Bo (CFO) and Cy & Di,,", 39);
    T_INTEQ(p.n, 4);
    T_CHECK(p.n == 4 && name_is(&p.name[0], "Ana") && name_is(&p.name[1], "Bo") && name_is(&p.name[2], "Cy") &&
            name_is(&p.name[3], "Di"), "separators and brackets");
    T_INTEQ(ful_people_key_of("With", 4), FUL_PK_CLIENT);
    T_INTEQ(ful_people_key_of("contacts", 8), FUL_PK_CLIENT);
    T_INTEQ(ful_people_key_of("team", 4), FUL_PK_TEAM);
    T_INTEQ(ful_people_key_of("owner", 5), FUL_PK_OWNER);
    T_INTEQ(ful_people_key_of("account", 7), FUL_PK_NONE);

    parse(&n, "---\naccount: Acme\nattendees: Maria Lopez, Tom\nwith: Dev\nteam: Alex, Sam\nowner: Pat Q\n---\n"
              "- NEXT: Maria to send MSA\n", "/n/a.md", "/n");
    T_INTEQ(n.attendees.n, 3);
    T_CHECK(n.attendees.n == 3 && name_is(&n.attendees.name[0], "Maria Lopez") &&
            name_is(&n.attendees.name[2], "Dev"), "attendees and with join");
    T_INTEQ(n.team.n, 2);
    T_CHECK(n.team.n == 2 && name_is(&n.team.name[1], "Sam"), "team");
    T_CHECK(name_is(&n.owner, "Pat Q"), "owner");
    T_INTEQ(n.nsteps, 1);
    ful_note_free(&n);

    parse(&n, "---\nattendees:\n  - Maria\n  - \"Tom B\"\nteam:\n- Alex\ndate: 2026-12-01\n  - Zed\n---\n", "/n/a.md", "/n");
    T_INTEQ(n.attendees.n, 2);
    T_CHECK(n.attendees.n == 2 && name_is(&n.attendees.name[1], "Tom B"), "YAML block list");
    T_INTEQ(n.team.n, 1); /* "- Alex" unindented is YAML too; "  - Zed" after date: is no one's */
    T_INTEQ(n.owner.len, 0);
    ful_note_free(&n);

    /* Quoted YAML scalars mean their content: "\"" and "\\" in double
     * quotes, '' in single quotes; a plain O'Brien keeps its apostrophe. */
    parse(&n, "---\nattendees: \"Maria \\\"Mia\\\" Lopez\", 'Sean O''Brien'\nteam: [\"Ann \\\\ B\", Jo O'Neil]\n"
              "owner: 'Pat O''Hara'\naccount: \"Acme \\\"East\\\"\"\ncontacts:\n  - 'D''Arcy'\n---\n",
          "/n/a.md", "/n");
    T_INTEQ(n.attendees.n, 3);
    T_CHECK(n.attendees.n == 3 && name_is(&n.attendees.name[0], "Maria \"Mia\" Lopez"), "escaped double quotes");
    T_CHECK(n.attendees.n == 3 && name_is(&n.attendees.name[1], "Sean O'Brien"), "doubled single quote");
    T_CHECK(n.attendees.n == 3 && name_is(&n.attendees.name[2], "D'Arcy"), "in a block list");
    T_CHECK(n.team.n == 2 && name_is(&n.team.name[0], "Ann \\ B") && name_is(&n.team.name[1], "Jo O'Neil"),
            "a flow list, a plain apostrophe");
    T_CHECK(name_is(&n.owner, "Pat O'Hara"), "owner");
    T_STREQ(n.account, "Acme \"East\"");
    ful_note_free(&n);
    /* quotes inside a plain value are its characters */
    parse(&n, "---\naccount: Bob's \"x\" Co\nowner: Al 'Ace' Hu\n---\n", "/n/a.md", "/n");
    T_STREQ(n.account, "Bob's \"x\" Co");
    T_CHECK(name_is(&n.owner, "Al 'Ace' Hu"), "owner with inner quotes");
    ful_note_free(&n);

    /* Unclosed front matter names nobody; a body line is not front matter. */
    parse(&n, "---\nattendees: Maria\n# x\n", "/n/a.md", "/n");
    T_INTEQ(n.attendees.n, 0);
    ful_note_free(&n);
    parse(&n, "# Acme\nattendees: Maria\n", "/n/a.md", "/n");
    T_INTEQ(n.attendees.n, 0);
    ful_note_free(&n);
}

/* ful_note_parse's own binary test (note.c note_binary, one pass) gives
 * ful_looks_binary's answer: random samples of plain text with NULs,
 * control bytes, UTF-8 good and bad, sized around 8 KB and 8 bytes. */
static void test_binary_same(void)
{
    static const size_t sizes[] = { 0, 1, 5, 7, 8, 9, 15, 16, 19, 20, 21, 40, 100, 1000, 8183, 8191, 8192, 8193,
                                    8196, 9000 };
    static const unsigned char odd[] = { 0, 0, 1, 0x1B, '\f', '\r', '\t', 0x7F, 0x08, 0x1F, 0x80, 0xBF, 0xC3, 0xFF };
    static char buf[9100];
    uint64_t x = 88172645463325252ull;
    int k, differ = 0, binary = 0, text = 0;
    ful_note_opts o = { 0 };
    T_SECTION("binary test");
    o.mtime_day = FUL_NODATE;
    for (k = 0; k < 4000; k++) {
        size_t n = sizes[k % (sizeof sizes / sizeof sizes[0])], i;
        unsigned rate = (unsigned)(k / 20 % 8); /* how often a byte is odd: never .. often */
        ful_note note;
        for (i = 0; i < n; i++) {
            unsigned r;
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            r = (unsigned)(x >> 32);
            if (rate && r % (rate == 7 ? 2u : 64u >> rate) == 0) {
                unsigned pick = (r >> 8) % (sizeof odd + 3);
                if (pick < sizeof odd) {
                    buf[i] = (char)odd[pick];
                } else if (i + 2 < n) { /* a good two-byte or three-byte sequence */
                    buf[i++] = pick == sizeof odd ? (char)0xC3 : (char)0xE2;
                    if (pick != sizeof odd)
                        buf[i++] = (char)0x80;
                    buf[i] = (char)0xA9;
                } else {
                    buf[i] = 'x';
                }
            } else {
                buf[i] = (r >> 8) % 9 == 0 ? '\n' : (char)(' ' + (r >> 12) % 95);
            }
        }
        /* a cut sequence right at the sample's end, now and then */
        if (n > 8192 && k % 3 == 0)
            buf[8192] = (char)0x80, buf[8191] = k % 2 ? '\0' : (char)0xC3;
        T_CHECK(ful_note_parse(&note, buf, n, &o) == 0, "parses");
        if (note.binary != ful_looks_binary(buf, n)) {
            if (differ++ < 3)
                T_CHECK(0, "case %d (%zu bytes): note says %d", k, n, note.binary);
        }
        binary += note.binary;
        text += !note.binary;
        ful_note_free(&note);
    }
    T_INTEQ(differ, 0);
    T_CHECK(binary > 100 && text > 100, "both kinds met: %d binary, %d text", binary, text);
    /* at the line: 2457 control bytes, and a NUL just before a cut
     * sequence, which the UTF-8 count leaves out of the sample */
    {
        size_t i;
        ful_note note;
        for (i = 0; i < 9000; i++)
            buf[i] = i < 2457 * 3 && i % 3 == 0 ? (char)1 : 'a';
        buf[8191] = '\0';
        buf[8192] = (char)0x80;
        T_INTEQ(ful_looks_binary(buf, 9000), 0);
        T_CHECK(ful_note_parse(&note, buf, 9000, &o) == 0, "parses");
        T_INTEQ(note.binary, 0);
        ful_note_free(&note);
        buf[8192] = 'a';
        T_INTEQ(ful_looks_binary(buf, 9000), 1);
        T_CHECK(ful_note_parse(&note, buf, 9000, &o) == 0, "parses");
        T_INTEQ(note.binary, 1);
        ful_note_free(&note);
    }
}

int main(void)
{
    test_line_scan();
    test_touch();
    test_header();
    test_steps();
    test_odd_touches();
    test_account_names();
    test_bad_input();
    test_people();
    test_binary_same();
    return T_DONE();
}
