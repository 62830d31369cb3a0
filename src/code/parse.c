/*
 * code/parse.c — TABARI's shallow parse of one sentence.
 *
 * Steps (as in TABARI 0.8.4): split into words and find each word's
 * literal list (every dictionary word that is a prefix of it); assign
 * dictionary roots by longest match (actors, agents, verbs, nouns ...
 * compete on matched characters); turn verbs after a determiner or
 * capitalised mid-sentence into nouns, and null-coded actors into nouns;
 * optionally convert lone agents to actors; mark syntactic compound actors
 * ("A, B and C"); mark comma-delimited subordinate clauses and null them;
 * split the sentence into clauses at conjunctions; resolve pronouns; look
 * for discard codes and test the complexity conditions.
 *
 * The rules and their quirks are described in docs/tabari-compat.md.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "code/code_int.h"

/* ---- spans ------------------------------------------------------------ */

int dyad__span_add(dyad_coder *c, sentstate *s, uint8_t kind, int head, int tail, uint32_t id)
{
	if (s->nspans == s->capspans) {
		int nc = s->capspans ? s->capspans * 2 : 64;
		cspan *nv = dyad_arena_alloc(&c->scratch, (size_t)nc * sizeof *nv);
		if (!nv)
			return -1;
		if (s->nspans)
			memcpy(nv, s->spans, (size_t)s->nspans * sizeof *nv);
		s->spans = nv;
		s->capspans = nc;
	}
	int k = s->nspans++;
	cspan *sp = &s->spans[k];
	sp->kind = kind;
	sp->head = (int16_t)head;
	sp->tail = (int16_t)tail;
	sp->ref = -1;
	sp->id = id;
	cword *h = &s->w[head], *t = &s->w[tail];
	if (h->nh < MAX_TAGS) {
		h->htag[h->nh++] = (int16_t)k;
		h->hmask |= 1u << kind;
	}
	if (t->nt < MAX_TAGS)
		t->ttag[t->nt++] = (int16_t)k;
	return k;
}


int dyad__tail(const sentstate *s, int w, uint8_t kind)
{
	if (w < 0 || w >= s->n)
		return -1;
	const cword *x = &s->w[w];
	for (int i = 0; i < x->nt; i++)
		if (s->spans[x->ttag[i]].kind == kind)
			return x->ttag[i];
	return -1;
}

int dyad__has_lit(const cword *w, uint32_t lit, int *exact)
{
	for (int i = 0; i < w->nlits; i++)
		if (w->lits[i].lit == lit) {
			if (exact)
				*exact = w->lits[i].exact;
			return 1;
		}
	return 0;
}

/* ---- actor codes ------------------------------------------------------ */

static int64_t actor_code_strict(const dyad_lexicon *lx, uint32_t actor, int32_t date);

int64_t dyad__actor_code(const dyad_lexicon *lx, uint32_t actor, int32_t date)
{
	return dyad__actor_code2(lx, actor, date, 0);
}

/*
 * With `lenient` (news coding): when the date is unknown, or no dated code
 * covers it and the default is null (a person before or after their
 * time in office), the code of the most recent dated period is used: a
 * story about a dead commander's past still names him by his role.
 */
int64_t dyad__actor_code2(const dyad_lexicon *lx, uint32_t actor, int32_t date, int lenient)
{
	int64_t k = actor_code_strict(lx, actor, date);
	if (!lenient || actor >= lx->actors.n)
		return k;
	if (k >= 0 && !(lx->acodes.v[k].flags & CF_NULL))
		return k;
	const lex_actor *a = &lx->actors.v[actor];
	int64_t best = -1;
	int32_t best_to = INT32_MIN;
	for (uint32_t i = 0; i < a->n; i++) {
		const lex_acode *ac = &lx->acodes.v[a->first + i];
		if (ac->dflt || (ac->flags & (CF_NULL | CF_DISCARD | CF_COMPLEX)) || !ac->ncodes)
			continue;
		/* not a period that starts after the story */
		if (date && ac->from != INT32_MIN && ac->from > date)
			continue;
		int32_t to = ac->to;
		if (best < 0 || to > best_to) {
			best = a->first + i;
			best_to = to;
		}
	}
	return best >= 0 ? best : k;
}

static int64_t actor_code_strict(const dyad_lexicon *lx, uint32_t actor, int32_t date)
{
	if (actor >= lx->actors.n)
		return -1;
	const lex_actor *a = &lx->actors.v[actor];
	int64_t dflt = -1;
	for (uint32_t i = 0; i < a->n; i++) {
		const lex_acode *ac = &lx->acodes.v[a->first + i];
		if (ac->dflt) {
			if (dflt < 0)
				dflt = a->first + i;
			continue;
		}
		if (!date)
			continue;
		/* TABARI: <d means before d, >d after d, d1-d2 inclusive */
		int ok;
		if (ac->from == INT32_MIN)
			ok = date < ac->to || (date == ac->to && 0);
		else if (ac->to == INT32_MAX)
			ok = date > ac->from;
		else
			ok = date >= ac->from && date <= ac->to;
		if (ok)
			return a->first + i;
	}
	return dflt;
}

/* ---- words and literal lists ------------------------------------------ */

static int is_alnum(char ch)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z');
}

/*
 * The literal list of a word: every dictionary literal that is a prefix of
 * it (TABARI also requires the first two characters' classes to agree, so
 * a one-letter literal only matches a word whose second character is not
 * a letter or digit). Ordered like TABARI's list, alphabetically, which for
 * prefixes of one word means shortest first.
 */
static int make_lits(const dyad_lexicon *lx, cword *w, litref *out);

/* "U.S." as a word's folded form, readable 8 bytes at a time (token.h) */
static const char US_NORM[8] = "U.S.";

/* The two hashes of a whole word: its key in the coder's cache. The folded
 * form is read 8 bytes at a time (token.h: they may be read), the bytes
 * after the word masked off. */
void dyad__word_hashes(const char *norm, uint32_t nlen, uint32_t *h, uint32_t *h2)
{
	uint64_t x = UINT64_C(0x243F6A8885A308D3) ^ nlen;
	for (uint32_t k = 0; k < nlen; k += 8) {
		uint64_t v;
		memcpy(&v, norm + k, 8);
		uint32_t r = nlen - k;
		if (r < 8) {
			/* the word's bytes, in memory order */
			uint64_t keep = (UINT64_C(1) << (8 * r)) - 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			keep = ~(~UINT64_C(0) >> (8 * r));
#endif
			v &= keep;
		}
		x = (x ^ v) * UINT64_C(0x9E3779B97F4A7C15);
		x ^= x >> 29;
	}
	/* a full avalanche (the finaliser of MurmurHash3) */
	x ^= x >> 33;
	x *= UINT64_C(0xFF51AFD7ED558CCD);
	x ^= x >> 33;
	x *= UINT64_C(0xC4CEB9FE1A85EC53);
	x ^= x >> 33;
	*h = (uint32_t)(x >> 32);
	*h2 = (uint32_t)x;
}

static litcache_ent *cache_slot(dyad_coder *c, uint32_t h, uint32_t h2)
{
	return &c->litcache[(h ^ (h2 >> 7)) & (LITCACHE - 1)];
}

/* make_lits() through the coder's cache of recent word forms; h and h2
 * are the word's hashes (word_hashes) */
static int cached_lits(dyad_coder *c, cword *w, litref *out, uint32_t h, uint32_t h2)
{
	litcache_ent *ce = cache_slot(c, h, h2);
	if (ce->nlen == w->nlen && ce->h == h && ce->h2 == h2) {
		memcpy(out, ce->lits, ce->n * sizeof *out);
		w->nlits = ce->n;
		w->lits = ce->n ? out : NULL;
		return ce->n;
	}
	int n = make_lits(c->lx, w, out);
	if (n <= LITCACHE_LITS && w->nlen <= UINT16_MAX) {
		ce->h = h;
		ce->h2 = h2;
		ce->nlen = (uint16_t)w->nlen;
		ce->n = (uint16_t)n;
		memcpy(ce->lits, out, (size_t)n * sizeof *out);
	}
	return n;
}

static int make_lits(const dyad_lexicon *lx, cword *w, litref *out)
{
	int n = 0;
	const char *norm = w->norm;
	uint32_t nlen = w->nlen, L = 1;
	uint32_t h = dyad_strtab_hash_step(DYAD_HASH_INIT, (unsigned char)norm[0]);
	uint32_t h2 = dyad_strtab_hash2_step(DYAD_HASH2_INIT, (unsigned char)norm[0]);
	/* a one-letter literal only when the second character is not a letter
	 * or digit (TABARI) */
	if (nlen > 1 && is_alnum(norm[1]))
		goto next;
	for (;;) {
		if (LEX_BLOOM_HAS(lx, h)) {
			const uint32_t *e = lex_find_literal(lx, norm, L, h, h2);
			if (e) {
				litref *r = &out[n++];
				r->lit = e[2] - 1;
				r->phrases_first = LIT_FIRST(e);
				r->phrases_n = LIT_PHRASES(e);
				if (r->phrases_n == LIT_PHRASES_BIG) {
					r->phrases_first = lx->words.v[r->lit].phrases_first;
					r->phrases_n = lx->words.v[r->lit].phrases_n;
				}
				/* the phrases before the pair section: make_synt reads
				 * the others only through the pair filter */
				uint32_t nf = 0;
				const uint32_t *rq = lx->wphr_req.v + r->phrases_first;
				while (nf < r->phrases_n && nf < LITREF_NFRONT_MANY && !WPHR_IS_PAIR(rq[nf]))
					nf++;
				r->nfront = (uint16_t)nf;
				r->exact = L == nlen;
				r->len = L <= 255 ? (uint8_t)L : 0;
				if (n == 64)
					break;
			}
		}
	next:
		if (++L > nlen)
			break;
		h = dyad_strtab_hash_step(h, (unsigned char)norm[L - 1]);
		h2 = dyad_strtab_hash2_step(h2, (unsigned char)norm[L - 1]);
	}
	w->nlits = (uint16_t)n;
	w->lits = n ? out : NULL;
	return n;
}

/* ---- roots ------------------------------------------------------------ */

static uint8_t type_of_cat(uint8_t cat)
{
	switch (cat) {
	case CAT_ACTOR: return T_ACTOR;
	case CAT_AGENT: return T_AGENT;
	case CAT_NOUN: return T_NOUN;
	case CAT_ADJ: return T_ADJ;
	case CAT_VERB: return T_VERB;
	case CAT_TIME: return T_TIME;
	case CAT_ATTRIB: return T_ATTRIB;
	case CAT_DETERM: return T_DETERM;
	case CAT_CONJ: return T_CONJ;
	case CAT_PREP: return T_PREP;
	case CAT_PRONOUN: return T_PRONOUN;
	case CAT_AUXIL: return T_AUXIL;
	case CAT_BYWORD: return T_BYWORD;
	case CAT_FORMER: return T_ADJ;
	default: return T_NULL;
	}
}

static int eq(const char *a, size_t an, const char *b)
{
	return strlen(b) == an && memcmp(a, b, an) == 0;
}

/*
 * The letters a regular ending adds when the word x goes on after the
 * phrase's last literal, of ll bytes: plural and possessive of nouns,
 * inflections of verbs. 0 when the rest is no such ending.
 */
static int match_ending(uint8_t t, const cword *x, uint32_t ll)
{
	const char *rest = x->norm + ll;
	size_t rn = x->nlen - ll;
	if (t == T_ACTOR || t == T_AGENT || t == T_NOUN) {
		if (eq(rest, rn, "S"))
			return 1;
		if (eq(rest, rn, "'S") || eq(rest, rn, "ES"))
			return 2;
	}
	if (t == T_VERB) {
		if (eq(rest, rn, "S"))
			return 1;
		if (eq(rest, rn, "ED") || eq(rest, rn, "ES") || eq(rest, rn, "EN"))
			return 2;
		if (eq(rest, rn, "ING"))
			return 3;
		if (ll && x->norm[ll - 1] == 'E' && eq(rest, rn, "D"))
			return 1;
	}
	return 0;
}

/*
 * match_root() for a phrase of one word, the word's literal lr, from the
 * literal's length and the phrase's category and connector alone
 * (wphr_req q = WPHR_SINGLE | cat << 16 | conn): most roots are one word,
 * and this reads neither the phrase nor its elements.
 */
static int match_single(const cword *x, const litref *lr, uint32_t q, int *ending)
{
	uint32_t ll = lr->len;
	uint16_t conn = (uint16_t)q;
	*ending = 0;
	if (x->nlen > ll && !(conn & CONN_BIT_0400)) {
		if (conn == CONN_EQUAL)
			return 0;
		*ending = 1;
		int add = match_ending(type_of_cat((uint8_t)(q >> 16)), x, ll);
		return add ? (int)ll + add : 0;
	}
	return (int)ll;
}

/*
 * Match root phrase p at word b (TABARI's matchLex). Returns the number of
 * matched characters (> 0) and the matched words in mw[] and *nmw, or 0.
 */
