/*
 * test_coder.c — src/code: coding sentences with tiny dictionaries written
 * here (invented places and people): sources, targets and verbs with their
 * spans, compounds, passive voice, paired / subordinate / dominant codes,
 * date-restricted actors, discard and complex sentences, pronouns,
 * options, sentence splitting and the coder's life cycle.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/code_int.h"
#include "dyad/coder.h"
#include "dyad/lexicon.h"

/* See test_text.c: a check expected to fail while a reported bug is there. */
#define XFAIL(cond, bug)                                                                   \
	do {                                                                               \
		if (cond)                                                                  \
			fail_msg("XPASS: known bug fixed (%s); turn this XFAIL into an assert", \
			         bug);                                                     \
		else                                                                       \
			print_message("note: expected failure, known bug: %s\n", bug);     \
	} while (0)

#define BUG_FOLD "fold: precomposed letters keep their diacritic"

static const char ACTORS[] =
	"VALDORIA_ [VAL]\n"                                   /* 1 */
	"+VALDORIAN_\n"                                       /* 2 */
	"ESTMARK_ [EST]\n"                                    /* 3 */
	"KORRIN_ [KOR]\n"                                     /* 4 */
	"LUMEN_ISLANDS_ [LUM]\n"                              /* 5 */
	"TRIPACT_ [VAL/EST/KOR]\n"                            /* 6 */
	"HALVARD_BRENNER_\n"                                  /* 7 */
	"+BRENNER_\n"                                         /* 8 */
	"  [VALGOV 20100101-20141231]\n"                      /* 9 */
	"  [VALELI]\n"                                        /* 10 */
	"HARBOR_FESTIVAL_ [###]\n"                            /* 11 */
	"NORTH_PROVINCE_ [+++]\n"                             /* 12 */
	"ESTMARK_TIMES_ [---]\n"                              /* 13 */
	"SULAYMANIYAH_ [SUL]\n";                              /* 14 */

static const char AGENTS[] =
	"PRESIDENT_ [~GOV]\n"
	"TROOPS_ [~MIL]\n"
	"POLICE_ [~COP]\n";

static const char VERBS[] =
	"ACCUSE_ [112]\n"                                     /* 1 */
	"ATTACK_ [190]\n"                                     /* 2 */
	"VISIT_ [042:043]\n"                                  /* 3 */
	"SAY_ [010?]\n"                                       /* 4 */
	"{SAID_}\n"                                           /* 5 */
	"PROMISE_ [030]\n"                                    /* 6 */
	"- * {TROOPS | MONEY} [070]\n"                        /* 7 */
	"MEET_ [040]\n"                                       /* 8 */
	"{MET_}\n"                                            /* 9 */
	"- % * [044]\n"                                       /* 10 */
	"ARREST_ [173!]\n"                                    /* 11 */
	"CRITICIZE_ [111]\n";                                 /* 12 */

typedef struct fx {
	dyad_lexicon *lx;
	dyad_coder *c;
	int warnings;
} fx;

static void count_diag(void *ud, dyad_diag_level level, const char *file, unsigned long line,
                       const char *msg)
{
	(void)level;
	print_message("diag: %s:%lu: %s\n", file ? file : "", line, msg);
	((fx *)ud)->warnings++;
}

static void setup_with(fx *f, const char *options, int split)
{
	memset(f, 0, sizeof *f);
	assert_int_equal(dyad_lexicon_new(&f->lx, count_diag, f), 0);
	assert_int_equal(dyad_lexicon_add_memory(f->lx, "test.actors", ACTORS, strlen(ACTORS),
	                                         DYAD_DICT_ACTORS),
	                 0);
	assert_int_equal(dyad_lexicon_add_memory(f->lx, "test.agents", AGENTS, strlen(AGENTS),
	                                         DYAD_DICT_AGENTS),
	                 0);
	assert_int_equal(dyad_lexicon_add_memory(f->lx, "test.verbs", VERBS, strlen(VERBS),
	                                         DYAD_DICT_VERBS),
	                 0);
	if (options)
		assert_int_equal(dyad_lexicon_add_memory(f->lx, "test.options", options,
		                                         strlen(options), DYAD_DICT_OPTIONS),
		                 0);
	assert_int_equal(dyad_lexicon_finish(f->lx), 0);
	assert_int_equal(f->warnings, 0);
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	o.split_sentences = split;
	assert_int_equal(dyad_coder_new(&f->c, f->lx, &o), 0);
}

