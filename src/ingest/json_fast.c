/*
 * ingest/json_fast.c — fast path for flat JSON Lines objects; see
 * json_fast.h. The grammar is RFC 8259 restricted to what jansson accepts
 * with flags 0: the parser declines (returns 0) on anything it is not sure
 * jansson would read the same way — any syntax error, "\u0000", lone
 * surrogates, integers that might overflow, long exponents, nesting deeper
 * than 32 — and the caller then asks jansson.
 */
#include "ingest/json_fast.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 32

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Does the word hold a byte below 0x20? */
static inline int has_ctl(uint64_t v)
{
	return ((v - ONES * 0x20) & ~v & HIGHS) != 0;
}

/* Does the word hold the byte b? */
static inline int has_byte(uint64_t v, unsigned char b)
{
	v ^= ONES * b;
	return ((v - ONES) & ~v & HIGHS) != 0;
}

/* Skip JSON white space. */
static size_t ws(const unsigned char *p, size_t n, size_t i)
{
	while (i < n &&
	       (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
		i++;
	return i;
}

/* Four hex digits at p (at least 4 bytes readable); -1 when not hex. */
static long hex4(const unsigned char *p)
{
	long v = 0;
	for (int k = 0; k < 4; k++) {
		unsigned char c = p[k];
		int d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* Write code point cp as UTF-8 at dst; returns the byte count. */
static size_t utf8_put(char *dst, unsigned long cp)
{
	if (cp < 0x80) {
		dst[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		dst[0] = (char)(0xC0 | (cp >> 6));
		dst[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		dst[0] = (char)(0xE0 | (cp >> 12));
		dst[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		dst[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	dst[0] = (char)(0xF0 | (cp >> 18));
	dst[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	dst[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	dst[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * The string whose opening quote is p[i]: returns the index after the
 * closing quote (0: decline) and its decoded length in *len. When dst is
 * not NULL the decoded bytes are written there; escapes never decode to
 * more bytes than they take, so end - i bytes of room are always enough.
 */
static size_t jstr(const unsigned char *p, size_t n, size_t i, char *dst,
                   size_t *len)
{
	size_t o = 0;
	i++;
	for (;;) {
		size_t s = i;
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, p + i, 8);
			if (has_ctl(v) || has_byte(v, '"') || has_byte(v, '\\'))
				break;
			i += 8;
		}
		while (i < n && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20)
			i++;
		if (dst)
			memcpy(dst + o, p + s, i - s);
		o += i - s;
		if (i >= n || p[i] < 0x20)
			return 0;
		if (p[i] == '"') {
			*len = o;
			return i + 1;
		}
		/* an escape */
		if (i + 1 >= n)
			return 0;
		char c;
		switch (p[i + 1]) {
		case '"':
			c = '"';
			break;
		case '\\':
			c = '\\';
			break;
		case '/':
			c = '/';
			break;
		case 'b':
			c = '\b';
			break;
		case 'f':
			c = '\f';
			break;
		case 'n':
			c = '\n';
			break;
		case 'r':
			c = '\r';
			break;
		case 't':
			c = '\t';
			break;
		case 'u': {
			if (i + 6 > n)
				return 0;
			long cp = hex4(p + i + 2);
			if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
				return 0; /* \u0000, bad hex, lone low surrogate */
			size_t used = 6;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (i + 12 > n || p[i + 6] != '\\' ||
				    p[i + 7] != 'u')
					return 0;
				long lo = hex4(p + i + 8);
				if (lo < 0xDC00 || lo > 0xDFFF)
					return 0;
				cp = 0x10000 + ((cp - 0xD800) << 10) +
				     (lo - 0xDC00);
				used = 12;
			}
			if (dst)
				o += utf8_put(dst + o, (unsigned long)cp);
			else
				o += cp < 0x80      ? 1
				     : cp < 0x800   ? 2
				     : cp < 0x10000 ? 3
				                    : 4;
			i += used;
			continue;
		}
		default:
			return 0;
		}
		if (dst)
			dst[o] = c;
		o++;
		i += 2;
	}
}

/*
 * The number at p[i]: returns the index after it (0: decline) and whether
 * jansson would make it an integer. Integers longer than 18 characters
 * might overflow and reals with 3-digit exponents might be out of range:
 * both are left to jansson.
 */
static size_t jnum(const unsigned char *p, size_t n, size_t i, int *is_int)
{
	size_t s = i;
	if (p[i] == '-')
		i++;
	if (i >= n)
		return 0;
	if (p[i] == '0') {
		i++;
	} else if (p[i] >= '1' && p[i] <= '9') {
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	} else {
		return 0;
	}
	*is_int = 1;
	if (i < n && p[i] == '.') {
		size_t d = ++i;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == d)
			return 0;
		*is_int = 0;
	}
	if (i < n && (p[i] == 'e' || p[i] == 'E')) {
		i++;
		if (i < n && (p[i] == '+' || p[i] == '-'))
			i++;
		size_t d = i;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == d || i - d > 2)
			return 0;
		*is_int = 0;
	}
	if (i - s > (*is_int ? 18u : 40u))
		return 0;
	return i;
}

/* "true", "false" or "null" at p[i]: index after it, or 0. */
static size_t jlit(const unsigned char *p, size_t n, size_t i)
{
	static const char *const lits[] = {"true", "false", "null"};
	for (int k = 0; k < 3; k++) {
		size_t l = strlen(lits[k]);
		if (n - i >= l && memcmp(p + i, lits[k], l) == 0)
			return i + l;
	}
	return 0;
}

/* Validate any value at p[i] without keeping it; index after it or 0. */
static size_t jvalue(const unsigned char *p, size_t n, size_t i, int depth)
{
	size_t len;
	int is_int;
	if (i >= n)
		return 0;
	switch (p[i]) {
	case '"':
		return jstr(p, n, i, NULL, &len);
	case 't':
	case 'f':
	case 'n':
		return jlit(p, n, i);
	case '{':
	case '[': {
		unsigned char close = p[i] == '{' ? '}' : ']';
		int obj = p[i] == '{';
		if (depth >= MAX_DEPTH)
			return 0;
		i = ws(p, n, i + 1);
		if (i < n && p[i] == close)
			return i + 1;
		for (;;) {
			if (obj) {
				if (i >= n || p[i] != '"')
					return 0;
				i = jstr(p, n, i, NULL, &len);
				if (!i)
					return 0;
				i = ws(p, n, i);
				if (i >= n || p[i] != ':')
					return 0;
				i = ws(p, n, i + 1);
			}
			i = jvalue(p, n, i, depth + 1);
			if (!i)
				return 0;
			i = ws(p, n, i);
			if (i < n && p[i] == ',') {
				i = ws(p, n, i + 1);
				continue;
			}
			if (i < n && p[i] == close)
				return i + 1;
			return 0;
		}
	}
	default:
		if (p[i] == '-' || (p[i] >= '0' && p[i] <= '9'))
			return jnum(p, n, i, &is_int);
		return 0;
	}
}

/*
 * Which of the fields the key starting at p[*i] names: 0 id, 1 date,
 * 2 title, 3 text, -1 another key; -2 to decline. *i moves past the key.
 */
static int key_of(const unsigned char *p, size_t n, size_t *i)
{
	static const char *const names[] = {"id", "date", "title", "text"};
	size_t len;
	size_t e = jstr(p, n, *i, NULL, &len);
	if (!e)
		return -2;
	int which = -1;
	if (len <= 5) {
		char key[8];
		jstr(p, n, *i, key, &len);
		for (int k = 0; k < 4; k++)
			if (strlen(names[k]) == len &&
			    memcmp(key, names[k], len) == 0)
				which = k;
	}
	*i = e;
	return which;
}

int dyad__json_fast(const char *cp, size_t n, dyad_arena *a, dyad_buf *text,
                    dyad__jrec *out)
{
	const unsigned char *p = (const unsigned char *)cp;
	dyad__jfield *fields[4] = {&out->id, &out->date, &out->title,
	                           &out->text};
	size_t from[4] = {0, 0, 0, 0}; /* where id/date/title values start */
	size_t len;
	int is_int;
	memset(out, 0, sizeof *out);
	size_t i = ws(p, n, 0);
	if (i >= n || p[i] != '{')
		return 0;
	i = ws(p, n, i + 1);
	if (i < n && p[i] == '}') {
		i++;
	} else {
		for (;;) {
			if (i >= n || p[i] != '"')
				return 0;
			int which = key_of(p, n, &i);
			if (which == -2)
				return 0;
			i = ws(p, n, i);
			if (i >= n || p[i] != ':')
				return 0;
			i = ws(p, n, i + 1);
			if (i >= n)
				return 0;
			dyad__jfield *f = which >= 0 ? fields[which] : NULL;
			size_t e;
			if (p[i] == '"' && which == 3) {
				dyad_buf_clear(text);
				if (dyad_buf_reserve(text, n - i) != 0)
					return -1;
				e = jstr(p, n, i, text->data, &len);
				if (!e)
					return 0;
				text->len = len;
				text->data[len] = '\0';
				f->kind = DYAD__JF_STRING;
			} else if (p[i] == '"') {
				e = jstr(p, n, i, NULL, &len);
				if (f) {
					f->kind = DYAD__JF_STRING;
					f->n = len;
					from[which] = i;
				}
			} else if (p[i] == '-' ||
			           (p[i] >= '0' && p[i] <= '9')) {
				e = jnum(p, n, i, &is_int);
				if (f) {
					f->kind = is_int ? DYAD__JF_INT
					                 : DYAD__JF_OTHER;
					f->n = e - i;
					from[which] = i;
				}
			} else {
				e = jvalue(p, n, i, 1);
				if (f)
					f->kind = p[i] == 'n' ? DYAD__JF_NULL
					                      : DYAD__JF_OTHER;
			}
			if (!e)
				return 0;
			i = ws(p, n, e);
			if (i < n && p[i] == ',') {
				i = ws(p, n, i + 1);
				continue;
			}
			if (i < n && p[i] == '}') {
				i++;
				break;
			}
			return 0;
		}
	}
	if (ws(p, n, i) != n)
		return 0;
	/* the line is good JSON: materialise the small fields */
	for (int k = 0; k < 3; k++) {
		dyad__jfield *f = fields[k];
		if (f->kind == DYAD__JF_STRING) {
			char *d = dyad_arena_alloc(a, f->n + 1);
			if (!d)
				return -1;
			jstr(p, n, from[k], d, &len);
			d[len] = '\0';
			f->s = d;
		} else if (f->kind == DYAD__JF_INT) {
			long long v = 0;
			size_t j = from[k];
			int neg = p[j] == '-';
			for (j += (size_t)neg; j < from[k] + f->n; j++)
				v = v * 10 + (p[j] - '0');
			char tmp[32];
			int l = snprintf(tmp, sizeof tmp, "%lld", neg ? -v : v);
			f->s = dyad_arena_strndup(a, tmp, (size_t)l);
			if (!f->s)
				return -1;
			f->n = (size_t)l;
		}
	}
	if (out->text.kind == DYAD__JF_STRING) {
		out->text.s = text->data;
		out->text.n = text->len;
	}
	return 1;
}
