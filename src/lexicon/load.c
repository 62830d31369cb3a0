/*
 * lexicon/load.c — reader for TABARI-format dictionary files.
 *
 * Formats (TABARI 0.8.4 manual, chapters 5, 6 and 8):
 *   .actors   PHRASE [CODE] [CODE date-restriction] ... ; comment
 *             a bare PHRASE, +SYNONYM lines and indented [CODE ...] lines
 *             <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE>
 *   .agents   PHRASE [~ROLE] or [ROLE~]
 *   .verbs    ROOT [code]; {IRREGULAR FORMS}; "- pattern [code]" lines;
 *             <SYNSETS> &NAME +member ... </SYNSETS>, <TIME>, <ATTRIB>
 *   .options  see options.c
 * Lines beginning with # or // are comments; ~FINISH ends a file.
 * Extensions (docs/dictionaries.md): 8-digit YYYYMMDD dates; UTF-8 text with
 * diacritics (folded like the text); any file kind in a .project as often as
 * wanted.
 *
 * Every problem is a warning naming file and line; the entry is skipped.
 */
#include <dirent.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon_int.h"
#include "text/fold.h"
#include "util/buf.h"

#define NONE UINT32_MAX

/* ---- diagnostics ------------------------------------------------------ */

typedef struct loadctx {
	dyad_lexicon *lx;
	const char *file;
	uint32_t file_id;
	unsigned long line;
	int section;        /* SEC_* */
	int kind;           /* DYAD_DICT_* */
	/* actors: the current synonym group */
	int64_t group_actor;   /* actor id awaiting codes, -1 none */
	char errbuf[128];      /* message of the last malformed code */
	unsigned long group_line;
	uint32_t group_first_phrase;
	int group_has_codes;
	/* verbs */
	int64_t cur_verb;
	int64_t cur_synset;
	int depth;          /* .project nesting */
} loadctx;

enum { SEC_NONE = 0, SEC_NOUN, SEC_ADJ, SEC_SYNSETS, SEC_TIME, SEC_ATTRIB, SEC_PLACES, SEC_SKIP };

static void warn(loadctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(loadctx *c, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->lx->warnings++;
	if (c->lx->diag)
		c->lx->diag(c->lx->diag_ud, DYAD_DIAG_WARNING, c->file, c->line, msg);
}

/* ---- small helpers ---------------------------------------------------- */

static int is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; }

static void trim(const char **s, size_t *n)
{
	while (*n && is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_space((*s)[*n - 1]))
		(*n)--;
}

static int64_t intern(dyad_lexicon *lx, const char *s, size_t n)
{
	return dyad_strtab_intern(&lx->strs, s, n);
}

/* Upper-case, diacritic-free copy of s[0..n) into out (cap bytes). */
static size_t fold_str(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0, i = 0;
	while (i < n) {
		int32_t cp;
		size_t k = dyad_utf8_decode(s + i, n - i, &cp);
		char f[8];
		size_t m = dyad_fold_cp(cp, f);
		if (o + m >= cap)
			break;
		memcpy(out + o, f, m);
		o += m;
		i += k;
	}
	out[o] = '\0';
	return o;
}

static uint32_t add_src(loadctx *c)
{
	lex_srcline *s = dyad_vec_push(&c->lx->srcs);
	if (!s)
		return 0;
	s->file = c->file_id;
	s->line = (uint32_t)c->line;
	return (uint32_t)(c->lx->srcs.n - 1);
}

/* Two-digit years 00-29 are 2000-2029 (TABARI's pivot); 8 digits as is. */
int32_t lex_parse_date(const char *s, size_t n)
{
	if (n != 6 && n != 8)
		return -1;
	int32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	int32_t y, m, d;
	if (n == 6) {
		y = v / 10000;
		y += y <= 29 ? 2000 : 1900; /* TABARI's pivot: 00-29 are 2000-2029 */
	} else {
		y = v / 10000;
	}
	m = (v / 100) % 100;
	d = v % 100;
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	return y * 10000 + m * 100 + d;
}

/* ---- sequences (phrases and patterns) --------------------------------- */

static int64_t find_synset(dyad_lexicon *lx, const char *name, size_t n)
{
	int64_t sid = dyad_strtab_find(&lx->strs, name, n);
	if (sid < 0)
		return -1;
	for (size_t i = 0; i < lx->synset_names.n; i++)
		if (lx->synset_names.v[i] == (uint32_t)sid)
			return (int64_t)i;
	return -1;
}

/*
 * Normalise a phrase the way TABARI does before storing it: fold to upper
 * case, hyphens (except a leading one) to '_', blanks around { | } (but
 * "_{" and "}_" keep their underscore), no trailing blanks. Tabs count as
 * blanks.
 */
static size_t normalise_phrase(const char *s, size_t n, int for_pattern, char *out, size_t cap)
{
	char tmp[1024];
	size_t tn = fold_str(s, n, tmp, sizeof tmp);
	size_t o = 0;
	for (size_t i = 0; i < tn && o + 4 < cap; i++) {
		char ch = tmp[i];
		if (ch == '\t')
			ch = ' ';
		if (ch == '-' && i > 0)
			ch = '_';
		if (for_pattern && (ch == '{' || ch == '|' || ch == '}')) {
			if (o && out[o - 1] != ' ' && !(ch == '{' && out[o - 1] == '_'))
				out[o++] = ' ';
			out[o++] = ch;
			if (i + 1 < tn && tmp[i + 1] != ' ' && !(ch == '}' && tmp[i + 1] == '_'))
				out[o++] = ' ';
			continue;
		}
		out[o++] = ch;
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

/* Letters counted for pattern length: alphanumerics, '_' and '\''. */
static int len_char(char ch)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '\'' ||
	       (unsigned char)ch >= 0x80;
}

/* TABARI's pattern length: characters outside braces, plus the longest
 * alternative of every brace group. */
static void pattern_length(const char *s, size_t n, uint32_t *len, uint32_t *maxalt)
{
	uint32_t base = 0, alt = 0, cur = 0, best = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '{') {
			in = 1;
			cur = best = 0;
		} else if (ch == '|' && in) {
			if (cur > best)
				best = cur;
			cur = 0;
		} else if (ch == '}' && in) {
			if (cur > best)
				best = cur;
			alt += best;
			in = 0;
		} else if (len_char(ch)) {
			if (in)
				cur++;
			else
				base++;
		}
	}
	*len = base + alt;
	*maxalt = alt;
}

/*
 * Split a normalised phrase into elements with TABARI connectors. Tokens
 * end at ' ', '_', '~' or '='; the characters after a token give its
 * connector (see lexicon_int.h). In patterns, * $ + % ^ @ are pattern
 * tokens, &NAME a synset and { | } alternatives; elsewhere they are
 * ordinary characters of a word.
 */
