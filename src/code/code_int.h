/*
 * code/code_int.h — the coder's working state for one sentence, shared by
 * parse.c (word types, compounds, clauses, pronouns) and verb.c (patterns,
 * sources and targets, events).
 *
 * The model follows TABARI's shallow parser: every word gets a type; a
 * dictionary root (actor, agent, verb ...) matched over words h..t is a
 * *span* with a head at h and a tail at t; compounds, clauses and
 * comma-delimited subordinate clauses are spans too. Cancelling a span
 * (a root inside a subordinate clause) sets its kind to T_NULLTAG.
 * Everything lives in the coder's arena and is reset per story.
 */
#ifndef DYAD_CODE_INT_H
#define DYAD_CODE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dates/dates.h"
#include "dyad/coder.h"
#include "lexicon/lexicon_int.h"
#include "text/token.h"
#include "util/arena.h"
#include "util/buf.h"

#define MAX_WORDS 126 /* TABARI's limit on words per sentence */
#define NONE32 UINT32_MAX
/* a forwarded actor that is a name bound in the story (coder names[k]):
 * FWD_BOUND | k instead of a root id */
#define FWD_BOUND 0x80000000u
#define MAX_TAGS 8

/* Word and span types. */
enum {
	T_NULL = 0,
	T_LITR,
	T_ACTOR,
	T_AGENT,
	T_VERB,
	T_TIME,
	T_ATTRIB,
	T_DETERM,
	T_NOUN,
	T_ADJ,
	T_AUXIL,
	T_BYWORD,
	T_COMMA,
	T_PRONOUN,
	T_CONJ,
	T_PREP,
	T_NUMBER,
	T_NULLTAG,
	/* segment spans */
	T_CLAUSE,
	T_COMPOUND,
	T_SUBORD,
	T_REFER
};

enum { CAP_INIT = 1, CAP_MID = 2 };

typedef struct litref {
	uint32_t lit;  /* string id */
	uint32_t phrases_first, phrases_n; /* its root phrases in lx->wphr */
	uint8_t exact; /* the literal is the whole word */
	uint8_t len;   /* its length in bytes, 0 when over 255 */
	uint16_t nfront; /* its phrases before the pair section (see WPHR_PAIR),
	                  * LITREF_NFRONT_MANY when there are more */
} litref;
#define LITREF_NFRONT_MANY 0xFFFFu

typedef struct cspan {
	uint8_t kind;   /* T_* (T_NULLTAG when cancelled) */
	int16_t head, tail;
	int16_t ref;    /* T_REFER: index of the referenced word */
	uint32_t id;    /* compound number / root phrase id */
} cspan;

/* Lists of function words that the coder's rules test words against
 * (fwords.c): bit FWI_x of a word's fw is set when its folded form is in
 * list x. */
enum {
	FWI_REL,
	FWI_OBJ_PREP,
	FWI_PLACE_PREP,
	FWI_TO,
	FWI_SUBJ,
	FWI_VIA_WORDS,
	FWI_FROM_WORDS,
	FWI_AUX,
	FWI_NEG,
	FWI_REFLEXIVE,
	FWI_AT_PLACE,
	FWI_WITH,
	FWI_PLACE,
	FWI_BE,
	FWI_WHERE,
	FWI_MODAL,
	FWI_LIGHT,
	FWI_INTENT,
	FWI_FUT,
	FWI_POSS,
	FWI_CLAIM,
	FWI_PREP,
	FWI_BARE,
	FWI_WANT_OF,
	FWI_DONE,
	FWI_WISH,
	FWI_IN_WORDS,
	FWI_VENUE,
	FWI_IRREGULAR_PAST,
	FWI_NOT_NAMES,
	FWI_PARTIES,
	FWI_CLAUSE_OPENERS,
	FWI_PAIR_PAST,
	FWI_PAIR_NOT_PAST,
	FWI_PAIR_ADV,
	FWI_PROTESTERS,
	FWI_TIE,
	FWI_BACKING,
	FWI_ALLIED,
	FWI_WITH_AGAINST,
	FWI_ALSO_LONG,
	FWI_SUBJ_PRON,
	FWI_UNDERGO,
	FWI_STANDING,
	FWI_EXPRESS,
	FWI_FRESH,
	FW_NLISTS
};
#define FW(x) ((uint64_t)1 << FWI_##x)
_Static_assert(FW_NLISTS <= 64, "one bit per list");