static void setup(fx *f) { setup_with(f, NULL, 1); }

static void teardown(fx *f)
{
	dyad_coder_free(f->c);
	dyad_lexicon_free(f->lx);
}

static const dyad_result *code_story(fx *f, const char *doc, const char *title, const char *text,
                                     const char *date)
{
	dyad_story st;
	memset(&st, 0, sizeof st);
	st.doc = doc;
	st.date = date;
	st.title = title;
	st.text = text;
	st.text_len = text ? strlen(text) : 0;
	st.file = "test";
	st.line = 1;
	const dyad_result *r = NULL;
	assert_int_equal(dyad_coder_code(f->c, &st, &r), 0);
	assert_non_null(r);
	return r;
}

static const dyad_result *code(fx *f, const char *text, const char *date)
{
	return code_story(f, "doc", NULL, text, date);
}

/* "SRC TGT CODE; ..." for all events, "none" for none. */
static const char *events(const dyad_result *r)
{
	static char buf[2048];
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < r->nevents; i++) {
		const dyad_event *e = &r->events[i];
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s %s %s", i ? "; " : "", e->source,
		                      e->target, e->code);
	}
	return r->nevents ? buf : "none";
}

/* The text of a span of event e's sentence. */
static const char *span(const dyad_result *r, const dyad_event *e, dyad_span sp)
{
	static char buf[4][256];
	static int k;
	char *out = buf[k++ % 4];
	assert_true(e->sent < r->nsents);
	const dyad_sentence *s = &r->sents[e->sent];
	if (sp.len == 0)
		return "";
	assert_true(sp.off + sp.len <= s->len);
	memcpy(out, s->text + sp.off, sp.len);
	out[sp.len] = '\0';
	return out;
}

/* 1-based line of the first line of text that starts with `line`. */
static unsigned line_of(const char *text, const char *line)
{
	const char *p = strstr(text, line);
	assert_non_null(p);
	unsigned n = 1;
	for (const char *q = text; q < p; q++)
		n += *q == '\n';
	return n;
}

/* ---- basic events --------------------------------------------------------- */

static void test_coder_simple_event_with_spans_and_evidence(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *text = "Valdoria accused Estmark of spying on its naval bases.";
	const dyad_result *r = code(&f, text, "2021-03-04");
	assert_string_equal(events(r), "VAL EST 112");
	assert_int_equal(r->nsents, 1);
	assert_string_equal(r->sents[0].text, text);
	assert_int_equal(r->sents[0].off, 0);
	assert_int_equal(r->sents[0].len, strlen(text));
	assert_int_equal(r->sent_status[0], DYAD_SENT_OK);
	const dyad_event *e = &r->events[0];
	assert_int_equal(e->sent, 0);
	assert_string_equal(e->date, "2021-03-04");
	assert_string_equal(span(r, e, e->source_span), "Valdoria");
	assert_string_equal(span(r, e, e->target_span), "Estmark");
	assert_string_equal(span(r, e, e->verb_span), "accused");
	assert_string_equal(e->pattern, "ACCUSE_ [112]");
	assert_string_equal(e->pattern_file, "test.verbs");
	assert_int_equal(e->pattern_line, line_of(VERBS, "ACCUSE_"));
	assert_int_equal(e->negated, 0);
	assert_null(e->attributed_to);
	assert_null(e->via);
	teardown(&f);
}

static void test_coder_no_date_gives_null_date(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(&f, "Valdoria accused Estmark of spying on its naval bases.", NULL);
	assert_int_equal(r->nevents, 1);
	assert_null(r->events[0].date);
	/* a malformed date is no date */
	r = code(&f, "Valdoria accused Estmark of spying on its naval bases.", "2021-13-45");
	assert_int_equal(r->nevents, 1);
	assert_null(r->events[0].date);
	teardown(&f);
}

static void test_coder_multi_word_actor_and_synonym(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Valdorian officials accused the Lumen Islands of harboring smugglers.", NULL);
	assert_string_equal(events(r), "VAL LUM 112");
	const dyad_event *e = &r->events[0];
	assert_string_equal(span(r, e, e->source_span), "Valdorian");
	assert_string_equal(span(r, e, e->target_span), "Lumen Islands");
	teardown(&f);
}

