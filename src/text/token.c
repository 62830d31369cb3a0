/*
 * text/token.c — TABARI-style word splitting with source offsets; see
 * token.h for the rules.
 */
#include "text/token.h"

#include <string.h>

#include "text/fold.h"

typedef struct {
	dyad_arena *a;
	dyad_token *v;
	size_t n, cap;
	/* the word being built */
	char nb[256];
	size_t nlen;
	uint32_t start, end;
	int has_lower, cap_first, first_letter_seen, active;
} tokstate;

static int push(tokstate *s, uint32_t off, uint32_t len, const char *norm, size_t nlen,
                uint8_t kind, int cap, int lower)
{
	if (s->n == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 64;
		dyad_token *nv = dyad_arena_alloc(s->a, nc * sizeof *nv);
		if (!nv)
			return -1;
		if (s->n)
			memcpy(nv, s->v, s->n * sizeof *nv);
		s->v = nv;
		s->cap = nc;
	}
	char *p = dyad_arena_strndup(s->a, norm, nlen);
	if (!p)
		return -1;
	dyad_token *t = &s->v[s->n++];
	t->off = off;
	t->len = len;
	t->norm = p;
	t->nlen = (uint32_t)nlen;
	t->cap = (uint8_t)cap;
	t->lower = (uint8_t)lower;
	if (kind == DYAD_TOK_WORD && nlen && norm[0] >= '0' && norm[0] <= '9')
		kind = DYAD_TOK_NUMBER;
	t->kind = kind;
	return 0;
}

static int flush(tokstate *s)
{
	if (!s->active)
		return 0;
	s->active = 0;
	/* Trim apostrophes used as quote marks at the edges. */
	size_t b = 0, e = s->nlen;
	while (b < e && s->nb[b] == '\'')
		b++;
	while (e > b && s->nb[e - 1] == '\'' && !(e >= 2 && s->nb[e - 2] == 'S'))
		e--;
	if (b == e)
		return 0;
	return push(s, s->start, s->end - s->start, s->nb + b, e - b, DYAD_TOK_WORD,
	            s->cap_first, s->has_lower);
}

static void add(tokstate *s, uint32_t off, uint32_t end, int32_t cp)
{
	if (!s->active) {
		s->active = 1;
		s->start = off;
		s->nlen = 0;
		s->has_lower = 0;
		s->cap_first = 0;
		s->first_letter_seen = 0;
	}
	s->end = end;
	if (cp < 0x80) {
		int up = cp >= 'A' && cp <= 'Z', lo = cp >= 'a' && cp <= 'z';
		if (!s->first_letter_seen && (up || lo)) {
			s->first_letter_seen = 1;
			s->cap_first = up;
		}
		if (lo)
			s->has_lower = 1;
		if (s->nlen + 1 < sizeof s->nb)
			s->nb[s->nlen++] = (char)(lo ? cp - 32 : cp);
		return;
	}
	char f[8];
	size_t k = dyad_fold_cp(cp, f);
	int is_upper = 0, is_lower = 0;
	if (cp < 0x80) {
		is_upper = cp >= 'A' && cp <= 'Z';
		is_lower = cp >= 'a' && cp <= 'z';
	} else if (k > 0) {
		/* A non-ASCII letter: lower case when folding changed it. */
		char lo = f[0];
		is_lower = (lo >= 'A' && lo <= 'Z') && cp >= 0xDF && cp != 0x0130;
		is_upper = !is_lower;
	}
	if (!s->first_letter_seen && (is_upper || is_lower)) {
		s->first_letter_seen = 1;
		s->cap_first = is_upper;
	}
	if (is_lower)
		s->has_lower = 1;
	if (s->nlen + k < sizeof s->nb)
		for (size_t i = 0; i < k; i++)
			s->nb[s->nlen++] = f[i];
}

static int is_digit_at(const char *t, size_t len, size_t i)
{
	return i < len && t[i] >= '0' && t[i] <= '9';
}

size_t dyad_tokenize(dyad_arena *a, const char *text, size_t len, dyad_token **out)
{
	tokstate s;
	memset(&s, 0, sizeof s);
	s.a = a;
	int32_t prev = ' ';
	size_t i = 0;
	while (i < len) {
		int32_t cp, c;
		size_t k;
		unsigned char b0 = (unsigned char)text[i];
		if (b0 < 0x80) {
			cp = c = b0;
			k = 1;
		} else {
			k = dyad_utf8_decode(text + i, len - i, &cp);
			c = dyad_fold_punct(cp);
		}
		uint32_t off = (uint32_t)i, end = (uint32_t)(i + k);
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
		    c == '-' || c == '?' || c == '!' || c == '[' || c == ']' || c == '{' ||
		    c == '}' || c == '*' || c == '|' || c == '<' || c == '>' || c == 0xFFFD ||
		    c == '/' || c == '_' || c == '&' || c == '%' || c == '\\' || c == '@' ||
		    c == '#' || c == '+' || c == '=' || c == '^' || c == '`' || c == '~') {
			if (flush(&s))
				return (size_t)-1;
		} else if (c == ';' || c == ':' || c == '(' || c == ')') {
			if (flush(&s) || push(&s, off, (uint32_t)k, ",", 1, DYAD_TOK_COMMA, 0, 0))
				return (size_t)-1;
		} else if (c == ',') {
			if (s.active && prev >= '0' && prev <= '9' &&
			    is_digit_at(text, len, i + 1)) {
				/* 1,500: the comma is dropped and the number goes on */
				s.end = end;
			} else {
				if (flush(&s) || push(&s, off, 1, ",", 1, DYAD_TOK_COMMA, 0, 0))
					return (size_t)-1;
			}
		} else if (c == '"') {
			if (flush(&s) || push(&s, off, (uint32_t)k, "\"", 1, DYAD_TOK_QUOTE, 0, 0))
				return (size_t)-1;
		} else if (c == '.') {
			/* TABARI: a period stays between digits (3.5) and after an
			 * upper-case letter (U.N.); otherwise it is a blank. */
			int digits = prev >= '0' && prev <= '9' && is_digit_at(text, len, i + 1);
			if (s.active && (digits || (prev >= 'A' && prev <= 'Z'))) {
				add(&s, off, end, '.');
			} else {
				if (flush(&s))
					return (size_t)-1;
			}
		} else {
			add(&s, off, end, cp);
		}
		prev = c;
		i += k;
	}
	if (flush(&s))
		return (size_t)-1;
	*out = s.v;
	return s.n;
}
