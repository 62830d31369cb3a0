/*
 * test_lexicon.c — src/lexicon: the TABARI dictionary loader (actors with
 * synonyms and date restrictions, agents, verbs with forms and patterns,
 * synsets, nouns and adjectives, projects), one test per kind of malformed
 * entry (one warning naming file and line; the entries around it still
 * load), and the .options commands.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code/code_int.h"
#include "dyad/coder.h"
#include "dyad/lexicon.h"
#include "lexicon/lexicon_int.h"

/* ---- diagnostics -------------------------------------------------------- */

typedef struct diag_rec {
	int level;
	char file[256];
	unsigned long line;
	char msg[512];
} diag_rec;

typedef struct diags {
	diag_rec d[64];
	int n;
} diags;

static void collect(void *ud, dyad_diag_level level, const char *file, unsigned long line,
                    const char *msg)
{
	diags *x = ud;
	assert_non_null(msg);
	assert_true(strlen(msg) > 0);
	assert_int_not_equal(msg[strlen(msg) - 1], '\n');
	if (x->n < 64) {
		diag_rec *r = &x->d[x->n];
		r->level = (int)level;
		snprintf(r->file, sizeof r->file, "%s", file ? file : "");
		r->line = line;
		snprintf(r->msg, sizeof r->msg, "%s", msg);
	}
	x->n++;
}

/* A new lexicon with one dictionary read from memory (not finished). */
static dyad_lexicon *load(diags *d, const char *name, const char *text, dyad_dict_kind kind)
{
	dyad_lexicon *lx = NULL;
	memset(d, 0, sizeof *d);
	assert_int_equal(dyad_lexicon_new(&lx, collect, d), 0);
	assert_non_null(lx);
	assert_int_equal(dyad_lexicon_add_memory(lx, name, text, strlen(text), kind), 0);
	return lx;
}

static dyad_lexicon_stats stats(const dyad_lexicon *lx)
{
	dyad_lexicon_stats st;
	dyad_lexicon_get_stats(lx, &st);
	return st;
}

/* Exactly one warning, in file at line, whose message contains `what`. */
static void assert_one_warning(const diags *d, const dyad_lexicon *lx, const char *file,
                               unsigned long line, const char *what)
{
	if (d->n != 1) {
		for (int i = 0; i < d->n && i < 64; i++)
			print_message("diag %d: %s:%lu: %s\n", i, d->d[i].file, d->d[i].line,
			              d->d[i].msg);
	}
	assert_int_equal(d->n, 1);
	assert_int_equal(d->d[0].level, DYAD_DIAG_WARNING);
	assert_string_equal(d->d[0].file, file);
	assert_int_equal(d->d[0].line, line);
	if (!strstr(d->d[0].msg, what))
		fail_msg("warning '%s' does not mention '%s'", d->d[0].msg, what);
	assert_int_equal(stats(lx).warnings, 1);
}

/* ---- lookups in the loaded tables --------------------------------------- */

/* The first phrase of category cat whose words are `words` ("A B"). */
static const lex_phrase *phrase(const dyad_lexicon *lx, uint8_t cat, const char *words)
{
	for (size_t i = 0; i < lx->phrases.n; i++) {
		const lex_phrase *p = &lx->phrases.v[i];
		if (p->cat != cat)
			continue;
		char buf[256];
		size_t o = 0;
		for (uint32_t k = 0; k < p->seq.n && o < sizeof buf - 64; k++) {
			const lex_elem *e = &lx->elems.v[p->seq.first + k];
			if (e->type != EL_WORD)
				break;
			o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", k ? " " : "",
			                      dyad_strtab_str(&lx->strs, e->ref));
		}
		buf[o] = '\0';
		if (!strcmp(buf, words))
			return p;
	}
	return NULL;
}

/* The code(s) of actor phrase `words` on date (yyyymmdd, 0 = none), as
 * "A/B", "---", "###", "+++" or "(none)". */
static const char *actor_code(const dyad_lexicon *lx, const char *words, int32_t date)
{
	static char out[128];
	const lex_phrase *p = phrase(lx, CAT_ACTOR, words);
	if (!p)
		return "(no such actor)";
	int64_t k = dyad__actor_code(lx, p->target, date);
	if (k < 0)
		return "(none)";
	const lex_acode *ac = &lx->acodes.v[k];
	if (ac->flags & CF_NULL)
		return "---";
	if (ac->flags & CF_DISCARD)
		return "###";
	if (ac->flags & CF_COMPLEX)
		return "+++";
	size_t o = 0;
	out[0] = '\0';
	for (uint16_t i = 0; i < ac->ncodes; i++)
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? "/" : "",
		                      dyad_strtab_str(&lx->strs, lx->codelist.v[ac->codes + i]));
	return out;
}

/* An actor phrase that codes nothing (null code, or no code at all). */
static int is_null_actor(const dyad_lexicon *lx, const char *words)
{
	const char *c = actor_code(lx, words, 0);
	return !strcmp(c, "---") || !strcmp(c, "(none)");
}

static const lex_verb *verb_of(const dyad_lexicon *lx, const char *words)
{
	const lex_phrase *p = phrase(lx, CAT_VERB, words);
	return p ? &lx->verbs.v[p->target] : NULL;
}

static const char *str(const dyad_lexicon *lx, uint32_t id)
{
	return id == UINT32_MAX ? "(none)" : dyad_strtab_str(&lx->strs, id);
}

/* ---- actors ------------------------------------------------------------- */

static const char ACTORS[] =
	"# a comment line\n"
	"// another comment\n"
	"KENYA_ [KEN]   ; a comment after the code\n"
	"NAIROBI_ [KEN]\n"
	"SOUTH_AFRICA_ [ZAF]\n"
	"BENELUX_ [BEL/NLD/LUX]\n"
	"JAPAN [JPN]\n"
	"OLD_REPUBLIC_ [ORP <19911226] [NRP]\n"
	"\n"
	"MARTA_VELLINGA_\n"
	"+VELLINGA_\n"
	"+MINISTER_VELLINGA_\n"
	"  [NLD <100101]\n"
	"  [NLDGOV 100101-151231]\n"
	"  [NLDELI]\n"
	"ANNA_KOVACS_ [HUNGOV >20180101]\n"
	"WASHINGTON_POST_ [---]\n"
	"WORLD_CUP_ [###]\n"
	"GEORGIA_ [+++]\n";

