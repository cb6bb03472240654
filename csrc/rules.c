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
#define DS FUL_CUE_DSTART

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
    {"might", HG}, {"may", HG | DT}, {"maybe", HG}, {"possibly", HG}, {"possible", HG}, {"perhaps", HG},
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
    {"an", AR}, {"for", AR}, {"of", AR}, {"in", AR | DS}, {"on", AR}, {"at", AR}, {"about", AR},
    {"from", AR}, {"by", AR}, {"this", AR | DS}, {"that", AR}, {"these", AR}, {"those", AR}, {"some", AR},
    {"any", AR}, {"all", AR}, {"up", AR}, {"over", AR}, {"into", AR}, {"before", AR}, {"after", AR | DS},
    {"until", AR}, {"via", AR}, {"back", AR}, {"out", AR}, {"with", AR | WI}, {"without", AR},
    {"and", FL}, {"then", FL}, {"also", FL}, {"but", FL}, {"so", FL}, {"ok", FL}, {"okay", FL},
    {"please", FL}, {"pls", FL}, {"plz", FL}, {"todo", FL}, {"action", FL}, {"item", FL},
    {"step", FL}, {"next", FL | DS}, {"again", FL}, {"still", FL}, {"just", FL}, {"fyi", FL}, {"note", FL},
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
    {"holidays", DT}, {"tmr", DT}, {"within", DS}, {"end", DS}, {"tonight's", DT}, {"spring", DT}, {"summer", DT}, {"fall", DT}, {"autumn", DT}, {"winter", DT},
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
    printf("\n};\n/* per slot: the word's hash, so a probe rarely touches the string */\n");
    printf("static const uint32_t ful_slot_hash[%u] = {", FUL_SLOTS);
    for (i = 0; i < (int)FUL_SLOTS; i++)
        printf("%s%uu,", i % 8 ? "" : "\n    ",
               slot[i] ? ful_hash(ful_words[slot[i] - 1].w, strlen(ful_words[slot[i] - 1].w)) : 0u);
    printf("\n};\nstatic const uint8_t ful_word_len[%d] = {", FUL_NWORDS);
    for (i = 0; i < FUL_NWORDS; i++)
        printf("%s%u,", i % 20 ? "" : "\n    ", (unsigned)strlen(ful_words[i].w));
    printf("\n};\n/* per phrase in ful_phr_order: the hash of its second word */\n");
    printf("static const uint32_t ful_phr_h2[%d] = {", FUL_NPHRASES);
    for (i = 0; i < FUL_NPHRASES; i++) {
        const char *p = ful_phrases[order[i]].w + ful_first_len(ful_phrases[order[i]].w);
        p += *p == ' ';
        printf("%s%uu,", i % 8 ? "" : "\n    ", ful_hash(p, ful_first_len(p)));
    }
    printf("\n};\n");
    return 0;
}
#else

