/*
 * ingest/fmt_petrarch.c — PETRARCH validation XML input, read with a small
 * hand-written scanner (no XML library, no DOM: memory stays bounded).
 *
 * Recognised: <Sentence id=".." date="YYYYMMDD" ...> ... </Sentence> (the
 * opening tag may also be written self-closing, as in PETR2_GSR_validation,
 * the sentence then runs to </Sentence>), <Text>...</Text> (the story text,
 * white space collapsed to single spaces and trimmed), and
 * <EventCoding sourcecode=".." targetcode=".." eventcode=".."/>, giving one
 * "{ SRC / TGT / CODE }" line of `expect` each. <Parse> contents, comments,
 * processing instructions and every other element are skipped. The five
 * predefined entities and numeric character references are decoded; CDATA
 * sections are taken literally.
 *
 * The scanner works on lines from the line layer and can stop in the middle
 * of a line when a sentence is complete; it resumes there on the next call.
 */
#include "ingest/reader.h"

#include <string.h>

enum {
	XML_CONTENT = 0, /* character data or markup */
	XML_TAG,         /* inside "<...>" */
	XML_COMMENT,     /* inside "<!-- ... -->" */
	XML_CDATA,       /* inside "<![CDATA[ ... ]]>" */
	XML_PARSE        /* inside <Parse>: skipped */
};

#define TAG_MAX (64u * 1024u)

void dyad__petrarch_free(dyad_reader *r)
{
	dyad_buf_free(&r->xml.tag);
	dyad_buf_free(&r->xml.id);
	dyad_buf_free(&r->xml.date);
}

/* Position of the n-byte needle in p[from..len), or len. */
static size_t find(const char *p, size_t from, size_t len, const char *needle,
                   size_t n)
{
	while (from + n <= len) {
		const char *q = memchr(p + from, needle[0], len - from - n + 1);
		if (!q)
			return len;
		if (memcmp(q, needle, n) == 0)
			return (size_t)(q - p);
		from = (size_t)(q - p) + 1;
	}
	return len;
}

/* Append code point cp to b as UTF-8 (cp is a valid scalar value). */
static void put_utf8(dyad_buf *b, unsigned long cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	dyad_buf_append(b, u, n);
}

/*
 * Decode the entity reference at p[0..n) (p[0] == '&'). Returns its length
 * including the ';' and sets *cp, or 0 when it is not a reference we know
 * (the '&' is then kept literally).
 */
static size_t entity(const char *p, size_t n, unsigned long *cp)
{
	static const struct {
		const char *name;
		char c;
	} named[] = {{"amp;", '&'},
	             {"lt;", '<'},
	             {"gt;", '>'},
	             {"quot;", '"'},
	             {"apos;", '\''}};
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		size_t k = strlen(named[i].name);
		if (n >= k + 1 && memcmp(p + 1, named[i].name, k) == 0) {
			*cp = (unsigned char)named[i].c;
			return k + 1;
		}
	}
	if (n < 4 || p[1] != '#')
		return 0;
	size_t i = 2;
	int hex = 0;
	if (p[i] == 'x' || p[i] == 'X') {
		hex = 1;
		i++;
	}
	unsigned long v = 0;
	size_t digits = 0;
	for (; i < n && digits < 8; i++, digits++) {
		char c = p[i];
		int d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (hex && c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (hex && c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			break;
		v = v * (hex ? 16 : 10) + (unsigned long)d;
	}
	if (digits == 0 || i >= n || p[i] != ';')
		return 0;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return i + 1;
}

/*
 * Append character data to the sentence text: entities decoded (unless
 * raw), white-space runs collapsed to one space, none at the start.
 */
static void add_text(dyad_reader *r, const char *p, size_t n, int raw)
{
	dyad__xml *x = &r->xml;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)p[i];
		if (dyad__is_space(c)) {
			x->space = 1;
			i++;
			continue;
		}
		unsigned long cp = 0;
		size_t k = (!raw && c == '&') ? entity(p + i, n - i, &cp) : 0;
		if (k > 0 && cp < 0x80 && dyad__is_space((unsigned char)cp)) {
			x->space = 1;
			i += k;
			continue;
		}
		if (x->space && r->text.len > 0)
			dyad_buf_putc(&r->text, ' ');
		x->space = 0;
		if (k > 0) {
			put_utf8(&r->text, cp);
			i += k;
			continue;
		}
		/* a run of plain bytes */
		size_t j = i + 1;
		while (j < n && !dyad__is_space((unsigned char)p[j]) &&
		       (raw || p[j] != '&'))
			j++;
		dyad_buf_append(&r->text, p + i, j - i);
		i = j;
	}
	if (r->text.len > r->max_story && !x->bad) {
		dyad__rd_diag(r, DYAD_DIAG_ERROR, x->line.no,
		              "story longer than %zu bytes", r->max_story);
		x->bad = 1;
	}
}