static int match_root(const dyad_coder *c, const sentstate *s, const lex_phrase *p, int b, int *mw,
                      int *nmw, int *ending)
{
	*ending = 0;
	const dyad_lexicon *lx = c->lx;
	uint8_t t = type_of_cat(p->cat);
	int nmatch = 0, skip_ok = 0, w = b, m = 0;
	uint32_t k = 0;
	while (k < p->seq.n && w < s->n) {
		const lex_elem *e = &lx->elems.v[p->seq.first + k];
		const cword *x = &s->w[w];
		if (x->tokkind == DYAD_TOK_COMMA)
			return 0;
		if (e->type != EL_WORD || !dyad__has_lit(x, e->ref, NULL)) {
			if (skip_ok) {
				w++;
				continue;
			}
			return 0;
		}
		uint32_t ll = dyad_strtab_len(&lx->strs, e->ref);
		nmatch += (int)ll;
		mw[m++] = w;
		if (x->nlen > ll && !(e->conn & CONN_BIT_0400)) {
			if (e->conn == CONN_EQUAL || k + 1 < p->seq.n)
				return 0;
			*ending = 1;
			int add = match_ending(t, x, ll);
			return add ? (*nmw = m, nmatch + add) : 0;
		}
		skip_ok = (e->conn & CONN_BIT_4000) != 0;
		w++;
		k++;
	}
	if (k < p->seq.n)
		return 0;
	*nmw = m;
	return nmatch;
}

/* The root phrase chosen so far for a word. */
typedef struct rootsel {
	uint32_t pid; /* NONE32: none yet */
	int nm;       /* letters matched */
	int ending;   /* matched through a regular ending */
	int lit;      /* index of the word's literal whose phrase it is */
} rootsel;

/* Does phrase a come before phrase b in their first word's list
 * (lexicon_finish: more words first, then more letters, then older)? */
static int phrase_before(const dyad_lexicon *lx, uint32_t a, uint32_t b)
{
	const lex_phrase *pa = &lx->phrases.v[a], *pb = &lx->phrases.v[b];
	if (pa->seq.n != pb->seq.n)
		return pa->seq.n > pb->seq.n;
	if (pa->len != pb->len)
		return pa->len > pb->len;
	return a < b;
}

/*
 * Take phrase pid, matched over nm letters, if it beats the choice so far:
 * the longest match wins; on a tie, a phrase matched exactly beats one
 * matched through a regular ending (ISIS is not the plural of ISI), and
 * then the phrase that comes first (the word's shorter literal first, then
 * the order of the literal's list), whatever order they were tried in.
 */
static int better(const dyad_lexicon *lx, int nm, int ending, int lit, uint32_t pid, rootsel *sel)
{
	int take;
	if (nm != sel->nm)
		take = nm > sel->nm;
	else if (ending != sel->ending)
		take = !ending;
	else
		take = lit == sel->lit && phrase_before(lx, pid, sel->pid);
	if (take) {
		sel->pid = pid;
		sel->nm = nm;
		sel->ending = ending;
		sel->lit = lit;
	}
	return take;
}

static int make_synt(dyad_coder *c, sentstate *s)
{
	const dyad_lexicon *lx = c->lx;
	int mw[MAX_WORDS + 1], best_w[MAX_WORDS + 1];
	for (int i = 0; i < s->n; i++) {
		cword *x = &s->w[i];
		if (x->wtype != T_NULL)
			continue;
		if (x->tokkind == DYAD_TOK_COMMA) {
			x->wtype = T_COMMA;
			continue;
		}
		if (x->tokkind == DYAD_TOK_NUMBER && x->nlits == 0) {
			x->wtype = T_NUMBER;
			continue;
		}
		if (x->nlits == 0)
			continue;
		rootsel sel = {NONE32, 0, 0, 0};
		int nbest = 0;
		for (int l = 0; l < x->nlits; l++) {
			const litref *lr = &x->lits[l];
			if (!lr->phrases_n)
				continue;
			const uint32_t *req = lx->wphr_req.v + lr->phrases_first;
			const uint32_t *ids = lx->wphr.v + lr->phrases_first;
			uint32_t r = 0, n = lr->phrases_n;
			/* the front sections, read only when the literal has any */
			uint32_t nf = lr->nfront == LITREF_NFRONT_MANY ? n : lr->nfront;
			for (; r < nf; r++) {
				uint32_t q = req[r];
				int nmw = 0, ending, nm;
				if (WPHR_IS_PAIR(q))
					break;
				if (WPHR_IS_SINGLE(q) && lr->len) {
					nm = match_single(x, lr, q, &ending);
					nmw = 1;
					mw[0] = i;
				} else {
					if (q != NONE32 && !WPHR_IS_SINGLE(q) && !dyad__sent_has_lit(s, q))
						continue;
					nm = match_root(c, s, &lx->phrases.v[ids[r]], i, mw, &nmw, &ending);
				}
				if (nm && better(lx, nm, ending, l, ids[r], &sel)) {
					nbest = nmw;
					memcpy(best_w, mw, (size_t)nmw * sizeof *mw);
				}
			}
			/* the phrases whose second word must be the next word: only
			 * those of the next word's literals */
			if (r == n || i + 1 >= s->n || s->w[i + 1].tokkind == DYAD_TOK_COMMA)
				continue;
			const cword *y = &s->w[i + 1];
			for (int l2 = 0; l2 < y->nlits; l2++) {
				if (!LEX_PAIR_HAS(lx, lr->lit, y->lits[l2].lit))
					continue;
				uint32_t key = WPHR_PAIR | y->lits[l2].lit, lo = r, hi = n;
				while (lo < hi) {
					uint32_t mid = lo + (hi - lo) / 2;
					if (req[mid] < key)
						lo = mid + 1;
					else
						hi = mid;
				}
				for (; lo < n && req[lo] == key; lo++) {
					int nmw = 0, ending;
					int nm = match_root(c, s, &lx->phrases.v[ids[lo]], i, mw, &nmw, &ending);
					if (nm && better(lx, nm, ending, l, ids[lo], &sel)) {
						nbest = nmw;
						memcpy(best_w, mw, (size_t)nmw * sizeof *mw);
					}
				}
			}
		}
		uint32_t best = sel.pid;
		if (best == NONE32) {
			x->wtype = T_LITR;
			continue;
		}
		const lex_phrase *p = &lx->phrases.v[best];
		uint8_t t = type_of_cat(p->cat);
		x->root = best;
		for (int k = 0; k < nbest; k++)
			s->w[best_w[k]].wtype = t;
		if (dyad__span_add(c, s, t, i, best_w[nbest - 1], best) < 0)
			return -1;
	}
	return 0;
}

/* ---- nouns ------------------------------------------------------------ */

static void retag_root(sentstate *s, int head, uint8_t from, uint8_t to)
{
	int k = dyad__head(s, head, from);
	if (k < 0)
		return;
	cspan *sp = &s->spans[k];
	for (int w = sp->head + 1; w <= sp->tail; w++)
		if (s->w[w].wtype == from)
			s->w[w].wtype = to;
	s->w[head].wtype = to;
	dyad__span_kind(s, k, to);
}

/* The primary code flags of an actor root for the story date. */
static int actor_null(const dyad_coder *c, const sentstate *s, uint32_t phrase)
{
	const dyad_lexicon *lx = c->lx;
	const lex_phrase *p = &lx->phrases.v[phrase];
	if (p->cat != CAT_ACTOR)
		return 0;
	int64_t k = dyad__actor_code2(lx, p->target, s->date, c->opt.event_dates);
	if (k < 0)
		return 1;
	const lex_acode *ac = &lx->acodes.v[k];
	return (ac->flags & CF_NULL) || (ac->ncodes == 0 && !(ac->flags & (CF_DISCARD | CF_COMPLEX)));
}

/* A past tense or participle: "-ED" or a common irregular form. */
int dyad__past_form(const cword *x)
{
	if (x->nlen > 3 && x->norm[x->nlen - 2] == 'E' && x->norm[x->nlen - 1] == 'D')
		return 1;
	return (x->fw & FW(IRREGULAR_PAST)) != 0;
}

/*
 * News: "made A TRIP to X", "paid a state VISIT to X", "began a VISIT to
 * X", "embarked on a TOUR of X", "recounted a secret TRIP to X": a trip,
 * visit, tour or journey that is the object of a light verb stays a verb,
 * and the light verb's subject is its source.
 */
static int travel_object(const sentstate *s, int i)
{
	static const char *const TRAVEL[] = {"TRIP", "TRIPS", "VISIT", "VISITS", "TOUR", "TOURS",
	                                     "JOURNEY", NULL};
	static const char *const LIGHT[] = {
	    "MADE",     "MAKE",      "MAKES",    "MAKING",   "PAID",     "PAY",      "PAYS",
	    "PAYING",   "BEGAN",     "BEGIN",    "BEGINS",   "BEGUN",    "STARTED",  "START",
	    "STARTS",   "EMBARKED",  "EMBARK",   "EMBARKS",  "RECOUNTED", "RECALLED", "DESCRIBED",
	    "UNDERTOOK", "UNDERTAKE", "TOOK",    "TAKE",     "TAKES",    "CONCLUDED", "ENDED",
	    NULL};
	const cword *x = &s->w[i];
	if (x->nlen < 4 || x->nlen > 7 ||
	    (x->norm[0] != 'T' && x->norm[0] != 'V' && x->norm[0] != 'J'))
		return 0;
	int t = 0;
	for (int k = 0; TRAVEL[k] && !t; k++)
		t = dyad__norm_is(x->norm, TRAVEL[k]);
	if (!t)
		return 0;
	int d = i - 1; /* the determiner, adjectives between: "a secret three-day" */
	while (d > 0 && d >= i - 4 && s->w[d].wtype != T_DETERM &&
	       (s->w[d].wtype == T_ADJ || s->w[d].wtype == T_NOUN || s->w[d].wtype == T_NULL ||
	        s->w[d].wtype == T_LITR || s->w[d].tokkind == DYAD_TOK_NUMBER ||
	        s->w[d].wtype == T_NUMBER))
		d--;
	if (d < 1 || s->w[d].wtype != T_DETERM)
		return 0;
	int v = d - 1;
	if (v >= 1 && dyad__norm_is(s->w[v].norm, "ON")) /* "embarked on a tour" */
		v--;
	for (int k = 0; LIGHT[k]; k++)
		if (dyad__norm_is(s->w[v].norm, LIGHT[k]))
			return 1;
	return 0;
}

/*
 * News: a verb root at the end of a noun phrase, "a mortar BOMB", "the
 * first such ATTACK", "a 500-page REPORT": a determiner, then only nouns,
 * adjectives, numbers and words the dictionaries do not know, then the
 * root, which is not a past form ("the two sides MET"). An actor between
 * ("a US drone STRIKE") keeps it a verb: a nominal event with its agent.
 */
static int noun_phrase_end(const sentstate *s, int i)
{
	if (dyad__past_form(&s->w[i]))
		return 0;
	/* "an offer OF TALKS", "a wave of ATTACKS"; not the act alleged of
	 * an actor: "accused Iran OF ATTACKING ..." */
	if (i > 0 && dyad__norm_is(s->w[i - 1].norm, "OF")) {
		const cword *x = &s->w[i];
		int ing = x->nlen > 4 && !memcmp(x->norm + x->nlen - 3, "ING", 3);
		return !(ing && i > 1 && s->w[i - 2].wtype == T_ACTOR);
	}
	for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
		uint8_t t = s->w[k].wtype;
		if (t == T_DETERM)
			return 1;
		/* the comma of a date: "the September 11, 2001 terrorist attacks" */
		if (t == T_COMMA && k > 0 && s->w[k - 1].tokkind == DYAD_TOK_NUMBER &&
		    s->w[k + 1].tokkind == DYAD_TOK_NUMBER)
			continue;
		/* a role with no country ("terrorist", "militant") is no agent of
		 * a nominal event */
		if (t != T_NOUN && t != T_ADJ && t != T_NUMBER && t != T_NULL && t != T_LITR &&
		    t != T_AGENT)
			return 0;
		if (s->w[k].tokkind != DYAD_TOK_WORD && s->w[k].tokkind != DYAD_TOK_NUMBER)
			return 0;
	}
	return 0;
}

/*
 * News: an actor joined by a hyphen to "backed", "led", "based" ...
 * ("Iranian-backed militias", "a UK-based group", "al-Qaeda-linked
 * rebels") describes who the phrase's head is tied to; it is not a party
 * itself. Its words become adjectives.
 */
static int tie_word(const cword *x) { return (x->fw & FW(TIE)) != 0; }

/* Word i stops being a verb: its verb span is cancelled. */
static void unverb(sentstate *s, int i)
{
	int kv = dyad__head(s, i, T_VERB);
	if (kv >= 0)
		s->spans[kv].kind = T_NULLTAG;
	if (s->w[i].wtype == T_VERB)
		s->w[i].wtype = T_ADJ;
}

/*
 * News: a participle of tie right after a noun phrase, with no auxiliary,
 * is a reduced relative clause that describes the phrase: "Hamas,
 * SUPPORTED BY Qatar and Turkey, ...", "forces BACKED BY the West",
 * "governments ALLIED AGAINST Assad", "a Korea ALIGNED WITH Washington".
 * It tells a standing relation, not an act: the participle is no verb
 * and the actors of its "by" phrase are no parties. Also "Western-backed"
 * (the hyphen after any word). Not "X WAS backed by Y", "Y has backed X",
 * "militias THAT backed Y", nor "talks LED BY Y" (Y does them).
 */
