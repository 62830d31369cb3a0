/*
 * test_clean.c — src/text/clean.h: telling the story from comments,
 * bylines, captions, datelines and site boilerplate on a plain-text page.
 *
 * Every page here is invented for the test. Expectations are written as a
 * string with one letter per line of the page:
 *   B body, P boilerplate, C caption, Y byline, D dateline, M comment.
 * Blank lines take the kind of the span they belong to (the one before).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/clean.h"
#include "util/arena.h"

static const char kind_letter[DYAD_SPAN_NKINDS] = {'B', 'P', 'C', 'Y', 'D', 'M'};

/* Check the promises of dyad_clean() on text[0..len): spans cover it
 * exactly, in order, each of whole lines, kinds in range, adjacent spans
 * of different kinds. Returns the span count. */
static size_t check_spans(const char *text, size_t len, const dyad_textspan *s, size_t n)
{
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(s[i].off, at);
		assert_true(s[i].len > 0);
		assert_true(s[i].kind < DYAD_SPAN_NKINDS);
		if (i > 0)
			assert_int_not_equal(s[i].kind, s[i - 1].kind);
		at += s[i].len;
		assert_true(at <= len);
		/* a span ends at a line end */
		assert_true(at == len || text[at - 1] == '\n');
	}
	assert_int_equal(at, len);
	return n;
}

/* The kind letter of every line of text, into out (NUL-terminated). */
static void line_kinds(const char *text, char *out, size_t cap)
{
	dyad_arena a;
	dyad_arena_init(&a, 0);
	size_t len = strlen(text);
	dyad_textspan *s = NULL;
	size_t n = dyad_clean(&a, text, len, &s);
	assert_true(n != (size_t)-1);
	check_spans(text, len, s, n);
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = s[i].off; k < (size_t)s[i].off + s[i].len; k++)
			if (text[k] == '\n' || k + 1 == (size_t)s[i].off + s[i].len) {
				assert_true(o + 1 < cap);
				out[o++] = kind_letter[s[i].kind];
			}
	}
	out[o] = '\0';
	dyad_arena_free(&a);
}

static void expect_kinds(const char *text, const char *want)
{
	char got[512];
	line_kinds(text, got, sizeof got);
	if (strcmp(got, want) != 0) {
		print_error("want %s\n got %s\n", want, got);
		fail();
	}
}

/* ---- whole pages ------------------------------------------------------------ */

/* An article, a site footer, then a WordPress-style thread: header, names
 * with "says:", time stamps, "Reply" buttons; the form and the copyright
 * line close the page. */
static void test_thread_with_header(void **state)
{
	(void)state;
	const char *page =
		"Council Approves New Bridge Over the Lune River\n"
		"\n"
		"The city council voted 7-2 on Monday to approve a new pedestrian bridge over the "
		"Lune River, ending a debate that lasted more than two years.\n"
		"\n"
		"The bridge, which will cost about 12 million euros, is expected to open in 2027, the "
		"mayor's office said.\n"
		"\n"
		"\"This bridge connects two halves of our city,\" Mayor Tove Lind told reporters.\n"
		"\n"
		"Share this:\n"
		"\n"
		"3 thoughts on \xe2\x80\x9c" "Council Approves New Bridge Over the Lune River\xe2\x80\x9d\n"
		"\n"
		"Jonas Berg says:\n"
		"March 4, 2024 at 9:12 am\n"
		"\n"
		"Finally! I have been waiting for this since I was a kid lol\n"
		"\n"
		"Reply\n"
		"\n"
		"Anna K. says:\n"
		"March 4, 2024 at 10:47 am\n"
		"\n"
		"The council approved the budget but nobody asked the east side. The mayor should "
		"resign.\n"
		"\n"
		"Reply\n"
		"\n"
		"Leave a Reply\n"
		"Your email address will not be published. Required fields are marked *\n"
		"Copyright \xc2\xa9 2024 Lune Valley News. All rights reserved.\n";
	/* the second comment reports an "event": it must still be a comment */
	expect_kinds(page, "BBBBBBBBPPMMMMMMMMMMMMMMMMPPP");
}

/* A thread without a header, recognised by its furniture: a name, a time
 * stamp and a reply button. */
static void test_thread_by_furniture(void **state)
{
	(void)state;
	const char *page = "Ferry Service Resumes After Storm\n"
	                   "The ferry between Oster and Lilleby resumed service on Friday after "
	                   "three days of cancellations, the operator said.\n"
	                   "Engineers inspected the pier at Oster on Thursday and found no damage, "
	                   "according to a statement.\n"
	                   "The operator said extra departures would run over the weekend.\n"
	                   "Karl P.\n"
	                   "2 hours ago\n"
	                   "About time, the whole island was stuck.\n"
	                   "Reply\n"
	                   "Mia\n"
	                   "1 hour ago\n"
	                   "The operator cancelled my crossing twice last winter too.\n"
	                   "Reply\n";
	expect_kinds(page, "BBBBMMMMMMMM");
}

