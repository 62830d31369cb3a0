/*
 * ingest/fmt_tabari.c — TABARI record input.
 *
 * A record is a header line "YYMMDD ID" (or "YYYYMMDD ID"; two-digit years
 * 00-29 are 20YY, 30-99 are 19YY; anything after the ID is ignored), then
 * text lines up to a blank line. Slash-star comments may start anywhere,
 * span lines and hold blank lines; their contents become `expect`, the rest
 * is the story text, each line break (and each comment) becoming a single
 * space. Lines before the first header are banners and skipped; between
 * records, '#' lines are skipped and any other non-blank line that is not a
 * header starts a bad record, reported and skipped to the next blank line.
 *
 * A comment left open by mistake (the TABARI validation files have a few
 * "/ *" typed for "* /") would swallow the following records, so a header
 * line right after a blank line ends the record even inside a comment,
 * with an "unterminated comment" warning.
 */
#include "ingest/reader.h"

#include <string.h>

/* Where the record being read stands. */
typedef struct rec {
	unsigned long line;  /* header line */
	unsigned long cline; /* line where the open comment started */
	const char *id;      /* arena copies */
	const char *date;
	int bad; /* reported: collect nothing, deliver nothing */
	int in_comment;
	int prev_blank;       /* the previous line was blank */
	int boundary;         /* a line break or comment is pending in text */
	unsigned long nlines; /* non-blank lines after the header */
} rec;

int dyad__tabari_is_header(const char *p, size_t n)
{
	size_t d = 0;
	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	/* TABARI takes any line that starts with a date as a header; the ID
	 * may even be glued to it ("9501201 ID": date 950120, ID "1 ID") */
	if (d < 6)
		return 0;
	if (d == n || (p[d] != ' ' && p[d] != '\t'))
		return 0;
	while (d < n && dyad__is_space((unsigned char)p[d]))
		d++;
	return d < n;
}

/* Is the line empty or white space only? */
static int blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!dyad__is_space((unsigned char)p[i]))
			return 0;
	return 1;
}

/* Position of "ab" in p[from..n), or n. */
static size_t find2(const char *p, size_t from, size_t n, char a, char b)
{
	while (from + 1 < n) {
		const char *q = memchr(p + from, a, n - from - 1);
		if (!q)
			return n;
		size_t i = (size_t)(q - p);
		if (p[i + 1] == b)
			return i;
		from = i + 1;
	}
	return n;
}

/* Enforce max_story over text + expect; reports once. */
static int check_size(dyad_reader *r, rec *c, unsigned long line, size_t more)
{
	if (r->text.len + r->expect.len + more <= r->max_story)
		return 0;
	dyad__rd_diag(r, DYAD_DIAG_ERROR, line, "story longer than %zu bytes",
	              r->max_story);
	c->bad = 1;
	return -1;
}

/*
 * Append a piece of story text. After a line break or a comment the
 * leading white space is dropped and a single space separates the piece
 * from the text before it.
 */
static void add_text(dyad_reader *r, rec *c, const char *p, size_t n)
{
	if (c->boundary) {
		while (n > 0 && dyad__is_space((unsigned char)*p)) {
			p++;
			n--;
		}
		if (n == 0)
			return;
		if (r->text.len > 0)
			dyad_buf_putc(&r->text, ' ');
		c->boundary = 0;
	}
	dyad_buf_append(&r->text, p, n);
}

/* Drop trailing white space of b. */
static void rtrim(dyad_buf *b)
{
	while (b->len > 0 && dyad__is_space((unsigned char)b->data[b->len - 1]))
		b->len--;
	if (b->data)
		b->data[b->len] = '\0';
}

/* A line break or a comment in the text. */
static void text_break(dyad_reader *r, rec *c)
{
	rtrim(&r->text);
	c->boundary = 1;
}

/* End an expect line (trailing white space dropped), unless at its start. */
static void expect_break(dyad_reader *r)
{
	rtrim(&r->expect);
	if (r->expect.len > 0)
		dyad_buf_putc(&r->expect, '\n');
}

/* Split one record line into text and comment pieces. */
static void scan_line(dyad_reader *r, rec *c, const dyad__line *ln)
{
	const char *p = ln->p;
	size_t n = ln->len, i = 0;
	if (!c->bad && check_size(r, c, ln->no, n + 2) != 0)
		return;
	while (i < n) {
		if (c->in_comment) {
			size_t k = find2(p, i, n, '*', '/');
			if (!c->bad)
				dyad_buf_append(&r->expect, p + i, k - i);
			if (k == n)
				break;
			c->in_comment = 0;
			i = k + 2;
			text_break(r, c);
		} else {
			size_t k = find2(p, i, n, '/', '*');
			if (!c->bad)
				add_text(r, c, p + i, k - i);
			if (k == n)
				break;
			text_break(r, c);
			expect_break(r);
			c->in_comment = 1;
			c->cline = ln->no;
			i = k + 2;
		}
	}
	text_break(r, c);
	if (c->in_comment)
		expect_break(r);
}

/*
 * Read the lines of a record whose header has been consumed, up to the
 * blank line that ends it. Returns 1 at the end of the record, 0 at the
 * end of the input, or a negative code.
 */