static int parse_seq(loadctx *c, const char *s, size_t n, int for_pattern, lex_seq *out,
                     uint32_t *letters, int *nverb, const char **err, uint32_t *maxalt)
{
	dyad_lexicon *lx = c->lx;
	char buf[1024];
	if (n >= sizeof buf - 8) {
		*err = "phrase longer than 1000 bytes";
		return -1;
	}
	size_t bn = normalise_phrase(s, n, for_pattern, buf, sizeof buf);
	out->first = (uint32_t)lx->elems.n;
	out->n = 0;
	int verbs = 0, depth = 0;
	size_t i = 0;
	while (i < bn) {
		while (i < bn && (buf[i] == ' ' || buf[i] == '_'))
			i++;
		if (i >= bn)
			break;
		size_t b = i;
		while (i < bn && buf[i] != ' ' && buf[i] != '_' && buf[i] != '~' && buf[i] != '=')
			i++;
		size_t e = i;
		uint16_t conn;
		if (i >= bn) {
			conn = CONN_PART_SKIP;
		} else if (buf[i] == ' ') {
			conn = CONN_PART_SKIP;
		} else if (buf[i] == '~') {
			conn = CONN_PART_NEXT;
			i++;
			if (i < bn && buf[i] == '_')
				i++;
		} else if (buf[i] == '=') {
			conn = CONN_EQUAL;
			i++;
		} else { /* '_' */
			if (i + 1 >= bn || buf[i + 1] != ' ')
				conn = CONN_FULL_NEXT;
			else
				conn = CONN_FULL_SKIP;
			i++;
		}
		if (e == b)
			continue;
		lex_elem *el = dyad_vec_push(&lx->elems);
		if (!el) {
			*err = "out of memory";
			return -1;
		}
		el->conn = conn;
		size_t tl = e - b;
		char ch = buf[b];
		if (for_pattern && tl == 1 && (ch == '*' || ch == '$' || ch == '+' || ch == '%' ||
		                               ch == '^' || ch == '@' || ch == '{' || ch == '|' || ch == '}')) {
			switch (ch) {
			case '*': el->type = EL_VERB; verbs++; break;
			case '$': el->type = EL_SRC; break;
			case '+': el->type = EL_TGT; break;
			case '%': el->type = EL_COMP; break;
			case '^': el->type = EL_SKIP; break;
			case '@': el->type = EL_ATTR; break;
			case '{': el->type = EL_OPEN; depth++; break;
			case '|': el->type = EL_OR; break;
			default: el->type = EL_CLOSE; depth--; break;
			}
		} else if (for_pattern && ch == '&') {
			int64_t sy = find_synset(lx, buf + b, tl);
			if (sy < 0) {
				*err = "undeclared &synset designator";
				lx->elems.n = out->first;
				return -1;
			}
			el->type = EL_SYNSET;
			el->ref = (uint32_t)sy;
			/* TABARI stores synset references with their own connector
			 * bits: blank or end -> no prefix match, gap allowed;
			 * anything else -> prefix match, adjacent */
			el->conn = conn == CONN_PART_SKIP ? CONN_FULL_SKIP : CONN_PART_NEXT;
		} else {
			int64_t id = intern(lx, buf + b, tl);
			if (id < 0) {
				*err = "out of memory";
				return -1;
			}
			el->type = EL_WORD;
			el->ref = (uint32_t)id;
		}
		out->n++;
	}
	if (depth != 0) {
		*err = "unbalanced { } in alternative pattern";
		lx->elems.n = out->first;
		return -1;
	}
	if (out->n == 0) {
		*err = "empty phrase";
		return -1;
	}
	if (letters) {
		uint32_t ml;
		pattern_length(buf, bn, letters, &ml);
		if (maxalt)
			*maxalt = ml;
	}
	if (nverb)
		*nverb = verbs;
	return 0;
}

/* ---- code blocks ------------------------------------------------------ */

/* Find the [...] blocks of a line: the phrase is what precedes the first. */
typedef struct block {
	const char *s;
	size_t n;
} block;

static int split_blocks(const char *s, size_t n, size_t *phrase_len, block *bl, int max, int *nb,
                        const char **err)
{
	size_t i = 0;
	while (i < n && s[i] != '[')
		i++;
	*phrase_len = i;
	*nb = 0;
	while (i < n) {
		if (s[i] == '[') {
			size_t j = i + 1;
			while (j < n && s[j] != ']' && s[j] != '[')
				j++;
			if (j >= n || s[j] != ']') {
				*err = "missing ] in code";
				return -1;
			}
			if (*nb < max) {
				bl[*nb].s = s + i + 1;
				bl[*nb].n = j - i - 1;
				(*nb)++;
			}
			i = j + 1;
		} else if (is_space(s[i])) {
			i++;
		} else if (s[i] == ']') {
			*err = "missing [ in code";
			return -1;
		} else {
			/* text after a code block: TABARI ignores it */
			break;
		}
	}
	return 0;
}

static int is_null_code(const char *s, size_t n)
{
	size_t dashes = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-')
			dashes++;
		else if (!is_space(s[i]))
			return 0;
	}
	return dashes == 3;
}

/*
 * A code ("USAGOV", "0231"): letters and digits only, at most 63 of them,
 * folded to upper case and interned. what names it in the message
 * ("code", "paired code" ...). Returns 0 and *id, or -1 with *err set.
 */
static int intern_code(loadctx *c, const char *s, size_t n, const char *what, uint32_t *id,
                       const char **err)
{
	char *errbuf = c->errbuf;
	size_t errcap = sizeof c->errbuf;
	char up[64];
	if (n == 0 || n >= sizeof up) {
		snprintf(errbuf, errcap, n ? "%s longer than 63 characters" : "no %s in [...]", what);
		*err = errbuf;
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) {
			snprintf(errbuf, errcap, "%s contains a character that is not a letter or digit",
			         what);
			*err = errbuf;
			return -1;
		}
		up[i] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 32) : ch;
	}
	int64_t v = intern(c->lx, up, n);
	if (v < 0) {
		*err = "out of memory";
		return -1;
	}
	*id = (uint32_t)v;
	return 0;
}

/* Parse an event-code block: 023 | 023? | 111! | 032:033 | --- | ### | +++ | -7 */
static int parse_vcode(loadctx *c, const char *s, size_t n, int time_section, lex_vcode *vc,
                       const char **err)
{
	memset(vc, 0, sizeof *vc);
	vc->code = vc->code2 = NONE;
	trim(&s, &n);
	if (n == 0) {
		*err = "no code in [...]";
		return -1;
	}
	if (is_null_code(s, n)) {
		vc->flags = CF_NULL;
		return 0;
	}
	if (n == 3 && memcmp(s, "###", 3) == 0) {
		vc->flags = CF_DISCARD;
		return 0;
	}
	if (n == 3 && memcmp(s, "+++", 3) == 0) {
		vc->flags = CF_COMPLEX;
		return 0;
	}
	if (time_section) {
		char tmp[32];
		if (n >= sizeof tmp) {
			*err = "bad time shift";
			return -1;
		}
		memcpy(tmp, s, n);
		tmp[n] = '\0';
		char *end;
		long v = strtol(tmp, &end, 10);
		if (*end != '\0') {
			*err = "time shift is not a number of days";
			return -1;
		}
		if (v > 8192 || v < -8192) {
			warn(c, "time shift larger than 8192 days set to 0");
			v = 0;
		}
		vc->shift = (int32_t)v;
		vc->code = (uint32_t)intern(c->lx, tmp, n);
		return 0;
	}
	if (s[n - 1] == '?') {
		vc->flags |= CF_SUBORD;
		n--;
	} else if (s[n - 1] == '!') {
		vc->flags |= CF_DOMINANT;
		n--;
	}
	trim(&s, &n);
	const char *colon = memchr(s, ':', n);
	size_t n1 = colon ? (size_t)(colon - s) : n;
	const char *a = s;
	size_t an = n1;
	trim(&a, &an);
	if (intern_code(c, a, an, "code", &vc->code, err) != 0)
		return -1;
	if (colon) {
		const char *b = colon + 1;
		size_t bn = n - n1 - 1;
		trim(&b, &bn);
		if (intern_code(c, b, bn, "paired code", &vc->code2, err) != 0)
			return -1;
	}
	return 0;
}

