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
    {"poke", CH}, {"bump", CH}, {"revisit", CH}, {"ask", CH}, {"confirm", CH},
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
    {"holidays", DT}, {"tmr", DT}, {"within", DS}, {"end", DS}, {"tonight's", DT}, {"today's", DT}, {"tomorrow's", DT},
    {"monday's", DT}, {"tuesday's", DT}, {"wednesday's", DT}, {"thursday's", DT}, {"friday's", DT},
    {"mon's", DT}, {"tue's", DT}, {"wed's", DT}, {"thu's", DT}, {"fri's", DT}, {"spring", DT}, {"summer", DT}, {"fall", DT}, {"autumn", DT}, {"winter", DT},
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

static uint32_t ful_hash(const char *s, size_t n) { return ful_hash_word(s, n); }

static uint32_t ful_slot_of(uint32_t h) { return (h * 0x9E3779B1u) >> (32 - 11); }

typedef struct {
    uint32_t hash;
    uint16_t idx; /* index into ful_words + 1; 0: an empty slot */
    uint16_t len;
} ful_slot_e;

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
    printf("/* per slot: {hash, word index + 1 (0 = empty), length}: one cache line per probe */\n");
    printf("static const ful_slot_e ful_slot[%u] = {", FUL_SLOTS);
    for (i = 0; i < (int)FUL_SLOTS; i++)
        printf("%s{%uu,%u,%u},", i % 4 ? "" : "\n    ",
               slot[i] ? ful_hash(ful_words[slot[i] - 1].w, strlen(ful_words[slot[i] - 1].w)) : 0u, slot[i],
               slot[i] ? (unsigned)strlen(ful_words[slot[i] - 1].w) : 0u);
    printf("\n};\n/* per word: first phrase in ful_phr_order (+1, 0 = none), phrase count */\n");
    printf("static const uint16_t ful_word_phr[%d][2] = {", FUL_NWORDS);
    for (i = 0; i < FUL_NWORDS; i++)
        printf("%s{%d,%d},", i % 10 ? "" : "\n    ", first[i] + 1, count[i]);
    printf("\n};\nstatic const uint16_t ful_phr_order[%d] = {", FUL_NPHRASES);
    for (i = 0; i < FUL_NPHRASES; i++)
        printf("%s%d,", i % 20 ? "" : "\n    ", order[i]);
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
#define FUL_GEN_NWORDS 693
#define FUL_GEN_NPHRASES 176
/* per slot: {hash, word index + 1 (0 = empty), length}: one cache line per probe */
static const ful_slot_e ful_slot[2048] = {
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{421328567u,40,4},
    {0u,0,0},{669469084u,343,7},{0u,0,0},{0u,0,0},
    {1661963036u,203,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1374406698u,631,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1041352600u,507,3},{2014315097u,535,5},
    {0u,0,0},{3881154539u,644,6},{0u,0,0},{0u,0,0},
    {2610678682u,396,7},{0u,0,0},{1688549637u,66,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2255739074u,93,2},{1906719998u,557,9},{0u,0,0},
    {617431928u,599,4},{0u,0,0},{3819170608u,473,5},{2621481973u,683,7},
    {0u,0,0},{0u,0,0},{1261765760u,119,11},{2303445719u,256,11},
    {0u,0,0},{3727897202u,275,9},{464104412u,60,2},{395074917u,207,8},
    {78142523u,533,4},{0u,0,0},{107311359u,263,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {490890159u,418,6},{2135647515u,162,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1468554789u,454,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{2987551312u,625,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{518194782u,289,3},{590520531u,53,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{3808448654u,386,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1706160620u,655,4},{1265865088u,246,4},{0u,0,0},{0u,0,0},
    {3017173293u,15,8},{0u,0,0},{413524006u,505,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4233948257u,464,4},{4073583395u,659,3},
    {3709850756u,681,10},{0u,0,0},{1746051334u,673,3},{0u,0,0},
    {4055372458u,690,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {3701410149u,377,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1421687949u,131,7},{2835086302u,349,6},
    {0u,0,0},{687790638u,354,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3227406508u,364,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{3839746161u,177,4},{219198701u,390,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{286889302u,164,7},{3590916745u,371,3},{0u,0,0},
    {0u,0,0},{1932784432u,648,4},{0u,0,0},{2471161460u,122,6},
    {860521341u,128,6},{0u,0,0},{2035830299u,344,4},{2956270555u,309,10},
    {0u,0,0},{1079741065u,645,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{4117029386u,387,3},{0u,0,0},{0u,0,0},
    {3403543535u,351,5},{739135481u,431,6},{0u,0,0},{0u,0,0},
    {2065758446u,152,6},{1183507017u,283,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2376721123u,126,6},
    {3654178143u,253,8},{0u,0,0},{304165017u,124,4},{3459338863u,34,5},
    {2231105479u,120,5},{4167054376u,476,3},{1440725161u,125,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1007982568u,484,3},
    {0u,0,0},{0u,0,0},{2194800207u,150,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3509840165u,290,13},{0u,0,0},{0u,0,0},{3593481748u,314,4},
    {0u,0,0},{0u,0,0},{3258887081u,450,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{4047084299u,83,3},
    {0u,0,0},{0u,0,0},{249733593u,258,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1634206972u,284,6},
    {296092283u,360,6},{2265259104u,380,9},{0u,0,0},{1532298735u,104,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {771394351u,494,3},{0u,0,0},{0u,0,0},{1974738929u,368,10},
    {0u,0,0},{0u,0,0},{2376083074u,76,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{1762854300u,423,6},{1947172856u,564,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2555992400u,242,7},{0u,0,0},{0u,0,0},
    {3541636164u,180,4},{299162742u,127,7},{288666638u,413,10},{0u,0,0},
    {1208051753u,65,4},{55956575u,481,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{1628059658u,211,6},{3427954424u,441,4},{0u,0,0},
    {3514730045u,89,4},{0u,0,0},{451122042u,521,4},{0u,0,0},
    {0u,0,0},{775409737u,37,4},{0u,0,0},{0u,0,0},
    {3306641382u,670,4},{2512261915u,39,8},{0u,0,0},{1223104587u,237,4},
    {2416051575u,271,5},{1773281424u,602,3},{3363410205u,262,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3014530466u,348,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{1522150476u,235,5},
    {0u,0,0},{3677549340u,459,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{900979354u,320,8},{0u,0,0},
    {3731468721u,18,8},{0u,0,0},{1456774128u,212,6},{641162861u,577,4},
    {3430213748u,421,6},{1359743448u,610,5},{0u,0,0},{2143527166u,94,5},
    {1259853600u,198,5},{0u,0,0},{1329381443u,663,3},{2260959203u,319,6},
    {1003817336u,444,9},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1757383088u,161,5},{3093918215u,528,3},
    {2691731084u,581,7},{456188333u,195,4},{0u,0,0},{0u,0,0},
    {3277695105u,302,9},{0u,0,0},{22102809u,121,5},{0u,0,0},
    {0u,0,0},{3508468658u,323,4},{0u,0,0},{0u,0,0},
    {1783771208u,22,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {1227542254u,687,3},{0u,0,0},{4208200102u,329,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3755576714u,424,11},
    {0u,0,0},{0u,0,0},{0u,0,0},{4079128066u,300,10},
    {0u,0,0},{0u,0,0},{3097593754u,578,4},{0u,0,0},
    {2358658034u,227,9},{0u,0,0},{673961190u,269,7},{0u,0,0},
    {3140303567u,12,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1341575465u,434,3},{2200557630u,228,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{1735389406u,370,5},
    {2676224398u,398,11},{0u,0,0},{0u,0,0},{0u,0,0},
    {2190718752u,159,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {535781972u,605,3},{0u,0,0},{0u,0,0},{2937181571u,222,9},
    {143116607u,324,8},{4278329810u,460,8},{906307341u,13,4},{2821042382u,584,3},
    {0u,0,0},{4004595618u,504,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2626061880u,287,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{1623237467u,170,9},
    {3956034232u,372,5},{121881414u,54,5},{2691332894u,399,3},{259504394u,236,8},
    {0u,0,0},{1302620630u,297,11},{0u,0,0},{2094467102u,632,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3203100099u,524,2},{1126295670u,634,10},{0u,0,0},{0u,0,0},
    {0u,0,0},{3566104990u,44,10},{3091617806u,1,4},{4199188054u,167,4},
    {312684704u,522,4},{3530320479u,23,3},{582803323u,204,6},{692108294u,446,8},
    {0u,0,0},{2159431340u,519,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{879981250u,526,4},{0u,0,0},{0u,0,0},
    {1219943316u,92,4},{0u,0,0},{0u,0,0},{2746754639u,468,9},
    {2920785065u,643,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2865518517u,458,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {237529321u,8,5},{3649813736u,560,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2177411170u,70,3},
    {1564238490u,336,7},{3416095887u,607,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1887935190u,397,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {246157497u,49,9},{0u,0,0},{4200451093u,292,3},{271328548u,311,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1585892427u,46,11},{813803095u,626,6},
    {0u,0,0},{0u,0,0},{3880321891u,102,2},{0u,0,0},
    {1378030813u,36,7},{0u,0,0},{0u,0,0},{1479769548u,135,5},
    {3992007079u,543,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1915872186u,514,5},{0u,0,0},{0u,0,0},{427174898u,136,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{3738761058u,566,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2506821106u,233,7},{1094058608u,627,3},{0u,0,0},{0u,0,0},
    {2760438249u,536,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {2638640156u,4,6},{226989679u,410,8},{0u,0,0},{0u,0,0},
    {1438578535u,2,7},{0u,0,0},{1850367015u,365,8},{3400425100u,407,4},
    {0u,0,0},{0u,0,0},{1024601787u,567,3},{0u,0,0},
    {3049073251u,278,7},{0u,0,0},{0u,0,0},{1429548064u,580,9},
    {4189581995u,109,6},{3474916183u,7,6},{1494810483u,174,6},{1442386756u,248,5},
    {1251555131u,600,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1685695330u,86,3},{0u,0,0},{285737089u,603,3},
    {761723642u,68,5},{0u,0,0},{2980153394u,189,5},{1506223179u,400,4},
    {0u,0,0},{1082075890u,549,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3722124727u,308,8},{0u,0,0},
    {3942460477u,78,8},{0u,0,0},{2064417101u,353,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4164833780u,355,6},{1664301958u,443,6},{0u,0,0},
    {2220087760u,274,9},{0u,0,0},{2417184877u,288,3},{1821105744u,67,4},
    {0u,0,0},{1545395727u,332,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2847157933u,294,9},{79645944u,6,3},
    {0u,0,0},{0u,0,0},{1072576139u,451,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3097556897u,391,8},
    {1980579977u,221,8},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1201592348u,534,4},
    {0u,0,0},{0u,0,0},{2165155925u,325,5},{0u,0,0},
    {0u,0,0},{373812535u,469,7},{1463001035u,276,6},{0u,0,0},
    {0u,0,0},{551684918u,117,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{47116898u,210,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{986681633u,186,5},{0u,0,0},{3276324446u,172,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1592377708u,187,7},{0u,0,0},{1633410809u,613,3},
    {0u,0,0},{0u,0,0},{875303488u,176,6},{1547607408u,378,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{155920128u,569,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {685189597u,307,5},{860546840u,197,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3065454546u,544,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2218821930u,282,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3530706479u,47,5},{0u,0,0},{3957825446u,394,5},{532140378u,515,3},
    {2838785976u,506,4},{0u,0,0},{486296006u,489,5},{0u,0,0},
    {1389040918u,367,7},{2879298693u,487,6},{2568281752u,48,7},{0u,0,0},
    {0u,0,0},{1425878075u,145,8},{0u,0,0},{1676427233u,428,7},
    {2304482834u,588,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2475284745u,362,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{297377669u,27,3},{278924090u,74,10},
    {470749971u,101,2},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2990835695u,205,6},
    {3937380750u,657,4},{0u,0,0},{4179480850u,676,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{544053519u,510,4},{0u,0,0},
    {4022445546u,402,8},{0u,0,0},{443657571u,165,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {674112326u,350,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{871633376u,251,13},{1914555168u,163,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{2212828216u,69,7},
    {2537894818u,405,8},{0u,0,0},{0u,0,0},{3436074206u,296,5},
    {4221935368u,590,3},{0u,0,0},{3012348033u,243,6},{0u,0,0},
    {0u,0,0},{3311019695u,99,6},{0u,0,0},{0u,0,0},
    {1858177008u,665,4},{0u,0,0},{1458943234u,115,8},{581998463u,582,8},
    {1699687250u,641,6},{3104772078u,653,5},{3951701689u,585,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3580681865u,498,2},
    {0u,0,0},{0u,0,0},{2089276823u,75,5},{2467949697u,252,3},
    {4211069718u,467,5},{581607923u,216,6},{0u,0,0},{4101114231u,32,11},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1241837253u,142,9},{0u,0,0},{3430992136u,633,11},{0u,0,0},
    {0u,0,0},{988089834u,286,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{2157502880u,255,12},{2236775734u,415,5},{0u,0,0},
    {2891329203u,456,4},{0u,0,0},{4265159389u,447,5},{1788276370u,295,4},
    {3814131355u,257,10},{0u,0,0},{0u,0,0},{727661064u,183,4},
    {329258953u,553,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{118879848u,337,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3539870480u,392,7},{0u,0,0},{1623093794u,445,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{767345024u,470,5},
    {0u,0,0},{548912658u,565,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{1710812601u,108,6},{1121234981u,238,4},{3081604679u,430,8},
    {0u,0,0},{0u,0,0},{2178088235u,401,5},{0u,0,0},
    {2588210195u,43,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{574999691u,518,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{553328776u,191,7},{2993811724u,375,7},{3725421033u,153,6},
    {3087294248u,90,3},{4189038208u,114,6},{3154727690u,62,3},{680186416u,206,3},
    {3764081148u,594,3},{0u,0,0},{0u,0,0},{984737122u,3,7},
    {3944070811u,546,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {3006656283u,601,3},{1432094853u,669,4},{0u,0,0},{3401291928u,249,10},
    {0u,0,0},{0u,0,0},{3576733168u,608,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{336944100u,199,6},{2520557291u,509,2},{0u,0,0},
    {0u,0,0},{3484927068u,486,3},{938732542u,250,4},{0u,0,0},
    {3102915609u,611,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4113557118u,516,4},{179735113u,79,7},{3413695021u,596,5},
    {3616362487u,316,16},{0u,0,0},{2060788406u,110,4},{3244291470u,261,3},
    {1497021263u,573,7},{0u,0,0},{0u,0,0},{0u,0,0},
    {4001829688u,547,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{428941662u,438,7},{0u,0,0},
    {3236119955u,381,11},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1570181814u,264,5},
    {2157665033u,661,2},{132964546u,629,7},{1165302056u,692,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{2908871706u,103,3},{668711662u,45,12},
    {3399704771u,317,11},{3841785255u,20,3},{903397783u,374,8},{1637826890u,520,3},
    {4174364350u,654,4},{452212934u,310,11},{0u,0,0},{0u,0,0},
    {2448520620u,234,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {1831081152u,28,3},{3409914394u,492,1},{2270317362u,612,4},{0u,0,0},
    {1253444885u,173,11},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1433730933u,342,9},{0u,0,0},
    {4266436094u,215,7},{2018895286u,218,6},{0u,0,0},{2655149407u,129,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2018972984u,133,10},{2141065865u,279,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {833144755u,306,9},{1988739370u,327,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{1130297973u,293,5},{2351961584u,545,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{867760196u,160,10},{241998608u,684,2},
    {547708514u,11,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {258891035u,63,8},{1493014786u,530,4},{0u,0,0},{0u,0,0},
    {2934167967u,181,5},{0u,0,0},{0u,0,0},{654241364u,675,10},
    {0u,0,0},{0u,0,0},{646490266u,508,3},{1466424881u,624,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1940008804u,527,6},{2652086281u,213,8},{3588219229u,16,8},{1170061461u,442,10},
    {0u,0,0},{0u,0,0},{1304140843u,201,4},{0u,0,0},
    {0u,0,0},{4273699803u,606,4},{0u,0,0},{0u,0,0},
    {2426559810u,638,5},{3985994546u,689,4},{4252826870u,679,4},{2101350156u,598,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {4182281748u,321,2},{191289955u,667,4},{699788110u,597,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {4270067595u,575,5},{0u,0,0},{0u,0,0},{985194885u,51,8},
    {3937225042u,422,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3099133233u,318,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{5880260u,171,5},
    {0u,0,0},{3461540741u,84,3},{0u,0,0},{3743457572u,576,5},
    {2153669337u,688,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{271640575u,301,10},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3845001575u,5,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1462479721u,499,5},{0u,0,0},
    {666753752u,357,10},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3874607497u,190,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1260373407u,10,2},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{45824374u,138,5},
    {0u,0,0},{275866142u,338,7},{323667641u,91,3},{0u,0,0},
    {3105128803u,330,9},{0u,0,0},{0u,0,0},{2991012561u,58,10},
    {2801362494u,617,2},{0u,0,0},{0u,0,0},{0u,0,0},
    {884625034u,214,6},{0u,0,0},{0u,0,0},{721027243u,502,4},
    {0u,0,0},{3079500549u,154,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{4292031748u,96,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {514058266u,208,5},{0u,0,0},{168841921u,541,5},{0u,0,0},
    {0u,0,0},{3670909811u,334,4},{0u,0,0},{0u,0,0},
    {2833248234u,620,4},{0u,0,0},{3570784929u,462,4},{371697909u,35,7},
    {0u,0,0},{879489975u,333,2},{263875816u,559,6},{0u,0,0},
    {0u,0,0},{465710632u,550,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3295447775u,268,11},{0u,0,0},{0u,0,0},{77848875u,24,3},
    {2613996693u,107,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {1403916411u,593,3},{0u,0,0},{0u,0,0},{2273985154u,656,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{4163080152u,346,4},
    {0u,0,0},{400128462u,672,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3760048671u,17,5},{2135375615u,335,4},
    {208430218u,247,7},{474568763u,412,12},{2219742972u,427,7},{2548048891u,457,6},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3909772869u,77,14},{636831697u,646,3},
    {781565972u,383,6},{0u,0,0},{3527765591u,376,9},{0u,0,0},
    {2107033075u,185,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1791910808u,561,6},
    {2193551859u,404,7},{0u,0,0},{0u,0,0},{3626396683u,277,8},
    {0u,0,0},{852858417u,671,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{2741052649u,192,5},{0u,0,0},{3145597495u,439,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{445592986u,157,4},
    {2326493789u,356,7},{0u,0,0},{3143669724u,80,9},{0u,0,0},
    {18189889u,72,4},{3822690129u,254,9},{3820360694u,305,2},{343680801u,662,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1944059185u,280,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2901507176u,379,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2289712095u,587,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{402467903u,144,8},
    {2292051201u,389,6},{0u,0,0},{59922903u,147,7},{3734018334u,420,5},
    {3619127133u,303,5},{3707120865u,501,2},{0u,0,0},{0u,0,0},
    {955075739u,52,9},{0u,0,0},{0u,0,0},{1716531693u,411,11},
    {267003725u,359,8},{0u,0,0},{0u,0,0},{0u,0,0},
    {1914383097u,267,4},{3353364035u,322,4},{2885036077u,273,7},{1479236798u,609,4},
    {3738862244u,491,3},{0u,0,0},{1940538301u,497,2},{0u,0,0},
    {0u,0,0},{134390209u,112,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{2967546740u,194,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{75893083u,260,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{678530522u,95,5},
    {0u,0,0},{0u,0,0},{3371891076u,225,6},{114463279u,449,5},
    {0u,0,0},{1604905162u,328,5},{0u,0,0},{0u,0,0},
    {775418993u,479,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{4061691050u,628,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2757837349u,168,5},
    {0u,0,0},{0u,0,0},{334957242u,414,7},{107805739u,622,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1388536977u,202,7},{2809028304u,551,2},
    {825772452u,649,5},{2205909330u,666,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{1306847586u,100,9},{1888717282u,156,8},{1995805239u,220,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{4033660488u,304,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3788626428u,531,6},{0u,0,0},
    {1954083095u,299,8},{0u,0,0},{1494461121u,639,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2484109435u,175,4},{3987522493u,182,7},{0u,0,0},{0u,0,0},
    {3629488594u,642,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3271536718u,425,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3138231164u,14,6},{4073805489u,141,8},{2383383u,240,9},{148399704u,592,4},
    {2386065746u,453,8},{3446860602u,472,4},{3499711833u,474,5},{3423434523u,281,8},
    {646057494u,480,4},{1410795473u,668,6},{0u,0,0},{0u,0,0},
    {1175286373u,188,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {4136138362u,650,3},{0u,0,0},{3211334401u,64,5},{1676135748u,525,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3961014268u,57,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2918899608u,403,10},{2303066529u,685,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {4281927668u,87,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3934920072u,19,7},{3505700549u,619,2},{4229275151u,417,6},
    {0u,0,0},{0u,0,0},{0u,0,0},{2527480202u,435,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{498245665u,691,7},{0u,0,0},
    {0u,0,0},{4283448730u,630,10},{0u,0,0},{0u,0,0},
    {3752746644u,658,2},{0u,0,0},{1382847900u,512,6},{2309417128u,614,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1664295506u,245,6},{0u,0,0},{0u,0,0},
    {3395019699u,345,5},{0u,0,0},{0u,0,0},{759192968u,558,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{404145497u,140,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3674106951u,664,4},{0u,0,0},
    {1358676396u,244,4},{1361673914u,326,6},{452982541u,488,4},{2211391095u,148,8},
    {1626387971u,229,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{84645241u,571,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1497294941u,123,7},{3706674215u,366,8},
    {2383276660u,529,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2088963247u,483,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{2216941327u,621,7},{881646059u,589,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3474603290u,406,4},{4180258837u,623,7},{0u,0,0},{2548359481u,660,4},
    {0u,0,0},{0u,0,0},{3080536693u,21,3},{3450719309u,340,5},
    {0u,0,0},{3828507997u,291,3},{0u,0,0},{0u,0,0},
    {1520015808u,272,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2740943165u,409,7},
    {2086807851u,693,4},{83005006u,540,2},{0u,0,0},{1150408861u,137,4},
    {106997316u,55,4},{0u,0,0},{0u,0,0},{595756885u,105,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3115998115u,9,5},{3744963598u,647,4},{4173784507u,680,7},
    {0u,0,0},{0u,0,0},{3738811980u,495,2},{0u,0,0},
    {0u,0,0},{0u,0,0},{3452023980u,552,2},{2893051617u,583,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {273946502u,537,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3798213011u,471,9},{3386425751u,373,8},{3640357511u,30,3},
    {2615562138u,31,3},{80223104u,463,4},{0u,0,0},{0u,0,0},
    {2676187202u,419,9},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2115136730u,73,2},{0u,0,0},{0u,0,0},{2403631319u,496,2},
    {3598795698u,130,9},{0u,0,0},{2944534810u,433,4},{513022147u,640,5},
    {2166809076u,363,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3258969864u,562,3},
    {481962415u,616,2},{0u,0,0},{909016316u,111,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{1242590510u,388,2},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3308752822u,384,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{2929103636u,217,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{291841471u,426,7},{1146545669u,42,9},
    {4234782214u,455,5},{1279102193u,503,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1635086174u,678,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3244777130u,385,9},{0u,0,0},{0u,0,0},
    {1546481995u,429,8},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{652181062u,315,7},{150409728u,395,6},{1238793015u,523,3},
    {1658903382u,241,6},{1938665304u,50,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3160815940u,82,4},{51928110u,615,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{1845132930u,38,7},
    {0u,0,0},{3262447045u,169,7},{4231957693u,347,3},{3998895528u,591,3},
    {216081652u,436,8},{233948328u,635,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{1017029761u,149,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3463139618u,232,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2676250608u,482,5},{0u,0,0},{3357297154u,478,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{3067880606u,139,6},
    {0u,0,0},{0u,0,0},{1178923814u,71,10},{0u,0,0},
    {1058072999u,158,4},{0u,0,0},{1499505318u,339,9},{674998414u,331,4},
    {1204720994u,539,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4037530070u,265,6},{1776302416u,85,5},{3766880731u,178,4},
    {0u,0,0},{1421468231u,313,7},{0u,0,0},{1573331512u,184,6},
    {1343930390u,572,3},{0u,0,0},{4068710153u,465,5},{325957768u,570,3},
    {0u,0,0},{0u,0,0},{4183590264u,440,9},{0u,0,0},
    {1178032664u,548,9},{2241986644u,29,2},{1011537843u,341,7},{1543643601u,461,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{2366993889u,56,5},
    {2377067890u,595,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {190135422u,554,7},{3786883652u,556,7},{0u,0,0},{3752860981u,224,5},
    {1379498222u,637,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1067945626u,179,5},{0u,0,0},
    {1615108831u,230,11},{1489322912u,151,9},{448191240u,493,2},{923930216u,563,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{2019912433u,61,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2367241356u,677,6},{0u,0,0},{0u,0,0},
    {2738026612u,485,4},{2195013216u,618,2},{0u,0,0},{2079492548u,266,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1488555739u,270,7},{2253649014u,231,7},
    {1387536856u,579,6},{0u,0,0},{2524972447u,239,8},{1007389932u,369,10},
    {0u,0,0},{3908087158u,513,5},{1989828814u,285,5},{1988662616u,298,7},
    {0u,0,0},{0u,0,0},{2658361100u,26,3},{0u,0,0},
    {0u,0,0},{636952076u,116,7},{510269805u,118,10},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2942320275u,81,2},{132662120u,532,4},{4264341074u,361,3},
    {3878949974u,568,4},{3335290997u,200,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {101026664u,41,4},{0u,0,0},{0u,0,0},{1669859566u,88,1},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2176568444u,651,4},{0u,0,0},{0u,0,0},
    {2255515735u,312,6},{154815536u,166,7},{1206713768u,209,5},{4292661468u,604,3},
    {3743200912u,586,3},{0u,0,0},{16468612u,466,9},{0u,0,0},
    {0u,0,0},{3148300753u,437,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{924860961u,538,3},{3322796545u,511,4},{0u,0,0},
    {0u,0,0},{1045013295u,490,2},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3302544573u,542,6},{0u,0,0},{3878292672u,636,5},{131048191u,358,8},
    {0u,0,0},{226209778u,33,10},{0u,0,0},{0u,0,0},
    {0u,0,0},{1227150814u,223,9},{0u,0,0},{0u,0,0},
    {76378882u,155,8},{0u,0,0},{0u,0,0},{1364198680u,652,5},
    {0u,0,0},{1368958271u,143,7},{2523601804u,146,6},{214580636u,500,4},
    {2077555242u,226,9},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {277435867u,408,3},{4078582162u,682,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{598553115u,113,5},{3200365537u,477,3},{2775038897u,393,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{4268504371u,97,5},
    {0u,0,0},{1965267681u,106,3},{198898691u,132,8},{1762648413u,134,4},
    {3079118548u,574,8},{0u,0,0},{2497198536u,98,5},{2670125246u,448,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2936301276u,196,7},
    {0u,0,0},{0u,0,0},{3279901883u,352,6},{2860537441u,452,9},
    {0u,0,0},{0u,0,0},{3448565986u,382,8},{996969023u,25,4},
    {3802875606u,59,7},{2600778262u,193,5},{2803300846u,219,8},{3727602511u,475,2},
    {1931058352u,432,12},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{933724705u,416,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3619990544u,517,3},{3230046840u,674,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4093089971u,259,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{3531893685u,555,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {143651608u,686,3},{0u,0,0},{0u,0,0},{0u,0,0},
};
/* per word: first phrase in ful_phr_order (+1, 0 = none), phrase count */
static const uint16_t ful_word_phr[693][2] = {
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
    {0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},{0,0},{0,0},{118,10},{128,1},{129,1},{130,1},{131,1},
    {132,2},{134,1},{135,1},{136,1},{137,2},{139,1},{140,1},{141,1},{142,2},{144,1},
    {145,2},{147,1},{148,1},{149,2},{151,1},{152,1},{153,1},{154,1},{155,1},{156,1},
    {157,1},{158,2},{160,2},{162,1},{163,2},{165,2},{167,1},{168,4},{172,1},{173,1},
    {174,1},{175,2},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},{0,0},
    {0,0},{0,0},{0,0},
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
/* per phrase in ful_phr_order: the hash of its second word */
static const uint32_t ful_phr_h2[176] = {
    574999691u,2520557291u,2275666911u,2275666911u,3148300753u,1045013295u,4113557118u,2403631319u,
    464104412u,1940538301u,2275666911u,3409914394u,267003725u,3727602511u,727661064u,3619990544u,
    574999691u,1045013295u,1045013295u,464104412u,1462479721u,3619990544u,2403631319u,3880321891u,
    3694931277u,771394351u,1045013295u,3738862244u,3160815940u,4047084299u,3461540741u,3409914394u,
    3409914394u,2520557291u,3148300753u,2520557291u,2520557291u,208430218u,1442386756u,1045013295u,
    2520557291u,4113557118u,4113557118u,2621481973u,1242590510u,771394351u,2014315097u,1045013295u,
    2621481973u,4113557118u,574999691u,2403631319u,1940538301u,1242590510u,4113557118u,3619990544u,
    330956359u,3146109810u,2403631319u,2403631319u,3407177938u,2275666911u,3738862244u,771394351u,
    2520557291u,1045013295u,2403631319u,2403631319u,903397783u,3407177938u,1045013295u,1940538301u,
    1940538301u,1462479721u,771394351u,771394351u,1045013295u,1045013295u,4231957693u,222368701u,
    222368701u,4264341074u,3752746644u,3752746644u,118879848u,3738862244u,3738862244u,3738862244u,
    964574796u,1776302416u,3738862244u,2908871706u,1685695330u,3461540741u,3738862244u,4179480850u,
    3738862244u,868062443u,2838785976u,3407177938u,4264341074u,3880321891u,470749971u,443657571u,
    1244540140u,3407177938u,1940538301u,2064417101u,687790638u,3279901883u,4164833780u,269971997u,
    4079212615u,4264341074u,1940538301u,2064417101u,3279901883u,4113557118u,4113557118u,4113557118u,
    4113557118u,4113557118u,2403631319u,3148300753u,3160815940u,4047084299u,3461540741u,4113557118u,
    4113557118u,2520557291u,1242590510u,3409914394u,3619990544u,3409914394u,448191240u,3409914394u,
    2403631319u,3764356714u,2403631319u,4113557118u,2403631319u,3880321891u,470749971u,2275666911u,
    3694931277u,544053519u,544053519u,4252826870u,490890159u,933724705u,155807271u,2740943165u,
    3734018334u,1789432708u,2520557291u,3322796545u,3738811980u,4037530070u,1570181814u,2218821930u,
    1633410809u,2520557291u,267003725u,727661064u,443657571u,3945889865u,2403631319u,3091617806u,
    79645944u,1260373407u,2775541190u,3738862244u,771394351u,2403631319u,771394351u,1940538301u,
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
    while (ful_slot[s].idx) {
        int k = ful_slot[s].idx - 1;
        if (ful_slot[s].hash == h && ful_slot[s].len == n) {
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
        /* The user's phrases win over the built-in meaning of the same words
         * ("Chase" the client's name, not the verb); several user phrases of
         * the same length add up. */
        int u = r->bucket[t->hash % FUL_UR_BUCKETS], ubest = 0;
        uint32_t ubits = 0;
        for (; u >= 0; u = r->v[u].next) {
            const ful_urule *x = &r->v[u];
            int m;
            if (x->first != t->hash || x->nwords < best || x->nwords < ubest)
                continue;
            m = ful_phrase_at(x->text, toks, ntok, i, 0);
            if (!m)
                continue;
            if (m > ubest) {
                ubest = m;
                ubits = x->bits;
            } else {
                ubits |= x->bits;
            }
        }
        if (ubest) {
            best = ubest;
            bits = ubits | FUL_CUE_WORD;
        }
    }
    *span = best;
    return bits;
}

int ful_rules_selfcheck(void)
{
    int i, bad = 0;
    for (i = 0; i < FUL_NWORDS; i++) {
        const char *w = ful_words[i].w;
        int k = ful_word_index(w, strlen(w), ful_hash(w, strlen(w)));
        if (k < 0 || strcmp(ful_words[k].w, w) != 0)
            bad++;
    }
    for (i = 0; i < FUL_NPHRASES; i++) {
        ful_rtok t[FUL_UR_MAXWORDS];
        const char *p = ful_phrases[i].w;
        int nt = 0, span = 0;
        uint32_t bits;
        while (*p && nt < FUL_UR_MAXWORDS) {
            size_t l = 0;
            while (p[l] && p[l] != ' ')
                l++;
            t[nt].lw = p;
            t[nt].len = (uint32_t)l;
            t[nt].hash = ful_hash(p, l);
            nt++;
            p += l;
            if (*p == ' ')
                p++;
        }
        bits = ful_rules_cue(NULL, t, nt, 0, &span);
        if (span != nt || bits != (ful_phrases[i].bits | FUL_CUE_WORD))
            bad++;
    }
    return bad;
}

#endif /* FUL_RULES_GEN */
