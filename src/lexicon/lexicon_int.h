/*
 * lexicon/lexicon_int.h — the in-memory form of the dictionaries, shared by
 * the loader (lexicon/load.c) and the coder (code/). Every table is a flat
 * array indexed by uint32_t, with no pointers between entries, so that the
 * whole lexicon can later be written to and mapped from a binary image.
 * Once loaded, a lexicon is read-only and may be shared between threads.
 *
 * Vocabulary:
 *  - a *word* is one dictionary word with its matching kind: a stem
 *    (matches any text word that begins with it), exact (matches the word
 *    itself and its regular endings S ED ES EN ING 'S when it ends a
 *    phrase) or exact-without-endings ("=").
 *  - a *sequence* is a run of elements: words, the pattern tokens * $ + %
 *    ^ @, synset references and alternative groups, each with a flag saying
 *    whether it must immediately follow the element before it.
 *  - a *phrase* is a sequence that names an actor, agent, noun, adjective,
 *    verb form, time-shift or attribution root.
 */
#ifndef DYAD_LEXICON_INT_H
#define DYAD_LEXICON_INT_H

#include <stdint.h>
#include <string.h>

#include "dyad/lexicon.h"
#include "util/buf.h"
#include "util/strtab.h"
#include "util/vec.h"

/*
 * Connector after an element, as TABARI stores it. Root matching (actors,
 * agents, verbs in the text) and pattern matching read the two bits
 * differently, on purpose (see code/match.c):
 *   "W "   CONN_PART_SKIP   root: prefix ok, gap ok      pattern: prefix ok, gap ok
 *   "W_X"  CONN_FULL_NEXT   root: exact, adjacent        pattern: exact, adjacent
 *   "W_ "  CONN_FULL_SKIP   root: prefix ok, adjacent    pattern: exact, gap ok
 *   "W~_"  CONN_PART_NEXT   root: exact, gap ok          pattern: prefix ok, adjacent
 *   "W="   CONN_EQUAL       exact without regular endings, adjacent
 */
enum {
	CONN_FULL_NEXT = 0x0000,
	CONN_PART_NEXT = 0x4000,
	CONN_FULL_SKIP = 0x0400,
	CONN_PART_SKIP = 0x4400,
	CONN_EQUAL = 0x0010
};
#define CONN_BIT_4000 0x4000
#define CONN_BIT_0400 0x0400

enum {
	EL_WORD = 1, /* ref = literal (string id) */
	EL_VERB,     /* '*' */
	EL_SRC,      /* '$' */
	EL_TGT,      /* '+' */
	EL_COMP,     /* '%' */
	EL_SKIP,     /* '^' */
	EL_ATTR,     /* '@' */
	EL_SYNSET,   /* ref = synset id */
	EL_OPEN,     /* '{' */
	EL_OR,       /* '|' */
	EL_CLOSE     /* '}' */
};

typedef struct lex_elem {
	uint8_t type;
	uint8_t pad;
	uint16_t conn; /* CONN_* after this element */
	uint32_t ref;
} lex_elem;

/* Per literal (string id): the phrases (roots) whose first word it is. */
typedef struct lex_word {
	uint32_t phrases_first, phrases_n; /* range in lex->wphr */
	uint8_t is_literal;                /* used as a dictionary word */
} lex_word;

typedef struct lex_seq {
	uint32_t first; /* index in lex->elems */
	uint32_t n;
} lex_seq;

/* A code block: one or two event codes, or an actor code list. */
enum {
	CF_NULL = 1,     /* --- */
	CF_DISCARD = 2,  /* ### */
	CF_COMPLEX = 4,  /* +++ */
	CF_SUBORD = 8,   /* code? */
	CF_DOMINANT = 16 /* code! */
};

typedef struct lex_vcode {
	uint32_t code;  /* string id of the (first) event code, or UINT32_MAX */
	uint32_t code2; /* paired code after ':', or UINT32_MAX */
	uint8_t flags;  /* CF_* */
	int32_t shift;  /* time shift in days (TIME section) */
} lex_vcode;

