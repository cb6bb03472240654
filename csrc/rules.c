/* rules.c: the classifier's cue tables (spec section 2) and the user's
 * additions to them.
 *
 * The built-in tables below are the one readable place to change what a word
 * means. Lookups go through an open-addressing hash table generated from
 * them at the end of this file, so a classification costs no allocation and
 * no string search. After editing ful_words or ful_phrases, regenerate it:
 *
 *     cc -std=c99 -DFUL_RULES_GEN -Icsrc csrc/rules.c -o /tmp/fulgen &&
 *     /tmp/fulgen > /tmp/gen.inc
 *
 * and paste /tmp/gen.inc between the GENERATED markers. tests/c/test_classify
 * checks that every word and phrase is found, so a stale table fails there. */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

#define CL FUL_CUE_CLIENT
#define SE FUL_CUE_SELLER
#define AC FUL_CUE_ACT
#define DV FUL_CUE_DELIV
#define CH FUL_CUE_CHASE
#define BK FUL_CUE_BOOKED
#define HG FUL_CUE_HEDGE
#define VG FUL_CUE_VAGUE
#define EV FUL_CUE_EVENT
#define JT FUL_CUE_JOINT
#define RQ FUL_CUE_REQUEST
#define SP FUL_CUE_SPEECH
#define MD FUL_CUE_MODAL
#define FL FUL_CUE_FILLER
#define DN FUL_CUE_DNOUN
#define PO FUL_CUE_POSS
#define SO FUL_CUE_SOBJ
#define YO FUL_CUE_YOU
#define NB FUL_CUE_NEGBOOK
#define AR FUL_CUE_ART
#define SU FUL_CUE_SETUP
#define DT FUL_CUE_DATE
#define CO FUL_CUE_COBJ
#define WI FUL_CUE_WITH
#define NO FUL_CUE_NOISE

const char *const ful_rule_categories[] = {"client", "seller", "client_action", "deliverable",
                                           "chase", "booked", "hedge", "vague", NULL};

typedef struct {
    const char *w;
    uint32_t bits;
} ful_cue;

/* Single words. Inflections are listed where they matter; the lookup also
 * tries the word without a final "s" ("introduces" -> "introduce"). */
