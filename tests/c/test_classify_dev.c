/* test_classify_dev.c: scores the classifier on labelled next steps and
 * fails when it falls short of issue 11's targets.
 *
 * Data (the test FAILS when any is missing; it never skips):
 *  - tests/fixtures/classify/lines-*.tsv: class<TAB>due<TAB>text, meeting
 *    2026-12-02, due "-" when the line names no date. A quarter of these
 *    lines, chosen by FNV-1a of the text (mod 4 == 0) before any tuning, is
 *    HELD OUT: its misses are counted, never printed, so rules are not
 *    fitted to them.
 *    lines-o.tsv and lines-p.tsv, a third writer's pair, and lines-q.tsv
 *    and lines-r.tsv, a fourth's, lines-s.tsv and lines-t.tsv, a
 *    fifth's, lines-u.tsv and lines-v.tsv, a sixth's, lines-w.tsv and
 *    lines-x.tsv, a seventh's, and lines-y.tsv and lines-z.tsv, an
 *    eighth's, are split whole instead: o, q, s, u, w and y are all
 *    tuning, p, r, t, v, x and z all held out (see fixtures[] below);
 *    lines-zz.tsv, a ninth writer's single file, is held out whole;
 *    lines-zt.tsv and lines-zh.tsv, a tenth writer's pair, are split
 *    whole too: zt all tuning, zh all held out; lines-zu.tsv and
 *    lines-zv.tsv, an eleventh writer's pair, the same way: zu all
 *    tuning, zv all held out; lines-zw.tsv and lines-zx.tsv, a
 *    twelfth writer's pair, too: zw all tuning, zx all held out;
 *    lines-zy.tsv and lines-zk.tsv, a thirteenth writer's pair, too:
 *    zy all tuning, zk all held out; lines-zn.tsv and lines-zm.tsv, a
 *    fourteenth writer's pair, too: zn all tuning, zm all held out;
 *    lines-zp.tsv and lines-zq.tsv, a fifteenth writer's pair, too: zp
 *    all tuning, zq all held out; lines-zr.tsv and lines-zs.tsv, a
 *    sixteenth writer's pair, too: zr all tuning, zs all held out;
 *    lines-za.tsv and lines-zb.tsv, a seventeenth writer's pair, too:
 *    za all tuning, zb all held out; lines-zc.tsv and lines-zd.tsv, an
 *    eighteenth writer's pair, too: zc all tuning, zd all held out;
 *    lines-ze.tsv and lines-zf.tsv, a nineteenth writer's pair, too: ze
 *    all tuning, zf all held out; lines-zg.tsv and lines-zi.tsv, a
 *    twentieth writer's pair, too: zg all tuning, zi all held out;
 *    lines-zj.tsv and lines-zl.tsv, a twenty-first writer's pair, too:
 *    zj all tuning, zl all held out; lines-zo.tsv and lines-zza.tsv, a
 *    twenty-second writer's pair, too: zo all tuning, zza all held out;
 *    lines-zzb.tsv and lines-zzc.tsv, a twenty-third writer's pair, too:
 *    zzb all tuning, zzc all held out; lines-zzd.tsv and lines-zze.tsv,
 *    a twenty-fourth writer's pair, too: zzd all tuning, zze all held
 *    out; lines-zzf.tsv and lines-zzg.tsv, a twenty-fifth writer's pair,
 *    too: zzf all tuning, zzg all held out.
 *  - ../shared/data/nextsteps-dev.tsv (relative to the clone; or
 *    $FULOG_SHARED_DATA): class<TAB>text, meeting 2026-11-20, written by
 *    others.
 * The repo root is the working folder when it holds tests/fixtures, else
 * found from argv[0] (build/tests/NAME). FUL_DEV_VERBOSE=1 prints the
 * tuning part's misses. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>

#include "classify.h"
#include "t.h"

#define NC FUL_NCLASS

typedef struct {
    int m[NC][NC]; /* [gold][predicted] */
    int n;
    int dates, date_miss;
    int var_n, var_kept; /* tuning lines read right, typed in lowercase: still right? */
    int alt_n[4], alt_kept[4]; /* ... with a label before, a source after, another name (ful_variant) */
} ful_conf;

