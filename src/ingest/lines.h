/*
 * ingest/lines.h — the line layer of the story readers (internal).
 *
 * Splits the bytes of a source into lines with a bounded buffer: a line is
 * at most max_line bytes; a longer one is reported (flag DYAD__LINE_LONG)
 * and its bytes are skipped without being kept. Each line is checked for
 * NUL bytes and invalid UTF-8. "\n" and "\r\n" both end a line, and a UTF-8
 * byte order mark at the very start of the input is dropped.
 */
#ifndef DYAD_INGEST_LINES_H
#define DYAD_INGEST_LINES_H

#include <stddef.h>

#include "ingest/source.h"

/* What is wrong with a line. */
enum {
	DYAD__LINE_OK = 0,
	DYAD__LINE_NUL,  /* contains a NUL byte */
	DYAD__LINE_UTF8, /* contains invalid UTF-8 */
	DYAD__LINE_LONG  /* longer than max_line; p/len are empty */
};

typedef struct dyad__line {
	const char *p; /* the bytes, without the line ending; not NUL-ended */
	size_t len;
	unsigned long no; /* 1-based line number */
	int bad;          /* DYAD__LINE_* */
	size_t col;       /* 1-based byte column of the first bad byte */
} dyad__line;

typedef struct dyad__lines {
	dyad__src *src;
	char *buf;
	size_t cap;   /* allocated bytes */
	size_t limit; /* largest cap allowed: max_line + 2 (CR LF) */
	size_t start; /* first byte not yet returned */
	size_t scan;  /* bytes from start already known to hold no '\n' */
	size_t end;   /* end of the valid bytes */
	size_t max_line;
	unsigned long no; /* number of the last line returned */
	int eof;          /* the source is exhausted */
	int err;          /* sticky source error (< 0) */
	int bom_checked;
	/* for dyad__lr_unread() */
	size_t prev_start;
	int can_unread;
} dyad__lines;

/* Set up a line reader over src; 0, or -1 when out of memory. */
int dyad__lr_init(dyad__lines *lr, dyad__src *src, size_t max_line);
void dyad__lr_free(dyad__lines *lr);
/*
 * Make at least `want` bytes available (fewer at the end of the input) and
 * return them without consuming anything: used to sniff the format. The BOM
 * is already removed. Returns the number of bytes or a source error (< 0).
 */
long dyad__lr_peek(dyad__lines *lr, size_t want, const char **p);
/*
 * Next line: 1 and *out filled; 0 at the end of input; a source error
 * (< 0, message in lr->src->err). A partial last line cut by a source error
 * is dropped.
 */
int dyad__lr_next(dyad__lines *lr, dyad__line *out);
/*
 * Push back the line just returned by dyad__lr_next() (not a LONG one) so
 * that the next call returns it again. Only one line can be pushed back.
 */
void dyad__lr_unread(dyad__lines *lr);

/*
 * Offset of the first byte of p[0..n) that is a NUL or not part of valid
 * UTF-8, or n when there is none; *kind gets DYAD__LINE_NUL or _UTF8.
 */
size_t dyad__utf8_check(const unsigned char *p, size_t n, int *kind);

#endif