static void test_coder_agents_make_composite_codes(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "The president of Korrin criticized Valdorian troops for the border incident.", NULL);
	assert_string_equal(events(r), "KORGOV VALMIL 111");
	teardown(&f);
}

/* ---- compounds and clauses --------------------------------------------- */

static void test_coder_compound_source(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Valdoria and Korrin accused Estmark of violating the fishing treaty.", NULL);
	assert_string_equal(events(r), "VAL EST 112; KOR EST 112");
	assert_string_equal(span(r, &r->events[1], r->events[1].source_span), "Korrin");
	assert_string_equal(span(r, &r->events[1], r->events[1].target_span), "Estmark");
	teardown(&f);
}

static void test_coder_compound_target_with_commas(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Valdoria accused Estmark, Korrin and the Lumen Islands of breaking the treaty.", NULL);
	assert_string_equal(events(r), "VAL EST 112; VAL KOR 112; VAL LUM 112");
	teardown(&f);
}

static void test_coder_coded_compound_actor(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "The Tripact members accused the Lumen Islands of polluting shared waters.", NULL);
	assert_string_equal(events(r), "VAL LUM 112; EST LUM 112; KOR LUM 112");
	teardown(&f);
}

static void test_coder_compound_meet_pattern(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Envoys from Valdoria and Korrin met in Estmark on Friday for talks.", NULL);
	assert_string_equal(events(r), "VAL KOR 044; KOR VAL 044");
	assert_string_equal(r->events[0].pattern, "MEET_ / - % * [044]");
	assert_int_equal(r->events[0].pattern_line, line_of(VERBS, "- % *"));
	teardown(&f);
}

static void test_coder_compound_sentence_codes_each_clause(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Valdoria accused Estmark of spying on Monday and Korrin criticized Valdoria.", NULL);
	assert_string_equal(events(r), "VAL EST 112; KOR VAL 111");
	teardown(&f);
}

static void test_coder_comma_clause_is_skipped(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Valdoria, which had long accused Korrin, criticized Estmark over the spill.", NULL);
	assert_string_equal(events(r), "VAL EST 111");
	teardown(&f);
}

/* ---- passive, pronouns ---------------------------------------------------- */

static void test_coder_passive_voice_swaps_source_and_target(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Estmark was attacked by Valdorian troops near the northern border.", NULL);
	assert_string_equal(events(r), "VALMIL EST 190");
	const dyad_event *e = &r->events[0];
	assert_string_equal(span(r, e, e->source_span), "Valdorian");
	assert_string_equal(span(r, e, e->target_span), "Estmark");
	assert_string_equal(span(r, e, e->verb_span), "attacked");
	teardown(&f);
}

static void test_coder_pronoun_he_refers_to_first_actor(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Halvard Brenner arrived in Korrin on Monday and he accused Estmark of lying.", NULL);
	assert_string_equal(events(r), "VALELI EST 112");
	/* the source span is the actor the pronoun stands for */
	assert_string_equal(span(r, &r->events[0], r->events[0].source_span), "Halvard Brenner");
	teardown(&f);
}

static void test_coder_pronoun_without_antecedent_is_no_actor(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(&f, "On Monday he accused Estmark of lying about the spill.", NULL);
	assert_string_equal(events(r), "none");
	teardown(&f);
}

/* ---- special codes -------------------------------------------------------- */

static void test_coder_paired_code(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "The Valdorian president visited Korrin on Tuesday for talks on trade.", NULL);
	assert_string_equal(events(r), "VALGOV KOR 042; KOR VALGOV 043");
	/* the second half has source and target spans swapped */
	assert_string_equal(span(r, &r->events[1], r->events[1].source_span), "Korrin");
	assert_string_equal(span(r, &r->events[1], r->events[1].target_span), "Valdorian");
	assert_string_equal(r->events[1].pattern, "VISIT_ [042:043]");
	teardown(&f);
}

static void test_coder_subordinate_code_alone(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Korrin said on Monday that the talks with Estmark had failed badly.", NULL);
	assert_string_equal(events(r), "KOR EST 010");
	teardown(&f);
}

