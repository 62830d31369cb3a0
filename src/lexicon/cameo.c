/*
 * cameo.c — look-up in the CAMEO code table.
 *
 * The table itself, dyad_cameo_count() and dyad_cameo_at() live in
 * cameo_table.c, which tools/gen-cameo-table generates from data/cameo.tsv,
 * sorted by code in byte order.
 */
#include "dyad/cameo.h"

#include <string.h>

/* Exact match by binary search; NULL when absent. */
static const dyad_cameo_code *find_exact(const char *code)
{
	size_t lo = 0, hi = dyad_cameo_count();

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const dyad_cameo_code *e = dyad_cameo_at(mid);
		int c = strcmp(code, e->code);

		if (c == 0)
			return e;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const dyad_cameo_code *dyad_cameo_lookup(const char *code)
{
	char buf[5];
	size_t n;
	const dyad_cameo_code *e;

	if (code == NULL)
		return NULL;
	for (n = 0; code[n] != '\0'; n++) {
		if (n >= 4 || code[n] < '0' || code[n] > '9')
			return NULL;
	}
	if (n < 2)
		return NULL;
	memcpy(buf, code, n + 1);

	for (;;) {
		e = find_exact(buf);
		if (e != NULL)
			return e;
		if (n == 4) {
			/* "0879" -> "087" */
			buf[3] = '\0';
			n = 3;
		} else if (n == 3 && buf[2] != '0') {
			/* "089" -> "080" */
			buf[2] = '0';
		} else if (n == 3) {
			/* "080" -> "08" */
			buf[2] = '\0';
			n = 2;
		} else {
			return NULL;
		}
	}
}
