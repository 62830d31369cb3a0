/*
 * test_dates.c — src/dates: date expressions in news sentences, resolved
 * against the story date (2020-01-03, a Friday, unless a case says
 * otherwise) and the anchor; the event-date choice; formatting and day
 * arithmetic. The sentences are written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates/dates.h"

static dyad_date ymd(int y, int m, int d)
{
	dyad_date r = {y, m, d, DYAD_DATE_DAY, 0};
	return r;
}

static const dyad_date NODATE = {0, 0, 0, 0, 0};

/* "2020-01-02", "2019-12", "1980s", joined by spaces. */
static void render(const char *text, const dyad_date_match *m, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	out[0] = '\0';
	for (size_t k = 0; k < n; k++) {
		char b[16];
		size_t bl = dyad_date_format(&m[k].date, b);
		assert_true(bl > 0);
		if (m[k].date.decade)
			b[bl++] = 's', b[bl] = '\0';
		assert_true(o + bl + 2 < cap);
		if (o)
			out[o++] = ' ';
		memcpy(out + o, b, bl + 1);
		o += bl;
		/* every match lies inside the text and inside its clause */
		assert_true(m[k].len > 0);
		assert_true((size_t)m[k].off + m[k].len <= strlen(text));
		assert_true(m[k].off >= m[k].clause_off);
		assert_true(m[k].off + m[k].len <= m[k].clause_off + m[k].clause_len);
		if (k)
			assert_true(m[k].off >= m[k - 1].off + m[k - 1].len);
	}
}

typedef struct dcase {
	const char *text;
	const char *want;   /* dates found, in order; "" for none */
	const char *anchor; /* "YYYY-MM-DD" or NULL */
	int future;         /* the caller's tense guess */
} dcase;

static void run_cases(const dcase *cs, size_t n, dyad_date story)
{
	for (size_t i = 0; i < n; i++) {
		dyad_date anchor = NODATE;
		if (cs[i].anchor) {
			int y, mo, d;
			assert_int_equal(sscanf(cs[i].anchor, "%d-%d-%d", &y, &mo, &d), 3);
			anchor = ymd(y, mo, d);
		}
		dyad_date_match m[16];
		size_t k = dyad_dates_find(cs[i].text, strlen(cs[i].text), story, anchor, cs[i].future, m,
		                           16);
		char got[256];
		render(cs[i].text, m, k, got, sizeof got);
		if (strcmp(got, cs[i].want) != 0)
			fail_msg("\"%s\": got \"%s\", want \"%s\"", cs[i].text, got, cs[i].want);
	}
}

#define RUN(cs) run_cases(cs, sizeof cs / sizeof cs[0], ymd(2020, 1, 3))

/* ---- weekdays and today / yesterday ------------------------------------- */

static void test_weekdays(void **state)
{
	(void)state;
	static const dcase cs[] = {
		{"Iranian forces fired rockets on Thursday.", "2020-01-02", NULL, 0},
		{"The strike was carried out on Friday, officials said.", "2020-01-03", NULL, 0},
		{"The envoy arrived in Oslo on Saturday.", "2019-12-28", NULL, 0},
		{"On Monday, the militia seized the airport.", "2019-12-30", NULL, 0},
		{"The ministry said Wednesday it had closed the border.", "2020-01-01", NULL, 0},
		{"Police dispersed the crowd on Thursday night.", "2020-01-02", NULL, 0},
		{"Shelling resumed late Tuesday.", "2019-12-31", NULL, 0},
		{"Two ministers met in Cairo last Thursday.", "2020-01-02", NULL, 0},
		{"The cabinet resigned last Friday.", "2019-12-27", NULL, 0},
		{"The foreign ministers will meet on Thursday.", "2020-01-09", NULL, 0},
		{"The leaders will meet on Friday in Geneva.", "2020-01-03", NULL, 0},
		{"The vote is scheduled for next Monday.", "2020-01-06", NULL, 0},
		{"Talks are due to start on Tuesday.", "2020-01-07", NULL, 1},
		{"The president is to visit Seoul on Sunday.", "2020-01-05", NULL, 0},
		{"We'll sign the accord on Wednesday, the envoy said.", "2020-01-08", NULL, 0},
		{"The general gave the order on Thursday, January 2, 2020.", "2020-01-02", NULL, 0},
		{"The troops pulled back on Saturday 28 December.", "2019-12-28", NULL, 0},
		{"Rebels shelled the port yesterday.", "2020-01-02", NULL, 0},
		{"The government said today that it would respond.", "2020-01-03", NULL, 0},
		{"The prime minister will address the nation tonight.", "2020-01-03", NULL, 0},
		{"Negotiators return to the table tomorrow.", "2020-01-04", NULL, 0},
		{"Gunmen attacked a checkpoint last night.", "2020-01-02", NULL, 0},
		{"Militants struck the day before yesterday.", "2020-01-01", NULL, 0},
		{"This morning the army entered the town.", "2020-01-03", NULL, 0},
	};
	RUN(cs);
}