static void test_coder_subordinate_code_dropped_for_another_event(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "The Korrin president said he would visit Estmark next month for talks.", NULL);
	assert_string_equal(events(r), "KORGOV EST 042; EST KORGOV 043");
	teardown(&f);
}

static void test_coder_dominant_code_removes_other_events(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Valdoria criticized Korrin on Friday and Estmark arrested a Valdorian spy.", NULL);
	assert_string_equal(events(r), "EST VAL 173");
	teardown(&f);
}

static void test_coder_date_restricted_actor(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *s = "Halvard Brenner accused Estmark of hiding the truth about the spill.";
	assert_string_equal(events(code(&f, s, "2012-05-01")), "VALGOV EST 112");
	assert_string_equal(events(code(&f, s, "2010-01-01")), "VALGOV EST 112");
	assert_string_equal(events(code(&f, s, "2016-07-01")), "VALELI EST 112");
	assert_string_equal(events(code(&f, s, "2009-12-31")), "VALELI EST 112");
	assert_string_equal(events(code(&f, s, NULL)), "VALELI EST 112");
	teardown(&f);
}

static void test_coder_discard_code(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Valdoria accused Estmark of cheating at the Harbor Festival regatta on Sunday.", NULL);
	assert_string_equal(events(r), "none");
	assert_int_equal(r->nsents, 1);
	assert_int_equal(r->sent_status[0], DYAD_SENT_DISCARD);
	teardown(&f);
}

static void test_coder_complex_code(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Officials in the North Province accused Valdoria of neglecting the region.", NULL);
	assert_string_equal(events(r), "none");
	assert_int_equal(r->sent_status[0], DYAD_SENT_COMPLEX);
	assert_non_null(r->sent_explain[0]);
	teardown(&f);
}

static void test_coder_null_coded_actor_blocks_match(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "The Estmark Times accused Korrin of censoring its reporters last week.", NULL);
	assert_string_equal(events(r), "none");
	teardown(&f);
}

static void test_coder_alternative_pattern_and_root_code(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code(&f, "Valdoria promised troops to Korrin for the new peacekeeping mission.", NULL);
	/* docs/tabari-compat.md, "Verb patterns": when the patterns run out
	 * with only an alternative match, the verb's own code is coded too */
	assert_string_equal(events(r), "VAL KOR 070; VAL KOR 030");
	assert_string_equal(r->events[0].pattern, "PROMISE_ / - * { TROOPS | MONEY } [070]");
	assert_string_equal(r->events[1].pattern, "PROMISE_ [030]");
	r = code(&f, "Valdoria promised new schools to Korrin after the floods last year.", NULL);
	assert_string_equal(events(r), "VAL KOR 030");
	teardown(&f);
}

static void test_coder_clause_start_actor_drops_agent(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	/* the first clause: the agent is found */
	const dyad_result *r =
		code(&f, "Korrin police arrested a Valdorian spy near the harbor on Friday.", NULL);
	assert_string_equal(events(r), "KORCOP VAL 173");
	/* docs/tabari-compat.md, "The clause and verb loop": an actor that
	 * starts a later clause becomes the source without its agent */
	r = code(&f, "Valdoria criticized Estmark on Thursday and Korrin police arrested a Valdorian spy.",
	         NULL);
	assert_string_equal(events(r), "KOR VAL 173");
	teardown(&f);
}

static void test_coder_diacritics_match_ascii_dictionary(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(
		&f, "Officials in Sulaym\xc4\x81n\xc4\xab" "yah accused Valdoria of blocking the pipeline.",
		NULL);
	assert_string_equal(events(r), "SUL VAL 112");
	/* upper-case ASCII text matches whatever the fold */
	r = code(&f, "OFFICIALS IN SULAYMANIYAH ACCUSED VALDORIA OF BLOCKING THE PIPELINE.", NULL);
	assert_string_equal(events(r), "SUL VAL 112");
	teardown(&f);
}

/* ---- options -------------------------------------------------------------- */

static void test_coder_minimum_words(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	assert_string_equal(events(code(&f, "Valdoria accused Estmark of spying.", NULL)), "none");
	assert_int_equal(dyad_coder_set_option(f.c, "SET: MINIMUM WORDS = 3"), 0);
	assert_string_equal(events(code(&f, "Valdoria accused Estmark of spying.", NULL)),
	                    "VAL EST 112");
	teardown(&f);
}

