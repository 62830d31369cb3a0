/*
 * ingest/json_fast.h — a fast path for JSON Lines records (internal).
 *
 * jansson builds a full tree with a malloc per value and reads its input a
 * character at a time, which caps a JSONL reader well below the speed the
 * rest of the pipeline needs. Almost every record is a flat object of
 * strings, numbers and literals, so this parser handles exactly that case
 * and extracts the four fields the reader uses, decoding the text straight
 * into the story buffer. Whenever it meets anything unusual, including
 * every kind of error, it declines and the caller falls back to jansson,
 * which then gives the authoritative result and error message: the fast
 * path never accepts a line jansson would reject, and never reads a field
 * differently (the jsonl fuzz target checks both properties).
 */
#ifndef DYAD_INGEST_JSON_FAST_H
#define DYAD_INGEST_JSON_FAST_H

#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"

/* What a field of the record holds. */
enum {
	DYAD__JF_MISSING = 0,
	DYAD__JF_STRING, /* s: decoded, NUL-terminated; n: length */
	DYAD__JF_INT,    /* s: printed as jansson does (not for "text") */
	DYAD__JF_NULL,
	DYAD__JF_OTHER   /* real, true, false, object, array */
};

typedef struct dyad__jfield {
	int kind;
	const char *s;
	size_t n;
} dyad__jfield;

typedef struct dyad__jrec {
	dyad__jfield id, date, title, text;
} dyad__jrec;

/*
 * Parse the line p[0..n) (valid UTF-8, no NUL) as one JSON object. Returns
 * 1 with *out filled: id, date and title strings live in the arena, the
 * text is decoded into *text (cleared first). Returns 0 when the line must
 * go to jansson instead; -1 when out of memory.
 */
int dyad__json_fast(const char *p, size_t n, dyad_arena *a, dyad_buf *text,
                    dyad__jrec *out);

#endif
