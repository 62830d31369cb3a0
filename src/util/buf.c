/*
 * util/buf.c — growable byte buffer; see buf.h.
 */
#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_buf_free(dyad_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

void dyad_buf_clear(dyad_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

int dyad_buf_reserve(dyad_buf *b, size_t extra)
{
	if (b->oom)
		return -1;
	if (extra >= SIZE_MAX - b->len - 1)
		goto fail;
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need) {
		if (cap > SIZE_MAX / 2)
			goto fail;
		cap *= 2;
	}
	char *p = realloc(b->data, cap);
	if (!p)
		goto fail;
	b->data = p;
	b->cap = cap;
	return 0;
fail:
	b->oom = 1;
	return -1;
}

int dyad_buf_append(dyad_buf *b, const void *p, size_t n)
{
	if (dyad_buf_reserve(b, n) != 0)
		return -1;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int dyad_buf_puts(dyad_buf *b, const char *s) { return dyad_buf_append(b, s, strlen(s)); }

int dyad_buf_putc(dyad_buf *b, char c) { return dyad_buf_append(b, &c, 1); }

int dyad_buf_vprintf(dyad_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	char tmp[256];
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof tmp)
		return dyad_buf_append(b, tmp, (size_t)n);
	if (dyad_buf_reserve(b, (size_t)n) != 0)
		return -1;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = dyad_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return r;
}

int dyad_buf_json_escape(dyad_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	if (dyad_buf_reserve(b, n + 8) != 0)
		return -1;
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[7];
		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\r')
			esc = "\\r";
		else if (c == '\t')
			esc = "\\t";
		else if (c < 0x20) {
			u[0] = '\\';
			u[1] = 'u';
			u[2] = '0';
			u[3] = '0';
			u[4] = hex[c >> 4];
			u[5] = hex[c & 15];
			u[6] = '\0';
			esc = u;
		}
		if (esc) {
			if (dyad_buf_append(b, s + start, i - start) != 0 || dyad_buf_puts(b, esc) != 0)
				return -1;
			start = i + 1;
		}
	}
	return dyad_buf_append(b, s + start, n - start);
}