/*
 * Find attribute `name` in the tag t[0..n) ("<Name a="v" ...>") and append
 * its decoded value to out. Returns 1 when found, 0 when not.
 */
static int attr(const char *t, size_t n, const char *name, dyad_buf *out)
{
	size_t i = 1, k = strlen(name);
	if (i < n && t[i] == '/')
		i++;
	while (i < n && !dyad__is_space((unsigned char)t[i]) && t[i] != '>' &&
	       t[i] != '/')
		i++; /* the element name */
	while (i < n) {
		while (i < n &&
		       (dyad__is_space((unsigned char)t[i]) || t[i] == '/'))
			i++;
		size_t a = i;
		while (i < n && t[i] != '=' && t[i] != '>' && t[i] != '/' &&
		       !dyad__is_space((unsigned char)t[i]))
			i++;
		size_t alen = i - a;
		if (alen == 0) {
			i++;
			continue;
		}
		while (i < n && dyad__is_space((unsigned char)t[i]))
			i++;
		if (i >= n || t[i] != '=')
			continue; /* an attribute without value */
		i++;
		while (i < n && dyad__is_space((unsigned char)t[i]))
			i++;
		size_t v, vend;
		if (i < n && (t[i] == '"' || t[i] == '\'')) {
			char q = t[i++];
			v = i;
			while (i < n && t[i] != q)
				i++;
			vend = i;
			if (i < n)
				i++;
		} else {
			v = i;
			while (i < n && !dyad__is_space((unsigned char)t[i]) &&
			       t[i] != '>')
				i++;
			vend = i;
		}
		if (alen == k && memcmp(t + a, name, k) == 0) {
			dyad_buf_clear(out);
			for (size_t j = v; j < vend;) {
				unsigned long cp;
				size_t e = t[j] == '&' ? entity(t + j, vend - j,
				                                &cp)
				                       : 0;
				if (e > 0) {
					put_utf8(out, cp);
					j += e;
				} else {
					dyad_buf_putc(out, t[j++]);
				}
			}
			if (!out->data)
				dyad_buf_puts(out, "");
			return 1;
		}
	}
	return 0;
}

/* Compare the element name of tag t (after "<" or "</") with name. */
static int is_elem(const char *t, size_t n, size_t off, const char *name)
{
	size_t k = strlen(name);
	if (off + k > n || memcmp(t + off, name, k) != 0)
		return 0;
	char c = off + k < n ? t[off + k] : '>';
	return c == '>' || c == '/' || dyad__is_space((unsigned char)c);
}

/* Start a new sentence from its opening tag. */
static int open_sentence(dyad_reader *r, const char *t, size_t n)
{
	dyad__xml *x = &r->xml;
	if (x->in_sentence && !x->bad)
		dyad__rd_diag(r, DYAD_DIAG_ERROR, x->s_line,
		              "truncated record");
	dyad__rd_reset_story(r);
	x->in_sentence = 1;
	x->in_text = 0;
	x->bad = x->tag_bad;
	x->texts = 0;
	x->space = 0;
	x->has_expect = 0;
	x->s_line = x->tag_line;
	dyad_buf_clear(&x->id);
	dyad_buf_clear(&x->date);
	if (!attr(t, n, "id", &x->id))
		dyad_buf_clear(&x->id);
	dyad_buf tmp = DYAD_BUF_INIT;
	if (attr(t, n, "date", &tmp)) {
		char d[11];
		if (dyad__date_norm(d, tmp.data, tmp.len, 0) == 0)
			dyad_buf_append(&x->date, d, 10);
		else
			dyad__rd_diag(r, DYAD_DIAG_WARNING, x->line.no,
			              "bad date '%.40s'", tmp.data);
	}
	dyad_buf_free(&tmp);
	return x->id.oom || x->date.oom ? DYAD_ENOMEM : 0;
}