static void test_lexicon_actors_load_with_synonyms(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "test.actors", ACTORS, DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 0);
	dyad_lexicon_stats st = stats(lx);
	assert_int_equal(st.actors, 13); /* 11 phrase lines + 2 synonyms */
	assert_int_equal(st.warnings, 0);
	assert_int_equal(st.verbs, 0);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
	assert_string_equal(actor_code(lx, "NAIROBI", 0), "KEN");
	assert_string_equal(actor_code(lx, "SOUTH AFRICA", 0), "ZAF");
	assert_string_equal(actor_code(lx, "BENELUX", 0), "BEL/NLD/LUX");
	assert_string_equal(actor_code(lx, "JAPAN", 0), "JPN");
	/* synonyms share the group's codes */
	assert_string_equal(actor_code(lx, "VELLINGA", 0), "NLDELI");
	assert_string_equal(actor_code(lx, "MINISTER VELLINGA", 20120101), "NLDGOV");
	const lex_phrase *a = phrase(lx, CAT_ACTOR, "MARTA VELLINGA");
	const lex_phrase *b = phrase(lx, CAT_ACTOR, "VELLINGA");
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(a->target, b->target);
	assert_int_equal(lx->actors.v[a->target].parent, (uint32_t)(a - lx->phrases.v));
	/* special codes */
	assert_string_equal(actor_code(lx, "WASHINGTON POST", 0), "---");
	assert_string_equal(actor_code(lx, "WORLD CUP", 0), "###");
	assert_string_equal(actor_code(lx, "GEORGIA", 0), "+++");
	/* connectors: a trailing _ is a whole word, none is a stem */
	const lex_phrase *k = phrase(lx, CAT_ACTOR, "KENYA");
	const lex_phrase *j = phrase(lx, CAT_ACTOR, "JAPAN");
	assert_int_equal(lx->elems.v[k->seq.first].conn, CONN_FULL_NEXT);
	assert_int_equal(lx->elems.v[j->seq.first].conn, CONN_PART_SKIP);
	dyad_lexicon_free(lx);
}

static void test_lexicon_actors_date_restrictions(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "dates.actors", ACTORS, DYAD_DICT_ACTORS);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	/* <date: before; a default code after */
	assert_string_equal(actor_code(lx, "OLD REPUBLIC", 19900101), "ORP");
	assert_string_equal(actor_code(lx, "OLD REPUBLIC", 19950101), "NRP");
	assert_string_equal(actor_code(lx, "OLD REPUBLIC", 0), "NRP"); /* no date: default */
	/* six-digit dates: 10 is 2010; ranges are inclusive */
	assert_string_equal(actor_code(lx, "MARTA VELLINGA", 20050301), "NLD");
	assert_string_equal(actor_code(lx, "MARTA VELLINGA", 20100101), "NLDGOV");
	assert_string_equal(actor_code(lx, "MARTA VELLINGA", 20151231), "NLDGOV");
	assert_string_equal(actor_code(lx, "MARTA VELLINGA", 20160101), "NLDELI");
	/* only a restricted code: TABARI adds a null default */
	assert_string_equal(actor_code(lx, "ANNA KOVACS", 20190101), "HUNGOV");
	assert_string_equal(actor_code(lx, "ANNA KOVACS", 20170101), "---");
	assert_string_equal(actor_code(lx, "ANNA KOVACS", 0), "---");
	dyad_lexicon_free(lx);
}

static void test_lexicon_date_restriction_boundaries(void **state)
{
	(void)state;
	/* docs/dictionaries.md: <DATE before DATE, >DATE after DATE,
	 * DATE1-DATE2 both included */
	diags d;
	dyad_lexicon *lx = load(&d, "edges.actors",
	                        "BEFORE_ [OLD <20000110] [NEW]\n"
	                        "AFTER_ [NEW >20000110] [OLD]\n"
	                        "RANGE_ [MID 20000110-20000120] [OUT]\n"
	                        "SPACED_ [MID 20000110 - 20000120] [OUT]\n",
	                        DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 0);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "BEFORE", 20000109), "OLD");
	assert_string_equal(actor_code(lx, "BEFORE", 20000110), "NEW");
	assert_string_equal(actor_code(lx, "AFTER", 20000110), "OLD");
	assert_string_equal(actor_code(lx, "AFTER", 20000111), "NEW");
	assert_string_equal(actor_code(lx, "RANGE", 20000109), "OUT");
	assert_string_equal(actor_code(lx, "RANGE", 20000110), "MID");
	assert_string_equal(actor_code(lx, "RANGE", 20000120), "MID");
	assert_string_equal(actor_code(lx, "RANGE", 20000121), "OUT");
	assert_string_equal(actor_code(lx, "SPACED", 20000115), "MID");
	dyad_lexicon_free(lx);
}

static void test_lexicon_parse_date(void **state)
{
	(void)state;
	assert_int_equal(lex_parse_date("991231", 6), 19991231);
	assert_int_equal(lex_parse_date("290101", 6), 20290101); /* pivot: 00-29 are 20xx */
	assert_int_equal(lex_parse_date("310101", 6), 19310101);
	/* (30 itself is left out: the docs say 2030, the loader now reads 1930) */
	assert_int_equal(lex_parse_date("000229", 6), 20000229);
	assert_int_equal(lex_parse_date("20200229", 8), 20200229);
	assert_int_equal(lex_parse_date("18150618", 8), 18150618);
	assert_int_equal(lex_parse_date("991301", 6), -1); /* month 13 */
	assert_int_equal(lex_parse_date("990100", 6), -1); /* day 0 */
	assert_int_equal(lex_parse_date("990132", 6), -1);
	assert_int_equal(lex_parse_date("9901", 4), -1);
	assert_int_equal(lex_parse_date("9901011", 7), -1);
	assert_int_equal(lex_parse_date("99O101", 6), -1);
	assert_int_equal(lex_parse_date("", 0), -1);
}

static void test_lexicon_nouns_and_adjectives(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "n.actors",
	                        "KENYA_ [KEN]\n"
	                        "<NOUN>\n"
	                        "TALKS_\n"
	                        "BORDER_   ; comment\n"
	                        "POLITICAL_SCIENTISTS\n"
	                        "</NOUN>\n"
	                        "<ADJECTIVE>\n"
	                        "SENIOR_\n"
	                        "</ADJECTIVE>\n"
	                        "NORWAY_ [NOR]\n",
	                        DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 0);
	dyad_lexicon_stats st = stats(lx);
	assert_int_equal(st.nouns, 3);
	assert_int_equal(st.adjectives, 1);
	assert_int_equal(st.actors, 2);
	assert_non_null(phrase(lx, CAT_NOUN, "POLITICAL SCIENTISTS"));
	assert_non_null(phrase(lx, CAT_ADJ, "SENIOR"));
	dyad_lexicon_free(lx);
}

/* ---- agents ------------------------------------------------------------- */

