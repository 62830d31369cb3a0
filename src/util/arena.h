/*
 * util/arena.h — a bump allocator. All memory of one story (tokens,
 * matches, events) comes from one arena that is reset between stories, so
 * the hot path never calls malloc per token. Not thread-safe: one arena per
 * worker.
 */
#ifndef DYAD_UTIL_ARENA_H
#define DYAD_UTIL_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct dyad__arena_block dyad__arena_block;

typedef struct dyad_arena {
	dyad__arena_block *head; /* current block, newest first */
	char *ptr;               /* next free byte in head */
	char *end;               /* end of head */
	size_t block_size;       /* size of the next ordinary block */
	size_t total;            /* bytes held in all blocks */
	dyad__arena_block *spare; /* ordinary blocks kept by reset, for reuse */
	size_t spare_bytes;
} dyad_arena;

/* Initialise an empty arena; no memory is taken until the first alloc. */
void dyad_arena_init(dyad_arena *a, size_t block_size);
/* Give back every block. The arena can be used again afterwards. */
void dyad_arena_free(dyad_arena *a);
/*
 * Forget every allocation but keep the blocks (up to DYAD_ARENA_KEEP bytes
 * of them), so that a worker coding story after story reaches a steady
 * state with no malloc and no fresh pages at all.
 */
#define DYAD_ARENA_KEEP (8u << 20)
void dyad_arena_reset(dyad_arena *a);
/* n bytes aligned to 16; NULL when out of memory. n == 0 gives a valid ptr. */
void *dyad_arena_alloc(dyad_arena *a, size_t n);
/* Like alloc, zero-filled. */
void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size);
/* A NUL-terminated copy of s[0..n). */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);

#endif