static void reduced_ties(sentstate *s)
{
	for (int i = 1; i + 1 < s->n; i++) {
		cword *x = &s->w[i];
		if (!tie_word(x))
			continue;
		const cword *p = &s->w[i - 1];
		if (p->off + p->len + 1 == x->off && s->text[x->off - 1] == '-') {
			unverb(s, i);
			continue;
		}
		/* support, not "led by", "held by": those name the doer */
		int by = (x->fw & FW(BACKING)) &&
		         (s->w[i + 1].wtype == T_BYWORD || dyad__norm_is(s->w[i + 1].norm, "BY"));
		int with = (x->fw & FW(ALLIED)) && (s->w[i + 1].fw & FW(WITH_AGAINST));
		if (!by && !with)
			continue;
		/* "an argument ALSO supported by", "forces LONG backed by" */
		int b = i - 1;
		while (b > 0 && ((s->w[b].fw & FW(ALSO_LONG)) ||
		                 (s->w[b].nlen > 4 && !memcmp(s->w[b].norm + s->w[b].nlen - 2, "LY", 2) &&
		                  s->w[b].wtype != T_ACTOR)))
			b--;
		const cword *q = &s->w[b];
		if (q->fw & (FW(AUX) | FW(BE) | FW(NEG) | FW(REL)))
			continue;
		uint8_t t = q->wtype;
		int np_end = t == T_ACTOR || t == T_AGENT || t == T_NOUN ||
		             (t == T_COMMA && s->text[q->off] == ',') ||
		             ((t == T_NULL || t == T_LITR) && q->tokkind == DYAD_TOK_WORD);
		if (!np_end)
			continue;
		unverb(s, i);
		if (!by)
			continue;
		/* the backers: actors of the "by" phrase, a list of them included */
		for (int k = i + 2; k < s->n && k <= i + 14; k++) {
			cword *y = &s->w[k];
			if (dyad__head(s, k, T_VERB) >= 0 || y->tokkind == DYAD_TOK_QUOTE)
				break;
			if (y->wtype == T_COMMA && !(k + 1 < s->n && s->w[k + 1].wtype == T_ACTOR))
				break;
			if (y->wtype != T_ACTOR)
				continue;
			int ka = dyad__head(s, k, T_ACTOR);
			int tail = ka >= 0 ? s->spans[ka].tail : k;
			if (ka >= 0)
				s->spans[ka].kind = T_NULLTAG;
			for (int w = k; w <= tail; w++)
				if (s->w[w].wtype == T_ACTOR)
					s->w[w].wtype = T_ADJ;
			k = tail;
		}
	}
}

/* Word w is a word written in capitals ("WASHINGTON", "D.C."), with two
 * letters or more. */
static int caps_word(const sentstate *s, int w)
{
	const cword *x = &s->w[w];
	if (x->tokkind != DYAD_TOK_WORD)
		return 0;
	int letters = 0;
	for (uint32_t k = 0; k < x->len; k++) {
		unsigned char ch = (unsigned char)s->text[x->off + k];
		if (ch >= 'a' && ch <= 'z')
			return 0;
		letters += ch >= 'A' && ch <= 'Z';
	}
	return letters >= 2;
}

/* Does text[a..b) hold a dash between blanks ("WASHINGTON — The ...")? */
static int blank_dash(const char *t, uint32_t a, uint32_t b)
{
	uint32_t k = a;
	if (k >= b || (t[k] != ' ' && t[k] != '\t'))
		return 0;
	while (k < b && (t[k] == ' ' || t[k] == '\t'))
		k++;
	int dash = 0;
	while (k < b) {
		if (t[k] == '-')
			k++, dash = 1;
		else if (k + 2 < b && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
		         ((unsigned char)t[k + 2] == 0x93 || (unsigned char)t[k + 2] == 0x94))
			k += 3, dash = 1;
		else
			break;
	}
	return dash && k < b && (t[k] == ' ' || t[k] == '\t');
}

/*
 * News: a place dateline that opens a story's text, "WASHINGTON —",
 * "MEXICO CITY (Reuters) -", "ASPEN, Colorado —", "WASHINGTON/BISMARCK,
 * North Dakota (Reuters) -", says where the story was written. Its actors
 * are no parties ("LONDON (Reuters) - Lawmakers rejected ...": not
 * Britain); its words become adjectives.
 */
static void null_dateline(sentstate *s)
{
	if (s->all_caps)
		return;
	int w = 0;
	while (w < s->n && w < 4 && caps_word(s, w))
		w++;
	if (w == 0 || w >= s->n)
		return;
	/* ", North Dakota" */
	if (s->text[s->w[w].off] == ',') {
		int k = w + 1;
		while (k < s->n && k < w + 4 && s->w[k].tokkind == DYAD_TOK_WORD && s->w[k].cap &&
		       !(k > w + 1 &&
		         blank_dash(s->text, s->w[k - 1].off + s->w[k - 1].len, s->w[k].off)))
			k++;
		if (k == w + 1)
			return;
		w = k;
	}
	/* "(Reuters)" */
	if (w < s->n && s->text[s->w[w].off] == '(') {
		int k = w + 1;
		while (k < s->n && k < w + 4 && s->text[s->w[k].off] != ')')
			k++;
		if (k >= s->n || s->text[s->w[k].off] != ')')
			return;
		w = k + 1;
	}
	if (w >= s->n || !blank_dash(s->text, s->w[w - 1].off + s->w[w - 1].len, s->w[w].off))
		return;
	for (int k = 0; k < w; k++) {
		int ka = dyad__head(s, k, T_ACTOR);
		if (ka >= 0)
			s->spans[ka].kind = T_NULLTAG;
		if (s->w[k].wtype == T_ACTOR)
			s->w[k].wtype = T_ADJ;
	}
}

static void mark_backers(sentstate *s)
{
	/* "pro-American", "anti-Iranian": an actor after "pro-" or "anti-"
	 * names a leaning, not a party */
	for (int i = 1; i < s->n; i++) {
		cword *x = &s->w[i];
		const cword *p = &s->w[i - 1];
		if (x->wtype != T_ACTOR || p->off + p->len + 1 != x->off || s->text[x->off - 1] != '-' ||
		    (!dyad__norm_is(p->norm, "PRO") && !dyad__norm_is(p->norm, "ANTI")))
			continue;
		int k = dyad__head(s, i, T_ACTOR);
		if (k < 0)
			continue;
		for (int w = i; w <= s->spans[k].tail; w++)
			if (s->w[w].wtype == T_ACTOR)
				s->w[w].wtype = T_ADJ;
		s->spans[k].kind = T_NULLTAG;
	}
	for (int i = 1; i < s->n; i++) {
		const cword *x = &s->w[i];
		const cword *p = &s->w[i - 1];
		if (p->wtype != T_ACTOR || p->off + p->len + 1 != x->off || s->text[x->off - 1] != '-')
			continue;
		if (!tie_word(x))
			continue;
		int h = i - 1;
		while (h > 0 && dyad__head(s, h, T_ACTOR) < 0 && s->w[h - 1].wtype == T_ACTOR)
			h--;
		int k = dyad__head(s, h, T_ACTOR);
		if (k >= 0)
			s->spans[k].kind = T_NULLTAG;
		for (int w = h; w < i; w++)
			if (s->w[w].wtype == T_ACTOR)
				s->w[w].wtype = T_ADJ;
		/* and "backed" is a participle of the phrase, not its verb */
		int kv = dyad__head(s, i, T_VERB);
		if (kv >= 0 && s->spans[kv].tail == i)
			s->spans[kv].kind = T_NULLTAG;
		if (s->w[i].wtype == T_VERB)
			s->w[i].wtype = T_ADJ;
	}
}

/*
 * News: "Khamenei IS SAID TO have sent an envoy", "the group is believed
 * to have attacked": a reporting verb in the passive before "to" names no
 * speaker; the subject is the doer of what follows, as with "reportedly".
 * The verb at word i becomes a plain word; 1 when it did.
 */
static int passive_reporting(sentstate *s, int i)
{
	static const char *const BE[] = {"IS", "ARE", "WAS", "WERE", "BEEN", "BE", NULL};
	static const char *const REP[] = {"SAID", "REPORTED", "BELIEVED", "THOUGHT", "RUMORED",
	                                  "RUMOURED", "UNDERSTOOD", "KNOWN", "ALLEGED", NULL};
	if (i < 1 || i + 1 >= s->n || s->w[i + 1].nlen != 2 || s->w[i + 1].norm[0] != 'T' ||
	    s->w[i + 1].norm[1] != 'O')
		return 0;
	int k = dyad__head(s, i, T_VERB);
	if (k < 0 || s->spans[k].tail != i)
		return 0;
	int rep = 0, be = 0;
	for (int r = 0; BE[r] && !be; r++)
		be = dyad__norm_is(s->w[i - 1].norm, BE[r]);
	for (int r = 0; REP[r] && be && !rep; r++)
		rep = dyad__norm_is(s->w[i].norm, REP[r]);
	if (!rep)
		return 0;
	s->spans[k].kind = T_NULLTAG;
	s->w[i].wtype = T_NULL;
	return 1;
}

/*
 * News: in an all-capitals headline "US" before a verb, or first, is the
 * United States, not "us" ("US SANCTIONS IRANIAN FOREIGN MINISTER"): it
 * becomes the actor that "U.S." names.
 */
static int caps_us(dyad_coder *c, sentstate *s)
{
	if (!s->all_caps)
		return 0;
	const dyad_lexicon *lx = c->lx;
	int64_t lit = dyad_strtab_find(&lx->strs, "U.S.", 4);
	if (lit < 0 || (uint64_t)lit >= lx->words.n)
		return 0;
	const lex_word *lw = &lx->words.v[lit];
	uint32_t phrase = NONE32;
	for (uint32_t k = 0; k < lw->phrases_n && phrase == NONE32; k++) {
		uint32_t id = lx->wphr.v[lw->phrases_first + k];
		const lex_phrase *ph = &lx->phrases.v[id];
		if (ph->cat == CAT_ACTOR && ph->seq.n == 1)
			phrase = id;
	}
	if (phrase == NONE32)
		return 0;
	for (int p = 0; p + 1 < s->n; p++) {
		cword *x = &s->w[p];
		if (x->tokkind != DYAD_TOK_WORD || !dyad__norm_is(x->norm, "US") || x->wtype == T_ACTOR)
			continue;
		if (p > 0 && dyad__head(s, p + 1, T_VERB) < 0)
			continue;
		if (p == 0 && dyad__head(s, 1, T_VERB) < 0 && s->w[1].wtype != T_ACTOR)
			continue;
		x->wtype = T_ACTOR;
		x->root = phrase;
		if (dyad__span_add(c, s, T_ACTOR, p, p, phrase) < 0)
			return -1;
	}
	return 0;
}

/*
 * News: "the Tehran SIDE expressed ...": a verb root with no code of its
 * own (only its patterns code), not a past form, right after a determiner
 * and an actor and right before another verb is the head noun of that
 * actor's phrase.
 */
static int null_root_before_verb(const dyad_coder *c, const sentstate *s, int i)
{
	int k = dyad__head(s, i, T_VERB);
	if (k < 0 || i < 2 || s->w[i - 1].wtype != T_ACTOR || dyad__past_form(&s->w[i]))
		return 0;
	int h = i - 1; /* the actor follows a determiner: "THE Tehran side" */
	while (h > 0 && dyad__head(s, h, T_ACTOR) < 0 && s->w[h - 1].wtype == T_ACTOR)
		h--;
	if (h == 0 || s->w[h - 1].wtype != T_DETERM)
		return 0;
	int t = s->spans[k].tail;
	if (t + 1 >= s->n || (dyad__head(s, t + 1, T_VERB) < 0 && dyad__head(s, t + 1, T_ATTRIB) < 0))
		return 0;
	const lex_verb *v = &c->lx->verbs.v[c->lx->phrases.v[s->spans[k].id].target];
	return (v->code.flags & CF_NULL) != 0;
}

/*
 * News: an actor matched on a lower-case word between "to" and a
 * determiner is an infinitive ("sought TO shape THE landscape": not
 * SHAPE, NATO's headquarters). Its words become plain words.
 */
static void infinitive_actors(sentstate *s)
{
	static const char *const DET[] = {"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "THIS",
	                                  "THAT", "THESE", "THOSE", "OUR", "ANY", NULL};
	if (s->all_caps)
		return;
	for (int i = 1; i + 1 < s->n; i++) {
		int k = dyad__head(s, i, T_ACTOR);
		if (k < 0 || s->spans[k].tail != i || s->w[i].cap || s->w[i].tokkind != DYAD_TOK_WORD ||
		    !dyad__norm_is(s->w[i - 1].norm, "TO"))
			continue;
		const char *t = s->text + s->w[i].off;
		if (!(t[0] >= 'a' && t[0] <= 'z'))
			continue;
		int det = 0;
		for (int d = 0; DET[d] && !det; d++)
			det = !strcmp(s->w[i + 1].norm, DET[d]);
		if (!det)
			continue;
		s->spans[k].kind = T_NULLTAG;
		s->w[i].wtype = T_NULL;
	}
}

/* News: a headline in Title Case ("Russia Condemns Ukraine Over Shelling
 * Of Donetsk"): nearly every word capitalised, small words too. */
static int title_case(const sentstate *s)
{
	static const char *const SMALL[] = {"OF", "OVER", "TO", "IN", "ON", "FOR",
	                                    "WITH", "AND", "AT", "FROM", NULL};
	if (s->all_caps)
		return 0;
	int words = 0, caps = 0, small = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < s->n; i++) {
			const cword *x = &s->w[i];
			if (x->tokkind != DYAD_TOK_WORD)
				continue;
			char ch = s->text[x->off];
			if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
				continue;
			if (pass == 0) {
				words++;
				caps += ch >= 'A' && ch <= 'Z';
			} else if (ch >= 'A' && ch <= 'Z' && x->nlen <= 4) {
				for (int k = 0; SMALL[k] && !small; k++)
					small = dyad__norm_is(x->norm, SMALL[k]);
			}
		}
		/* the small words are looked at only in a line of capitals */
		if (pass == 0 && !(words >= 4 && caps * 10 >= words * 9))
			return 0;
	}
	return small > 0;
}

/*
 * News: "a massively STEPPED-UP Russian campaign", "the much-VAUNTED
 * deal": a past form joined by a hyphen to its particle, after a
 * determiner (adverbs in "-ly" between), is an adjective.
 */