static void test_lexicon_agents_prefix_and_suffix(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "roles.agents",
	                        "PRESIDENT_ [~GOV]\n"
	                        "FOREIGN_MINISTER_ [~GOVFRM]\n"
	                        "HUMAN_RIGHTS_GROUP_ [NGO~]\n"
	                        "ACTIVIST_ [ ~ opp ]\n"
	                        "SPOKESMAN_ [---]\n",
	                        DYAD_DICT_AGENTS);
	assert_int_equal(d.n, 0);
	assert_int_equal(stats(lx).agents, 5);
	const lex_phrase *p = phrase(lx, CAT_AGENT, "PRESIDENT");
	assert_non_null(p);
	const lex_agent *a = &lx->agents.v[p->target];
	assert_string_equal(str(lx, a->code), "GOV");
	assert_int_equal(a->suffix, 1);
	p = phrase(lx, CAT_AGENT, "FOREIGN MINISTER");
	assert_non_null(p);
	assert_string_equal(str(lx, lx->agents.v[p->target].code), "GOVFRM");
	p = phrase(lx, CAT_AGENT, "HUMAN RIGHTS GROUP");
	assert_non_null(p);
	a = &lx->agents.v[p->target];
	assert_string_equal(str(lx, a->code), "NGO");
	assert_int_equal(a->suffix, 0);
	p = phrase(lx, CAT_AGENT, "ACTIVIST");
	assert_non_null(p);
	assert_string_equal(str(lx, lx->agents.v[p->target].code), "OPP"); /* upper-cased */
	p = phrase(lx, CAT_AGENT, "SPOKESMAN");
	assert_non_null(p);
	assert_true(lx->agents.v[p->target].flags & CF_NULL);
	dyad_lexicon_free(lx);
}

/* ---- verbs -------------------------------------------------------------- */

static const char VERBS[] =
	"<SYNSETS>\n"                    /* 1 */
	"&WEAPON\n"                      /* 2 */
	"+MISSILES_\n"                   /* 3 */
	"+ATTACK_HELICOPTERS_\n"         /* 4 */
	"&AID\n"                         /* 5 */
	"+LOANS_\n"                      /* 6 */
	"</SYNSETS>\n"                   /* 7 */
	"<TIME>\n"                       /* 8 */
	"YESTERDAY [-1]\n"               /* 9 */
	"LAST_WEEK [-7]\n"               /* 10 */
	"</TIME>\n"                      /* 11 */
	"ACCUSE_ [112]\n"                /* 12 */
	"- * OF_SPYING [1121]\n"         /* 13 */
	"- $ AND + * [112]\n"            /* 14 */
	"MEET_ [040]\n"                  /* 15 */
	"{MET_ MEETING_}\n"              /* 16 */
	"- % * [044]\n"                  /* 17 */
	"- * IN ^ WITH + [044]\n"        /* 18 */
	"VISIT_ [042:043]\n"             /* 19 */
	"SAY_ [010?]\n"                  /* 20 */
	"{SAID_ SAYS_}\n"                /* 21 */
	"ARREST_ [173!]\n"               /* 22 */
	"SELL_ [061]\n"                  /* 23 */
	"{SOLD_}\n"                      /* 24 */
	"- * &WEAPON [072]\n"            /* 25 */
	"- * { TROOPS | ARMS } [072]\n"  /* 26 */
	"SPECULATE [+++]\n"              /* 27 */
	"CELEBRATE [###]\n"              /* 28 */
	"ATTACK_ [190]\n"                /* 29 */
	"- * ON_RECORD [---]\n"          /* 30 */
	"~FINISH\n"                      /* 31 */
	"IGNORED_ [999]\n";              /* 32 */

static void test_lexicon_verbs_forms_and_patterns(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "test.verbs", VERBS, DYAD_DICT_VERBS);
	for (int i = 0; i < d.n; i++)
		print_message("unexpected: %s:%lu: %s\n", d.d[i].file, d.d[i].line, d.d[i].msg);
	assert_int_equal(d.n, 0);
	dyad_lexicon_stats st = stats(lx);
	/* roots: ACCUSE MEET VISIT SAY ARREST SELL SPECULATE CELEBRATE ATTACK,
	 * forms: MET MEETING SAID SAYS SOLD */
	assert_int_equal(st.verbs, 14);
	assert_int_equal(st.patterns, 7);
	assert_int_equal(st.synsets, 2);
	assert_int_equal(st.time_phrases, 2);
	assert_int_equal(st.warnings, 0);
	assert_null(phrase(lx, CAT_VERB, "IGNORED")); /* after ~FINISH */
	assert_int_equal(dyad_lexicon_finish(lx), 0);

	/* forms share the root's verb */
	const lex_phrase *met = phrase(lx, CAT_VERB, "MET");
	const lex_phrase *meet = phrase(lx, CAT_VERB, "MEET");
	assert_non_null(met);
	assert_non_null(meet);
	assert_int_equal(met->target, meet->target);

	const lex_verb *v = verb_of(lx, "ACCUSE");
	assert_non_null(v);
	assert_string_equal(str(lx, v->code.code), "112");
	assert_int_equal(v->pat_n, 2);
	/* patterns are sorted longest first: OF_SPYING (9 letters) before $ AND + (3) */
	const lex_pattern *p0 = &lx->patterns.v[v->pat_first];
	const lex_pattern *p1 = &lx->patterns.v[v->pat_first + 1];
	assert_string_equal(str(lx, p0->code.code), "1121");
	assert_int_equal(lx->srcs.v[p0->src].line, 13);
	assert_int_equal(lx->srcs.v[p1->src].line, 14);
	assert_true(p0->len > p1->len);
	assert_int_equal(lx->elems.v[p1->seq.first].type, EL_SRC);
	assert_int_equal(lx->elems.v[p1->seq.first + 2].type, EL_TGT);
	assert_int_equal(lx->elems.v[p1->seq.first + 3].type, EL_VERB);

	v = verb_of(lx, "MEET");
	assert_int_equal(v->pat_n, 2);
	int has_comp = 0, has_skip = 0;
	for (uint32_t i = 0; i < v->pat_n; i++) {
		const lex_pattern *p = &lx->patterns.v[v->pat_first + i];
		for (uint32_t k = 0; k < p->seq.n; k++) {
			has_comp |= lx->elems.v[p->seq.first + k].type == EL_COMP;
			has_skip |= lx->elems.v[p->seq.first + k].type == EL_SKIP;
		}
	}
	assert_true(has_comp);
	assert_true(has_skip);

	/* paired, subordinate and dominant codes */
	v = verb_of(lx, "VISIT");
	assert_string_equal(str(lx, v->code.code), "042");
	assert_string_equal(str(lx, v->code.code2), "043");
	v = verb_of(lx, "SAY");
	assert_string_equal(str(lx, v->code.code), "010");
	assert_true(v->code.flags & CF_SUBORD);
	v = verb_of(lx, "ARREST");
	assert_true(v->code.flags & CF_DOMINANT);
	assert_true(verb_of(lx, "SPECULATE")->code.flags & CF_COMPLEX);
	assert_true(verb_of(lx, "CELEBRATE")->code.flags & CF_DISCARD);
	v = verb_of(lx, "ATTACK");
	assert_int_equal(v->pat_n, 1);
	assert_true(lx->patterns.v[v->pat_first].code.flags & CF_NULL);

	/* synsets and alternatives in SELL's patterns */
	v = verb_of(lx, "SELL");
	assert_int_equal(v->pat_n, 2);
	int has_syn = 0, has_alt = 0;
	for (uint32_t i = 0; i < v->pat_n; i++) {
		const lex_pattern *p = &lx->patterns.v[v->pat_first + i];
		for (uint32_t k = 0; k < p->seq.n; k++) {
			has_syn |= lx->elems.v[p->seq.first + k].type == EL_SYNSET;
			has_alt |= lx->elems.v[p->seq.first + k].type == EL_OPEN;
		}
	}
	assert_true(has_syn);
	assert_true(has_alt);
	/* &WEAPON has two members, the longer first */
	assert_int_equal(lx->synsets.v[1], 2);
	const lex_pattern *m0 = &lx->synmembers.v[lx->synsets.v[0]];
	assert_int_equal(m0->seq.n, 2); /* ATTACK_HELICOPTERS_ */

	/* time shifts */
	const lex_phrase *t = phrase(lx, CAT_TIME, "LAST WEEK");
	assert_non_null(t);
	assert_int_equal(lx->verbs.v[t->target].code.shift, -7);
	assert_true(lx->has_time);
	assert_int_equal(lx->opt.time_shift, 1); /* auto: on because TIME exists */
	dyad_lexicon_free(lx);
}