/* Parse an actor code block "CODE[/CODE...] [restriction]" into an acode. */
static int parse_acode(loadctx *c, const char *s, size_t n, lex_acode *ac, const char **err)
{
	memset(ac, 0, sizeof *ac);
	ac->from = INT32_MIN;
	ac->to = INT32_MAX;
	ac->dflt = 1;
	trim(&s, &n);
	if (n == 0) {
		*err = "no code in [...]";
		return -1;
	}
	/* the code part: up to the first blank, '<', '>' or digit run that is a date */
	size_t i = 0;
	if (n >= 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "###", 3) == 0 || memcmp(s, "+++", 3) == 0)) {
		ac->flags = s[0] == '-' ? CF_NULL : s[0] == '#' ? CF_DISCARD : CF_COMPLEX;
		i = 3;
	} else if (n >= 5 && memcmp(s, "- - -", 5) == 0) {
		ac->flags = CF_NULL;
		i = 5;
	} else {
		while (i < n && !is_space(s[i]) && s[i] != '<' && s[i] != '>')
			i++;
		/* "950601-990815" with no code: the code is missing */
		const char *code = s;
		size_t cn = i;
		if (cn && code[0] >= '0' && code[0] <= '9') {
			int digits = 1;
			for (size_t k = 0; k < cn; k++)
				if (!((code[k] >= '0' && code[k] <= '9') || code[k] == '-'))
					digits = 0;
			if (digits && cn >= 6) {
				*err = "date restriction without a code";
				return -1;
			}
		}
		ac->codes = (uint32_t)c->lx->codelist.n;
		size_t b = 0;
		for (size_t k = 0; k <= cn; k++) {
			if (k == cn || code[k] == '/') {
				if (k == b) {
					*err = "empty code in a coded compound";
					return -1;
				}
				uint32_t id;
				if (intern_code(c, code + b, k - b, "actor code", &id, err) != 0) {
					c->lx->codelist.n = ac->codes;
					return -1;
				}
				uint32_t *slot = dyad_vec_push(&c->lx->codelist);
				if (!slot) {
					*err = "out of memory";
					return -1;
				}
				*slot = id;
				ac->ncodes++;
				b = k + 1;
			}
		}
	}
	/* the restriction */
	const char *r = s + i;
	size_t rn = n - i;
	trim(&r, &rn);
	if (rn == 0)
		return 0;
	ac->dflt = 0;
	char d1[16], d2[16];
	size_t l1 = 0, l2 = 0;
	int mode = 0; /* 1 '<', 2 '>', 3 range */
	size_t k = 0;
	if (r[0] == '<' || r[0] == '>') {
		mode = r[0] == '<' ? 1 : 2;
		k = 1;
	}
	while (k < rn && is_space(r[k]))
		k++;
	while (k < rn && r[k] >= '0' && r[k] <= '9' && l1 < sizeof d1 - 1)
		d1[l1++] = r[k++];
	while (k < rn && is_space(r[k]))
		k++;
	if (!mode && k < rn && r[k] == '-') {
		mode = 3;
		k++;
		while (k < rn && is_space(r[k]))
			k++;
		while (k < rn && r[k] >= '0' && r[k] <= '9' && l2 < sizeof d2 - 1)
			d2[l2++] = r[k++];
	}
	while (k < rn && is_space(r[k]))
		k++;
	if (k != rn || !mode) {
		*err = "bad date restriction";
		return -1;
	}
	int32_t a = lex_parse_date(d1, l1);
	if (a < 0) {
		*err = "bad date in restriction";
		return -1;
	}
	if (mode == 1)
		ac->to = a;
	else if (mode == 2)
		ac->from = a;
	else {
		int32_t b2 = lex_parse_date(d2, l2);
		if (b2 < 0) {
			*err = "bad date in restriction";
			return -1;
		}
		ac->from = a;
		ac->to = b2;
	}
	return 0;
}

/* ---- entries ---------------------------------------------------------- */

static int64_t add_phrase(loadctx *c, lex_seq seq, uint8_t cat, uint32_t target, uint32_t letters)
{
	lex_phrase *p = dyad_vec_push(&c->lx->phrases);
	if (!p)
		return -1;
	p->seq = seq;
	p->cat = cat;
	p->target = target;
	p->len = letters;
	p->src = add_src(c);
	c->lx->counts[cat]++;
	return (int64_t)(c->lx->phrases.n - 1);
}

static int64_t new_actor(loadctx *c)
{
	lex_actor *a = dyad_vec_push(&c->lx->actors);
	if (!a)
		return -1;
	memset(a, 0, sizeof *a);
	a->first = (uint32_t)c->lx->acodes.n;
	a->parent = NONE;
	a->place = c->section == SEC_PLACES;
	return (int64_t)(c->lx->actors.n - 1);
}

/* Append code blocks to actor `aid` (they must be the actor's last codes). */
static int actor_add_blocks(loadctx *c, int64_t aid, block *bl, int nb)
{
	dyad_lexicon *lx = c->lx;
	for (int b = 0; b < nb; b++) {
		lex_acode ac;
		const char *err = NULL;
		if (parse_acode(c, bl[b].s, bl[b].n, &ac, &err) != 0) {
			warn(c, "%s; entry skipped", err);
			return -1;
		}
		lex_acode *slot = dyad_vec_push(&lx->acodes);
		if (!slot)
			return -1;
		*slot = ac;
		lx->actors.v[aid].n++;
	}
	return 0;
}

/* After an actor's codes are complete: TABARI adds a null default when
 * only restricted codes are given. */
static void actor_close(loadctx *c, int64_t aid)
{
	if (aid < 0)
		return;
	dyad_lexicon *lx = c->lx;
	lex_actor *a = &lx->actors.v[aid];
	int has_default = 0;
	for (uint32_t i = 0; i < a->n; i++)
		if (lx->acodes.v[a->first + i].dflt)
			has_default = 1;
	if (!has_default && a->n) {
		lex_acode *slot = dyad_vec_push(&lx->acodes);
		if (!slot)
			return;
		memset(slot, 0, sizeof *slot);
		slot->from = INT32_MIN;
		slot->to = INT32_MAX;
		slot->dflt = 1;
		slot->flags = CF_NULL;
		lx->actors.v[aid].n++;
	}
}

static void group_end(loadctx *c)
{
	if (c->group_actor >= 0) {
		if (!c->group_has_codes) {
			unsigned long save = c->line;
			c->line = c->group_line;
			warn(c, "actor has no [code]; it is kept as a null-coded actor");
			c->line = save;
			/* the phrases stay but point at an actor with no codes: they
			 * then behave like null-coded actors */
		}
		actor_close(c, c->group_actor);
	}
	c->group_actor = -1;
	c->group_has_codes = 0;
}

