/*
 * ingest/fmt_text.c — plain-text input: the whole input is one story.
 *
 * The doc id is the input name without directory and extension. A first
 * line "date YYYY-MM-DD" gives the date (options->date wins over it) and is
 * not part of the text. Lines are joined with "\n" (CRLF becomes LF) and
 * the text is trimmed. A bad line (NUL, invalid UTF-8, longer than
 * max_line) or a text longer than max_story makes the story bad: it is
 * reported and skipped.
 */
#include "ingest/reader.h"

#include <string.h>

/*
 * Does the line start with "date YYYY-MM-DD" (white space around allowed)?
 * On success the normalised date is written to out and the number of bytes
 * it takes (with the white space after it) is returned; whatever follows on
 * the line is story text. 0 when it is not a date line.
 */
static size_t date_line(const char *p, size_t n, char out[11])
{
	size_t i = 0;
	while (i < n && dyad__is_space((unsigned char)p[i]))
		i++;
	if (n - i < 5 || memcmp(p + i, "date", 4) != 0 ||
	    (p[i + 4] != ' ' && p[i + 4] != '\t'))
		return 0;
	i += 4;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (n - i < 10 || (n - i > 10 && !dyad__is_space((unsigned char)p[i + 10])))
		return 0;
	if (dyad__date_norm(out, p + i, 10, 0) != 0)
		return 0;
	i += 10;
	while (i < n && dyad__is_space((unsigned char)p[i]))
		i++;
	return i;
}

int dyad__text_next(dyad_reader *r, dyad_story *s)
{
	if (r->index > 0)
		return 0; /* one story per input */
	dyad__rd_reset_story(r);
	char date[11] = "";
	dyad__line ln;
	int rc, first = 1;
	while ((rc = dyad__rd_line(r, &ln)) > 0) {
		if (ln.bad) {
			dyad__rd_bad_line(r, &ln);
			return 0;
		}
		if (first) {
			first = 0;
			size_t used = date_line(ln.p, ln.len, date);
			if (used) {
				if (used >= ln.len)
					continue;
				ln.p += used; /* the rest of the line is text */
				ln.len -= used;
			}
		}
		if (r->text.len + ln.len + 1 > r->max_story) {
			dyad__rd_diag(r, DYAD_DIAG_ERROR, ln.no,
			              "story longer than %zu bytes",
			              r->max_story);
			return 0;
		}
		dyad_buf_append(&r->text, ln.p, ln.len);
		dyad_buf_putc(&r->text, '\n');
		if (r->text.oom)
			return DYAD_ENOMEM;
	}
	if (rc < 0)
		return rc;
	if (r->src_failed)
		return 0; /* cut by a bad compressed stream: reported */
	/* trim both ends in place */
	size_t b = 0, e = r->text.len;
	const char *t = r->text.data;
	while (e > 0 && dyad__is_space((unsigned char)t[e - 1]))
		e--;
	while (b < e && dyad__is_space((unsigned char)t[b]))
		b++;
	if (b == e) {
		dyad__rd_diag(r, DYAD_DIAG_WARNING, 1, "empty text");
		return 0;
	}
	memmove(r->text.data, t + b, e - b);
	r->text.len = e - b;
	r->text.data[r->text.len] = '\0';
	const char *d = NULL;
	if (date[0]) {
		d = dyad_arena_strndup(&r->arena, date, 10);
		if (!d)
			return DYAD_ENOMEM;
	}
	if (r->date_opt[0])
		d = r->date_opt;
	return dyad__rd_fill(r, s, r->doc_base, d, NULL, 1);
}
