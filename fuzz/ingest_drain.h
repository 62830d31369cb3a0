/*
 * fuzz/ingest_drain.h — the part every ingest fuzz target shares: open a
 * memory reader in one format and drain it, checking every story against
 * the API's promises (NUL-terminated valid UTF-8 strings, text_len,
 * consecutive index, 10-character dates). The first input byte picks small
 * limits (max_line, max_story) so that the over-long paths are reached with
 * small inputs. Included by fuzz/fuzz_ingest_*.c only.
 */
#ifndef DYAD_FUZZ_INGEST_DRAIN_H
#define DYAD_FUZZ_INGEST_DRAIN_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/ingest.h"
#include "ingest/lines.h"

/* Abort unless s is NULL (when allowed) or valid NUL-free UTF-8. */
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

static void drain(const uint8_t *data, size_t size, dyad_input_format fmt, const char *name)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	o.format = fmt;
	if (size > 0) {
		if (data[0] & 1)
			o.max_line = 48;
		if (data[0] & 2)
			o.max_story = 200;
	}
	dyad_reader *r = NULL;
	if (dyad_reader_open_memory(&r, name, data, size, &o) != 0)
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
}

#endif
