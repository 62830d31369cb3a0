/*
 * ingest/lines.c — bounded line splitting and UTF-8 validation for the
 * story readers; see lines.h.
 *
 * The buffer starts at 256 KiB and grows only when a single line needs it,
 * up to max_line + 2 bytes, so memory does not depend on the input size.
 * Lines are found with memchr; the validator checks eight ASCII bytes at a
 * time and falls back to a byte-wise state machine on non-ASCII input.
 */
#include "ingest/lines.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LR_INITIAL (256u * 1024u)

int dyad__lr_init(dyad__lines *lr, dyad__src *src, size_t max_line)
{
	memset(lr, 0, sizeof *lr);
	lr->src = src;
	lr->max_line = max_line;
	lr->limit = max_line + 2;
	lr->cap = LR_INITIAL < lr->limit ? LR_INITIAL : lr->limit;
	if (lr->cap < 4096)
		lr->cap = 4096; /* room for the format sniffing window */
	lr->buf = malloc(lr->cap);
	return lr->buf ? 0 : -1;
}

void dyad__lr_free(dyad__lines *lr)
{
	free(lr->buf);
	lr->buf = NULL;
}

/*
 * Read more bytes into the free tail of the buffer, first moving the
 * unconsumed bytes to the front and growing the buffer (up to the limit)
 * when it is full. Returns the number of bytes read, 0 at the end of the
 * input or when there is no room, or a source error.
 */
static long fill(dyad__lines *lr)
{
	if (lr->err)
		return lr->err;
	if (lr->eof)
		return 0;
	if (lr->start > 0 && (lr->end == lr->cap || lr->start >= lr->cap / 2)) {
		memmove(lr->buf, lr->buf + lr->start, lr->end - lr->start);
		lr->end -= lr->start;
		lr->start = 0;
		lr->can_unread = 0;
	}
	if (lr->end == lr->cap) {
		size_t limit = lr->limit > 4096 ? lr->limit : 4096;
		if (lr->cap >= limit)
			return 0;
		size_t ncap = lr->cap * 2 < limit ? lr->cap * 2 : limit;
		char *nb = realloc(lr->buf, ncap);
		if (!nb) {
			snprintf(lr->src->err, sizeof lr->src->err,
			         "out of memory");
			lr->err = DYAD__SRC_EIO;
			return lr->err;
		}
		lr->buf = nb;
		lr->cap = ncap;
	}
	long n = dyad__src_read(lr->src, lr->buf + lr->end, lr->cap - lr->end);
	if (n < 0) {
		lr->err = (int)n;
		return n;
	}
	if (n == 0)
		lr->eof = 1;
	lr->end += (size_t)n;
	return n;
}

/* Drop a UTF-8 byte order mark at the start of the input, once. */
static long check_bom(dyad__lines *lr)
{
	while (lr->end - lr->start < 3 && !lr->eof) {
		long n = fill(lr);
		if (n < 0) {
			if (lr->end > lr->start)
				break; /* bytes before the error come first */
			return n;
		}
	}
	lr->bom_checked = 1;
	if (lr->end - lr->start >= 3 &&
	    memcmp(lr->buf + lr->start, "\xEF\xBB\xBF", 3) == 0)
		lr->start += 3;
	return 0;
}

long dyad__lr_peek(dyad__lines *lr, size_t want, const char **p)
{
	if (!lr->bom_checked) {
		long rc = check_bom(lr);
		if (rc < 0)
			return rc;
	}
	if (want > lr->cap)
		want = lr->cap;
	while (lr->end - lr->start < want && !lr->eof) {
		long n = fill(lr);
		if (n < 0) {
			if (lr->end > lr->start)
				break; /* bytes before the error come first */
			return n;
		}
		if (n == 0 && !lr->eof)
			break; /* buffer full */
	}
	*p = lr->buf + lr->start;
	return (long)(lr->end - lr->start);
}

/*
 * Discard input up to and including the next '\n' (or the end), reading
 * buffer after buffer without keeping them: the tail of an over-long line.
 */