static void do_actor_line(loadctx *c, const char *s, size_t n, int indented)
{
	dyad_lexicon *lx = c->lx;
	const char *err = NULL;
	size_t plen;
	block bl[32];
	int nb;
	if (indented && s[0] == '[') {
		if (c->group_actor < 0) {
			warn(c, "date-restriction line without an actor; line skipped");
			return;
		}
		if (split_blocks(s, n, &plen, bl, 32, &nb, &err) != 0) {
			warn(c, "%s; line skipped", err);
			return;
		}
		/* codes must come before the group's default: keep order */
		if (actor_add_blocks(c, c->group_actor, bl, nb) == 0)
			c->group_has_codes = 1;
		return;
	}
	if (s[0] == '+') {
		if (c->group_actor < 0) {
			warn(c, "synonym '+' without an actor before it; line skipped");
			return;
		}
		lex_seq seq;
		uint32_t letters;
		if (parse_seq(c, s + 1, n - 1, 0, &seq, &letters, NULL, &err, NULL) != 0) {
			warn(c, "%s; synonym skipped", err);
			return;
		}
		int64_t ph = add_phrase(c, seq, CAT_ACTOR, (uint32_t)c->group_actor, letters);
		(void)ph;
		return;
	}
	group_end(c);
	if (split_blocks(s, n, &plen, bl, 32, &nb, &err) != 0) {
		warn(c, "%s; entry skipped", err);
		return;
	}
	const char *ph = s;
	size_t pn = plen;
	trim(&ph, &pn);
	if (pn == 0) {
		warn(c, "phrase missing before the code; entry skipped");
		return;
	}
	lex_seq seq;
	uint32_t letters;
	if (parse_seq(c, ph, pn, 0, &seq, &letters, NULL, &err, NULL) != 0) {
		warn(c, "%s; entry skipped", err);
		return;
	}
	if (c->section == SEC_NOUN || c->section == SEC_ADJ) {
		add_phrase(c, seq, c->section == SEC_NOUN ? CAT_NOUN : CAT_ADJ, 0, letters);
		return;
	}
	int64_t aid = new_actor(c);
	if (aid < 0)
		return;
	int64_t pid = add_phrase(c, seq, CAT_ACTOR, (uint32_t)aid, letters);
	if (pid < 0)
		return;
	lx->actors.v[aid].parent = (uint32_t)pid;
	if (nb == 0) {
		/* a synonym group: codes on following lines */
		c->group_actor = aid;
		c->group_line = c->line;
		c->group_first_phrase = (uint32_t)pid;
		c->group_has_codes = 0;
		return;
	}
	if (actor_add_blocks(c, aid, bl, nb) != 0) {
		/* leave the phrase as a null actor so it still blocks matches */
		return;
	}
	/* codes may continue on indented lines */
	c->group_actor = aid;
	c->group_has_codes = 1;
}

static void do_agent_line(loadctx *c, const char *s, size_t n)
{
	const char *err = NULL;
	size_t plen;
	block bl[4];
	int nb;
	if (split_blocks(s, n, &plen, bl, 4, &nb, &err) != 0) {
		warn(c, "%s; entry skipped", err);
		return;
	}
	const char *ph = s;
	size_t pn = plen;
	trim(&ph, &pn);
	if (pn == 0 || nb == 0) {
		warn(c, nb == 0 ? "agent without a [code]; entry skipped"
		                : "phrase missing before the code; entry skipped");
		return;
	}
	const char *cs = bl[0].s;
	size_t cn = bl[0].n;
	trim(&cs, &cn);
	lex_agent ag;
	memset(&ag, 0, sizeof ag);
	if (is_null_code(cs, cn) || (cn == 3 && memcmp(cs, "---", 3) == 0)) {
		ag.flags = CF_NULL;
		ag.code = NONE;
	} else {
		const char *tilde = memchr(cs, '~', cn);
		if (!tilde) {
			warn(c, "missing ~ connector in agent code; entry skipped");
			return;
		}
		const char *code;
		size_t len;
		if (tilde == cs) {
			ag.suffix = 1;
			code = cs + 1;
			len = cn - 1;
		} else {
			ag.suffix = 0;
			code = cs;
			len = (size_t)(tilde - cs);
		}
		trim(&code, &len);
		const char *e2;
		if (intern_code(c, code, len, "agent code", &ag.code, &e2) != 0) {
			warn(c, "%s; entry skipped", e2);
			return;
		}
	}
	lex_seq seq;
	uint32_t letters;
	if (parse_seq(c, ph, pn, 0, &seq, &letters, NULL, &err, NULL) != 0) {
		warn(c, "%s; entry skipped", err);
		return;
	}
	lex_agent *slot = dyad_vec_push(&c->lx->agents);
	if (!slot)
		return;
	*slot = ag;
	add_phrase(c, seq, CAT_AGENT, (uint32_t)(c->lx->agents.n - 1), letters);
}

static void do_synset_line(loadctx *c, const char *s, size_t n)
{
	dyad_lexicon *lx = c->lx;
	if (s[0] == '&') {
		char nm[256];
		size_t nl = fold_str(s, n, nm, sizeof nm);
		while (nl && is_space(nm[nl - 1]))
			nl--;
		if (find_synset(lx, nm, nl) >= 0) {
			/* a repeated name continues the same set */
			c->cur_synset = find_synset(lx, nm, nl);
			return;
		}
		int64_t sid = intern(lx, nm, nl);
		uint32_t *a = dyad_vec_push(&lx->synset_names);
		if (sid < 0 || !a)
			return;
		*a = (uint32_t)sid;
		uint32_t *f = dyad_vec_push(&lx->synsets);
		uint32_t *m = dyad_vec_push(&lx->synsets);
		if (!f || !m)
			return;
		c->cur_synset = (int64_t)(lx->synset_names.n - 1);
		/* members are gathered in finish(); store (first,n) = (NONE,0) */
		lx->synsets.v[lx->synsets.n - 2] = NONE;
		lx->synsets.v[lx->synsets.n - 1] = 0;
		return;
	}
	if (s[0] != '+') {
		warn(c, "line in <SYNSETS> is neither &NAME nor +member; line skipped");
		return;
	}
	if (c->cur_synset < 0) {
		warn(c, "synset member before any &NAME; line skipped");
		return;
	}
	lex_seq seq;
	uint32_t letters;
	const char *err = NULL;
	if (parse_seq(c, s + 1, n - 1, 1, &seq, &letters, NULL, &err, NULL) != 0) {
		warn(c, "%s; synset member skipped", err);
		return;
	}
	/* a member may only name synsets declared before this one: no set can
	 * then contain itself, directly or through others */
	for (uint32_t k = 0; k < seq.n; k++) {
		const lex_elem *e = &lx->elems.v[seq.first + k];
		if (e->type == EL_SYNSET && e->ref >= (uint32_t)c->cur_synset) {
			warn(c, "synset member names its own set or a later one; member skipped");
			lx->elems.n = seq.first;
			return;
		}
	}
	/* members of one synset must be contiguous: a synset whose members are
	 * interleaved with another's is moved to the end. */
	uint32_t sy = (uint32_t)c->cur_synset;
	uint32_t first = lx->synsets.v[2 * sy], cnt = lx->synsets.v[2 * sy + 1];
	if (cnt && first + cnt != lx->synmembers.n) {
		uint32_t nf = (uint32_t)lx->synmembers.n;
		for (uint32_t k = 0; k < cnt; k++) {
			lex_pattern *d = dyad_vec_push(&lx->synmembers);
			if (!d)
				return;
			*d = lx->synmembers.v[first + k];
		}
		first = nf;
	}
	/* insert after all members at least as long (TABARI's order) */
	lex_pattern *d = dyad_vec_push(&lx->synmembers);
	if (!d)
		return;
	if (!cnt)
		first = (uint32_t)lx->synmembers.n - 1;
	uint32_t pos = first + cnt;
	while (pos > first && lx->synmembers.v[pos - 1].len < letters) {
		lx->synmembers.v[pos] = lx->synmembers.v[pos - 1];
		pos--;
	}
	memset(&lx->synmembers.v[pos], 0, sizeof lx->synmembers.v[pos]);
	lx->synmembers.v[pos].seq = seq;
	lx->synmembers.v[pos].len = letters;
	lx->synmembers.v[pos].src = add_src(c);
	lx->synsets.v[2 * sy] = first;
	lx->synsets.v[2 * sy + 1] = cnt + 1;
}