/* One <EventCoding .../>: an expect line when the three codes are there. */
static void event_coding(dyad_reader *r, const char *t, size_t n)
{
	dyad__xml *x = &r->xml;
	dyad_buf src = DYAD_BUF_INIT, tgt = DYAD_BUF_INIT, code = DYAD_BUF_INIT;
	x->has_expect = 1;
	if (attr(t, n, "sourcecode", &src) && attr(t, n, "targetcode", &tgt) &&
	    attr(t, n, "eventcode", &code)) {
		if (r->expect.len > 0)
			dyad_buf_putc(&r->expect, '\n');
		dyad_buf_printf(&r->expect, "{ %s / %s / %s }", src.data,
		                tgt.data, code.data);
	}
	dyad_buf_free(&src);
	dyad_buf_free(&tgt);
	dyad_buf_free(&code);
}

/*
 * A sentence is complete: deliver it (1) unless it is bad or has no text
 * (0, already reported or reported here).
 */
static int close_sentence(dyad_reader *r, dyad_story *s)
{
	dyad__xml *x = &r->xml;
	x->in_sentence = 0;
	x->in_text = 0;
	if (x->bad)
		return 0;
	if (r->text.oom || r->expect.oom)
		return DYAD_ENOMEM;
	if (r->text.len == 0) {
		dyad__rd_diag(r, DYAD_DIAG_WARNING, x->s_line, "empty text");
		return 0;
	}
	int rc = dyad__rd_fill(r, s, x->id.len ? x->id.data : NULL,
	                       x->date.len ? x->date.data : NULL, NULL,
	                       x->s_line);
	if (rc > 0 && x->has_expect)
		s->expect = r->expect.data ? r->expect.data : "";
	return rc;
}

/* Act on a complete tag; returns 1 when a story is ready, 0, or < 0. */
static int handle_tag(dyad_reader *r, dyad_story *s)
{
	dyad__xml *x = &r->xml;
	const char *t = x->tag.data;
	size_t n = x->tag.len;
	if (n < 2 || t[1] == '?' || t[1] == '!')
		return 0;
	int self = n >= 3 && t[n - 2] == '/';
	if (t[1] == '/') {
		if (is_elem(t, n, 2, "Sentence") && x->in_sentence)
			return close_sentence(r, s);
		if (is_elem(t, n, 2, "Text"))
			x->in_text = 0;
		return 0;
	}
	if (is_elem(t, n, 1, "Sentence"))
		return open_sentence(r, t, n);
	if (!x->in_sentence)
		return 0;
	if (is_elem(t, n, 1, "Text")) {
		if (x->texts++ > 0)
			x->space = 1;
		x->in_text = !self;
	} else if (is_elem(t, n, 1, "EventCoding")) {
		if (!x->bad)
			event_coding(r, t, n);
	} else if (is_elem(t, n, 1, "Parse") && !self) {
		x->mode = XML_PARSE;
	}
	return 0;
}

/* Does the text at p[0..n) start a tag that ends a <Parse> section? */
static int parse_end(const char *p, size_t n)
{
	return is_elem(p, n, 2, "Parse") || is_elem(p, n, 2, "Sentence") ||
	       is_elem(p, n, 1, "Sentence");
}

/*
 * Scan the current line from x->pos. Returns 1 when a story is ready (the
 * position is kept for the next call), 0 when the line is used up, < 0.
 */
