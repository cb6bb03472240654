/* classify_words.c: what one word is, for every part of the classifier:
 * the per-word tables (a word's fact-clause kind, the marks it gives its
 * line, the sets a rule tests it against) and word shapes read from its
 * letters and neighbours (-s, -ing, a participle, a past verb, a figure,
 * an acronym, "to them"). */
#include "clause.h"

/* What the rules look for in a word, by its id: its fact-clause kind (FW_*,
 * the low bits) and the marks (FUL_SAW_*) it gives its line. One load a
 * token in the lookup, where a switch on the length and byte compares were
 * a clause's mispredicted jumps, and a gate read once, not a walk of the
 * tokens for each rule. FUL_SAW_FACT: a word without which no fact clause
 * can stand (ful_fact_clause's verbs and states, "is" of ful_be_done, the
 * negations of ful_not_done, "on hold", "up in", "very keen"). */
#define F FUL_SAW_FACT
#define D FUL_SAW_DONE
const uint32_t ful_wrule[FUL_NWIDS + 1] = {
    [FUL_W_on] = FW_STOP, [FUL_W_in] = FW_STOP, [FUL_W_still] = FW_STOP, [FUL_W_up] = FW_STOP | F | FUL_SAW_MOVEDIR,
    [FUL_W_not] = FW_STOP | F, [FUL_W_too] = FW_STOP | F, [FUL_W_very] = FW_STOP | F, [FUL_W_never] = FW_STOP | F | FUL_SAW_HABIT,
    [FUL_W_super] = FW_STOP | F, [FUL_W_quite] = FW_STOP | F, [FUL_W_hasnt] = FW_STOP | F, [FUL_W_didnt] = FW_STOP | F,
    [FUL_W_really] = FW_STOP | F, [FUL_W_havent] = FW_STOP | F, [FUL_W_hasn_t] = FW_STOP | F,
    [FUL_W_didn_t] = FW_STOP | F, [FUL_W_haven_t] = FW_STOP | F,
    [FUL_W_doesn_t] = FW_STOP | F, [FUL_W_doesnt] = FW_STOP | F, [FUL_W_doesnae] = FW_STOP | F,
    [FUL_W_aren_t] = FW_STOP | F, [FUL_W_isn_t] = FW_STOP | F, [FUL_W_arent] = FW_STOP | F, [FUL_W_isnt] = FW_STOP | F,
    [FUL_W_weren_t] = FW_STOP | F, [FUL_W_wasn_t] = FW_STOP | F,
    [FUL_W_ends] = FW_STATE | F, [FUL_W_happens] = FW_WEAK | F, [FUL_W_cost] = FW_STATE | F, [FUL_W_seem] = FW_STATE | F, [FUL_W_lack] = FW_STATE | F,
    [FUL_W_cover] = FW_STATE | F, [FUL_W_costs] = FW_STATE | F, [FUL_W_seems] = FW_STATE | F,
    [FUL_W_looks] = FW_STATE | F, [FUL_W_lacks] = FW_STATE | F, [FUL_W_means] = FW_STATE | F,
    [FUL_W_expire] = FW_STATE | F, [FUL_W_covers] = FW_STATE | F, [FUL_W_depend] = FW_STATE | F,
    [FUL_W_hinges] = FW_STATE | F, [FUL_W_seemed] = FW_STATE | F, [FUL_W_sounds] = FW_STATE | F,
    [FUL_W_valid] = FW_STATE | F, [FUL_W_separate] = FW_STATE | F, [FUL_W_capped] = FW_STATE | F, /* ("Quote valid 30 days") */
    [FUL_W_lapses] = FW_STATE | F, [FUL_W_finishes] = F, [FUL_W_terminates] = F, [FUL_W_rolls] = F, [FUL_W_expires] = FW_STATE | F, [FUL_W_include] = FW_STATE | F,
    [FUL_W_depends] = FW_STATE | F, [FUL_W_belongs] = FW_STATE | F, [FUL_W_remains] = FW_STATE | F,
    [FUL_W_exceeds] = FW_STATE | F, [FUL_W_includes] = FW_STATE | F, [FUL_W_contains] = FW_STATE | F,
    [FUL_W_use] = FW_WEAK | F, [FUL_W_uses] = FW_WEAK | F, [FUL_W_employ] = FW_WEAK | F, [FUL_W_prefer] = FW_WEAK | F,
    [FUL_W_employs] = FW_WEAK | F, [FUL_W_prefers] = FW_WEAK | F,
    /* a contact's habit or taste, its subject left unsaid ("Hates cold calls", "Reports to the COO") */
    [FUL_W_hates] = F, [FUL_W_loves] = F, [FUL_W_likes] = F, [FUL_W_dislikes] = F, [FUL_W_manages] = F,
    [FUL_W_oversees] = F, [FUL_W_knows] = F, [FUL_W_sits] = F, [FUL_W_lives] = F, [FUL_W_leads] = F, [FUL_W_reports] = F,
    [FUL_W_owns] = F, [FUL_W_buys] = F, [FUL_W_sells] = F, [FUL_W_serves] = F, [FUL_W_supplies] = F, /* (ful_client_habit) */
    [FUL_W_outsources] = F, [FUL_W_spends] = F, [FUL_W_grows] = F, [FUL_W_operates] = F, [FUL_W_carries] = F, [FUL_W_stocks] = F,
    [FUL_W_averages] = F, [FUL_W_scores] = F, [FUL_W_keeps] = F, [FUL_W_weighs] = F, [FUL_W_chairs] = F, [FUL_W_rely] = F,
    [FUL_W_relies] = F,
    /* how a thing is, an -ing word ("Pricing page confusing for them": ful_ing_adjective) */
    [FUL_W_confusing] = F, [FUL_W_promising] = F, [FUL_W_interesting] = F, [FUL_W_amazing] = F, [FUL_W_annoying] = F,
    [FUL_W_frustrating] = F, [FUL_W_exciting] = F, [FUL_W_disappointing] = F, [FUL_W_overwhelming] = F,
    [FUL_W_encouraging] = F, [FUL_W_worrying] = F, [FUL_W_underwhelming] = F, [FUL_W_convincing] = F,
    [FUL_W_compelling] = F, [FUL_W_appealing] = F, [FUL_W_boring] = F,
    [FUL_W_own] = F, [FUL_W_sell] = F, [FUL_W_serve] = F, [FUL_W_supply] = F, [FUL_W_outsource] = F, [FUL_W_grow] = F,
    /* (ful_counted_verb: "Two sites share one dispatcher") */
    [FUL_W_two] = FUL_SAW_COUNT, [FUL_W_three] = FUL_SAW_COUNT, [FUL_W_four] = FUL_SAW_COUNT, [FUL_W_five] = FUL_SAW_COUNT,
    [FUL_W_six] = FUL_SAW_COUNT, [FUL_W_several] = FUL_SAW_COUNT, [FUL_W_both] = FUL_SAW_COUNT, [FUL_W_most] = FUL_SAW_COUNT,
    [FUL_W_many] = FUL_SAW_COUNT, [FUL_W_half] = FUL_SAW_COUNT,
    [FUL_W_carry] = F, [FUL_W_stock] = F, [FUL_W_buy] = F, [FUL_W_pay] = F, [FUL_W_pays] = F, [FUL_W_holds] = F, [FUL_W_controls] = F, [FUL_W_speaks] = F, [FUL_W_changes] = F, [FUL_W_peaks] = F, [FUL_W_handles] = F, [FUL_W_does] = F, [FUL_W_work] = F, [FUL_W_opens] = F, [FUL_W_retires] = F, [FUL_W_launches] = F, [FUL_W_closes] = F, [FUL_W_resets] = F, [FUL_W_reset] = F, [FUL_W_change] = F,
    [FUL_W_is] = F, [FUL_W_are] = F, [FUL_W_was] = F, [FUL_W_were] = F, [FUL_W_be] = F, [FUL_W_been] = F, [FUL_W_hold] = F, [FUL_W_table] = F, [FUL_W_file] = F,
    [FUL_W_play] = F, [FUL_W_place] = F, [FUL_W_limbo] = F,
    [FUL_W_unclear] = FW_STATE | F, [FUL_W_uncertain] = FW_STATE | F, [FUL_W_undecided] = FW_STATE | F,
    [FUL_W_per] = FUL_SAW_PER, [FUL_W_over] = FUL_SAW_OVER, [FUL_W_above] = FUL_SAW_OVER,
    [FUL_W_like] = FUL_SAW_WISH, [FUL_W_love] = FUL_SAW_WISH, [FUL_W_appreciate] = FUL_SAW_WISH, [FUL_W_pending] = FUL_SAW_WISH,
    [FUL_W_ignore] = FUL_SAW_VOID, [FUL_W_disregard] = FUL_SAW_VOID, [FUL_W_dupe] = FUL_SAW_VOID,
    [FUL_W_duplicate] = FUL_SAW_VOID,
    [FUL_W_pain] = FUL_SAW_FIELD, [FUL_W_pains] = FUL_SAW_FIELD, [FUL_W_objection] = FUL_SAW_FIELD, [FUL_W_feedback] = FUL_SAW_FIELD,
    [FUL_W_objections] = FUL_SAW_FIELD, [FUL_W_competitor] = FUL_SAW_FIELD, [FUL_W_competitors] = FUL_SAW_FIELD,
    [FUL_W_competition] = FUL_SAW_FIELD, [FUL_W_background] = FUL_SAW_FIELD, [FUL_W_context] = FUL_SAW_FIELD,
    [FUL_W_incumbent] = FUL_SAW_FIELD, [FUL_W_budget] = FUL_SAW_FIELD, [FUL_W_champion] = FUL_SAW_FIELD,
    [FUL_W_timeline] = FUL_SAW_FIELD, [FUL_W_timing] = FUL_SAW_FIELD, [FUL_W_authority] = FUL_SAW_FIELD,
    [FUL_W_metrics] = FUL_SAW_FIELD, [FUL_W_eb] = FUL_SAW_FIELD, [FUL_W_dm] = FUL_SAW_FIELD,
    [FUL_W_risk] = FUL_SAW_FIELD, [FUL_W_risks] = FUL_SAW_FIELD, [FUL_W_blocker] = FUL_SAW_FIELD,
    [FUL_W_blockers] = FUL_SAW_FIELD, [FUL_W_concern] = FUL_SAW_FIELD, [FUL_W_concerns] = FUL_SAW_FIELD,
    [FUL_W_obj] = FUL_SAW_FIELD, [FUL_W_results] = FUL_SAW_FIELD, [FUL_W_stats] = FUL_SAW_FIELD,
    [FUL_W_status] = FUL_SAW_FIELD, [FUL_W_amount] = FUL_SAW_FIELD, [FUL_W_stage] = FUL_SAW_FIELD,
    [FUL_W_forecast] = FUL_SAW_FIELD, [FUL_W_probability] = FUL_SAW_FIELD, [FUL_W_acv] = FUL_SAW_FIELD,
    [FUL_W_value] = FUL_SAW_FIELD, [FUL_W_arr] = FUL_SAW_FIELD, [FUL_W_mrr] = FUL_SAW_FIELD, [FUL_W_tcv] = FUL_SAW_FIELD,
    [FUL_W_mood] = FUL_SAW_FIELD, [FUL_W_sentiment] = FUL_SAW_FIELD, [FUL_W_vibe] = FUL_SAW_FIELD, /* ("mood: irritated ...") */
    [FUL_W_agenda] = FUL_SAW_FIELD, /* ("Agenda: intros, demo, Q&A") */
    [FUL_W_side] = FUL_SAW_OURS, [FUL_W_renews] = F, [FUL_W_starts] = F, [FUL_W_begins] = F,
    [FUL_W_fy] = F, [FUL_W_runs] = F, [FUL_W_lasts] = F, [FUL_W_cycle] = F, [FUL_W_period] = F, [FUL_W_season] = F,
    /* ful_past_verb's irregular pasts: a record of what was done ("Invoice 2291 paid") */
    [FUL_W_ran] = D, [FUL_W_had] = D, [FUL_W_saw] = D, [FUL_W_got] = D, [FUL_W_won] = D, [FUL_W_met] = D,
    [FUL_W_took] = D, [FUL_W_made] = D, [FUL_W_came] = D, [FUL_W_left] = D, [FUL_W_felt] = D, [FUL_W_lost] = D,
    [FUL_W_went] = D, [FUL_W_done] = D | FUL_SAW_MOVEEND, [FUL_W_paid] = D, [FUL_W_sold] = D, [FUL_W_spent] = D, [FUL_W_chose] = D,
    [FUL_W_given] = D, [FUL_W_taken] = D, [FUL_W_built] = D, [FUL_W_bought] = D, [FUL_W_thought] = D,
    /* ful_time_clause_at's words, read from here (its only list); "to follow" */
    [FUL_W_before] = FUL_SAW_TIMEW, [FUL_W_after] = FUL_SAW_TIMEW, [FUL_W_until] = FUL_SAW_TIMEW,
    [FUL_W_till] = FUL_SAW_TIMEW, [FUL_W_when] = FUL_SAW_TIMEW, [FUL_W_once] = FUL_SAW_TIMEW,
    [FUL_W_while] = FUL_SAW_TIMEW, [FUL_W_follow] = FUL_SAW_FOLLOW, [FUL_W_go] = FUL_SAW_FOLLOW | FUL_SAW_FLOW,
    [FUL_W_goes] = FUL_SAW_FLOW, [FUL_W_comes] = FUL_SAW_FLOW, [FUL_W_come] = FUL_SAW_FLOW,
    [FUL_W_needs] = FUL_SAW_NEED, [FUL_W_need] = FUL_SAW_NEED, [FUL_W_requires] = FUL_SAW_NEED,
    [FUL_W_from] = FUL_SAW_FROM, [FUL_W_since] = FUL_SAW_PAST, [FUL_W_last] = FUL_SAW_PAST, [FUL_W_ago] = FUL_SAW_PAST,
    [FUL_W_yesterday] = FUL_SAW_PAST,
    /* ful_figure_moved's words, read from here (with "done" and "up" above) */
    [FUL_W_complete] = FUL_SAW_MOVEEND, [FUL_W_completed] = FUL_SAW_MOVEEND, [FUL_W_finished] = FUL_SAW_MOVEEND,
    [FUL_W_down] = FUL_SAW_MOVEDIR,
    [FUL_W_grew] = D, [FUL_W_fell] = D, [FUL_W_kept] = D, [FUL_W_cut] = D, [FUL_W_used] = D, [FUL_W_began] = D, [FUL_W_wrote] = D,
    [FUL_W_spoke] = D, [FUL_W_broke] = D, [FUL_W_brought] = D,
    [FUL_W_froze] = D, [FUL_W_hung] = D, [FUL_W_found] = D, [FUL_W_heard] = D, [FUL_W_forgot] = D, [FUL_W_became] = D,
    [FUL_W_rang] = D, [FUL_W_flew] = D, [FUL_W_knew] = D, [FUL_W_caught] = D, [FUL_W_threw] = D, [FUL_W_stole] = D,
    /* ful_status_at's habit words, read from here (its only list): "Legal usually takes 3 weeks" */
    [FUL_W_usually] = FUL_SAW_HABIT, [FUL_W_typically] = FUL_SAW_HABIT, [FUL_W_normally] = FUL_SAW_HABIT,
    [FUL_W_always] = FUL_SAW_HABIT, [FUL_W_generally] = FUL_SAW_HABIT, [FUL_W_often] = FUL_SAW_HABIT,
    [FUL_W_sometimes] = FUL_SAW_HABIT, [FUL_W_rarely] = FUL_SAW_HABIT, [FUL_W_mostly] = FUL_SAW_HABIT,
    [FUL_W_quarterly] = FUL_SAW_HABIT, [FUL_W_weekly] = FUL_SAW_HABIT, [FUL_W_monthly] = FUL_SAW_HABIT,
    [FUL_W_annually] = FUL_SAW_HABIT, [FUL_W_yearly] = FUL_SAW_HABIT, [FUL_W_daily] = FUL_SAW_HABIT,
    [FUL_W_biweekly] = FUL_SAW_HABIT, [FUL_W_twice] = FUL_SAW_HABIT, [FUL_W_manually] = FUL_SAW_MANUAL,
    [FUL_W_everything] = F | FUL_SAW_ANY, [FUL_W_anything] = F | FUL_SAW_ANY, /* (ful_client_habit: "Owner signs everything himself") */
    [FUL_W_every] = F | FUL_SAW_ANY, [FUL_W_each] = F | FUL_SAW_ANY, [FUL_W_any] = FUL_SAW_ANY, /* (ful_client_habit's rate: "Board meets every Tuesday") */
    [FUL_W_all] = F | FUL_SAW_ANY, /* (ful_client_habit: "Owner signs all contracts himself") */
    [FUL_W_whole] = F, /* (ful_scope_all: "signs for the whole group") */
    /* the words actors.c looks for first (cline.h): a line without them skips those walks */
#define FUL_NAME_ENTRY(w, k) [FUL_W_##w] = FUL_NAME_MARK(k),
    FUL_NAME_WORDS(FUL_NAME_ENTRY)
#undef FUL_NAME_ENTRY
};
#undef F
#undef D