static int read_body(dyad_reader *r, rec *c)
{
	dyad__line ln;
	int rc;
	while ((rc = dyad__rd_line(r, &ln)) > 0) {
		if (ln.bad) {
			if (!c->bad)
				dyad__rd_bad_line(r, &ln);
			c->bad = 1;
			c->prev_blank = 0;
			c->nlines++;
			if (ln.bad == DYAD__LINE_LONG)
				continue;
		}
		if (blank(ln.p, ln.len)) {
			if (!c->in_comment)
				return 1;
			c->prev_blank = 1;
			expect_break(r);
			continue;
		}
		if (c->in_comment && c->prev_blank &&
		    dyad__tabari_is_header(ln.p, ln.len)) {
			dyad__lr_unread(&r->lr);
			if (!c->bad)
				dyad__rd_diag(r, DYAD_DIAG_WARNING, c->cline,
				              "unterminated comment");
			c->in_comment = 0;
			return 1;
		}
		c->prev_blank = 0;
		if (!ln.bad)
			c->nlines++;
		scan_line(r, c, &ln);
	}
	return rc;
}

/* Parse a header line into c (id and date copied to the arena). */
static int parse_header(dyad_reader *r, rec *c, const dyad__line *ln)
{
	const char *p = ln->p;
	size_t n = ln->len, d = 0;
	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	char date[11];
	c->date = NULL;
	/* 6 or 8 digits are the date; with more, the first 8 if they are a
	 * valid YYYYMMDD, else the first 6; the remaining digits start the ID */
	size_t dl = d;
	if (d != 6 && d != 8)
		dl = (d > 8 && dyad__date_norm(date, p, 8, 1) == 0) ? 8 : 6;
	if (dyad__date_norm(date, p, dl, 1) == 0) {
		c->date = dyad_arena_strndup(&r->arena, date, 10);
		if (!c->date)
			return DYAD_ENOMEM;
	} else {
		dyad__rd_diag(r, DYAD_DIAG_WARNING, ln->no, "bad date '%.*s'",
		              (int)dl, p);
	}
	/* the ID is the rest of the line, white space collapsed */
	char *id = dyad_arena_alloc(&r->arena, n - dl + 1);
	if (!id)
		return DYAD_ENOMEM;
	size_t o = 0;
	int sp = 0;
	for (size_t i = dl; i < n; i++) {
		if (dyad__is_space((unsigned char)p[i])) {
			sp = o > 0;
			continue;
		}
		if (sp)
			id[o++] = ' ';
		sp = 0;
		id[o++] = p[i];
	}
	id[o] = '\0';
	c->id = id;
	return 0;
}

int dyad__tabari_next(dyad_reader *r, dyad_story *s)
{
	dyad__line ln;
	int rc;
	for (;;) {
		/* find the next record header */
		rc = dyad__rd_line(r, &ln);
		if (rc <= 0)
			return rc;
		rec c;
		memset(&c, 0, sizeof c);
		c.line = ln.no;
		c.boundary = 1; /* no leading white space */
		dyad__rd_reset_story(r);
		if (ln.bad || !dyad__tabari_is_header(ln.p, ln.len)) {
			if (!r->tab.seen_header ||
			    (!ln.bad && blank(ln.p, ln.len)) ||
			    (!ln.bad && ln.p[0] == '#'))
				continue;
			if (ln.bad)
				dyad__rd_bad_line(r, &ln);
			else
				dyad__rd_diag(r, DYAD_DIAG_ERROR, ln.no,
				              "bad record header");
			c.bad = 1;
			c.nlines = 1;
			/* the bad line may open a comment: follow it */
			if (ln.bad != DYAD__LINE_LONG)
				scan_line(r, &c, &ln);
		} else {
			r->tab.seen_header = 1;
			rc = parse_header(r, &c, &ln);
			if (rc < 0)
				return rc;
		}
		rc = read_body(r, &c);
		if (rc < 0)
			return rc;
		if (rc == 0 && r->src_failed)
			return 0; /* cut by a bad compressed stream: reported */
		if (c.bad)
			continue;
		if (c.nlines == 0) {
			dyad__rd_diag(r, DYAD_DIAG_ERROR, c.line,
			              "truncated record");
			continue;
		}
		if (rc == 0 && c.in_comment)
			dyad__rd_diag(r, DYAD_DIAG_WARNING, c.cline,
			              "unterminated comment");
		rtrim(&r->text);
		rtrim(&r->expect);
		if (r->text.oom || r->expect.oom)
			return DYAD_ENOMEM;
		if (r->text.len == 0) {
			dyad__rd_diag(r, DYAD_DIAG_WARNING, c.line,
			              "empty text");
			continue;
		}
		/* expect: drop the leading white space in place */
		size_t b = 0;
		while (b < r->expect.len &&
		       dyad__is_space((unsigned char)r->expect.data[b]))
			b++;
		rc = dyad__rd_fill(r, s, c.id, c.date, NULL, c.line);
		if (rc < 0)
			return rc;
		if (b < r->expect.len)
			s->expect = r->expect.data + b;
		return 1;
	}
}
