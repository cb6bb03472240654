/* cues.h: the classifier's cue data (spec section 2): what each word and
 * phrase means to the rules. The one readable place to change a meaning.
 * The lookup table is generated from it (csrc/rules_table.h, by `make`
 * through tools/gen_rules.c); rules.c reads both. */
#ifndef FUL_CUES_H
#define FUL_CUES_H

#include "rules.h"

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
#define CD FUL_CUE_CDOC
#define TP FUL_CUE_TOPIC
#define CN FUL_CUE_COND
#define NG FUL_CUE_NEG
#define RC FUL_CUE_RECAP

typedef struct {
    const char *w;
    uint32_t bits;
} ful_cue;

/* Single words. Inflections are listed where they matter; the lookup also
 * tries the word without a final "s" ("introduces" -> "introduce"). */
static const ful_cue ful_words[] = {
    /* who acts: the client side (spec: names, roles, "they", "client", "prospect") */
    {"they", CL}, {"nobody", CL}, {"they'll", CL | MD}, {"they're", CL | MD}, {"they'd", CL | MD}, {"they've", CL | MD},
    /* typed without the apostrophe: "theyll prob sign" */
    {"theyll", CL | MD}, {"theyre", CL | MD}, {"theyd", CL | MD}, {"theyve", CL | MD},
    {"she", CL}, {"she'll", CL | MD}, {"she's", CL | MD}, {"she'd", CL | MD},
    {"he", CL}, {"he'll", CL | MD}, {"he's", CL | MD}, {"he'd", CL | MD},
    {"client", CL}, {"cust", CL}, {"prospect", CL}, {"customer", CL}, {"buyer", CL}, {"champion", CL}, {"champ", CL},
    {"sponsor", CL}, {"cfo", CL}, {"cto", CL}, {"ceo", CL}, {"coo", CL}, {"cio", CL}, {"ciso", CL},
    {"cmo", CL}, {"cro", CL}, {"cpo", CL}, {"vp", CL}, {"svp", CL}, {"evp", CL}, {"procurement", CL},
    {"purchasing", CL}, {"legal", CL}, {"finance", CL}, {"accounts", CL}, {"counsel", CL}, {"boss", CL},
    {"manager", CL}, {"mgr", CL}, {"director", CL}, {"head", CL}, {"team", CL}, {"committee", CL}, {"board", CL},
    {"leadership", CL}, {"stakeholders", CL}, {"stakeholder", CL}, {"owner", CL}, {"founder", CL},
    {"president", CL}, {"chair", CL}, {"chairman", CL}, {"chairwoman", CL}, {"chairperson", CL}, {"analyst", CL}, {"engineer", CL}, {"engineers", CL}, {"architect", CL},
    {"admin", CL}, {"exec", CL}, {"execs", CL}, {"executive", CL}, {"executives", CL},
    {"partner", CL}, {"it", CL | CO}, {"hr", CL}, {"ops", CL}, {"security", CL}, {"group", CL},
    {"lead", CL}, {"leads", CL}, {"user", CL}, {"users", CL}, {"company", CL}, {"org", CL},
    {"department", CL}, {"dept", CL}, {"gm", CL}, {"controller", CL}, {"cisos", CL}, {"ciso's", CL},
    {"approver", CL}, {"gatekeeper", CL}, {"gk", CL},
    /* the client's people in other trades: franchise, homes, clinics, schools, councils, channel */
    {"candidate", CL}, {"applicant", CL}, {"homeowner", CL}, {"homeowners", CL}, {"patient", CL}, {"tenant", CL},
    {"landlord", CL}, {"donor", CL}, {"dealer", CL}, {"distributor", CL}, {"reseller", CL}, {"franchisee", CL},
    {"principal", CL}, {"superintendent", CL}, {"chef", CL}, {"buyers", CL}, {"broker", CL}, {"underwriter", CL},
    {"dean", CL}, {"registrar", CL}, {"bursar", CL}, {"pastor", CL}, {"mayor", CL}, {"councillor", CL},
    {"treasurer", CL}, {"secretary", CL}, {"clerk", CL}, {"foreman", CL}, {"supervisor", CL}, {"coordinator", CL},
    {"officer", CL}, {"administrator", CL}, {"accountant", CL}, {"bookkeeper", CL},
    {"headteacher", CL}, {"headmaster", CL}, {"vicar", CL}, {"priest", CL}, {"rector", CL},
    {"inspector", CL}, {"planner", CL}, {"receptionist", CL}, {"matron", CL}, {"surveyor", CL}, {"auditor", CL},
    {"dispatcher", CL}, {"estimator", CL}, {"purchaser", CL}, {"pharmacist", CL}, {"proprietor", CL},
    {"caretaker", CL}, {"custodian", CL}, {"storekeeper", CL}, {"scheduler", CL},
    /* their departments: "management to decide after the audit", "engineering to sign off" */
    {"management", CL}, {"mgmt", CL}, {"engineering", CL}, {"operations", CL}, {"maintenance", CL},
    {"facilities", CL}, {"marketing", CL}, {"accounting", CL}, {"infosec", CL},
    /* a noun ("their contact") and a chase ("contact Mrs. Lee"): at a clause head, the chase */
    {"contact", CL | CH}, {"assistant", CL}, {"ea", CL},
    {"them", CO}, {"him", CO}, {"her", PO | CO}, {"their", PO}, {"his", PO}, {"theirs", CL | PO},
    /* the seller side */
    {"i", SE}, {"i'll", SE | MD}, {"i'm", SE | MD}, {"i'd", SE | MD}, {"i've", SE | MD},
    /* typed without the apostrophe: "ill get you the copy", "im out till Mon" */
    {"ill", SE | MD}, {"im", SE | MD}, {"ive", SE | MD},
    {"we", SE}, {"we'll", SE | MD}, {"we're", SE | MD}, {"we'd", SE | MD}, {"we've", SE | MD},
    {"let's", SE | JT}, {"myself", SE}, {"ourselves", SE},
    /* the seller's own roles: "AE to follow up", "SE builds the demo" */
    {"ae", SE}, {"se", SE}, {"rep", SE} /* a sales rep: ours */, {"seller", SE}, {"sdr", SE}, {"bdr", SE}, {"csm", SE}, {"presales", SE}, {"revops", SE},
    /* heads of the seller's team phrases below ("solutions engineer", "deal desk") */
    {"solutions", 0}, {"throw", 0}, {"sequence", 0}, {"cadence", 0}, {"solution", 0}, {"sales", 0}, {"channel", 0}, {"implementation", 0},
    {"professional", 0},
    {"me", SO}, {"us", SO}, {"our", SO}, {"my", SO}, {"ours", SO},
    {"you", YO}, {"your", YO}, {"you'll", YO | MD}, {"you're", YO | MD},
    {"u", YO}, {"ur", YO}, {"youll", YO | MD},
    /* client effort (with a client subject any verb is an action; these name it) */
    {"meet", AC | JT}, {"reconvene", AC | JT}, {"regroup", AC | JT}, {"meets", AC | JT}, {"meeting", EV}, {"bring", AC}, {"brings", AC},
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
    /* talk, in the languages sellers mix in: "Marisol vai falar com o diretor" */
    {"falar", AC}, {"hablar", AC}, {"habla", AC}, {"parlare", AC}, {"parla", AC}, {"parler", AC}, {"praten", AC},
    {"overleggen", AC}, {"besprechen", AC}, {"porozmawiać", AC}, {"porozmawiac", AC},
    {"consider", AC | HG}, {"considering", AC | HG}, {"revert", AC | CH}, {"fill", AC}, {"return", AC},
    {"walk", AC}, {"lyk", AC}, {"lmk", AC}, {"demo", EV}, {"demos", EV}, {"disco", EV} /* a discovery call */,
    /* more of the client's doing: buying, approving, spreading the word */
    {"validate", AC}, {"vet", AC}, {"greenlight", AC}, {"countersign", AC}, {"allocate", AC}, {"socialize", AC},
    {"socialise", AC}, {"escalate", AC | CH}, {"vote", AC}, {"verify", AC | CH}, {"assess", AC}, {"procure", AC}, {"purchase", AC},
    {"buy", AC}, {"renew", AC}, {"expand", AC}, {"wire", AC}, {"pay", AC}, {"fund", AC}, {"release", AC},
    {"raise", AC}, {"circulate", AC}, {"distribute", AC}, {"execute", AC}, {"finalize", AC | DV}, {"finalise", AC | DV},
    /* the seller produces or gives (compliance when only the seller acts) */
    {"send", DV}, {"sends", DV}, {"sending", DV}, {"resend", DV}, {"give", DV},
    /* "send" in the languages sellers mix into their notes: "envoyer le devis to Sophie", "offerte sturen naar Joost" */
    {"envoyer", DV}, {"envoie", DV}, {"enviar", DV}, {"envia", DV}, {"mandar", DV}, {"sturen", DV}, {"stuurt", DV},
    {"schicken", DV}, {"schickt", DV}, {"inviare", DV}, {"wysłać", DV}, {"wyslac", DV},
    /* "prepare" likewise: "przygotować demo account for Kowalski", "preparar la propuesta" */
    {"preparar", DV}, {"preparare", DV}, {"préparer", DV}, {"vorbereiten", DV}, {"voorbereiden", DV}, {"przygotować", DV}, {"przygotowac", DV},
    {"snd", DV}, {"sned", DV}, {"semd", DV}, /* typed on a phone */
    {"gives", DV}, {"prepare", DV}, {"prep", DV}, {"draft", DV | DN}, {"write", DV}, {"outline", DV | DN},
    {"quote", DV | DN}, {"bid", DN}, {"email", DV | CH}, {"e-mail", DV | CH}, {"mail", DV}, {"provide", DV},
    {"deliver", DV}, {"build", DV}, {"create", DV}, {"extend", DV}, {"make", DV}, {"compile", DV},
    {"update", DV}, {"revise", DV}, {"finish", DV}, {"fix", DV}, {"document", DV}, {"price", DV | DN},
    {"grant", DV}, {"ship", DV}, {"upload", DV}, {"post", DV}, {"attach", DV}, {"research", DV}, {"answer", DV},
    {"produce", DV}, {"design", DV}, {"configure", DV}, {"enable", DV}, {"activate", DV},
    {"issue", DV}, {"generate", DV}, {"customize", DV}, {"customise", DV}, {"offer", DV | DN},
    {"sketch", DV}, {"summarize", DV}, {"summarise", DV}, {"forward", DV | AC}, {"fwd", DV | AC}, {"put", DV},
    {"investigate", DV}, {"compose", DV}, {"translate", DV}, {"package", DV}, {"lower", DV},
    {"waive", DV}, {"discount", DV | DN}, {"spin", DV}, {"mock", DV},
    {"owe", DV}, {"order", DV | DN} /* to order; an order (a PO) */, {"provision", DV},
    {"polish", DV}, {"print", DV}, {"printed", 0}, {"refine", DV}, {"assemble", DV}, {"gather", DV}, {"collect", DV}, {"submit", DV}, {"file", DV},
    {"publish", DV}, {"populate", DV}, {"redo", DV}, {"rework", DV}, {"tweak", DV}, {"adjust", DV},
    {"modify", DV}, {"amend", DV}, {"edit", DV}, {"correct", DV}, {"tailor", DV}, /* "we owe them the DPA": ours to deliver */
    /* deliverables (the thing produced) */
    {"proposal", DN}, {"proposals", DN}, {"devis", DN}, {"offerte", DN}, {"proposta", DN}, {"propuesta", DN}, {"angebot", DN}, {"orcamento", DN}, {"cotizacion", DN}, {"quotes", DN}, {"pricing", DN}, {"prices", DN}, {"deck", DN},
    {"slides", DN}, {"questions", DN}, {"w-9", DN}, {"w9", DN}, {"coi", DN}, {"cert", DN}, {"certs", DN}, {"certificate", DN}, {"certificates", DN}, {"case", DN}, {"studies", DN}, {"study", DN}, {"whitepaper", DN}, {"docs", DN},
    {"documentation", DN}, {"doc", DN}, {"brochure", DN}, {"brochures", DN}, {"testimonials", DN},
    {"testimonial", DN}, {"references", DN}, {"reference", DN}, {"sow", DN}, {"contract", DN},
    {"roi", DN}, {"model", DN}, {"sandbox", DN}, {"trial", DN | AC}, {"access", DN}, {"sheet", DN},
    {"info", DN}, {"information", DN}, {"details", DN}, {"summary", DN}, {"recap", DN | DV},
    {"form", DN}, {"forms", DN}, {"agenda", DN}, {"answers", DN},
{"materials", DN}, {"datasheet", DN}, {"report", DN},
    {"estimate", DN}, {"quotation", DN}, {"invoice", DN}, {"timeline", DN}, {"plan", DN}, {"plans", DN}, {"overview", DN},
    {"pager", DN}, {"samples", DN}, {"refs", DN}, {"ref", DN}, {"env", DN}, {"pricng", DN}, {"sample", DN}, {"specs", DN}, {"checklist", DN}, {"loaner", DN}, {"proforma", DN}, {"options", DN}, {"schematic", DN}, {"schematics", DN}, {"service agreement", DN}, {"install guide", DN}, {"starter kit", DN}, {"cover letter", DN}, {"drawings", DN}, {"mockup", DN}, {"mockups", DN}, {"prototype", DN}, {"swatches", DN}, {"catalogue", DN}, {"catalog", DN}, {"bom", DN}, {"renders", DN}, {"credit note", DN}, {"rate card", DN}, {"method statement", DN}, {"cost breakdown", DN}, {"stats", DN}, {"numbers", DN}, {"figures", DN}, {"metrics", DN}, {"data", DN},
    {"template", DN}, {"nda", DN}, {"msa", DN}, {"questionnaire", DN}, {"rfp", DN}, {"rfi", DN},
    {"video", DN}, {"recording", DN}, {"link", DN}, {"login", DN}, {"credentials", DN},
    {"license", DN}, {"licenses", DN}, {"comparison", DN}, {"calculator", DN}, {"analysis", DN}, {"breakdown", DN}, {"calc", DN}, {"calculation", DN}, {"benchmark", DN},
    {"brief", DN}, {"prop", DN}, {"po", DN | CD}, {"pos", DN | CD}, {"budget", DN | CD}, {"signature", DN | CD}, {"approval", DN | CD}, {"paperwork", DN}, {"terms", DN}, {"redlines", DN | CD},
    {"collateral", DN}, {"spec", DN}, {"refund", DV}, {"reimburse", DV}, {"train", DV}, {"whitepapers", DN}, {"portal", DN}, {"account", DN},
    {"copy", DN}, {"addendum", DN}, {"dpa", DN}, {"version", DN}, {"environment", DN}, {"poc", EV},
    /* chasing: only the seller acts (non-commitment) */
    {"follow", CH}, {"followup", CH}, {"fu", CH}, {"fup", CH}, {"record", DV}, {"film", DV}, {"folow", CH}, {"follw", CH},
    {"ck", CH}, {"chk", CH}, {"chek", CH}, {"msg", CH}, {"inmail", CH}, {"txt", CH}, {"reengage", CH}, {"relaunch", CH} /* French "relancer" */, {"resume", CH}, {"ping", CH}, {"call", CH | EV},
    {"callback", CH}, {"nudge", CH}, {"remind", CH}, {"reminder", CH}, {"chase", CH},
    {"reconnect", CH}, {"recontact", CH}, {"recycle", CH}, {"connect", CH}, {"text", CH | DV}, {"message", CH}, {"dm", CH}, {"whatsapp", CH | DV}, {"sms", CH | DV},
    {"poke", CH}, {"redial", CH}, {"badger", CH}, {"seek", CH}, {"bump", CH}, {"bell", CH}, {"buzz", CH}, {"holler", CH}, {"relancer", CH}, {"nachfassen", CH}, {"rappeler", CH}, {"relance", CH}, {"llamar", CH}, {"ligar", CH}, {"bellen", CH}, {"anrufen", CH}, {"chiamare", CH}, {"appeler", CH}, {"zadzwonić", CH}, {"zadzwonic", CH}, {"seguimiento", CH}, {"acompanhar", CH}, {"ricontattare", CH}, {"contactar", CH}, {"tinkle", CH}, {"revisit", CH}, {"resurface", CH}, {"ask", CH}, {"tell", CH}, {"confirm", CH},
    {"voicemail", CH}, {"reply", DV | CH}, {"respond", DV | CH}, {"touchbase", CH}, {"checkin", CH},
    {"wait", CH}, {"phone", CH}, {"ring", CH}, {"dial", CH}, {"try", CH | HG}, {"check", CH}, {"ensure", CH}, {"pursue", CH}, {"enquire", CH}, {"inquire", CH}, {"hassle", CH}, {"circle", CH},
    {"reach", CH}, {"touch", CH},
    /* shorthand and typos of a chase: "flw up", "cb Thurs", "left vm", "LVM, retry Fri" */
    {"flw", CH}, {"fllw", CH}, {"flwup", CH}, {"folowup", CH}, {"followup's", CH}, {"folllow", CH}, {"reping", CH}, {"cb", CH}, {"vm", CH}, {"lvm", CH},
    {"retry", CH}, {"attempt", CH}, {"hound", CH}, {"pester", CH}, {"nurture", CH}, {"bug", CH}, {"nag", CH}, {"prod", CH}, {"chivvy", CH}, {"recheck", CH}, {"reconfirm", CH},
    /* booked (makes a meeting firm even when the date is loose) */
    {"booked", BK}, {"scheduled", BK}, {"confirmed", BK}, {"locked", BK}, {"blocked", 0} /* "gatekeeper blocked"; "blocked time", "blocked off" book (phrases) */,
    {"calendared", BK}, {"reserved", BK}, {"accepted", BK}, {"rsvp'd", BK}, {"set", SU},
    /* the seller sets up a meeting: still a chase until the client books it */
    {"schedule", SU}, {"shedule", SU}, {"schedual", SU}, {"sched", SU}, {"book", SU}, {"arrange", SU}, {"organize", SU}, {"organise", SU},
    {"propose", SU}, {"coordinate", SU}, {"reschedule", SU}, {"resched", SU}, {"rebook", SU},
    /* hedges (a dated client action becomes soft) */
    {"might", HG}, {"may", HG | DT}, {"maybe", HG}, {"mayb", HG}, {"mebbe", HG}, {"possibly", HG}, {"possible", HG}, {"perhaps", HG},
    {"hopefully", HG}, {"hope", HG}, {"hopes", HG}, {"hoping", HG}, {"tentative", HG},
    {"reckon", HG}, {"reckons", HG}, {"believe", HG}, {"believes", HG}, {"guess", HG}, {"guesses", HG}, {"suppose", HG},
    {"tentatively", HG}, {"probably", HG}, {"likely", HG}, {"could", HG}, {"pencilled", HG},
    {"penciled", HG}, {"tbc", HG | VG}, {"if", HG}, {"unless", HG}, {"planning", HG},
    {"intends", HG}, {"aims", HG}, {"aim", HG}, {"prob", HG}, {"probs", HG}, {"prolly", HG}, {"tries", HG}, {"trying", HG}, {"ideally", HG}, {"depending", HG}, {"aiming", HG}, {"targeting", HG}, {"targetting", HG}, {"assuming", HG},
    {"unconfirmed", NB}, {"tbd", VG | NO},
    /* vague time */
    {"soon", VG}, {"later", VG}, {"sometime", VG}, {"eventually", VG}, {"someday", VG},
    {"whenever", VG}, {"once", VG | CN}, {"asap", VG},
    /* meetings */
    {"mtg", EV}, {"session", EV}, {"workshop", EV}, {"walkthrough", EV | JT}, {"presentation", EV},
    {"discussion", EV}, {"kickoff", EV}, {"pilot", EV}, {"lunch", EV | JT}, {"dinner", EV | JT}, {"ceremony", EV},
    {"coffee", EV | JT}, {"breakfast", EV | JT}, {"visit", EV}, {"onsite", EV}, {"drinks", EV | JT}, {"viewing", EV}, {"fitting", EV}, {"sync", EV},
    {"huddle", EV}, {"appointment", EV}, {"interview", EV}, {"readout", EV}, {"debrief", EV},
    {"webinar", EV}, {"training", EV}, {"briefing", EV}, {"meetup", EV}, {"conversation", EV},
    {"chat", EV}, {"qbr", EV}, {"calls", EV}, {"meetings", EV}, {"together", JT}, {"jointly", JT}, {"joint", JT},
    {"both", JT}, {"shout", CH}, {"tour", EV}, {"evaluation", EV}, {"call's", EV},
    {"meeting's", EV}, {"standup", EV}, {"review's", EV},
    /* the client asks (the seller then works) */
    {"asked", RQ}, {"asks", RQ}, {"asking", CH}, {"wants", RQ}, {"want", RQ}, {"wishes", RQ}, {"wanted", RQ}, {"requested", RQ},
    {"requests", RQ}, {"request", RQ}, {"needs", RQ}, {"need", RQ}, {"needed", RQ}, {"expects", RQ},
    {"expecting", RQ}, {"requires", RQ}, {"required", RQ}, {"love", RQ}, {"loves", RQ},
    {"said", SP}, {"says", SP}, {"say", SP}, {"seh", SP}, {"dijo", SP}, {"disse", SP}, {"sagte", SP}, {"zei", SP}, {"zegt", SP}, /* (another language's "said", "says") */ {"told", SP}, {"tells", SP}, {"mentioned", SP}, {"noted", SP}, {"informed", SP}, {"informs", SP}, {"advised", SP}, {"advises", SP}, {"stated", SP}, {"highlighted", SP}, {"revealed", SP}, {"assured", SP}, {"assures", SP},
    {"indicated", SP}, {"replied", SP}, {"wrote", SP}, {"suggested", SP},
    /* grammar */
    {"will", MD}, {"would", MD}, {"shall", MD}, {"is", MD}, {"are", MD}, {"was", MD}, {"were", MD},
    {"has", MD}, {"have", MD}, {"had", MD}, {"going", MD}, {"gonna", MD}, {"can", MD}, {"does", MD},
    {"va", MD} /* French "will": "Sophie va regarder le devis" */,
    {"did", MD}, {"should", MD}, {"must", MD}, {"won't", MD | HG}, {"wont", MD | HG}, {"can't", MD | HG}, {"cant", MD | HG}, {"couldn't", MD | HG}, {"couldnt", MD | HG}, {"wouldn't", MD | HG}, {"wouldnt", MD | HG}, {"to", AR}, {"the", AR}, {"a", AR},
    {"an", AR}, {"for", AR}, {"of", AR}, {"in", AR | DS}, {"on", AR | TP}, {"at", AR}, {"about", AR | TP}, {"regarding", TP},
    {"from", AR}, {"by", AR}, {"this", AR | DS}, {"that", AR}, {"these", AR}, {"those", AR}, {"some", AR},
    {"any", AR}, {"all", AR}, {"up", AR}, {"over", AR}, {"into", AR}, {"before", AR}, {"after", AR | DS},
    {"until", AR | CN}, {"via", AR}, {"back", AR}, {"out", AR}, {"with", AR | WI}, {"w", AR | WI}, {"without", AR},
    {"and", FL}, {"then", FL}, {"also", FL}, {"but", FL}, {"so", FL}, {"ok", FL}, {"okay", FL},
    {"please", FL}, {"pls", FL}, {"plz", FL}, {"kindly", FL}, {"pl", FL}, {"todo", FL}, {"action", FL}, {"item", FL},
    {"step", FL}, {"next", FL | DS}, {"nxt", FL | DS}, {"again", FL}, {"still", FL}, {"just", FL}, {"only", FL}, {"fyi", FL}, {"note", FL},
    {"re", FL | TP}, {"as", FL}, {"same", FL}, {"above", FL}, {"below", FL}, {"ditto", FL}, {"first", FL}, {"second", FL}, {"final", FL}, {"another", FL}, {"new", FL},
    {"sir", FL}, {"madam", FL}, {"ma'am", FL}, {"hi", FL}, {"hello", FL}, {"hey", FL}, {"thanks", FL}, {"cheers", FL}, {"merci", FL}, {"danke", FL}, {"gracias", FL}, /* (thanks opening a line is no one's name) */ {"dear", FL}, {"fw", FL},
    {"quick", FL}, {"short", FL}, {"steps", FL}, {"nextstep", FL}, {"ns", FL},
    /* what was said on the call, told after it: "Discussed pricing tiers" is a recap, not a step */
    {"discussed", RC}, {"talked", RC}, {"closed", RC}, {"covered", RC}, {"reviewed", RC}, {"presented", RC}, {"demoed", RC},
    {"demo'd", RC}, {"showed", RC}, {"explained", RC}, {"spoke", RC}, {"chatted", RC}, {"walked", RC}, {"went", RC}, {"cut", DV}, {"health", 0},
    {"outlined", RC}, {"addressed", RC}, {"answered", RC}, {"recapped", RC}, {"met", RC},
    /* and how it ended: "Lost to incumbent last cycle" */
    {"lost", RC}, {"won", RC}, {"churned", RC}, {"loved", RC}, {"liked", RC}, {"enjoyed", RC},
    /* and what we already did: "Sent pricing, will follow up Fri" is a chase after a recap */
    {"noshow", RC}, {"sent", RC}, {"shared", RC}, {"emailed", RC}, {"called", RC}, {"pinged", RC}, {"texted", RC}, {"messaged", RC},
    {"gave", RC}, {"provided", RC}, {"delivered", RC}, {"submitted", RC},
    {"no", FL | NG}, {"nae", FL | NG}, {"not", FL}, {"nothing", FL | NG},
    /* date words: never a name or a subject */
    {"monday", DT}, {"tuesday", DT}, {"wednesday", DT}, {"thursday", DT}, {"friday", DT},
    {"saturday", DT}, {"sunday", DT}, {"mon", DT}, {"tue", DT}, {"tues", DT}, {"wed", DT},
    {"weds", DT}, {"thu", DT}, {"thur", DT}, {"thurs", DT}, {"fri", DT}, {"sat", DT}, {"sun", DT},
    {"january", DT}, {"february", DT}, {"march", DT}, {"april", DT}, {"june", DT}, {"july", DT},
    {"august", DT}, {"september", DT}, {"october", DT}, {"november", DT}, {"december", DT},
    {"jan", DT}, {"feb", DT}, {"mar", DT}, {"apr", DT}, {"jun", DT}, {"jul", DT}, {"aug", DT},
    {"sep", DT}, {"sept", DT}, {"oct", DT}, {"nov", DT}, {"dec", DT}, {"today", DT}, {"tonight", DT},
    {"tomorrow", DT}, {"tmrw", DT}, {"tmr", DT}, {"tomorow", DT}, {"tommorow", DT}, {"tommorrow", DT},
    {"tmrow", DT}, {"tmw", DT}, {"eod", DT}, {"eow", DT}, {"eom", DT}, {"eoy", DT}, {"ye", DT}, {"eoq", DT},
    {"cob", DT}, {"week", DT}, {"wk", DT}, {"wks", DT}, {"month", DT}, {"mth", DT}, {"mnth", DT}, {"mths", DT}, {"quarter", DT}, {"year", DT}, {"weeks", DT},
    {"months", DT}, {"days", DT}, {"day", DT}, {"q1", DT}, {"q2", DT}, {"q3", DT}, {"q4", DT},
    {"am", DT}, {"pm", DT}, {"noon", DT}, {"morning", DT}, {"afternoon", DT}, {"evening", DT},
    {"holidays", DT}, {"christmas", DT}, {"xmas", DT}, {"weekend", DT}, {"within", DS}, {"end", DS}, {"tonight's", DT}, {"today's", DT}, {"tomorrow's", DT},
    {"monday's", DT}, {"tuesday's", DT}, {"wednesday's", DT}, {"thursday's", DT}, {"friday's", DT},
    {"mon's", DT}, {"tue's", DT}, {"tues's", DT}, {"wed's", DT}, {"weds's", DT}, {"thu's", DT},
    {"thur's", DT}, {"thurs's", DT}, {"fri's", DT}, {"saturday's", DT}, {"sunday's", DT},
    {"spring", DT}, {"summer", DT}, {"fall", DT}, {"autumn", DT}, {"winter", DT},
    /* heads of phrases, known words without a meaning of their own */
    {"get", 0}, {"gets", 0}, {"expect", 0}, {"hear", 0}, {"catch", CH}, {"see", 0}, {"find", 0}, {"finds", 0}, {"leave", 0},
    {"shoot", DV}, {"drop", DV}, {"keep", 0}, {"stop", 0}, {"swing", 0}, {"pop", 0}, {"cold", 0}, {"hit", 0}, {"stay", 0}, {"come", 0}, {"comes", 0}, {"responsible", 0}, {"turn", 0}, {"be", 0}, {"let", 0},
    {"feel", 0}, {"doubt", 0}, {"hopeful", 0}, {"confident", 0}, {"chances", 0}, {"odds", 0}, /* ("I feel they'll sign": ful_lookup_fix) */
    {"gut", 0}, {"sense", 0}, {"hunch", 0}, {"feeling", 0}, {"bet", 0}, /* ("my gut says they sign") */
    {"kick", 0}, {"recall", 0}, {"supply", 0} /* ("supply chain", a department of theirs) */, {"go", 0}, {"goes", 0}, {"sit", 0}, {"grab", 0}, {"pull", DV}, {"deep", 0}, {"pre", 0}, {"working", 0},
    {"across", 0}, {"throughout", 0}, {"among", 0}, {"site", 0}, {"office", CL}, {"draw", 0}, {"look", 0}, {"statement", 0}, {"free", 0},
    {"one", 0}, {"line", CH}, {"lines", 0} /* phone lines, product lines: not "drop a line" */, {"invitation", 0}, {"calendar", 0}, {"pencil", 0}, {"when", CN},
    {"down", 0}, {"move", 0}, {"moving", 0}, {"gone", 0}, {"looking", 0}, {"interested", 0}, {"waiting", 0}, {"whether", 0}, {"necessary", 0}, {"important", 0}, {"good", 0}, {"great", 0}, {"nice", 0},
    {"productive", 0}, {"positive", 0}, {"fingers", 0}, {"cost", 0}, /* ("cost out": a phrase's head) */
    /* noise-like */
    {"na", NO}, {"n/a", NO}, {"ni", NO}, {"tba", VG | NO}, {"etc", NO}, {"misc", NO}, {"asdf", NO}, {"xxx", NO},
    {"test123", NO}, {"todo's", NO}, {"none", NO},
};