const uint64_t ful_wset[FUL_NWIDS + 1] = {
    /* the gate words (FUL_WG_*, clause.h) */
    [FUL_W_takes] = FUL_WG_TAKE, [FUL_W_take] = FUL_WG_TAKE, [FUL_W_took] = FUL_WG_TAKE,
    [FUL_W_sure] = FUL_WG_UNSURE, [FUL_W_clear] = FUL_WG_UNSURE, [FUL_W_certain] = FUL_WG_UNSURE,
    [FUL_W_unclear] = FUL_WG_UNSURE, [FUL_W_uncertain] = FUL_WG_UNSURE, [FUL_W_undecided] = FUL_WG_UNSURE,
    [FUL_W_unsure] = FUL_WG_UNSURE, [FUL_W_unknown] = FUL_WG_UNSURE,
    [FUL_W_holiday] = FUL_WG_DAYOFF, [FUL_W_holidays] = FUL_WG_DAYOFF, [FUL_W_shutdown] = FUL_WG_DAYOFF, [FUL_W_closure] = FUL_WG_DAYOFF,
    [FUL_W_policy] = FUL_WG_POLICY, [FUL_W_rule] = FUL_WG_POLICY, [FUL_W_sop] = FUL_WG_POLICY, [FUL_W_process] = FUL_WG_POLICY,
    [FUL_W_procedure] = FUL_WG_POLICY, [FUL_W_standard] = FUL_WG_POLICY,
    [FUL_W_attended] = FUL_WG_ATTEND, [FUL_W_attending] = FUL_WG_ATTEND, [FUL_W_attendees] = FUL_WG_ATTEND,
    [FUL_W_participants] = FUL_WG_ATTEND, [FUL_W_joined] = FUL_WG_ATTEND, [FUL_W_present] = FUL_WG_ATTEND, [FUL_W_call] = FUL_WG_ATTEND,
    [FUL_W_slot] = FUL_WG_SLOTS, [FUL_W_slots] = FUL_WG_SLOTS, [FUL_W_availability] = FUL_WG_SLOTS, [FUL_W_calendly] = FUL_WG_SLOTS,
    [FUL_W_times] = FUL_WG_SLOTS,
    [FUL_W_crm] = FUL_WG_STORE, [FUL_W_gong] = FUL_WG_STORE, [FUL_W_room] = FUL_WG_STORE, [FUL_W_wiki] = FUL_WG_STORE,
    [FUL_W_jira] = FUL_WG_STORE, [FUL_W_drive] = FUL_WG_STORE, [FUL_W_inbox] = FUL_WG_STORE, [FUL_W_folder] = FUL_WG_STORE,
    [FUL_W_notion] = FUL_WG_STORE, [FUL_W_chorus] = FUL_WG_STORE, [FUL_W_dropbox] = FUL_WG_STORE, [FUL_W_hubspot] = FUL_WG_STORE,
    [FUL_W_salesforce] = FUL_WG_STORE, [FUL_W_sharepoint] = FUL_WG_STORE, [FUL_W_confluence] = FUL_WG_STORE,
    [FUL_W_channel] = FUL_WG_STORE,
    [FUL_W_ns] = FUL_WG_LABEL, [FUL_W_next] = FUL_WG_LABEL, [FUL_W_nxt] = FUL_WG_LABEL, [FUL_W_comments] = FUL_WG_LABEL,
    [FUL_W_comment] = FUL_WG_LABEL, [FUL_W_description] = FUL_WG_LABEL,
    [FUL_W_first] = FUL_WG_ORDINAL, [FUL_W_second] = FUL_WG_ORDINAL, [FUL_W_third] = FUL_WG_ORDINAL,
    [FUL_W_fourth] = FUL_WG_ORDINAL, [FUL_W_other] = FUL_WG_ORDINAL,
    [FUL_W_honestly] = FUL_WG_FRANK, [FUL_W_frankly] = FUL_WG_FRANK, [FUL_W_basically] = FUL_WG_FRANK, [FUL_W_tbh] = FUL_WG_FRANK,
    [FUL_W_ngl] = FUL_WG_FRANK, [FUL_W_imo] = FUL_WG_FRANK, [FUL_W_imho] = FUL_WG_FRANK, [FUL_W_fwiw] = FUL_WG_FRANK, [FUL_W_tbf] = FUL_WG_FRANK,
    [FUL_W_actually] = FUL_WG_FRANK,
    [FUL_W_flies] = FUL_WG_TRIP, [FUL_W_flying] = FUL_WG_TRIP, [FUL_W_travels] = FUL_WG_TRIP, [FUL_W_traveling] = FUL_WG_TRIP,
    [FUL_W_travelling] = FUL_WG_TRIP, [FUL_W_since] = FUL_WG_SINCE,
    [FUL_W_find] = FUL_WG_FIND, [FUL_W_finds] = FUL_WG_FIND, [FUL_W_currently] = FUL_WG_NOW,
    [FUL_W_avg] = FUL_WG_AVG, [FUL_W_average] = FUL_WG_AVG, [FUL_W_median] = FUL_WG_AVG, [FUL_W_typical] = FUL_WG_AVG,
    [FUL_W_who] = FUL_WG_REL, [FUL_W_whole] = FUL_WG_REL, [FUL_W_entire] = FUL_WG_REL,
    [FUL_W_keep] = FUL_WG_KEEP,
    [FUL_W_progress] = FUL_WG_GOING, [FUL_W_underway] = FUL_WG_GOING, [FUL_W_ongoing] = FUL_WG_GOING,
    [FUL_W_decision] = FUL_WG_DECISION,
    [FUL_W_get] = FUL_WG_GET, [FUL_W_have] = FUL_WG_GET | FUL_WG_MUST, [FUL_W_obtain] = FUL_WG_GET, [FUL_W_gets] = FUL_WG_GET,
    [FUL_W_receive] = FUL_WG_GET, [FUL_W_receives] = FUL_WG_GET,
    [FUL_W_agreed] = FUL_WG_AGREE, [FUL_W_agree] = FUL_WG_AGREE, [FUL_W_confirmed] = FUL_WG_AGREE,
    [FUL_W_must] = FUL_WG_MUST, [FUL_W_needs] = FUL_WG_MUST, [FUL_W_need] = FUL_WG_MUST, [FUL_W_has] = FUL_WG_MUST,
    [FUL_W_give] = FUL_WG_GIVE,
    [FUL_W_approx] = FUL_WG_ROUGH, [FUL_W_about] = FUL_WG_ROUGH,
    [FUL_W_roughly] = FUL_WG_ROUGH, [FUL_W_approximately] = FUL_WG_ROUGH, [FUL_W_circa] = FUL_WG_ROUGH,
    [FUL_W_is] = FUL_WG_BE, [FUL_W_are] = FUL_WG_BE, [FUL_W_was] = FUL_WG_BE, [FUL_W_were] = FUL_WG_BE,
    [FUL_W_if] = FUL_WG_IF, [FUL_W_unless] = FUL_WG_IF,
    [FUL_W_very] = FUL_WG_DEGREE, [FUL_W_really] = FUL_WG_DEGREE, [FUL_W_super] = FUL_WG_DEGREE, [FUL_W_quite] = FUL_WG_DEGREE,
    [FUL_W_sir] = FUL_WG_SIR, [FUL_W_madam] = FUL_WG_SIR, [FUL_W_ma_am] = FUL_WG_SIR,
    [FUL_W_best] = FUL_WG_BEST, [FUL_W_better] = FUL_WG_BEST,
    [FUL_W_whether] = FUL_WG_WHETHER,
    [FUL_W_do] = FUL_WG_DONT, [FUL_W_don_t] = FUL_WG_DONT, [FUL_W_dont] = FUL_WG_DONT, [FUL_W_doesn_t] = FUL_WG_DONT,
    [FUL_W_doesnt] = FUL_WG_DONT,
    [FUL_W_of] = FUL_WG_OF, [FUL_W_using] = FUL_WG_USING, [FUL_W_running] = FUL_WG_USING,
    [FUL_W_be] = FUL_WG_PASSIVE, [FUL_W_been] = FUL_WG_PASSIVE, [FUL_W_so] = FUL_WG_SO, [FUL_W_that] = FUL_WG_SO,
    [FUL_W_min] = FUL_WS_UNIT, [FUL_W_mins] = FUL_WS_UNIT, [FUL_W_minutes] = FUL_WS_UNIT,
    [FUL_W_hr] = FUL_WS_UNIT, [FUL_W_hrs] = FUL_WS_UNIT, [FUL_W_hour] = FUL_WS_UNIT,
    [FUL_W_hours] = FUL_WS_UNIT, [FUL_W_people] = FUL_WS_UNIT, [FUL_W_users] = FUL_WS_UNIT,
    [FUL_W_seats] = FUL_WS_UNIT, [FUL_W_licenses] = FUL_WS_UNIT, [FUL_W_reps] = FUL_WS_UNIT,
    [FUL_W_sites] = FUL_WS_UNIT, [FUL_W_shifts] = FUL_WS_UNIT, [FUL_W_percent] = FUL_WS_UNIT,
    [FUL_W_x] = FUL_WS_UNIT, [FUL_W_staff] = FUL_WS_UNIT, [FUL_W_ppl] = FUL_WS_UNIT, [FUL_W_pax] = FUL_WS_UNIT,
    [FUL_W_employees] = FUL_WS_UNIT, [FUL_W_fte] = FUL_WS_UNIT, [FUL_W_ftes] = FUL_WS_UNIT,
    [FUL_W_t] = FUL_WS_UNIT, [FUL_W_kg] = FUL_WS_UNIT, [FUL_W_tonnes] = FUL_WS_UNIT, [FUL_W_tons] = FUL_WS_UNIT, /* ("~4 t of cotton a week") */
    [FUL_W_litres] = FUL_WS_UNIT, [FUL_W_liters] = FUL_WS_UNIT, [FUL_W_gallons] = FUL_WS_UNIT, [FUL_W_sms] = FUL_WS_CHANNEL, [FUL_W_text] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_slack] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_teams] = FUL_WS_CHANNEL,
    [FUL_W_whatsapp] = FUL_WS_CHANNEL, [FUL_W_reply] = FUL_WS_CHANNEL, /* ("Reply from Petra: ...") */ [FUL_W_wa] = FUL_WS_CHANNEL, [FUL_W_linkedin] = FUL_WS_CHANNEL,
    [FUL_W_email] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_e_mail] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_msg] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_message] = FUL_WS_CHANNEL | FUL_WS_SOURCE,
    [FUL_W_dm] = FUL_WS_CHANNEL, [FUL_W_imessage] = FUL_WS_CHANNEL, [FUL_W_wechat] = FUL_WS_CHANNEL,
    [FUL_W_telegram] = FUL_WS_CHANNEL, [FUL_W_signal] = FUL_WS_CHANNEL, [FUL_W_inmail] = FUL_WS_CHANNEL,
    [FUL_W_chat] = FUL_WS_CHANNEL | FUL_WS_SOURCE, [FUL_W_emails] = FUL_WS_SOURCE,
    [FUL_W_conversation] = FUL_WS_SOURCE, [FUL_W_discussion] = FUL_WS_SOURCE, [FUL_W_request] = FUL_WS_SOURCE,
    [FUL_W_ask] = FUL_WS_SOURCE, [FUL_W_notes] = FUL_WS_SOURCE, [FUL_W_note] = FUL_WS_SOURCE,
    [FUL_W_above] = FUL_WS_SOURCE, [FUL_W_below] = FUL_WS_SOURCE, [FUL_W_thread] = FUL_WS_SOURCE,
    [FUL_W_convo] = FUL_WS_SOURCE, [FUL_W_vm] = FUL_WS_SOURCE, [FUL_W_voicemail] = FUL_WS_SOURCE,
    [FUL_W_feedback] = FUL_WS_SOURCE, [FUL_W_sync] = FUL_WS_SOURCE, [FUL_W_agreement] = FUL_WS_SOURCE,
    [FUL_W_manage] = FUL_WS_STATEV, /* (not "owns": "Jess owns the approval" is a to-do handed over) */
    [FUL_W_manages] = FUL_WS_STATEV, [FUL_W_oversee] = FUL_WS_STATEV, [FUL_W_oversees] = FUL_WS_STATEV,
    [FUL_W_love] = FUL_WS_STATEV, [FUL_W_loves] = FUL_WS_STATEV, [FUL_W_hate] = FUL_WS_STATEV,
    [FUL_W_hates] = FUL_WS_STATEV, [FUL_W_like] = FUL_WS_STATEV, [FUL_W_likes] = FUL_WS_STATEV,
    [FUL_W_dislike] = FUL_WS_STATEV, [FUL_W_dislikes] = FUL_WS_STATEV, [FUL_W_prefers] = FUL_WS_STATEV,
    /* "her son plays rugby", "ITAR applies", "the distributor stocks two brands" */
    [FUL_W_plays] = FUL_WS_STATEV, [FUL_W_lives] = FUL_WS_STATEV, [FUL_W_applies] = FUL_WS_STATEV,
    [FUL_W_carries] = FUL_WS_STATEV, [FUL_W_stocks] = FUL_WS_STATEV,
    /* "Their fleet averages 9 years old", "Their RFP scores price at 40%", "Rosa keeps the keys" */
    [FUL_W_averages] = FUL_WS_STATEV, [FUL_W_scores] = FUL_WS_STATEV, [FUL_W_keeps] = FUL_WS_STATEV | FUL_WG_KEEP, [FUL_W_weighs] = FUL_WS_STATEV,
    [FUL_W_chairs] = FUL_WS_STATEV, /* "Mrs Greaves chairs the infrastructure committee" */
    [FUL_W_rely] = FUL_WS_HABIT, [FUL_W_relies] = FUL_WS_HABIT, /* "They rely on paper forms" */
    [FUL_W_knows] = FUL_WS_STATEV, [FUL_W_sits] = FUL_WS_STATEV, /* "Dan knows our CEO", "sits on two boards" */
    [FUL_W_leads] = FUL_WS_STATEV, [FUL_W_runs] = FUL_WS_STATEV | FUL_WS_TERMV, /* "Min-jun leads the eval team", "she runs procurement" */
    /* (ful_client_habit, with no day or modal on the line: "family also owns a juice plant", "they buy through a distributor") */
    [FUL_W_owns] = FUL_WS_HABIT, [FUL_W_buys] = FUL_WS_HABIT, [FUL_W_sells] = FUL_WS_HABIT, [FUL_W_serves] = FUL_WS_HABIT,
    [FUL_W_supplies] = FUL_WS_HABIT, [FUL_W_outsources] = FUL_WS_HABIT, [FUL_W_spends] = FUL_WS_HABIT,
    [FUL_W_grows] = FUL_WS_HABIT, [FUL_W_operates] = FUL_WS_HABIT, [FUL_W_employs] = FUL_WS_HABIT, [FUL_W_uses] = FUL_WS_HABIT,
    [FUL_W_covers] = FUL_WS_HABIT | FUL_WS_PAPERV, [FUL_W_handles] = FUL_WS_HABIT, [FUL_W_work] = FUL_WS_HABIT, [FUL_W_does] = FUL_WS_HABIT | FUL_WG_DONT,
    [FUL_W_host] = FUL_WS_HABIT, [FUL_W_hosts] = FUL_WS_HABIT, [FUL_W_rent] = FUL_WS_HABIT, [FUL_W_rents] = FUL_WS_HABIT,
    [FUL_W_import] = FUL_WS_HABIT, [FUL_W_imports] = FUL_WS_HABIT, [FUL_W_holds] = FUL_WS_HABIT, [FUL_W_controls] = FUL_WS_HABIT, /* ("Mpho holds the budget") */
    [FUL_W_speaks] = FUL_WS_HABIT, /* ("Fara speaks French"; not "speaks to", "speaks with": read as the habit reader reads "to") */
    [FUL_W_export] = FUL_WS_HABIT, [FUL_W_exports] = FUL_WS_HABIT, [FUL_W_distribute] = FUL_WS_HABIT,
    [FUL_W_distributes] = FUL_WS_HABIT, [FUL_W_manufacture] = FUL_WS_HABIT, [FUL_W_manufactures] = FUL_WS_HABIT,
    [FUL_W_produce] = FUL_WS_HABIT, [FUL_W_produces] = FUL_WS_HABIT,
    [FUL_W_says] = FUL_WS_PAPERV, [FUL_W_caps] = FUL_WS_PAPERV, [FUL_W_states] = FUL_WS_PAPERV,
    [FUL_W_includes] = FUL_WS_PAPERV, [FUL_W_excludes] = FUL_WS_PAPERV, [FUL_W_mandates] = FUL_WS_PAPERV,
    [FUL_W_specifies] = FUL_WS_PAPERV, [FUL_W_limits] = FUL_WS_PAPERV, [FUL_W_allows] = FUL_WS_PAPERV,
    [FUL_W_permits] = FUL_WS_PAPERV, [FUL_W_prohibits] = FUL_WS_PAPERV, [FUL_W_lists] = FUL_WS_PAPERV, [FUL_W_asks] = FUL_WS_PAPERV,
    [FUL_W_lasts] = FUL_WS_TERMV, [FUL_W_lapses] = FUL_WS_TERMV, [FUL_W_finishes] = FUL_WS_TERMV,
    [FUL_W_terminates] = FUL_WS_TERMV, [FUL_W_rolls] = FUL_WS_TERMV, [FUL_W_up] = FUL_WS_TERMV,
    [FUL_W_starts] = FUL_WS_ONSET, [FUL_W_begins] = FUL_WS_ONSET, [FUL_W_opens] = FUL_WS_ONSET, [FUL_W_closes] = FUL_WS_ONSET,
    [FUL_W_ends] = FUL_WS_ONSET | FUL_WS_TERMV, [FUL_W_expires] = FUL_WS_ONSET | FUL_WS_TERMV, [FUL_W_renews] = FUL_WS_ONSET | FUL_WS_TERMV, [FUL_W_retires] = FUL_WS_ONSET,
    [FUL_W_launches] = FUL_WS_ONSET, [FUL_W_changes] = FUL_WS_ONSET, [FUL_W_peaks] = FUL_WS_ONSET, [FUL_W_resets] = FUL_WS_ONSET, /* ("Ferry schedule changes in April") */
    /* (their plain forms, after "they" alone: "they buy through a distributor") */
    [FUL_W_own] = FUL_WS_HABIT, [FUL_W_buy] = FUL_WS_HABIT, [FUL_W_sell] = FUL_WS_HABIT, [FUL_W_serve] = FUL_WS_HABIT,
    [FUL_W_supply] = FUL_WS_HABIT, [FUL_W_outsource] = FUL_WS_HABIT, [FUL_W_grow] = FUL_WS_HABIT,
    [FUL_W_carry] = FUL_WS_HABIT, [FUL_W_stock] = FUL_WS_HABIT, [FUL_W_operate] = FUL_WS_HABIT, [FUL_W_employ] = FUL_WS_HABIT,
    [FUL_W_happy] = FUL_WS_MOOD, [FUL_W_unhappy] = FUL_WS_MOOD, [FUL_W_keen] = FUL_WS_MOOD,
    [FUL_W_excited] = FUL_WS_MOOD, [FUL_W_impressed] = FUL_WS_MOOD, [FUL_W_frustrated] = FUL_WS_MOOD,
    [FUL_W_annoyed] = FUL_WS_MOOD, [FUL_W_skeptical] = FUL_WS_MOOD, [FUL_W_sceptical] = FUL_WS_MOOD,
    [FUL_W_nervous] = FUL_WS_MOOD, [FUL_W_worried] = FUL_WS_MOOD, [FUL_W_concerned] = FUL_WS_MOOD,
    [FUL_W_pleased] = FUL_WS_MOOD, [FUL_W_thrilled] = FUL_WS_MOOD, [FUL_W_satisfied] = FUL_WS_MOOD,
    [FUL_W_disappointed] = FUL_WS_MOOD, [FUL_W_upset] = FUL_WS_MOOD, [FUL_W_hesitant] = FUL_WS_MOOD,
    [FUL_W_cautious] = FUL_WS_MOOD, [FUL_W_slow] = FUL_WS_MOOD, [FUL_W_busy] = FUL_WS_MOOD, [FUL_W_swamped] = FUL_WS_MOOD, [FUL_W_slammed] = FUL_WS_MOOD,
    [FUL_W_new] = FUL_WS_MOOD, [FUL_W_tight] = FUL_WS_MOOD, [FUL_W_strict] = FUL_WS_MOOD, [FUL_W_conservative] = FUL_WS_MOOD, [FUL_W_receptive] = FUL_WS_MOOD, [FUL_W_lukewarm] = FUL_WS_MOOD,
    [FUL_W_by] = FUL_WS_FRONT, [FUL_W_on] = FUL_WS_FRONT, [FUL_W_in] = FUL_WS_FRONT, [FUL_W_after] = FUL_WS_FRONT,
    [FUL_W_before] = FUL_WS_FRONT, [FUL_W_within] = FUL_WS_FRONT, [FUL_W_until] = FUL_WS_FRONT,
    [FUL_W_till] = FUL_WS_FRONT, [FUL_W_around] = FUL_WS_FRONT | FUL_WG_ROUGH, [FUL_W_early] = FUL_WS_FRONT, [FUL_W_late] = FUL_WS_FRONT,
};

