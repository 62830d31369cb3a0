/*
 * dates/dates.h — event dates from news text.
 *
 * dyad codes "who did what to whom, when". The "when" is the date the text
 * gives for the event ("on Thursday", "two days later", "in April 2008"),
 * resolved against the story date and, for expressions like "the next day",
 * against the last date the story has mentioned so far (the anchor). The
 * rules are in docs/dates.md.
 *
 * Internal to the library (C17). Everything here is a pure function of its
 * arguments: no allocation, no global state, thread-safe.
 */
#ifndef DYAD_DATES_DATES_H
#define DYAD_DATES_DATES_H

#include <stddef.h>
#include <stdint.h>

/* Precision of a date. */
enum {
	DYAD_DATE_NONE = 0,
	DYAD_DATE_YEAR = 1,  /* y only (m = d = 0); decade != 0 for "the 1980s" */
	DYAD_DATE_MONTH = 2, /* y and m (d = 0) */
	DYAD_DATE_DAY = 3    /* y, m and d */
};

typedef struct dyad_date {
	int32_t y, m, d;
	uint8_t precision; /* DYAD_DATE_*: 0 none, 1 year, 2 month, 3 day */
	uint8_t decade;    /* 1: "the 1980s" (y = 1980, year precision) */
} dyad_date;

/* dyad_date_match.relative */
enum {
	DYAD_DATE_ABSOLUTE = 0,   /* the text gives the date in full */
	DYAD_DATE_REL_STORY = 1,  /* resolved against the story date */
	DYAD_DATE_REL_ANCHOR = 2  /* resolved against the anchor ("the next day") */
};

/* dyad_date_match.flags */
enum {
	DYAD_DATE_M_FUTURE = 1, /* resolved with the future reading ("will meet on Thursday") */
	DYAD_DATE_M_FRAME = 2   /* opens the sentence ("On Thursday, ..."); frames every clause */
};

typedef struct dyad_date_match {
	uint32_t off, len;  /* byte span of the expression in the sentence, with
	                       its leading preposition ("on Thursday") */
	dyad_date date;     /* precision >= 1 always */
	uint8_t relative;   /* DYAD_DATE_ABSOLUTE / _REL_STORY / _REL_ANCHOR;
	                       non-zero when resolved against story or anchor */
	uint8_t flags;      /* DYAD_DATE_M_* */
	uint32_t clause_off, clause_len; /* the clause holding the expression */
} dyad_date_match;

/* Options for dyad_dates_find_ex(). */
enum {
	DYAD_DATES_FUTURE = 1, /* the caller thinks the sentence is in the future tense */
	DYAD_DATES_DMY = 2     /* read 03/01/2020 as day/month/year (default month/day/year) */
};

/*
 * Find date expressions in the sentence text[0..len) (UTF-8, any case).
 * story is the story date (precision 0 = unknown); anchor is the last date
 * resolved in the story so far, for "two days later" (precision 0 = none).
 * Dates resolved inside the sentence become the anchor for what follows
 * them. tense_future: the caller's guess (0/1) that the clause is in the
 * future tense; "will", "would", "shall", "'ll", "is to", "going to",
 * "expected to", "plans to", "scheduled", "planned" and "upcoming" earlier
 * in the same clause are detected as well.
 *
 * Writes up to max matches in text order and returns how many it wrote
 * (at most max). Only expressions that resolve to a date are written: an
 * expression that cannot be resolved (no story date, "after the September
 * 11 attacks", "Feb 30") gives no match. Never reads past len; text may
 * hold NUL bytes and invalid UTF-8. Only the first 4 GiB are looked at.
 */
size_t dyad_dates_find(const char *text, size_t len, dyad_date story, dyad_date anchor,
                       int tense_future, dyad_date_match *out, size_t max);

/* The same with DYAD_DATES_* options. */
size_t dyad_dates_find_ex(const char *text, size_t len, dyad_date story, dyad_date anchor,
                          unsigned options, dyad_date_match *out, size_t max);

/*
 * The date most likely to be the date of the event whose verb starts at
 * byte offset verb_off, among the n matches m of the sentence: the nearest
 * expression after the verb in the same clause ("X met Y on Thursday"),
 * unless an expression opening that clause is nearer ("On Thursday, X met
 * Y"); else the nearest one before the verb in the clause; else the
 * expression that opens the sentence. Returns 1 and sets *out, else 0.
 */
int dyad_dates_for_event(const dyad_date_match *m, size_t n, uint32_t verb_off, dyad_date *out);

/*
 * Format as "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision into buf (at
 * least 11 bytes), NUL-terminated. Returns the length; 0 (and "") for
 * precision 0 or a date that is not valid or not in years 0..9999.
 */
size_t dyad_date_format(const dyad_date *d, char *buf);

/*
 * Add days to a day-precision date (proleptic Gregorian calendar). A date
 * that is not a valid day-precision date is returned unchanged.
 */
dyad_date dyad_date_add_days(dyad_date d, int days);

/* 1 when the internal keyword table is in order (for the unit tests). */
int dyad__dates_selfcheck(void);

#endif