static int64_t new_verb(loadctx *c, uint8_t cat)
{
	lex_verb *v = dyad_vec_push(&c->lx->verbs);
	if (!v)
		return -1;
	v->cat = cat;
	v->pat_first = NONE;
	v->code.code = v->code.code2 = NONE;
	v->src = add_src(c);
	return (int64_t)(c->lx->verbs.n - 1);
}

/* Patterns are kept in file order in a side list per verb until finish. */
static void do_verb_line(loadctx *c, const char *s, size_t n)
{
	dyad_lexicon *lx = c->lx;
	uint8_t cat = c->section == SEC_TIME ? CAT_TIME : c->section == SEC_ATTRIB ? CAT_ATTRIB : CAT_VERB;
	const char *err = NULL;
	if (s[0] == '{') {
		if (c->cur_verb < 0) {
			warn(c, "verb forms before any verb; line skipped");
			return;
		}
		const char *e = memchr(s, '}', n);
		if (!e) {
			warn(c, "missing } after verb forms; line skipped");
			return;
		}
		size_t i = 1, end = (size_t)(e - s);
		int forms = 0;
		while (i < end) {
			while (i < end && is_space(s[i]))
				i++;
			size_t b = i;
			while (i < end && !is_space(s[i]))
				i++;
			if (i > b) {
				lex_seq seq;
				uint32_t letters;
				if (parse_seq(c, s + b, i - b, 0, &seq, &letters, NULL, &err, NULL) != 0) {
					warn(c, "%s; verb form skipped", err);
					continue;
				}
				add_phrase(c, seq, cat, (uint32_t)c->cur_verb, letters);
				forms++;
			}
		}
		if (!forms)
			warn(c, "no verb forms inside {...}");
		return;
	}
	size_t plen;
	block bl[4];
	int nb;
	if (s[0] == '-' && n > 1 && is_space(s[1])) {
		if (c->cur_verb < 0) {
			warn(c, "pattern before any verb; line skipped");
			return;
		}
		if (split_blocks(s + 1, n - 1, &plen, bl, 4, &nb, &err) != 0) {
			warn(c, "%s; pattern skipped", err);
			return;
		}
		if (nb == 0) {
			warn(c, "pattern without a [code]; pattern skipped");
			return;
		}
		lex_vcode vc;
		if (parse_vcode(c, bl[0].s, bl[0].n, cat == CAT_TIME, &vc, &err) != 0) {
			warn(c, "%s; pattern skipped", err);
			return;
		}
		const char *ph = s + 1;
		size_t pn = plen;
		trim(&ph, &pn);
		lex_seq seq;
		uint32_t letters;
		int nverb = 0;
		uint32_t maxalt = 0;
		if (parse_seq(c, ph, pn, 1, &seq, &letters, &nverb, &err, &maxalt) != 0) {
			warn(c, "%s; pattern skipped", err);
			return;
		}
		if (nverb != 1) {
			warn(c, nverb ? "more than one verb marker '*' in pattern; pattern skipped"
			              : "missing verb marker '*' in pattern; pattern skipped");
			return;
		}
		lex_pattern *pt = dyad_vec_push(&lx->patterns);
		if (!pt)
			return;
		pt->seq = seq;
		pt->code = vc;
		pt->len = letters;
		pt->maxalt = maxalt;
		pt->src = add_src(c);
		uint32_t *own = dyad_vec_push(&lx->pat_owner);
		if (!own)
			return;
		*own = (uint32_t)c->cur_verb;
		lx->npatterns++;
		return;
	}
	/* a new verb root */
	if (split_blocks(s, n, &plen, bl, 4, &nb, &err) != 0) {
		warn(c, "%s; verb skipped", err);
		c->cur_verb = -1;
		return;
	}
	const char *ph = s;
	size_t pn = plen;
	trim(&ph, &pn);
	if (pn == 0) {
		warn(c, "phrase missing before the code; verb skipped");
		c->cur_verb = -1;
		return;
	}
	lex_vcode vc;
	if (nb == 0 && cat == CAT_ATTRIB) {
		/* attribution phrases need no code */
		memset(&vc, 0, sizeof vc);
		vc.code = vc.code2 = NONE;
		vc.flags = CF_NULL;
	} else if (nb == 0) {
		warn(c, "verb without a [code]; verb skipped");
		c->cur_verb = -1;
		return;
	} else if (parse_vcode(c, bl[0].s, bl[0].n, cat == CAT_TIME, &vc, &err) != 0) {
		warn(c, "%s; verb skipped", err);
		c->cur_verb = -1;
		return;
	}
	lex_seq seq;
	uint32_t letters;
	if (parse_seq(c, ph, pn, 0, &seq, &letters, NULL, &err, NULL) != 0) {
		warn(c, "%s; verb skipped", err);
		c->cur_verb = -1;
		return;
	}
	int64_t vid = new_verb(c, cat);
	if (vid < 0)
		return;
	lx->verbs.v[vid].code = vc;
	int64_t pid = add_phrase(c, seq, cat, (uint32_t)vid, letters);
	if (pid < 0)
		return;
	lx->verbs.v[vid].root_phrase = (uint32_t)pid;
	if (cat == CAT_TIME)
		lx->has_time = 1;
	if (cat == CAT_ATTRIB)
		lx->has_attrib = 1;
	c->cur_verb = vid;
}

/* ---- files ------------------------------------------------------------ */

static int kind_from_name(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return DYAD_DICT_AUTO;
	if (!strcmp(dot, ".actors"))
		return DYAD_DICT_ACTORS;
	if (!strcmp(dot, ".agents"))
		return DYAD_DICT_AGENTS;
	if (!strcmp(dot, ".verbs"))
		return DYAD_DICT_VERBS;
	if (!strcmp(dot, ".options"))
		return DYAD_DICT_OPTIONS;
	if (!strcmp(dot, ".project"))
		return DYAD_DICT_PROJECT;
	/* TABARI names like CountryInfo.120116.actors are caught above */
	return DYAD_DICT_AUTO;
}

static int load_project(loadctx *c, const char *data, size_t len);

static int valid_utf8_line(const char *s, size_t n, size_t *bad_at)
{
	size_t i = 0;
	while (i < n) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x80) {
			if (ch == 0) {
				*bad_at = i;
				return 0;
			}
			i++;
			continue;
		}
		int32_t cp;
		size_t k = dyad_utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && !(k == 3 && (unsigned char)s[i] == 0xEF)) {
			*bad_at = i;
			return 0;
		}
		i += k;
	}
	return 1;
}

