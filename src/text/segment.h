/*
 * text/segment.h — sentence splitting for news text.
 *
 * A sentence ends at '.', '!' or '?' (and closing quotes or brackets after
 * it) followed by white space and then an upper-case letter, a digit or an
 * opening quote — except after a known abbreviation (Mr., U.S., Jan., Gen.
 * ...) or a single initial (W.). A line break that ends a paragraph (an
 * empty line, or any line break in text where paragraphs are lines) also
 * ends a sentence. Sentences are returned as byte ranges of the input,
 * trimmed of white space.
 */
#ifndef DYAD_TEXT_SEGMENT_H
#define DYAD_TEXT_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct dyad_range {
	uint32_t off, len;
} dyad_range;

/*
 * Split text[0..len) into sentences. Every line break ends a sentence
 * (news text in files and JSON has one paragraph per line). Returns the
 * count, or (size_t)-1 when out of memory; *out is allocated in a.
 */
size_t dyad_segment(dyad_arena *a, const char *text, size_t len, dyad_range **out);

#endif
