/*
 * util/strtab.c — string interning with open addressing; see strtab.h.
 */
#include "util/strtab.h"

#include <stdlib.h>
#include <string.h>

uint32_t dyad_strtab_hash(const char *s, size_t n)
{
	uint32_t h = DYAD_HASH_INIT;
	for (size_t i = 0; i < n; i++)
		h = dyad_strtab_hash_step(h, (unsigned char)s[i]);
	return h;
}

void dyad_strtab_init(dyad_strtab *t) { memset(t, 0, sizeof *t); }

void dyad_strtab_free(dyad_strtab *t)
{
	free(t->pool);
	free(t->offs);
	free(t->lens);
	free(t->hashes);
	free(t->slots);
	memset(t, 0, sizeof *t);
}

int64_t dyad_strtab_find_h(const dyad_strtab *t, const char *s, size_t n, uint32_t h)
{
	if (!t->nslots)
		return -1;
	size_t mask = t->nslots - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t v = t->slots[i];
		if (!v)
			return -1;
		uint32_t id = v - 1;
		if (t->hashes[id] == h && t->lens[id] == n && memcmp(t->pool + t->offs[id], s, n) == 0)
			return id;
	}
}

static int rehash(dyad_strtab *t, size_t nslots)
{
	uint32_t *slots = calloc(nslots, sizeof *slots);
	if (!slots)
		return -1;
	for (size_t id = 0; id < t->n; id++) {
		size_t i = t->hashes[id] & (nslots - 1);
		while (slots[i])
			i = (i + 1) & (nslots - 1);
		slots[i] = (uint32_t)id + 1;
	}
	free(t->slots);
	t->slots = slots;
	t->nslots = nslots;
	return 0;
}

int64_t dyad_strtab_intern(dyad_strtab *t, const char *s, size_t n)
{
	uint32_t h = dyad_strtab_hash(s, n);
	int64_t id = dyad_strtab_find_h(t, s, n, h);
	if (id >= 0)
		return id;
	if ((t->n + 1) * 2 > t->nslots && rehash(t, t->nslots ? t->nslots * 2 : 1024))
		return -1;
	if (t->n == t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 256;
		uint32_t *o = realloc(t->offs, nc * sizeof *o);
		if (!o)
			return -1;
		t->offs = o;
		uint32_t *l = realloc(t->lens, nc * sizeof *l);
		if (!l)
			return -1;
		t->lens = l;
		uint32_t *hh = realloc(t->hashes, nc * sizeof *hh);
		if (!hh)
			return -1;
		t->hashes = hh;
		t->cap = nc;
	}
	if (t->pool_len + n + 1 > t->pool_cap) {
		size_t nc = t->pool_cap ? t->pool_cap : 4096;
		while (nc < t->pool_len + n + 1)
			nc *= 2;
		char *p = realloc(t->pool, nc);
		if (!p)
			return -1;
		t->pool = p;
		t->pool_cap = nc;
	}
	memcpy(t->pool + t->pool_len, s, n);
	t->pool[t->pool_len + n] = '\0';
	id = (int64_t)t->n++;
	t->offs[id] = (uint32_t)t->pool_len;
	t->lens[id] = (uint32_t)n;
	t->hashes[id] = h;
	t->pool_len += n + 1;
	size_t mask = t->nslots - 1;
	size_t i = h & mask;
	while (t->slots[i])
		i = (i + 1) & mask;
	t->slots[i] = (uint32_t)id + 1;
	return id;
}