/* One date-restricted alternative of an actor's codes. */
typedef struct lex_acode {
	int32_t from, to;   /* yyyymmdd bounds, inclusive; INT32_MIN/MAX when open */
	uint32_t codes;     /* first code string id index in lex->codelist */
	uint16_t ncodes;    /* number of codes (coded compound A/B/C) */
	uint8_t flags;      /* CF_NULL / CF_DISCARD / CF_COMPLEX */
	uint8_t dflt;       /* no date restriction */
} lex_acode;

typedef struct lex_actor {
	uint32_t first, n; /* lex->acodes range */
	uint32_t parent;   /* phrase id of the first phrase of the synonym group */
	uint8_t place;     /* from a <PLACES> section: a city or region, which
	                      in news coding is no party on its own */
	uint8_t pad[3];
} lex_actor;

/* Agent code: the role code and where the actor code goes. */
typedef struct lex_agent {
	uint32_t code;   /* string id without the ~ */
	uint8_t suffix;  /* 1: actor code then agent ("~GOV"); 0: agent first ("NGO~") */
	uint8_t flags;   /* CF_* */
} lex_agent;

enum {
	CAT_ACTOR = 1,
	CAT_AGENT,
	CAT_NOUN,
	CAT_ADJ,
	CAT_VERB,   /* a verb root or one of its forms */
	CAT_TIME,
	CAT_ATTRIB,
	/* built-in words (TABARI's hard-coded roots) */
	CAT_DETERM,  /* A AN THE */
	CAT_CONJ,    /* AND NOR BUT OR */
	CAT_PREP,    /* IN OF */
	CAT_PRONOUN, /* HE HIM SHE HER IT THEM THEIR THEY */
	CAT_AUXIL,   /* WERE WAS BEEN */
	CAT_BYWORD,  /* BY */
	CAT_FORMER,  /* FORMER (an adjective that turns agents into ELI) */
	CAT_MAX
};

typedef struct lex_phrase {
	lex_seq seq;
	uint8_t cat;
	uint8_t pad[3];
	uint32_t target;  /* actor id / agent id / verb id, by cat */
	uint32_t len;     /* letters, for precedence */
	uint32_t src;     /* source-line id (lex->srcs) */
	uint32_t req;     /* the longest literal after the first, or UINT32_MAX:
	                     a quick pre-filter (every literal must be present) */
} lex_phrase;

typedef struct lex_pattern {
	lex_seq seq;
	lex_vcode code;
	uint32_t len;  /* letters in fixed text + longest alternatives */
	uint32_t maxalt; /* letters contributed by alternatives */
	uint32_t req;    /* a literal every match needs (the longest one outside
	                    alternatives), or UINT32_MAX: a quick pre-filter */
	uint32_t src;
} lex_pattern;

typedef struct lex_verb {
	lex_vcode code;        /* code of the root itself */
	uint32_t pat_first, pat_n; /* lex->patterns range, longest first */
	uint32_t root_phrase;  /* phrase id of the root form */
	uint32_t src;
	uint8_t cat;           /* CAT_VERB, CAT_TIME or CAT_ATTRIB */
} lex_verb;

typedef struct lex_srcline {
	uint32_t file; /* string id of the file name */
	uint32_t line;
} lex_srcline;

/* Options read from an .options file (and changed by validation records). */
typedef struct lex_options {
	int code_by;          /* 0 clause, 1 sentence, 2 all */
	int complex_verbs, complex_actors, complex_pronouns, complex_conj;
	int complex_comma, complex_lateverb;
	int noactprior, noactafter, noverb, nosource, notarget, noevent, explain;
	int comma_off;
	int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
	int time_shift;       /* -1 auto (on when TIME phrases exist), 0 off, 1 on */
	int convert_agents;
	int yyyy;
	int min_words;
	int nonevents;        /* 0 false, 1 true, 2 only */
	int default_on;
	uint32_t default_src, default_tgt; /* code string ids or UINT32_MAX */
	int default_prior, default_after;
	int label;
	int forward;          /* pronoun forwarding between records is on */
	/* dyad's news-grade extensions (off by default: TABARI behaviour) */
	int attribution;      /* "X said Y did Z": Y->Z attributed to X */
	int negation;         /* negated events flagged */
	int modality;         /* hypothetical (would/could/might) events dropped */
	int via;              /* intermediaries: through/via X, a message from Y */
	int coreference;      /* role nouns and pronouns across sentences */
	int event_dates;      /* dates from the text, not only the story date */
	int comma_verbs;      /* keep comma clauses that have a verb of their own */
	int clean_text;       /* skip comments, bylines, captions, boilerplate */
	int news_grammar;     /* passives without BY */
	int reciprocal;       /* mirror events of mutual acts (derived "reciprocal") */
	char forward_fmt[32]; /* FORWARD: sequence format without leading '^' */
} lex_options;