static int hyphen_participle(const sentstate *s, int i)
{
	const cword *x = &s->w[i];
	if (i + 1 >= s->n || s->w[i + 1].off != x->off + x->len + 1 ||
	    s->text[x->off + x->len] != '-' || !dyad__past_form(x))
		return 0;
	int d = i - 1;
	while (d > 0 && d >= i - 3 && s->w[d].nlen > 4 &&
	       !memcmp(s->w[d].norm + s->w[d].nlen - 2, "LY", 2))
		d--;
	return d >= 0 && s->w[d].wtype == T_DETERM;
}

/*
 * News: "was BACK in Syria", "went back", "dates back to": "back" after
 * "be", "go", "get", "look" or "date" is an adverb, not the verb "back"
 * (support). (Rarer verbs of motion have roots of their own: COME_BACK_.)
 */
static int back_adverb(const sentstate *s, int i)
{
	static const char *const BEFORE[] = {
	    "IS",   "ARE",  "WAS",  "WERE",   "BE",      "BEEN",   "BEING",  "GO",    "GOES",
	    "WENT", "GONE", "GOING", "GET",   "GETS",    "GOT",    "GETTING", "LOOK", "LOOKS",
	    "LOOKED", "LOOKING", "DATE", "DATES", "DATED", "DATING", "'S", "'RE", NULL};
	if (i < 1 || s->w[i].nlen != 4 || s->w[i].norm[0] != 'B' ||
	    !dyad__norm_is(s->w[i].norm, "BACK"))
		return 0;
	for (int k = 0; BEFORE[k]; k++)
		if (dyad__norm_is(s->w[i - 1].norm, BEFORE[k]))
			return 1;
	return 0;
}

static void mark_nouns(dyad_coder *c, sentstate *s)
{
	/* news: in a Title Case headline capitals say nothing about nouns */
	uint8_t mid = c->opt.news_grammar && title_case(s) ? 0 : CAP_MID;
	for (int i = 1; i < s->n; i++) {
		cword *x = &s->w[i];
		if (x->wtype == T_VERB && c->opt.news_grammar) {
			if (hyphen_participle(s, i)) {
				retag_root(s, i, T_VERB, T_ADJ);
				continue;
			}
			if (passive_reporting(s, i))
				continue;
			if (back_adverb(s, i)) {
				retag_root(s, i, T_VERB, T_ADJ);
				continue;
			}
			if (travel_object(s, i))
				continue;
		}
		if (x->wtype == T_VERB && (s->w[i - 1].wtype == T_DETERM || (x->cap & mid) ||
		                           (c->opt.news_grammar && (noun_phrase_end(s, i) ||
		                                                    null_root_before_verb(c, s, i))))) {
			if (dyad__head(s, i, T_VERB) >= 0)
				retag_root(s, i, T_VERB, T_NOUN);
			else
				x->wtype = T_NOUN;
		} else if (x->root != NONE32 && dyad__head(s, i, T_ACTOR) >= 0 &&
		           actor_null(c, s, x->root)) {
			retag_root(s, i, T_ACTOR, T_NOUN);
		}
	}
	/* word 0 can still be a null-coded actor */
	if (s->n && dyad__head(s, 0, T_ACTOR) >= 0 && s->w[0].root != NONE32 &&
	    actor_null(c, s, s->w[0].root))
		retag_root(s, 0, T_ACTOR, T_NOUN);
}

static int root_is_former(const dyad_coder *c, const cword *x)
{
	return x->root != NONE32 && c->lx->phrases.v[x->root].cat == CAT_FORMER;
}

static void convert_agents(dyad_coder *c, sentstate *s)
{
	for (int a = 0; a < s->n; a++) {
		if (s->w[a].wtype != T_AGENT)
			continue;
		int k = dyad__head(s, a, T_AGENT);
		int tail = k >= 0 ? s->spans[k].tail : a;
		if (a > 0 && (s->w[a - 1].wtype == T_ACTOR || dyad__tail(s, a - 1, T_ACTOR) >= 0 ||
		              root_is_former(c, &s->w[a - 1]))) {
			a = tail;
			continue;
		}
		int h = a;
		a = tail;
		int convert = 1;
		if (a < s->n - 1 && dyad__head(s, a + 1, T_ACTOR) >= 0)
			convert = 0;
		if (convert && a + 2 < s->n && s->w[a + 1].wtype == T_PREP && s->w[a + 2].wtype == T_ACTOR)
			convert = 0;
		if (convert && k >= 0) {
			s->w[h].wtype = T_ACTOR;
			dyad__span_kind(s, k, T_ACTOR);
		}
	}
}

static const char *root_code(const dyad_coder *c, const sentstate *s, uint32_t root);

/*
 * News: a national adjective before a person or body of its own country
 * that the dictionaries know ("Turkish President Erdogan", "Iranian
 * Foreign Minister Mohammad Javad Zarif"): the adjective describes the
 * person, who is the actor; its code is the adjective's or a more
 * specific one (TUR -> TURGOV). Titles may stand between. The adjective's
 * words become adjectives.
 */
static void mark_titled_names(dyad_coder *c, sentstate *s)
{
	for (int a = 0; a < s->n; a++) {
		if (s->w[a].root == NONE32)
			continue;
		int k = dyad__head(s, a, T_ACTOR);
		if (k < 0)
			continue;
		int t = s->spans[k].tail, j = t + 1;
		while (j < s->n && s->w[j].wtype == T_AGENT) {
			int ka = dyad__head(s, j, T_AGENT);
			j = ka >= 0 ? s->spans[ka].tail + 1 : j + 1;
		}
		int kb = j < s->n ? dyad__head(s, j, T_ACTOR) : -1;
		if (kb < 0 || s->w[j].root == NONE32) {
			a = t;
			continue;
		}
		const char *ca = root_code(c, s, s->w[a].root);
		const char *cb = root_code(c, s, s->w[j].root);
		if (ca && cb && strlen(ca) >= 3 && !strncmp(ca, cb, 3) && strlen(cb) > strlen(ca)) {
			s->spans[k].kind = T_NULLTAG;
			for (int w = a; w <= t; w++)
				if (s->w[w].wtype == T_ACTOR)
					s->w[w].wtype = T_ADJ;
		}
		a = t;
	}
}

/* ---- compounds, subordinate clauses, clauses --------------------------- */

static int word_is_lit(const dyad_coder *c, const cword *x, const char *lit)
{
	int64_t id = dyad_strtab_find(&c->lx->strs, lit, strlen(lit));
	return id >= 0 && dyad__has_lit(x, (uint32_t)id, NULL);
}

/*
 * News: "Saudi Arabia & the United Arab Emirates": the tokenizer drops
 * "&", so two actors with only "&" (and a determiner) between them in the
 * text are joined into a compound here.
 */
static int ampersand_compounds(dyad_coder *c, sentstate *s)
{
	for (int a = 0; a < s->n; a++) {
		int k = dyad__head(s, a, T_ACTOR);
		if (k < 0)
			continue;
		int ta = s->spans[k].tail, b = ta + 1;
		while (b < s->n && s->w[b].wtype == T_DETERM)
			b++;
		int kb = b < s->n ? dyad__head(s, b, T_ACTOR) : -1;
		if (kb < 0 || s->w[a].compound || s->w[b].compound) {
			a = ta;
			continue;
		}
		int amp = 0;
		for (uint32_t o = s->w[ta].off + s->w[ta].len; o < s->w[ta + 1].off; o++)
			amp |= s->text[o] == '&';
		if (!amp) {
			a = ta;
			continue;
		}
		int tb = s->spans[kb].tail;
		if (dyad__span_add(c, s, T_COMPOUND, a, tb, 1000u + (uint32_t)a) < 0)
			return -1;
		for (int w = a; w <= tb; w++)
			s->w[w].compound = 1;
		a = tb;
	}
	return 0;
}

static int mark_compound(dyad_coder *c, sentstate *s)
{
	uint32_t id = 1;
	for (int cj = 0; cj < s->n; cj++) {
		if (s->w[cj].wtype != T_CONJ)
			continue;
		if (!word_is_lit(c, &s->w[cj], "AND") && !word_is_lit(c, &s->w[cj], "NOR"))
			continue;
		int p = cj + 1, pend = -1;
		/* news: "the French president and the German chancellor": a
		 * member may be an actor with its agent */
		int ag = c->opt.news_grammar;
		while (p < s->n && (s->w[p].wtype == T_ACTOR || s->w[p].wtype == T_DETERM ||
		                    s->w[p].wtype == T_ADJ ||
		                    (ag && pend >= 0 && p == pend + 1 && s->w[p].wtype == T_AGENT) ||
		                    /* "and the pro-American Iraqi government" */
		                    (ag && pend < 0 && s->w[p].wtype == T_NOUN && p + 1 < s->n &&
		                     (s->w[p + 1].wtype == T_ACTOR ||
		                      (p + 2 < s->n && s->w[p + 1].wtype == T_NOUN &&
		                       s->w[p + 2].wtype == T_ACTOR))))) {
			int k;
			if (s->w[p].wtype == T_ACTOR && (k = dyad__head(s, p, T_ACTOR)) >= 0) {
				p = s->spans[k].tail;
				pend = p;
			} else if (s->w[p].wtype == T_AGENT && (k = dyad__head(s, p, T_AGENT)) >= 0) {
				p = s->spans[k].tail;
				pend = p;
			}
			p++;
		}
		if (pend < 0)
			continue;
		p = cj;
		int pset = -1, need = 0;
		while (p >= 0) {
			uint8_t t = s->w[p].wtype;
			if (ag && t == T_AGENT && need == 0 && p + 1 < s->n &&
			    (s->w[p + 1].wtype == T_CONJ || s->w[p + 1].wtype == T_COMMA)) {
				/* an agent right after its actor, at the end of a member
				 * ("the French president and ...") */
				int k = dyad__tail(s, p, T_AGENT);
				int h = k >= 0 ? s->spans[k].head : p;
				if (h > 0 && s->w[h - 1].wtype == T_ACTOR) {
					p = h - 1;
					continue;
				}
			}
			if (!(t == T_ACTOR || t == T_CONJ || t == T_COMMA || t == T_DETERM || t == T_ADJ))
				break;
			if (t == T_CONJ || t == T_COMMA)
				need = 0;
			if (t == T_ACTOR) {
				if (need)
					break;
				while (p > 0 && dyad__head(s, p, T_ACTOR) < 0)
					p--;
				/* news: "In Iraq, American and Iranian forces ...": the
				 * place that opens the sentence is no member of the list */
				if (c->opt.news_grammar && p == 1 && word_is_lit(c, &s->w[0], "IN"))
					break;
				pset = p;
				need = 1;
			}
			p--;
		}
		if (pset < 0)
			continue;
		for (int k = 0; k < s->nspans; k++)
			if (s->spans[k].kind == T_COMPOUND && s->spans[k].head >= pset &&
			    s->spans[k].head <= pend)
				s->spans[k].kind = T_NULLTAG;
		if (dyad__span_add(c, s, T_COMPOUND, pset, pend, id) < 0)
			return -1;
		for (int w = pset; w <= pend; w++)
			s->w[w].compound = 1;
		id++;
	}
	return 0;
}

/*
 * News text (SET: NEWS): a comma-delimited stretch is dropped only when it
 * is an aside — no verb of its own, or a relative clause — not when it is
 * the main clause after an introductory phrase ("In a drastic escalation,
 * an American strike killed X, ...").
 */
static int keep_comma_clause(const dyad_coder *c, const sentstate *s, int from, int to)
{
	if (!c->opt.comma_verbs)
		return 0;
	if (from < s->n) {
		const char *w = s->w[from].norm;
		if (!strcmp(w, "WHOSE") || !strcmp(w, "WHOM") || !strcmp(w, "WHERE") ||
		    !strcmp(w, "WHEN"))
			return 0;
		if (!strcmp(w, "WHO") || !strcmp(w, "WHICH")) {
			/* news: ", who were captured BY Tehran": a passive relative
			 * clause that names its doer is kept, and coded on the
			 * phrase before the comma */
			int by = 0;
			if (from < 2 || (s->w[from - 2].wtype != T_ACTOR && s->w[from - 2].wtype != T_AGENT))
				return 0;
			for (int k = from + 2; c->opt.news_grammar && k < to && k < s->n && !by; k++)
				by = s->w[k].wtype == T_BYWORD && s->w[k + 1].wtype == T_ACTOR &&
				     dyad__past_form(&s->w[k - 1]);
			return by;
		}
	}
	for (int w = from; w <= to && w < s->n; w++)
		if (dyad__head(s, w, T_VERB) >= 0)
			return 1;
	/* news: ", including X" names members of the phrase before it, which
	 * share its part in the event */
	for (int w = from; c->opt.news_grammar && w <= to && w < s->n && w <= from + 1; w++)
		if (!strcmp(s->w[w].norm, "INCLUDING"))
			return 1;
	/* a verb the dictionaries do not know: a lower-case past form right
	 * after an actor ("Crocker RECOUNTED another contact") */
	for (int w = from + 1; c->opt.news_grammar && w <= to && w < s->n; w++)
		if ((s->w[w].wtype == T_NULL || s->w[w].wtype == T_LITR) && !s->w[w].cap &&
		    dyad__past_form(&s->w[w]) &&
		    s->w[w - 1].wtype == T_ACTOR)
			return 1;
	/* ", Ryan Doe, the senior diplomat, met ...": a stretch that is one
	 * name between an opening phrase and its apposition is the subject */
	int k = from < s->n ? dyad__head(s, from, T_ACTOR) : -1;
	if (k >= 0 && s->spans[k].tail == to && to + 1 < s->n && s->w[to + 1].wtype == T_COMMA &&
	    from >= 2)
		return 1;
	return 0;
}

