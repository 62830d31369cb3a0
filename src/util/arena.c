/*
 * util/arena.c — bump allocator with block reuse; see arena.h.
 */
#include "util/arena.h"

#include <stdint.h>
#include <stdlib.h>

struct dyad__arena_block {
	dyad__arena_block *next;
	size_t size; /* usable bytes after the header */
	max_align_t align[];
};

#define ALIGN 16u

void dyad_arena_init(dyad_arena *a, size_t block_size)
{
	memset(a, 0, sizeof *a);
	a->block_size = block_size ? block_size : 64 * 1024;
}

static void free_list(dyad__arena_block *b)
{
	while (b) {
		dyad__arena_block *n = b->next;
		free(b);
		b = n;
	}
}

void dyad_arena_free(dyad_arena *a)
{
	free_list(a->head);
	free_list(a->spare);
	a->head = a->spare = NULL;
	a->ptr = a->end = NULL;
	a->total = a->spare_bytes = 0;
}

void dyad_arena_reset(dyad_arena *a)
{
	dyad__arena_block *b = a->head;
	while (b) {
		dyad__arena_block *n = b->next;
		/* ordinary blocks are kept (up to DYAD_ARENA_KEEP bytes); the
		 * blocks of single large requests are given back */
		if (b->size == a->block_size && a->spare_bytes + b->size <= DYAD_ARENA_KEEP) {
			b->next = a->spare;
			a->spare = b;
			a->spare_bytes += b->size;
		} else {
			free(b);
		}
		b = n;
	}
	a->head = NULL;
	a->ptr = a->end = NULL;
	a->total = a->spare_bytes;
}

static int grow(dyad_arena *a, size_t n)
{
	size_t size = a->block_size;
	if (n > size / 4)
		size = n + ALIGN; /* large request: a block of its own */
	if (size < n)
		return -1;
	dyad__arena_block *b;
	if (size == a->block_size && a->spare) {
		b = a->spare;
		a->spare = b->next;
		a->spare_bytes -= b->size;
	} else {
		b = malloc(sizeof *b + size);
		if (!b)
			return -1;
		b->size = size;
		a->total += size;
	}
	b->next = a->head;
	a->head = b;
	a->ptr = (char *)b->align;
	a->end = a->ptr + size;
	return 0;
}

void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
	if (n > SIZE_MAX - 2 * ALIGN)
		return NULL;
	size_t need = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (need == 0)
		need = ALIGN;
	if (!a->ptr || (size_t)(a->end - a->ptr) < need) {
		if (grow(a, need) != 0)
			return NULL;
	}
	void *p = a->ptr;
	a->ptr += need;
	return p;
}

void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	void *p = dyad_arena_alloc(a, count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n)
{
	char *p = dyad_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