/* Phrases: matched at their first word, longest first; a match replaces the
 * words' own meanings. */
static const ful_cue ful_phrases[] = {
    /* the seller's own people, named by role: a client has none of these */
    {"solutions engineer", SE}, {"solution engineer", SE}, {"sales engineer", SE}, {"solutions architect", SE},
    {"account team", SE}, {"account manager", SE}, {"account executive", SE},
    {"channel manager", SE}, {"partner manager", SE}, {"customer success", SE}, {"implementation team", SE},
    {"professional services", SE}, {"sales ops", SE},
    /* what happened, told as a noun: "Meeting no-show", "No-show, reschedule" */
    {"no show", RC},
    /* chasing */
    {"follow up", CH}, {"check in", CH}, {"check back", CH}, {"check on", CH},
    {"check with", CH}, {"check whether", CH}, {"check if", CH}, {"circle back", CH},
    {"touch base", CH}, {"reach out", CH}, {"hit up", CH}, {"hit me up", CH}, {"hit us up", CH}, {"hit them up", CH}, {"call back", CH}, {"give a call", CH}, {"give them a call", CH},
    {"give him a call", CH}, {"give her a call", CH}, {"give a ring", CH}, {"get back to them", CH}, {"get back to", CH}, {"get back to you", AC},
    {"get back to him", CH}, {"get back to her", CH}, {"get in touch", CH}, {"hear back", CH},
    {"loop back", CH}, {"catch up", CH}, {"see if", CH}, {"find out", CH}, {"wait for", CH},
    {"see where", CH}, {"see how", CH}, {"see what", CH}, {"see whether", CH},
    {"contract signing", EV}, {"signing ceremony", EV}, /* the signing itself, a meeting's day */
    {"kindly note", FL}, {"please note", FL}, {"pls note", FL}, {"note that", FL}, {"leave a voicemail", CH}, {"leave vm", CH}, {"leave a vm", CH}, {"leave a message", CH}, {"leave voicemail", CH}, {"shoot an email", CH}, {"drop a line", CH}, {"drop a mail", CH}, {"drop an email", CH}, {"drop a note", CH}, {"drop a message", CH}, {"keep warm", CH},
    /* "keep me posted" (asked of us) is a chase of ours; "they'll keep us posted" a step of theirs */
    {"keep me posted", CH}, {"keep me updated", CH}, {"keep me in the loop", CH}, {"keep them posted", CH}, {"keep them updated", CH},
    {"keep him posted", CH}, {"keep her posted", CH}, {"keep them in the loop", CH},
    {"keep us posted", AC}, {"keep us updated", AC}, {"keep us in the loop", AC}, {"keep you posted", AC}, {"keep you updated", AC},
    {"keep trying", CH}, {"stay in touch", CH}, {"stay in contact", CH}, {"keep in contact", CH}, {"stay close", CH}, {"hit up", CH}, {"keep an eye on", CH}, {"keep tabs on", CH}, {"keep in touch", CH}, {"touch bases", CH}, {"try again", CH}, {"will try again", CH}, {"try back", CH},
    {"drop by", CH}, {"stop by", CH}, {"swing by", CH}, {"pop in", CH}, {"pop by", CH}, {"cold call", CH},
    {"make sure", CH}, {"site walk", EV}, {"site survey", EV}, {"site inspection", EV}, {"ping back", CH}, {"a quick note", CH}, {"a short note", CH}, {"a quick email", CH}, {"a quick message", CH}, {"a quick text", CH}, {"a quick ping", CH}, {"write to", CH}, {"write me", CH}, {"write him", CH}, {"write her", CH}, {"write them", CH}, {"a note", CH}, {"re engage", CH}, {"get hold", CH}, {"to ask", CH}, {"ask if", CH}, {"ask whether", CH},
    /* client effort */
    {"loop in", AC}, {"move forward", AC}, {"move fwd", AC}, {"moving forward", AC}, {"get back to us", AC}, {"get back to me", AC}, {"get us", DV}, {"gets us", DV},
    {"gets back to us", AC}, {"come back", AC}, {"come to", AC | JT}, {"keep after", CH}, {"come through", AC}, {"comes through", AC}, {"be in touch", AC},
    {"let us know", AC}, {"let me know", AC}, {"pass it on", AC},
    {"pass on", AC}, {"sign off", AC}, {"signs off", AC}, {"kick off", AC | EV}, {"kicks off", AC | EV},
    {"think about", AC | HG}, {"think it over", AC | HG},
    {"talk to", AC},
    {"talk with", AC}, {"talks to", AC}, {"run a pilot", AC}, {"fill out", AC}, {"fill in", AC},
    /* both sides act */
    {"walk through", AC | JT}, {"walk us through", AC | JT},
    {"pre sales", SE}, {"supply chain", CL}, {"decision maker", CL}, {"decision makers", CL}, {"decision committee", CL}, {"decision team", CL}, {"decision group", CL}, {"decision panel", CL}, {"responsible of", CL} /* "The responsible of purchases will ...": the one in charge */, {"go over", AC | JT}, {"goes over", AC | JT}, {"go through", AC | JT}, {"sit down", AC | JT},
    {"grab coffee", EV | JT}, {"grab lunch", EV | JT}, {"get together", EV | JT},
    {"with us", JT}, {"with me", JT}, {"review together", AC | JT}, {"meet with", AC | JT},
    {"meet up", AC | JT}, {"deep dive", EV}, {"demo environment", DN}, {"working session", EV}, {"site visit", EV},
    {"office hours", EV}, {"planning session", EV}, {"planning meeting", EV}, {"planning call", EV}, {"demo to", EV}, {"demo for", EV}, {"present to", AC | JT},
    /* seller deliverables */
    {"put together", DV}, {"write up", DV}, {"draw up", DV}, {"mock up", DV}, {"spin up", DV},
    {"set up", DV | SU}, {"health check", EV} /* a customer-success review */, {"cut short", RC} /* "call cut short" */, {"get them", DV}, {"get him", DV}, {"get her", DV},
    {"look into", DV}, {"look at", DV}, {"information only", FL}, {"info only", FL}, {"turn around", DV}, {"order form", DN | CD}, {"order forms", DN | CD}, {"case study", DN}, {"reference call", DN}, {"reference calls", DN}, {"reference visit", DN}, {"reference visits", DN}, {"reference site", DN}, {"reference check", DN}, {"case studies", DN}, {"statement of work", DN},
    {"spec out", DV}, {"cost out", DV}, {"throw in", DV}, {"free access", DN}, {"demo video", DN}, {"video walkthrough", DN}, {"video demo", DN}, {"free trial", DN}, {"one pager", DN},
    /* meeting set-up by the seller (still a chase until the client books) */
    {"line up", SU}, {"find a time", SU}, {"grab time", SU}, {"grab a time", SU}, {"get a time", SU}, {"get some time", SU},
    /* the seller seeks a slot: "get on their calendar", "try to get a meeting" */
    {"get on their calendar", SU}, {"get on the calendar", SU}, {"get on his calendar", SU},
    {"get on her calendar", SU}, {"get a meeting", SU}, {"get a call", SU}, {"get time", SU},
    {"get an appointment", SU}, {"get appointment", SU},
    /* "fix" a meeting: arrange it (Indian, Nigerian, French English: "fix a meeting with the IT manager") */
    {"fix a meeting", SU}, {"fix a call", SU}, {"fix a time", SU}, {"fix a date", SU}, {"fix an appointment", SU},
    {"fix up a meeting", SU},
    /* "recall me": call me back (French English: "Recall me in January") */
    {"recall me", CH}, {"recall us", CH}, {"recall him", CH}, {"recall her", CH}, {"recall them", CH},
    /* booked */
    {"on the calendar", BK}, {"on calendar", BK}, {"on cal", BK}, {"on the cal", BK},
    {"on our calendar", BK}, {"on their calendar", BK}, {"on his calendar", BK},
    {"on her calendar", BK}, {"on the books", BK}, {"in the calendar", BK}, {"in the diary", BK},
    /* "already on both calendars: Mon 11/23": everyone's, booked */
    {"on both calendars", BK}, {"on both our calendars", BK}, {"on our calendars", BK}, {"on their calendars", BK},
    {"on everyone's calendar", BK}, {"in both calendars", BK},
    {"invite accepted", BK}, {"invite sent", BK}, {"invite out", BK}, {"invite is out", BK},
    {"invitation accepted", BK}, {"invitation sent", BK}, {"accepted the invite", BK},
    {"sent the invite", BK}, {"set for", BK}, {"is set", BK}, {"locked in", BK}, {"booked in", BK},
    {"calendar invite", BK}, {"calendar hold", BK}, {"blocked time", BK}, {"blocked off", BK},
    {"all set", BK},
    /* not booked: a hedge */
    {"no invite", NB}, {"no invite sent", NB}, {"invite not sent", NB}, {"nothing on the calendar", NB}, {"not on the calendar", NB},
    {"nothing booked", NB}, {"not booked", NB}, {"not scheduled", NB}, {"not confirmed", NB},
    {"no promises", HG}, {"no promise", HG}, {"no guarantees", HG}, {"no guarantee", HG},
    {"not yet", NB}, {"no date", NB}, {"not set", NB}, {"no time", NB}, {"nothing scheduled", NB},
    {"not locked", NB}, {"to be confirmed", NB}, {"to be scheduled", NB}, {"to be booked", NB},
    {"to be arranged", NB}, {"to be set", NB}, {"pencilled in", HG}, {"penciled in", HG},
    {"pencil in", HG},
    /* hedges */
    {"will try", HG}, {"try to", HG}, {"should be able", HG}, {"wants to", HG}, {"want to", HG},
    {"would like to", HG}, {"hopes to", HG}, {"plans to", HG}, {"intends to", HG}, {"plan to", HG}, {"plans on", HG}, {"not sure", HG},
    {"when he has time", HG}, {"when she has time", HG}, {"when they have time", HG},
    {"if time", HG}, {"depending on", HG}, {"fingers crossed", HG}, {"attempt to", HG}, {"if possible", HG}, {"in principle", HG},
    /* vague time */
    {"at some point", VG}, {"down the road", VG}, {"in the future", VG}, {"when ready", VG},
    {"some time", VG}, {"one day", VG}, {"later on", VG},
    /* the client went silent: no one acts on their side */
    {"went dark", NG}, {"gone dark", NG}, {"went quiet", NG}, {"gone quiet", NG}, {"went silent", NG},
    {"gone silent", NG}, {"is dark", NG},
    /* pointers elsewhere, not a step */
    /* how the meeting went: a status, not a step */
    {"good call", NO}, {"great call", NO}, {"good meeting", NO}, {"great meeting", NO}, {"good chat", NO},
    {"great chat", NO}, {"nice call", NO}, {"productive call", NO}, {"productive meeting", NO},
    {"positive call", NO}, {"positive meeting", NO}, {"went well", NO},

    /* "Is necessary to contact...": the seller's to-do, said the long way */
    {"it is necessary to", FL}, {"is necessary to", FL}, {"necessary to", FL},
    {"it is important to", FL}, {"is important to", FL}, {"important to", FL},
    {"pilot feedback", DN}, {"pilot results", DN}, {"demo feedback", DN}, {"demo recording", DN}, {"call recording", DN},
    {"confirmed receipt", RC}, /* "Raj confirmed receipt": told, no booking */
    {"accepted my connection", RC}, {"accepted the connection", RC}, {"accepted connection", RC},
    {"call notes", NO}, {"meeting notes", NO}, {"see email", NO}, {"see the email", NO}, {"see thread", NO}, {"see notes", NO}, {"see below", NO},
    /* the client asks for something */
    {"would like", RQ}, {"looking for", RQ}, {"interested in", RQ}, {"waiting for", RQ},
    {"waiting on", RQ}, {"asked for", RQ}, {"asks for", RQ}, {"asked about", RQ}, {"asking for", RQ}, {"asking about", RQ},
};