static double class_f1(const ful_conf *c, int k, int *gold_n)
{
    int tp = c->m[k][k], gold = 0, pred = 0, j;
    double p, r;
    for (j = 0; j < NC; j++) {
        gold += c->m[k][j];
        pred += c->m[j][k];
    }
    *gold_n = gold;
    p = pred ? (double)tp / pred : 0;
    r = gold ? (double)tp / gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Prints the scores against issue 11's target and checks the floor the
 * classifier has reached (a regression fails): macro-F1 >= min_macro over
 * the classes present in the gold labels, no such class under min_class,
 * at most max_dates dates wrong. */
static void report(const char *title, const ful_conf *c, double target, double min_macro, double min_class,
                   int max_dates)
{
    int k, j, present = 0, g;
    double sum = 0, macro;
    printf("# %s: %d lines, %d dated, %d dates wrong\n", title, c->n, c->dates, c->date_miss);
    printf("#   %-10s %6s %5s\n", "class", "F1", "n");
    for (k = 0; k < NC; k++) {
        double f = class_f1(c, k, &g);
        if (g == 0)
            continue;
        printf("#   %-10s %6.3f %5d\n", ful_class_name((ful_class)k), f, g);
        sum += f;
        present++;
        T_CHECK(f >= min_class, "%s: %s F1 %.3f < %.2f", title, ful_class_name((ful_class)k), f, min_class);
    }
    macro = present ? sum / present : 0;
    printf("#   macro-F1 %.3f (target %.2f, no class under 0.85, every date right)\n", macro, target);
    printf("#   confusion (rows gold, columns predicted):\n#   %-10s", "");
    for (j = 0; j < NC; j++)
        printf(" %5.5s", ful_class_name((ful_class)j));
    printf("\n");
    for (k = 0; k < NC; k++) {
        printf("#   %-10s", ful_class_name((ful_class)k));
        for (j = 0; j < NC; j++)
            printf(" %5d", c->m[k][j]);
        printf("\n");
    }
    T_CHECK(c->n > 0, "%s: no lines", title);
    T_CHECK(macro >= min_macro, "%s: macro-F1 %.3f < %.2f", title, macro, min_macro);
    T_CHECK(c->date_miss <= max_dates, "%s: %d of %d dates wrong", title, c->date_miss, c->dates);
}

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* Edits that must not change a line's class: a label typed before it
 * ("TODO "), a source after it (" (per our call)"), a first name swapped
 * for a two-part one ("Maria" -> "Mary Ellen") or for one that is also a
 * word or a month (spec section 2: "Will", "May", "Grant", "Jan", "Chase",
 * by the line's hash). Writes variant k of text
 * to out; 0 when it does not apply to the line. */
#define NALT 4
static const char *const alt_name[NALT] = {"a label before", "a source after", "a two-part name",
                                           "a name that is a word"};
static int ful_variant(int k, const char *text, char *out, size_t cap)
{
    static const char *const names[] = {"Maria", "Omar", "Priya", "Tom", "Rahul", "Dana", "Ana", "Raj", NULL};
    size_t tn = strlen(text);
    int i;
    if (tn + 32 >= cap)
        return 0;
    if (k == 0)
        return snprintf(out, cap, "TODO %s", text) > 0;
    if (k == 1) {
        while (tn > 0 && (text[tn - 1] == '.' || text[tn - 1] == ' '))
            tn--;
        return snprintf(out, cap, "%.*s (per our call)", (int)tn, text) > 0;
    }
    for (i = 0; names[i]; i++) {
        size_t nl = strlen(names[i]);
        const char *p = strstr(text, names[i]);
        if (p && (p == text || p[-1] == ' ' || p[-1] == '"' || p[-1] == '@' || p[-1] == '[') &&
            !((p[nl] >= 'a' && p[nl] <= 'z') || (p[nl] >= 'A' && p[nl] <= 'Z'))) {
            static const char *const words[] = {"Will", "May", "Grant", "Jan", "Chase", "Hope", "June", "Mark"};
            snprintf(out, cap, "%.*s%s%s", (int)(p - text), text, k == 2 ? "Mary Ellen" : words[(fnv1a(text) >> 8) % 8],
                     p + nl);
            return 1;
        }
    }
    return 0;
}

/* How a file's lines are split between tuning and held out: by hash (a
 * quarter held out), or the whole file one way (a writer's tuning file and
 * its twin kept out whole). */
typedef enum { FUL_SPLIT_HASH, FUL_SPLIT_ALL_TUNE, FUL_SPLIT_ALL_HELD } ful_split;

/* Reads one labelled file. cols 3: class, due, text (split as `split`
 * says); cols 2: class, text (all into *tune). held_too, when not NULL,
 * counts the held-out lines a second time (one file's quarter on its own).
 * Returns 0, or -1 when unreadable. */
static int score_file(const char *path, int cols, ful_split split, ful_day meeting, ful_conf *tune, ful_conf *held,
                      ful_conf *held_too, int verbose)
{
    FILE *f = fopen(path, "r");
    char line[8192];
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        char *tab, *text, *due = NULL;
        int gold, is_held;
        ful_verdict v;
        ful_conf *c;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        gold = ful_class_parse(line, strlen(line));
        text = tab + 1;
        if (cols == 3) {
            due = text;
            tab = strchr(text, '\t');
            if (!tab)
                continue;
            *tab = '\0';
            text = tab + 1;
        }
        T_CHECK(gold >= 0, "%s: unknown class '%s'", path, line);
        if (gold < 0)
            continue;
        ful_classify(NULL, text, strlen(text), meeting, 7, 0, &v);
        is_held = cols == 3 && (split == FUL_SPLIT_ALL_HELD || (split == FUL_SPLIT_HASH && fnv1a(text) % 4 == 0));
        c = is_held ? held : tune;
        c->m[gold][v.cls]++;
        c->n++;
        if (is_held && held_too) {
            held_too->m[gold][v.cls]++;
            held_too->n++;
        }
        if (verbose && !is_held && (int)v.cls != gold)
            printf("# miss: %s -> %s: %s\n", ful_class_name((ful_class)gold), ful_class_name(v.cls), text);
        if (!is_held && (int)v.cls == gold) {
            /* the same line typed on a phone, all lowercase ("will sends the
             * order form fri"): the class must not hang on capitals */
            char low[8192];
            size_t k, tn = strlen(text);
            ful_verdict lv;
            for (k = 0; k < tn && k + 1 < sizeof low; k++)
                low[k] = (char)((text[k] >= 'A' && text[k] <= 'Z') ? text[k] + 32 : text[k]);
            low[k] = '\0';
            if (strcmp(low, text) != 0) {
                ful_classify(NULL, low, k, meeting, 7, 0, &lv);
                c->var_n++;
                c->var_kept += lv.cls == v.cls;
                if (verbose && lv.cls != v.cls)
                    printf("# lowercase: %s -> %s: %s\n", ful_class_name(v.cls), ful_class_name(lv.cls), low);
            }
            for (k = 0; k < NALT; k++) {
                if (!ful_variant((int)k, text, low, sizeof low))
                    continue;
                ful_classify(NULL, low, strlen(low), meeting, 7, 0, &lv);
                c->alt_n[k]++;
                c->alt_kept[k] += lv.cls == v.cls;
                if (verbose && lv.cls != v.cls)
                    printf("# %s: %s -> %s: %s\n", alt_name[k], ful_class_name(v.cls), ful_class_name(lv.cls), low);
            }
        }
        if (due && strcmp(due, "-") != 0) {
            char got[11] = "-";
            if (v.due != FUL_NODATE)
                ful_day_format(v.due, got);
            c->dates++;
            if (is_held && held_too)
                held_too->dates++;
            if (strcmp(got, due) != 0) {
                c->date_miss++;
                if (is_held && held_too)
                    held_too->date_miss++;
                if (verbose && !is_held)
                    printf("# date: want %s, got %s: %s\n", due, got, text);
            }
        }
    }
    fclose(f);
    return 0;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* shared/data/nextsteps-dev.tsv in the clone's parent folder or, for a
 * git worktree kept deeper (/work/wt/NAME), in the nearest ancestor that
 * has one. Leaves the first candidate in out when none exists. */
static void find_shared(const char *root, char *out, size_t cap)
{
    char abs[4096], *slash;
    struct stat st;
    snprintf(out, cap, "%s/../shared/data/nextsteps-dev.tsv", root);
    if (!realpath(root, abs))
        return;
    while ((slash = strrchr(abs, '/')) != NULL) {
        char cand[4200];
        *slash = '\0';
        snprintf(cand, sizeof cand, "%s/shared/data/nextsteps-dev.tsv", abs);
        if (stat(cand, &st) == 0) {
            snprintf(out, cap, "%s", cand);
            return;
        }
    }
}

/* The labelled files. lines-e.tsv on were each written before any rule
 * was tuned on them: their held-out quarters alone are the fairest view of
 * new phrasing, so each is also reported on its own (alone), with its own
 * floor. A file marked apart (1) is new and not yet worked on: it is scored
 * and reported (its tuning part and its held-out quarter, each on its own)
 * but kept out of the pooled tuning and held-out figures and their floors
 * until the rules have been worked on it; then its apart flag goes to 0.
 * apart 2 is a third writer's pair, scored file by file and never pooled:
 * lines-o.tsv is read whole as tuning (its misses may be printed and
 * worked on), lines-p.tsv is held out whole (never printed), so p alone
 * says whether work on o carried over to a writer nobody tuned for. Their
 * floors sit a little under their first scores, before any rule was
 * changed for them (macro-F1 o 0.891, p 0.868; weakest class unknown, o
 * 0.792, p 0.682; dates wrong o 3 of 63, p 2 of 62). lines-q.tsv and
 * lines-r.tsv, a fourth writer's pair in other trades and forms (AI
 * meeting summaries, templates, dictation, email quotes, passives), are
 * split the same way (q tuning, r held out whole); their floors sit a
 * little under their first scores (macro-F1 q 0.847, r 0.767; weakest
 * class unknown, q 0.696, r 0.612; dates wrong q 2 of 61, r 3 of 61).
 * The floors were raised to the scores after the rules were worked on q
 * (q 0.961, r 0.823 with 2 dates wrong, p 0.920 with unknown 0.840).
 * lines-s.tsv and lines-t.tsv, a fifth writer's pair (pasted chat
 * messages, CRM activity logs, renewals, channel, procurement and security
 * review, hedges and conditions, terse verbless notes, more Englishes), are
 * split the same way (s tuning, t held out whole); their floors sit a
 * little under their first scores, before any rule was changed for them
 * (macro-F1 s 0.799, t 0.738; weakest class unknown, s 0.679, t 0.623;
 * dates wrong s 3 of 68, t 3 of 68). lines-u.tsv and lines-v.tsv, a sixth
 * writer's pair (Markdown / Obsidian / org-mode notes, pipeline and
 * forecast reviews, mutual action plan rows, refusals and conditions,
 * times with zones, our side named by role, ten more trades, more
 * Englishes), are split the same way (u tuning, v held out whole); their
 * floors sit a little under their first scores, before any rule was
 * changed for them (macro-F1 u 0.893, v 0.698; weakest class u unknown
 * 0.857, v compliance 0.588; dates wrong u 3 of 74, v 2 of 74).
 * lines-w.tsv and lines-x.tsv, a seventh writer's pair (implementation
 * and services status notes, SDR dispositions, field visits, public
 * tenders and grants, both sides' steps on one line, cancelled,
 * rescheduled and handed-over steps, COP / EOB / latest Friday / until
 * Friday, B2C high-ticket trades, more Englishes), are split the same way
 * (w tuning, x held out whole); their floors sit a little under their
 * first scores, before any rule was changed for them (macro-F1 w 0.820,
 * x 0.680; weakest class w unknown 0.737, x non 0.611; dates wrong w 2 of
 * 73, x 4 of 76). After the rules were worked on w the same session
 * (w 0.930, weakest class 0.901, no date wrong; x 0.693, weakest 0.629),
 * the floors were raised to those less a margin, so a rule that loses
 * them fails. lines-y.tsv and lines-z.tsv, an eighth writer's pair
 * (emoji and hashtag fragments, voice-to-text, managers' notes on their
 * reps' deals, reseller and distributor deals, ten more trades, renewals
 * and churn risk, two-date lines, local time words, fourteen Englishes,
 * first-person client speech with and without quote marks), are split
 * the same way (y tuning, z held out whole); their floors sit a little
 * under their first scores, before any rule was changed for them
 * (macro-F1 y 0.869, z 0.819; weakest class unknown, y 0.767, z 0.714;
 * dates wrong y 0 of 69, z 2 of 70). After the next session's rules
 * (y 0.924, weakest 0.820; z 0.850, weakest 0.714, 2 dates wrong; t
 * 0.803, v 0.743, r 0.852, x 0.698, w 0.955) those floors, and the
 * earlier writers' held-out ones, were raised to the new figures less a
 * margin. lines-zz.tsv, a ninth writer's one file (field sales in pharma,
 * construction, wine and spirits, freight, hospitality, public
 * procurement, university advancement, recruiting, solar, legal;
 * calendar invites, e-mail subjects, Kanban and Notion rows, tickets),
 * written after that session's rules and held out whole: first contact
 * macro-F1 0.865 (weakest class unknown 0.820; no date wrong of 77);
 * the session's starting rules scored it 0.854. Its floors sit a little
 * under. lines-zt.tsv and lines-zh.tsv, a tenth writer's pair (notes
 * dictated while driving, SDR call logs, Ariba and Coupa portals, MSP
 * resellers, telecoms and energy, CROs, market research, sponsorships,
 * franchise, payments, security questionnaires, grants, RFQs and
 * tooling; Dutch, Polish, Japanese, Malaysian, Brazilian, Arabic and
 * Hindi speakers' English; names that are words as actor and object;
 * follow-up attempts logged with the next try), are split the same way
 * (zt tuning, zh held out whole; zh follows zt's mix kind for kind);
 * their floors sit a little under their first scores, before any rule
 * was changed for them (macro-F1 zt 0.897, zh 0.903; weakest class
 * unknown, zt 0.792, zh 0.778; no date wrong, zt of 59, zh of 60).
 * lines-zu.tsv and lines-zv.tsv, an eleventh writer's pair (Gong and
 * Chorus call-summary action items, Slack lines with @channel, @handles
 * and emoji, e-mail handles as actors, lines mixing Spanish, German,
 * French, Italian, Swahili and Korean words, Turkish, Russian,
 * Vietnamese, Indonesian, Kenyan, Korean and Hindi speakers' English,
 * customer success and renewals, channel partners, heavy abbreviations,
 * client speech after "said:" without quote marks, facts that look like
 * steps), are split the same way (zu tuning, zv held out whole; zv
 * follows zu's mix kind for kind); their floors sit a little under
 * their first scores, before any rule was changed for them (macro-F1
 * zu 0.889, zv 0.826; weakest class soft, zu 0.824, zv 0.727; dates
 * wrong zu 0 of 47, zv 4 of 47). Raised on 2026-12-03 after that day's
 * rules to their scores less a margin: v 0.772, x 0.709, z 0.862, zz
 * 0.870, zh 0.916, zv 0.849 (held out, never tuned on); zt 1.000, zu
 * 0.928 (tuned on). lines-zw.tsv and lines-zx.tsv, a twelfth writer's
 * pair (a sales engineer's fragments after a deep-dive, board and
 * investor notes, trade-show follow-ups, a buyer's procurement portal
 * quoted back, machine-translated English, owner tags at a line's end,
 * dates first, the client's commitment mid-line, sarcastic asides;
 * Australian, South African, Scandinavian and Hebrew speakers' English;
 * names that are places or words), are split the same way (zw tuning,
 * zx held out whole); their floors sit a little under their first
 * scores, on 2026-12-03 before any rule was changed for them (macro-F1
 * zw 0.871, zx 0.722; weakest class zw unknown 0.750, zx unknown 0.656;
 * dates wrong zw 0 of 73, zx 1 of 73). Raised again on 2026-12-03
 * after the later rules to their scores less a margin:
 * r 0.857, t 0.818, v 0.796, x 0.715, zv 0.871, zx 0.739 (held out, never
 * tuned on); y 0.971, zu 0.944, zw 0.959 (tuned on). lines-zy.tsv and
 * lines-zk.tsv, a thirteenth writer's pair (retail and wholesale buying:
 * line reviews, planograms, resets; bank treasury sales; hospital
 * value-analysis committees and GPOs; agency new-business pitches; field
 * service upsells; B2B telecom; a SaaS renewal desk; the client's company
 * or a bare role as actor; "Q: next step? A:" templates; quotes in
 * guillemets; Hong Kong, Thai, Finnish, Romanian, Ukrainian, Bangladeshi,
 * Caribbean, Zimbabwean, Ugandan and Swiss speakers' English), are split
 * the same way (zy tuning, zk held out whole; zk follows zy's mix kind
 * for kind); their floors sit a little under their first scores, on
 * 2026-12-03 before any rule was changed for them (macro-F1 zy 0.915,
 * zk 0.875; weakest class soft, zy 0.877, zk 0.800; dates wrong zy 1 of
 * 66, zk 1 of 66). Raised later that day, after the round's rules, a
 * margin under the new scores: p 0.932 (weakest compliance 0.914), z
 * 0.881 (unknown 0.800), zz 0.888 (unknown 0.839), zh 0.923 (unknown
 * 0.821), zx 0.750, zy 0.955 (unknown 0.941, tuned on), zk 0.897 (unknown
 * 0.857; dates wrong 0). lines-zn.tsv and lines-zm.tsv, a fourteenth
 * writer's pair (construction equipment rental, specialty chemicals,
 * higher-ed admissions software, game-studio middleware, an MSSP / MDR,
 * municipal and rural water treatment, drone services for farm co-ops;
 * CRM "Next Step (SFDC):" fields, call-outcome templates, the date or the
 * topic first, honorifics and surname-first names, names that are words
 * or months as actor and object; Egyptian, New Zealand, Czech, Hungarian,
 * Chilean, Colombian, Nepali, Ethiopian, Taiwanese, Serbian, Lebanese and
 * Norwegian speakers' English), are split the same way (zn tuning, zm
 * held out whole; zm follows zn's mix kind for kind); their floors sit a
 * little under their first scores, on 2026-12-03 before any rule was
 * changed for them (macro-F1 zn 0.920, zm 0.769; weakest class zn
 * unknown 0.848, zm non 0.721; dates wrong zn 0 of 66, zm 1 of 66).
 * Raised later that day, after the round's rules, a margin under the new
 * scores: p 0.939, x 0.722 (non 0.647), zz 0.894, zk 0.909 (soft 0.868),
 * zx 0.756 (unknown 0.689; dates wrong 0), zm 0.781 (non 0.733), zn 0.943
 * (unknown 0.862, tuned on), zw 0.971, zy 0.960. lines-zp.tsv and
 * lines-zq.tsv, a fifteenth writer's pair (aviation MRO parts, funeral-home
 * software, legal e-discovery, HVAC distribution, payroll outsourcing and
 * PEOs, telecom tower leasing, hotel PMS, marine electronics, uniform and
 * linen rental, fire protection; CRM fields, call-note templates, task
 * rows, the date first, typos; quotes straight and curly with "- / — /
 * – Name"; names that are words or months as actor; the client's company
 * or a bare role as actor; Iranian, Kazakh, Icelandic, Estonian,
 * Bulgarian, Croatian, Armenian ("Armen jan", not January), Moroccan,
 * Quebecois, Fijian, Maltese, Cameroonian and Tanzanian speakers'
 * English), are split the same way (zp tuning, zq held out whole; zq
 * follows zp's mix kind for kind); their floors sit a little under
 * their first scores, on 2026-12-03 before any rule was changed for
 * them (macro-F1 zp 0.927, zq 0.887; weakest class soft, zp 0.895, zq
 * 0.865; no date wrong, zp of 67, zq of 67). Raised again later that
 * day, after the twelfth round's rules (facts told as a habit, a
 * holding, a count or what happens at a time; requests as "would like";
 * chases asked for as "asked to be called"), a margin under the new
 * scores: r 0.877 (compliance 0.778), t 0.824 (compliance 0.769), v 0.802
 * (compliance 0.696), zz 0.899, zv 0.880 (soft 0.824), zk 0.926 (soft
 * 0.904), zm 0.792, zq 0.904 (compliance 0.879; never read, some rules
 * came from its twin zp's misreads), zn 0.983 and zp 0.983 (tuned on).
 * lines-zr.tsv and lines-zs.tsv, a sixteenth writer's pair (school-bus
 * fleet telematics, pet-food manufacturing and co-packing, church
 * management software, museum ticketing, greenhouse automation,
 * court-reporting services, dental-lab CAD/CAM, ski-resort operations,
 * parking operations, pest control for food plants; CRM fields, call-note
 * templates, the date first, typos; quotes straight and curly; names that
 * are words or months, and Zambian ones (Given, Memory, Gift, Precious);
 * a team or department as actor; conditional and negated steps; a fact,
 * then a step; two-date lines; lines whose only cue is an emoji or a
 * question mark; Zambian, Mongolian, Lao, Georgian, Latvian, Slovak,
 * Bolivian, Uruguayan, Tunisian, Omani, Sudanese and Cypriot speakers'
 * English), are split the same way (zr tuning, zs held out whole; zs
 * follows zr's mix kind for kind); their floors sit a little under their
 * first scores, on 2026-12-04 before any rule was changed for them
 * (macro-F1 zr 0.879, zs 0.727; weakest class zr non 0.806, zs
 * compliance 0.667; dates wrong zr 6 of 68, zs 2 of 68). lines-za.tsv
 * and lines-zb.tsv, a seventeenth writer's pair (lift and escalator
 * maintenance, veterinary practice software, aquaculture, label
 * printing, cinema exhibition, waste-hauling software, translation and
 * localisation, port terminal systems, dairy robotics, student housing,
 * mining tyre management, wind-turbine blade repair; CRM fields,
 * call-note templates, the date or an emoji first, typos; quotes
 * straight and curly; names that are words or months (Will, April,
 * Dawn, and Rwandan Innocent, Patience, Divine); honorifics before or
 * after a name, the Burmese "U"; a team or department as actor;
 * conditional and negated steps; a fact, then a step; two-date lines; a
 * #firm override; Spanish and Tok Pisin words; Lithuanian, Slovenian,
 * Albanian, Azerbaijani, Uzbek, Cambodian, Burmese, Sri Lankan,
 * Peruvian, Rwandan, Malagasy, Papua New Guinean and Scottish speakers'
 * English), are split the same way (za tuning, zb held out whole; zb
 * follows za's mix kind for kind); their floors sit a little under
 * their first scores, on 2026-12-04 before any rule was changed for
 * them (macro-F1 za 0.898, zb 0.932; weakest class za unknown 0.844,
 * zb soft 0.904; no date wrong, za of 68, zb of 68). lines-zc.tsv and
 * lines-zd.tsv, an eighteenth writer's pair (commercial laundry
 * equipment, hearing-aid clinics and audiology software, seed genetics,
 * brewery ERP, film and camera equipment rental, bridge inspection
 * drones, sawmill log scanning, golf-course irrigation, rail wagon
 * leasing, library self-service kiosks, coffee roasting equipment; CRM
 * fields, call-note templates, a checkbox, the date or an emoji first,
 * terse notes and typos; quotes straight and curly, and X said: "...";
 * names that are words, months or a weekday as actor, object and subject
 * of facts (Chase, Grant, Hope, Faith, Charity, Comfort, Will, Summer,
 * August, May, the Ghanaian Sunday); honorifics before or after a name
 * (Dasho, Aum, Ap, Rra, Mma, Abti, Adey, Ña, Karai, baike, eje, ako,
 * -jon); a team or department as actor on either side; conditional and
 * negated steps; a fact, then a step; two-date lines; a #firm override;
 * "next Thursday" as the spec reads it; Welsh, Samoan and Somali words;
 * Ghanaian, Welsh, Faroese, Bhutanese, Luxembourgish, Samoan, Tongan,
 * Kyrgyz, Tajik, Eritrean, Somali, Botswanan, Paraguayan and Maldivian
 * speakers' English), are split the same way (zc tuning, zd held out
 * whole; zd follows zc's mix kind for kind); their floors sit a little
 * under their first scores, on 2026-12-04 before any rule was changed
 * for them (macro-F1 zc 0.938, zd 0.885; weakest class zc soft 0.895,
 * zd unknown 0.806; dates wrong zc 0 of 68, zd 1 of 68). lines-ze.tsv
 * and lines-zf.tsv, a nineteenth writer's pair (car-wash chain software,
 * bowling-centre equipment, winter road salt and de-icing supply, modular
 * classroom leasing, escape-room franchising, tattoo-studio booking
 * software, equestrian livery-yard software, pollination and hive rental,
 * kitchen-exhaust hood cleaning, piano sales, rental and tuning; CRM
 * fields, call outcomes, terse notes, the seller's own to-dos and chases;
 * quotes straight and curly, Name: "..."; reported speech; names that are
 * words (the Malawian Trust, Lucky, Chance, Mercy, Blessings, Fortune,
 * Brains, Loveness) as actor, object and subject of facts; Bruneian
 * honorifics (Awang, Dayang, Dk, Pg, Hj, Hjh); the client's company or a
 * bare role as actor; a team or department as actor on either side; a
 * fact, then a step; two-date lines; conditional and negated steps; a
 * #firm override; lines whose only cue is an emoji or a question mark;
 * more facts, absences, lateness and who-decides questions as unknown,
 * and compliance in many verbs; Namibian, Malawian, Senegalese, Iraqi,
 * Belarusian, Moldovan, Macedonian, Bosnian, Ecuadorian, Guatemalan,
 * Mauritian, Liberian, Sierra Leonean and Bruneian speakers' English),
 * are split the same way (ze tuning, zf held out whole; zf follows ze's
 * mix kind for kind); their floors sit a little under their first
 * scores, on 2026-12-04 before any rule was changed for them (macro-F1
 * ze 0.902, zf 0.793; weakest class unknown, ze 0.825, zf 0.633; no date
 * wrong, ze of 66, zf of 66). lines-zg.tsv and lines-zi.tsv, a twentieth
 * writer's pair (ferry operators, scaffolding and access-tower hire,
 * outdoor and digital roadside advertising, theatre stage lighting and
 * rigging, public-pool chemicals and water treatment, abattoir
 * carcass-grading cameras and hygiene audits, ice rinks, sign-language
 * and court interpreting, livestock auction marts, quarry weighbridge
 * software; CRM fields, call-note templates, terse notes, the seller's
 * own to-dos and chases; quotes with "- / – / — Name" and Name: "...";
 * reported speech; names that are words (Will, May, Mark, Bill, June,
 * Chase, Grant, Hope) as actor, object and subject of facts, Chase also
 * as the seller's verb and a company; Basotho honorifics (Ntate, 'M'e),
 * "sahib" and "aga" after a name; the client's company or a bare role as
 * actor; a team or department as actor on either side; conditional and
 * negated steps; typos; facts, absences, lateness, budgets and who-decides
 * questions as unknown; Manx, Guyanese and Bislama phrases; Gambian,
 * Timorese, Seychellois, Basotho, Swazi, Kosovar, Montenegrin, Manx,
 * Turkmen, Afghan, Guyanese and ni-Vanuatu speakers' English), are split
 * the same way (zg tuning, zi held out whole; zi follows zg's mix kind
 * for kind); their floors sit a little under their first scores, on
 * 2026-12-04 before any rule was changed for them (macro-F1 zg 0.880, zi
 * 0.861; weakest class unknown, zg 0.800, zi 0.767; no date wrong, zg of
 * 64, zi of 64). lines-zj.tsv and lines-zl.tsv, a twenty-first writer's
 * pair (industrial gases: cylinders, bulk LN2 and CO2, dry ice, dewars;
 * elevator maintenance contracts, cemetery management software, marina
 * berths, bakery ovens, textile dyeing, lab animal diets; CRM fields,
 * call-note templates, terse mobile notes with tmrw, f/u and wks, the
 * seller's own to-dos and chases; quotes with "- / – / — Name";
 * reported speech; names that are words (Will, May, Mark, Bill, June,
 * Chase, Grant, Hope, and Said, a Comorian first name beside "said") as
 * actor, object and subject of facts; Herr, Frau, Mze, Na / En, Dr,
 * Miss, Mrs before a name; the client's company or a bare role as actor;
 * facts, records, moods, counts and open questions as unknown;
 * Greenlandic Danish, Aruban, Bermudian, Palauan, Andorran,
 * Liechtensteiner, Djiboutian and Comorian speakers' English), are split
 * the same way (zj tuning, zl held out whole; zl follows zj's mix kind
 * for kind); their floors sit a little under their first scores, on
 * 2026-12-04 before any rule was changed for them (macro-F1 zj 0.936, zl
 * 0.923; weakest class soft, zj 0.899, zl 0.879; dates wrong zj 1 of 56,
 * zl 0 of 57). lines-zo.tsv and lines-zza.tsv, a twenty-second writer's
 * pair written as two people's notes, not as twins: zo (crematoria,
 * ski-lift and ropeway maintenance, print shops, cold-chain reefer
 * telematics, sign making, ship chandlers, tyre recycling; terse lower-case
 * mobile notes, NS: / NEXT: fields, w/, f/u, tmrw, typos; Solomon
 * Islander, I-Kiribati, Tuvaluan, Cook Islander, Chadian and Gabonese
 * clients) and zza (bottling lines, records storage and shredding,
 * ambulance conversions, planetarium projection, mushroom-farm climate
 * control, pallet making, lab glassware washers, hydrographic survey
 * software; full sentences, British spelling, Outcome: / Us: / Them: /
 * Next action: templates, the date first, passives, both sides' steps on
 * one line, conditions; Bahamian, Belizean, Surinamese, Cape Verdean,
 * Burundian, Yemeni, Gibraltarian, Shetland and Trinidadian clients); both
 * with quoted and reported client speech, names that are words (Will,
 * May, Mark, Bill, June, Chase, Grant, Hope, Said, Sunny, Rich) and many
 * facts as unknown. Split the same way (zo tuning, zza held out whole);
 * their floors sit a little under their first scores, on 2026-12-04
 * before any rule was changed for them (macro-F1 zo 0.927, zza 0.829;
 * weakest class zo unknown 0.857, zza unknown and soft 0.756; dates wrong
 * zo 0 of 61, zza 2 of 59). lines-zzb.tsv and lines-zzc.tsv, a
 * twenty-third writer's pair, again two people's notes: zzb a field rep's
 * terse lower-case phone notes (vending machines with telemetry, e-bike
 * fleets for couriers, a fish auction, church and mosque roofing,
 * pipe-organ restoration, greenhouse glazing, optical-lab lens edgers;
 * tmrw, f/u, w/, wks, cttee, typos, "- Name" quotes; Malian, Mauritanian,
 * Togolese, Nauruan, Marshallese, Sao Tomean and Jersey clients), zzc a
 * key-account manager's full British sentences (stadium turf, forensic
 * LIMS, airport ground-support equipment, school ground-source heat
 * pumps, traffic signals, hospital mattress decontamination, seaweed
 * drying; Agreed: / Client action: / Our action: / Context: / Risk: /
 * Q: lines, passives, guillemets with "(Name)"; Bahraini, Jordanian,
 * Mozambican, Equatorial Guinean, Falkland Islander, Beninese, Burkinabe
 * and Bissau-Guinean clients); both with names that are words (Will, May,
 * Mark, Bill, June, Chase, Grant, Hope, Said, Sunny, Rich) and many facts
 * as unknown. Split the same way (zzb tuning, zzc held out whole); their
 * floors sit a little under their first scores, on 2026-12-04 before any
 * rule was changed for them (macro-F1 zzb 0.896, zzc 0.832; weakest class
 * zzb soft 0.831, zzc unknown 0.738; dates wrong zzb 2 of 63, zzc 0 of
 * 58). lines-zzd.tsv and lines-zze.tsv, a twenty-fourth writer's pair,
 * again two people's notes: zzd a manufacturer's rep in the Eastern
 * Caribbean typing into a CRM Next Step field and a phone (municipal LED
 * street lighting, veterinary X-ray, ultrasound and PACS, hydroponic
 * towers, salt-water pool chlorinators, fire-sprinkler inspection,
 * rope-access facade work, language-school booking software; Next Step: /
 * NS - / Agreed: prefixes, US dates, EOW, tmrw, w/c, LVM, EC$, @handles,
 * typos, a #firm override; "soon come", "wunna ... we go look", "By God's
 * grace"; Barbadian, St Lucian, Vincentian, Grenadian, Antiguan,
 * Kittitian, Dominican and Nigerian (Yoruba) clients), zze an Irish
 * account manager's call log (parcel lockers, asbestos surveys for
 * schools, forklift lithium battery leasing, council archive boxing and
 * scanning, water-well drilling for a herders' co-op, race timing chips,
 * driving-school booking software; AP: action points, the owner in
 * brackets at the end, Rang / LM / ring / a bell / revert, "->" hand-overs,
 * day-first dates, Monday week, Friday week, a fortnight, single-quoted
 * client speech, a Cornish "dreckly"; Irish, Cornish, Breton, Basque,
 * Galician and Sami clients); both with names that are words (Will, May,
 * Mark, Bill, June, Chase, Grant, Hope, Said, Sunny, Rich) and many facts
 * as unknown. Split the same way (zzd tuning, zze held out whole); their
 * floors sit a little under their first scores, on 2026-12-04 before any
 * rule was changed for them (macro-F1 zzd 0.867, zze 0.921; weakest class
 * compliance, zzd 0.836, zze 0.892; dates wrong zzd 1 of 63, zze 2 of
 * 63). lines-zzf.tsv and lines-zzg.tsv, a twenty-fifth writer's pair,
 * again two people's notes: zzf a Guam-based distributor's field rep on
 * a phone (public-aquarium and resort-lagoon life-support systems, church
 * bells and tower clocks, cacao, coffee and copra dryers, prosthetics and
 * orthotics clinic scanners, bus tyre retreading; a place tag first (GUM,
 * SPN, PNI, HNL, KOA, NLK, IUE, WRE), lower case, w/, f/u, b4, thurs,
 * tmrw, US dates, a few "Next step:" fields, typos; Chamorro (Tun, Tan),
 * Hawaiian Pidgin (bumbai, pau, stay ready), Pohnpeian, Chuukese,
 * Filipino in Guam (po, Ma'am, Kuya, later-later), Norfolk Islander,
 * Niuean and Maori clients), zzg a Kerala-born key-account manager's
 * minutes of meeting from a Dubai office (strategic grain silos and
 * dryers, hospital CSSD instrument tracking, falcon-hospital equipment,
 * district-cooling chiller tube cleaning, date-palm packing and optical
 * sorting, auditorium seating, camel-race robot-jockey batteries; MoM
 * numbers, Action | Resp | Target / Status rows, Remarks:, AOB,
 * passives, Kindly note, revert, self, day-first dates that cannot be
 * misread, Sunday a working day; Kuwaiti, Emirati, Qatari, Saudi,
 * Palestinian, Syrian, Algerian, Kurdish (Kak, Mamosta), Malayali, Goan
 * and Filipino clients; inshallah, bukra, yalla, mafi mushkil); both with
 * names that are words (Will, May, Mark, Bill, June, Chase, Grant, Hope,
 * Said, Sunny, Rich) and many facts as unknown. Split the same way (zzf
 * tuning, zzg held out whole); their floors sit a little under their
 * first scores, on 2026-12-05 before any rule was changed for them
 * (macro-F1 zzf 0.731, zzg 0.727; weakest class zzf unknown 0.611, zzg
 * compliance 0.559; dates wrong zzf 7 of 64, zzg 1 of 64). */
/* Floors raised on 2026-12-04 (end of the round) a margin under the scores
 * then: zz 0.911 (unknown 0.857), zx 0.768 (unknown 0.700), zs 0.762
 * (compliance 0.694), zb 0.955 (soft 0.930; never read, some rules came
 * from its twin za's misreads), za 0.943 (tuned on; 0.898 at first contact).
 */
static const struct {
    const char *name;
    int alone;
    double min_macro, min_class;
    int max_dates;
    int apart;
    ful_split split;
    const char *writer; /* apart 2: whose pair, for the report's title */
} fixtures[] = {
    {"lines-a.tsv", 0, 0, 0, 0, 0, FUL_SPLIT_HASH, NULL},        {"lines-b.tsv", 0, 0, 0, 0, 0, FUL_SPLIT_HASH, NULL},
    {"lines-c.tsv", 0, 0, 0, 0, 0, FUL_SPLIT_HASH, NULL},        {"lines-d.tsv", 0, 0, 0, 0, 0, FUL_SPLIT_HASH, NULL},
    {"lines-e.tsv", 1, 0.92, 0.87, 0, 0, FUL_SPLIT_HASH, NULL},  {"lines-f.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},
    {"lines-g.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},   {"lines-h.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},
    {"lines-i.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},   {"lines-j.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},
    {"lines-k.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},   {"lines-l.tsv", 1, 0.0, 0.0, 99, 0, FUL_SPLIT_HASH, NULL},
    {"lines-m.tsv", 1, 0.0, 0.0, 99, 1, FUL_SPLIT_HASH, NULL},   {"lines-n.tsv", 1, 0.0, 0.0, 99, 1, FUL_SPLIT_HASH, NULL},
    {"lines-o.tsv", 0, 0.97, 0.95, 1, 2, FUL_SPLIT_ALL_TUNE, "third writer"},
    {"lines-p.tsv", 0, 0.94, 0.87, 1, 2, FUL_SPLIT_ALL_HELD, "third writer"},
    {"lines-q.tsv", 0, 0.95, 0.92, 1, 2, FUL_SPLIT_ALL_TUNE, "fourth writer"},
    {"lines-r.tsv", 0, 0.87, 0.77, 2, 2, FUL_SPLIT_ALL_HELD, "fourth writer"},
    {"lines-s.tsv", 0, 0.94, 0.91, 1, 2, FUL_SPLIT_ALL_TUNE, "fifth writer"},
    {"lines-t.tsv", 0, 0.82, 0.77, 1, 2, FUL_SPLIT_ALL_HELD, "fifth writer"},
    {"lines-u.tsv", 0, 0.94, 0.91, 2, 2, FUL_SPLIT_ALL_TUNE, "sixth writer"},
    {"lines-v.tsv", 0, 0.79, 0.69, 2, 2, FUL_SPLIT_ALL_HELD, "sixth writer"},
    {"lines-w.tsv", 0, 0.93, 0.90, 1, 2, FUL_SPLIT_ALL_TUNE, "seventh writer"},
    {"lines-x.tsv", 0, 0.73, 0.67, 3, 2, FUL_SPLIT_ALL_HELD, "seventh writer"},
    {"lines-y.tsv", 0, 0.95, 0.90, 0, 2, FUL_SPLIT_ALL_TUNE, "eighth writer"},
    {"lines-z.tsv", 0, 0.88, 0.79, 2, 2, FUL_SPLIT_ALL_HELD, "eighth writer"},
    {"lines-zz.tsv", 0, 0.90, 0.84, 1, 2, FUL_SPLIT_ALL_HELD, "ninth writer"},
    {"lines-zt.tsv", 0, 0.97, 0.95, 1, 2, FUL_SPLIT_ALL_TUNE, "tenth writer"},
    {"lines-zh.tsv", 0, 0.91, 0.80, 1, 2, FUL_SPLIT_ALL_HELD, "tenth writer"},
    {"lines-zu.tsv", 0, 0.93, 0.88, 1, 2, FUL_SPLIT_ALL_TUNE, "eleventh writer"},
    {"lines-zv.tsv", 0, 0.87, 0.81, 2, 2, FUL_SPLIT_ALL_HELD, "eleventh writer"},
    {"lines-zw.tsv", 0, 0.96, 0.93, 1, 2, FUL_SPLIT_ALL_TUNE, "twelfth writer"},
    {"lines-zx.tsv", 0, 0.76, 0.69, 1, 2, FUL_SPLIT_ALL_HELD, "twelfth writer"},
    {"lines-zy.tsv", 0, 0.95, 0.93, 1, 2, FUL_SPLIT_ALL_TUNE, "thirteenth writer"},
    {"lines-zk.tsv", 0, 0.92, 0.89, 1, 2, FUL_SPLIT_ALL_HELD, "thirteenth writer"},
    {"lines-zn.tsv", 0, 0.97, 0.94, 1, 2, FUL_SPLIT_ALL_TUNE, "fourteenth writer"},
    {"lines-zm.tsv", 0, 0.79, 0.72, 1, 2, FUL_SPLIT_ALL_HELD, "fourteenth writer"},
    {"lines-zp.tsv", 0, 0.97, 0.96, 1, 2, FUL_SPLIT_ALL_TUNE, "fifteenth writer"},
    {"lines-zq.tsv", 0, 0.89, 0.86, 1, 2, FUL_SPLIT_ALL_HELD, "fifteenth writer"},
    {"lines-zr.tsv", 0, 0.94, 0.92, 1, 2, FUL_SPLIT_ALL_TUNE, "sixteenth writer"},
    {"lines-zs.tsv", 0, 0.75, 0.68, 2, 2, FUL_SPLIT_ALL_HELD, "sixteenth writer"},
    {"lines-za.tsv", 0, 0.93, 0.88, 1, 2, FUL_SPLIT_ALL_TUNE, "seventeenth writer"},
    {"lines-zb.tsv", 0, 0.94, 0.91, 1, 2, FUL_SPLIT_ALL_HELD, "seventeenth writer"},
    {"lines-zc.tsv", 0, 0.91, 0.86, 1, 2, FUL_SPLIT_ALL_TUNE, "eighteenth writer"},
    {"lines-zd.tsv", 0, 0.86, 0.77, 1, 2, FUL_SPLIT_ALL_HELD, "eighteenth writer"},
    {"lines-ze.tsv", 0, 0.88, 0.80, 1, 2, FUL_SPLIT_ALL_TUNE, "nineteenth writer"},
    {"lines-zf.tsv", 0, 0.77, 0.61, 1, 2, FUL_SPLIT_ALL_HELD, "nineteenth writer"},
    {"lines-zg.tsv", 0, 0.86, 0.78, 1, 2, FUL_SPLIT_ALL_TUNE, "twentieth writer"},
    {"lines-zi.tsv", 0, 0.84, 0.74, 1, 2, FUL_SPLIT_ALL_HELD, "twentieth writer"},
    {"lines-zj.tsv", 0, 0.91, 0.87, 2, 2, FUL_SPLIT_ALL_TUNE, "twenty-first writer"},
    {"lines-zl.tsv", 0, 0.90, 0.85, 1, 2, FUL_SPLIT_ALL_HELD, "twenty-first writer"},
    {"lines-zo.tsv", 0, 0.90, 0.83, 1, 2, FUL_SPLIT_ALL_TUNE, "twenty-second writer"},
    {"lines-zza.tsv", 0, 0.80, 0.73, 3, 2, FUL_SPLIT_ALL_HELD, "twenty-second writer"},
    {"lines-zzb.tsv", 0, 0.87, 0.80, 3, 2, FUL_SPLIT_ALL_TUNE, "twenty-third writer"},
    {"lines-zzc.tsv", 0, 0.80, 0.71, 1, 2, FUL_SPLIT_ALL_HELD, "twenty-third writer"},
    {"lines-zzd.tsv", 0, 0.84, 0.81, 2, 2, FUL_SPLIT_ALL_TUNE, "twenty-fourth writer"},
    {"lines-zze.tsv", 0, 0.90, 0.86, 3, 2, FUL_SPLIT_ALL_HELD, "twenty-fourth writer"},
    {"lines-zzf.tsv", 0, 0.71, 0.59, 8, 2, FUL_SPLIT_ALL_TUNE, "twenty-fifth writer"},
    {"lines-zzg.tsv", 0, 0.70, 0.53, 2, 2, FUL_SPLIT_ALL_HELD, "twenty-fifth writer"},
};
#define NFIX (sizeof fixtures / sizeof fixtures[0])

int main(int argc, char **argv)
{
    char root[4096], path[4200];
    const char *shared = getenv("FULOG_SHARED_DATA");
    ful_conf tune, held, alone[NFIX], others, apart_tune, apart_held;
    int verbose = getenv("FUL_DEV_VERBOSE") != NULL;
    size_t k;

    (void)argc;
    T_SECTION("classifier scores");
    /* The repo root: here, or two folders above the binary. */
    strcpy(root, ".");
    if (!is_dir("tests/fixtures/classify") && argv[0] && strrchr(argv[0], '/')) {
        size_t l = (size_t)(strrchr(argv[0], '/') - argv[0]);
        if (l + 8 < sizeof root) {
            memcpy(root, argv[0], l);
            strcpy(root + l, "/../..");
        }
    }
    memset(&tune, 0, sizeof tune);
    memset(&held, 0, sizeof held);
    memset(alone, 0, sizeof alone);
    memset(&others, 0, sizeof others);
    memset(&apart_tune, 0, sizeof apart_tune);
    memset(&apart_held, 0, sizeof apart_held);
    for (k = 0; k < NFIX; k++) {
        snprintf(path, sizeof path, "%s/tests/fixtures/classify/%s", root, fixtures[k].name);
        if (fixtures[k].apart == 2)
            T_CHECK(score_file(path, 3, fixtures[k].split, ful_day_from_ymd(2026, 12, 2), &alone[k], &alone[k], NULL,
                               verbose) == 0,
                    "cannot read %s (run from the repo root)", path);
        else
            T_CHECK(score_file(path, 3, fixtures[k].split, ful_day_from_ymd(2026, 12, 2),
                               fixtures[k].apart ? &apart_tune : &tune, fixtures[k].apart ? &apart_held : &held,
                               fixtures[k].alone ? &alone[k] : NULL, verbose) == 0,
                    "cannot read %s (run from the repo root)", path);
    }
    if (shared && *shared)
        snprintf(path, sizeof path, "%s", shared);
    else
        find_shared(root, path, sizeof path);
    T_CHECK(score_file(path, 2, FUL_SPLIT_HASH, ful_day_from_ymd(2026, 11, 20), &others, &others, NULL, verbose) == 0,
            "cannot read the shared dev set %s (set FULOG_SHARED_DATA to its path)", path);
    report("fixtures, tuning part", &tune, 0.95, 0.99, 0.95, 0);
    for (k = 0; k < NALT; k++) {
        printf("# tuning lines read right, with %s: %d of %d keep their class\n", alt_name[k], tune.alt_kept[k],
               tune.alt_n[k]);
        T_CHECK(tune.alt_n[k] > 100 && tune.alt_kept[k] * 100 >= tune.alt_n[k] * 99,
                "variants with %s kept: %d of %d (floor 99%%)", alt_name[k], tune.alt_kept[k], tune.alt_n[k]);
    }
    printf("# tuning lines read right, typed in lowercase: %d of %d keep their class\n", tune.var_kept, tune.var_n);
    T_CHECK(tune.var_n > 500 && tune.var_kept * 100 >= tune.var_n * 99, "lowercase variants kept: %d of %d (floor 99%%)",
            tune.var_kept, tune.var_n);
    {
        /* the later writers' tuning files scored apart or alone: their
         * variants were counted and never shown or floored
         * (FUL_DEV_VERBOSE=1 names each flip) */
        int an[NALT] = {0}, ak[NALT] = {0}, ln = apart_tune.var_n, lk = apart_tune.var_kept;
        size_t f, a;
        for (a = 0; a < NALT; a++)
            an[a] = apart_tune.alt_n[a], ak[a] = apart_tune.alt_kept[a];
        for (f = 0; f < NFIX; f++)
            if (fixtures[f].apart == 2 && fixtures[f].split == FUL_SPLIT_ALL_TUNE) {
                ln += alone[f].var_n, lk += alone[f].var_kept;
                for (a = 0; a < NALT; a++)
                    an[a] += alone[f].alt_n[a], ak[a] += alone[f].alt_kept[a];
            }
        for (a = 0; a < NALT; a++) {
            printf("# whole-file tuning lines read right, with %s: %d of %d keep their class\n", alt_name[a], ak[a], an[a]);
            T_CHECK(an[a] < 50 || ak[a] * 100 >= an[a] * (an[a] < 500 ? 95 : 98),
                    "whole-file variants with %s kept: %d of %d (floor 98%%, 95%% under 500 lines)", alt_name[a], ak[a], an[a]);
        }
        printf("# whole-file tuning lines read right, typed in lowercase: %d of %d keep their class\n", lk, ln);
        T_CHECK(ln > 500 && lk * 100 >= ln * 95, "whole-file lowercase variants kept: %d of %d (floor 95%%)", lk, ln);
    }
    report("fixtures, held-out part (never tuned on)", &held, 0.95, 0.93, 0.89, 0);
    for (k = 0; k < NFIX; k++) {
        char title[64];
        if (!fixtures[k].alone)
            continue;
        snprintf(title, sizeof title, "%s, held-out quarter alone", fixtures[k].name);
        report(title, &alone[k], 0.95, fixtures[k].min_macro, fixtures[k].min_class, fixtures[k].max_dates);
    }
    if (apart_tune.n > 0) {
        /* new files, kept apart: reported, no floor yet */
        /* floors a little under this round's figures (first contact: held-out 0.821, tuning 0.797) */
        report("files kept apart (new, not yet worked on), tuning part", &apart_tune, 0.95, 0.82, 0.0, 0);
        report("files kept apart (new, not yet worked on), held-out part", &apart_held, 0.95, 0.86, 0.0, 0);
    }
    for (k = 0; k < NFIX; k++) {
        char title[96];
        if (fixtures[k].apart != 2)
            continue;
        snprintf(title, sizeof title, "%s, %s, %s", fixtures[k].name, fixtures[k].writer,
                 fixtures[k].split == FUL_SPLIT_ALL_HELD ? "held out whole (never tuned on)" : "tuning file, whole");
        report(title, &alone[k], 0.93, fixtures[k].min_macro, fixtures[k].min_class, fixtures[k].max_dates);
    }
    report("shared/data/nextsteps-dev.tsv (written by others)", &others, 0.93, 0.99, 0.99, 0);
    return T_DONE();
}