/* "tom's", "Priya's": a word with a trailing 's (a possessive, or "is") */
int ful_ends_s(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 2 && r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 's';
}

/* "sending", "thinking": a word ending in -ing, longer than "ring" */
int ful_ends_ing(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 4 && memcmp(r->lw + r->len - 3, "ing", 3) == 0;
}

/* a word ending like a verb of a third person or the past: brings, booked */
int ful_verb_shape(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    if (r->len < 3 || (L->t[i].flags & T_NUM))
        return 0;
    if (r->lw[r->len - 1] == 's' && r->lw[r->len - 2] != 's' && r->lw[r->len - 2] != '\'')
        return 1;
    return r->len > 3 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd';
}

/* A meeting noun a few nouns ahead: "Steering group decision session". */
int ful_event_ahead(const ful_cline *L, int i, int end)
{
    int k, j = i;
    for (k = 0; k < 4 && j >= 0; k++, j = ful_next(L, j, end)) {
        uint32_t b = L->t[j].bits;
        if (b & FUL_CUE_EVENT)
            return j;
        if (k > 0 && (b & (VERBISH | FUL_CUE_ART | FUL_CUE_WITH)))
            return -1;
        if (k > 0 && !(b & FUL_CUE_WORD) && ful_verb_shape(L, j))
            return -1;
    }
    return -1;
}