static const ful_cue ful_words[] = {
    /* who acts: the client side (spec: names, roles, "they", "client", "prospect") */
    {"they", CL}, {"they'll", CL | MD}, {"they're", CL | MD}, {"they'd", CL | MD}, {"they've", CL | MD},
    {"she", CL}, {"she'll", CL | MD}, {"she's", CL | MD}, {"she'd", CL | MD},
    {"he", CL}, {"he'll", CL | MD}, {"he's", CL | MD}, {"he'd", CL | MD},
    {"client", CL}, {"prospect", CL}, {"customer", CL}, {"buyer", CL}, {"champion", CL},
    {"sponsor", CL}, {"cfo", CL}, {"cto", CL}, {"ceo", CL}, {"coo", CL}, {"cio", CL}, {"ciso", CL},
    {"cmo", CL}, {"cro", CL}, {"cpo", CL}, {"vp", CL}, {"svp", CL}, {"evp", CL}, {"procurement", CL},
    {"purchasing", CL}, {"legal", CL}, {"finance", CL}, {"counsel", CL}, {"boss", CL},
    {"manager", CL}, {"director", CL}, {"head", CL}, {"team", CL}, {"committee", CL}, {"board", CL},
    {"leadership", CL}, {"stakeholders", CL}, {"stakeholder", CL}, {"owner", CL}, {"founder", CL},
    {"president", CL}, {"analyst", CL}, {"engineer", CL}, {"engineers", CL}, {"architect", CL},
    {"admin", CL}, {"exec", CL}, {"execs", CL}, {"executive", CL}, {"executives", CL},
    {"partner", CL}, {"it", CL | CO}, {"hr", CL}, {"ops", CL}, {"security", CL}, {"group", CL},
    {"lead", CL}, {"leads", CL}, {"user", CL}, {"users", CL}, {"company", CL}, {"org", CL},
    {"department", CL}, {"dept", CL}, {"gm", CL}, {"controller", CL}, {"cisos", CL}, {"ciso's", CL},
    {"decision-maker", CL}, {"approver", CL}, {"contact", CL}, {"assistant", CL}, {"ea", CL},
    {"them", CO}, {"him", CO}, {"her", PO | CO}, {"their", PO}, {"his", PO}, {"theirs", PO},
    /* the seller side */
    {"i", SE}, {"i'll", SE | MD}, {"i'm", SE | MD}, {"i'd", SE | MD}, {"i've", SE | MD},
    {"we", SE}, {"we'll", SE | MD}, {"we're", SE | MD}, {"we'd", SE | MD}, {"we've", SE | MD},
    {"let's", SE | JT}, {"myself", SE}, {"ourselves", SE},
    {"me", SO}, {"us", SO}, {"our", SO}, {"my", SO}, {"ours", SO},
    {"you", YO}, {"your", YO}, {"you'll", YO | MD}, {"you're", YO | MD},
    /* client effort (with a client subject any verb is an action; these name it) */
    {"meet", AC | JT}, {"meets", AC | JT}, {"meeting", EV}, {"bring", AC}, {"brings", AC},
    {"bringing", AC}, {"brought", AC}, {"introduce", AC}, {"introduces", AC}, {"introducing", AC},
    {"intro", AC | DN}, {"share", AC | DV}, {"shares", AC | DV}, {"sharing", AC | DV},
    {"sign", AC}, {"signs", AC}, {"signed", AC}, {"signing", AC}, {"review", AC | EV},
    {"reviews", AC | EV}, {"reviewing", AC}, {"present", AC | JT}, {"presents", AC | JT},
    {"presenting", AC | JT}, {"host", AC | JT}, {"hosts", AC | JT}, {"hosting", AC | JT},
    {"join", AC | JT}, {"joins", AC | JT}, {"attend", AC | JT}, {"attends", AC | JT},
    {"complete", AC}, {"completes", AC}, {"approve", AC}, {"approves", AC}, {"approved", AC},
    {"decide", AC}, {"decides", AC}, {"decision", EV}, {"commit", AC}, {"commits", AC},
    {"committed", AC}, {"agreed", AC}, {"agrees", AC}, {"promised", AC}, {"promises", AC},
    {"evaluate", AC}, {"test", AC}, {"loop", AC}, {"pass", AC}, {"introduced", AC},
    {"kicks", AC}, {"run", AC}, {"runs", AC}, {"onboard", AC}, {"invite", AC}, {"invites", AC},
    {"talk", AC}, {"talks", AC}, {"discuss", AC}, {"discusses", AC}, {"think", AC | HG},
    {"consider", AC | HG}, {"considering", AC | HG}, {"revert", AC}, {"fill", AC}, {"return", AC},
    {"walk", AC}, {"demo", EV}, {"demos", EV},
    /* the seller produces or gives (compliance when only the seller acts) */
    {"send", DV}, {"sends", DV}, {"sending", DV}, {"sent", DV}, {"resend", DV}, {"give", DV},
    {"gives", DV}, {"prepare", DV}, {"prep", DV}, {"draft", DV | DN}, {"write", DV}, {"outline", DV | DN},
    {"quote", DV | DN}, {"email", DV | CH}, {"e-mail", DV | CH}, {"mail", DV}, {"provide", DV},
    {"deliver", DV}, {"build", DV}, {"create", DV}, {"extend", DV}, {"make", DV}, {"compile", DV},
    {"update", DV}, {"revise", DV}, {"finish", DV}, {"fix", DV}, {"document", DV}, {"price", DV | DN},
    {"grant", DV}, {"ship", DV}, {"upload", DV}, {"attach", DV}, {"research", DV}, {"answer", DV},
    {"produce", DV}, {"design", DV}, {"configure", DV}, {"enable", DV}, {"activate", DV},
    {"issue", DV}, {"generate", DV}, {"customize", DV}, {"customise", DV}, {"offer", DV | DN},
    {"sketch", DV}, {"summarize", DV}, {"summarise", DV}, {"forward", DV | AC}, {"put", DV},
    {"investigate", DV}, {"compose", DV}, {"translate", DV}, {"package", DV}, {"lower", DV},
    {"waive", DV}, {"discount", DV | DN}, {"spin", DV}, {"mock", DV},
    /* deliverables (the thing produced) */
    {"proposal", DN}, {"proposals", DN}, {"quotes", DN}, {"pricing", DN}, {"prices", DN}, {"deck", DN},
    {"slides", DN}, {"case", DN}, {"studies", DN}, {"study", DN}, {"whitepaper", DN}, {"docs", DN},
    {"documentation", DN}, {"doc", DN}, {"brochure", DN}, {"brochures", DN}, {"testimonials", DN},
    {"testimonial", DN}, {"references", DN}, {"reference", DN}, {"sow", DN}, {"contract", DN},
    {"roi", DN}, {"model", DN}, {"sandbox", DN}, {"trial", DN}, {"access", DN}, {"sheet", DN},
    {"info", DN}, {"information", DN}, {"details", DN}, {"summary", DN}, {"recap", DN | DV},
    {"agenda", DN}, {"answers", DN}, {"materials", DN}, {"datasheet", DN}, {"report", DN},
    {"estimate", DN}, {"invoice", DN}, {"timeline", DN}, {"plan", DN | HG}, {"overview", DN},
    {"pager", DN}, {"samples", DN}, {"sample", DN}, {"specs", DN}, {"checklist", DN},
    {"template", DN}, {"nda", DN}, {"msa", DN}, {"questionnaire", DN}, {"rfp", DN}, {"rfi", DN},
    {"video", DN}, {"recording", DN}, {"link", DN}, {"login", DN}, {"credentials", DN},
    {"license", DN}, {"licenses", DN}, {"comparison", DN}, {"calculator", DN}, {"benchmark", DN},
    {"brief", DN}, {"prop", DN}, {"po", DN}, {"paperwork", DN}, {"terms", DN}, {"redlines", DN},
    {"collateral", DN}, {"whitepapers", DN}, {"one-pager", DN}, {"portal", DN}, {"account", DN},
    {"copy", DN}, {"version", DN}, {"demo-environment", DN}, {"environment", DN}, {"poc", EV},
    /* chasing: only the seller acts (non-commitment) */
    {"follow", CH}, {"followup", CH | EV}, {"fu", CH}, {"ping", CH}, {"call", CH | EV},
    {"callback", CH}, {"nudge", CH}, {"remind", CH}, {"reminder", CH}, {"chase", CH},
    {"reconnect", CH}, {"recontact", CH}, {"text", CH}, {"message", CH}, {"dm", CH},
    {"poke", CH}, {"bump", CH}, {"revisit", CH}, {"ask", CH | RQ}, {"confirm", CH},
    {"voicemail", CH}, {"reply", CH}, {"respond", CH}, {"touchbase", CH}, {"checkin", CH},
    {"wait", CH}, {"phone", CH}, {"ring", CH}, {"try", CH | HG}, {"check", CH}, {"circle", CH},
    {"reach", CH}, {"touch", CH},
    /* booked (makes a meeting firm even when the date is loose) */
    {"booked", BK}, {"scheduled", BK}, {"confirmed", BK}, {"locked", BK}, {"blocked", BK},
    {"calendared", BK}, {"reserved", BK}, {"accepted", BK}, {"rsvp'd", BK}, {"set", SU},
    /* the seller sets up a meeting: still a chase until the client books it */
    {"schedule", SU}, {"book", SU}, {"arrange", SU}, {"organize", SU}, {"organise", SU},
    {"propose", SU}, {"coordinate", SU}, {"reschedule", SU},
    /* hedges (a dated client action becomes soft) */
    {"might", HG}, {"may", HG}, {"maybe", HG}, {"possibly", HG}, {"possible", HG}, {"perhaps", HG},
    {"hopefully", HG}, {"hope", HG}, {"hopes", HG}, {"hoping", HG}, {"tentative", HG},
    {"tentatively", HG}, {"probably", HG}, {"likely", HG}, {"could", HG}, {"pencilled", HG},
    {"penciled", HG}, {"tbc", HG | VG}, {"if", HG}, {"unless", HG}, {"plans", HG}, {"planning", HG},
    {"intends", HG}, {"aims", HG}, {"tries", HG}, {"trying", HG}, {"ideally", HG}, {"depending", HG},
    {"unconfirmed", NB}, {"tbd", VG | NO},
    /* vague time */
    {"soon", VG}, {"later", VG}, {"sometime", VG}, {"eventually", VG}, {"someday", VG},
    {"whenever", VG}, {"once", VG}, {"asap", VG},
    /* meetings */
    {"mtg", EV}, {"session", EV}, {"workshop", EV}, {"walkthrough", EV | JT}, {"presentation", EV},
    {"discussion", EV}, {"kickoff", EV}, {"pilot", EV}, {"lunch", EV | JT}, {"dinner", EV | JT},
    {"coffee", EV | JT}, {"breakfast", EV | JT}, {"visit", EV}, {"onsite", EV}, {"sync", EV},
    {"huddle", EV}, {"appointment", EV}, {"interview", EV}, {"readout", EV}, {"debrief", EV},
    {"webinar", EV}, {"training", EV}, {"briefing", EV}, {"meetup", EV}, {"conversation", EV},
    {"chat", EV}, {"qbr", EV}, {"calls", EV}, {"meetings", EV}, {"together", JT}, {"jointly", JT},
    {"both", JT}, {"deep-dive", EV}, {"tour", EV}, {"evaluation", EV}, {"call's", EV},
    {"meeting's", EV}, {"standup", EV}, {"review's", EV},
    /* the client asks (the seller then works) */
    {"asked", RQ}, {"asks", RQ}, {"wants", RQ}, {"want", RQ}, {"wanted", RQ}, {"requested", RQ},
    {"requests", RQ}, {"request", RQ}, {"needs", RQ}, {"need", RQ}, {"needed", RQ}, {"expects", RQ},
    {"expecting", RQ}, {"requires", RQ}, {"required", RQ},
    {"said", SP}, {"says", SP}, {"told", SP}, {"tells", SP}, {"mentioned", SP}, {"noted", SP},
    {"indicated", SP}, {"replied", SP}, {"wrote", SP}, {"suggested", SP},
    /* grammar */
    {"will", MD}, {"would", MD}, {"shall", MD}, {"is", MD}, {"are", MD}, {"was", MD}, {"were", MD},
    {"has", MD}, {"have", MD}, {"had", MD}, {"going", MD}, {"gonna", MD}, {"can", MD}, {"does", MD},
    {"did", MD}, {"should", MD}, {"must", MD}, {"won't", MD}, {"to", AR}, {"the", AR}, {"a", AR},
    {"an", AR}, {"for", AR}, {"of", AR}, {"in", AR}, {"on", AR}, {"at", AR}, {"about", AR},
    {"from", AR}, {"by", AR}, {"this", AR}, {"that", AR}, {"these", AR}, {"those", AR}, {"some", AR},
    {"any", AR}, {"all", AR}, {"up", AR}, {"over", AR}, {"into", AR}, {"before", AR}, {"after", AR},
    {"until", AR}, {"via", AR}, {"back", AR}, {"out", AR}, {"with", AR | WI}, {"without", AR},
    {"and", FL}, {"then", FL}, {"also", FL}, {"but", FL}, {"so", FL}, {"ok", FL}, {"okay", FL},
    {"please", FL}, {"pls", FL}, {"plz", FL}, {"todo", FL}, {"action", FL}, {"item", FL},
    {"step", FL}, {"next", FL}, {"again", FL}, {"still", FL}, {"just", FL}, {"fyi", FL}, {"note", FL},
    {"re", FL}, {"first", FL}, {"second", FL}, {"final", FL}, {"another", FL}, {"new", FL},
    {"quick", FL}, {"short", FL}, {"follow-on", FL}, {"steps", FL}, {"nextstep", FL}, {"ns", FL},
    {"no", 0 | FL}, {"not", 0 | FL}, {"nothing", 0 | FL},
    /* date words: never a name or a subject */
    {"monday", DT}, {"tuesday", DT}, {"wednesday", DT}, {"thursday", DT}, {"friday", DT},
    {"saturday", DT}, {"sunday", DT}, {"mon", DT}, {"tue", DT}, {"tues", DT}, {"wed", DT},
    {"weds", DT}, {"thu", DT}, {"thur", DT}, {"thurs", DT}, {"fri", DT}, {"sat", DT}, {"sun", DT},
    {"january", DT}, {"february", DT}, {"march", DT}, {"april", DT}, {"june", DT}, {"july", DT},
    {"august", DT}, {"september", DT}, {"october", DT}, {"november", DT}, {"december", DT},
    {"jan", DT}, {"feb", DT}, {"mar", DT}, {"apr", DT}, {"jun", DT}, {"jul", DT}, {"aug", DT},
    {"sep", DT}, {"sept", DT}, {"oct", DT}, {"nov", DT}, {"dec", DT}, {"today", DT}, {"tonight", DT},
    {"tomorrow", DT}, {"tmrw", DT}, {"eod", DT}, {"eow", DT}, {"eom", DT}, {"eoy", DT}, {"eoq", DT},
    {"cob", DT}, {"week", DT}, {"month", DT}, {"quarter", DT}, {"year", DT}, {"weeks", DT},
    {"months", DT}, {"days", DT}, {"day", DT}, {"q1", DT}, {"q2", DT}, {"q3", DT}, {"q4", DT},
    {"am", DT}, {"pm", DT}, {"noon", DT}, {"morning", DT}, {"afternoon", DT}, {"evening", DT},
    {"holidays", DT}, {"spring", DT}, {"summer", DT}, {"fall", DT}, {"autumn", DT}, {"winter", DT},
    /* heads of phrases, known words without a meaning of their own */
    {"get", 0}, {"gets", 0}, {"hear", 0}, {"catch", 0}, {"see", 0}, {"find", 0}, {"leave", 0},
    {"shoot", 0}, {"drop", 0}, {"keep", 0}, {"stay", 0}, {"come", 0}, {"be", 0}, {"let", 0},
    {"kick", 0}, {"go", 0}, {"goes", 0}, {"sit", 0}, {"grab", 0}, {"deep", 0}, {"working", 0},
    {"site", 0}, {"office", 0}, {"draw", 0}, {"look", 0}, {"statement", 0}, {"free", 0},
    {"one", 0}, {"line", 0}, {"invitation", 0}, {"calendar", 0}, {"pencil", 0}, {"when", 0},
    {"down", 0}, {"looking", 0}, {"interested", 0}, {"waiting", 0}, {"whether", 0},
    /* noise-like */
    {"na", NO}, {"n/a", NO}, {"tba", VG | NO}, {"etc", NO}, {"misc", NO}, {"asdf", NO}, {"xxx", NO},
    {"test123", NO}, {"todo's", NO}, {"none", NO},
};

