/*
 * dyad/coder.h — turning stories into events.
 *
 * A coder is the per-thread working state for one lexicon: it owns an arena
 * that is reset for every story, so a worker codes story after story without
 * allocating. The lexicon is shared read-only; use one coder per thread.
 *
 * Everything a result points to (sentences, events, strings) belongs to the
 * coder and stays valid until the next dyad_coder_code() on it or
 * dyad_coder_free().
 */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include <stdint.h>

#include "dyad/common.h"
#include "dyad/ingest.h"
#include "dyad/lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_coder dyad_coder;

/* A byte range inside a sentence's text. len == 0 means "none". */
typedef struct dyad_span {
	uint32_t off, len;
} dyad_span;

typedef struct dyad_sentence {
	uint32_t off, len;  /* range in the story text */
	const char *text;   /* NUL-terminated copy */
} dyad_sentence;

typedef struct dyad_event {
	uint32_t sent;             /* index in result->sents */
	const char *date;          /* event date "YYYY-MM-DD", or NULL */
	const char *source;        /* CAMEO actor codes */
	const char *target;
	const char *code;          /* CAMEO event code, e.g. "0231" */
	const char *attributed_to; /* actor code or name of who said it, or NULL */
	const char *via;           /* intermediary, or NULL */
	int negated;
	dyad_span source_span, target_span, verb_span;
	const char *pattern;       /* the dictionary entry that fired, as text */
	const char *pattern_file;  /* where it is written */
	uint32_t pattern_line;
	const char *derived;       /* "reciprocal": the mirror (target -> source) of
	                              a mutual act coded one way (SET: RECIPROCAL);
	                              NULL for every other event */
} dyad_event;

/* Why a sentence gave no events, when a rule stopped it. */
enum {
	DYAD_SENT_OK = 0,
	DYAD_SENT_DISCARD = 1, /* a discard code [###] matched */
	DYAD_SENT_COMPLEX = 2  /* too complex, or a complex code [+++] matched */
};

typedef struct dyad_result {
	const dyad_sentence *sents;
	size_t nsents;
	const dyad_event *events;
	size_t nevents;
	const int *sent_status;  /* DYAD_SENT_* per sentence */
	const char *const *sent_explain; /* reason text per sentence, or NULL */
} dyad_result;

typedef struct dyad_coder_options {
	int version;          /* DYAD_CODER_OPTIONS_VERSION */
	int split_sentences;  /* 1: split the text into sentences (news);
	                         0: the whole text is one sentence (TABARI records) */
	int trace;            /* print each sentence's parse on standard error */
} dyad_coder_options;

#define DYAD_CODER_OPTIONS_VERSION 1
#define DYAD_CODER_OPTIONS_INIT {DYAD_CODER_OPTIONS_VERSION, 1, 0}

/* A coder over a finished lexicon; opts may be NULL for the defaults. */
DYAD_EXTERN int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lx,
                               const dyad_coder_options *opts);

/* Code one story. *out is valid until the next call. */
DYAD_EXTERN int dyad_coder_code(dyad_coder *c, const dyad_story *story, const dyad_result **out);

/*
 * Apply one .options command line (e.g. "COMPLEX: VERBS[5]") to this coder
 * only; the lexicon is not changed. Returns 0, or DYAD_EINVAL when the line
 * is not a known command. Used by TABARI validation records.
 */
DYAD_EXTERN int dyad_coder_set_option(dyad_coder *c, const char *line);

/* Restore the options the lexicon was loaded with. */
DYAD_EXTERN void dyad_coder_reset_options(dyad_coder *c);

DYAD_EXTERN void dyad_coder_free(dyad_coder *c);

#ifdef __cplusplus
}
#endif
#endif