/* "signed", "approved": a past participle, read as an adjective before a noun */
int ful_participle(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return L->t[i].span == 1 &&
           ((r->len > 4 && r->lw[r->len - 2] == 'e' && r->lw[r->len - 1] == 'd') ||
            /* "PO rcvd", "redlines rec'd": received, written short */
            (r->len == 4 && r->lw[3] == 'd' && (memcmp(r->lw, "rcvd", 4) == 0 || memcmp(r->lw, "recd", 4) == 0)) ||
            (r->len == 5 && memcmp(r->lw, "rec'd", 5) == 0) ||
            /* "IT is run by an MSP": "run" between "be" and its agent */
            (r->len == 3 && memcmp(r->lw, "run", 3) == 0 && i > 0 && i + 1 < L->nt && ful_be_form(L, i - 1) &&
             L->r[i + 1].len == 2 && memcmp(L->r[i + 1].lw, "by", 2) == 0));
}

/* "went", "ran", "dropped": a verb in the past (irregular, a recap word,
 * or an -ed no cue knows): "Call went 15 min over", "call dropped halfway". */
int ful_past_verb(const ful_cline *L, int i)
{
    if ((L->t[i].bits & FUL_CUE_RECAP) ||
        (!(L->t[i].bits & FUL_CUE_WORD) && !(L->t[i].flags & T_CAP) && ful_participle(L, i)))
        return 1;
    /* irregular pasts ("paid", "went"): ful_wrule's D words, one load by id;
     * "cut" only where no modal or "to" makes it the plain verb ("they'll cut a PO") */
    return (ful_wrule[L->t[i].wid] & FUL_SAW_DONE) != 0 &&
           !(L->t[i].wid == FUL_W_cut && i > 0 &&
             ((L->t[i - 1].bits & (FUL_CUE_MODAL | FUL_CUE_HEDGE)) || L->t[i - 1].wid == FUL_W_to)) &&
           !(L->t[i].wid == FUL_W_used && i + 1 < L->nt && L->t[i + 1].wid == FUL_W_to); /* ("used to": a habit, read apart) */
}