/* Phrases: matched at their first word, longest first; a match replaces the
 * words' own meanings. */
static const ful_cue ful_phrases[] = {
    /* chasing */
    {"follow up", CH}, {"check in", CH}, {"check back", CH}, {"check on", CH},
    {"check with", CH}, {"check whether", CH}, {"check if", CH}, {"circle back", CH},
    {"touch base", CH}, {"reach out", CH}, {"call back", CH}, {"give a call", CH}, {"give them a call", CH},
    {"give him a call", CH}, {"give her a call", CH}, {"give a ring", CH}, {"get back to them", CH},
    {"get back to him", CH}, {"get back to her", CH}, {"get in touch", CH}, {"hear back", CH},
    {"loop back", CH}, {"catch up", CH}, {"see if", CH}, {"find out", CH}, {"wait for", CH},
    {"leave a voicemail", CH}, {"shoot an email", CH}, {"drop a line", CH}, {"keep warm", CH},
    {"stay in touch", CH}, {"keep in touch", CH}, {"touch bases", CH}, {"try again", CH},
    {"ping back", CH}, {"to ask", CH}, {"ask if", CH}, {"ask whether", CH},
    /* client effort */
    {"loop in", AC}, {"get back to us", AC}, {"get back to me", AC},
    {"gets back to us", AC}, {"come back", AC}, {"be in touch", AC},
    {"let us know", AC}, {"let me know", AC}, {"pass it on", AC},
    {"pass on", AC}, {"sign off", AC}, {"signs off", AC}, {"kick off", AC | EV}, {"kicks off", AC | EV},
    {"think about", AC | HG}, {"think it over", AC | HG}, {"talk to", AC},
    {"talk with", AC}, {"talks to", AC}, {"run a pilot", AC}, {"fill out", AC}, {"fill in", AC},
    /* both sides act */
    {"walk through", AC | JT}, {"walk us through", AC | JT},
    {"go over", AC | JT}, {"goes over", AC | JT}, {"go through", AC | JT}, {"sit down", AC | JT},
    {"grab coffee", EV | JT}, {"grab lunch", EV | JT}, {"get together", EV | JT},
    {"with us", JT}, {"with me", JT}, {"review together", AC | JT}, {"meet with", AC | JT},
    {"meet up", AC | JT}, {"deep dive", EV}, {"working session", EV}, {"site visit", EV},
    {"office hours", EV}, {"demo to", EV}, {"demo for", EV}, {"present to", AC | JT},
    /* seller deliverables */
    {"put together", DV}, {"write up", DV}, {"draw up", DV}, {"mock up", DV}, {"spin up", DV},
    {"set up", DV | SU}, {"get them", DV}, {"get him", DV}, {"get her", DV},
    {"look into", DV}, {"case study", DN}, {"case studies", DN}, {"statement of work", DN},
    {"free access", DN}, {"free trial", DN}, {"one pager", DN},
    /* meeting set-up by the seller (still a chase until the client books) */
    {"line up", SU}, {"find a time", SU},
    /* booked */
    {"on the calendar", BK}, {"on calendar", BK}, {"on cal", BK}, {"on the cal", BK},
    {"on our calendar", BK}, {"on their calendar", BK}, {"on his calendar", BK},
    {"on her calendar", BK}, {"on the books", BK}, {"in the calendar", BK}, {"in the diary", BK},
    {"invite accepted", BK}, {"invite sent", BK}, {"invite out", BK}, {"invite is out", BK},
    {"invitation accepted", BK}, {"invitation sent", BK}, {"accepted the invite", BK},
    {"sent the invite", BK}, {"set for", BK}, {"is set", BK}, {"locked in", BK}, {"booked in", BK},
    {"calendar invite", BK}, {"calendar hold", BK}, {"blocked time", BK}, {"blocked off", BK},
    {"all set", BK},
    /* not booked: a hedge */
    {"no invite", NB}, {"nothing on the calendar", NB}, {"not on the calendar", NB},
    {"nothing booked", NB}, {"not booked", NB}, {"not scheduled", NB}, {"not confirmed", NB},
    {"not yet", NB}, {"no date", NB}, {"not set", NB}, {"no time", NB}, {"nothing scheduled", NB},
    {"not locked", NB}, {"to be confirmed", NB}, {"pencilled in", HG}, {"penciled in", HG},
    {"pencil in", HG},
    /* hedges */
    {"will try", HG}, {"try to", HG}, {"should be able", HG}, {"wants to", HG}, {"want to", HG},
    {"would like to", HG}, {"hopes to", HG}, {"plans to", HG}, {"plan to", HG}, {"not sure", HG},
    {"when he has time", HG}, {"when she has time", HG}, {"when they have time", HG},
    {"if time", HG}, {"depending on", HG}, {"if possible", HG}, {"in principle", HG},
    /* vague time */
    {"at some point", VG}, {"down the road", VG}, {"in the future", VG}, {"when ready", VG},
    {"some time", VG}, {"one day", VG}, {"later on", VG},
    /* the client asks for something */
    {"would like", RQ}, {"looking for", RQ}, {"interested in", RQ}, {"waiting for", RQ},
    {"waiting on", RQ}, {"asked for", RQ}, {"asks for", RQ}, {"asked about", RQ},
};