typedef struct cword {
	uint32_t off, len;  /* slice of the sentence */
	const char *norm;   /* folded upper case */
	uint32_t nlen;
	uint8_t tokkind;    /* DYAD_TOK_* */
	uint8_t cap;        /* CAP_* */
	uint8_t wtype;      /* T_* */
	uint8_t compound;   /* inside a syntactic compound */
	uint8_t speaker;    /* names who said it ("according to X"): not a party */
	uint8_t cited;      /* named by an attribution phrase ("according to X"),
	                       not a reporting verb: a source cited, not a claimant */
	uint32_t root;      /* phrase id, set on the first word of a root */
	uint32_t fwd;       /* forwarded actor root phrase for a pronoun, NONE32 */
	const char *bound;  /* a name not in the dictionaries, bound to a code by
	                       its apposition or title earlier in the story */
	litref *lits;
	uint16_t nlits;
	uint8_t nh, nt;
	uint32_t hmask;     /* bit k: a span of kind k may have its head here
	                       (a superset: cancelled spans keep their bit) */
	uint8_t pair;       /* "the two men": stands for two actors, fwd and fwd2
	                       (compound is set too); PAIR_CODES: "the two
	                       sides", two codes: bound and the sentence's
	                       pair2[fwd2] */
	uint32_t fwd2;      /* the second of the pair */
	uint64_t fw;        /* FW(x): the word is in function word list x */
	/* the span tags stay last: dyad__parse zeroes a word up to htag only
	 * (they are read below nh and nt), so every field above starts at 0 */
	int16_t htag[MAX_TAGS]; /* spans with their head here */
	int16_t ttag[MAX_TAGS]; /* spans with their tail here */
} cword;
_Static_assert(sizeof(cword) - offsetof(cword, htag) <= 2 * MAX_TAGS * sizeof(int16_t) + 8,
               "the span tags must be the last fields of cword");

#define PAIR_CODES 2 /* cword.pair: the pair is given by two codes */

/* A word index plus PAIR_WORD: the second actor of a pair word. */
#define PAIR_WORD 0x1000

/* An event before it is turned into strings. */
typedef struct rawevent {
	int16_t src, tgt;        /* word index of the actor, -1 none, -2 default code */
	const char *src_str, *tgt_str; /* composite actor codes */
	uint32_t code;           /* event code string id */
	uint8_t flags;           /* CF_* of the code */
	int16_t verb;            /* word index of the verb */
	uint32_t pattern;        /* pattern id or NONE32 (verb root) */
	uint32_t verb_id;
	int16_t clause;
	uint8_t paired;          /* second half of a paired code */
	int16_t attr;            /* attribution actor word, -1 */
	uint8_t negated;
	int16_t via;             /* intermediary actor word, -1 */
	uint8_t derived;         /* DERIVED_* */
} rawevent;

/* Events made from another event rather than from a pattern. */
enum {
	DERIVED_NONE = 0,
	DERIVED_ACCUSATION = 1, /* the speaker's 112 of a reported act */
	DERIVED_APPEAL = 2,     /* "X wants Y to ...": X's appeal to Y */
	DERIVED_CLAIM = 3,      /* "X claimed it did ...": X's 015 */
	DERIVED_RECIPROCAL = 4  /* the mirror of a mutual act (output "reciprocal") */
};

