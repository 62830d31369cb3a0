/*
 * text/token.c — TABARI-style word splitting with source offsets; see
 * token.h for the rules.
 */
#include "text/token.h"
#include "text/swar.h"

#include <string.h>

#include "text/fold.h"

typedef struct {
	dyad_arena *a;
	dyad_token *v;
	size_t n, cap;
	/* folded forms of all tokens, NUL-terminated one after another: at
	 * most 5 bytes per source byte (a 2-byte letter folds to at most 8
	 * bytes, and every token has at least one source byte for its NUL) */
	char *ob;
	size_t opos;
	/* the word being built: ob[wb .. wb + nlen) */
	size_t wb, nlen;
	uint32_t start, end;
	int has_lower, cap_first, first_letter_seen, active;
} tokstate;

#define MAXNORM 255 /* longer words are cut */

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int push(tokstate *s, uint32_t off, uint32_t len, const char *norm, size_t nlen,
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
	dyad_token *t = &s->v[s->n++];
	t->off = off;
	t->len = len;
	t->norm = norm;
	t->nlen = (uint32_t)nlen;
	t->cap = (uint8_t)cap;
	t->lower = (uint8_t)lower;
	if (kind == DYAD_TOK_WORD && nlen && norm[0] >= '0' && norm[0] <= '9')
		kind = DYAD_TOK_NUMBER;
	t->kind = kind;
	return 0;
}