#define FUL_NWORDS ((int)(sizeof ful_words / sizeof ful_words[0]))
#define FUL_NPHRASES ((int)(sizeof ful_phrases / sizeof ful_phrases[0]))
#define FUL_SLOTS 2048u

static uint32_t ful_hash(const char *s, size_t n)
{
    uint32_t h = FUL_HASH_INIT;
    size_t i;
    for (i = 0; i < n; i++)
        h = FUL_HASH_STEP(h, s[i]);
    return h;
}

static uint32_t ful_slot_of(uint32_t h) { return (h * 0x9E3779B1u) >> (32 - 11); }

#ifdef FUL_RULES_GEN
/* The generator: prints the lookup tables for the lists above. */
#include <stdio.h>

static size_t ful_first_len(const char *p)
{
    size_t k = 0;
    while (p[k] && p[k] != ' ')
        k++;
    return k;
}

static int ful_gen_find(const uint16_t *slot, const char *w, size_t n)
{
    uint32_t s = ful_slot_of(ful_hash(w, n));
    while (slot[s]) {
        const char *x = ful_words[slot[s] - 1].w;
        if (strlen(x) == n && memcmp(x, w, n) == 0)
            return slot[s] - 1;
        s = (s + 1) & (FUL_SLOTS - 1);
    }
    return -1;
}