static int load_lines(loadctx *c, const char *data, size_t len)
{
	size_t pos = 0;
	c->line = 0;
	c->section = SEC_NONE;
	c->group_actor = -1;
	c->cur_verb = -1;
	c->cur_synset = -1;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		const char *s = data + pos;
		size_t n = end - pos;
		pos = nl ? end + 1 : len;
		c->line++;
		size_t bad;
		if (!valid_utf8_line(s, n, &bad)) {
			/* Latin-1 dictionaries are common: accept bytes >= 0xA0 as
			 * Latin-1 letters would need a copy; we skip such lines. */
			warn(c, s[bad] == 0 ? "NUL byte in line; line skipped"
			                    : "invalid UTF-8 at byte %zu; line skipped", bad + 1);
			continue;
		}
		int indented = n > 0 && (s[0] == ' ' || s[0] == '\t');
		/* comments */
		const char *semi = memchr(s, ';', n);
		if (semi && c->kind != DYAD_DICT_OPTIONS)
			n = (size_t)(semi - s);
		trim(&s, &n);
		if (n == 0)
			continue;
		if (s[0] == '#' || (s[0] == '/' && c->kind != DYAD_DICT_OPTIONS))
			continue;
		if (s[0] == '~')
			break; /* ~FINISH (any line starting with '~') ends the file */
		if (c->kind == DYAD_DICT_OPTIONS) {
			char cmd[1024];
			size_t cl = n < sizeof cmd - 1 ? n : sizeof cmd - 1;
			memcpy(cmd, s, cl);
			cmd[cl] = '\0';
			if (lex_options_apply(&c->lx->strs, 0, &c->lx->labels, &c->lx->opt, cmd) != 0)
				warn(c, "options command not understood; line ignored");
			continue;
		}
		if (s[0] == '<' && n > 2 && s[n - 1] == '>') {
			char tag[32];
			size_t tl = 0;
			for (size_t k = 1; k + 1 < n && tl < sizeof tag - 1; k++)
				tag[tl++] = (s[k] >= 'a' && s[k] <= 'z') ? (char)(s[k] - 32) : s[k];
			tag[tl] = '\0';
			int closing = tag[0] == '/';
			const char *t = closing ? tag + 1 : tag;
			int sec = -1;
			if (!strcmp(t, "NOUN") || !strcmp(t, "NOUNS"))
				sec = SEC_NOUN;
			else if (!strcmp(t, "ADJECTIVE") || !strcmp(t, "ADJECTIVES") || !strcmp(t, "ADJ"))
				sec = SEC_ADJ;
			else if (!strcmp(t, "SYNSETS") || !strcmp(t, "SYNSET"))
				sec = SEC_SYNSETS;
			else if (!strcmp(t, "TIME"))
				sec = SEC_TIME;
			else if (!strcmp(t, "ATTRIB") || !strcmp(t, "ATTRIBUTION"))
				sec = SEC_ATTRIB;
			else if (!strcmp(t, "PLACES") && c->kind == DYAD_DICT_ACTORS)
				sec = SEC_PLACES; /* dyad: cities and regions */
			group_end(c);
			c->cur_verb = -1;
			if (closing) {
				if (c->section == SEC_NONE)
					warn(c, "<%s> closes a section that is not open", tag);
				c->section = SEC_NONE;
			} else if (sec < 0) {
				warn(c, "unknown section <%s>; its lines are skipped", tag);
				c->section = SEC_SKIP;
			} else {
				if (c->section != SEC_NONE)
					warn(c, "section <%s> opened inside another section", tag);
				c->section = sec;
			}
			continue;
		}
		if (c->section == SEC_SKIP)
			continue;
		switch (c->kind) {
		case DYAD_DICT_ACTORS:
			do_actor_line(c, s, n, indented);
			break;
		case DYAD_DICT_AGENTS:
			if (c->section == SEC_NOUN || c->section == SEC_ADJ)
				do_actor_line(c, s, n, indented);
			else
				do_agent_line(c, s, n);
			break;
		case DYAD_DICT_VERBS:
			if (c->section == SEC_SYNSETS)
				do_synset_line(c, s, n);
			else if (c->section == SEC_NOUN || c->section == SEC_ADJ)
				do_actor_line(c, s, n, indented);
			else
				do_verb_line(c, s, n);
			break;
		default:
			break;
		}
	}
	group_end(c);
	if (c->section != SEC_NONE && c->section != SEC_SKIP)
		warn(c, "section not closed at end of file");
	return 0;
}

static int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO;
	dyad_buf b = DYAD_BUF_INIT;
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		if (dyad_buf_append(&b, tmp, n) != 0) {
			fclose(f);
			dyad_buf_free(&b);
			return DYAD_ENOMEM;
		}
	int err = ferror(f);
	fclose(f);
	if (err) {
		dyad_buf_free(&b);
		return DYAD_EIO;
	}
	if (!b.data && dyad_buf_append(&b, "", 0) != 0)
		return DYAD_ENOMEM;
	*data = b.data;
	*len = b.len;
	return 0;
}

static int add_any(dyad_lexicon *lx, const char *name, const char *data, size_t len, int kind,
                   int depth)
{
	if (kind == DYAD_DICT_AUTO)
		kind = kind_from_name(name);
	loadctx c;
	memset(&c, 0, sizeof c);
	c.lx = lx;
	c.file = name;
	/* evidence names a dictionary file relative to the top project's
	 * directory ("verbs/04-consult.verbs"), messages use the full path */
	const char *ename = name;
	if (kind == DYAD_DICT_PROJECT && depth == 0) {
		const char *slash = strrchr(name, '/');
		size_t dl = slash ? (size_t)(slash - name) + 1 : 0;
		if (dl < sizeof lx->root_dir) {
			memcpy(lx->root_dir, name, dl);
			lx->root_dir[dl] = '\0';
		}
	} else if (lx->root_dir[0] && !strncmp(name, lx->root_dir, strlen(lx->root_dir))) {
		ename = name + strlen(lx->root_dir);
	}
	int64_t fid = intern(lx, ename, strlen(ename));
	if (fid < 0)
		return DYAD_ENOMEM;
	c.file_id = (uint32_t)fid;
	c.kind = kind;
	c.depth = depth;
	c.group_actor = -1;
	if (kind == DYAD_DICT_AUTO) {
		warn(&c, "cannot tell the dictionary kind from the file name; expected .actors, .agents, "
		         ".verbs, .options or .project");
		return DYAD_EINVAL;
	}
	if (kind == DYAD_DICT_PROJECT)
		return load_project(&c, data, len);
	return load_lines(&c, data, len);
}

static int add_path(dyad_lexicon *lx, const char *path, int kind, int depth, loadctx *from);

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *const kind_ext[] = {"", ".actors", ".agents", ".verbs", ".options",
                                        ".project"};

/*
 * The files of directory dir whose name ends in the kind's extension, as
 * full paths in name order (at most max; the caller frees them). Returns
 * the count, or -1 when the directory cannot be opened.
 */
static long list_dir(const char *dir, int kind, char **names, size_t max)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	size_t dl = strlen(dir);
	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	size_t n = 0, el = strlen(kind_ext[kind]);
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < max) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l <= el || strcmp(e->d_name + l - el, kind_ext[kind]) != 0)
			continue;
		names[n] = malloc(dl + l + 2);
		if (!names[n])
			break;
		sprintf(names[n], "%.*s/%s", (int)dl, dir, e->d_name);
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	return (long)n;
}

/* A directory named in a project: every file in it whose name ends in the
 * kind's extension (.actors, .agents, .verbs, .options), in name order. */
static int add_dir(dyad_lexicon *lx, const char *dir, int kind, int depth, loadctx *from)
{
	char *names[1024];
	long n = list_dir(dir, kind, names, 1024);
	if (n < 0)
		return DYAD_EIO;
	int rc = 0;
	for (long i = 0; i < n; i++) {
		int r = add_path(lx, names[i], kind, depth, from);
		if (r && !rc)
			rc = r;
		free(names[i]);
	}
	return rc;
}