/* A one-character token ("," or a quote). */
static int push_mark(tokstate *s, uint32_t off, uint32_t len, char ch, uint8_t kind)
{
	char *p = s->ob + s->opos;
	p[0] = ch;
	p[1] = '\0';
	s->opos += 2;
	return push(s, off, len, p, 1, kind, 0, 0);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int flush(tokstate *s)
{
	if (!s->active)
		return 0;
	s->active = 0;
	/* Trim apostrophes used as quote marks at the edges. */
	char *nb = s->ob + s->wb;
	size_t b = 0, e = s->nlen;
	while (b < e && nb[b] == '\'')
		b++;
	while (e > b && nb[e - 1] == '\'' && !(e >= 2 && nb[e - 2] == 'S'))
		e--;
	if (b == e) {
		s->opos = s->wb;
		return 0;
	}
	nb[e] = '\0';
	s->opos = s->wb + e + 1;
	return push(s, s->start, s->end - s->start, nb + b, e - b, DYAD_TOK_WORD,
	            s->cap_first, s->has_lower);
}

static void begin(tokstate *s, uint32_t off)
{
	s->active = 1;
	s->start = off;
	s->wb = s->opos;
	s->nlen = 0;
	s->has_lower = 0;
	s->cap_first = 0;
	s->first_letter_seen = 0;
}

/* An ASCII character of a word. */
static inline void add_ascii(tokstate *s, uint32_t off, uint32_t end, int cp)
{
	if (!s->active)
		begin(s, off);
	s->end = end;
	int up = cp >= 'A' && cp <= 'Z', lo = cp >= 'a' && cp <= 'z';
	if (!s->first_letter_seen && (up || lo)) {
		s->first_letter_seen = 1;
		s->cap_first = up;
	}
	if (lo)
		s->has_lower = 1;
	if (s->nlen < MAXNORM)
		s->ob[s->wb + s->nlen++] = (char)(lo ? cp - 32 : cp);
}

static void add(tokstate *s, uint32_t off, uint32_t end, int32_t cp)
{
	if (cp < 0x80) {
		add_ascii(s, off, end, (int)cp);
		return;
	}
	if (!s->active)
		begin(s, off);
	s->end = end;
	char f[8];
	size_t k = dyad_fold_cp(cp, f);
	int is_upper = 0, is_lower = 0;
	if (k > 0) {
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
	if (s->nlen + k <= MAXNORM)
		for (size_t i = 0; i < k; i++)
			s->ob[s->wb + s->nlen++] = f[i];
}

static int is_digit_at(const char *t, size_t len, size_t i)
{
	return i < len && t[i] >= '0' && t[i] <= '9';
}

/* What an ASCII character does. */
enum { C_WORD = 0, C_SEP, C_COMMALIKE, C_COMMA, C_QUOTE, C_PERIOD };

static const uint8_t ascii_class[128] = {
	['\t'] = C_SEP, ['\n'] = C_SEP, ['\v'] = C_SEP, ['\f'] = C_SEP, ['\r'] = C_SEP,
	[' '] = C_SEP, ['-'] = C_SEP, ['?'] = C_SEP, ['!'] = C_SEP, ['['] = C_SEP,
	[']'] = C_SEP, ['{'] = C_SEP, ['}'] = C_SEP, ['*'] = C_SEP, ['|'] = C_SEP,
	['<'] = C_SEP, ['>'] = C_SEP, ['/'] = C_SEP, ['_'] = C_SEP, ['&'] = C_SEP,
	['%'] = C_SEP, ['\\'] = C_SEP, ['@'] = C_SEP, ['#'] = C_SEP, ['+'] = C_SEP,
	['='] = C_SEP, ['^'] = C_SEP, ['`'] = C_SEP, ['~'] = C_SEP,
	[';'] = C_COMMALIKE, [':'] = C_COMMALIKE, ['('] = C_COMMALIKE, [')'] = C_COMMALIKE,
	[','] = C_COMMA, ['"'] = C_QUOTE, ['.'] = C_PERIOD,
};

/* Does the text at i end a sentence's last word: the end of the text, a
 * blank or separator, a closing quote or parenthesis (also U+201D and
 * U+2019)? */
static int ends_after(const char *t, size_t len, size_t i)
{
	if (i >= len)
		return 1;
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80)
		return c == '"' || c == ')' || ascii_class[c] == C_SEP;
	return i + 2 < len && c == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
	       ((unsigned char)t[i + 2] == 0x9D || (unsigned char)t[i + 2] == 0x99);
}

size_t dyad_tokenize(dyad_arena *a, const char *text, size_t len, dyad_token **out)
{
	tokstate s;
	memset(&s, 0, sizeof s);
	s.a = a;
	/* + 8: a reader may load any 8 bytes from a byte of a word (token.h) */
	s.ob = dyad_arena_alloc(a, 5 * len + 2 + 8);
	if (!s.ob)
		return (size_t)-1;
	int32_t prev = ' ';
	size_t i = 0;
	while (i < len) {
		int32_t cp, c;
		size_t k;
		unsigned char b0 = (unsigned char)text[i];
		if (b0 < 0x80) {
			uint8_t cl = ascii_class[b0];
			if (cl == C_WORD) {
				/* the common case: a run of ASCII letters and digits */
				if (!s.active)
					begin(&s, (uint32_t)i);
				char *o = s.ob + s.wb;
				size_t nl = s.nlen, j = i;
				int fls = s.first_letter_seen, cf = s.cap_first, hl = s.has_lower;
				unsigned char ch = b0;
				for (;;) {
#if DYAD__SWAR
					/* letters and digits eight at a time (the bytes
					 * written past the run are overwritten or unused) */
					if (j + 8 <= len && nl + 8 <= MAXNORM) {
						dyad__swar r;
						dyad__swar_run((const unsigned char *)text + j, &r);
						if (r.n) {
							uint64_t lt = r.lower | r.upper;
							if (!fls && lt) {
								fls = 1;
								cf = (r.upper & lt & (~lt + 1)) != 0;
							}
							hl |= r.lower != 0;
							uint64_t u = r.v - (r.lower >> 2);
							memcpy(o + nl, &u, 8);
							nl += r.n;
							j += r.n;
							if (j >= len)
								break;
							ch = (unsigned char)text[j];
							if (ch >= 0x80 || ascii_class[ch] != C_WORD)
								break;
							if (r.n == 8)
								continue;
						}
					}
#endif
					int lo = (unsigned)(ch - 'a') < 26u, up = (unsigned)(ch - 'A') < 26u;
					if (!fls && (up || lo)) {
						fls = 1;
						cf = up;
					}
					hl |= lo;
					if (nl < MAXNORM)
						o[nl++] = (char)(lo ? ch - 32 : ch);
					j++;
					if (j >= len)
						break;
					ch = (unsigned char)text[j];
					if (ch >= 0x80 || ascii_class[ch] != C_WORD)
						break;
				}
				s.nlen = nl;
				s.first_letter_seen = fls;
				s.cap_first = cf;
				s.has_lower = hl;
				s.end = (uint32_t)j;
				prev = (unsigned char)text[j - 1];
				i = j;
				continue;
			}
			cp = c = b0;
			k = 1;
		} else {
			k = dyad_utf8_decode(text + i, len - i, &cp);
			c = dyad_fold_punct(cp);
		}
		uint32_t off = (uint32_t)i, end = (uint32_t)(i + k);
		uint8_t cl = c < 0x80 ? ascii_class[c] : (c == 0xFFFD ? C_SEP : C_WORD);
		switch (cl) {
		case C_SEP:
			if (flush(&s))
				return (size_t)-1;
			break;
		case C_COMMALIKE:
			if (flush(&s) || push_mark(&s, off, (uint32_t)k, ',', DYAD_TOK_COMMA))
				return (size_t)-1;
			break;
		case C_COMMA:
			if (s.active && prev >= '0' && prev <= '9' && is_digit_at(text, len, i + 1)) {
				/* 1,500: the comma is dropped and the number goes on */
				s.end = end;
			} else {
				if (flush(&s) || push_mark(&s, off, 1, ',', DYAD_TOK_COMMA))
					return (size_t)-1;
			}
			break;
		case C_QUOTE:
			if (flush(&s) || push_mark(&s, off, (uint32_t)k, '"', DYAD_TOK_QUOTE))
				return (size_t)-1;
			break;
		case C_PERIOD: {
			/* TABARI: a period stays between digits (3.5) and after an
			 * upper-case letter (U.N.); otherwise it is a blank. */
			int digits = prev >= '0' && prev <= '9' && is_digit_at(text, len, i + 1);
			/* ... except at the end of a word of two or more capitals
			 * with no period of its own ("by the US."), where it ends
			 * the sentence, not an abbreviation. */
			int final = s.active && !digits && s.nlen >= 2 &&
			            !memchr(s.ob + s.wb, '.', s.nlen) && ends_after(text, len, i + 1);
			if (s.active && !final && (digits || (prev >= 'A' && prev <= 'Z'))) {
				add(&s, off, end, '.');
			} else {
				if (flush(&s))
					return (size_t)-1;
			}
			break;
		}
		default:
			add(&s, off, end, cp);
			break;
		}
		prev = c;
		i += k;
	}
	if (flush(&s))
		return (size_t)-1;
	*out = s.v;
	return s.n;
}