int main(void)
{
    static uint16_t slot[FUL_SLOTS];
    static int head[FUL_NPHRASES], order[FUL_NPHRASES];
    static int first[FUL_NWORDS], count[FUL_NWORDS];
    int i, j, k, bad = 0;
    for (i = 0; i < FUL_NWORDS; i++) {
        size_t n = strlen(ful_words[i].w);
        uint32_t s;
        if (ful_gen_find(slot, ful_words[i].w, n) >= 0) {
            fprintf(stderr, "duplicate word: %s\n", ful_words[i].w);
            continue;
        }
        s = ful_slot_of(ful_hash(ful_words[i].w, n));
        while (slot[s])
            s = (s + 1) & (FUL_SLOTS - 1);
        slot[s] = (uint16_t)(i + 1);
    }
    for (i = 0; i < FUL_NPHRASES; i++) {
        head[i] = ful_gen_find(slot, ful_phrases[i].w, ful_first_len(ful_phrases[i].w));
        if (head[i] < 0) {
            fprintf(stderr, "phrase head not a word: %s\n", ful_phrases[i].w);
            bad = 1;
        }
        order[i] = i;
    }
    if (bad)
        return 1;
    /* group by head word, longest phrase first */
    for (i = 1; i < FUL_NPHRASES; i++) {
        int x = order[i];
        for (j = i; j > 0; j--) {
            int y = order[j - 1];
            if (head[y] < head[x] || (head[y] == head[x] && strlen(ful_phrases[y].w) >= strlen(ful_phrases[x].w)))
                break;
            order[j] = y;
        }
        order[j] = x;
    }
    for (i = 0; i < FUL_NWORDS; i++)
        first[i] = -1;
    for (i = 0; i < FUL_NPHRASES; i++) {
        k = head[order[i]];
        if (first[k] < 0)
            first[k] = i;
        count[k]++;
    }
    printf("/* GENERATED by FUL_RULES_GEN from ful_words and ful_phrases: do not edit. */\n");
    printf("#define FUL_GEN_NWORDS %d\n#define FUL_GEN_NPHRASES %d\n", FUL_NWORDS, FUL_NPHRASES);
    printf("static const uint16_t ful_slot[%u] = {", FUL_SLOTS);
    for (i = 0; i < (int)FUL_SLOTS; i++)
        printf("%s%u,", i % 20 ? "" : "\n    ", slot[i]);
    printf("\n};\n/* per word: first phrase in ful_phr_order (+1, 0 = none), phrase count */\n");
    printf("static const uint16_t ful_word_phr[%d][2] = {", FUL_NWORDS);
    for (i = 0; i < FUL_NWORDS; i++)
        printf("%s{%d,%d},", i % 10 ? "" : "\n    ", first[i] + 1, count[i]);
    printf("\n};\nstatic const uint16_t ful_phr_order[%d] = {", FUL_NPHRASES);
    for (i = 0; i < FUL_NPHRASES; i++)
        printf("%s%d,", i % 20 ? "" : "\n    ", order[i]);
    printf("\n};\n");
    return 0;
}
#else

