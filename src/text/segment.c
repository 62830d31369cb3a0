/*
 * text/segment.c — news sentence splitter; see segment.h.
 */
#include "text/segment.h"

#include "text/swar.h"

#include <string.h>

/* Abbreviations after which a period does not end a sentence (folded to
 * lower case, without the final period). */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
	"gov", "sen", "rep", "rev", "st", "sr", "jr", "mt", "ft", "no", "vs", "etc", "inc", "ltd",
	"co", "corp", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "e.g", "i.e",
	"brig", "cmdr", "pres", "amb", "hon", "messrs", "mme", "mlle", "ave", "blvd", "approx",
	"fig", "vol", "ed", "al", "op", "pp", "d.c", "u.s.a", "u.a.e", "s.a", "l.a", "n.y"};

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Is the word ending just before text[dot] an abbreviation or an initial? */
static int is_abbrev(const char *t, size_t dot)
{
	size_t b = dot;
	while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '\t' && t[b - 1] != '(' &&
	       t[b - 1] != '"')
		b--;
	size_t n = dot - b;
	if (n == 0)
		return 0;
	if (n == 1 && t[b] >= 'A' && t[b] <= 'Z')
		return 1; /* an initial: "George W. Bush" */
	if (n > 8)
		return 0;
	char w[9];
	for (size_t i = 0; i < n; i++)
		w[i] = (char)lower((unsigned char)t[b + i]);
	w[n] = '\0';
	for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
		if (w[0] == abbrevs[i][0] && !strcmp(w, abbrevs[i]))
			return 1;
	/* dotted capitals like "U.S" or "N.A.T.O" */
	int dotted = 1;
	for (size_t i = 0; i < n; i++)
		if (!((i % 2 == 0 && t[b + i] >= 'A' && t[b + i] <= 'Z') || (i % 2 == 1 && t[b + i] == '.')))
			dotted = 0;
	return dotted && n >= 3;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

static int push(dyad_arena *a, dyad_range **v, size_t *n, size_t *cap, const char *t, size_t b,
                size_t e)
{
	while (b < e && is_ws(t[b]))
		b++;
	while (e > b && is_ws(t[e - 1]))
		e--;
	if (e <= b)
		return 0;
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		dyad_range *nv = dyad_arena_alloc(a, nc * sizeof *nv);
		if (!nv)
			return -1;
		if (*n)
			memcpy(nv, *v, *n * sizeof *nv);
		*v = nv;
		*cap = nc;
	}
	(*v)[*n].off = (uint32_t)b;
	(*v)[*n].len = (uint32_t)(e - b);
	(*n)++;
	return 0;
}

/* Does a sentence start at t[i] (after white space)? */
static int starts_sentence(const char *t, size_t len, size_t i)
{
	if (i >= len)
		return 1;
	unsigned char c = (unsigned char)t[i];
	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' ||
	    c == '[')
		return 1;
	if (c >= 0xC0)
		return 1; /* a non-ASCII letter or a typographic quote */
	if (c == 0xE2)
		return 1;
	return 0;
}

size_t dyad_segment(dyad_arena *a, const char *t, size_t len, dyad_range **out)
{
	dyad_range *v = NULL;
	size_t n = 0, cap = 0, start = 0;
	for (size_t i = 0; i < len; i++) {
		i += dyad__swar_find_stop((const unsigned char *)t, i, len);
		if (i >= len)
			break;
		char c = t[i];
		if (c == '\n') {
			if (push(a, &v, &n, &cap, t, start, i))
				return (size_t)-1;
			start = i + 1;
			continue;
		}
		if (c != '.' && c != '!' && c != '?')
			continue;
		size_t j = i + 1;
		/* closing quotes and brackets stay with the sentence */
		while (j < len && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']' ||
		                   (j + 2 < len && (unsigned char)t[j] == 0xE2 &&
		                    (unsigned char)t[j + 1] == 0x80 &&
		                    ((unsigned char)t[j + 2] == 0x9D || (unsigned char)t[j + 2] == 0x99)))) {
			j += (unsigned char)t[j] == 0xE2 ? 3 : 1;
		}
		if (j < len && !is_ws(t[j]))
			continue;
		size_t k = j;
		while (k < len && (t[k] == ' ' || t[k] == '\t'))
			k++;
		if (k < len && t[k] == '\n')
			continue; /* the line break ends it anyway */
		if (c == '.' && is_abbrev(t, i))
			continue;
		if (!starts_sentence(t, len, k))
			continue;
		if (push(a, &v, &n, &cap, t, start, j))
			return (size_t)-1;
		start = j;
		i = j - 1;
	}
	if (push(a, &v, &n, &cap, t, start, len))
		return (size_t)-1;
	*out = v;
	return n;
}