/* ---- weeks, months and years relative to the story ------------------ */

static void test_relative_periods(void **state)
{
	(void)state;
	static const dcase cs[] = {
		/* the week of 2019-12-23 has its Thursday in December */
		{"The deal was signed last week.", "2019-12", NULL, 0},
		/* the story's week runs 2019-12-30 .. 2020-01-05: mostly January */
		{"Clashes have continued this week.", "2020-01", NULL, 0},
		{"A delegation will travel to Beijing next week.", "2020-01", NULL, 0},
		{"Exports fell sharply last month.", "2019-12", NULL, 0},
		{"Earlier this month the army moved north.", "2020-01", NULL, 0},
		{"Elections are planned for next month.", "2020-02", NULL, 0},
		{"The junta took power last year.", "2019", NULL, 0},
		{"The ceasefire collapsed late last year.", "2019", NULL, 0},
		{"Parliament will vote on the budget next year.", "2021", NULL, 0},
		{"Troops were sent to the border three weeks ago.", "2019-12-13", NULL, 0},
		{"The embassy closed a week ago.", "2019-12-27", NULL, 0},
		{"The dam was finished a fortnight ago.", "2019-12-20", NULL, 0},
		{"The sanctions were lifted two months ago.", "2019-11", NULL, 0},
		{"Five years ago the two countries fought a war.", "2015", NULL, 0},
		{"A decade ago the region was calm.", "2010", NULL, 0},
		{"The vote will take place two weeks from now.", "2020-01-17", NULL, 0},
	};
	RUN(cs);
}

/* ---- anchor-relative: later, earlier, the next day ----------------------- */

static void test_anchor(void **state)
{
	(void)state;
	static const dcase cs[] = {
		{"Two days later, the rebels withdrew.", "2020-01-01", "2019-12-30", 0},
		{"A day earlier the army had shelled the town.", "2019-12-29", "2019-12-30", 0},
		{"The following day, police arrested the suspects.", "2019-12-31", "2019-12-30", 0},
		{"The next day the minister resigned.", "2019-12-31", "2019-12-30", 0},
		{"The previous day, talks had collapsed.", "2019-12-29", "2019-12-30", 0},
		{"A week later the two sides met again.", "2020-01-06", "2019-12-30", 0},
		{"A fortnight later the siege ended.", "2020-01-13", "2019-12-30", 0},
		{"A couple of days later the talks resumed.", "2020-01-01", "2019-12-30", 0},
		{"The day before, the army had warned residents to leave.", "2019-12-29", "2019-12-30", 0},
		{"Three months later the truce broke down.", "2020-03", "2019-12-30", 0},
		{"Two years later the exiled leader returned.", "2021", "2019-12-30", 0},
		{"Later that day the president spoke on television.", "2019-12-30", "2019-12-30", 0},
		{"That year the economy shrank by a tenth.", "2019", "2019-12-30", 0},
		/* "days later": a few days, given as the month holding most of them */
		{"Days later the rebels were back in the city.", "2020-01", "2019-12-30", 0},
		{"A few days later the borders reopened.", "2019-12", "2019-12-10", 0},
		/* a date earlier in the sentence is the anchor for the rest */
		{"The rebels attacked on Monday and the army responded the next day.",
		 "2019-12-30 2019-12-31", NULL, 0},
		{"The talks began on 10 December and ended two days later.", "2019-12-10 2019-12-12",
		 NULL, 0},
		/* no anchor: no guess */
		{"Two days later, the rebels withdrew.", "", NULL, 0},
		{"The following day, police arrested the suspects.", "", NULL, 0},
		/* relative to an event, not to a date: no date */
		{"Two days after the vote, riots broke out.", "", "2019-12-30", 0},
		{"In the turbulent days following the coup, thousands fled.", "", "2019-12-30", 0},
		{"The attack came days after the election.", "", "2019-12-30", 0},
		{"Over the next week aid convoys will arrive.", "", "2019-12-30", 0},
		{"The mission lasted 2,000 days later than planned.", "", "2019-12-30", 0},
	};
	RUN(cs);
}