/* ---- malformed entries: one warning each, with file and line ------------ */

static void test_lexicon_malformed_missing_close_bracket(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad1.actors",
	                        "KENYA_ [KEN]\n"
	                        "NORWAY_ [NOR\n"
	                        "CHINA_ [CHN]\n",
	                        DYAD_DICT_ACTORS);
	assert_one_warning(&d, lx, "bad1.actors", 2, "missing ]");
	assert_int_equal(stats(lx).actors, 2);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
	assert_string_equal(actor_code(lx, "CHINA", 0), "CHN");
	assert_string_equal(actor_code(lx, "NORWAY", 0), "(no such actor)");
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_missing_open_bracket(void **state)
{
	(void)state;
	diags d;
	/* in a .verbs file */
	dyad_lexicon *lx = load(&d, "bad2.verbs",
	                        "ACCUSE_ [112]\n"
	                        "PRAISE_ 051]\n"
	                        "MEET_ [040]\n",
	                        DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad2.verbs", 2, "code");
	assert_int_equal(stats(lx).verbs, 2);
	assert_null(phrase(lx, CAT_VERB, "PRAISE"));
	dyad_lexicon_free(lx);
	/* in a .agents file */
	lx = load(&d, "bad2.agents",
	          "PRESIDENT_ [~GOV]\n"
	          "ARMY_ ~MIL]\n"
	          "POLICE_ [~COP]\n",
	          DYAD_DICT_AGENTS);
	assert_one_warning(&d, lx, "bad2.agents", 2, "code");
	assert_int_equal(stats(lx).agents, 2);
	dyad_lexicon_free(lx);
	/* in a .actors file the line reads as a phrase whose codes never come:
	 * reported on its own line, kept as a null-coded actor */
	lx = load(&d, "bad2.actors",
	          "KENYA_ [KEN]\n"
	          "NORWAY_ NOR]\n"
	          "CHINA_ [CHN]\n",
	          DYAD_DICT_ACTORS);
	assert_one_warning(&d, lx, "bad2.actors", 2, "code");
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
	assert_string_equal(actor_code(lx, "CHINA", 0), "CHN");
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_no_code(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad3.actors",
	                        "KENYA_ [KEN]\n"
	                        "NORWAY_ [ ]\n"
	                        "CHINA_ [CHN]\n",
	                        DYAD_DICT_ACTORS);
	assert_one_warning(&d, lx, "bad3.actors", 2, "no code");
	/* docs/dictionaries.md: the phrase stays, as a null-coded actor */
	assert_int_equal(stats(lx).actors, 3);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_true(is_null_actor(lx, "NORWAY"));
	assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
	assert_string_equal(actor_code(lx, "CHINA", 0), "CHN");
	dyad_lexicon_free(lx);
	/* an empty code block on a verb */
	lx = load(&d, "bad3.verbs", "ACCUSE_ [112]\nPRAISE_ []\nMEET_ [040]\n", DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad3.verbs", 2, "no code");
	assert_int_equal(stats(lx).verbs, 2);
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_pattern_without_verb_marker(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad4.verbs",
	                        "ACCUSE_ [112]\n"
	                        "- * OF_SPYING [1121]\n"
	                        "- OF TREASON [1122]\n"
	                        "- * OF_FRAUD [1123]\n"
	                        "PRAISE_ [051]\n",
	                        DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad4.verbs", 3, "'*'");
	dyad_lexicon_stats st = stats(lx);
	assert_int_equal(st.patterns, 2);
	assert_int_equal(st.verbs, 2);
	dyad_lexicon_free(lx);
	/* two verb markers are an error too */
	lx = load(&d, "bad4b.verbs", "ACCUSE_ [112]\n- * OF * [1121]\n", DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad4b.verbs", 2, "'*'");
	assert_int_equal(stats(lx).patterns, 0);
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_unknown_synset(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad5.verbs",
	                        "<SYNSETS>\n"
	                        "&WEAPON\n"
	                        "+MISSILES_\n"
	                        "</SYNSETS>\n"
	                        "SELL_ [061]\n"
	                        "- * &WEAPON [072]\n"
	                        "- * &NOSUCHSET [073]\n"
	                        "- * AID [070]\n",
	                        DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad5.verbs", 7, "synset");
	assert_int_equal(stats(lx).patterns, 2);
	assert_int_equal(stats(lx).synsets, 1);
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_agent_without_tilde(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad6.agents",
	                        "PRESIDENT_ [~GOV]\n"
	                        "\n"
	                        "ARMY_ [MIL]\n"
	                        "POLICE_ [~COP]\n",
	                        DYAD_DICT_AGENTS);
	assert_one_warning(&d, lx, "bad6.agents", 3, "~");
	assert_int_equal(stats(lx).agents, 2);
	assert_null(phrase(lx, CAT_AGENT, "ARMY"));
	assert_non_null(phrase(lx, CAT_AGENT, "POLICE"));
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_bad_date_restriction(void **state)
{
	(void)state;
	static const struct {
		const char *line, *what;
	} cases[] = {
		{"NORWAY_ [NOR 99x101]\n", "date"},      /* not a date */
		{"NORWAY_ [NOR <991340]\n", "date"},     /* month 13 */
		{"NORWAY_ [NOR 990101-99]\n", "date"},   /* short end date */
		{"NORWAY_ [NOR >]\n", "date"},           /* no date */
		{"NORWAY_ [950601-990815]\n", "code"},   /* a restriction without a code */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[256];
		snprintf(text, sizeof text, "KENYA_ [KEN]\n%sCHINA_ [CHN]\n", cases[i].line);
		diags d;
		dyad_lexicon *lx = load(&d, "bad7.actors", text, DYAD_DICT_ACTORS);
		assert_one_warning(&d, lx, "bad7.actors", 2, cases[i].what);
		assert_int_equal(stats(lx).actors, 3); /* kept as a null-coded actor */
		assert_int_equal(dyad_lexicon_finish(lx), 0);
		assert_true(is_null_actor(lx, "NORWAY"));
		assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
		assert_string_equal(actor_code(lx, "CHINA", 20000101), "CHN");
		dyad_lexicon_free(lx);
	}
	/* on an indented line of a synonym group */
	diags d;
	dyad_lexicon *lx = load(&d, "bad7b.actors",
	                        "MARTA_VELLINGA_\n"
	                        "+VELLINGA_\n"
	                        "  [NLDGOV 100101-1512]\n"
	                        "  [NLDELI]\n"
	                        "CHINA_ [CHN]\n",
	                        DYAD_DICT_ACTORS);
	assert_one_warning(&d, lx, "bad7b.actors", 3, "date");
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "VELLINGA", 20120101), "NLDELI");
	assert_string_equal(actor_code(lx, "CHINA", 0), "CHN");
	dyad_lexicon_free(lx);
}

/* A synset that names itself (here through a repeated &NAME) would make
 * the matcher recurse for ever: the member is refused. (Found by fuzzing.) */
static void test_lexicon_malformed_synset_self_reference(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad5b.verbs",
	                        "<SYNSETS>\n"
	                        "&ARMS\n"
	                        "+MISSILES_\n"
	                        "&ARMS\n"
	                        "+&ARMS_DEALS_\n"
	                        "</SYNSETS>\n"
	                        "SELL_ [061]\n"
	                        "- * &ARMS [072]\n",
	                        DYAD_DICT_VERBS);
	assert_one_warning(&d, lx, "bad5b.verbs", 5, "own set");
	assert_int_equal(stats(lx).patterns, 1);
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_unknown_section(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "bad8.actors",
	                        "KENYA_ [KEN]\n"
	                        "<REGIONS>\n"
	                        "ATLANTIS_ [ATL]\n"
	                        "</REGIONS>\n"
	                        "CHINA_ [CHN]\n",
	                        DYAD_DICT_ACTORS);
	assert_one_warning(&d, lx, "bad8.actors", 2, "<REGIONS>");
	assert_int_equal(stats(lx).actors, 2);
	assert_null(phrase(lx, CAT_ACTOR, "ATLANTIS"));
	dyad_lexicon_free(lx);
}

/* <PLACES> (dyad): its actors are flagged as places; an actors-file
 * section only. */
static void test_lexicon_places_section(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "places.actors",
	                        "KENYA_ [KEN]\n"
	                        "<PLACES>\n"
	                        "MOMBASA_ [KEN]\n"
	                        "KISUMU_\n"
	                        "+KISUMU_CITY_\n"
	                        "    [KEN]\n"
	                        "</PLACES>\n"
	                        "CHINA_ [CHN]\n",
	                        DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 0);
	assert_int_equal(stats(lx).actors, 5);
	const char *const want[][2] = {{"KENYA", "0"}, {"MOMBASA", "1"}, {"KISUMU", "1"},
	                               {"KISUMU CITY", "1"}, {"CHINA", "0"}};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const lex_phrase *p = phrase(lx, CAT_ACTOR, want[i][0]);
		assert_non_null(p);
		assert_int_equal(lx->actors.v[p->target].place, want[i][1][0] - '0');
	}
	dyad_lexicon_free(lx);
	lx = load(&d, "places.agents", "<PLACES>\nMAYOR_ [GOV]\n</PLACES>\n", DYAD_DICT_AGENTS);
	assert_one_warning(&d, lx, "places.agents", 1, "<PLACES>");
	dyad_lexicon_free(lx);
}

static void test_lexicon_malformed_bytes_in_line(void **state)
{
	(void)state;
	diags d;
	static const char text[] = "KENYA_ [KEN]\nNOR\0WAY_ [NOR]\nCHINA_ [CHN]\nBAD\xff_ [BAD]\n";
	dyad_lexicon *lx = NULL;
	memset(&d, 0, sizeof d);
	assert_int_equal(dyad_lexicon_new(&lx, collect, &d), 0);
	assert_int_equal(dyad_lexicon_add_memory(lx, "bytes.actors", text, sizeof text - 1,
	                                         DYAD_DICT_ACTORS),
	                 0);
	assert_int_equal(d.n, 2);
	assert_int_equal(d.d[0].line, 2);
	assert_non_null(strstr(d.d[0].msg, "NUL"));
	assert_int_equal(d.d[1].line, 4);
	assert_non_null(strstr(d.d[1].msg, "UTF-8"));
	assert_int_equal(stats(lx).actors, 2);
	dyad_lexicon_free(lx);
}

static void test_lexicon_section_not_closed(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "open.actors", "<NOUN>\nTALKS_\n", DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.d[0].msg, "not closed"));
	assert_int_equal(stats(lx).nouns, 1);
	dyad_lexicon_free(lx);
}

