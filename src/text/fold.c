/*
 * text/fold.c — case and diacritic folding; see fold.h.
 */
#include "text/fold.h"

#include <utf8proc.h>

size_t dyad_utf8_decode(const char *s, size_t n, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
	                                      (utf8proc_ssize_t)n, &c);
	if (k <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)k;
}

int32_t dyad_fold_punct(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC:
	case 0x00B4: case 0x0060:
		return '\'';
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
	case 0x00BB: case 0x2033:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212:
		return '-';
	case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
	case 0x202F: case 0x3000:
		return ' ';
	case 0x2026:
		return '.';
	default:
		return cp;
	}
}

size_t dyad_fold_cp(int32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)((cp >= 'a' && cp <= 'z') ? cp - 32 : cp);
		return 1;
	}
	cp = dyad_fold_punct(cp);
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	/* Special letters without a decomposition. */
	switch (cp) {
	case 0x00DF: out[0] = 'S'; out[1] = 'S'; return 2;      /* ß */
	case 0x00E6: case 0x00C6: out[0] = 'A'; out[1] = 'E'; return 2;
	case 0x0153: case 0x0152: out[0] = 'O'; out[1] = 'E'; return 2;
	case 0x00F8: case 0x00D8: out[0] = 'O'; return 1;       /* ø */
	case 0x0131: out[0] = 'I'; return 1;                    /* dotless i */
	case 0x0142: case 0x0141: out[0] = 'L'; return 1;       /* ł */
	case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: out[0] = 'D'; return 1;
	case 0x00FE: case 0x00DE: out[0] = 'T'; out[1] = 'H'; return 2;
	case 0x02BF: case 0x02BE: case 0x02BB: return 0;        /* ayn/hamza marks */
	default: break;
	}
	utf8proc_int32_t buf[8];
	utf8proc_ssize_t k = utf8proc_decompose_char(
		cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
		NULL);
	size_t n = 0;
	if (k <= 0 || k > 8) {
		buf[0] = cp;
		k = 1;
	}
	for (utf8proc_ssize_t i = 0; i < k && n < 8; i++) {
		utf8proc_int32_t c = buf[i];
		if (c < 0x80) {
			out[n++] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
		} else {
			const utf8proc_property_t *p = utf8proc_get_property(c);
			if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_ME)
				continue;
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_toupper(c), enc);
			if (n + (size_t)e > 8)
				break;
			for (utf8proc_ssize_t j = 0; j < e; j++)
				out[n++] = (char)enc[j];
		}
	}
	return n;
}
