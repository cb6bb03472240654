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
    {1504161944u,450,4},{3952725967u,684,2},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3099869059u,460,8},{0u,0,0},
    {514748986u,173,11},{2204205421u,232,9},{2458252419u,457,6},{1567401882u,500,4},
    {3904007533u,110,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3873897286u,543,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1045739417u,119,11},{0u,0,0},{0u,0,0},
    {1475700684u,192,5},{3174168981u,351,5},{1565810942u,556,7},{0u,0,0},
    {0u,0,0},{1810645479u,310,11},{0u,0,0},{3559921765u,255,12},
    {3513153748u,528,3},{1314952801u,628,9},{180079328u,654,4},{0u,0,0},
    {334924013u,533,4},{0u,0,0},{3568418644u,659,3},{0u,0,0},
    {0u,0,0},{3936943712u,362,8},{1124700183u,478,4},{0u,0,0},
    {0u,0,0},{1472833099u,321,2},{0u,0,0},{0u,0,0},
    {3464311570u,111,5},{0u,0,0},{0u,0,0},{796102005u,352,6},
    {0u,0,0},{0u,0,0},{3342210793u,339,9},{85770110u,622,9},
    {2504855094u,78,8},{892467652u,641,6},{0u,0,0},{0u,0,0},
    {2559908212u,265,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2105084678u,534,4},{1757261067u,82,4},{346130277u,607,5},
    {0u,0,0},{1747034665u,662,4},{0u,0,0},{0u,0,0},
    {2477240158u,121,5},{1123964950u,9,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2036227303u,441,4},{4075989651u,692,6},
    {2106486321u,572,3},{0u,0,0},{1090265203u,307,5},{2073742502u,322,4},
    {0u,0,0},{0u,0,0},{3760190706u,630,10},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3584812414u,150,7},
    {802155410u,589,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4261329091u,508,3},{2328023259u,221,8},
    {1434161674u,342,9},{1561235794u,409,7},{2312119022u,672,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2086092229u,680,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {164052148u,585,3},{0u,0,0},{0u,0,0},{767005191u,381,11},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2202457514u,531,6},
    {3947703787u,326,6},{4159605606u,463,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3978986565u,449,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{1729633978u,445,7},{3573227412u,181,5},{0u,0,0},
    {2951692255u,222,9},{0u,0,0},{4113061622u,282,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{3590614760u,213,8},{329456296u,561,6},
    {0u,0,0},{3299746808u,294,9},{0u,0,0},{1304686966u,197,7},
    {2733018179u,182,7},{0u,0,0},{0u,0,0},{1418107921u,284,6},
    {0u,0,0},{0u,0,0},{0u,0,0},{967461400u,101,2},
    {0u,0,0},{262642917u,116,7},{2535243719u,113,5},{2986948808u,291,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{455397844u,642,6},{0u,0,0},{4235569875u,139,6},
    {0u,0,0},{0u,0,0},{2569470505u,312,6},{2027426512u,570,3},
    {330849433u,287,8},{701638637u,484,3},{4245752582u,519,7},{2071568798u,233,7},
    {611171198u,444,9},{3025133399u,524,2},{4240621293u,68,5},{3355119601u,225,6},
    {3369813246u,593,3},{2585458218u,604,3},{0u,0,0},{0u,0,0},
    {2795576915u,635,8},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2284714746u,512,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{1460891285u,211,6},{2819403904u,548,9},{2254752952u,368,10},
    {1459500012u,658,2},{0u,0,0},{660432031u,595,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{871695267u,341,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4184983225u,37,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2083353082u,256,11},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{455019449u,454,7},{2420725449u,686,3},
    {4192943229u,327,8},{0u,0,0},{21452945u,3,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{2076925319u,468,9},{0u,0,0},
    {3322098629u,4,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {3180041710u,571,3},{2028855427u,7,6},{0u,0,0},{4049409532u,153,6},
    {0u,0,0},{454034110u,20,3},{0u,0,0},{563505855u,359,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1961924459u,210,4},
    {0u,0,0},{0u,0,0},{208162698u,1,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{674485653u,115,8},{0u,0,0},
    {3446677040u,32,11},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2646387144u,530,4},{3345182167u,560,8},{0u,0,0},
    {648199042u,262,5},{1404084037u,379,6},{4093381740u,606,4},{2439069636u,242,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{507509763u,277,8},
    {0u,0,0},{0u,0,0},{3416591358u,304,4},{0u,0,0},
    {0u,0,0},{2387832491u,415,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{379290439u,49,9},{1316342618u,13,4},
    {3667646095u,25,4},{3319405549u,353,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1301338770u,74,10},{0u,0,0},
    {0u,0,0},{1702875152u,135,5},{4147503728u,400,4},{0u,0,0},
    {94390552u,77,14},{0u,0,0},{1206607737u,414,7},{3552366938u,487,6},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3505936506u,252,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{328463409u,687,3},{2527802130u,107,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {538909499u,650,3},{2879135980u,386,8},{1236558619u,138,5},{2831930733u,430,8},
    {3483014032u,212,6},{4258262488u,580,9},{0u,0,0},{254308869u,53,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1175029163u,132,8},{0u,0,0},{3642383130u,536,5},{0u,0,0},
    {2617996940u,175,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1666000434u,592,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4243649680u,358,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4168272005u,204,6},{1053276108u,559,6},{321227595u,108,6},
    {0u,0,0},{3420604461u,2,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3894211263u,434,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3234614306u,104,2},{3332220943u,33,10},{3102133417u,180,4},{1531749233u,483,5},
    {0u,0,0},{0u,0,0},{2662061219u,485,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3262666362u,54,5},{2971632623u,214,6},
    {3072060045u,545,3},{1012909383u,55,4},{1635389467u,164,7},{3178968308u,378,5},
    {884748038u,459,9},{0u,0,0},{707898657u,332,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3580759121u,183,4},{0u,0,0},
    {3681762500u,418,6},{0u,0,0},{0u,0,0},{4060705453u,575,5},
    {2049572393u,629,7},{0u,0,0},{455650696u,289,3},{257011646u,456,4},
    {0u,0,0},{0u,0,0},{3814697432u,323,4},{3475037296u,244,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{192349139u,649,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{1496552214u,319,6},
    {0u,0,0},{1378509264u,311,9},{463880169u,651,4},{2499752828u,202,7},
    {684234240u,448,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1578602768u,446,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2756633099u,679,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1457932579u,63,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1903271544u,493,2},{0u,0,0},{0u,0,0},
    {1186718318u,565,3},{0u,0,0},{0u,0,0},{3352909815u,27,3},
    {548831358u,382,8},{874334203u,336,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2048839778u,411,11},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2229023508u,159,4},{4142793937u,584,3},{0u,0,0},
    {3226188873u,296,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1409473168u,397,9},{54379183u,554,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{210467908u,179,5},{844448688u,523,3},
    {1788584115u,647,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{648830124u,11,5},
    {0u,0,0},{0u,0,0},{2833975522u,496,2},{0u,0,0},
    {0u,0,0},{1925711653u,239,8},{0u,0,0},{0u,0,0},
    {361956996u,274,9},{3727882954u,653,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{3649903325u,660,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{920335403u,295,4},
    {0u,0,0},{721899159u,298,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{2530902937u,494,3},{0u,0,0},{3748797875u,317,11},
    {0u,0,0},{3595997275u,315,7},{714098965u,280,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3073336750u,388,2},{0u,0,0},{3023174198u,380,9},
    {0u,0,0},{0u,0,0},{327501776u,61,2},{152896613u,305,2},
    {2764132054u,509,2},{0u,0,0},{0u,0,0},{0u,0,0},
    {3353580762u,648,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3134946433u,333,2},{1768899429u,303,5},
    {0u,0,0},{0u,0,0},{1764279785u,142,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2060757778u,360,6},{0u,0,0},
    {0u,0,0},{2842140607u,209,5},{0u,0,0},{2225121035u,268,11},
    {3518543410u,337,3},{0u,0,0},{0u,0,0},{3905810834u,433,4},
    {0u,0,0},{703613265u,241,6},{0u,0,0},{3390813983u,102,2},
    {2948071804u,253,8},{0u,0,0},{2281941250u,611,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{557622352u,602,3},{0u,0,0},
    {0u,0,0},{427366839u,23,3},{0u,0,0},{428848497u,246,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {967094639u,297,11},{4283474969u,497,2},{0u,0,0},{1816058753u,588,3},
    {1075270431u,393,4},{3952303117u,58,10},{1616291134u,163,4},{715100931u,44,10},
    {3721555493u,29,2},{3489339741u,184,6},{745801508u,238,4},{3989306815u,422,4},
    {924955704u,504,5},{2533029613u,581,7},{2400014488u,624,8},{1478448336u,676,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {454636129u,412,12},{2210346655u,685,3},{876054005u,46,11},{972757525u,21,3},
    {3561494857u,427,7},{0u,0,0},{620465917u,152,6},{0u,0,0},
    {0u,0,0},{1401789835u,126,6},{0u,0,0},{3635257726u,498,2},
    {0u,0,0},{3919702007u,259,3},{0u,0,0},{2318201531u,423,6},
    {3148299689u,677,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2154152603u,290,13},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2586142828u,664,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{657092694u,376,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2749357221u,148,8},{0u,0,0},{0u,0,0},{4196523149u,626,6},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {4182313335u,506,4},{4207555230u,550,8},{0u,0,0},{0u,0,0},
    {3726680174u,501,2},{1166820694u,619,2},{1514370278u,127,7},{415442545u,356,7},
    {3228361532u,516,4},{3397813891u,521,4},{3944348006u,562,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {611302476u,364,7},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{529287289u,39,8},{0u,0,0},{0u,0,0},
    {2064568952u,81,2},{0u,0,0},{3882083660u,569,5},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3478449772u,420,5},{946444998u,125,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{446760546u,439,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2466486792u,555,6},{3876324213u,652,5},{0u,0,0},{0u,0,0},
    {2720696993u,52,9},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3506901141u,112,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4235920141u,466,9},{2346103406u,603,3},
    {2936637886u,300,10},{0u,0,0},{0u,0,0},{2714693163u,361,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{1800888212u,518,4},
    {3470735206u,568,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4065432737u,645,6},{0u,0,0},{2775525536u,98,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{1455330u,666,7},
    {0u,0,0},{0u,0,0},{2772204285u,391,8},{148058554u,675,10},
    {0u,0,0},{2937224069u,349,6},{0u,0,0},{0u,0,0},
    {2132890630u,453,8},{0u,0,0},{598635307u,137,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2968432432u,401,5},{0u,0,0},{0u,0,0},
    {0u,0,0},{2102076124u,203,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{4249314330u,396,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3843422461u,105,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3718275214u,133,10},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{356321201u,88,1},{0u,0,0},
    {0u,0,0},{3716186070u,579,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3023259988u,367,7},{750540987u,226,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3655814306u,620,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{261075363u,83,3},{0u,0,0},
    {0u,0,0},{2693453370u,167,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {636923737u,390,5},{4118270485u,526,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2892374754u,6,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{3553668574u,194,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2962991885u,149,6},{0u,0,0},
    {0u,0,0},{2421790124u,330,9},{3325306801u,340,5},{3812973367u,93,2},
    {3621623332u,117,9},{2960965977u,596,5},{0u,0,0},{3982547352u,490,2},
    {733697381u,377,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1763849207u,160,10},{1933944563u,532,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{1057302332u,190,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1073139152u,151,9},{0u,0,0},{3727603193u,42,9},{4075699467u,154,8},
    {2772287088u,405,8},{599619397u,369,10},{0u,0,0},{0u,0,0},
    {2733698516u,458,7},{0u,0,0},{1100242477u,510,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2409252121u,103,3},{47543302u,120,5},{1858682448u,325,5},
    {3236582627u,690,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {1697579502u,30,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {527647902u,156,8},{3794127164u,505,5},{1386214119u,541,5},{0u,0,0},
    {0u,0,0},{170225382u,228,7},{0u,0,0},{0u,0,0},
    {3557383750u,432,12},{0u,0,0},{3434640730u,387,3},{3417464406u,551,2},
    {2265851839u,598,8},{0u,0,0},{2469623021u,224,5},{1358086695u,140,7},
    {818553428u,693,4},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3320906467u,540,2},{1438099929u,28,3},
    {2616885822u,673,3},{0u,0,0},{1833989950u,558,8},{1475985085u,616,2},
    {1829458861u,542,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1140592813u,18,8},{0u,0,0},
    {3564216871u,429,8},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1182443526u,64,5},{1746289498u,176,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2177374632u,461,8},{0u,0,0},{0u,0,0},{3375407384u,566,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{2120512785u,520,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{1841714721u,195,4},
    {0u,0,0},{879627257u,165,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{497537202u,273,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{631078866u,285,5},
    {3250371516u,94,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2046455861u,8,5},{0u,0,0},{293006133u,130,9},{1634159540u,272,6},
    {0u,0,0},{0u,0,0},{1204550375u,286,9},{0u,0,0},
    {0u,0,0},{2545019208u,372,5},{32093909u,346,4},{3167159589u,50,7},
    {521346802u,389,6},{734125055u,657,4},{1172921074u,665,4},{0u,0,0},
    {0u,0,0},{3093586695u,374,8},{3679000599u,85,5},{1015164698u,507,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{912738661u,578,4},{4002536070u,38,7},
    {4185677859u,503,4},{545196759u,261,3},{3917837982u,655,4},{4124582206u,583,8},
    {0u,0,0},{0u,0,0},{3544565345u,563,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {672575482u,216,6},{2224111044u,481,3},{0u,0,0},{3272902298u,24,3},
    {2442326930u,474,5},{1749422884u,656,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{2294344832u,608,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3999187560u,174,6},{0u,0,0},{3405409205u,161,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1609527961u,469,7},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1875531816u,79,7},{3559722793u,544,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{916968875u,51,8},{0u,0,0},
    {1625698185u,66,5},{808895634u,350,5},{1381964026u,440,9},{417477037u,610,5},
    {3116553809u,617,2},{3274919967u,644,6},{0u,0,0},{1680072507u,370,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3851052252u,5,7},{0u,0,0},{2740301221u,417,6},{605468281u,435,5},
    {0u,0,0},{2775974154u,419,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{942901156u,421,6},
    {0u,0,0},{2956356509u,425,9},{0u,0,0},{0u,0,0},
    {4145469148u,144,8},{3688778406u,613,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3361062296u,57,9},{4130444484u,615,2},{0u,0,0},{0u,0,0},
    {3416939325u,218,6},{1546983789u,219,8},{0u,0,0},{568629883u,537,4},
    {137015249u,402,8},{0u,0,0},{2642002381u,267,4},{1919795796u,470,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2682999916u,187,7},{2832608177u,215,7},
    {0u,0,0},{0u,0,0},{2724330766u,455,5},{0u,0,0},
    {3039477221u,75,5},{0u,0,0},{0u,0,0},{4235034669u,59,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{2807548505u,26,3},
    {0u,0,0},{0u,0,0},{1990141573u,634,10},{0u,0,0},
    {0u,0,0},{2105084166u,69,7},{3808280203u,385,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3723406225u,331,4},{1732556467u,424,11},
    {0u,0,0},{287849585u,316,16},{0u,0,0},{0u,0,0},
    {0u,0,0},{886108946u,155,8},{4136188817u,347,3},{777233076u,227,9},
    {1085701662u,447,5},{227835989u,495,2},{85964919u,538,3},{0u,0,0},
    {1271313443u,646,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {3842389489u,527,6},{0u,0,0},{0u,0,0},{3285292840u,95,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3380692278u,217,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3451452461u,600,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{3431986538u,229,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2528781373u,89,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{3348842028u,546,5},
    {1106001290u,426,7},{0u,0,0},{0u,0,0},{0u,0,0},
    {571892126u,292,3},{0u,0,0},{0u,0,0},{636671557u,597,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{1270136134u,35,7},
    {3480288160u,363,4},{0u,0,0},{413632700u,335,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2808054186u,399,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{4094983643u,637,5},{0u,0,0},{561306514u,100,9},
    {1095531149u,87,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {4235587506u,301,10},{0u,0,0},{625049358u,56,5},{661449052u,191,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2737991243u,345,5},{1908078180u,47,5},{105751894u,188,4},{0u,0,0},
    {393838897u,12,4},{0u,0,0},{0u,0,0},{1855463436u,471,9},
    {1097357479u,640,5},{0u,0,0},{2123246842u,511,4},{3340469516u,171,5},
    {0u,0,0},{0u,0,0},{3639352723u,72,4},{1328961941u,231,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {189664865u,96,4},{1032141373u,499,5},{0u,0,0},{0u,0,0},
    {3423171052u,517,3},{2567145815u,582,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1835243260u,157,4},{698292487u,661,2},
    {0u,0,0},{1177597186u,62,3},{4123181547u,206,3},{2945944585u,92,4},
    {0u,0,0},{1885108762u,324,8},{0u,0,0},{0u,0,0},
    {2845057287u,632,9},{0u,0,0},{0u,0,0},{2086768065u,357,10},
    {4020687860u,431,6},{0u,0,0},{2867273850u,573,7},{4271949495u,166,7},
    {0u,0,0},{2664331980u,535,5},{2717229579u,334,4},{2489862350u,614,2},
    {1538978066u,467,5},{0u,0,0},{1293323045u,605,3},{3461579676u,638,5},
    {0u,0,0},{0u,0,0},{2279407233u,438,7},{0u,0,0},
    {0u,0,0},{3370035204u,16,8},{4119299267u,299,8},{0u,0,0},
    {2846381321u,243,6},{1479908033u,106,3},{2882314751u,293,5},{1222814798u,599,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{307701961u,577,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{4078071667u,114,6},{3249588116u,269,7},{0u,0,0},
    {1065798425u,373,8},{3068648214u,683,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1303944990u,70,3},{3881340038u,17,5},
    {0u,0,0},{0u,0,0},{3295649146u,15,8},{3289793824u,41,4},
    {1855677146u,80,9},{2987414984u,189,5},{4293011539u,129,7},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2372037168u,479,3},{0u,0,0},{4262165182u,48,7},{3812452409u,147,7},
    {2142429292u,513,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3161697956u,109,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{1306712532u,276,6},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{297593216u,172,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3656782250u,525,2},{0u,0,0},{0u,0,0},{3429771681u,636,5},
    {3715181561u,502,4},{2473349886u,621,7},{0u,0,0},{0u,0,0},
    {1041707148u,407,4},{0u,0,0},{191549399u,631,8},{4277068521u,594,3},
    {2839094992u,302,9},{1516120150u,564,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{793078797u,43,5},{0u,0,0},
    {0u,0,0},{386352825u,410,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{223746562u,178,4},{3227283422u,314,4},
    {3505771660u,235,5},{1897587537u,338,7},{3353248658u,669,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3107319699u,200,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {3722671997u,674,4},{0u,0,0},{1879051126u,398,11},{4274702046u,522,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2299795230u,205,6},{0u,0,0},
    {0u,0,0},{3664088379u,539,4},{1434190392u,476,3},{0u,0,0},
    {0u,0,0},{1185207499u,465,5},{457870002u,489,5},{3739024211u,394,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{777187781u,199,6},
    {3174187410u,576,5},{0u,0,0},{4153017395u,67,4},{2180361706u,436,8},
    {3647225630u,249,10},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3203594097u,625,3},{0u,0,0},{0u,0,0},
    {1404412418u,348,5},{0u,0,0},{0u,0,0},{262760211u,618,2},
    {0u,0,0},{0u,0,0},{2845235855u,328,5},{257812797u,681,10},
    {0u,0,0},{1621600456u,40,4},{559645180u,403,10},{0u,0,0},
    {0u,0,0},{0u,0,0},{266176350u,84,3},{0u,0,0},
    {0u,0,0},{3591920411u,586,3},{421777296u,236,8},{4039523889u,668,6},
    {934298089u,220,5},{3704167793u,266,5},{227452245u,482,5},{0u,0,0},
    {0u,0,0},{4110691425u,663,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{3040124121u,145,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{654311037u,318,3},{1015220307u,670,4},{0u,0,0},
    {3979149397u,371,3},{1281634709u,283,7},{0u,0,0},{2894707568u,557,9},
    {2496063658u,90,3},{3659686215u,128,6},{0u,0,0},{0u,0,0},
    {3302775950u,86,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {3464430843u,491,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {3920713245u,365,8},{0u,0,0},{0u,0,0},{861490085u,271,5},
    {1652640804u,123,7},{0u,0,0},{0u,0,0},{4161741713u,185,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{2897987132u,472,4},
    {174610431u,146,6},{4219923934u,547,5},{927852361u,45,12},{0u,0,0},
    {1633259954u,529,3},{0u,0,0},{0u,0,0},{1850783281u,76,6},
    {2133536943u,99,6},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3168420690u,473,5},{3651231968u,278,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{3633449899u,609,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2015004562u,384,5},{0u,0,0},
    {1332152625u,601,3},{0u,0,0},{0u,0,0},{25248417u,230,11},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{595682949u,492,1},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{96045475u,260,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2263971697u,442,10},{0u,0,0},{0u,0,0},
    {3521220673u,264,5},{0u,0,0},{0u,0,0},{3043606826u,143,7},
    {1337560360u,375,7},{0u,0,0},{2157194875u,281,8},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1466426663u,288,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {2032845932u,131,7},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{473915932u,413,10},{2711126423u,464,4},{0u,0,0},
    {0u,0,0},{681233529u,587,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{3220682392u,462,4},{0u,0,0},{1415584273u,428,7},
    {113835453u,627,3},{0u,0,0},{2909421301u,134,4},{3154560496u,320,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1534364875u,162,3},{2861672414u,168,5},{1520892158u,343,7},
    {1313044451u,34,5},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2536603927u,354,9},{0u,0,0},{4053039552u,251,13},
    {0u,0,0},{0u,0,0},{0u,0,0},{1981762908u,136,7},
    {3317261592u,245,6},{0u,0,0},{1778425008u,177,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{83460185u,514,5},{3279806236u,443,6},
    {0u,0,0},{142814149u,170,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{1833280810u,65,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1499663908u,308,8},
    {0u,0,0},{0u,0,0},{0u,0,0},{1888916883u,258,9},
    {0u,0,0},{2622460207u,275,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {671629232u,552,2},{0u,0,0},{0u,0,0},{2925398746u,475,2},
    {0u,0,0},{0u,0,0},{3724266361u,313,7},{561797345u,671,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3147742405u,141,8},{3947377604u,366,8},
    {733559310u,257,10},{1210349856u,437,8},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2936889661u,623,7},{1911697271u,248,5},
    {2575570454u,279,8},{0u,0,0},{1418994736u,416,5},{1542631147u,208,5},
    {0u,0,0},{0u,0,0},{0u,0,0},{1837994245u,612,4},
    {3405076020u,31,3},{1328067798u,201,4},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{2482790393u,678,4},{0u,0,0},
    {0u,0,0},{2991014521u,306,9},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{1208445320u,186,5},{584138707u,207,8},{3421638648u,309,10},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {1296826809u,395,6},{2985808995u,567,3},{0u,0,0},{142994267u,234,5},
    {0u,0,0},{1853504405u,549,5},{0u,0,0},{2706178891u,355,6},
    {0u,0,0},{0u,0,0},{3766507483u,404,7},{0u,0,0},
    {1452582452u,193,5},{0u,0,0},{0u,0,0},{1623453987u,515,3},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3911026498u,344,4},{0u,0,0},{1876808659u,22,3},{0u,0,0},
    {0u,0,0},{0u,0,0},{1712211444u,73,2},{281857284u,250,4},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{3977673980u,263,7},{3798195208u,383,6},
    {0u,0,0},{0u,0,0},{3091746237u,329,9},{4079161190u,124,4},
    {2618034999u,270,7},{0u,0,0},{2078635291u,406,4},{956667550u,633,11},
    {4183916374u,392,7},{0u,0,0},{3263163098u,553,3},{3634157692u,691,7},
    {0u,0,0},{0u,0,0},{0u,0,0},{1099083192u,36,7},
    {723207237u,667,4},{1094871511u,91,3},{3948662980u,488,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{1269756335u,452,9},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{475438596u,10,2},
    {0u,0,0},{4045087771u,19,7},{0u,0,0},{0u,0,0},
    {0u,0,0},{3581514236u,237,4},{0u,0,0},{0u,0,0},
    {2899666514u,643,4},{0u,0,0},{3230347859u,688,4},{4140366049u,254,9},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1171724435u,169,7},
    {3953544608u,451,6},{3405569658u,590,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{2819937389u,97,5},{632828565u,574,8},{271006452u,60,2},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{1418772593u,71,10},{0u,0,0},
    {1799995419u,477,3},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1542422246u,240,9},
    {1532390055u,247,7},{0u,0,0},{1221760405u,196,7},{2176202050u,682,7},
    {2978355350u,223,9},{1084877572u,689,4},{0u,0,0},{2687588496u,122,6},
    {0u,0,0},{242122712u,14,6},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
    {3176592537u,639,5},{0u,0,0},{428417559u,480,4},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{1908325942u,198,5},
    {1911814433u,118,10},{627962166u,158,4},{0u,0,0},{1429892975u,486,3},
    {2074580417u,408,3},{686834129u,591,3},{0u,0,0},{0u,0,0},
    {0u,0,0},{0u,0,0},{0u,0,0},{0u,0,0},
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
    1800888212u,2764132054u,1059515121u,1059515121u,1210349856u,3982547352u,3228361532u,2833975522u,
    271006452u,4283474969u,1059515121u,595682949u,563505855u,2925398746u,3580759121u,3423171052u,
    1800888212u,3982547352u,3982547352u,271006452u,1032141373u,3423171052u,2833975522u,3390813983u,
    1359823014u,2530902937u,3982547352u,3464430843u,1757261067u,261075363u,266176350u,595682949u,
    595682949u,2764132054u,1210349856u,2764132054u,2764132054u,1532390055u,1911697271u,3982547352u,
    2764132054u,3228361532u,3228361532u,3068648214u,3073336750u,2530902937u,2664331980u,3982547352u,
    3068648214u,3228361532u,1800888212u,2833975522u,4283474969u,3073336750u,3228361532u,3423171052u,
    319905438u,3597204118u,2833975522u,2833975522u,1876584420u,1059515121u,3464430843u,2530902937u,
    2764132054u,3982547352u,2833975522u,2833975522u,3093586695u,1876584420u,3982547352u,4283474969u,
    4283474969u,1032141373u,2530902937u,2530902937u,3982547352u,3982547352u,4136188817u,4214710473u,
    4214710473u,2714693163u,1459500012u,1459500012u,3518543410u,3464430843u,3464430843u,3464430843u,
    2657515528u,3679000599u,3464430843u,2409252121u,3302775950u,266176350u,3464430843u,1478448336u,
    3464430843u,3982751678u,4182313335u,1876584420u,2714693163u,3390813983u,967461400u,879627257u,
    2978250458u,1876584420u,4283474969u,3319405549u,2536603927u,796102005u,2706178891u,1476379873u,
    1288813364u,2714693163u,4283474969u,3319405549u,796102005u,3228361532u,3228361532u,3228361532u,
    3228361532u,3228361532u,2833975522u,1210349856u,1757261067u,261075363u,266176350u,3228361532u,
    3228361532u,2764132054u,3073336750u,595682949u,3423171052u,595682949u,1903271544u,595682949u,
    2833975522u,3370769791u,2833975522u,3228361532u,2833975522u,3390813983u,967461400u,1059515121u,
    1359823014u,1100242477u,1100242477u,2756633099u,3681762500u,1418994736u,781808903u,1561235794u,
    3478449772u,3404220615u,2764132054u,2123246842u,227835989u,2559908212u,3521220673u,4113061622u,
    3688778406u,2764132054u,563505855u,3580759121u,879627257u,2922810937u,2833975522u,208162698u,
    2892374754u,475438596u,1096536030u,3464430843u,2530902937u,2833975522u,2530902937u,4283474969u,
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
