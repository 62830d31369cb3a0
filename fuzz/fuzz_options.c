/*
 * fuzz/fuzz_options.c — libFuzzer target: dyad_coder_set_option() with
 * arbitrary lines. The input is cut into lines (each a NUL-terminated copy
 * of exactly its bytes, as the API takes a string); the lines are applied
 * in turn to a fresh coder over a fixed lexicon, and a few fixed stories
 * are coded halfway and at the end (records with sequence ids, so that
 * FORWARD: is exercised) so that COMPLEX:, COMMA:, DEFAULT:, SET: ... take
 * effect, alone and combined. Finally the options are reset and the
 * stories are coded once more.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ACTORS[] =
	"VALDORIA_ [VAL]\n+VALDORIAN_\nESTMARK_ [EST]\nKORRIN_ [KOR]\nLUMEN_ISLANDS_ [LUM/LMN]\n"
	"HALVARD_BRENNER_ [VALGOV 20100101-20141231] [VALELI]\n";
static const char AGENTS[] = "PRESIDENT_ [~GOV]\nTROOPS_ [~MIL]\n";
static const char VERBS[] = "ACCUSE_ [112]\nVISIT_ [042:043]\nSAY_ [010?]\n{SAID_}\n"
                            "MEET_ [040]\n{MET_}\n- % * [044]\nATTACK_ [190]\nARREST_ [173!]\n"
                            "PROMISE_ [030]\n- * {TROOPS | MONEY} [070]\n";

static const struct {
	const char *doc, *text;
} STORIES[] = {
	{"AAA-0001-001", "Halvard Brenner accused Estmark, Korrin and the Lumen Islands of lying, "
	                 "officials said on Monday."},
	{"AAA-0001-002", "He visited Korrin on Tuesday and they met in Valdoria with troops."},
	{"AAA-0001-003", "Unknown gunmen attacked near the border and withdrew at dawn"},
	{"AAA-0002-001", "Valdoria, which said nothing, promised money to Estmark; Korrin arrested "
	                 "a Valdorian."},
};

static dyad_lexicon *lexicon(void)
{
	static dyad_lexicon *lx;
	if (lx)
		return lx;
	if (dyad_lexicon_new(&lx, NULL, NULL) != 0 ||
	    dyad_lexicon_add_memory(lx, "f.actors", ACTORS, strlen(ACTORS), DYAD_DICT_ACTORS) ||
	    dyad_lexicon_add_memory(lx, "f.agents", AGENTS, strlen(AGENTS), DYAD_DICT_AGENTS) ||
	    dyad_lexicon_add_memory(lx, "f.verbs", VERBS, strlen(VERBS), DYAD_DICT_VERBS) ||
	    dyad_lexicon_finish(lx) != 0)
		abort();
	return lx;
}

static void code_all(dyad_coder *c)
{
	for (size_t i = 0; i < sizeof STORIES / sizeof STORIES[0]; i++) {
		dyad_story s;
		memset(&s, 0, sizeof s);
		s.doc = STORIES[i].doc;
		s.date = "2012-03-04";
		s.text = STORIES[i].text;
		s.text_len = strlen(STORIES[i].text);
		s.file = "fuzz";
		const dyad_result *r = NULL;
		if (dyad_coder_code(c, &s, &r) != 0 || !r)
			abort();
		for (size_t e = 0; e < r->nevents; e++) {
			const dyad_event *ev = &r->events[e];
			if (ev->sent >= r->nsents || !ev->source || !ev->target || !ev->code)
				abort();
			if (!ev->source[0] || !ev->target[0])
				abort();
		}
		for (size_t k = 0; k < r->nsents; k++)
			if (r->sent_status[k] == DYAD_SENT_COMPLEX && !r->sent_explain[k])
				abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_lexicon *lx = lexicon();
	dyad_coder_options co = DYAD_CODER_OPTIONS_INIT;
	co.split_sentences = size > 0 && (data[0] & 1);
	dyad_coder *c = NULL;
	if (dyad_coder_new(&c, lx, &co) != 0)
		abort();
	size_t i = 0;
	int lines = 0, coded = 0;
	while (i < size && lines < 64) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t e = nl ? (size_t)(nl - data) : size;
		size_t n = e - i;
		char *line = malloc(n + 1);
		if (!line)
			break;
		memcpy(line, data + i, n);
		line[n] = '\0';
		int rc = dyad_coder_set_option(c, line);
		if (rc != 0 && rc != DYAD_EINVAL)
			abort();
		free(line);
		i = e + 1;
		lines++;
		if (lines == 1 || (lines == 4 && i < size)) {
			code_all(c);
			coded = lines;
		}
	}
	if (coded != lines)
		code_all(c);
	if (dyad_coder_set_option(c, NULL) != DYAD_EINVAL)
		abort();
	dyad_coder_reset_options(c);
	code_all(c);
	dyad_coder_free(c);
	return 0;
}
