/* test_actors.c: who acts (spec section 2, "Who acts"): names from the
 * note, NAME to VERB, names that are words or months, reported speech,
 * quotes, templates; meeting 2026-12-02 (a Wednesday). */
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "classify.h"
#include "t.h"

static ful_day M;

static void check(const ful_names *nm, const char *text, const char *cls, const char *due, const char *why_has)
{
    ful_verdict v;
    char d[11] = "-";
    ful_classify_names(NULL, nm, text, strlen(text), M, 7, FUL_CLS_EXPLAIN, &v);
    if (v.due != FUL_NODATE)
        ful_day_format(v.due, d);
    T_CHECK(strcmp(ful_class_name(v.cls), cls) == 0, "%s => %s, want %s (why: %s)", text, ful_class_name(v.cls), cls,
            v.why);
    if (due)
        T_CHECK(strcmp(d, due) == 0, "%s: due %s, want %s", text, d, due);
    if (why_has)
        T_CHECK(strstr(v.why, why_has) != NULL, "%s: why '%s' lacks '%s'", text, v.why, why_has);
}

/* ful_step_actors: "name/side/who ..." in line order, then "-> addressee". */
static void actors(const ful_names *nm, const char *text, const char *want)
{
    ful_actor a[8], to;
    char got[256];
    size_t g = 0;
    int i, k = ful_step_actors(NULL, nm, text, strlen(text), a, 8, &to);
    got[0] = '\0';
    for (i = 0; i < k; i++)
        g += (size_t)snprintf(got + g, sizeof got - g, "%s%.*s/%s/%s", i ? " " : "", (int)a[i].len, text + a[i].off,
                              a[i].side == FUL_SIDE_CLIENT ? "client" : "seller", ful_who_name(a[i].who));
    if (to.len)
        g += (size_t)snprintf(got + g, sizeof got - g, "%s-> %.*s", g ? " " : "", (int)to.len, text + to.off);
    T_STREQ(got, want);
}

static void names_of(ful_names *nm, const char *attendees, const char *team, const char *owner)
{
    ful_people c = { 0 }, t = { 0 }, o = { 0 };
    if (attendees)
        ful_people_add(&c, attendees, strlen(attendees));
    if (team)
        ful_people_add(&t, team, strlen(team));
    if (owner)
        ful_people_add(&o, owner, strlen(owner));
    ful_names_init(nm, &c, &t, o.n ? &o.name[0] : NULL);
}