/* No header and no furniture: a run of remarks written the way readers
 * write, after a long story. */
static void test_thread_unheaded_run(void **state)
{
	(void)state;
	const char *page =
		"Harbor Strike Enters Third Week as Talks Stall\n"
		"By Maren Olsby\n"
		"The dockworkers' union in the port city of Veldhaven extended its strike on Tuesday "
		"after a second round of talks ended without agreement, officials said.\n"
		"The union is demanding a 9 percent wage increase over two years, while the authority "
		"has offered 4 percent, according to a statement released by the mediator.\n"
		"Shipping companies said more than 40 container vessels were waiting offshore.\n"
		"The transport minister, Ilse Varga, met union leaders on Monday evening and urged both "
		"sides to return to the table, her office said.\n"
		"Police said the picket lines at the north gate remained peaceful.\n"
		"The authority's chief executive told reporters that the latest offer was final.\n"
		"Union secretary Paolo Demir rejected that claim and said the authority had reported "
		"record profits last year.\n"
		"Several retailers have begun importing goods through the rival port of Saltmark.\n"
		"The regional government said it would consider emergency legislation.\n"
		"Talks are scheduled to resume on Thursday under the same mediator, officials said.\n"
		"Economists at the national bank estimated that each week of the strike costs the "
		"economy about 30 million euros.\n"
		"The last major strike at the port, in 2016, lasted five weeks.\n"
		"Good for the dockers!! About time someone stood up to those people\n"
		"lol the minister \"urged\" them. what a joke\n"
		"Typical... the same thing happened in 2016 and nobody learned anything\n"
		"I dont think the authority will ever give in, they never do.\n"
		"Thanks for the article, very clear.\n"
		"The port is the lifeline of this region and everyone who lives here knows it.\n"
		"Exactly. Pay them what they are worth.\n"
		"wow 30 million a week?? somebody is lying\n";
	expect_kinds(page, "BYBBBBBBBBBBBBMMMMMMMM");
}

/* An opinion piece that ends in the first person, with questions, is not a
 * comment thread: nothing may be removed. */
static void test_oped_stays_body(void **state)
{
	(void)state;
	const char *page =
		"Why I Still Believe in the Harbor\n"
		"The harbor strike has now lasted three weeks, and the port authority says its offer "
		"is final.\n"
		"Officials told reporters on Tuesday that talks would resume on Thursday.\n"
		"The union is demanding a 9 percent raise, according to the mediator.\n"
		"Shipping companies said that more than 40 vessels were waiting offshore.\n"
		"The transport minister met union leaders on Monday, her office said.\n"
		"The regional government said it would consider emergency legislation.\n"
		"Economists estimated the cost at 30 million euros a week.\n"
		"Retailers have started to send goods through the rival port of Saltmark.\n"
		"The last major strike, in 2016, lasted five weeks.\n"
		"Police said the picket lines remained peaceful.\n"
		"The chamber of commerce warned of fuel shortages inland.\n"
		"Union leaders rejected the claim that the port could not afford more.\n"
		"I grew up three streets from the north gate, and I have watched this port feed my "
		"town for forty years.\n"
		"What do we owe the people who load the ships? I think we owe them more than a final "
		"offer.\n"
		"You do not have to agree with every demand to see that the authority has not "
		"bargained in good faith.\n"
		"We should ask why record profits cannot pay for a raise.\n"
		"My father worked these docks, and he would tell you that a strike is never anyone's "
		"first choice.\n"
		"If the minister wants the ships to move, she should put a fair offer on the table.\n";
	expect_kinds(page, "BBBBBBBBBBBBBBBBBBB");
}

/* A plain news page: quotes in informal speech, a question in a quote, a
 * short last sentence. Nothing is removed. */
static void test_news_page_untouched(void **state)
{
	(void)state;
	const char *page =
		"Flooding Forces Evacuation of River Villages\n"
		"\n"
		"Hundreds of residents left three villages along the Aster River on Sunday as water "
		"levels rose to their highest point in a decade, the regional fire service said.\n"
		"\n"
		"\"Honestly, we're gonna lose the whole harvest, I just know it,\" said farmer Ruth "
		"Ekland, 58, standing beside a flooded field.\n"
		"\n"
		"\"Where were the sandbags? Nobody came!\" another resident shouted at the mayor during "
		"a meeting on Saturday.\n"
		"\n"
		"The army sent 200 soldiers to reinforce the dikes, the defence ministry said in a "
		"statement.\n"
		"\n"
		"Forecasters expect more rain on Tuesday.\n";
	expect_kinds(page, "BBBBBBBBBBB");
}