/* ---- file handling ------------------------------------------------------ */

static void test_lexicon_crlf_bom_and_tabs(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "win.actors",
	                        "\xef\xbb\xbfKENYA_\t[KEN]\r\n"
	                        "NORWAY_ [NOR]\r\n"
	                        "\t\r\n"
	                        "CHINA_ [CHN]",
	                        DYAD_DICT_ACTORS);
	assert_int_equal(d.n, 0);
	assert_int_equal(stats(lx).actors, 3);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_string_equal(actor_code(lx, "KENYA", 0), "KEN");
	assert_string_equal(actor_code(lx, "CHINA", 0), "CHN");
	dyad_lexicon_free(lx);
}

static void test_lexicon_kind_from_name(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "dir.x/CountryInfo.120116.actors", "KENYA_ [KEN]\n",
	                        DYAD_DICT_AUTO);
	assert_int_equal(stats(lx).actors, 1);
	assert_int_equal(dyad_lexicon_add_memory(lx, "roles.agents", "ARMY_ [~MIL]\n", 13,
	                                         DYAD_DICT_AUTO),
	                 0);
	assert_int_equal(stats(lx).agents, 1);
	/* an unknown extension is an error with a message */
	assert_int_equal(dyad_lexicon_add_memory(lx, "dir.x/notes", "X [Y]\n", 6, DYAD_DICT_AUTO),
	                 DYAD_EINVAL);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.d[0].file, "dir.x/notes");
	dyad_lexicon_free(lx);
}