/* Is a "call"/"review" at the start of a clause a noun ("Call with their
 * CFO booked")? */
int ful_noun_start(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end);
    if (j < 0)
        return 1;
    return (L->t[j].bits & (FUL_CUE_WITH | FUL_CUE_BOOKED | FUL_CUE_MODAL | FUL_CUE_DATE)) ||
           (L->t[j].flags & T_NUM) || ful_is_id(L, j, FUL_W_at) || ful_is_id(L, j, FUL_W_on) || ful_past_verb(L, j) ||
           (!(L->t[j].flags & T_CAP) && ful_participle(L, j)); /* "call dropped halfway" */
}


/* "Discussed pricing tiers", "Walked them through the demo", "Went over
 * the questionnaire": what was said on the call, told after it; a recap,
 * never a step of its own (nor a participle before a document). */
int ful_recap_verb(const ful_cline *L, int i)
{
    return (L->t[i].bits & FUL_CUE_RECAP) && !(L->t[i].flags & T_QUOTED);
}

/* An unknown word like "thy'll", "theyll'd": a contracted pronoun. */
int ful_contraction(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 3 && (ful_ends_ll(r) || ful_ends_d(r));
}

/* "she's", "we're", "they're", "he's": a pronoun with its "be" */
int ful_contraction_be(const ful_cline *L, int i)
{
    const ful_rtok *r = &L->r[i];
    return r->len > 3 && ((r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 's') ||
                          (r->lw[r->len - 3] == '\'' && r->lw[r->len - 2] == 'r' && r->lw[r->len - 1] == 'e') ||
                          (r->lw[r->len - 2] == '\'' && r->lw[r->len - 1] == 'm'));
}