static int mark_subordinate(dyad_coder *c, sentstate *s)
{
	const lex_options *o = &c->opt;
	if (o->comma_off)
		return 0;
	int minb = o->comma_bmin, maxb = o->comma_bmax;
	int mins = o->comma_min, maxs = o->comma_max;
	int mine = o->comma_emin, maxe = o->comma_emax;
	int i = 0;
	while (i < s->n) {
		int k = dyad__head(s, i, T_COMPOUND);
		if (k >= 0) {
			i = s->spans[k].tail + 1;
			continue;
		}
		if (s->w[i].wtype == T_COMMA) {
			int st = i;
			if (i >= minb && i <= maxb && i > 0)
				if (dyad__span_add(c, s, T_SUBORD, 0, i - 1, 0) < 0)
					return -1;
			i++;
			while (i < s->n && s->w[i].wtype != T_COMMA) {
				int kk = dyad__head(s, i, T_COMPOUND);
				i = kk >= 0 ? s->spans[kk].tail + 1 : i + 1;
			}
			int n = i - st - 1;
			if (i >= s->n) {
				if (n >= mine && n <= maxe && !keep_comma_clause(c, s, st + 1, s->n - 1))
					if (dyad__span_add(c, s, T_SUBORD, st, s->n - 1, 0) < 0)
						return -1;
				break;
			}
			if (n >= mins && n <= maxs && !keep_comma_clause(c, s, st + 1, i - 1)) {
				if (dyad__span_add(c, s, T_SUBORD, st, i, 0) < 0)
					return -1;
			} else if (c->opt.comma_verbs) {
				continue; /* news: the closing comma may open the next aside */
			}
		}
		if (i < s->n)
			i++;
	}
	return 0;
}

/* Words inside subordinate clauses lose their types and roots. */
static void null_subordinate(sentstate *s)
{
	for (int k = 0; k < s->nspans; k++) {
		if (s->spans[k].kind != T_SUBORD)
			continue;
		int a = s->spans[k].head, b = s->spans[k].tail;
		int from = s->w[a].wtype == T_COMMA ? a + 1 : a;
		for (int w = from; w <= b; w++)
			s->w[w].wtype = T_NULL;
		for (int j = 0; j < s->nspans; j++) {
			cspan *sp = &s->spans[j];
			if (sp->kind == T_SUBORD || sp->kind == T_NULLTAG || sp->kind == T_CLAUSE)
				continue;
			int hin = sp->head >= from && sp->head <= b;
			int tin = sp->tail >= from && sp->tail <= b;
			if (hin || tin) {
				if (!hin)
					s->w[sp->head].wtype = T_NULLTAG;
				sp->kind = T_NULLTAG;
			}
		}
	}
}

/* ---- attribution (dyad extension, SET: ATTRIBUTION) --------------------- */

static int is_word(const cword *x, const char *w) { return dyad__norm_is(x->norm, w); }

/*
 * Reported speech. For every attribution phrase (the <ATTRIB> section:
 * SAID, TOLD, ACCORDING_TO ...):
 *  - the speaker is the nearest actor before it with no verb in between
 *    (commas and appositions may intervene), else the first actor after it
 *    ("said X", "according to X");
 *  - "X said (that) Y did Z": the words after the phrase become a clause of
 *    their own, coded with a fresh source and attributed to X (a T_REFER
 *    span on the phrase records the split; see mark_clauses);
 *  - otherwise ("Y did Z, X said", "according to X, Y did Z") every event of
 *    the sentence is attributed to X.
 */
/* A reporting verb: an <ATTRIB> phrase, or a verb whose own code is a
 * subordinate statement ("SAY_ [010?]"): it reports what follows. */
int dyad__attribution_at(const dyad_coder *c, const sentstate *s, int w)
{
	int k = dyad__head(s, w, T_ATTRIB);
	if (k >= 0)
		return k;
	k = dyad__head(s, w, T_VERB);
	if (k < 0)
		return -1;
	const dyad_lexicon *lx = c->lx;
	const lex_verb *v = &lx->verbs.v[lx->phrases.v[s->spans[k].id].target];
	if (!(v->code.flags & CF_SUBORD) || v->code.code == NONE32)
		return -1;
	const char *code = dyad_strtab_str(&lx->strs, v->code.code);
	return code[0] == '0' && code[1] == '1' ? k : -1;
}

/*
 * News: the words after a reporting verb that say how or when it was said,
 * not what: "..., officials said IN A STATEMENT", "..., a US official said
 * ON CONDITION OF ANONYMITY", "said on Monday". The rest of the sentence
 * from word w names no party and has no verb of its own.
 */
static int speech_adjunct(const sentstate *s, int w)
{
	if (w >= s->n || is_word(&s->w[w], "THAT"))
		return 0;
	for (int k = w; k < s->n; k++) {
		if (s->w[k].tokkind == DYAD_TOK_QUOTE || dyad__head(s, k, T_VERB) >= 0 ||
		    dyad__head(s, k, T_ATTRIB) >= 0 || s->w[k].wtype == T_ACTOR ||
		    s->w[k].wtype == T_PRONOUN)
			return 0;
	}
	return 1;
}

static int find_attribution(dyad_coder *c, sentstate *s)
{
	s->speaker = -1;
	for (int a = 0; a < s->n; a++) {
		int k = dyad__attribution_at(c, s, a);
		if (k < 0)
			continue;
		int tail = s->spans[k].tail, spk = -1;
		int cited = s->spans[k].kind == T_ATTRIB;
		/* words of the reported content after the attribution point */
		int news = c->opt.news_grammar;
		int adjunct = news && speech_adjunct(s, tail + 1);
		int trailing = 0;
		for (int w = tail + 1; w < s->n && !adjunct; w++)
			trailing += s->w[w].tokkind == DYAD_TOK_WORD;
		/* news: "according to X" names X after it; and the speaker of a
		 * trailing "..., X said" is after the last comma */
		for (int b = a - 1; b >= 0 && !(news && cited); b--) {
			if (dyad__head(s, b, T_VERB) >= 0 || s->w[b].wtype == T_ATTRIB ||
			    s->w[b].wtype == T_CONJ || s->w[b].tokkind == DYAD_TOK_QUOTE)
				break;
			if (news && trailing < 3 && s->w[b].wtype == T_COMMA)
				break;
			if (s->w[b].wtype == T_ACTOR || s->w[b].wtype == T_PRONOUN) {
				int h = b;
				while (h > 0 && dyad__head(s, h, T_ACTOR) < 0 && dyad__head(s, h, T_PRONOUN) < 0)
					h--;
				/* skip back over a compound or an agent-actor pair to its start */
				spk = h;
				b = h;
				if (b > 0 && s->w[b - 1].wtype == T_ACTOR)
					continue;
				break;
			}
		}
		int after = -1;
		if (spk < 0)
			for (int f = tail + 1; f < s->n && f <= tail + 6; f++) {
				if (s->w[f].wtype == T_COMMA || dyad__head(s, f, T_VERB) >= 0)
					break;
				/* news: "said THAT X ...": X is the content's subject */
				if (news && !cited && is_word(&s->w[f], "THAT"))
					break;
				if ((s->w[f].wtype == T_ACTOR && dyad__head(s, f, T_ACTOR) >= 0) ||
				    s->w[f].wtype == T_PRONOUN) {
					after = f;
					break;
				}
			}
		/* news: "Filkins said Iran attacked Iraq": an actor after a
		 * reporting verb with a verb of its own after it is the subject of
		 * what was said, not the speaker ("..., said Iran's minister") */
		for (int f = after + 1; news && !cited && after >= 0 && f < s->n; f++) {
			if (s->w[f].wtype == T_COMMA)
				break;
			if (dyad__head(s, f, T_VERB) >= 0 || dyad__head(s, f, T_ATTRIB) >= 0)
				after = -1;
		}
		int content = tail + 1;
		if (content < s->n && is_word(&s->w[content], "THAT"))
			content++;
		int rest = 0;
		for (int w = content; w < s->n && !adjunct; w++)
			if (s->w[w].tokkind == DYAD_TOK_WORD)
				rest++;
		if (spk >= 0)
			s->w[spk].cited = (uint8_t)cited;
		else if (after >= 0)
			s->w[after].cited = (uint8_t)cited;
		if (spk >= 0 && rest >= 3) {
			int r = dyad__span_add(c, s, T_REFER, a, tail, (uint32_t)content);
			if (r < 0)
				return -1;
			s->spans[r].ref = (int16_t)spk;
		} else if (spk >= 0 || after >= 0) {
			int who = spk >= 0 ? spk : after;
			if (s->speaker < 0)
				s->speaker = (int16_t)who;
			/* the speaker of the whole sentence is not a party to its events */
			int kk = dyad__head(s, who, T_ACTOR);
			int end = kk >= 0 ? s->spans[kk].tail : who;
			for (int w = who; w <= end; w++)
				s->w[w].speaker = 1;
			/* ... nor any actor of the speaker's phrase: "..., U.S. Deputy
			 * Secretary of Energy X said" (news) */
			if (spk >= 0 && c->opt.news_grammar)
				for (int w = spk - 1; w >= 0; w--) {
					if (s->w[w].wtype == T_COMMA || s->w[w].wtype == T_CONJ ||
					    s->w[w].tokkind == DYAD_TOK_QUOTE || dyad__head(s, w, T_VERB) >= 0)
						break;
					if (s->w[w].wtype == T_ACTOR)
						s->w[w].speaker = 1;
				}
		}
		a = tail;
	}
	return 0;
}

/* The attribution split at word w, if any (span index). */
static int attr_split(const sentstate *s, int w)
{
	if (s->w[w].wtype != T_ATTRIB && s->w[w].wtype != T_VERB)
		return -1;
	for (int i = 0; i < s->w[w].nh; i++) {
		const cspan *sp = &s->spans[s->w[w].htag[i]];
		if (sp->kind == T_REFER && sp->id != 0)
			return s->w[w].htag[i];
	}
	return -1;
}

static int add_clause(dyad_coder *c, sentstate *s, int head, int tail, int speaker, int fresh)
{
	if (tail < head)
		return 0;
	int k = dyad__span_add(c, s, T_CLAUSE, head, tail, (uint32_t)fresh);
	if (k < 0)
		return -1;
	s->spans[k].ref = (int16_t)speaker;
	return 0;
}

/*
 * Clauses of a compound sentence: conjunctions outside compounds and
 * subordinate clauses split the sentence, except "noun and [adj] noun" and
 * "adj and adj". With attribution on, reported content starts a clause of
 * its own (span id 1: fresh source; ref: the speaker).
 */
static int mark_clauses(dyad_coder *c, sentstate *s, int *has_clauses)
{
	*has_clauses = 0;
	int head = 0, i = 0, speaker = -1, fresh = 0;
	while (i < s->n) {
		int sk = attr_split(s, i);
		if (sk >= 0 && (int)s->spans[sk].id < s->n) {
			int content = (int)s->spans[sk].id;
			*has_clauses = 1;
			if (add_clause(c, s, head, content - 1, speaker, fresh) < 0)
				return -1;
			head = content;
			speaker = s->spans[sk].ref;
			fresh = 1;
			i = content;
			continue;
		}
		int k = dyad__head(s, i, T_COMPOUND);
		if (k < 0)
			k = dyad__head(s, i, T_SUBORD);
		if (k >= 0) {
			i = s->spans[k].tail + 1;
			continue;
		}
		/* news: a semicolon joins two sentences; the second names its
		 * own subject ("Egypt criticized Ethiopia; Sudan praised ...") */
		if (c->opt.news_grammar && s->w[i].wtype == T_COMMA && s->text[s->w[i].off] == ';' &&
		    i > head && i + 1 < s->n) {
			*has_clauses = 1;
			if (add_clause(c, s, head, i - 1, speaker, fresh) < 0)
				return -1;
			fresh = 1;
			head = i + 1;
			i++;
			continue;
		}
		if (s->w[i].wtype == T_CONJ && i > 0 && i + 1 < s->n) {
			int not_phrase = 1;
			if (s->w[i - 1].wtype == T_NOUN) {
				int j = i + 1;
				while (j < s->n && s->w[j].wtype == T_ADJ)
					j++;
				if (j < s->n && s->w[j].wtype == T_NOUN) {
					not_phrase = 0;
					i = j;
				}
			}
			if (not_phrase && s->w[i - 1].wtype == T_ADJ && s->w[i + 1].wtype == T_ADJ) {
				not_phrase = 0;
				i = i + 1;
			}
			if (not_phrase) {
				*has_clauses = 1;
				if (add_clause(c, s, head, i - 1, speaker, fresh) < 0)
					return -1;
				fresh = 0;
				head = i + 1;
				i = i + 1;
			}
		}
		i++;
	}
	if (head <= s->n - 1 && add_clause(c, s, head, s->n - 1, speaker, fresh) < 0)
		return -1;
	return 0;
}

/* ---- pronouns --------------------------------------------------------- */

/*
 * News: the speaker whose reported content starts at word p ("Interpol
 * has said IT will send a team": Interpol), or -1.
 */
static int reported_subject_of(const sentstate *s, int p)
{
	for (int k = 0; k < s->nspans; k++) {
		const cspan *sp = &s->spans[k];
		if (sp->kind != T_REFER || sp->id == 0 || (int)sp->id != p || sp->ref < 0)
			continue;
		const cword *w = &s->w[sp->ref];
		if (w->wtype == T_ACTOR && !w->pair)
			return sp->ref;
	}
	return -1;
}