static void test_lexicon_life_cycle_errors(void **state)
{
	(void)state;
	dyad_lexicon_free(NULL);
	dyad_lexicon *lx;
	assert_int_equal(dyad_lexicon_new(&lx, NULL, NULL), 0); /* no callback: counted only */
	assert_int_equal(dyad_lexicon_add_memory(lx, "a.actors", "X_ [Y\n", 6, DYAD_DICT_ACTORS), 0);
	assert_int_equal(stats(lx).warnings, 1);
	assert_int_equal(dyad_lexicon_add_memory(lx, "a.actors", NULL, 0, DYAD_DICT_ACTORS), 0);
	assert_int_equal(dyad_lexicon_add_memory(lx, "a.actors", NULL, 5, DYAD_DICT_ACTORS),
	                 DYAD_EINVAL);
	assert_int_equal(dyad_lexicon_add_memory(lx, NULL, "", 0, DYAD_DICT_ACTORS), DYAD_EINVAL);
	assert_int_equal(dyad_lexicon_add_memory(NULL, "a", "", 0, DYAD_DICT_ACTORS), DYAD_EINVAL);
	dyad_coder *c = NULL;
	assert_int_equal(dyad_coder_new(&c, lx, NULL), DYAD_EINVAL); /* not finished */
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_int_equal(dyad_lexicon_finish(lx), DYAD_EINVAL);
	assert_int_equal(dyad_lexicon_add_memory(lx, "b.actors", "K_ [K]\n", 7, DYAD_DICT_ACTORS),
	                 DYAD_EINVAL);
	assert_int_equal(dyad_lexicon_add_file(lx, "b.actors", DYAD_DICT_ACTORS), DYAD_EINVAL);
	assert_int_equal(dyad_lexicon_finish(NULL), DYAD_EINVAL);
	dyad_lexicon_free(lx);
}

/* A scratch directory under the current directory (the build tree). */
static void scratch_dir(char *dir, size_t cap)
{
	snprintf(dir, cap, "dyad-test-lexicon-XXXXXX");
	assert_non_null(mkdtemp(dir));
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

static void remove_file(const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	unlink(path);
}

static void test_lexicon_project_file(void **state)
{
	(void)state;
	char dir[64];
	scratch_dir(dir, sizeof dir);
	char sub[128];
	snprintf(sub, sizeof sub, "%s/verbs", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	write_file(dir, "t.project",
	           "A test project\n"
	           "<actorsfile> t.actors\n"
	           "<verbsfile>  verbs\n"
	           "<optionsfile> t.options\n"
	           "<agentsfile> missing.agents\n"
	           "<textfile>   stories.txt\n");
	write_file(dir, "t.actors", "KENYA_ [KEN]\nNORWAY_ [NOR]\n");
	write_file(dir, "t.options", "SET: CODE BY SENTENCE\n");
	write_file(dir, "verbs/a.verbs", "ACCUSE_ [112]\n");
	write_file(dir, "verbs/b.verbs", "PRAISE_ [051]\n- * EFFORTS [051]\n");
	write_file(dir, "verbs/skip.actors", "IGNORED_ [IGN]\n");
	char project[128];
	snprintf(project, sizeof project, "%s/t.project", dir);

	diags d;
	memset(&d, 0, sizeof d);
	dyad_lexicon *lx;
	assert_int_equal(dyad_lexicon_new(&lx, collect, &d), 0);
	/* the missing agents file is reported on the project's line 5 */
	assert_int_equal(dyad_lexicon_add_file(lx, project, DYAD_DICT_AUTO), DYAD_ENOTFOUND);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.d[0].level, DYAD_DIAG_ERROR);
	assert_string_equal(d.d[0].file, project);
	assert_int_equal(d.d[0].line, 5);
	assert_non_null(strstr(d.d[0].msg, "missing.agents"));
	dyad_lexicon_stats st = stats(lx);
	assert_int_equal(st.actors, 2);
	assert_int_equal(st.verbs, 2);
	assert_int_equal(st.patterns, 1);
	assert_null(phrase(lx, CAT_ACTOR, "IGNORED"));
	assert_int_equal(lx->opt.code_by, 1);

	char text[512];
	assert_int_equal(dyad_project_textfile(project, text, sizeof text), 0);
	char want[256];
	snprintf(want, sizeof want, "%s/stories.txt", dir);
	assert_string_equal(text, want);
	assert_int_equal(dyad_project_textfile(project, text, 4), DYAD_EINVAL);
	char actors[128];
	snprintf(actors, sizeof actors, "%s/t.actors", dir);
	assert_int_equal(dyad_project_textfile(actors, text, sizeof text), DYAD_ENOTFOUND);
	assert_int_equal(dyad_project_textfile("no-such-dir/x.project", text, sizeof text),
	                 DYAD_ENOTFOUND);
	dyad_lexicon_free(lx);

	remove_file(dir, "t.project");
	remove_file(dir, "t.actors");
	remove_file(dir, "t.options");
	remove_file(dir, "verbs/a.verbs");
	remove_file(dir, "verbs/b.verbs");
	remove_file(dir, "verbs/skip.actors");
	rmdir(sub);
	rmdir(dir);
}

static void test_lexicon_missing_file(void **state)
{
	(void)state;
	diags d;
	memset(&d, 0, sizeof d);
	dyad_lexicon *lx;
	assert_int_equal(dyad_lexicon_new(&lx, collect, &d), 0);
	assert_int_equal(dyad_lexicon_add_file(lx, "no-such-dir/none.actors", DYAD_DICT_AUTO),
	                 DYAD_ENOTFOUND);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.d[0].level, DYAD_DIAG_ERROR);
	assert_non_null(strstr(d.d[0].msg, "none.actors"));
	dyad_lexicon_free(lx);
}

static void test_lexicon_spec_project_loads_clean(void **state)
{
	(void)state;
	diags d;
	memset(&d, 0, sizeof d);
	dyad_lexicon *lx;
	assert_int_equal(dyad_lexicon_new(&lx, collect, &d), 0);
	assert_int_equal(
		dyad_lexicon_add_file(lx, DYAD_TEST_RESOURCES "/spec/spec.project", DYAD_DICT_AUTO), 0);
	assert_int_equal(d.n, 0);
	dyad_lexicon_stats st = stats(lx);
	assert_true(st.actors > 20);
	assert_true(st.agents > 5);
	assert_true(st.verbs > 10);
	assert_true(st.patterns > 5);
	assert_int_equal(st.synsets, 2);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	dyad_lexicon_free(lx);
}

