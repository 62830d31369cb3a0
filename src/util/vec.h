/*
 * util/vec.h — a typed growable array (malloc-backed) for build-time
 * tables. DYAD_VEC(T) declares a struct { T *v; size_t n, cap; }.
 * dyad_vec_push() returns a pointer to the new zeroed slot or NULL.
 */
#ifndef DYAD_UTIL_VEC_H
#define DYAD_UTIL_VEC_H

#include <stdlib.h>
#include <string.h>

#define DYAD_VEC(T)                                                            \
	struct {                                                               \
		T *v;                                                          \
		size_t n, cap;                                                 \
	}

void *dyad__vec_grow(void *v, size_t *cap, size_t elem, size_t need);

#define dyad_vec_reserve(vec, extra)                                           \
	(((vec)->n + (extra) <= (vec)->cap) ||                                 \
	 ((vec)->v = dyad__vec_grow((vec)->v, &(vec)->cap, sizeof *(vec)->v,   \
	                            (vec)->n + (extra))) != NULL)

#define dyad_vec_push(vec)                                                     \
	(dyad_vec_reserve(vec, 1)                                              \
	     ? memset(&(vec)->v[(vec)->n++], 0, sizeof *(vec)->v)              \
	     : NULL)

#define dyad_vec_free(vec)                                                     \
	do {                                                                   \
		free((vec)->v);                                                \
		(vec)->v = NULL;                                               \
		(vec)->n = (vec)->cap = 0;                                     \
	} while (0)

#endif
