/*
 * test_text.c — src/text: UTF-8 decoding and folding (text/fold.h), the
 * TABARI-style word splitter (text/token.h) and the news sentence splitter
 * (text/segment.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/fold.h"
#include "text/segment.h"
#include "text/token.h"
#include "util/arena.h"

/*
 * Known bugs, reported and not fixed yet. XFAIL(cond, bug) is a check that
 * is expected to fail: while the bug is there it prints a note; once the
 * bug is fixed it fails the test, so that the XFAIL becomes an assert.
 */
#define XFAIL(cond, bug)                                                                   \
	do {                                                                               \
		if (cond)                                                                  \
			fail_msg("XPASS: known bug fixed (%s); turn this XFAIL into an assert", \
			         bug);                                                     \
		else                                                                       \
			print_message("note: expected failure, known bug: %s\n", bug);     \
	} while (0)

#define BUG_FOLD "fold: precomposed letters keep their diacritic (e-acute -> E-acute, not E)"

/* ---- fold -------------------------------------------------------------- */

/* The folded form of a whole UTF-8 string, into out (NUL-terminated). */
static void fold_string(const char *s, char *out, size_t cap)
{
	size_t n = strlen(s), i = 0, o = 0;
	while (i < n) {
		int32_t cp;
		size_t k = dyad_utf8_decode(s + i, n - i, &cp);
		assert_true(k >= 1);
		char f[8];
		size_t m = dyad_fold_cp(cp, f);
		assert_true(m <= 8);
		assert_true(o + m < cap);
		memcpy(out + o, f, m);
		o += m;
		i += k;
	}
	out[o] = '\0';
}

static void assert_folds(const char *in, const char *want)
{
	char out[256];
	fold_string(in, out, sizeof out);
	assert_string_equal(out, want);
}

static int folds_to(const char *in, const char *want)
{
	char out[256];
	fold_string(in, out, sizeof out);
	return strcmp(out, want) == 0;
}

static void test_fold_ascii_upper_cases_letters_only(void **state)
{
	(void)state;
	assert_folds("Kenya's army, 1,500 troops.", "KENYA'S ARMY, 1,500 TROOPS.");
	assert_folds("abcxyzABCXYZ0189-_~[]", "ABCXYZABCXYZ0189-_~[]");
	assert_folds("", "");
}

static void test_fold_special_letters(void **state)
{
	(void)state;
	assert_folds("Stra\xc3\x9f" "e", "STRASSE");        /* ß */
	assert_folds("\xc3\xa6\xc3\x86", "AEAE");           /* æ Æ */
	assert_folds("\xc5\x93\xc5\x92", "OEOE");           /* œ Œ */
	assert_folds("\xc3\xb8\xc3\x98", "OO");             /* ø Ø */
	assert_folds("\xc5\x82\xc5\x81" "odz", "LLODZ");  /* ł Ł */
	assert_folds("\xc4\x91\xc4\x90", "DD");           /* đ Đ */
	assert_folds("\xc4\xb1", "I");                     /* dotless ı */
	assert_folds("\xc3\xbe\xc3\xb0", "THD");            /* þ ð */
	assert_folds("\xca\xbf" "Abd", "ABD");              /* ʿ (ayn) is dropped */
}

static void test_fold_typographic_punctuation(void **state)
{
	(void)state;
	assert_folds("\xe2\x80\x99", "'");  /* ’ */
	assert_folds("\xe2\x80\x98", "'");  /* ‘ */
	assert_folds("\xe2\x80\x9c" "x" "\xe2\x80\x9d", "\"X\""); /* “x” */
	assert_folds("\xe2\x80\x9e", "\""); /* „ */
	assert_folds("\xc2\xab\xc2\xbb", "\"\""); /* « » */
	assert_folds("\xe2\x80\x93\xe2\x80\x94", "--"); /* – — */
	assert_folds("\xc2\xa0", " ");      /* no-break space */
	assert_folds("\xe2\x80\xa6", ".");  /* … */
	assert_int_equal(dyad_fold_punct(0x2019), '\'');
	assert_int_equal(dyad_fold_punct(0x201C), '"');
	assert_int_equal(dyad_fold_punct(0x2014), '-');
	assert_int_equal(dyad_fold_punct('a'), 'a');
	assert_int_equal(dyad_fold_punct(0x00E9), 0x00E9);
}