/* ---- calendar dates ---------------------------------------------------- */

static void test_calendar(void **state)
{
	(void)state;
	static const dcase cs[] = {
		{"The treaty was signed in 2008.", "2008", NULL, 0},
		{"The treaty was signed in April 2008.", "2008-04", NULL, 0},
		{"The accord was reached in March of 2019.", "2019-03", NULL, 0},
		{"Fighting broke out in April.", "2019-04", NULL, 0},
		{"The summit will be held in April.", "2020-04", NULL, 0},
		{"Protests began in January.", "2020-01", NULL, 0},
		{"The rebels advanced last April.", "2019-04", NULL, 0},
		{"The referendum was held in April last year.", "2019-04", NULL, 0},
		{"The minister resigned on January 3.", "2020-01-03", NULL, 0},
		{"The embassy reopened on December 30.", "2019-12-30", NULL, 0},
		{"The new parliament will sit on January 10.", "2020-01-10", NULL, 0},
		{"The blockade began on Jan. 3, 2020.", "2020-01-03", NULL, 0},
		{"The blockade began on Sept. 14, 2018.", "2018-09-14", NULL, 0},
		{"The blockade began 3 January 2020.", "2020-01-03", NULL, 0},
		{"The army withdrew on the 3rd of January.", "2020-01-03", NULL, 0},
		{"The army withdrew on December 21st.", "2019-12-21", NULL, 0},
		{"The memo is dated 2020-01-03.", "2020-01-03", NULL, 0},
		{"The memo is dated 01/03/2020.", "2020-01-03", NULL, 0},
		{"The memo is dated 25/12/2019.", "2019-12-25", NULL, 0},
		{"The memo is dated 03.01.2020.", "2020-01-03", NULL, 0},
		{"Relations soured in the 1980s.", "1980s", NULL, 0},
		{"The region has been unstable since the late 1990s.", "1990s", NULL, 0},
		{"The embargo has been in force since 1980.", "1980", NULL, 0},
		{"The plant must close by 2030.", "2030", NULL, 0},
		{"Growth stalled in mid-2019.", "2019", NULL, 0},
		{"The war began in early 2002.", "2002", NULL, 0},
		{"The reserves ran dry in mid-December.", "2019-12", NULL, 0},
		{"He first took office in the year 2000.", "2000", NULL, 0},
		{"Crops failed in the summer of 2012.", "2012", NULL, 0},
		{"The vote took place on Feb. 29.", "2016-02-29", NULL, 0},
		{"The first talks were held in 2001, the last in 2005.", "2001 2005", NULL, 0},
	};
	RUN(cs);
}

/* ---- things that are not dates ----------------------------------------- */

static void test_negatives(void **state)
{
	(void)state;
	static const dcase cs[] = {
		{"The navy fired 1000 missiles and seized 225 weapons.", "", NULL, 0},
		{"The air force bought 12 F35 jets and an F-35 simulator.", "", NULL, 0},
		{"Security was tightened after the September 11 attacks.", "", NULL, 0},
		{"Security was tightened after the Sept. 11 attacks.", "", NULL, 0},
		{"The January 6 riot was debated in Congress.", "", NULL, 0},
		{"The vote on Feb 30 was cancelled.", "", NULL, 0},
		{"The vote on April 31, 2019 never happened.", "", NULL, 0},
		{"A total of 2000 soldiers were deployed.", "", NULL, 0},
		{"The curfew starts at 1900 GMT.", "", NULL, 0},
		{"The curfew ends by 2100 hours.", "", NULL, 0},
		{"Officials may 3 times delay the count.", "", NULL, 0},
		{"The march drew thousands.", "", NULL, 0},
		{"Pilgrims gathered on Good Friday.", "", NULL, 0},
		{"The Sunday Times reported the raid.", "", NULL, 0},
		{"USA Today reported the raid.", "", NULL, 0},
		{"Every Friday protesters gather outside parliament.", "", NULL, 0},
		{"The ministry paid $2000 to each family in 1,995 cases.", "", NULL, 0},
		{"He scored 3.5 points in 2,010 games.", "", NULL, 0},
		{"The shop is open 24/7.", "", NULL, 0},
		{"The 1850 treaty was signed in 1850.", "", NULL, 0},
		{"Armed men stormed the compound, witnesses said.", "", NULL, 0},
		{"Jan Kowalski and Mar Roig met the press.", "", NULL, 0},
		{"The charter of January 3, 1850 was read out on Friday.", "2020-01-03", NULL, 0},
	};
	RUN(cs);
}