static void test_coder_complex_option_and_reset(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *s = "Valdoria accused Estmark of spying and attacked Korrin on the same day.";
	const dyad_result *r = code(&f, s, NULL);
	assert_int_equal(r->sent_status[0], DYAD_SENT_OK);
	assert_true(r->nevents > 0);
	assert_int_equal(dyad_coder_set_option(f.c, "COMPLEX: VERBS[2]"), 0);
	r = code(&f, s, NULL);
	assert_int_equal(r->sent_status[0], DYAD_SENT_COMPLEX);
	assert_int_equal(r->nevents, 0);
	assert_non_null(r->sent_explain[0]);
	assert_non_null(strstr(r->sent_explain[0], "verbs"));
	dyad_coder_reset_options(f.c);
	r = code(&f, s, NULL);
	assert_int_equal(r->sent_status[0], DYAD_SENT_OK);
	teardown(&f);
}

static void test_coder_code_by_sentence_and_all(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *s = "Valdoria accused Estmark of spying on Monday and Korrin criticized Valdoria.";
	assert_int_equal(code(&f, s, NULL)->nevents, 2); /* by clause (default) */
	assert_int_equal(dyad_coder_set_option(f.c, "SET: CODE BY SENTENCE"), 0);
	assert_string_equal(events(code(&f, s, NULL)), "VAL EST 112");
	teardown(&f);
	/* in the options file */
	setup_with(&f, "SET: CODE ALL\n", 1);
	const dyad_result *r =
		code(&f, "Valdoria accused Estmark of spying and attacked Korrin on the same day.", NULL);
	assert_string_equal(events(r), "VAL EST 112; VAL KOR 190");
	teardown(&f);
}

static void test_coder_default_source_option(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *s = "Unknown gunmen attacked the Korrin embassy in the capital on Sunday.";
	assert_string_equal(events(code(&f, s, NULL)), "none");
	/* PRIOR: the default source is used when no actor precedes the verb */
	assert_int_equal(dyad_coder_set_option(f.c, "DEFAULT: SOURCE [UNK] PRIOR"), 0);
	const dyad_result *r = code(&f, s, NULL);
	assert_string_equal(events(r), "UNK KOR 190");
	/* a default actor is not in the text: no span */
	assert_int_equal(r->events[0].source_span.len, 0);
	assert_string_equal(span(r, &r->events[0], r->events[0].target_span), "Korrin");
	/* a target default for a verb with no actor after it */
	assert_int_equal(dyad_coder_set_option(f.c, "DEFAULT: TARGET [WLD] AFTER"), 0);
	assert_string_equal(
		events(code(&f, "Valdorian troops attacked in the night and withdrew at dawn.", NULL)),
		"VALMIL WLD 190");
	teardown(&f);
}

static void test_coder_forward_pronoun_between_records(void **state)
{
	(void)state;
	fx f;
	setup_with(&f, NULL, 0);
	assert_int_equal(dyad_coder_set_option(f.c, "FORWARD: ^^NNNN-SS"), 0);
	const dyad_result *r =
		code_story(&f, "0007-01", NULL, "Halvard Brenner accused Estmark of lying about the spill.",
		           NULL);
	assert_string_equal(events(r), "VALELI EST 112");
	/* the next record of the same story: HE is Brenner */
	r = code_story(&f, "0007-02", NULL, "On Tuesday he accused Korrin of hiding the truth as well.",
	               NULL);
	assert_string_equal(events(r), "VALELI KOR 112");
	/* not the next record: nothing is forwarded */
	r = code_story(&f, "0007-04", NULL, "On Tuesday he accused Korrin of hiding the truth as well.",
	               NULL);
	assert_string_equal(events(r), "none");
	teardown(&f);
	/* the same command in an .options file */
	setup_with(&f, "FORWARD: ^^NNNN-SS\n", 0);
	code_story(&f, "0007-01", NULL, "Halvard Brenner accused Estmark of lying about the spill.",
	           NULL);
	r = code_story(&f, "0007-02", NULL, "On Tuesday he accused Korrin of hiding the truth as well.",
	               NULL);
	assert_string_equal(events(r), "VALELI KOR 112");
	teardown(&f);
}