static void test_fold_combining_mark_is_dropped(void **state)
{
	(void)state;
	char f[8];
	assert_int_equal(dyad_fold_cp(0x0301, f), 0); /* combining acute */
	assert_int_equal(dyad_fold_cp(0x0308, f), 0); /* combining diaeresis */
	/* decomposed text: base letter + mark */
	assert_folds("Ke\xcc\x81nya", "KENYA");
	assert_folds("Sulayma\xcc\x84ni\xcc\x84", "SULAYMANI");
}

static void test_fold_non_latin_is_upper_cased(void **state)
{
	(void)state;
	/* москва -> МОСКВА, kept as UTF-8 */
	assert_folds("\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
	             "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90");
	/* Arabic has no case: unchanged */
	assert_folds("\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85");
}

static void test_fold_precomposed_diacritics(void **state)
{
	(void)state;
	/* fold.h: "Sulaymānī" and "SULAYMANI" fold to the same bytes */
	assert_true(folds_to("Sulaym\xc4\x81n\xc4\xab", "SULAYMANI"));
	assert_true(folds_to("K\xc3\xa9nya", "KENYA"));           /* é */
	assert_true(folds_to("\xc3\x89LYS\xc3\x89" "E", "ELYSEE")); /* É */
	assert_true(folds_to("M\xc3\xbcnchen", "MUNCHEN"));       /* ü */
	assert_true(folds_to("Espa\xc3\xb1" "a", "ESPANA"));      /* ñ */
	/* whatever the fold, it is idempotent and case-insensitive */
	char a[64], b[64], c[64];
	fold_string("Sulaym\xc4\x81n\xc4\xab", a, sizeof a);
	fold_string("SULAYM\xc4\x80N\xc4\xaa", b, sizeof b);
	fold_string(a, c, sizeof c);
	assert_string_equal(a, b);
	assert_string_equal(a, c);
}