/* Word p becomes an actor that refers to the actor at word ref. */
static int refer_actor(dyad_coder *c, sentstate *s, int p, int ref)
{
	s->w[p].wtype = T_ACTOR;
	int k = dyad__span_add(c, s, T_ACTOR, p, p, NONE32);
	int r = dyad__span_add(c, s, T_REFER, p, p, 0);
	if (k < 0 || r < 0)
		return -1;
	s->spans[r].ref = (int16_t)ref;
	return 0;
}

/* News: the end of a heading or dateline before a colon in the first few
 * words ("LYON: ...", "Background: ..."), else 0. */
static int heading_end(const sentstate *s)
{
	for (int w = 1; w < s->n && w <= 4; w++)
		if (s->w[w].wtype == T_COMMA)
			return s->text[s->w[w].off] == ':' ? w : 0;
	return 0;
}

/* News: "IT is time to ...", "it was clear that ...": "it" stands for no
 * actor before a form of "be" and one of a few words of judgement. */
static int expletive_it(const sentstate *s, int p)
{
	static const char *const BE[] = {"IS", "WAS", "'S", NULL};
	static const char *const JUDGE[] = {"TIME", "IMPORTANT", "ESSENTIAL", "NECESSARY", "CLEAR",
	                                    "UNCLEAR", "POSSIBLE", "IMPOSSIBLE", "HARD",
	                                    "DIFFICULT", "EASY", "TRUE", "VITAL", "CRUCIAL", NULL};
	if (p + 2 >= s->n)
		return 0;
	int be = 0, j = 0;
	for (int k = 0; BE[k] && !be; k++)
		be = !strcmp(s->w[p + 1].norm, BE[k]);
	for (int k = 0; JUDGE[k] && !j; k++)
		j = !strcmp(s->w[p + 2].norm, JUDGE[k]);
	return be && j;
}

/*
 * News: the actor whose head is word q is a person, who can be "he" or
 * "she": a name bound in the story by its title or apposition, a
 * dictionary actor with dated roles (people have terms of office;
 * countries, institutions and media do not: "told CNN she ..." is not
 * CNN), or an actor next to a title ("Iranian Foreign Minister ...").
 */
static int person_at(const dyad_coder *c, const sentstate *s, int q)
{
	if ((q + 1 < s->n && s->w[q + 1].wtype == T_AGENT) || (q > 0 && s->w[q - 1].wtype == T_AGENT))
		return 1;
	const cword *x = &s->w[q];
	if (x->root == NONE32)
		return x->bound != NULL && x->wtype != T_PRONOUN;
	const dyad_lexicon *lx = c->lx;
	if (lx->phrases.v[x->root].cat != CAT_ACTOR)
		return 0;
	const lex_actor *a = &lx->actors.v[lx->phrases.v[x->root].target];
	for (uint32_t i = 0; i < a->n; i++)
		if (!lx->acodes.v[a->first + i].dflt)
			return 1;
	return 0;
}

static int actor_head_word(const sentstate *s, int w);

/*
 * News: a possessive pronoun inside a relative clause ("..., who said HIS country",
 * "Iranians who protested against THEIR government") with no actor
 * between it and "who"/"which"/"whose" stands for the clause's
 * antecedent, the actor right before that word: the head word of that
 * actor, or -1.
 */
static int relative_antecedent(const sentstate *s, int p)
{
	for (int q = p - 1; q >= 0 && q >= p - 12; q--) {
		const cword *x = &s->w[q];
		if (x->wtype == T_ACTOR || x->wtype == T_PRONOUN)
			return -1;
		if (!strcmp(x->norm, "WHO") || !strcmp(x->norm, "WHICH") || !strcmp(x->norm, "WHOSE")) {
			int a = q - 1;
			if (a >= 0 && s->w[a].wtype == T_COMMA)
				a--;
			if (a < 0 || s->w[a].wtype != T_ACTOR)
				return -1;
			a = actor_head_word(s, a);
			/* "a commander in Helmand who ...": a place is no antecedent */
			if (a > 0 && (s->w[a - 1].fw & (FW(PLACE_PREP) | FW(IN_WORDS))))
				return -1;
			return a;
		}
	}
	return -1;
}

static int deref_pronouns(dyad_coder *c, sentstate *s)
{
	int news = c->opt.news_grammar;
	int first = news ? heading_end(s) : 0;
	for (int p = 0; p < s->n; p++) {
		cword *x = &s->w[p];
		if (x->wtype != T_PRONOUN)
			continue;
		/* pronoun roots are exact words: HE HIM SHE HER IT / THEM THEIR THEY */
		const char *n = x->norm;
		int singular = !strcmp(n, "HE") || !strcmp(n, "HIM") || !strcmp(n, "SHE") ||
		               !strcmp(n, "HER") || !strcmp(n, "IT");
		if (news && !strcmp(n, "IT") && expletive_it(s, p))
			continue;
		int plural = !singular;
		int it = !strcmp(n, "IT");
		int ref = news && singular ? reported_subject_of(s, p) : -1;
		/* news: "he" and "she" stand for people only */
		int personal = news && singular && !it;
		if (personal && ref >= 0 && !person_at(c, s, ref))
			ref = -1;
		/* (possessives only: "which helped THEM" is not the antecedent) */
		int poss = !strcmp(n, "HIS") || !strcmp(n, "ITS") || !strcmp(n, "THEIR");
		int rel = news && ref < 0 && poss ? relative_antecedent(s, p) : -1;
		if (rel >= 0 && (personal ? person_at(c, s, rel) : !it || !person_at(c, s, rel))) {
			/* "Iranians who protested against THEIR government" */
			if (refer_actor(c, s, p, rel) != 0)
				return -1;
			continue;
		}
		if (singular && ref < 0) {
			/* news: "it" is a state or a body, "he"/"she" a person: the
			 * first actor of that kind, else ("it") the first actor */
			int pick = -1;
			for (int q = first; q < p; q++) {
				if (s->w[q].wtype != T_ACTOR)
					continue;
				int k = dyad__head(s, q, T_COMPOUND);
				if (k >= 0) {
					q = s->spans[k].tail;
					continue;
				}
				if (dyad__head(s, q, T_ACTOR) < 0)
					continue;
				if (ref < 0 && !personal)
					ref = q;
				if (!news)
					break;
				const char *code = s->w[q].bound ? s->w[q].bound : root_code(c, s, s->w[q].root);
				if (personal ? code && person_at(c, s, q)
				             : code && strlen(code) == 3 &&
				                   !(q + 1 < s->n && s->w[q + 1].wtype == T_AGENT) &&
				                   !(q > 0 && s->w[q - 1].wtype == T_AGENT)) {
					pick = q;
					break;
				}
			}
			if (pick >= 0)
				ref = pick;
		} else if (plural) {
			for (int q = 0; q < p; q++) {
				if (s->w[q].wtype != T_ACTOR)
					continue;
				if (dyad__head(s, q, T_COMPOUND) >= 0) {
					ref = q;
					break;
				}
				if (ref < 0)
					ref = q;
			}
		}
		if (ref < 0) {
			/* no antecedent here: the actor forwarded from the previous
			 * sentence, if any (news: the last person named, for "he"
			 * and "she") */
			uint32_t fin = personal ? s->fwd_person_in : s->fwd_in;
			if (fin == NONE32)
				continue;
			x->wtype = T_ACTOR;
			if (fin & FWD_BOUND) {
				/* a name the story bound to a code ("Ryan Doe, the US
				 * envoy, ..."): the pronoun takes that code */
				uint32_t k = fin & ~FWD_BOUND;
				if (k >= (uint32_t)c->nnames) {
					x->wtype = T_PRONOUN;
					continue;
				}
				x->bound = c->names[k].code;
				if (dyad__span_add(c, s, T_ACTOR, p, p, NONE32) < 0)
					return -1;
				continue;
			}
			x->fwd = fin;
			if (dyad__span_add(c, s, T_ACTOR, p, p, NONE32) < 0)
				return -1;
			continue;
		}
		if (refer_actor(c, s, p, ref) != 0)
			return -1;
	}
	return 0;
}

/*
 * News: the person that "he" or "she" in the next sentence stands for:
 * the first person named in this one (or the one a pronoun here stood
 * for); when it names no actor at all, the one forwarded to it.
 */
static void forward_person(const dyad_coder *c, sentstate *s)
{
	if (s->fwd_out != NONE32)
		s->fwd_person_out = NONE32;
	for (int i = 0; i < s->n; i++) {
		const cword *x = &s->w[i];
		if (x->wtype != T_ACTOR || dyad__head(s, i, T_ACTOR) < 0)
			continue;
		if (x->fwd != NONE32 && !x->pair) {
			/* "he" standing for a person of a sentence before */
			if (!strcmp(x->norm, "HE") || !strcmp(x->norm, "SHE") ||
			    !strcmp(x->norm, "HIM") || !strcmp(x->norm, "HER")) {
				s->fwd_person_out = x->fwd;
				return;
			}
			continue;
		}
		if (x->root == NONE32 && x->bound) {
			for (int k = 0; k < c->nnames; k++)
				if (!strcmp(c->names[k].code, x->bound)) {
					s->fwd_person_out = FWD_BOUND | (uint32_t)k;
					return;
				}
			continue;
		}
		if (x->root != NONE32 && c->lx->phrases.v[x->root].cat == CAT_ACTOR &&
		    person_at(c, s, i)) {
			s->fwd_person_out = x->root;
			return;
		}
	}
}

/*
 * News: "I" and "we" inside a quotation are its speaker: '"We will never
 * negotiate with Washington," the Iranian foreign minister said', 'X said:
 * "We reject ..."'. They become actors that refer to the speaker.
 */
static int first_person(dyad_coder *c, sentstate *s)
{
	int quotes = 0;
	for (int p = 0; p < s->n; p++) {
		cword *x = &s->w[p];
		if (x->tokkind == DYAD_TOK_QUOTE) {
			quotes++;
			continue;
		}
		if (!(quotes & 1) || x->wtype == T_ACTOR)
			continue;
		const char *n = x->norm;
		/* "US" in capitals was read as the country already */
		if (strcmp(n, "I") && strcmp(n, "WE") && strcmp(n, "ME") && strcmp(n, "US"))
			continue;
		int spk = -1;
		for (int k = 0; k < s->nspans && spk < 0; k++) {
			const cspan *sp = &s->spans[k];
			if (sp->kind == T_REFER && sp->id != 0 && (int)sp->id <= p && sp->ref >= 0 &&
			    sp->ref < p)
				spk = sp->ref;
		}
		if (spk < 0)
			spk = s->speaker;
		if (spk < 0 || spk == p || s->w[spk].wtype != T_ACTOR || s->w[spk].pair)
			continue;
		if (refer_actor(c, s, p, spk) != 0)
			return -1;
	}
	return 0;
}

/* ---- role nouns (dyad extension, SET: COREFERENCE) ---------------------- */

/* The head word of the root span covering word w. */
static int actor_head_word(const sentstate *s, int w)
{
	for (int k = 0; k < s->nspans; k++)
		if ((s->spans[k].kind == T_ACTOR || s->spans[k].kind == T_AGENT) &&
		    s->spans[k].head <= w && s->spans[k].tail >= w)
			return s->spans[k].head;
	return w;
}

/* The role part of an actor root's code for the date ("MIL" of IRNMIL). */
static const char *root_code(const dyad_coder *c, const sentstate *s, uint32_t root)
{
	const dyad_lexicon *lx = c->lx;
	if (root == NONE32 || lx->phrases.v[root].cat != CAT_ACTOR)
		return NULL;
	int64_t k = dyad__actor_code2(lx, lx->phrases.v[root].target, s->date, c->opt.event_dates);
	if (k < 0 || lx->acodes.v[k].ncodes == 0 || lx->acodes.v[k].flags)
		return NULL;
	return dyad_strtab_str(&lx->strs, lx->codelist.v[lx->acodes.v[k].codes]);
}

static int role_fits(const char *code, const char *role)
{
	if (!code || strlen(code) <= 3)
		return 0; /* a bare country is not a person or an organ */
	if (!role || !*role)
		return 1;
	return strstr(code + 3, role) != NULL;
}

/*
 * "the two men", "both ministers": the two nearest earlier people with
 * different codes (any two for "men", "women", "people"; else two with
 * the noun's own role), in this sentence or earlier in the story. The
 * word stands for both, as a compound does.
 */
static int pair_role_noun(dyad_coder *c, sentstate *s, int a, const char *role)
{
	/* "the two men", "both women": any two people; "the two ministers":
	 * two of that role */
	const char *nw = s->w[a].norm;
	int anyone = !strcmp(nw, "MEN") || !strcmp(nw, "WOMEN") || !strcmp(nw, "PEOPLE");
	for (int pass = anyone; pass < 2; pass += 2) {
		const char *want = pass ? NULL : role;
		uint32_t got[2];
		const char *code0 = NULL;
		int n = 0;
		for (int q = a - 1; q >= 0 && n < 2; q--) {
			if (s->w[q].wtype != T_ACTOR || dyad__head(s, q, T_ACTOR) < 0 ||
			    s->w[q].root == NONE32)
				continue;
			const char *cq = root_code(c, s, s->w[q].root);
			if (role_fits(cq, want) && (!code0 || strcmp(code0, cq))) {
				code0 = cq;
				got[n++] = s->w[q].root;
			}
		}
		for (int r = s->nrecent - 1; r >= 0 && n < 2; r--) {
			const char *cq = root_code(c, s, s->recent[r]);
			if (role_fits(cq, want) && (!code0 || strcmp(code0, cq))) {
				code0 = cq;
				got[n++] = s->recent[r];
			}
		}
		if (n < 2)
			continue;
		int k = dyad__head(s, a, T_AGENT);
		s->w[a].wtype = T_ACTOR;
		dyad__span_kind(s, k, T_ACTOR);
		/* in text order: the one named first is the first member */
		s->w[a].fwd = got[1];
		s->w[a].fwd2 = got[0];
		s->w[a].pair = 1;
		s->w[a].compound = 1;
		return 1;
	}
	return 0;
}