/* BEGIN GENERATED */
/* GENERATED by FUL_RULES_GEN from ful_words and ful_phrases: do not edit. */
#define FUL_GEN_NWORDS 677
#define FUL_GEN_NPHRASES 176
static const uint16_t ful_slot[2048] = {
    146,0,0,0,0,0,0,667,0,517,437,577,0,628,2,0,0,0,503,0,
    0,0,0,0,0,0,0,636,0,0,0,0,252,0,0,63,0,0,0,138,
    0,0,0,0,0,0,0,0,0,0,522,0,419,0,506,0,399,0,0,477,
    0,598,0,0,160,294,78,0,0,671,0,0,229,25,418,0,0,0,0,0,
    0,0,0,0,0,0,0,243,0,13,0,90,1,254,231,478,0,0,0,0,
    0,0,0,0,0,0,0,0,0,325,0,0,75,176,0,0,0,0,0,0,
    0,0,38,629,0,0,594,0,0,534,0,0,398,337,595,0,0,0,0,0,
    0,0,0,0,0,580,0,0,0,414,0,0,0,0,451,0,0,0,0,0,
    0,0,0,251,0,346,298,352,541,669,0,0,0,0,0,101,0,228,54,0,
    0,0,0,0,460,0,0,0,0,0,0,0,20,134,480,512,340,560,0,0,
    24,322,627,0,0,559,0,0,0,0,0,0,0,0,0,0,0,0,148,409,
    0,0,412,359,549,554,0,0,0,508,0,473,0,0,0,0,0,576,0,0,
    0,0,226,0,0,0,0,0,305,0,0,0,0,0,0,411,0,29,0,0,
    0,0,0,0,0,0,0,269,0,0,0,0,122,0,0,0,0,0,0,0,
    0,0,172,0,0,0,0,430,0,0,0,0,124,158,315,0,0,0,0,0,
    147,0,0,0,98,0,270,0,0,0,0,0,0,407,259,0,82,100,566,389,
    0,0,0,0,535,0,0,211,637,524,0,0,0,118,0,379,35,0,0,0,
    435,0,0,381,0,59,0,0,0,0,0,0,0,0,519,0,0,0,0,0,
    0,406,0,31,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,156,
    663,0,87,0,0,0,0,596,0,0,0,238,0,0,0,0,127,58,123,501,
    0,0,0,0,0,0,327,0,0,0,462,479,0,0,0,60,369,0,523,434,
    0,635,0,0,377,0,0,0,0,0,0,0,0,0,117,0,46,0,164,0,
    0,0,0,0,0,0,0,0,611,96,0,0,0,0,0,227,620,640,253,0,
    664,0,0,0,0,0,0,0,331,527,0,0,0,0,0,670,162,0,366,0,
    368,394,194,0,0,0,0,0,404,0,0,0,421,0,0,0,249,511,0,0,
    0,0,130,0,0,0,0,659,0,0,616,382,192,422,0,0,40,391,0,0,
    0,0,0,0,0,0,0,0,0,218,161,0,0,0,0,0,0,0,0,0,
    0,0,0,26,43,106,0,0,0,657,0,0,513,677,417,395,423,0,280,364,
    142,0,0,0,0,0,0,0,0,0,0,52,51,0,85,183,0,0,0,0,
    246,312,349,490,295,0,0,37,0,440,225,0,0,0,0,0,0,0,0,0,
    0,608,0,0,0,0,200,0,0,558,0,0,0,0,0,438,0,0,433,0,
    0,0,0,0,0,601,169,0,285,55,0,505,363,261,0,0,191,0,0,143,
    350,666,0,0,0,0,397,0,525,0,222,0,0,0,546,0,0,0,0,0,
    0,0,0,328,410,0,0,0,0,0,0,0,0,0,556,0,279,0,62,0,
    0,0,0,509,308,643,109,326,0,0,0,0,0,0,303,357,0,0,0,0,
    588,0,0,17,498,372,171,581,260,607,84,175,0,0,0,0,0,214,86,0,
    67,0,0,0,30,0,0,0,499,0,0,0,0,0,0,136,0,0,0,638,
    0,668,0,205,0,0,0,0,0,0,0,0,0,0,0,68,0,56,0,0,
    0,95,236,606,0,0,0,28,323,0,0,0,390,0,0,0,0,0,112,0,
    0,48,0,0,255,258,0,0,0,0,487,0,0,0,0,0,0,0,0,0,
    538,0,0,0,370,0,321,335,650,0,0,15,565,0,545,120,0,0,457,0,
    502,0,0,324,0,465,150,0,444,0,0,0,0,0,0,0,405,518,646,0,
    0,0,287,537,0,0,0,0,0,0,0,0,0,0,0,0,105,0,0,0,
    0,250,446,0,0,0,492,0,0,0,348,0,180,0,0,0,72,374,178,296,
    297,0,0,472,515,0,0,0,0,0,0,0,675,0,116,0,0,0,0,0,
    94,113,309,0,0,0,0,0,0,0,0,0,0,0,0,336,599,0,0,0,
    0,66,0,4,182,0,0,0,0,0,0,0,0,380,0,0,0,0,467,216,
    0,0,0,0,0,0,0,0,661,304,0,338,373,0,0,119,139,0,0,0,
    0,0,209,0,79,0,290,0,0,0,0,0,0,0,0,0,0,0,442,0,
    0,0,0,0,0,0,0,0,0,649,0,0,644,0,0,0,103,0,0,0,
    262,0,0,0,615,0,334,0,441,0,212,141,223,520,0,88,173,219,0,0,
    0,347,0,0,0,0,0,311,73,242,21,0,235,6,0,0,0,0,0,0,
    507,320,0,0,0,0,0,131,170,0,0,0,0,0,76,458,288,318,475,500,
    210,0,584,0,0,317,497,583,283,0,0,16,316,0,459,342,0,504,0,0,
    0,0,0,0,0,0,0,0,53,153,0,0,367,0,427,0,0,0,0,0,
    568,0,0,362,0,0,0,0,0,0,267,0,371,0,674,0,0,0,0,0,
    562,575,0,384,0,154,203,574,466,0,22,0,0,0,274,572,0,0,0,0,
    0,0,0,383,0,220,0,0,0,0,0,193,0,0,455,0,0,0,0,0,
    163,343,0,341,19,0,605,452,540,569,0,0,332,0,0,0,0,0,388,0,
    0,0,0,0,0,0,0,553,213,0,573,354,0,189,0,0,0,0,0,0,
    0,278,0,0,0,0,69,0,0,0,0,0,547,0,0,639,495,266,0,319,
    0,0,0,80,0,555,0,0,196,0,0,0,0,0,597,0,0,0,0,0,
    179,623,264,355,81,0,0,0,0,0,0,102,0,0,36,45,121,0,0,0,
    0,0,0,514,0,0,531,0,14,365,0,0,0,529,140,585,0,0,207,0,
    128,18,27,0,0,0,0,0,447,652,386,129,168,413,461,0,0,0,0,0,
    0,0,230,0,0,0,0,454,0,619,245,0,0,0,0,0,0,0,493,0,
    0,542,579,647,0,0,0,496,530,456,662,0,64,314,0,0,0,0,0,0,
    0,0,0,0,137,302,0,70,0,0,0,0,0,632,0,0,0,0,0,0,
    306,0,33,561,609,0,282,0,453,0,0,0,0,375,0,0,0,92,0,0,
    0,0,0,0,420,564,0,195,0,0,0,0,0,0,0,0,0,548,0,276,
    621,0,97,0,198,0,135,0,660,0,0,111,273,89,272,0,600,428,0,402,
    0,0,0,436,673,0,474,0,426,0,0,0,151,152,0,0,0,0,0,0,
    110,0,0,0,0,202,0,0,0,613,0,50,133,0,0,0,0,0,0,392,
    0,0,387,471,0,0,0,0,0,0,125,217,0,0,0,0,0,0,0,0,
    300,0,376,0,174,74,0,0,0,0,0,0,0,468,544,93,626,614,149,0,
    145,482,610,204,551,0,651,224,263,0,0,0,0,536,464,0,489,630,215,0,
    0,0,39,307,633,233,190,0,0,0,9,0,0,0,526,0,0,603,234,0,
    0,450,532,71,333,358,516,0,0,0,0,0,0,0,0,539,0,0,0,0,
    485,0,108,0,0,0,0,0,0,232,0,0,0,0,0,0,0,0,0,353,
    271,448,339,126,0,0,0,0,0,0,0,41,0,0,0,0,0,186,0,0,
    0,0,0,0,0,0,0,0,655,0,345,206,571,0,0,0,0,159,665,0,
    0,144,360,0,329,187,0,0,0,648,0,0,0,0,656,0,0,593,0,0,
    3,0,244,0,0,401,0,0,0,578,8,439,590,631,0,361,612,0,625,0,
    166,0,0,0,0,0,0,0,570,0,0,0,0,0,0,494,0,533,393,0,
    385,0,0,247,550,0,604,589,0,0,0,0,0,0,0,0,0,265,0,0,
    0,104,241,0,0,0,0,0,0,0,0,0,582,0,257,0,0,0,0,208,
    567,181,188,330,432,0,0,0,486,0,591,0,0,0,23,445,0,653,47,416,
    0,240,481,483,0,429,484,10,0,0,0,0,256,0,378,510,586,0,0,0,
    0,602,0,0,0,0,0,0,563,0,543,425,0,44,0,132,403,443,0,0,
    0,0,281,0,0,476,0,0,0,268,0,0,0,12,658,91,0,0,77,0,
    431,0,0,7,0,0,291,0,0,313,0,618,0,221,115,592,0,157,0,0,
    0,0,0,0,0,0,0,0,0,49,0,0,0,0,0,0,0,0,0,0,
    0,0,34,155,356,0,0,301,0,0,634,0,292,351,0,0,248,0,0,0,
    201,0,0,0,0,0,0,0,0,0,521,0,11,0,0,0,0,0,0,0,
    0,0,0,0,396,0,587,275,0,0,0,0,0,0,293,0,0,0,424,0,
    400,0,199,5,0,0,0,0,624,0,0,0,0,0,0,57,528,617,0,65,
    0,0,676,0,165,42,642,0,0,0,415,277,344,0,0,177,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,622,0,0,0,0,0,463,0,
    557,114,0,0,0,0,0,0,408,0,0,0,0,299,470,0,0,0,0,239,
    0,0,0,469,185,0,0,0,0,0,0,0,0,0,197,0,0,654,0,167,
    0,0,0,83,99,0,0,0,0,0,0,0,0,0,0,645,0,61,491,672,
    0,0,0,237,289,449,184,310,488,32,286,552,107,641,0,0,0,0,0,0,
    0,0,0,0,0,0,0,284,
};
/* per word: first phrase in ful_phr_order (+1, 0 = none), phrase count */
static const uint16_t ful_word_phr[677][2] = {
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{1,2},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{3,1},{4,1},{0,0},{0,0},{5,1},{0,0},{0,0},
    {6,1},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{7,2},{9,2},{0,0},
    {11,1},{12,1},{0,0},{0,0},{13,4},{0,0},{17,2},{19,1},{0,0},{0,0},
    {20,2},{0,0},{0,0},{0,0},{22,2},{0,0},{24,2},{26,2},{0,0},{0,0},
    {0,0},{0,0},{28,1},{0,0},{29,5},{0,0},{0,0},{0,0},{0,0},{34,1},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{35,1},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{36,1},{37,1},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{38,2},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{40,1},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{41,1},{0,0},
    {0,0},{42,1},{43,1},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{44,2},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{46,1},{0,0},{0,0},{47,2},{49,6},{55,1},{56,1},
    {57,2},{59,1},{0,0},{0,0},{60,1},{61,2},{0,0},{0,0},{63,1},{0,0},
    {64,2},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{66,1},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{67,1},{68,1},{0,0},{69,2},{0,0},{71,1},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{72,1},{0,0},{0,0},{0,0},
    {73,1},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{74,2},{76,1},{77,1},{78,1},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{79,1},{80,2},{0,0},{82,1},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{83,1},{0,0},{0,0},{84,2},
    {0,0},{0,0},{0,0},{0,0},{0,0},{86,4},{90,9},{99,1},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{100,1},{0,0},{101,1},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{102,2},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{104,3},{107,8},{115,3},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{118,10},
    {128,1},{129,1},{130,1},{131,1},{132,2},{134,1},{135,1},{136,1},{137,2},{139,1},
    {140,1},{141,1},{142,2},{144,1},{145,2},{147,1},{148,1},{149,2},{151,1},{152,1},
    {153,1},{154,1},{155,1},{156,1},{157,1},{158,2},{160,2},{162,1},{163,2},{165,2},
    {167,1},{168,4},{172,1},{173,1},{174,1},{175,2},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
};
static const uint16_t ful_phr_order[176] = {
    72,73,48,49,71,80,21,38,46,47,51,57,110,113,111,112,55,54,56,53,
    52,58,59,61,60,79,78,117,12,13,14,11,15,82,81,85,84,92,91,152,
    0,34,10,37,36,25,33,145,5,2,4,1,3,6,7,9,32,8,121,120,
    124,125,116,118,86,150,141,142,159,157,151,158,167,175,173,174,147,148,144,149,
    168,119,146,140,35,108,163,109,160,104,99,103,105,106,107,100,102,101,161,165,
    126,69,70,127,135,137,129,132,133,131,139,153,134,136,128,138,130,16,17,18,
    39,40,19,68,87,88,89,41,20,22,23,98,24,26,27,28,31,29,30,42,
    43,44,45,50,64,62,63,65,66,67,74,75,76,77,83,90,93,94,95,96,
    166,97,114,115,122,123,143,156,155,154,164,162,169,170,171,172,
};
/* END GENERATED */

