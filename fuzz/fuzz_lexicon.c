/*
 * fuzz/fuzz_lexicon.c — libFuzzer target: the dictionary loader. The first
 * input byte chooses the kind of dictionary (byte % 4: actors, agents,
 * verbs, options; the seeds start with '0' ... '3'); the rest is read with
 * dyad_lexicon_add_memory() from an exactly-sized heap copy, so that any
 * read past the end is caught. Fixed dictionaries of the other kinds are
 * loaded next to it so that the matcher has actors, agents and verbs to
 * combine with the fuzzed entries; then the lexicon is finished and a few
 * fixed sentences are coded, as news text and as a TABARI record. Every
 * diagnostic and every result is checked against the API's promises.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char BASE_ACTORS[] =
	"VALDORIA_ [VAL]\n+VALDORIAN_\nESTMARK_ [EST]\nKORRIN_ [KOR <20100101] [KORGOV]\n"
	"LUMEN_ISLANDS_ [LUM/LMN]\nHARBOR_FESTIVAL_ [###]\nNORTH_PROVINCE_ [+++]\n";
static const char BASE_AGENTS[] = "PRESIDENT_ [~GOV]\nTROOPS_ [~MIL]\nACTIVISTS_ [NGO~]\n";
static const char BASE_VERBS[] =
	"<SYNSETS>\n&AID\n+MONEY_\n+LOANS\n</SYNSETS>\n<TIME>\nYESTERDAY [-1]\n</TIME>\n"
	"ACCUSE_ [112]\n- * OF_SPYING [1121]\nVISIT_ [042:043]\nSAY_ [010?]\n{SAID_}\n"
	"MEET_ [040]\n{MET_}\n- % * [044]\n- * IN ^ WITH + [044]\nPROMISE_ [030]\n"
	"- * {TROOPS | &AID} [070]\nARREST_ [173!]\nATTACK_ [190]\n- + WAS * BY $ [190]\n";
static const char BASE_OPTIONS[] = "SET: MINIMUM WORDS = 3\n";

static const char *const SENTENCES[] = {
	"Valdoria accused Estmark of spying, and the president of Korrin said he would visit "
	"Estmark next week.",
	"Yesterday Valdorian troops and Lumen Islands activists met in Korrin with the "
	"Estmark president; they promised money.",
	"Estmark was attacked by Korrin, officials in the North Province said at the Harbor "
	"Festival. He denied it.",
};

static void check_diag(void *ud, dyad_diag_level level, const char *file, unsigned long line,
                       const char *msg)
{
	(void)ud;
	(void)line;
	if ((level != DYAD_DIAG_WARNING && level != DYAD_DIAG_ERROR) || !msg || !*msg || !file)
		abort();
}

static void add_fixed(dyad_lexicon *lx, const char *name, const char *text, dyad_dict_kind kind)
{
	if (dyad_lexicon_add_memory(lx, name, text, strlen(text), kind) != 0)
		abort();
}

/* Every event points into the result and its spans into its sentence. */
static void check_result(const dyad_result *r)
{
	for (size_t i = 0; i < r->nsents; i++) {
		const dyad_sentence *s = &r->sents[i];
		if (!s->text || strlen(s->text) != s->len)
			abort();
		if (r->sent_status[i] < DYAD_SENT_OK || r->sent_status[i] > DYAD_SENT_COMPLEX)
			abort();
	}
	for (size_t i = 0; i < r->nevents; i++) {
		const dyad_event *e = &r->events[i];
		if (e->sent >= r->nsents || !e->source || !e->target || !e->code || !e->pattern ||
		    !e->pattern_file)
			abort();
		const dyad_span *sp[3] = {&e->source_span, &e->target_span, &e->verb_span};
		for (int k = 0; k < 3; k++)
			if (sp[k]->len && (uint64_t)sp[k]->off + sp[k]->len > r->sents[e->sent].len)
				abort();
		if (e->date && strlen(e->date) != 10)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const dyad_dict_kind kinds[4] = {DYAD_DICT_ACTORS, DYAD_DICT_AGENTS, DYAD_DICT_VERBS,
	                                        DYAD_DICT_OPTIONS};
	static const char *const names[4] = {"fuzz.actors", "fuzz.agents", "fuzz.verbs",
	                                     "fuzz.options"};
	if (size == 0)
		return 0;
	int k = data[0] % 4;
	size_t n = size - 1;
	/* exactly n bytes, no terminator: a read past the end is caught */
	char *buf = malloc(n ? n : 1);
	if (!buf)
		return 0;
	if (n)
		memcpy(buf, data + 1, n);

	dyad_lexicon *lx = NULL;
	if (dyad_lexicon_new(&lx, check_diag, NULL) != 0)
		abort();
	if (kinds[k] != DYAD_DICT_OPTIONS)
		add_fixed(lx, "base.options", BASE_OPTIONS, DYAD_DICT_OPTIONS);
	int rc = dyad_lexicon_add_memory(lx, names[k], buf, n, kinds[k]);
	if (rc != 0 && rc != DYAD_EINVAL)
		abort();
	if (kinds[k] != DYAD_DICT_ACTORS)
		add_fixed(lx, "base.actors", BASE_ACTORS, DYAD_DICT_ACTORS);
	if (kinds[k] != DYAD_DICT_AGENTS)
		add_fixed(lx, "base.agents", BASE_AGENTS, DYAD_DICT_AGENTS);
	if (kinds[k] != DYAD_DICT_VERBS)
		add_fixed(lx, "base.verbs", BASE_VERBS, DYAD_DICT_VERBS);
	if (dyad_lexicon_finish(lx) != 0)
		abort();
	dyad_lexicon_stats st;
	dyad_lexicon_get_stats(lx, &st);

	for (int split = 0; split <= 1; split++) {
		dyad_coder_options co = DYAD_CODER_OPTIONS_INIT;
		co.split_sentences = split;
		dyad_coder *c = NULL;
		if (dyad_coder_new(&c, lx, &co) != 0)
			abort();
		for (size_t i = 0; i < sizeof SENTENCES / sizeof SENTENCES[0]; i++) {
			dyad_story s;
			memset(&s, 0, sizeof s);
			s.doc = "FUZZ-0001-001";
			s.date = i == 1 ? "2012-06-30" : "2009-01-15";
			s.text = SENTENCES[i];
			s.text_len = strlen(SENTENCES[i]);
			s.file = "fuzz";
			const dyad_result *r = NULL;
			if (dyad_coder_code(c, &s, &r) != 0 || !r)
				abort();
			check_result(r);
		}
		dyad_coder_free(c);
	}
	dyad_lexicon_free(lx);
	free(buf);
	return 0;
}