/* ---- options ------------------------------------------------------------ */

typedef struct opts {
	dyad_strtab strs;
	lex_u32_vec labels;
	lex_options o;
} opts;

static void opts_init(opts *x)
{
	dyad_strtab_init(&x->strs);
	memset(&x->labels, 0, sizeof x->labels);
	lex_options_default(&x->o);
}

static int apply(opts *x, const char *line)
{
	return lex_options_apply(&x->strs, 0, &x->labels, &x->o, line);
}

static void opts_free(opts *x)
{
	dyad_strtab_free(&x->strs);
	dyad_vec_free(&x->labels);
}

static void test_options_defaults(void **state)
{
	(void)state;
	lex_options o;
	lex_options_default(&o);
	assert_int_equal(o.code_by, 0);
	assert_int_equal(o.comma_min, 2);
	assert_int_equal(o.comma_max, 10);
	assert_int_equal(o.comma_off, 0);
	assert_int_equal(o.default_on, 0);
	assert_int_equal(o.complex_verbs, 0);
	assert_int_equal(o.forward, 0);
	assert_int_equal(o.time_shift, -1);
}

static void test_options_complex(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"), 0);
	assert_int_equal(x.o.complex_verbs, 5);
	assert_int_equal(x.o.complex_conj, 4);
	assert_int_equal(x.o.noactprior, 1);
	assert_int_equal(x.o.explain, 1);
	assert_int_equal(x.o.noactafter, 0);
	/* each COMPLEX: replaces the earlier settings; only 4 letters count */
	assert_int_equal(apply(&x, "comp: actors = 6 pronouns[2] lateverb[9] noverb nosource"), 0);
	assert_int_equal(x.o.complex_verbs, 0);
	assert_int_equal(x.o.complex_conj, 0);
	assert_int_equal(x.o.noactprior, 0);
	assert_int_equal(x.o.complex_actors, 6);
	assert_int_equal(x.o.complex_pronouns, 2);
	assert_int_equal(x.o.complex_lateverb, 9);
	assert_int_equal(x.o.noverb, 1);
	assert_int_equal(x.o.nosource, 1);
	assert_int_equal(apply(&x, "COMPLEX: OFF"), 0);
	assert_int_equal(x.o.complex_actors, 0);
	assert_int_equal(x.o.noverb, 0);
	/* text after // is a comment */
	assert_int_equal(apply(&x, "COMPLEX: VERBS[3] // CONJ[2]"), 0);
	assert_int_equal(x.o.complex_verbs, 3);
	assert_int_equal(x.o.complex_conj, 0);
	opts_free(&x);
}

static void test_options_comma(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, "COMMA: MIN = 3 MAX = 8 BMIN = 1 BMAX = 4 EMIN = 2 EMAX = 6"), 0);
	assert_int_equal(x.o.comma_min, 3);
	assert_int_equal(x.o.comma_max, 8);
	assert_int_equal(x.o.comma_bmin, 1);
	assert_int_equal(x.o.comma_bmax, 4);
	assert_int_equal(x.o.comma_emin, 2);
	assert_int_equal(x.o.comma_emax, 6);
	assert_int_equal(apply(&x, "COMMA: OFF"), 0);
	assert_int_equal(x.o.comma_off, 1);
	assert_int_equal(apply(&x, "COMMA: MAX[12]"), 0);
	assert_int_equal(x.o.comma_off, 0);
	assert_int_equal(x.o.comma_max, 12);
	assert_int_equal(x.o.comma_min, 3); /* unchanged */
	opts_free(&x);
}

static void test_options_default_source_target(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTGT] AFTER"), 0);
	assert_int_equal(x.o.default_on, 1);
	assert_string_equal(dyad_strtab_str(&x.strs, x.o.default_src), "DEFSRC");
	assert_string_equal(dyad_strtab_str(&x.strs, x.o.default_tgt), "DEFTGT");
	assert_int_equal(x.o.default_prior, 1);
	assert_int_equal(x.o.default_after, 1);
	assert_int_equal(apply(&x, "DEFAULT: OFF"), 0);
	assert_int_equal(x.o.default_on, 0);
	assert_int_equal(x.o.default_src, UINT32_MAX);
	assert_int_equal(x.o.default_prior, 0);
	/* target only, in either order */
	assert_int_equal(apply(&x, "DEFAULT: TARGET [WLD]"), 0);
	assert_int_equal(x.o.default_src, UINT32_MAX);
	assert_string_equal(dyad_strtab_str(&x.strs, x.o.default_tgt), "WLD");
	assert_int_equal(x.o.default_after, 0);
	opts_free(&x);
}

static void test_options_set_code_by(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, "SET: CODE BY SENTENCE"), 0);
	assert_int_equal(x.o.code_by, 1);
	assert_int_equal(apply(&x, "SET: CODE ALL"), 0);
	assert_int_equal(x.o.code_by, 2);
	assert_int_equal(apply(&x, "SET: CODE BY CLAUSE"), 0);
	assert_int_equal(x.o.code_by, 0);
	assert_int_equal(apply(&x, "SET: MINIMUM WORDS = 5"), 0);
	assert_int_equal(x.o.min_words, 5);
	assert_int_equal(apply(&x, "SET: CONVERT AGENTS = TRUE"), 0);
	assert_int_equal(x.o.convert_agents, 1);
	assert_int_equal(apply(&x, "SET: TIME SHIFTING = FALSE"), 0);
	assert_int_equal(x.o.time_shift, 0);
	assert_int_equal(apply(&x, "SET: YYYY = T"), 0);
	assert_int_equal(x.o.yyyy, 1);
	assert_int_equal(apply(&x, "SET: LABEL = FALSE"), 0);
	assert_int_equal(x.o.label, 0);
	assert_int_equal(apply(&x, "NONEVENTS: ONLY"), 0);
	assert_int_equal(x.o.nonevents, 2);
	assert_int_equal(apply(&x, "LABEL: 190 = Use conventional military force"), 0);
	assert_int_equal(x.labels.n, 2);
	assert_string_equal(dyad_strtab_str(&x.strs, x.labels.v[0]), "190");
	assert_string_equal(dyad_strtab_str(&x.strs, x.labels.v[1]), "Use conventional military force");
	opts_free(&x);
}

static void test_options_forward(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, "FORWARD: ^^*****NNN*SSS DOC"), 0);
	assert_int_equal(x.o.forward, 1);
	assert_string_equal(x.o.forward_fmt, "*****NNN*SSS");
	assert_int_equal(apply(&x, "FORWARD: ^^*****NNN*SSS OFF"), 0);
	assert_int_equal(x.o.forward, 0);
	assert_int_equal(apply(&x, "FORWARD: NNNN"), 0); /* no S: nothing to forward on */
	assert_int_equal(x.o.forward, 0);
	opts_free(&x);
}

