/*
 * ingest/fmt_jsonl.c — JSON Lines input: one JSON object per line, parsed
 * with jansson.
 *
 * Fields: "id" (string or integer; missing or empty: "<file>:<line>"),
 * "date" ("YYYY-MM-DD", "YYYYMMDD" or null; anything else is warned about
 * and replaced by options->date), "title" (string or null), "text"
 * (string, required). Blank lines are skipped. A line that is not JSON, not
 * an object or without a string "text" is an error for that line only.
 * Lines go through the fast path of json_fast.c first and through jansson
 * only when it declines; the story strings live in the reader's arena and
 * text buffer, or in the parsed jansson object kept until the next call.
 */
#include "ingest/reader.h"
#include "ingest/json_fast.h"

#include <stdio.h>
#include <string.h>

/* Is the line empty or white space only? */
static int blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!dyad__is_space((unsigned char)p[i]))
			return 0;
	return 1;
}

/* A field of the parsed object in the fast path's terms. */
static dyad__jfield field_of(json_t *o, const char *name)
{
	dyad__jfield f = {DYAD__JF_MISSING, NULL, 0};
	json_t *v = json_object_get(o, name);
	if (!v)
		return f;
	if (json_is_string(v)) {
		f.kind = DYAD__JF_STRING;
		f.s = json_string_value(v);
		f.n = json_string_length(v);
	} else if (json_is_integer(v)) {
		f.kind = DYAD__JF_INT;
	} else if (json_is_null(v)) {
		f.kind = DYAD__JF_NULL;
	} else {
		f.kind = DYAD__JF_OTHER;
	}
	return f;
}

/*
 * Parse the line with jansson into *rec, copying the text to r->text.
 * Returns 1, 0 when the line is bad (reported), or DYAD_ENOMEM.
 */
static int parse_slow(dyad_reader *r, const dyad__line *ln, dyad__jrec *rec)
{
	json_error_t err;
	json_t *o = json_loadb(ln->p, ln->len, 0, &err);
	if (!o) {
		dyad__rd_diag(r, DYAD_DIAG_ERROR, ln->no,
		              "not JSON: %s (column %d)", err.text, err.column);
		return 0;
	}
	r->json = o;
	if (!json_is_object(o)) {
		dyad__rd_diag(r, DYAD_DIAG_ERROR, ln->no, "not a JSON object");
		return 0;
	}
	rec->id = field_of(o, "id");
	if (rec->id.kind == DYAD__JF_INT) {
		char tmp[32];
		int n = snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT,
		                 json_integer_value(json_object_get(o, "id")));
		rec->id.s = dyad_arena_strndup(&r->arena, tmp, (size_t)n);
		if (!rec->id.s)
			return DYAD_ENOMEM;
		rec->id.n = (size_t)n;
	}
	rec->date = field_of(o, "date");
	rec->title = field_of(o, "title");
	rec->text = field_of(o, "text");
	dyad_buf_clear(&r->text);
	if (rec->text.kind == DYAD__JF_STRING &&
	    dyad_buf_append(&r->text, rec->text.s, rec->text.n) != 0)
		return DYAD_ENOMEM;
	return 1;
}

/* The date of the record, normalised into the arena; NULL when absent,
 * null or bad (bad ones are warned about). */
static const char *get_date(dyad_reader *r, const dyad__jfield *f,
                            unsigned long line)
{
	char d[11];
	if (f->kind == DYAD__JF_MISSING || f->kind == DYAD__JF_NULL)
		return NULL;
	if (f->kind == DYAD__JF_STRING &&
	    dyad__date_norm(d, f->s, f->n, 0) == 0)
		return dyad_arena_strndup(&r->arena, d, 10);
	if (f->kind == DYAD__JF_STRING)
		dyad__rd_diag(r, DYAD_DIAG_WARNING, line, "bad date '%.40s'",
		              f->s);
	else
		dyad__rd_diag(r, DYAD_DIAG_WARNING, line,
		              "bad date: not a string");
	return NULL;
}

int dyad__jsonl_next(dyad_reader *r, dyad_story *s)
{
	dyad__line ln;
	int rc;
	while ((rc = dyad__rd_line(r, &ln)) > 0) {
		if (ln.bad) {
			dyad__rd_bad_line(r, &ln);
			continue;
		}
		if (blank(ln.p, ln.len))
			continue;
		if (r->json) {
			json_decref(r->json);
			r->json = NULL;
		}
		dyad__rd_reset_story(r);
		dyad__jrec rec;
		rc = dyad__json_fast(ln.p, ln.len, &r->arena, &r->text, &rec);
		if (rc == 0) {
			dyad__rd_reset_story(r);
			rc = parse_slow(r, &ln, &rec);
		}
		if (rc < 0)
			return DYAD_ENOMEM;
		if (rc == 0)
			continue;
		if (rec.text.kind != DYAD__JF_STRING) {
			dyad__rd_diag(r, DYAD_DIAG_ERROR, ln.no,
			              "text missing or not a string");
			continue;
		}
		/* trim the text in place */
		char *tp = r->text.data;
		size_t b = 0, e = r->text.len;
		while (e > 0 && dyad__is_space((unsigned char)tp[e - 1]))
			e--;
		while (b < e && dyad__is_space((unsigned char)tp[b]))
			b++;
		if (b == e) {
			int no_title = rec.title.kind != DYAD__JF_STRING ||
			               blank(rec.title.s, rec.title.n);
			dyad__rd_diag(r, DYAD_DIAG_WARNING, ln.no, "%s",
			              no_title ? "empty title and text"
			                       : "empty text");
			continue;
		}
		if (e - b > r->max_story) {
			dyad__rd_diag(r, DYAD_DIAG_ERROR, ln.no,
			              "story longer than %zu bytes",
			              r->max_story);
			continue;
		}
		if (b > 0)
			memmove(tp, tp + b, e - b);
		r->text.len = e - b;
		tp[r->text.len] = '\0';
		const char *id = (rec.id.kind == DYAD__JF_STRING ||
		                  rec.id.kind == DYAD__JF_INT) &&
		                                 rec.id.n > 0
		                         ? rec.id.s
		                         : NULL;
		const char *title =
		        rec.title.kind == DYAD__JF_STRING ? rec.title.s : NULL;
		return dyad__rd_fill(r, s, id, get_date(r, &rec.date, ln.no),
		                     title, ln.no);
	}
	return rc;
}