static void test_fold_decode_invalid_utf8(void **state)
{
	(void)state;
	int32_t cp;
	assert_int_equal(dyad_utf8_decode("\xff" "abc", 4, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8_decode("\xe2\x80", 2, &cp), 1); /* truncated */
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8_decode("\xc0\xaf", 2, &cp), 1); /* overlong */
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8_decode("\xed\xa0\x80", 3, &cp), 1); /* surrogate */
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(dyad_utf8_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(dyad_utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
}

/* ---- tokenizer ---------------------------------------------------------- */

typedef struct toks {
	dyad_arena a;
	dyad_token *t;
	size_t n;
	const char *text;
	char joined[16384];
} toks;

/* Tokenize text; joined = the folded forms separated by one blank. */
static void tokenize(toks *k, const char *text)
{
	dyad_arena_init(&k->a, 4096);
	k->text = text;
	k->n = dyad_tokenize(&k->a, text, strlen(text), &k->t);
	assert_int_not_equal(k->n, (size_t)-1);
	size_t o = 0;
	k->joined[0] = '\0';
	for (size_t i = 0; i < k->n; i++) {
		int w = snprintf(k->joined + o, sizeof k->joined - o, "%s%s", i ? " " : "",
		                 k->t[i].norm);
		assert_true(w > 0 && (size_t)w < sizeof k->joined - o);
		o += (size_t)w;
		/* every token points back into the text */
		assert_true(k->t[i].off + k->t[i].len <= strlen(text));
		assert_true(k->t[i].len > 0);
		assert_int_equal(strlen(k->t[i].norm), k->t[i].nlen);
	}
}

static void done(toks *k) { dyad_arena_free(&k->a); }

/* The source bytes of token i. */
static void slice(const toks *k, size_t i, char *out, size_t cap)
{
	size_t n = k->t[i].len < cap - 1 ? k->t[i].len : cap - 1;
	memcpy(out, k->text + k->t[i].off, n);
	out[n] = '\0';
}

static void assert_tokens(const char *text, const char *want)
{
	toks k;
	tokenize(&k, text);
	assert_string_equal(k.joined, want);
	done(&k);
}

static void test_token_hyphen_splits_words(void **state)
{
	(void)state;
	assert_tokens("al-Assad met Kenyan officials", "AL ASSAD MET KENYAN OFFICIALS");
	assert_tokens("U.S.-led coalition", "U.S. LED COALITION");
	assert_tokens("a\xe2\x80\x94" "b", "A B"); /* em dash */
}

static void test_token_abbreviation_keeps_periods(void **state)
{
	(void)state;
	assert_tokens("The U.S. and the U.N. said", "THE U.S. AND THE U.N. SAID");
	toks k;
	tokenize(&k, "U.S. envoy");
	char s[32];
	slice(&k, 0, s, sizeof s);
	assert_string_equal(s, "U.S.");
	assert_int_equal(k.t[0].kind, DYAD_TOK_WORD);
	done(&k);
}

static void test_token_period_after_lowercase_is_dropped(void **state)
{
	(void)state;
	assert_tokens("Kenya said. Norway agreed.", "KENYA SAID NORWAY AGREED");
	assert_tokens("he said.Then", "HE SAID THEN");
	toks k;
	tokenize(&k, "Kenya said.");
	char s[32];
	slice(&k, 1, s, sizeof s);
	assert_string_equal(s, "said"); /* the span excludes the period */
	done(&k);
}

/* A period after a word of capitals at the end of a sentence ends the
 * sentence: "the US." is US; abbreviations keep theirs */
static void test_token_final_period_after_capitals(void **state)
{
	(void)state;
	assert_tokens("presented by the US.", "PRESENTED BY THE US");
	assert_tokens("by the US. Then", "BY THE US THEN");
	assert_tokens("\"blame the US.\"", "\" BLAME THE US \"");
	assert_tokens("blame the US.\xe2\x80\x9d", "BLAME THE US \"");  /* curly quote */
	assert_tokens("blame the US.\xc3\xa9", "BLAME THE US.E"); /* a letter follows */
	assert_tokens("the U.N. said", "THE U.N. SAID");
	assert_tokens("ask the UN.", "ASK THE UN");
}

static void test_token_number_with_thousands_comma(void **state)
{
	(void)state;
	toks k;
	tokenize(&k, "sent 1,500 troops and 2,000,000 dollars");
	assert_string_equal(k.joined, "SENT 1500 TROOPS AND 2000000 DOLLARS");
	assert_int_equal(k.t[1].kind, DYAD_TOK_NUMBER);
	char s[32];
	slice(&k, 1, s, sizeof s);
	assert_string_equal(s, "1,500");
	slice(&k, 4, s, sizeof s);
	assert_string_equal(s, "2,000,000");
	done(&k);
	/* a comma followed by a blank is a comma token */
	assert_tokens("in 1999, troops", "IN 1999 , TROOPS");
	/* decimals stay in one number */
	tokenize(&k, "rose 3.5 percent");
	assert_string_equal(k.joined, "ROSE 3.5 PERCENT");
	assert_int_equal(k.t[1].kind, DYAD_TOK_NUMBER);
	done(&k);
}

static void test_token_semicolon_colon_parens_are_commas(void **state)
{
	(void)state;
	toks k;
	tokenize(&k, "a; b: c (d) e, f");
	assert_string_equal(k.joined, "A , B , C , D , E , F");
	const size_t commas[] = {1, 3, 5, 7, 9};
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(k.t[commas[i]].kind, DYAD_TOK_COMMA);
	char s[8];
	slice(&k, 1, s, sizeof s);
	assert_string_equal(s, ";");
	slice(&k, 5, s, sizeof s);
	assert_string_equal(s, "(");
	slice(&k, 7, s, sizeof s);
	assert_string_equal(s, ")");
	done(&k);
}

static void test_token_double_quote_is_own_token(void **state)
{
	(void)state;
	toks k;
	tokenize(&k, "said \"we will\" go");
	assert_string_equal(k.joined, "SAID \" WE WILL \" GO");
	assert_int_equal(k.t[1].kind, DYAD_TOK_QUOTE);
	assert_int_equal(k.t[4].kind, DYAD_TOK_QUOTE);
	done(&k);
	/* typographic quotes become the same token; the span is 3 bytes */
	tokenize(&k, "said \xe2\x80\x9cno\xe2\x80\x9d");
	assert_string_equal(k.joined, "SAID \" NO \"");
	assert_int_equal(k.t[1].kind, DYAD_TOK_QUOTE);
	assert_int_equal(k.t[1].len, 3);
	assert_int_equal(k.t[3].off, 5 + 3 + 2);
	done(&k);
}

static void test_token_apostrophes(void **state)
{
	(void)state;
	assert_tokens("Kenya's army", "KENYA'S ARMY");
	assert_tokens("the 'moderate' camp", "THE MODERATE CAMP");
	assert_tokens("the rebels' base", "THE REBELS' BASE");
	assert_tokens("Kenya\xe2\x80\x99s army", "KENYA'S ARMY"); /* typographic */
	assert_tokens("'''", "");
}

static void test_token_other_punctuation_separates(void **state)
{
	(void)state;
	assert_tokens("why?yes!no/maybe&more", "WHY YES NO MAYBE MORE");
	assert_tokens("paid $5 and 10%", "PAID $5 AND 10");
	assert_tokens("#tag @user [x] {y} <z>", "TAG USER X Y Z");
	assert_tokens("", "");
	assert_tokens("  --- ... !!! ", "");
}

static void test_token_offsets_point_back_into_text(void **state)
{
	(void)state;
	const char *text = "  Sulaym\xc4\x81n\xc4\xab met the  U.S. envoy, \"briefly\".";
	toks k;
	tokenize(&k, text);
	const char *want[] = {"Sulaym\xc4\x81n\xc4\xab", "met", "the", "U.S.", "envoy", ",",
	                      "\"", "briefly", "\""};
	assert_int_equal(k.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < k.n; i++) {
		char s[64];
		slice(&k, i, s, sizeof s);
		assert_string_equal(s, want[i]);
	}
	assert_int_equal(k.t[0].off, 2);
	assert_int_equal(k.t[0].len, strlen("Sulaym\xc4\x81n\xc4\xab"));
	done(&k);
}

static void test_token_capitalisation_flags(void **state)
{
	(void)state;
	toks k;
	tokenize(&k, "The Hague said NATO \xc3\x89lys\xc3\xa9" "e");
	assert_int_equal(k.n, 5);
	assert_true(k.t[0].cap);
	assert_true(k.t[1].cap);
	assert_false(k.t[2].cap);
	assert_true(k.t[2].lower);
	assert_true(k.t[3].cap);
	assert_false(k.t[3].lower);
	assert_true(k.t[4].cap);  /* É */
	assert_true(k.t[4].lower);
	done(&k);
}

static void test_token_very_long_word(void **state)
{
	(void)state;
	size_t n = 5000;
	char *s = malloc(n + 16);
	assert_non_null(s);
	memcpy(s, "go ", 3);
	memset(s + 3, 'q', n);
	memcpy(s + 3 + n, " now", 5);
	toks k;
	tokenize(&k, s);
	assert_int_equal(k.n, 3);
	assert_int_equal(k.t[1].off, 3);
	assert_int_equal(k.t[1].len, n);      /* the span is the whole word */
	assert_true(k.t[1].nlen < 256);       /* the folded form is capped */
	assert_string_equal(k.t[2].norm, "NOW");
	done(&k);
	free(s);
}

static void test_token_invalid_utf8_separates(void **state)
{
	(void)state;
	assert_tokens("ab\xff" "cd \xc3", "AB CD");
}

static void test_token_many_tokens(void **state)
{
	(void)state;
	/* more tokens than the first array: the array grows */
	char s[8000];
	size_t o = 0;
	for (int i = 0; i < 1000; i++)
		o += (size_t)snprintf(s + o, sizeof s - o, "w%d ", i);
	toks k;
	tokenize(&k, s);
	assert_int_equal(k.n, 1000);
	assert_string_equal(k.t[999].norm, "W999");
	assert_string_equal(k.t[0].norm, "W0");
	done(&k);
}

/* ---- segmenter ---------------------------------------------------------- */

typedef struct sents {
	dyad_arena a;
	dyad_range *r;
	size_t n;
	char s[16][256];
} sents;

static void segment(sents *x, const char *text)
{
	dyad_arena_init(&x->a, 4096);
	size_t len = strlen(text);
	x->n = dyad_segment(&x->a, text, len, &x->r);
	assert_int_not_equal(x->n, (size_t)-1);
	for (size_t i = 0; i < x->n && i < 16; i++) {
		assert_true(x->r[i].off + x->r[i].len <= len);
		assert_true(x->r[i].len > 0);
		size_t n = x->r[i].len < 255 ? x->r[i].len : 255;
		memcpy(x->s[i], text + x->r[i].off, n);
		x->s[i][n] = '\0';
		/* trimmed of white space */
		assert_false(x->s[i][0] == ' ' || x->s[i][0] == '\n');
		assert_false(x->s[i][n - 1] == ' ' || x->s[i][n - 1] == '\n');
	}
}

static void assert_sentences(const char *text, size_t n, ...)
{
	sents x;
	segment(&x, text);
	assert_int_equal(x.n, n);
	va_list ap;
	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(x.s[i], va_arg(ap, const char *));
	va_end(ap);
	dyad_arena_free(&x.a);
}

static void test_segment_simple_sentences(void **state)
{
	(void)state;
	assert_sentences("Kenya praised Norway. Russia criticized China.", 2,
	                 "Kenya praised Norway.", "Russia criticized China.");
	assert_sentences("Why? Because it rained! Then it stopped.", 3, "Why?",
	                 "Because it rained!", "Then it stopped.");
	assert_sentences("No final period here", 1, "No final period here");
	assert_sentences("", 0);
	assert_sentences("   \n\n  ", 0);
}

static void test_segment_abbreviations(void **state)
{
	(void)state;
	assert_sentences("Mr. Smith met Gen. Jones in the U.S. Army base. They talked.", 2,
	                 "Mr. Smith met Gen. Jones in the U.S. Army base.", "They talked.");
	assert_sentences("On Jan. 5 the talks began. They ended on Feb. 2.", 2,
	                 "On Jan. 5 the talks began.", "They ended on Feb. 2.");
	assert_sentences("Talks at No. 10 Downing Street ended. Dr. Who left.", 2,
	                 "Talks at No. 10 Downing Street ended.", "Dr. Who left.");
	/* a dotted acronym that is not in the list */
	assert_sentences("The N.A.T.O. Council met. It agreed.", 2, "The N.A.T.O. Council met.",
	                 "It agreed.");
}

static void test_segment_initials(void **state)
{
	(void)state;
	assert_sentences("George W. Bush met John F. Kennedy Jr. in Texas. Both spoke.", 2,
	                 "George W. Bush met John F. Kennedy Jr. in Texas.", "Both spoke.");
}

static void test_segment_line_breaks(void **state)
{
	(void)state;
	assert_sentences("Kenya praised Norway\nRussia criticized China", 2, "Kenya praised Norway",
	                 "Russia criticized China");
	assert_sentences("First paragraph.\n\n\nSecond paragraph.\r\n", 2, "First paragraph.",
	                 "Second paragraph.");
	/* a sentence broken over two lines is two pieces */
	assert_sentences("Kenya praised\nNorway.", 2, "Kenya praised", "Norway.");
}

static void test_segment_quotes(void **state)
{
	(void)state;
	assert_sentences("He said \"we will win.\" Then he left.", 2, "He said \"we will win.\"",
	                 "Then he left.");
	assert_sentences("He said \xe2\x80\x9cwe will win.\xe2\x80\x9d Then he left.", 2,
	                 "He said \xe2\x80\x9cwe will win.\xe2\x80\x9d", "Then he left.");
	/* a sentence may start with an opening quote */
	assert_sentences("It ended. \"We won,\" he said.", 2, "It ended.", "\"We won,\" he said.");
	assert_sentences("(It ended.) Then it began.", 2, "(It ended.)", "Then it began.");
}

static void test_segment_no_split_before_lowercase_or_inside_numbers(void **state)
{
	(void)state;
	assert_sentences("The index rose 3.5 percent. it was a surprise.", 1,
	                 "The index rose 3.5 percent. it was a surprise.");
	assert_sentences("Prices fell. 500 people protested.", 2, "Prices fell.",
	                 "500 people protested.");
	assert_sentences("Visit www.example.org today. Or not.", 2, "Visit www.example.org today.",
	                 "Or not.");
}

static void test_segment_offsets_are_source_offsets(void **state)
{
	(void)state;
	const char *text = "  One here.   Two there.  ";
	sents x;
	segment(&x, text);
	assert_int_equal(x.n, 2);
	assert_int_equal(x.r[0].off, 2);
	assert_int_equal(x.r[0].len, 9);
	assert_int_equal(x.r[1].off, 14);
	assert_int_equal(x.r[1].len, 10);
	dyad_arena_free(&x.a);
}

static void test_segment_many_sentences(void **state)
{
	(void)state;
	char *s = malloc(200000);
	assert_non_null(s);
	size_t o = 0;
	for (int i = 0; i < 5000; i++)
		o += (size_t)sprintf(s + o, "Sentence %d ends. ", i);
	dyad_arena a;
	dyad_arena_init(&a, 4096);
	dyad_range *r;
	size_t n = dyad_segment(&a, s, o, &r);
	assert_int_equal(n, 5000);
	assert_memory_equal(s + r[4999].off, "Sentence 4999 ends.", r[4999].len);
	dyad_arena_free(&a);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_ascii_upper_cases_letters_only),
		cmocka_unit_test(test_fold_special_letters),
		cmocka_unit_test(test_fold_typographic_punctuation),
		cmocka_unit_test(test_fold_combining_mark_is_dropped),
		cmocka_unit_test(test_fold_non_latin_is_upper_cased),
		cmocka_unit_test(test_fold_precomposed_diacritics),
		cmocka_unit_test(test_fold_decode_invalid_utf8),
		cmocka_unit_test(test_token_hyphen_splits_words),
		cmocka_unit_test(test_token_abbreviation_keeps_periods),
		cmocka_unit_test(test_token_period_after_lowercase_is_dropped),
		cmocka_unit_test(test_token_final_period_after_capitals),
		cmocka_unit_test(test_token_number_with_thousands_comma),
		cmocka_unit_test(test_token_semicolon_colon_parens_are_commas),
		cmocka_unit_test(test_token_double_quote_is_own_token),
		cmocka_unit_test(test_token_apostrophes),
		cmocka_unit_test(test_token_other_punctuation_separates),
		cmocka_unit_test(test_token_offsets_point_back_into_text),
		cmocka_unit_test(test_token_capitalisation_flags),
		cmocka_unit_test(test_token_very_long_word),
		cmocka_unit_test(test_token_invalid_utf8_separates),
		cmocka_unit_test(test_token_many_tokens),
		cmocka_unit_test(test_segment_simple_sentences),
		cmocka_unit_test(test_segment_abbreviations),
		cmocka_unit_test(test_segment_initials),
		cmocka_unit_test(test_segment_line_breaks),
		cmocka_unit_test(test_segment_quotes),
		cmocka_unit_test(test_segment_no_split_before_lowercase_or_inside_numbers),
		cmocka_unit_test(test_segment_offsets_are_source_offsets),
		cmocka_unit_test(test_segment_many_sentences),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