/* After a clause-opening "will" (hedges skipped): a verb of client effort
 * only, not the seller's sending or chasing ("Will probably sign"). */
int ful_client_verb_after(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end);
    while (j >= 0 && (L->t[j].bits & FUL_CUE_HEDGE) && !(L->t[j].bits & (FUL_CUE_ACT | FUL_CUE_CHASE)))
        j = ful_next(L, j, end);
    return j >= 0 && (L->t[j].bits & FUL_CUE_ACT) &&
           !(L->t[j].bits & (FUL_CUE_DELIV | FUL_CUE_CHASE | FUL_CUE_EVENT | FUL_CUE_JOINT | FUL_CUE_SETUP));
}

/* "to them", "to the client" after token i: the seller hands it over. */
int ful_to_client(const ful_cline *L, int i, int end)
{
    int j;
    for (j = i + 1; j + 1 < end; j++)
        if (ful_is_id(L, j, FUL_W_to) && (L->t[j + 1].bits & (FUL_CUE_COBJ | FUL_CUE_CLIENT | FUL_CUE_ART)))
            return 1;
    return 0;
}

/* "give us|me" in quotes, "give them|him|her" outside, then time within a
 * few words ("a couple of weeks", "some time") or "till" a day: the
 * client's thinking time. */
int ful_gives_time(const ful_cline *L, int i, int end)
{
    int j, k, n, f;
    if (!(L->wsets & FUL_WG_GIVE) || !ful_is_id(L, i, FUL_W_give) || (j = ful_next(L, i, end)) < 0)
        return 0;
    if (!(((L->t[j].bits & FUL_CUE_SOBJ) && (L->t[j].flags & T_QUOTED)) ||
          ((L->t[j].bits & FUL_CUE_COBJ) && !(L->t[j].flags & T_QUOTED) && !ful_is_id(L, j, FUL_W_it))))
        return 0;
    for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 5; k = ful_next(L, k, end), n++) {
        if (ful_is_id(L, k, FUL_W_time) || ful_is_id(L, k, FUL_W_weeks) || ful_is_id(L, k, FUL_W_week) ||
            ful_is_id(L, k, FUL_W_days) || ful_is_id(L, k, FUL_W_months) || ful_is_id(L, k, FUL_W_month) ||
            (ful_is_id(L, k, FUL_W_some) && L->t[k].span == 2)) { /* ("some time", a phrase of its own) */
            /* "give them 45 days free", "2 weeks of free access": time given, a deliverable */
            f = ful_next(L, k, end);
            if (f >= 0 && ful_is_id(L, f, FUL_W_of))
                f = ful_next(L, f, end);
            return !(f >= 0 && (ful_is_id(L, f, FUL_W_free) || (L->t[f].bits & FUL_CUE_DNOUN)));
        }
        if ((ful_is_id(L, k, FUL_W_till) || ful_is_id(L, k, FUL_W_until)) && n == 0 && (f = ful_next(L, k, end)) >= 0 &&
            (L->t[f].bits & FUL_CUE_DATE))
            return 1; /* '"give me till Friday"': time to think, up to a day */
        if (L->t[k].bits & (FUL_CUE_DNOUN | VERBISH))
            return 0; /* "give them free access for 30 days": a deliverable */
    }
    return 0;
}