static int skip_rest_of_line(dyad__lines *lr)
{
	for (;;) {
		char *nl =
		        memchr(lr->buf + lr->start, '\n', lr->end - lr->start);
		if (nl) {
			lr->start = (size_t)(nl - lr->buf) + 1;
			lr->scan = 0;
			return 0;
		}
		lr->start = lr->end = 0;
		lr->scan = 0;
		long n = fill(lr);
		if (n < 0)
			return (int)n;
		if (n == 0)
			return 0;
	}
}

int dyad__lr_next(dyad__lines *lr, dyad__line *out)
{
	if (!lr->bom_checked) {
		long rc = check_bom(lr);
		if (rc < 0)
			return (int)rc;
	}
	lr->can_unread = 0;
	for (;;) {
		size_t avail = lr->end - lr->start;
		char *base = lr->buf + lr->start;
		char *nl = NULL;
		if (lr->scan < avail)
			nl = memchr(base + lr->scan, '\n', avail - lr->scan);
		size_t len;
		if (nl) {
			len = (size_t)(nl - base);
		} else if (lr->err) {
			return lr->err; /* the partial line is dropped */
		} else if (lr->eof) {
			if (avail == 0)
				return 0;
			len = avail;
		} else {
			lr->scan = avail;
			if (avail > lr->max_line + 1) {
				/* too long whatever follows: skip it */
				out->no = ++lr->no;
				out->p = "";
				out->len = 0;
				out->bad = DYAD__LINE_LONG;
				out->col = lr->max_line + 1;
				int rc = skip_rest_of_line(lr);
				return rc < 0 ? rc : 1;
			}
			/* scan stays relative to start across a compaction */
			fill(lr); /* an error is seen at the top of the loop */
			continue;
		}
		/* a line of len bytes at base; nl (if any) ends it */
		size_t consumed = len + (nl ? 1 : 0);
		if (len > 0 && base[len - 1] == '\r' && nl)
			len--;
		out->no = ++lr->no;
		lr->prev_start = lr->start;
		lr->can_unread = 1;
		lr->start += consumed;
		lr->scan = 0;
		if (len > lr->max_line) {
			out->p = "";
			out->len = 0;
			out->bad = DYAD__LINE_LONG;
			out->col = lr->max_line + 1;
			lr->can_unread = 0;
			return 1;
		}
		out->p = base;
		out->len = len;
		int kind = DYAD__LINE_OK;
		size_t off = dyad__utf8_check((const unsigned char *)base, len,
		                              &kind);
		if (off < len) {
			out->bad = kind;
			out->col = off + 1;
		} else {
			out->bad = DYAD__LINE_OK;
			out->col = 0;
		}
		return 1;
	}
}

void dyad__lr_unread(dyad__lines *lr)
{
	if (!lr->can_unread)
		return;
	lr->start = lr->prev_start;
	lr->scan = 0;
	lr->no--;
	lr->can_unread = 0;
}

/* Does the 64-bit word hold a zero byte? (the classic bit trick) */
static inline int has_zero(uint64_t v)
{
	return ((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull) != 0;
}

size_t dyad__utf8_check(const unsigned char *p, size_t n, int *kind)
{
	size_t i = 0;
	while (i < n) {
		/* fast path: eight ASCII bytes, none of them NUL */
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, p + i, 8);
			if ((v & 0x8080808080808080ull) || has_zero(v))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned c = p[i];
		if (c < 0x80) {
			if (c == 0) {
				*kind = DYAD__LINE_NUL;
				return i;
			}
			i++;
			continue;
		}
		*kind = DYAD__LINE_UTF8;
		size_t need;
		unsigned lo = 0x80, hi = 0xBF; /* range of the second byte */
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0)
				lo = 0xA0; /* no overlong forms */
			else if (c == 0xED)
				hi = 0x9F; /* no surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F; /* nothing above U+10FFFF */
		} else {
			return i;
		}
		if (i + need >= n)
			return i; /* sequence cut by the end of the line */
		if (p[i + 1] < lo || p[i + 1] > hi)
			return i;
		for (size_t k = 2; k <= need; k++)
			if ((p[i + k] & 0xC0) != 0x80)
				return i;
		i += need + 1;
	}
	*kind = DYAD__LINE_OK;
	return n;
}
