/*
 * lexicon/options.c — the .options file commands (TABARI manual chapter 8)
 * and the final indexing step of a lexicon (dyad_lexicon_finish).
 *
 * Commands understood: COMPLEX: ..., SET: CODE BY ..., SET: COMMA ...,
 * COMMA: ..., DEFAULT: ..., NONEVENTS: ..., SET: TIME SHIFT(ING) = ...,
 * SET: CONVERT AGENTS, SET: YYYY, SET: MINIMUM WORDS, SET: LABEL, LABEL:.
 * Commands with no effect on coding (OUTPUT:, FORWARD:, SET: SKIP
 * RECORDS, SET: ... USAGE, SET: DUP WARNING, SET: HAIKU, SET: FBIS) are
 * accepted and ignored. As in TABARI, only the first four letters of a
 * command and its colon are significant.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon_int.h"

#define NONE UINT32_MAX

void lex_options_default(lex_options *o)
{
	memset(o, 0, sizeof *o);
	o->comma_min = 2;
	o->comma_max = 10;
	o->comma_emin = 2;
	o->comma_emax = 10;
	o->comma_bmin = 128;
	o->comma_bmax = 0;
	o->time_shift = -1;
	o->default_src = o->default_tgt = NONE;
	o->label = 1;
	o->min_words = 0;
}

/* Upper-cased copy without leading blanks; '#' and '//' start comments. */
static void prep(const char *line, char *out, size_t cap)
{
	size_t o = 0;
	while (*line == ' ' || *line == '\t')
		line++;
	for (; *line && o + 1 < cap; line++) {
		if (*line == '#' || (line[0] == '/' && line[1] == '/'))
			break;
		out[o++] = (char)toupper((unsigned char)*line);
	}
	while (o && (out[o - 1] == ' ' || out[o - 1] == '\t' || out[o - 1] == '\r'))
		o--;
	out[o] = '\0';
}

/* Value n in "NAME[n]" or "NAME = n" after position p in s; -1 if none. */
static int bracket_num(const char *s, const char *name)
{
	const char *p = strstr(s, name);
	if (!p)
		return -1;
	p += strlen(name);
	while (*p == ' ')
		p++;
	if (*p != '[' && *p != '=')
		return -1;
	p++;
	return atoi(p);
}

static int has_word(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
		int before = p == s || !isalnum((unsigned char)p[-1]);
		int after = !isalnum((unsigned char)p[n]);
		if (before && after)
			return 1;
	}
	return 0;
}

/* TABARI booleans: the first T or F after '='; no value means true. */
static int truth(const char *s)
{
	const char *eq = strchr(s, '=');
	if (!eq)
		return 1;
	const char *v = eq + 1;
	while (*v == ' ')
		v++;
	if (!*v)
		return 1;
	return !(*v == 'F' || *v == '0' || !strncmp(v, "OFF", 3) || !strncmp(v, "NO", 2));
}

static uint32_t code_in_brackets(dyad_strtab *strs, uint32_t base, const char *p)
{
	const char *b = strchr(p, '[');
	if (!b)
		return NONE;
	const char *e = strchr(b, ']');
	if (!e)
		return NONE;
	b++;
	while (b < e && *b == ' ')
		b++;
	size_t n = (size_t)(e - b);
	while (n && b[n - 1] == ' ')
		n--;
	if (!n)
		return NONE;
	int64_t id = dyad_strtab_intern(strs, b, n);
	return id < 0 ? NONE : base + (uint32_t)id;
}