typedef struct sentstate {
	const char *text;   /* the sentence */
	cword *w;
	int n;              /* words 0..n-1; index n is Halt */
	cspan *spans;
	int nspans, capspans;
	int all_caps;
	int parse_error;    /* too short etc. */
	int discard, complex;
	const char *explain;
	int32_t date;       /* yyyymmdd of the story, 0 unknown */
	rawevent *ev;
	int nev, capev;
	/* the literals of all words, as two 4096-bit filters (64 words each:
	 * bit lit & 4095, then bit (lit * 2654435761) >> 20); NULL until
	 * dyad__build_litfilter */
	uint64_t *litbloom;
	int16_t speaker;    /* attribution actor of the whole sentence, -1 */
	uint32_t fwd_in;    /* actor root forwarded from the previous sentence */
	uint32_t fwd_out;   /* first actor root of this sentence, for the next */
	uint32_t fwd_person_in;  /* news: the last person named before, for "he"
	                            and "she" (a root, FWD_BOUND | k or NONE32) */
	uint32_t fwd_person_out; /* the first person of this sentence, else
	                            fwd_person_in */
	const uint32_t *recent; /* actor roots named earlier in the story, newest last */
	int nrecent;
	const char *pair_in[2]; /* the parties of the last event between two
	                           countries in the sentence before, or NULL */
	/* "the two sides" (PAIR_CODES words): the words and their second
	 * codes */
	int16_t pairw[4];
	const char *pair2[4];
	int npairw;
} sentstate;

struct dyad_coder {
	const dyad_lexicon *lx;
	dyad_coder_options opts;
	lex_options opt;      /* may be changed by dyad_coder_set_option */
	dyad_arena arena;
	dyad_arena scratch;    /* one sentence's parse: reset before each, so that
	                        * every sentence works in the same (cached) memory */
	dyad_lexicon *lxmut;  /* only for interning option codes: NULL (read-only) */
	dyad_strtab extra;    /* codes named by options set on this coder */
	/* result being built */
	DYAD_VEC(dyad_sentence) sents;
	DYAD_VEC(dyad_event) events;
	DYAD_VEC(int) status;
	DYAD_VEC(const char *) explain;
	dyad_result result;
	/* pronoun forwarding between records (FORWARD:) and sentences */
	char fwd_story[32];
	long fwd_sent;
	uint32_t fwd_root;
	uint32_t fwd_person; /* the person forwarded with fwd_root */
	/* actors named so far in the story being coded (coreference) */
	uint32_t recent[32];
	int nrecent;
	/* the parties of the story's last event between two countries, for
	 * "the two sides" (codes copied into the arena) */
	const char *pair[2];
	uint32_t pair_sent; /* the sentence of that event */
	dyad_date anchor; /* the last date written in the story so far */
	/* sentences with a digit but no event whose dates have not been read
	 * yet: they only move the anchor, which matters only when a later
	 * sentence of the story has an event, so they are read then */
	struct {
		const char *text;
		size_t len;
		int32_t date;
	} dpend[16];
	int ndpend;
	/* names not in the dictionaries, bound to codes in this story */
	struct {
		char name[48];
		char code[32];
	} names[64];
	int nnames;
	/* literal lists of recent word forms (parse.c, make_lits): a word's
	 * list depends on its letters and the lexicon alone */
	struct litcache_ent *litcache; /* LITCACHE entries, direct-mapped */
	struct fw_ent *fwtab;          /* FWTAB entries: function words by hash */
};

#define LITCACHE 16384 /* 1.2 MB a coder: a 10 MB sample misses 12 % of words at 8,192 */
#define LITCACHE_LITS 4
typedef struct litcache_ent {
	uint32_t h, h2;  /* the two hashes of the whole word */
	uint16_t nlen;   /* its length; 0: empty entry */
	uint16_t n;      /* literals in its list (<= LITCACHE_LITS) */
	litref lits[LITCACHE_LITS];
} litcache_ent;

/* fwords.c: the function words, by the two hashes of their folded form
 * (dyad__word_hashes), in an open-addressed table of FWTAB entries. */
#define FWTAB 1024
typedef struct fw_ent {
	uint32_t h, h2;
	uint64_t mask; /* 0: an empty entry */
} fw_ent;
fw_ent *dyad__fw_table(void);
static inline uint64_t dyad__fw_mask(const fw_ent *t, uint32_t h, uint32_t h2)
{
	for (uint32_t i = h & (FWTAB - 1);; i = (i + 1) & (FWTAB - 1)) {
		if (!t[i].mask)
			return 0;
		if (t[i].h == h && t[i].h2 == h2)
			return t[i].mask;
	}
}