/* "60-day terms", "a 12-month contract", "3-year deal": a figure joined to
 * its unit of time by a hyphen, naming how long a thing of the deal runs
 * (the noun after it), not a day to act on. i: the figure. */
int ful_length_word(const ful_cline *L, int i)
{
    size_t e = L->t[i].off + L->t[i].len;
    return (L->t[i].flags & T_NUM) && i + 2 < L->nt && e < L->n && L->s[e] == '-' && L->t[i + 1].off == e + 1 &&
           (ful_is_id(L, i + 1, FUL_W_day) || ful_is_id(L, i + 1, FUL_W_week) || ful_is_id(L, i + 1, FUL_W_month) ||
            ful_is_id(L, i + 1, FUL_W_year)) &&
           !(L->t[i + 2].flags & (T_BREAK | T_NUM)) && !(L->t[i + 2].bits & (FUL_CUE_DATE | FUL_CUE_DSTART));
}

/* "time", "another week", "a few more days", "two weeks" from token j: a
 * stretch of time ("they need another week": to think, not a thing). */
int ful_time_ahead(const ful_cline *L, int j, int end)
{
    int n;
    for (n = 0; j >= 0 && n < 4; j = ful_next(L, j, end), n++) {
        if (ful_is_id(L, j, FUL_W_it) || ful_is_id(L, j, FUL_W_that) || ful_is_id(L, j, FUL_W_these) || ful_is_id(L, j, FUL_W_those))
            return 0; /* "legal needs it this week": a thing they need by then, not time */
        if (ful_is_id(L, j, FUL_W_time) || ful_is_id(L, j, FUL_W_day) || ful_is_id(L, j, FUL_W_days) ||
            ful_is_id(L, j, FUL_W_week) || ful_is_id(L, j, FUL_W_weeks) || ful_is_id(L, j, FUL_W_wk) ||
            ful_is_id(L, j, FUL_W_wks) || ful_is_id(L, j, FUL_W_month) || ful_is_id(L, j, FUL_W_months)) {
            int k = ful_next(L, j, end);
            /* "a 30-day trial", "a day pass", "a 2 week trial": a thing */
            return !(L->t[j].off > 0 && L->s[L->t[j].off - 1] == '-') &&
                   !(k >= 0 && ((L->t[k].bits & (FUL_CUE_DNOUN | FUL_CUE_ACT)) || (!(L->t[k].bits & FUL_CUE_WORD) && !(L->t[k].flags & T_NUM))));
        }
        if (!((L->t[j].bits & (FUL_CUE_ART | FUL_CUE_FILLER)) || (L->t[j].flags & T_NUM) || ful_is_id(L, j, FUL_W_few) ||
              ful_is_id(L, j, FUL_W_couple) || ful_is_id(L, j, FUL_W_extra) || ful_is_id(L, j, FUL_W_two) || ful_is_id(L, j, FUL_W_more)))
            return 0;
    }
    return 0;
}

/* After an opening "will"/"should": "have|get|receive" and a client's
 * paper within a few words ("will have the signed PO by Fri"): the seller
 * receives it, the client sends it. */
int ful_receive_paper(const ful_cline *L, int i, int end)
{
    int j = ful_next(L, i, end), k, n;
    if (j < 0 || !(ful_is_id(L, j, FUL_W_have) || ful_is_id(L, j, FUL_W_get) || ful_is_id(L, j, FUL_W_receive)))
        return 0;
    for (k = ful_next(L, j, end), n = 0; k >= 0 && n < 4; k = ful_next(L, k, end), n++) {
        if (L->t[k].bits & FUL_CUE_CDOC) {
            /* (a paper followed by "to them" is ours, on its way to them) */
            j = ful_next(L, k, end);
            return !(j >= 0 && ful_is_id(L, j, FUL_W_to) && (j = ful_next(L, j, end)) >= 0 &&
                     (L->t[j].bits & (FUL_CUE_COBJ | FUL_CUE_CLIENT | FUL_CUE_POSS)));
        }
        if (L->t[k].bits & (VERBISH | FUL_CUE_CLIENT | FUL_CUE_SELLER))
            return 0;
    }
    return 0;
}

