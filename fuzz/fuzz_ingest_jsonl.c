/*
 * fuzz/fuzz_ingest_jsonl.c — libFuzzer target: a memory reader for JSON
 * Lines drained to the end (fuzz/ingest_drain.h), and the JSONL fast path
 * checked line by line against jansson.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ingest_drain.h"
#include "ingest/json_fast.h"
#include "ingest/lines.h"
#include "util/arena.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	drain(data, size, DYAD_INPUT_JSONL, "fuzz.jsonl");
	check_fast_path(data, size);
	return 0;
}