int main(void)
{
    ful_names nm, none;
    M = ful_day_from_ymd(2026, 12, 2);
    none.n = 0;

    T_SECTION("names_init");
    names_of(&nm, "Dr. Maria Lopez, Tom", "Alex", "Pat Q");
    T_INTEQ(nm.n, 5); /* pat, q dropped (one letter)... */
    T_CHECK(nm.n > 0 && strcmp(nm.w[0].lw, "pat") == 0 && nm.w[0].side == FUL_SIDE_SELLER, "owner first");

    T_SECTION("NAME to VERB");
    check(NULL, "Maria to send the signed MSA by 12/15", "firm", "2026-12-15", "'Maria to send");
    check(NULL, "Dev to intro us to the architect by Fri", "firm", "2026-12-04", NULL);
    check(NULL, "client to confirm budget", "soft", NULL, NULL);
    check(NULL, "raj to revert", "soft", NULL, NULL);
    check(NULL, "me to send the SOW tomorrow", "compliance", "2026-12-03", NULL);
    check(NULL, "us to chase procurement", "non", NULL, NULL);
    check(NULL, "we to check in next week", "non", NULL, NULL);
    check(NULL, "Call to confirm they got the proposal", "non", NULL, NULL);

    T_SECTION("names from the note");
    names_of(&nm, "Maria Lopez, Tom", "Alex", "Pat");
    check(&nm, "Maria to send the signed MSA by 12/15", "firm", "2026-12-15", "(attendee)");
    check(&nm, "Lopez sends the MSA Friday", "firm", "2026-12-04", "(attendee)");
    check(&nm, "maria's team reviews the SOW with us Tue 12/8 10am", "firm", "2026-12-08", NULL);
    check(&nm, "Alex to send the security docs by Friday", "compliance", "2026-12-04", "(team)");
    check(&none, "Alex to send the security docs by Friday", "firm", "2026-12-04", NULL);
    check(&nm, "Pat to follow up with Tom", "non", NULL, "(owner)");
    check(&nm, "Alex to follow up with Maria next week", "non", NULL, NULL);
    check(&nm, "Email Maria the deck", "compliance", NULL, NULL);

    T_SECTION("a capitalised word in the actor's place is a name");
    check(NULL, "Will sends the order form Friday", "firm", "2026-12-04", "(a name)");
    check(NULL, "Will send the order form Friday", "compliance", "2026-12-04", NULL);
    check(NULL, "May signs by Friday", "firm", "2026-12-04", NULL);
    check(NULL, "May need more time", "soft", NULL, NULL);
    check(NULL, "Jan sends it Friday 12/4", "firm", "2026-12-04", NULL);
    check(NULL, "Jan sends signed order form Friday 12/4", "firm", "2026-12-04", NULL);
    check(NULL, "Mark reviews the SOW with legal Tue 12/8", "firm", "2026-12-08", NULL);
    check(NULL, "Bill to loop in IT", "soft", NULL, NULL);
    check(NULL, "June sends budget numbers Fri", "firm", "2026-12-04", NULL);
    check(NULL, "Follow up in January", "non", "2027-01-01", NULL);

    T_SECTION("reported speech");
    check(NULL, "said they'd review it", "soft", NULL, "(reported)");
    check(NULL, "Tom said he'd send the contract Friday", "firm", "2026-12-04", NULL);
    check(NULL, "she mentioned she will loop in finance", "soft", NULL, NULL);
    check(NULL, "per Linda, they will send the budget by Friday", "firm", "2026-12-04", NULL);
    check(NULL, "per Linda, send the pricing by Friday", "compliance", "2026-12-04", NULL);
    check(NULL, "\"Reach back out in Q2\" said the CFO", "non", NULL, NULL);

    T_SECTION("quotes: I/we/me/us are the client, you the seller");
    check(NULL, "\"I need to think about it\"", "soft", NULL, "(in quotes");
    check(NULL, "\"we'll get back to you\"", "soft", NULL, NULL);
    check(NULL, "\"send me something\"", "compliance", NULL, NULL);
    check(NULL, "\"check back with me after the new year\" - Paula", "non", NULL, NULL);
    check(NULL, "\"Let me check with my team and I'll let you know\"", "soft", NULL, NULL);
    check(NULL, "\"Send me something and I'll share it around\" - CFO", "soft", NULL, NULL);

    T_SECTION("templates and clauses");
    check(NULL, "Action items: Jason - bring CFO to Mon 12/7 2pm call", "firm", "2026-12-07", NULL);
    check(NULL, "Owner: me. Task: chase PO", "non", NULL, NULL);
    check(NULL, "Owner: client. Task: sign MSA. Due 12/9", "firm", "2026-12-09", NULL);
    check(NULL, "Ed: will check if they can share the data", "soft", NULL, NULL);
    check(NULL, "Send the deck, she'll pass it on to her boss", "soft", NULL, NULL);
    check(NULL, "Send the deck and she'll pass it on to her boss", "soft", NULL, NULL);
    check(NULL, "Status: waiting on client feedback", "soft", NULL, NULL);
    check(NULL, "Waiting for procurement to weigh in", "soft", NULL, NULL);

    T_SECTION("the seller's shorthand and passives");
    check(NULL, "Have to draft the SOW", "compliance", NULL, NULL);
    check(NULL, "Must follow up on the PO", "non", NULL, NULL);
    check(NULL, "Let's ping them again Monday", "non", "2026-12-07", NULL);
    check(NULL, "Let's prepare the pricing", "compliance", NULL, NULL);
    check(NULL, "Let's meet Tuesday at 10 with their finance lead, invite sent", "firm", "2026-12-08", NULL);
    check(NULL, "Contract will be signed by their GC on 12/9", "firm", "2026-12-09", NULL);
    check(NULL, "Contract will be signed eventually", "soft", NULL, NULL);
    check(NULL, "Proposal by Friday", "compliance", "2026-12-04", NULL);
    check(NULL, "Shoot Maria an email re: timeline", "non", NULL, NULL);
    check(NULL, "They said to reach out again in February", "non", NULL, NULL);
    check(NULL, "Pinging Kim for an update", "non", NULL, NULL);

    T_SECTION("step actors (the draft's contact)");
    names_of(&nm, "Jason Park, Maria Lopez", "Alex", NULL);
    actors(&nm, "Maria to send the security review", "Maria/client/attendee");
    actors(&nm, "me to send the SOW to Maria", "me/seller/us Maria/client/attendee");
    actors(&nm, "- NEXT: Alex to book the demo with Jason", "Alex/seller/team Jason/client/attendee");
    actors(&none, "Jan sends it Friday", "Jan/client/a name");
    actors(&none, "Will sends the contract", "Will/client/a name");
    actors(&none, "per Linda, they will sign", "Linda/client/reported");
    actors(&none, "client to confirm", "client/client/a role");
    actors(&none, "call Jason back in two weeks", "-> Jason");
    actors(&none, "Send Priya the deck", "-> Priya");
    actors(&none, "Check with Legal", "");
    actors(&none, "Send pricing by Friday", "");
    actors(&none, "", "");
    return T_DONE();
}