/* ---- story date unknown or coarse; precision rules ---------------------- */

static void test_story_precision(void **state)
{
	(void)state;
	static const dcase unknown[] = {
		{"Rockets were fired on Thursday.", "", NULL, 0},
		{"The treaty was signed in April 2008.", "2008-04", NULL, 0},
		{"The memo is dated 2020-01-03.", "2020-01-03", NULL, 0},
		{"Exports fell last month.", "", NULL, 0},
	};
	run_cases(unknown, sizeof unknown / sizeof unknown[0], NODATE);
	dyad_date year_only = {2020, 0, 0, DYAD_DATE_YEAR, 0};
	static const dcase coarse[] = {
		{"Rockets were fired on Thursday.", "", NULL, 0},
		{"The junta took power last year.", "2019", NULL, 0},
		{"Fighting broke out in April.", "2020-04", NULL, 0},
	};
	run_cases(coarse, sizeof coarse / sizeof coarse[0], year_only);
	/* a story on 2020-03-01 (a Sunday): "last week" is February's */
	static const dcase march[] = {
		{"The deal was signed last week.", "2020-02", NULL, 0},
		{"The vote took place on Feb. 29.", "2020-02-29", NULL, 0},
		{"Talks resumed on Sunday.", "2020-03-01", NULL, 0},
		{"Talks resumed last Sunday.", "2020-02-23", NULL, 0},
	};
	run_cases(march, sizeof march / sizeof march[0], ymd(2020, 3, 1));
}

/* ---- spans, flags, DMY, case, UTF-8 ------------------------------------ */

static void test_spans_and_flags(void **state)
{
	(void)state;
	const char *s = "On Thursday, the army said it will withdraw by Friday.";
	dyad_date_match m[4];
	size_t n = dyad_dates_find(s, strlen(s), ymd(2020, 1, 3), NODATE, 0, m, 4);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].off, 0);
	assert_int_equal(m[0].len, strlen("On Thursday"));
	assert_int_equal(m[0].relative, DYAD_DATE_REL_STORY);
	assert_true(m[0].flags & DYAD_DATE_M_FRAME);
	assert_false(m[0].flags & DYAD_DATE_M_FUTURE);
	assert_int_equal(m[1].off, strstr(s, "by Friday") - s);
	assert_int_equal(m[1].len, strlen("by Friday"));
	assert_true(m[1].flags & DYAD_DATE_M_FUTURE);
	assert_int_equal(m[1].date.d, 3);

	const char *t = "TALKS RESUMED IN APRIL 2008; the rebels left two days later.";
	n = dyad_dates_find(t, strlen(t), ymd(2020, 1, 3), ymd(2019, 12, 30), 0, m, 4);
	assert_int_equal(n, 1); /* April 2008 is the anchor now: no day arithmetic */
	assert_int_equal(m[0].relative, DYAD_DATE_ABSOLUTE);
	assert_int_equal(m[0].date.precision, DYAD_DATE_MONTH);
	assert_int_equal(m[0].date.m, 4);
	t = "The rebels left two days later.";
	n = dyad_dates_find(t, strlen(t), ymd(2020, 1, 3), ymd(2019, 12, 30), 0, m, 4);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].relative, DYAD_DATE_REL_ANCHOR);

	/* day-first numeric dates on request */
	const char *u = "The memo is dated 01/03/2020.";
	n = dyad_dates_find_ex(u, strlen(u), ymd(2020, 1, 3), NODATE, DYAD_DATES_DMY, m, 4);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].date.m, 3);
	assert_int_equal(m[0].date.d, 1);

	/* typographic punctuation and non-ASCII names */
	const char *v = "Sulaym\xc4\x81n\xc4\xab\xe2\x80\x99s convoy was hit on\xc2\xa0" "Friday \xe2\x80\x94 "
	                "officials said on Saturday.";
	n = dyad_dates_find(v, strlen(v), ymd(2020, 1, 3), NODATE, 0, m, 4);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].date.d, 3);
	assert_int_equal(m[1].date.d, 28);
	assert_true(m[0].clause_off + m[0].clause_len <= m[1].clause_off);
}