/* An interview: questions and answers in the first person, marked by
 * speaker labels. It is the story, not a thread. */
static void test_interview_stays_body(void **state)
{
	(void)state;
	const char *page =
		"Interview: The Engineer Behind the Lune Bridge\n"
		"Structural engineer Ida Warsame designed the new bridge over the Lune River. She spoke "
		"to our reporter on Tuesday.\n"
		"The city council approved the project on Monday after two years of debate.\n"
		"The bridge will cost about 12 million euros, the mayor's office said.\n"
		"Q: Why did you choose a steel arch?\n"
		"A: I wanted something light. You see the river first, and the bridge second.\n"
		"Q: What was the hardest part?\n"
		"A: Honestly? The soil. We drilled forty test holes before I was happy.\n"
		"Q: Will you walk across on opening day?\n"
		"A: Of course! My whole family is coming... my mother has already bought a new coat.\n"
		"Q: What do you say to the critics?\n"
		"A: I understand them. But I think the city needs it.\n";
	expect_kinds(page, "BBBBBBBBBBBB");
}

/* A live blog: time-stamped updates and "X says:" lead-ins are reporting. */
static void test_live_blog_stays_body(void **state)
{
	(void)state;
	const char *page = "Live: Budget Vote in Parliament\n"
	                   "Members of parliament began debating the budget on Wednesday morning.\n"
	                   "The finance minister opened the debate with a two-hour speech.\n"
	                   "Updated at 10:55 a.m. ET:\n"
	                   "The opposition leader says:\n"
	                   "\"This budget leaves the regions behind.\"\n"
	                   "Updated at 11:40 a.m. ET:\n"
	                   "The speaker called a recess until noon.\n";
	expect_kinds(page, "BBBYBBYB");
}

static void test_captions(void **state)
{
	(void)state;
	const char *page =
		"Protesters Rally Outside Ministry\n"
		"Demonstrators gather outside the labour ministry in Veldhaven. Photo: Jan Muller/AFP\n"
		"Thousands of people marched to the labour ministry on Saturday to protest against "
		"pension cuts, police said.\n"
		"Enlarge this image toggle caption Lena Holm/Getty Images Lena Holm/Getty Images\n"
		"The march was organised by the country's three largest unions.\n"
		"This video shows the moment the crowd reached the ministry gates.\n"
		"Video\n"
		"Slideshow (12 Images)\n"
		"Riot police used tear gas against protesters in Veldhaven on Saturday, after a "
		"group set fire to barricades, officials said. (AP Photo/Jan Muller)\n"
		"The interior minister said 14 people were detained.\n"
		"A woman waves a flag during the march in Veldhaven. (AP Photo/Jan Muller)\n";
	/* the caption that reports an event (tear gas, detentions) stays body */
	expect_kinds(page, "BCBCBCCCBBC");
}

static void test_bylines_and_datelines(void **state)
{
	(void)state;
	const char *page =
		"Friday, January 4, 2019\n"
		"\n"
		"By Jane Doe and Omar Haddad\n"
		"Published 3:14 PM ET Jan 4, 2019\n"
		"WASHINGTON (Reuters) -\n"
		"The two governments signed a trade agreement on Thursday, officials said.\n"
		"BERLIN (Reuters) - Germany said on Friday it would send a delegation to the talks.\n"
		"\xe2\x80\x94Minister Hanna Weiss\n"
		"Reporting by Jane Doe; Editing by Omar Haddad\n"
		"The Associated Press contributed to this report.\n"
		"Jane Doe is a senior correspondent for the Lune Valley News.\n";
	expect_kinds(page, "DDYYDBBYYYY");
	/* a leading date line glued to a loading placeholder */
	expect_kinds(" date 2020-01-03 Loading...\n\nThe talks opened on Friday in Geneva, the "
	             "foreign ministry said.\n",
	             "DDB");
	/* "By" that opens a sentence is not a byline */
	expect_kinds("By Monday, the army had withdrawn from the border town, officials said.\n"
	             "By the end of the week, talks had resumed.\n",
	             "BB");
	/* a list of authors at the top */
	expect_kinds("Maren Olsby and Paolo Demir\nThe union extended its strike on Tuesday, "
	             "officials said.\nTalks resume on Thursday.\n",
	             "YBB");
}

