/*
 * dates/dates.c — event dates from news text; see dates.h and docs/dates.md.
 *
 * One pass over the bytes: a tokenizer cuts the sentence into words,
 * numbers and punctuation as it goes and keeps the last tokens in a small
 * ring; at each token a handful of patterns look at most a few tokens
 * back and ahead. Words are looked up in one sorted keyword table. The work
 * per token is bounded, so the whole is linear in the length of the text.
 */
#include "dates/dates.h"

#include <string.h>

/* ---- calendar ---------------------------------------------------------- */

static int is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int64_t y, int m)
{
	static const unsigned char md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

static int valid_ymd(int64_t y, int m, int d) { return d >= 1 && d <= month_days(y, m); }

/* Days since 1970-01-01 (H. Hinnant's algorithm), for any int64 year that
 * does not overflow (|y| < 2^40 or so). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const int64_t yoe = y - era * 400;
	const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	z += 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const int64_t doe = z - era * 146097;
	const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* 0 = Monday ... 6 = Sunday; 1970-01-01 was a Thursday. */
static int weekday_of(int64_t z)
{
	int64_t w = (z + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

/* Years an emitted date may have. */
#define YEAR_MIN 1900
#define YEAR_MAX 2100

static int year_ok(int64_t y) { return y >= YEAR_MIN && y <= YEAR_MAX; }

static dyad_date mkdate(int64_t y, int m, int d, int prec)
{
	dyad_date r;
	memset(&r, 0, sizeof r);
	if (!year_ok(y))
		return r; /* precision 0: not emitted */
	r.y = (int32_t)y;
	r.m = prec >= 2 ? m : 0;
	r.d = prec >= 3 ? d : 0;
	r.precision = (uint8_t)prec;
	return r;
}

static dyad_date from_days(int64_t z)
{
	int64_t y;
	int m, d;
	if (z < -1000000000 || z > 1000000000) {
		dyad_date r;
		memset(&r, 0, sizeof r);
		return r;
	}
	civil_from_days(z, &y, &m, &d);
	return mkdate(y, m, d, 3);
}

static int64_t to_days(const dyad_date *d) { return days_from_civil(d->y, d->m, d->d); }

/* Reduce a caller's date to what it validly holds. */
static dyad_date sanitize(dyad_date d)
{
	dyad_date r;
	memset(&r, 0, sizeof r);
	if (d.precision < 1 || d.y < 1 || d.y > 9999)
		return r;
	r.y = d.y;
	r.precision = 1;
	if (d.precision >= 2 && d.m >= 1 && d.m <= 12) {
		r.m = d.m;
		r.precision = 2;
		if (d.precision >= 3 && valid_ymd(d.y, d.m, d.d)) {
			r.d = d.d;
			r.precision = 3;
		}
	}
	return r;
}

dyad_date dyad_date_add_days(dyad_date d, int days)
{
	if (d.precision != DYAD_DATE_DAY || d.y < -1000000 || d.y > 1000000 ||
	    !valid_ymd(d.y, d.m, d.d))
		return d;
	int64_t y;
	int m, dd;
	civil_from_days(to_days(&d) + days, &y, &m, &dd);
	dyad_date r = d;
	r.y = (int32_t)y;
	r.m = m;
	r.d = dd;
	return r;
}

static char *put_digits(char *p, int v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

size_t dyad_date_format(const dyad_date *d, char *buf)
{
	if (!buf)
		return 0;
	buf[0] = '\0';
	if (!d || d->precision < 1 || d->precision > 3 || d->y < 0 || d->y > 9999)
		return 0;
	if (d->precision >= 2 && (d->m < 1 || d->m > 12))
		return 0;
	if (d->precision >= 3 && !valid_ymd(d->y, d->m, d->d))
		return 0;
	char *p = put_digits(buf, d->y, 4);
	if (d->precision >= 2) {
		*p++ = '-';
		p = put_digits(p, d->m, 2);
	}
	if (d->precision >= 3) {
		*p++ = '-';
		p = put_digits(p, d->d, 2);
	}
	*p = '\0';
	return (size_t)(p - buf);
}

/* ---- keywords ---------------------------------------------------------- */

enum kwid {
	K_NONE = 0,
	K_MONTH,     /* val 1..12 */
	K_WDAY,      /* val 0 = Monday .. 6 = Sunday */
	K_NUMW,      /* one .. twelve, a, an: val */
	K_UNIT,      /* day week fortnight month year decade: val U_* */
	K_TOD,       /* morning afternoon evening night */
	K_PREP,      /* on in since by until ... */
	K_OF,
	K_CONJ,      /* after a comma, starts a new clause */
	K_SUBORD,    /* starts a new clause */
	K_FUT,       /* future marker; val 1: only before "to" */
	K_EVENTN,    /* "September 11 attacks": a named event, not a date */
	K_NAMEDDAY,  /* "Bloody Sunday", "Good Friday" */
	K_PAPER,     /* "Sunday Times" */
	K_SEASON,
	K_CLOCK,     /* "1900 GMT": a time, not a year */
	K_YESTERDAY, K_TODAY, K_TONIGHT, K_TOMORROW,
	K_AGO, K_LATER, K_EARLIER, K_AFTER, K_BEFORE,
	K_LAST, K_NEXT, K_THIS, K_THAT, K_FOLLOWING, K_PREVIOUS, K_SAME,
	K_EARLY, K_LATE, K_MID, K_THE, K_NOW, K_FEW, K_COUPLE, K_EVERY,
	K_NEWSORG,   /* "USA Today" */
	K_TO, K_GOING, K_LL, K_BE, K_DURATION, K_FROM
};

enum { U_DAY = 1, U_WEEK, U_FORTNIGHT, U_MONTH, U_YEAR, U_DECADE };

/* kw flags */
enum { F_AMBIG = 1, F_ABBR = 2, F_ART = 4, F_PLURAL = 8, F_DUR = 16 };
/* contexts a preceding word gives */
enum { C_SPAN = 1, C_YEAR = 2, C_MONTH = 4 };

typedef struct kwent {
	const char *w;
	uint8_t id, val, flags, ctx;
} kwent;

/* Sorted by strcmp (dyad__dates_selfcheck checks it). */
static const kwent kwtab[] = {
	{"a", K_NUMW, 1, F_ART, 0},
	{"accord", K_EVENTN, 0, 0, 0},
	{"accords", K_EVENTN, 0, 0, 0},
	{"after", K_AFTER, 0, 0, 0},
	{"afternoon", K_TOD, 0, 0, 0},
	{"ago", K_AGO, 0, 0, 0},
	{"agreement", K_EVENTN, 0, 0, 0},
	{"although", K_SUBORD, 0, 0, 0},
	{"an", K_NUMW, 1, F_ART, 0},
	{"and", K_CONJ, 0, 0, 0},
	{"anniversary", K_EVENTN, 0, 0, 0},
	{"apr", K_MONTH, 4, F_ABBR, 0},
	{"april", K_MONTH, 4, 0, 0},
	{"are", K_BE, 0, 0, 0},
	{"ash", K_NAMEDDAY, 0, 0, 0},
	{"attack", K_EVENTN, 0, 0, 0},
	{"attacks", K_EVENTN, 0, 0, 0},
	{"aug", K_MONTH, 8, F_ABBR, 0},
	{"august", K_MONTH, 8, F_AMBIG, 0},
	{"autumn", K_SEASON, 0, 0, C_YEAR},
	{"because", K_SUBORD, 0, 0, 0},
	{"before", K_BEFORE, 0, 0, 0},
	{"between", K_PREP, 0, 0, C_YEAR|C_MONTH},
	{"black", K_NAMEDDAY, 0, 0, 0},
	{"bloody", K_NAMEDDAY, 0, 0, 0},
	{"bombing", K_EVENTN, 0, 0, 0},
	{"bombings", K_EVENTN, 0, 0, 0},
	{"but", K_CONJ, 0, 0, 0},
	{"by", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"ceasefire", K_EVENTN, 0, 0, 0},
	{"coup", K_EVENTN, 0, 0, 0},
	{"couple", K_COUPLE, 0, 0, 0},
	{"cyber", K_NAMEDDAY, 0, 0, 0},
	{"day", K_UNIT, U_DAY, 0, 0},
	{"days", K_UNIT, U_DAY, F_PLURAL, 0},
	{"dec", K_MONTH, 12, F_ABBR, 0},
	{"decade", K_UNIT, U_DECADE, 0, 0},
	{"decades", K_UNIT, U_DECADE, F_PLURAL, 0},
	{"december", K_MONTH, 12, 0, 0},
	{"during", K_PREP, 0, F_DUR, C_SPAN|C_YEAR|C_MONTH},
	{"each", K_EVERY, 0, 0, 0},
	{"earlier", K_EARLIER, 0, 0, 0},
	{"early", K_EARLY, 0, 0, 0},
	{"easter", K_NAMEDDAY, 0, 0, 0},
	{"edition", K_PAPER, 0, 0, 0},
	{"eight", K_NUMW, 8, 0, 0},
	{"election", K_EVENTN, 0, 0, 0},
	{"elections", K_EVENTN, 0, 0, 0},
	{"eleven", K_NUMW, 11, 0, 0},
	{"evening", K_TOD, 0, 0, 0},
	{"every", K_EVERY, 0, 0, 0},
	{"expected", K_FUT, 1, 0, 0},
	{"express", K_PAPER, 0, 0, 0},
	{"fall", K_SEASON, 0, 0, C_YEAR},
	{"feb", K_MONTH, 2, F_ABBR, 0},
	{"february", K_MONTH, 2, 0, 0},
	{"few", K_FEW, 0, 0, 0},
	{"five", K_NUMW, 5, 0, 0},
	{"following", K_FOLLOWING, 0, 0, 0},
	{"for", K_DURATION, 0, 0, 0},
	{"fortnight", K_UNIT, U_FORTNIGHT, 0, 0},
	{"fortnights", K_UNIT, U_FORTNIGHT, F_PLURAL, 0},
	{"four", K_NUMW, 4, 0, 0},
	{"friday", K_WDAY, 4, 0, 0},
	{"from", K_FROM, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"gmt", K_CLOCK, 0, 0, 0},
	{"going", K_GOING, 0, 0, 0},
	{"good", K_NAMEDDAY, 0, 0, 0},
	{"herald", K_PAPER, 0, 0, 0},
	{"holy", K_NAMEDDAY, 0, 0, 0},
	{"hours", K_CLOCK, 0, 0, 0},
	{"hrs", K_CLOCK, 0, 0, 0},
	{"in", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"incident", K_EVENTN, 0, 0, 0},
	{"is", K_BE, 0, 0, 0},
	{"jan", K_MONTH, 1, F_ABBR, 0},
	{"january", K_MONTH, 1, 0, 0},
	{"jul", K_MONTH, 7, F_ABBR, 0},
	{"july", K_MONTH, 7, 0, 0},
	{"jun", K_MONTH, 6, F_ABBR, 0},
	{"june", K_MONTH, 6, 0, 0},
	{"killings", K_EVENTN, 0, 0, 0},
	{"last", K_LAST, 0, 0, 0},
	{"late", K_LATE, 0, 0, 0},
	{"later", K_LATER, 0, 0, 0},
	{"ll", K_LL, 0, 0, 0},
	{"local", K_CLOCK, 0, 0, 0},
	{"mail", K_PAPER, 0, 0, 0},
	{"mar", K_MONTH, 3, F_ABBR, 0},
	{"march", K_MONTH, 3, F_AMBIG, 0},
	{"massacre", K_EVENTN, 0, 0, 0},
	{"maundy", K_NAMEDDAY, 0, 0, 0},
	{"may", K_MONTH, 5, F_AMBIG, 0},
	{"mid", K_MID, 0, 0, 0},
	{"mirror", K_PAPER, 0, 0, 0},
	{"monday", K_WDAY, 0, 0, 0},
	{"month", K_UNIT, U_MONTH, 0, 0},
	{"months", K_UNIT, U_MONTH, F_PLURAL, 0},
	{"morning", K_TOD, 0, 0, 0},
	{"newspaper", K_PAPER, 0, 0, 0},
	{"next", K_NEXT, 0, 0, 0},
	{"night", K_TOD, 0, 0, 0},
	{"nine", K_NUMW, 9, 0, 0},
	{"nov", K_MONTH, 11, F_ABBR, 0},
	{"november", K_MONTH, 11, 0, 0},
	{"now", K_NOW, 0, 0, 0},
	{"observer", K_PAPER, 0, 0, 0},
	{"oct", K_MONTH, 10, F_ABBR, 0},
	{"october", K_MONTH, 10, 0, 0},
	{"of", K_OF, 0, 0, C_YEAR|C_MONTH},
	{"on", K_PREP, 0, 0, C_SPAN},
	{"one", K_NUMW, 1, 0, 0},
	{"over", K_DURATION, 0, 0, 0},
	{"palm", K_NAMEDDAY, 0, 0, 0},
	{"plan", K_FUT, 1, 0, 0},
	{"planned", K_FUT, 0, 0, 0},
	{"plans", K_FUT, 1, 0, 0},
	{"post", K_PAPER, 0, 0, 0},
	{"previous", K_PREVIOUS, 0, 0, 0},
	{"revolution", K_EVENTN, 0, 0, 0},
	{"riot", K_EVENTN, 0, 0, 0},
	{"riots", K_EVENTN, 0, 0, 0},
	{"russia", K_NEWSORG, 0, 0, 0},
	{"same", K_SAME, 0, 0, 0},
	{"saturday", K_WDAY, 5, 0, 0},
	{"scheduled", K_FUT, 0, 0, 0},
	{"sep", K_MONTH, 9, F_ABBR, 0},
	{"sept", K_MONTH, 9, F_ABBR, 0},
	{"september", K_MONTH, 9, 0, 0},
	{"set", K_FUT, 1, 0, 0},
	{"seven", K_NUMW, 7, 0, 0},
	{"several", K_FEW, 0, 0, 0},
	{"shall", K_FUT, 0, 0, 0},
	{"shooting", K_EVENTN, 0, 0, 0},
	{"since", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"six", K_NUMW, 6, 0, 0},
	{"spring", K_SEASON, 0, 0, C_YEAR},
	{"summer", K_SEASON, 0, 0, C_YEAR},
	{"sunday", K_WDAY, 6, 0, 0},
	{"super", K_NAMEDDAY, 0, 0, 0},
	{"telegraph", K_PAPER, 0, 0, 0},
	{"ten", K_NUMW, 10, 0, 0},
	{"that", K_THAT, 0, 0, 0},
	{"the", K_THE, 0, 0, 0},
	{"this", K_THIS, 0, 0, 0},
	{"though", K_SUBORD, 0, 0, 0},
	{"three", K_NUMW, 3, 0, 0},
	{"through", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"throughout", K_PREP, 0, F_DUR, C_SPAN|C_YEAR|C_MONTH},
	{"thursday", K_WDAY, 3, 0, 0},
	{"till", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"times", K_PAPER, 0, 0, 0},
	{"to", K_TO, 0, 0, 0},
	{"today", K_TODAY, 0, 0, 0},
	{"tomorrow", K_TOMORROW, 0, 0, 0},
	{"tonight", K_TONIGHT, 0, 0, 0},
	{"tribune", K_PAPER, 0, 0, 0},
	{"tuesday", K_WDAY, 1, 0, 0},
	{"twelve", K_NUMW, 12, 0, 0},
	{"two", K_NUMW, 2, 0, 0},
	{"until", K_PREP, 0, 0, C_SPAN|C_YEAR|C_MONTH},
	{"upcoming", K_FUT, 0, 0, 0},
	{"uprising", K_EVENTN, 0, 0, 0},
	{"usa", K_NEWSORG, 0, 0, 0},
	{"utc", K_CLOCK, 0, 0, 0},
	{"war", K_EVENTN, 0, 0, 0},
	{"wednesday", K_WDAY, 2, 0, 0},
	{"week", K_UNIT, U_WEEK, 0, 0},
	{"weeks", K_UNIT, U_WEEK, F_PLURAL, 0},
	{"when", K_CONJ, 0, 0, 0},
	{"where", K_CONJ, 0, 0, 0},
	{"whereas", K_SUBORD, 0, 0, 0},
	{"which", K_CONJ, 0, 0, 0},
	{"while", K_SUBORD, 0, 0, 0},
	{"who", K_CONJ, 0, 0, 0},
	{"whom", K_CONJ, 0, 0, 0},
	{"will", K_FUT, 0, 0, 0},
	{"winter", K_SEASON, 0, 0, C_YEAR},
	{"within", K_DURATION, 0, 0, 0},
	{"would", K_FUT, 0, 0, 0},
	{"year", K_UNIT, U_YEAR, 0, C_YEAR},
	{"years", K_UNIT, U_YEAR, F_PLURAL, 0},
	{"yesterday", K_YESTERDAY, 0, 0, 0},
};

#define NKW (sizeof kwtab / sizeof kwtab[0])

/* Where each first letter's keywords start in kwtab, and the lengths of
 * the keywords of each first letter (bit n: one of n bytes); both checked
 * against kwtab by dyad__dates_selfcheck. */
static const uint16_t kwfirst[27] = {
	0, 20, 29, 33, 40, 53, 65, 68, 72, 75, 81, 82, 87, 99, 106, 113, 119, 119, 123, 140,
	160, 165, 165, 180, 180, 183, 183
};
static const uint16_t kwlens[26] = {
	0x0bee, 0x01ec, 0x0270, 0x01d8, 0x03f0, 0x0758, 0x0038, 0x0078, 0x0104, 0x0098, 0x0100,
	0x0034, 0x01f8, 0x0338, 0x019c, 0x01b0, 0x0000, 0x0470, 0x03f8, 0x07fc, 0x0128, 0x0000,
	0x02f8, 0x0000, 0x0230, 0x0000
};

static const kwent *kw_find(const char *w);

int dyad__dates_selfcheck(void)
{
	for (size_t i = 1; i < NKW; i++)
		if (strcmp(kwtab[i - 1].w, kwtab[i].w) >= 0)
			return 0;
	/* the first-letter index and length masks */
	uint16_t lens[26] = {0};
	for (size_t i = 0; i < NKW; i++) {
		unsigned f = (unsigned char)kwtab[i].w[0] - 'a';
		size_t n = strlen(kwtab[i].w);
		if (f >= 26 || n > 12 || i < kwfirst[f] || i >= kwfirst[f + 1])
			return 0;
		lens[f] |= (uint16_t)(1u << n);
		if (kw_find(kwtab[i].w) != &kwtab[i])
			return 0;
	}
	if (kwfirst[0] != 0 || kwfirst[26] != NKW)
		return 0;
	for (int f = 0; f < 26; f++)
		if (lens[f] != kwlens[f])
			return 0;
	return 1;
}

/* w: a lower-case ASCII word of at most 12 bytes */
static const kwent *kw_find(const char *w)
{
	unsigned f = (unsigned char)w[0] - 'a';
	if (f >= 26 || !((kwlens[f] >> strlen(w)) & 1u))
		return NULL;
	size_t lo = kwfirst[f], hi = kwfirst[f + 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = (unsigned char)w[0] - (unsigned char)kwtab[mid].w[0];
		if (c == 0)
			c = strcmp(w, kwtab[mid].w);
		if (c == 0)
			return &kwtab[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* ---- tokens ------------------------------------------------------------ */

enum { TK_WORD = 1, TK_NUM, TK_ORD, TK_DECADE, TK_MIXED, TK_PUNCT };

typedef struct tok {
	uint32_t off, len;
	int32_t num;   /* value of a number (NUM/ORD/DECADE), -1 when too long */
	uint8_t kind;  /* TK_* */
	uint8_t gap;   /* white space (or the start) before the token */
	uint8_t cap;   /* starts with an upper-case ASCII letter */
	uint8_t ndig;  /* digits in a number (255 = more) */
	uint8_t kw, kval, kflags, kctx; /* keyword (K_*), from kwtab */
	char ch;       /* punctuation: the character ('D' an em dash) */
} tok;

#define RING 64      /* tokens kept */
#define AHEAD 32     /* how far a pattern may look ahead of the current token */
#define BEHIND 16    /* ... and back */

typedef struct scan {
	const unsigned char *s;
	size_t len, pos;
	size_t ntok;   /* tokens made so far */
	size_t cur;    /* the token the main loop is at */
	int done;
	tok ring[RING];
} scan;

static int is_alpha(unsigned c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static int is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0;
}

/*
 * A byte >= 0x80 at s[i]: 0 part of a word, 1 white space, 2 punctuation
 * (*ch the ASCII stand-in). *n is the bytes it takes. Invalid UTF-8 is
 * part of a word, one byte at a time.
 */
static int u8_class(const unsigned char *s, size_t len, size_t i, size_t *n, char *ch)
{
	*n = 1;
	*ch = 0;
	if (s[i] == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) {
		*n = 2; /* no-break space */
		return 1;
	}
	if (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] >= 0x80 &&
	    s[i + 2] <= 0xBF) {
		unsigned b = s[i + 2];
		*n = 3;
		if (b <= 0x8B || b == 0xA8 || b == 0xA9 || b == 0xAF)
			return 1; /* spaces, zero-width, line separators */
		if (b <= 0x93)
			*ch = '-'; /* hyphens, figure and en dash */
		else if (b <= 0x95)
			*ch = 'D'; /* em dash, horizontal bar */
		else if (b == 0x98 || b == 0x99)
			*ch = '\'';
		else if (b == 0x9C || b == 0x9D)
			*ch = '"';
		else
			*ch = '~';
		return 2;
	}
	if (s[i] == 0xE3 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x80) {
		*n = 3; /* ideographic space */
		return 1;
	}
	return 0;
}

/* End of a word (letters, digits, non-punctuation bytes >= 0x80) from b. */
static size_t word_end(const unsigned char *s, size_t len, size_t b, int *digits, int *high)
{
	while (b < len) {
		unsigned c = s[b];
		if (is_alpha(c)) {
			b++;
		} else if (is_digit(c)) {
			*digits = 1;
			b++;
		} else if (c >= 0x80) {
			size_t n;
			char ch;
			if (u8_class(s, len, b, &n, &ch) != 0)
				break;
			*high = 1;
			b++;
		} else {
			break;
		}
	}
	return b;
}

/* Make the next token; sets done at the end of the text. */
static void produce(scan *sc)
{
	const unsigned char *s = sc->s;
	size_t len = sc->len, i = sc->pos;
	int gap = sc->ntok == 0;
	char pch = 0;
	size_t plen = 1;
	for (;;) {
		if (i >= len) {
			sc->pos = i;
			sc->done = 1;
			return;
		}
		unsigned c = s[i];
		if (is_space(c)) {
			i++;
			gap = 1;
			continue;
		}
		if (c >= 0x80) {
			size_t n;
			char ch;
			int k = u8_class(s, len, i, &n, &ch);
			if (k == 1) {
				i += n;
				gap = 1;
				continue;
			}
			if (k == 2) {
				pch = ch;
				plen = n;
			}
		}
		break;
	}
	tok *t = &sc->ring[sc->ntok % RING];
	memset(t, 0, sizeof *t);
	t->off = (uint32_t)i;
	t->gap = (uint8_t)gap;
	unsigned c = s[i];
	size_t b;
	if (is_digit(c)) {
		int64_t v = 0;
		b = i;
		while (b < len && is_digit(s[b])) {
			if (b - i < 9)
				v = v * 10 + (s[b] - '0');
			b++;
		}
		size_t nd = b - i;
		t->kind = TK_NUM;
		t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
		t->num = nd <= 9 ? (int32_t)v : -1;
		if (b < len && is_alpha(s[b])) {
			size_t e = b;
			while (e < len && is_alpha(s[e]))
				e++;
			int more = e < len && (is_digit(s[e]) || s[e] >= 0x80);
			unsigned a0 = s[b] | 32, a1 = e - b == 2 ? s[b + 1] | 32u : 0;
			if (!more && e - b == 2 &&
			    ((a0 == 's' && a1 == 't') || (a0 == 'n' && a1 == 'd') ||
			     (a0 == 'r' && a1 == 'd') || (a0 == 't' && a1 == 'h'))) {
				t->kind = TK_ORD; /* 3rd */
				b = e;
			} else if (!more && e - b == 1 && a0 == 's' && nd == 4) {
				t->kind = TK_DECADE; /* 1980s */
				b = e;
			} else if (a0 == 't' && b + 1 < len && is_digit(s[b + 1])) {
				/* 2020-01-03T10:00: the number ends before the T */
			} else {
				int dg = 0, hi = 0;
				t->kind = TK_MIXED; /* 3M, 9mm */
				b = word_end(s, len, b, &dg, &hi);
			}
		}
	} else if (is_alpha(c) || (c >= 0x80 && !pch)) {
		int dg = 0, hi = 0;
		b = word_end(s, len, i, &dg, &hi);
		t->cap = c >= 'A' && c <= 'Z';
		t->kind = dg ? TK_MIXED : TK_WORD; /* F35 is not a word nor a number */
		if (!dg && !hi && b - i <= 12) {
			char w[13];
			for (size_t k = 0; k < b - i; k++)
				w[k] = (char)(s[i + k] | 32);
			w[b - i] = '\0';
			const kwent *e = kw_find(w);
			if (e) {
				t->kw = e->id;
				t->kval = e->val;
				t->kflags = e->flags;
				t->kctx = e->ctx;
			}
		}
	} else {
		t->kind = TK_PUNCT;
		t->ch = pch ? pch : (char)c;
		b = i + (pch ? plen : 1);
	}
	t->len = (uint32_t)(b - i);
	sc->pos = b;
	sc->ntok++;
}

/* Token i, or NULL past the end or outside the window around sc->cur. */
static const tok *tk(scan *sc, ptrdiff_t i)
{
	if (i < 0 || (size_t)i + BEHIND < sc->cur || (size_t)i > sc->cur + AHEAD)
		return NULL;
	while ((size_t)i >= sc->ntok && !sc->done)
		produce(sc);
	if ((size_t)i >= sc->ntok || sc->ntok - (size_t)i > RING)
		return NULL;
	return &sc->ring[(size_t)i % RING];
}

static int is_kw(const tok *t, int id) { return t && t->kind == TK_WORD && t->kw == id; }
static int is_p(const tok *t, char ch) { return t && t->kind == TK_PUNCT && t->ch == ch; }
static int is_adj_p(const tok *t, char ch) { return is_p(t, ch) && !t->gap; }

/* ---- state ------------------------------------------------------------- */

typedef struct ctx {
	scan sc;
	dyad_date story, anchor;
	unsigned opts;
	int fut_clause;      /* a future marker earlier in this clause */
	dyad_date_match *out;
	size_t max, n;
	/* clauses */
	uint32_t clause_off, last_end_byte;
	int pending;         /* the next content token starts a clause */
	int skip_conj;       /* ... after the conjunction that follows a comma */
	int has_tok;
	unsigned clause_idx;
	size_t clause_first; /* first match of the current clause */
	ptrdiff_t used;      /* tokens before this one belong to earlier matches */
} ctx;

static const tok *T(ctx *c, ptrdiff_t i) { return tk(&c->sc, i); }

/* What a pattern found: tokens [start, end), the date, how it was resolved. */
typedef struct res {
	ptrdiff_t end;
	dyad_date d;
	uint8_t rel, fut;
} res;

/*
 * Is number token i a number of its own? Not when it is part of "1,500",
 * "3.5", "24/7", "10:30", "$2000", "2000%" or a product code ("F-35").
 */
static int num_isolated(ctx *c, ptrdiff_t i)
{
	const tok *t = T(c, i), *n1 = T(c, i + 1), *n2 = T(c, i + 2);
	const tok *p1 = T(c, i - 1), *p2 = T(c, i - 2);
	if (!t)
		return 0;
	if (n1 && !n1->gap && n1->kind == TK_PUNCT) {
		if ((n1->ch == ',' || n1->ch == '.' || n1->ch == ':') && n2 && !n2->gap &&
		    n2->kind == TK_NUM)
			return 0;
		if (n1->ch == '/' || n1->ch == '%')
			return 0;
	}
	if (p1 && !t->gap && p1->kind == TK_PUNCT) {
		if ((p1->ch == ',' || p1->ch == '.' || p1->ch == ':') && p2 && !p1->gap &&
		    p2->kind == TK_NUM)
			return 0;
		if (p1->ch == '/' || p1->ch == '$' || p1->ch == '#')
			return 0;
		if (p1->ch == '-' && p2 && !p1->gap && (p2->kind == TK_WORD || p2->kind == TK_MIXED) &&
		    p2->kw != K_MID && p2->kw != K_EARLY && p2->kw != K_LATE)
			return 0;
	}
	return 1;
}

static int is_day_tok(ctx *c, ptrdiff_t i)
{
	const tok *t = T(c, i);
	if (!t)
		return 0;
	if (t->kind == TK_ORD)
		return t->num >= 1 && t->num <= 31;
	return t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31 && num_isolated(c, i);
}

/* A four-digit number of its own (any value; callers check the range). */
static int is_year4(ctx *c, ptrdiff_t i)
{
	const tok *t = T(c, i);
	return t && t->kind == TK_NUM && t->ndig == 4 && num_isolated(c, i);
}

/* Does the phrase end at token i ("two days before." / "... before, X")? */
static int phrase_ends(ctx *c, ptrdiff_t i)
{
	const tok *t = T(c, i);
	if (!t)
		return 1;
	if (t->kind == TK_PUNCT)
		return t->ch != '-' && t->ch != '\'' && t->ch != '/';
	return t->kind == TK_WORD && (t->kw == K_CONJ || t->kw == K_SUBORD);
}

static int future(ctx *c) { return (c->opts & DYAD_DATES_FUTURE) || c->fut_clause; }

/* ---- resolution -------------------------------------------------------- */

enum { PAST_INCL, PAST_STRICT, FUT_INCL, FUT_STRICT, THIS_ONE };

/* The weekday wd relative to a day-precision base. */
static int res_wday(const dyad_date *base, int wd, int mode, dyad_date *out)
{
	if (base->precision < 3)
		return 0;
	int64_t z = to_days(base);
	int bw = weekday_of(z);
	int back = (bw - wd + 7) % 7, fwd = (wd - bw + 7) % 7;
	switch (mode) {
	case PAST_STRICT:
		z -= back ? back : 7;
		break;
	case FUT_INCL:
		z += fwd;
		break;
	case FUT_STRICT:
		z += fwd ? fwd : 7;
		break;
	default:
		z -= back;
		break;
	}
	*out = from_days(z);
	return out->precision != 0;
}

/* Month m, day d with the year left out: the most recent one on or before
 * the story date, or the next one on or after it in the future tense. */
static int res_md(const dyad_date *s, int m, int d, int fut, dyad_date *out)
{
	if (s->precision < 1)
		return 0;
	int64_t y = s->y;
	if (s->precision >= 2) {
		int cmp = m - s->m;
		if (cmp == 0 && s->precision >= 3)
			cmp = d - s->d;
		if (!fut && cmp > 0)
			y--;
		if (fut && cmp < 0)
			y++;
	}
	for (int k = 0; k < 8 && !valid_ymd(y, m, d); k++) {
		if (!(m == 2 && d == 29))
			return 0;
		y += fut ? 1 : -1; /* the nearest leap year */
	}
	if (!valid_ymd(y, m, d))
		return 0;
	*out = mkdate(y, m, d, 3);
	return out->precision != 0;
}

/* Month m with the year left out. */
static int res_month(const dyad_date *s, int m, int mode, dyad_date *out)
{
	if (s->precision < 1)
		return 0;
	int64_t y = s->y;
	if (s->precision >= 2) {
		switch (mode) {
		case PAST_INCL:
			y -= m > s->m;
			break;
		case PAST_STRICT:
			y -= m >= s->m;
			break;
		case FUT_INCL:
			y += m < s->m;
			break;
		case FUT_STRICT:
			y += m <= s->m;
			break;
		default:
			break;
		}
	} else if (mode == PAST_STRICT || mode == FUT_STRICT) {
		return 0;
	}
	*out = mkdate(y, m, 0, 2);
	return out->precision != 0;
}

/* base shifted by n units, at the unit's precision. */
static int res_shift(const dyad_date *base, int64_t n, int unit, dyad_date *out)
{
	switch (unit) {
	case U_DAY:
	case U_WEEK:
	case U_FORTNIGHT:
		if (base->precision < 3)
			return 0;
		*out = from_days(to_days(base) + n * (unit == U_DAY ? 1 : unit == U_WEEK ? 7 : 14));
		break;
	case U_MONTH: {
		if (base->precision < 2)
			return 0;
		int64_t k = (int64_t)base->y * 12 + (base->m - 1) + n;
		int64_t y = k >= 0 ? k / 12 : -((-k + 11) / 12);
		*out = mkdate(y, (int)(k - y * 12) + 1, 0, 2);
		break;
	}
	case U_YEAR:
	case U_DECADE:
		if (base->precision < 1)
			return 0;
		*out = mkdate(base->y + n * (unit == U_YEAR ? 1 : 10), 0, 0, 1);
		break;
	default:
		return 0;
	}
	return out->precision != 0;
}

/*
 * A week (Monday to Sunday) n weeks from the week of base, as the month
 * that holds most of its days: the month of its Thursday.
 */
static int res_week(const dyad_date *base, int64_t n, dyad_date *out)
{
	if (base->precision < 3)
		return 0;
	int64_t z = to_days(base);
	int64_t thu = z - weekday_of(z) + 7 * n + 3;
	dyad_date d = from_days(thu);
	if (!d.precision)
		return 0;
	*out = mkdate(d.y, d.m, 0, 2);
	return out->precision != 0;
}

/* "days later": a few (2 to 6) days from base, as the month that holds
 * most of them (the month of the fourth day). */
static int res_days_vague(const dyad_date *base, int sign, dyad_date *out)
{
	if (base->precision < 3)
		return 0;
	dyad_date d = from_days(to_days(base) + 4 * sign);
	if (!d.precision)
		return 0;
	*out = mkdate(d.y, d.m, 0, 2);
	return out->precision != 0;
}

/* base at a unit's precision ("that week", "the same month"). */
static int res_at(const dyad_date *base, int unit, dyad_date *out)
{
	switch (unit) {
	case U_DAY:
		if (base->precision < 3)
			return 0;
		*out = mkdate(base->y, base->m, base->d, 3);
		break;
	case U_WEEK:
		return res_week(base, 0, out);
	case U_MONTH:
		if (base->precision < 2)
			return 0;
		*out = mkdate(base->y, base->m, 0, 2);
		break;
	case U_YEAR:
		if (base->precision < 1)
			return 0;
		*out = mkdate(base->y, 0, 0, 1);
		break;
	default:
		return 0;
	}
	return out->precision != 0;
}

/* Outcome of a pattern that recognised tokens [.., end) and a date in *r
 * (return 1) or that recognised them but gives no date (return -1). */
static int done(res *r, ptrdiff_t end, int ok)
{
	r->end = end;
	return ok ? 1 : -1;
}

/* ---- patterns ---------------------------------------------------------- */

static int pat_wday(ctx *c, ptrdiff_t i, res *r, int mode);
static int pat_lnt(ctx *c, ptrdiff_t i, res *r);

/* The year after a day: [","] YYYY. Returns the tokens used (0 none), or
 * minus that for a year out of range. */
static int year_after(ctx *c, ptrdiff_t e, int64_t *y)
{
	ptrdiff_t k = e;
	if (is_p(T(c, k), ','))
		k++;
	if (!is_year4(c, k))
		return 0;
	*y = T(c, k)->num;
	if (!year_ok(*y))
		return -(int)(k - e + 1);
	return (int)(k - e + 1);
}

/* Finish a month-day date: named-event check, year or resolution. */
static int finish_md(ctx *c, ptrdiff_t start, ptrdiff_t e, int m, int d, res *r, int the_ok)
{
	int64_t y = 0;
	int ny = year_after(c, e, &y);
	if (ny < 0)
		return done(r, e - ny, 0); /* January 3, 1850 */
	e += ny;
	/* "the September 11 attacks", "after the January 6 riot": a named event */
	if ((!the_ok && is_kw(T(c, start - 1), K_THE)) || is_kw(T(c, e), K_EVENTN))
		return done(r, e, 0);
	if (ny) {
		if (!valid_ymd(y, m, d))
			return done(r, e, 0);
		r->d = mkdate(y, m, d, 3);
		r->rel = DYAD_DATE_ABSOLUTE;
		return done(r, e, 1);
	}
	if (d > month_days(2000, m))
		return done(r, e, 0); /* Feb 30, April 31 */
	r->fut = (uint8_t)future(c);
	r->rel = DYAD_DATE_REL_STORY;
	return done(r, e, res_md(&c->story, m, d, r->fut, &r->d));
}

/* A month name at i. ctx_ok: a preceding early/late/mid gave the context. */
static int pat_month(ctx *c, ptrdiff_t i, res *r, int ctx_ok)
{
	const tok *t = T(c, i);
	if (!t || (t->kflags & F_AMBIG && !t->cap))
		return 0; /* "may", "march" */
	int m = t->kval;
	ptrdiff_t k = i + 1;
	int dot = 0;
	if ((t->kflags & F_ABBR) && is_adj_p(T(c, k), '.')) {
		k++;
		dot = 1;
	}
	const tok *u = T(c, k), *p = T(c, i - 1);
	/* January 3 [, 2020]; but "in May 12 people died" is May */
	if (is_day_tok(c, k)) {
		const tok *n = T(c, k + 1);
		int in = is_kw(p, K_PREP) && p->len == 2 && (c->sc.s[p->off] | 32) == 'i';
		if (!(in && n && n->kind == TK_WORD && !n->kw && !n->cap))
			return finish_md(c, i, k + 1, m, u->num, r, 0);
	}
	/* April [,|of] 2008 */
	ptrdiff_t e = k;
	if (is_p(u, ',') || is_kw(u, K_OF))
		e++;
	if (is_year4(c, e)) {
		int64_t y = T(c, e)->num;
		if (!year_ok(y))
			return done(r, e + 1, 0);
		r->d = mkdate(y, m, 0, 2);
		r->rel = DYAD_DATE_ABSOLUTE;
		return done(r, e + 1, 1);
	}
	/* April [of] last year */
	e = k;
	if (is_kw(u, K_OF))
		e++;
	const tok *v = T(c, e), *w = T(c, e + 1);
	if ((is_kw(v, K_LAST) || is_kw(v, K_THIS) || is_kw(v, K_NEXT)) && is_kw(w, K_UNIT) &&
	    w->kval == U_YEAR && !(w->kflags & F_PLURAL)) {
		int sh = v->kw == K_LAST ? -1 : v->kw == K_NEXT ? 1 : 0;
		if (c->story.precision < 1)
			return done(r, e + 2, 0);
		r->d = mkdate((int64_t)c->story.y + sh, m, 0, 2);
		r->rel = DYAD_DATE_REL_STORY;
		r->fut = sh > 0;
		return done(r, e + 2, r->d.precision != 0);
	}
	/* in April: only after a word that makes it a date */
	if ((t->kflags & F_ABBR) && !dot)
		return 0;
	if (!ctx_ok && !(p && p->kind == TK_WORD && (p->kctx & C_MONTH)))
		return 0;
	r->fut = (uint8_t)future(c);
	r->rel = DYAD_DATE_REL_STORY;
	return done(r, k, res_month(&c->story, m, r->fut ? FUT_INCL : PAST_INCL, &r->d));
}

/* 3 January [2020], 3rd of January. */
static int pat_dayfirst(ctx *c, ptrdiff_t i, res *r, int the_ok)
{
	if (!is_day_tok(c, i))
		return 0;
	ptrdiff_t k = i + 1;
	if (is_kw(T(c, k), K_OF))
		k++;
	const tok *u = T(c, k);
	if (!is_kw(u, K_MONTH) || (u->kflags & F_AMBIG && !u->cap))
		return 0;
	ptrdiff_t e = k + 1;
	if ((u->kflags & F_ABBR) && is_adj_p(T(c, e), '.'))
		e++;
	return finish_md(c, i, e, u->kval, T(c, i)->num, r, the_ok);
}

/* 2020-01-03 */
static int pat_iso(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i), *a = T(c, i + 1), *mo = T(c, i + 2), *b = T(c, i + 3),
	          *d = T(c, i + 4), *n = T(c, i + 5), *p = T(c, i - 1);
	if (!t || t->ndig != 4 || !is_adj_p(a, '-') || !mo || mo->gap || mo->kind != TK_NUM ||
	    mo->ndig > 2 || !is_adj_p(b, '-') || !d || d->gap || d->kind != TK_NUM || d->ndig > 2)
		return 0;
	if (p && !t->gap && (p->kind != TK_PUNCT || p->ch == '-' || p->ch == '.'))
		return 0;
	if (n && !n->gap &&
	    (n->kind == TK_NUM || n->kind == TK_WORD ||
	     (n->kind == TK_MIXED && (c->sc.s[n->off] | 32) != 't') || n->ch == '-' ||
	     (n->ch == '.' && T(c, i + 6) && !T(c, i + 6)->gap && T(c, i + 6)->kind == TK_NUM)))
		return 0;
	if (!year_ok(t->num) || !valid_ymd(t->num, mo->num, d->num))
		return done(r, i + 5, 0);
	r->d = mkdate(t->num, mo->num, d->num, 3);
	r->rel = DYAD_DATE_ABSOLUTE;
	return done(r, i + 5, 1);
}

/* 01/03/2020 (month first unless DYAD_DATES_DMY) and 03.01.2020 (day first). */
static int pat_numeric(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i), *s1 = T(c, i + 1), *b = T(c, i + 2), *s2 = T(c, i + 3),
	          *y = T(c, i + 4), *n = T(c, i + 5), *p = T(c, i - 1);
	if (!t || t->ndig > 2 || !s1 || s1->gap || s1->kind != TK_PUNCT ||
	    (s1->ch != '/' && s1->ch != '.'))
		return 0;
	char sep = s1->ch;
	if (!b || b->gap || b->kind != TK_NUM || b->ndig > 2 || !is_adj_p(s2, sep) || !y ||
	    y->gap || y->kind != TK_NUM || y->ndig != 4)
		return 0;
	if (p && !t->gap && (p->kind != TK_PUNCT || p->ch == sep || p->ch == '-'))
		return 0;
	if (n && !n->gap && n->kind != TK_PUNCT)
		return 0;
	if (n && !n->gap && (n->ch == sep || n->ch == '-') && T(c, i + 6) && !T(c, i + 6)->gap &&
	    T(c, i + 6)->kind == TK_NUM)
		return 0; /* 1.2.2020.5, 1/2/2020-3 */
	int m = t->num, d = b->num;
	if (sep == '.' || (c->opts & DYAD_DATES_DMY)) {
		m = b->num;
		d = t->num;
	}
	if (m > 12 && d <= 12) { /* 25/12/2019 can only be day first */
		int x = m;
		m = d;
		d = x;
	}
	if (!year_ok(y->num) || !valid_ymd(y->num, m, d))
		return done(r, i + 5, 0);
	r->d = mkdate(y->num, m, d, 3);
	r->rel = DYAD_DATE_ABSOLUTE;
	return done(r, i + 5, 1);
}

/* Is token i a word equal (ASCII case-insensitively) to one of a, b, d? */
static int word_at(ctx *c, ptrdiff_t i, const char *a, const char *b, const char *d)
{
	const tok *t = T(c, i);
	if (!t || t->kind != TK_WORD)
		return 0;
	const char *w[3] = {a, b, d};
	for (int k = 0; k < 3; k++) {
		size_t n = strlen(w[k]);
		if (n != t->len)
			continue;
		size_t j = 0;
		while (j < n && (c->sc.s[t->off + j] | 32) == w[k][j])
			j++;
		if (j == n)
			return 1;
	}
	return 0;
}

/* A lower-case word that reads as a verb in the past tense: "texted",
 * "signed", or one of the common irregular ones. */
static int past_verb(ctx *c, const tok *t)
{
	const unsigned char *w = c->sc.s + t->off;
	size_t n = t->len;
	static const char *const adj[] = {"armed", "wounded", "injured", "displaced",
					  "detained", "trained", "skilled", "registered"};
	for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++)
		if (strlen(adj[k]) == n && memcmp(adj[k], w, n) == 0)
			return 0;
	if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd')
		return 1;
	static const char *const irr[] = {"met", "sent", "said", "told", "made", "took", "gave",
					  "won", "began", "became", "flew", "went", "led", "left",
					  "struck", "fought", "sought", "broke", "wrote", "held"};
	for (size_t k = 0; k < sizeof irr / sizeof irr[0]; k++)
		if (strlen(irr[k]) == n && memcmp(irr[k], w, n) == 0)
			return 1;
	return 0;
}

/* in 2008, since 1980, the year 2000, 2019 summer ... */
static int pat_year(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	if (!is_year4(c, i) || !year_ok(t->num))
		return 0;
	const tok *p = T(c, i - 1), *n = T(c, i + 1);
	int ok = p && p->kind == TK_WORD && (p->kctx & C_YEAR);
	int modifier = 0;
	if (is_kw(n, K_SEASON))
		ok = 1;
	/* "during a 2018 speech", "in a 2016 interview": the year of the
	 * event the phrase names */
	if (!ok && p && is_kw(p, K_NUMW) && (p->kflags & F_ART) && n &&
	    n->kind == TK_WORD && !n->cap && !n->kw && word_at(c, i - 2, "during", "at", "in"))
		ok = modifier = 1;
	if (!ok || is_kw(n, K_CLOCK))
		return 0;
	/* "a total of 2000 troops", "in 2000 cases": a count; but not
	 * "Soleimani in 2008 texted Petraeus", where a verb follows */
	if (!modifier && n && n->kind == TK_WORD && !n->cap && !n->kw && !past_verb(c, n))
		return 0;
	r->d = mkdate(t->num, 0, 0, 1);
	r->rel = DYAD_DATE_ABSOLUTE;
	return done(r, i + 1, 1);
}

static int decade_at(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	if (!t || t->kind != TK_DECADE || t->num % 10 != 0 || !year_ok(t->num))
		return 0;
	r->d = mkdate(t->num, 0, 0, 1);
	r->d.decade = 1;
	r->rel = DYAD_DATE_ABSOLUTE;
	return done(r, i + 1, r->d.precision != 0);
}

/*
 * N units ago / later / earlier / before / after / from now, with N a
 * number, a number word, "a", "a couple of"; or vague: "a few", "several",
 * bare "days".
 */
static int pat_count(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	ptrdiff_t k = i + 1;
	int64_t n = 0;
	int vague = 0;
	if (!t)
		return 0;
	if (t->kind == TK_NUM) {
		if (t->ndig > 4 || t->num < 1 || t->num > 1000 || !num_isolated(c, i))
			return 0;
		n = t->num;
	} else if (is_kw(t, K_NUMW)) {
		n = t->kval;
		if (t->kflags & F_ART) {
			if (is_kw(T(c, k), K_COUPLE) && is_kw(T(c, k + 1), K_OF)) {
				n = 2;
				k += 2;
			} else if (is_kw(T(c, k), K_FEW)) {
				vague = 1;
				k++;
			}
		}
	} else if (is_kw(t, K_FEW)) {
		vague = 1;
	} else if (is_kw(t, K_UNIT) && t->kval == U_DAY && (t->kflags & F_PLURAL)) {
		const tok *p = T(c, i - 1);
		if (p && (p->kind == TK_NUM || p->kind == TK_MIXED || is_kw(p, K_NUMW) ||
		          is_kw(p, K_OF)))
			return 0; /* "2,000 days later", "hundreds of days" */
		vague = 1; /* "days later" */
		k = i;
	} else {
		return 0;
	}
	const tok *u = T(c, k);
	if (!is_kw(u, K_UNIT))
		return 0;
	int unit = u->kval;
	k++;
	const tok *w = T(c, k);
	const dyad_date *base;
	int sign;
	if (is_kw(w, K_AGO)) {
		base = &c->story;
		sign = -1;
	} else if (is_kw(w, K_LATER) || is_kw(w, K_EARLIER)) {
		base = &c->anchor;
		sign = w->kw == K_LATER ? 1 : -1;
	} else if (is_kw(w, K_AFTER) || is_kw(w, K_BEFORE)) {
		if (!phrase_ends(c, k + 1))
			return 0; /* "two days after the vote": after what? */
		base = &c->anchor;
		sign = w->kw == K_AFTER ? 1 : -1;
	} else if (is_kw(w, K_FROM) && is_kw(T(c, k + 1), K_NOW)) {
		base = &c->story;
		sign = 1;
		k++;
		r->fut = 1;
	} else {
		return 0;
	}
	k++;
	r->rel = base == &c->story ? DYAD_DATE_REL_STORY : DYAD_DATE_REL_ANCHOR;
	if (vague) {
		if (unit != U_DAY)
			return done(r, k, 0);
		return done(r, k, res_days_vague(base, sign, &r->d));
	}
	return done(r, k, res_shift(base, sign * n, unit, &r->d));
}

/*
 * Thursday [night] / Thursday, January 2[, 2020]. mode: PAST_* / FUT_*; -1
 * a bare weekday (by tense; not after last/next/this ...); -2 by tense
 * after a word that a caller has dealt with ("this", "early").
 */
static int pat_wday(ctx *c, ptrdiff_t i, res *r, int mode)
{
	const tok *t = T(c, i), *p = T(c, i - 1);
	if (!t)
		return 0;
	if (mode == -1 && p && p->kind == TK_WORD &&
	    (p->kw == K_NAMEDDAY || p->kw == K_EVERY || p->kw == K_LAST || p->kw == K_NEXT ||
	     p->kw == K_THIS || p->kw == K_FOLLOWING || p->kw == K_PREVIOUS || p->kw == K_SAME))
		return 0; /* Bloody Sunday, every Friday; the others have their pattern */
	ptrdiff_t k = i + 1;
	const tok *u = T(c, k);
	if (is_kw(u, K_PAPER))
		return 0; /* the Sunday Times */
	/* an explicit date after the weekday decides */
	ptrdiff_t e = is_p(u, ',') ? k + 1 : k;
	const tok *v = T(c, e);
	if (v && (is_kw(v, K_MONTH) || is_day_tok(c, e))) {
		res r2;
		memset(&r2, 0, sizeof r2);
		int rc = v->kind == TK_WORD ? pat_month(c, e, &r2, 0) : pat_dayfirst(c, e, &r2, 0);
		if (rc == 1 && r2.d.precision == 3) {
			*r = r2;
			return 1;
		}
	}
	if (is_kw(u, K_TOD))
		k++;
	if (mode < 0) {
		r->fut = (uint8_t)future(c);
		mode = r->fut ? FUT_INCL : PAST_INCL;
	}
	r->rel = DYAD_DATE_REL_STORY;
	return done(r, k, res_wday(&c->story, t->kval, mode, &r->d));
}

/* last / next / this + weekday, month name, week, month, year, night ... */
static int pat_lnt(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i), *u = T(c, i + 1);
	if (!t || !u || is_kw(T(c, i - 1), K_THE))
		return 0; /* "the last week", "the next day": see pat_the */
	int which = t->kw == K_LAST ? -1 : t->kw == K_NEXT ? 1 : 0;
	r->rel = DYAD_DATE_REL_STORY;
	r->fut = which > 0;
	if (is_kw(u, K_WDAY)) {
		int mode = which < 0 ? PAST_STRICT : which > 0 ? FUT_STRICT : -2;
		return pat_wday(c, i + 1, r, mode);
	}
	if (is_kw(u, K_MONTH)) {
		if (u->kflags & F_AMBIG && !u->cap)
			return 0;
		ptrdiff_t e = i + 2;
		if ((u->kflags & F_ABBR) && is_adj_p(T(c, e), '.'))
			e++;
		int mode = which < 0 ? PAST_STRICT : which > 0 ? FUT_STRICT : THIS_ONE;
		return done(r, e, res_month(&c->story, u->kval, mode, &r->d));
	}
	if (is_kw(u, K_UNIT) && !(u->kflags & F_PLURAL)) {
		switch (u->kval) {
		case U_DAY:
			if (which <= 0)
				return 0;
			r->rel = DYAD_DATE_REL_ANCHOR; /* "next day" */
			r->fut = 0;
			return done(r, i + 2, res_shift(&c->anchor, 1, U_DAY, &r->d));
		case U_WEEK:
			return done(r, i + 2, res_week(&c->story, which, &r->d));
		case U_MONTH:
		case U_YEAR:
			return done(r, i + 2, res_shift(&c->story, which, u->kval, &r->d));
		default:
			return 0;
		}
	}
	if (is_kw(u, K_TOD)) {
		int night = (c->sc.s[u->off] | 32) == 'n';
		if (which < 0 && night) /* last night */
			return done(r, i + 2, res_shift(&c->story, -1, U_DAY, &r->d));
		if (which == 0) /* this morning */
			return done(r, i + 2, res_at(&c->story, U_DAY, &r->d));
		return 0;
	}
	return 0;
}

/* early / late / mid [-] 2019, April, last year, the 1980s, Thursday */
static int pat_elm(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	ptrdiff_t k = i + 1;
	const tok *u = T(c, k);
	if (is_adj_p(u, '-')) {
		k++;
		u = T(c, k);
		if (!u || u->gap)
			return 0;
	}
	if (!u)
		return 0;
	if (u->kind == TK_NUM) {
		if (!is_year4(c, k) || !year_ok(u->num))
			return 0;
		r->d = mkdate(u->num, 0, 0, 1);
		r->rel = DYAD_DATE_ABSOLUTE;
		return done(r, k + 1, 1);
	}
	if (u->kind == TK_DECADE)
		return decade_at(c, k, r);
	if (is_kw(u, K_MONTH))
		return pat_month(c, k, r, 1);
	if (is_kw(u, K_LAST) || is_kw(u, K_THIS) || is_kw(u, K_NEXT))
		return pat_lnt(c, k, r);
	if (is_kw(u, K_WDAY) && t->kw != K_MID)
		return pat_wday(c, k, r, -2);
	return 0;
}

/* earlier / later this week; earlier that day; later today */
static int pat_earlier(ctx *c, ptrdiff_t i, res *r)
{
	const tok *u = T(c, i + 1), *v = T(c, i + 2);
	if (is_kw(u, K_TODAY) || is_kw(u, K_TONIGHT)) {
		r->rel = DYAD_DATE_REL_STORY;
		return done(r, i + 2, res_at(&c->story, U_DAY, &r->d));
	}
	if (!is_kw(u, K_THIS) && !is_kw(u, K_THAT))
		return 0;
	int unit;
	if (is_kw(v, K_UNIT) && !(v->kflags & F_PLURAL))
		unit = v->kval;
	else if (is_kw(v, K_TOD))
		unit = U_DAY;
	else
		return 0;
	if (unit == U_FORTNIGHT || unit == U_DECADE)
		return 0;
	int story = u->kw == K_THIS;
	r->rel = story ? DYAD_DATE_REL_STORY : DYAD_DATE_REL_ANCHOR;
	return done(r, i + 3, res_at(story ? &c->story : &c->anchor, unit, &r->d));
}

/* that day / that week / that year (the anchor's) */
static int pat_that(ctx *c, ptrdiff_t i, res *r)
{
	const tok *u = T(c, i + 1);
	int unit;
	if (is_kw(u, K_UNIT) && !(u->kflags & F_PLURAL) && u->kval != U_FORTNIGHT &&
	    u->kval != U_DECADE)
		unit = u->kval;
	else if (is_kw(u, K_TOD))
		unit = U_DAY;
	else
		return 0;
	r->rel = DYAD_DATE_REL_ANCHOR;
	return done(r, i + 2, res_at(&c->anchor, unit, &r->d));
}

/* Phrases that start with "the". */
static int pat_the(ctx *c, ptrdiff_t i, res *r)
{
	const tok *u = T(c, i + 1), *v = T(c, i + 2), *p = T(c, i - 1);
	if (!u)
		return 0;
	/* the 1980s, the late 1980s */
	if (u->kind == TK_DECADE)
		return decade_at(c, i + 1, r);
	if ((is_kw(u, K_EARLY) || is_kw(u, K_LATE) || is_kw(u, K_MID))) {
		ptrdiff_t k = i + 2;
		if (is_adj_p(v, '-'))
			k++;
		if (T(c, k) && T(c, k)->kind == TK_DECADE)
			return decade_at(c, k, r);
		return 0;
	}
	/* the following day, the next morning, the previous Thursday, the same week */
	if (is_kw(u, K_FOLLOWING) || is_kw(u, K_NEXT) || is_kw(u, K_PREVIOUS) || is_kw(u, K_SAME)) {
		if (is_kw(p, K_DURATION) || (p && p->kind == TK_WORD && (p->kflags & F_DUR)))
			return 0; /* over the next week: a span of time */
		int sign = u->kw == K_PREVIOUS ? -1 : u->kw == K_SAME ? 0 : 1;
		r->rel = DYAD_DATE_REL_ANCHOR;
		if (is_kw(v, K_TOD))
			return done(r, i + 3, res_shift(&c->anchor, sign, U_DAY, &r->d));
		if (is_kw(v, K_WDAY) && sign != 0) {
			ptrdiff_t e = is_kw(T(c, i + 3), K_TOD) ? i + 4 : i + 3;
			return done(r, e, res_wday(&c->anchor, v->kval, sign > 0 ? FUT_STRICT : PAST_STRICT,
			                           &r->d));
		}
		if (!is_kw(v, K_UNIT) || (v->kflags & F_PLURAL))
			return 0;
		switch (v->kval) {
		case U_DAY:
			return done(r, i + 3, res_shift(&c->anchor, sign, U_DAY, &r->d));
		case U_WEEK:
			return done(r, i + 3, res_week(&c->anchor, sign, &r->d));
		case U_MONTH:
		case U_YEAR:
			return done(r, i + 3, res_shift(&c->anchor, sign, v->kval, &r->d));
		default:
			return 0;
		}
	}
	if (is_kw(u, K_UNIT) && !(u->kflags & F_PLURAL)) {
		const tok *w = T(c, i + 3);
		/* the day before yesterday, the day after tomorrow */
		if (u->kval == U_DAY && is_kw(v, K_BEFORE) && is_kw(w, K_YESTERDAY)) {
			r->rel = DYAD_DATE_REL_STORY;
			return done(r, i + 4, res_shift(&c->story, -2, U_DAY, &r->d));
		}
		if (u->kval == U_DAY && is_kw(v, K_AFTER) && is_kw(w, K_TOMORROW)) {
			r->rel = DYAD_DATE_REL_STORY;
			r->fut = 1;
			return done(r, i + 4, res_shift(&c->story, 2, U_DAY, &r->d));
		}
		/* the day before, the week after (of the anchor) */
		if ((is_kw(v, K_BEFORE) || is_kw(v, K_AFTER)) && phrase_ends(c, i + 3)) {
			int sign = v->kw == K_AFTER ? 1 : -1;
			r->rel = DYAD_DATE_REL_ANCHOR;
			if (u->kval == U_WEEK)
				return done(r, i + 3, res_week(&c->anchor, sign, &r->d));
			if (u->kval == U_FORTNIGHT || u->kval == U_DECADE)
				return 0;
			return done(r, i + 3, res_shift(&c->anchor, sign, u->kval, &r->d));
		}
		/* the year 2000 */
		if (u->kval == U_YEAR && is_year4(c, i + 2) && year_ok(v->num)) {
			r->d = mkdate(v->num, 0, 0, 1);
			r->rel = DYAD_DATE_ABSOLUTE;
			return done(r, i + 3, 1);
		}
		return 0;
	}
	/* the 3rd of January */
	if (is_day_tok(c, i + 1) && is_kw(v, K_OF))
		return pat_dayfirst(c, i + 1, r, 1);
	return 0;
}

/* yesterday [morning], today, tonight, tomorrow [night] */
static int pat_deictic(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	ptrdiff_t e = i + 1;
	int sh = 0;
	r->rel = DYAD_DATE_REL_STORY;
	switch (t->kw) {
	case K_YESTERDAY:
		sh = -1;
		break;
	case K_TODAY:
		if (is_kw(T(c, i - 1), K_NEWSORG))
			return 0; /* USA Today */
		break;
	case K_TOMORROW:
		sh = 1;
		r->fut = 1;
		break;
	default:
		break;
	}
	if (t->kw != K_TODAY && t->kw != K_TONIGHT && is_kw(T(c, e), K_TOD))
		e++;
	return done(r, e, res_shift(&c->story, sh, U_DAY, &r->d));
}

/* Every pattern that can start at token i; 1 date, -1 no date, 0 no match. */
static int try_at(ctx *c, ptrdiff_t i, res *r)
{
	const tok *t = T(c, i);
	int rc;
	switch (t->kind) {
	case TK_NUM:
		if ((rc = pat_iso(c, i, r)) != 0 || (rc = pat_numeric(c, i, r)) != 0 ||
		    (rc = pat_dayfirst(c, i, r, 0)) != 0 || (rc = pat_count(c, i, r)) != 0)
			return rc;
		return pat_year(c, i, r);
	case TK_ORD:
		return pat_dayfirst(c, i, r, 0);
	case TK_DECADE:
		return decade_at(c, i, r);
	case TK_WORD:
		break;
	default:
		return 0;
	}
	switch (t->kw) {
	case K_MONTH:
		return pat_month(c, i, r, 0);
	case K_WDAY:
		return pat_wday(c, i, r, -1);
	case K_YESTERDAY:
	case K_TODAY:
	case K_TONIGHT:
	case K_TOMORROW:
		return pat_deictic(c, i, r);
	case K_LAST:
	case K_NEXT:
	case K_THIS:
		return pat_lnt(c, i, r);
	case K_EARLY:
	case K_LATE:
	case K_MID:
		return pat_elm(c, i, r);
	case K_EARLIER:
	case K_LATER:
		return pat_earlier(c, i, r);
	case K_THAT:
		return pat_that(c, i, r);
	case K_THE:
		return pat_the(c, i, r);
	case K_NUMW:
	case K_FEW:
	case K_UNIT:
		return pat_count(c, i, r);
	default:
		return 0;
	}
}

/* ---- clauses ----------------------------------------------------------- */

static void close_clause(ctx *c)
{
	if (c->has_tok) {
		for (size_t k = c->clause_first; k < c->n; k++) {
			c->out[k].clause_off = c->clause_off;
			c->out[k].clause_len = c->last_end_byte - c->clause_off;
		}
		c->clause_idx++;
	}
	c->clause_first = c->n;
	c->has_tok = 0;
	c->pending = 1;
	c->skip_conj = 0;
	c->fut_clause = 0;
}

static int starts_clause_word(const tok *t)
{
	return t && t->kind == TK_WORD &&
	       (t->kw == K_CONJ || t->kw == K_SUBORD || t->kw == K_AFTER || t->kw == K_BEFORE);
}

/* Clause boundaries and future markers at token i (not inside a match). */
static void note(ctx *c, ptrdiff_t i, const tok *t)
{
	if (t->kind == TK_PUNCT) {
		const tok *n = T(c, i + 1), *p = T(c, i - 1);
		switch (t->ch) {
		case ';':
		case '!':
		case '?':
		case '"':
		case 'D':
			close_clause(c);
			break;
		case ':':
			if (!(p && (p->kind == TK_NUM || p->kind == TK_MIXED) && !t->gap && n &&
			      (n->kind == TK_NUM || n->kind == TK_MIXED) && !n->gap))
				close_clause(c);
			break;
		case '-':
			if ((t->gap && (!n || n->gap)) || is_adj_p(n, '-'))
				close_clause(c); /* a dash: " - ", "--" */
			break;
		case ',':
			if (starts_clause_word(n)) {
				close_clause(c);
				c->skip_conj = 1;
			}
			break;
		default:
			break;
		}
		return;
	}
	if (t->kind == TK_WORD) {
		if (c->pending && c->skip_conj && starts_clause_word(t)) {
			c->skip_conj = 0;
			return;
		}
		if (t->kw == K_SUBORD) {
			close_clause(c);
			return; /* the clause starts after "while" */
		}
	}
	c->skip_conj = 0;
	if (c->pending) {
		c->clause_off = t->off;
		c->pending = 0;
		c->has_tok = 1;
	}
	c->last_end_byte = t->off + t->len;
	if (t->kind != TK_WORD)
		return;
	const tok *n = T(c, i + 1), *p = T(c, i - 1);
	switch (t->kw) {
	case K_FUT:
		if (is_kw(p, K_THE))
			break; /* "the will of" */
		if (t->kval == 0 || is_kw(n, K_TO))
			c->fut_clause = 1;
		break;
	case K_BE:
	case K_GOING:
		if (is_kw(n, K_TO))
			c->fut_clause = 1; /* "is to visit", "going to" */
		break;
	case K_LL:
		if (is_adj_p(p, '\'') && !t->gap)
			c->fut_clause = 1;
		break;
	default:
		break;
	}
}

/* Write the match for r, found at token i; 0 when there is no date. */
static int emit(ctx *c, ptrdiff_t i, const res *r)
{
	const tok *t = T(c, i), *p = T(c, i - 1), *e = T(c, r->end - 1);
	if (!t || !e || r->d.precision == 0)
		return 0;
	dyad_date_match *m = &c->out[c->n++];
	memset(m, 0, sizeof *m);
	uint32_t off = t->off;
	/* take in the preposition: "on Thursday", "since 1980" */
	if (p && i - 1 >= c->used && p->kind == TK_WORD && (p->kctx & C_SPAN) && c->has_tok &&
	    p->off >= c->clause_off)
		off = p->off;
	m->off = off;
	m->len = e->off + e->len - off;
	m->date = r->d;
	m->relative = r->rel;
	m->flags = (uint8_t)((r->fut ? DYAD_DATE_M_FUTURE : 0) |
	                     (c->clause_idx == 0 && c->has_tok && off == c->clause_off
	                          ? DYAD_DATE_M_FRAME : 0));
	m->clause_off = c->clause_off;
	m->clause_len = e->off + e->len - c->clause_off;
	c->last_end_byte = e->off + e->len;
	c->anchor = r->d;
	return 1;
}

size_t dyad_dates_find_ex(const char *text, size_t len, dyad_date story, dyad_date anchor,
                          unsigned options, dyad_date_match *out, size_t max)
{
	if (!text || !out || max == 0)
		return 0;
	if (len > UINT32_MAX)
		len = UINT32_MAX;
	ctx c;
	memset(&c, 0, sizeof c);
	c.sc.s = (const unsigned char *)text;
	c.sc.len = len;
	c.story = sanitize(story);
	c.anchor = sanitize(anchor);
	c.opts = options;
	c.out = out;
	c.max = max;
	c.pending = 1;
	ptrdiff_t i = 0;
	for (;;) {
		c.sc.cur = (size_t)i;
		const tok *t = T(&c, i);
		if (!t)
			break;
		note(&c, i, t);
		if (c.n == c.max && c.clause_first == c.n)
			break; /* full, and every clause with a match is closed */
		res r;
		memset(&r, 0, sizeof r);
		int rc = try_at(&c, i, &r);
		if (rc == 0) {
			i++;
			continue;
		}
		/* when full, go on reading (not writing) to the end of the clause,
		 * so that clause_len is what a larger max would give */
		if (rc < 0 || c.n == c.max || !emit(&c, i, &r)) {
			const tok *e = T(&c, r.end - 1);
			if (e)
				c.last_end_byte = e->off + e->len;
		}
		i = r.end > i ? r.end : i + 1;
		c.used = i;
	}
	close_clause(&c);
	return c.n;
}

size_t dyad_dates_find(const char *text, size_t len, dyad_date story, dyad_date anchor,
                       int tense_future, dyad_date_match *out, size_t max)
{
	return dyad_dates_find_ex(text, len, story, anchor, tense_future ? DYAD_DATES_FUTURE : 0u,
	                          out, max);
}

/* ---- the event's date -------------------------------------------------- */

int dyad_dates_for_event(const dyad_date_match *m, size_t n, uint32_t verb_off, dyad_date *out)
{
	if (!m || !out)
		return 0;
	const dyad_date_match *after = NULL, *before = NULL, *opener = NULL, *frame = NULL;
	for (size_t k = 0; k < n; k++) {
		const dyad_date_match *x = &m[k];
		if (x->date.precision == 0)
			continue;
		uint64_t cend = (uint64_t)x->clause_off + x->clause_len;
		int same = verb_off >= x->clause_off && verb_off < cend;
		if (same && x->off + (uint64_t)x->len > verb_off) {
			if (!after || x->off < after->off)
				after = x; /* after the verb (or around it) */
		} else if (same) {
			if (!before || x->off > before->off)
				before = x;
			if (x->off == x->clause_off)
				opener = x;
		}
		if ((x->flags & DYAD_DATE_M_FRAME) && x->off + (uint64_t)x->len <= verb_off && !frame)
			frame = x;
	}
	const dyad_date_match *best = NULL;
	if (after && opener) {
		uint64_t da = after->off > verb_off ? after->off - verb_off : 0;
		uint64_t db = verb_off - (opener->off + (uint64_t)opener->len);
		best = db < da ? opener : after;
	} else if (after) {
		best = after;
	} else if (before) {
		best = before;
	} else {
		best = frame;
	}
	if (!best)
		return 0;
	*out = best->date;
	return 1;
}