/* "April 2008" as the anchor has month precision: "two days later" cannot be
 * resolved and gives no match. */
static void test_anchor_precision(void **state)
{
	(void)state;
	const char *t = "Talks resumed in April 2008 and ended two days later.";
	dyad_date_match m[4];
	size_t n = dyad_dates_find(t, strlen(t), ymd(2020, 1, 3), ymd(2019, 12, 30), 0, m, 4);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].date.y, 2008);
}

/* ---- the event's date ---------------------------------------------------- */

static int event_date(const char *s, const char *verb, char *buf)
{
	dyad_date_match m[8];
	size_t n = dyad_dates_find(s, strlen(s), ymd(2020, 1, 3), NODATE, 0, m, 8);
	const char *v = strstr(s, verb);
	assert_non_null(v);
	dyad_date d;
	buf[0] = '\0';
	if (!dyad_dates_for_event(m, n, (uint32_t)(v - s), &d))
		return 0;
	dyad_date_format(&d, buf);
	return 1;
}

static void assert_event(const char *s, const char *verb, const char *want)
{
	char buf[16];
	int ok = event_date(s, verb, buf);
	if (!want) {
		if (ok)
			fail_msg("\"%s\" / %s: got %s, want none", s, verb, buf);
		return;
	}
	if (!ok || strcmp(buf, want) != 0)
		fail_msg("\"%s\" / %s: got \"%s\", want %s", s, verb, buf, want);
}

static void test_for_event(void **state)
{
	(void)state;
	assert_event("The US killed the commander in Baghdad on Friday.", "killed", "2020-01-03");
	assert_event("On Thursday, Iran fired missiles at two bases.", "fired", "2020-01-02");
	assert_event("On Thursday, the minister said the army attacked the town on Monday.", "said",
	             "2020-01-02");
	assert_event("On Thursday, the minister said the army attacked the town on Monday.",
	             "attacked", "2019-12-30");
	assert_event("Rebels shelled the port on Monday; the navy withdrew on Tuesday.", "withdrew",
	             "2019-12-31");
	assert_event("Rebels shelled the port on Monday; the navy withdrew on Tuesday.", "shelled",
	             "2019-12-30");
	assert_event("The army on Wednesday closed the crossing.", "closed", "2020-01-01");
	assert_event("On Monday the rebels took the airport, and the army retreated.", "retreated",
	             "2019-12-30");
	assert_event("The rebels took the airport on Monday, while the army retreated.", "retreated",
	             NULL);
	assert_event("The two leaders met in Vienna.", "met", NULL);
	dyad_date d;
	assert_int_equal(dyad_dates_for_event(NULL, 0, 0, &d), 0);
}

/* ---- format and arithmetic --------------------------------------------- */

static void test_format(void **state)
{
	(void)state;
	char b[11];
	dyad_date d = ymd(2020, 1, 3);
	assert_int_equal(dyad_date_format(&d, b), 10);
	assert_string_equal(b, "2020-01-03");
	d.precision = DYAD_DATE_MONTH;
	assert_int_equal(dyad_date_format(&d, b), 7);
	assert_string_equal(b, "2020-01");
	d.precision = DYAD_DATE_YEAR;
	assert_int_equal(dyad_date_format(&d, b), 4);
	assert_string_equal(b, "2020");
	d.precision = DYAD_DATE_NONE;
	assert_int_equal(dyad_date_format(&d, b), 0);
	assert_string_equal(b, "");
	dyad_date bad = ymd(2019, 2, 29);
	assert_int_equal(dyad_date_format(&bad, b), 0);
	dyad_date big = ymd(12345, 1, 1);
	assert_int_equal(dyad_date_format(&big, b), 0);
}

