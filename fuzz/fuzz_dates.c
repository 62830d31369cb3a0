/*
 * fuzz/fuzz_dates.c — libFuzzer target: date expressions in a sentence
 * (dates/dates.h) with the story date fixed at 2020-01-03. The first input
 * byte picks the options: bit 0 the caller's future-tense guess, bit 1
 * day-first numeric dates, bit 2 an anchor (2019-12-30). The rest is the
 * sentence. Every match is checked against the API's promises (in bounds,
 * in order, inside its clause, a valid date in 1900..2100), a smaller max
 * must give a prefix of the same matches, and dyad_dates_for_event() must
 * return one of the matches' dates.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXM 64

static void check_match(const dyad_date_match *m, size_t len)
{
	char buf[11];
	const dyad_date *d = &m->date;
	if (m->len == 0 || (uint64_t)m->off + m->len > len)
		abort();
	if (m->off < m->clause_off || (uint64_t)m->off + m->len > (uint64_t)m->clause_off + m->clause_len ||
	    (uint64_t)m->clause_off + m->clause_len > len)
		abort();
	if (d->precision < DYAD_DATE_YEAR || d->precision > DYAD_DATE_DAY || d->y < 1900 ||
	    d->y > 2100)
		abort();
	size_t n = dyad_date_format(d, buf);
	if (n != (d->precision == 3 ? 10u : d->precision == 2 ? 7u : 4u) || strlen(buf) != n)
		abort();
	if (d->precision < 3 && d->d != 0)
		abort();
	if (d->precision < 2 && d->m != 0)
		abort();
	if (d->decade && (d->precision != 1 || d->y % 10 != 0))
		abort();
	if (m->relative > DYAD_DATE_REL_ANCHOR || (m->flags & ~3u))
		abort();
	if (d->precision == 3) {
		dyad_date a = dyad_date_add_days(*d, 1000);
		dyad_date b = dyad_date_add_days(a, -1000);
		if (b.y != d->y || b.m != d->m || b.d != d->d)
			abort();
	}
}

static int same_match(const dyad_date_match *a, const dyad_date_match *b)
{
	return a->off == b->off && a->len == b->len && a->date.y == b->date.y &&
	       a->date.m == b->date.m && a->date.d == b->date.d &&
	       a->date.precision == b->date.precision && a->date.decade == b->date.decade &&
	       a->relative == b->relative && a->flags == b->flags &&
	       a->clause_off == b->clause_off && a->clause_len == b->clause_len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned opt = data[0];
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	dyad_date story = {2020, 1, 3, DYAD_DATE_DAY, 0};
	dyad_date anchor = {0, 0, 0, DYAD_DATE_NONE, 0};
	if (opt & 4)
		anchor = (dyad_date){2019, 12, 30, DYAD_DATE_DAY, 0};
	unsigned o = ((opt & 1) ? DYAD_DATES_FUTURE : 0u) | ((opt & 2) ? DYAD_DATES_DMY : 0u);

	static dyad_date_match m[MAXM], p[MAXM];
	size_t n = dyad_dates_find_ex(text, len, story, anchor, o, m, MAXM);
	if (n > MAXM)
		abort();
	for (size_t k = 0; k < n; k++) {
		check_match(&m[k], len);
		if (k && m[k].off < (uint64_t)m[k - 1].off + m[k - 1].len)
			abort();
	}

	/* a smaller max gives the first matches, unchanged */
	size_t half = n / 2 + (opt >> 4 & 1);
	if (half <= MAXM) {
		size_t h = dyad_dates_find_ex(text, len, story, anchor, o, p, half);
		if (h != (half < n ? half : n))
			abort();
		for (size_t k = 0; k < h; k++)
			if (!same_match(&m[k], &p[k]))
				abort();
	}

	/* the public wrapper agrees */
	if (!(opt & 2)) {
		size_t w = dyad_dates_find(text, len, story, anchor, (int)(opt & 1), p, MAXM);
		if (w != n)
			abort();
	}

	/* the event date is one of the matches' dates */
	for (uint32_t v = 0; v <= len; v += 1 + (uint32_t)(len / 16)) {
		dyad_date d;
		if (!dyad_dates_for_event(m, n, v, &d))
			continue;
		size_t k = 0;
		while (k < n && !(m[k].date.y == d.y && m[k].date.m == d.m && m[k].date.d == d.d &&
		                  m[k].date.precision == d.precision))
			k++;
		if (k == n)
			abort();
	}
	return 0;
}