/* parse.c */
/* The two hashes of a word's folded form (norm, nlen bytes; the 8 bytes
 * from any of its bytes must be readable, see text/token.h). */
void dyad__word_hashes(const char *norm, uint32_t nlen, uint32_t *h, uint32_t *h2);
int dyad__parse(dyad_coder *c, sentstate *s, const char *text, size_t len);
int dyad__build_litfilter(dyad_coder *c, sentstate *s);
int dyad__span_add(dyad_coder *c, sentstate *s, uint8_t kind, int head, int tail, uint32_t id);
/* The span of this kind with its head at word w (span index), or -1. */
static inline int dyad__head(const sentstate *s, int w, uint8_t kind)
{
	if (w < 0 || w >= s->n || !((s->w[w].hmask >> kind) & 1u))
		return -1;
	const cword *x = &s->w[w];
	for (int i = 0; i < x->nh; i++)
		if (s->spans[x->htag[i]].kind == kind)
			return x->htag[i];
	return -1;
}
/* Is the word's folded text exactly w? Most words differ from w in
 * their first two letters, which are compared here without a call. */
static inline int dyad__norm_is(const char *norm, const char *w)
{
	if (norm[0] != w[0])
		return 0;
	if (!w[0])
		return 1;
	if (norm[1] != w[1])
		return 0;
	return !w[1] || !strcmp(norm + 2, w + 2);
}
/* Give span k a new kind. */
static inline void dyad__span_kind(sentstate *s, int k, uint8_t kind)
{
	s->spans[k].kind = kind;
	s->w[s->spans[k].head].hmask |= 1u << kind;
}
int dyad__tail(const sentstate *s, int w, uint8_t kind);
int dyad__has_lit(const cword *w, uint32_t lit, int *exact);
/* Resolve an actor's codes for a date: index into lx->acodes or -1. */
int64_t dyad__actor_code(const dyad_lexicon *lx, uint32_t actor, int32_t date);
int64_t dyad__actor_code2(const dyad_lexicon *lx, uint32_t actor, int32_t date, int lenient);

/* May a word of the sentence have literal lit in its list? */
static inline int dyad__sent_has_lit(const sentstate *s, uint32_t lit)
{
	if (!s->litbloom)
		return 1;
	/* a false "yes" (about 1 in 3,000) only lets a pattern be tried that
	 * cannot match: the filters are a pre-filter, never the decision */
	uint32_t b = (lit * 2654435761u) >> 20;
	return ((s->litbloom[(lit >> 6) & 63] >> (lit & 63)) & 1) &&
	       ((s->litbloom[64 + (b >> 6)] >> (b & 63)) & 1);
}

/* The first of patterns p..n-1 (their required literals preq) whose
 * required literal is in the sentence or that requires none; n if there
 * is none. The literal filters must exist (dyad__build_litfilter). */
static inline uint32_t dyad__next_pattern(const sentstate *s, const uint32_t *preq, uint32_t p,
                                          uint32_t n)
{
	/* (the filter's last bit is always set: NONE32 passes it) */
	for (; p < n; p++) {
		uint32_t lit = preq[p];
		if (((s->litbloom[(lit >> 6) & 63] >> (lit & 63)) & 1) &&
		    (lit == NONE32 || dyad__sent_has_lit(s, lit)))
			return p;
	}
	return n;
}

/* A past tense or participle form ("-ED", "STRUCK"). */
int dyad__past_form(const cword *x);
/* 0 when parse.c's word lists are in the order its searches need. */
int dyad__parse_check_tables(void);

/* The attribution phrase or reporting verb starting at word w (span), or -1. */
int dyad__attribution_at(const dyad_coder *c, const sentstate *s, int w);

/* verb.c */
int dyad__code_sentence(dyad_coder *c, sentstate *s);

/* Composite code of the actor at word w (with its agent), or NULL. */
const char *dyad__actor_text_code(dyad_coder *c, const sentstate *s, int w);

/* A code string by id (lexicon strings first, then the coder's own). */
const char *dyad__str(const dyad_coder *c, uint32_t id);

#endif
