/*
 * util/vec.c — growth helper for vec.h. On failure the old block is kept
 * and NULL returned; callers treat that as out of memory.
 */
#include "util/vec.h"

#include <stdint.h>

void *dyad__vec_grow(void *v, size_t *cap, size_t elem, size_t need)
{
	size_t nc = *cap ? *cap : 8;
	while (nc < need) {
		if (nc > SIZE_MAX / 2 / elem)
			return NULL;
		nc *= 2;
	}
	void *p = realloc(v, nc * elem);
	if (!p)
		return NULL;
	*cap = nc;
	return p;
}