int lex_options_apply(dyad_strtab *strs, uint32_t base, lex_u32_vec *labels, lex_options *o,
                      const char *line)
{
	char s[1024];
	prep(line, s, sizeof s);
	if (!s[0])
		return 0;
	if (!strncmp(s, "COMP", 4) && strchr(s, ':')) {
		const char *a = strchr(s, ':') + 1;
		/* each COMPLEX: command replaces all earlier settings */
		o->complex_verbs = o->complex_actors = o->complex_pronouns = 0;
		o->complex_conj = o->complex_comma = o->complex_lateverb = 0;
		o->noactprior = o->noactafter = o->noverb = 0;
		o->nosource = o->notarget = o->noevent = o->explain = 0;
		if (has_word(a, "OFF"))
			return 0;
		int v;
		if ((v = bracket_num(a, "VERBS")) >= 0)
			o->complex_verbs = v;
		if ((v = bracket_num(a, "ACTORS")) >= 0)
			o->complex_actors = v;
		if ((v = bracket_num(a, "PRONOUNS")) >= 0)
			o->complex_pronouns = v;
		if ((v = bracket_num(a, "CONJ")) >= 0)
			o->complex_conj = v;
		if ((v = bracket_num(a, "COMMA")) >= 0)
			o->complex_comma = v;
		if ((v = bracket_num(a, "LATEVERB")) >= 0)
			o->complex_lateverb = v;
		if (strstr(a, "ACTPRIOR"))
			o->noactprior = 1;
		if (strstr(a, "ACTAFTER"))
			o->noactafter = 1;
		if (has_word(a, "NOVERB"))
			o->noverb = 1;
		if (has_word(a, "NOSOURCE"))
			o->nosource = 1;
		if (has_word(a, "NOTARGET"))
			o->notarget = 1;
		if (has_word(a, "NOEVENT"))
			o->noevent = 1;
		if (has_word(a, "EXPLAIN"))
			o->explain = 1;
		return 0;
	}
	if (!strncmp(s, "COMM", 4) && strchr(s, ':')) {
		const char *a = strchr(s, ':') + 1;
		if (has_word(a, "OFF")) {
			o->comma_off = 1;
			return 0;
		}
		o->comma_off = 0;
		int v;
		if ((v = bracket_num(a, "BMIN")) >= 0)
			o->comma_bmin = v;
		if ((v = bracket_num(a, "BMAX")) >= 0)
			o->comma_bmax = v;
		if ((v = bracket_num(a, "EMIN")) >= 0)
			o->comma_emin = v;
		if ((v = bracket_num(a, "EMAX")) >= 0)
			o->comma_emax = v;
		/* MIN and MAX without a prefix */
		for (const char *p = strstr(a, "MIN"); p; p = strstr(p + 1, "MIN"))
			if (p == a || (p[-1] != 'B' && p[-1] != 'E')) {
				const char *q = p + 3;
				while (*q == ' ')
					q++;
				if (*q == '=' || *q == '[')
					o->comma_min = atoi(q + 1);
			}
		for (const char *p = strstr(a, "MAX"); p; p = strstr(p + 1, "MAX"))
			if (p == a || (p[-1] != 'B' && p[-1] != 'E')) {
				const char *q = p + 3;
				while (*q == ' ')
					q++;
				if (*q == '=' || *q == '[')
					o->comma_max = atoi(q + 1);
			}
		return 0;
	}
	if (!strncmp(s, "DEFA", 4) && strchr(s, ':')) {
		const char *a = strchr(s, ':') + 1;
		if (has_word(a, "OFF")) {
			o->default_on = 0;
			o->default_src = o->default_tgt = NONE;
			o->default_prior = o->default_after = 0;
			return 0;
		}
		const char *src = strstr(a, "SOURCE");
		const char *tgt = strstr(a, "TARGET");
		if (src) {
			const char *end = tgt && tgt > src ? tgt : src + strlen(src);
			char tmp[256];
			size_t n = (size_t)(end - src) < sizeof tmp - 1 ? (size_t)(end - src) : sizeof tmp - 1;
			memcpy(tmp, src, n);
			tmp[n] = '\0';
			o->default_src = code_in_brackets(strs, base, tmp);
			if (has_word(tmp, "PRIOR"))
				o->default_prior = 1;
		}
		if (tgt) {
			const char *end = src && src > tgt ? src : tgt + strlen(tgt);
			char tmp[256];
			size_t n = (size_t)(end - tgt) < sizeof tmp - 1 ? (size_t)(end - tgt) : sizeof tmp - 1;
			memcpy(tmp, tgt, n);
			tmp[n] = '\0';
			o->default_tgt = code_in_brackets(strs, base, tmp);
			if (has_word(tmp, "AFTER"))
				o->default_after = 1;
		}
		o->default_on = 1;
		return 0;
	}
	if (!strncmp(s, "FORW", 4) && strchr(s, ':')) {
		/* FORWARD: ^^*****NNN*SSS [DOC] [OFF] */
		const char *a = strchr(s, ':') + 1;
		while (*a == ' ')
			a++;
		while (*a == '^')
			a++;
		size_t n = 0;
		while (a[n] && a[n] != ' ' && n < sizeof o->forward_fmt - 1)
			n++;
		memcpy(o->forward_fmt, a, n);
		o->forward_fmt[n] = '\0';
		o->forward = strchr(o->forward_fmt, 'S') != NULL && !has_word(a + n, "OFF");
		return 0;
	}
	if (!strncmp(s, "NONE", 4) && strchr(s, ':')) {
		const char *a = strchr(s, ':') + 1;
		o->nonevents = has_word(a, "ONLY") ? 2 : has_word(a, "TRUE") ? 1 : 0;
		return 0;
	}
	if (!strncmp(s, "LABE", 4) && strchr(s, ':')) {
		const char *a = strchr(line, ':') + 1;
		const char *eq = strchr(a, '=');
		if (!eq)
			return -1;
		while (*a == ' ')
			a++;
		size_t cn = (size_t)(eq - a);
		while (cn && a[cn - 1] == ' ')
			cn--;
		const char *t = eq + 1;
		while (*t == ' ')
			t++;
		size_t tn = strlen(t);
		while (tn && (t[tn - 1] == ' ' || t[tn - 1] == '\r'))
			tn--;
		if (!labels)
			return 0;
		int64_t c = dyad_strtab_intern(strs, a, cn);
		int64_t l = dyad_strtab_intern(strs, t, tn);
		uint32_t *x = dyad_vec_push(labels);
		uint32_t *y = dyad_vec_push(labels);
		if (c < 0 || l < 0 || !x || !y)
			return -1;
		labels->v[labels->n - 2] = base + (uint32_t)c;
		labels->v[labels->n - 1] = base + (uint32_t)l;
		return 0;
	}
	if (!strncmp(s, "SET", 3) && strchr(s, ':')) {
		const char *a = strchr(s, ':') + 1;
		while (*a == ' ')
			a++;
		if (!strncmp(a, "CODE", 4) && strstr(a, "BY") == NULL && strstr(a, "ALL")) {
			o->code_by = 2;
		} else if (!strncmp(a, "CODE", 4)) {
			if (strstr(a, "SENTENCE"))
				o->code_by = 1;
			else if (strstr(a, "ALL"))
				o->code_by = 2;
			else
				o->code_by = 0;
		} else if (!strncmp(a, "TIME", 4)) {
			o->time_shift = truth(a);
		} else if (!strncmp(a, "CONVERT", 7)) {
			o->convert_agents = truth(a);
		} else if (!strncmp(a, "YYYY", 4)) {
			o->yyyy = truth(a);
		} else if (!strncmp(a, "MINIMUM", 7)) {
			const char *eq = strchr(a, '=');
			o->min_words = eq ? atoi(eq + 1) : 0;
		} else if (!strncmp(a, "LABEL", 5)) {
			o->label = truth(a);
		} else if (!strncmp(a, "ATTRIBUTION", 11)) {
			o->attribution = truth(a);
		} else if (!strncmp(a, "NEGATION", 8)) {
			o->negation = truth(a);
		} else if (!strncmp(a, "MODALITY", 8)) {
			o->modality = truth(a);
		} else if (!strncmp(a, "VIA", 3)) {
			o->via = truth(a);
		} else if (!strncmp(a, "COREFERENCE", 11)) {
			o->coreference = truth(a);
		} else if (!strncmp(a, "EVENT DATES", 11)) {
			o->event_dates = truth(a);
		} else if (!strncmp(a, "NEWS GRAMMAR", 12)) {
			o->news_grammar = truth(a);
		} else if (!strncmp(a, "RECIPROCAL", 10)) {
			o->reciprocal = truth(a);
		} else if (!strncmp(a, "CLEAN TEXT", 10)) {
			o->clean_text = truth(a);
		} else if (!strncmp(a, "COMMA VERBS", 11)) {
			o->comma_verbs = truth(a);
		} else if (!strncmp(a, "NEWS", 4)) {
			int t = truth(a);
			o->attribution = o->negation = o->modality = t;
			o->via = o->coreference = o->event_dates = t;
			o->comma_verbs = o->clean_text = o->news_grammar = t;
			o->reciprocal = t;
		} else if (strncmp(a, "SKIP", 4) && strncmp(a, "VERB", 4) && strncmp(a, "ACTOR", 5) &&
		           strncmp(a, "AGENT", 5) && strncmp(a, "DUP", 3) && strncmp(a, "HAIKU", 5) &&
		           strncmp(a, "FBIS", 4) && strncmp(a, "MATCH", 5) && !strstr(a, "USAGE")) {
			return -1;
		}
		return 0;
	}
	/* commands that do not change coding */
	static const char *const ignored[] = {"OUTP", "ISSU", "FREQ", NULL};
	for (int i = 0; ignored[i]; i++)
		if (!strncmp(s, ignored[i], 4) && strchr(s, ':'))
			return 0;
	return -1;
}