/* BEGIN GENERATED */
/* GENERATED by FUL_RULES_GEN from ful_words and ful_phrases: do not edit. */
#define FUL_GEN_NWORDS 681
#define FUL_GEN_NPHRASES 176
static const uint16_t ful_slot[2048] = {
    146,0,0,0,0,0,0,671,0,517,437,577,0,632,2,0,0,0,503,0,
    0,0,0,0,0,0,0,640,0,0,0,0,252,0,0,63,0,0,0,138,
    0,0,0,0,0,0,0,0,0,0,522,0,419,0,506,0,399,0,0,477,
    0,598,0,0,160,294,78,0,0,675,0,0,229,25,418,0,0,0,0,0,
    0,0,0,0,0,0,0,243,0,13,0,90,1,254,231,478,0,0,0,0,
    0,0,0,0,0,0,0,0,0,325,0,0,75,176,0,0,0,0,0,0,
    0,0,38,633,0,0,594,0,0,534,0,0,398,337,595,0,0,0,0,0,
    0,0,0,0,0,580,0,0,0,414,0,0,0,0,451,0,0,0,0,0,
    0,0,0,251,0,346,298,352,541,673,0,0,0,0,0,101,0,228,54,0,
    0,0,0,0,460,0,0,0,0,0,0,0,20,134,480,512,340,560,0,0,
    24,322,631,0,0,559,0,0,0,0,0,0,0,0,0,0,0,0,148,409,
    0,0,412,359,549,554,0,0,0,508,0,473,0,0,0,0,0,576,0,0,
    0,0,226,0,0,0,0,0,305,0,0,0,0,0,0,411,0,29,0,0,
    0,0,0,0,0,0,0,269,0,0,0,0,122,0,0,0,0,0,0,0,
    0,0,172,0,0,0,0,430,0,0,0,0,124,158,315,0,0,0,0,0,
    147,0,0,0,98,0,270,0,0,0,0,0,0,407,259,0,82,100,566,389,
    0,0,0,0,535,0,0,211,641,524,0,0,0,118,0,379,35,0,0,0,
    435,0,0,381,0,59,0,0,0,0,0,0,0,0,519,0,0,0,0,0,
    0,406,0,31,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,156,
    667,0,87,0,0,0,0,596,0,0,0,238,0,0,0,0,127,58,123,501,
    0,0,0,0,0,0,327,0,0,0,462,479,0,0,0,60,369,0,523,434,
    0,639,0,0,377,0,0,0,0,627,0,0,0,0,117,0,46,0,164,0,
    0,0,0,0,0,626,0,0,611,96,0,0,0,0,0,227,620,644,253,0,
    668,0,0,0,0,0,0,0,331,527,0,0,0,0,0,674,162,0,366,0,
    368,394,194,0,0,0,0,0,404,0,0,0,421,0,0,0,249,511,0,0,
    0,0,130,0,0,0,0,663,0,0,616,382,192,422,0,0,40,391,0,0,
    0,0,0,0,0,0,0,0,0,218,161,0,0,0,0,0,0,0,0,0,
    0,0,0,26,43,106,0,0,0,661,0,0,513,681,417,395,423,0,280,364,
    142,0,0,0,0,0,0,0,0,0,0,52,51,0,85,183,0,0,0,0,
    246,312,349,490,295,0,0,37,0,440,225,0,0,0,0,0,0,0,0,0,
    0,608,0,0,0,0,200,0,0,558,0,0,0,0,0,438,0,0,433,0,
    0,0,0,0,0,601,169,0,285,55,0,505,363,261,0,0,191,0,0,143,
    350,670,0,0,0,0,397,0,525,0,222,0,0,0,546,0,0,0,0,0,
    0,0,0,328,410,0,0,0,0,0,0,0,0,0,556,0,279,0,62,0,
    0,0,0,509,308,647,109,326,0,0,0,0,0,0,303,357,0,0,0,0,
    588,0,0,17,498,372,171,581,260,607,84,175,628,0,0,0,0,214,86,0,
    67,0,0,0,30,0,0,0,499,0,0,0,0,0,0,136,0,0,0,642,
    0,672,0,205,0,0,0,0,0,0,0,0,0,0,0,68,0,56,0,0,
    0,95,236,606,0,0,0,28,323,0,0,0,390,0,0,0,0,0,112,0,
    0,48,0,0,255,258,0,0,0,0,487,0,0,0,0,0,0,0,0,0,
    538,0,0,0,370,0,321,335,654,0,0,15,565,0,545,120,0,0,457,0,
    502,0,0,324,0,465,150,0,444,0,0,0,0,0,0,0,405,518,650,0,
    0,0,287,537,0,0,0,0,0,0,0,0,0,0,0,0,105,0,0,0,
    0,250,446,0,0,0,492,0,0,0,348,0,180,0,0,0,72,374,178,296,
    297,0,0,472,515,0,0,0,0,0,0,0,679,0,116,0,0,0,0,0,
    94,113,309,0,0,0,0,0,0,0,0,0,0,0,0,336,599,0,0,0,
    0,66,0,4,182,0,0,0,0,0,0,0,0,380,0,0,0,0,467,216,
    0,0,0,0,0,0,0,0,665,304,0,338,373,0,0,119,139,0,0,0,
    0,0,209,0,79,0,290,0,0,0,0,0,0,0,0,0,0,0,442,0,
    0,0,0,0,0,0,0,0,0,653,0,0,648,0,0,0,103,0,0,0,
    262,0,0,0,615,0,334,0,441,0,212,141,223,520,0,88,173,219,0,0,
    0,347,0,0,0,0,0,311,73,242,21,0,235,6,0,0,0,0,0,0,
    507,320,0,0,0,0,0,131,170,0,0,0,0,0,76,458,288,318,475,500,
    210,0,584,0,0,317,497,583,283,0,0,16,316,0,459,342,0,504,0,0,
    0,0,0,0,0,0,0,0,53,153,0,0,367,0,427,0,0,0,0,0,
    568,0,0,362,0,0,0,0,0,0,267,0,371,0,678,0,0,0,0,0,
    562,575,0,384,0,154,203,574,466,0,22,0,0,0,274,572,0,0,0,0,
    0,0,0,383,0,220,0,0,0,0,0,193,0,0,455,0,0,0,0,0,
    163,343,0,341,19,0,605,452,540,569,0,0,332,0,0,0,0,0,388,0,
    0,0,0,0,0,0,0,553,213,0,573,354,0,189,0,0,0,0,0,0,
    0,278,0,0,0,0,69,0,0,0,0,0,547,0,0,643,495,266,0,319,
    0,0,0,80,0,555,0,0,196,0,0,0,0,0,597,0,0,0,0,0,
    179,623,264,355,81,0,0,0,0,0,0,102,0,0,36,45,121,0,0,0,
    0,0,0,514,0,0,531,0,14,365,0,0,0,529,140,585,0,0,207,0,
    128,18,27,0,0,0,0,0,447,656,386,129,168,413,461,0,0,0,0,0,
    0,0,230,0,0,0,0,454,0,619,245,0,0,0,0,0,0,0,493,0,
    0,542,579,651,0,0,0,496,530,456,666,0,64,314,0,0,0,0,0,0,
    0,0,0,0,137,302,0,70,0,0,0,0,0,636,0,0,0,0,0,0,
    306,0,33,561,609,0,282,0,453,0,0,0,0,375,0,0,0,92,0,0,
    0,0,0,0,420,564,0,195,0,0,0,0,0,0,0,0,0,548,0,276,
    621,0,97,0,198,0,135,0,664,0,0,111,273,89,272,0,600,428,0,402,
    0,0,0,436,677,0,474,0,426,0,0,0,151,152,0,0,0,0,0,0,
    110,0,0,0,0,202,0,0,0,613,0,50,133,0,0,0,0,0,0,392,
    0,0,387,471,0,0,0,0,0,0,125,217,0,0,0,0,0,0,0,0,
    300,0,376,0,174,74,0,0,0,0,0,0,0,468,544,93,630,614,149,0,
    145,482,610,204,551,0,655,224,263,0,0,0,0,536,464,0,489,634,215,0,
    0,0,39,307,637,233,190,0,0,0,9,0,0,0,526,0,0,603,234,0,
    0,450,532,71,333,358,516,0,0,0,0,0,0,0,0,539,0,0,0,0,
    485,0,108,0,0,0,0,0,0,232,0,0,0,0,0,0,0,0,0,353,
    271,448,339,126,0,0,0,0,0,0,0,41,0,0,0,0,0,186,0,0,
    0,0,0,0,0,0,0,0,659,0,345,206,571,0,0,0,0,159,669,0,
    0,144,360,0,329,187,0,0,0,652,0,0,0,0,660,0,0,593,0,0,
    3,0,244,0,0,401,0,0,0,578,8,439,590,635,0,361,612,0,629,0,
    166,0,0,0,0,0,0,0,570,0,0,0,0,0,0,494,0,533,393,0,
    385,0,0,247,550,0,604,589,0,0,0,0,0,0,0,0,0,265,0,0,
    0,104,241,0,0,0,0,0,0,0,0,0,582,625,257,0,0,0,0,208,
    567,181,188,330,432,0,0,0,486,0,591,0,0,0,23,445,0,657,47,416,
    0,240,481,483,0,429,484,10,0,0,0,0,256,0,378,510,586,0,0,0,
    0,602,0,0,0,0,0,0,563,0,543,425,0,44,0,132,403,443,0,0,
    0,0,281,0,0,476,0,0,0,268,0,0,0,12,662,91,0,0,77,0,
    431,0,0,7,0,0,291,0,0,313,0,618,0,221,115,592,0,157,0,0,
    0,0,0,0,0,0,0,0,0,49,0,0,0,0,0,0,0,0,0,0,
    0,0,34,155,356,0,0,301,0,0,638,0,292,351,0,0,248,0,0,0,
    201,0,0,0,0,0,0,0,0,0,521,0,11,0,0,0,0,0,0,0,
    0,0,0,0,396,0,587,275,0,0,0,0,0,0,293,0,0,0,424,0,
    400,0,199,5,0,0,0,0,624,0,0,0,0,0,0,57,528,617,0,65,
    0,0,680,0,165,42,646,0,0,0,415,277,344,0,0,177,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,622,0,0,0,0,0,463,0,
    557,114,0,0,0,0,0,0,408,0,0,0,0,299,470,0,0,0,0,239,
    0,0,0,469,185,0,0,0,0,0,0,0,0,0,197,0,0,658,0,167,
    0,0,0,83,99,0,0,0,0,0,0,0,0,0,0,649,0,61,491,676,
    0,0,0,237,289,449,184,310,488,32,286,552,107,645,0,0,0,0,0,0,
    0,0,0,0,0,0,0,284,
};
/* per word: first phrase in ful_phr_order (+1, 0 = none), phrase count */
static const uint16_t ful_word_phr[681][2] = {
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
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{118,10},{128,1},{129,1},{130,1},{131,1},{132,2},{134,1},
    {135,1},{136,1},{137,2},{139,1},{140,1},{141,1},{142,2},{144,1},{145,2},{147,1},
    {148,1},{149,2},{151,1},{152,1},{153,1},{154,1},{155,1},{156,1},{157,1},{158,2},
    {160,2},{162,1},{163,2},{165,2},{167,1},{168,4},{172,1},{173,1},{174,1},{175,2},
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},
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
/* per slot: the word's hash, so a probe rarely touches the string */
static const uint32_t ful_slot_hash[2048] = {
    3994489633u,0u,0u,0u,0u,0u,0u,3125788386u,
    0u,2870621791u,2726452527u,2185322597u,0u,3319867923u,1945810688u,0u,
    0u,0u,3407360812u,0u,0u,0u,0u,0u,
    0u,0u,0u,1416872128u,0u,0u,0u,0u,
    3932734293u,0u,0u,3375155643u,0u,0u,0u,2880308158u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,3469174610u,0u,2587031654u,0u,4083227761u,0u,
    3103072789u,0u,0u,383959538u,0u,2889624102u,0u,0u,
    4081686294u,2526055276u,2282626008u,0u,0u,2375820365u,0u,0u,
    1769118190u,398213691u,2385279649u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,360262427u,
    0u,364659813u,0u,2608205276u,3626161407u,232043014u,11041011u,3354087724u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,2561005752u,0u,0u,
    2774292312u,2246981567u,0u,0u,0u,0u,0u,0u,
    0u,0u,991397836u,3300614668u,0u,0u,665950564u,0u,
    0u,1555467752u,0u,0u,2635228675u,443730450u,3260643795u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,260723296u,0u,0u,0u,3358666092u,0u,0u,
    0u,0u,3487809006u,0u,0u,0u,0u,0u,
    0u,0u,0u,1217303681u,0u,4149934955u,138294084u,2929095865u,
    1216469057u,907272257u,0u,0u,0u,0u,0u,1747856039u,
    0u,3026167834u,885536276u,0u,0u,0u,0u,0u,
    2609687125u,0u,0u,0u,0u,0u,0u,0u,
    259434697u,2952701295u,4123919355u,944111422u,697505319u,303888406u,0u,0u,
    4018651018u,375255177u,4166649696u,0u,0u,1236747314u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,1868934115u,3277802743u,0u,0u,325084441u,465580352u,
    741716276u,1383968394u,0u,0u,0u,321211332u,0u,2059721058u,
    0u,0u,0u,0u,0u,4078872567u,0u,0u,
    0u,0u,314103930u,0u,0u,0u,0u,0u,
    1112425088u,0u,0u,0u,0u,0u,0u,3214789689u,
    0u,1430905659u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,1499984805u,0u,0u,0u,0u,
    2482514449u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,2760682758u,0u,0u,0u,0u,566264857u,
    0u,0u,0u,0u,213683108u,3723446379u,1181855383u,0u,
    0u,0u,0u,0u,542337558u,0u,0u,0u,
    2121622780u,0u,279201555u,0u,0u,0u,0u,0u,
    0u,147040540u,3342209824u,0u,3827492835u,831140931u,3720929676u,2827997891u,
    0u,0u,0u,0u,3007309135u,0u,0u,1012663644u,
    3021313648u,1112675351u,0u,0u,0u,3863577247u,0u,84816640u,
    2503230957u,0u,0u,0u,523510574u,0u,0u,3433159154u,
    0u,1674645177u,0u,0u,0u,0u,0u,0u,
    0u,0u,1072831971u,0u,0u,0u,0u,0u,
    0u,2441654468u,0u,1721890582u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,2900637194u,1035581717u,0u,866489212u,0u,
    0u,0u,0u,1107522238u,0u,0u,0u,4000980011u,
    0u,0u,0u,0u,1048585908u,1715280486u,2430193875u,1412156564u,
    0u,0u,0u,0u,0u,0u,3113535887u,0u,
    0u,0u,3154326812u,3988721635u,0u,0u,0u,1194886160u,
    1936731453u,0u,1624600460u,4145361464u,0u,3186656602u,0u,0u,
    2935482391u,0u,0u,0u,0u,1787721130u,0u,0u,
    0u,0u,2031637046u,0u,2620189779u,0u,198352880u,0u,
    0u,0u,0u,0u,0u,835640106u,0u,0u,
    404237250u,3660401322u,0u,0u,0u,0u,0u,4272091823u,
    2292926259u,3325763104u,2562286033u,0u,1426478202u,0u,0u,0u,
    0u,0u,0u,0u,3185987134u,1305840995u,0u,0u,
    0u,0u,0u,3019184694u,718098122u,0u,2549260073u,0u,
    1330637387u,3261953110u,2550413584u,0u,0u,0u,0u,0u,
    3370096297u,0u,0u,0u,1630427371u,0u,0u,0u,
    1073270824u,798074659u,0u,0u,0u,0u,3805047487u,0u,
    0u,0u,0u,1937638942u,0u,0u,2655818941u,2188320062u,
    2995289047u,159043482u,0u,0u,845761475u,2734275492u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,2945169614u,1244828420u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,4019342566u,
    4019387947u,1354289308u,0u,0u,0u,3123124719u,0u,0u,
    460225993u,2913447899u,1471287165u,2800975298u,3828578913u,0u,3083585298u,103495655u,
    4285829731u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,1616518513u,2621298456u,0u,3422370919u,1650569087u,
    0u,0u,0u,0u,2602907825u,353131915u,673280137u,1111836708u,
    232457833u,0u,0u,3515487756u,0u,101222204u,1418255753u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,1505938151u,0u,0u,0u,0u,2860349769u,0u,
    0u,304015799u,0u,0u,0u,0u,0u,510979176u,
    0u,0u,2722888107u,0u,0u,0u,0u,0u,
    0u,2039532510u,4068048881u,0u,2726070199u,3742059100u,0u,4171928618u,
    3247737400u,839778597u,0u,0u,907729085u,0u,0u,3482336186u,
    1291669624u,4007265960u,0u,0u,0u,0u,231769989u,0u,
    1714698159u,0u,9940504u,0u,0u,0u,4147758012u,0u,
    0u,0u,0u,0u,0u,0u,0u,1269238589u,
    3580368908u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,640179472u,0u,185295574u,0u,3089275291u,0u,
    0u,0u,0u,1128467232u,2161801815u,1349190650u,3226995044u,1678044856u,
    0u,0u,0u,0u,0u,0u,3788110239u,2354002910u,
    0u,0u,0u,0u,3787206978u,0u,0u,4016516584u,
    1462048136u,3778851499u,2093468251u,3158916199u,710824451u,3598321157u,4105473420u,2984927816u,
    3823229196u,0u,0u,0u,0u,2222987743u,4258443467u,0u,
    1618501362u,0u,0u,0u,3628562180u,0u,0u,0u,
    3005452862u,0u,0u,0u,0u,0u,0u,4002218249u,
    0u,0u,0u,2846199180u,0u,1412848112u,0u,1494643858u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,1585235219u,0u,1304807421u,0u,0u,
    0u,1080345207u,310271070u,3586561629u,0u,0u,0u,4014664139u,
    3018949801u,0u,0u,0u,3066748339u,0u,0u,0u,
    0u,0u,227248186u,0u,0u,2949884596u,0u,0u,
    786471553u,1518465946u,0u,0u,0u,0u,3317840938u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    2747095915u,0u,0u,0u,765246696u,0u,1478678660u,1648103349u,
    3354971752u,0u,0u,799948485u,299483063u,0u,681154065u,775786673u,
    0u,0u,2479007796u,0u,3660305025u,0u,0u,2280666118u,
    0u,2830835203u,1331253533u,0u,2555571388u,0u,0u,0u,
    0u,0u,0u,0u,1640101137u,206241385u,158879323u,0u,
    0u,0u,1766500875u,2401607263u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    2118040958u,0u,0u,0u,0u,686503122u,454854355u,0u,
    0u,0u,3826002220u,0u,0u,0u,3010534471u,0u,
    1919010991u,0u,0u,0u,2550489030u,335426986u,2935829814u,3380555570u,
    3908934609u,0u,0u,269512077u,1762798611u,0u,0u,0u,
    0u,0u,0u,0u,950984763u,0u,1230765006u,0u,
    0u,0u,0u,0u,1530486874u,4041201547u,1821629696u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,2839088411u,599056525u,0u,0u,0u,
    0u,2056687316u,0u,1567152644u,1398023497u,0u,0u,0u,
    0u,0u,0u,0u,0u,622478601u,0u,0u,
    0u,0u,2390847515u,4214343119u,0u,0u,0u,0u,
    0u,0u,0u,0u,2019719684u,3644723704u,0u,1893396047u,
    402537462u,0u,0u,2571336225u,2857961865u,0u,0u,0u,
    0u,0u,2975164269u,0u,1124317475u,0u,938044842u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,1827971679u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,2582219887u,0u,0u,
    3323728671u,0u,0u,0u,2837066553u,0u,0u,0u,
    2961925722u,0u,0u,0u,2639041322u,0u,2295520764u,0u,
    931393635u,0u,1117107268u,1439362434u,4102149349u,254395046u,0u,3960223172u,
    2943101898u,1061372016u,0u,0u,0u,2887626766u,0u,0u,
    0u,0u,0u,622106861u,1142979185u,774837837u,257169031u,0u,
    3169279385u,3912104417u,0u,0u,0u,0u,0u,0u,
    740945997u,1226735485u,0u,0u,0u,0u,0u,511712492u,
    3838390301u,0u,0u,0u,0u,0u,1928394789u,2765534385u,
    513524970u,1144212313u,1312329493u,2513272949u,2891379071u,0u,3790458382u,0u,
    0u,1072573434u,1630810064u,385841534u,1546056636u,0u,0u,2763893273u,
    1407979558u,0u,1818158832u,4076650685u,0u,3572383752u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    172442964u,1320726672u,0u,0u,374347637u,0u,3757162362u,0u,
    0u,0u,0u,0u,3774496954u,0u,0u,2854670284u,
    0u,0u,0u,0u,0u,0u,263456517u,0u,
    3600998790u,0u,3433313295u,0u,0u,0u,0u,0u,
    3919479361u,4002013424u,0u,766920766u,0u,3517187794u,672109684u,1535952915u,
    1358721788u,0u,259979150u,0u,0u,0u,288591337u,3763224417u,
    0u,0u,0u,0u,0u,0u,0u,2123968629u,
    0u,3125617728u,0u,0u,0u,0u,0u,2324124615u,
    0u,0u,2235156922u,0u,0u,0u,0u,0u,
    439545147u,657316428u,0u,160119590u,564364713u,0u,3968715519u,1444667843u,
    1481930064u,4076076139u,0u,0u,619841764u,0u,0u,0u,
    0u,0u,959999494u,0u,0u,0u,0u,0u,
    0u,0u,0u,699505802u,1658572492u,0u,378283741u,329270286u,
    0u,3044443532u,0u,0u,0u,0u,0u,0u,
    0u,1519411472u,0u,0u,0u,0u,2858608828u,0u,
    0u,0u,0u,0u,3122818005u,0u,0u,4001076296u,
    1765031016u,63709096u,0u,1533824880u,0u,0u,0u,3007765287u,
    0u,1291458361u,0u,0u,3323959974u,0u,0u,0u,
    0u,0u,963574634u,0u,0u,0u,0u,0u,
    3181042591u,3283629103u,3178756563u,3457564819u,874139923u,0u,0u,0u,
    0u,0u,0u,1178800089u,0u,0u,668262496u,4206343776u,
    2848586808u,0u,0u,0u,0u,0u,0u,3132432719u,
    0u,0u,3294899967u,0u,2408750110u,1946692812u,0u,0u,
    0u,1564094073u,606778510u,3305288674u,0u,0u,2518895572u,0u,
    576156385u,3931724966u,4014266781u,0u,0u,0u,0u,0u,
    2826930211u,2861480497u,3447235701u,2712230870u,4272638580u,806179921u,2223801888u,0u,
    0u,0u,0u,0u,0u,0u,3402136500u,0u,
    0u,0u,0u,1051330994u,0u,1145980326u,1873570191u,0u,
    0u,0u,0u,0u,0u,0u,1092940518u,0u,
    0u,2885211357u,398873468u,3325034847u,0u,0u,0u,1094220446u,
    844695421u,1927973869u,2138539289u,0u,1605967500u,3848464964u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    3374496889u,447956204u,0u,2619207769u,0u,0u,0u,0u,
    0u,677985285u,0u,0u,0u,0u,0u,0u,
    1016300372u,0u,1954006117u,2754191577u,2927578396u,0u,2867893324u,0u,
    1722637011u,0u,0u,0u,0u,3833403082u,0u,0u,
    0u,1942670920u,0u,0u,0u,0u,0u,0u,
    886062748u,2117463618u,0u,3968918830u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,2598137410u,0u,431699179u,
    2084536623u,0u,1349478659u,0u,3281777315u,0u,702409492u,0u,
    2759920927u,0u,0u,2313663807u,1101556164u,1356439993u,2974342677u,0u,
    2291196795u,542771713u,0u,2807015816u,0u,0u,0u,2611448555u,
    146496087u,0u,3330209069u,0u,879687775u,0u,0u,0u,
    791626393u,1169728101u,0u,0u,0u,0u,0u,0u,
    2295560534u,0u,0u,0u,0u,1000265118u,0u,0u,
    0u,3830391293u,0u,2975855089u,2776993548u,0u,0u,0u,
    0u,0u,0u,2629026200u,0u,0u,2985629456u,411702604u,
    0u,0u,0u,0u,0u,0u,3822068597u,4054896715u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    2901831236u,0u,3271739825u,0u,1601090435u,3026529409u,0u,0u,
    0u,0u,0u,0u,0u,3936243174u,588734996u,1548201897u,
    4242745140u,2622263703u,860606716u,0u,2651733626u,189712013u,3047058026u,611977289u,
    1177961446u,0u,932310606u,3252275677u,3659520292u,0u,0u,0u,
    0u,3355610321u,1466747252u,0u,1886257796u,1410115415u,4131937263u,0u,
    0u,0u,4228090145u,4000988204u,1116268876u,2436574203u,3190202204u,0u,
    0u,0u,141559522u,0u,0u,0u,3130977097u,0u,
    0u,1938866796u,3038577850u,0u,0u,2334921007u,2671260646u,3476923719u,
    1679612730u,3568683773u,1538531746u,0u,0u,0u,0u,0u,
    0u,0u,0u,2442791997u,0u,0u,0u,0u,
    551296432u,0u,3712560257u,0u,0u,0u,0u,0u,
    0u,2903429077u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,2199446904u,1043367704u,62166707u,69710674u,3044089877u,
    0u,0u,0u,0u,0u,0u,0u,2734521612u,
    0u,0u,0u,0u,0u,3253437885u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    4220349718u,0u,2000032175u,3001320056u,3592196823u,0u,0u,0u,
    0u,2071622424u,690390802u,0u,0u,2299403627u,2450685783u,0u,
    2544429414u,1019769052u,0u,0u,0u,2711260223u,0u,0u,
    0u,0u,2578706139u,0u,0u,2940689481u,0u,0u,
    2167568497u,0u,2866453672u,0u,0u,1379580329u,0u,0u,
    0u,2587691263u,4084196819u,3934383778u,1046738996u,1944788396u,0u,3324446467u,
    4136751754u,0u,1676751724u,0u,519319257u,0u,0u,0u,
    0u,0u,0u,0u,3285700936u,0u,0u,0u,
    0u,0u,0u,2901640080u,0u,3343129103u,4231418975u,0u,
    1681631289u,0u,0u,3018353718u,3999793930u,0u,2073087748u,3753651740u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,287754987u,0u,0u,0u,1278082707u,2967118636u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    1200891423u,2970970408u,1670576075u,0u,0u,0u,0u,189023530u,
    2752420076u,3958321748u,3576627490u,207600332u,937871878u,0u,0u,0u,
    3613562174u,0u,3391556943u,0u,0u,0u,4019048376u,3626536022u,
    0u,2827744275u,4117187796u,3474912799u,0u,1486647428u,3804167826u,524089286u,
    0u,2073785399u,4034148709u,1547363254u,0u,0u,0u,0u,
    3869495400u,0u,3561149804u,838226447u,3718442123u,0u,0u,0u,
    0u,2140198224u,0u,0u,0u,0u,0u,0u,
    2552809861u,0u,362463927u,1326466708u,0u,32465038u,0u,2729250381u,
    3510572092u,1935128827u,0u,0u,0u,0u,3799837082u,0u,
    0u,1081029709u,0u,0u,0u,1823159221u,0u,0u,
    0u,515658384u,400234023u,2759203847u,0u,0u,2551817846u,0u,
    1522391883u,0u,0u,4134407074u,0u,0u,1056754811u,0u,
    0u,693094236u,0u,1076162899u,0u,3447982738u,4182270157u,1987695585u,
    0u,2949673445u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,2716082623u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,951593994u,3701741603u,1516072627u,0u,0u,3311066957u,
    0u,0u,3039226944u,0u,637314336u,1770621400u,0u,0u,
    3997828590u,0u,0u,0u,3784070831u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,3844270454u,0u,
    1618138179u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,2252946153u,0u,560629330u,2829790216u,
    0u,0u,0u,0u,0u,0u,3472427884u,0u,
    0u,0u,2196483386u,0u,3898276594u,0u,649812317u,2705040685u,
    0u,0u,0u,0u,2010838712u,0u,0u,0u,
    0u,0u,0u,1445598129u,1681537406u,2538375608u,0u,608750127u,
    0u,0u,2914595303u,0u,327549200u,774848774u,942383232u,0u,
    0u,0u,268856033u,2591041079u,2301512864u,0u,0u,2686853648u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,0u,
    2888069655u,0u,0u,0u,0u,0u,2866444265u,0u,
    3281405399u,677444456u,0u,0u,0u,0u,0u,0u,
    3229772601u,0u,0u,0u,0u,820682645u,3909851574u,0u,
    0u,0u,0u,420163487u,0u,0u,0u,181072694u,
    2571906332u,0u,0u,0u,0u,0u,0u,0u,
    0u,0u,3266635022u,0u,0u,3874444950u,0u,338486351u,
    0u,0u,0u,198362837u,628081085u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,1109423947u,
    0u,1329254207u,3020861980u,2022847241u,0u,0u,0u,152360985u,
    3665843600u,1918850004u,3423146494u,263192385u,3305685800u,559341765u,3826783055u,1647734778u,
    15787690u,4249009249u,0u,0u,0u,0u,0u,0u,
    0u,0u,0u,0u,0u,0u,0u,2531492519u,
};
static const uint8_t ful_word_len[681] = {
    4,7,7,6,7,3,6,5,5,2,5,4,4,6,8,8,5,8,7,3,
    3,3,3,3,4,3,3,3,2,3,3,11,10,5,7,7,4,7,8,4,
    4,9,5,10,12,11,5,7,9,7,8,9,9,5,4,5,9,10,7,2,
    2,3,8,5,4,5,4,5,7,3,10,4,2,10,5,6,14,8,7,9,
    2,4,3,3,5,3,6,1,4,3,3,4,2,5,5,4,5,5,6,9,
    2,2,3,2,4,3,4,6,6,4,5,7,5,6,8,7,9,10,11,5,
    5,6,7,4,5,6,7,6,7,9,7,8,10,4,5,7,4,5,6,7,
    8,9,7,8,8,6,7,8,6,7,9,6,6,8,8,8,4,4,4,10,
    5,3,4,7,6,7,4,5,7,9,5,8,11,6,4,6,4,4,5,4,
    5,7,4,6,4,5,7,4,5,5,7,5,5,6,4,7,7,5,6,6,
    4,7,6,6,6,3,8,5,5,4,6,6,8,6,7,6,9,6,8,5,
    8,9,9,5,6,9,9,7,3,11,7,9,7,5,5,8,4,4,8,9,
    6,7,6,4,6,4,7,5,10,4,13,3,8,9,12,11,10,9,3,8,
    3,5,7,5,6,5,4,11,7,7,5,6,7,9,9,6,8,7,8,4,
    8,5,7,6,5,9,8,3,3,13,3,3,5,9,4,5,11,7,8,10,
    10,9,5,4,2,9,5,8,10,11,9,6,7,4,7,16,11,3,6,8,
    2,4,4,8,5,6,8,5,9,9,4,7,2,4,4,7,3,7,9,5,
    7,9,7,4,5,4,3,5,6,5,5,6,9,9,6,7,10,8,8,6,
    3,8,4,7,8,8,7,10,10,5,3,5,8,8,7,9,4,5,6,9,
    11,8,6,5,9,8,3,2,6,5,8,7,4,5,6,7,9,11,3,4,
    5,8,10,7,8,4,4,3,7,8,11,12,10,7,5,5,6,6,9,5,
    6,4,6,11,9,7,7,7,8,8,6,12,4,3,5,8,8,7,4,9,
    4,10,6,9,7,8,5,4,5,4,6,9,8,7,5,4,6,7,9,8,
    8,4,4,4,5,9,5,9,7,5,9,4,5,5,2,3,3,4,3,4,
    3,5,5,3,4,3,6,4,5,2,3,1,2,3,2,2,2,2,5,4,
    2,4,4,5,5,4,3,3,2,4,4,6,5,5,3,4,3,4,7,3,
    4,4,3,2,2,4,6,3,3,4,6,4,4,4,5,5,4,3,4,2,
    5,6,5,7,3,5,5,9,5,8,2,2,3,7,6,7,9,8,6,8,
    6,3,3,4,3,4,3,4,5,3,3,3,7,8,5,5,4,4,6,9,
    7,8,8,3,3,3,3,3,3,3,3,4,3,3,3,5,7,8,4,3,
    3,3,3,3,3,4,5,7,4,5,6,4,3,2,2,2,2,2,2,4,
    7,9,7,8,3,6,3,9,6,6,4,6,6,3,4,4,5,3,4,5,
    5,4,4,4,4,2,3,4,2,4,3,4,4,7,4,6,4,4,9,4,
    3,4,10,8,6,4,4,7,10,7,7,2,3,3,3,4,4,3,7,6,
    4,
};
/* per phrase in ful_phr_order: the hash of its second word */
static const uint32_t ful_phr_h2[176] = {
    206241385u,1128467232u,2872740362u,2872740362u,2726452527u,1111836708u,1538531746u,1094220446u,
    1194886160u,1630810064u,2872740362u,3826002220u,465580352u,1312329493u,1650569087u,2870621791u,
    206241385u,1111836708u,1111836708u,1194886160u,3005452862u,2870621791u,1094220446u,1178800089u,
    4254058618u,2901640080u,1111836708u,3020861980u,3827492835u,198362837u,4105473420u,3826002220u,
    3826002220u,1128467232u,2726452527u,1128467232u,1128467232u,3018353718u,3997828590u,1111836708u,
    1128467232u,1538531746u,1538531746u,3125788386u,959999494u,2901640080u,3007309135u,1111836708u,
    3125788386u,1538531746u,206241385u,1094220446u,1630810064u,959999494u,1538531746u,2870621791u,
    222169393u,1037866200u,1094220446u,1094220446u,1564253156u,2872740362u,3020861980u,2901640080u,
    1128467232u,1111836708u,1094220446u,1094220446u,335426986u,1564253156u,1111836708u,1630810064u,
    1630810064u,3005452862u,2901640080u,2901640080u,1111836708u,1111836708u,2887626766u,199741238u,
    199741238u,3324446467u,942383232u,942383232u,443730450u,3020861980u,3020861980u,3020861980u,
    3534256807u,3422370919u,3020861980u,2837066553u,4258443467u,4105473420u,3020861980u,2759920927u,
    3020861980u,4000593471u,4083227761u,1564253156u,3324446467u,1178800089u,1747856039u,327549200u,
    3564297305u,1564253156u,1630810064u,2199446904u,329270286u,2929095865u,3457564819u,519804544u,
    1436500117u,3324446467u,1630810064u,2199446904u,2929095865u,1538531746u,1538531746u,1538531746u,
    1538531746u,1538531746u,1094220446u,2726452527u,3827492835u,198362837u,4105473420u,1538531746u,
    1538531746u,1128467232u,959999494u,3826002220u,2870621791u,3826002220u,1092940518u,3826002220u,
    1094220446u,2180671032u,1094220446u,1538531746u,1094220446u,1178800089u,1747856039u,2872740362u,
    4254058618u,838226447u,838226447u,1035581717u,2385279649u,3474912799u,1196652503u,3277802743u,
    886062748u,50267956u,1128467232u,798074659u,1765031016u,287754987u,3178756563u,2867893324u,
    3830391293u,1128467232u,465580352u,1650569087u,327549200u,2915453368u,1094220446u,3626161407u,
    3912104417u,1547363254u,1712242932u,3020861980u,2901640080u,1094220446u,2901640080u,1630810064u,
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
        int k = ful_slot[s] - 1;
        if (ful_slot_hash[s] == h && ful_word_len[k] == n) {
            const char *x = ful_words[k].w;
            size_t j = 0;
            while (j < n && x[j] == w[j]) /* short words: no memcmp call */
                j++;
            if (j == n)
                return k;
        }
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
            int m;
            if (i + 1 >= ntok || toks[i + 1].hash != ful_phr_h2[f - 1 + k])
                continue; /* the second word differs: the common case */
            m = ful_phrase_at(ful_phrases[ful_phr_order[f - 1 + k]].w, toks, ntok, i, 1);
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