/* A stale generated table (a word added without regenerating) fails here:
 * regenerate it as the top of this file says. */
typedef char ful_rules_table_is_stale[(FUL_GEN_NWORDS == FUL_NWORDS && FUL_GEN_NPHRASES == FUL_NPHRASES) ? 1 : -1];

/* ---- user additions ---- */

#define FUL_UR_BUCKETS 64
#define FUL_UR_MAXLEN 200
#define FUL_UR_MAXWORDS 12

typedef struct {
    char *text;      /* lowercased words separated by single spaces */
    uint32_t first;  /* hash of the first word */
    uint32_t bits;
    int nwords;
    int next;        /* next rule in the bucket, -1 at the end */
} ful_urule;

struct ful_rules {
    ful_urule *v;
    int n, cap;
    int bucket[FUL_UR_BUCKETS];
};

ful_rules *ful_rules_new(void)
{
    ful_rules *r = (ful_rules *)calloc(1, sizeof *r);
    int i;
    if (!r)
        return NULL;
    for (i = 0; i < FUL_UR_BUCKETS; i++)
        r->bucket[i] = -1;
    return r;
}

void ful_rules_free(ful_rules *r)
{
    int i;
    if (!r)
        return;
    for (i = 0; i < r->n; i++)
        free(r->v[i].text);
    free(r->v);
    free(r);
}

/* Normalises a phrase the way classify.c tokenizes a line: ASCII lowercase,
 * words of letters, digits, apostrophes and bytes >= 0x80; "f/u" -> "fu",
 * "w/" -> "with". Returns the word count, or -1 when too long. */
