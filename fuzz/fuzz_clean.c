/*
 * fuzz/fuzz_clean.c — libFuzzer target: dyad_clean() on any bytes. The
 * spans must cover the input exactly and in order, each made of whole
 * lines, with a known kind and a name for it; adjacent spans differ in
 * kind. The first input byte, when odd, runs the same input a second time
 * through a fresh arena with tiny blocks, to reach the large-request path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/clean.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const uint8_t *data, size_t size, size_t block)
{
	dyad_arena a;
	dyad_arena_init(&a, block);
	dyad_textspan *s = NULL;
	size_t n = dyad_clean(&a, (const char *)data, size, &s);
	if (n == (size_t)-1)
		abort(); /* inputs here are far below any limit: only OOM fails */
	if (size == 0 && n != 0)
		abort();
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i].off != at || s[i].len == 0 || s[i].kind >= DYAD_SPAN_NKINDS)
			abort();
		if (i > 0 && s[i].kind == s[i - 1].kind)
			abort();
		if (!strcmp(dyad_span_kind_name(s[i].kind), "unknown"))
			abort();
		at += s[i].len;
		if (at > size || (at < size && data[at - 1] != '\n'))
			abort();
	}
	if (at != size)
		abort();
	dyad_arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check(data, size, 0);
	if (size > 0 && (data[0] & 1))
		check(data, size, 64);
	return 0;
}