typedef DYAD_VEC(lex_word) lex_word_vec;
typedef DYAD_VEC(lex_elem) lex_elem_vec;
typedef DYAD_VEC(lex_phrase) lex_phrase_vec;
typedef DYAD_VEC(lex_pattern) lex_pattern_vec;
typedef DYAD_VEC(lex_verb) lex_verb_vec;
typedef DYAD_VEC(lex_actor) lex_actor_vec;
typedef DYAD_VEC(lex_acode) lex_acode_vec;
typedef DYAD_VEC(lex_agent) lex_agent_vec;
typedef DYAD_VEC(lex_seq) lex_seq_vec;
typedef DYAD_VEC(uint32_t) lex_u32_vec;
typedef DYAD_VEC(lex_srcline) lex_src_vec;

#define LEX_BLOOM_BITS (1u << 18)

/* May a string with this strtab hash be a dictionary literal? */
#define LEX_BLOOM_HAS(lx, h) (((lx)->litbloom.v[((h) & (LEX_BLOOM_BITS - 1)) >> 5] >> ((h) & 31)) & 1u)

/*
 * The literal table: open addressing, LIT_SLOT u32 per slot, a power of two
 * of slots at most two-thirds full. slot[0] is the literal's strtab hash,
 * slot[1] its second hash (dyad_strtab_hash2_step), slot[2] its string id
 * + 1 (0: empty), slot[3] its phrases_first (low 20 bits), phrases_n (11
 * bits) and LIT_VERIFY. A word's prefix is a literal when both hashes
 * agree, without reading the string: two different strings agree on 64
 * bits with odds of 2^-64 per probe. Literals of the dictionary that agree
 * with one another on both hashes carry LIT_VERIFY and are compared byte
 * by byte. Ranges too big for their fields carry LIT_PHRASES_BIG: read
 * them from lx->words.
 */
#define LIT_SLOT 4
/*
 * wphr_req: the phrases of a first word come in three sections. A one-word
 * phrase has WPHR_SINGLE | cat << 16 | conn: make_synt matches it from the
 * word alone. A phrase of the second section has the literal that its
 * other words need most (a pre-filter: it must be in the sentence), or
 * UINT32_MAX. The third section, phrases whose second word must follow the
 * first at once, has WPHR_PAIR | that word's literal, in ascending order:
 * make_synt looks them up by the next word's literals.
 */
#define WPHR_SINGLE 0x80000000u
#define WPHR_IS_SINGLE(q) (((q) >> 24) == 0x80u)
#define WPHR_PAIR 0x40000000u
#define WPHR_IS_PAIR(q) (((q) >> 30) == 1u)
/*
 * pairbloom: a filter of the (first word, second word) literal pairs of
 * the third section, one 32-bit block per pair with two bits set in it:
 * make_synt asks it before it searches a first word's pairs for the next
 * word's literal, and most words have no phrase with the next word.
 */
static inline uint32_t lex_pair_hash(uint32_t l1, uint32_t l2)
{
	uint32_t h = l1 * 0x9E3779B1u ^ (l2 + 0x7F4A7C15u) * 0x85EBCA77u;
	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 12;
	return h;
}
#define LEX_PAIR_HAS(lx, l1, l2)                                                                   \
	lex_pair_test((lx)->pairbloom.v, (uint32_t)(lx)->pairbloom.n, lex_pair_hash((l1), (l2)))
static inline int lex_pair_test(const uint32_t *v, uint32_t n, uint32_t h)
{
	uint32_t m = (1u << (h & 31)) | (1u << ((h >> 5) & 31));
	return (v[(h >> 10) & (n - 1)] & m) == m;
}
#define LIT_FIRST_BITS 20
#define LIT_PHRASES_BIG 0x7FFu
#define LIT_VERIFY 0x80000000u
#define LIT_FIRST(e) ((e)[3] & ((1u << LIT_FIRST_BITS) - 1))
#define LIT_PHRASES(e) (((e)[3] >> LIT_FIRST_BITS) & LIT_PHRASES_BIG)
static inline const uint32_t *lex_find_literal(const struct dyad_lexicon *lx, const char *s,
                                               size_t n, uint32_t h, uint32_t h2);