/* ---- stories -------------------------------------------------------------- */

static void test_coder_sentences_of_a_story(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const char *text = "Valdoria accused Estmark of spying on its naval bases. Mr. Brenner said "
	                   "nothing.\nKorrin criticized Valdoria over the arrests of fishermen.";
	const dyad_result *r = code(&f, text, NULL);
	assert_int_equal(r->nsents, 3);
	assert_string_equal(r->sents[1].text, "Mr. Brenner said nothing.");
	assert_memory_equal(text + r->sents[1].off, r->sents[1].text, r->sents[1].len);
	assert_memory_equal(text + r->sents[2].off, "Korrin", 6);
	assert_string_equal(events(r), "VAL EST 112; KOR VAL 111");
	assert_int_equal(r->events[0].sent, 0);
	assert_int_equal(r->events[1].sent, 2);
	/* spans are relative to the sentence */
	const dyad_event *e = &r->events[1];
	assert_string_equal(span(r, e, e->source_span), "Korrin");
	assert_int_equal(e->source_span.off, 0);
	teardown(&f);
}

static void test_coder_title_is_first_sentence(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r =
		code_story(&f, "t1", "Valdoria accused Estmark of spying on its naval bases",
		           "Korrin criticized Valdoria over the arrests of fishermen.", NULL);
	assert_int_equal(r->nsents, 2);
	assert_string_equal(r->sents[0].text, "Valdoria accused Estmark of spying on its naval bases");
	assert_string_equal(events(r), "VAL EST 112; KOR VAL 111");
	assert_int_equal(r->events[1].sent, 1);
	teardown(&f);
}

static void test_coder_records_are_one_sentence(void **state)
{
	(void)state;
	fx f;
	setup_with(&f, NULL, 0);
	const dyad_result *r = code(&f,
	                            "Valdoria accused Estmark of spying on its naval bases.\n"
	                            "Korrin criticized Valdoria over the arrests of fishermen.",
	                            NULL);
	assert_int_equal(r->nsents, 1);
	teardown(&f);
}

static void test_coder_empty_and_blank_stories(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	const dyad_result *r = code(&f, "", NULL);
	assert_int_equal(r->nsents, 0);
	assert_int_equal(r->nevents, 0);
	r = code(&f, NULL, NULL);
	assert_int_equal(r->nsents, 0);
	r = code(&f, "  \n\n \t ", NULL);
	assert_int_equal(r->nevents, 0);
	r = code(&f, ", , , ; ; \" \" ( ) . . .", NULL);
	assert_int_equal(r->nevents, 0);
	teardown(&f);
}

static void test_coder_long_sentence_is_truncated_not_crashed(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	size_t cap = 64 * 1024, o = 0;
	char *s = malloc(cap);
	assert_non_null(s);
	o += (size_t)snprintf(s, cap, "Valdoria accused Estmark of spying");
	for (int i = 0; i < 3000; i++)
		o += (size_t)snprintf(s + o, cap - o, " and Korrin");
	snprintf(s + o, cap - o, ".");
	const dyad_result *r = code(&f, s, NULL);
	assert_int_equal(r->nsents, 1);
	assert_true(r->nevents >= 1);
	assert_string_equal(r->events[0].source, "VAL");
	free(s);
	teardown(&f);
}

static void test_coder_many_actors_in_a_list(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	/* many compound members: the event table is bounded, nothing overflows */
	char s[4096];
	size_t o = (size_t)snprintf(s, sizeof s, "Valdoria and Estmark and Korrin");
	for (int i = 0; i < 30; i++)
		o += (size_t)snprintf(s + o, sizeof s - o, ", Tripact");
	snprintf(s + o, sizeof s - o, " and Korrin accused the Lumen Islands of lying.");
	const dyad_result *r = code(&f, s, NULL);
	assert_true(r->nevents <= 64);
	teardown(&f);
}

static void test_coder_reuse_many_stories(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	for (int i = 0; i < 2000; i++) {
		const dyad_result *r = code(
			&f, i % 2 ? "Valdoria accused Estmark of spying on its naval bases."
			          : "Valdoria and Korrin accused Estmark of violating the fishing treaty.",
			"2020-01-01");
		assert_int_equal(r->nevents, i % 2 ? 1u : 2u);
		assert_string_equal(r->events[0].source, "VAL");
	}
	teardown(&f);
}