static int ful_norm_phrase(const char *p, char *out, size_t cap, size_t *outlen)
{
    size_t i = 0, k = 0, n = strlen(p);
    int words = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        int isw = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                  (c == '\'' && k > 0 && out[k - 1] != ' ');
        const char *rep = NULL;
        size_t skip = 0;
        if ((c == 'f' || c == 'F') && i + 2 < n + 1 && p[i + 1] == '/' && (p[i + 2] == 'u' || p[i + 2] == 'U') &&
            (k == 0 || out[k - 1] == ' ')) {
            rep = "fu";
            skip = 3;
        } else if ((c == 'w' || c == 'W') && p[i + 1] == '/' && (k == 0 || out[k - 1] == ' ') &&
                   !(p[i + 2] == 'o' || p[i + 2] == 'O')) {
            rep = "with";
            skip = 2;
        }
        if (rep) {
            size_t l = strlen(rep);
            if (k + l + 2 > cap)
                return -1;
            if (k > 0 && out[k - 1] != ' ')
                out[k++] = ' ';
            memcpy(out + k, rep, l);
            k += l;
            out[k++] = ' ';
            words++;
            i += skip;
            continue;
        }
        if (isw) {
            if (k + 2 > cap)
                return -1;
            if (k == 0 || out[k - 1] == ' ')
                words++;
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (k > 0 && out[k - 1] != ' ') {
            if (k + 2 > cap)
                return -1;
            out[k++] = ' ';
        }
        i++;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    *outlen = k;
    return words;
}

int ful_rules_add(ful_rules *r, const char *category, const char *phrase)
{
    static const uint32_t cat_bits[] = {CL, SE, AC, DV | DN, CH, BK, HG, VG};
    char buf[FUL_UR_MAXLEN + 8];
    size_t len, fl;
    int c, words;
    ful_urule *u;
    if (!r || !category)
        return -1;
    for (c = 0; ful_rule_categories[c]; c++)
        if (strcmp(ful_rule_categories[c], category) == 0)
            break;
    if (!ful_rule_categories[c])
        return -1;
    if (!phrase || strlen(phrase) > FUL_UR_MAXLEN)
        return -3;
    words = ful_norm_phrase(phrase, buf, sizeof buf, &len);
    if (words <= 0 || words > FUL_UR_MAXWORDS || len == 0)
        return -3;
    if (r->n == r->cap) {
        int ncap = r->cap ? r->cap * 2 : 8;
        ful_urule *nv;
        if (ncap > 30000)
            return -2;
        nv = (ful_urule *)realloc(r->v, (size_t)ncap * sizeof *nv);
        if (!nv)
            return -2;
        r->v = nv;
        r->cap = ncap;
    }
    u = &r->v[r->n];
    u->text = (char *)malloc(len + 1);
    if (!u->text)
        return -2;
    memcpy(u->text, buf, len + 1);
    for (fl = 0; fl < len && buf[fl] != ' '; fl++)
        ;
    u->first = ful_hash(buf, fl);
    u->bits = cat_bits[c];
    u->nwords = words;
    u->next = r->bucket[u->first % FUL_UR_BUCKETS];
    r->bucket[u->first % FUL_UR_BUCKETS] = r->n;
    r->n++;
    return 0;
}

/* ---- lookup ---- */

static int ful_word_index(const char *w, size_t n, uint32_t h)
{
    uint32_t s = ful_slot_of(h);
    while (ful_slot[s]) {
        const ful_cue *c = &ful_words[ful_slot[s] - 1];
        if (c->w[0] == w[0] && strlen(c->w) == n && memcmp(c->w, w, n) == 0)
            return ful_slot[s] - 1;
        s = (s + 1) & (FUL_SLOTS - 1);
    }
    return -1;
}

/* Do the words of phrase p (single spaces) match toks[i..]? Returns the
 * number of tokens, or 0. */
static int ful_phrase_at(const char *p, const ful_rtok *toks, int ntok, int i, int skip_head)
{
    int k = 0;
    if (skip_head) { /* the head word matched already, maybe as a stem ("follows") */
        while (*p && *p != ' ')
            p++;
        if (*p == ' ')
            p++;
        k = 1;
    }
    while (*p) {
        size_t l = 0;
        while (p[l] && p[l] != ' ')
            l++;
        if (i + k >= ntok || toks[i + k].len != l || memcmp(toks[i + k].lw, p, l) != 0)
            return 0;
        k++;
        p += l;
        if (*p == ' ')
            p++;
    }
    return k;
}

uint32_t ful_rules_cue(const ful_rules *r, const ful_rtok *toks, int ntok, int i, int *span)
{
    const ful_rtok *t = &toks[i];
    uint32_t bits = 0;
    int best = 1, wi;
    *span = 1;
    if (t->len == 0)
        return 0;
    wi = ful_word_index(t->lw, t->len, t->hash);
    if (wi < 0 && t->len > 3 && t->lw[t->len - 1] == 's' && t->lw[t->len - 2] != 's' && t->lw[t->len - 2] != '\'')
        wi = ful_word_index(t->lw, t->len - 1, ful_hash(t->lw, t->len - 1)); /* brings -> bring */
    if (wi >= 0) {
        int f = ful_word_phr[wi][0], c = ful_word_phr[wi][1], k;
        bits = ful_words[wi].bits | FUL_CUE_WORD;
        for (k = 0; k < c; k++) {
            int m = ful_phrase_at(ful_phrases[ful_phr_order[f - 1 + k]].w, toks, ntok, i, 1);
            if (m) { /* longest first: the first match wins */
                bits = ful_phrases[ful_phr_order[f - 1 + k]].bits | FUL_CUE_WORD;
                best = m;
                break;
            }
        }
    }
    if (r && r->n) {
        int u = r->bucket[t->hash % FUL_UR_BUCKETS];
        for (; u >= 0; u = r->v[u].next) {
            const ful_urule *x = &r->v[u];
            int m;
            if (x->first != t->hash || x->nwords < best)
                continue;
            m = ful_phrase_at(x->text, toks, ntok, i, 0);
            if (!m)
                continue;
            if (m > best) {
                best = m;
                bits = x->bits | FUL_CUE_WORD;
            } else {
                bits |= x->bits | FUL_CUE_WORD;
            }
        }
    }
    *span = best;
    return bits;
}

#endif /* FUL_RULES_GEN */
