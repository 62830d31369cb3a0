/*
 * util/buf.h — a growable byte buffer (malloc-backed), used for output and
 * for reading files. The contents are always NUL-terminated.
 */
#ifndef DYAD_UTIL_BUF_H
#define DYAD_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct dyad_buf {
	char *data; /* NUL-terminated; NULL until the first append */
	size_t len;
	size_t cap;
	int oom; /* set once an allocation failed; later appends are no-ops */
} dyad_buf;

#define DYAD_BUF_INIT {NULL, 0, 0, 0}

void dyad_buf_free(dyad_buf *b);
void dyad_buf_clear(dyad_buf *b);
/* 0 on success, -1 (and b->oom set) when out of memory. */
int dyad_buf_reserve(dyad_buf *b, size_t extra);
int dyad_buf_append(dyad_buf *b, const void *p, size_t n);
int dyad_buf_puts(dyad_buf *b, const char *s);
int dyad_buf_putc(dyad_buf *b, char c);
int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int dyad_buf_vprintf(dyad_buf *b, const char *fmt, va_list ap);
/* Append s as the inside of a JSON string (no quotes added). */
int dyad_buf_json_escape(dyad_buf *b, const char *s, size_t n);

#endif