/* ---- finish ------------------------------------------------------------ */

typedef struct phr_key {
	uint32_t word, id, nel, len;
	uint32_t sect, l2, pos; /* second sort: see lexicon_finish */
} phr_key;

/* Within a first word: one-word phrases, other phrases, then the phrases
 * whose second word must be the next word, by that word; each in the
 * first order (pos). */
static int cmp_sect(const void *a, const void *b)
{
	const phr_key *x = a, *y = b;
	if (x->word != y->word)
		return x->word < y->word ? -1 : 1;
	if (x->sect != y->sect)
		return x->sect < y->sect ? -1 : 1;
	if (x->l2 != y->l2)
		return x->l2 < y->l2 ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int cmp_phr(const void *a, const void *b)
{
	const phr_key *x = a, *y = b;
	if (x->word != y->word)
		return x->word < y->word ? -1 : 1;
	if (x->nel != y->nel)
		return x->nel > y->nel ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

typedef struct pat_key {
	uint32_t verb, id, len;
} pat_key;

static int cmp_pat(const void *a, const void *b)
{
	const pat_key *x = a, *y = b;
	if (x->verb != y->verb)
		return x->verb < y->verb ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

int dyad_lexicon_finish(dyad_lexicon *lx)
{
	if (!lx || lx->finished)
		return DYAD_EINVAL;
	/* patterns: grouped by verb, longest first, file order for ties */
	size_t np = lx->patterns.n;
	pat_key *pk = malloc((np ? np : 1) * sizeof *pk);
	lex_pattern *pv = malloc((np ? np : 1) * sizeof *pv);
	if (!pk || !pv) {
		free(pk);
		free(pv);
		return DYAD_ENOMEM;
	}
	for (size_t i = 0; i < np; i++) {
		pk[i].verb = lx->pat_owner.v[i];
		pk[i].id = (uint32_t)i;
		pk[i].len = lx->patterns.v[i].len;
	}
	qsort(pk, np, sizeof *pk, cmp_pat);
	for (size_t i = 0; i < lx->verbs.n; i++) {
		lx->verbs.v[i].pat_first = 0;
		lx->verbs.v[i].pat_n = 0;
	}
	for (size_t i = 0; i < np; i++) {
		pv[i] = lx->patterns.v[pk[i].id];
		lex_verb *v = &lx->verbs.v[pk[i].verb];
		if (v->pat_n == 0)
			v->pat_first = (uint32_t)i;
		v->pat_n++;
	}
	if (np)
		memcpy(lx->patterns.v, pv, np * sizeof *pv);
	/* the pre-filter literal of each pattern */
	for (size_t i = 0; i < np; i++) {
		lex_pattern *p = &lx->patterns.v[i];
		p->req = NONE;
		uint32_t best = 0;
		int depth = 0;
		for (uint32_t k = 0; k < p->seq.n; k++) {
			const lex_elem *e = &lx->elems.v[p->seq.first + k];
			if (e->type == EL_OPEN)
				depth++;
			else if (e->type == EL_CLOSE)
				depth--;
			else if (e->type == EL_WORD && depth == 0) {
				uint32_t l = dyad_strtab_len(&lx->strs, e->ref);
				if (l > best) {
					best = l;
					p->req = e->ref;
				}
			}
		}
	}
	lx->pat_req.n = 0;
	if (!dyad_vec_reserve(&lx->pat_req, np ? np : 1)) {
		free(pk);
		free(pv);
		return DYAD_ENOMEM;
	}
	for (size_t i = 0; i < np; i++)
		lx->pat_req.v[i] = lx->patterns.v[i].req;
	lx->pat_req.n = np;
	free(pk);
	free(pv);
	dyad_vec_free(&lx->pat_owner);

	/* pre-filter literal of each phrase */
	for (size_t i = 0; i < lx->phrases.n; i++) {
		lex_phrase *p = &lx->phrases.v[i];
		p->req = NONE;
		uint32_t best = 0;
		for (uint32_t k = 1; k < p->seq.n; k++) {
			const lex_elem *e = &lx->elems.v[p->seq.first + k];
			uint32_t l = e->type == EL_WORD ? dyad_strtab_len(&lx->strs, e->ref) : 0;
			if (l > best) {
				best = l;
				p->req = e->ref;
			}
		}
	}
	/* phrases grouped by first literal, more words first, then longer */
	size_t nph = lx->phrases.n;
	phr_key *k = malloc((nph ? nph : 1) * sizeof *k);
	if (!k)
		return DYAD_ENOMEM;
	size_t nk = 0;
	for (size_t i = 0; i < nph; i++) {
		const lex_phrase *p = &lx->phrases.v[i];
		const lex_elem *e = &lx->elems.v[p->seq.first];
		if (p->seq.n == 0 || e->type != EL_WORD)
			continue;
		k[nk].word = e->ref;
		k[nk].id = (uint32_t)i;
		k[nk].nel = p->seq.n;
		k[nk].len = p->len;
		nk++;
	}
	qsort(k, nk, sizeof *k, cmp_phr);
	/*
	 * Sections of a first word's phrases (see WPHR_PAIR): make_synt tries
	 * the one-word phrases and the others in turn, but looks up the phrases
	 * of the third section by the literals of the next word, since most
	 * phrases ("THE WHITE HOUSE") need their second word right after the
	 * first. cmp_phr's order, which breaks ties between equal matches, is
	 * kept in each section and restored by make_synt (dyad__phrase_before).
	 */
	for (size_t i = 0; i < nk; i++) {
		const lex_phrase *ph = &lx->phrases.v[k[i].id];
		const lex_elem *e0 = &lx->elems.v[ph->seq.first];
		k[i].pos = (uint32_t)i;
		k[i].l2 = 0;
		if (ph->seq.n == 1)
			k[i].sect = 0;
		else if (!(e0->conn & CONN_BIT_4000) && e0[1].type == EL_WORD && e0[1].ref < WPHR_PAIR) {
			k[i].sect = 2;
			k[i].l2 = e0[1].ref;
		} else {
			k[i].sect = 1;
		}
	}
	qsort(k, nk, sizeof *k, cmp_sect);
	lx->wphr.n = 0;
	lx->words.n = 0;
	if (!dyad_vec_reserve(&lx->wphr, nk) || !dyad_vec_reserve(&lx->words, lx->strs.n)) {
		free(k);
		return DYAD_ENOMEM;
	}
	lx->words.n = lx->strs.n;
	memset(lx->words.v, 0, lx->words.n * sizeof *lx->words.v);
	for (size_t i = 0; i < lx->elems.n; i++)
		if (lx->elems.v[i].type == EL_WORD)
			lx->words.v[lx->elems.v[i].ref].is_literal = 1;
	lx->wphr_req.n = 0;
	lx->litbloom.n = 0;
	if (!dyad_vec_reserve(&lx->wphr_req, nk) ||
	    !dyad_vec_reserve(&lx->litbloom, LEX_BLOOM_BITS / 32)) {
		free(k);
		return DYAD_ENOMEM;
	}
	for (size_t i = 0; i < nk; i++) {
		lex_word *w = &lx->words.v[k[i].word];
		if (w->phrases_n == 0)
			w->phrases_first = (uint32_t)lx->wphr.n;
		w->phrases_n++;
		const lex_phrase *ph = &lx->phrases.v[k[i].id];
		const lex_elem *e0 = ph->seq.n ? &lx->elems.v[ph->seq.first] : NULL;
		if (k[i].sect == 2)
			lx->wphr_req.v[lx->wphr.n] = WPHR_PAIR | k[i].l2;
		else if (ph->seq.n == 1 && e0->type == EL_WORD && e0->ref == k[i].word && ph->cat < 0x80)
			lx->wphr_req.v[lx->wphr.n] = WPHR_SINGLE | (uint32_t)ph->cat << 16 | e0->conn;
		else if (ph->req != NONE && ph->req >= WPHR_PAIR)
			lx->wphr_req.v[lx->wphr.n] = NONE; /* no pre-filter */
		else
			lx->wphr_req.v[lx->wphr.n] = ph->req;
		lx->wphr.v[lx->wphr.n++] = k[i].id;
	}
	lx->wphr_req.n = lx->wphr.n;
	/* the filter of the third section's pairs, about 16 bits a pair */
	size_t npair = 0;
	for (size_t i = 0; i < nk; i++)
		npair += k[i].sect == 2;
	size_t nblk = 64;
	while (nblk < npair / 2)
		nblk *= 2;
	lx->pairbloom.n = 0;
	if (!dyad_vec_reserve(&lx->pairbloom, nblk)) {
		free(k);
		return DYAD_ENOMEM;
	}
	lx->pairbloom.n = nblk;
	memset(lx->pairbloom.v, 0, nblk * sizeof *lx->pairbloom.v);
	for (size_t i = 0; i < nk; i++)
		if (k[i].sect == 2) {
			uint32_t h = lex_pair_hash(k[i].word, k[i].l2);
			lx->pairbloom.v[(h >> 10) & (nblk - 1)] |= (1u << (h & 31)) | (1u << ((h >> 5) & 31));
		}
	free(k);
	lx->litbloom.n = LEX_BLOOM_BITS / 32;
	memset(lx->litbloom.v, 0, lx->litbloom.n * sizeof *lx->litbloom.v);
	size_t nlit = 0;
	for (size_t i = 0; i < lx->words.n; i++)
		if (lx->words.v[i].is_literal) {
			uint32_t h = lx->strs.hashes[i] & (LEX_BLOOM_BITS - 1);
			lx->litbloom.v[h >> 5] |= 1u << (h & 31);
			nlit++;
		}
	size_t nslots = 64;
	while (nslots * 2 < nlit * 3)
		nslots *= 2;
	lx->litslots.n = 0;
	if (!dyad_vec_reserve(&lx->litslots, LIT_SLOT * nslots))
		return DYAD_ENOMEM;
	lx->litslots.n = LIT_SLOT * nslots;
	memset(lx->litslots.v, 0, lx->litslots.n * sizeof *lx->litslots.v);
	for (size_t i = 0; i < lx->words.n; i++)
		if (lx->words.v[i].is_literal) {
			uint32_t h = lx->strs.hashes[i], h2 = DYAD_HASH2_INIT;
			const char *str = lx->strs.pool + lx->strs.offs[i];
			for (uint32_t j = 0; j < lx->strs.lens[i]; j++)
				h2 = dyad_strtab_hash2_step(h2, (unsigned char)str[j]);
			uint32_t first = lx->words.v[i].phrases_first;
			uint32_t pn = lx->words.v[i].phrases_n, verify = 0;
			if (pn >= LIT_PHRASES_BIG || first >= (1u << LIT_FIRST_BITS))
				pn = LIT_PHRASES_BIG, first = 0;
			size_t slot = h & (nslots - 1);
			for (; lx->litslots.v[LIT_SLOT * slot + 2]; slot = (slot + 1) & (nslots - 1)) {
				uint32_t *o = lx->litslots.v + LIT_SLOT * slot;
				if (o[0] == h && o[1] == h2) /* both hashes agree: compare bytes */
					o[3] |= LIT_VERIFY, verify = LIT_VERIFY;
			}
			uint32_t *e = lx->litslots.v + LIT_SLOT * slot;
			e[0] = h;
			e[1] = h2;
			e[2] = (uint32_t)i + 1;
			e[3] = first | pn << LIT_FIRST_BITS | verify;
		}
	if (lx->opt.time_shift < 0)
		lx->opt.time_shift = lx->has_time;
	lx->finished = 1;
	return 0;
}
