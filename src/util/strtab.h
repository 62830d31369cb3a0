/*
 * util/strtab.h — string interning: each distinct byte string gets a dense
 * id (0, 1, 2 ...) and is stored once in a pool. Lookups can be made with
 * an incrementally computed hash, so that every prefix of a word can be
 * probed in one pass over it (see dyad_strtab_hash_step).
 */
#ifndef DYAD_UTIL_STRTAB_H
#define DYAD_UTIL_STRTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_strtab {
	char *pool;        /* all strings, each NUL-terminated */
	size_t pool_len, pool_cap;
	uint32_t *offs;    /* id -> offset in pool */
	uint32_t *lens;    /* id -> length */
	uint32_t *hashes;  /* id -> hash */
	size_t n, cap;
	uint32_t *slots;   /* open addressing: id + 1, 0 = empty */
	size_t nslots;     /* power of two */
} dyad_strtab;

#define DYAD_HASH_INIT 2166136261u
static inline uint32_t dyad_strtab_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}
uint32_t dyad_strtab_hash(const char *s, size_t n);
/* A second hash, independent of the first, computed the same way: the
 * lexicon's literal table checks both instead of comparing the bytes. */
#define DYAD_HASH2_INIT 0x6a09e667u
static inline uint32_t dyad_strtab_hash2_step(uint32_t h, unsigned char c)
{
	h = (h ^ c) * 0x9e3779b1u;
	return (h << 13) | (h >> 19);
}

void dyad_strtab_init(dyad_strtab *t);
void dyad_strtab_free(dyad_strtab *t);
/* id of s[0..n), adding it when absent; -1 when out of memory. */
int64_t dyad_strtab_intern(dyad_strtab *t, const char *s, size_t n);
/* id of s[0..n) whose hash is h, or -1 when absent. */
int64_t dyad_strtab_find_h(const dyad_strtab *t, const char *s, size_t n, uint32_t h);
static inline int64_t dyad_strtab_find(const dyad_strtab *t, const char *s, size_t n)
{
	return dyad_strtab_find_h(t, s, n, dyad_strtab_hash(s, n));
}
static inline const char *dyad_strtab_str(const dyad_strtab *t, uint32_t id)
{
	return t->pool + t->offs[id];
}
static inline uint32_t dyad_strtab_len(const dyad_strtab *t, uint32_t id)
{
	return t->lens[id];
}

#endif