static void test_coder_argument_errors(void **state)
{
	(void)state;
	fx f;
	setup(&f);
	dyad_story st;
	memset(&st, 0, sizeof st);
	const dyad_result *r;
	assert_int_equal(dyad_coder_code(NULL, &st, &r), DYAD_EINVAL);
	assert_int_equal(dyad_coder_code(f.c, NULL, &r), DYAD_EINVAL);
	assert_int_equal(dyad_coder_code(f.c, &st, NULL), DYAD_EINVAL);
	dyad_coder *c2;
	assert_int_equal(dyad_coder_new(NULL, f.lx, NULL), DYAD_EINVAL);
	assert_int_equal(dyad_coder_new(&c2, NULL, NULL), DYAD_EINVAL);
	/* two coders share one lexicon */
	assert_int_equal(dyad_coder_new(&c2, f.lx, NULL), 0);
	dyad_story s2 = st;
	s2.text = "Valdoria accused Estmark of spying on its naval bases.";
	s2.text_len = strlen(s2.text);
	assert_int_equal(dyad_coder_code(c2, &s2, &r), 0);
	assert_string_equal(events(r), "VAL EST 112");
	dyad_coder_free(c2);
	teardown(&f);
}

/* parse.c's word lists are searched by bisection: they must stay sorted */
static void test_coder_word_tables_sorted(void **state)
{
	(void)state;
	assert_int_equal(dyad__parse_check_tables(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coder_word_tables_sorted),
		cmocka_unit_test(test_coder_simple_event_with_spans_and_evidence),
		cmocka_unit_test(test_coder_no_date_gives_null_date),
		cmocka_unit_test(test_coder_multi_word_actor_and_synonym),
		cmocka_unit_test(test_coder_agents_make_composite_codes),
		cmocka_unit_test(test_coder_compound_source),
		cmocka_unit_test(test_coder_compound_target_with_commas),
		cmocka_unit_test(test_coder_coded_compound_actor),
		cmocka_unit_test(test_coder_compound_meet_pattern),
		cmocka_unit_test(test_coder_compound_sentence_codes_each_clause),
		cmocka_unit_test(test_coder_comma_clause_is_skipped),
		cmocka_unit_test(test_coder_passive_voice_swaps_source_and_target),
		cmocka_unit_test(test_coder_pronoun_he_refers_to_first_actor),
		cmocka_unit_test(test_coder_pronoun_without_antecedent_is_no_actor),
		cmocka_unit_test(test_coder_paired_code),
		cmocka_unit_test(test_coder_subordinate_code_alone),
		cmocka_unit_test(test_coder_subordinate_code_dropped_for_another_event),
		cmocka_unit_test(test_coder_dominant_code_removes_other_events),
		cmocka_unit_test(test_coder_date_restricted_actor),
		cmocka_unit_test(test_coder_discard_code),
		cmocka_unit_test(test_coder_complex_code),
		cmocka_unit_test(test_coder_null_coded_actor_blocks_match),
		cmocka_unit_test(test_coder_alternative_pattern_and_root_code),
		cmocka_unit_test(test_coder_clause_start_actor_drops_agent),
		cmocka_unit_test(test_coder_diacritics_match_ascii_dictionary),
		cmocka_unit_test(test_coder_minimum_words),
		cmocka_unit_test(test_coder_complex_option_and_reset),
		cmocka_unit_test(test_coder_code_by_sentence_and_all),
		cmocka_unit_test(test_coder_default_source_option),
		cmocka_unit_test(test_coder_forward_pronoun_between_records),
		cmocka_unit_test(test_coder_sentences_of_a_story),
		cmocka_unit_test(test_coder_title_is_first_sentence),
		cmocka_unit_test(test_coder_records_are_one_sentence),
		cmocka_unit_test(test_coder_empty_and_blank_stories),
		cmocka_unit_test(test_coder_long_sentence_is_truncated_not_crashed),
		cmocka_unit_test(test_coder_many_actors_in_a_list),
		cmocka_unit_test(test_coder_reuse_many_stories),
		cmocka_unit_test(test_coder_argument_errors),
	};
	return cmocka_run_group_tests_name("coder", tests, NULL, NULL);
}