static int add_path(dyad_lexicon *lx, const char *path, int kind, int depth, loadctx *from)
{
	struct stat st;
	if (kind != DYAD_DICT_AUTO && kind != DYAD_DICT_PROJECT && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode))
		return add_dir(lx, path, kind, depth, from);
	char *data;
	size_t len;
	int rc = read_file(path, &data, &len);
	if (rc != 0) {
		char msg[600];
		snprintf(msg, sizeof msg, "cannot read dictionary %s: %s", path,
		         rc == DYAD_ENOTFOUND ? "no such file" : strerror(errno));
		lx->errors++;
		if (lx->diag)
			lx->diag(lx->diag_ud, DYAD_DIAG_ERROR, from ? from->file : path,
			         from ? from->line : 0, msg);
		return rc;
	}
	rc = add_any(lx, path, data, len, kind, depth);
	free(data);
	return rc;
}

/* Resolve `rel` against the directory of `base` into out. */
static void resolve(const char *base, const char *rel, size_t rn, char *out, size_t cap)
{
	if (rn && rel[0] == '/') {
		snprintf(out, cap, "%.*s", (int)rn, rel);
		return;
	}
	const char *slash = strrchr(base, '/');
	if (!slash)
		snprintf(out, cap, "%.*s", (int)rn, rel);
	else
		snprintf(out, cap, "%.*s/%.*s", (int)(slash - base), base, (int)rn, rel);
}

static int project_value(const char *s, size_t n, const char *tag, const char **v, size_t *vn)
{
	size_t tl = strlen(tag);
	if (n < tl || strncmp(s, tag, tl) != 0)
		return 0;
	*v = s + tl;
	*vn = n - tl;
	trim(v, vn);
	return *vn > 0;
}

static int load_project(loadctx *c, const char *data, size_t len)
{
	if (c->depth > 4) {
		warn(c, "project files nested too deeply");
		return DYAD_EINVAL;
	}
	static const struct {
		const char *tag;
		int kind;
	} tags[] = {{"<actorsfile>", DYAD_DICT_ACTORS},
	            {"<agentsfile>", DYAD_DICT_AGENTS},
	            {"<verbsfile>", DYAD_DICT_VERBS},
	            {"<optionsfile>", DYAD_DICT_OPTIONS},
	            {"<projectfile>", DYAD_DICT_PROJECT}};
	size_t pos = 0;
	c->line = 0;
	int rc = 0;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		const char *s = data + pos;
		size_t n = end - pos;
		pos = nl ? end + 1 : len;
		c->line++;
		trim(&s, &n);
		for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++) {
			const char *v;
			size_t vn;
			if (project_value(s, n, tags[t].tag, &v, &vn)) {
				char path[4096];
				resolve(c->file, v, vn, path, sizeof path);
				int r = add_path(c->lx, path, tags[t].kind, c->depth + 1, c);
				if (r != 0 && rc == 0)
					rc = r;
			}
		}
	}
	return rc;
}

int dyad_project_textfile(const char *project, char *buf, size_t bufsize)
{
	char *data;
	size_t len;
	if (read_file(project, &data, &len) != 0)
		return DYAD_ENOTFOUND;
	size_t pos = 0;
	int rc = DYAD_ENOTFOUND;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		const char *s = data + pos;
		size_t n = end - pos;
		pos = nl ? end + 1 : len;
		trim(&s, &n);
		const char *v;
		size_t vn;
		if (project_value(s, n, "<textfile>", &v, &vn)) {
			char path[4096];
			resolve(project, v, vn, path, sizeof path);
			if (strlen(path) + 1 > bufsize) {
				rc = DYAD_EINVAL;
			} else {
				memcpy(buf, path, strlen(path) + 1);
				rc = 0;
			}
			break;
		}
	}
	free(data);
	return rc;
}

int lex_add_builtins(dyad_lexicon *lx)
{
	static const struct {
		const char *w;
		uint8_t cat;
	} b[] = {{"A_", CAT_DETERM},    {"AN_", CAT_DETERM},   {"THE_", CAT_DETERM},
	         {"AND_", CAT_CONJ},    {"NOR_", CAT_CONJ},    {"BUT_", CAT_CONJ},
	         {"OR_", CAT_CONJ},     {"IN_", CAT_PREP},     {"OF_", CAT_PREP},
	         {"HE_", CAT_PRONOUN},  {"HIM_", CAT_PRONOUN}, {"SHE_", CAT_PRONOUN},
	         {"HER_", CAT_PRONOUN}, {"IT_", CAT_PRONOUN},  {"THEM_", CAT_PRONOUN},
	         {"THEIR_", CAT_PRONOUN}, {"THEY_", CAT_PRONOUN}, {"WERE_", CAT_AUXIL},
	         {"WAS_", CAT_AUXIL},   {"BEEN_", CAT_AUXIL},  {"BY_", CAT_BYWORD},
	         {"FORMER_", CAT_FORMER}};
	loadctx c;
	memset(&c, 0, sizeof c);
	c.lx = lx;
	c.file = "(built-in)";
	int64_t fid = intern(lx, c.file, strlen(c.file));
	if (fid < 0)
		return DYAD_ENOMEM;
	c.file_id = (uint32_t)fid;
	for (size_t i = 0; i < sizeof b / sizeof b[0]; i++) {
		lex_seq seq;
		uint32_t letters;
		const char *err;
		if (parse_seq(&c, b[i].w, strlen(b[i].w), 0, &seq, &letters, NULL, &err, NULL) != 0)
			return DYAD_ENOMEM;
		if (add_phrase(&c, seq, b[i].cat, 0, letters) < 0)
			return DYAD_ENOMEM;
		lx->counts[b[i].cat]--; /* built-ins are not dictionary entries */
	}
	return 0;
}

/* ---- public ----------------------------------------------------------- */

int dyad_lexicon_new(dyad_lexicon **out, dyad_diag_fn diag, void *diag_ud)
{
	dyad_lexicon *lx = calloc(1, sizeof *lx);
	if (!lx)
		return DYAD_ENOMEM;
	dyad_strtab_init(&lx->strs);
	lx->diag = diag;
	lx->diag_ud = diag_ud;
	lex_options_default(&lx->opt);
	if (lex_add_builtins(lx) != 0) {
		dyad_lexicon_free(lx);
		return DYAD_ENOMEM;
	}
	*out = lx;
	return 0;
}

int dyad_lexicon_add_file(dyad_lexicon *lx, const char *path, dyad_dict_kind kind)
{
	if (!lx || !path || lx->finished)
		return DYAD_EINVAL;
	return add_path(lx, path, (int)kind, 0, NULL);
}

int dyad_lexicon_add_memory(dyad_lexicon *lx, const char *name, const char *data, size_t len,
                            dyad_dict_kind kind)
{
	if (!lx || !name || (!data && len) || lx->finished)
		return DYAD_EINVAL;
	return add_any(lx, name, data ? data : "", len, (int)kind, 0);
}