/*
 * "the general", "the two men", "the former official": an agent with a
 * determiner and no actor of its own stands for the nearest earlier actor
 * whose code carries the same role (in this sentence, else earlier in the
 * story). It becomes an actor that refers to it.
 */
static int resolve_role_nouns(dyad_coder *c, sentstate *s)
{
	const dyad_lexicon *lx = c->lx;
	for (int a = 1; a < s->n; a++) {
		int k = dyad__head(s, a, T_AGENT);
		if (k < 0)
			continue;
		int t = s->spans[k].tail;
		if (s->w[a - 1].wtype == T_ACTOR || dyad__tail(s, a - 1, T_ACTOR) >= 0 ||
		    (t + 1 < s->n && s->w[t + 1].wtype == T_ACTOR) ||
		    (t + 2 < s->n && s->w[t + 1].wtype == T_PREP && s->w[t + 2].wtype == T_ACTOR))
			continue;
		if (c->opt.news_grammar && t + 2 < s->n && s->w[t + 1].wtype == T_PREP &&
		    dyad__norm_is(s->w[t + 1].norm, "OF")) {
			/* "the forces OF extremist Shiite cleric X": whose they are
			 * is said, a few titles and adjectives before the name */
			int q = t + 2;
			while (q < s->n && q <= t + 5 &&
			       (s->w[q].wtype == T_ADJ || s->w[q].wtype == T_AGENT ||
			        s->w[q].wtype == T_DETERM || s->w[q].wtype == T_NULL ||
			        s->w[q].wtype == T_LITR))
				q++;
			if (q < s->n && s->w[q].wtype == T_ACTOR)
				continue;
		}
		int d = a - 1, two = 0;
		while (d > 0 && (s->w[d].wtype == T_ADJ || s->w[d].tokkind == DYAD_TOK_NUMBER ||
		                 dyad__norm_is(s->w[d].norm, "TWO") || dyad__norm_is(s->w[d].norm, "BOTH"))) {
			two |= dyad__norm_is(s->w[d].norm, "TWO") || dyad__norm_is(s->w[d].norm, "BOTH");
			d--;
		}
		if (dyad__norm_is(s->w[d].norm, "BOTH"))
			two = 1, d = d > 0 ? d - 1 : d;
		const char *dw = s->w[d].norm;
		if (!(s->w[d].wtype == T_DETERM && strcmp(dw, "A") && strcmp(dw, "AN")) &&
		    strcmp(dw, "THIS") && strcmp(dw, "THAT") && strcmp(dw, "THESE") && strcmp(dw, "THOSE"))
			continue;
		uint32_t root = s->w[a].root;
		const lex_agent *ag = root != NONE32 ? &lx->agents.v[lx->phrases.v[root].target] : NULL;
		const char *role = ag && ag->code != NONE32 ? dyad_strtab_str(&lx->strs, ag->code) : NULL;
		if (role && !strcmp(role, "ELI"))
			role = NULL; /* "the former official": any earlier person */
		if (two && pair_role_noun(c, s, a, role))
			goto resolved;
		int ref = -1;
		uint32_t fwd = NONE32;
		for (int q = a - 1; q >= 0 && ref < 0; q--)
			if (s->w[q].wtype == T_ACTOR && dyad__head(s, q, T_ACTOR) >= 0 &&
			    role_fits(root_code(c, s, s->w[q].root), role))
				ref = q;
		for (int r = s->nrecent - 1; ref < 0 && r >= 0 && fwd == NONE32; r--)
			if (role_fits(root_code(c, s, s->recent[r]), role))
				fwd = s->recent[r];
		if (ref < 0 && fwd == NONE32)
			continue;
		s->w[a].wtype = T_ACTOR;
		dyad__span_kind(s, k, T_ACTOR);
		if (ref >= 0) {
			int r = dyad__span_add(c, s, T_REFER, a, a, 0);
			if (r < 0)
				return -1;
			s->spans[r].ref = (int16_t)ref;
		} else {
			s->w[a].fwd = fwd;
		}
	resolved:
		a = t;
	}
	return 0;
}

/*
 * News: "the two sides", "both countries": a plural noun of parties after
 * "the two" or "both" (an adjective may stand between) that opens a
 * clause, a subject, may stand for the two parties of an event just told
 * (verb.c, pair_from_events). The word becomes a pair actor, as "the two
 * men" does; the parties' codes come with its verb.
 */
static int resolve_pair_nouns(dyad_coder *c, sentstate *s)
{
	for (int p = 1; p < s->n && s->npairw < 4; p++) {
		cword *x = &s->w[p];
		if (!(x->fw & FW(PARTIES)))
			continue;
		int d = p - 1;
		if (d > 0 && (s->w[d].wtype == T_ADJ || (s->w[d].wtype == T_NULL && !s->w[d].cap)))
			d--;
		const char *dn = s->w[d].norm;
		if ((dn[0] != 'T' && dn[0] != 'B') ||
		    (x->wtype != T_NOUN && x->wtype != T_NULL && x->wtype != T_LITR &&
		     x->wtype != T_AGENT && x->wtype != T_VERB))
			continue;
		int two = dyad__norm_is(dn, "TWO");
		if (!two && !dyad__norm_is(dn, "BOTH"))
			continue;
		/* ("both sides OF the aisle": sides of something) */
		if ((two && (d == 0 || !dyad__norm_is(s->w[d - 1].norm, "THE"))) ||
		    (p + 1 < s->n && dyad__norm_is(s->w[p + 1].norm, "OF")))
			continue;
		/* a subject: first in the sentence, or after a comma, a
		 * conjunction or a word that opens a clause */
		int start = two ? d - 1 : d;
		const cword *b = start > 0 ? &s->w[start - 1] : NULL;
		if (b && b->tokkind != DYAD_TOK_COMMA && b->wtype != T_CONJ &&
		    !(b->fw & FW(CLAUSE_OPENERS)))
			continue;
		/* ("both SIDES" is no verb, "both GOVERNMENTS" no agent here) */
		int k = dyad__head(s, p, T_AGENT);
		if (k < 0)
			k = dyad__head(s, p, T_VERB);
		if (k >= 0)
			s->spans[k].kind = T_NULLTAG;
		if (dyad__span_add(c, s, T_ACTOR, p, p, NONE32) < 0)
			return -1;
		int slot = s->npairw++;
		x->wtype = T_ACTOR;
		x->pair = PAIR_CODES;
		x->compound = 1;
		x->fwd2 = (uint32_t)slot;
		x->bound = NULL; /* no party of the verbs before it */
		s->pair2[slot] = NULL;
		s->pairw[slot] = (int16_t)p;
	}
	return 0;
}

/* ---- names not in the dictionaries (dyad extension, SET: COREFERENCE) --- */

/* A capitalised word that no dictionary root claimed. */
static int unknown_name(const sentstate *s, int w)
{
	if (w < 0 || w >= s->n)
		return 0;
	const cword *x = &s->w[w];
	if (x->wtype != T_NULL && x->wtype != T_LITR)
		return 0;
	if (x->tokkind != DYAD_TOK_WORD || !x->cap || s->all_caps || x->nlen < 2)
		return 0;
	const char *t = s->text + x->off;
	if (!(t[0] >= 'A' && t[0] <= 'Z'))
		return 0;
	/* days, months and other capitalised words that are never names */
	return !(x->fw & FW(NOT_NAMES));
}

/* Role code of an agent root ("GOV"), and whether it comes after. */
static const char *agent_role(const dyad_coder *c, const sentstate *s, int w, int *suffix)
{
	uint32_t root = s->w[w].root;
	if (root == NONE32 || c->lx->phrases.v[root].cat != CAT_AGENT)
		return NULL;
	const lex_agent *ag = &c->lx->agents.v[c->lx->phrases.v[root].target];
	if (ag->code == NONE32)
		return NULL;
	*suffix = ag->suffix;
	return dyad_strtab_str(&c->lx->strs, ag->code);
}

/* a then b into out[cap], cut to fit and always terminated (cap > 0) */
static void cat2(char *out, size_t cap, const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na > cap - 1)
		na = cap - 1;
	if (nb > cap - 1 - na)
		nb = cap - 1 - na;
	memcpy(out, a, na);
	memcpy(out + na, b, nb);
	out[na + nb] = '\0';
}

static void compose(char *out, size_t cap, const char *actor, const char *role, int suffix)
{
	if (!role || strstr(actor, role))
		cat2(out, cap, actor, "");
	else if (suffix)
		cat2(out, cap, actor, role);
	else
		cat2(out, cap, role, actor);
}

static void remember_name(dyad_coder *c, const sentstate *s, int from, int to, const char *code)
{
	char name[48];
	size_t o = 0;
	for (int w = from; w <= to && o < sizeof name - 1; w++) {
		if (w > from && o < sizeof name - 1)
			name[o++] = ' ';
		for (uint32_t k = 0; k < s->w[w].nlen && o < sizeof name - 1; k++)
			name[o++] = s->w[w].norm[k];
	}
	name[o] = '\0';
	const char *last = s->w[to].norm;
	for (int pass = 0; pass < 2; pass++) {
		const char *n = pass ? last : name;
		if (pass && from == to)
			break;
		int i;
		for (i = 0; i < c->nnames; i++)
			if (!strcmp(c->names[i].name, n))
				break;
		if (i == c->nnames) {
			if (c->nnames == 64)
				return;
			c->nnames++;
		}
		cat2(c->names[i].name, sizeof c->names[i].name, n, "");
		cat2(c->names[i].code, sizeof c->names[i].code, code, "");
	}
}

static const char *known_name(const dyad_coder *c, const char *n)
{
	for (int i = 0; i < c->nnames; i++)
		if (!strcmp(c->names[i].name, n))
			return c->names[i].code;
	return NULL;
}

static int make_name_actor(dyad_coder *c, sentstate *s, int from, int to, const char *code)
{
	char *dup = dyad_arena_strndup(&c->arena, code, strlen(code));
	if (!dup)
		return -1;
	for (int w = from; w <= to; w++)
		s->w[w].wtype = T_ACTOR;
	s->w[from].bound = dup;
	return dyad__span_add(c, s, T_ACTOR, from, to, NONE32) < 0 ? -1 : 0;
}

/*
 * People and bodies the dictionaries don't know still get a code when the
 * story says who they are:
 *   "Ryan Doe, the senior US diplomat, ..."   apposition: USAGOV
 *   "Iranian General Rostam Doe"               title before the name: IRNMIL
 * The name (and its last word) is remembered for the rest of the story, so
 * that a later "Doe said ..." is coded too. Runs before subordinate
 * clauses are nulled.
 */
static int bind_names(dyad_coder *c, sentstate *s)
{
	for (int w = 0; w < s->n; w++) {
		if (!unknown_name(s, w))
			continue;
		int from = w, to = w;
		while (to + 1 < s->n && to - from < 3 && unknown_name(s, to + 1))
			to++;
		w = to;
		/* known from earlier in the story? (full name, then last word) */
		char name[48];
		size_t o = 0;
		for (int k = from; k <= to && o < sizeof name - 1; k++) {
			if (k > from)
				name[o++] = ' ';
			for (uint32_t j = 0; j < s->w[k].nlen && o < sizeof name - 1; j++)
				name[o++] = s->w[k].norm[j];
		}
		name[o] = '\0';
		const char *code = known_name(c, name);
		if (!code)
			code = known_name(c, s->w[to].norm);
		if (code) {
			if (make_name_actor(c, s, from, to, code) < 0)
				return -1;
			continue;
		}
		char buf[64];
		buf[0] = '\0';
		/* title before the name: [actor] agent NAME */
		int a = from - 1, suffix = 1;
		const char *role = NULL;
		while (a >= 0 && s->w[a].wtype == T_AGENT) {
			int sf;
			const char *r = agent_role(c, s, actor_head_word(s, a), &sf);
			if (r && !role) {
				role = r;
				suffix = sf;
			}
			a--;
		}
		if (role && a >= 0 && s->w[a].wtype == T_ACTOR) {
			const char *ac = root_code(c, s, s->w[actor_head_word(s, a)].root);
			if (ac)
				compose(buf, sizeof buf, ac, role, suffix);
		}
		/* apposition after the name: NAME , ... actor ... agent ... , */
		/* (a comma: "Background: relations between X and Y" is a
		 * heading, not an apposition) */
		if (!buf[0] && to + 1 < s->n && s->w[to + 1].wtype == T_COMMA &&
		    s->text[s->w[to + 1].off] == ',') {
			const char *ac = NULL;
			role = NULL;
			for (int k = to + 2; k < s->n && k <= to + 12; k++) {
				if (s->w[k].wtype == T_COMMA || dyad__head(s, k, T_VERB) >= 0)
					break;
				int sf;
				if (s->w[k].wtype == T_ACTOR && !ac && dyad__head(s, k, T_ACTOR) >= 0)
					ac = root_code(c, s, s->w[k].root);
				else if (s->w[k].wtype == T_AGENT && !role &&
				         dyad__head(s, k, T_AGENT) >= 0)
					role = agent_role(c, s, k, &sf), suffix = sf;
			}
			if (ac)
				compose(buf, sizeof buf, ac, role, suffix);
		}
		if (!buf[0])
			continue;
		remember_name(c, s, from, to, buf);
		if (make_name_actor(c, s, from, to, buf) < 0)
			return -1;
	}
	return 0;
}

/* ---- discards and complexity ------------------------------------------ */