/* Words the rules (classify*.c, actors.c) compare by name that carry no cue
 * of their own. The lookup table holds them too, with no meaning: every
 * word a rule names gets an id (FUL_W_*, rules_table.h), so the rule's
 * compare is one integer test on the token's id, not a length and bytes. */
/* Words a rule names that stay unknown words to the classifier: their ids
 * come last (FUL_WID_TEXT0 on, rules_table.h), and the tests for a word no
 * table knows (the typo mender, a foreign word, a lowercase name before "to")
 * count them unknown, as they were before they had ids. The id gives a rule
 * its gate bit (ful_wset) and a one-compare test. */
#define FUL_TEXT_WORDS                                                                                              \
    /* ful_takes_time: "Procurement takes 6 weeks" */                                                             \
    "takes",                                                                                                        \
    /* ful_fact_clause: "budgets reset then", "prices change in January" */                                      \
    "reset", "change",                                                                                              \
    /* ful_past_verb: "Lukas used our competitor at his previous employer" */                                     \
    "used",                                                                                                         \
    /* ful_not_known: "not clear if legal needs it", "unsure who signs" */                                         \
    "clear", "certain", "unsure", "unknown",                                                                       \
    /* ful_day_off: "Plant shutdown Dec 20-Jan 5"; ful_policy_tail: ", that's policy" */                           \
    "shutdown", "closure", "policy", "rule", "sop", "procedure", "standard",                                      \
    /* ful_offers_times: "a couple of slots", "my availability", "a Calendly link" */                              \
    "slot", "slots", "availability", "calendly", "times",                                                         \
    /* ful_store_word: "Recording link in Gong", "in the shared folder" */                                         \
    "crm", "gong", "room", "wiki", "jira", "drive", "inbox", "folder", "notion", "chorus", "dropbox", "hubspot",    \
    "salesforce", "sharepoint", "confluence",                                                                      \
    /* ful_ordinal_at: "every third Friday", "every other week" */                                                 \
    "third", "fourth", "other",                                                                                     \
    /* ful_fact_clause: "Honestly the price is fine"; ful_trip_only: "Tom flies to Lagos on 12/19" */              \
    "honestly", "frankly", "basically", "tbh", "flies", "flying", "travels",                                       \
    /* ful_fact_clause too: "ngl the coffee at their office was terrible", "imo the price is fine" */                \
    "ngl", "imo", "imho", "fwiw", "tbf", "actually",                                                              \
    /* classify.c: "dog barking the whole call", "on mute the entire meeting" */                                  \
    "entire",                                                                                                     \
    /* ful_average_of: "avg ticket price $38", "median deal size 40k" */                                           \
    "avg", "average", "median", "typical",                                                                         \
    /* a verb of how things go (FW_WEAK): "the cheque run happens on the 15th every month" */                     \
    "happens"
