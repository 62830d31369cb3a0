/*
 * text/swar.h — eight ASCII bytes at a time (internal to src/text).
 *
 * The scanners of the cleaner and the tokenizer spend most of their time
 * in runs of ASCII letters and digits. dyad__swar_run() classifies eight
 * bytes with a few integer operations instead of a branch per byte. It
 * needs a little-endian machine (the first byte in the low bits);
 * DYAD__SWAR is 0 elsewhere and the callers keep their byte loops.
 */
#ifndef DYAD_TEXT_SWAR_H
#define DYAD_TEXT_SWAR_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
        __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DYAD__SWAR 1
#else
#define DYAD__SWAR 0
#endif

#define DYAD__SWAR_ONES UINT64_C(0x0101010101010101)
#define DYAD__SWAR_HIGH UINT64_C(0x8080808080808080)

/* Bit 7 of each byte: set where the byte of v (all bytes < 0x80) lies in
 * [lo, hi]. */
static inline uint64_t dyad__swar_range(uint64_t v, unsigned lo, unsigned hi)
{
	uint64_t ge_lo = v + DYAD__SWAR_ONES * (0x80u - lo);
	uint64_t gt_hi = v + DYAD__SWAR_ONES * (0x7Fu - hi);
	return ge_lo & ~gt_hi & DYAD__SWAR_HIGH;
}

/* The eight bytes at p, split into lower-case letters, upper-case letters
 * and digits (bit 7 of each byte), and the number of bytes (0-8) before
 * the first one that is none of these. */
typedef struct dyad__swar {
	uint64_t v, lower, upper, digit;
	unsigned n;
} dyad__swar;

static inline void dyad__swar_run(const unsigned char *p, dyad__swar *r)
{
	uint64_t v;
	memcpy(&v, p, 8);
	r->v = v;
	/* bytes from 0x80 on: classified as none, and kept out of the sums */
	uint64_t high = v & DYAD__SWAR_HIGH;
	uint64_t a = v & ~DYAD__SWAR_HIGH;
	uint64_t lower = dyad__swar_range(a, 'a', 'z') & ~high;
	uint64_t upper = dyad__swar_range(a, 'A', 'Z') & ~high;
	uint64_t digit = dyad__swar_range(a, '0', '9') & ~high;
	uint64_t stop = ~(lower | upper | digit) & DYAD__SWAR_HIGH;
	unsigned n = stop ? (unsigned)__builtin_ctzll(stop) / 8 : 8;
	uint64_t keep = n == 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * n)) - 1;
	r->lower = lower & keep;
	r->upper = upper & keep;
	r->digit = digit & keep;
	r->n = n;
}

/* The number of bytes of m (a mask of bit 7 of each byte, as from
 * dyad__swar_run) that are marked: one multiplication. */
static inline unsigned dyad__swar_count(uint64_t m)
{
	return (unsigned)(((m >> 7) * DYAD__SWAR_ONES) >> 56);
}

/* Bit 7 of each byte of v that equals c, exact for the lowest such byte
 * (a borrow may also mark bytes above it: callers take the lowest). */
static inline uint64_t dyad__swar_eq(uint64_t v, unsigned char c)
{
	uint64_t x = v ^ (DYAD__SWAR_ONES * c);
	return (x - DYAD__SWAR_ONES) & ~x & DYAD__SWAR_HIGH;
}

/* The offset from i of the first byte of p[i..len) that is '.', '!', '?'
 * or '\n' (the bytes the sentence splitter stops at); len - i if none. */
static inline size_t dyad__swar_find_stop(const unsigned char *p, size_t i, size_t len)
{
	size_t k = i;
#if DYAD__SWAR
	for (; k + 8 <= len; k += 8) {
		uint64_t v;
		memcpy(&v, p + k, 8);
		uint64_t m = dyad__swar_eq(v, '.') | dyad__swar_eq(v, '!') | dyad__swar_eq(v, '?') |
		             dyad__swar_eq(v, '\n');
		if (m)
			return k + (size_t)__builtin_ctzll(m) / 8 - i;
	}
#endif
	for (; k < len; k++)
		if (p[k] == '.' || p[k] == '!' || p[k] == '?' || p[k] == '\n')
			break;
	return k - i;
}

/* Has p[0..len) an ASCII digit? */
static inline int dyad__swar_has_digit(const unsigned char *p, size_t len)
{
	size_t k = 0;
#if DYAD__SWAR
	for (; k + 8 <= len; k += 8) {
		uint64_t v;
		memcpy(&v, p + k, 8);
		if (dyad__swar_range(v & ~DYAD__SWAR_HIGH, '0', '9') & ~v)
			return 1;
	}
#endif
	for (; k < len; k++)
		if (p[k] >= '0' && p[k] <= '9')
			return 1;
	return 0;
}

#endif