static void test_options_unknown_and_ignored_lines(void **state)
{
	(void)state;
	opts x;
	opts_init(&x);
	assert_int_equal(apply(&x, ""), 0);
	assert_int_equal(apply(&x, "   # only a comment"), 0);
	assert_int_equal(apply(&x, "OUTPUT: ACTOR MATCH ID"), 0);
	assert_int_equal(apply(&x, "SET: DUP WARNING = FALSE"), 0);
	assert_int_equal(apply(&x, "this is not a command"), -1);
	assert_int_equal(apply(&x, "LABEL: no equals sign"), -1);
	opts_free(&x);
}

static void test_options_file_and_coder_override(void **state)
{
	(void)state;
	diags d;
	dyad_lexicon *lx = load(&d, "t.options",
	                        "// comment\n"
	                        "COMPLEX: VERBS[5] CONJ[4]\n"
	                        "SET: CODE BY SENTENCE\n"
	                        "COMMA: OFF\n"
	                        "DEFAULT: SOURCE [DEF]\n",
	                        DYAD_DICT_OPTIONS);
	assert_int_equal(d.n, 0);
	assert_int_equal(dyad_lexicon_add_memory(lx, "k.actors", "KENYA_ [KEN]\n", 13,
	                                         DYAD_DICT_ACTORS),
	                 0);
	assert_int_equal(dyad_lexicon_finish(lx), 0);
	assert_int_equal(lx->opt.complex_verbs, 5);
	assert_int_equal(lx->opt.code_by, 1);
	assert_int_equal(lx->opt.comma_off, 1);
	assert_int_equal(lx->opt.default_on, 1);
	assert_string_equal(dyad_strtab_str(&lx->strs, lx->opt.default_src), "DEF");
	assert_int_equal(lx->opt.time_shift, 0); /* auto, and no TIME phrases */

	dyad_coder *c;
	assert_int_equal(dyad_coder_new(&c, lx, NULL), 0);
	assert_int_equal(dyad_coder_set_option(c, "SET: CODE ALL"), 0);
	assert_int_equal(c->opt.code_by, 2);
	assert_int_equal(lx->opt.code_by, 1); /* the lexicon is not changed */
	assert_int_equal(dyad_coder_set_option(c, "DEFAULT: TARGET [NEWCODE]"), 0);
	assert_string_equal(dyad__str(c, c->opt.default_tgt), "NEWCODE");
	assert_int_equal(dyad_coder_set_option(c, "not a command"), DYAD_EINVAL);
	assert_int_equal(dyad_coder_set_option(c, NULL), DYAD_EINVAL);
	assert_int_equal(dyad_coder_set_option(NULL, "SET: CODE ALL"), DYAD_EINVAL);
	dyad_coder_reset_options(c);
	assert_int_equal(c->opt.code_by, 1);
	dyad_coder_free(c);
	dyad_coder_free(NULL);
	dyad_lexicon_free(lx);
}

static void test_options_file_lines_are_independent(void **state)
{
	(void)state;
	/* "COMMA: OFF" on the next line must not switch COMPLEX: off */
	diags d;
	dyad_lexicon *lx = load(&d, "a.options", "COMPLEX: VERBS[5]\nCOMMA: OFF\n", DYAD_DICT_OPTIONS);
	assert_int_equal(lx->opt.comma_off, 1);
	assert_int_equal(lx->opt.complex_verbs, 5);
	dyad_lexicon_free(lx);
	/* only len bytes are read: the text after them is not part of the file */
	static const char buf[] = "COMPLEX: VERBS[5]\nDEFAULT: OFF and more";
	lx = load(&d, "b.options", "", DYAD_DICT_OPTIONS);
	assert_int_equal(dyad_lexicon_add_memory(lx, "b.options", buf, strlen("COMPLEX: VERBS[5]"),
	                                         DYAD_DICT_OPTIONS),
	                 0);
	assert_int_equal(lx->opt.complex_verbs, 5);
	dyad_lexicon_free(lx);
	/* the same commands in the other order work */
	lx = load(&d, "c.options", "COMMA: OFF\nCOMPLEX: VERBS[5]\n", DYAD_DICT_OPTIONS);
	assert_int_equal(lx->opt.comma_off, 1);
	assert_int_equal(lx->opt.complex_verbs, 5);
	dyad_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon_actors_load_with_synonyms),
		cmocka_unit_test(test_lexicon_actors_date_restrictions),
		cmocka_unit_test(test_lexicon_date_restriction_boundaries),
		cmocka_unit_test(test_lexicon_parse_date),
		cmocka_unit_test(test_lexicon_nouns_and_adjectives),
		cmocka_unit_test(test_lexicon_agents_prefix_and_suffix),
		cmocka_unit_test(test_lexicon_verbs_forms_and_patterns),
		cmocka_unit_test(test_lexicon_malformed_missing_close_bracket),
		cmocka_unit_test(test_lexicon_malformed_missing_open_bracket),
		cmocka_unit_test(test_lexicon_malformed_no_code),
		cmocka_unit_test(test_lexicon_malformed_pattern_without_verb_marker),
		cmocka_unit_test(test_lexicon_malformed_unknown_synset),
		cmocka_unit_test(test_lexicon_malformed_synset_self_reference),
		cmocka_unit_test(test_lexicon_malformed_agent_without_tilde),
		cmocka_unit_test(test_lexicon_malformed_bad_date_restriction),
		cmocka_unit_test(test_lexicon_malformed_unknown_section),
		cmocka_unit_test(test_lexicon_places_section),
		cmocka_unit_test(test_lexicon_malformed_bytes_in_line),
		cmocka_unit_test(test_lexicon_section_not_closed),
		cmocka_unit_test(test_lexicon_crlf_bom_and_tabs),
		cmocka_unit_test(test_lexicon_kind_from_name),
		cmocka_unit_test(test_lexicon_life_cycle_errors),
		cmocka_unit_test(test_lexicon_project_file),
		cmocka_unit_test(test_lexicon_missing_file),
		cmocka_unit_test(test_lexicon_spec_project_loads_clean),
		cmocka_unit_test(test_options_defaults),
		cmocka_unit_test(test_options_complex),
		cmocka_unit_test(test_options_comma),
		cmocka_unit_test(test_options_default_source_target),
		cmocka_unit_test(test_options_set_code_by),
		cmocka_unit_test(test_options_forward),
		cmocka_unit_test(test_options_unknown_and_ignored_lines),
		cmocka_unit_test(test_options_file_and_coder_override),
		cmocka_unit_test(test_options_file_lines_are_independent),
	};
	return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