#define FUL_NTEXTWORDS ((int)(sizeof((const char *[]){ FUL_TEXT_WORDS }) / sizeof(const char *)))

static const char *const ful_idwords[] = {
    "actions", "acv", "ago", "agree", "agreement", "ai", "already", "alright", "amount", "around",
    "authority", "awesome", "progress", "underway", "ongoing", "resets", "confusing", "promising", "interesting", "amazing", "annoying", "frustrating", "exciting", "disappointing", "overwhelming", "encouraging", "worrying", "underwhelming", "convincing", "compelling", "appealing", "boring", "pays", "most", "many", "half", "retiring", "relocating", "leaving", "transferring", "stepping", "ahead", "aga", "agha", "sahib", "saheb", "sahab", "effendi", "efendi", "bhai", "didi", "background", "been", "begins", "being", "belongs", "blackout", "blocker",
    "blockers", "bought", "break", "built", "came", "canceled", "cancelled", "chose", "close", "code",
    "comment", "comments", "competition", "competitor", "competitors", "completed", "concern", "concerns",
    "constructive", "contains", "context", "convo", "costs", "couple", "cover", "covers", "criteria",
    "currently", "dead", "deadline", "decided", "depend", "depends", "description", "didn't", "didnt",
    "disregard", "do", "doesn't", "doesnae", "doesnt", "done", "due", "dupe", "duplicate", "during", "earlier", "eb", "economic", "emails",
    "employ", "employs", "ends", "exceeds", "excellent", "expected", "expire", "expires", "extra",
    "fantastic", "feedback", "felt", "few", "fine", "finished", "forecast", "freeze", "frozen", "fruitful",
    "given", "got", "hasn't", "hasnt", "haven't", "havent", "helpful", "high", "fire", "t", "kg", "tonnes", "tons", "litres", "liters", "gallons", "mood", "sentiment", "vibe", "approx", "roughly", "approximately", "circa", "hinges", "hold", "holds", "controls", "speaks", "holiday", "hour",
    "hours", "hrs", "id", "ignore", "imessage", "include", "includes", "incumbent", "informative",
    "insightful", "introduction", "items", "ji", "kun", "lack", "lacks", "lapses", "finishes", "terminates", "rolls", "caps", "states", "excludes", "mandates", "specifies", "limits", "allows", "permits", "prohibits", "lists", "valid", "separate", "capped", "changes", "peaks", "last", "left", "linkedin",
    "lockdown", "looks", "low", "lukewarm", "made", "main", "maker", "means", "min", "mins", "minutes", "mixed",
    "more", "negative", "never", "nim", "bey", "aka", "opa", "notes", "now", "number", "obj", "objection", "objections", "obtain",
    "off", "operate", "operates", "outcome", "paid", "pain", "pains", "points", "why", "paper", "pending", "people",
    "per", "percent", "pick", "planned", "play", "prefer", "prefers", "prev", "previous", "probability",
    "proceed", "process", "pto", "quite", "ran", "really", "receive", "receives", "remains", "renews", "reps",
    "results", "risk", "risks", "rough", "sabbatical", "sama", "san", "saw", "seats", "seem", "seemed",
    "seems", "sensei", "shifts", "side", "signal", "since", "sites", "slack", "sold", "solid",
    "sounds", "spent", "ssi", "stage", "start", "starts", "status", "steering", "strong", "stuck",
    "successful", "super", "supposed", "table", "take", "taken", "task", "teams", "telegram",
    "thought", "thread", "thx", "tied", "till", "time", "timing", "too", "took", "tough",
    "transcript", "two", "um", "use", "useful", "uses", "vacation", "very", "wa", "wechat", "well", "who",
    "x", "yesterday", "yesterday's", "yet",
    /* how things stand with the client: habits, roles, tastes, moods (ful_status_at) */
    "always", "manually", "annoyed", "cautious", "concerned", "disappointed", "dislike", "dislikes", "excited",
    "frustrated", "generally", "happy", "hate", "hates", "hesitant", "impressed", "keen", "like", "likes",
    "manage", "manages", "mostly", "nervous", "normally", "often", "oversee", "oversees",
    "pleased", "rarely", "receptive", "reports", "satisfied", "sceptical", "skeptical", "sometimes",
    "thrilled", "slow", "busy", "swamped", "slammed", "tight", "strict", "conservative", "typically", "unhappy", "upset", "usually", "while", "works", "worried",
    "plays", "lives", "applies", "carries", "stocks", "averages", "scores", "keeps", "weighs", "chairs", "rely", "relies",
    /* a figure they foresee, where their money comes from (ful_forecast, ful_funded_from) */
    "forecasts", "anticipate", "anticipates", "predict", "predicts", "funding", "money", "funds",
    "owns", "buys", "sells", "serves", "supplies", "outsources", "spends", "grows",
    "own", "sell", "serve", "outsource", "grow", "carry", "stock", "whole",
    "opens", "retires", "launches", "middle", "handles", "work", "every", "each", "mainly", "using", "running", "appreciate", "best", "better",
    "contacted", "reached", "phoned", "rung",
    "away", "ooo", "sick", "travelling", "traveling", "fy", "fiscal", "financial", "closes",
    "available", "unavailable", "value", "arr", "mrr", "tcv", "longer", "ready", "sure", "lasts", "through",
    "don't", "dont",
    /* verbs that stand before "to VERB" in a to-do ("remember to send"): no lowercase names */
    "remember", "continue", "begin", "forget", "intend", "wish", "volunteer", "refuse", "tend", "hesitate",
    "hurry", "rush", "nb", "promise",
    "grew", "fell", "kept", "began", "broke",
    "quarterly", "weekly", "monthly", "annually", "yearly", "daily", "biweekly", "cycle", "period", "season",
    "aren't", "isn't", "arent", "isnt", "weren't", "wasn't",
    "know", "knows", "sits", "title", "titled", "named", "entitled", "headline", "date",
    "three", "four", "five", "six", "several", "early", "late",
    /* who was there: "Attended: Mark, Julie" (ful_attendance_line) */
    "attended", "attending", "attendees", "participants", "joined",
    /* what troubles or drives them: "main concern is ..." (ful_topic_noun) */
    "issues", "problem", "problems", "worry", "worries", "challenge", "challenges", "priority", "focus",
    "headache", "bottleneck", "hesitation", "frustration", "complaint", "question", "mid",
    "everything", "anything", "quiet", "dark", "silent", "covering", "coming",
    /* where a thing stands: "NDA in place", "deal in limbo" */
    "place", "limbo",
    /* "RFP timeline unclear": what is not known yet */
    "unclear", "uncertain", "undecided",
    /* irregular pasts that tell what happened: "Demo froze at the reports screen", "Rang twice, no answer" */
    "froze", "hung", "found", "heard", "forgot", "became", "rang", "flew", "knew", "caught", "threw", "stole",
    /* how often: "their washers break down twice a month" (a habit) */
    "twice",
    /* what a business does all year: "they rent storage from a 3PL", "the plant exports to Chile" (ful_client_habit) */
    "rent", "rents", "import", "imports", "export", "exports", "distributes", "manufacture",
    "manufactures", "produces",
    /* what a count counts: "3000 staff", "12 ppl" (ful_quantity_at's units) */
    "staff", "ppl", "pax", "employees", "fte", "ftes",
    FUL_TEXT_WORDS
};

#define FUL_NWORDS ((int)(sizeof ful_words / sizeof ful_words[0]))
#define FUL_NPHRASES ((int)(sizeof ful_phrases / sizeof ful_phrases[0]))
#define FUL_NIDWORDS ((int)(sizeof ful_idwords / sizeof ful_idwords[0]))
#define FUL_SLOTS 4096u

static inline uint32_t ful_slot_of(uint32_t h) { return (h * 0x9E3779B1u) >> (32 - 12); }

typedef struct {
    uint32_t hash;
    uint16_t idx; /* word id + 1 (ful_words, then ful_idwords); 0: an empty slot */
    uint16_t len;
} ful_slot_e;

#endif