void dyad_lexicon_free(dyad_lexicon *lx)
{
	if (!lx)
		return;
	if (lx->map) {
		munmap(lx->map, lx->map_size);
		free(lx);
		return;
	}
	dyad_strtab_free(&lx->strs);
	dyad_vec_free(&lx->words);
	dyad_vec_free(&lx->elems);
	dyad_vec_free(&lx->phrases);
	dyad_vec_free(&lx->wphr);
	dyad_vec_free(&lx->wphr_req);
	dyad_vec_free(&lx->litbloom);
	dyad_vec_free(&lx->pairbloom);
	dyad_vec_free(&lx->litslots);
	dyad_vec_free(&lx->pat_req);
	dyad_vec_free(&lx->pat_owner);
	dyad_vec_free(&lx->patterns);
	dyad_vec_free(&lx->verbs);
	dyad_vec_free(&lx->actors);
	dyad_vec_free(&lx->acodes);
	dyad_vec_free(&lx->codelist);
	dyad_vec_free(&lx->agents);
	dyad_vec_free(&lx->synmembers);
	dyad_vec_free(&lx->synsets);
	dyad_vec_free(&lx->synset_names);
	dyad_vec_free(&lx->srcs);
	dyad_vec_free(&lx->labels);
	free(lx);
}

void dyad_lexicon_get_stats(const dyad_lexicon *lx, dyad_lexicon_stats *st)
{
	memset(st, 0, sizeof *st);
	st->actors = lx->counts[CAT_ACTOR];
	st->agents = lx->counts[CAT_AGENT];
	st->nouns = lx->counts[CAT_NOUN];
	st->adjectives = lx->counts[CAT_ADJ];
	st->verbs = lx->counts[CAT_VERB];
	st->patterns = lx->npatterns;
	st->time_phrases = lx->counts[CAT_TIME];
	st->attrib_phrases = lx->counts[CAT_ATTRIB];
	st->synsets = lx->synset_names.n;
	st->warnings = lx->warnings;
}

/* ---- manifest and cache ------------------------------------------------ */

static int manifest_add(const char *path, int kind, int depth, dyad_buf *out);

static int manifest_file(const char *path, dyad_buf *out)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return DYAD_ENOTFOUND;
	dyad_buf_printf(out, "%s\t%lld\t%lld.%09ld\n", path, (long long)st.st_size,
	                (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
	return out->oom ? DYAD_ENOMEM : 0;
}

static int manifest_add(const char *path, int kind, int depth, dyad_buf *out)
{
	if (depth > 4)
		return DYAD_EINVAL;
	if (kind == DYAD_DICT_AUTO)
		kind = kind_from_name(path);
	struct stat st;
	if (stat(path, &st) != 0)
		return DYAD_ENOTFOUND;
	if (S_ISDIR(st.st_mode) && kind != DYAD_DICT_AUTO && kind != DYAD_DICT_PROJECT) {
		char *names[1024];
		long n = list_dir(path, kind, names, 1024);
		if (n < 0)
			return DYAD_EIO;
		int rc = manifest_file(path, out);
		for (long i = 0; i < n; i++) {
			if (!rc)
				rc = manifest_file(names[i], out);
			free(names[i]);
		}
		return rc;
	}
	int rc = manifest_file(path, out);
	if (rc || kind != DYAD_DICT_PROJECT)
		return rc;
	char *data;
	size_t len;
	if (read_file(path, &data, &len) != 0)
		return DYAD_EIO;
	static const struct {
		const char *tag;
		int kind;
	} tags[] = {{"<actorsfile>", DYAD_DICT_ACTORS},   {"<agentsfile>", DYAD_DICT_AGENTS},
	            {"<verbsfile>", DYAD_DICT_VERBS},     {"<optionsfile>", DYAD_DICT_OPTIONS},
	            {"<projectfile>", DYAD_DICT_PROJECT}};
	size_t pos = 0;
	while (pos < len && !rc) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		const char *s = data + pos;
		size_t n = end - pos;
		pos = nl ? end + 1 : len;
		trim(&s, &n);
		for (size_t t = 0; t < sizeof tags / sizeof tags[0] && !rc; t++) {
			const char *v;
			size_t vn;
			if (project_value(s, n, tags[t].tag, &v, &vn)) {
				char p[4096];
				resolve(path, v, vn, p, sizeof p);
				rc = manifest_add(p, tags[t].kind, depth + 1, out);
			}
		}
	}
	free(data);
	return rc;
}

int dyad__lexicon_manifest(const char *const *paths, size_t n, dyad_buf *out)
{
	/* the build's own date: a rebuilt dyad never trusts an older image */
	dyad_buf_printf(out, "dyad %u %s %s\n", DYAD_VERSION_NUM, __DATE__, __TIME__);
	for (size_t i = 0; i < n; i++) {
		int rc = manifest_add(paths[i], DYAD_DICT_AUTO, 0, out);
		if (rc)
			return rc;
	}
	return out->oom ? DYAD_ENOMEM : 0;
}

static uint64_t fnv64(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static int cache_dir(char *buf, size_t n)
{
	const char *d = getenv("DYAD_CACHE_DIR");
	if (d && !strcmp(d, "none"))
		return -1;
	if (d && *d) {
		snprintf(buf, n, "%s", d);
	} else if ((d = getenv("XDG_CACHE_HOME")) && *d) {
		snprintf(buf, n, "%s/dyad", d);
	} else if ((d = getenv("HOME")) && *d) {
		snprintf(buf, n, "%s/.cache/dyad", d);
	} else {
		return -1;
	}
	/* create it (one or two levels) */
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s", buf);
	char *slash = strrchr(tmp, '/');
	if (slash && slash != tmp) {
		*slash = '\0';
		mkdir(tmp, 0777);
	}
	mkdir(buf, 0777);
	struct stat st;
	return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

int dyad_lexicon_load(dyad_lexicon **out, const char *const *paths, size_t n, dyad_diag_fn diag,
                      void *diag_ud, int *from_cache)
{
	if (from_cache)
		*from_cache = 0;
	dyad_buf mf = DYAD_BUF_INIT;
	char dir[4096], img[4200];
	int use_cache = dyad__lexicon_manifest(paths, n, &mf) == 0 && cache_dir(dir, sizeof dir) == 0;
	if (use_cache) {
		snprintf(img, sizeof img, "%s/lexicon-%016llx.img", dir,
		         (unsigned long long)fnv64(mf.data, mf.len));
		if (dyad__lexicon_open_image(out, img, mf.data, diag, diag_ud) == 0) {
			if (from_cache)
				*from_cache = 1;
			dyad_buf_free(&mf);
			return 0;
		}
	}
	dyad_lexicon *lx;
	int rc = dyad_lexicon_new(&lx, diag, diag_ud);
	if (rc) {
		dyad_buf_free(&mf);
		return rc;
	}
	for (size_t i = 0; i < n; i++) {
		rc = dyad_lexicon_add_file(lx, paths[i], DYAD_DICT_AUTO);
		if (rc == DYAD_ENOTFOUND || rc == DYAD_EIO || rc == DYAD_EINVAL || rc == DYAD_ENOMEM) {
			dyad_lexicon_free(lx);
			dyad_buf_free(&mf);
			return rc;
		}
	}
	rc = dyad_lexicon_finish(lx);
	if (rc) {
		dyad_lexicon_free(lx);
		dyad_buf_free(&mf);
		return rc;
	}
	/* a failure to write the cache only costs time next run */
	if (use_cache)
		dyad__lexicon_save_image(lx, img, mf.data);
	dyad_buf_free(&mf);
	*out = lx;
	return 0;
}

int dyad_lexicon_save(const dyad_lexicon *lx, const char *path)
{
	return dyad__lexicon_save_image(lx, path, NULL);
}

int dyad_lexicon_open(dyad_lexicon **out, const char *path, dyad_diag_fn diag, void *diag_ud)
{
	return dyad__lexicon_open_image(out, path, NULL, diag, diag_ud);
}
