/*
 * fuzz/fuzz_ingest_jsonl.c — libFuzzer target: a memory reader in the JSON
 * Lines format drained to the end. The first input byte picks small limits
 * (max_line, max_story) so that the over-long paths are reached with small
 * inputs; every story is checked against the API's promises (NUL-terminated
 * valid UTF-8 strings, text_len, consecutive index). The JSONL fast path is
 * also checked line by line against jansson.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dyad/ingest.h"
#include "ingest/json_fast.h"
#include "ingest/lines.h"
#include "util/arena.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort unless s is NULL-allowed or valid NUL-free UTF-8. */
static void check_str(const char *s, int may_be_null)
{
	if (!s) {
		if (!may_be_null)
			abort();
		return;
	}
	int kind;
	size_t n = strlen(s);
	if (dyad__utf8_check((const unsigned char *)s, n, &kind) != n)
		abort();
}

/*
 * Differential check of the JSONL fast path: on every line it accepts,
 * jansson must accept the line too and read the same four fields.
 */
static void check_fast_path(const uint8_t *data, size_t size)
{
	dyad_arena a;
	dyad_buf text = DYAD_BUF_INIT;
	dyad_arena_init(&a, 0);
	size_t i = 0;
	while (i < size) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t e = nl ? (size_t)(nl - data) : size;
		const char *p = (const char *)data + i;
		size_t n = e - i;
		int kind;
		i = e + 1;
		if (dyad__utf8_check((const unsigned char *)p, n, &kind) != n)
			continue;
		dyad__jrec rec;
		dyad_arena_reset(&a);
		if (dyad__json_fast(p, n, &a, &text, &rec) != 1)
			continue;
		json_error_t err;
		json_t *o = json_loadb(p, n, 0, &err);
		if (!o || !json_is_object(o))
			abort();
		const char *names[4] = {"id", "date", "title", "text"};
		dyad__jfield *f[4] = {&rec.id, &rec.date, &rec.title,
		                      &rec.text};
		for (int k = 0; k < 4; k++) {
			json_t *v = json_object_get(o, names[k]);
			switch (f[k]->kind) {
			case DYAD__JF_MISSING:
				if (v)
					abort();
				break;
			case DYAD__JF_STRING:
				if (!json_is_string(v) ||
				    json_string_length(v) != f[k]->n ||
				    memcmp(json_string_value(v), f[k]->s,
				           f[k]->n) != 0 ||
				    f[k]->s[f[k]->n] != '\0')
					abort();
				break;
			case DYAD__JF_INT: {
				char tmp[32];
				if (!json_is_integer(v))
					abort();
				snprintf(tmp, sizeof tmp,
				         "%" JSON_INTEGER_FORMAT,
				         json_integer_value(v));
				/* the text field's integer is not printed */
				if (k < 3 && strcmp(tmp, f[k]->s) != 0)
					abort();
				break;
			}
			case DYAD__JF_NULL:
				if (!json_is_null(v))
					abort();
				break;
			default:
				if (!v || json_is_string(v) ||
				    json_is_integer(v) || json_is_null(v))
					abort();
				break;
			}
		}
		json_decref(o);
	}
	dyad_buf_free(&text);
	dyad_arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	o.format = DYAD_INPUT_JSONL;
	if (size > 0) {
		if (data[0] & 1)
			o.max_line = 48;
		if (data[0] & 2)
			o.max_story = 200;
	}
	dyad_reader *r = NULL;
	if (dyad_reader_open_memory(&r, "fuzz.jsonl", data, size, &o) != 0)
		abort();
	dyad_story s;
	unsigned long n = 0;
	while (dyad_reader_next(r, &s) > 0) {
		check_str(s.doc, 0);
		check_str(s.date, 1);
		check_str(s.title, 1);
		check_str(s.text, 0);
		check_str(s.expect, 1);
		if (strlen(s.text) != s.text_len || s.index != n++)
			abort();
		if (s.date && strlen(s.date) != 10)
			abort();
	}
	dyad_reader_free(r);
	check_fast_path(data, size);
	return 0;
}