static int root_discards(const dyad_coder *c, const sentstate *s, uint32_t phrase)
{
	const dyad_lexicon *lx = c->lx;
	const lex_phrase *p = &lx->phrases.v[phrase];
	switch (p->cat) {
	case CAT_ACTOR: {
		int64_t k = dyad__actor_code2(lx, p->target, s->date, c->opt.event_dates);
		return k >= 0 && (lx->acodes.v[k].flags & CF_DISCARD);
	}
	case CAT_VERB:
	case CAT_TIME:
	case CAT_ATTRIB:
		return (lx->verbs.v[p->target].code.flags & CF_DISCARD) != 0;
	case CAT_AGENT:
		return (lx->agents.v[p->target].flags & CF_DISCARD) != 0;
	default:
		return 0;
	}
}

static void check_discards(dyad_coder *c, sentstate *s)
{
	for (int i = 0; i < s->n; i++)
		if (s->w[i].root != NONE32 && root_discards(c, s, s->w[i].root)) {
			s->discard = 1;
			return;
		}
}

static void evaluate_complexity(dyad_coder *c, sentstate *s)
{
	const lex_options *o = &c->opt;
	const dyad_lexicon *lx = c->lx;
	int nverb = 0, nactor = 0, npron = 0, nconj = 0, iverb = s->n;
	char sub[MAX_WORDS + 1];
	memset(sub, 0, sizeof sub);
	for (int k = 0; k < s->nspans; k++)
		if (s->spans[k].kind == T_SUBORD)
			for (int w = s->spans[k].head; w <= s->spans[k].tail && w < s->n; w++)
				sub[w] = 1;
	for (int i = 0; i < s->n; i++) {
		if (sub[i])
			continue;
		int k = dyad__head(s, i, T_VERB);
		if (k >= 0) {
			nverb++;
			const lex_phrase *p = &lx->phrases.v[s->spans[k].id];
			const lex_verb *v = &lx->verbs.v[p->target];
			if (iverb == s->n && !(v->code.flags & CF_NULL))
				iverb = i;
		}
		if (dyad__head(s, i, T_ACTOR) >= 0)
			nactor++;
		if (s->w[i].wtype == T_PRONOUN)
			npron++;
		if (s->w[i].wtype == T_CONJ && !s->w[i].compound)
			nconj++;
	}
	int pre = 1, post = 1;
	for (int i = 0; i < s->n; i++) {
		if (sub[i] || s->w[i].wtype != T_ACTOR)
			continue;
		if (i < iverb)
			pre = 0;
		if (i > iverb)
			post = 0;
	}
	char buf[256];
	size_t bl = 0;
	buf[0] = '\0';
#define WHY(...)                                                                               \
	do {                                                                                   \
		int r_ = snprintf(buf + bl, sizeof buf - bl, "%s", bl ? ", " : "");            \
		if (r_ > 0 && (size_t)r_ < sizeof buf - bl)                                    \
			bl += (size_t)r_;                                                      \
		r_ = snprintf(buf + bl, sizeof buf - bl, __VA_ARGS__);                         \
		if (r_ > 0 && (size_t)r_ < sizeof buf - bl)                                    \
			bl += (size_t)r_;                                                      \
	} while (0)
	if (o->complex_verbs > 0 && nverb >= o->complex_verbs)
		WHY("verbs (%d) >= %d", nverb, o->complex_verbs);
	if (o->complex_actors > 0 && nactor >= o->complex_actors)
		WHY("actors (%d) >= %d", nactor, o->complex_actors);
	if (o->complex_pronouns > 0 && npron >= o->complex_pronouns)
		WHY("pronouns (%d) >= %d", npron, o->complex_pronouns);
	if (o->complex_conj > 0 && nconj >= o->complex_conj)
		WHY("conjunctions (%d) >= %d", nconj, o->complex_conj);
	if (o->complex_lateverb > 0 && iverb >= o->complex_lateverb)
		WHY(iverb < s->n ? "verb position (%d) >= %d" : "verb missing", iverb,
		    o->complex_lateverb);
	if (o->noactprior && pre)
		WHY("no actor before verb");
	if (o->noactafter && post)
		WHY("no actor after verb");
	if (o->noverb && nverb == 0)
		WHY("no verb");
#undef WHY
	if (bl) {
		s->complex = 1;
		s->explain = dyad_arena_strndup(&c->arena, buf, bl);
	}
}

/* The filters of the literals present, for the pattern pre-filter
 * (dyad__sent_has_lit): built by dyad__code_sentence for sentences with a
 * verb; until then the filter lets every literal through. */
int dyad__build_litfilter(dyad_coder *c, sentstate *s)
{
	uint64_t *f = dyad_arena_calloc(&c->scratch, 128, sizeof *f);
	if (!f)
		return -1;
	/* the bit of NONE32 (a pattern with no required literal passes) */
	f[63] = (uint64_t)1 << 63;
	for (int i = 0; i < s->n; i++)
		for (int l = 0; l < s->w[i].nlits; l++) {
			uint32_t lit = s->w[i].lits[l].lit, b = (lit * 2654435761u) >> 20;
			f[(lit >> 6) & 63] |= (uint64_t)1 << (lit & 63);
			f[64 + (b >> 6)] |= (uint64_t)1 << (b & 63);
		}
	s->litbloom = f;
	return 0;
}

/* ---- driver ------------------------------------------------------------ */

/*
 * News: the "hover cards" a scraped page leaves after a name: "President
 * Trump Donald John TrumpGOP senators balk at ... 2020 Democrats make play
 * for veterans' votes MORE on Monday slammed ...". The full name is glued
 * to the first linked headline (a lower-case letter right before a capital
 * or a digit in one word), and the card ends with MORE in capitals. The
 * card's tokens, from the full name to MORE, are dropped: the sentence
 * reads "President Trump on Monday slammed ...". A glued word whose first
 * part is a word of the name just before it (the surname) opens a card.
 */
static size_t drop_hover_cards(const char *text, dyad_token *toks, size_t nt)
{
	size_t out = 0;
	for (size_t i = 0; i < nt; i++) {
		const dyad_token *g = &toks[i];
		size_t from = 0, to = 0;
		if (g->kind == DYAD_TOK_WORD && g->cap && g->len >= 4 && out > 0) {
			const char *t = text + g->off;
			for (uint32_t p = 2; p < g->len && !to; p++) {
				if (!(t[p - 1] >= 'a' && t[p - 1] <= 'z') ||
				    !((t[p] >= 'A' && t[p] <= 'Z') || (t[p] >= '0' && t[p] <= '9')))
					continue;
				/* the surname just before: the short name's last word */
				size_t j = out;
				int found = 0;
				for (size_t k = 0; k < 8 && j > 0; k++) {
					j--;
					if (toks[j].len == p && !memcmp(text + toks[j].off, t, p)) {
						found = 1;
						break;
					}
					if (!toks[j].cap && toks[j].kind != DYAD_TOK_COMMA)
						break; /* "Jeff Sessions Jefferson (Jeff) Beauregard" */
				}
				if (!found)
					continue;
				for (size_t m = i + 1; m < nt && m < i + 120; m++)
					if (toks[m].len >= 4 && !memcmp(text + toks[m].off, "MORE", 4) &&
					    (toks[m].len == 4 || text[toks[m].off + 4] == '\'' ||
					     (unsigned char)text[toks[m].off + 4] == 0xE2)) {
						from = j + 1;
						to = m + 1;
						break;
					}
			}
		}
		if (to) {
			out = from; /* the full name's first words are dropped too */
			i = to - 1;
			continue;
		}
		toks[out++] = *g;
	}
	return out;
}

int dyad__parse(dyad_coder *c, sentstate *s, const char *text, size_t len)
{
	dyad_token *toks;
	s->text = text;
	/* a sentence too short to parse forwards nothing of its own */
	s->fwd_out = NONE32;
	s->fwd_person_out = s->fwd_person_in;
	size_t nt = dyad_tokenize(&c->scratch, text, len, &toks);
	if (nt == (size_t)-1)
		return -1;
	if (c->opt.news_grammar)
		nt = drop_hover_cards(text, toks, nt);
	if (nt > MAX_WORDS)
		nt = MAX_WORDS;
	s->n = (int)nt;
	/* the span tags of a word are read only below its nh and nt: they
	 * need no clearing */
	s->w = dyad_arena_alloc(&c->scratch, (nt + 1) * sizeof *s->w);
	if (!s->w)
		return -1;
	for (size_t i = 0; i <= nt; i++)
		memset(&s->w[i], 0, offsetof(cword, htag));
	int any_lower = 0;
	for (size_t i = 0; i < nt; i++)
		if (toks[i].lower)
			any_lower = 1;
	s->all_caps = !any_lower;
	s->speaker = -1;
	int first_cap = 1;
	for (size_t i = 0; i < nt; i++) {
		cword *x = &s->w[i];
		x->off = toks[i].off;
		x->len = toks[i].len;
		x->norm = toks[i].norm;
		x->nlen = toks[i].nlen;
		x->tokkind = toks[i].kind;
		x->root = NONE32;
		/* "US" in capitals in a mixed-case sentence is the country, not "us" */
		if (!s->all_caps && x->nlen == 2 && !memcmp(x->norm, "US", 2) && toks[i].len == 2 &&
		    !memcmp(text + toks[i].off, "US", 2)) {
			x->norm = US_NORM;
			x->nlen = 4;
		}
		x->fwd = NONE32;
		if (!s->all_caps && toks[i].cap && toks[i].kind == DYAD_TOK_WORD) {
			x->cap = first_cap ? CAP_INIT : CAP_MID;
			first_cap = 0;
		}
	}
	/* too short to code: its words' literals are not needed */
	int minlex = c->opt.min_words > 0 ? c->opt.min_words - 1 : 7;
	if (s->n - 1 < minlex) {
		s->parse_error = 1;
		return 0;
	}
	/* the words' cache slots, asked for before they are read: the cache
	 * is larger than L1, and the misses of a sentence then overlap */
	uint32_t *hh = dyad_arena_alloc(&c->scratch, (nt + 1) * 2 * sizeof *hh);
	if (!hh)
		return -1;
	for (size_t i = 0; i < nt; i++)
		if (s->w[i].tokkind != DYAD_TOK_COMMA && s->w[i].nlen) {
			dyad__word_hashes(s->w[i].norm, s->w[i].nlen, &hh[2 * i], &hh[2 * i + 1]);
			__builtin_prefetch(cache_slot(c, hh[2 * i], hh[2 * i + 1]));
			s->w[i].fw = dyad__fw_mask(c->fwtab, hh[2 * i], hh[2 * i + 1]);
		}
	/* every word's literal list in one block: at most one literal per
	 * letter, and 64 */
	size_t room = 0;
	for (size_t i = 0; i < nt; i++)
		if (s->w[i].tokkind != DYAD_TOK_COMMA)
			room += s->w[i].nlen < 64 ? s->w[i].nlen : 64;
	litref *pool = room ? dyad_arena_alloc(&c->scratch, room * sizeof *pool) : NULL;
	if (room && !pool)
		return -1;
	for (size_t i = 0; i < nt; i++)
		if (s->w[i].tokkind != DYAD_TOK_COMMA && s->w[i].nlen)
			pool += cached_lits(c, &s->w[i], pool, hh[2 * i], hh[2 * i + 1]);
	if (make_synt(c, s) != 0)
		return -1;
	if (c->opt.news_grammar)
		infinitive_actors(s);
	if (c->opt.news_grammar && caps_us(c, s) != 0)
		return -1;
	mark_nouns(c, s);
	if (c->opt.news_grammar) {
		mark_backers(s);
		reduced_ties(s);
		null_dateline(s);
	}
	if (c->opt.convert_agents)
		convert_agents(c, s);
	if (c->opt.news_grammar)
		mark_titled_names(c, s);
	if (c->opt.news_grammar && ampersand_compounds(c, s) != 0)
		return -1;
	if (mark_compound(c, s) != 0)
		return -1;
	if (c->opt.coreference && bind_names(c, s) != 0)
		return -1;
	if (mark_subordinate(c, s) != 0)
		return -1;
	if (c->opt.attribution && find_attribution(c, s) != 0)
		return -1;
	null_subordinate(s);
	int has_clauses;
	if (mark_clauses(c, s, &has_clauses) != 0 || deref_pronouns(c, s) != 0)
		return -1;
	if (c->opt.news_grammar && c->opt.attribution && first_person(c, s) != 0)
		return -1;
	if (c->opt.coreference && resolve_role_nouns(c, s) != 0)
		return -1;
	if (c->opt.coreference && c->opt.news_grammar && resolve_pair_nouns(c, s) != 0)
		return -1;
	check_discards(c, s);
	if (!s->discard)
		evaluate_complexity(c, s);
	/* the first actor named in this sentence may be forwarded */
	s->fwd_out = NONE32;
	for (int i = 0; i < s->n; i++) {
		if (s->w[i].wtype == T_ACTOR && s->w[i].root == NONE32 && s->w[i].bound &&
		    s->w[i].wtype != T_PRONOUN && dyad__head(s, i, T_ACTOR) >= 0) {
			/* a name bound earlier in the story: forwarded by its entry */
			int k = 0;
			while (k < c->nnames && strcmp(c->names[k].code, s->w[i].bound))
				k++;
			if (k < c->nnames) {
				s->fwd_out = FWD_BOUND | (uint32_t)k;
				break;
			}
			continue;
		}
		if (s->w[i].wtype == T_ACTOR && s->w[i].root != NONE32 && dyad__head(s, i, T_ACTOR) >= 0 &&
		    c->lx->phrases.v[s->w[i].root].cat == CAT_ACTOR) {
			s->fwd_out = s->w[i].root;
			break;
		}
	}
	if (c->opt.news_grammar)
		forward_person(c, s);
	return 0;
}