static void test_add_days(void **state)
{
	(void)state;
	dyad_date d = dyad_date_add_days(ymd(2020, 1, 3), -4);
	assert_int_equal(d.y, 2019);
	assert_int_equal(d.m, 12);
	assert_int_equal(d.d, 30);
	d = dyad_date_add_days(ymd(2020, 2, 28), 1);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
	d = dyad_date_add_days(ymd(2100, 2, 28), 1);
	assert_int_equal(d.m, 3);
	assert_int_equal(d.d, 1);
	d = dyad_date_add_days(ymd(2000, 1, 1), 366 + 365);
	assert_int_equal(d.y, 2002);
	d = dyad_date_add_days(ymd(1970, 1, 1), -1);
	assert_int_equal(d.y, 1969);
	assert_int_equal(d.d, 31);
	/* not a day-precision date: unchanged */
	dyad_date m = {2020, 1, 0, DYAD_DATE_MONTH, 0};
	d = dyad_date_add_days(m, 40);
	assert_int_equal(d.m, 1);
	assert_int_equal(d.precision, DYAD_DATE_MONTH);
	d = dyad_date_add_days(ymd(2020, 2, 30), 1);
	assert_int_equal(d.d, 30);
}

/* ---- robustness: bounds, max, speed ------------------------------------ */

static void test_bounds(void **state)
{
	(void)state;
	/* an exact-size heap copy: ASan catches any read past len */
	const char *src = "It ended on Jan. 3, 2020";
	size_t n = strlen(src);
	for (size_t cut = 0; cut <= n; cut++) {
		char *p = malloc(cut ? cut : 1);
		assert_non_null(p);
		memcpy(p, src, cut);
		dyad_date_match m[4];
		size_t k = dyad_dates_find(p, cut, ymd(2020, 1, 3), NODATE, 0, m, 4);
		assert_true(k <= 1);
		if (k)
			assert_true(m[0].off + m[0].len <= cut);
		free(p);
	}
	/* max limits the output; the matches written are the first ones */
	const char *s = "They met on Monday, on Tuesday and on Wednesday.";
	dyad_date_match m[4];
	assert_int_equal(dyad_dates_find(s, strlen(s), ymd(2020, 1, 3), NODATE, 0, m, 0), 0);
	assert_int_equal(dyad_dates_find(s, strlen(s), ymd(2020, 1, 3), NODATE, 0, m, 2), 2);
	assert_int_equal(m[1].date.d, 31);
	assert_int_equal(m[1].clause_off, 0);
	assert_int_equal(m[1].clause_len, strlen(s) - 1);
	assert_int_equal(dyad_dates_find(s, strlen(s), ymd(2020, 1, 3), NODATE, 0, NULL, 4), 0);
	/* NUL bytes are just bytes */
	const char z[] = "on\0Thursday on Thursday";
	assert_int_equal(dyad_dates_find(z, sizeof z - 1, ymd(2020, 1, 3), NODATE, 0, m, 4), 2);
}

static void test_large_input(void **state)
{
	(void)state;
	/* 2 MB of date-like words and digits: must be linear (and fast) */
	size_t n = (size_t)2 << 20;
	char *p = malloc(n);
	assert_non_null(p);
	const char *piece = "the following January 3 2020-01-03 1/2/ mid-1980s days ";
	size_t pl = strlen(piece);
	for (size_t i = 0; i < n; i++)
		p[i] = piece[i % pl];
	static dyad_date_match m[1 << 16];
	size_t k = dyad_dates_find(p, n, ymd(2020, 1, 3), ymd(2019, 12, 30), 0, m, 1 << 16);
	assert_true(k > 1000);
	/* one long word, one long number, one long run of spaces */
	memset(p, 'a', n);
	assert_int_equal(dyad_dates_find(p, n, ymd(2020, 1, 3), NODATE, 0, m, 16), 0);
	memset(p, '7', n);
	assert_int_equal(dyad_dates_find(p, n, ymd(2020, 1, 3), NODATE, 0, m, 16), 0);
	memset(p, ' ', n);
	assert_int_equal(dyad_dates_find(p, n, ymd(2020, 1, 3), NODATE, 0, m, 16), 0);
	free(p);
}

static void test_selfcheck(void **state)
{
	(void)state;
	assert_int_equal(dyad__dates_selfcheck(), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selfcheck),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_relative_periods),
		cmocka_unit_test(test_anchor),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_negatives),
		cmocka_unit_test(test_story_precision),
		cmocka_unit_test(test_spans_and_flags),
		cmocka_unit_test(test_anchor_precision),
		cmocka_unit_test(test_for_event),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_add_days),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_large_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