static int scan(dyad_reader *r, dyad_story *s)
{
	dyad__xml *x = &r->xml;
	const char *p = x->line.p;
	size_t n = x->line.len;
	int collect;
	while (x->pos < n) {
		size_t i = x->pos, k;
		switch (x->mode) {
		case XML_COMMENT:
			k = find(p, i, n, "-->", 3);
			x->pos = k < n ? k + 3 : n;
			if (k < n)
				x->mode = XML_CONTENT;
			break;
		case XML_CDATA:
			k = find(p, i, n, "]]>", 3);
			if (x->in_sentence && x->in_text && !x->bad)
				add_text(r, p + i, k - i, 1);
			x->pos = k < n ? k + 3 : n;
			if (k < n)
				x->mode = XML_CONTENT;
			break;
		case XML_PARSE:
			for (k = i; k < n; k++) {
				const char *q = memchr(p + k, '<', n - k);
				if (!q) {
					k = n;
					break;
				}
				k = (size_t)(q - p);
				if (parse_end(q, n - k))
					break;
			}
			x->pos = k;
			if (k < n)
				x->mode = XML_CONTENT;
			break;
		case XML_TAG:
			for (k = i; k < n; k++) {
				char c = p[k];
				/* no '<' inside a tag: this one was broken */
				if (c == '<')
					break;
				if (x->quote) {
					if (c == x->quote)
						x->quote = 0;
				} else if (c == '"' || c == '\'') {
					x->quote = c;
				} else if (c == '>') {
					break;
				}
			}
			if (k < n && p[k] == '<') {
				/* resynchronise on the new '<' */
				if (x->in_sentence && !x->bad) {
					dyad__rd_diag(r, DYAD_DIAG_ERROR,
					              x->line.no,
					              "bad tag in sentence");
					x->bad = 1;
				}
				x->mode = XML_CONTENT;
				x->pos = k;
				break;
			}
			if (x->tag.len + (k - i) + 1 < TAG_MAX)
				dyad_buf_append(&x->tag, p + i,
				                k - i + (k < n));
			else
				x->tag_over = 1;
			x->pos = k < n ? k + 1 : n;
			if (k < n) {
				x->mode = XML_CONTENT;
				if (x->tag_over) {
					if (x->in_sentence && !x->bad) {
						dyad__rd_diag(r,
						              DYAD_DIAG_ERROR,
						              x->line.no,
						              "tag longer than "
						              "%u bytes",
						              TAG_MAX);
						x->bad = 1;
					}
					break;
				}
				int rc = handle_tag(r, s);
				if (rc != 0)
					return rc;
			}
			break;
		default: /* XML_CONTENT */
			collect = x->in_sentence && x->in_text && !x->bad;
			{
				const char *q = memchr(p + i, '<', n - i);
				k = q ? (size_t)(q - p) : n;
			}
			if (collect)
				add_text(r, p + i, k - i, 0);
			x->pos = k;
			if (k == n)
				break;
			if (n - k >= 4 && memcmp(p + k, "<!--", 4) == 0) {
				x->mode = XML_COMMENT;
				x->pos = k + 4;
			} else if (n - k >= 9 &&
			           memcmp(p + k, "<![CDATA[", 9) == 0) {
				x->mode = XML_CDATA;
				x->pos = k + 9;
			} else if (k + 1 == n || p[k + 1] == '/' ||
			           p[k + 1] == '?' || p[k + 1] == '!' ||
			           (p[k + 1] >= 'A' && p[k + 1] <= 'Z') ||
			           (p[k + 1] >= 'a' && p[k + 1] <= 'z') ||
			           p[k + 1] == '_') {
				x->mode = XML_TAG;
				x->quote = 0;
				x->tag_over = 0;
				x->tag_bad = x->line_bad;
				x->tag_line = x->line.no;
				dyad_buf_clear(&x->tag);
				dyad_buf_putc(&x->tag, '<');
				x->pos = k + 1;
			} else {
				/* a stray '<' in text: keep it */
				if (collect)
					add_text(r, "<", 1, 1);
				x->pos = k + 1;
			}
			break;
		}
	}
	/* the line break */
	if (x->mode == XML_TAG && x->tag.len + 1 < TAG_MAX)
		dyad_buf_putc(&x->tag, ' ');
	else if (x->in_text)
		x->space = 1;
	return 0;
}

int dyad__petrarch_next(dyad_reader *r, dyad_story *s)
{
	dyad__xml *x = &r->xml;
	for (;;) {
		if (!x->have_line) {
			int rc = dyad__rd_line(r, &x->line);
			if (rc < 0)
				return rc;
			if (rc == 0) {
				if (x->in_sentence && !x->bad && !r->src_failed)
					dyad__rd_diag(r, DYAD_DIAG_ERROR,
					              x->s_line,
					              "truncated record");
				x->in_sentence = 0;
				return 0;
			}
			x->pos = 0;
			x->have_line = 1;
			x->line_bad = 0;
			if (x->line.bad) {
				dyad__rd_bad_line(r, &x->line);
				x->line_bad = 1;
				/* if a tag is open, it is spoilt */
				x->tag_bad = 1;
				if (x->in_sentence)
					x->bad = 1;
			}
		}
		int rc = scan(r, s);
		if (rc != 0) {
			/* nothing left: the line break was handled */
			if (x->pos >= x->line.len)
				x->have_line = 0;
			return rc;
		}
		x->have_line = 0;
	}
}