/* "120k", "$40,000", "50", "15%": a figure (no date's '/', ':' or '-'). */
int ful_figure(const ful_cline *L, int j)
{
    const char *p = L->s + L->t[j].off, *e = p + L->t[j].len;
    int digits = 0;
    if (!(L->t[j].flags & T_NUM))
        return 0;
    for (; p < e; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (!(*p == 'k' || *p == 'K' || *p == 'm' || *p == 'M' || *p == '$' || *p == '%' || *p == ',' || *p == '.'))
            return 0;
    }
    return digits >= 3 || (digits > 0 && (int)L->t[j].len > digits); /* "120k", "$40"; "Demo 15" is a day */
}

/* "MAP", "ROI", "SOW": a word of two to six capitals (or digits). */
int ful_acronym(const ful_cline *L, int i)
{
    const char *p = L->s + L->t[i].off, *e = p + L->t[i].len;
    if (L->t[i].len < 2 || L->t[i].len > 6 || !(L->t[i].flags & T_CAP))
        return 0;
    for (; p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')); p++)
        ;
    return p == e;
}

/* "approx", "about", "around": a word that makes the figure after it rough */
int ful_rough_word(const ful_cline *L, int i)
{
    return (L->wsets & FUL_WG_ROUGH) && (ful_is_id(L, i, FUL_W_approx) || ful_is_id(L, i, FUL_W_about) || ful_is_id(L, i, FUL_W_around) ||
           ful_is_id(L, i, FUL_W_roughly) || ful_is_id(L, i, FUL_W_approximately) || ful_is_id(L, i, FUL_W_circa));
}

/* Tokens from the figure at j to end are "120k" or "120k EUR": a figure
 * and at most a code of three capitals after it (a currency, ARR). */
int ful_figure_to_end(const ful_cline *L, int j, int end)
{
    if (j + 2 < end || !(L->t[j].flags & T_NUM) || !ful_figure(L, j))
        return 0; /* (most lines go on past two words: no figure test) */
    return j + 1 == end || (L->t[j + 1].len == 3 && ful_acronym(L, j + 1) && !(L->t[j + 1].flags & T_BREAK));
}

/* "dials 4", "connects 0", "meetings 2": a count kept under a plural
 * word, a tally of the day, not a step ("call 3" may be at three) */
int ful_tally(const ful_cline *L, int a, int end)
{
    const ful_rtok *r = &L->r[a], *n;
    size_t k;
    /* "3 calls", "2 VMs", "4 calls no answer": the tries so far, counted */
    if (a + 1 < end && (L->t[a].flags & T_NUM) && r->len <= 2 && L->t[a].len == r->len && r->lw[0] >= '0' && r->lw[0] <= '9' &&
        (L->t[a + 1].bits & (FUL_CUE_CHASE | FUL_CUE_EVENT)) && L->t[a + 1].span == 1 && !(L->t[a + 1].bits & FUL_CUE_DATE) &&
        L->r[a + 1].len > 3 && L->r[a + 1].lw[L->r[a + 1].len - 1] == 's' && (end - a == 2 || (L->t[a + 2].bits & FUL_CUE_NEG)))
        return 1;
    if (end - a != 2 || !(L->t[a + 1].flags & T_NUM) || (L->t[a].bits & FUL_CUE_DATE) || r->len < 4 ||
        r->lw[r->len - 1] != 's' || r->lw[r->len - 2] == 's' || r->lw[r->len - 2] == '\'')
        return 0;
    n = &L->r[a + 1];
    if (n->len > 3 || L->t[a + 1].len != n->len)
        return 0;
    for (k = 0; k < n->len; k++)
        if (n->lw[k] < '0' || n->lw[k] > '9')
            return 0;
    return 1;
}

/* The subject of the clause [a, end): sets *st to its token. */
/* "PO from Acme by Fri", "Reply from Kenji re: scope by Mon", "go/no-go
 * from steering committee 12/18": a thing asked of the client, "from" and
 * who gives it: theirs to give. Token i is the thing (a noun, or a verb's
 * word right before "from"); the giver is a client's role, "their", a name. */
int ful_from_client(const ful_cline *L, int i, int end)
{
    int j, k, n;
    uint32_t b = L->t[i].bits;
    if (!(L->marks & FUL_SAW_FROM))
        return 0; /* no "from" on the line: nothing came from anyone */
    j = ful_next(L, i, end);
    if ((L->t[i].flags & (T_QUOTED | T_NAME | T_NUM)) || ful_is_id(L, i, FUL_W_get) || ful_is_id(L, i, FUL_W_got) || ful_is_id(L, i, FUL_W_grab) ||
        ful_is_id(L, i, FUL_W_collect) || ful_is_id(L, i, FUL_W_obtain) || ful_is_id(L, i, FUL_W_pick))
        return 0;
    /* "positive feedback from ops", "no word from legal": what came back, a record */
    if (ful_is_id(L, i, FUL_W_positive) || ful_is_id(L, i, FUL_W_good) || ful_is_id(L, i, FUL_W_great) ||
        ful_is_id(L, i, FUL_W_nice) || ful_is_id(L, i, FUL_W_negative) || ful_is_id(L, i, FUL_W_mixed) ||
        ful_is_id(L, i, FUL_W_strong) || ful_is_id(L, i, FUL_W_solid) || ful_is_id(L, i, FUL_W_lukewarm) ||
        ful_is_id(L, i, FUL_W_no) || ful_is_id(L, i, FUL_W_some))
        return 0;
    if ((b & (VERBISH | FUL_CUE_EVENT)) && !(b & (FUL_CUE_DNOUN | FUL_CUE_CDOC)) &&
        (!ful_is_id(L, j, FUL_W_from) || ((b & FUL_CUE_CHASE) && L->t[i].span > 1)))
        return 0; /* "Get the PO from Acme": ours to fetch; "find out from Bea": ours to ask */
    if (ful_is_word(L, i, "case") || ful_is_word(L, i, "references") || ful_is_word(L, i, "testimonial") ||
        ful_is_word(L, i, "testimonials") || ful_is_word(L, i, "whitepaper"))
        return 0; /* "Case study from Fiji": where our proof comes from, not theirs to give */
    for (n = 0; j >= 0 && n < 4 && !ful_is_id(L, j, FUL_W_from); n++, j = ful_next(L, j, end))
        if ((L->t[j].bits & (VERBISH | FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE)) &&
            !(L->t[j].bits & FUL_CUE_DNOUN))
            return 0;
    if (j < 0 || !ful_is_id(L, j, FUL_W_from) || (k = ful_next(L, j, end)) < 0)
        return 0;
    if (ful_is_id(L, k, FUL_W_the) && (j = ful_next(L, k, end)) >= 0)
        k = j;
    b = L->t[k].bits;
    if (b & (FUL_CUE_SELLER | FUL_CUE_SOBJ | FUL_CUE_YOU | FUL_CUE_DATE))
        return 0;
    return ((b & (FUL_CUE_CLIENT | FUL_CUE_POSS)) && !(b & VERBISH)) || (L->t[k].flags & T_NAME) ||
           ((L->t[k].flags & T_CAP) && !(b & FUL_CUE_WORD)) || ful_is_id(L, k, FUL_W_steering);
}