struct dyad_lexicon {
	dyad_strtab strs;      /* folded words, codes, file names */
	lex_word_vec words;    /* indexed by string id (filled in finish) */
	lex_elem_vec elems;
	lex_phrase_vec phrases;
	lex_u32_vec wphr;      /* phrase ids grouped by first word */
	lex_u32_vec wphr_req;  /* parallel to wphr: see WPHR_PAIR, so that
	                        * make_synt rejects most phrases without loading them */
	lex_u32_vec litbloom;  /* LEX_BLOOM_BITS bits, set at the hash of every
	                        * literal: most prefixes of a word are not looked up */
	lex_u32_vec pairbloom; /* see lex_pair_hash: a power of two of blocks */
	lex_u32_vec litslots;  /* the literals alone (see LIT_SLOT): two hashes,
	                        * string id + 1 and the word's phrase range, so
	                        * that matching reads neither the string nor
	                        * lex_word */
	lex_u32_vec pat_owner; /* pattern id -> verb id (while loading) */
	lex_pattern_vec patterns;
	lex_u32_vec pat_req;   /* patterns[i].req, packed: the pre-filter scans it */
	lex_verb_vec verbs;
	lex_actor_vec actors;
	lex_acode_vec acodes;
	lex_u32_vec codelist;
	lex_agent_vec agents;
	lex_pattern_vec synmembers; /* members of synsets (seq, len) */
	lex_u32_vec synsets;       /* synset id -> [first, n] pairs into synmembers, longest first */
	lex_u32_vec synset_names;  /* synset id -> string id of "&NAME" */
	lex_src_vec srcs;
	lex_u32_vec labels;        /* pairs (code string id, label string id) */
	lex_options opt;
	unsigned long warnings;
	unsigned long errors;
	unsigned long counts[CAT_MAX]; /* entries per CAT_* */
	unsigned long npatterns;
	int has_time;
	int has_attrib;
	int finished;
	dyad_diag_fn diag;
	void *diag_ud;
	char root_dir[512]; /* directory of the top .project (evidence paths) */
	void *map;         /* an opened image: every table points into it */
	size_t map_size;
};

static inline const uint32_t *lex_find_literal(const struct dyad_lexicon *lx, const char *s,
                                               size_t n, uint32_t h, uint32_t h2)
{
	size_t nslots = lx->litslots.n / LIT_SLOT;
	if (!nslots)
		return NULL;
	size_t mask = nslots - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const uint32_t *e = lx->litslots.v + LIT_SLOT * i;
		if (!e[2])
			return NULL;
		if (e[0] != h || e[1] != h2)
			continue;
		if (!(e[3] & LIT_VERIFY))
			return e;
		uint32_t id = e[2] - 1;
		if (lx->strs.lens[id] == n && !memcmp(lx->strs.pool + lx->strs.offs[id], s, n))
			return e;
	}
}

/* image.c */
int dyad__lexicon_save_image(const dyad_lexicon *lx, const char *path, const char *manifest);
int dyad__lexicon_open_image(dyad_lexicon **out, const char *path, const char *manifest,
                             dyad_diag_fn diag, void *ud);
/* load.c: "path size mtime" lines of every file a load of paths reads. */
int dyad__lexicon_manifest(const char *const *paths, size_t n, dyad_buf *out);

/* Parse one options command line into o (also used by validation records).
 * Returns 0, or -1 when the line is not understood. */
int lex_options_apply(dyad_strtab *strs, uint32_t base, lex_u32_vec *labels, lex_options *o,
                      const char *line);
void lex_options_default(lex_options *o);

/* Parse a date "YYMMDD" or "YYYYMMDD" into yyyymmdd; -1 when bad. */
int32_t lex_parse_date(const char *s, size_t n);

/* Store TABARI's built-in words; called by dyad_lexicon_new(). */
int lex_add_builtins(dyad_lexicon *lx);

#endif
