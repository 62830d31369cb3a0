/*
 * text/clean.h — telling news from the rest of a plain-text news page.
 *
 * A news page scraped to plain text carries more than the story: reader
 * comments, bylines, photo credits and captions, video blurbs, dates, and
 * site boilerplate ("Read more: ...", "Sign up for our newsletter",
 * "Copyright ...", "Loading..."). Events must not be coded from any of it.
 * dyad_clean() labels every line of a text with what it is, from the shape
 * of the line (length, punctuation, pronouns, credit and timestamp patterns,
 * fixed site phrases) and from the structure of the page (once a comment
 * thread starts after the story, the page does not go back to news). The
 * method and the list of signals are in docs/cleaning.md.
 *
 * Linear in the input, no allocation beyond the arena, safe on any bytes
 * (invalid UTF-8, NUL, very long lines).
 */
#ifndef DYAD_TEXT_CLEAN_H
#define DYAD_TEXT_CLEAN_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum {
	DYAD_SPAN_BODY = 0,    /* the story: titles, headings, paragraphs, quotes */
	DYAD_SPAN_BOILERPLATE, /* site text: links, prompts, ads, copyright, forms */
	DYAD_SPAN_CAPTION,     /* photo/video captions, credits, media placeholders */
	DYAD_SPAN_BYLINE,      /* author lines, "contributed to this report", bios */
	DYAD_SPAN_DATELINE,    /* a line that is only a date or a place dateline */
	DYAD_SPAN_COMMENT      /* reader comments and their thread furniture */
} dyad_span_kind;

#define DYAD_SPAN_NKINDS 6

typedef struct dyad_textspan {
	uint32_t off, len; /* byte range in the text */
	uint8_t kind;      /* dyad_span_kind */
} dyad_textspan;

/*
 * Classify text[0..len) into consecutive spans that cover it exactly, in
 * order, with no gaps: spans[0].off == 0, each span starts where the one
 * before it ends, and the last one ends at len. A span is one or more whole
 * lines (a line ends after '\n'; the last line may lack it) of the same
 * kind; adjacent lines of the same kind are merged. Blank lines (only
 * white space) belong to the span before them; blank lines at the very
 * start belong to the first span.
 *
 * Returns the number of spans (0 when len == 0), or (size_t)-1 when out of
 * memory or when len does not fit the 32-bit offsets (len > UINT32_MAX).
 * *out is allocated in arena a and stays valid until the arena is reset.
 */
size_t dyad_clean(dyad_arena *a, const char *text, size_t len, dyad_textspan **out);

/* Short English name of a kind: "body", "boilerplate", "caption", "byline",
 * "dateline", "comment"; "unknown" for any other value. */
const char *dyad_span_kind_name(int kind);

/*
 * Internal self-check for the tests: 0 when the built-in word and phrase
 * tables are sorted and well formed (binary search depends on it), else the
 * 1-based index of the first bad entry.
 */
int dyad__clean_check_tables(void);

#endif
