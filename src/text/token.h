/*
 * text/token.h — the word splitter used by the coder.
 *
 * A sentence is cut into tokens that are slices (offset, length) of the
 * original bytes, each with a folded form (upper case, no diacritics) used
 * for dictionary matching. The filtering follows TABARI's rules: hyphens,
 * '?' and '!' separate words; a period after a lower-case letter ends a
 * word and is dropped, while periods in abbreviations (U.N.) stay; commas
 * inside numbers are dropped ("1,500" is one number); semicolons, colons
 * and parentheses count as commas; commas and double quotes are tokens of
 * their own; other punctuation separates words and is dropped, except the
 * apostrophe and '$', which are part of words.
 */
#ifndef DYAD_TEXT_TOKEN_H
#define DYAD_TEXT_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

enum {
	DYAD_TOK_WORD = 0,
	DYAD_TOK_NUMBER, /* starts with a digit */
	DYAD_TOK_COMMA,  /* , or ; */
	DYAD_TOK_QUOTE   /* " */
};

typedef struct dyad_token {
	uint32_t off, len; /* span in the source text */
	const char *norm;  /* folded form, NUL-terminated, in the arena; the 8
	                      bytes from any of its bytes may be read */
	uint32_t nlen;
	uint8_t kind;    /* DYAD_TOK_* */
	uint8_t cap;     /* first letter is upper case in the source */
	uint8_t lower;   /* the source word has a lower-case letter */
} dyad_token;

/*
 * Split text[0..len) into tokens allocated in arena a. Returns the count,
 * or (size_t)-1 when out of memory. *out receives the array.
 */
size_t dyad_tokenize(dyad_arena *a, const char *text, size_t len, dyad_token **out);

#endif