static void test_boilerplate(void **state)
{
	(void)state;
	const char *page = "Loading...\n"
	                   "Advertisement\n"
	                   "Ministers Agree on Fishing Quotas\n"
	                   "Fisheries ministers agreed on new quotas for the North Sea on Tuesday "
	                   "after 20 hours of talks, the presidency said.\n"
	                   "Read more: Fishermen protest in three ports over quota plans\n"
	                   "The agreement cuts cod catches by 8 percent next year.\n"
	                   "Sign up for our daily newsletter and get the news in your inbox.\n"
	                   "[pullquote]\n"
	                   "Environmental groups said the cuts did not go far enough.\n"
	                   "Related\n"
	                   "Fishermen Block Harbor in Quota Protest\n"
	                   "EU Court Rules on Fishing Rights\n"
	                   "The new quotas take effect on January 1.\n"
	                   "post\n"
	                   "Share this article\n"
	                   "Follow us on Twitter @lunevalley\n"
	                   "NEWSROOM mugs & prints\n"
	                   "Copyright \xc2\xa9 2024 Lune Valley News\n";
	expect_kinds(page, "PPBBPBPPBPPPBPPPPP");
}

/* Blank lines belong to the span before them; blank lines at the start to
 * the first span; CRLF and a missing final newline are fine. */
static void test_span_shape(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dyad_textspan *s = NULL;

	assert_int_equal(dyad_clean(&a, "", 0, &s), 0);

	const char *blank = "\n\n  \n";
	size_t n = dyad_clean(&a, blank, strlen(blank), &s);
	assert_int_equal(check_spans(blank, strlen(blank), s, n), 1);
	assert_int_equal(s[0].kind, DYAD_SPAN_BODY);

	const char *t = "\n\nAdvertisement\r\n\r\nThe minister resigned on Monday, her office said.\r\n"
	                "\r\nCopyright \xc2\xa9 2024 Example News";
	n = dyad_clean(&a, t, strlen(t), &s);
	assert_int_equal(check_spans(t, strlen(t), s, n), 3);
	assert_int_equal(s[0].kind, DYAD_SPAN_BOILERPLATE);
	assert_int_equal(s[0].off, 0); /* the leading blank lines */
	assert_int_equal(s[1].kind, DYAD_SPAN_BODY);
	assert_memory_equal(t + s[1].off, "The minister", 12);
	assert_int_equal(s[2].kind, DYAD_SPAN_BOILERPLATE);
	assert_int_equal(s[2].off + s[2].len, strlen(t));
	dyad_arena_free(&a);
}

/* Any bytes: NUL, invalid UTF-8, truncated sequences, a very long line. */
static void test_any_bytes(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dyad_textspan *s = NULL;
	static const char odd[] = "Title\n\xff\xfe\x80 bad \xe2\x80\nNUL\0inside the line\n"
	                          "\xf0\x9f\x98\x80\xf0\x9f\n\xc2\n\xe2\n\xe2\x80\x99\n\"\n@\n1.\n";
	size_t n = dyad_clean(&a, odd, sizeof odd - 1, &s);
	assert_true(n != (size_t)-1);
	check_spans(odd, sizeof odd - 1, s, n);

	size_t big = 1u << 20;
	char *line = malloc(big + 1);
	assert_non_null(line);
	for (size_t i = 0; i < big; i++)
		line[i] = "word I lol... said!! "[i % 21];
	line[big] = '\0';
	n = dyad_clean(&a, line, big, &s);
	assert_true(n != (size_t)-1);
	check_spans(line, big, s, n);

	/* many short lines, every kind of rule at once */
	for (size_t i = 0; i < big; i++)
		line[i] = "Reply\nlol!!\n2 hours ago\nBy Jo Do\nPhoto: AP\n"[i % 44];
	n = dyad_clean(&a, line, big, &s);
	assert_true(n != (size_t)-1);
	check_spans(line, big, s, n);
	free(line);
	dyad_arena_free(&a);
}

static void test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_BODY), "body");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_BOILERPLATE), "boilerplate");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_CAPTION), "caption");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_BYLINE), "byline");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_DATELINE), "dateline");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_COMMENT), "comment");
	assert_string_equal(dyad_span_kind_name(-1), "unknown");
	assert_string_equal(dyad_span_kind_name(DYAD_SPAN_NKINDS), "unknown");
}

static void test_tables(void **state)
{
	(void)state;
	/* the word table must stay sorted, with its letter index and Bloom
	 * filter in step; a nonzero value names the first bad entry */
	assert_int_equal(dyad__clean_check_tables(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thread_with_header),
		cmocka_unit_test(test_thread_by_furniture),
		cmocka_unit_test(test_thread_unheaded_run),
		cmocka_unit_test(test_oped_stays_body),
		cmocka_unit_test(test_news_page_untouched),
		cmocka_unit_test(test_interview_stays_body),
		cmocka_unit_test(test_live_blog_stays_body),
		cmocka_unit_test(test_captions),
		cmocka_unit_test(test_bylines_and_datelines),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_span_shape),
		cmocka_unit_test(test_any_bytes),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
