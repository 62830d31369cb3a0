/*
 * text/fold.h — case and diacritic folding for matching.
 *
 * Dictionary matching works on an upper-case, diacritic-free form of each
 * word: "Sulaymānī" and "SULAYMANI" fold to the same bytes. ASCII takes a
 * fast path; other code points are decomposed with utf8proc (NFKD), their
 * combining marks dropped and the rest upper-cased. Typographic quotes and
 * dashes fold to their ASCII counterparts.
 */
#ifndef DYAD_TEXT_FOLD_H
#define DYAD_TEXT_FOLD_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one UTF-8 code point from s[0..n). Returns its byte length (>= 1)
 * and stores the code point in *cp; an invalid byte yields length 1 and
 * U+FFFD.
 */
size_t dyad_utf8_decode(const char *s, size_t n, int32_t *cp);

/*
 * Fold the code point cp and append the result to out (at most 8 bytes are
 * written; the count is returned). Letters become upper-case ASCII where a
 * decomposition to ASCII exists; other letters are upper-cased and kept as
 * UTF-8; combining marks produce nothing.
 */
size_t dyad_fold_cp(int32_t cp, char *out);

/* Map typographic punctuation to ASCII: ’ ‘ ′ → ', “ ” „ → ", – — ‐ → -.
 * Returns cp unchanged otherwise. */
int32_t dyad_fold_punct(int32_t cp);

#endif
